// SPDX-License-Identifier: EPL-2.0
package dossier.explorer.ui.internal;

import static dossier.explorer.ui.internal.ExplorerFixture.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.NotEnabledException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.expressions.EvaluationContext;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.HTMLTransfer;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.ISources;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;

import dossier.entities.Mention;
import dossier.entities.MentionStatus;
import dossier.entities.store.EntityStore;
import dossier.explorer.ui.ExplorerUi;
import dossier.ingest.IngestOptions;
import dossier.licence.SuggestedAttribution;
import dossier.tests.common.Workbench;
import dossier.ui.DossierUi;
import dossier.workspace.CorpusProjects;
import dossier.workspace.DossierWorkspace;
import dossier.workspace.ProjectEntities;
import dossier.workspace.licence.ArticleLicenceChecks;
import dossier.workspace.licence.LicenceMarkers;

/** The explorer's engine commands, run through the command framework on the rows an analyst selected. */
class ExplorerCommandsTest {

	@Test
	void checkLicenceBringsBackTheLicenceProblemsOfTheSelectedArticle() throws Exception {
		IProject project = sampleCorpus("ExplorerCheckLicence");
		ExplorerView view = shown(project, 1);
		ArticleRef sample = (ArticleRef) view.model().rowNow(0);
		IFile file = sample.file();
		Workbench.waitUntil("the build put licence markers on the sample", () -> markers(file).length > 0);
		int before = markers(file).length;

		// As if the checker had never run: no markers, no record of a check.
		file.deleteMarkers(LicenceMarkers.TYPE, false, IResource.DEPTH_ZERO);
		ArticleLicenceChecks.forgetChecked(project);
		Workbench.waitUntil("the row says 'not checked'", () -> row(view, 0) != null
				&& row(view, 0).status() == ArticleLicenceChecks.Status.NOT_CHECKED);
		Workbench.waitUntil("the facet counts it as not checked",
				() -> Arrays.asList(view.facetBar().combo(ExplorerQuery.STATUS).getItems()).contains("not checked (1)"));

		assertThrows(NotEnabledException.class, () -> run(view, ExplorerUi.COMMAND_CHECK_LICENCE, null),
				"nothing selected: nothing to check");
		run(view, ExplorerUi.COMMAND_CHECK_LICENCE, row(view, 0));

		assertEquals(before, markers(file).length, "the same problems as the build found");
		int worst = file.findMaxProblemSeverity(LicenceMarkers.TYPE, true, IResource.DEPTH_ZERO);
		Workbench.waitUntil("the row shows the check's verdict", () -> row(view, 0) != null
				&& row(view, 0).status() != ArticleLicenceChecks.Status.NOT_CHECKED
				&& row(view, 0).licenceSeverity() == worst);
	}

	@Test
	void recogniseEntitiesStoresSuggestionsAndKeepsTheAnalystsDecisions() throws Exception {
		IProject project = sampleCorpus("ExplorerRecognise");
		ExplorerView view = shown(project, 1);
		ArticleRef sample = (ArticleRef) view.model().rowNow(0);
		EntityStore store = new EntityStore(CorpusProjects.corpus(project).folder());
		Path mentionsFile = store.mentionsFile(sample.id());
		ProjectEntities.join(null);
		assertTrue(Files.exists(mentionsFile), "the corpus build recognised the article already");

		RecogniseEntitiesJob job = (RecogniseEntitiesJob) run(view, ExplorerUi.COMMAND_RECOGNISE_ENTITIES, sample);
		assertTrue(job.getResult().isOK(), job.getResult().toString());
		List<Mention> found = store.loadMentions(sample.id());
		assertFalse(found.isEmpty(), "suggestions stored beside the article");
		assertTrue(found.stream().allMatch(m -> m.status() == MentionStatus.SUGGESTED), found.toString());
		assertTrue(CorpusProjects.articleFile(project, sample.id()).getParent()
				.getFile(IPath.fromOSString(mentionsFile.getFileName().toString())).exists(),
				"the workspace sees the mentions file");
		long entities = found.stream().map(Mention::entityId).distinct().count();
		Workbench.waitUntil("the entity count column shows " + entities,
				() -> row(view, 0) != null && row(view, 0).entityCount() == entities);

		// The analyst rejects the first suggestion and accepts the second; recognising again keeps both decisions.
		Mention rejected = found.get(0).withStatus(MentionStatus.REJECTED);
		Mention accepted = found.get(found.size() - 1).withStatus(MentionStatus.ACCEPTED);
		List<Mention> decided = new ArrayList<>(found);
		decided.set(0, rejected);
		decided.set(found.size() - 1, accepted);
		store.saveMentions(sample.id(), decided);

		run(view, ExplorerUi.COMMAND_RECOGNISE_ENTITIES, row(view, 0));
		List<Mention> again = store.loadMentions(sample.id());
		assertTrue(again.contains(rejected), "the rejection stays");
		assertTrue(again.contains(accepted), "the acceptance stays");
		assertFalse(again.stream().anyMatch(m -> m.status() == MentionStatus.SUGGESTED && m.sameSpanAndEntity(rejected)),
				"a rejected mention is not suggested again");
		assertEquals(again.size(), again.stream().distinct().count(), "no duplicates");
	}

	@Test
	void copyAttributionPutsTheGeneratedCreditOnTheClipboardAsTextAndHtml() throws Exception {
		IProject project = sampleCorpus("ExplorerCopyAttribution");
		ExplorerView view = shown(project, 1);
		ArticleRef sample = (ArticleRef) view.model().rowNow(0);
		SuggestedAttribution credit = ArticleLicenceChecks.check(project, sample.id()).report().attribution();
		assertFalse(credit.text().isBlank());

		run(view, ExplorerUi.COMMAND_COPY_ATTRIBUTION, sample);

		Clipboard clipboard = new Clipboard(Workbench.display());
		try {
			assertEquals(credit.text(), clipboard.getContents(TextTransfer.getInstance()));
			String html = (String) clipboard.getContents(HTMLTransfer.getInstance());
			assertTrue(html != null && html.contains(credit.html()), "HTML flavour: " + html);
		} finally {
			clipboard.dispose();
		}
	}

	@Test
	void copyAttributionWorksWhenTheContextStillNamesAClosedShell() throws Exception {
		// The evaluation context's active shell can be one already disposed (a dialog just closed): the command
		// failed with "Widget is disposed" instead of copying.
		IProject project = sampleCorpus("ExplorerCopyAfterClosedShell");
		ExplorerView view = shown(project, 1);
		ArticleRef sample = (ArticleRef) view.model().rowNow(0);
		String credit = ArticleLicenceChecks.check(project, sample.id()).report().attribution().text();
		Shell closed = new Shell(Workbench.display());
		closed.dispose();
		EvaluationContext context = new EvaluationContext(null, new Object());
		context.addVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME, new StructuredSelection(sample));
		context.addVariable(ISources.ACTIVE_SHELL_NAME, closed);

		Object result = new ArticleCommandHandler.CopyAttribution().execute(new ExecutionEvent(null, Map.of(), null, context));
		Job job = assertInstanceOf(Job.class, result);
		Workbench.waitUntil("the copy finished", () -> job.getResult() != null);

		Clipboard clipboard = new Clipboard(Workbench.display());
		try {
			assertEquals(credit, clipboard.getContents(TextTransfer.getInstance()));
		} finally {
			clipboard.dispose();
		}
	}

	@Test
	void theEntitiesColumnSortsAndTheLicenceCheckFacetFilters() throws Exception {
		IProject project = ExplorerFixture.newCorpus("ExplorerEntitiesStatus");
		ExplorerFixture.put(project,
				article("None", "Press", "en", "2024-01-01", "A short text with nothing to find at all."),
				article("Two", "Press", "en", "2024-01-02", "Another short text, also quiet."),
				article("One", "Press", "en", "2024-01-03", "A third text, just as quiet."));
		EntityStore store = new EntityStore(CorpusProjects.corpus(project).folder());
		for (String id : CorpusProjects.corpus(project).ids()) {
			String title = CorpusProjects.corpus(project).get(id).orElseThrow().title();
			List<Mention> mentions = new ArrayList<>();
			if (!title.equals("None")) {
				mentions.add(new Mention(id, 0, 1, "A", "person:a", "PERSON", "manual", 1.0, MentionStatus.ACCEPTED));
			}
			if (title.equals("Two")) {
				mentions.add(new Mention(id, 8, 13, "short", "place:b", "PLACE", "manual", 1.0, MentionStatus.SUGGESTED));
				mentions.add(new Mention(id, 14, 18, "text", "org:c", "ORG", "manual", 1.0, MentionStatus.REJECTED));
			}
			store.saveMentions(id, mentions);
		}
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
		ExplorerView view = shown(project, 3);

		view.sortByForTest(Column.ENTITIES);
		ExplorerFixture.settle(view, project);
		assertEquals(List.of("Two", "One", "None"), ExplorerFixture.titles(view), "most entities first");
		assertEquals(Column.ENTITIES.ordinal(),
				Arrays.asList(view.viewer().getTable().getColumns()).indexOf(view.viewer().getTable().getSortColumn()));
		view.sortByForTest(Column.ENTITIES);
		ExplorerFixture.settle(view, project);
		assertEquals(List.of("None", "One", "Two"), ExplorerFixture.titles(view));

		// The licence check facet: every article checked by the build, each counted under its verdict.
		Workbench.waitUntil("the licence check facet has counts", () -> statusItems(view).size() > 1);
		List<String> items = statusItems(view);
		int counted = items.stream().skip(1).mapToInt(item -> Integer.parseInt(item.replaceAll(".*\\((\\d+)\\)$", "$1")))
				.sum();
		assertEquals(3, counted, items.toString());
		Combo combo = view.facetBar().combo(ExplorerQuery.STATUS);
		combo.select(1);
		combo.notifyListeners(SWT.Selection, new Event());
		ExplorerFixture.settle(view, project);
		String chosen = view.state().query.statusFilter();
		List<ArticleRef> rows = ExplorerFixture.rows(view).stream().map(ArticleRef.class::cast).toList();
		assertFalse(rows.isEmpty());
		assertTrue(rows.stream().allMatch(r -> r.status().name().equals(chosen)), rows + " all " + chosen);
		assertTrue(items.get(1).endsWith("(" + rows.size() + ")"), items + " vs " + rows.size());

		// Sorted by an index order, the filter on the verdict is paged from the index: the same articles, and the
		// facet still counts every verdict among the articles before its filter.
		view.sortByForTest(Column.TITLE);
		ExplorerFixture.settle(view, project);
		assertFalse(view.model().hasAllRows(), "paged from the index");
		List<ArticleRef> paged = ExplorerFixture.rows(view).stream().map(ArticleRef.class::cast).toList();
		assertEquals(rows.stream().map(ArticleRef::id).sorted().toList(), paged.stream().map(ArticleRef::id).sorted().toList());
		assertEquals(chosen, view.state().query.statusFilter());
		assertEquals(items, statusItems(view));
		combo.select(0);
		combo.notifyListeners(SWT.Selection, new Event());
		view.resetQueryForTest();
		ExplorerFixture.settle(view, project);
	}

	private static List<String> statusItems(ExplorerView view) {
		return Arrays.asList(view.facetBar().combo(ExplorerQuery.STATUS).getItems());
	}

	private static IProject sampleCorpus(String name) throws Exception {
		Workbench.joinJobs(DossierUi.JOB_FAMILY);
		IProject project = ExplorerFixture.newCorpus(name);
		ImportArticlesJob imported = ImportArticlesJob.start(project, List.of(ExplorerFixture.SAMPLE),
				IngestOptions.defaults(), false);
		Workbench.waitUntil("the import finished", () -> imported.getResult() != null);
		Workbench.joinJobs(DossierWorkspace.JOB_FAMILY);
		return project;
	}

	private static ExplorerView shown(IProject project, int rows) throws Exception {
		ExplorerView view = ExplorerFixture.showView();
		ExplorerFixture.show(view, project);
		ExplorerFixture.waitForRows(view, project, rows);
		return view;
	}

	/** The loaded row at {@code index}, or null (it is being read). */
	private static ArticleRef row(ExplorerView view, int index) {
		Object row = view.model().rowAt(index);
		return row instanceof ArticleRef ref ? ref : null;
	}

	private static IMarker[] markers(IFile file) {
		try {
			return file.findMarkers(LicenceMarkers.TYPE, true, IResource.DEPTH_ZERO);
		} catch (CoreException e) {
			return new IMarker[0];
		}
	}

	/**
	 * Selects {@code row} (nothing when null) in the explorer, runs {@code command} as a key or menu would, and
	 * waits for the job it started.
	 */
	private static Job run(ExplorerView view, String command, ArticleRef row) throws Exception {
		StructuredSelection wanted = row == null ? StructuredSelection.EMPTY : new StructuredSelection(row);
		Workbench.page().activate(view);
		view.viewer().setSelection(wanted, true);
		Workbench.processEvents();
		if (row != null) {
			Command handle = view.getSite()
					.getService(ICommandService.class).getCommand(command);
			Workbench.waitUntil(command + " is enabled on the selected row", () -> {
				// On a fresh workbench another part (or the first-start Samples import) may take the activation.
				if (Workbench.page().getActivePart() != view) {
					Workbench.page().activate(view);
				}
				if (!view.viewer().getStructuredSelection().toList().equals(wanted.toList())) {
					view.viewer().setSelection(wanted, true);
				}
				return handle.isEnabled();
			});
		}
		Object result = view.getSite().getService(IHandlerService.class).executeCommand(command, null);
		Job job = assertInstanceOf(Job.class, result);
		Workbench.waitUntil(command + " finished", () -> job.getResult() != null); // joining would block its syncExec
		Workbench.joinJobs(ExplorerUi.JOB_FAMILY);
		return job;
	}
}
