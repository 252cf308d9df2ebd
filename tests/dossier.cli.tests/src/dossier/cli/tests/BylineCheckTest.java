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
 * {@code dossier check} on an HTML page with a byline (issue 15): the HTML importer marks the page's byline element
 * ({@code class="byline"}, {@code class="author"}) as a byline, and the checker reads its names as the article's
 * authors — so {@code creator-missing} no longer fires — and an agency or another publication named there as whose copy
 * the article carries. The same words in a plain paragraph name no author.
 */
class BylineCheckTest {

	@TempDir
	Path dir;

	private String checkJson(String html) throws IOException {
		return new HtmlPageCheck(dir).json(html);
	}

	/** A page under CC BY 4.0 whose only author is the one its byline names. */
	private static String page(String byline) {
		return HtmlPageCheck.article("Floods in Valencia", byline + '\n' + """
				<p>Rain fell on Valencia for three days and the river rose above its banks, flooding the old town and the
				market, where traders spent the night carrying their goods to the upper floors.</p>
				<p>This article is licensed under <a rel="license" href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>.</p>""");
	}

	@Test
	void aBylineGivesTheAuthorAndTheAgencysCredit() throws IOException {
		String json = checkJson(page("<p class=\"byline\">By Ana Ruiz, Reuters</p>")); //$NON-NLS-1$
		assertTrue(Pattern.compile("\"authors\": \\[\\s*\\{[^}]*\"text\": \"Ana Ruiz\"").matcher(json).find(), json); //$NON-NLS-1$
		assertTrue(Pattern.compile("\"holders\": \\[\\s*\"Ana Ruiz\",\\s*\"Reuters\"\\s*\\]").matcher(json).find(), json); //$NON-NLS-1$
		assertFalse(json.contains("\"creator-missing\""), json); //$NON-NLS-1$
	}

	@Test
	void anAuthorClassNamesAPublicationWhoseCopyThePageCarries() throws IOException {
		String json = checkJson(page("<div class=\"article-author\">Por Carla Gómez | El Heraldo de Aragón</div>")); //$NON-NLS-1$
		assertTrue(Pattern.compile("\"holders\": \\[\\s*\"Carla Gómez\",\\s*\"El Heraldo de Aragón\"\\s*\\]").matcher(json).find(), json); //$NON-NLS-1$
		assertFalse(json.contains("\"creator-missing\""), json); //$NON-NLS-1$
	}

	@Test
	void theSameWordsInAParagraphNameNoAuthor() throws IOException {
		String json = checkJson(page("<p>By Ana Ruiz, Reuters</p>")); //$NON-NLS-1$
		assertTrue(json.contains("\"creator-missing\""), json); //$NON-NLS-1$
		String publication = checkJson(page("<p>Por Carla Gómez | El Heraldo de Aragón</p>")); //$NON-NLS-1$
		assertFalse(publication.contains("El Heraldo de Aragón\""), publication); //$NON-NLS-1$
	}
}
