// SPDX-License-Identifier: EPL-2.0
package dossier.core.internal.store;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.Nullable;

import dossier.core.UrlKeys;
import dossier.core.model.Article;

/**
 * What a corpus compares a new article against: the content ids, URL keys, publishers and original hashes of the
 * stored articles, so that the same article imported again is a duplicate, the same text published elsewhere (another
 * address or another publisher) a republication kept as its own article, and the same source or canonical URL an
 * update. Not thread-safe: the corpus calls it under its own lock.
 */
public final class UrlCatalog {

	/** What tells one publication of a text from another. */
	private record Publication(String id, Set<String> urls, @Nullable String publisher) {

		static Publication of(Article article) {
			return new Publication(article.id(), urlKeys(article), publisherKey(article.publisher()));
		}
	}

	private static final Pattern SPACES = Pattern.compile("\\s+"); //$NON-NLS-1$

	/** By content id, every stored publication of that text. */
	private final Map<String, List<Publication>> byContent = new HashMap<>();
	private final Map<String, String> byUrl = new HashMap<>();

	/** Takes {@code article} in. */
	public void add(Article article) {
		Publication publication = Publication.of(article);
		byContent.computeIfAbsent(Article.contentId(article.text()), k -> new ArrayList<>(1)).add(publication);
		for (String url : publication.urls()) {
			byUrl.putIfAbsent(url, article.id());
		}
	}

	/** Forgets {@code article} (as it was stored). */
	public void remove(Article article) {
		String content = Article.contentId(article.text());
		List<Publication> publications = byContent.get(content);
		if (publications != null) {
			publications.removeIf(publication -> publication.id().equals(article.id()));
			if (publications.isEmpty()) {
				byContent.remove(content);
			}
		}
		for (String url : urlKeys(article)) {
			byUrl.remove(url, article.id());
		}
	}

	/**
	 * The id of the stored article that {@code article} is a duplicate of, or null: one with the same text
	 * ({@link Article#contentId(String)}) that is not another publication of it. The same text is another
	 * publication (a republication, which the analyst wants to see and lineage links) when both articles give
	 * addresses and none is shared, or both name a publisher and the publishers differ. The same address (the same
	 * page or file read again), or nothing that tells them apart: a duplicate. The original bytes are not compared:
	 * a web archive holds the same bytes at two addresses.
	 */
	public @Nullable String duplicateOf(Article article) {
		List<Publication> same = byContent.getOrDefault(Article.contentId(article.text()), List.of());
		if (same.isEmpty()) {
			return null; // the usual case: no stored text is the same
		}
		Publication incoming = Publication.of(article);
		for (Publication stored : same) {
			if (!otherPublication(stored, incoming)) {
				return stored.id();
			}
		}
		return null;
	}

	/** Whether a stored article with the same text as {@code article} has the id {@code id}. */
	public boolean sameText(String id, Article article) {
		return byContent.getOrDefault(Article.contentId(article.text()), List.of()).stream()
				.anyMatch(publication -> publication.id().equals(id));
	}

	private static boolean otherPublication(Publication stored, Publication incoming) {
		if (!Collections.disjoint(stored.urls(), incoming.urls())) {
			return false; // the same address: the same article read again
		}
		if (!stored.urls().isEmpty() && !incoming.urls().isEmpty()) {
			return true;
		}
		return stored.publisher() != null && incoming.publisher() != null && !stored.publisher().equals(incoming.publisher());
	}

	private static @Nullable String publisherKey(@Nullable String publisher) {
		if (publisher == null || publisher.isBlank()) {
			return null;
		}
		return SPACES.matcher(Normalizer.normalize(publisher, Normalizer.Form.NFC).strip()).replaceAll(" ").toLowerCase(Locale.ROOT); //$NON-NLS-1$
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
	 * The keys under which {@code article}'s URLs are compared: {@link UrlKeys#key(String)} (host without {@code www.},
	 * http taken for https, the fragment and a trailing slash dropped), or as written without its fragment for an
	 * address with no host (a file name).
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

	static @Nullable String urlKey(@Nullable String url) {
		if (url == null || url.isBlank()) {
			return null;
		}
		String key = UrlKeys.key(url);
		if (key != null) {
			return key;
		}
		String trimmed = url.strip();
		int hash = trimmed.indexOf('#');
		return hash >= 0 ? trimmed.substring(0, hash) : trimmed;
	}
}
