// SPDX-License-Identifier: EPL-2.0
package dossier.core.model;

import java.util.Objects;

/**
 * Another language edition of an article, as its page declares it: {@code <link rel="alternate" hreflang="ar"
 * href="…">}. A page lists its editions, itself often among them; which of them is the original it does not say.
 *
 * @param language the {@code hreflang} value as given ({@code ar}, {@code pt-BR}, {@code x-default})
 * @param url the edition's absolute address
 */
public record Edition(String language, String url) {

	public Edition {
		Objects.requireNonNull(language, "language"); //$NON-NLS-1$
		Objects.requireNonNull(url, "url"); //$NON-NLS-1$
	}
}
