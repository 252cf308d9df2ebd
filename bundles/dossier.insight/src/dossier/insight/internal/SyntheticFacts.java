// SPDX-License-Identifier: EPL-2.0
package dossier.insight.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import dossier.insight.ArticleFacts;
import dossier.insight.EntityRef;
import dossier.insight.FindingFact;
import dossier.insight.StoryLink;

/**
 * A reproducible corpus of article facts for benchmarks and load tests: three years of articles in eight
 * languages from forty publishers (Arabic names among them), licence verdicts and findings, about eight entities
 * per article drawn from a pool of 5,000 with a skewed (Zipf-like) popularity, a date or two mentioned, and one
 * article in ten a republication or translation of an earlier one.
 */
public final class SyntheticFacts {

	private static final String[] LANGUAGES = { "en", "ar", "fr", "it", "es", "de", "fa", "ru" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
	private static final String[] STATUSES = { "CLEAN", "CLEAN", "CLEAN", "WARNINGS", "ERRORS", "NOT_CHECKED" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
	private static final String[] LICENCES = { "CC-BY", "CC-BY-SA", "CC-BY-NC-ND", "CC0", "none", "All rights reserved" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
	private static final String[] RULES = { "credit-missing", "licence-version-missing", "no-licence", "third-party-not-covered" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	private static final String[] TYPES = { "PERSON", "PLACE", "ORG" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	private static final int ENTITIES = 5_000;
	/** Place names the Map view locates (Latin and Arabic script), so that a synthetic corpus has a map. */
	private static final String[] TOWNS = { "Moscow", "Paris", "Milano", "Roma", "حلب", "دمشق", "القاهرة", "Berlin", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			"Madrid", "Lisboa", "São Paulo", "Nairobi", "Lagos", "Tokyo", "New York", "Buenos Aires", "بغداد", "Kyiv", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
			"Gaza", "Genève", "Istanbul", "Mumbai", "Jakarta", "Sydney", "Toronto", "Ciudad de México", "Dakar", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			"Tunis", "الرباط", "Beirut" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	private static final LocalDate FIRST = LocalDate.of(2023, 1, 1);
	private static final int DAYS = 3 * 365;

	private final long seed;

	public SyntheticFacts(long seed) {
		this.seed = seed;
	}

	/** {@code count} articles' facts, the same for the same seed. */
	public List<ArticleFacts> articles(int count) {
		SplittableRandom random = new SplittableRandom(seed);
		String[] publishers = new String[40];
		for (int p = 0; p < publishers.length; p++) {
			publishers[p] = p % 5 == 1 ? "الناشر " + p : "Publisher " + p; //$NON-NLS-1$ //$NON-NLS-2$
		}
		List<ArticleFacts> facts = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			LocalDate published = random.nextInt(50) == 0 ? null : FIRST.plusDays(random.nextInt(DAYS));
			String language = LANGUAGES[skewed(random, LANGUAGES.length)];
			List<FindingFact> findings = new ArrayList<>();
			String status = STATUSES[random.nextInt(STATUSES.length)];
			if (!"CLEAN".equals(status) && !"NOT_CHECKED".equals(status)) { //$NON-NLS-1$ //$NON-NLS-2$
				for (int f = 0, n = 1 + random.nextInt(3); f < n; f++) {
					findings.add(new FindingFact(RULES[random.nextInt(RULES.length)], "ERRORS".equals(status) ? "error" : "warning")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				}
			}
			List<EntityRef> entities = new ArrayList<>();
			for (int e = 0, n = 4 + random.nextInt(9); e < n; e++) {
				int entity = skewed(random, ENTITIES);
				String type = TYPES[entity % TYPES.length];
				String label = "PLACE".equals(type) && entity % 7 != 0 ? TOWNS[entity / TYPES.length % TOWNS.length] //$NON-NLS-1$
						: language.equals("ar") ? "كيان " + entity : "Entity " + entity; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				entities.add(new EntityRef("Q" + (1000 + entity), type, label)); //$NON-NLS-1$
			}
			List<LocalDate> dates = new ArrayList<>();
			if (published != null) {
				dates.add(published.minusDays(random.nextInt(10)));
				if (random.nextInt(4) == 0) {
					dates.add(FIRST.minusYears(random.nextInt(30)).plusDays(random.nextInt(365)));
				}
			}
			for (LocalDate day : dates) {
				entities.add(new EntityRef("date:" + day, "DATE", day.toString())); //$NON-NLS-1$ //$NON-NLS-2$
			}
			facts.add(new ArticleFacts(String.format("a%07d", i), published, language, //$NON-NLS-1$
					publishers[skewed(random, publishers.length)], LICENCES[random.nextInt(LICENCES.length)], status,
					findings, entities, dates));
		}
		return facts;
	}

	/** One article in ten linked as a copy of one of the hundred articles before it. */
	public List<StoryLink> links(List<ArticleFacts> articles) {
		SplittableRandom random = new SplittableRandom(seed + 1);
		List<StoryLink> links = new ArrayList<>();
		for (int i = 100; i < articles.size(); i++) {
			if (random.nextInt(10) == 0) {
				links.add(new StoryLink(articles.get(i - 1 - random.nextInt(100)).id(), articles.get(i).id()));
			}
		}
		return links;
	}

	/** 0..n-1, small values far more often: the square of a uniform draw. */
	private static int skewed(SplittableRandom random, int n) {
		double u = random.nextDouble();
		return Math.min(n - 1, (int) (u * u * u * n));
	}
}
