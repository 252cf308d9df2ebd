// SPDX-License-Identifier: EPL-2.0
package dossier.index.internal;

/**
 * The index's field names. {@code text_<lang>} and {@code title_<lang>} hold the article's text and title
 * analysed in its language; {@code exact} holds the whole text unstemmed; the {@code *_sort} fields hold doc
 * values for sorting; facets live in Lucene's {@code $facets} field under the dimensions below.
 */
public final class Fields {

	public static final String ID = "id"; //$NON-NLS-1$
	public static final String TITLE = "title"; //$NON-NLS-1$
	public static final String PUBLISHER = "publisher"; //$NON-NLS-1$
	public static final String PUBLISHER_KEY = "publisher_key"; //$NON-NLS-1$
	public static final String PUBLISHER_TEXT = "publisher_text"; //$NON-NLS-1$
	public static final String LANGUAGE = "language"; //$NON-NLS-1$
	public static final String LICENCE = "licence"; //$NON-NLS-1$
	public static final String LICENCE_KEY = "licence_key"; //$NON-NLS-1$
	public static final String PUBLISHED = "published"; //$NON-NLS-1$
	/** The query field of the import day ({@code imported:2026-11-29}), answered from {@link #IMPORTED_DATE}. */
	public static final String IMPORTED = "imported"; //$NON-NLS-1$
	public static final String YEAR = "year"; //$NON-NLS-1$
	public static final String AUTHOR = "author"; //$NON-NLS-1$
	public static final String PATH = "path"; //$NON-NLS-1$
	public static final String EXACT = "exact"; //$NON-NLS-1$

	public static final String DATE_SORT = "date_sort"; //$NON-NLS-1$
	/** When the article was imported (its provenance, UTC) as yyyyMMddHHmmss doc values; absent when not recorded. */
	public static final String IMPORTED_DATE = "imported_date"; //$NON-NLS-1$
	public static final String TITLE_SORT = "title_sort"; //$NON-NLS-1$
	public static final String PUBLISHER_SORT = "publisher_sort"; //$NON-NLS-1$
	public static final String LANGUAGE_SORT = "language_sort"; //$NON-NLS-1$
	public static final String LICENCE_SORT = "licence_sort"; //$NON-NLS-1$
	public static final String ID_SORT = "id_sort"; //$NON-NLS-1$

	/** Facet dimensions. */
	public static final String FACET_PUBLISHER = "publisher"; //$NON-NLS-1$
	public static final String FACET_LANGUAGE = "language"; //$NON-NLS-1$
	public static final String FACET_LICENCE = "licence"; //$NON-NLS-1$
	public static final String FACET_YEAR = "year"; //$NON-NLS-1$

	private Fields() {
	}

	public static String text(String analysisLanguage) {
		return "text_" + analysisLanguage; //$NON-NLS-1$
	}

	public static String title(String analysisLanguage) {
		return "title_" + analysisLanguage; //$NON-NLS-1$
	}
}
