// SPDX-License-Identifier: EPL-2.0
package dossier.explorer.ui.internal;

import org.eclipse.jdt.annotation.Nullable;

/**
 * A group's header row in the explorer: the value articles are grouped by (null: "other values") and how many
 * articles the group holds.
 */
public record GroupHeader(Grouping grouping, @Nullable String value, long count) {
}
