// SPDX-License-Identifier: EPL-2.0
package dossier.workspace.lineage;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jdt.annotation.Nullable;

import dossier.core.model.Article;
import dossier.core.store.Corpus;
import dossier.core.store.CorpusLock;
import dossier.index.LicenceLabels;
import dossier.lineage.Lineage;
import dossier.lineage.LineageFile;
import dossier.lineage.LineageLink;
import dossier.lineage.LinkStatus;
import dossier.workspace.CorpusProjects;

/**
 * Lineage of a corpus project, for the workbench's views: the links stored in the corpus's
 * {@value LineageFile#FILE_NAME} by linking on import ({@link ProjectLinking}), one article's chain among them, and an
 * analyst's decision stored through {@link LineageFile#decide}. Reads and writes files: call it from a job, never from
 * the UI thread.
 */
public final class ProjectLineage {

	/** Most articles a chain holds: an original republished a thousand times is shown by its first copies. */
	public static final int MAX_NODES = 40;

	/**
	 * One article of a chain, as a reader tells it apart from the others.
	 *
	 * @param id the article's id
	 * @param title its title (its id when it has none)
	 * @param language its language code ({@code und} when unknown)
	 * @param publisher its publisher, or empty
	 * @param published its publication date as stored (ISO), or empty
	 * @param licence the rough label of the licence it states ({@link LicenceLabels#rough(Article)}: {@code CC-BY-SA},
	 *        {@code none}...)
	 * @param inCorpus false when the corpus no longer holds it (deleted since it was linked)
	 */
	public record Node(String id, String title, String language, String publisher, String published, String licence,
			boolean inCorpus) {
	}

	/**
	 * The chain of one article: every article its derivation links (duplicate, republication, translation) reach,
	 * whichever way, and its own same-story links; at most {@link #MAX_NODES} articles, nearest first.
	 *
	 * @param articleId the article the chain was asked for
	 * @param nodes its articles, the asked one first
	 * @param links the links between them (not rejected), in the corpus's order
	 * @param complete false when {@link #MAX_NODES} cut the chain
	 */
	public record Chain(String articleId, List<Node> nodes, List<LineageLink> links, boolean complete) {

		/** The node of {@code id}, if the chain holds it. */
		public Optional<Node> node(String id) {
			return nodes.stream().filter(node -> node.id().equals(id)).findFirst();
		}
	}

	private ProjectLineage() {
	}

	/**
	 * The links stored with {@code project}'s corpus, as the views show them: suggested and confirmed links between
	 * articles the corpus holds (rejected ones, and those of a removed article, left out: {@link Lineage#stored}).
	 * The corpus build links what an import adds ({@link ProjectLinking}); when that linking has work in progress, or
	 * the corpus has no lineage file yet, this waits for it first ({@link ProjectLinking#awaitLinks}). Nothing else is
	 * linked here: the stored file is the one source of the workbench's links, as it is of {@code dossier lineage}'s.
	 *
	 * @throws CoreException when the project is not an open corpus or its lineage file cannot be read
	 * @throws OperationCanceledException when the monitor is cancelled while waiting for the linking
	 */
	public static List<LineageLink> stored(IProject project, IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, 2);
		ProjectLinking.awaitLinks(project, progress.split(1));
		try {
			return Lineage.stored(CorpusProjects.corpus(project));
		} catch (IOException e) {
			throw new CoreException(Status.error(e.getMessage(), e));
		}
	}

	/**
	 * The chain of article {@code id} among {@code links} (decisions applied), with each article's title, language,
	 * publisher, date and licence read from the corpus.
	 *
	 * @throws CoreException when the project is not an open corpus
	 */
	public static Chain chain(IProject project, String id, List<LineageLink> links) throws CoreException {
		Map<String, List<LineageLink>> byArticle = new HashMap<>();
		for (LineageLink link : links) {
			byArticle.computeIfAbsent(link.from(), k -> new ArrayList<>()).add(link);
			byArticle.computeIfAbsent(link.to(), k -> new ArrayList<>()).add(link);
		}
		Set<String> reached = new LinkedHashSet<>();
		Set<LineageLink> chained = new LinkedHashSet<>();
		Deque<String> queue = new ArrayDeque<>();
		reached.add(id);
		queue.add(id);
		boolean complete = true;
		while (!queue.isEmpty()) {
			String current = queue.poll();
			for (LineageLink link : byArticle.getOrDefault(current, List.of())) {
				// a same story is the asked article's neighbour, not a way into another story's family
				if (!link.type().isDerivation() && !link.involves(id)) {
					continue;
				}
				String other = link.from().equals(current) ? link.to() : link.from();
				if (!reached.contains(other)) {
					if (reached.size() == MAX_NODES) {
						complete = false;
						continue;
					}
					reached.add(other);
					if (link.type().isDerivation()) {
						queue.add(other);
					}
				}
				chained.add(link);
			}
		}
		Corpus corpus = CorpusProjects.corpus(project);
		List<Node> nodes = new ArrayList<>(reached.size());
		for (String member : reached) {
			nodes.add(node(corpus, member));
		}
		List<LineageLink> ordered = links.stream().filter(chained::contains).toList();
		return new Chain(id, nodes, ordered, complete);
	}

	private static Node node(Corpus corpus, String id) {
		Optional<Article> read;
		try {
			read = corpus.get(id);
		} catch (IOException e) {
			read = Optional.empty();
		}
		if (read.isEmpty()) {
			return new Node(id, id, Article.UNDETERMINED, "", "", LicenceLabels.NONE, false); //$NON-NLS-1$ //$NON-NLS-2$
		}
		Article article = read.get();
		String title = article.title().isBlank() ? id : article.title().strip();
		return new Node(id, title, article.language(), Objects.requireNonNullElse(article.publisher(), ""), //$NON-NLS-1$
				Objects.requireNonNullElse(article.published(), ""), LicenceLabels.rough(article), true); //$NON-NLS-1$
	}

	/**
	 * Records an analyst's decision on {@code link} (one of the stored links) in the corpus's lineage file, under the
	 * corpus's writer lock, the file read again under it (so a linking or a decision made meanwhile is kept); a
	 * rejected link is never proposed again. The file is refreshed in the workspace, so the views that read it see
	 * the change.
	 *
	 * @return the decided link
	 * @throws CoreException when the file cannot be read or written, or no longer holds the link
	 * @throws OperationCanceledException when cancelled while another writer holds the corpus
	 */
	public static LineageLink decide(IProject project, LineageLink link, LinkStatus status, @Nullable IProgressMonitor monitor)
			throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, 3);
		Optional<LineageLink> decided;
		try (CorpusLock lock = CorpusProjects.lockForWriting(project, progress.split(1))) {
			LineageFile file = read(project);
			decided = file.decide(link.from(), link.to(), link.type(), status);
			if (decided.isPresent()) {
				file.write();
			}
		} catch (IOException e) {
			throw new CoreException(Status.error("Cannot store the decision in " + LineageFile.FILE_NAME + " of " //$NON-NLS-1$ //$NON-NLS-2$
					+ project.getName() + ": " + e.getMessage(), e)); //$NON-NLS-1$
		}
		if (decided.isEmpty()) {
			throw new CoreException(Status.error("No " + link.type().id() + " link between " + link.from() + " and " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					+ link.to() + " in " + project.getName())); //$NON-NLS-1$
		}
		lineageFile(project).refreshLocal(IResource.DEPTH_ZERO, progress.split(2));
		return decided.get();
	}

	/** The workspace file of the project's lineage links and decisions, at the corpus's root. */
	public static IFile lineageFile(IProject project) {
		return project.getFile(LineageFile.FILE_NAME);
	}

	private static LineageFile read(IProject project) throws CoreException {
		try {
			return LineageFile.read(CorpusProjects.corpus(project).folder());
		} catch (IOException e) {
			throw new CoreException(Status.error(e.getMessage(), e));
		}
	}
}
