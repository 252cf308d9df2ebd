// SPDX-License-Identifier: EPL-2.0
package dossier.insight.ui.internal;

import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dossier.insight.Insight;

/**
 * The insight views' facts cache: facts read while the project changed are not kept (a view would show them stale
 * until the next change), facts read with nothing changing are.
 */
class InsightCacheTest {

	private final IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("InsightCache" + System.nanoTime());

	@AfterEach
	void forget() {
		InsightCache.forget(project);
	}

	@Test
	void factsReadWhileTheProjectChangedAreReadAgainByTheNextView() throws Exception {
		Insight stale = Insight.of(List.of(), List.of());
		Insight fresh = Insight.of(List.of(), List.of());
		Insight first = InsightCache.get(project, new NullProgressMonitor(), (p, monitor) -> {
			InsightCache.forget(p); // a change (the last mentions written) while the facts were read
			return stale;
		});
		assertSame(stale, first, "its reader gets what it read");
		assertSame(fresh, InsightCache.get(project, new NullProgressMonitor(), (p, monitor) -> fresh),
				"the next view reads the facts again");
	}

	@Test
	void factsReadWithNothingChangingAreKept() throws Exception {
		Insight read = Insight.of(List.of(), List.of());
		InsightCache.get(project, new NullProgressMonitor(), (p, monitor) -> read);
		assertSame(read, InsightCache.get(project, new NullProgressMonitor(), (p, monitor) -> {
			throw new AssertionError("read again although nothing changed");
		}));
	}
}
