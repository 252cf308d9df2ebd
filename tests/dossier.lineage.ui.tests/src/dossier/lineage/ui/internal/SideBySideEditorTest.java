// SPDX-License-Identifier: EPL-2.0
package dossier.lineage.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import org.eclipse.core.resources.IProject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dossier.lineage.LineageLink;
import dossier.lineage.LinkType;
import dossier.lineage.ParagraphAlignment;
import dossier.lineage.ui.LineageUi;
import dossier.tests.common.Workbench;
import dossier.workspace.CorpusProjects;

/**
 * The side-by-side editor in a running workbench, on a real Global Voices story: the English original of 25 March
 * 2011 and its Arabic translation (fixtures/ATTRIBUTION.md). Opened from the Entity Editor with "Compare with
 * Original" and from the Lineage view's Compare button.
 */
class SideBySideEditorTest {

	private LineageView view;

	@AfterEach
	void close() {
		Workbench.page().closeAllEditors(false);
		if (view != null) {
			Workbench.page().hideView(view);
		}
		Workbench.joinJobs(LineageUi.JOB_FAMILY);
	}

	@Test
	void fromTheEntityEditorTheArabicTranslationOpensRightToLeftBesideItsEnglishOriginalParagraphsAligned()
			throws Exception {
		List<String> ids = new ArrayList<>();
		IProject project = LineageFixture.corpus("SideBySide",
				List.of(LineageFixture.syriaEnglish(), LineageFixture.syriaArabic()), ids);
		String english = ids.get(0);
		String arabic = ids.get(1);
		IEditorPart entityEditor = IDE.openEditor(Workbench.page(), CorpusProjects.articleFile(project, arabic), true);
		Workbench.page().activate(entityEditor);
		Workbench.window().getService(IHandlerService.class).executeCommand(CompareWithOriginalHandler.COMMAND, null);
		SideBySideEditor editor = opened();

		// Both panes hold their article's text, each laid out in its own direction.
		SideBySideJob.Compared compared = editor.shown();
		assertEquals(english, compared.original().id());
		assertEquals(arabic, compared.copy().id());
		assertEquals(LineageFixture.text("gv-syria-dignity-en.txt"), editor.originalPane().text().getText());
		assertEquals(LineageFixture.text("gv-syria-dignity-ar.txt"), editor.copyPane().text().getText());
		assertEquals(SWT.LEFT_TO_RIGHT, editor.originalPane().text().getOrientation());
		assertEquals(SWT.RIGHT_TO_LEFT, editor.copyPane().text().getOrientation());
		assertEquals("Original", editor.originalPane().roleText());
		assertEquals("Translation", editor.copyPane().roleText());
		assertEquals("Syria: ‘Friday of Dignity’ Protests Erupt Countrywide", editor.originalPane().titleText());

		// The link and its evidence above them.
		LineageLink link = compared.link();
		assertEquals(LinkType.TRANSLATION, link.type());
		assertEquals(english, link.from());
		String header = editor.headerText();
		assertTrue(header.startsWith("translation "), header);
		assertTrue(header.contains("fingerprint: "), header);
		assertTrue(header.contains("@AnonymousSyria") || header.contains("anonymoussyria"), header);

		// The Arabic edition has no headline: every other English paragraph has its Arabic partner, in order.
		ParagraphAlignment alignment = compared.alignment();
		assertEquals(OptionalInt.empty(), alignment.copyOf(0));
		for (int paragraph = 1; paragraph < 8; paragraph++) {
			assertEquals(OptionalInt.of(paragraph - 1), alignment.copyOf(paragraph), "English paragraph " + paragraph);
		}
		assertTrue(editor.statusText().startsWith("7 paragraphs paired of 8 in the original and 7 in the copy"),
				editor.statusText());
		// Paired paragraphs start at the same height in both panes: a parallel text.
		for (ParagraphAlignment.Pair pair : alignment.pairs()) {
			if (pair.paired()) {
				assertEquals(top(editor.originalPane(), pair.original()), top(editor.copyPane(), pair.copy()),
						"pair " + pair + " level");
			}
		}

		// A click in the Hama paragraph highlights it and its Arabic partner, and says what they share.
		editor.sync().select(true, 3);
		Workbench.processEvents();
		assertEquals(3, editor.originalPane().highlighted());
		assertEquals(2, editor.copyPane().highlighted());
		assertNotNull(lineBackground(editor.copyPane(), 2));
		assertNull(lineBackground(editor.copyPane(), 1));
		assertTrue(editor.statusText().contains("1982"), editor.statusText());
		// The partner is brought to where the reader is.
		assertLevel(editor, 3, 2);

		// And the other way: the Arabic paragraph on Aleppo's mosque highlights the English one.
		editor.sync().select(false, 6);
		Workbench.processEvents();
		assertEquals(7, editor.originalPane().highlighted());
		assertNotNull(lineBackground(editor.originalPane(), 7));
		assertNull(lineBackground(editor.originalPane(), 3), "the paragraph highlighted before is no longer");
		assertLevel(editor, 7, 6);

		// The headline the translation left out has no partner, and the status says so.
		editor.sync().select(true, 0);
		assertEquals(-1, editor.copyPane().highlighted());
		assertTrue(editor.statusText().contains("no partner"), editor.statusText());
	}

	@Test
	void scrollingOneSideScrollsTheOtherPairedParagraphsStayingLevel() throws Exception {
		List<String> ids = new ArrayList<>();
		IProject project = LineageFixture.corpus("SideBySideScroll",
				List.of(LineageFixture.english(), LineageFixture.french()), ids);
		IEditorPart entityEditor = IDE.openEditor(Workbench.page(), CorpusProjects.articleFile(project, ids.get(1)), true);
		Workbench.page().activate(entityEditor);
		Workbench.window().getService(IHandlerService.class).executeCommand(CompareWithOriginalHandler.COMMAND, null);
		SideBySideEditor editor = opened();
		assertEquals(ids.get(0), editor.shown().original().id());
		StyledText english = editor.originalPane().text();
		StyledText french = editor.copyPane().text();
		Workbench.processEvents();
		int bottom = english.getTopPixel() + english.getLinePixel(english.getLineCount() - 1);
		assertTrue(bottom > english.getClientArea().height, "the post is longer than its pane: " + bottom);

		// The reader scrolls the English original down: the French translation follows, level.
		ParagraphAlignment.Pair third = editor.shown().alignment().pairs().stream()
				.filter(pair -> pair.paired() && pair.original() >= 2).findFirst().orElseThrow();
		english.setTopPixel(editor.originalPane().paragraphTop(third.original()));
		Workbench.waitUntil("the French text followed", () -> {
			Workbench.processEvents();
			return french.getTopPixel() > 0;
		});
		assertEquals(english.getTopPixel(), french.getTopPixel(), "level pairs scroll as one");
		assertEquals(0, french.getLinePixel(editor.copyPane().lineOf(third.copy()))
				+ french.getLineVerticalIndent(editor.copyPane().lineOf(third.copy())), "the partner at the top too");

		// And back, from the French side.
		french.setTopPixel(0);
		Workbench.waitUntil("the English text followed", () -> {
			Workbench.processEvents();
			return english.getTopPixel() == 0;
		});
	}

	@Test
	void theLineageViewsCompareButtonOpensTheSelectedLinksCopyBesideItsOriginal() throws Exception {
		List<String> ids = new ArrayList<>();
		IProject project = LineageFixture.corpus("SideBySideView",
				List.of(LineageFixture.syriaEnglish(), LineageFixture.syriaArabic()), ids);
		String english = ids.get(0);
		String arabic = ids.get(1);
		view = (LineageView) Workbench.page().showView(LineageUi.VIEW_ID, null, IWorkbenchPage.VIEW_VISIBLE);
		IDE.openEditor(Workbench.page(), CorpusProjects.articleFile(project, english), true);
		LineageFixture.settle("the view shows the English original's chain", () -> !view.computing()
				&& view.shown() != null && view.shown().chain().articleId().equals(english)
				&& view.shown().chain().links().size() == 1);
		LineageLink translation = view.shown().chain().links().get(0);
		view.graph().select(null, translation);
		assertTrue(view.compareButton().isEnabled());
		view.compareButton().notifyListeners(SWT.Selection, new Event());
		SideBySideEditor editor = opened();
		assertEquals(english, editor.shown().original().id());
		assertEquals(arabic, editor.shown().copy().id());
		assertEquals(SWT.RIGHT_TO_LEFT, editor.copyPane().text().getOrientation());
	}

	@Test
	void anArticleWithoutOriginalOrCopySaysThereIsNothingToCompare() throws Exception {
		List<String> ids = new ArrayList<>();
		IProject project = LineageFixture.corpus("SideBySideAlone", List.of(LineageFixture.english()), ids);
		IEditorPart entityEditor = IDE.openEditor(Workbench.page(), CorpusProjects.articleFile(project, ids.get(0)), true);
		Workbench.page().activate(entityEditor);
		Workbench.window().getService(IHandlerService.class).executeCommand(CompareWithOriginalHandler.COMMAND, null);
		SideBySideEditor editor = opened();
		assertNull(editor.shown().link());
		assertTrue(editor.headerText().contains("nothing to read it beside"), editor.headerText());
		assertEquals(LineageFixture.english().text(), editor.copyPane().text().getText());
	}

	/** The side-by-side editor, active, once it shows what its job found. */
	private static SideBySideEditor opened() {
		LineageFixture.settle("the side-by-side editor shows the articles", () -> {
			IEditorPart active = Workbench.page().getActiveEditor();
			return active instanceof SideBySideEditor editor && !editor.computing() && editor.shown() != null;
		});
		return (SideBySideEditor) Workbench.page().getActiveEditor();
	}

	/** Where paragraph {@code paragraph}'s text starts, in pixels from the top of its pane's text. */
	private static int top(SideBySidePane pane, int paragraph) {
		int line = pane.lineOf(paragraph);
		return pane.text().getTopPixel() + pane.text().getLinePixel(line) + pane.text().getLineVerticalIndent(line);
	}

	private static Object lineBackground(SideBySidePane pane, int paragraph) {
		return pane.text().getLineBackground(pane.lineOf(paragraph));
	}

	/** Both paragraphs of a pair are in view in their panes: the partner was brought to where the reader is. */
	private static void assertLevel(SideBySideEditor editor, int original, int copy) {
		assertInView(editor.originalPane(), original);
		assertInView(editor.copyPane(), copy);
	}

	private static void assertInView(SideBySidePane pane, int paragraph) {
		StyledText text = pane.text();
		int y = top(pane, paragraph) - text.getTopPixel();
		assertTrue(y >= 0 && y < text.getClientArea().height, "paragraph " + paragraph + " in view: " + y);
	}
}
