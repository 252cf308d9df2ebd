// SPDX-License-Identifier: EPL-2.0
package dossier.licence.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dossier.core.model.Article;
import dossier.core.model.LicenceStatement;
import dossier.licence.AttributionElements;
import dossier.licence.DetectedLicence;
import dossier.licence.Evidence;
import dossier.licence.LicenceAnalysis;
import dossier.licence.LicenceId;
import dossier.licence.LicenceScope;
import dossier.licence.ThirdPartyItem;
import dossier.licence.Translation;

/** Reads one article: third-party items, licences, attribution elements, translation. */
public final class Analyser {

	private Analyser() {
	}

	public static LicenceAnalysis analyse(Article article) {
		String text = article.text();
		String language = Article.UNDETERMINED.equals(article.language()) ? Languages.guess(text) : article.language();
		Scan scan = new Scan(text).captions(article.blocks());
		List<ThirdPartyItem> thirdParty = ThirdPartyFinder.find(article, scan);
		LicenceDetector.Result detected = LicenceDetector.detect(article, scan, thirdParty);
		List<DetectedLicence> licences = new ArrayList<>(detected.licences());
		AttributionElements elements = ElementFinder.find(article, language, scan, licences, thirdParty);
		boolean articleLicensed = licences.stream().anyMatch(l -> l.scope() == LicenceScope.ARTICLE);
		Evidence copyrightNotice = elements.copyrightNotice();
		if (!articleLicensed && copyrightNotice != null) {
			// a copyright notice and nothing else: all rights reserved
			licences.add(new DetectedLicence(new LicenceId(LicenceId.FAMILY_ALL_RIGHTS_RESERVED, null, null), copyrightNotice,
					null, LicenceScope.ARTICLE, null, LicenceStatement.Origin.TEXT, null));
		}
		licences.sort(Comparator.comparing((DetectedLicence l) -> l.scope()).thenComparingInt(
				l -> l.evidence().span() == null ? -1 : l.evidence().span().start()));
		String title = !article.title().isBlank() ? article.title() : elements.title() != null ? elements.title().text() : ""; //$NON-NLS-1$
		Translation translation = translation(article, language, elements, licences, scan);
		return new LicenceAnalysis(article, language, title, licences, elements, translation, thirdParty, detected.mentions());
	}

	private static Translation translation(Article article, String language, AttributionElements elements, List<DetectedLicence> licences, Scan scan) {
		Evidence notice = elements.modificationNotice();
		String fromUrl = elements.sourceUrl() == null ? null : Languages.ofUrl(elements.sourceUrl().text());
		if (ElementFinder.isTranslationNotice(notice, language)) {
			String named = Languages.namedIn(notice.text(), language);
			String source = named != null ? named : fromUrl != null && !fromUrl.equals(language) ? fromUrl : null;
			return new Translation(true, source, language, Translation.Basis.EXPLICIT, notice);
		}
		boolean knownLanguage = !Article.UNDETERMINED.equals(language);
		ForeignArticles.Presented foreign = knownLanguage ? ForeignArticles.presented(scan, language) : null;
		if (foreign != null) { // "في هذا المقال الذي نشرته مجلة «ذي أتلانتك» الأمريكية": this text is a foreign publication's article
			return new Translation(true, foreign.original(), language, Translation.Basis.EXPLICIT, foreign.evidence());
		}
		if (article.basedOn() != null) {
			String basedOnLanguage = Languages.ofUrl(article.basedOn());
			if (basedOnLanguage == null || !basedOnLanguage.equals(language)) {
				return new Translation(true, basedOnLanguage, language, Translation.Basis.METADATA,
						ElementFinder.locate(article.text(), article.basedOn()));
			}
		}
		// English editions on national domains are common (an English page on a .nl site): a country domain alone does
		// not make an English text a translation; an Arabic text with an .it source URL still is one
		boolean countryOnly = elements.sourceUrl() != null && Languages.onlyCountryDomain(elements.sourceUrl().text());
		// an edition marker (a language path or sub-domain) in an address the text does not cite is the edition the page
		// was filed in, not its original's language: an English caption left untranslated on fr.globalvoices.org, an
		// Italian article under /en/. A country domain or a cited address still names the original (the sample)
		boolean cited = elements.sourceUrl() != null && elements.sourceUrl().span() != null;
		// the page's own address, not cited in the text, on a country domain of another language written in the same
		// script is where the page is hosted, not what it was translated from: a French page on a .pt name, a
		// Portuguese journal on a Peruvian portal. Across scripts (an Arabic page on a .uk or .de site) it still is one
		boolean hostedAbroad = countryOnly && !cited && fromUrl != null && Languages.sameScript(fromUrl, language);
		if (knownLanguage && (cited || countryOnly) && fromUrl != null && !fromUrl.equals(language) && !(countryOnly && "en".equals(language)) //$NON-NLS-1$
				&& !hostedAbroad) {
			return new Translation(true, fromUrl, language, Translation.Basis.SOURCE_URL, elements.sourceUrl());
		}
		for (DetectedLicence licence : licences) {
			String deed = licence.deedLanguage() == null ? null : licence.deedLanguage().split("-")[0]; //$NON-NLS-1$
			if (knownLanguage && licence.scope() == LicenceScope.ARTICLE && deed != null && !deed.equals(language)) {
				return new Translation(true, deed, language, Translation.Basis.DEED_LANGUAGE,
						ElementFinder.locate(article.text(), licence.link()));
			}
		}
		return Translation.none(language);
	}
}
