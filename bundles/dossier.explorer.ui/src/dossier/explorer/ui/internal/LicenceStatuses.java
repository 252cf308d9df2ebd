// SPDX-License-Identifier: EPL-2.0
package dossier.explorer.ui.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;

import dossier.workspace.CorpusProjects;
import dossier.workspace.licence.ArticleLicenceChecks;
import dossier.workspace.licence.ArticleLicenceChecks.Status;
import dossier.workspace.licence.LicenceMarkers;

/**
 * A snapshot of a corpus project's licence markers, read in one pass: the worst severity per article, the articles
 * of each rule's findings, and when the project was last checked, from which each article's {@link Status} follows. Background threads only.
 */
final class LicenceStatuses {

	private final IProject project;
	private final long checkedAt;
	private final Map<String, Integer> worst = new HashMap<>();
	private final Map<String, Set<String>> byRule = new HashMap<>();

	private LicenceStatuses(IProject project) {
		this.project = project;
		this.checkedAt = ArticleLicenceChecks.checkedAt(project);
		try {
			for (IMarker marker : project.findMarkers(LicenceMarkers.TYPE, true, IResource.DEPTH_INFINITE)) {
				int severity = marker.getAttribute(IMarker.SEVERITY, -1);
				String rule = marker.getAttribute(LicenceMarkers.RULE, ""); //$NON-NLS-1$
				CorpusProjects.articleId(marker.getResource()).ifPresent(id -> {
					worst.merge(id, severity, Math::max);
					byRule.computeIfAbsent(rule, r -> new HashSet<>()).add(id);
				});
			}
		} catch (CoreException e) {
			// A closed or deleted project: every article counts as not checked.
		}
	}

	static LicenceStatuses of(IProject project) {
		return new LicenceStatuses(project);
	}

	/** The articles with at least one finding of licence rule {@code rule} (its id). */
	Set<String> withFinding(String rule) {
		return byRule.getOrDefault(rule, Set.of());
	}

	/** The worst licence marker severity of article {@code id}, -1 when it has none. */
	int severity(String id) {
		return worst.getOrDefault(id, -1);
	}

	Status status(String id) {
		int severity = severity(id);
		if (severity >= 0) {
			return ArticleLicenceChecks.status(severity, true);
		}
		if (checkedAt <= 0) {
			return Status.NOT_CHECKED;
		}
		IFile file = CorpusProjects.articleFile(project, id);
		return ArticleLicenceChecks.status(-1, file.exists() && file.getLocalTimeStamp() <= checkedAt);
	}
}
