// SPDX-License-Identifier: EPL-2.0
package dossier.index.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dossier.index.BackgroundUpdates;
import dossier.index.CorpusIndex;
import dossier.index.Hit;
import dossier.index.SearchRequest;

/** An import hands the index its changes to analyse on other threads: none is lost, none overtakes another. */
class BackgroundUpdatesTest {

	@TempDir
	Path folder;

	private static List<String> ids(CorpusIndex index, String query) throws Exception {
		return index.search(SearchRequest.of(query, 5000)).hits().stream().map(Hit::id).sorted().toList();
	}

	@Test
	void everyChangeIsAppliedAndChangesToOneArticleInTheirOrder() throws Exception {
		TestCorpus corpus = new TestCorpus(folder);
		try (CorpusIndex index = CorpusIndex.open(corpus)) {
			try (BackgroundUpdates updates = new BackgroundUpdates(index)) {
				for (int i = 0; i < 1000; i++) {
					updates.update(TestCorpus.article("a" + i, "it", "Porto numero " + i,
							"Il porto di Genova ha registrato " + i + " navi.", "Lifegate", "2024-02-26", null));
				}
				// one article changed three times, then another deleted: the last change wins
				for (String word : new String[] { "Cagliari", "Sassari", "Nuoro" }) {
					updates.update(TestCorpus.article("a7", "it", "Porto", "Il porto di " + word + ".", "Lifegate",
							"2024-02-26", null));
				}
				updates.delete("a8");
				assertEquals(Optional.empty(), updates.finish());
			}
			index.commit();
			assertEquals(998, ids(index, "Genova").size(), "1000 stored, one changed away, one deleted");
			assertEquals(List.of("a7"), ids(index, "Nuoro"));
			assertEquals(List.of(), ids(index, "Cagliari"));
			assertEquals(List.of(), ids(index, "Sassari"));
		}
	}

	@Test
	void aFailureIsReturnedByFinishAndStopsTheUpdates() throws Exception {
		TestCorpus corpus = new TestCorpus(folder);
		CorpusIndex index = CorpusIndex.open(corpus);
		try (BackgroundUpdates updates = new BackgroundUpdates(index)) {
			index.close(); // as a writer that fails from now on (a full disk fails the same way)
			updates.update(TestCorpus.article("b1", "it", "Titolo", "Testo.", "Lifegate", "2024-02-26", null));
			updates.update(TestCorpus.article("b2", "it", "Titolo", "Testo due.", "Lifegate", "2024-02-26", null));
			Optional<IOException> failure = updates.finish();
			assertTrue(failure.isPresent(), "the failure is not swallowed");
		}
	}
}
