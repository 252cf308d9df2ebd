// SPDX-License-Identifier: EPL-2.0
package dossier.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dossier.insight.internal.SyntheticFacts;

class NetworkTest {

	private static final Set<String> NAMED = Set.of("PERSON", "PLACE", "ORG");

	private final Insight insight = KnownCorpus.insight();

	@Test
	void entitiesLinkedByTheArticlesTheyShare() {
		Network network = insight.network(NetworkOptions.of(false, NAMED, 1));
		assertEquals(5, network.nodes().size());
		assertEquals(5, network.links().size());
		assertEquals(1, network.components());
		assertEquals(3, network.weight("Q7747", "Q649"));
		assertEquals(1, network.weight("Q7747", "Q1065"));
		assertEquals(0, network.weight("Q6279", "Q7747"));
		NetworkNode putin = network.nodes().get(0);
		assertEquals("Q7747", putin.entity().id());
		assertEquals(List.of("a1", "a2", "a4", "a6", "a7"), putin.articleIds());
		assertEquals(3, putin.degree());
		// Putin joins the United Nations and Biden to Moscow and Paris: the broker, the most central.
		for (NetworkNode other : network.nodes().subList(1, 5)) {
			assertTrue(putin.centrality() > other.centrality(), other.entity().label());
		}
		// The Arabic name of the United Nations stays Arabic.
		assertEquals("الأمم المتحدة", network.nodes().get(network.indexOf("Q1065")).entity().label());
	}

	@Test
	void minimumWeightLeavesOutWhatNothingLinks() {
		Network network = insight.network(NetworkOptions.of(false, NAMED, 2));
		assertEquals(2, network.nodes().size());
		assertEquals(List.of(new NetworkLink(0, 1, 3)), network.links());
		assertEquals(3, network.unlinked());
		assertEquals(5, network.candidates());
	}

	@Test
	void countingOnceAndPeriod() {
		assertEquals(2, insight.network(NetworkOptions.of(true, NAMED, 1)).weight("Q7747", "Q649"));
		NetworkOptions june = new NetworkOptions(false, NAMED, 1, 150, LocalDate.of(2024, 6, 4),
				LocalDate.of(2024, 6, 30), false);
		Network network = insight.network(june);
		assertEquals(4, network.stories()); // a2, a3, a6, a7: a1 before, a4 after, a5 undated
		assertEquals(2, network.weight("Q7747", "Q649"));
		assertEquals(List.of("a2", "a6", "a7"), network.nodes().get(network.indexOf("Q7747")).articleIds());
	}

	@Test
	void largestGroupOnly() {
		List<ArticleFacts> articles = new ArrayList<>(KnownCorpus.articles());
		EntityRef rome = new EntityRef("Q220", "PLACE", "Roma");
		EntityRef pope = new EntityRef("Q450675", "PERSON", "Pope Francis");
		articles.add(new ArticleFacts("b1", LocalDate.of(2024, 6, 2), "it", "ANSA", "CC-BY", "CLEAN", List.of(),
				List.of(rome, pope), List.of()));
		Network both = Insight.of(articles, List.of()).network(NetworkOptions.of(false, NAMED, 1));
		assertEquals(2, both.components());
		assertEquals(7, both.nodes().size());
		assertEquals(1, both.nodes().get(both.indexOf("Q220")).component());
		Network largest = Insight.of(articles, List.of())
				.network(new NetworkOptions(false, NAMED, 1, 150, null, null, true));
		assertEquals(1, largest.components());
		assertEquals(5, largest.nodes().size());
		assertEquals(-1, largest.indexOf("Q220"));
		assertEquals(2, largest.unlinked());
	}

	@Test
	void layoutIsTheSameEveryTimeAndInsideTheSquare() {
		List<ArticleFacts> articles = new SyntheticFacts(7).articles(3_000);
		Network first = Insight.of(articles, List.of()).network(NetworkOptions.of(false, NAMED, 2));
		List<ArticleFacts> shuffled = new ArrayList<>(articles);
		Collections.shuffle(shuffled);
		Network again = Insight.of(shuffled, List.of()).network(NetworkOptions.of(false, NAMED, 2));
		assertTrue(first.nodes().size() > 20, "nodes: " + first.nodes().size());
		assertEquals(first.nodes(), again.nodes());
		assertEquals(first.links(), again.links());
		for (NetworkNode node : first.nodes()) {
			assertTrue(node.x() >= 0 && node.x() <= 1 && node.y() >= 0 && node.y() <= 1, node.toString());
		}
		// Not all in one spot: the layout spreads the entities out.
		double spread = first.nodes().stream().mapToDouble(NetworkNode::x).max().orElse(0)
				- first.nodes().stream().mapToDouble(NetworkNode::x).min().orElse(0);
		assertTrue(spread > 0.5, "spread " + spread);
	}

	@Test
	void capKeepsTheMostMentioned() {
		Insight big = Insight.of(new SyntheticFacts(11).articles(5_000), List.of());
		Network network = big.network(new NetworkOptions(false, NAMED, 1, 40, null, null, false));
		assertTrue(network.candidates() > 1_000, "candidates " + network.candidates());
		assertTrue(network.nodes().size() <= 40);
		// Four links per entity at most, the heaviest.
		assertEquals(160, network.links().size());
		assertTrue(network.lighterLinks() > 0, "lighter links " + network.lighterLinks());
		int lightestKept = network.links().get(network.links().size() - 1).weight();
		assertTrue(network.links().get(0).weight() >= lightestKept);
		CoOccurrence all = big.coOccurrence(false, NAMED, 1);
		int fortieth = all.nodes().get(39).articles();
		for (NetworkNode node : network.nodes()) {
			assertTrue(node.articles() >= fortieth, node.entity() + " " + node.articles());
		}
		// Most mentioned first.
		for (int i = 1; i < network.nodes().size(); i++) {
			assertTrue(network.nodes().get(i - 1).articles() >= network.nodes().get(i).articles());
		}
	}

	@Test
	void csvHasNodesThenLinks() {
		String csv = InsightCsv.network(insight.network(NetworkOptions.of(false, NAMED, 1)));
		String[] lines = csv.split("\r\n");
		assertEquals("kind,id,label,type,articles,degree,centrality,group,x,y,target_id,target_label,weight", lines[0]);
		assertTrue(lines[1].startsWith("node,Q7747,Putin,PERSON,5,3,"), lines[1]);
		assertTrue(csv.contains("node,Q1065,الأمم المتحدة,ORG,2,"), csv);
		assertTrue(csv.contains("link,Q7747,Putin,,,,,,,,Q649,Moscow,3") || csv.contains("link,Q649,Moscow,,,,,,,,Q7747,Putin,3"), csv);
		assertEquals(1 + 5 + 5, lines.length);
	}
}
