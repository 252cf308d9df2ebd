// SPDX-License-Identifier: EPL-2.0
package dossier.solr.plugin;

import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.search.QParser;
import org.apache.solr.search.QParserPlugin;
import org.apache.solr.search.SyntaxError;

import dossier.index.internal.DossierQueryParser;

/**
 * {@code defType=dossier} (or {@code {!dossier}}): Dossier's query syntax on a collection of the Dossier configset.
 * It is the index bundle's {@link DossierQueryParser} itself (words looked up in every language of their script and
 * in the unstemmed field, {@code title: publisher: language: licence: year: published: id:}, AND by default), given
 * the schema's query analyzers, which are the local chains: a query finds on Solr what it finds in a local index.
 */
public final class DossierQParserPlugin extends QParserPlugin {

	/** The name solrconfig.xml registers the parser under. */
	public static final String NAME = "dossier"; //$NON-NLS-1$

	@Override
	public QParser createParser(String text, SolrParams localParams, SolrParams params, SolrQueryRequest request) {
		return new QParser(text, localParams, params, request) {
			@Override
			public Query parse() throws SyntaxError {
				String query = getString();
				if (query == null || query.isBlank()) {
					return new MatchAllDocsQuery();
				}
				try {
					return new DossierQueryParser(getReq().getSchema().getQueryAnalyzer()).parse(query);
				} catch (ParseException | RuntimeException e) {
					String message = e.getMessage() == null ? e.toString() : e.getMessage();
					throw new SyntaxError("cannot parse query '" + query + "': " //$NON-NLS-1$ //$NON-NLS-2$
							+ message.lines().findFirst().orElse(""), e); //$NON-NLS-1$
				}
			}
		};
	}
}
