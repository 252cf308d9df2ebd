// SPDX-License-Identifier: EPL-2.0
package dossier.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dossier.core.model.Article;
import dossier.core.store.Corpus;
import dossier.core.store.CorpusListener;

/**
 * A listener that treats a new article and a replacement alike (the search index, recognition on import) hears of
 * both through {@link CorpusListener#stored}; of a duplicate and a deletion it hears nothing there. A listener that
 * tells them apart still does.
 */
class CorpusListenerTest {

	@TempDir
	Path dir;

	@Test
	void aNewArticleAndItsReplacementAreBothStored() throws IOException {
		Corpus corpus = Corpus.open(dir);
		List<String> stored = new ArrayList<>();
		corpus.addListener(new CorpusListener() {
			@Override
			public void stored(Article article) {
				stored.add(article.id() + " " + article.text().length());
			}
		});
		Article first = CorpusTest.multilingual("https://www.lifegate.it/russia-corea");
		String id = corpus.put(first, null).id();
		Article corrected = Article.builder(first.text() + "\n\nتصحيح").sourceUrl(first.sourceUrl()).title(first.title())
				.build();
		corpus.put(corrected, null);
		assertEquals(List.of(id + " " + first.text().length(), id + " " + corrected.text().length()), stored);
	}

	@Test
	void aDuplicateOrADeletionIsNotStoredAndAddedStaysApartFromUpdated() throws IOException {
		Corpus corpus = Corpus.open(dir);
		List<String> events = new ArrayList<>();
		corpus.addListener(new CorpusListener() {
			@Override
			public void stored(Article article) {
				events.add("stored");
			}

			@Override
			public void removed(String id) {
				events.add("removed");
			}
		});
		corpus.addListener(new CorpusListener() {
			@Override
			public void added(Article article) {
				events.add("added");
			}
		});
		Article first = CorpusTest.multilingual("https://www.lifegate.it/russia-corea");
		String id = corpus.put(first, null).id();
		corpus.put(first, null); // the same article again: a duplicate, nothing written
		corpus.put(Article.builder(first.text() + "\n\nتصحيح").sourceUrl(first.sourceUrl()).title(first.title()).build(),
				null); // a new text at the same address: a replacement
		corpus.delete(id);
		assertEquals(List.of("stored", "added", "stored", "removed"), events);
	}
}
