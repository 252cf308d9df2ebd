// SPDX-License-Identifier: EPL-2.0
package dossier.examples.vessels.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dossier.core.model.Article;
import dossier.entities.ArticleEntities;
import dossier.entities.Catalogue;
import dossier.entities.EntityEngine;
import dossier.entities.EntityType;
import dossier.entities.EntityTypes;
import dossier.entities.Mention;
import dossier.entities.Recognizers;

/**
 * The contribution is active the way the CLI and the workbench use the engine: through the registries, which read
 * the {@code dossier.recognizers} extension point (this fragment runs inside OSGi), with no code registering
 * anything by hand.
 */
class VesselContributionTest {

	@Test
	void entityTypeVesselIsRegisteredWithItsColour() {
		EntityType vessel = EntityTypes.get("VESSEL");
		assertEquals("Vessel", vessel.label());
		assertEquals("#17becf", vessel.colour());
		assertTrue(EntityTypes.all().contains(vessel), EntityTypes.all().toString());
	}

	@Test
	void recognizerIsAmongTheEnginesRecognizers() {
		assertTrue(Recognizers.all().stream().anyMatch(r -> r.id().equals("dossier.examples.vessels")),
				Recognizers.all().stream().map(r -> r.id()).toList().toString());
	}

	@Test
	void findsAShipByValidImoNumberAndByNameAsOneEntity() {
		String text = "The container ship MV Ever Given (IMO 9811000) blocked the canal. A report cited IMO 9811001.";
		ArticleEntities found = recognize(text, "en");
		List<Mention> vessels = vessels(found);
		assertEquals(List.of("Ever Given", "IMO 9811000"), vessels.stream().map(Mention::text).toList());
		assertTrue(vessels.stream().allMatch(m -> m.entityId().equals("vessel:imo-9811000")), vessels.toString());
	}

	@Test
	void findsUnknownShipsAfterItalianAndEnglishPrefixes() {
		String text = "La Guardia costiera ha fermato la nave Diciotti a Catania, poi il mercantile \"Sea Star\".";
		List<Mention> vessels = vessels(recognize(text, "it"));
		assertEquals(List.of("Diciotti", "Sea Star"), vessels.stream().map(Mention::text).toList());
		assertEquals("vessel:diciotti", vessels.get(0).entityId());
	}

	@Test
	void findsAQuotedShipNameAfterAnArabicPrefixWithExactOffsets() {
		String text = "أعلنت السلطات أن السفينة «روبيمار» غرقت في البحر الأحمر، وأن الناقلة إيفر غيفن عبرت القناة.";
		ArticleEntities found = recognize(text, "ar");
		List<Mention> vessels = vessels(found);
		assertEquals(List.of("روبيمار", "إيفر غيفن"), vessels.stream().map(Mention::text).toList());
		Mention first = vessels.get(0);
		assertEquals(text.indexOf("روبيمار"), first.start());
		assertEquals("روبيمار", text.substring(first.start(), first.end()));
		assertEquals("vessel:imo-9811000", vessels.get(1).entityId(), "the Arabic name links to the known ship");
	}

	@Test
	void findsAnImoNumberWrittenInArabicIndicDigits() {
		String text = "وتحمل السفينة رقم IMO ٩٨١١٠٠٠ وفق السجل.";
		List<Mention> vessels = vessels(recognize(text, "ar"));
		assertEquals(1, vessels.size(), vessels.toString());
		assertEquals("vessel:imo-9811000", vessels.get(0).entityId());
	}

	private static ArticleEntities recognize(String text, String language) {
		Article article = Article.builder(text).id("a1").language(language).build();
		return EntityEngine.create(new Catalogue()).recognize(article);
	}

	private static List<Mention> vessels(ArticleEntities found) {
		return found.active().stream().filter(m -> m.type().equals("VESSEL")).toList();
	}
}
