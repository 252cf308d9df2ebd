// SPDX-License-Identifier: EPL-2.0
package dossier.licence;

import java.util.List;

import org.eclipse.jdt.annotation.Nullable;

import dossier.core.model.Article;

/**
 * What the checker read from one article, before any rule: the input of every {@link LicenceRule}.
 *
 * @param article the article
 * @param language the text's language: {@link Article#language()} when known, else a guess from the text
 * @param title the title (the article's, or the first line when read from raw text), "" when none
 * @param licences every licence statement accepted, article-scope first, in text order
 * @param elements the attribution elements
 * @param translation whether it is a translation of another work
 * @param thirdParty third-party items, in text order
 * @param mentions licence names found in the text that license nothing (an article about CC, a negation,
 *        a quotation), kept to explain why they were not taken
 */
public record LicenceAnalysis(Article article, String language, String title, List<DetectedLicence> licences,
		AttributionElements elements, Translation translation, List<ThirdPartyItem> thirdParty,
		List<Evidence> mentions) {

	public LicenceAnalysis {
		licences = List.copyOf(licences);
		thirdParty = List.copyOf(thirdParty);
		mentions = List.copyOf(mentions);
	}

	/** The article-scope licences. */
	public List<DetectedLicence> articleLicences() {
		return licences.stream().filter(l -> l.scope() == LicenceScope.ARTICLE).toList();
	}

	/**
	 * The article's licence: the first article-scope statement naming a version, else the first one; null when
	 * the article states none.
	 */
	public @Nullable DetectedLicence licence() {
		List<DetectedLicence> article = articleLicences();
		for (DetectedLicence licence : article) {
			if (licence.licence().version() != null) {
				return licence;
			}
		}
		return article.isEmpty() ? null : article.get(0);
	}

	/** True when the article is an adaptation: a translation, a stated modification, or declared {@code basedOn}. */
	public boolean adaptation() {
		return translation.detected() || elements.modificationNotice() != null;
	}
}
