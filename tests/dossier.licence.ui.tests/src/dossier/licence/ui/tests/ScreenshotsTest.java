// SPDX-License-Identifier: EPL-2.0
package dossier.licence.ui.tests;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.part.ISetSelectionTarget;
import org.junit.jupiter.api.Test;

import dossier.licence.ui.LicenceUi;
import dossier.licence.ui.internal.AttributionView;
import dossier.tests.common.Workbench;

/**
 * Takes the README's screenshots (docs/images/problems.png, attribution.png) of the sample in a real workbench.
 * Runs only when the system property {@code dossier.screenshots} names the folder to write them to
 * ({@code ./mvnw verify -Ddossier.screenshots=$PWD/docs/images}); skipped otherwise.
 */
class ScreenshotsTest {

	@Test
	void problemsAndAttributionViewsOnTheSample() throws Exception {
		String folder = System.getProperty("dossier.screenshots", "");
		assumeTrue(!folder.isBlank() && !folder.startsWith("${"), "dossier.screenshots not set");
		Path target = Path.of(folder);
		Files.createDirectories(target);
		SampleCorpus sample = SampleCorpus.create();
		try {
			Shell shell = Workbench.window().getShell();
			shell.setBounds(0, 0, 1400, 900);
			IWorkbenchPage page = Workbench.page();
			IViewPart explorer = page.showView(IPageLayout.ID_PROJECT_EXPLORER);
			AttributionView attribution = (AttributionView) page.showView(LicenceUi.VIEW_ATTRIBUTION);
			page.showView(IPageLayout.ID_PROBLEM_VIEW);
			page.activate(explorer);
			if (explorer instanceof ISetSelectionTarget selectionTarget) {
				selectionTarget.selectReveal(new StructuredSelection(sample.file));
			}
			Workbench.waitUntil("the Attribution view follows the selection",
					() -> attribution.shown() != null && attribution.shown().id().equals(sample.id));
			IViewPart problems = page.showView(IPageLayout.ID_PROBLEM_VIEW);
			page.setPartState(page.getReference(problems), IWorkbenchPage.STATE_MAXIMIZED);
			settle();
			expandAll(problems);
			settle();
			capture(shell, target.resolve("problems.png"));
			page.setPartState(page.getReference(problems), IWorkbenchPage.STATE_RESTORED);
			page.activate(attribution);
			page.setPartState(page.getReference(attribution), IWorkbenchPage.STATE_MAXIMIZED);
			settle();
			capture(shell, target.resolve("attribution.png"));
			page.setPartState(page.getReference(attribution), IWorkbenchPage.STATE_RESTORED);
		} finally {
			sample.delete();
		}
	}

	/** Expands the Problems view's categories as a click would (the viewer creates children on SWT.Expand). */
	private static void expandAll(IViewPart view) {
		Control control = view.getAdapter(Control.class);
		Shell shell = view.getSite().getShell();
		for (Tree tree : Workbench.findAll(control != null ? control : shell, Tree.class, t -> t.isVisible())) {
			if (tree.getColumnCount() > 1) {
				tree.getColumn(0).setWidth(640); // the whole message
			}
			for (TreeItem item : tree.getItems()) {
				Event event = new Event();
				event.item = item;
				tree.notifyListeners(SWT.Expand, event);
				item.setExpanded(true);
			}
		}
	}

	private static void settle() {
		long until = System.currentTimeMillis() + 1500;
		Workbench.waitUntil("the workbench settles", () -> System.currentTimeMillis() > until);
	}

	private static void capture(Shell shell, Path file) {
		Rectangle bounds = shell.getBounds();
		Image image = new Image(shell.getDisplay(), bounds.width, bounds.height);
		GC gc = new GC(shell.getDisplay());
		try {
			gc.copyArea(image, bounds.x, bounds.y);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(file.toString(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}
}
