// SPDX-License-Identifier: EPL-2.0
package dossier.index;

/**
 * What the index stores of an article: enough to list it or show a hit without loading the article.
 *
 * @param id the article's id
 * @param title its title, or ""
 * @param publisher its publisher, or null
 * @param language its BCP 47 language tag ("und" when unknown)
 * @param published its publication date as the article gives it (ISO 8601), or null
 * @param licence the licence label of the facet ({@link IndexSource#licenceOf})
 * @param path where its file is ({@link IndexSource#pathOf}), or null
 */
public record ArticleSummary(String id, String title, String publisher, String language, String published,
		String licence, String path) {
}
