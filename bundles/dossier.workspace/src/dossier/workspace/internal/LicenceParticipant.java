// SPDX-License-Identifier: EPL-2.0
package dossier.workspace.internal;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;

import dossier.workspace.CorpusBuildContext;
import dossier.workspace.CorpusBuildParticipant;
import dossier.workspace.licence.LicenceMarkerWriter;

/**
 * The licence build participant (order 50): checks the articles a build added or changed and replaces their
 * licence markers ({@link LicenceMarkerWriter}). The preferences (outgoing licence, use, severities, enabled rules)
 * are read at the start of every build; a change of preferences takes effect on the next full build, which the
 * preference pages ask for.
 */
public class LicenceParticipant implements CorpusBuildParticipant {

	@Override
	public void build(CorpusBuildContext context, IProgressMonitor monitor) throws CoreException {
		LicenceMarkerWriter.check(context.project(), context.changed(), context.fullBuild(), monitor);
	}

	@Override
	public void clean(CorpusBuildContext context, IProgressMonitor monitor) throws CoreException {
		LicenceMarkerWriter.clean(context.project());
	}
}
