// SPDX-License-Identifier: EPL-2.0
package dossier.insight;

import java.util.Locale;
import java.util.function.Function;

/**
 * What a count is broken down by. Each dimension is also a filter of the Article Explorer, under the name
 * {@link #filterKey()}, so a click on a bar can show its articles.
 */
public enum Dimension {

	/** The article's language code. */
	LANGUAGE("language", ArticleFacts::language), //$NON-NLS-1$

	/** The article's publisher. */
	PUBLISHER("publisher", ArticleFacts::publisher), //$NON-NLS-1$

	/** The article's licence label. */
	LICENCE("licence", ArticleFacts::licence), //$NON-NLS-1$

	/** The licence check's verdict. */
	LICENCE_CHECK("status", ArticleFacts::licenceCheck); //$NON-NLS-1$

	private final String filterKey;
	private final Function<ArticleFacts, String> value;

	Dimension(String filterKey, Function<ArticleFacts, String> value) {
		this.filterKey = filterKey;
		this.value = value;
	}

	/** The article's value in this dimension. */
	public String valueOf(ArticleFacts article) {
		return value.apply(article);
	}

	/** The name of the Explorer's filter on this dimension ({@code language}, {@code status}). */
	public String filterKey() {
		return filterKey;
	}

	/** The name in files and on the command line: {@code language}, {@code licence-check}. */
	public String id() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}
}
