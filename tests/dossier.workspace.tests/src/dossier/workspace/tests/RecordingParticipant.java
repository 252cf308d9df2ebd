// SPDX-License-Identifier: EPL-2.0
package dossier.workspace.tests;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.IProgressMonitor;

import dossier.workspace.CorpusBuildContext;
import dossier.workspace.CorpusBuildParticipant;

/** Contributed by this fragment: remembers every build it takes part in. */
public class RecordingParticipant implements CorpusBuildParticipant {

	static final List<CorpusBuildContext> BUILDS = new CopyOnWriteArrayList<>();
	static final List<CorpusBuildContext> CLEANS = new CopyOnWriteArrayList<>();

	@Override
	public void build(CorpusBuildContext context, IProgressMonitor monitor) {
		BUILDS.add(context);
	}

	@Override
	public void clean(CorpusBuildContext context, IProgressMonitor monitor) {
		CLEANS.add(context);
	}
}
