// SPDX-License-Identifier: EPL-2.0
package dossier.entities.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import dossier.entities.ArticleEntities;
import dossier.entities.Mention;

/** Cities CLDR lacks (no time zone of their own) and place names that are also everyday words. */
class PlaceNamesTest {

	private static List<String> places(String text) {
		ArticleEntities result = Fixtures.engine().recognize(Fixtures.article(text));
		return result.active().stream().filter(m -> m.type().equals("PLACE")).map(m -> m.text() + "=" + m.entityId()).toList();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = { "Il vertice si terrà a Milano.|Milano|city:milan|Q490",
			"Les négociations reprennent à Genève.|Genève|city:geneva|Q71", "Die Messe in München beginnt.|München|city:munich|Q1726",
			"El Barça volvió a Barcelona.|Barcelona|city:barcelona|Q1492", "Fighting resumed in Aleppo.|Aleppo|city:aleppo|Q41183",
			"سقطت قذائف على الموصل أمس.|الموصل|city:mosul|", "وصلت المساعدات إلى بنغازي ومصراتة.|بنغازي|city:benghazi|",
			"O encontro foi em Nova Iorque.|Nova Iorque|city:new-york|Q60" })
	void majorCitiesWithoutATimeZoneOfTheirOwnAreFound(String text, String name, String id, String qid) {
		ArticleEntities result = Fixtures.engine().recognize(Fixtures.article(text));
		Mention mention = result.active().stream().filter(m -> m.text().equals(name)).findFirst()
				.orElseThrow(() -> new AssertionError(name + " not found in " + result.active()));
		assertEquals(id, mention.entityId());
		assertEquals("PLACE", mention.type());
		assertEquals(qid, result.entities().get(id).qid());
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "أعلنت الحكومة عن عجز مالي كبير في الميزانية.", "قال إن الوضع المالي للدولة مستقر.",
			"طالب النواب بتدقيق مالي شامل.", "لن أسمح بأن يضيع مالي.", "قدم البنك الدعم المالي للشركات." })
	void maliIsNotAPlaceWhereItMeansFinancialOrMyMoney(String text) {
		assertEquals(List.of(), places(text));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = { "انسحبت القوات الفرنسية من مالي بعد تسع سنوات.|مالي=iso3166:ML",
			"قال رئيس المجلس العسكري في مالي إن الانتخابات ستجرى.|مالي=iso3166:ML",
			"أكد الوزير دعم بلاده لمالي في مواجهة الجماعات المسلحة.|مالي=iso3166:ML",
			"وصلت المساعدات بمالي أمس.|مالي=iso3166:ML", "ومالي عضو في الاتحاد الأفريقي.|مالي=iso3166:ML",
			"Mali and Niger left the bloc.|Mali=iso3166:ML" })
	void maliIsAPlaceInAPlaceLikeContext(String text, String expected) {
		assertEquals(expected, places(text).get(0));
	}

	@Test
	void maliInAListOfPlacesIsAPlace() {
		assertEquals(List.of("مالي=iso3166:ML", "النيجر=iso3166:NE", "بوركينا فاسو=iso3166:BF"),
				places("تضم دول الساحل مالي والنيجر وبوركينا فاسو."));
		assertEquals(List.of("النيجر=iso3166:NE", "مالي=iso3166:ML"), places("زار الوفد النيجر، مالي"));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = { "Wildfires spread across California while Texas braced for floods.|California=iso3166-2:US-CA, Texas=iso3166-2:US-TX",
			"La Lombardia e il Veneto hanno chiesto più autonomia.|Lombardia=iso3166-2:IT-25, Veneto=iso3166-2:IT-34",
			"Los sindicatos se han extendido por Catalunya y Asturias.|Catalunya=iso3166-2:ES-CT, Asturias=iso3166-2:ES-AS",
			"In Bayern und Nordrhein-Westfalen wird am Sonntag gewählt.|Bayern=iso3166-2:DE-BY, Nordrhein-Westfalen=iso3166-2:DE-NW",
			"La Bretagne et l'Occitanie ont voté.|Bretagne=iso3166-2:FR-BRE, Occitanie=iso3166-2:FR-OCC",
			"Em Minas Gerais e na Bahia, as chuvas continuam.|Minas Gerais=iso3166-2:BR-MG, Bahia=iso3166-2:BR-BA",
			"Protests in Catalonia, or Catalunya, went on.|Catalonia=iso3166-2:ES-CT, Catalunya=iso3166-2:ES-CT",
			"Il governo della Baviera ha risposto.|Baviera=iso3166-2:DE-BY",
			"Die Proteste in Katalonien gingen weiter.|Katalonien=iso3166-2:ES-CT",
			"Les incendies ravagent la Californie.|Californie=iso3166-2:US-CA" })
	void statesAndRegionsAreFoundUnderTheirOwnTheirEnglishAndTheirExonyms(String text, String expected) {
		assertEquals(List.of(expected.split(", ")), places(text));
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "Somali forces evicted hundreds of families.", "Para os moradores, a situação é grave.",
			"Centre and left parties agreed on a budget.", "Central banks raised their rates again.",
			"Saudi tweeters got Al-Ahmad, a detainee, to trend." })
	void regionNamesThatAreWordsOrNationalitiesAreNotPlaces(String text) {
		assertEquals(List.of(), places(text));
	}
}
