// SPDX-License-Identifier: EPL-2.0
package dossier.index.internal;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

import dossier.index.ArticleSummary;
import dossier.index.SearchRequest;

/**
 * The highlighted passages of a page of hits: each article's text lives in the field of its language, so the page
 * is highlighted one language at a time.
 */
final class Snippets {

	private static final int SNIPPET_PASSAGES = 2;
	private static final int SNIPPET_LENGTH = 160;

	private final Analyzer indexAnalyzer;

	Snippets(Analyzer indexAnalyzer) {
		this.indexAnalyzer = indexAnalyzer;
	}

	/** The passage of each hit of {@code page} ({@code summaries} in the same order), or "" each without passages. */
	String[] of(IndexSearcher searcher, Query query, ScoreDoc[] page, ArticleSummary[] summaries, SearchRequest request)
			throws IOException {
		String[] snippets = new String[page.length];
		Arrays.fill(snippets, ""); //$NON-NLS-1$
		if (page.length == 0 || !request.passages()) {
			return snippets;
		}
		Map<String, List<Integer>> byField = new LinkedHashMap<>();
		for (int i = 0; i < page.length; i++) {
			String field = Fields.text(Analyzers.analysisLanguage(summaries[i].language()));
			byField.computeIfAbsent(field, f -> new ArrayList<>()).add(i);
		}
		UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, indexAnalyzer)
				.withFormatter(new DefaultPassageFormatter(request.highlightOpen(), request.highlightClose(), "… ", //$NON-NLS-1$
						true))
				.withBreakIterator(() -> LengthGoalBreakIterator
						.createClosestToLength(BreakIterator.getSentenceInstance(Locale.ROOT), SNIPPET_LENGTH, 0.5f))
				.withMaxLength(100_000).build();
		for (Map.Entry<String, List<Integer>> group : byField.entrySet()) {
			List<Integer> positions = group.getValue();
			int[] docIds = new int[positions.size()];
			for (int i = 0; i < docIds.length; i++) {
				docIds[i] = page[positions.get(i)].doc;
			}
			Map<String, String[]> highlighted = highlighter.highlightFields(new String[] { group.getKey() }, query,
					docIds, new int[] { SNIPPET_PASSAGES });
			String[] forField = highlighted.get(group.getKey());
			for (int i = 0; i < docIds.length; i++) {
				snippets[positions.get(i)] = forField == null || forField[i] == null ? "" : forField[i].strip(); //$NON-NLS-1$
			}
		}
		return snippets;
	}
}
