// SPDX-License-Identifier: EPL-2.0
package dossier.index;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import dossier.core.model.Article;

/** A source of fixed articles with a fixed stamp, its index in {@code index} below a folder. */
final class ListSource implements IndexSource {

	private final Path folder;
	private final String stamp;
	private final List<Article> articles;

	ListSource(Path folder, String stamp, List<Article> articles) {
		this.folder = folder;
		this.stamp = stamp;
		this.articles = List.copyOf(articles);
	}

	@Override
	public Path indexFolder() {
		return folder.resolve("index");
	}

	@Override
	public String stamp() {
		return stamp;
	}

	@Override
	public Stream<Article> articles() {
		return articles.stream();
	}

	@Override
	public String pathOf(Article article) {
		return "articles/" + article.id() + ".json";
	}
}
