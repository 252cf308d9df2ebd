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
 * Short texts (docs/lineage.md, {@code PairJudge.shortPair}): a brief of two sentences and its translation share all
 * their few things, a handle, a date, a number and a place, which is too little weight for the fingerprint score; two
 * short texts of about one length that share four things in order, one of them an address, a handle, a date or a
 * figure, are a translation. Constructed for these tests.
 */
class ShortTextsTest {

	private static final String BRIEF = "Chairs in Freedom Square\n\nCartoonist @inkwell_art marks the 30 years of the 12 March " //$NON-NLS-1$
			+ "protest in Lagos with a drawing of empty chairs, posted on Twitter."; //$NON-NLS-1$
	private static final String RESUMO = "Cadeiras na Praça da Liberdade\n\nO cartunista @inkwell_art marca os 30 anos do " //$NON-NLS-1$
			+ "protesto de 12 de março em Lagos com um desenho de cadeiras vazias, publicado nas redes sociais."; //$NON-NLS-1$

	private static Article article(String id, String language, String text) {
		return Article.builder(text).id(id).language(language).publisher("Global Voices").build(); //$NON-NLS-1$
	}

	private static Optional<LineageLink> link(String englishText, String portugueseText) {
		LineageIndex index = new LineageIndex();
		index.add(article("brief-en", "en", englishText)); //$NON-NLS-1$ //$NON-NLS-2$
		List<LineageLink> links = index.add(article("brief-pt", "pt", portugueseText)).links(); //$NON-NLS-1$ //$NON-NLS-2$
		return links.stream().filter(l -> l.involves("brief-en") && l.involves("brief-pt")).findFirst(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void aShortBriefAndItsTranslationSharingAHandleADateANumberAndAPlaceAreATranslation() {
		LineageLink link = link(BRIEF, RESUMO).orElseThrow();
		assertEquals(LinkType.TRANSLATION, link.type(), link.toString());
		String evidence = link.evidence().toString();
		assertTrue(evidence.contains("@inkwell_art") && evidence.contains("--03-12") && evidence.contains("lagos"), evidence); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	@Test
	void aLongArticleOnTheSameEventSharingTheSameFourThingsIsNoTranslationOfTheBrief() {
		String report = RESUMO + "\n\nSegundo a Amnistia Internacional, a polícia deteve 214 pessoas em Abuja, Kano e Ibadan; " //$NON-NLS-1$
				+ "Chidi Okafor, Ngozi Eze e Tunde Bakare falaram a 1.500 manifestantes diante do Parlamento. O governador " //$NON-NLS-1$
				+ "Babajide Sanwo-Olu prometeu um inquérito até 30 de abril, e a ONG SERAP pediu a libertação de 87 estudantes."; //$NON-NLS-1$
		Optional<LineageLink> link = link(BRIEF, report);
		assertTrue(link.isEmpty() || link.get().type() != LinkType.TRANSLATION, link.toString());
	}

	@Test
	void twoShortTextsSharingOnlyFourNamesAreNoTranslation() {
		Optional<LineageLink> link = link("Ana Lima thanks UNICEF, UNHCR, ICRC and MSF for their help this year.", //$NON-NLS-1$
				"O Rui Costa agradece à UNICEF, UNHCR, ICRC e MSF pela ajuda deste ano."); //$NON-NLS-1$
		assertTrue(link.isEmpty() || link.get().type() != LinkType.TRANSLATION, link.toString());
	}
}
