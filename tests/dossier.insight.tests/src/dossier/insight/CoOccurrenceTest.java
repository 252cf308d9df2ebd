// SPDX-License-Identifier: EPL-2.0
package dossier.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CoOccurrenceTest {

	private static final Set<String> NAMED = Set.of("PERSON", "PLACE", "ORG");

	private final Insight insight = KnownCorpus.insight();

	@Test
	void pairsMentionedInTheSameArticle() {
		CoOccurrence network = insight.coOccurrence(false, NAMED, 1);
		assertEquals(5, network.nodes().size());
		assertEquals(5, network.edges().size());
		assertEquals(3, network.weight("Q7747", "Q649"));
		assertEquals(1, network.weight("Q649", "Q90"));
		assertEquals(1, network.weight("Q6279", "Q1065"));
		assertEquals(0, network.weight("Q6279", "Q7747"));
		assertEquals(new EntityCount(KnownCorpus.PUTIN, 5), network.nodes().get(0));
		// Heaviest first, and "a" is the entity with the smaller id.
		assertEquals(new Edge(KnownCorpus.PUTIN, KnownCorpus.MOSCOW, 3).weight(), network.edges().get(0).weight());
		assertEquals("Q649", network.edges().get(0).a().id());
	}

	@Test
	void minimumWeightAndTypes() {
		assertEquals(1, insight.coOccurrence(false, NAMED, 2).edges().size());
		CoOccurrence people = insight.coOccurrence(false, Set.of("PERSON"), 1);
		assertEquals(2, people.nodes().size());
		assertEquals(List.of(), people.edges());
		// All types: the date of a1 joins Putin and Moscow.
		assertEquals(1, insight.coOccurrence(false, Set.of(), 1).weight("Q7747", "date:2024-06-01"));
	}

	@Test
	void countingOnceWeighsAStoryOnce() {
		CoOccurrence network = insight.coOccurrence(true, NAMED, 1);
		assertEquals(2, network.weight("Q7747", "Q649"));
		assertEquals(1, network.weight("Q7747", "Q90"));
		assertEquals(new EntityCount(KnownCorpus.PUTIN, 3), network.nodes().get(0));
	}
}
