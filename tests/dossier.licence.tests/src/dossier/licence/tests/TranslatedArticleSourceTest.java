// SPDX-License-Identifier: EPL-2.0
package dossier.licence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import dossier.core.model.Article;
import dossier.licence.LicenceChecker;
import dossier.licence.ThirdPartyItem;

/**
 * The publication a translated text was taken from, named in running text (issue 15, translation records): an article
 * "of", "in", "from" a publication, in a text that says it is a translation, credits that publication; the same words
 * in a text that is no translation, or that only recommends the article, credit nothing. The publications are invented.
 */
class TranslatedArticleSourceTest {

	private static List<ThirdPartyItem> credits(String text) {
		return new LicenceChecker().analyse(Article.builder("Page title\n\n" + text).title("Page title").build()).thirdParty(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '¦', textBlock = """
			Here is my translation of an article in The Daily Ledger about the floods.                         ¦ an article in The Daily Ledger           ¦ The Daily Ledger
			Riporto di seguito, nella mia traduzione, un editoriale del Giornale di Brescello.                 ¦ un editoriale del Giornale di Brescello  ¦ Giornale di Brescello
			J'ai lu un article du Courrier Valaisan Post et vous en propose une version traduite en français. ¦ un article du Courrier Valaisan Post     ¦ Courrier Valaisan Post
			Segue a nossa tradução de um artigo do Jornal de Alvorada.                                        ¦ um artigo do Jornal de Alvorada          ¦ Jornal de Alvorada
			""")
	void aTranslationsSourceArticleCreditsItsPublication(String text, String credit, String holder) {
		List<ThirdPartyItem> found = credits(text);
		assertEquals(1, found.size(), () -> found.toString());
		assertEquals(credit, found.get(0).credit().text());
		assertEquals(List.of(holder), found.get(0).holders());
	}

	@Test
	void anArabicTranslationsSourceMagazineIsCredited() {
		List<ThirdPartyItem> found = credits("ترجمة: سارة أحمد\nيستعرض الكاتب في هذا المقال الذي نشرته مجلة «ذي ريفيو» تاريخ المدينة."); //$NON-NLS-1$
		assertEquals(1, found.size(), () -> found.toString());
		assertEquals(List.of("ذي ريفيو"), found.get(0).holders()); //$NON-NLS-1$
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "I came across an article in The Daily Ledger about the floods.", //$NON-NLS-1$
			"Ho letto un editoriale del Giornale di Brescello.", "Li um artigo do Jornal de Alvorada sobre a cheia.", //$NON-NLS-1$ //$NON-NLS-2$
			"يستعرض الكاتب في هذا المقال الذي نشرته مجلة «ذي ريفيو» تاريخ المدينة." }) //$NON-NLS-1$
	void anArticleNamedOutsideATranslationCreditsNothing(String text) {
		assertEquals(List.of(), credits(text));
	}
}
