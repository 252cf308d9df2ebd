// SPDX-License-Identifier: EPL-2.0
package dossier.solr;

import java.util.List;
import java.util.Map;

import dossier.index.internal.Analyzers;
import dossier.index.internal.Fields;

/**
 * What the Dossier configset ({@code solr/configset/conf/managed-schema.xml}) adds to the local index's fields
 * ({@link Fields}): facets are fields of their own on Solr, where the local index keeps them in Lucene's facet field.
 */
final class SolrFields {

	/** The engine's facet dimension -> the Solr field holding its values (doc values). */
	static final Map<String, String> FACETS = Map.of(Fields.FACET_PUBLISHER, "publisher_facet", //$NON-NLS-1$
			Fields.FACET_LANGUAGE, "language_facet", //$NON-NLS-1$
			Fields.FACET_LICENCE, "licence_facet", //$NON-NLS-1$
			Fields.FACET_YEAR, Fields.YEAR);

	/** The dimensions in the order a local search gives them. */
	static final List<String> DIMENSIONS = List.of(Fields.FACET_PUBLISHER, Fields.FACET_LANGUAGE, Fields.FACET_LICENCE,
			Fields.FACET_YEAR);

	/** The stored fields of an {@link dossier.index.ArticleSummary}. */
	static final String SUMMARY = String.join(",", Fields.ID, Fields.TITLE, Fields.PUBLISHER, Fields.LANGUAGE, //$NON-NLS-1$
			Fields.PUBLISHED, Fields.LICENCE, Fields.PATH, "score"); //$NON-NLS-1$

	private SolrFields() {
	}

	/** Every field an article's text may be in, for highlighting. */
	static String textFields() {
		return String.join(",", Analyzers.allAnalysisLanguages().stream().map(Fields::text).toList()); //$NON-NLS-1$
	}
}
