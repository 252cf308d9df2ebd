// SPDX-License-Identifier: EPL-2.0
package dossier.explorer.ui.internal;

import java.io.IOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jdt.annotation.Nullable;

import dossier.index.ArticleSearch;
import dossier.index.Hit;
import dossier.index.QuerySyntaxException;
import dossier.index.SearchResult;

/**
 * The highlighted passages of a search's hits, by article id, highlighted a page of rows at a time (the search
 * among just that page's articles) as the table shows them: the rows of a search are read without their passages,
 * since highlighting is most of a search's cost.
 */
final class Passages {

	private final IProject project;
	private final ArticleSearch index;
	private final ExplorerQuery query;
	/** Pages whose passages were highlighted (or are being): each is asked for once. */
	private final Set<Integer> claimed = ConcurrentHashMap.newKeySet();
	/** The highlighted passage of each article, by id, as it arrives. */
	private final Map<String, String> byId = new ConcurrentHashMap<>();

	Passages(@Nullable IProject project, @Nullable ArticleSearch index, ExplorerQuery query) {
		this.project = project;
		this.index = index;
		this.query = query;
	}

	/** True when the hits have passages to highlight: a search with words (a filter alone matches none). */
	boolean exist() {
		return index != null && !query.text().isEmpty();
	}

	/** True the first time page {@code page} is claimed: its passages are then to be highlighted. */
	boolean claim(int page) {
		return exist() && claimed.add(page);
	}

	/** Page {@code page} was claimed but will not be highlighted after all: it may be claimed again. */
	void release(int page) {
		claimed.remove(page);
	}

	/**
	 * The highlighted passage of {@code ref}: empty when it has none (a listing, a filter alone), and the row's own
	 * snippet (empty for rows read without passages) until its page is highlighted.
	 */
	String of(ArticleRef ref) {
		if (!ref.snippet().isEmpty() || !exist()) {
			return ref.snippet();
		}
		String passage = byId.get(ref.id());
		return passage == null ? ref.snippet() : passage;
	}

	/**
	 * Highlights the passages of the articles among {@code rows}; false when the index failed (the page stays
	 * claimed: not tried again for this search, its rows show without passages).
	 */
	boolean highlight(Object[] rows) {
		try {
			Set<String> ids = new HashSet<>();
			for (Object row : rows) {
				if (row instanceof ArticleRef ref) {
					ids.add(ref.id());
				}
			}
			if (!ids.isEmpty()) {
				SearchResult result = index.search(
						PagedRows.request(query.composed(), query, 0, ids.size()).within(Set.copyOf(ids)));
				for (Hit hit : result.hits()) {
					byId.put(hit.id(), hit.snippet());
				}
			}
			return true;
		} catch (IOException | QuerySyntaxException | RuntimeException | LinkageError e) {
			ILog.of(Passages.class).warn("Explorer: cannot highlight passages in " + project.getName() + ": " + e); //$NON-NLS-1$ //$NON-NLS-2$
			return false;
		}
	}
}
