// SPDX-License-Identifier: EPL-2.0
package dossier.lineage.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.Nullable;

import dossier.core.UrlKeys;
import dossier.core.model.Article;
import dossier.core.model.Edition;

/**
 * What the engine keeps of one article: a few kilobytes whatever the length of its text, so that a corpus of
 * 100,000 articles fits in memory and a new article is compared without reading the others again.
 */
public final class ArticleFeatures {

	/**
	 * "Translated from", "originally published by" and their equivalents in the languages Dossier reads; what
	 * follows on the same line names the original (its address or its publisher).
	 */
	private static final Pattern STATEMENT = Pattern.compile("(?iu)(translated from|translation of|translated by .{0,60}? from" //$NON-NLS-1$
			+ "|originally published|first published|traduzione d[ai]|tradott[oa] da|traduit(?:e)? de|traduction de" //$NON-NLS-1$
			+ "|publié à l'origine|traducido de|traducción de|publicado originalmente|übersetzt aus|übersetzung von" //$NON-NLS-1$
			+ "|ursprünglich erschienen|traduzido de|tradução de|مترجم عن|مترجمة عن|ترجمة|نقلا عن|نقلاً عن|نشر أصلا)"); //$NON-NLS-1$

	private static final int MAX_STATEMENTS = 20;

	public final String id;
	public final String language;
	/** The publisher folded, or "". */
	public final String publisher;
	public final String publisherShown;
	/** The publication date as the article gives it (ISO 8601, possibly partial), or null. */
	public final @Nullable String published;
	/** Keys of the article's own addresses (source and canonical URL). */
	public final Set<String> ownUrls;
	/** Key of the work the article declares it is based on, or null. */
	public final @Nullable String basedOn;
	/**
	 * Keys of the editions in other languages the article's page lists ({@code hreflang} alternates), its own
	 * addresses left out, each with the language the page gives it.
	 */
	public final Map<String, String> editions;
	/** Keys of the addresses written in the text. */
	public final Set<String> textUrls;
	/** What follows each "translated from" statement on its line, folded, and as written. */
	public final List<String> statements;
	public final List<String> statementsShown;
	public final Shingles shingles;
	/** In text order; shared with other articles' equal tokens once in an index ({@link #shareTokens}). */
	public List<FingerprintToken> fingerprint;
	/** The letter 4-grams of its longer Latin-script words, for comparing it with a text in another such language. */
	public final Cognates cognates;
	/**
	 * The text's figures: numbers of three digits or more, years left out (keys as in the fingerprint). Two posts
	 * written on one template (a weekly readership report) share their wording but not these.
	 */
	public final Set<String> figures;
	public final boolean truncated;

	private ArticleFeatures(Article article, List<String> entityIds) {
		id = article.id();
		language = primaryLanguage(article.language());
		publisherShown = article.publisher() == null ? "" : article.publisher().strip(); //$NON-NLS-1$
		publisher = TextFolding.fold(publisherShown);
		published = article.published();
		ownUrls = new LinkedHashSet<>();
		for (String url : new String[] { article.sourceUrl(), article.canonicalUrl() }) {
			String key = UrlKeys.key(url);
			if (key != null) {
				ownUrls.add(key);
			}
		}
		basedOn = UrlKeys.key(article.basedOn());
		editions = new LinkedHashMap<>();
		for (Edition edition : article.editions()) {
			String key = UrlKeys.key(edition.url());
			if (key != null && !ownUrls.contains(key)) {
				editions.putIfAbsent(key, edition.language());
			}
		}
		String text = TextFolding.bounded(article.text());
		truncated = text.length() < article.text().length();
		textUrls = new LinkedHashSet<>(Fingerprints.urls(text));
		statements = new ArrayList<>();
		statementsShown = new ArrayList<>();
		Matcher matcher = STATEMENT.matcher(text);
		while (matcher.find() && statements.size() < MAX_STATEMENTS) {
			int lineEnd = text.indexOf('\n', matcher.end());
			String rest = text.substring(matcher.start(), lineEnd < 0 ? text.length() : lineEnd);
			if (rest.length() > 300) {
				rest = rest.substring(0, 300);
			}
			statementsShown.add(rest.strip());
			statements.add(TextFolding.fold(rest));
		}
		shingles = Shingles.of(TextFolding.words(text, Shingles.MAX_WORDS));
		fingerprint = Fingerprints.of(text, entityIds);
		figures = PairJudge.figures(fingerprint);
		cognates = Cognates.of(text);
	}

	/** The features of {@code article}, with the ids of the entities linked in it, in text order (may be empty). */
	public static ArticleFeatures of(Article article, List<String> entityIds) {
		return new ArticleFeatures(article, entityIds);
	}

	/**
	 * Replaces each fingerprint token by the equal one already in {@code canonical} (adding it when new), in a list of
	 * exactly its size: an index holds a name, a date or a figure once however many articles give it. Tokens are
	 * values, so nothing compared changes. Called by the index that keeps the article, under its lock.
	 */
	public void shareTokens(Map<FingerprintToken, FingerprintToken> canonical) {
		FingerprintToken[] shared = new FingerprintToken[fingerprint.size()];
		for (int i = 0; i < shared.length; i++) {
			FingerprintToken token = fingerprint.get(i);
			FingerprintToken known = canonical.putIfAbsent(token, token);
			shared[i] = known == null ? token : known;
		}
		fingerprint = List.of(shared);
	}

	/** The LSH band keys of the text's shingles. */
	public long[] bands() {
		return shingles.bands.clone();
	}

	/**
	 * The text's anchor shingles ({@code Shingles.ANCHOR_RATE}): a text holding most of another's anchors may hold
	 * that text, or the part of it an excerpt keeps, whatever their lengths.
	 */
	public long[] anchors() {
		return shingles.anchors.clone();
	}

	/** Whether the text has words at all. */
	public boolean hasText() {
		return shingles.count > 0;
	}

	private static String primaryLanguage(String tag) {
		if (tag == null || tag.isBlank()) {
			return Article.UNDETERMINED;
		}
		int dash = tag.indexOf('-');
		return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
	}
}
