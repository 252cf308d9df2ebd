package dossier.entities.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.ide.IDE;

import dossier.entities.ui.internal.EntitiesUiPlugin;
import dossier.entities.ui.internal.Messages;
import dossier.entities.ui.internal.text.ProblemAnnotation;

/**
 * The quick fixes of the problems on the Text page: the marker resolutions contributed for licence markers
 * (dossier.licence.ui contributes them; this bundle only asks the workbench's marker help registry, so it does
 * not depend on it).
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

	private LicenceQuickFixes() {
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
