// SPDX-License-Identifier: EPL-2.0
/**
 * Search over a corpus: {@link dossier.index.CorpusIndex} is the Lucene index of one corpus, kept in the corpus's
 * git-ignored index folder and rebuilt from the articles whenever it is missing, stale or damaged;
 * {@link dossier.index.CorpusIndexes} opens it over a {@code dossier.core.store.Corpus} and keeps it following
 * the corpus's changes. A search ({@link dossier.index.SearchRequest}) answers hits with highlighted snippets,
 * the total, and facet counts for publisher, language, licence and year ({@link dossier.index.SearchResult});
 * {@link dossier.index.CorpusIndex#list} pages through all articles in any column's order for tables.
 * <p>
 * Plain Java over Lucene 9.12: runs in a test, on the command line and in the workbench alike.
 */
@NonNullByDefault
package dossier.index;

import org.eclipse.jdt.annotation.NonNullByDefault;
