// SPDX-License-Identifier: EPL-2.0
package dossier.explorer.ui.internal;

import static dossier.explorer.ui.internal.ExplorerFixture.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.swt.SWT;
import org.junit.jupiter.api.Test;

import dossier.explorer.ui.ExplorerFilters;
import dossier.tests.common.Workbench;
import dossier.workspace.CorpusProjects;
import dossier.workspace.licence.LicenceMarkers;

/**
 * Other parts narrow the Explorer down through {@link ExplorerFilters}: a publication period (the Timeline's
 * brush), a language or a publisher (the Corpus Overview's bars), a licence rule's findings (the Overview's findings
 * table). The facet bar shows a period or a rule with a link that lifts it.
 */
class ExplorerFiltersTest {

	@Test
	void aPeriodIsARangeOfDaysInTheQuery() {
		assertEquals("2024-06-01..2024-06-30", ExplorerFilters.period(LocalDate.of(2024, 6, 30), LocalDate.of(2024, 6, 1)));
		ExplorerQuery query = ExplorerQuery.initial().withFilter(ExplorerFilters.PERIOD, "2024-06-01..2024-06-30")
				.withFilter(ExplorerFilters.LANGUAGE, "ar");
		assertEquals("+language:\"ar\" +published:[2024-06-01 TO 2024-06-30]", query.composed());
		assertFalse(query.isListing());
	}

	@Test
	void anImportDayIsARangeOfDaysInTheQuery() {
		// A day of the Corpus Overview's import history.
		ExplorerQuery query = ExplorerQuery.initial().withFilter(ExplorerFilters.IMPORTED,
				ExplorerFilters.period(LocalDate.of(2026, 11, 29), LocalDate.of(2026, 11, 29)));
		assertEquals("+imported:[2026-11-29 TO 2026-11-29]", query.composed());
		assertFalse(query.isListing());
	}

	@Test
	void onlyTheExplorersFiltersAndWellFormedPeriods() {
		assertThrows(IllegalArgumentException.class,
				() -> ExplorerFilters.filter(Workbench.page(), null, "author", "Doe"));
		assertThrows(RuntimeException.class,
				() -> ExplorerFilters.filter(Workbench.page(), null, ExplorerFilters.PERIOD, "June"));
		assertThrows(RuntimeException.class,
				() -> ExplorerFilters.filter(Workbench.page(), null, ExplorerFilters.IMPORTED, "yesterday"));
	}

	@Test
	void aPeriodFilterListsThatPeriodsArticlesUntilItsLinkLiftsIt() throws Exception {
		IProject project = ExplorerFixture.newCorpus("ExplorerPeriod");
		ExplorerFixture.put(project,
				article("Spring", "Wire", "en", "2024-04-02", "A spring report about the harbour."),
				article("Early summer", "Wire", "en", "2024-06-03", "An early summer report about the harbour."),
				article("Summer", "الجزيرة", "ar", "2024-06-28T10:00:00Z", "تقرير صيفي عن الميناء."),
				article("June only", "Wire", "en", "2024-06", "A report dated by its month only."));
		ExplorerView view = ExplorerFixture.showView();
		ExplorerFixture.show(view, project);
		ExplorerFixture.waitForRows(view, project, 4);

		ExplorerFilters.filter(Workbench.page(), project, ExplorerFilters.PERIOD, "2024-06-01..2024-06-30");
		assertEquals(Map.of(ExplorerFilters.PERIOD, "2024-06-01..2024-06-30"), ExplorerFilters.current(Workbench.page()));
		// June's two days, and the article dated only by June (the range starts on the month's first day).
		ExplorerFixture.waitForRows(view, project, 3);
		assertTrue(view.facetBar().periodLink().isVisible());
		assertTrue(view.facetBar().periodLink().getText().contains("2024-06-01"), view.facetBar().periodLink().getText());

		ExplorerFilters.filter(Workbench.page(), project, ExplorerFilters.PUBLISHER, "الجزيرة");
		ExplorerFixture.waitForRows(view, project, 1);

		ExplorerFilters.filter(Workbench.page(), project, ExplorerFilters.PUBLISHER, null);
		view.facetBar().periodLink().notifyListeners(SWT.Selection, null);
		ExplorerFixture.waitForRows(view, project, 4);
		assertEquals(Map.of(), ExplorerFilters.current(Workbench.page()));
		assertFalse(view.facetBar().periodLink().isVisible());
	}

	@Test
	void aLicenceRuleFilterListsTheArticlesWithItsFindingsUntilItsLinkLiftsIt() throws Exception {
		IProject project = ExplorerFixture.newCorpus("ExplorerFinding");
		ExplorerFixture.put(project,
				article("Stated", "Wire", "en", "2024-04-02", "A report about the harbour.\n\nThis article is licensed under CC BY-SA."),
				article("Linked", "Wire", "en", "2024-04-03", "Another report about the harbour.\n\nLicensed under CC BY 4.0: https://creativecommons.org/licenses/by/4.0/"),
				article("Silent", "الجزيرة", "ar", "2024-04-04", "تقرير عن الميناء."));
		ExplorerView view = ExplorerFixture.showView();
		ExplorerFixture.show(view, project);
		ExplorerFixture.waitForRows(view, project, 3);
		// the rules the build found, each with the articles of its findings: one that some articles have and others not
		Map<String, Set<String>> byRule = new TreeMap<>();
		for (IMarker marker : project.findMarkers(LicenceMarkers.TYPE, true, IResource.DEPTH_INFINITE)) {
			String rule = marker.getAttribute(LicenceMarkers.RULE, "");
			CorpusProjects.articleId(marker.getResource())
					.ifPresent(id -> byRule.computeIfAbsent(rule, r -> new TreeSet<>()).add(id));
		}
		Map.Entry<String, Set<String>> some = byRule.entrySet().stream().filter(e -> e.getValue().size() < 3).findFirst()
				.orElseThrow(() -> new AssertionError("no rule with findings on some articles only: " + byRule));

		ExplorerFilters.filter(Workbench.page(), project, ExplorerFilters.FINDING, some.getKey());
		ExplorerFixture.waitForRows(view, project, some.getValue().size());
		assertEquals(some.getValue(), new TreeSet<>(ExplorerFixture.rows(view).stream()
				.map(row -> ((ArticleRef) row).id()).toList()), "the articles with a finding of " + some.getKey());
		assertTrue(view.facetBar().findingLink().isVisible());
		assertTrue(view.facetBar().findingLink().getText().contains(some.getKey()), view.facetBar().findingLink().getText());

		view.facetBar().findingLink().notifyListeners(SWT.Selection, null);
		ExplorerFixture.waitForRows(view, project, 3);
		assertEquals(Map.of(), ExplorerFilters.current(Workbench.page()));
		assertFalse(view.facetBar().findingLink().isVisible());
	}
}
