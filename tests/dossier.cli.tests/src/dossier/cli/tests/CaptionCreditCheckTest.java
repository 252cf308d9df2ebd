// SPDX-License-Identifier: EPL-2.0
package dossier.cli.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dossier check} on an HTML page whose figure's caption closes with its credit and no cue word (issue 15): the
 * HTML importer marks the {@code <figcaption>} (or a WordPress {@code wp-caption}) as a caption, and the checker reads
 * the caption's closing names as the credit — the same words in a paragraph are not one — and a licence in the caption
 * as the picture's.
 */
class CaptionCreditCheckTest {

	@TempDir
	Path dir;

	private String checkJson(String html) throws IOException {
		return new HtmlPageCheck(dir).json(html);
	}

	private static String page(String figure) {
		return HtmlPageCheck.article("Thousands march in Cairo", """
				<p>Thousands of people marched through the centre of Cairo on Friday to protest against the rise in bread prices,
				the largest demonstration the city has seen this year.</p>
				%s
				<p>The government said it would review the subsidies next month.</p>""".formatted(figure));
	}

	@Test
	void aFigureCaptionClosedByNamesCreditsThem() throws IOException {
		String json = checkJson(page("<figure><img src=\"march.jpg\" alt=\"\"><figcaption>Protesters in Cairo. Ahmed Ali/Reuters</figcaption></figure>")); //$NON-NLS-1$
		assertTrue(json.contains("\"text\": \"Ahmed Ali/Reuters\""), json); //$NON-NLS-1$
		assertTrue(Pattern.compile("\"holders\": \\[\\s*\"Ahmed Ali\",\\s*\"Reuters\"\\s*\\]").matcher(json).find(), json); //$NON-NLS-1$
	}

	@Test
	void aWordPressCaptionClosedByANameCreditsIt() throws IOException {
		String json = checkJson(page("<div id=\"attachment_7\" class=\"wp-caption alignnone\"><img src=\"march.jpg\" alt=\"\">" //$NON-NLS-1$
				+ "<p class=\"wp-caption-text\">The march ended by the river, where the police waited — Mario Rossi</p></div>")); //$NON-NLS-1$
		assertTrue(json.contains("\"text\": \"Mario Rossi\""), json); //$NON-NLS-1$
	}

	@Test
	void aLicenceInAFigureCaptionIsThePicturesNotThePages() throws IOException {
		String json = checkJson(page("<figure><img src=\"march.jpg\" alt=\"\"><figcaption>Protesters in Cairo. Photo by Jane Doe (CC BY-SA 2.0)</figcaption></figure>")); //$NON-NLS-1$
		assertTrue(json.contains("\"licence\": null"), json); //$NON-NLS-1$
		assertTrue(json.contains("\"text\": \"Photo by Jane Doe\""), json); //$NON-NLS-1$
	}

	@Test
	void theSameWordsInAParagraphCreditNothing() throws IOException {
		String json = checkJson(page("<p>The march ended by the river — Mario Rossi</p>")); //$NON-NLS-1$
		assertFalse(json.contains("Mario Rossi\""), json); //$NON-NLS-1$
		String caption = checkJson(page("<figure><img src=\"march.jpg\" alt=\"\"><figcaption>The march ended by the river — Mario Rossi</figcaption></figure>")); //$NON-NLS-1$
		assertTrue(caption.contains("\"text\": \"Mario Rossi\""), caption); //$NON-NLS-1$
	}
}
