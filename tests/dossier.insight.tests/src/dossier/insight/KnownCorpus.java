// SPDX-License-Identifier: EPL-2.0
package dossier.insight;

import java.time.LocalDate;
import java.util.List;

/**
 * Seven articles whose counts are worked out by hand in the tests. a1 (English, Reuters) was republished in
 * French as a6, and a6 translated into Arabic as a7: one story of three articles. a5 has no date.
 */
final class KnownCorpus {

	static final EntityRef PUTIN = new EntityRef("Q7747", "PERSON", "Putin");
	static final EntityRef PUTIN_AR = new EntityRef("Q7747", "PERSON", "بوتين");
	static final EntityRef BIDEN = new EntityRef("Q6279", "PERSON", "Biden");
	static final EntityRef MOSCOW = new EntityRef("Q649", "PLACE", "Moscow");
	static final EntityRef PARIS = new EntityRef("Q90", "PLACE", "Paris");
	static final EntityRef UN = new EntityRef("Q1065", "ORG", "الأمم المتحدة");
	static final EntityRef JUNE_1 = new EntityRef("date:2024-06-01", "DATE", "2024-06-01");

	static final FindingFact CREDIT = new FindingFact("credit-missing", "warning");
	static final FindingFact NO_LICENCE = new FindingFact("no-licence", "error");

	private KnownCorpus() {
	}

	static List<ArticleFacts> articles() {
		return List.of(
				facts("a1", "2024-06-03", "en", "Reuters", "CC-BY", "CLEAN", List.of(), List.of(PUTIN, MOSCOW, JUNE_1, PUTIN),
						List.of(day("2024-06-01"))),
				facts("a2", "2024-06-04", "ar", "الجزيرة", "CC-BY-SA", "WARNINGS", List.of(CREDIT), List.of(PUTIN_AR, MOSCOW),
						List.of()),
				facts("a3", "2024-06-10", "en", "Reuters", "none", "ERRORS", List.of(NO_LICENCE, CREDIT), List.of(BIDEN, UN),
						List.of()),
				facts("a4", "2024-07-01", "it", "ANSA", "CC-BY", "CLEAN", List.of(), List.of(PUTIN, UN),
						List.of(day("2024-06-30"), day("1948-05-14"))),
				facts("a5", null, "en", null, "none", "NOT_CHECKED", List.of(), List.of(), List.of()),
				facts("a6", "2024-06-05T09:30:00Z", "fr", "Le Monde", "CC-BY", "CLEAN", List.of(),
						List.of(PUTIN, MOSCOW, PARIS), List.of()),
				facts("a7", "2024-06-06", "ar", "الجزيرة", "CC-BY", "CLEAN", List.of(), List.of(PUTIN_AR), List.of()));
	}

	static List<StoryLink> links() {
		return List.of(new StoryLink("a1", "a6"), new StoryLink("a6", "a7"), new StoryLink("a3", "not-in-corpus"));
	}

	static Insight insight() {
		return Insight.of(articles(), links());
	}

	private static ArticleFacts facts(String id, String published, String language, String publisher, String licence,
			String check, List<FindingFact> findings, List<EntityRef> entities, List<LocalDate> dates) {
		return new ArticleFacts(id, ArticleFacts.day(published), language, publisher, licence, check, findings, entities,
				dates);
	}

	static LocalDate day(String iso) {
		return LocalDate.parse(iso);
	}
}
