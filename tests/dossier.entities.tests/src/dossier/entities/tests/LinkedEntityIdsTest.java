// SPDX-License-Identifier: EPL-2.0
package dossier.entities.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import dossier.core.model.Article;
import dossier.entities.Catalogue;
import dossier.entities.EntityEngine;
import dossier.entities.LinkedEntityIds;
import dossier.entities.Mention;
import dossier.entities.MentionStatus;

/**
 * The entity ids the lineage fingerprint takes ({@link LinkedEntityIds}): people and places, each once, in the order
 * of their first mention; organisations, dates, new names and rejected mentions left out.
 */
class LinkedEntityIdsTest {

	private static Mention mention(int start, String id, String type, MentionStatus status) {
		return new Mention("a", start, start + 3, "abc", id, type, "dossier.seed", 0.9, status); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	@Test
	void peopleAndPlacesEachOnceInTextOrder() {
		List<Mention> mentions = List.of(mention(40, "iso3166:JP", "PLACE", MentionStatus.SUGGESTED), //$NON-NLS-1$ //$NON-NLS-2$
				mention(10, "person:vladimir-putin", "PERSON", MentionStatus.ACCEPTED), //$NON-NLS-1$ //$NON-NLS-2$
				mention(20, "iso3166:JP", "PLACE", MentionStatus.SUGGESTED), //$NON-NLS-1$ //$NON-NLS-2$
				mention(30, "city:cairo", "PLACE", MentionStatus.SUGGESTED)); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(List.of("person:vladimir-putin", "iso3166:JP", "city:cairo"), LinkedEntityIds.of(mentions)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	@Test
	void organisationsDatesNewNamesAndRejectedMentionsAreLeftOut() {
		List<Mention> mentions = List.of(mention(0, "org:global-voices", "ORG", MentionStatus.SUGGESTED), //$NON-NLS-1$ //$NON-NLS-2$
				mention(10, "date:2011-03-25", "DATE", MentionStatus.SUGGESTED), //$NON-NLS-1$ //$NON-NLS-2$
				mention(20, "new:person:ada-lovelace", "PERSON", MentionStatus.SUGGESTED), //$NON-NLS-1$ //$NON-NLS-2$
				mention(30, "iso3166:EG", "PLACE", MentionStatus.REJECTED), //$NON-NLS-1$ //$NON-NLS-2$
				mention(40, EntityEngine.NOT_A_NAME, "PLACE", MentionStatus.SUGGESTED)); //$NON-NLS-1$
		assertEquals(List.of(), LinkedEntityIds.of(mentions));
	}

	@Test
	void countryNamesSpelledPerLanguageGiveTheSameIds() {
		EntityEngine engine = EntityEngine.create(new Catalogue());
		Article english = Article.builder("Readers in Japan, Egypt and the Philippines read the most.").language("en").build(); //$NON-NLS-1$ //$NON-NLS-2$
		Article french = Article.builder("Les lecteurs du Japon, d'Égypte et des Philippines ont lu le plus.").language("fr") //$NON-NLS-1$ //$NON-NLS-2$
				.build();
		List<String> ids = List.of("iso3166:JP", "iso3166:EG", "iso3166:PH"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals(ids, LinkedEntityIds.of(engine.recognize(english).mentions()));
		assertEquals(ids, LinkedEntityIds.of(engine.recognize(french).mentions()));
	}
}
