// SPDX-License-Identifier: EPL-2.0
package dossier.index.tests;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import dossier.core.model.Article;
import dossier.core.model.LicenceStatement;
import dossier.index.IndexSource;

/** An in-memory corpus: articles by id, a stamp that changes on every write, an index folder. */
final class TestCorpus implements IndexSource {

	private final Path folder;
	private final Map<String, Article> articles = new LinkedHashMap<>();
	private final AtomicInteger writes = new AtomicInteger();
	final AtomicInteger rebuildReads = new AtomicInteger();

	TestCorpus(Path folder) {
		this.folder = folder;
	}

	TestCorpus put(Article article) {
		articles.put(article.id(), article);
		writes.incrementAndGet();
		return this;
	}

	TestCorpus remove(String id) {
		articles.remove(id);
		writes.incrementAndGet();
		return this;
	}

	@Override
	public Path indexFolder() {
		return folder.resolve("index");
	}

	@Override
	public String stamp() {
		return "w" + writes.get();
	}

	@Override
	public Stream<Article> articles() {
		rebuildReads.incrementAndGet();
		return List.copyOf(articles.values()).stream();
	}

	@Override
	public String pathOf(Article article) {
		return "articles/" + article.id() + ".json";
	}

	static Article article(String id, String language, String title, String body, String publisher, String date,
			String licence, String... authors) {
		String text = title + "\n\n" + body;
		Article.Builder builder = Article.builder(text).id(id).title(title).language(language).publisher(publisher)
				.published(date).authors(List.of(authors));
		if (licence != null) {
			builder.addLicence(new LicenceStatement(LicenceStatement.Origin.TEXT, licence, null, null));
		}
		return builder.build();
	}
}
