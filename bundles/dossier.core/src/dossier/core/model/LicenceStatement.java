// SPDX-License-Identifier: EPL-2.0
package dossier.core.model;

import org.eclipse.jdt.annotation.Nullable;

/**
 * A licence statement as an importer found it, uninterpreted: the licence checker reads these.
 *
 * @param origin where it was found
 * @param text the statement's text ("مرخصة تحت: CC-BY-SA", a {@code dc:rights} value, a link's text)
 * @param url the licence URL when the source gave one ({@code rel=license} href, {@code cc:license}), else null
 * @param span where {@code text} stands in the article's text, or null when it is metadata outside the text
 */
public record LicenceStatement(Origin origin, String text, @Nullable String url, @Nullable TextSpan span) {

	public enum Origin {
		/** A line of the article's text. */
		TEXT,
		/** {@code <link rel=license>} or {@code <a rel=license>}. */
		REL_LICENSE,
		/** schema.org JSON-LD {@code license}. */
		JSON_LD,
		/** A {@code <meta>} element ({@code dc.rights}, {@code copyright}). */
		META,
		/** A feed element: {@code cc:license}, {@code creativeCommons:license}, {@code atom:rights}, {@code dc:rights}. */
		FEED
	}
}
