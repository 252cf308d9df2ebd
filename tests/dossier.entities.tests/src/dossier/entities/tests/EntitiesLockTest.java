// SPDX-License-Identifier: EPL-2.0
package dossier.entities.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dossier.entities.Entity;
import dossier.entities.Mention;
import dossier.entities.MentionStatus;
import dossier.entities.store.EntityStore;

/**
 * Two writers of one corpus's entities at once — the corpus build's recognition and an analyst's save, or the
 * workbench and {@code dossier import} in another process — lose nothing: each change of an article's mentions or of
 * the catalogue is read, merged and written as one step under the corpus's entities lock.
 */
class EntitiesLockTest {

	private static final String ID = "a1b2c3d4";

	@TempDir
	Path corpus;

	private static Mention accepted(String text, int start) {
		return new Mention(ID, start, start + text.length(), text, "new:" + text.toLowerCase(), "PERSON", "manual", 1,
				MentionStatus.ACCEPTED);
	}

	/**
	 * The first writer is slow between reading and writing (as recognition merging into what it read); a second
	 * one, through another store of the same corpus, waits for it and merges into its result, so both survive.
	 */
	@Test
	void aChangeMadeWhileAnotherWriterMergesIsNotLost() throws Exception {
		EntityStore recognition = new EntityStore(corpus);
		EntityStore analyst = new EntityStore(corpus);
		CountDownLatch inside = new CountDownLatch(1);
		CompletableFuture<List<Mention>> slow = CompletableFuture.supplyAsync(() -> {
			try {
				return recognition.updateMentions(ID, now -> {
					inside.countDown();
					pause(300); // the second writer comes now, and must wait
					return plus(now, accepted("Alpha", 0));
				});
			} catch (IOException e) {
				throw new IllegalStateException(e);
			}
		});
		assertTrue(inside.await(30, TimeUnit.SECONDS));
		analyst.updateMentions(ID, now -> plus(now, accepted("Beta", 10)));
		slow.get(30, TimeUnit.SECONDS);

		assertEquals(Set.of("Alpha", "Beta"), texts(new EntityStore(corpus).loadMentions(ID)),
				"neither writer's mention is lost");
	}

	@Test
	void anEntityAddedWhileAnotherWriterChangesTheCatalogueIsNotLost() throws Exception {
		EntityStore first = new EntityStore(corpus);
		EntityStore second = new EntityStore(corpus);
		CountDownLatch inside = new CountDownLatch(1);
		CompletableFuture<Object> slow = CompletableFuture.supplyAsync(() -> {
			try {
				return first.updateCatalogue(catalogue -> {
					inside.countDown();
					pause(300);
					catalogue.put(new Entity("person:alpha", "PERSON", Map.of("en", "Alpha"), null, null, null));
					return null;
				});
			} catch (IOException e) {
				throw new IllegalStateException(e);
			}
		});
		assertTrue(inside.await(30, TimeUnit.SECONDS));
		second.updateCatalogue(catalogue -> {
			catalogue.put(new Entity("org:beta", "ORG", Map.of("en", "Beta"), null, null, null));
			return null;
		});
		slow.get(30, TimeUnit.SECONDS);

		assertNotNull(first.loadCatalogue().get("person:alpha"));
		assertNotNull(first.loadCatalogue().get("org:beta"));
	}

	/**
	 * Another process (here a small Java program) finds the lock file locked while a change runs, and free once it
	 * is done; the lock file is ignored by git.
	 */
	@Test
	void anotherProcessFindsTheCorpusLockedWhileAChangeRuns() throws Exception {
		EntityStore store = new EntityStore(corpus);
		Path lock = corpus.resolve("entities").resolve(".lock");
		List<String> during = new ArrayList<>();
		store.updateMentions(ID, now -> {
			during.add(probe(lock));
			return plus(now, accepted("Alpha", 0));
		});
		assertEquals(List.of("held"), during, "another process cannot take the lock during the change");
		assertEquals("free", probe(lock), "and can once it is done");
		assertEquals("/.lock\n",
				Files.readString(corpus.resolve("entities").resolve(".gitignore"), StandardCharsets.UTF_8));
		assertEquals(Set.of("Alpha"), texts(store.loadMentions(ID)));
	}

	/** Runs a one-file Java program in a new process that tries to lock {@code file}: "held" or "free". */
	private String probe(Path file) {
		try {
			Path source = corpus.resolve("LockProbe.java");
			Files.writeString(source, """
					import java.nio.channels.FileChannel;
					import java.nio.channels.FileLock;
					import java.nio.file.Path;
					import java.nio.file.StandardOpenOption;
					public class LockProbe {
						public static void main(String[] args) throws Exception {
							try (FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.WRITE)) {
								FileLock lock = channel.tryLock();
								System.out.print(lock == null ? "held" : "free");
							}
						}
					}
					""", StandardCharsets.UTF_8);
			String java = ProcessHandle.current().info().command().orElse("java");
			Process process = new ProcessBuilder(java, source.toString(), file.toString()).redirectErrorStream(true).start();
			assertTrue(process.waitFor(2, TimeUnit.MINUTES), "the probe finished");
			return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
		} catch (IOException e) {
			throw new IllegalStateException(e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private static List<Mention> plus(List<Mention> mentions, Mention added) {
		List<Mention> result = new ArrayList<>(mentions);
		result.add(added);
		return result;
	}

	private static Set<String> texts(List<Mention> mentions) {
		Set<String> texts = new TreeSet<>();
		mentions.forEach(m -> texts.add(m.text()));
		return texts;
	}

	private static void pause(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
