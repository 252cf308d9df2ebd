// SPDX-License-Identifier: EPL-2.0
package dossier.lineage.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dossier.core.model.Article;
import dossier.core.store.Corpus;
import dossier.lineage.EntityIds;
import dossier.lineage.Lineage;
import dossier.lineage.LineageFile;
import dossier.lineage.LineageLink;
import dossier.lineage.LinkStatus;
import dossier.lineage.LinkType;

/** The lineage file of a corpus: decisions kept, rejections respected, one new article linked on its own. */
class LineageFileTest {

	@TempDir
	Path folder;

	@Test
	void rejectedLinkIsNotProposedAgain() throws IOException {
		Corpus corpus = Corpus.open(folder);
		Article english = Fixtures.firstPostEnglish();
		Article french = Fixtures.firstPostFrench();
		put(corpus, english, french, Fixtures.tenYearsFrench());
		Lineage.Result first = Lineage.compute(corpus);
		LineageLink translation = first.file().current().stream().filter(link -> link.type() == LinkType.TRANSLATION)
				.findFirst().orElseThrow();

		LineageFile file = LineageFile.read(folder);
		// either order of the two ids names the same link
		assertTrue(file.decide(french.id(), english.id(), LinkType.TRANSLATION, LinkStatus.REJECTED).isPresent());
		file.write();

		Lineage.Result again = Lineage.compute(corpus);
		assertTrue(again.file().current().stream().noneMatch(link -> link.pairKey().equals(translation.pairKey())),
				again.file().current().toString());
		LineageFile reread = LineageFile.read(folder);
		assertEquals(LinkStatus.REJECTED, reread.links().stream()
				.filter(link -> link.pairKey().equals(translation.pairKey())).findFirst().orElseThrow().status());
	}

	/**
	 * A decision another writer stores while the corpus is being linked (the workbench, during a long {@code dossier
	 * lineage}) is kept: the computation reads the file again under the corpus's lock before it writes, instead of
	 * writing what it read before linking.
	 */
	@Test
	void aDecisionStoredWhileTheCorpusIsLinkedIsKept() throws IOException {
		Corpus corpus = Corpus.open(folder);
		put(corpus, Fixtures.firstPostEnglish(), Fixtures.firstPostFrench());
		LineageLink translation = Lineage.compute(corpus).file().current().stream()
				.filter(link -> link.type() == LinkType.TRANSLATION).findFirst().orElseThrow();
		AtomicBoolean decided = new AtomicBoolean();
		EntityIds meanwhile = article -> { // asked while linking: the analyst rejects the link then
			if (decided.compareAndSet(false, true)) {
				try {
					Lineage.update(corpus, file -> file.decide(translation.from(), translation.to(), LinkType.TRANSLATION,
							LinkStatus.REJECTED).isPresent());
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			}
			return List.of();
		};

		Lineage.Result again = Lineage.compute(corpus, meanwhile);

		assertTrue(decided.get());
		assertEquals(LinkStatus.REJECTED, LineageFile.read(folder).links().stream()
				.filter(link -> link.pairKey().equals(translation.pairKey())).findFirst().orElseThrow().status());
		assertTrue(again.file().current().stream().noneMatch(link -> link.pairKey().equals(translation.pairKey())),
				"and it is proposed no more");
	}

	/** A change that says not to write (an invalid decision among valid ones) leaves the file as it was. */
	@Test
	void anUpdateThatDeclinesWritesNothing() throws IOException {
		Corpus corpus = Corpus.open(folder);
		put(corpus, Fixtures.firstPostEnglish(), Fixtures.firstPostFrench());
		LineageLink link = Lineage.compute(corpus).file().current().get(0);
		String before = Files.readString(folder.resolve(LineageFile.FILE_NAME), StandardCharsets.UTF_8);
		Lineage.update(corpus, file -> {
			file.decide(link.from(), link.to(), link.type(), LinkStatus.CONFIRMED);
			return file.decide("nothing", "here", LinkType.TRANSLATION, LinkStatus.REJECTED).isPresent();
		});
		assertEquals(before, Files.readString(folder.resolve(LineageFile.FILE_NAME), StandardCharsets.UTF_8));
	}

	@Test
	void confirmedLinkStaysConfirmed() throws IOException {
		Corpus corpus = Corpus.open(folder);
		put(corpus, Fixtures.firstPostEnglish(), Fixtures.firstPostFrench());
		Lineage.compute(corpus);
		LineageFile file = LineageFile.read(folder);
		LineageLink link = file.current().get(0);
		file.decide(link.from(), link.to(), link.type(), LinkStatus.CONFIRMED);
		file.write();
		Lineage.compute(corpus);
		assertEquals(LinkStatus.CONFIRMED, LineageFile.read(folder).current().get(0).status());
	}

	@Test
	void aConfirmedLinkToADeletedCopyCountsNoMoreAndItsDecisionReturnsWithTheCopy() throws IOException {
		Corpus corpus = Corpus.open(folder);
		Article english = Fixtures.firstPostEnglish();
		Article french = Fixtures.firstPostFrench();
		put(corpus, english, french);
		Lineage.compute(corpus);
		LineageFile file = LineageFile.read(folder);
		LineageLink translation = file.current().stream().filter(link -> link.type() == LinkType.TRANSLATION)
				.findFirst().orElseThrow();
		file.decide(translation.from(), translation.to(), translation.type(), LinkStatus.CONFIRMED);
		file.write();

		corpus.delete(french.id());
		assertTrue(Lineage.stored(corpus).isEmpty(), "what the views read: " + Lineage.stored(corpus));
		assertTrue(Lineage.current(corpus).isEmpty(), "what dossier check chains: " + Lineage.current(corpus));
		Lineage.compute(corpus);
		LineageFile kept = LineageFile.read(folder);
		assertEquals(List.of(LinkStatus.CONFIRMED), kept.links().stream().map(LineageLink::status).toList(),
				"the decision stays in the file, unseen");
		assertTrue(kept.current(java.util.Set.copyOf(corpus.ids())).isEmpty());

		put(corpus, french);
		Lineage.compute(corpus);
		assertEquals(List.of(LinkStatus.CONFIRMED), Lineage.stored(corpus).stream().map(LineageLink::status).toList(),
				"imported again, the copy is confirmed again");
	}

	@Test
	void aConfirmedLinkBetweenTwoHeldArticlesIsReadWhenAnotherArticleIsDeleted() throws IOException {
		Corpus corpus = Corpus.open(folder);
		Article english = Fixtures.firstPostEnglish();
		Article french = Fixtures.firstPostFrench();
		Article other = Fixtures.tenYearsFrench();
		put(corpus, english, french, other);
		Lineage.compute(corpus);
		LineageFile file = LineageFile.read(folder);
		LineageLink translation = file.decide(english.id(), french.id(), LinkType.TRANSLATION, LinkStatus.CONFIRMED)
				.orElseThrow();
		file.write();
		corpus.delete(other.id());
		assertEquals(List.of(translation.pairKey()), Lineage.stored(corpus).stream().map(LineageLink::pairKey).toList());
		assertEquals(LinkStatus.CONFIRMED, Lineage.stored(corpus).get(0).status());
		assertTrue(Lineage.current(corpus).stream().anyMatch(link -> link.pairKey().equals(translation.pairKey())));
	}

	@Test
	void oneNewArticleIsLinkedWithoutRecomputingTheOthers() throws IOException {
		Corpus corpus = Corpus.open(folder);
		put(corpus, Fixtures.firstPostEnglish(), Fixtures.tenYearsFrench());
		Lineage.Result result = Lineage.compute(corpus);
		int before = result.file().links().size();
		long comparisons = result.index().comparisons();

		Article french = Fixtures.firstPostFrench();
		put(corpus, french);
		List<LineageLink> links = Lineage.addArticle(corpus, result.index(), french);
		assertTrue(result.index().comparisons() - comparisons <= 2, "compared with its candidates only"); //$NON-NLS-1$
		assertTrue(links.stream().anyMatch(link -> link.type() == LinkType.TRANSLATION), links.toString());
		assertTrue(LineageFile.read(folder).links().size() > before);
	}

	@Test
	void fileIsPrettyJsonInAFixedOrder() throws IOException {
		Corpus corpus = Corpus.open(folder);
		put(corpus, Fixtures.firstPostEnglish(), Fixtures.firstPostFrench());
		Lineage.compute(corpus);
		String json = Files.readString(folder.resolve(LineageFile.FILE_NAME), StandardCharsets.UTF_8);
		assertTrue(json.startsWith("{\n  \"format\": \"dossier-lineage\",\n  \"version\": 1,\n  \"links\": ["), json); //$NON-NLS-1$
		assertTrue(json.contains("\"type\": \"translation\"")); //$NON-NLS-1$
		Lineage.compute(corpus);
		assertEquals(json, Files.readString(folder.resolve(LineageFile.FILE_NAME), StandardCharsets.UTF_8),
				"a recomputation of the same corpus writes the same file"); //$NON-NLS-1$
	}

	@Test
	void unreadableFileIsReportedAndNotOverwritten() throws IOException {
		Files.writeString(folder.resolve(LineageFile.FILE_NAME), "{ not json"); //$NON-NLS-1$
		IOException e = assertThrows(IOException.class, () -> LineageFile.read(folder));
		assertTrue(e.getMessage().startsWith("lineage.json: "), e.getMessage()); //$NON-NLS-1$
		Corpus corpus = Corpus.open(folder);
		assertThrows(IOException.class, () -> Lineage.compute(corpus));
		assertEquals("{ not json", Files.readString(folder.resolve(LineageFile.FILE_NAME))); //$NON-NLS-1$
	}

	private static void put(Corpus corpus, Article... articles) throws IOException {
		for (Article article : articles) {
			corpus.put(article, article.text().getBytes(StandardCharsets.UTF_8));
		}
	}
}
