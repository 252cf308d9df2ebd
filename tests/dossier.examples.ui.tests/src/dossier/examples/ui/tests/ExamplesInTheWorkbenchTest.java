// SPDX-License-Identifier: EPL-2.0
package dossier.examples.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dossier.core.model.Article;
import dossier.entities.Mention;
import dossier.entities.ui.EntityEditorIds;
import dossier.entities.ui.internal.editor.EntityEditor;
import dossier.entities.ui.internal.handlers.EditorActions;
import dossier.licence.ui.LicenceUi;
import dossier.tests.common.Workbench;
import dossier.workspace.CorpusProjects;
import dossier.workspace.ProjectEntities;
import dossier.workspace.licence.LicenceMarkers;

/**
 * The example bundles installed beside Dossier (dossier.examples.feature) are active in the workbench: the VESSEL
 * type of {@code dossier.examples.vessels} is offered by the Entity Editor, drawn in its contributed colour and
 * found by its recogniser; the house rules of {@code dossier.examples.housepolicy} are on the licence preference
 * page and raise markers in the corpus build. This bundle does not depend on the examples: they reach the
 * workbench only through Dossier's extension points, as a team's bundles would.
 */
class ExamplesInTheWorkbenchTest {

	private static final String SHIP_STORY = """
			Container ship freed from the canal
			The container ship MV Ever Given (IMO 9811000) blocked the Suez Canal for six days in March 2021.
			This article is licensed under CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/).""";

	private static final String NC_STORY = """
			Fishermen return
			The boats came back at dawn.
			This article is licensed under CC BY-NC-SA 4.0 (https://creativecommons.org/licenses/by-nc-sa/4.0/).""";

	/** The colour hint dossier.examples.vessels gives VESSEL in its plugin.xml. */
	private static final RGB VESSEL_COLOUR = new RGB(0x17, 0xbe, 0xcf);

	private final List<IProject> projects = new ArrayList<>();

	@AfterEach
	void cleanUp() throws Exception {
		Workbench.page().closeAllEditors(false);
		Workbench.processEvents();
		Workbench.joinJobs(EntityEditorIds.JOB_FAMILY);
		Workbench.joinJobs(LicenceUi.JOB_FAMILY);
		for (IProject project : projects) {
			CorpusProjects.forget(project);
			project.delete(true, true, null);
		}
	}

	private IFile article(String projectName, String text) throws Exception {
		IProject project = CorpusProjects.create(projectName + System.nanoTime(), null, null);
		projects.add(project);
		String title = text.substring(0, text.indexOf('\n'));
		String id = CorpusProjects.corpus(project)
				.put(Article.builder(text).title(title).language("en").build(), text.getBytes(StandardCharsets.UTF_8)).id();
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
		// the project's build checks the new article and its recognition job finds its entities, both writing its
		// files: done before an editor opens it, or the editor (dirty by then) would be told its files changed on
		// disk and ask the analyst what to do
		Workbench.joinJobs(ResourcesPlugin.FAMILY_AUTO_BUILD);
		Workbench.joinJobs(ProjectEntities.FAMILY);
		return CorpusProjects.articleFile(project, id);
	}

	@Test
	void theVesselTypeIsOfferedDrawnInItsColourAndFoundByItsRecogniser() throws Exception {
		IFile file = article("vessels", SHIP_STORY);
		EntityEditor editor = assertInstanceOf(EntityEditor.class, IDE.openEditor(Workbench.page(), file));
		Workbench.waitUntil("the article is loaded", editor::isLoaded);
		StyledText text = editor.textViewer().widget();

		List<String> markAs = markAsMenuLabels(text);
		assertTrue(markAs.contains("Mark as Vessel"), "the Text page's Mark as menu offers the contributed type: " + markAs);
		assertTrue(markAs.contains("Mark as Person"), markAs.toString());

		EditorActions.recognise(editor);
		Workbench.joinJobs(EntityEditorIds.JOB_FAMILY);
		Workbench.waitUntil("the vessel recogniser's suggestions arrived", () -> vessels(editor).size() >= 2);
		List<String> found = vessels(editor).stream().map(Mention::text).sorted().toList();
		assertEquals(List.of("Ever Given", "IMO 9811000"), found);
		assertTrue(vessels(editor).stream().allMatch(m -> "dossier.examples.vessels".equals(m.recognizer())),
				"found by the contributed recogniser");

		int imo = SHIP_STORY.indexOf("IMO 9811000");
		Workbench.waitUntil("the vessel mention is drawn in VESSEL's colour", () -> {
			StyleRange range = text.getStyleRangeAtOffset(imo + 2);
			return range != null && Arrays.asList(range.borderColor, range.underlineColor, range.foreground).stream()
					.anyMatch(colour -> colour != null && VESSEL_COLOUR.equals(colour.getRGB()));
		});
	}

	private static List<Mention> vessels(EntityEditor editor) {
		return editor.session().state().mentions().stream().filter(m -> "VESSEL".equals(m.type())).toList();
	}

	/** The labels of the Text page's context menu > Mark as, filled as when the user opens it. */
	private static List<String> markAsMenuLabels(StyledText text) {
		Menu menu = text.getMenu();
		assertNotNull(menu, "the Text page has a context menu");
		menu.notifyListeners(SWT.Show, new Event());
		try {
			MenuItem markAs = Arrays.stream(menu.getItems()).filter(i -> i.getMenu() != null && i.getText().replace("&", "").startsWith("Mark as"))
					.findFirst().orElseThrow(() -> new AssertionError("no Mark as submenu in " + labels(menu)));
			Menu submenu = markAs.getMenu();
			submenu.notifyListeners(SWT.Show, new Event());
			List<String> result = labels(submenu);
			submenu.notifyListeners(SWT.Hide, new Event());
			return result;
		} finally {
			menu.notifyListeners(SWT.Hide, new Event());
		}
	}

	private static List<String> labels(Menu menu) {
		return Arrays.stream(menu.getItems()).map(i -> i.getText().replace("&", "").split("\t")[0]).filter(s -> !s.isEmpty()).toList();
	}

	@Test
	void theHouseRulesAreOnTheLicencePreferencePageAndRaiseMarkersInTheBuild() throws Exception {
		PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(Workbench.window().getShell(), LicenceUi.PREFERENCE_PAGE, null, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			for (String rule : List.of("house-no-nc", "house-photographer-named")) {
				assertTrue(Workbench.find(dialog.getShell(), Combo.class, c -> rule.equals(c.getData())).isPresent(),
						"the preference page offers a severity for " + rule);
			}
		} finally {
			dialog.close();
		}

		IFile nc = article("housepolicy", NC_STORY);
		Workbench.joinJobs(ResourcesPlugin.FAMILY_AUTO_BUILD);
		nc.getProject().build(IncrementalProjectBuilder.INCREMENTAL_BUILD, null);
		IMarker house = Arrays.stream(nc.findMarkers(LicenceMarkers.TYPE, false, IResource.DEPTH_ZERO))
				.filter(m -> "house-no-nc".equals(m.getAttribute(LicenceMarkers.RULE, ""))).findFirst()
				.orElseThrow(() -> new AssertionError("the build raised no house-no-nc marker on a CC BY-NC-SA article"));
		assertEquals(IMarker.SEVERITY_ERROR, house.getAttribute(IMarker.SEVERITY, -1));
		assertTrue(house.getAttribute(IMarker.MESSAGE, "").contains("NC"), house.getAttribute(IMarker.MESSAGE, ""));
	}
}
