// SPDX-License-Identifier: EPL-2.0
package dossier.solr;

import java.io.IOException;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.solr.common.SolrInputDocument;
import org.eclipse.jdt.annotation.Nullable;

import dossier.core.model.Article;
import dossier.index.IndexSource;
import dossier.index.internal.DocumentMapper;
import dossier.index.internal.Fields;

/**
 * An article as a document of the Dossier configset: the local index's document ({@link DocumentMapper}) field for
 * field, so that what a local index holds of an article and what Solr holds cannot drift apart. Two differences,
 * both of layout, not of content: the language is one field on Solr (stored as written, indexed in lower case by its
 * field type), and the facets are plain fields ({@link SolrFields#FACETS}) instead of Lucene's facet field.
 */
final class SolrDocuments {

	private final DocumentMapper mapper = new DocumentMapper();
	private final IndexSource source;

	SolrDocuments(IndexSource source) {
		this.source = source;
	}

	SolrInputDocument of(Article article) throws IOException {
		Document local = mapper.toDocument(article, source);
		SolrInputDocument doc = new SolrInputDocument();
		for (IndexableField field : local) {
			String name = field.name();
			if (name.startsWith("$")) { //$NON-NLS-1$
				continue; // Lucene's facet field: the facets follow below
			}
			if (name.equals(Fields.LANGUAGE) && !field.fieldType().stored()) {
				continue; // the lower-case key: the Solr field's analyzer makes it from the stored value
			}
			// a number first: Lucene's Field gives a number's string too
			Object value = field.numericValue();
			if (value == null) {
				value = field.stringValue();
			}
			if (value == null && field.binaryValue() != null) {
				value = field.binaryValue().utf8ToString();
			}
			if (value != null) {
				doc.addField(name, value);
			}
		}
		facet(doc, Fields.FACET_PUBLISHER, stored(local, Fields.PUBLISHER));
		facet(doc, Fields.FACET_LANGUAGE, stored(local, Fields.LANGUAGE));
		facet(doc, Fields.FACET_LICENCE, stored(local, Fields.LICENCE));
		return doc;
	}

	/** The stored value of {@code name}: the facet's value, as the local index files it. */
	private static @Nullable String stored(Document local, String name) {
		for (IndexableField field : local.getFields(name)) {
			if (field.fieldType().stored() && field.stringValue() != null) {
				return field.stringValue();
			}
		}
		return null;
	}

	private static void facet(SolrInputDocument doc, String dimension, @Nullable String value) {
		if (value != null) {
			doc.addField(SolrFields.FACETS.get(dimension), value);
		}
	}
}
