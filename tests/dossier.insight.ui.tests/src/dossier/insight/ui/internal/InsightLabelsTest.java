// SPDX-License-Identifier: EPL-2.0
package dossier.insight.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;

import dossier.insight.ArticleFacts;
import dossier.insight.EntityRef;
import dossier.tests.common.Workbench;
import dossier.workspace.insight.ProjectInsight;

/**
 * The corpus views name an entity once, in the language of most of the articles that mention it: Putin, mentioned in
 * two English articles and an Arabic one, is "Vladimir Putin" in all three (not "Putin", nor the Arabic name because
 * a view read the Arabic article first); Aleppo, mentioned only in Arabic, keeps its Arabic name and script.
 */
class InsightLabelsTest {

	@Test
	void anEntityIsNamedInTheLanguageOfMostOfItsArticles() throws Exception {
		IProject project = InsightFixture.corpus("InsightLabels", List.of(
				InsightFixture.article("بوتين في حلب", "الجزيرة", "ar", "2024-06-03",
						"وصل فلاديمير بوتين إلى حلب يوم الاثنين."),
				InsightFixture.article("Putin in Moscow", "Reuters", "en", "2024-06-04",
						"Vladimir Putin arrived in Moscow on Tuesday."),
				InsightFixture.article("Putin leaves", "Reuters", "en", "2024-06-05",
						"Putin left Moscow on Wednesday.")),
				new String[3]);
		Map<String, Set<String>> names = new TreeMap<>();
		Workbench.waitUntil("the three articles' mentions of Putin are read", () -> {
			names.clear();
			int putin = 0;
			for (ArticleFacts facts : read(project)) {
				for (EntityRef entity : facts.entities()) {
					names.computeIfAbsent(entity.id(), id -> new TreeSet<>()).add(entity.label());
				}
				putin += facts.entities().stream().anyMatch(e -> e.id().equals(PUTIN)) ? 1 : 0;
			}
			return putin == 3;
		});
		assertEquals(Set.of("Vladimir Putin"), names.get(PUTIN), "one name, in English, in all three articles: " + names);
		String aleppo = names.keySet().stream().filter(id -> names.get(id).stream().anyMatch(n -> n.contains("حلب")
				|| n.contains("Aleppo"))).findFirst().orElseThrow(() -> new AssertionError("Aleppo recognised: " + names));
		assertEquals(Set.of("حلب"), names.get(aleppo), "named only in Arabic: its Arabic name");
	}

	private static List<ArticleFacts> read(IProject project) {
		try {
			return ProjectInsight.read(project, new NullProgressMonitor()).articles();
		} catch (CoreException e) {
			throw new AssertionError(e);
		}
	}

	private static final String PUTIN = "person:vladimir-putin";
}
