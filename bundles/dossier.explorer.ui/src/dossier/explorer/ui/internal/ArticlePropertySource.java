// SPDX-License-Identifier: EPL-2.0
package dossier.explorer.ui.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;

import dossier.core.model.Article;
import dossier.core.model.LicenceStatement;
import dossier.core.model.Provenance;
import dossier.index.ArticleSummary;

/**
 * An article's metadata and provenance in the Properties view, read-only: from the index summary at once, and
 * from the whole article once the explorer loaded it in the background.
 */
public final class ArticlePropertySource implements IPropertySource {

	private final Map<String, String[]> values = new LinkedHashMap<>();

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

	private void put(String id, String category, String label, String value) {
		if (value != null && !value.isEmpty() && !"null".equals(value)) { //$NON-NLS-1$
			values.put(id, new String[] { category, label, value });
		}
	}

	@Override
	public Object getEditableValue() {
		return this;
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		List<IPropertyDescriptor> descriptors = new ArrayList<>();
		for (Map.Entry<String, String[]> entry : values.entrySet()) {
			PropertyDescriptor descriptor = new PropertyDescriptor(entry.getKey(), entry.getValue()[1]);
			descriptor.setCategory(entry.getValue()[0]);
			descriptors.add(descriptor);
		}
		return descriptors.toArray(IPropertyDescriptor[]::new);
	}

	@Override
	public Object getPropertyValue(Object id) {
		String[] value = values.get(id);
		return value == null ? null : value[2];
	}

	@Override
	public boolean isPropertySet(Object id) {
		return false;
	}

	@Override
	public void resetPropertyValue(Object id) {
		// Read-only.
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		// Read-only.
	}
}
