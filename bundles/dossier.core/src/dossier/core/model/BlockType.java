// SPDX-License-Identifier: EPL-2.0
package dossier.core.model;

/**
 * What a {@link Block} of an article's text is. Importers mark a block by the source's own markup or layout; readers
 * treat a type they do not handle specially as running text. New values are added at the end: a corpus written before
 * a value existed reads unchanged, and {@code ArticleJson} reads a value it does not know as {@link #PARAGRAPH}.
 */
public enum BlockType {
	TITLE, LEAD, HEADING, PARAGRAPH, LIST_ITEM, CAPTION, QUOTE,
	/**
	 * The line that names who wrote the article, as the page marks it ({@code rel=author}, {@code itemprop=author}, a
	 * {@code byline} or {@code author} class, {@code <address>}) or a plain text's "By NAME" line: "By Ana Ruiz,
	 * Reuters", "Par Jean Dupont, AFP", "بقلم محمد علي". Its names are the article's authors; an agency or another
	 * publication named there is whose copy the article carries.
	 */
	BYLINE,
	/** An agency dateline the page marks as such ({@code dateline} class): "PARIS (AFP) –", "ROMA (ANSA) -". */
	DATELINE
}
