// SPDX-License-Identifier: EPL-2.0
package dossier.lineage.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import dossier.core.model.Article;
import dossier.lineage.LineageIndex;
import dossier.lineage.LineageLink;

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

	/** An English article of {@code publisher}, made for a test. */
	static Article english(String id, String publisher, String text) {
		return Article.builder(text).id(id).language("en").publisher(publisher).build(); //$NON-NLS-1$
	}

	/** The link between {@code first} and {@code second} when {@code second} is added after {@code first} to a fresh index. */
	static Optional<LineageLink> linkOf(Article first, Article second) {
		LineageIndex index = new LineageIndex();
		index.add(first);
		return index.add(second).links().stream().filter(l -> l.involves(first.id()) && l.involves(second.id()))
				.findFirst();
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

	/** Global Voices' "Global Voices and the Power of We", 13 December 2012 (CC BY 3.0). */
	static Article powerOfWeEnglish() {
		return Article.builder(text("gv-power-of-we-en.txt")).language("en").publisher("Global Voices") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.sourceUrl("https://globalvoices.org/2012/12/13/global-voices-and-the-power-of-we/").published("2012-12-13").build(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Its Arabic translation as Arabic Wikinews carries it, 18 December 2012 (CC BY 2.5). */
	static Article powerOfWeArabic() {
		return Article.builder(text("gv-power-of-we-ar.txt")).language("ar").publisher("ويكي الأخبار") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.sourceUrl("https://ar.m.wikinews.org/wiki/power-of-we").published("2012-12-18").build(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Its French translation as an autoblog archive of Global Voices en Français keeps it, 14 December 2012 (CC BY 3.0). */
	static Article powerOfWeFrench() {
		return Article.builder(text("gv-power-of-we-fr.txt")).language("fr").publisher("Global Voices en Français") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.sourceUrl("https://www.ecirtam.net/autoblogs/autoblogs/frglobalvoicesonlineorg_0e319138ab63237c2d2aeff84b4cb506d936eab8/?1323") //$NON-NLS-1$
				.published("2012-12-14").build(); //$NON-NLS-1$
	}

	/** Malka Older's message on becoming Global Voices' executive director, 16 September 2024 (CC BY 3.0). */
	static Article olderMessageEnglish() {
		return Article.builder(text("gv-malka-older-message-en.txt")).language("en").publisher("Global Voices") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.sourceUrl("https://globalvoices.org/2024/09/16/a-message-from-malka-older-global-voices-new-executive-director/") //$NON-NLS-1$
				.published("2024-09-16").build(); //$NON-NLS-1$
	}

	/** Its Spanish translation, 19 September 2024 (CC BY 3.0). */
	static Article olderMessageSpanish() {
		return Article.builder(text("gv-malka-older-message-es.txt")).language("es").publisher("Global Voices en Español") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.sourceUrl("https://es.globalvoices.org/2024/09/19/mensaje-de-malka-older-nueva-directora-ejecutiva-de-global-voices/") //$NON-NLS-1$
				.published("2024-09-19").build(); //$NON-NLS-1$
	}

	/**
	 * The Portuguese translation of Global Voices' separate announcement of her appointment, 17 September 2024 (CC BY
	 * 3.0): the same person and organisation, another text.
	 */
	static Article newDirectorPortuguese() {
		return Article.builder(text("gv-new-director-pt.txt")).language("pt").publisher("Global Voices em Português") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.sourceUrl("https://pt.globalvoices.org/2024/09/17/global-voices-anuncia-sua-nova-diretora-executiva/") //$NON-NLS-1$
				.published("2024-09-17").build(); //$NON-NLS-1$
	}
}
