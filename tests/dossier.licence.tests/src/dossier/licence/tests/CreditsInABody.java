// SPDX-License-Identifier: EPL-2.0
package dossier.licence.tests;

import java.util.List;

import dossier.core.model.Article;
import dossier.licence.LicenceChecker;

/** The holders of each third-party credit the checker finds in a text set below a title and a paragraph that credit nothing. */
final class CreditsInABody {

	private CreditsInABody() {
	}

	static List<List<String>> holders(String language, String text) {
		return new LicenceChecker().analyse(Article.builder("Page title\n\nBody of the text, about a town and its river.\n\n" + text)
				.language(language).build()).thirdParty().stream().map(item -> item.holders()).toList();
	}
}
