// SPDX-License-Identifier: EPL-2.0
package dossier.explorer.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.PlatformObject;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.viewers.IStructuredSelection;

import dossier.core.model.Article;
import dossier.index.ArticleSummary;
import dossier.workspace.CorpusProjects;
import dossier.workspace.licence.ArticleLicenceChecks;

/**
 * An article as the explorer lists it: its project and what the index stores of it, plus (when it came from a
 * search) the highlighted snippet, the worst licence-problem severity found on its file (-1: none), and, once
 * loaded in the background for the Properties view, the whole article. Adapts to its {@link IFile}.
 */
public final class ArticleRef extends PlatformObject {

	private final IProject project;
	private final ArticleSummary summary;
	private final String snippet;
	private final int licenceSeverity;
	private final ArticleLicenceChecks.Status status;
	private final int entityCount;
	/** Translations and republications made from it, from the stored lineage links; -1 when not known. */
	private final int copies;
	private final @Nullable Article article;

	/** The articles among the elements of {@code selection}, in its order. */
	static List<ArticleRef> allIn(IStructuredSelection selection) {
		List<ArticleRef> articles = new ArrayList<>();
		for (Object element : selection.toList()) {
			if (element instanceof ArticleRef ref) {
				articles.add(ref);
			}
		}
		return articles;
	}

	public ArticleRef(IProject project, ArticleSummary summary, @Nullable String snippet, int licenceSeverity,
			@Nullable Article article) {
		this(project, summary, snippet, licenceSeverity, ArticleLicenceChecks.status(licenceSeverity, false), -1, article);
	}

	/**
	 * @param status the licence check's verdict ({@link ArticleLicenceChecks#status(int, boolean)})
	 * @param entityCount entities mentioned (-1: not known)
	 */
	public ArticleRef(IProject project, ArticleSummary summary, @Nullable String snippet, int licenceSeverity,
			ArticleLicenceChecks.Status status, int entityCount, @Nullable Article article) {
		this(project, summary, snippet, licenceSeverity, status, entityCount, -1, article);
	}

	/** @param copies translations and republications made from it ({@link CopyCounts}; -1: not known) */
	ArticleRef(IProject project, ArticleSummary summary, @Nullable String snippet, int licenceSeverity,
			ArticleLicenceChecks.Status status, int entityCount, int copies, @Nullable Article article) {
		this.copies = copies;
		this.project = Objects.requireNonNull(project);
		this.summary = Objects.requireNonNull(summary);
		this.snippet = snippet == null ? "" : snippet; //$NON-NLS-1$
		this.licenceSeverity = licenceSeverity;
		this.status = Objects.requireNonNull(status);
		this.entityCount = entityCount;
		this.article = article;
	}

	public IProject project() {
		return project;
	}

	public String id() {
		return summary.id();
	}

	public ArticleSummary summary() {
		return summary;
	}

	/** The highlighted passage of a search hit (matches between {@link Snippets#OPEN} and {@link Snippets#CLOSE}). */
	public String snippet() {
		return snippet;
	}

	/** The worst {@code IMarker.SEVERITY_*} of the licence problems on the article's file; -1 when none. */
	public int licenceSeverity() {
		return licenceSeverity;
	}

	/** Clean, warnings, errors or not checked, from the licence markers. */
	public ArticleLicenceChecks.Status status() {
		return status;
	}

	/** How many distinct entities the article's stored mentions (accepted or suggested) link to; -1 when unknown. */
	public int entityCount() {
		return entityCount;
	}

	/**
	 * How many translations and republications were made from it, by the corpus's stored lineage links (not
	 * rejected, their original known); -1 when the corpus has no stored links.
	 */
	public int copies() {
		return copies;
	}

	/** The whole article, when loaded; null otherwise. */
	public @Nullable Article article() {
		return article;
	}

	public ArticleRef withArticle(Article loaded) {
		return new ArticleRef(project, summary, snippet, licenceSeverity, status, entityCount, copies, loaded);
	}

	public IFile file() {
		return fileOf(project, summary.id());
	}

	static IFile fileOf(IProject project, String id) {
		return CorpusProjects.articleFile(project, id);
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter.isAssignableFrom(IFile.class)) {
			return adapter.cast(file());
		}
		return super.getAdapter(adapter);
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof ArticleRef ref && ref.project.equals(project) && ref.id().equals(id());
	}

	@Override
	public int hashCode() {
		return Objects.hash(project, id());
	}

	@Override
	public String toString() {
		return project.getName() + '/' + id();
	}
}
