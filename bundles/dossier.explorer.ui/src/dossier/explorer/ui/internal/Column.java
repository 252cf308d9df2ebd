// SPDX-License-Identifier: EPL-2.0
package dossier.explorer.ui.internal;

import org.eclipse.jdt.annotation.Nullable;

import dossier.index.SortKey;

/** The explorer's columns, in display order, with the index order each sorts by. */
public enum Column {
	STATUS(null, 24),
	TITLE(SortKey.TITLE, 320),
	PUBLISHER(SortKey.PUBLISHER, 140),
	LANGUAGE(SortKey.LANGUAGE, 90),
	DATE(SortKey.DATE, 100),
	LICENCE(SortKey.LICENCE, 110),
	/** Entities mentioned: sorted by the explorer itself (see {@link ExplorerQuery#sortedByEntities}). */
	ENTITIES(null, 70),
	/**
	 * Translations and republications made from the article, from the corpus's stored lineage links: sorted by the
	 * explorer itself (see {@link ExplorerQuery#sortedByCopies}).
	 */
	COPIES(null, 60);

	private final SortKey sortKey;
	private final int defaultWidth;

	Column(@Nullable SortKey sortKey, int defaultWidth) {
		this.sortKey = sortKey;
		this.defaultWidth = defaultWidth;
	}

	/** True when clicking the column's header sorts by it. */
	public boolean sorts() {
		return sortKey != null || this == ENTITIES || this == COPIES;
	}

	/** The order clicking the column's header selects; null when the index does not sort by it. */
	public SortKey sortKey() {
		return sortKey;
	}

	public int defaultWidth() {
		return defaultWidth;
	}

	public String label() {
		return switch (this) {
		case STATUS -> ""; //$NON-NLS-1$
		case TITLE -> Messages.Column_title;
		case PUBLISHER -> Messages.Column_publisher;
		case LANGUAGE -> Messages.Column_language;
		case DATE -> Messages.Column_date;
		case LICENCE -> Messages.Column_licence;
		case ENTITIES -> Messages.Column_entities;
		case COPIES -> Messages.Column_copies;
		};
	}

	/** The text of this column for an article row. */
	public String text(ArticleRef ref) {
		return switch (this) {
		case STATUS -> ""; //$NON-NLS-1$
		case TITLE -> ref.summary().title();
		case PUBLISHER -> orEmpty(ref.summary().publisher());
		case LANGUAGE -> orEmpty(ref.summary().language());
		case DATE -> orEmpty(ref.summary().published());
		case LICENCE -> orEmpty(ref.summary().licence());
		case ENTITIES -> ref.entityCount() < 0 ? "" : Integer.toString(ref.entityCount()); //$NON-NLS-1$
		case COPIES -> ref.copies() < 0 ? "" : Integer.toString(ref.copies()); //$NON-NLS-1$
		};
	}

	public static @Nullable Column bySortKey(SortKey key) {
		for (Column column : values()) {
			if (column.sortKey == key) {
				return column;
			}
		}
		return null;
	}

	private static String orEmpty(String value) {
		return value == null ? "" : value; //$NON-NLS-1$
	}
}
