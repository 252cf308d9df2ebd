// SPDX-License-Identifier: EPL-2.0
package dossier.explorer.ui.internal;

import org.eclipse.jdt.annotation.Nullable;

/** What the explorer groups articles by: a facet dimension of the index and the query field that selects a value. */
public enum Grouping {
	NONE(null, null),
	PUBLISHER("publisher", "publisher"), //$NON-NLS-1$ //$NON-NLS-2$
	LANGUAGE("language", "language"), //$NON-NLS-1$ //$NON-NLS-2$
	LICENCE("licence", "licence"), //$NON-NLS-1$ //$NON-NLS-2$
	/**
	 * Each original with its translations and republications under it (the corpus's stored lineage links), not a
	 * facet of the index: the explorer groups these rows itself (see {@link ExplorerQuery#needsAllRows()}).
	 */
	ORIGINAL(null, null);

	private final @Nullable String facet;
	private final @Nullable String field;

	Grouping(@Nullable String facet, @Nullable String field) {
		this.facet = facet;
		this.field = field;
	}

	/** The facet dimension of {@code SearchResult#facets()}. */
	public @Nullable String facet() {
		return facet;
	}

	/** The query field that selects one value. */
	public @Nullable String field() {
		return field;
	}

	public String label() {
		return switch (this) {
		case NONE -> Messages.Grouping_none;
		case PUBLISHER -> Messages.Grouping_publisher;
		case LANGUAGE -> Messages.Grouping_language;
		case LICENCE -> Messages.Grouping_licence;
		case ORIGINAL -> Messages.Grouping_original;
		};
	}
}
