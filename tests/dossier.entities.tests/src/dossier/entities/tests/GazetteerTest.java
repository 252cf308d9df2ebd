// SPDX-License-Identifier: EPL-2.0
package dossier.entities.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dossier.entities.ArticleEntities;
import dossier.entities.Mention;
import dossier.entities.TextNormalizer;
import dossier.entities.internal.Gazetteer;

class GazetteerTest {

	private static Gazetteer gazetteer() {
		return Gazetteer.builder(TextNormalizer.standard()).add("مالي", "iso3166:ML", "PLACE", "t", 1)
				.add("روسيا", "iso3166:RU", "PLACE", "t", 1).add("الولايات المتحدة", "iso3166:US", "PLACE", "t", 1)
				.add("كيم جونغ أون", "kun", "PERSON", "t", 1).add("كيم جونغ إيل", "kil", "PERSON", "t", 1)
				.add("Nato", "nato", "ORG", "t", 1).add("UN", "un", "ORG", "t", 1)
				.add("Consiglio di sicurezza", "unsc", "ORG", "t", 1).build();
	}

	private static List<String> found(String text) {
		return gazetteer().find(TextNormalizer.standard().normalize(text)).stream()
				.map(m -> text.substring(m.start(), m.end()) + "=" + m.entry().entityId()).distinct().sorted().toList();
	}

	@Test
	void maliDoesNotMatchInsideAlShamaliya() {
		assertEquals(List.of(), found("كوريا الشمالية"));
		assertEquals(List.of("مالي=iso3166:ML"), found("زار مالي أمس"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "وروسيا", "فروسيا", "بروسيا", "كروسيا", "لروسيا", "وبروسيا", "والروسيا" })
	void procliticsBeforeANameAreAccepted(String word) {
		assertEquals(List.of("روسيا=iso3166:RU"), found("قال " + word + " اليوم"));
	}

	@Test
	void otherLettersBeforeANameAreAWordBoundaryViolation() {
		assertEquals(List.of(), found("قال مروسيا اليوم"));
		assertEquals(List.of(), found("روسياها"));
	}

	@Test
	void theArticleCombinesWithPrepositions() {
		assertEquals(List.of("الولايات المتحدة=iso3166:US"), found("في الولايات المتحدة"));
		assertEquals(List.of("الولايات المتحدة=iso3166:US"), found("وبالولايات المتحدة"));
		assertEquals(List.of("لولايات المتحدة=iso3166:US"), found("للولايات المتحدة"));
		assertEquals(List.of("الولايات المتحدة=iso3166:US"), found("والولايات المتحدة"));
	}

	@Test
	void multiWordNamesAndNearNamesStayApart() {
		assertEquals(List.of("كيم جونغ أون=kun", "كيم جونغ إيل=kil"), found("كيم جونغ أون وكيم جونغ إيل").stream().sorted((a, b) -> a.endsWith("kun") ? -1 : 1).toList());
	}

	@Test
	void capitalisedNamesNeedCapitalsAndShortAcronymsNeedUpperCase() {
		assertEquals(List.of("NATO=nato"), found("la NATO ha"));
		assertEquals(List.of("Nato=nato"), found("la Nato ha"));
		assertEquals(List.of(), found("un uomo"));
		assertEquals(List.of("UN=un"), found("the UN said"));
		assertEquals(List.of("Consiglio di Sicurezza=unsc"), found("il Consiglio di Sicurezza ha"));
	}

	/** A word that starts in lower case is only tried for names written in lower case ("al-Qaeda", "von der Leyen"). */
	@Test
	void namesWrittenInLowerCaseAreFoundBesideCapitalisedOnesOfTheSameLetters() {
		Gazetteer names = Gazetteer.builder(TextNormalizer.standard()).add("al-Qaeda", "aq", "ORG", "t", 1)
				.add("Alberta", "ab", "PLACE", "t", 1).add("von der Leyen", "vdl", "PERSON", "t", 1).add("Vonda", "v", "PERSON", "t", 1)
				.build();
		String text = "al-Qaeda and Al-Qaeda in alberta and Alberta; von der Leyen met Vonda, not vonda";
		List<String> found = names.find(TextNormalizer.standard().normalize(text)).stream()
				.map(m -> text.substring(m.start(), m.end()) + "=" + m.entry().entityId()).toList();
		assertEquals(List.of("al-Qaeda=aq", "Al-Qaeda=aq", "Alberta=ab", "von der Leyen=vdl", "Vonda=v"), found);
	}

	@Test
	void longestMatchWinsInTheEngine() {
		ArticleEntities result = Fixtures.engine().recognize(Fixtures.article("اجتمع مجلس الأمن التابع للأمم المتحدة أمس"));
		assertEquals(List.of("org:un-security-council"), result.active().stream().map(Mention::entityId).toList());
	}

	@Test
	void cldrNamesInEveryLanguageLinkToTheTerritory() {
		for (String text : List.of("Visit to Russia.", "Visita in Russia.", "Visite en Russie.", "Visita a Rusia.", "Besuch in Russland.",
				"Visita à Rússia.", "زيارة إلى روسيا.")) {
			ArticleEntities result = Fixtures.engine().recognize(Fixtures.article(text));
			assertTrue(result.active().stream().anyMatch(m -> m.entityId().equals("iso3166:RU")), text);
		}
		ArticleEntities city = Fixtures.engine().recognize(Fixtures.article("Il vertice a Mosca e poi a Seul."));
		assertTrue(city.active().stream().anyMatch(m -> m.entityId().equals("city:moscow")));
		assertTrue(city.active().stream().anyMatch(m -> m.entityId().equals("city:seoul") && m.text().equals("Seul")));
	}
}
