// SPDX-License-Identifier: EPL-2.0
package dossier.workspace;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Work that runs when the articles of a corpus project change (extension point {@code dossier.buildParticipants}).
 * Implementations are created once per workbench session and called from the build thread.
 */
public interface CorpusBuildParticipant {

	/**
	 * Brings this participant's state (index, markers, ...) up to date with {@code context}.
	 *
	 * @param monitor reports progress and cancellation; the participant must honour cancellation
	 */
	void build(CorpusBuildContext context, IProgressMonitor monitor) throws CoreException;

	/** Forgets everything about the project: called on a clean build, before the full build. */
	default void clean(CorpusBuildContext context, IProgressMonitor monitor) throws CoreException {
		// nothing by default
	}
}
