// SPDX-License-Identifier: EPL-2.0
package dossier.insight;

import java.util.Objects;

/**
 * An entity an article mentions.
 *
 * @param id the entity's id in the corpus's catalogue ({@code date:2024-06-17} for a date)
 * @param type its type id ({@code PERSON}, {@code PLACE}, {@code ORG}, {@code DATE}, or a team's own)
 * @param label the name to show, in its own script (an Arabic name stays Arabic)
 */
public record EntityRef(String id, String type, String label) {

	public EntityRef {
		Objects.requireNonNull(id, "id"); //$NON-NLS-1$
		Objects.requireNonNull(type, "type"); //$NON-NLS-1$
		label = label == null || label.isBlank() ? id : label;
	}
}
