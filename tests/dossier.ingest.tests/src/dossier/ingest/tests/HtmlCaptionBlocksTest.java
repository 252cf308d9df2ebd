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
 * A picture's caption reaches the checker as a {@link BlockType#CAPTION} block however the page writes it: a
 * {@code <figcaption>}, a {@code <figure>}'s own text, WordPress's {@code wp-caption}, a theme's caption class. The
 * licence checker reads a caption's closing names as its credit (issue 15); a paragraph stays a paragraph.
 */
class HtmlCaptionBlocksTest {

	private static final String STORY = "<p>Thousands of people marched through the centre of the city on Friday to protest against the rise in bread prices.</p>"; //$NON-NLS-1$

	private static Article page(String figure) {
		String html = "<html><head><title>March</title></head><body><article><h1>March</h1>" + STORY + figure //$NON-NLS-1$
				+ "<p>The government said it would review the subsidies next month, a spokesman said.</p></article></body></html>"; //$NON-NLS-1$
		Ingest.Reading reading = Fixtures.ingest().read(Source.of("page.html", html.getBytes(StandardCharsets.UTF_8))); //$NON-NLS-1$
		assertEquals(List.of(), reading.failures());
		return reading.articles().get(0);
	}

	private static List<String> captions(Article article) {
		return article.blocksOf(BlockType.CAPTION).stream().map(b -> article.textOf(b.span())).toList();
	}

	@Test
	void aFigcaptionIsACaption() {
		assertEquals(List.of("Protesters in Cairo. Ahmed Ali/Reuters"), //$NON-NLS-1$
				captions(page("<figure><img src=\"a.jpg\" alt=\"\"><figcaption>Protesters in Cairo. Ahmed Ali/Reuters</figcaption></figure>"))); //$NON-NLS-1$
	}

	@Test
	void aFiguresOwnParagraphIsACaption() {
		assertEquals(List.of("Protesters in Cairo. Ahmed Ali/Reuters"), //$NON-NLS-1$
				captions(page("<figure><img src=\"a.jpg\" alt=\"\"><p>Protesters in Cairo. Ahmed Ali/Reuters</p></figure>"))); //$NON-NLS-1$
	}

	@Test
	void aWordPressCaptionIsACaption() {
		assertEquals(List.of("Protesters in Cairo. Ahmed Ali/Reuters"), captions(page( //$NON-NLS-1$
				"<div id=\"attachment_12\" class=\"wp-caption aligncenter\"><img src=\"a.jpg\" alt=\"\"><p class=\"wp-caption-text\">Protesters in Cairo. Ahmed Ali/Reuters</p></div>"))); //$NON-NLS-1$
		assertEquals(List.of("Manifestanti in piazza. Foto di Mario Rossi"), captions(page( //$NON-NLS-1$
				"<div class=\"foto\"><img src=\"a.jpg\" alt=\"\"><span class=\"didascalia\">Manifestanti in piazza. Foto di Mario Rossi</span></div>"))); //$NON-NLS-1$
	}

	@Test
	void aParagraphOutsideAFigureIsNoCaption() {
		Article article = page("<div class=\"story-body\"><p>Protesters in Cairo. Ahmed Ali/Reuters</p></div>"); //$NON-NLS-1$
		assertEquals(List.of(), captions(article));
	}
}
