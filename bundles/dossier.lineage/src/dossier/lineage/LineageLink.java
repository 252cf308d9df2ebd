// SPDX-License-Identifier: EPL-2.0
package dossier.lineage;

import java.util.List;
import java.util.Objects;

/**
 * A link between two articles of a corpus.
 *
 * @param from the original: the older article, or the one the other points at; for a {@link LinkType#SAME_STORY}
 *        link, or when nothing tells which came first, the smaller id (then {@code directed} is false)
 * @param to the copy (the translation, the republication)
 * @param type how they are related
 * @param score how sure the engine is, from 0 to 1 (see {@code docs/lineage.md} for what the figures mean)
 * @param directed whether {@code from} is known to be the original
 * @param evidence why, in the order it was found
 * @param status where it stands with the analysts
 */
public record LineageLink(String from, String to, LinkType type, double score, boolean directed,
		List<Evidence> evidence, LinkStatus status) {

	public LineageLink {
		Objects.requireNonNull(from, "from"); //$NON-NLS-1$
		Objects.requireNonNull(to, "to"); //$NON-NLS-1$
		Objects.requireNonNull(type, "type"); //$NON-NLS-1$
		Objects.requireNonNull(status, "status"); //$NON-NLS-1$
		if (from.equals(to)) {
			throw new IllegalArgumentException("a link joins two articles: " + from); //$NON-NLS-1$
		}
		score = Math.max(0, Math.min(1, Math.round(score * 1000) / 1000.0));
		evidence = List.copyOf(evidence);
	}

	/**
	 * The key under which decisions are kept: the two ids in order and the type, so that a rejected translation
	 * between two articles is never proposed again whichever way round it is computed.
	 */
	public String pairKey() {
		return pairKey(from, to, type);
	}

	/** {@link #pairKey()} of a link between {@code a} and {@code b} of {@code type}. */
	public static String pairKey(String a, String b, LinkType type) {
		return pair(a, b) + ' ' + type.id();
	}

	/** The key of the pair of {@code a} and {@code b} whichever way round, whatever the link's type. */
	public static String pair(String a, String b) {
		return a.compareTo(b) <= 0 ? a + ' ' + b : b + ' ' + a;
	}

	/** Whether {@code id} is one of the two ends. */
	public boolean involves(String id) {
		return from.equals(id) || to.equals(id);
	}

	/** This link with another status. */
	public LineageLink withStatus(LinkStatus value) {
		return new LineageLink(from, to, type, score, directed, evidence, value);
	}
}
