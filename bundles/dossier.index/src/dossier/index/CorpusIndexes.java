package dossier.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.stream.Stream;

import dossier.core.model.Article;
import dossier.core.store.Corpus;
import dossier.core.store.CorpusListener;

/**
 * Ties a {@link CorpusIndex} to a {@link Corpus}: the index lives in {@link Corpus#indexFolder()}, reflects
 * {@link Corpus#stamp()}, and hit paths are the article files relative to the corpus folder.
 */
public final class CorpusIndexes {

	private CorpusIndexes() {
	}

	/** The corpus as an {@link IndexSource}. */
	public static IndexSource sourceOf(Corpus corpus) {
		return new IndexSource() {
			@Override
			public Path indexFolder() {
				return corpus.indexFolder();
			}

			@Override
			public String stamp() {
				return corpus.stamp();
			}

			@Override
			public Stream<Article> articles() {
				return corpus.articles();
			}

			@Override
			public String pathOf(Article article) {
				return corpus.folder().relativize(corpus.articleFile(article.id())).toString().replace('\\', '/');
			}
		};
	}

	/** Opens (building or rebuilding as needed) the index of {@code corpus}. */
	public static CorpusIndex open(Corpus corpus) throws IOException {
		return CorpusIndex.open(sourceOf(corpus));
	}

	/** The index of {@code corpus} for searching only: see {@link CorpusIndex#openForSearch}. */
	public static CorpusIndex openForSearch(Corpus corpus) throws IOException {
		return CorpusIndex.openForSearch(sourceOf(corpus));
	}

	/**
	 * Keeps {@code index} up to date with the corpus's changes as they are made. Changes are searchable at once;
	 * call {@link CorpusIndex#commit()} at the end of a batch (an import) to make them durable: an index left
	 * uncommitted by a killed process is found stale and rebuilt on the next opening. An index that cannot be
	 * written throws {@link UncheckedIOException} from the corpus's write.
	 *
	 * @return the listener, to remove with {@link Corpus#removeListener(CorpusListener)}
	 */
	public static CorpusListener follow(Corpus corpus, CorpusIndex index) {
		return follow(corpus, index, e -> {
			throw new UncheckedIOException(e);
		});
	}

	/**
	 * Hands the corpus's changes as they are made to {@code updates}, which analyses them on background threads
	 * while the corpus goes on storing (an import): call {@link BackgroundUpdates#finish()} before committing.
	 *
	 * @return the listener, to remove with {@link Corpus#removeListener(CorpusListener)}
	 */
	public static CorpusListener follow(Corpus corpus, BackgroundUpdates updates) {
		CorpusListener listener = new CorpusListener() {
			@Override
			public void added(Article article) {
				updates.update(article);
			}

			@Override
			public void updated(Article previous, Article article) {
				updates.update(article);
			}

			@Override
			public void removed(String id) {
				updates.delete(id);
			}
		};
		corpus.addListener(listener);
		return listener;
	}

	/**
	 * As {@link #follow(Corpus, CorpusIndex)}, but an index that cannot be written (a full disk) is handed to
	 * {@code failed} once and then no longer updated, while the corpus goes on storing: the index is found stale
	 * on its next opening and rebuilt from the articles.
	 */
	public static CorpusListener follow(Corpus corpus, CorpusIndex index, java.util.function.Consumer<IOException> failed) {
		CorpusListener listener = new CorpusListener() {
			private boolean broken;

			@Override
			public void added(Article article) {
				update(article);
			}

			@Override
			public void updated(Article previous, Article article) {
				update(article);
			}

			@Override
			public synchronized void removed(String id) {
				if (!broken) {
					try {
						index.delete(id);
					} catch (IOException e) {
						broken = true;
						failed.accept(e);
					}
				}
			}

			private synchronized void update(Article article) {
				if (!broken) {
					try {
						index.update(article);
					} catch (IOException e) {
						broken = true;
						failed.accept(e);
					}
				}
			}
		};
		corpus.addListener(listener);
		return listener;
	}
}
