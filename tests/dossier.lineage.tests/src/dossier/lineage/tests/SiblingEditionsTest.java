// SPDX-License-Identifier: EPL-2.0
package dossier.lineage.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dossier.core.model.Article;
import dossier.lineage.LineageIndex;
import dossier.lineage.LineageLink;
import dossier.lineage.LinkType;

/**
 * One publisher's editions in two languages (docs/lineage.md, {@code PairJudge.siblingEditions}): a short Arabic edition
 * keeps only a date, a two-digit number and a name of its Spanish sibling, too light after rarity for the fingerprint
 * rules; when the two addresses differ only by their language label on one host and the two are dated days apart, that
 * weak evidence in order is a translation. Constructed for these tests.
 */
class SiblingEditionsTest {

	private static final String ES = "Egipto: blogueros detenidos\n\nBlogueros y activistas egipcios celebraron el 22 de enero " //$NON-NLS-1$
			+ "una conferencia en defensa de su libertad de expresión, después de que 20 blogueros fuesen detenidos al llegar " //$NON-NLS-1$
			+ "su tren a la aldea donde tuvo lugar la masacre. La activista Wa7da Masrya escribió en su blog sobre el " //$NON-NLS-1$
			+ "vehículo de deportación. El bloguero Wael Abbas, acosado por las autoridades en El Cairo y en Alejandría, " //$NON-NLS-1$
			+ "supo de su sentencia tras su liberación; Amnistía Internacional y Human Rights Watch pidieron explicaciones " //$NON-NLS-1$
			+ "al ministro del Interior, Habib el Adly, y al fiscal Abdel Meguid Mahmoud."; //$NON-NLS-1$
	private static final String AR = "مصر: الحق في الكلام\n\nنظم المدونون والنشطاء المصريون مؤتمراً في 22 يناير للدفاع عن حقهم " //$NON-NLS-1$
			+ "بعد القبض على 20 مدونا مع نزولهم من القطار في القرية التي حدثت فيها المذبحة. كتبت Wa7da Masrya على مدونتها:"; //$NON-NLS-1$

	private static Article article(String id, String language, String text, String url, String date) {
		return Article.builder(text).id(id).language(language).publisher("Voces").sourceUrl(url).published(date).build(); //$NON-NLS-1$
	}

	private static Optional<LineageLink> link(Article spanish, Article arabic) {
		LineageIndex index = new LineageIndex();
		index.add(spanish);
		List<LineageLink> links = index.add(arabic).links();
		return links.stream().filter(l -> l.involves(spanish.id()) && l.involves(arabic.id())).findFirst();
	}

	@Test
	void twoEditionsOfOnePublisherDaysApartSharingADateANumberAndANameAreATranslation() {
		LineageLink link = link(article("voz-es", "es", ES, "https://es.voces.example/2010/01/28/egipto/", "2010-01-28"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				article("voz-ar", "ar", AR, "https://ar.voces.example/2010/01/29/3283/", "2010-01-29")).orElseThrow(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertEquals(LinkType.TRANSLATION, link.type(), link.toString());
		String evidence = link.evidence().toString();
		assertTrue(evidence.contains("one publisher's editions: ar.voces.example (ar) and es.voces.example (es)") //$NON-NLS-1$
				&& evidence.contains("1 day apart") && evidence.contains("--01-22"), evidence); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void aLanguagePathOnOneHostIsAnEditionToo() {
		LineageLink link = link(article("voz-es", "es", ES, "https://voces.example/es/2010/01/egipto", "2010-01-28"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				article("voz-ar", "ar", AR, "https://voces.example/ar/2010/01/3283", "2010-01-30")).orElseThrow(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertEquals(LinkType.TRANSLATION, link.type(), link.toString());
		assertTrue(link.evidence().toString().contains("voces.example/ar (ar) and voces.example/es (es)"), link.toString()); //$NON-NLS-1$
	}

	@Test
	void theSameTextsOnTwoSitesAreNoTranslationOnThatEvidence() {
		Optional<LineageLink> link = link(article("voz-es", "es", ES, "https://es.voces.example/2010/01/28/egipto/", "2010-01-28"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				article("voz-ar", "ar", AR, "https://ar.otra-red.example/2010/01/29/3283/", "2010-01-29")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertTrue(link.isEmpty() || link.get().type() != LinkType.TRANSLATION, link.toString());
	}

	@Test
	void editionsOfOnePublisherMonthsApartAreNoTranslationOnThatEvidence() {
		Optional<LineageLink> link = link(article("voz-es", "es", ES, "https://es.voces.example/2010/01/28/egipto/", "2010-01-28"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				article("voz-ar", "ar", AR, "https://ar.voces.example/2010/04/02/3283/", "2010-04-02")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertTrue(link.isEmpty() || link.get().type() != LinkType.TRANSLATION, link.toString());
	}

	@Test
	void aLaterPostOfTheOtherEditionWithFiguresOfItsOwnIsNoTranslation() {
		// the same date, number and name as the Spanish post, but three figures of its own where the Spanish post gives
		// three others: another post on the same arrests, not the post rendered
		String spanish = ES + " Según los abogados, 1.500 personas firmaron la petición, 240 periodistas la difundieron y 17 " //$NON-NLS-1$
				+ "organizaciones pidieron una investigación."; //$NON-NLS-1$
		String arabic = AR + " وبعد أسبوع، قال المحامون إن 30 مدونا استدعوا للتحقيق، وإن 48 منهم منعوا من السفر، وإن 300 شخص " //$NON-NLS-1$
				+ "تظاهروا أمام النقابة."; //$NON-NLS-1$
		Optional<LineageLink> link = link(article("voz-es", "es", spanish, "https://es.voces.example/2010/01/28/egipto/", "2010-01-28"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				article("voz-ar", "ar", arabic, "https://ar.voces.example/2010/02/04/3301/", "2010-02-04")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertTrue(link.isEmpty() || link.get().type() != LinkType.TRANSLATION, link.toString());
	}

	@Test
	void editionsOfOnePublisherSharingOnlyNamesAreNoTranslation() {
		String arabic = "مصر: الحق في الكلام\n\nنظم المدونون والنشطاء المصريون مؤتمراً الشهر الماضي بعد القبض على عشرين مدونا. " //$NON-NLS-1$
				+ "كتبت Wa7da Masrya على مدونتها، وتحدث Wael Abbas عن سيارة الترحيلات."; //$NON-NLS-1$
		Optional<LineageLink> link = link(article("voz-es", "es", ES, "https://es.voces.example/2010/01/28/egipto/", "2010-01-28"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				article("voz-ar", "ar", arabic, "https://ar.voces.example/2010/01/29/3283/", "2010-01-29")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertTrue(link.isEmpty() || link.get().type() != LinkType.TRANSLATION, link.toString());
	}
}
