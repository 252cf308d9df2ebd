// SPDX-License-Identifier: EPL-2.0
package dossier.entities.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dossier.core.model.Article;
import dossier.entities.ArticleEntities;
import dossier.entities.Entity;
import dossier.entities.Mention;

/** Issue 4, "Quality": the sample article. */
class SampleQualityTest {

	private final Article sample = Fixtures.sample();
	private final ArticleEntities result = Fixtures.engine().recognize(sample);

	private Entity entityOf(String qid) {
		return result.entities().values().stream().filter(e -> qid.equals(e.qid())).findFirst().orElse(null);
	}

	private List<Mention> mentionsOf(String entityId) {
		return result.active().stream().filter(m -> m.entityId().equals(entityId)).toList();
	}

	@Test
	void everyRequiredEntityIsFoundWithItsTypeAndLinked() {
		Map<String, String> required = Map.ofEntries(Map.entry("Q7747", "PERSON"), Map.entry("Q56226", "PERSON"),
				Map.entry("Q10665", "PERSON"), Map.entry("Q423", "PLACE"), Map.entry("Q159", "PLACE"),
				Map.entry("Q212", "PLACE"), Map.entry("Q18808", "PLACE"), Map.entry("Q649", "PLACE"),
				Map.entry("Q30", "PLACE"), Map.entry("Q884", "PLACE"), Map.entry("Q37470", "ORG"));
		required.forEach((qid, type) -> {
			Entity entity = entityOf(qid);
			assertTrue(entity != null, "not found: " + qid);
			assertEquals(type, entity.type(), qid);
			assertTrue(!mentionsOf(entity.id()).isEmpty(), qid);
		});
	}

	@Test
	void putinAloneAndInFullLinkToOneEntity() {
		Entity putin = entityOf("Q7747");
		Set<String> forms = mentionsOf(putin.id()).stream().map(Mention::text).collect(Collectors.toSet());
		assertTrue(forms.contains("بوتين"), forms.toString());
		assertTrue(forms.contains("فلاديمير بوتين"), forms.toString());
		assertEquals("Vladimir Putin", putin.label("en"));
	}

	@Test
	void kimJongUnAndKimJongIlStayTwoPeople() {
		Entity un = entityOf("Q56226");
		Entity il = entityOf("Q10665");
		assertNotEquals(un.id(), il.id());
		assertTrue(mentionsOf(il.id()).stream().allMatch(m -> m.text().equals("كيم جونغ إيل")));
		assertTrue(mentionsOf(un.id()).stream().allMatch(m -> m.text().equals("كيم جونغ أون")));
	}

	@Test
	void securityCouncilIsOneMentionNotTheUnInsideIt() {
		List<Mention> council = mentionsOf(entityOf("Q37470").id());
		assertEquals(List.of("مجلس الأمن التابع للأمم المتحدة"), council.stream().map(Mention::text).toList());
	}

	@Test
	void theDatesAreFoundAndNormalised() {
		Map<String, String> dates = result.active().stream().filter(m -> m.type().equals("DATE"))
				.collect(Collectors.toMap(Mention::text, Mention::entityId, (a, b) -> a));
		assertEquals("date:--06-17", dates.get("يوم الاثنين 17 يونيو/حزيران"));
		assertEquals("date:--06-19", dates.get("19 يونيو"));
		assertEquals("date:2000", dates.get("عام 2000"));
		assertEquals("date:2022", dates.get("عام 2022"));
		assertEquals("date:2023", dates.get("عام 2023"));
		assertEquals("date:--05", dates.get("مايو/أيار الماضي"));
		assertEquals("date:--09", dates.get("سبتمبر الماضي"));
	}

	@Test
	void datesTakeTheYearFromThePublicationDate() {
		ArticleEntities published = Fixtures.engine().recognize(sample.toBuilder().published("2024-06-20").build());
		Set<String> ids = published.active().stream().map(Mention::entityId).collect(Collectors.toSet());
		assertTrue(ids.containsAll(Set.of("date:2024-06-17", "date:2024-06-19", "date:2024-05", "date:2023-09")), ids.toString());
	}

	@Test
	void offsetsPointIntoTheOriginalText() {
		for (Mention mention : result.mentions()) {
			assertEquals(sample.text().substring(mention.start(), mention.end()), mention.text());
		}
	}

	/** Correct (text, entity) pairs for this article, judged by hand; anything else found is a false positive. */
	private static final Set<String> GOLD = Set.of("كوريا الشمالية|iso3166:KP", "فلاديمير بوتين|person:vladimir-putin",
			"بوتين|person:vladimir-putin", "كيم جونغ أون|person:kim-jong-un", "كيم جونغ إيل|person:kim-jong-il",
			"روسيا|iso3166:RU", "موسكو|city:moscow", "أوكرانيا|iso3166:UA", "بيونغ يانغ|city:pyongyang",
			"كوريا الجنوبية|iso3166:KR", "الولايات المتحدة|iso3166:US", "لولايات المتحدة|iso3166:US",
			"مجلس الأمن التابع للأمم المتحدة|org:un-security-council", "AFP|org:afp", "Getty Images|org:getty-images",
			"عام 2000|date:2000", "عام 2022|date:2022", "عام 2023|date:2023", "سبتمبر الماضي|date:--09",
			"يوم الاثنين 17 يونيو/حزيران|date:--06-17", "19 يونيو|date:--06-19", "مايو/أيار الماضي|date:--05");

	@Test
	void precisionIsAtLeastNinetyFivePercent() {
		List<Mention> found = result.active();
		long correct = found.stream().filter(m -> GOLD.contains(m.text() + "|" + m.entityId())).count();
		double precision = (double) correct / found.size();
		String wrong = found.stream().filter(m -> !GOLD.contains(m.text() + "|" + m.entityId()))
				.map(m -> m.text() + "|" + m.entityId()).collect(Collectors.joining(", "));
		System.out.println("sample: " + found.size() + " mentions found, " + correct + " correct, precision " + precision + "; wrong: " + wrong); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		assertTrue(found.size() >= 60, "found only " + found.size());
		assertTrue(precision >= 0.95, "precision " + precision + "; wrong: " + wrong);
	}
}
