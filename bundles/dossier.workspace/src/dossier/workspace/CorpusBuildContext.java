// SPDX-License-Identifier: EPL-2.0
package dossier.workspace;

import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;

import dossier.core.store.Corpus;

/**
 * What changed in a corpus project since its last build.
 *
 * @param project the corpus project
 * @param corpus the corpus in the project's folder, already open
 * @param fullBuild true when every article is to be treated as changed (first build, clean, or a change the
 *        builder cannot narrow down)
 * @param changed ids of articles added or changed (all of them on a full build)
 * @param removed ids of articles removed
 */
public record CorpusBuildContext(IProject project, Corpus corpus, boolean fullBuild, Set<String> changed,
		Set<String> removed) {

	public CorpusBuildContext {
		changed = Set.copyOf(changed);
		removed = Set.copyOf(removed);
	}

	/** The workspace file of article {@code id}, where markers about it go. */
	public IFile articleFile(String id) {
		return CorpusProjects.articleFile(project, id);
	}
}
