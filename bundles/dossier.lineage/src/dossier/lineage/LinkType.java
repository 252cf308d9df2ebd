// SPDX-License-Identifier: EPL-2.0
package dossier.lineage;

import java.util.Locale;

/**
 * How two articles are related. The first three are derivations (the copy was made from the original); the last
 * is not.
 */
public enum LinkType {

	/** The same text (possibly with different white space or boilerplate), same publisher and address. */
	DUPLICATE,

	/** The same or nearly the same text, published again by another publisher or under another URL. */
	REPUBLICATION,

	/** The same article in another language, made from the original. */
	TRANSLATION,

	/** About the same events, names and figures, but neither made from the other. */
	SAME_STORY;

	/** The name in files and on the command line: {@code duplicate}, {@code same-story}. */
	public String id() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** Whether the copy was made from the original (every type but {@link #SAME_STORY}). */
	public boolean isDerivation() {
		return this != SAME_STORY;
	}

	/**
	 * The type named {@code id} ({@code translation}, {@code same-story}).
	 *
	 * @throws IllegalArgumentException when there is none
	 */
	public static LinkType ofId(String id) {
		for (LinkType type : values()) {
			if (type.id().equals(id)) {
				return type;
			}
		}
		throw new IllegalArgumentException("unknown link type '" + id + "'"); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
