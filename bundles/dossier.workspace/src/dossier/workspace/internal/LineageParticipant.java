// SPDX-License-Identifier: EPL-2.0
package dossier.workspace.internal;

import org.eclipse.core.runtime.IProgressMonitor;

import dossier.workspace.CorpusBuildContext;
import dossier.workspace.CorpusBuildParticipant;
import dossier.workspace.lineage.ProjectLinking;

/**
 * The lineage build participant (order 40): asks for the articles a build added, changed or removed to be linked to
 * their originals and copies, and their links stored in the corpus's {@code lineage.json}, keeping the analysts'
 * decisions. The linking runs in {@link ProjectLinking}'s background job, which holds no workspace rule: an import
 * and the build do not wait for it. A clean build forgets the project's index (the full build after it links the
 * corpus afresh) and never the decisions.
 */
public class LineageParticipant implements CorpusBuildParticipant {

	@Override
	public void build(CorpusBuildContext context, IProgressMonitor monitor) {
		ProjectLinking.update(context.project(), context.fullBuild(), context.changed(), context.removed());
	}

	@Override
	public void clean(CorpusBuildContext context, IProgressMonitor monitor) {
		ProjectLinking.forget(context.project());
	}
}
