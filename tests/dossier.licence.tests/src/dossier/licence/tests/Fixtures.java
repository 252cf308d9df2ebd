// SPDX-License-Identifier: EPL-2.0
package dossier.licence.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import dossier.core.model.Article;
import dossier.licence.DetectedLicence;
import dossier.licence.LicenceChecker;
import dossier.licence.LicenceReport;

/** Test data of this fragment (fixtures/, labelled/) read through the class loader. */
final class Fixtures {

	static final String SAMPLE = "000_30bd282be3f8cedf.txt";

	private Fixtures() {
	}

	static String text(String resource) {
		try (InputStream in = Fixtures.class.getResourceAsStream("/" + resource)) {
			if (in == null) {
				throw new IllegalArgumentException("no resource " + resource);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static String sampleText() {
		return text("fixtures/" + SAMPLE);
	}

	/** The sample as an importer gives it: title line 1, publisher line 3, URL line 5, text unchanged. */
	static Article sampleArticle() {
		String text = sampleText();
		String[] lines = text.split("\n");
		return Article.builder(text).title(lines[0]).publisher(lines[2]).sourceUrl(lines[4]).build();
	}

	static LicenceReport check(String text) {
		return new LicenceChecker().checkText(text);
	}

	/**
	 * The id of the page licence the checker finds in {@code text} in {@code language}, as the HTML importer hands a
	 * page over (its title first), or "NONE".
	 */
	static String pageLicenceOf(String text, String language) {
		DetectedLicence licence = new LicenceChecker().analyse(Article.builder("Page title\n\n" + text).language(language).build()).licence(); //$NON-NLS-1$
		return licence == null ? "NONE" : licence.licence().id(); //$NON-NLS-1$
	}
}
