// SPDX-License-Identifier: EPL-2.0
package dossier.index;

/** What results or listings are ordered by. Ties are broken by article id, so orders are stable. */
public enum SortKey {
	/** Best match first (searches only; a listing falls back to {@link #ID}). */
	RELEVANCE,
	/** Publication date; articles without one come last. */
	DATE,
	TITLE,
	PUBLISHER,
	LANGUAGE,
	LICENCE,
	ID
}
