// SPDX-License-Identifier: EPL-2.0
package dossier.cli.tests.faults;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonParser;

import dossier.cli.ExitCode;
import dossier.cli.tests.InProcessDossier;
import dossier.cli.tests.faults.DossierProcess.Result;
import dossier.core.model.Article;
import dossier.core.store.Corpus;
import dossier.core.store.CorpusLock;

/**
 * The fault-injection suite of issue 16 ({@code docs/reliability.md} lists each case with what Dossier promises):
 * the command line run as separate processes beside each other, killed, starved of memory, on a full or read-only
 * disk, with its standard output full or closed, over damaged files. The disk cases mount a small tmpfs, which
 * needs root; elsewhere they are skipped with that reason.
 */
class FaultInjectionTest {

	@TempDir
	Path dir;

	private final List<Path> mounts = new ArrayList<>();
	private final InProcessDossier inProcess = new InProcessDossier();

	@AfterEach
	void stopAndUnmount() throws Exception {
		DossierProcess.killAll(); // a failed test leaves no process writing into its folder
		for (Path mount : mounts) {
			new ProcessBuilder("umount", "-l", mount.toString()).inheritIO().start().waitFor();
		}
	}

	/** Runs the command line in this process, as another terminal beside the child processes. */
	private int dossier(String... args) {
		return inProcess.run(args);
	}

	private String out() {
		return inProcess.out();
	}

	private String err() {
		return inProcess.err();
	}

	/** A folder of {@code count} distinct plain-text articles, each with its own URL under {@code name}. */
	private Path articles(String name, int count, String variant) throws IOException {
		Path folder = Files.createDirectories(dir.resolve("input-" + name + variant));
		for (int i = 0; i < count; i++) {
			Files.writeString(folder.resolve(String.format("%s-%04d.txt", name, i)), "Report " + name + " number " + i
					+ "\n\nhttps://faults.example/" + name + "/" + i + "\n\nThe harbour authority of the town published its "
					+ "figures for the year " + variant + ": ships " + (i * 7 + 3) + ", containers " + (i * 131 + 17)
					+ ", and the quay was extended by " + (i % 40) + " metres after the council voted.\n\nFaultmarker "
					+ name + variant + " paragraph " + i + ".\n");
		}
		return folder;
	}

	private static long countFiles(Path corpus, String suffix) throws IOException {
		Path articles = corpus.resolve(Corpus.ARTICLES);
		if (!Files.isDirectory(articles)) {
			return 0;
		}
		for (int attempt = 0;; attempt++) {
			try (Stream<Path> files = Files.walk(articles)) {
				return files.filter(file -> file.getFileName().toString().endsWith(suffix)).count();
			} catch (UncheckedIOException e) {
				if (attempt > 20) {
					throw e; // a writer's temporary file vanished while walking: walk again
				}
			}
		}
	}

	/** Mounts a tmpfs of {@code size} at a new folder, or skips the test when that is not allowed (not root). */
	private Path tmpfs(String name, String size) throws Exception {
		Path mount = Files.createDirectories(dir.resolve(name));
		Process process = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", mount.toString())
				.redirectErrorStream(true).start();
		String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
		assumeTrue(process.waitFor() == 0, "a full or read-only disk is simulated with a small tmpfs, which needs root: " + said);
		mounts.add(mount);
		return mount;
	}

	private static void remountReadOnly(Path mount) throws Exception {
		Process process = new ProcessBuilder("mount", "-o", "remount,ro", mount.toString()).inheritIO().start();
		assertEquals(0, process.waitFor(), "remount read-only");
	}

	@Test
	void anImportBesideSearchAndExportLoopsLosesNothingFiveTimesOver() throws Exception {
		Path corpus = dir.resolve("corpus");
		Corpus.open(corpus);
		// 500 articles in five importing processes: most of a round is the importing JVM's start, and each round
		// already runs several searches and exports beside its writer.
		int rounds = 5;
		int perRound = 100;
		long searches = 0;
		for (int round = 0; round < rounds; round++) {
			Path input = articles("r" + round, perRound, "");
			DossierProcess importing = DossierProcess.start(dir, "256m", "import", "--corpus", corpus.toString(), input.toString());
			do {
				// a reader beside the writer: never fails, never sees a torn article, never deletes its files
				assertEquals(ExitCode.OK, dossier("search", "--corpus", corpus.toString(), "harbour"), err());
				assertEquals(ExitCode.OK, dossier("export", "--corpus", corpus.toString(), "--format", "jsonl"), err());
				for (String line : out().split("\n")) {
					if (!line.isEmpty()) {
						JsonParser.parseString(line).getAsJsonObject();
					}
				}
				searches++;
				// a pause between reads, as a script polling a corpus makes: without it the reader takes a whole
				// core from the writer it watches, and every round lasts as long again
				Thread.sleep(50);
			} while (importing.isAlive());
			Result result = importing.waitFor();
			assertEquals(ExitCode.OK, result.exit(), "round " + round + ": " + result.err());
			assertTrue(result.out().startsWith("imported " + perRound + ", updated 0, duplicates 0, failed 0\n"), result.out());
		}
		assertEquals(rounds * perRound, Corpus.open(corpus).size(), "every article of every round is stored");
		assertEquals(ExitCode.OK, dossier("search", "--corpus", corpus.toString(), "faultmarker"));
		assertTrue(out().startsWith(rounds * perRound + " hits"), "after " + searches + " searches beside the imports: " + out());
		assertEquals(0, countFiles(corpus, ".tmp"), "no write of an import was lost half-way");
	}

	@Test
	void aSecondWriterProcessIsToldWhoWritesAndWaitsWhenAsked() throws Exception {
		Path corpus = dir.resolve("corpus");
		Path input = articles("second", 30, "");
		try (CorpusLock held = Corpus.open(corpus).lockForWriting("the fault test", Duration.ZERO)) {
			Result refused = DossierProcess.run(dir, "256m", "import", "--corpus", corpus.toString(), input.toString());
			assertEquals(ExitCode.USAGE_OR_IO, refused.exit());
			assertEquals("dossier: corpus " + corpus.toAbsolutePath() + " is being written by process "
					+ ProcessHandle.current().pid() + " (the fault test) since ", refused.err().substring(0,
							refused.err().indexOf(" since ") + 7), refused.err());
			assertTrue(refused.err().strip().endsWith("UTC; wait for it to finish or give --wait"), refused.err());
			assertEquals(1, refused.err().strip().lines().count(), "one line: " + refused.err());
			assertEquals(0, Corpus.open(corpus).size());

			DossierProcess waiting = DossierProcess.start(dir, "256m", "import", "--wait", "--corpus", corpus.toString(),
					input.toString());
			// caught waiting, however long its start takes on a loaded machine (a fixed sleep let the lock go first)
			assertTrue(waiting.awaitErr("waiting: corpus "), "says it waits while the corpus is held");
			assertTrue(waiting.isAlive(), "waits while the corpus is held");
			held.close();
			Result done = waiting.waitFor();
			assertEquals(ExitCode.OK, done.exit(), done.err());
			assertTrue(done.err().startsWith("waiting: corpus "), done.err());
		}
		assertEquals(30, Corpus.open(corpus).size());

		// two imports started together, both waiting: one after the other, everything stored
		DossierProcess first = DossierProcess.start(dir, "256m", "import", "--wait=60", "--corpus", corpus.toString(),
				articles("twoA", 60, "").toString());
		DossierProcess second = DossierProcess.start(dir, "256m", "import", "--wait=60", "--corpus", corpus.toString(),
				articles("twoB", 60, "").toString());
		assertEquals(ExitCode.OK, first.waitFor().exit());
		assertEquals(ExitCode.OK, second.waitFor().exit());
		assertEquals(150, Corpus.open(corpus).size());
	}

	@Test
	void killedDuringAnImportTheCorpusOpensUnlockedAndTheNextImportFinishesIt() throws Exception {
		Path corpus = dir.resolve("corpus");
		Path input = articles("kill", 1500, "");
		DossierProcess importing = DossierProcess.start(dir, "256m", "import", "--corpus", corpus.toString(), input.toString());
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (countFiles(corpus, Corpus.ARTICLE_EXTENSION) < 100 && importing.isAlive() && System.nanoTime() < deadline) {
			Thread.sleep(10);
		}
		assertTrue(importing.isAlive(), "killed mid-import, not after it");
		importing.kill();

		Corpus opened = Corpus.open(corpus);
		long stored = opened.articles().count();
		assertEquals(opened.size(), stored, "every article file the killed import left is whole: " + opened.problems());
		assertTrue(opened.problems().isEmpty(), opened.problems().toString());
		// the operating system released the lock of the dead process: no --wait needed
		assertEquals(ExitCode.OK, dossier("import", "--corpus", corpus.toString(), input.toString()), err());
		assertTrue(out().startsWith("imported " + (1500 - stored) + ", updated 0, duplicates " + stored + ", failed 0\n"), out());
		assertEquals(1500, Corpus.open(corpus).size());
		assertEquals(0, countFiles(corpus, ".tmp"), "the next writer deleted the killed writer's temporaries");
		assertEquals(1500, countFiles(corpus, Corpus.ORIGINAL_EXTENSION), "and its original without an article, if any");
		assertEquals(ExitCode.OK, dossier("search", "--corpus", corpus.toString(), "faultmarker"));
		assertTrue(out().startsWith("1500 hits"), out());
	}

	@Test
	void killedDuringAnUpdateEveryArticleKeepsItsOwnOriginal() throws Exception {
		Path corpus = dir.resolve("corpus");
		int count = 600;
		assertEquals(ExitCode.OK, dossier("import", "--corpus", corpus.toString(), articles("upd", count, "2025").toString()));
		Path newer = articles("upd", count, "2026"); // the same URLs, other text: updates
		long before = System.currentTimeMillis();
		DossierProcess updating = DossierProcess.start(dir, "256m", "import", "--corpus", corpus.toString(), newer.toString());
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (updatedSince(corpus, before) < 60 && updating.isAlive() && System.nanoTime() < deadline) {
			Thread.sleep(5);
		}
		assertTrue(updating.isAlive(), "killed mid-update, not after it");
		updating.kill();

		Corpus opened = Corpus.open(corpus);
		assertEquals(count, opened.size());
		for (Article article : opened.articles().toList()) {
			byte[] original = opened.original(article.id()).orElseThrow();
			assertEquals(article.provenance().originalSha256(), Corpus.sha256(original),
					"the original read beside " + article.id() + " is the one it was imported from");
			assertTrue(new String(original, StandardCharsets.UTF_8).contains(article.text().contains("2026") ? "2026" : "2025"));
		}
		assertEquals(ExitCode.OK, dossier("import", "--corpus", corpus.toString(), newer.toString()), err());
		Corpus finished = Corpus.open(corpus);
		for (Article article : finished.articles().toList()) {
			assertTrue(article.text().contains("2026"), article.text());
			assertArrayEquals(finished.original(article.id()).orElseThrow(), Files.readAllBytes(finished.originalFile(article.id())),
					"the next writer put every pair back together on disk");
		}
		assertEquals(0, countFiles(corpus, ".previous") + countFiles(corpus, ".tmp"));
	}

	private static long updatedSince(Path corpus, long millis) throws IOException {
		try (Stream<Path> files = Files.walk(corpus.resolve(Corpus.ARTICLES))) {
			return files.filter(file -> file.toString().endsWith(Corpus.ARTICLE_EXTENSION)).filter(file -> {
				try {
					return Files.getLastModifiedTime(file).toMillis() >= millis;
				} catch (IOException e) {
					return false;
				}
			}).count();
		} catch (UncheckedIOException e) {
			return 0; // a file switched while walking
		}
	}

	@Test
	void onAFullDiskTheSummarySaysExactlyWhatWasStoredAndThePreviousPairSurvives() throws Exception {
		Path disk = tmpfs("full-disk", "600k");
		Path corpus = disk.resolve("corpus");
		Path input = articles("full", 400, "");
		Result result = DossierProcess.run(dir, "256m", "import", "--corpus", corpus.toString(), input.toString());
		assertEquals(ExitCode.PROBLEMS, result.exit(), result.err());
		Corpus opened = Corpus.open(corpus);
		int stored = opened.size();
		assertTrue(stored > 0 && stored < 400, "the disk filled up part-way: " + stored);
		String first = result.out().lines().findFirst().orElseThrow();
		// the index may or may not have found room: what counts is that the summary counts what is on disk
		assertTrue(first.matches("imported " + stored + ", updated 0, duplicates 0, failed \\d+"), first + " but " + stored + " stored");
		int failed = Integer.parseInt(first.substring(first.lastIndexOf(' ') + 1));
		assertEquals(400, stored + failed, "every file either stored or listed as failed: " + result.out());
		assertTrue(result.out().lines().filter(line -> line.startsWith("failed: ")).allMatch(
				line -> line.toLowerCase(Locale.ROOT).contains("no space left")), result.out());
		assertEquals(stored, opened.articles().count(), "no torn article: " + opened.problems());

		// an update on the full disk fails and keeps the previous article and original as a pair
		Article before = opened.articles().findFirst().orElseThrow();
		byte[] originalBefore = opened.original(before.id()).orElseThrow();
		Path update = Files.createDirectories(dir.resolve("update"));
		Files.writeString(update.resolve("u.txt"), "Report updated\n\n" + before.sourceUrl() + "\n\n" + "A much longer text. ".repeat(4000));
		Result updated = DossierProcess.run(dir, "256m", "import", "--corpus", corpus.toString(), update.toString());
		assertEquals(ExitCode.PROBLEMS, updated.exit(), updated.out());
		Corpus after = Corpus.open(corpus);
		assertEquals(before.text(), after.get(before.id()).orElseThrow().text());
		assertArrayEquals(originalBefore, after.original(before.id()).orElseThrow());
	}

	@Test
	void aReadOnlyCorpusIsRefusedInOneLineAndStillSearched() throws Exception {
		Path disk = tmpfs("read-only", "20m");
		Path corpus = disk.resolve("corpus");
		assertEquals(ExitCode.OK, dossier("import", "--corpus", corpus.toString(), articles("ro", 20, "").toString()));
		assertEquals(ExitCode.OK, dossier("import", "--corpus", corpus.toString(), articles("ro2", 5, "").toString()));
		remountReadOnly(disk);

		Result refused = DossierProcess.run(dir, "256m", "import", "--corpus", corpus.toString(), articles("ro3", 5, "").toString());
		assertEquals(ExitCode.USAGE_OR_IO, refused.exit());
		assertEquals(1, refused.err().strip().lines().count(), refused.err());
		assertTrue(refused.err().contains("cannot write to the corpus " + corpus.toAbsolutePath() + " (read-only?)"), refused.err());
		assertEquals("", refused.out(), "nothing claimed");

		Result search = DossierProcess.run(dir, "256m", "search", "--corpus", corpus.toString(), "faultmarker");
		assertEquals(ExitCode.OK, search.exit(), search.err());
		assertTrue(search.out().startsWith("25 hits"), search.out());
		Result export = DossierProcess.run(dir, "256m", "export", "--corpus", corpus.toString(), "--format", "jsonl");
		assertEquals(ExitCode.OK, export.exit(), export.err());
		assertEquals(25, export.out().lines().count());
	}

	@Test
	void damagedArticleIndexAndDescriptorFilesAreNamedAndTheRestWorks() throws Exception {
		Path corpus = dir.resolve("corpus");
		assertEquals(ExitCode.OK, dossier("import", "--corpus", corpus.toString(), articles("dmg", 30, "").toString()));
		Corpus opened = Corpus.open(corpus);
		String damaged = opened.ids().get(3);
		Path file = opened.articleFile(damaged);
		Files.writeString(file, Files.readString(file).substring(0, 200)); // cut mid-record, as a bad copy does
		try (Stream<Path> index = Files.list(corpus.resolve(Corpus.INDEX))) {
			for (Path part : index.filter(p -> !p.getFileName().toString().equals("write.lock")).toList()) {
				Files.write(part, new byte[] { 1, 2, 3 }); // every index file garbage
			}
		}

		assertEquals(ExitCode.OK, dossier("search", "--corpus", corpus.toString(), "faultmarker"));
		assertTrue(out().startsWith("29 hits"), out());
		assertTrue(err().contains("not indexed: " + damaged + ": " + file), err());
		assertTrue(err().contains("indexed 29 articles (index was "), err());
		assertFalse(err().contains("MalformedJsonException") || err().contains("https://"), "in words, not library internals: " + err());

		assertEquals(ExitCode.PROBLEMS, dossier("export", "--corpus", corpus.toString(), "--format", "jsonl"));
		assertEquals(29, out().lines().count());
		assertTrue(err().contains(file.toString()), err());

		Files.writeString(corpus.resolve(Corpus.DESCRIPTOR), "{\"format\": ");
		assertEquals(ExitCode.USAGE_OR_IO, dossier("search", "--corpus", corpus.toString(), "faultmarker"));
		assertEquals(1, err().strip().lines().count(), err());
		assertTrue(err().contains("unreadable corpus descriptor"), err());
	}

	@Test
	void aFullOrClosedStandardOutputIsAnErrorNeverASuccess() throws Exception {
		Path corpus = dir.resolve("corpus");
		assertEquals(ExitCode.OK, dossier("import", "--corpus", corpus.toString(), articles("out", 800, "").toString()));
		Path devFull = Path.of("/dev/full");
		assumeTrue(Files.exists(devFull), "no /dev/full on this system");

		Path err1 = dir.resolve("full.err");
		Result full = DossierProcess.start(ProcessBuilder.Redirect.to(devFull.toFile()), null, err1, "256m", "export",
				"--corpus", corpus.toString(), "--format", "jsonl").waitFor();
		assertEquals(ExitCode.USAGE_OR_IO, full.exit(), full.err());
		assertFalse(full.err().contains("exported"), "never claims what it could not write: " + full.err());
		assertEquals(1, full.err().strip().lines().count(), full.err());

		// a reader that goes away (`dossier export | head -1`)
		Path err2 = dir.resolve("closed.err");
		DossierProcess closed = DossierProcess.start(ProcessBuilder.Redirect.PIPE, null, err2, "256m", "export",
				"--corpus", corpus.toString(), "--format", "jsonl");
		closed.process().getInputStream().read(new byte[100]);
		closed.process().getInputStream().close();
		Result result = closed.waitFor();
		assertEquals(ExitCode.USAGE_OR_IO, result.exit(), result.err());
		assertFalse(result.err().contains("exported"), result.err());

		Result search = DossierProcess.start(ProcessBuilder.Redirect.to(devFull.toFile()), null, dir.resolve("s.err"), "256m",
				"search", "--corpus", corpus.toString(), "faultmarker").waitFor();
		assertEquals(ExitCode.USAGE_OR_IO, search.exit(), search.err());
	}

	@Test
	void aHugeFileUnderASmallHeapFailsAloneAndLeavesNoOrphan() throws Exception {
		Path input = articles("huge", 3, "");
		Path huge = input.resolve("huge.txt");
		try (var writer = Files.newBufferedWriter(huge, StandardCharsets.UTF_8)) {
			writer.write("One enormous line\n\n");
			String chunk = "word ".repeat(2000);
			for (int i = 0; i < 4000; i++) { // 40 MB on one line
				writer.write(chunk);
			}
		}
		Path corpus = dir.resolve("corpus");
		Result limited = DossierProcess.run(dir, "96m", "import", "--corpus", corpus.toString(), input.toString());
		assertEquals(ExitCode.PROBLEMS, limited.exit(), limited.err());
		assertTrue(limited.out().startsWith("imported 3, updated 0, duplicates 0, failed 1\n"), limited.out());
		assertTrue(limited.out().contains("failed: " + huge + ": "), limited.out());

		// told to read it all the same: it runs out of memory on that file alone, and says so
		Result forced = DossierProcess.run(dir, "96m", "import", "--max-size", "100", "--corpus", corpus.toString(), input.toString());
		assertEquals(ExitCode.PROBLEMS, forced.exit(), forced.err());
		assertTrue(forced.out().startsWith("imported 0, updated 0, duplicates 3, failed 1\n"), forced.out());
		assertEquals(3, Corpus.open(corpus).size());
		assertEquals(3, countFiles(corpus, Corpus.ORIGINAL_EXTENSION), "no orphan original of the huge file");
	}
}
