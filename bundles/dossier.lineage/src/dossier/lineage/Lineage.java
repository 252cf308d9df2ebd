// SPDX-License-Identifier: EPL-2.0
package dossier.lineage;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
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
	 * compared once), replaces the suggestions of the corpus's lineage file and writes it under the corpus's
	 * writer lock.
	 *
	 * @throws IOException when the lineage file cannot be read or written, or another writer holds the corpus
	 */
	public static Result compute(Corpus corpus) throws IOException {
		Result result = link(corpus);
		try (CorpusLock lock = corpus.lockForWriting("dossier lineage", LOCK_WAIT)) { //$NON-NLS-1$
			result.file().write();
		}
		return result;
	}

	/**
	 * The corpus's links as they stand now, without writing anything (a check reads, it does not record): every
	 * article linked afresh, with the analysts' decisions of the lineage file applied (confirmed links kept,
	 * rejected ones left out).
	 *
	 * @throws IOException when the lineage file cannot be read
	 */
	public static List<LineageLink> current(Corpus corpus) throws IOException {
		return link(corpus).file().current();
	}

	private static Result link(Corpus corpus) throws IOException {
		LineageFile file = LineageFile.read(corpus.folder());
		LineageIndex index = new LineageIndex();
		List<LineageLink> links = new ArrayList<>();
		int count = 0;
		try (Stream<Article> articles = corpus.articles()) {
			Iterator<Article> it = articles.iterator();
			while (it.hasNext()) {
				links.addAll(index.add(it.next()));
				count++;
			}
		}
		file.replaceSuggestions(links);
		return new Result(index, file, count);
	}

	/**
	 * Links {@code article} (new or changed) against the articles already in {@code index} and stores its links in
	 * the corpus's lineage file, leaving every other link as it is.
	 *
	 * @return the article's links as stored (decisions applied, rejected ones left out)
	 */
	public static List<LineageLink> addArticle(Corpus corpus, LineageIndex index, Article article) throws IOException {
		List<LineageLink> links = index.add(article);
		LineageFile file = LineageFile.read(corpus.folder());
		file.replaceSuggestionsOf(article.id(), links);
		try (CorpusLock lock = corpus.lockForWriting("dossier lineage", LOCK_WAIT)) { //$NON-NLS-1$
			file.write();
		}
		return file.current().stream().filter(link -> link.involves(article.id())).toList();
	}
}
