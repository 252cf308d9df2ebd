// SPDX-License-Identifier: EPL-2.0
package dossier.entities.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dossier.core.model.Article;
import dossier.entities.ArticleEntities;
import dossier.entities.Catalogue;
import dossier.entities.Entity;
import dossier.entities.EntityEngine;
import dossier.entities.Mention;
import dossier.entities.MentionStatus;

class LinkingAndFeedbackTest {

	private static Set<String> ids(ArticleEntities result) {
		return result.active().stream().map(Mention::entityId).collect(Collectors.toSet());
	}

	@Test
	void spellingsAcrossLanguagesLinkToOneEntity() {
		for (String text : List.of("قال فلاديمير بوتين", "قال بوتين", "Putin said", "Vladimir Putin said", "Poutine a dit",
				"Wladimir Putin sagte")) {
			assertEquals(Set.of("person:vladimir-putin"), ids(Fixtures.engine().recognize(Fixtures.article(text))), text);
		}
	}

	@Test
	void aLaterPartialNameLinksToTheFullNameBeforeIt() {
		Article article = Fixtures.article("La presidente Ursula Kowalczyk ha parlato. Poi Kowalczyk ha lasciato la sala.");
		ArticleEntities result = Fixtures.engine().recognize(article);
		List<Mention> mentions = result.active().stream().filter(m -> m.type().equals("PERSON")).toList();
		assertEquals(2, mentions.size(), mentions.toString());
		assertEquals(mentions.get(0).entityId(), mentions.get(1).entityId());
		assertEquals("Kowalczyk", mentions.get(1).text());
	}

	@Test
	void aSharedFamilyNameLinksToTheLastFullNameNotBoth() {
		Catalogue catalogue = new Catalogue();
		catalogue.add(new Entity("p:a", "PERSON", Map.of("en", "Anna Rossi"), null, null, null));
		catalogue.add(new Entity("p:b", "PERSON", Map.of("en", "Marco Rossi"), null, null, null));
		EntityEngine engine = EntityEngine.create(catalogue);
		ArticleEntities result = engine.recognize(Fixtures.article("Anna Rossi met Marco Rossi. Then Rossi left."));
		Mention partial = result.active().get(result.active().size() - 1);
		assertEquals("Rossi", partial.text());
		assertEquals("p:b", partial.entityId());
	}

	@Test
	void aRejectedMentionIsNotSuggestedAgain() {
		Article article = Fixtures.article("Reuters reported that Putin spoke.");
		ArticleEntities first = Fixtures.engine().recognize(article);
		Mention reuters = first.active().stream().filter(m -> m.entityId().equals("org:reuters")).findFirst().orElseThrow();
		List<Mention> decisions = List.of(reuters.withStatus(MentionStatus.REJECTED));
		ArticleEntities again = Fixtures.engine().recognize(article, decisions);
		assertFalse(ids(again).contains("org:reuters"));
		assertTrue(ids(again).contains("person:vladimir-putin"));
		assertTrue(again.mentions().stream().anyMatch(m -> m.status() == MentionStatus.REJECTED));
	}

	@Test
	void aRejectedPlaceIsNotSuggestedAgainByAnotherRecogniser() {
		// the catalogue (CLDR) and the open-vocabulary recogniser both take "Belgrado" for a place, under two ids
		Article article = Fixtures.article("Giorgia Meloni ha incontrato a Belgrado il presidente.", "it");
		Mention belgrado = Fixtures.engine().recognize(article).active().stream().filter(m -> m.text().equals("Belgrado"))
				.findFirst().orElseThrow();
		assertEquals("PLACE", belgrado.type());
		ArticleEntities again = Fixtures.engine().recognize(article, List.of(belgrado.withStatus(MentionStatus.REJECTED)));
		assertTrue(again.active().stream().noneMatch(m -> m.text().equals("Belgrado")), again.active().toString());
		assertTrue(again.active().stream().anyMatch(m -> m.text().equals("Giorgia Meloni")));
	}

	@Test
	void anAcceptedNewEntityJoinsTheCatalogueAndIsFoundElsewhere() {
		EntityEngine engine = EntityEngine.create(new Catalogue());
		Article first = Fixtures.article("Il ministro Gennaro Esposito ha parlato.", "it");
		Mention suggestion = engine.recognize(first).active().stream().filter(m -> m.type().equals("PERSON")).findFirst()
				.orElseThrow();
		assertEquals("Gennaro Esposito", suggestion.text());
		assertTrue(suggestion.confidence() < 0.9, "a suggestion, below a catalogue match");
		engine.addToCatalogue(new Entity("person:gennaro-esposito", "PERSON", Map.of("it", suggestion.text()),
				Map.of("*", List.of("Esposito")), null, null));
		ArticleEntities other = engine.recognize(Fixtures.article("Oggi Esposito e Gennaro Esposito a Napoli.", "it"));
		assertEquals(2, other.active().stream().filter(m -> m.entityId().equals("person:gennaro-esposito")).count());
	}

	@Test
	void anAcceptedDecisionStaysEvenWhereNoRecogniserFindsIt() {
		Article article = Fixtures.article("the blue whale swims");
		Mention manual = new Mention(article.id(), 4, 14, "blue whale", "x:whale", "ORG", "manual", 1, MentionStatus.ACCEPTED);
		assertTrue(Fixtures.engine().recognize(article, List.of(manual)).active().contains(manual));
	}
}
