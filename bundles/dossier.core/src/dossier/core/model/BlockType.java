// SPDX-License-Identifier: EPL-2.0
package dossier.core.model;

/** What a {@link Block} of an article's text is. */
public enum BlockType {
	TITLE, LEAD, HEADING, PARAGRAPH, LIST_ITEM, CAPTION, QUOTE
}
