// SPDX-License-Identifier: EPL-2.0
package dossier.entities.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dossier.core.model.Article;
import dossier.entities.Catalogue;
import dossier.entities.EntityEngine;
import dossier.entities.Mention;
import dossier.entities.MentionStatus;
import dossier.entities.store.BackgroundRecognition;
import dossier.entities.store.EntityStore;

/** What {@code dossier import} recognises as it stores articles, and what a killed writer of mentions leaves. */
class BackgroundRecognitionTest {

	@TempDir
	Path folder;

	// constructed for this test
	private static final Article JAPAN = Article.builder("Readers in Japan and Egypt read the most this year.").language("en")
			.build();
	private static final Article NORWAY = Article.builder("Les lecteurs de Norvège ont lu le plus cette année.").language("fr")
			.build();

	@Test
	void storesEachArticlesMentionsKeepingTheAnalystsDecisions() throws Exception {
		EntityStore store = new EntityStore(folder);
		int start = JAPAN.text().indexOf("Egypt");
		Mention rejected = new Mention(JAPAN.id(), start, start + 5, "Egypt", "iso3166:EG", "PLACE", "analyst", 1.0,
				MentionStatus.REJECTED);
		store.saveMentions(JAPAN.id(), List.of(rejected));
		BackgroundRecognition.Summary summary;
		try (BackgroundRecognition recognition = new BackgroundRecognition(store, () -> EntityEngine.create(new Catalogue()))) {
			recognition.recognise(JAPAN);
			recognition.recognise(NORWAY);
			summary = recognition.finish();
		}
		assertEquals(2, summary.recognised(), summary.toString());
		assertEquals(0, summary.failed(), summary.toString());
		assertEquals(List.of("iso3166:JP"), store.linkedEntityIds(JAPAN.id()), "Egypt stays rejected");
		assertTrue(store.loadMentions(JAPAN.id()).contains(rejected));
		assertEquals(List.of("iso3166:NO"), store.linkedEntityIds(NORWAY.id()));
	}

	@Test
	void anEngineThatCannotBeBuiltFailsEveryArticleWithItsReasonAndStoresNothing() throws Exception {
		EntityStore store = new EntityStore(folder);
		BackgroundRecognition.Summary summary;
		try (BackgroundRecognition recognition = new BackgroundRecognition(store, () -> {
			throw new IllegalStateException("no gazetteer");
		})) {
			recognition.recognise(JAPAN);
			recognition.recognise(NORWAY);
			summary = recognition.finish();
		}
		assertEquals(0, summary.recognised());
		assertEquals(2, summary.failed());
		assertTrue(summary.firstFailures().get(0).contains("no gazetteer"), summary.toString());
		assertFalse(store.hasMentions(JAPAN.id()));
	}

	@Test
	void aKilledWritersTemporaryIsDeletedAndALiveWritersIsNot() throws Exception {
		EntityStore store = new EntityStore(folder);
		store.saveMentions(JAPAN.id(), List.of());
		Path shard = store.mentionsFile(JAPAN.id()).getParent();
		Process ended = new ProcessBuilder("true").start();
		ended.waitFor();
		Path killed = shard.resolve("." + JAPAN.id() + ".mentions.json." + ended.pid() + "-1f.tmp");
		Path live = shard.resolve("." + JAPAN.id() + ".mentions.json." + ProcessHandle.current().pid() + "-2f.tmp");
		Path pairs = shard.resolve("." + JAPAN.id() + ".json.3f.tmp"); // the corpus's own, which it cleans up itself
		for (Path file : List.of(killed, live, pairs)) {
			Files.writeString(file, "{");
		}
		assertEquals(1, store.deleteKilledWritersTemporaries());
		assertFalse(Files.exists(killed));
		assertTrue(Files.exists(live), "a running process may still move it into place");
		assertTrue(Files.exists(pairs));
		assertTrue(store.hasMentions(JAPAN.id()));
	}

	@Test
	void whatTheStoreWritesLeavesNoTemporary() throws IOException {
		EntityStore store = new EntityStore(folder);
		store.saveMentions(NORWAY.id(), List.of());
		try (var files = Files.list(store.mentionsFile(NORWAY.id()).getParent())) {
			assertEquals(List.of(NORWAY.id() + ".mentions.json"), files.map(f -> f.getFileName().toString()).toList());
		}
	}
}
