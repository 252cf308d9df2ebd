// SPDX-License-Identifier: EPL-2.0
package dossier.core.internal.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.Nullable;

import dossier.core.model.Article;

/**
 * What a corpus compares a new article against: the content ids and URL keys of the stored articles, so that the
 * same text is a duplicate and the same source or canonical URL an update. Not thread-safe: the corpus calls it
 * under its own lock.
 */
public final class UrlCatalog {

	private final Map<String, String> byContent = new HashMap<>();
	private final Map<String, String> byUrl = new HashMap<>();

	/** Takes {@code article} in. */
	public void add(Article article) {
		byContent.put(Article.contentId(article.text()), article.id());
		for (String url : urlKeys(article)) {
			byUrl.putIfAbsent(url, article.id());
		}
	}

	/** Forgets {@code article} (as it was stored). */
	public void remove(Article article) {
		byContent.remove(Article.contentId(article.text()), article.id());
		for (String url : urlKeys(article)) {
			byUrl.remove(url, article.id());
		}
	}

	/** The id of the stored article with the same text as {@code article}, or null. */
	public @Nullable String sameContent(Article article) {
		return byContent.get(Article.contentId(article.text()));
	}

	/** The id of the stored article with the same canonical or source URL as {@code article}, or null. */
	public @Nullable String sameUrl(Article article) {
		for (String url : urlKeys(article)) {
			String existing = byUrl.get(url);
			if (existing != null) {
				return existing;
			}
		}
		return null;
	}

	/**
	 * The keys under which {@code article}'s URLs are compared: scheme and host lower-cased, http taken for https,
	 * the fragment and a trailing slash dropped.
	 */
	static Set<String> urlKeys(Article article) {
		Set<String> keys = new LinkedHashSet<>();
		for (String url : new String[] { article.canonicalUrl(), article.sourceUrl() }) {
			String key = urlKey(url);
			if (key != null) {
				keys.add(key);
			}
		}
		return keys;
	}

	static @Nullable String urlKey(String url) {
		if (url == null || url.isBlank()) {
			return null;
		}
		String trimmed = url.strip();
		try {
			URI uri = new URI(trimmed);
			if (uri.getScheme() != null && uri.getRawAuthority() != null) {
				String path = uri.getRawPath() == null ? "" : uri.getRawPath(); //$NON-NLS-1$
				if (path.endsWith("/")) { //$NON-NLS-1$
					path = path.substring(0, path.length() - 1);
				}
				String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
				if (scheme.equals("http")) { //$NON-NLS-1$
					scheme = "https"; // the same page over either //$NON-NLS-1$
				}
				return scheme + "://" + uri.getRawAuthority().toLowerCase(Locale.ROOT) + path //$NON-NLS-1$
						+ (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()); //$NON-NLS-1$ //$NON-NLS-2$
			}
		} catch (URISyntaxException e) {
			// compared as written
		}
		int hash = trimmed.indexOf('#');
		return hash >= 0 ? trimmed.substring(0, hash) : trimmed;
	}
}
