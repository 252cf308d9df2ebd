// SPDX-License-Identifier: EPL-2.0
package dossier.insight;

import java.util.List;
import java.util.Map;

/**
 * A corpus at a glance.
 *
 * @param countedOnce whether a story of copies counts once in the tallies and entity counts
 * @param articles the corpus's articles
 * @param stories the stories they tell (equal to {@code articles} when no copies are known)
 * @param undated articles (stories) without a full publication date
 * @param tallies per dimension, the count of each value, biggest first
 * @param findings per licence rule, the count of findings of each severity (every article counts: a copy carries
 *        its own licence)
 * @param topEntities per entity type (people, organisations and places first, then dates and other types), its most
 *        mentioned entities, most first
 * @param topEntityArticles per entity of {@code topEntities}, by id, the articles that mention it (a story's first
 *        article when counted once), so a click can list them
 * @param imports the import history: each day articles were imported, latest first (articles whose import was not
 *        recorded are left out)
 */
public record Overview(boolean countedOnce, int articles, int stories, int undated,
		Map<Dimension, Map<String, Integer>> tallies, Map<String, Map<String, Integer>> findings,
		Map<String, List<EntityCount>> topEntities, Map<String, List<String>> topEntityArticles, List<ImportDay> imports) {

	/** The articles that mention entity {@code id} of the top entities (empty for another). */
	public List<String> articlesOf(String id) {
		return topEntityArticles.getOrDefault(id, List.of());
	}

	/** The counts of {@code dimension}'s values, biggest first. */
	public Map<String, Integer> tally(Dimension dimension) {
		return tallies.getOrDefault(dimension, Map.of());
	}

	/** All findings of every rule. */
	public int findingsTotal() {
		return findings.values().stream().flatMap(m -> m.values().stream()).mapToInt(Integer::intValue).sum();
	}
}
