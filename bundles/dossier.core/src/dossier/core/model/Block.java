// SPDX-License-Identifier: EPL-2.0
package dossier.core.model;

import org.eclipse.jdt.annotation.Nullable;

/**
 * A structural unit of the canonical text: a paragraph, heading, list item, caption, quote, the title or
 * the lead. Blocks do not overlap and appear in text order; the text between them is separators only.
 *
 * @param direction the block's own base direction: an Arabic paragraph in an English article is RTL
 */
public record Block(BlockType type, TextSpan span, @Nullable TextDirection direction) {
}
