// SPDX-License-Identifier: EPL-2.0
/**
 * Insight: what a corpus looks like as a whole, computed in plain Java from the facts of its articles
 * ({@link dossier.insight.ArticleFacts}: publication date, language, publisher, licence and licence check, licence
 * findings, the entities mentioned and the dates mentioned) and the lineage links between them
 * ({@link dossier.insight.StoryLink}).
 * <p>
 * {@link dossier.insight.Insight} computes a {@link dossier.insight.Timeline} (articles per day, week or month
 * stacked by a {@link dossier.insight.Dimension}, with the dated events mentioned on a second band), an
 * {@link dossier.insight.Overview} (tallies by language, publisher, licence and check, findings by rule and
 * severity, top entities per type) and a {@link dossier.insight.CoOccurrence} (entities mentioned in the same
 * article). Every computation can <em>count a story once</em>: articles linked as duplicates, republications or
 * translations of one another are one story, counted under its earliest article. {@link dossier.insight.InsightCsv}
 * writes each result as CSV.
 * <p>
 * No Eclipse, no SWT: the workbench's views, the command line and a benchmark call the same code.
 */
@NonNullByDefault
package dossier.insight;

import org.eclipse.jdt.annotation.NonNullByDefault;
