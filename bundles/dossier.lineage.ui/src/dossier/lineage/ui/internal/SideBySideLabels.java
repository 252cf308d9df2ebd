// SPDX-License-Identifier: EPL-2.0
package dossier.lineage.ui.internal;

import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import dossier.core.model.Article;
import dossier.lineage.Evidence;
import dossier.lineage.LineageLink;
import dossier.lineage.LinkType;
import dossier.lineage.ParagraphAlignment;
import dossier.lineage.ParagraphAlignment.Pair;
import dossier.ui.Counts;

/** What the side-by-side editor writes: the link and its evidence, the alignment, the pair chosen. */
final class SideBySideLabels {

	private SideBySideLabels() {
	}

	/** The header: the link's type, status and score, both articles, and every piece of its evidence. */
	static String header(LineageLink link, Article original, Article copy) {
		StringBuilder text = new StringBuilder();
		text.append(NLS.bind(Messages.Details_link, new Object[] { LinkLabels.type(link.type()),
				String.format(Locale.ROOT, "%.2f", link.score()), LinkLabels.status(link.status()), "" })); //$NON-NLS-1$ //$NON-NLS-2$
		text.append('\n').append(NLS.bind(Messages.Details_from, title(original)));
		text.append('\n').append(NLS.bind(Messages.Details_to, title(copy)));
		if (!link.directed()) {
			text.append('\n').append(Messages.Details_undirected);
		}
		for (Evidence evidence : link.evidence()) {
			text.append("\n\u2022 ").append(evidence.kind()).append(": ").append(evidence.detail()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return text.toString();
	}

	/** What the copy is, as its pane's heading: "Translation", "Republication", "Copy". */
	static String copyRole(LineageLink link) {
		if (!link.directed()) {
			return Messages.SideBySide_other;
		}
		return link.type() == LinkType.TRANSLATION ? Messages.SideBySide_translation
				: link.type() == LinkType.REPUBLICATION ? Messages.SideBySide_republication : Messages.SideBySide_copy;
	}

	/** "7 of 8 paragraphs of the original paired, 4 of them by shared names, figures, dates or addresses." */
	static String summary(ParagraphAlignment alignment) {
		return Counts.format(Messages.SideBySide_summary, alignment.pairedCount(),
				alignment.originalParagraphs().size(), alignment.copyParagraphs().size(), alignment.anchoredCount());
	}

	/** What the chosen pair is: paired by what, or alone. */
	static String pair(Pair pair) {
		if (!pair.paired()) {
			return pair.original() >= 0 ? NLS.bind(Messages.SideBySide_onlyOriginal, pair.original() + 1)
					: NLS.bind(Messages.SideBySide_onlyCopy, pair.copy() + 1);
		}
		if (pair.basis() == ParagraphAlignment.Basis.FINGERPRINT) {
			return NLS.bind(Messages.SideBySide_pairShared, new Object[] { pair.original() + 1, pair.copy() + 1,
					String.join(", ", pair.shared().stream().map(shown -> '\u2068' + shown + '\u2069').toList()) }); //$NON-NLS-1$
		}
		return NLS.bind(Messages.SideBySide_pairPlace, pair.original() + 1, pair.copy() + 1);
	}

	/** An article's title, isolated so an Arabic title does not reorder the line around it, and its id. */
	private static String title(Article article) {
		if (article.title().isBlank()) {
			return article.id() + " (" + article.language() + ')'; //$NON-NLS-1$
		}
		return '\u2068' + article.title().strip() + '\u2069' + " (" + article.language() + ", " + article.id() + ')'; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
