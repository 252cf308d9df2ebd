// SPDX-License-Identifier: EPL-2.0
package dossier.lineage.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import dossier.core.model.Article;

/**
 * The real articles of fixtures/ (sources and licences in fixtures/ATTRIBUTION.md), read through the class loader.
 */
final class Fixtures {

	/** The repository's first sample: an Arabic translation of a Lifegate article (CC BY-SA). */
	static final String ARABIC_SAMPLE = "000_30bd282be3f8cedf.txt"; //$NON-NLS-1$
	/** The address of the Italian original the Arabic sample names. */
	static final String LIFEGATE_URL = "https://www.lifegate.it/russia-corea-del-nord-putin"; //$NON-NLS-1$

	private Fixtures() {
	}

	static String text(String name) {
		try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) { //$NON-NLS-1$
			if (in == null) {
				throw new IllegalArgumentException("no fixture " + name); //$NON-NLS-1$
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The Arabic sample as the text importer gives it: title line 1, publisher line 3, URL line 5. */
	static Article arabicSample() {
		String text = text(ARABIC_SAMPLE);
		String[] lines = text.split("\n"); //$NON-NLS-1$
		return Article.builder(text).title(lines[0]).publisher(lines[2]).sourceUrl(lines[4]).language("ar").build(); //$NON-NLS-1$
	}

	/** Global Voices' English post on its first post, 26 October 2014 (CC BY 3.0). */
	static Article firstPostEnglish() {
		return Article.builder(text("gv-first-post-en.txt")).language("en").publisher("Global Voices") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.sourceUrl("https://community.globalvoices.org/2014/10/10-years-ago-today-global-voices-first-post-appeared/") //$NON-NLS-1$
				.published("2014-10-26").build(); //$NON-NLS-1$
	}

	/** Its French translation on Global Voices en Français, 6 November 2014 (CC BY 3.0). */
	static Article firstPostFrench() {
		return Article.builder(text("gv-first-post-fr.txt")).language("fr").publisher("Global Voices en Français") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.sourceUrl("https://fr.globalvoices.org/2014/11/06/176843/").published("2014-11-06").build(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * Another French Global Voices post on the same anniversary (9 December 2014): same people, same year, but
	 * written on its own, not a translation of the English post.
	 */
	static Article tenYearsFrench() {
		return Article.builder(text("gv-face-ten-years-fr.txt")).language("fr").publisher("Global Voices en Français") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.sourceUrl("https://fr.globalvoices.org/2014/12/09/179240/").published("2014-12-09").build(); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
