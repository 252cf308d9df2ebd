// SPDX-License-Identifier: EPL-2.0
package dossier.entities.ui.internal.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IMarkerDelta;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jdt.annotation.Nullable;

import dossier.entities.ui.internal.EntitiesUiPlugin;
import dossier.entities.ui.internal.text.ProblemAnnotation;
import dossier.workspace.licence.LicenceMarkers;

/**
 * The licence problem markers of an article file ({@value LicenceMarkers#TYPE}, made by the licence build
 * participant of dossier.workspace) as annotations of the Text page, at their evidence in the article text
 * ({@link LicenceMarkers#EVIDENCE_START}; the markers' own char range points into the JSON file).
 */
final class LicenceProblems {

	private LicenceProblems() {
	}

	/** The problems of {@code file}, in text order; none when it has no markers or cannot be read. */
	static List<ProblemAnnotation> read(IFile file) {
		if (!file.exists()) {
			return List.of();
		}
		IMarker[] markers;
		try {
			markers = file.findMarkers(LicenceMarkers.TYPE, true, IResource.DEPTH_ZERO);
		} catch (CoreException e) {
			EntitiesUiPlugin.log("licence markers of " + file.getFullPath(), e); //$NON-NLS-1$
			return List.of();
		}
		List<ProblemAnnotation> problems = new ArrayList<>(markers.length);
		for (IMarker marker : markers) {
			if (!marker.exists()) {
				continue;
			}
			int start = marker.getAttribute(LicenceMarkers.EVIDENCE_START, -1);
			int end = marker.getAttribute(LicenceMarkers.EVIDENCE_END, -1);
			if (start < 0 || end < start) {
				start = -1;
				end = -1;
			}
			problems.add(new ProblemAnnotation(severity(marker.getAttribute(IMarker.SEVERITY, IMarker.SEVERITY_WARNING)),
					marker.getAttribute(IMarker.MESSAGE, ""), marker.getAttribute(LicenceMarkers.RULE, ""), //$NON-NLS-1$ //$NON-NLS-2$
					marker.getAttribute(LicenceMarkers.REFERENCE, ""), start, end, marker)); //$NON-NLS-1$
		}
		problems.sort(Comparator.comparingInt(ProblemAnnotation::start).thenComparing(ProblemAnnotation::rule));
		return problems;
	}

	private static ProblemAnnotation.Severity severity(int markerSeverity) {
		return switch (markerSeverity) {
		case IMarker.SEVERITY_ERROR -> ProblemAnnotation.Severity.ERROR;
		case IMarker.SEVERITY_INFO -> ProblemAnnotation.Severity.INFO;
		default -> ProblemAnnotation.Severity.WARNING;
		};
	}

	/** True when {@code event} added, removed or changed licence markers of {@code file}. */
	static boolean changed(IResourceChangeEvent event, IFile file) {
		IResourceDelta delta = event.getDelta() == null ? null : event.getDelta().findMember(file.getFullPath());
		if (delta == null || (delta.getFlags() & IResourceDelta.MARKERS) == 0) {
			return false;
		}
		for (IMarkerDelta marker : delta.getMarkerDeltas()) {
			if (marker.isSubtypeOf(LicenceMarkers.TYPE)) {
				return true;
			}
		}
		return false;
	}

	/** The marker a problem shows, or null. */
	static @Nullable IMarker marker(ProblemAnnotation problem) {
		return problem.source() instanceof IMarker marker && marker.exists() ? marker : null;
	}
}
