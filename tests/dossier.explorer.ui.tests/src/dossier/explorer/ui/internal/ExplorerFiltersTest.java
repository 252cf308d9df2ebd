// SPDX-License-Identifier: EPL-2.0
package dossier.explorer.ui.internal;

import static dossier.explorer.ui.internal.ExplorerFixture.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;

import org.eclipse.core.resources.IProject;
import org.eclipse.swt.SWT;
import org.junit.jupiter.api.Test;

import dossier.explorer.ui.ExplorerFilters;
import dossier.tests.common.Workbench;

/**
 * Other parts narrow the Explorer down through {@link ExplorerFilters}: a publication period (the Timeline's
 * brush), a language or a publisher (the Corpus Overview's bars). The facet bar shows a period with a link that
 * lifts it.
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
	void onlyTheExplorersFiltersAndWellFormedPeriods() {
		assertThrows(IllegalArgumentException.class,
				() -> ExplorerFilters.filter(Workbench.page(), null, "author", "Doe"));
		assertThrows(RuntimeException.class,
				() -> ExplorerFilters.filter(Workbench.page(), null, ExplorerFilters.PERIOD, "June"));
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
}
