// SPDX-License-Identifier: EPL-2.0
package dossier.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dossier.cli.ExitCode;
import dossier.core.store.Corpus;
import dossier.core.store.CorpusLock;

class ImportExportCommandTest {

	@TempDir
	Path dir;

	private final InProcessDossier inProcess = new InProcessDossier();

	private int dossier(String... args) {
		return inProcess.run(args);
	}

	private String out() {
		return inProcess.out();
	}

	private String err() {
		return inProcess.err();
	}

	private Path input() throws IOException {
		Path input = Files.createDirectories(dir.resolve("input"));
		Files.writeString(input.resolve("kyiv.txt"), """
				Kyiv, la ricostruzione dei ponti sul Dnipro

				https://www.example.it/esteri/kyiv-ponti

				Il comune ha presentato il piano per i tre ponti danneggiati nel 2022.

				I lavori dureranno due anni e costeranno 400 milioni di euro, in parte finanziati dalla Banca europea.

				Testo con licenza CC BY 4.0
				""");
		Files.writeString(input.resolve("page.html"), "<html lang=\"fr\"><head><title>Grève à la SNCF</title></head>"
				+ "<body><article><p>Les syndicats de cheminots ont appelé à une grève reconductible à partir de mardi, "
				+ "pour protester contre la réforme des retraites.</p></article></body></html>");
		return input;
	}

	@Test
	void importPrintsASummaryAndExitsOneWhenSomeSourcesFailed() throws IOException {
		Path input = input();
		Files.write(input.resolve("empty.txt"), new byte[0]);
		Path corpus = dir.resolve("corpus");
		assertEquals(ExitCode.PROBLEMS, dossier("import", "--corpus", corpus.toString(), input.toString()));
		assertTrue(out().startsWith("imported 2, updated 0, duplicates 0, failed 1\n"), out());
		assertTrue(out().contains("failed: " + input.resolve("empty.txt") + ": empty file\n"), out());
		assertTrue(err().contains("[1/3] "), err());
		assertEquals(2, Corpus.open(corpus).size());

		Files.delete(input.resolve("empty.txt"));
		assertEquals(ExitCode.OK, dossier("import", "--corpus", corpus.toString(), input.toString()));
		assertTrue(out().startsWith("imported 0, updated 0, duplicates 2, failed 0\n"), out());
	}

	@Test
	void theIndexFollowsTheImportSoSearchNeedsNoRebuild() throws IOException {
		Path corpus = dir.resolve("corpus");
		assertEquals(ExitCode.OK, dossier("import", "--corpus", corpus.toString(), input().toString()));
		assertEquals(ExitCode.OK, dossier("search", "--corpus", corpus.toString(), "grève"));
		assertTrue(out().startsWith("1 hit"), out());
		assertFalse(err().contains("indexed"), "no rebuild after an import: " + err());
	}

	@Test
	void aSecondWriterIsToldWhoWritesAndWaitsWhenAsked() throws Exception {
		Path input = input();
		Path folder = dir.resolve("corpus");
		Corpus other = Corpus.open(folder);
		try (CorpusLock lock = other.lockForWriting("another import", Duration.ZERO)) {
			assertEquals(ExitCode.USAGE_OR_IO, dossier("import", "--corpus", folder.toString(), input.toString()));
			assertTrue(err().startsWith("dossier: corpus " + folder.toAbsolutePath() + " is being written by this process"
					+ " (another import) since "), err());
			assertTrue(err().strip().endsWith("; wait for it to finish or give --wait"), err());
			assertEquals("", out(), "nothing imported, nothing claimed");
			assertEquals(ExitCode.USAGE_OR_IO, dossier("import", "--wait=0.2", "--corpus", folder.toString(), input.toString()));
			assertTrue(err().startsWith("waiting: corpus "), "says what it waits for: " + err());

			// released while the second import waits: it goes on and stores everything
			Thread release = new Thread(() -> {
				try {
					Thread.sleep(300);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
				lock.close();
			});
			release.start();
			assertEquals(ExitCode.OK, dossier("import", "--wait", "--corpus", folder.toString(), input.toString()));
			release.join();
		}
		assertTrue(out().startsWith("imported 2, updated 0, duplicates 0, failed 0\n"), out());
		assertEquals(2, Corpus.open(folder).size());
	}

	@Test
	void anIndexThatCannotBeWrittenLeavesAnExactSummaryNotAFalseOne() throws IOException {
		Path input = input();
		Path folder = dir.resolve("corpus");
		Corpus.open(folder);
		Files.writeString(folder.resolve(Corpus.INDEX), "a file where the index folder belongs");

		assertEquals(ExitCode.PROBLEMS, dossier("import", "--corpus", folder.toString(), input.toString()));
		assertTrue(out().startsWith("imported 2, updated 0, duplicates 0, failed 0\n"), "the articles stored are counted: " + out());
		assertTrue(out().contains(": 2 articles\n"), out());
		assertTrue(err().contains("the search index of " + folder.toAbsolutePath() + " was not updated ("), err());
		assertEquals(2, Corpus.open(folder).size());
	}

	@Test
	void exportedJsonLinesImportIntoAnotherCorpusWithTheSameIds() throws IOException {
		Path corpus = dir.resolve("corpus");
		assertEquals(ExitCode.OK, dossier("import", "--corpus", corpus.toString(), input().toString()));
		Path jsonl = dir.resolve("export.jsonl");
		assertEquals(ExitCode.OK, dossier("export", "--corpus", corpus.toString(), "--format", "jsonl", "--output",
				jsonl.toString()));
		assertEquals(2, Files.readAllLines(jsonl).size());
		assertTrue(err().contains("exported 2 articles"), err());

		assertEquals(ExitCode.OK, dossier("export", "--corpus", corpus.toString(), "--format", "jsonl"));
		assertEquals(Files.readString(jsonl), out());

		Path copy = dir.resolve("copy");
		assertEquals(ExitCode.OK, dossier("import", "--corpus", copy.toString(), jsonl.toString()));
		assertEquals(Corpus.open(corpus).ids(), Corpus.open(copy).ids());
		assertEquals(List.copyOf(Corpus.open(corpus).articles().toList()), Corpus.open(copy).articles().toList());
	}

	@Test
	void usageAndIoErrorsExitTwo() throws IOException {
		assertEquals(ExitCode.USAGE_OR_IO, dossier("import", input().toString()));
		assertTrue(err().contains("--corpus DIR is required"), err());
		assertEquals(ExitCode.USAGE_OR_IO, dossier("import", "--corpus", dir.resolve("c").toString()));
		assertEquals(ExitCode.USAGE_OR_IO, dossier("import", "--corpus", dir.resolve("c").toString(), "--max-size", "lots", "x"));
		assertEquals(ExitCode.USAGE_OR_IO, dossier("export", "--corpus", dir.resolve("nothing-here").toString()));
		assertTrue(err().contains("is not a corpus"), err());
		assertEquals(ExitCode.USAGE_OR_IO, dossier("export", "--corpus", dir.toString(), "--format", "csv"));
		Files.writeString(Files.createDirectories(dir.resolve("newer")).resolve("corpus.json"),
				"{\"format\": \"dossier-corpus\", \"version\": 99}");
		assertEquals(ExitCode.USAGE_OR_IO, dossier("import", "--corpus", dir.resolve("newer").toString(), input().toString()));
		assertTrue(err().contains("format version 99"), err());
	}
}
