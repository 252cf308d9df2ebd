// SPDX-License-Identifier: EPL-2.0
package dossier.lineage;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import java.util.stream.Stream;

import dossier.core.model.Article;
import dossier.core.store.Corpus;
import dossier.core.store.CorpusLock;

/**
 * Lineage over a corpus on disk: {@link #compute(Corpus)} links every article and stores the result with the
 * analysts' decisions in the corpus's {@value LineageFile#FILE_NAME}; {@link #addArticle(Corpus, LineageIndex, Article)}
 * links one more article against an index already built, touching only its own links.
 */
public final class Lineage {

	private static final Duration LOCK_WAIT = Duration.ofSeconds(10);

	/** What a computation found and stored. */
	public record Result(LineageIndex index, LineageFile file, int articles) {
	}

	private Lineage() {
	}

	/**
	 * Links every article of {@code corpus} (one at a time through a fresh {@link LineageIndex}, so each pair is
	 * compared once), then replaces the suggestions of the corpus's lineage file and writes it, the file read again
	 * under the corpus's writer lock ({@link #update}): a decision stored while it linked is kept.
	 *
	 * @throws IOException when the lineage file cannot be read or written, or another writer holds the corpus
	 */
	public static Result compute(Corpus corpus) throws IOException {
		return compute(corpus, EntityIds.NONE);
	}

	/**
	 * As {@link #compute(Corpus)}, each article's fingerprint holding the ids of the entities linked in it as
	 * {@code entityIds} gives them.
	 *
	 * @throws IOException when the lineage file cannot be read or written, or another writer holds the corpus
	 */
	public static Result compute(Corpus corpus, EntityIds entityIds) throws IOException {
		// an unreadable file stops the computation before it starts; a rejected link is no ground for revising another
		Linked linked = link(corpus, entityIds, LineageFile.read(corpus.folder()).rejectedKeys());
		LineageFile file = update(corpus, stored -> {
			stored.replaceSuggestions(linked.links());
			return true;
		});
		return new Result(linked.index(), file, linked.articles());
	}

	/**
	 * Changes the corpus's lineage file as one step, under the corpus's writer lock: the file is read again under
	 * it, so the links and decisions another writer stored meanwhile (the workbench, another command) are kept;
	 * {@code change} is applied and, when it returns true, the file is written.
	 *
	 * @return the file as changed (written or not)
	 * @throws IOException when the file cannot be read or written, or another writer holds the corpus for more than
	 *         ten seconds
	 */
	public static LineageFile update(Corpus corpus, Predicate<LineageFile> change) throws IOException {
		try (CorpusLock lock = corpus.lockForWriting("dossier lineage", LOCK_WAIT)) { //$NON-NLS-1$
			LineageFile file = LineageFile.read(corpus.folder());
			if (change.test(file)) {
				file.write();
			}
			return file;
		}
	}

	/**
	 * The corpus's links as they stand now, without writing anything (a check reads, it does not record): every
	 * article linked afresh, with the analysts' decisions of the lineage file applied (confirmed links kept,
	 * rejected ones left out, and so are the links of an article no longer in the corpus, confirmed or not).
	 *
	 * @throws IOException when the lineage file cannot be read
	 */
	public static List<LineageLink> current(Corpus corpus) throws IOException {
		return current(corpus, EntityIds.NONE);
	}

	/** As {@link #current(Corpus)}, with the entity ids {@code entityIds} gives for each article. */
	public static List<LineageLink> current(Corpus corpus, EntityIds entityIds) throws IOException {
		LineageFile file = LineageFile.read(corpus.folder());
		file.replaceSuggestions(link(corpus, entityIds, file.rejectedKeys()).links());
		return file.current(Set.copyOf(corpus.ids()));
	}

	/**
	 * The links stored in the corpus's lineage file, as the workbench shows and counts them: suggested and confirmed
	 * links between two articles the corpus still holds ({@link LineageFile#current(Set)}). Nothing is linked: this
	 * reads what linking on import or {@code dossier lineage} stored.
	 *
	 * @throws IOException when the lineage file cannot be read
	 */
	public static List<LineageLink> stored(Corpus corpus) throws IOException {
		return LineageFile.read(corpus.folder()).current(Set.copyOf(corpus.ids()));
	}

	/** Every article of a corpus linked through a fresh index: the index, the links found, how many articles. */
	private record Linked(LineageIndex index, List<LineageLink> links, int articles) {
	}

	private static Linked link(Corpus corpus, EntityIds entityIds, Set<String> rejected) throws IOException {
		LineageIndex index = new LineageIndex();
		index.rejected(rejected);
		int[] count = new int[1];
		List<LineageLink> links;
		try (Stream<Article> articles = corpus.articles()) {
			links = addAll(index, articles.peek(article -> count[0]++).iterator(), THREADS, entityIds);
		}
		return new Linked(index, links, count[0]);
	}

	/** Threads that prepare articles ahead of the adds in a first pass (the calling thread compares): one per core. */
	public static final int THREADS = Math.max(1, Runtime.getRuntime().availableProcessors());

	/** How many prepared articles a first pass keeps ahead of the adds, per thread: a bound on the memory it holds. */
	private static final int AHEAD_PER_THREAD = 64;

	/**
	 * Adds {@code articles} to {@code index} in their order and returns their links: exactly the links of adding them
	 * one at a time with {@link LineageIndex#add(Article)}, each add's revisions applied to the links before it
	 * ({@link LinkChanges#applyTo}; each article is added once) (the comparisons run in that order, on the calling thread),
	 * but each article's features are computed on {@code threads} other threads ahead of the adds
	 * ({@link LineageIndex#prepare}), which is most of the work of a first pass. {@code articles} is read on the calling
	 * thread (its {@code next} may report progress or throw to cancel: the threads are stopped and the exception goes
	 * to the caller; the articles added until then stay in the index). With {@code threads} 0, everything runs on the
	 * calling thread.
	 */
	public static List<LineageLink> addAll(LineageIndex index, Iterator<Article> articles, int threads) {
		return addAll(index, articles, threads, EntityIds.NONE);
	}

	/**
	 * As {@link #addAll(LineageIndex, Iterator, int)}, each article with the entity ids {@code entityIds} gives for it
	 * (asked on the preparing threads, so a recognition per article runs there too).
	 */
	public static List<LineageLink> addAll(LineageIndex index, Iterator<Article> articles, int threads,
			EntityIds entityIds) {
		// by pair: a revision replaces the link an earlier add returned (LinkChanges.applyTo)
		Map<String, LineageLink> links = new LinkedHashMap<>();
		if (threads < 1) {
			while (articles.hasNext()) {
				Article article = articles.next();
				index.add(article, entityIds.of(article)).applyTo(links);
			}
			return new ArrayList<>(links.values());
		}
		ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
			Thread thread = new Thread(runnable, "dossier lineage: preparing articles"); //$NON-NLS-1$
			thread.setDaemon(true);
			return thread;
		});
		try {
			Deque<Future<LineageIndex.Prepared>> ahead = new ArrayDeque<>();
			int window = threads * AHEAD_PER_THREAD;
			while (true) {
				while (ahead.size() < window && articles.hasNext()) {
					Article article = articles.next();
					ahead.add(pool.submit(() -> LineageIndex.prepare(article, entityIds.of(article))));
				}
				Future<LineageIndex.Prepared> next = ahead.poll();
				if (next == null) {
					return new ArrayList<>(links.values());
				}
				index.add(done(next)).applyTo(links);
			}
		} finally {
			pool.shutdownNow();
		}
	}

	private static LineageIndex.Prepared done(Future<LineageIndex.Prepared> future) {
		try {
			return future.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new CancellationException("interrupted while linking"); //$NON-NLS-1$
		} catch (ExecutionException e) {
			Throwable cause = e.getCause();
			if (cause instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (cause instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(cause);
		}
	}

	/**
	 * Links {@code article} (new or changed) against the articles already in {@code index} and stores its links in
	 * the corpus's lineage file with the revisions its arrival made to other links ({@link LineageFile#apply}: a
	 * decided link is not revised), leaving every other link as it is.
	 *
	 * @return the article's links as stored (decisions applied, rejected ones left out)
	 */
	public static List<LineageLink> addArticle(Corpus corpus, LineageIndex index, Article article) throws IOException {
		return addArticle(corpus, index, article, EntityIds.NONE);
	}

	/** As {@link #addArticle(Corpus, LineageIndex, Article)}, with the article's entity ids from {@code entityIds}. */
	public static List<LineageLink> addArticle(Corpus corpus, LineageIndex index, Article article, EntityIds entityIds)
			throws IOException {
		LinkChanges changes = index.add(article, entityIds.of(article));
		LineageFile file = update(corpus, stored -> {
			stored.apply(article.id(), changes);
			return true;
		});
		return file.current(Set.copyOf(corpus.ids())).stream().filter(link -> link.involves(article.id())).toList();
	}
}
