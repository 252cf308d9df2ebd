// SPDX-License-Identifier: EPL-2.0
package dossier.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonParseException;

import dossier.core.model.Article;
import dossier.core.model.Block;
import dossier.core.model.BlockType;
import dossier.core.model.Credit;
import dossier.core.model.Edition;
import dossier.core.model.LicenceStatement;
import dossier.core.model.Provenance;
import dossier.core.model.TextDirection;
import dossier.core.model.TextSpan;
import dossier.core.store.ArticleJson;
import dossier.core.store.Corpus;
import dossier.core.store.CorpusBusyException;
import dossier.core.store.CorpusFormatException;
import dossier.core.store.CorpusListener;
import dossier.core.store.CorpusLock;
import dossier.core.store.PutResult;

class CorpusTest {

	@TempDir
	Path dir;

	/** Arabic title, a mixed Arabic/Latin/digits paragraph, an emoji (two UTF-16 units) before a licence line. */
	static Article multilingual(String url) {
		String title = "بوتين يزور بيونغ يانغ";
		String body = "وقّع بوتين و Kim Jong-un اتفاقية في 19 يونيو 2024 (NATO قلق).";
		String emoji = "الصورة 📷 © GAVRIIL GRIGOROV / AFP";
		String licence = "مرخصة تحت: CC-BY-SA";
		String text = title + "\n\n" + body + "\n\n" + emoji + "\n\n" + licence;
		int b = text.indexOf(body);
		int e = text.indexOf(emoji);
		int l = text.indexOf(licence);
		int credit = text.indexOf("©");
		return Article.builder(text).title(title).publisher("Lifegate").sourceUrl(url).language("ar")
				.addAuthor("Redazione").addAuthor("مراسل")
				.addBlock(new Block(BlockType.TITLE, new TextSpan(0, title.length()), TextDirection.RTL))
				.addBlock(new Block(BlockType.PARAGRAPH, new TextSpan(b, b + body.length()), TextDirection.RTL))
				.addBlock(new Block(BlockType.CAPTION, new TextSpan(e, e + emoji.length()), TextDirection.RTL))
				.addBlock(new Block(BlockType.PARAGRAPH, new TextSpan(l, l + licence.length()), TextDirection.RTL))
				.addLicence(new LicenceStatement(LicenceStatement.Origin.TEXT, licence, null,
						new TextSpan(l, l + licence.length())))
				.addCredit(new Credit("© GAVRIIL GRIGOROV / AFP", new TextSpan(credit, e + emoji.length())))
				.provenance(new Provenance("samples/a.txt", Instant.parse("2026-11-29T02:00:00Z"), "dossier.ingest.text",
						null, "UTF-8", List.of("CAPTCHA", "^"), List.of()))
				.build();
	}

	@Test
	void roundTripKeepsEveryFieldAndOffsetOfArabicMixedAndEmojiText() throws IOException {
		Article article = multilingual("https://www.lifegate.it/x");
		byte[] original = article.text().getBytes(StandardCharsets.UTF_8);
		Corpus corpus = Corpus.open(dir.resolve("c"));
		PutResult result = corpus.put(article, original);
		assertEquals(PutResult.Kind.NEW, result.kind());

		Article read = Corpus.open(dir.resolve("c")).get(result.id()).orElseThrow();
		assertEquals(article.text(), read.text());
		assertEquals(article.blocks(), read.blocks());
		assertEquals(article.licences(), read.licences());
		assertEquals(article.credits(), read.credits());
		assertEquals(article.authors(), read.authors());
		assertEquals("مرخصة تحت: CC-BY-SA", read.textOf(read.licences().get(0).span()));
		assertEquals("© GAVRIIL GRIGOROV / AFP", read.textOf(read.credits().get(0).span()));
		assertEquals("الصورة 📷 © GAVRIIL GRIGOROV / AFP", read.textOf(read.blocksOf(BlockType.CAPTION).get(0).span()));
		assertEquals(TextDirection.RTL, read.direction());
		assertEquals(Corpus.sha256(original), read.provenance().originalSha256());
		assertEquals(List.of("CAPTCHA", "^"), read.provenance().removed());
		assertArrayEquals(original, corpus.original(result.id()).orElseThrow());
		// the JSON Lines form reads back to the same article
		assertEquals(read, ArticleJson.fromJson(ArticleJson.toJsonLine(read)));
	}

	@Test
	void fileIsPrettyStableAndLineOriented() throws IOException {
		Corpus corpus = Corpus.open(dir);
		Article article = multilingual("https://www.lifegate.it/x");
		String id = corpus.put(article, null).id();
		String json = Files.readString(corpus.articleFile(id));
		assertTrue(json.contains("\n  \"title\": \"بوتين يزور بيونغ يانغ\",\n"), json); // raw UTF-8, not \\u escapes
		assertTrue(json.contains("\n    \"مرخصة تحت: CC-BY-SA\"\n"), json); // text one line per element
		assertTrue(json.contains("{\"type\":\"TITLE\",\"span\":[0,21],\"direction\":\"RTL\"}"), json);
		// writing the same article again yields the same bytes: nothing churns
		assertEquals(json, ArticleJson.toPrettyJson(corpus.get(id).orElseThrow()));
	}

	@Test
	void sameContentIsDuplicateSameUrlIsUpdateKeepingTheId() throws IOException {
		Corpus corpus = Corpus.open(dir);
		List<String> events = new ArrayList<>();
		corpus.addListener(new CorpusListener() {
			@Override
			public void added(Article article) {
				events.add("added " + article.id());
			}

			@Override
			public void updated(Article previous, Article article) {
				events.add("updated " + previous.id() + " " + article.text().length());
			}

			@Override
			public void removed(String id) {
				events.add("removed " + id);
			}
		});
		Article first = multilingual("https://www.lifegate.it/russia-corea");
		String stampEmpty = corpus.stamp();
		PutResult put = corpus.put(first, new byte[] { 1 });
		String stampOne = corpus.stamp();
		assertNotEquals(stampEmpty, stampOne);

		// the same text at the same address, from another file (http for https): duplicate, nothing written
		Article again = first.toBuilder().sourceUrl("http://www.lifegate.it/russia-corea/").build();
		assertEquals(new PutResult(PutResult.Kind.DUPLICATE, put.id()), corpus.put(again, new byte[] { 2 }));
		// the same page without www.: the same address, a duplicate (it was taken for a republication, another address)
		Article withoutWww = first.toBuilder().sourceUrl("https://lifegate.it/russia-corea").build();
		assertEquals(new PutResult(PutResult.Kind.DUPLICATE, put.id()), corpus.put(withoutWww, null));
		// the same file again: duplicate
		assertEquals(new PutResult(PutResult.Kind.DUPLICATE, put.id()), corpus.put(first, new byte[] { 1 }));
		assertEquals(stampOne, corpus.stamp());

		// same URL (http vs https, trailing slash, fragment), new text: an update of the same article
		Article corrected = Article.builder(first.text() + "\n\nتصحيح")
				.sourceUrl("http://www.lifegate.it/russia-corea/#comments").title(first.title()).build();
		PutResult update = corpus.put(corrected, new byte[] { 3 });
		assertEquals(new PutResult(PutResult.Kind.UPDATED, put.id()), update);
		assertEquals(List.of(put.id()), corpus.ids());
		assertTrue(corpus.get(put.id()).orElseThrow().text().endsWith("تصحيح"));
		assertArrayEquals(new byte[] { 3 }, corpus.original(put.id()).orElseThrow());
		assertNotEquals(stampOne, corpus.stamp());

		// the update's text, imported again, is a duplicate (the catalog follows updates)
		assertEquals(PutResult.Kind.DUPLICATE, corpus.put(corrected, null).kind());
		// and a reopened corpus sees the same
		assertEquals(PutResult.Kind.DUPLICATE, Corpus.open(dir).put(corrected, null).kind());

		assertTrue(corpus.delete(put.id()));
		assertFalse(corpus.delete(put.id()));
		assertEquals(List.of(), corpus.ids());
		assertFalse(Files.exists(corpus.originalFile(put.id())));
		assertEquals(List.of("added " + put.id(), "updated " + put.id() + " " + corrected.text().length(),
				"removed " + put.id()), events);
	}

	@Test
	void theSameTextAtAnotherAddressOrFromAnotherPublisherIsARepublicationKeptAsItsOwnArticle() throws IOException {
		Corpus corpus = Corpus.open(dir);
		Article original = multilingual("https://www.lifegate.it/russia-corea").toBuilder().publisher("Lifegate").build();
		String originalId = corpus.put(original, new byte[] { 1 }).id();
		// the same text on another site: the importer gives it the id its text gives, the original's
		Article elsewhere = Article.builder(original.text()).title(original.title()).publisher("موقع آخر")
				.sourceUrl("https://copy.example.org/korea").build();
		assertEquals(originalId, elsewhere.id());
		PutResult republication = corpus.put(elsewhere, new byte[] { 2 });
		assertEquals(PutResult.Kind.NEW, republication.kind());
		assertNotEquals(originalId, republication.id(), "its own id");
		assertEquals(original.text(), corpus.get(republication.id()).orElseThrow().text());
		assertEquals("https://www.lifegate.it/russia-corea", corpus.get(originalId).orElseThrow().sourceUrl(),
				"the original is left as it was");
		// another publisher, neither giving an address
		Article noAddress = Article.builder("Il testo di un comunicato.").publisher("ANSA").build();
		Article sameTextOtherPublisher = Article.builder("Il testo di un comunicato.").publisher("Adnkronos").build();
		String ansa = corpus.put(noAddress, null).id();
		PutResult adnkronos = corpus.put(sameTextOtherPublisher, null);
		assertEquals(PutResult.Kind.NEW, adnkronos.kind());
		assertEquals(4, corpus.size());

		// imported again, each is a duplicate of itself
		assertEquals(new PutResult(PutResult.Kind.DUPLICATE, republication.id()), corpus.put(elsewhere, new byte[] { 3 }));
		assertEquals(new PutResult(PutResult.Kind.DUPLICATE, originalId), corpus.put(original, new byte[] { 4 }));
		assertEquals(new PutResult(PutResult.Kind.DUPLICATE, adnkronos.id()), corpus.put(sameTextOtherPublisher, null));
		assertEquals(new PutResult(PutResult.Kind.DUPLICATE, ansa), Corpus.open(dir).put(noAddress, null),
				"a reopened corpus tells them apart too");
		assertEquals(4, corpus.size());
	}

	@Test
	void theSameTextWithNothingToTellItApartIsADuplicate() throws IOException {
		Corpus corpus = Corpus.open(dir);
		String id = corpus.put(Article.builder("A wire story.").publisher("Reuters").sourceUrl("https://a.example/wire").build(),
				new byte[] { 1 }).id();
		// the same publisher, no address: nothing says it is published elsewhere
		assertEquals(new PutResult(PutResult.Kind.DUPLICATE, id),
				corpus.put(Article.builder("A wire story.").publisher(" reuters ").build(), new byte[] { 2 }));
		// neither address nor publisher: nothing tells it apart, a duplicate as well
		assertEquals(new PutResult(PutResult.Kind.DUPLICATE, id), corpus.put(Article.builder("A wire story.").build(), null));
		// the same page, whatever publisher name it gives now
		assertEquals(new PutResult(PutResult.Kind.DUPLICATE, id), corpus.put(
				Article.builder("A wire story.").publisher("Reuters UK").sourceUrl("https://a.example/wire/").build(), null));
		assertEquals(1, corpus.size());
	}

	@Test
	void articlesStreamInIdOrder() throws IOException {
		Corpus corpus = Corpus.open(dir);
		for (String word : List.of("uno", "due", "tre", "quattro", "cinque")) {
			corpus.put(Article.builder("Articolo " + word).title(word).build(), null);
		}
		List<String> ids = corpus.ids();
		assertEquals(5, ids.size());
		assertEquals(ids.stream().sorted().toList(), ids);
		try (Stream<Article> articles = corpus.articles()) {
			assertEquals(ids, articles.map(Article::id).toList());
		}
	}

	@Test
	void layoutIsCreatedWithGitignoreAndDescriptor() throws IOException {
		Corpus corpus = Corpus.open(dir.resolve("new/corpus"));
		assertTrue(Files.readString(corpus.folder().resolve(".gitignore")).contains("/.index/"));
		assertTrue(Files.readString(corpus.folder().resolve(Corpus.DESCRIPTOR)).contains("\"version\": 1"));
		assertEquals(corpus.folder().resolve(".index"), corpus.indexFolder());
	}

	@Test
	void newerFormatIsRefusedWithAClearMessage() throws IOException {
		Files.writeString(dir.resolve(Corpus.DESCRIPTOR), "{\"format\": \"dossier-corpus\", \"version\": 7}");
		CorpusFormatException e = assertThrows(CorpusFormatException.class, () -> Corpus.open(dir));
		assertTrue(e.getMessage().contains("format version 7"), e.getMessage());
		Files.writeString(dir.resolve(Corpus.DESCRIPTOR), "{\"format\": \"something-else\", \"version\": 1}");
		assertThrows(CorpusFormatException.class, () -> Corpus.open(dir));
		Files.writeString(dir.resolve(Corpus.DESCRIPTOR), "not json");
		assertThrows(CorpusFormatException.class, () -> Corpus.open(dir));
	}

	@Test
	void corpusKilledMidWriteStillOpensAndTheNextWriterCleansUpAfterIt() throws IOException {
		Corpus corpus = Corpus.open(dir);
		String id = corpus.put(multilingual("https://a.example/1"), new byte[] { 1 }).id();
		Path shard = corpus.articleFile(id).getParent();
		// what a process killed between writing and moving leaves behind: half-written temporaries ...
		Path stray = shard.resolve("." + id + ".json.1234abcd.tmp");
		Files.writeString(stray, "{\"format\": 1, \"id\": \"" + id + "\", \"te");
		Path strayOther = shard.resolve(".ffffffffffffffff.json.99.tmp");
		Files.writeString(strayOther, "{");
		// ... and the original of a new article whose article file it never switched in
		Path orphan = shard.resolve("ffffffffffffffff.original");
		Files.write(orphan, new byte[] { 2 });

		Corpus reopened = Corpus.open(dir);
		assertEquals(List.of(id), reopened.ids());
		assertEquals(multilingual("https://a.example/1").text(), reopened.get(id).orElseThrow().text());
		assertTrue(Files.exists(stray) && Files.exists(orphan), "opening, as a reader, deletes nothing");

		try (CorpusLock lock = reopened.lockForWriting("test", Duration.ZERO)) {
			assertFalse(Files.exists(stray), "the writer lock proves nobody writes: leftovers are deleted");
			assertFalse(Files.exists(strayOther));
			assertFalse(Files.exists(orphan), "an original without its article is a leftover too");
			assertTrue(Files.exists(reopened.originalFile(id)), "an original beside its article stays");
		}
	}

	@Test
	void theCleanUpLeavesTheTemporariesOfOtherStoresAlone() throws IOException {
		// The entity store writes an article's mentions beside it without the corpus's writer lock: a clean-up under
		// that lock deleted such a write in progress, and the article's recognition failed (seen in the insight
		// workbench tests: "Entities of article ... not recognised").
		Corpus corpus = Corpus.open(dir);
		String id = corpus.put(multilingual("https://a.example/2"), new byte[] { 1 }).id();
		Path shard = corpus.articleFile(id).getParent();
		Path mentionsInProgress = shard.resolve("." + id + ".mentions.json.767510ab996.tmp");
		Files.writeString(mentionsInProgress, "[");
		Path articleLeftover = shard.resolve("." + id + ".json.1234abcd.tmp");
		Files.writeString(articleLeftover, "{");
		try (CorpusLock lock = Corpus.open(dir).lockForWriting("test", Duration.ZERO)) {
			assertFalse(Files.exists(articleLeftover), "an article's temporary is the corpus's own: deleted");
			assertTrue(Files.exists(mentionsInProgress), "another store's temporary may be a write in progress: kept");
		}
	}

	@Test
	void damagedArticleFilesAreDescribedInWordsNotLibraryInternals() throws IOException {
		Corpus corpus = Corpus.open(dir);
		String id = corpus.put(multilingual("https://a.example/1"), null).id();
		Path file = corpus.articleFile(id);
		String json = Files.readString(file);

		Files.writeString(file, json.substring(0, json.length() / 2));
		String cut = assertThrows(IOException.class, () -> corpus.get(id)).getMessage();
		assertTrue(cut.startsWith(file + ": malformed") || cut.startsWith(file + ": the file ends in the middle of the article at line "), cut);
		assertFalse(cut.contains("Exception") || cut.contains("http") || cut.contains("\n"), cut);

		Files.writeString(file, json.replaceFirst("\"direction\": \"[A-Za-z]+\"", "\"direction\": \"sideways\""));
		String wrongValue = assertThrows(IOException.class, () -> corpus.get(id)).getMessage();
		assertTrue(wrongValue.endsWith("invalid article: unknown value 'SIDEWAYS'"), wrongValue);

		Files.write(file, new byte[] { '{', (byte) 0xC3, (byte) 0x28, '}' });
		String notUtf8 = assertThrows(IOException.class, () -> corpus.get(id)).getMessage();
		assertEquals(file + ": not UTF-8 text, so not an article file Dossier wrote", notUtf8);
	}

	@Test
	void anUpdateKilledBetweenItsTwoSwitchesKeepsThePreviousPair() throws IOException {
		Corpus corpus = Corpus.open(dir);
		byte[] first = "first original".getBytes(StandardCharsets.UTF_8);
		byte[] second = "second original".getBytes(StandardCharsets.UTF_8);
		Article article = multilingual("https://a.example/1");
		String id = corpus.put(article.toBuilder().provenance(new Provenance("a.txt", Instant.EPOCH, "test", null, null,
				List.of(), List.of())).build(), first).id();
		Path original = corpus.originalFile(id);
		Path kept = original.resolveSibling("." + id + ".original.previous");
		// what an update killed after switching the original but before the article leaves behind
		Files.copy(original, kept);
		Files.write(original, second);

		Corpus reopened = Corpus.open(dir);
		assertArrayEquals(first, reopened.original(id).orElseThrow(), "a reader gets the original the article names");
		try (CorpusLock lock = reopened.lockForWriting("test", Duration.ZERO)) {
			assertArrayEquals(first, Files.readAllBytes(original), "the next writer puts the previous pair back");
			assertFalse(Files.exists(kept));
		}

		// killed after switching both, before deleting the second name: the second name is dropped
		Files.write(kept, second);
		try (CorpusLock lock = Corpus.open(dir).lockForWriting("test", Duration.ZERO)) {
			assertArrayEquals(first, Files.readAllBytes(original));
			assertFalse(Files.exists(kept));
		}
		// and an update that completes leaves no second name behind
		corpus.put(article.toBuilder().text(article.text() + " Updated.").provenance(new Provenance("a.txt", Instant.EPOCH,
				"test", null, null, List.of(), List.of())).build(), second);
		assertArrayEquals(second, corpus.original(id).orElseThrow());
		assertFalse(Files.exists(kept));
		assertEquals(Corpus.sha256(second), corpus.get(id).orElseThrow().provenance().originalSha256());
	}

	@Test
	void oneWriterAtATimeAndTheSecondIsToldWhoWrites() throws Exception {
		Corpus importing = Corpus.open(dir);
		String id = importing.put(multilingual("https://a.example/1"), null).id();
		Corpus other = Corpus.open(dir);
		Path inProgress = importing.articleFile(id).resolveSibling(".eeeeeeeeeeeeeeee.json.77.tmp");
		try (CorpusLock lock = importing.lockForWriting("dossier import", Duration.ZERO)) {
			// the holder writes on, without taking the lock again for each article
			importing.put(Article.builder("Second text").sourceUrl("https://a.example/2").build(), null);
			Files.writeString(inProgress, "{\"format\": 1"); // the holder's write in progress

			CorpusBusyException busy = assertThrows(CorpusBusyException.class,
					() -> other.put(Article.builder("Third text").sourceUrl("https://a.example/3").build(), null));
			assertTrue(busy.getMessage().contains("is being written by this process (dossier import) since "), busy.getMessage());
			assertEquals("dossier import", busy.purpose().orElseThrow());
			assertThrows(CorpusBusyException.class, () -> other.lockForWriting("second import", Duration.ofMillis(300)));
			assertThrows(CorpusBusyException.class, () -> other.delete(id));
			assertTrue(Files.exists(inProgress), "a writer turned away cleans nothing up");
			assertEquals(2, Corpus.open(dir).size(), "nothing of the refused writer was stored");
		}
		// released: the other writer may write now, and waiting for a writer that finishes succeeds
		try (CorpusLock first = other.lockForWriting("second import", Duration.ZERO)) {
			Thread release = new Thread(first::close);
			release.start();
			try (CorpusLock waited = importing.lockForWriting("third import", Duration.ofSeconds(30))) {
				assertTrue(importing.put(Article.builder("Fourth text").build(), null).kind() == PutResult.Kind.NEW);
			}
			release.join();
		}
		assertEquals(3, Corpus.open(dir).size());
		assertTrue(Files.readString(dir.resolve(".gitignore")).contains("/.lock\n"), "the lock file is git-ignored");
	}

	@Test
	void aCopiedArticleFileUnderAnotherNameIsReportedNotListedTwice() throws IOException {
		Corpus corpus = Corpus.open(dir);
		String id = corpus.put(multilingual("https://a.example/1"), null).id();
		String other = id.substring(0, 2) + "copy" + id.substring(6);
		Files.copy(corpus.articleFile(id), corpus.articleFile(id).resolveSibling(other + ".json"));
		Corpus reopened = Corpus.open(dir);
		IOException wrong = assertThrows(IOException.class, () -> reopened.get(other));
		assertTrue(wrong.getMessage().contains("holds article " + id), wrong.getMessage());
		assertEquals(List.of(id), reopened.articles().map(Article::id).toList(), "the article once, not twice");
		assertEquals(1, reopened.problems().size(), reopened.problems().toString());
		assertTrue(reopened.problems().get(0).contains(other + ".json"), "named by its path: " + reopened.problems());
	}

	@Test
	void rescanSeesFilesAddedAndRemovedBehindItsBackAndLeavesAWriteInProgressAlone() throws IOException {
		Corpus corpus = Corpus.open(dir);
		String kept = corpus.put(multilingual("https://a.example/1"), null).id();
		String gone = corpus.put(Article.builder("Another text").sourceUrl("https://a.example/2").build(), null).id();
		// another process (a git pull, the command line) adds one article and deletes another
		Corpus other = Corpus.open(dir);
		String added = other.put(Article.builder("A third text").sourceUrl("https://a.example/3").build(), null).id();
		other.delete(gone);
		// ... while a write of this process is between its temporary file and the move
		Path inProgress = corpus.articleFile(kept).resolveSibling("." + kept + ".json.5678.tmp");
		Files.writeString(inProgress, "{");
		List<String> heard = new ArrayList<>();
		corpus.addListener(new CorpusListener() {
			@Override
			public void added(Article article) {
				heard.add(article.id());
			}
		});

		assertTrue(corpus.rescan());

		assertEquals(Stream.of(kept, added).sorted().toList(), corpus.ids());
		assertTrue(Files.exists(inProgress), "a rescan never deletes the temporary file of a write in progress");
		assertFalse(corpus.rescan(), "nothing changed since");
		// the same instance goes on working, with its listeners
		String fourth = corpus.put(Article.builder("A fourth text").sourceUrl("https://a.example/4").build(), null).id();
		assertEquals(List.of(fourth), heard);
		assertEquals(PutResult.Kind.DUPLICATE, corpus.put(Article.builder("A third text").sourceUrl("https://a.example/3/").build(), null).kind(),
				"duplicate detection knows the article another process added");
	}

	@Test
	void aCorruptArticleFileIsReportedAndSkippedNotFatal() throws IOException {
		Corpus corpus = Corpus.open(dir);
		String good = corpus.put(Article.builder("Bonjour le monde").build(), null).id();
		String bad = corpus.put(Article.builder("Hello world").build(), null).id();
		Files.writeString(corpus.articleFile(bad), "{ this is not json");
		Corpus reopened = Corpus.open(dir);
		assertThrows(IOException.class, () -> reopened.get(bad));
		assertEquals(List.of(good), reopened.articles().map(Article::id).toList());
		assertEquals(1, reopened.problems().size());
	}

	@Test
	void invalidIdIsRefusedAndNothingIsWrittenOutsideTheCorpus() throws IOException {
		Corpus corpus = Corpus.open(dir.resolve("c"));
		Article evil = Article.builder("text").id("../../escape").build();
		assertThrows(IllegalArgumentException.class, () -> corpus.put(evil, null));
		try (Stream<Path> files = Files.walk(dir)) {
			assertTrue(files.noneMatch(p -> p.getFileName().toString().contains("escape")));
		}
	}

	@Test
	void anArticlesLanguageEditionsAreStoredAndAFileWithoutThemStillReads() throws IOException {
		Corpus corpus = Corpus.open(dir);
		Article article = multilingual("https://ar.example.org/x").toBuilder().editions(List.of(
				new Edition("it", "https://www.lifegate.it/x"), new Edition("x-default", "https://www.lifegate.it/x"))).build();
		String id = corpus.put(article, null).id();
		String json = Files.readString(corpus.articleFile(id));
		assertTrue(json.contains("\n    {\"language\":\"it\",\"url\":\"https://www.lifegate.it/x\"},\n"), json);
		assertEquals(article.editions(), Corpus.open(dir).get(id).orElseThrow().editions());
		// as a file written before editions were kept: no key at all, and it reads with none
		String without = ArticleJson.toJsonLine(multilingual("https://ar.example.org/y"));
		assertFalse(without.contains("editions"), without);
		assertEquals(List.of(), ArticleJson.fromJson(without).editions());
	}

	@Test
	void jsonOfANewerArticleFormatIsRefused() {
		String json = ArticleJson.toJsonLine(Article.builder("x y").build()).replace("\"format\":1", "\"format\":2");
		assertThrows(JsonParseException.class, () -> ArticleJson.fromJson(json));
	}
}
