// SPDX-License-Identifier: EPL-2.0
package dossier.ingest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import dossier.core.model.Article;
import dossier.core.model.BlockType;
import dossier.ingest.Ingest;
import dossier.ingest.Source;

/**
 * A byline reaches the checker as a {@link BlockType#BYLINE} block when the page marks it as one — a {@code byline} or
 * {@code author} class, {@code rel=author}, {@code itemprop=author}, {@code <address>} — or a plain text's line opens
 * with a byline's cue and names only; the licence checker reads its names as the authors and an agency there as
 * whose copy the article carries (issue 15). Text that only talks about an author stays a paragraph.
 */
class BylineBlocksTest {

	private static final String STORY = "<p>Thousands of people marched through the centre of the city on Friday to protest against the rise in bread prices.</p>"; //$NON-NLS-1$

	private static Article page(String byline) {
		String html = "<html><head><title>March</title></head><body><article><h1>March</h1>" + byline + STORY //$NON-NLS-1$
				+ "<p>The government said it would review the subsidies next month, a spokesman said.</p></article></body></html>"; //$NON-NLS-1$
		return read(Source.of("page.html", html.getBytes(StandardCharsets.UTF_8))); //$NON-NLS-1$
	}

	private static Article read(Source source) {
		Ingest.Reading reading = Fixtures.ingest().read(source);
		assertEquals(List.of(), reading.failures());
		return reading.articles().get(0);
	}

	private static List<String> blocks(Article article, BlockType type) {
		return article.blocksOf(type).stream().map(b -> article.textOf(b.span())).toList();
	}

	@Test
	void aBylineClassIsAByline() {
		Article article = page("<p class=\"byline\">By Ana Ruiz, Reuters</p>"); //$NON-NLS-1$
		assertEquals(List.of("By Ana Ruiz, Reuters"), blocks(article, BlockType.BYLINE)); //$NON-NLS-1$
		assertEquals(2, blocks(article, BlockType.PARAGRAPH).size());
	}

	@Test
	void anAuthorClassInAnyLanguageIsAByline() {
		assertEquals(List.of("Ana Ruiz"), blocks(page("<div class=\"c-byline__author\"><a href=\"/autores/ana-ruiz\">Ana Ruiz</a></div>"), BlockType.BYLINE)); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(List.of("di Mario Rossi"), blocks(page("<div class=\"articolo-autore\">di Mario Rossi</div>"), BlockType.BYLINE)); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(List.of("Par Jean Dupont, AFP"), blocks(page("<span class=\"auteur\">Par Jean Dupont, AFP</span>"), BlockType.BYLINE)); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(List.of("بقلم محمد علي"), blocks(page("<div class=\"firma\">بقلم محمد علي</div>"), BlockType.BYLINE)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void aParagraphHoldingARelAuthorLinkOrItempropAuthorIsAByline() {
		assertEquals(List.of("Por Ana Lima | 12/03/2024"), blocks(page( //$NON-NLS-1$
				"<p>Por <a rel=\"author\" href=\"/autor/ana-lima\">Ana Lima</a> | 12/03/2024</p>"), BlockType.BYLINE)); //$NON-NLS-1$
		assertEquals(List.of("By Jane Holt, The Associated Press"), blocks(page( //$NON-NLS-1$
				"<div>By <span itemprop=\"author\">Jane Holt</span>, The Associated Press</div>"), BlockType.BYLINE)); //$NON-NLS-1$
	}

	@Test
	void anAddressIsAByline() {
		assertEquals(List.of("Von Peter Müller, dpa"), blocks(page("<address>Von Peter Müller, dpa</address>"), BlockType.BYLINE)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void theWordAuthorInAParagraphMakesNoByline() {
		Article article = page("<p>The author of the report, Ana Ruiz, said the figures were checked by the ministry twice.</p>"); //$NON-NLS-1$
		assertEquals(List.of(), blocks(article, BlockType.BYLINE));
		assertEquals(3, blocks(article, BlockType.PARAGRAPH).size());
	}

	@Test
	void aSentenceLinkingToAnAuthorsPageIsNoByline() {
		Article article = page("<p>As <a rel=\"author\" href=\"/ana-ruiz\">Ana Ruiz</a> wrote last week, the council will vote on the new budget before the end of the month.</p>"); //$NON-NLS-1$
		assertEquals(List.of(), blocks(article, BlockType.BYLINE));
	}

	@Test
	void aBoxAboutTheAuthorIsNoByline() {
		Article article = page("<div class=\"author-bio\"><p>Ana Ruiz has covered Spanish politics for Reuters since 2012.</p></div>"); //$NON-NLS-1$
		assertEquals(List.of(), blocks(article, BlockType.BYLINE));
	}

	@Test
	void aDatelineClassIsADateline() {
		Article article = page("<p class=\"dateline\">VALENCIA (Reuters) -</p>"); //$NON-NLS-1$
		assertEquals(List.of("VALENCIA (Reuters) -"), blocks(article, BlockType.DATELINE)); //$NON-NLS-1$
		assertEquals(List.of(), blocks(page("<p class=\"date\">12 March 2024</p>"), BlockType.DATELINE)); //$NON-NLS-1$
	}

	@Test
	void aPlainTextBylineLineIsAByline() {
		String text = "Floods in Valencia\n\nBy Ana Ruiz, Reuters\n\nRain fell on Valencia for three days and the river rose above its banks.\n\nDa Roma\n\n"
				+ "By the end of the week the water had gone down and the shops opened again.\n";
		Article article = read(Source.of("floods.txt", text.getBytes(StandardCharsets.UTF_8))); //$NON-NLS-1$
		assertEquals(List.of("By Ana Ruiz, Reuters"), blocks(article, BlockType.BYLINE)); //$NON-NLS-1$
		assertEquals("Rain fell on Valencia for three days and the river rose above its banks.", article.lead()); //$NON-NLS-1$
	}

	@Test
	void aPlainTextArabicBylineIsAByline() {
		String text = "فيضانات في فالنسيا\n\nبقلم محمد علي\n\nهطلت الأمطار على فالنسيا ثلاثة أيام وارتفع النهر فوق ضفتيه.\n";
		Article article = read(Source.of("floods-ar.txt", text.getBytes(StandardCharsets.UTF_8))); //$NON-NLS-1$
		assertEquals(List.of("بقلم محمد علي"), blocks(article, BlockType.BYLINE)); //$NON-NLS-1$
	}
}
