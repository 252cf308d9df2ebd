// SPDX-License-Identifier: EPL-2.0
package dossier.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.Nullable;

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
		return sourceOf(corpus.indexFolder(), () -> corpus);
	}

	/**
	 * A corpus as an {@link IndexSource} whose corpus is asked for anew at every call (the workspace's current
	 * instance of a project's corpus), with its index in {@code indexFolder}.
	 */
	public static IndexSource sourceOf(Path indexFolder, Supplier<Corpus> corpus) {
		return new IndexSource() {
			@Override
			public Path indexFolder() {
				return indexFolder;
			}

			@Override
			public String stamp() {
				return corpus.get().stamp();
			}

			@Override
			public Stream<Article> articles() {
				return corpus.get().articles();
			}

			@Override
			public @Nullable String pathOf(Article article) {
				Corpus current = corpus.get();
				return current.folder().relativize(current.articleFile(article.id())).toString().replace('\\', '/');
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
	 * Keeps an index up to date with the corpus's changes as they are made: each is handed to {@code updates}, which
	 * analyses it on background threads while the corpus goes on storing (an import). Call
	 * {@link BackgroundUpdates#finish()}, then {@link CorpusIndex#commit()} at the end of the batch to make the
	 * changes durable: an index left uncommitted by a killed process, or behind after a failed update, is found
	 * stale and rebuilt on its next opening.
	 *
	 * @return the listener, to remove with {@link Corpus#removeListener(CorpusListener)}
	 */
	public static CorpusListener follow(Corpus corpus, BackgroundUpdates updates) {
		CorpusListener listener = new CorpusListener() {
			@Override
			public void stored(Article article) {
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
}
