// SPDX-License-Identifier: EPL-2.0
package dossier.lineage.ui.internal;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import dossier.lineage.Evidence;
import dossier.lineage.LineageLink;
import dossier.lineage.LinkStatus;
import dossier.lineage.LinkType;
import dossier.workspace.lineage.ProjectLineage;

/** What the view writes of a link and an article. */
final class LinkLabels {

	private LinkLabels() {
	}

	static String type(LinkType type) {
		return switch (type) {
		case DUPLICATE -> Messages.Type_duplicate;
		case REPUBLICATION -> Messages.Type_republication;
		case TRANSLATION -> Messages.Type_translation;
		case SAME_STORY -> Messages.Type_same_story;
		};
	}

	static String status(LinkStatus status) {
		return switch (status) {
		case SUGGESTED -> Messages.Status_suggested;
		case CONFIRMED -> Messages.Status_confirmed;
		case REJECTED -> Messages.Status_rejected;
		};
	}

	/** "translation 0.87" (with a check mark when confirmed). */
	static String headline(LineageLink link) {
		return (link.status() == LinkStatus.CONFIRMED ? "\u2713 " : "") //$NON-NLS-1$ //$NON-NLS-2$
				+ type(link.type()) + ' ' + String.format(Locale.ROOT, "%.2f", link.score()); //$NON-NLS-1$
	}

	/** The kinds of evidence, in the order found: "url · fingerprint · order". */
	static String evidenceSummary(LineageLink link) {
		Set<String> kinds = new LinkedHashSet<>();
		for (Evidence evidence : link.evidence()) {
			kinds.add(evidence.kind());
		}
		return String.join(" \u00B7 ", kinds); //$NON-NLS-1$
	}

	/** "fr · Global Voices en Français" */
	static String languageAndPublisher(ProjectLineage.Node node) {
		return node.publisher().isEmpty() ? node.language() : node.language() + " \u00B7 " + node.publisher(); //$NON-NLS-1$
	}

	/** "2014-11-06 · CC-BY" */
	static String dateAndLicence(ProjectLineage.Node node) {
		if (!node.inCorpus()) {
			return Messages.Details_notInCorpus;
		}
		return node.published().isEmpty() ? node.licence() : node.published() + " \u00B7 " + node.licence(); //$NON-NLS-1$
	}

	/** The whole of a link, as the details pane and the tooltip show it. */
	static String details(LineageLink link, ProjectLineage.Chain chain) {
		StringBuilder text = new StringBuilder();
		text.append(NLS.bind(Messages.Details_link, new Object[] { type(link.type()),
				String.format(Locale.ROOT, "%.2f", link.score()), status(link.status()), "" })); //$NON-NLS-1$ //$NON-NLS-2$
		text.append('\n').append(NLS.bind(Messages.Details_from, title(link.from(), chain)));
		text.append('\n').append(NLS.bind(Messages.Details_to, title(link.to(), chain)));
		if (!link.directed()) {
			text.append('\n').append(Messages.Details_undirected);
		}
		for (Evidence evidence : link.evidence()) {
			text.append("\n\u2022 ").append(evidence.kind()).append(": ").append(evidence.detail()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return text.toString();
	}

	/** The whole of an article's box. */
	static String details(ProjectLineage.Node node) {
		return NLS.bind(Messages.Details_article, node.title(), languageAndPublisher(node) + " \u00B7 " //$NON-NLS-1$
				+ dateAndLicence(node) + " \u00B7 " + node.id()); //$NON-NLS-1$
	}

	/** An article's title, isolated so an Arabic title does not reorder the line around it. */
	private static String title(String id, ProjectLineage.Chain chain) {
		String title = chain.node(id).map(ProjectLineage.Node::title).orElse(id);
		return '\u2068' + title + '\u2069' + " (" + id + ')'; //$NON-NLS-1$
	}
}
