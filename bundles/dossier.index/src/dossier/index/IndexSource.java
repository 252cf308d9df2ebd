// SPDX-License-Identifier: EPL-2.0
package dossier.index;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.Nullable;

import dossier.core.model.Article;

/**
 * What a {@link CorpusIndex} indexes: a corpus as the index sees it. The corpus store implements it (see
 * {@code CorpusIndexes}); tests and benchmarks can implement it over a list.
 */
public interface IndexSource {

	/** The folder the index lives in; created when missing, and the index owns everything in it. */
	Path indexFolder();

	/**
	 * A value that changes whenever the corpus changes. The index records the stamp it reflects and is rebuilt
	 * when it differs on opening.
	 */
	String stamp();

	/** Every article, for a rebuild. The index closes the stream. */
	Stream<Article> articles();

	/** Where the article's file is, for display (relative to the corpus, or absolute); null when unknown. */
	default @Nullable String pathOf(Article article) {
		return null;
	}

	/** The licence label the facet shows; the licence checker can supply its own verdicts here. */
	default String licenceOf(Article article) {
		return LicenceLabels.rough(article);
	}
}
