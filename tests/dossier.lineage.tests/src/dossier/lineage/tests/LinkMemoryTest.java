// SPDX-License-Identifier: EPL-2.0
package dossier.lineage.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dossier.core.model.Article;
import dossier.core.store.Corpus;
import dossier.lineage.Evidence;
import dossier.lineage.Lineage;
import dossier.lineage.LineageFile;
import dossier.lineage.LineageIndex;
import dossier.lineage.LineageLink;
import dossier.lineage.LinkChanges;
import dossier.lineage.LinkStatus;
import dossier.lineage.LinkType;

/**
 * What the index remembers and revises (docs/lineage.md, <i>What the index remembers</i>): the derivation links it made,
 * so that a cluster closes whichever of its articles arrives last, and the links of a corpus do not depend on the order
 * its articles were added in. Real texts: Global Voices' post on Syria's day of dignity in English and Italian, and the
 * first four lines of its Arabic edition (the headline and opening paragraphs), which share with the Italian text only a
 * date and a number: a same story alone, a translation in its cluster.
 */
class LinkMemoryTest {

	@TempDir
	Path folder;

	private static Article english() {
		return Article.builder(Fixtures.text("gv-syria-dignity-en.txt")).id("syria-en").language("en").build(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private static Article italian() {
		return Article.builder(Fixtures.text("gv-syria-dignity-it.txt")).id("syria-it").language("it").build(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private static Article arabicOpening() {
		String[] lines = Fixtures.text("gv-syria-dignity-ar.txt").split("\n"); //$NON-NLS-1$ //$NON-NLS-2$
		return Article.builder(String.join("\n", Arrays.copyOfRange(lines, 0, 4))).id("syria-ar").language("ar").build(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private static LineageLink between(List<LineageLink> links, String a, String b) {
		return links.stream().filter(link -> link.involves(a) && link.involves(b)).findFirst()
				.orElseThrow(() -> new AssertionError("no link between " + a + " and " + b + ": " + links)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static boolean closed(LineageLink link) {
		return link.evidence().stream().anyMatch(evidence -> evidence.kind().equals(Evidence.CLUSTER));
	}

	/** Every link as pair, type and direction, sorted: what must not depend on the order of the adds. */
	private static Set<String> described(List<LineageLink> links) {
		Set<String> described = new TreeSet<>();
		for (LineageLink link : links) {
			described.add(link.from() + (link.directed() ? " -> " : " -- ") + link.to() + ' ' + link.type().id()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return described;
	}

	private static List<List<Article>> everyOrder(List<Article> articles) {
		if (articles.size() <= 1) {
			return List.of(articles);
		}
		List<List<Article>> orders = new ArrayList<>();
		for (Article first : articles) {
			List<Article> rest = new ArrayList<>(articles);
			rest.remove(first);
			for (List<Article> tail : everyOrder(rest)) {
				List<Article> order = new ArrayList<>(List.of(first));
				order.addAll(tail);
				orders.add(order);
			}
		}
		return orders;
	}

	@Test
	void twoEditionsSharingLittleAloneAreASameStory() {
		LineageIndex index = new LineageIndex();
		index.add(italian());
		LineageLink alone = between(index.add(arabicOpening()).links(), "syria-ar", "syria-it"); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(LinkType.SAME_STORY, alone.type(), alone.toString());
	}

	@Test
	void aClusterClosesWhicheverOfItsArticlesArrivesLast() {
		for (List<Article> order : everyOrder(List.of(english(), italian(), arabicOpening()))) {
			List<LineageLink> links = Lineage.addAll(new LineageIndex(), order.iterator(), 0);
			String arrivals = order.stream().map(Article::id).toList().toString();
			LineageLink editions = between(links, "syria-ar", "syria-it"); //$NON-NLS-1$ //$NON-NLS-2$
			assertEquals(LinkType.TRANSLATION, editions.type(), arrivals + " " + editions); //$NON-NLS-1$
			assertTrue(closed(editions), editions.toString());
			assertTrue(editions.evidence().stream().anyMatch(e -> e.detail().contains("syria-en")), editions.toString()); //$NON-NLS-1$
		}
	}

	@Test
	void anArticleArrivingLastBetweenTwoEditionsRetypesTheirLink() {
		LineageIndex index = new LineageIndex();
		index.add(italian());
		index.add(arabicOpening());
		LinkChanges changes = index.add(english());
		assertEquals(1, changes.retyped().size(), changes.toString());
		LinkChanges.Retyped revision = changes.retyped().get(0);
		assertEquals(LinkType.SAME_STORY, revision.was().type());
		assertEquals(LinkType.TRANSLATION, revision.now().type());
		assertTrue(revision.now().involves("syria-ar") && revision.now().involves("syria-it"), revision.toString()); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(index.derivations().stream().anyMatch(link -> link.pairKey().equals(revision.now().pairKey())),
				"remembered as it now stands"); //$NON-NLS-1$
	}

	/** A same story is no ground for closing: the French post on the same anniversary stays one in every order. */
	@Test
	void noClusterClosesThroughASameStoryOrWithinOneLanguage() {
		for (List<Article> order : everyOrder(List.of(Fixtures.firstPostEnglish(), Fixtures.firstPostFrench(),
				Fixtures.tenYearsFrench()))) {
			List<LineageLink> links = Lineage.addAll(new LineageIndex(), order.iterator(), 0);
			assertEquals(1, links.stream().filter(link -> link.type() == LinkType.TRANSLATION).count(), links.toString());
			assertTrue(links.stream().noneMatch(LinkMemoryTest::closed), links.toString());
		}
	}

	/**
	 * Names alone do not close a cluster: the last two paragraphs of the Arabic Wikinews rendering of "Global Voices and
	 * the Power of We" share only transcribed names (Fortaleza, Brazil, Mato Grosso) with the French edition; each
	 * edition is linked to the English post as a translation, and the pair stays a same story in every order. A false
	 * translation in a cluster would otherwise pass itself on to every text sharing its names.
	 */
	@Test
	void aClusterIsNotClosedOnNamesAlone() {
		String[] lines = Fixtures.text("gv-power-of-we-ar.txt").split("\n"); //$NON-NLS-1$ //$NON-NLS-2$
		Article english = Article.builder(Fixtures.text("gv-power-of-we-en.txt")).id("we-en").language("en").build(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Article french = Article.builder(Fixtures.text("gv-power-of-we-fr.txt")).id("we-fr").language("fr").build(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Article arabicEnd = Article.builder(String.join("\n", Arrays.copyOfRange(lines, 3, 5))).id("we-ar").language("ar") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.build();
		for (List<Article> order : everyOrder(List.of(english, french, arabicEnd))) {
			List<LineageLink> links = Lineage.addAll(new LineageIndex(), order.iterator(), 0);
			assertEquals(LinkType.TRANSLATION, between(links, "we-en", "we-ar").type(), links.toString()); //$NON-NLS-1$ //$NON-NLS-2$
			assertEquals(LinkType.TRANSLATION, between(links, "we-en", "we-fr").type(), links.toString()); //$NON-NLS-1$ //$NON-NLS-2$
			assertEquals(LinkType.SAME_STORY, between(links, "we-ar", "we-fr").type(), links.toString()); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	@Test
	void aRejectedLinkIsNoGroundForClosing() {
		LineageIndex index = new LineageIndex();
		index.rejected(List.of(LineageLink.pairKey("syria-en", "syria-it", LinkType.TRANSLATION))); //$NON-NLS-1$ //$NON-NLS-2$
		List<LineageLink> links = Lineage.addAll(index, List.of(english(), italian(), arabicOpening()).iterator(), 0);
		assertEquals(LinkType.SAME_STORY, between(links, "syria-ar", "syria-it").type(), links.toString()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * The order-independence property on real texts: nine Global Voices articles (three clusters in five languages, a
	 * French post on the same anniversary as one of them) give the same links, pair, type and direction, in every one
	 * of 24 shuffled orders and in reverse.
	 */
	@Test
	void theLinksOfASmallCorpusDoNotDependOnTheOrderOfItsArticles() {
		List<Article> articles = List.of(Fixtures.firstPostEnglish(), Fixtures.firstPostFrench(), Fixtures.tenYearsFrench(),
				Fixtures.powerOfWeEnglish(), Fixtures.powerOfWeArabic(), Fixtures.powerOfWeFrench(), english(), italian(),
				arabicOpening());
		Set<String> expected = described(Lineage.addAll(new LineageIndex(), articles.iterator(), 0));
		assertTrue(expected.contains("syria-ar -- syria-it translation"), expected.toString()); //$NON-NLS-1$
		List<List<Article>> orders = new ArrayList<>();
		List<Article> reversed = new ArrayList<>(articles);
		Collections.reverse(reversed);
		orders.add(reversed);
		for (long seed = 1; seed <= 24; seed++) {
			List<Article> shuffled = new ArrayList<>(articles);
			Collections.shuffle(shuffled, new Random(seed));
			orders.add(shuffled);
		}
		for (List<Article> order : orders) {
			assertEquals(expected, described(Lineage.addAll(new LineageIndex(), order.iterator(), 0)),
					order.stream().map(Article::id).toList().toString());
		}
	}

	/**
	 * Removing the article a cluster was closed through undoes the closure, whichever of the three arrived last: the two
	 * editions are a same story again, as they are when the English post was never added, and the removal reports it.
	 */
	@Test
	void removingTheArticleAClusterWasClosedThroughUndoesTheClosure() {
		for (List<Article> order : everyOrder(List.of(english(), italian(), arabicOpening()))) {
			LineageIndex index = new LineageIndex();
			Map<String, LineageLink> byPair = new HashMap<>();
			order.forEach(article -> index.add(article).applyTo(byPair));
			String arrivals = order.stream().map(Article::id).toList().toString();
			assertEquals(LinkType.TRANSLATION, between(List.copyOf(byPair.values()), "syria-ar", "syria-it").type(), arrivals); //$NON-NLS-1$ //$NON-NLS-2$

			LinkChanges changes = index.remove("syria-en"); //$NON-NLS-1$
			assertEquals(1, changes.retyped().size(), arrivals + " " + changes); //$NON-NLS-1$
			LineageLink undone = changes.retyped().get(0).now();
			assertEquals(LinkType.SAME_STORY, undone.type(), arrivals + " " + undone); //$NON-NLS-1$
			assertTrue(undone.involves("syria-ar") && undone.involves("syria-it"), undone.toString()); //$NON-NLS-1$ //$NON-NLS-2$
			assertTrue(changes.removed().stream().allMatch(link -> link.involves("syria-en")), changes.toString()); //$NON-NLS-1$
			assertTrue(index.derivations().isEmpty(), index.derivations().toString());
			// and the next article added is judged against the index as it now stands
			assertEquals(LinkType.TRANSLATION, between(index.add(english()).links(), "syria-en", "syria-it").type()); //$NON-NLS-1$ //$NON-NLS-2$
			assertEquals(LinkType.TRANSLATION, between(index.derivations(), "syria-ar", "syria-it").type(), arrivals); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** Removing an article no revision rests on revises nothing: the others' links stay as they were. */
	@Test
	void removingAnArticleNoRevisionRestsOnRevisesNothing() {
		LineageIndex index = new LineageIndex();
		List.of(english(), italian(), arabicOpening(), Fixtures.firstPostEnglish(), Fixtures.firstPostFrench())
				.forEach(index::add);
		String french = Fixtures.firstPostFrench().id();
		List<LineageLink> others = index.derivations().stream().filter(link -> !link.involves(french)).toList();
		assertTrue(index.derivations().size() > others.size(), "the French post is linked: " + index.derivations()); //$NON-NLS-1$
		LinkChanges changes = index.remove(french);
		assertTrue(changes.retyped().isEmpty(), changes.toString());
		assertTrue(changes.removed().stream().allMatch(link -> link.involves(french)), changes.toString());
		assertEquals(Set.copyOf(others), Set.copyOf(index.derivations()));
	}

	/**
	 * Removing any one of nine real articles leaves the links that linking the other eight afresh gives, pair, type and
	 * direction: what an article's arrival revised goes with it.
	 */
	@Test
	void removingAnArticleLeavesTheLinksOfTheCorpusWithoutIt() {
		List<Article> articles = List.of(Fixtures.firstPostEnglish(), Fixtures.firstPostFrench(), Fixtures.tenYearsFrench(),
				Fixtures.powerOfWeEnglish(), Fixtures.powerOfWeArabic(), Fixtures.powerOfWeFrench(), english(), italian(),
				arabicOpening());
		for (Article gone : articles) {
			LineageIndex index = new LineageIndex();
			Map<String, LineageLink> byPair = new HashMap<>();
			articles.forEach(article -> index.add(article).applyTo(byPair));
			LinkChanges changes = index.remove(gone.id());
			byPair.values().removeIf(link -> link.involves(gone.id()));
			changes.applyTo(byPair);
			List<Article> rest = articles.stream().filter(article -> article != gone).toList();
			assertEquals(described(Lineage.addAll(new LineageIndex(), rest.iterator(), 0)),
					described(List.copyOf(byPair.values())), gone.id());
		}
	}

	/** Linking one article at a time into a corpus stores the revision its arrival made to an earlier link. */
	@Test
	void linkingOneArticleStoresTheRevisionOfAnEarlierLink() throws IOException {
		Corpus corpus = Corpus.open(folder);
		LineageIndex index = new LineageIndex();
		for (Article article : List.of(italian(), arabicOpening())) {
			corpus.put(article, article.text().getBytes(java.nio.charset.StandardCharsets.UTF_8));
			Lineage.addArticle(corpus, index, article);
		}
		assertEquals(LinkType.SAME_STORY, between(Lineage.stored(corpus), "syria-ar", "syria-it").type()); //$NON-NLS-1$ //$NON-NLS-2$
		Article english = english();
		corpus.put(english, english.text().getBytes(java.nio.charset.StandardCharsets.UTF_8));
		Lineage.addArticle(corpus, index, english);
		List<LineageLink> stored = Lineage.stored(corpus);
		assertEquals(LinkType.TRANSLATION, between(stored, "syria-ar", "syria-it").type(), stored.toString()); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(1, stored.stream().filter(link -> link.involves("syria-ar") && link.involves("syria-it")).count()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** An analyst's decisions win over a revision: a confirmed link is not revised, a rejected revision not proposed. */
	@Test
	void aDecidedLinkIsNotRevised() throws IOException {
		LineageLink sameStory = new LineageLink("a", "b", LinkType.SAME_STORY, 0.3, false, List.of(), LinkStatus.SUGGESTED); //$NON-NLS-1$ //$NON-NLS-2$
		LineageLink translation = new LineageLink("a", "b", LinkType.TRANSLATION, 0.3, false, List.of(), //$NON-NLS-1$ //$NON-NLS-2$
				LinkStatus.SUGGESTED);
		LinkChanges revision = new LinkChanges(List.of(), List.of(new LinkChanges.Retyped(sameStory, translation)),
				List.of());

		LineageFile suggested = LineageFile.read(folder);
		suggested.replaceSuggestions(List.of(sameStory));
		suggested.apply("c", revision); //$NON-NLS-1$
		assertEquals(List.of(translation), suggested.current(), "a suggestion is revised"); //$NON-NLS-1$

		LineageFile confirmed = LineageFile.read(folder);
		confirmed.replaceSuggestions(List.of(sameStory));
		confirmed.decide("a", "b", LinkType.SAME_STORY, LinkStatus.CONFIRMED); //$NON-NLS-1$ //$NON-NLS-2$
		confirmed.apply("c", revision); //$NON-NLS-1$
		assertEquals(List.of(sameStory.withStatus(LinkStatus.CONFIRMED)), confirmed.current());

		LineageFile rejected = LineageFile.read(folder);
		rejected.replaceSuggestions(List.of(sameStory, translation));
		rejected.decide("a", "b", LinkType.TRANSLATION, LinkStatus.REJECTED); //$NON-NLS-1$ //$NON-NLS-2$
		rejected.apply("c", revision); //$NON-NLS-1$
		assertEquals(List.of(sameStory), rejected.current(), "the rejected type is not proposed again"); //$NON-NLS-1$
		assertFalse(rejected.rejectedKeys().isEmpty());
	}
}
