// SPDX-License-Identifier: EPL-2.0
package dossier.core.model;

import org.eclipse.jdt.annotation.Nullable;

/**
 * A credit line as found in the source, uninterpreted: a photo credit ("© NAME / AGENCY via Getty Images"),
 * a byline, a "translated by" note.
 *
 * @param span where it stands in the article's text, or null when it came from metadata
 */
public record Credit(String text, @Nullable TextSpan span) {
}
