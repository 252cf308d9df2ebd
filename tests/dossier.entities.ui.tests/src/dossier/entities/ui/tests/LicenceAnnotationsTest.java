// SPDX-License-Identifier: EPL-2.0
package dossier.entities.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dossier.core.store.Corpus;
import dossier.entities.ui.internal.editor.EntityEditor;
import dossier.entities.ui.internal.editor.LicenceQuickFixes;
import dossier.entities.ui.internal.text.ProblemAnnotation;
import dossier.ingest.Importers;
import dossier.ingest.Ingest;
import dossier.ingest.IngestMonitor;
import dossier.ingest.IngestOptions;
import dossier.tests.common.Workbench;
import dossier.workspace.CorpusProjects;
import dossier.workspace.licence.LicenceMarkers;

/**
 * The licence problems of the built sample in the Entity Editor: at their evidence in the text, with severity,
 * hovers and quick fixes, and gone once fixed and rebuilt.
 */
class LicenceAnnotationsTest {

	private static final String LINK = "licence-link-missing";
	private static final String VERSION = "licence-version-missing";

	private IProject project;
	private IFile file;

	/** Imports the shipped sample with the plain-text importer (it finds the licence notice) and builds. */
	@BeforeEach
	void importAndBuildTheSample() throws Exception {
		project = CorpusProjects.create("EditorLicence" + System.nanoTime(), null, null);
		Workbench.joinJobs(ResourcesPlugin.FAMILY_AUTO_BUILD);
		Corpus corpus = CorpusProjects.corpus(project);
		Path sample = Path.of(System.getProperty("dossier.samples", "samples")).resolve(SampleCorpus.SAMPLE);
		assertTrue(Files.isRegularFile(sample), sample.toString());
		new Ingest(Importers.builtIn(), IngestOptions.defaults()).run(List.of(sample), corpus::put, new IngestMonitor() {
		});
		assertEquals(1, corpus.ids().size());
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
		file = CorpusProjects.articleFile(project, corpus.ids().get(0));
		build();
	}

	private void build() throws Exception {
		Workbench.joinJobs(ResourcesPlugin.FAMILY_AUTO_BUILD);
		project.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, null);
	}

	@AfterEach
	void deleteIt() throws Exception {
		Workbench.page().closeAllEditors(false);
		Workbench.processEvents();
		CorpusProjects.forget(project);
		project.delete(true, true, null);
	}

	private IMarker marker(String rule) throws Exception {
		return Arrays.stream(file.findMarkers(LicenceMarkers.TYPE, false, IResource.DEPTH_ZERO))
				.filter(m -> rule.equals(m.getAttribute(LicenceMarkers.RULE, ""))).findFirst().orElse(null);
	}

	private static ProblemAnnotation shown(EntityEditor editor, String rule) {
		return editor.textViewer().problems().stream().filter(p -> p.rule().equals(rule)).findFirst().orElse(null);
	}

	@Test
	void eachLicenceMarkerIsShownAtItsEvidenceInTheText() throws Exception {
		IMarker[] markers = file.findMarkers(LicenceMarkers.TYPE, false, IResource.DEPTH_ZERO);
		assertTrue(markers.length >= 4, "the sample has licence problems: " + markers.length);
		EntityEditor editor = EntityEditorWorkflowTest.open(file);
		Workbench.waitUntil("the problems are shown", () -> editor.textViewer().problems().size() == markers.length);
		String text = editor.session().state().article().text();

		IMarker version = marker(VERSION);
		int start = version.getAttribute(LicenceMarkers.EVIDENCE_START, -1);
		int end = version.getAttribute(LicenceMarkers.EVIDENCE_END, -1);
		assertTrue(text.substring(start, end).contains("CC-BY-SA"), "the evidence is the licence notice: " + text.substring(start, end));
		ProblemAnnotation problem = shown(editor, VERSION);
		assertNotNull(problem);
		Position position = editor.textViewer().annotations().getPosition(problem);
		assertEquals(new Position(start, end - start), position, "at the evidence in the text, not the JSON offsets");
		assertEquals(ProblemAnnotation.Severity.WARNING.type(), problem.getType());
		assertEquals(ProblemAnnotation.Severity.ERROR.type(), shown(editor, LINK).getType(), "the link is an error");

		// every marker with evidence is at its own range; the photo credits are found too
		for (IMarker marker : markers) {
			int from = marker.getAttribute(LicenceMarkers.EVIDENCE_START, -1);
			if (from < 0) {
				continue;
			}
			int to = marker.getAttribute(LicenceMarkers.EVIDENCE_END, -1);
			boolean found = false;
			for (var it = editor.textViewer().annotations().getAnnotationIterator(); it.hasNext();) {
				Annotation annotation = it.next();
				if (annotation instanceof ProblemAnnotation p && p.source().equals(marker)) {
					assertEquals(new Position(from, to - from), editor.textViewer().annotations().getPosition(p));
					found = true;
				}
			}
			assertTrue(found, "annotation of " + marker.getAttribute(LicenceMarkers.RULE, ""));
		}

		// hover over the notice: what is wrong, which rule, the legal reference
		String hover = editor.textViewer().hoverText(start + 1);
		assertTrue(hover.contains(version.getAttribute(IMarker.MESSAGE, "?")) && hover.contains(VERSION)
				&& hover.contains(version.getAttribute(LicenceMarkers.REFERENCE, "?")), hover);
		int line = editor.textViewer().viewer().getDocument().getLineOfOffset(start);
		String rulerHover = editor.textViewer().problemHoverText(line);
		assertTrue(rulerHover.contains(VERSION) && rulerHover.contains(LINK), rulerHover);
		assertTrue(editor.textViewer().problemHoverText(line + 1) == null
				|| !editor.textViewer().problemHoverText(line + 1).contains(VERSION), "only on its own line");
	}

	@Test
	void ctrl1AtTheEvidenceShowsItsQuickFixes() throws Exception {
		EntityEditor editor = EntityEditorWorkflowTest.open(file);
		Workbench.waitUntil("the link problem is shown", () -> shown(editor, LINK) != null);
		var binding = PlatformUI.getWorkbench().getService(IBindingService.class)
				.getPerfectMatch(KeySequence.getInstance("M1+1"));
		assertEquals(LicenceQuickFixes.COMMAND, binding.getParameterizedCommand().getId(), "Ctrl+1 is Quick Fix");

		ProblemAnnotation link = shown(editor, LINK);
		editor.reveal(link.start() + 2, link.start() + 2);
		Workbench.page().activate(editor);
		editor.getSite().getService(IHandlerService.class).executeCommand(LicenceQuickFixes.COMMAND, null);
		Menu menu = editor.quickFixMenu();
		assertNotNull(menu, "Ctrl+1 showed a menu");
		List<String> items = Arrays.stream(menu.getItems()).map(MenuItem::getText).toList();
		menu.setVisible(false);
		assertTrue(items.stream().anyMatch(i -> i.startsWith("Add the licence link")), items.toString());
		assertTrue(items.stream().anyMatch(i -> i.startsWith("Set the licence version")), items.toString());
	}

	@Test
	void aQuickFixFromTheEditorRemovesTheAnnotationAfterTheBuild() throws Exception {
		EntityEditor editor = EntityEditorWorkflowTest.open(file);
		Workbench.waitUntil("the link problem is shown", () -> shown(editor, LINK) != null);
		ProblemAnnotation link = shown(editor, LINK);

		// Ctrl+1 at the notice and the ruler's menu on its line offer the contributed marker resolutions
		List<LicenceQuickFixes.Fix> atNotice = editor.quickFixesAt(link.start() + 2);
		List<String> labels = atNotice.stream().map(LicenceQuickFixes.Fix::label).toList();
		assertTrue(labels.contains("Add the licence link") && labels.contains("Set the licence version"), labels.toString());
		int line = editor.textViewer().viewer().getDocument().getLineOfOffset(link.start());
		assertTrue(editor.rulerQuickFixes(line).stream().map(LicenceQuickFixes.Fix::label).toList().containsAll(labels));

		LicenceQuickFixes.Fix addLink = atNotice.stream()
				.filter(f -> f.problem().rule().equals(LINK) && f.label().equals("Add the licence link")).findFirst().orElseThrow();
		addLink.run();
		build();

		Workbench.waitUntil("the link annotation went away", () -> shown(editor, LINK) == null);
		assertNotNull(shown(editor, VERSION), "the other problems stay");
		assertFalse(editor.quickFixesAt(link.start() + 2).stream().anyMatch(f -> f.problem().rule().equals(LINK)));
		assertFalse(editor.isDirty(), "a licence fix changes the attribution record, not the article");
	}
}
