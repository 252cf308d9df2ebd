// SPDX-License-Identifier: EPL-2.0
package dossier.lineage.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dossier.core.model.Article;
import dossier.core.model.Edition;
import dossier.lineage.LineageLink;
import dossier.lineage.LinkType;

/**
 * Language editions a page lists ({@code <link rel=alternate hreflang>}, {@code Article.editions()}): two articles of
 * a corpus of which one lists the other's address as its edition in another language are a translation, whatever
 * their texts share; the listing says nothing of which came first. Constructed for these tests: two texts that share
 * nothing a fingerprint holds (no figure, no date, no name in Latin letters).
 */
class EditionsTest {

	private static final String EN_URL = "https://globalvoices.org/2024/03/12/chairs-in-freedom-square/"; //$NON-NLS-1$
	private static final String AR_URL = "https://ar.globalvoices.org/2024/03/13/كراسي-في-ساحة-الحرية/"; //$NON-NLS-1$
	private static final String EN = "Chairs in the square\n\nA cartoonist drew empty chairs where the students once sat, and " //$NON-NLS-1$
			+ "readers shared the drawing widely."; //$NON-NLS-1$
	private static final String AR = "كراسي في الساحة\n\nرسم فنان كاريكاتير كراسي فارغة حيث جلس الطلاب، وتناقل القراء الرسم على نطاق واسع."; //$NON-NLS-1$

	private static Article.Builder article(String id, String language, String text, String url) {
		return Article.builder(text).id(id).language(language).publisher("Global Voices").sourceUrl(url); //$NON-NLS-1$
	}

	private static Optional<LineageLink> link(Article first, Article second) {
		return Fixtures.linkOf(first, second);
	}

	@Test
	void anArticleListingAnotherAsItsEditionInAnotherLanguageIsItsTranslation() {
		Article english = article("chairs-en", "en", EN, EN_URL) //$NON-NLS-1$ //$NON-NLS-2$
				.editions(List.of(new Edition("en", EN_URL), new Edition("ar", AR_URL))).build(); //$NON-NLS-1$ //$NON-NLS-2$
		Article arabic = article("chairs-ar", "ar", AR, AR_URL).build(); //$NON-NLS-1$ //$NON-NLS-2$

		LineageLink link = link(english, arabic).orElseThrow();
		assertEquals(LinkType.TRANSLATION, link.type(), link.toString());
		assertTrue(link.evidence().toString().contains("as its edition in ar (hreflang)"), link.evidence().toString()); //$NON-NLS-1$
		assertFalse(link.directed(), "the listing does not say which came first: " + link); //$NON-NLS-1$
	}

	@Test
	void withADateEachTheOlderEditionIsTheOriginal() {
		Article arabic = article("chairs-ar", "ar", AR, AR_URL).published("2024-03-13") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.editions(List.of(new Edition("x-default", EN_URL))).build(); //$NON-NLS-1$
		Article english = article("chairs-en", "en", EN, EN_URL).published("2024-03-12").build(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

		LineageLink link = link(arabic, english).orElseThrow();
		assertEquals(LinkType.TRANSLATION, link.type(), link.toString());
		assertEquals("chairs-en", link.from()); //$NON-NLS-1$
		assertEquals("chairs-ar", link.to()); //$NON-NLS-1$
		assertTrue(link.directed(), link.toString());
	}

	@Test
	void withoutTheListingTheSameTwoTextsAreNotLinked() {
		assertTrue(link(article("chairs-en", "en", EN, EN_URL).build(), article("chairs-ar", "ar", AR, AR_URL).build()).isEmpty()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	@Test
	void aPageListingOnlyItselfOrAnAddressOutsideTheCorpusLinksNothing() {
		Article english = article("chairs-en", "en", EN, EN_URL) //$NON-NLS-1$ //$NON-NLS-2$
				.editions(List.of(new Edition("en", EN_URL), new Edition("fr", "https://fr.globalvoices.org/chaises/"))).build(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Article arabic = article("chairs-ar", "ar", AR, AR_URL).build(); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(link(english, arabic).isEmpty());
	}
}
