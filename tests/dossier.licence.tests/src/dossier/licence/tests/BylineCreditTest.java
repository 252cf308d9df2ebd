// SPDX-License-Identifier: EPL-2.0
package dossier.licence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import dossier.core.model.Article;
import dossier.core.model.Block;
import dossier.core.model.BlockType;
import dossier.core.model.TextSpan;
import dossier.licence.Evidence;
import dossier.licence.LicenceAnalysis;
import dossier.licence.LicenceChecker;
import dossier.licence.ThirdPartyItem;

/**
 * Authors and credits known by their place (issue 15): a text the importer marks as a byline names the article's
 * authors, and an agency or another publication named beside them is whose copy the article carries — the reporter and
 * the organisation its holders, as the labelling rules say. The same words in a paragraph credit nothing, and a byline
 * naming a place, an affiliation, a role or the page's own publisher credits nothing either. The names are invented.
 */
class BylineCreditTest {

	/** The article as the HTML importer hands over a page with a byline: the title, then the byline as a block of its type. */
	private static Article article(String text, BlockType type, String url) {
		String title = "Page title"; //$NON-NLS-1$
		String whole = title + "\n\n" + text; //$NON-NLS-1$
		return Article.builder(whole).title(title).sourceUrl(url).blocks(List.of(new Block(BlockType.TITLE, new TextSpan(0, title.length()), null),
				new Block(type, new TextSpan(title.length() + 2, whole.length()), null))).build();
	}

	private static LicenceAnalysis analyse(String text, BlockType type) {
		return new LicenceChecker().analyse(article(text, type, "https://example.org/news/1")); //$NON-NLS-1$
	}

	private static List<String> authors(LicenceAnalysis analysis) {
		return analysis.elements().authors().stream().map(Evidence::text).toList();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '¦', textBlock = """
			By Jane Holt, The Daily Ledger                          ¦ Jane Holt, The Daily Ledger                  ¦ Jane Holt+The Daily Ledger
			By Jane Holt | Kyiv Post                                ¦ Jane Holt | Kyiv Post                        ¦ Jane Holt+Kyiv Post
			Par Lucie Marchand – Le Courrier Picard                 ¦ Lucie Marchand – Le Courrier Picard          ¦ Lucie Marchand+Le Courrier Picard
			Por Ana Lima y Carlos Vega, El Heraldo de Aragón        ¦ Ana Lima y Carlos Vega, El Heraldo de Aragón ¦ Ana Lima+Carlos Vega+El Heraldo de Aragón
			Di Giulia Ferraro - La Nuova Sardegna                   ¦ Giulia Ferraro - La Nuova Sardegna           ¦ Giulia Ferraro+La Nuova Sardegna
			Von Peter Müller für Die Zeit                           ¦ Peter Müller für Die Zeit                    ¦ Peter Müller+Die Zeit
			Por Ana Lima, da Agência Brasil                         ¦ Ana Lima, da Agência Brasil                  ¦ Ana Lima+Agência Brasil
			Reportagem: Priscila Lopes e Vitor Prado / Secom PMS    ¦ Priscila Lopes e Vitor Prado / Secom PMS     ¦ Priscila Lopes+Vitor Prado+Secom PMS
			Door Pieter de Graaf voor De Telegraaf                  ¦ Pieter de Graaf voor De Telegraaf            ¦ Pieter de Graaf+De Telegraaf
			بقلم د. محمد علي، موقع المدن                              ¦ محمد علي، موقع المدن                           ¦ محمد علي+المدن
			بقلم محمد علي – وكالة الأناضول                             ¦ محمد علي – وكالة الأناضول                       ¦ محمد علي+Anadolu Agency
			Di Mario Rossi, corrispondente ANSA                     ¦ Mario Rossi, corrispondente ANSA             ¦ Mario Rossi+ANSA
			محمد علي، مراسل رويترز                                   ¦ محمد علي، مراسل رويترز                          ¦ محمد علي+Reuters
			""")
	void aBylineNamesWhoseCopyTheArticleCarries(String byline, String credit, String holders) {
		List<ThirdPartyItem> found = analyse(byline, BlockType.BYLINE).thirdParty();
		assertEquals(1, found.size(), () -> found.toString());
		assertEquals(credit, found.get(0).credit().text());
		assertEquals(Arrays.asList(holders.split("\\+")), found.get(0).holders()); //$NON-NLS-1$
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "By Jane Holt, The Daily Ledger", "By Jane Holt | Kyiv Post", "Par Lucie Marchand – Le Courrier Picard", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"Por Ana Lima y Carlos Vega, El Heraldo de Aragón", "Di Giulia Ferraro - La Nuova Sardegna", "Von Peter Müller für Die Zeit", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"Door Pieter de Graaf voor De Telegraaf", "بقلم د. محمد علي، موقع المدن", "Di Mario Rossi, corrispondente ANSA", "محمد علي، مراسل رويترز" }) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	void theSameWordsInAParagraphCreditNothing(String byline) {
		assertEquals(List.of(), analyse(byline, BlockType.PARAGRAPH).thirdParty());
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "By Jane Holt, Washington", "Jane Holt, Senior Reporter", "By Jane Holt (Oxford University)", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"Par Lucie Marchand, à Marseille", "Ana Lima | Madrid", "di Giulia Ferraro, corrispondente da Roma", "Von Peter Müller, Berlin", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"Por Ana Lima, em Porto Velho (RO)", "Door Pieter de Graaf", "كتبت سارة أحمد - القاهرة", "خالد يوسف (جدة)", "بقلم محمد علي", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"By Jane Holt, staff writer", "Par Lucie Marchand, envoyée spéciale" }) //$NON-NLS-1$ //$NON-NLS-2$
	void aBylineOfPlacesAffiliationsAndRolesCreditsNothing(String byline) {
		assertEquals(List.of(), analyse(byline, BlockType.BYLINE).thirdParty());
	}

	@Test
	void aBylineNamingThePagesOwnPublisherCreditsNothing() {
		LicenceAnalysis own = new LicenceChecker().analyse(article("By Jane Holt, The Daily Ledger", BlockType.BYLINE, "https://www.dailyledger.com/news/1")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(List.of(), own.thirdParty());
		assertEquals(List.of("Jane Holt"), authors(own)); //$NON-NLS-1$
	}

	/** A byline written on two lines, each its own block: "By Jane Holt" / "The Daily Ledger". */
	private static List<ThirdPartyItem> twoLines(String first, String second, BlockType type) {
		String title = "Page title"; //$NON-NLS-1$
		String whole = title + "\n\n" + first + "\n" + second; //$NON-NLS-1$ //$NON-NLS-2$
		int start = title.length() + 2, next = start + first.length() + 1;
		return new LicenceChecker().analyse(Article.builder(whole).title(title).sourceUrl("https://example.org/news/1").blocks(List.of( //$NON-NLS-1$
				new Block(BlockType.TITLE, new TextSpan(0, title.length()), null), new Block(type, new TextSpan(start, start + first.length()), null),
				new Block(type, new TextSpan(next, whole.length()), null))).build()).thirdParty();
	}

	@Test
	void aBylineOnTwoLinesIsOneCredit() {
		List<ThirdPartyItem> found = twoLines("By Jane Holt", "The Daily Ledger", BlockType.BYLINE); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(1, found.size(), () -> found.toString());
		assertEquals(List.of("Jane Holt", "The Daily Ledger"), found.get(0).holders()); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(List.of(), twoLines("By Jane Holt", "The Daily Ledger", BlockType.PARAGRAPH)); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(List.of(), twoLines("By Jane Holt", "Washington", BlockType.BYLINE)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void aPhotosAgencyInABylineIsThePhotosCredit() {
		// "تصوير" is the photo's cue: the agency credits the picture, its cue rule reads it, not the reporter's copy
		List<ThirdPartyItem> found = analyse("كتب محمد علي – تصوير (أ ف ب)", BlockType.BYLINE).thirdParty(); //$NON-NLS-1$
		assertEquals(1, found.size(), () -> found.toString());
		assertEquals(List.of("AFP"), found.get(0).holders()); //$NON-NLS-1$
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '¦', textBlock = """
			By Ana Ruiz, Reuters                        ¦ Ana Ruiz
			By Jane Holt and Tom Ward                   ¦ Jane Holt+Tom Ward
			Jane Holt, Senior Reporter                  ¦ Jane Holt
			By Jane Holt (Oxford University)            ¦ Jane Holt
			Door Pieter de Graaf                        ¦ Pieter de Graaf
			Por Ana Lima, em Porto Velho (RO)           ¦ Ana Lima
			بقلم محمد علي                               ¦ محمد علي
			كتبت سارة أحمد - القاهرة                     ¦ سارة أحمد
			خالد يوسف (جدة)                             ¦ خالد يوسف
			""")
	void aBylinesNamesAreTheAuthors(String byline, String names) {
		assertEquals(Arrays.asList(names.split("\\+")), authors(analyse(byline, BlockType.BYLINE))); //$NON-NLS-1$
	}

	@Test
	void creatorMissingFiresNoMoreWhenABylineNamesTheAuthor() {
		String text = "By Ana Ruiz, Reuters\n\nThe river is clean again, and the fish are back.\n\nLicensed under CC BY 4.0 https://creativecommons.org/licenses/by/4.0/"; //$NON-NLS-1$
		String title = "How the river came back"; //$NON-NLS-1$
		String whole = title + "\n\n" + text; //$NON-NLS-1$
		int byline = whole.indexOf("By Ana"); //$NON-NLS-1$
		Article.Builder builder = Article.builder(whole).title(title).publisher("The River Times").sourceUrl("https://rivertimes.example/river"); //$NON-NLS-1$ //$NON-NLS-2$
		Article marked = builder.blocks(List.of(new Block(BlockType.TITLE, new TextSpan(0, title.length()), null),
				new Block(BlockType.BYLINE, new TextSpan(byline, byline + "By Ana Ruiz, Reuters".length()), null))).build(); //$NON-NLS-1$
		List<String> fired = new LicenceChecker().check(marked).findings().stream().map(f -> f.rule()).toList();
		assertFalse(fired.contains("creator-missing"), fired::toString); //$NON-NLS-1$
		Article unmarked = Article.builder(whole).title(title).publisher("The River Times").sourceUrl("https://rivertimes.example/river").build(); //$NON-NLS-1$ //$NON-NLS-2$
		List<String> firedUnmarked = new LicenceChecker().check(unmarked).findings().stream().map(f -> f.rule()).toList();
		assertTrue(firedUnmarked.contains("creator-missing"), firedUnmarked::toString); //$NON-NLS-1$
	}
}
