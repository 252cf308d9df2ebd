// SPDX-License-Identifier: EPL-2.0
package dossier.core;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import org.eclipse.jdt.annotation.Nullable;

/**
 * The form in which two addresses are compared: host lower-cased and without {@code www.}, no scheme (http and
 * https are the same page), no fragment, no trailing slash. "https://www.lifegate.it/x/" and "http://lifegate.it/x"
 * are one address. The corpus tells the same page read again from another publication of a text by it
 * ({@code Corpus.put}), and lineage finds the article a source line, a canonical link or an edition points at.
 */
public final class UrlKeys {

	private UrlKeys() {
	}

	/** The key of {@code url}, or null when it is blank or has no host. */
	public static @Nullable String key(@Nullable String url) {
		if (url == null || url.isBlank()) {
			return null;
		}
		try {
			URI uri = new URI(url.strip());
			if (uri.getRawAuthority() == null) {
				return null;
			}
			String host = uri.getRawAuthority().toLowerCase(Locale.ROOT);
			if (host.startsWith("www.")) { //$NON-NLS-1$
				host = host.substring(4);
			}
			String path = uri.getRawPath() == null ? "" : uri.getRawPath(); //$NON-NLS-1$
			while (path.endsWith("/")) { //$NON-NLS-1$
				path = path.substring(0, path.length() - 1);
			}
			return host + path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (URISyntaxException e) {
			return null;
		}
	}

	/** The host of a key ("lifegate.it" for "lifegate.it/x"). */
	public static String host(String key) {
		int slash = key.indexOf('/');
		return slash < 0 ? key : key.substring(0, slash);
	}
}
