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

	/**
	 * A line that credits a source: "originally published by / first appeared in / republished from / Source:" and
	 * their equivalents in the languages Dossier reads. The publisher a copy names there is its original's; a publisher
	 * named anywhere else in a text (an original naming its partner, its own edition in another language) says nothing
	 * of which text came first.
	 */
	private static final Pattern CREDIT = Pattern.compile("(?iu)(originally (published|appeared|posted)|first (published|appeared)" //$NON-NLS-1$
			+ "|appeared first|republished|reprinted|reproduced (here )?with|courtesy of|^\\s*(source|via)\\s*:" //$NON-NLS-1$
			+ "|publicad[oa] originalmente|publicad[oa] por primera vez|^\\s*(fuente|fonte)\\s*:" //$NON-NLS-1$
			+ "|publié (initialement|à l'origine|d'abord)|paru (initialement|d'abord)|pubblicat[oa] (originariamente|per la prima volta)" //$NON-NLS-1$
			+ "|ursprünglich erschienen|zuerst erschienen|^\\s*quelle\\s*:|نشر أصلا|نُشر أصلاً|نشر في الأصل|نشرت في الأصل|^\\s*المصدر|نقلا عن|نقلاً عن)"); //$NON-NLS-1$

	/**
	 * A byline at a text's head: "by Jeff Errington, The Conversation", "Por María López, El País" - an author and, when a
	 * copy credits its source, the source's publisher.
	 */
	private static final Pattern BYLINE = Pattern.compile("(^|[\\s,.;:|])([Bb]y|[Pp]or|[Pp]ar|[Dd]i|[Vv]on|[Dd]oor|بقلم)\\s+\\p{Lu}"); //$NON-NLS-1$

	/** Lines of a text's head that may hold a byline, and the longest line read as one. */
	private static final int BYLINE_LINES = 6;
	private static final int BYLINE_LENGTH = 160;
	private static final int MAX_CREDITS = 10;

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
	/**
	 * The folded words of each line that credits a source ({@link #CREDIT}, or a byline among the first lines): where a
	 * copy names its original's publisher.
	 */
	public final List<List<String>> credits;
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
		String read = TextFolding.unescaped(article.text());
		String text = TextFolding.bounded(read);
		truncated = text.length() < read.length();
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
		credits = credits(text);
		shingles = Shingles.of(TextFolding.words(text, Shingles.MAX_WORDS));
		fingerprint = Fingerprints.of(text, entityIds);
		figures = PairJudge.figures(fingerprint);
		cognates = Cognates.of(text);
	}

	/** The folded words of the lines of {@code text} that credit a source: a credit statement, or a byline at its head. */
	private static List<List<String>> credits(String text) {
		List<List<String>> credits = new ArrayList<>();
		int start = 0;
		for (int line = 0; start < text.length() && credits.size() < MAX_CREDITS; line++) {
			int end = text.indexOf('\n', start);
			if (end < 0) {
				end = text.length();
			}
			String shown = text.substring(start, end);
			if (!shown.isBlank() && (CREDIT.matcher(shown).find()
					|| line < BYLINE_LINES && shown.length() <= BYLINE_LENGTH && BYLINE.matcher(shown).find())) {
				credits.add(List.copyOf(TextFolding.words(shown, 60)));
			}
			start = end + 1;
		}
		return credits.isEmpty() ? List.of() : List.copyOf(credits);
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

	/** The edge keys of the text's first shingles ({@code Shingles.EDGE}): where an excerpt cut later may begin. */
	public long[] headKeys() {
		return Shingles.edgeKeys(shingles.head);
	}

	/** The edge keys of the text's last shingles: where an excerpt that begins later may start again. */
	public long[] tailKeys() {
		return Shingles.edgeKeys(shingles.tail);
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
