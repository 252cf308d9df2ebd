// SPDX-License-Identifier: EPL-2.0
package dossier.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
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

	private final List<String> heard = new ArrayList<>();
	private Corpus corpus;
	private Article first;

	@BeforeEach
	void open() throws IOException {
		corpus = Corpus.open(dir);
		first = CorpusTest.multilingual("https://www.lifegate.it/russia-corea");
	}

	/** Records what it is told: an article stored (its length), or removed. */
	private CorpusListener storedOrRemoved() {
		return new CorpusListener() {
			@Override
			public void stored(Article article) {
				heard.add("stored " + article.text().length());
			}

			@Override
			public void removed(String id) {
				heard.add("removed");
			}
		};
	}

	/** {@link #first} at its address with a correction appended: a replacement, with the same id. */
	private Article corrected() {
		return Article.builder(first.text() + "\n\nتصحيح").sourceUrl(first.sourceUrl()).title(first.title()).build();
	}

	@Test
	void aNewArticleAndItsReplacementAreBothStored() throws IOException {
		corpus.addListener(storedOrRemoved());
		corpus.put(first, null);
		corpus.put(corrected(), null);
		assertEquals(List.of("stored " + first.text().length(), "stored " + corrected().text().length()), heard);
	}

	@Test
	void aDuplicateOrADeletionIsNotStoredAndAddedStaysApartFromUpdated() throws IOException {
		corpus.addListener(storedOrRemoved());
		corpus.addListener(new CorpusListener() {
			@Override
			public void added(Article article) {
				heard.add("added");
			}
		});
		String id = corpus.put(first, null).id();
		corpus.put(first, null); // the same article again: a duplicate, nothing written
		corpus.put(corrected(), null);
		corpus.delete(id);
		int length = first.text().length();
		assertEquals(List.of("stored " + length, "added", "stored " + corrected().text().length(), "removed"), heard);
	}
}
