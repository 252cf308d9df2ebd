// SPDX-License-Identifier: EPL-2.0
package dossier.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.ReferenceManager;

import dossier.core.model.Article;
import dossier.index.internal.Analyzers;
import dossier.index.internal.BatchWriter;
import dossier.index.internal.DocumentMapper;
import dossier.index.internal.IndexLifecycle;
import dossier.index.internal.Listings;
import dossier.index.internal.Searches;

/**
 * The Lucene index of one corpus, kept in {@link IndexSource#indexFolder()}. {@link #open(IndexSource)} rebuilds
 * it from the corpus when it is missing, stale (it records the corpus {@link IndexSource#stamp() stamp} and the
 * index format version with every commit) or unreadable; a corrupt index is deleted and rebuilt, never fatal.
 * <p>
 * Each article is analysed in its language (Arabic normalised and lightly stemmed, so {@code كوريا} finds
 * {@code وكوريا} and {@code بوتين} finds {@code لبوتين}; Snowball-style stemmers for the European languages; CJK
 * bigrams for Chinese and Japanese), and once more unstemmed for names and phrases. See
 * {@link #search(SearchRequest)} for the query syntax.
 * <p>
 * Thread-safe: searches run concurrently with updates and with a rebuild; updates become visible to searches at
 * once, and durable on {@link #commit()}. A rebuild waits for the updates under way and updates wait for it.
 * Recovering from a damaged index and {@link #close()} wait for every search and change under way; a search or
 * change that starts after the closing fails with {@link IndexClosedException}.
 */
public final class CorpusIndex implements ArticleSearch, Closeable {

	/**
	 * Bumped whenever the document layout or analysis changes: an index of another version is rebuilt. 2: the import
	 * instant ({@code imported:}).
	 */
	public static final String FORMAT_VERSION = "2"; //$NON-NLS-1$

	/** Titles {@link #warmUp()} takes its words from, and how many words it searches. */
	private static final int WARM_UP_TITLES = 30;
	private static final int WARM_UP_WORDS = 6;

	private final IndexLifecycle lifecycle;
	private final BatchWriter writes;
	private final Searches searches;
	private final Listings listings;

	private CorpusIndex(IndexSource source) {
		Objects.requireNonNull(source);
		Analyzer indexAnalyzer = Analyzers.forIndexing();
		DocumentMapper mapper = new DocumentMapper();
		lifecycle = new IndexLifecycle(source, indexAnalyzer);
		writes = new BatchWriter(lifecycle, source, mapper);
		searches = new Searches(lifecycle, writes::rebuild, indexAnalyzer, Analyzers.forQueries(), mapper.facets());
		listings = new Listings(lifecycle);
	}

	/**
	 * Opens the index of {@code source}, creating or rebuilding it when it is missing, stale or corrupt.
	 *
	 * @throws IndexInUseException when another program writes the index
	 * @throws IOException when the folder cannot be written
	 */
	public static CorpusIndex open(IndexSource source) throws IOException {
		CorpusIndex index = new CorpusIndex(source);
		index.lifecycle.openOrRebuild(index.writes::rebuild);
		return index;
	}

	/**
	 * Opens the index of {@code source} for searching: a current index is read without a writer, so a search never
	 * takes the index's write lock (another process may be importing, the folder may be read-only). A missing,
	 * stale or corrupt index is rebuilt when it can be; when it cannot (another process writes it, a read-only
	 * mount, a full disk) the index that is there is searched as it is, and {@link #staleness()} says so.
	 *
	 * @throws IOException when there is no readable index and none can be built
	 */
	public static CorpusIndex openForSearch(IndexSource source) throws IOException {
		CorpusIndex current = new CorpusIndex(source);
		try {
			if (current.lifecycle.openReadOnly(true)) {
				return current;
			}
		} catch (IOException | RuntimeException e) {
			// unreadable: rebuilding below is the cure
		}
		current.lifecycle.discard();
		try {
			return open(source);
		} catch (IOException e) {
			CorpusIndex asItIs = new CorpusIndex(source);
			try {
				if (asItIs.lifecycle.openReadOnly(false)) {
					asItIs.lifecycle.searchedAsItIs(e);
					return asItIs;
				}
			} catch (IOException | RuntimeException unreadable) {
				e.addSuppressed(unreadable);
			}
			asItIs.lifecycle.discard();
			throw e;
		}
	}

	/** Why the index searched may miss articles (opened for searching as it was, unable to rebuild), or empty. */
	public Optional<String> staleness() {
		return Optional.ofNullable(lifecycle.staleness());
	}

	/** Whether this index was opened for searching only ({@link #openForSearch}): it takes no change. */
	public boolean isReadOnly() {
		return lifecycle.isReadOnly();
	}

	/** Why opening rebuilt the index ("missing", "stale: ...", "corrupt: ..."), or empty if it was up to date. */
	public Optional<String> rebuildReason() {
		return Optional.ofNullable(lifecycle.rebuildReason());
	}

	/** Re-reads every article of the source and replaces the whole index with them, then commits. */
	public void rebuild() throws IOException {
		writes.rebuild();
	}

	/** Adds or replaces one article. Visible to searches at once; durable on {@link #commit()}. */
	public void update(Article article) throws IOException {
		writes.update(article);
	}

	/**
	 * Adds or replaces many articles, analysing them on several threads. Visible to searches at once; durable
	 * on {@link #commit()}.
	 */
	public void updateAll(Stream<Article> articles) throws IOException {
		writes.updateAll(articles);
	}

	/** Removes an article. Visible to searches at once; durable on {@link #commit()}. */
	public void delete(String id) throws IOException {
		writes.delete(id);
	}

	/** Makes the changes durable and records the source's current stamp as the one the index reflects. */
	public void commit() throws IOException {
		writes.commit();
	}

	/** How many articles the index holds. */
	@Override
	public int count() throws IOException {
		return listings.count();
	}

	/**
	 * Searches. The query syntax: words (all must occur; in any inflected form the article's language
	 * knows), {@code "a phrase"}, {@code field:value} with fields {@code title author publisher language licence
	 * year id text}, {@code year:[2020 TO 2024]}, {@code AND OR NOT} (or {@code + -}), parentheses, and
	 * {@code prefix*} on unstemmed words.
	 * <p>
	 * The first page of a search collects only its top hits (what typing costs); a later page comes from the whole
	 * hit order, kept for this index version, as {@link #list} does for listings.
	 *
	 * @throws QuerySyntaxException when the query cannot be parsed
	 * @throws IOException when the index cannot be read even after a rebuild
	 */
	@Override
	public SearchResult search(SearchRequest request) throws QuerySyntaxException, IOException {
		return searches.search(request);
	}

	/**
	 * The ids of every article {@code queryText} matches, in no particular order. Reads only the id column (no
	 * stored fields, no scores, no snippets): for counting something per matching article over a whole corpus.
	 *
	 * @throws QuerySyntaxException when the query cannot be parsed
	 */
	@Override
	public List<String> matchingIds(String queryText) throws QuerySyntaxException, IOException {
		return searches.matchingIds(queryText);
	}

	/**
	 * Runs a few searches made of words from the index's own titles, with and without passages, so that the first
	 * searches a user types do not pay for loading and compiling the search and highlighting code (in a fresh
	 * workbench they take several times longer otherwise). For long-lived processes, in the background; it reads
	 * only.
	 *
	 * @return the number of searches run
	 */
	public int warmUp() throws IOException {
		Set<String> words = new LinkedHashSet<>();
		for (ArticleSummary summary : list(SortKey.ID, false, 0, WARM_UP_TITLES)) {
			for (String word : summary.title().split("[^\\p{L}\\p{N}]+")) { //$NON-NLS-1$
				if (word.codePointCount(0, word.length()) >= 4 && words.size() < WARM_UP_WORDS) {
					words.add(word);
				}
			}
		}
		int searchesRun = 0;
		for (String word : words) {
			SearchRequest request = SearchRequest.of('"' + word + '"', 40);
			try {
				search(request.withPassages(false));
				search(request);
				searchesRun += 2;
			} catch (QuerySyntaxException e) {
				// Cannot happen with a quoted word; skipped if it does.
			}
		}
		return searchesRun;
	}

	/**
	 * A page of all articles in the given order: rows {@code from .. from+count-1}. The order is computed once
	 * per index version and kept, so paging through a table of any size costs only the rows shown.
	 */
	@Override
	public List<ArticleSummary> list(SortKey key, boolean descending, int from, int count) throws IOException {
		return listings.list(key, descending, from, count);
	}

	/** Tells {@code listener} about each refresh of the readers (the concurrency tests hold a refresh open). */
	void addRefreshListener(ReferenceManager.RefreshListener listener) throws IOException {
		lifecycle.addRefreshListener(listener);
	}

	/** Recovers as from damage a search found: an empty index, rebuilt from the source (the race tests). */
	void recover(IOException cause) throws IOException {
		lifecycle.recover(cause, writes::rebuild);
	}

	/** The folder the index lives in. */
	public Path folder() {
		return lifecycle.folder();
	}

	/**
	 * Closes the index without committing pending changes (call {@link #commit()} first to keep them), once the
	 * searches and changes under way have finished. Closing a closed index does nothing.
	 */
	@Override
	public void close() throws IOException {
		try {
			lifecycle.close();
		} finally {
			searches.forget();
			listings.forget();
		}
	}
}
