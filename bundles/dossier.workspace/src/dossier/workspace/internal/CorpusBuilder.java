// SPDX-License-Identifier: EPL-2.0
package dossier.workspace.internal;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.osgi.util.NLS;

import dossier.core.store.Corpus;
import dossier.workspace.CorpusBuildContext;
import dossier.workspace.CorpusProjects;

/**
 * The corpus builder: narrows a resource delta down to the articles added, changed or removed, and hands that
 * to every build participant in order. On a full build, and whenever article files appeared or vanished, the
 * corpus rescans its folder ({@link Corpus#rescan()}), so articles changed outside the workbench (a git pull, the
 * command line) are seen. It is rescanned in place, never reopened: an import writing into it at the same time
 * keeps its instance, its temporary files and its listeners.
 */
public class CorpusBuilder extends IncrementalProjectBuilder {

	@Override
	protected IProject @Nullable [] build(int kind, @Nullable Map<String, String> args, @Nullable IProgressMonitor monitor) throws CoreException {
		IProject project = getProject();
		IResourceDelta delta = kind == FULL_BUILD ? null : getDelta(project);
		Set<String> changed = new TreeSet<>();
		Set<String> removed = new TreeSet<>();
		boolean full = delta == null;
		Corpus corpus = CorpusProjects.corpus(project);
		if (full) {
			rescan(project, corpus);
		} else {
			collect(delta, changed, removed);
			if (changed.isEmpty() && removed.isEmpty()) {
				return null;
			}
			if (!removed.isEmpty() || changed.stream().anyMatch(id -> !corpus.contains(id))) {
				// Files appeared or vanished behind the corpus's back: let it read its folder again.
				rescan(project, corpus);
			}
		}
		if (full) {
			changed.addAll(corpus.ids());
		}
		CorpusBuildContext context = new CorpusBuildContext(project, corpus, full, changed, removed);
		run(context, false, monitor);
		return null;
	}

	private static void rescan(IProject project, Corpus corpus) throws CoreException {
		try {
			corpus.rescan();
		} catch (IOException e) {
			throw new CoreException(Status.error(
					NLS.bind(Messages.CorpusBuilder_rescanFailed, project.getName(), e.getMessage()), e));
		}
	}

	@Override
	protected void clean(@Nullable IProgressMonitor monitor) throws CoreException {
		IProject project = getProject();
		Corpus corpus = CorpusProjects.corpus(project);
		rescan(project, corpus);
		run(new CorpusBuildContext(project, corpus, true, Set.copyOf(corpus.ids()), Set.of()), true, monitor);
	}

	private static void run(CorpusBuildContext context, boolean clean, @Nullable IProgressMonitor monitor) {
		List<BuildParticipants.Participant> participants = BuildParticipants.all();
		SubMonitor progress = SubMonitor.convert(monitor, Math.max(1, participants.size()));
		for (BuildParticipants.Participant participant : participants) {
			SubMonitor step = progress.split(1);
			step.setTaskName(NLS.bind(Messages.CorpusBuilder_task, participant.name(), context.project().getName()));
			try {
				if (clean) {
					participant.implementation().clean(context, step);
				} else {
					participant.implementation().build(context, step);
				}
			} catch (OperationCanceledException e) {
				throw e;
			} catch (CoreException | RuntimeException e) {
				ILog.of(CorpusBuilder.class).error(NLS.bind(Messages.CorpusBuilder_participantFailed, participant.id(),
						context.project().getName()), e);
			}
		}
	}

	private static void collect(@Nullable IResourceDelta delta, Set<String> changed, Set<String> removed) throws CoreException {
		delta.accept(child -> {
			IResource resource = child.getResource();
			if (resource.getType() != IResource.FILE) {
				IPath path = resource.getProjectRelativePath();
				return path.isEmpty() || Corpus.ARTICLES.equals(path.segment(0));
			}
			CorpusProjects.articleId(resource).ifPresent(id -> {
				if (child.getKind() == IResourceDelta.REMOVED) {
					removed.add(id);
				} else if (child.getKind() == IResourceDelta.ADDED || (child.getFlags() & IResourceDelta.CONTENT) != 0
						|| (child.getFlags() & IResourceDelta.REPLACED) != 0) {
					changed.add(id);
				}
			});
			return false;
		});
	}
}
