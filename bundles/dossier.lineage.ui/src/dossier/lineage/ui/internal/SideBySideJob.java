// SPDX-License-Identifier: EPL-2.0
package dossier.lineage.ui.internal;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Control;

import dossier.core.model.Article;
import dossier.core.store.Corpus;
import dossier.lineage.LineageLink;
import dossier.lineage.ParagraphAlignment;
import dossier.workspace.CorpusProjects;
import dossier.workspace.lineage.ProjectLineage;

/**
 * Finds the link an article is read side by side through ({@link SideBySidePairs}, among the links stored with the
 * corpus: {@link ProjectLineage#stored}), reads both articles and aligns their paragraphs.
 */
final class SideBySideJob extends LineageJob<SideBySideJob.Compared> {

	/**
	 * What the editor shows.
	 *
	 * @param link the link read through, or null when the article has no original nor copy (then {@code original}
	 *        is null too)
	 * @param original the link's original
	 * @param copy the link's copy (the article asked for when it has no link)
	 * @param alignment their paragraphs paired, or null without an original
	 */
	record Compared(IProject project, @Nullable LineageLink link, @Nullable Article original, Article copy,
			@Nullable ParagraphAlignment alignment) {
	}

	private final SideBySideInput input;

	SideBySideJob(SideBySideInput input, Object owner, Control control) {
		super(Messages.SideBySideJob_name, owner, control);
		this.input = input;
	}

	@Override
	protected Compared compute(IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), 10);
		IProject project = input.project();
		List<LineageLink> links = ProjectLineage.stored(project, progress.split(7));
		Corpus corpus = CorpusProjects.corpus(project);
		Optional<LineageLink> chosen = SideBySidePairs.choose(input.articleId(), input.partnerId(), links);
		progress.split(1);
		if (chosen.isEmpty()) {
			return new Compared(project, null, null, read(corpus, input.articleId()), null);
		}
		LineageLink link = chosen.get();
		Article original = read(corpus, SideBySidePairs.originalOf(link));
		Article copy = read(corpus, link.to());
		progress.split(1);
		ParagraphAlignment alignment = ParagraphAlignment.align(original.text(), copy.text());
		progress.split(1);
		return new Compared(project, link, original, copy, alignment);
	}

	private Article read(Corpus corpus, String id) throws CoreException {
		try {
			Optional<Article> article = corpus.get(id);
			if (article.isEmpty()) {
				throw new CoreException(Status.error(NLS.bind(Messages.SideBySide_missing, id)));
			}
			return article.get();
		} catch (IOException e) {
			throw new CoreException(Status.error(NLS.bind(Messages.SideBySide_unreadable, id, e.getMessage()), e));
		}
	}
}
