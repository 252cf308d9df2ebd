// SPDX-License-Identifier: EPL-2.0
package dossier.entities.export;

import java.util.List;

import dossier.entities.Mention;

/**
 * Mentions read back from an exchange format, and the one-line reasons for the annotations that could not be
 * placed in the text (never a crash).
 */
public record ImportedMentions(List<Mention> mentions, List<String> problems) {

	public ImportedMentions {
		mentions = List.copyOf(mentions);
		problems = List.copyOf(problems);
	}
}
