// SPDX-License-Identifier: EPL-2.0
package dossier.entities.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;

import org.eclipse.core.resources.IMarker;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.ide.IDE;

import dossier.entities.ui.EntityEditorIds;
import dossier.entities.ui.internal.EntitiesUiPlugin;
import dossier.entities.ui.internal.Messages;
import dossier.entities.ui.internal.text.MentionTextViewer;
import dossier.entities.ui.internal.text.ProblemAnnotation;

/**
 * The quick fixes of the problems on the Text page: the marker resolutions contributed for licence markers
 * (dossier.licence.ui contributes them; this bundle only asks the workbench's marker help registry, so it does
 * not depend on it), offered by Ctrl+1 at the caret, the vertical ruler's context menu and the text's context
 * menu.
 */
public final class LicenceQuickFixes {

	/** One quick fix of one marker. */
	public record Fix(ProblemAnnotation problem, IMarker marker, IMarkerResolution resolution) {

		public String label() {
			return resolution.getLabel();
		}

		/** Applies it (the resolution changes the article's attribution record; the next build updates markers). */
		public void run() {
			try {
				resolution.run(marker);
			} catch (RuntimeException e) {
				EntitiesUiPlugin.log(resolution.getLabel(), e);
			}
		}
	}

	/** Ctrl+1: the command the workbench binds to "Quick Fix". */
	public static final String COMMAND = "org.eclipse.jdt.ui.edit.text.java.correction.assist.proposals"; //$NON-NLS-1$

	private final MentionTextViewer text;
	private MenuManager popup;

	LicenceQuickFixes(MentionTextViewer text) {
		this.text = text;
	}

	/**
	 * Adds a Quick Fix submenu to the text's context menu (filled when it opens, for {@code selectionOffset}) and
	 * a context menu to the vertical ruler (for the line clicked).
	 */
	void install(MenuManager textMenu, IntSupplier selectionOffset) {
		MenuManager submenu = new MenuManager(Messages.QuickFix_menu, "quickFix"); //$NON-NLS-1$
		textMenu.add(new Separator("problems")); //$NON-NLS-1$
		textMenu.add(submenu);
		textMenu.addMenuListener(shown -> {
			submenu.removeAll();
			List<Fix> fixes = at(selectionOffset.getAsInt());
			if (!fixes.isEmpty()) {
				fill(submenu, fixes);
			}
		});
		MenuManager rulerMenu = new MenuManager("#RulerContext", EntityEditorIds.RULER_MENU); //$NON-NLS-1$
		rulerMenu.setRemoveAllWhenShown(true);
		rulerMenu.addMenuListener(shown -> fill(shown, onLine(text.ruler().getLineOfLastMouseButtonActivity())));
		text.ruler().getControl().setMenu(rulerMenu.createContextMenu(text.ruler().getControl()));
		text.problemColumnControl().setMenu(text.ruler().getControl().getMenu());
	}

	/** The quick fixes of the problems at {@code offset}, else of the problems on its line. */
	List<Fix> at(int offset) {
		List<ProblemAnnotation> problems = text.problemsAt(offset);
		IDocument document = text.viewer().getDocument();
		if (problems.isEmpty() && document != null) {
			try {
				problems = text.problemsOnLine(document.getLineOfOffset(offset));
			} catch (BadLocationException e) {
				problems = List.of();
			}
		}
		return of(problems);
	}

	/** The quick fixes of the problems on document line {@code line}: what the ruler's menu offers. */
	List<Fix> onLine(int line) {
		return of(text.problemsOnLine(line));
	}

	/** Ctrl+1: a menu of the quick fixes at the caret, shown below it. */
	void showAtCaret() {
		int caret = text.widget().getCaretOffset();
		if (popup != null) {
			popup.dispose();
		}
		popup = new MenuManager();
		fill(popup, at(text.viewer().widgetOffset2ModelOffset(caret)));
		Menu menu = popup.createContextMenu(text.widget());
		popup.update(true); // the items now, not when the menu is first shown
		Point at = text.widget().getLocationAtOffset(caret);
		menu.setLocation(text.widget().toDisplay(at.x, at.y + text.widget().getLineHeight(caret)));
		menu.setVisible(true);
	}

	/** The menu the last Ctrl+1 showed, or null. */
	@Nullable Menu lastMenu() {
		return popup == null ? null : popup.getMenu();
	}

	void dispose() {
		if (popup != null) {
			popup.dispose();
		}
	}

	/** The quick fixes of {@code problems}, each problem's in the registry's order. */
	public static List<Fix> of(List<ProblemAnnotation> problems) {
		List<Fix> fixes = new ArrayList<>();
		for (ProblemAnnotation problem : problems) {
			IMarker marker = LicenceProblems.marker(problem);
			if (marker == null || !IDE.getMarkerHelpRegistry().hasResolutions(marker)) {
				continue;
			}
			for (IMarkerResolution resolution : IDE.getMarkerHelpRegistry().getResolutions(marker)) {
				fixes.add(new Fix(problem, marker, resolution));
			}
		}
		return fixes;
	}

	/** Adds one action per fix to {@code menu}, or a disabled "none" item. */
	static void fill(IMenuManager menu, List<Fix> fixes) {
		if (fixes.isEmpty()) {
			Action none = new Action(Messages.QuickFix_none) {
				// a note, not an action
			};
			none.setEnabled(false);
			menu.add(none);
			return;
		}
		for (Fix fix : fixes) {
			Action action = new Action(fixes.size() > 1 && distinctProblems(fixes) ? fix.label() + " (" + fix.problem().rule() + ")" //$NON-NLS-1$ //$NON-NLS-2$
					: fix.label()) {
				@Override
				public void run() {
					fix.run();
				}
			};
			if (fix.resolution() instanceof IMarkerResolution2 described) {
				action.setToolTipText(described.getDescription());
				if (described.getImage() != null) {
					action.setImageDescriptor(ImageDescriptor.createFromImage(described.getImage()));
				}
			}
			menu.add(action);
		}
	}

	private static boolean distinctProblems(List<Fix> fixes) {
		return fixes.stream().map(Fix::problem).distinct().count() > 1;
	}
}
