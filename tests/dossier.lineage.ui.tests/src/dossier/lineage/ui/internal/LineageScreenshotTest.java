// SPDX-License-Identifier: EPL-2.0
package dossier.lineage.ui.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import dossier.core.model.Article;
import dossier.lineage.LinkType;
import dossier.lineage.ui.LineageUi;
import dossier.tests.common.Workbench;
import dossier.workspace.CorpusProjects;

/**
 * The README's screenshots of the Lineage view (Global Voices' English post, its French translation, a republication
 * of the English text by another site, and a French post on the same anniversary) and of the side-by-side editor
 * (Global Voices' Arabic translation beside its English original). Runs only when
 * DOSSIER_SCREENSHOTS names a folder:
 *
 * <pre>
 * DOSSIER_SCREENSHOTS=$PWD/docs/images DISPLAY=:99 ./mvnw -o verify -pl tests/dossier.lineage.ui.tests,features/dossier.feature,features/dossier.runtime.feature -am \
 *     -Dtest=LineageScreenshotTest -DfailIfNoTests=false
 * </pre>
 */
@EnabledIfEnvironmentVariable(named = "DOSSIER_SCREENSHOTS", matches = ".+")
class LineageScreenshotTest {

	@Test
	void lineageView() throws Exception {
		Path folder = Path.of(System.getenv("DOSSIER_SCREENSHOTS"));
		Article english = LineageFixture.english();
		Article republished = Article.builder("Republished with permission of Global Voices.\n\n" + english.text())
				.title(LineageFixture.ENGLISH_TITLE).language("en").publisher("Another Site")
				.sourceUrl("https://another.example/gv-first-post").published("2014-11-01").build();
		Article related = Article.builder(LineageFixture.text("gv-face-ten-years-fr.txt"))
				.title("GV Face : Nous fêtons les 10 ans de Global Voices avec Rebecca et Ethan, nos deux co-fondateurs")
				.language("fr").publisher("Global Voices en Français").sourceUrl("https://fr.globalvoices.org/2014/12/09/179240/")
				.published("2014-12-09").build();
		List<String> ids = new ArrayList<>();
		IProject project = LineageFixture.corpus("Global Voices ",
				List.of(english, LineageFixture.french(), republished, related), ids);
		IWorkbenchPage page = Workbench.page();
		IDE.openEditor(page, CorpusProjects.articleFile(project, ids.get(1)), true);
		LineageView view = (LineageView) page.showView(LineageUi.VIEW_ID, null, IWorkbenchPage.VIEW_VISIBLE);
		LineageFixture.settle("the French translation's chain", () -> !view.computing() && view.shown() != null
				&& view.shown().chain().articleId().equals(ids.get(1)) && view.shown().chain().links().size() >= 2);
		page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
		Workbench.processEvents();
		ChainLayout.Arrow translation = view.graph().layout().arrows().stream()
				.filter(arrow -> arrow.link().type() == LinkType.TRANSLATION && arrow.link().involves(ids.get(1)))
				.findFirst().orElseThrow();
		Event click = new Event();
		click.button = 1;
		click.x = translation.label().x + 10;
		click.y = translation.label().y + 5;
		view.graph().control().notifyListeners(SWT.MouseDown, click);
		LineageFixture.settle("the link selected, nothing computing", () -> !view.computing()
				&& view.graph().selectedLink() != null && view.rejectButton().isEnabled());
		long painted = System.nanoTime() + 1_000_000_000L; // the display shows what was drawn a frame or two later
		Workbench.waitUntil("a second passed", () -> System.nanoTime() > painted);
		Workbench.saveScreenshot(folder.resolve("lineage.png"));
		page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
		page.closeAllEditors(false);
		page.hideView(view);
		Workbench.joinJobs(LineageUi.JOB_FAMILY);
		project.delete(true, true, new NullProgressMonitor());
		assertTrue(Files.size(folder.resolve("lineage.png")) > 10_000);
	}

	/**
	 * The side-by-side editor: Global Voices' Arabic translation (right to left) beside its English original, opened
	 * from the Entity Editor with Compare with Original, the Hama paragraph and its partner highlighted.
	 */
	@Test
	void sideBySide() throws Exception {
		Path folder = Path.of(System.getenv("DOSSIER_SCREENSHOTS"));
		List<String> ids = new ArrayList<>();
		IProject project = LineageFixture.corpus("Global Voices Syria ",
				List.of(LineageFixture.syriaEnglish(), LineageFixture.syriaArabic()), ids);
		IWorkbenchPage page = Workbench.page();
		page.activate(IDE.openEditor(page, CorpusProjects.articleFile(project, ids.get(1)), true));
		Workbench.window().getService(IHandlerService.class).executeCommand(CompareWithOriginalHandler.COMMAND, null);
		LineageFixture.settle("the side-by-side editor shows both articles", () -> page.getActiveEditor() instanceof SideBySideEditor editor
				&& !editor.computing() && editor.shown() != null);
		SideBySideEditor editor = (SideBySideEditor) page.getActiveEditor();
		page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
		Workbench.processEvents();
		editor.sync().select(false, 2);
		long painted = System.nanoTime() + 1_000_000_000L;
		Workbench.waitUntil("a second passed", () -> System.nanoTime() > painted);
		Workbench.saveScreenshot(folder.resolve("side-by-side.png"));
		page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_RESTORED);
		page.closeAllEditors(false);
		Workbench.joinJobs(LineageUi.JOB_FAMILY);
		project.delete(true, true, new NullProgressMonitor());
		assertTrue(Files.size(folder.resolve("side-by-side.png")) > 10_000);
	}

}
