// SPDX-License-Identifier: EPL-2.0
package dossier.licence.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.google.gson.JsonObject;

import dossier.core.model.Article;
import dossier.core.model.Block;
import dossier.core.model.BlockType;
import dossier.core.model.TextSpan;
import dossier.licence.LicenceAnalysis;
import dossier.licence.LicenceChecker;
import dossier.licence.internal.NoticeSetEvaluation;

/** What the credit tagger's tests share: the real-notice set's dev half, and a caption as the HTML importer hands it over. */
final class CreditFixtures {

	static final LicenceChecker CHECKER = new LicenceChecker();

	private CreditFixtures() {
	}

	/** The dev half of the real-notice set (never the test half), read from the fragment's or the repository's folder. */
	static List<JsonObject> devHalf() throws IOException {
		Path set = Path.of("../../benchmarks/quality/licence"); //$NON-NLS-1$
		if (!Files.isDirectory(set)) {
			set = Path.of("benchmarks/quality/licence"); //$NON-NLS-1$
		}
		// a record marked "held_out" (a draw never tuned on, issue15-s20-notices2 and later) is never trained on
		return NoticeSetEvaluation.records(set).stream().filter(r -> "dev".equals(NoticeSetEvaluation.string(r, "split"))) //$NON-NLS-1$ //$NON-NLS-2$
				.filter(r -> !(r.has("held_out") && r.get("held_out").getAsBoolean())).toList(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The article as the HTML importer hands over a figure: the page's title, then the figcaption as a CAPTION block. */
	static LicenceAnalysis caption(String text) {
		String title = "Page title"; //$NON-NLS-1$
		String whole = title + "\n\n" + text; //$NON-NLS-1$
		return CHECKER.analyse(Article.builder(whole).title(title).language("en").blocks(List.of( //$NON-NLS-1$
				new Block(BlockType.TITLE, new TextSpan(0, title.length()), null),
				new Block(BlockType.CAPTION, new TextSpan(title.length() + 2, whole.length()), null))).build());
	}
}
