// SPDX-License-Identifier: EPL-2.0
package dossier.workspace.internal;

import org.eclipse.core.runtime.IProgressMonitor;

import dossier.workspace.CorpusBuildContext;
import dossier.workspace.CorpusBuildParticipant;
import dossier.workspace.ProjectEntities;

/**
 * The entity build participant (order 30): asks for the entities of every article added or changed to be
 * recognised, so that an article opened in the Entity Editor already shows its suggestions — the samples too, on a
 * first start. The recognition itself runs in {@link ProjectEntities}' background job, which holds no workspace
 * rule: the build, the index and the views do not wait for it. A clean build forgets nothing: the mentions files
 * hold the analysts' decisions.
 */
public class EntityParticipant implements CorpusBuildParticipant {

	@Override
	public void build(CorpusBuildContext context, IProgressMonitor monitor) {
		ProjectEntities.recognise(context.project(), context.changed());
	}
}
