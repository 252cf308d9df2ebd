// SPDX-License-Identifier: EPL-2.0
package dossier.index.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dossier.index.CorpusIndex;
import dossier.index.Hit;
import dossier.index.SearchRequest;

/** Searching never takes the index's write lock: beside a writer (an import in another process) it still works. */
class SearchOnlyTest {

	@TempDir
	Path folder;

	private static List<String> ids(CorpusIndex index, String query) throws Exception {
		return index.search(SearchRequest.of(query, 50)).hits().stream().map(Hit::id).sorted().toList();
	}

	@Test
	void aSearchBesideAWriterReadsTheIndexAndSaysWhenItIsStale() throws Exception {
		TestCorpus corpus = new TestCorpus(folder);
		corpus.put(TestCorpus.article("it1", "it", "Elezioni regionali in Sardegna",
				"Le elezioni regionali si sono svolte domenica in Sardegna.", "Lifegate", "2024-02-26", null));
		try (CorpusIndex writer = CorpusIndex.open(corpus)) { // holds the write lock, as an import does
			try (CorpusIndex search = CorpusIndex.openForSearch(corpus)) {
				assertTrue(search.isReadOnly());
				assertEquals(List.of("it1"), ids(search, "Sardegna"));
				assertFalse(search.staleness().isPresent(), "a current index is simply read");
				assertThrows(IllegalStateException.class, () -> search.delete("it1"), "a search index takes no change");
			}
			// the writer's process stores a new article and has not committed its index yet
			corpus.put(TestCorpus.article("it2", "it", "Nuovo sindaco a Cagliari",
					"Il nuovo sindaco di Cagliari in Sardegna ha giurato ieri.", "Lifegate", "2024-03-01", null));
			try (CorpusIndex search = CorpusIndex.openForSearch(corpus)) {
				assertEquals(List.of("it1"), ids(search, "Sardegna"), "what the index holds is still searched");
				assertTrue(search.staleness().isPresent(), "and the search says the index is stale");
			}
		}
		try (CorpusIndex search = CorpusIndex.openForSearch(corpus)) {
			assertEquals(List.of("it1", "it2"), ids(search, "Sardegna"), "once free, a stale index is rebuilt");
		}
	}
}
