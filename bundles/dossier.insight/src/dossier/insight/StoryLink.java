// SPDX-License-Identifier: EPL-2.0
package dossier.insight;

import java.util.Objects;

/**
 * Two articles that tell one story: a duplicate, a republication or a translation of the other (lineage's
 * derivations, not its "same story" links, which join independent reports).
 *
 * @param from the original's id
 * @param to the copy's id
 */
public record StoryLink(String from, String to) {

	public StoryLink {
		Objects.requireNonNull(from, "from"); //$NON-NLS-1$
		Objects.requireNonNull(to, "to"); //$NON-NLS-1$
	}
}
