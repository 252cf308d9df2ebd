// SPDX-License-Identifier: EPL-2.0
package dossier.lineage.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dossier.core.model.Article;
import dossier.lineage.Lineage;
import dossier.lineage.LineageIndex;
import dossier.lineage.LineageLink;
import dossier.lineage.LinkChanges;
import dossier.lineage.LinkType;

/**
 * One source per language (docs/lineage.md, {@code LineageIndex.oneSourcePerLanguage}): a summary written in the
 * article's language from the article shares with the article's translation the names, figures and order the
 * translation shares with the article, but it is no source of the translation: the pair is a same story. Found in the
 * real set (n63, a short post written from c53's article, and c53's Swedish rendering). Constructed for these tests.
 */
class OneSourcePerLanguageTest {

	private static final String ARTICLE = "Lisbon signs the Tagus water accord\n\n"
			+ "Minister Ana Duarte met Karl Weber, Li Wei and Omar Haddad in Lisbon on 12 March 2024 to sign the Tagus "
			+ "water accord, which commits Portugal and Spain to release 2,700 cubic hectometres a year into the river.\n\n"
			+ "The accord replaces the Albufeira Convention of 1998. Engineers from Endesa and EDP will share the readings "
			+ "of 37 stations with the Coimbra laboratory, and farmers in Alentejo will pay 0.12 euros per cubic metre.\n\n"
			+ "Critics at Quercus and GEOTA say the figures ignore the drought of 2022, when the flow at Almourol fell to "
			+ "a third of the agreed volume, and ask the European Commission to review the deal before 2026."; //$NON-NLS-1$

	private static final String TRADUCTION = "Lisbonne signe l'accord sur l'eau du Tage\n\n"
			+ "La ministre Ana Duarte a rencontré Karl Weber, Li Wei et Omar Haddad à Lisbonne le 12 mars 2024 pour signer "
			+ "l'accord sur l'eau du Tage, qui engage le Portugal et l'Espagne à relâcher 2 700 hectomètres cubes par an.\n\n"
			+ "L'accord remplace la convention d'Albufeira de 1998. Les ingénieurs d'Endesa et d'EDP partageront les "
			+ "relevés de 37 stations avec le laboratoire de Coimbra, et les agriculteurs de l'Alentejo paieront 0,12 euro "
			+ "le mètre cube.\n\nPour Quercus et GEOTA, ces chiffres ignorent la sécheresse de 2022, quand le débit à "
			+ "Almourol est tombé au tiers du volume convenu ; ils demandent à la Commission européenne de revoir l'accord "
			+ "avant 2026."; //$NON-NLS-1$

	/** Written from the article in other words: the same people and order, some of its figures, little of its wording. */
	private static final String SUMMARY = "What the new river deal means\n\n"
			+ "It took Ana Duarte, Karl Weber, Li Wei and Omar Haddad one morning in Lisbon, 12 March 2024, to settle what "
			+ "diplomats had argued over for years. Under the new terms, 2,700 cubic hectometres must reach the river every "
			+ "year.\n\nGone is the old convention; the power companies now hand their gauge numbers to a lab in Coimbra, "
			+ "while growers pay for each cubic metre they take.\n\nEnvironmental groups "
			+ "Quercus and GEOTA remember 2022, when Almourol saw barely a third of the promised water, and want the European "
			+ "Commission to step in ahead of 2026."; //$NON-NLS-1$

	private static Article article(String id, String language, String publisher, String text) {
		return Article.builder(text).id(id).language(language).publisher(publisher).build();
	}

	private static List<LineageLink> link(Article... articles) {
		LineageIndex index = new LineageIndex();
		List<LineageLink> links = new ArrayList<>();
		for (Article article : articles) {
			links.addAll(index.add(article).links());
		}
		return links;
	}

	private static Optional<LineageLink> between(List<LineageLink> links, String a, String b) {
		return links.stream().filter(l -> l.involves(a) && l.involves(b)).findFirst();
	}

	@Test
	void aSummaryWrittenFromTheArticleIsNoSourceOfTheArticlesTranslation() {
		Article original = article("accord-en", "en", "The River Desk", ARTICLE); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Article translation = article("accord-fr", "fr", "Le Bureau du fleuve", TRADUCTION); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Article summary = article("summary-en", "en", "A water blog", SUMMARY); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		// without the article, the summary and the translation look like a translation pair: the rule needs the source
		LineageLink alone = between(link(summary, translation), "summary-en", "accord-fr").orElseThrow(); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(LinkType.TRANSLATION, alone.type(), alone.toString());
		// the summary arriving last, and the translation arriving last
		for (List<LineageLink> links : List.of(link(original, translation, summary), link(original, summary, translation))) {
			assertEquals(LinkType.TRANSLATION, between(links, "accord-en", "accord-fr").orElseThrow().type()); //$NON-NLS-1$ //$NON-NLS-2$
			LineageLink pair = between(links, "summary-en", "accord-fr").orElseThrow(); //$NON-NLS-1$ //$NON-NLS-2$
			assertEquals(LinkType.SAME_STORY, pair.type(), pair.toString());
			assertTrue(pair.evidence().toString().contains("accord-en"), pair.toString()); //$NON-NLS-1$
		}
	}

	@Test
	void aTranslationOfAnArticleAndOfItsCopyStaysATranslationOfBoth() {
		Article original = article("accord-en", "en", "The River Desk", ARTICLE); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Article copy = article("accord-en-copy", "en", "A news reader", "Published by The River Desk\n\n" + ARTICLE); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		Article translation = article("accord-fr", "fr", "Le Bureau du fleuve", TRADUCTION); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		List<LineageLink> links = link(original, copy, translation);
		assertEquals(LinkType.REPUBLICATION, between(links, "accord-en", "accord-en-copy").orElseThrow().type()); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(LinkType.TRANSLATION, between(links, "accord-en", "accord-fr").orElseThrow().type()); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(LinkType.TRANSLATION, between(links, "accord-en-copy", "accord-fr").orElseThrow().type()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * The rule weighs every translation link of the new article against each of its other links; what the new article
	 * shares with each linked text is worked out once for all of them (issue 18, item 6). Two summaries, the article
	 * and a copy of it, in every order after the article: the translation stays one of the article and of its copy,
	 * and each summary is a same story of it.
	 */
	@Test
	void manyLinksWeighedTogetherGiveTheSameTypesInEveryOrder() {
		Article original = article("accord-en", "en", "The River Desk", ARTICLE); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Article copy = article("accord-en-copy", "en", "A news reader", "Published by The River Desk\n\n" + ARTICLE); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		Article translation = article("accord-fr", "fr", "Le Bureau du fleuve", TRADUCTION); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Article summary = article("summary-en", "en", "A water blog", SUMMARY); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Article digest = article("digest-en", "en", "A weekly digest", SUMMARY.replace("What the new river deal means", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				"This week: the river deal")); //$NON-NLS-1$
		List<List<Article>> orders = List.of(List.of(copy, translation, summary, digest),
				List.of(summary, digest, copy, translation), List.of(translation, summary, copy, digest),
				List.of(digest, translation, summary, copy));
		for (List<Article> order : orders) {
			List<Article> arrivals = new ArrayList<>(List.of(original));
			arrivals.addAll(order);
			List<LineageLink> links = link(arrivals.toArray(Article[]::new));
			String described = arrivals.stream().map(Article::id).toList().toString();
			assertEquals(LinkType.TRANSLATION, between(links, "accord-en", "accord-fr").orElseThrow().type(), described); //$NON-NLS-1$ //$NON-NLS-2$
			assertEquals(LinkType.TRANSLATION, between(links, "accord-en-copy", "accord-fr").orElseThrow().type(), described); //$NON-NLS-1$ //$NON-NLS-2$
			for (String written : List.of("summary-en", "digest-en")) { //$NON-NLS-1$ //$NON-NLS-2$
				LineageLink pair = between(links, written, "accord-fr").orElseThrow(); //$NON-NLS-1$
				assertEquals(LinkType.SAME_STORY, pair.type(), described + " " + pair); //$NON-NLS-1$
			}
		}
	}

	/**
	 * The source arriving after the summary was linked to the translation (issue 18: the links of a corpus must not
	 * depend on the order of its imports): the index remembers the summary's translation link and revises it, and the
	 * add reports the revision. Every order of the three ends with the same types.
	 */
	@Test
	void aCloserSourceArrivingLaterRevisesTheSummarysTranslationLink() {
		Article original = article("accord-en", "en", "The River Desk", ARTICLE); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Article translation = article("accord-fr", "fr", "Le Bureau du fleuve", TRADUCTION); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Article summary = article("summary-en", "en", "A water blog", SUMMARY); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		LineageIndex index = new LineageIndex();
		index.add(summary);
		index.add(translation);
		LinkChanges changes = index.add(original);
		assertEquals(1, changes.retyped().size(), changes.toString());
		LinkChanges.Retyped revision = changes.retyped().get(0);
		assertEquals(LinkType.TRANSLATION, revision.was().type());
		assertEquals(LinkType.SAME_STORY, revision.now().type());
		assertTrue(revision.now().involves("summary-en") && revision.now().involves("accord-fr"), revision.toString()); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(revision.now().evidence().toString().contains("accord-en"), revision.toString()); //$NON-NLS-1$
		assertTrue(index.derivations().stream().noneMatch(link -> link.involves("summary-en")), "forgotten as a derivation"); //$NON-NLS-1$ //$NON-NLS-2$

		List<List<Article>> orders = List.of(List.of(original, translation, summary), List.of(original, summary, translation),
				List.of(translation, original, summary), List.of(translation, summary, original),
				List.of(summary, original, translation), List.of(summary, translation, original));
		for (List<Article> order : orders) {
			List<LineageLink> links = Lineage.addAll(new LineageIndex(), order.iterator(), 0);
			String described = order.stream().map(Article::id).toList().toString();
			assertEquals(LinkType.TRANSLATION, between(links, "accord-en", "accord-fr").orElseThrow().type(), described); //$NON-NLS-1$ //$NON-NLS-2$
			assertEquals(LinkType.SAME_STORY, between(links, "summary-en", "accord-fr").orElseThrow().type(), described); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * Removing the closer source undoes its revision: the summary is again linked to the translation, as when the source
	 * was never added, and the removal reports it.
	 */
	@Test
	void removingTheCloserSourceRestoresTheSummarysTranslationLink() {
		Article original = article("accord-en", "en", "The River Desk", ARTICLE); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Article translation = article("accord-fr", "fr", "Le Bureau du fleuve", TRADUCTION); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Article summary = article("summary-en", "en", "A water blog", SUMMARY); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		LineageIndex index = new LineageIndex();
		LineageLink alone = between(List.of(index.add(summary), index.add(translation)).get(1).links(), "summary-en", //$NON-NLS-1$
				"accord-fr").orElseThrow(); //$NON-NLS-1$
		index.add(original);
		LinkChanges changes = index.remove("accord-en"); //$NON-NLS-1$
		assertEquals(1, changes.retyped().size(), changes.toString());
		LinkChanges.Retyped revision = changes.retyped().get(0);
		assertEquals(LinkType.SAME_STORY, revision.was().type());
		assertEquals(alone.type(), revision.now().type());
		assertEquals(alone.from(), revision.now().from());
		assertTrue(index.derivations().stream().anyMatch(link -> link.involves("summary-en") && link.involves("accord-fr")), //$NON-NLS-1$ //$NON-NLS-2$
				index.derivations().toString());
	}

	/** Another text written from the article, apart from it and from the summary: more of its figures than the summary's. */
	private static final String NUMBERS = "Tagus deal: the numbers\n\n"
			+ "Ana Duarte, Karl Weber, Li Wei and Omar Haddad put their names to the agreement in Lisbon on 12 March 2024. "
			+ "Spain and Portugal promise 2,700 cubic hectometres to the river annually.\n\n"
			+ "Endesa and EDP, which run the dams, must pass figures from 37 measuring points to scientists in Coimbra.\n\n"
			+ "Quercus and GEOTA point to the dry year 2022 at Almourol and urge the European Commission to look again "
			+ "before 2026."; //$NON-NLS-1$

	/**
	 * A closer source arriving after another: the summary's link stays a same story though the first closer source's own
	 * link is now one too (the revision it rested on is judged again, and the article is closer still).
	 */
	@Test
	void aSecondCloserSourceKeepsTheSummarysLinkASameStory() {
		Article summary = article("summary-en", "en", "A water blog", SUMMARY); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Article translation = article("accord-fr", "fr", "Le Bureau du fleuve", TRADUCTION); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Article numbers = article("numbers-en", "en", "A data desk", NUMBERS); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Article original = article("accord-en", "en", "The River Desk", ARTICLE); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		LineageIndex index = new LineageIndex();
		java.util.Map<String, LineageLink> byPair = new java.util.HashMap<>();
		index.add(summary).applyTo(byPair);
		index.add(translation).applyTo(byPair);
		assertEquals(LinkType.TRANSLATION, between(List.copyOf(byPair.values()), "summary-en", "accord-fr").orElseThrow().type()); //$NON-NLS-1$ //$NON-NLS-2$
		index.add(numbers).applyTo(byPair);
		List<LineageLink> third = List.copyOf(byPair.values());
		assertEquals(LinkType.TRANSLATION, between(third, "numbers-en", "accord-fr").orElseThrow().type(), third.toString()); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(LinkType.SAME_STORY, between(third, "summary-en", "accord-fr").orElseThrow().type(), third.toString()); //$NON-NLS-1$ //$NON-NLS-2$
		index.add(original).applyTo(byPair);
		List<LineageLink> links = List.copyOf(byPair.values());
		assertEquals(LinkType.TRANSLATION, between(links, "accord-en", "accord-fr").orElseThrow().type(), links.toString()); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(LinkType.SAME_STORY, between(links, "numbers-en", "accord-fr").orElseThrow().type(), links.toString()); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(LinkType.SAME_STORY, between(links, "summary-en", "accord-fr").orElseThrow().type(), links.toString()); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(index.derivations().stream().noneMatch(link -> link.involves("summary-en")), index.derivations().toString()); //$NON-NLS-1$
	}

	/** A copy of the source arriving later is no closer source written apart: the earlier links stay as they were. */
	@Test
	void aCopyOfTheSourceArrivingLaterRevisesNothing() {
		Article original = article("accord-en", "en", "The River Desk", ARTICLE); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Article copy = article("accord-en-copy", "en", "A news reader", "Published by The River Desk\n\n" + ARTICLE); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		Article translation = article("accord-fr", "fr", "Le Bureau du fleuve", TRADUCTION); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		LineageIndex index = new LineageIndex();
		index.add(translation);
		index.add(original);
		LinkChanges changes = index.add(copy);
		assertTrue(changes.retyped().isEmpty(), changes.toString());
		assertEquals(LinkType.TRANSLATION, between(changes.links(), "accord-en-copy", "accord-fr").orElseThrow().type()); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(2, index.derivations().stream().filter(link -> link.type() == LinkType.TRANSLATION).count(),
				index.derivations().toString());
	}
}
