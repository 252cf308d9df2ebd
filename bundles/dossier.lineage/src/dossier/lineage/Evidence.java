// SPDX-License-Identifier: EPL-2.0
package dossier.lineage;

import java.util.Objects;

/**
 * One reason for a link, as an analyst reads it.
 *
 * @param kind what was compared: {@value #TEXT} (shared word shingles), {@value #FINGERPRINT} (the aligned
 *        language-independent tokens), {@value #URL} (an address that points at the other article),
 *        {@value #STATEMENT} (a "translated from" line), {@value #PUBLISHER}, {@value #CLUSTER} (both linked to a third article), {@value #ORDER} (which came first)
 * @param detail what matched, in words, with the matched items listed
 */
public record Evidence(String kind, String detail) {

	/** Shared word shingles of two texts in the same language. */
	public static final String TEXT = "text"; //$NON-NLS-1$
	/** Language-independent tokens aligned in order. */
	public static final String FINGERPRINT = "fingerprint"; //$NON-NLS-1$
	/** A source, canonical, based-on or quoted URL that points at the other article. */
	public static final String URL = "url"; //$NON-NLS-1$
	/** A "translated from / traduit de / مترجم عن" statement. */
	public static final String STATEMENT = "statement"; //$NON-NLS-1$
	/** The publishers compared. */
	public static final String PUBLISHER = "publisher"; //$NON-NLS-1$
	/** The two articles each linked as a copy or a source to one third article (a cluster closed). */
	public static final String CLUSTER = "cluster"; //$NON-NLS-1$
	/** Which article came first, and why the engine thinks so. */
	public static final String ORDER = "order"; //$NON-NLS-1$

	public Evidence {
		Objects.requireNonNull(kind, "kind"); //$NON-NLS-1$
		Objects.requireNonNull(detail, "detail"); //$NON-NLS-1$
	}

	@Override
	public String toString() {
		return kind + ": " + detail; //$NON-NLS-1$
	}
}
