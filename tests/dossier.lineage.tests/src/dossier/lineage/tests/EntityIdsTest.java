// SPDX-License-Identifier: EPL-2.0
package dossier.lineage.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dossier.core.model.Article;
import dossier.lineage.EntityIds;
import dossier.lineage.Lineage;
import dossier.lineage.LineageIndex;
import dossier.lineage.LineageLink;
import dossier.lineage.LinkType;

/**
 * Linking with the ids of the entities linked in each article ({@link EntityIds}): a translation whose only things in
 * common are country names spelled per language ("Japan"/"Japon") is found through their ISO 3166 ids, and not
 * without them; a few countries in common are no translation.
 */
class EntityIdsTest {

	// constructed for this test: a ranking of readers' countries and its French translation, no figure, no date
	static final Article ENGLISH = Article.builder("Readers in Japan, Egypt and the Philippines read the most, ahead of " //$NON-NLS-1$
			+ "Germany and Brazil, India and Greece. Hungary and Norway joined late.").id("countries-en").language("en") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			.published("2012-01-05").build(); //$NON-NLS-1$
	static final Article FRENCH = Article.builder("Les lecteurs du Japon, d'Égypte et des Philippines ont lu le plus, devant " //$NON-NLS-1$
			+ "l'Allemagne et le Brésil, l'Inde et la Grèce. La Hongrie et la Norvège s'y sont jointes tard.").id("countries-fr") //$NON-NLS-1$ //$NON-NLS-2$
			.language("fr").published("2012-01-09").build(); //$NON-NLS-1$ //$NON-NLS-2$
	static final List<String> COUNTRIES = List.of("iso3166:JP", "iso3166:EG", "iso3166:PH", "iso3166:DE", "iso3166:BR", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"iso3166:IN", "iso3166:GR", "iso3166:HU", "iso3166:NO"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	@Test
	void aTranslationSharingOnlyCountryNamesSpelledPerLanguageIsFoundThroughTheirIds() {
		EntityIds ids = article -> COUNTRIES;
		List<LineageLink> links = Lineage.addAll(new LineageIndex(), List.of(ENGLISH, FRENCH).iterator(), 1, ids);
		assertEquals(1, links.size(), links.toString());
		LineageLink link = links.get(0);
		assertEquals(LinkType.TRANSLATION, link.type(), links.toString());
		assertEquals(ENGLISH.id(), link.from(), "the earlier one is the original: " + links); //$NON-NLS-1$
		assertTrue(link.toString().contains("iso3166:JP"), "the ids are the evidence: " + link); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void withoutTheIdsTheSamePairIsNotATranslation() {
		List<LineageLink> links = Lineage.addAll(new LineageIndex(), List.of(ENGLISH, FRENCH).iterator(), 1,
				EntityIds.NONE);
		assertTrue(links.stream().noneMatch(link -> link.type() == LinkType.TRANSLATION), links.toString());
		LineageIndex index = new LineageIndex();
		index.add(ENGLISH);
		assertTrue(index.add(FRENCH).links().stream().noneMatch(link -> link.type() == LinkType.TRANSLATION),
				"the add without ids is the same"); //$NON-NLS-1$
	}

	@Test
	void threeCountriesInCommonAreNoTranslation() {
		Article english = Article.builder("Our team travelled to Japan, Egypt and the Philippines last spring.") //$NON-NLS-1$
				.id("trip-en").language("en").build(); //$NON-NLS-1$ //$NON-NLS-2$
		Article french = Article.builder("Une exposition de photos venues du Japon, d'Égypte et des Philippines s'ouvre.") //$NON-NLS-1$
				.id("expo-fr").language("fr").build(); //$NON-NLS-1$ //$NON-NLS-2$
		Map<String, List<String>> ids = Map.of("trip-en", COUNTRIES.subList(0, 3), "expo-fr", COUNTRIES.subList(0, 3)); //$NON-NLS-1$ //$NON-NLS-2$
		List<LineageLink> links = Lineage.addAll(new LineageIndex(), List.of(english, french).iterator(), 0,
				article -> ids.get(article.id()));
		assertTrue(links.stream().noneMatch(link -> link.type() == LinkType.TRANSLATION), links.toString());
	}
}
