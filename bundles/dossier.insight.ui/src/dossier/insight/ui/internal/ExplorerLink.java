// SPDX-License-Identifier: EPL-2.0
package dossier.insight.ui.internal;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.ui.IWorkbenchPartSite;
import org.eclipse.ui.PartInitException;

import dossier.explorer.ui.ExplorerFilters;

/** How an insight part shows articles of its corpus in the Article Explorer: a filter, or a search. */
final class ExplorerLink {

	/** The most article ids a click hands to the Explorer's search; more are searched by name. */
	static final int MOST_IDS = 400;

	private final IWorkbenchPartSite site;
	private final Supplier<@Nullable IProject> corpus;

	ExplorerLink(IWorkbenchPartSite site, Supplier<@Nullable IProject> corpus) {
		this.site = site;
		this.corpus = corpus;
	}

	/**
	 * The Explorer's search for the articles {@code ids} (of a place, an entity): their ids, or {@code byName} when
	 * there are more than {@link #MOST_IDS} (too long a query) or none.
	 */
	static String articlesQuery(List<String> ids, Supplier<String> byName) {
		return ids.isEmpty() || ids.size() > MOST_IDS ? byName.get() : "id:(" + String.join(" OR ", ids) + ')'; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** {@code name} as a phrase of the Explorer's query syntax. */
	static String quoted(String name) {
		return '"' + name.replace("\"", "") + '"'; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Shows the Article Explorer searched for {@code query} (in its query syntax) over the corpus. */
	void search(String query) {
		IProject project = corpus.get();
		if (project == null) {
			return;
		}
		try {
			ExplorerFilters.search(site.getPage(), project, query);
		} catch (PartInitException e) {
			ILog.of(getClass()).error("Article Explorer could not be shown", e); //$NON-NLS-1$
		}
	}

	/** Shows the articles with {@code value} for the filter {@code key} in the Article Explorer (null lifts it). */
	void filter(String key, @Nullable String value) {
		IProject project = corpus.get();
		if (project == null) {
			return;
		}
		try {
			ExplorerFilters.filter(site.getPage(), project, key, value);
		} catch (PartInitException e) {
			ILog.of(getClass()).error("Article Explorer could not be shown", e); //$NON-NLS-1$
		}
	}

	/** A file name for the part's exports: {@code prefix}, then the corpus's name ({@code map-Samples}). */
	String exportName(String prefix) {
		IProject project = corpus.get();
		return prefix + '-' + (project == null ? "corpus" : project.getName()); //$NON-NLS-1$
	}
}
