// SPDX-License-Identifier: EPL-2.0
package dossier.index.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The query syntax: the classic Lucene syntax (words, "phrases", AND/OR/NOT, +/-, parentheses, prefix*,
 * field:value) over logical fields that map to the index's per-language fields. A word without a field is
 * looked up in the text of every language written in the word's script (so {@code كوريا} is analysed as
 * Arabic, Persian and Urdu, each against articles in that language) and in the unstemmed {@code exact} field.
 * Words are ANDed unless OR is written.
 * <p>
 * Fields: {@code title:}, {@code text:}, {@code author:}, {@code publisher:}, {@code language:},
 * {@code licence:} (or {@code license:}), {@code year:} (also {@code year:[2020 TO 2024]}), {@code published:}
 * (a day, month or year, or {@code published:[2024-06-01 TO 2024-06-30]}: see {@link PublishedRange}),
 * {@code imported:} (the UTC day, month or year of the import, or a range of days, the same way), {@code id:}.
 */
public final class DossierQueryParser extends QueryParser {

	/** The default field: every text field. */
	public static final String ALL = "all"; //$NON-NLS-1$

	private static final float TITLE_BOOST = 2f;
	private static final float EXACT_BOOST = 1.2f;

	public DossierQueryParser(Analyzer queryAnalyzer) {
		super(ALL, queryAnalyzer);
		setDefaultOperator(QueryParser.AND_OPERATOR);
		setSplitOnWhitespace(true);
		setAutoGeneratePhraseQueries(true);
	}

	@Override
	protected Query getFieldQuery(@Nullable String field, @Nullable String queryText, boolean quoted) throws ParseException {
		if (field == null || queryText == null) {
			throw new ParseException("a query term without its field or text"); //$NON-NLS-1$
		}
		String logical = field.toLowerCase(Locale.ROOT);
		switch (logical) {
		case ALL:
			return textQuery(queryText, quoted, true, true);
		case "text", "body": //$NON-NLS-1$ //$NON-NLS-2$
			return textQuery(queryText, quoted, true, false);
		case Fields.TITLE:
			return textQuery(queryText, quoted, false, true);
		case Fields.AUTHOR:
			return nonNull(super.getFieldQuery(Fields.AUTHOR, queryText, true));
		case Fields.PUBLISHER: {
			BooleanQuery.Builder either = new BooleanQuery.Builder();
			either.add(new TermQuery(new Term(Fields.PUBLISHER_KEY, queryText.strip().toLowerCase(Locale.ROOT))),
					BooleanClause.Occur.SHOULD);
			Query words = super.getFieldQuery(Fields.PUBLISHER_TEXT, queryText, true);
			if (words != null) {
				either.add(words, BooleanClause.Occur.SHOULD);
			}
			return either.build();
		}
		case Fields.LANGUAGE, "lang": //$NON-NLS-1$
			return new TermQuery(new Term(Fields.LANGUAGE, queryText.strip().toLowerCase(Locale.ROOT)));
		case Fields.LICENCE, "license": //$NON-NLS-1$
			return new TermQuery(new Term(Fields.LICENCE_KEY, queryText.strip().toLowerCase(Locale.ROOT)));
		case Fields.YEAR:
			return new TermQuery(new Term(Fields.YEAR, queryText.strip()));
		case Fields.ID:
			return new TermQuery(new Term(Fields.ID, queryText.strip()));
		case Fields.PUBLISHED:
			return PublishedRange.of(queryText);
		case Fields.IMPORTED:
			return PublishedRange.of(Fields.IMPORTED_DATE, queryText);
		default:
			throw new ParseException("unknown field '" + field + "' (fields: title, text, author, publisher, language, licence, year, published, imported, id)"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private Query textQuery(@Nullable String queryText, boolean quoted, boolean text, boolean title) throws ParseException {
		Set<Query> alternatives = new LinkedHashSet<>();
		for (String language : languagesFor(queryText)) {
			if (text) {
				add(alternatives, super.getFieldQuery(Fields.text(language), queryText, quoted), 1f);
			}
			if (title) {
				add(alternatives, super.getFieldQuery(Fields.title(language), queryText, quoted), TITLE_BOOST);
			}
		}
		if (text) {
			add(alternatives, super.getFieldQuery(Fields.EXACT, queryText, quoted), EXACT_BOOST);
		}
		if (alternatives.isEmpty()) {
			// Only stop words: they match nothing rather than everything.
			return new MatchNoDocsQuery();
		}
		BooleanQuery.Builder any = new BooleanQuery.Builder();
		for (Query alternative : alternatives) {
			any.add(alternative, BooleanClause.Occur.SHOULD);
		}
		return any.build();
	}

	private static void add(Set<Query> alternatives, Query query, float boost) {
		if (query != null) {
			alternatives.add(boost == 1f ? query : new BoostQuery(query, boost));
		}
	}

	private static Query nonNull(Query query) {
		return query == null ? new MatchNoDocsQuery() : query;
	}

	@Override
	protected Query getRangeQuery(@Nullable String field, @Nullable String part1, @Nullable String part2, boolean startInclusive,
			boolean endInclusive) throws ParseException {
		String logical = field.toLowerCase(Locale.ROOT);
		if (Fields.YEAR.equals(logical)) {
			return TermRangeQuery.newStringRange(Fields.YEAR, part1, part2, startInclusive, endInclusive);
		}
		if (Fields.PUBLISHED.equals(logical)) {
			return PublishedRange.between(part1, part2, startInclusive, endInclusive);
		}
		if (Fields.IMPORTED.equals(logical)) {
			return PublishedRange.between(Fields.IMPORTED_DATE, part1, part2, startInclusive, endInclusive);
		}
		return super.getRangeQuery(physical(field), part1, part2, startInclusive, endInclusive);
	}

	@Override
	protected Query getPrefixQuery(@Nullable String field, @Nullable String termStr) throws ParseException {
		return super.getPrefixQuery(physical(field), termStr);
	}

	@Override
	protected Query getWildcardQuery(@Nullable String field, @Nullable String termStr) throws ParseException {
		return super.getWildcardQuery(physical(field), termStr);
	}

	@Override
	protected Query getFuzzyQuery(@Nullable String field, @Nullable String termStr, float minSimilarity) throws ParseException {
		return super.getFuzzyQuery(physical(field), termStr, minSimilarity);
	}

	@Override
	protected Query getRegexpQuery(@Nullable String field, @Nullable String termStr) throws ParseException {
		return super.getRegexpQuery(physical(field), termStr);
	}

	/** The field a prefix, wildcard or fuzzy term is looked up in: unstemmed words, or the keyword field. */
	private static String physical(@Nullable String field) throws ParseException {
		switch (field.toLowerCase(Locale.ROOT)) {
		case ALL, "text", "body", Fields.TITLE: //$NON-NLS-1$ //$NON-NLS-2$
			return Fields.EXACT;
		case Fields.AUTHOR:
			return Fields.AUTHOR;
		case Fields.PUBLISHER:
			return Fields.PUBLISHER_TEXT;
		case Fields.LANGUAGE, "lang": //$NON-NLS-1$
			return Fields.LANGUAGE;
		case Fields.LICENCE, "license": //$NON-NLS-1$
			return Fields.LICENCE_KEY;
		case Fields.YEAR:
			return Fields.YEAR;
		default:
			throw new ParseException("unknown field '" + field + "'"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** The analysis languages whose script the text is written in; the catch-all chain always. */
	static List<String> languagesFor(@Nullable String text) {
		Set<String> languages = new LinkedHashSet<>();
		for (int i = 0; i < text.length();) {
			int cp = text.codePointAt(i);
			i += Character.charCount(cp);
			if (!Character.isLetter(cp)) {
				continue;
			}
			switch (Character.UnicodeScript.of(cp)) {
			case ARABIC -> languages.addAll(List.of("ar", "fa", "ur")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			case LATIN -> languages.addAll(List.of("en", "it", "fr", "es", "de", "pt", "tr")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			case CYRILLIC -> languages.add("ru"); //$NON-NLS-1$
			case HAN, HIRAGANA, KATAKANA -> languages.addAll(List.of("zh", "ja")); //$NON-NLS-1$ //$NON-NLS-2$
			default -> {
				// Any other script: the catch-all chain below.
			}
			}
		}
		if (languages.isEmpty()) {
			// Digits only (a year, a number): every language.
			languages.addAll(Analyzers.LANGUAGES);
		}
		List<String> result = new ArrayList<>(languages);
		result.add(Analyzers.OTHER);
		return result;
	}
}
