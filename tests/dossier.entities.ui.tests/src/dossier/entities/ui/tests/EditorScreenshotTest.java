// SPDX-License-Identifier: EPL-2.0
package dossier.entities.ui.tests;

import java.nio.file.Path;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import dossier.entities.Mention;
import dossier.entities.MentionStatus;
import dossier.entities.ui.EntityEditorIds;
import dossier.entities.ui.internal.editor.EntityEditor;
import dossier.entities.ui.internal.handlers.EditorActions;
import dossier.entities.ui.internal.text.ProblemAnnotation;
import dossier.tests.common.Workbench;

/**
 * Takes the README's screenshot of the Entity Editor on the sample (recognised, some decisions made, the licence
 * problems in view) when
 * DOSSIER_SCREENSHOT names the PNG file to write; otherwise does not run.
 */
class EditorScreenshotTest {

	@Test
	@EnabledIfEnvironmentVariable(named = "DOSSIER_SCREENSHOT", matches = ".+")
	void screenshotOfTheEditorOnTheSample() throws Exception {
		Shell shell = Workbench.window().getShell();
		shell.setMaximized(false);
		shell.setBounds(0, 0, 1400, 900);
		IWorkbenchPage page = Workbench.page();
		page.showView("org.eclipse.ui.views.ContentOutline");
		EntityEditor editor = EntityEditorWorkflowTest.open(SampleCorpus.create("Screenshot"));
		EntityEditorWorkflowTest.recognise(editor);
		for (String id : new String[] { "putin", "kim-jong-un" }) {
			Mention mention = editor.session().state().mentions().stream().filter(m -> m.entityId().contains(id))
					.findFirst().orElse(null);
			if (mention != null) {
				editor.reveal(mention.start(), mention.start());
				EditorActions.acceptAllOfEntity(editor);
			}
		}
		// the licence build has run on the new corpus: its problems are squiggled at their evidence
		Workbench.joinJobs(ResourcesPlugin.FAMILY_AUTO_BUILD);
		Workbench.waitUntil("licence problems shown", () -> editor.textViewer().problems().stream()
				.anyMatch(ProblemAnnotation::hasEvidence));
		int evidence = editor.textViewer().problems().stream()
				.filter(ProblemAnnotation::hasEvidence)
				.mapToInt(ProblemAnnotation::start).min().orElse(0);
		Mention first = editor.session().state().mentions().get(0);
		editor.reveal(first.start(), first.start());
		editor.textViewer().widget().setTopIndex(
				Math.max(0, editor.textViewer().widget().getLineAtOffset(evidence) - 8));
		page.activate(editor);
		Workbench.joinJobs(EntityEditorIds.JOB_FAMILY);
		long until = System.currentTimeMillis() + 1500;
		Workbench.waitUntil("painted", () -> System.currentTimeMillis() > until);
		Rectangle bounds = shell.getBounds();
		Image image = new Image(shell.getDisplay(), bounds.width, bounds.height);
		GC gc = new GC(shell.getDisplay());
		gc.copyArea(image, bounds.x, bounds.y);
		gc.dispose();
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { image.getImageData() };
		loader.save(Path.of(System.getenv("DOSSIER_SCREENSHOT")).toString(), SWT.IMAGE_PNG);
		image.dispose();
		System.out.println("screenshot: " + System.getenv("DOSSIER_SCREENSHOT") + " " + bounds + " "
				+ editor.session().state().mentions().stream().filter(m -> m.status() == MentionStatus.ACCEPTED).count()
				+ " accepted");
	}
}
