// SPDX-License-Identifier: EPL-2.0
package dossier.ingest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dossier.core.model.Article;
import dossier.core.store.Corpus;
import dossier.core.store.PutResult;
import dossier.ingest.ImportContext;
import dossier.ingest.Importer;
import dossier.ingest.ImporterDescriptor;
import dossier.ingest.Importers;
import dossier.ingest.Ingest;
import dossier.ingest.IngestMonitor;
import dossier.ingest.IngestOptions;
import dossier.ingest.IngestSummary;
import dossier.ingest.Source;
import dossier.ingest.SourceResult;

class IngestTest {

	@TempDir
	Path dir;

	static byte[] zip(Object... nameThenBytes) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (int i = 0; i < nameThenBytes.length; i += 2) {
				zip.putNextEntry(new ZipEntry((String) nameThenBytes[i]));
				zip.write((byte[]) nameThenBytes[i + 1]);
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}

	private IngestSummary run(Corpus corpus, IngestOptions options, Path... paths) {
		return new Ingest(Importers.builtIn(), options).run(List.of(paths), corpus::put, new IngestMonitor() {
		});
	}

	@Test
	void foldersAndNestedZipsAreReadRecursivelyAndReimportingFindsDuplicates() throws IOException {
		Path input = Files.createDirectories(dir.resolve("input/sub"));
		Files.write(input.resolveSibling("lifegate.txt"), Fixtures.bytes("lifegate-ar.txt"));
		Files.write(input.resolve("news.html"), Fixtures.bytes("news-it.html"));
		Files.write(input.resolve("feed.atom"), Fixtures.bytes("feed-atom.xml"));
		Files.createDirectories(dir.resolve("input/.git"));
		Files.writeString(dir.resolve("input/.git/HEAD"), "ref: refs/heads/main\n");
		// documentation and pictures beside the articles: not an article format, so not read from a folder
		Files.writeString(dir.resolve("input/README.md"), "# Articles\n\nCollected for the dossier.\n");
		Files.write(dir.resolve("input/photo.jpg"), new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0 });
		byte[] inner = zip("rss/feed.xml", Fixtures.bytes("feed-rss.xml"));
		Files.write(input.resolve("archive.zip"), zip("pages/ar.html", Fixtures.bytes("news-ar-1256.html"),
				"nested.zip", inner, "__MACOSX/._ar.html", new byte[] { 0, 5, 22, 7 }));

		Corpus corpus = Corpus.open(dir.resolve("corpus"));
		List<String> started = new ArrayList<>();
		IngestSummary first = new Ingest(Importers.builtIn(), IngestOptions.defaults()).run(
				List.of(dir.resolve("input")), corpus::put, new IngestMonitor() {
					@Override
					public void started(String name, int index, int total) {
						started.add(index + "/" + total);
					}
				});
		assertEquals(List.of(), first.failures());
		assertEquals(List.of("0/4", "1/4", "2/4", "3/4"), started); // .git, README.md and photo.jpg are skipped
		assertEquals(8, first.imported()); // 1 text + 1 html + 2 atom + 1 html in zip + 3 rss in nested zip
		assertEquals(8, corpus.size());
		assertTrue(first.results().stream().map(SourceResult::source)
				.anyMatch(s -> s.endsWith("archive.zip!/nested.zip!/rss/feed.xml")), first.results().toString());

		IngestSummary again = run(corpus, IngestOptions.defaults(), dir.resolve("input"));
		assertEquals(0, again.imported());
		assertEquals(8, again.duplicates());
		assertEquals(8, corpus.size());
	}

	@Test
	void badInputGetsOneLineEachTheRestIsImportedAndTheCorpusKeepsWhatItHad() throws IOException {
		Corpus corpus = Corpus.open(dir.resolve("corpus"));
		PutResult existing = corpus.put(Article.builder("Un articolo già presente nel corpus.").build(), null);
		String existingJson = Files.readString(corpus.articleFile(existing.id()));

		Path input = Files.createDirectories(dir.resolve("input"));
		Files.write(input.resolve("a-empty.txt"), new byte[0]);
		Files.writeString(input.resolve("b-blank.html"), "  \n\t\n");
		byte[] binary = new byte[4096];
		new Random(7).nextBytes(binary);
		binary[10] = 0;
		Files.write(input.resolve("c-binary.txt"), binary); // mislabelled: a .txt that is not text
		Files.write(input.resolve("d-enormous.txt"), "Titolo\n\n".concat("parola ".repeat(3000)).getBytes(StandardCharsets.UTF_8));
		byte[] goodZip = zip("x.txt", "Titolo\n\nTesto.".getBytes(StandardCharsets.UTF_8));
		Files.write(input.resolve("e-truncated.zip"), Arrays.copyOf(goodZip, 40));
		Files.writeString(input.resolve("f-malformed.html"), "<html><body><p>Paragrafo <b>mal <i>chiuso</b> ma leggibile, con abbastanza testo da contare.</div>");
		Files.write(input.resolve("g-good.txt"), Fixtures.bytes("lifegate-ar.txt"));
		Files.createSymbolicLink(input.resolve("h-dangling.txt"), input.resolve("nowhere.txt"));
		Path missing = dir.resolve("no-such-file.html");

		IngestSummary summary = run(corpus, IngestOptions.defaults().withMaxBytes(16 * 1024), input, missing);
		List<String> failures = summary.failures();
		assertEquals(7, failures.size(), failures.toString());
		for (String failure : failures) {
			assertFalse(failure.contains("\n"), failure);
			assertFalse(failure.contains("Exception"), failure);
		}
		assertTrue(has(failures, "a-empty.txt: empty file"), failures.toString());
		assertTrue(has(failures, "b-blank.html: empty file"), failures.toString());
		assertTrue(has(failures, "c-binary.txt: binary content"), failures.toString());
		assertTrue(has(failures, "d-enormous.txt: too large: 20.5 KB exceeds the size limit of 16.0 KB"),
				failures.toString());
		assertTrue(has(failures, "e-truncated.zip: corrupt or truncated archive"), failures.toString());
		assertTrue(has(failures, "h-dangling.txt: no such file"), failures.toString());
		assertTrue(has(failures, "no-such-file.html: no such file"), failures.toString());

		assertEquals(2, summary.imported()); // the malformed page and the good text
		assertEquals(3, corpus.size());
		assertEquals(existingJson, Files.readString(corpus.articleFile(existing.id())));
	}

	private static boolean has(List<String> failures, String start) {
		return failures.stream().anyMatch(f -> f.contains(start));
	}

	@Test
	void archiveCutAfterItsFirstEntryKeepsThatEntryAndSaysItIsTruncated() throws IOException {
		byte[] whole = zip("uno.txt", "Primo\n\nIl primo testo.".getBytes(), "due.txt", "Secondo\n\nIl secondo testo.".getBytes());
		int secondEntry = new String(whole, StandardCharsets.ISO_8859_1).indexOf("PK\u0003\u0004", 4);
		Files.write(dir.resolve("cut.zip"), Arrays.copyOf(whole, secondEntry));
		Corpus corpus = Corpus.open(dir.resolve("corpus"));
		IngestSummary summary = run(corpus, IngestOptions.defaults(), dir.resolve("cut.zip"));
		assertEquals(1, summary.imported());
		assertEquals(1, summary.failures().size(), summary.failures().toString());
		assertTrue(summary.failures().get(0).contains("truncated archive"), summary.failures().get(0));
	}

	@Test
	void zipEntriesWithDotDotOrAbsolutePathsAreRefusedAndNothingIsWrittenOutside() throws IOException {
		Path input = Files.createDirectories(dir.resolve("in"));
		Files.write(input.resolve("slip.zip"), zip("../../evil.txt", "Evil\n\nText that must not land.".getBytes(),
				"/etc/cron.d/evil.txt", "Evil\n\nAbsolute.".getBytes(), "C:\\windows\\evil.txt", "Evil\n\nDrive.".getBytes(),
				"ok/good.txt", "Buono\n\nQuesto si importa.".getBytes()));
		Corpus corpus = Corpus.open(dir.resolve("corpus"));
		IngestSummary summary = run(corpus, IngestOptions.defaults(), input);
		assertEquals(1, summary.imported());
		assertEquals(3, summary.failures().size(), summary.failures().toString());
		assertTrue(summary.failures().stream().allMatch(f -> f.contains("absolute or ../ path")));
		try (Stream<Path> files = Files.walk(dir)) {
			assertTrue(files.noneMatch(p -> p.getFileName().toString().startsWith("evil")));
		}
	}

	@Test
	void zipBombIsStoppedWithAClearReason() throws IOException {
		byte[] zeros = new byte[24 << 20];
		Files.write(dir.resolve("bomb.zip"), zip("a.txt", "Titolo\n\nPrima voce.".getBytes(), "zeros.txt", zeros));
		Corpus corpus = Corpus.open(dir.resolve("corpus"));
		IngestSummary summary = run(corpus, IngestOptions.defaults(), dir.resolve("bomb.zip"));
		assertEquals(1, summary.imported()); // the entry before the bomb
		assertEquals(1, summary.failures().size(), summary.failures().toString());
		assertTrue(summary.failures().get(0).contains("zip bomb suspected"), summary.failures().get(0));
	}

	@Test
	void tooManyEntriesStopsTheArchive() throws IOException {
		List<Object> entries = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			entries.add("e" + i + ".txt");
			entries.add(("Titolo " + i + "\n\nTesto numero " + i + ".").getBytes());
		}
		Files.write(dir.resolve("many.zip"), zip(entries.toArray()));
		Corpus corpus = Corpus.open(dir.resolve("corpus"));
		IngestSummary summary = run(corpus, IngestOptions.defaults().withArchiveLimits(10, 1 << 30, 200),
				dir.resolve("many.zip"));
		assertEquals(10, summary.imported());
		assertTrue(summary.failures().get(0).contains("more than 10 entries"), summary.failures().toString());
	}

	@Test
	void nestedArchivesCountTogetherAgainstTheLimits() throws IOException {
		List<Object> inner = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			inner.add("e" + i + ".txt");
			inner.add(("Titolo " + i + "\n\nTesto numero " + i + ".").getBytes());
		}
		byte[] innerZip = zip(inner.toArray());
		List<Object> otherInner = new ArrayList<>();
		for (int i = 6; i < 12; i++) {
			otherInner.add("e" + i + ".txt");
			otherInner.add(("Titolo " + i + "\n\nTesto numero " + i + ".").getBytes());
		}
		// two nested zips of 6 entries in one outer zip: 14 entries in all, against a limit of 10
		Files.write(dir.resolve("nested.zip"), zip("a.zip", innerZip, "b.zip", zip(otherInner.toArray())));
		Corpus corpus = Corpus.open(dir.resolve("corpus"));
		IngestSummary summary = run(corpus, IngestOptions.defaults().withArchiveLimits(10, 1 << 30, 200),
				dir.resolve("nested.zip"));
		assertTrue(summary.imported() <= 8, "no more than the limit reads: " + summary.imported());
		assertTrue(has(summary.failures(), "more than 10 entries"), summary.failures().toString());
	}

	@Test
	void cancellingStopsBetweenSources() throws IOException {
		for (int i = 0; i < 5; i++) {
			Files.writeString(dir.resolve("f" + i + ".txt"), "Titolo " + i + "\n\nTesto " + i + ".");
		}
		Corpus corpus = Corpus.open(dir.resolve("corpus"));
		AtomicInteger done = new AtomicInteger();
		IngestSummary summary = new Ingest(Importers.builtIn(), IngestOptions.defaults()).run(List.of(dir),
				corpus::put, new IngestMonitor() {
					@Override
					public void finished(SourceResult result) {
						done.incrementAndGet();
					}

					@Override
					public boolean isCancelled() {
						return done.get() >= 2;
					}
				});
		assertTrue(summary.cancelled());
		assertEquals(2, corpus.size());
	}

	@Test
	void languageDetectionHookFillsUnknownLanguagesOnly() {
		Ingest ingest = new Ingest(Importers.builtIn(), IngestOptions.defaults()).withLanguageDetection(text -> "ar");
		List<Article> articles = ingest.read(Fixtures.source("lifegate-ar.txt")).articles();
		assertEquals("ar", articles.get(0).language());
		List<Article> italian = ingest.read(Fixtures.source("news-it.html")).articles();
		assertEquals("it", italian.get(0).language()); // declared by the page: not overridden
	}

	/**
	 * Every reader of files detects the language an importer could not tell, not only {@code dossier import}: before,
	 * {@code dossier check}, {@code dossier entities} and the cluster job read a plain English or French text as
	 * undetermined, so the rules of its language never applied.
	 */
	@Test
	void aPlainTextsLanguageIsDetectedByDefault() {
		Ingest ingest = new Ingest(Importers.builtIn(), IngestOptions.defaults());
		String english = "Researchers at the university said on Friday that the archive of the war would be opened to the"
				+ " public, and that the photographs had been restored with the help of volunteers.\n";
		String french = "Les chercheurs de l'université ont annoncé vendredi que les archives de la guerre seraient ouvertes"
				+ " au public et que les photographies avaient été restaurées avec l'aide de bénévoles.\n";
		assertEquals("en", ingest.read(text("english.txt", english)).articles().get(0).language());
		assertEquals("fr", ingest.read(text("french.txt", french)).articles().get(0).language());
		assertEquals("it", ingest.read(Fixtures.source("news-it.html")).articles().get(0).language(), "declared by the page");
	}

	private static Source text(String name, String text) {
		Source source = Source.of(name, text.getBytes(StandardCharsets.UTF_8));
		if (source == null) {
			throw new AssertionError("no source for " + name);
		}
		return source;
	}

	@Test
	void aFifoIsRefusedNotWaitedOn() throws Exception {
		Corpus corpus = Corpus.open(dir.resolve("corpus"));
		Path fifo = dir.resolve("pipe.txt");
		Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
		Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available here");
		Path good = dir.resolve("good.txt");
		Files.write(good, Fixtures.bytes("lifegate-ar.txt"));
		// a safety net, not a measure: reading the FIFO would block this test forever
		IngestSummary summary = Assertions.<IngestSummary>assertTimeoutPreemptively(
				Duration.ofMinutes(2), () -> run(corpus, IngestOptions.defaults(), fifo, good));
		assertTrue(has(summary.failures(), "pipe.txt: not a regular file"), summary.failures().toString());
		assertEquals(1, corpus.ids().size(), "the regular file beside it is imported");
	}

	@Test
	void anUnreadableSubfolderIsReportedAndTheRestImported() throws Exception {
		Corpus corpus = Corpus.open(dir.resolve("corpus"));
		Path input = Files.createDirectories(dir.resolve("input"));
		Path locked = Files.createDirectories(input.resolve("locked"));
		Files.write(locked.resolve("inside.txt"), Fixtures.bytes("lifegate-ar.txt"));
		Files.write(input.resolve("outside.txt"), Fixtures.bytes("news-it.html"));
		locked.toFile().setReadable(false, false);
		locked.toFile().setExecutable(false, false);
		try {
			Assumptions.assumeFalse(Files.isReadable(locked), "running as root: every folder is readable");
			IngestSummary summary = run(corpus, IngestOptions.defaults(), input);
			assertTrue(has(summary.failures(), "locked: cannot list the folder"), summary.failures().toString());
			assertEquals(1, corpus.ids().size(), "the readable file is imported");
		} finally {
			locked.toFile().setReadable(true, false);
			locked.toFile().setExecutable(true, false);
		}
	}


	@Test
	void aLinkOutOfTheFolderIsReportedAndNotFollowedUnlessAsked() throws Exception {
		Corpus corpus = Corpus.open(dir.resolve("corpus"));
		Path outside = Files.createDirectories(dir.resolve("outside"));
		Path secret = outside.resolve("secret.txt");
		Files.write(secret, Fixtures.bytes("lifegate-ar.txt"));
		Path input = Files.createDirectories(dir.resolve("input"));
		Files.write(input.resolve("inside.txt"), Fixtures.bytes("news-it.html"));
		Files.createSymbolicLink(input.resolve("link-out.txt"), secret);
		Files.createSymbolicLink(input.resolve("link-in.txt"), input.resolve("inside.txt"));
		Files.createSymbolicLink(input.resolve("folder-link"), outside);

		IngestSummary summary = run(corpus, IngestOptions.defaults(), input);
		assertTrue(has(summary.failures(), "link-out.txt: symbolic link out of the imported folder"), summary.failures().toString());
		assertTrue(has(summary.failures(), "folder-link: symbolic link to a folder: not followed"), summary.failures().toString());
		assertEquals(1, corpus.ids().size(), "the file inside, once (the link inside the folder is a duplicate of it)");

		IngestSummary followed = run(corpus, IngestOptions.defaults().withFollowLinks(true), input);
		assertEquals(2, corpus.ids().size(), "with --follow-links the file outside is imported too: " + followed.failures());
	}


	@Test
	void runningOutOfMemoryOnOneFileFailsThatFileAndTheBatchGoesOn() throws Exception {
		Corpus corpus = Corpus.open(dir.resolve("corpus"));
		// an importer that needs more memory than there is, as a 200 MB text under a small heap does
		List<ImporterDescriptor> importers = new ArrayList<>(Importers.builtIn());
		importers.add(new ImporterDescriptor("test.greedy", "Greedy", List.of("greedy"), List.of(), 1000,
				() -> new Importer() {
					@Override
					public int sniff(Source source, byte[] head) {
						return source.lowerFileName().endsWith(".greedy") ? CERTAIN : 0;
					}

					@Override
					public void read(Source source, ImportContext context) {
						throw new OutOfMemoryError("Java heap space");
					}
				}));
		Path greedy = dir.resolve("a.greedy");
		Files.writeString(greedy, "Titolo\n\nUn testo qualunque.");
		Path good = dir.resolve("b.txt");
		Files.write(good, Fixtures.bytes("lifegate-ar.txt"));
		IngestSummary summary = new Ingest(importers, IngestOptions.defaults()).run(List.of(greedy, good), corpus::put,
				new IngestMonitor() {
				});
		assertTrue(has(summary.failures(), "a.greedy: not enough memory"), summary.failures().toString());
		assertEquals(1, corpus.ids().size(), "the next file is imported");
	}


	@Test
	void aBinaryFileNamedHtmlIsRefused() throws Exception {
		Corpus corpus = Corpus.open(dir.resolve("corpus"));
		byte[] picture = new byte[4096];
		new Random(7).nextBytes(picture);
		picture[0] = (byte) 0x89; // a PNG's signature, as a picture saved under the wrong name starts
		picture[1] = 'P';
		picture[2] = 'N';
		picture[3] = 'G';
		Path misnamed = dir.resolve("page.html");
		Files.write(misnamed, picture);
		IngestSummary summary = run(corpus, IngestOptions.defaults(), misnamed);
		assertTrue(has(summary.failures(), "page.html: binary content"), summary.failures().toString());
		assertEquals(0, corpus.ids().size());
	}

}
