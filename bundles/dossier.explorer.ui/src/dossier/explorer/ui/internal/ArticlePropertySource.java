// SPDX-License-Identifier: EPL-2.0
package dossier.explorer.ui.internal;

import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.Nullable;

import dossier.core.model.Article;
import dossier.core.model.LicenceStatement;
import dossier.core.model.Provenance;
import dossier.index.ArticleSummary;
import dossier.ui.ReadOnlyProperties;

/**
 * An article's metadata and provenance in the Properties view, read-only: from the index summary at once, and
 * from the whole article once the explorer loaded it in the background.
 */
public final class ArticlePropertySource extends ReadOnlyProperties {

	public ArticlePropertySource(ArticleRef ref) {
		ArticleSummary summary = ref.summary();
		Article article = ref.article();
		String meta = Messages.Properties_article;
		String provenance = Messages.Properties_provenance;
		put("id", meta, Messages.Properties_id, ref.id()); //$NON-NLS-1$
		put("title", meta, Messages.Properties_title, summary.title()); //$NON-NLS-1$
		put("publisher", meta, Messages.Properties_publisher, summary.publisher()); //$NON-NLS-1$
		put("language", meta, Messages.Properties_language, summary.language()); //$NON-NLS-1$
		put("published", meta, Messages.Properties_published, summary.published()); //$NON-NLS-1$
		put("licence", meta, Messages.Properties_licence, summary.licence()); //$NON-NLS-1$
		put("corpus", meta, Messages.Properties_corpus, ref.project().getName()); //$NON-NLS-1$
		put("path", meta, Messages.Properties_path, summary.path()); //$NON-NLS-1$
		if (article != null) {
			put("url", meta, Messages.Properties_url, article.sourceUrl()); //$NON-NLS-1$
			put("canonical", meta, Messages.Properties_canonicalUrl, article.canonicalUrl()); //$NON-NLS-1$
			put("authors", meta, Messages.Properties_authors, String.join(", ", article.authors())); //$NON-NLS-1$ //$NON-NLS-2$
			put("direction", meta, Messages.Properties_direction, String.valueOf(article.direction())); //$NON-NLS-1$
			put("basedOn", meta, Messages.Properties_basedOn, article.basedOn()); //$NON-NLS-1$
			if (!article.editions().isEmpty()) {
				put("editions", meta, Messages.Properties_editions, article.editions().stream() //$NON-NLS-1$
						.map(edition -> edition.language() + " <" + edition.url() + '>').collect(Collectors.joining(" | "))); //$NON-NLS-1$ //$NON-NLS-2$
			}
			put("statements", meta, Messages.Properties_statements, article.licences().stream() //$NON-NLS-1$
					.map(ArticlePropertySource::statement).collect(Collectors.joining(" | "))); //$NON-NLS-1$
			Provenance p = article.provenance();
			if (p != null) {
				put("source", provenance, Messages.Properties_source, p.source()); //$NON-NLS-1$
				put("importedAt", provenance, Messages.Properties_importedAt, String.valueOf(p.importedAt())); //$NON-NLS-1$
				put("importer", provenance, Messages.Properties_importer, p.importerId()); //$NON-NLS-1$
				put("sha256", provenance, Messages.Properties_sha, p.originalSha256()); //$NON-NLS-1$
				put("charset", provenance, Messages.Properties_charset, p.charset()); //$NON-NLS-1$
				put("warnings", provenance, Messages.Properties_warnings, String.join("; ", p.warnings())); //$NON-NLS-1$ //$NON-NLS-2$
			}
		} else {
			put("loading", meta, Messages.Properties_url, Messages.Properties_loading); //$NON-NLS-1$
		}
	}

	private static String statement(LicenceStatement statement) {
		return statement.url() == null ? statement.text() : statement.text() + " <" + statement.url() + '>'; //$NON-NLS-1$
	}

	private void put(String id, @Nullable String category, String label, @Nullable String value) {
		if (value != null) {
			add(id, category, label, value);
		}
	}
}
