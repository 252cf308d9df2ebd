// SPDX-License-Identifier: EPL-2.0
package dossier.index.internal;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

import dossier.core.language.LanguageDetector;
import dossier.core.model.Article;
import dossier.core.model.Provenance;
import dossier.index.ArticleSummary;
import dossier.index.IndexSource;

/**
 * Turns an {@link Article} into the index's document, and a stored document back into an {@link ArticleSummary}.
 */
public final class DocumentMapper {

	/** Text indexed in its language, stored for snippets, with offsets so snippets need no re-analysis. */
	private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);
	static {
		TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		TEXT_WITH_OFFSETS.freeze();
	}

	private static final Pattern DATE = Pattern
			.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2}))?)?)?)?"); //$NON-NLS-1$
	private static final int SORT_VALUE_MAX = 200;

	private final FacetsConfig facets = facetsConfig();

	public static FacetsConfig facetsConfig() {
		return new FacetsConfig();
	}

	public FacetsConfig facets() {
		return facets;
	}

	/** The language the index files the article under: its own, or detected from its text when unknown. */
	public static String languageOf(Article article) {
		String language = article.language();
		if (language == null || Article.UNDETERMINED.equals(language)) {
			language = LanguageDetector.standard().detect(article.text());
		}
		return language;
	}

	public Document toDocument(Article article, IndexSource source) throws IOException {
		Document doc = new Document();
		String language = languageOf(article);
		String analysis = Analyzers.analysisLanguage(language);
		String licence = nonNull(source.licenceOf(article), "none"); //$NON-NLS-1$
		String path = source.pathOf(article);

		doc.add(new StringField(Fields.ID, article.id(), Field.Store.YES));
		doc.add(new SortedDocValuesField(Fields.ID_SORT, new BytesRef(article.id())));

		doc.add(new Field(Fields.text(analysis), article.text(), TEXT_WITH_OFFSETS));
		doc.add(new TextField(Fields.EXACT, article.text(), Field.Store.NO));
		doc.add(new TextField(Fields.title(analysis), article.title(), Field.Store.NO));
		doc.add(new StoredField(Fields.TITLE, article.title()));
		doc.add(new SortedDocValuesField(Fields.TITLE_SORT, sortValue(article.title())));
		for (String author : article.authors()) {
			doc.add(new TextField(Fields.AUTHOR, author, Field.Store.NO));
		}

		doc.add(new StringField(Fields.LANGUAGE, language.toLowerCase(Locale.ROOT), Field.Store.NO));
		doc.add(new StoredField(Fields.LANGUAGE, language));
		doc.add(new SortedDocValuesField(Fields.LANGUAGE_SORT, sortValue(language)));
		doc.add(new SortedSetDocValuesFacetField(Fields.FACET_LANGUAGE, language));

		if (article.publisher() != null && !article.publisher().isBlank()) {
			String publisher = article.publisher().strip();
			doc.add(new StoredField(Fields.PUBLISHER, publisher));
			doc.add(new StringField(Fields.PUBLISHER_KEY, publisher.toLowerCase(Locale.ROOT), Field.Store.NO));
			doc.add(new TextField(Fields.PUBLISHER_TEXT, publisher, Field.Store.NO));
			doc.add(new SortedDocValuesField(Fields.PUBLISHER_SORT, sortValue(publisher)));
			doc.add(new SortedSetDocValuesFacetField(Fields.FACET_PUBLISHER, publisher));
		}

		doc.add(new StoredField(Fields.LICENCE, licence));
		doc.add(new StringField(Fields.LICENCE_KEY, licence.toLowerCase(Locale.ROOT), Field.Store.NO));
		doc.add(new SortedDocValuesField(Fields.LICENCE_SORT, sortValue(licence)));
		doc.add(new SortedSetDocValuesFacetField(Fields.FACET_LICENCE, licence));

		if (article.published() != null) {
			Matcher date = DATE.matcher(article.published().strip());
			if (date.lookingAt()) {
				doc.add(new StoredField(Fields.PUBLISHED, article.published().strip()));
				doc.add(new StringField(Fields.YEAR, date.group(1), Field.Store.NO));
				doc.add(new SortedSetDocValuesFacetField(Fields.FACET_YEAR, date.group(1)));
				doc.add(new NumericDocValuesField(Fields.DATE_SORT, dateValue(date)));
			}
		}
		Provenance provenance = article.provenance();
		Instant importedAt = provenance == null ? null : provenance.importedAt();
		if (importedAt != null) {
			doc.add(new NumericDocValuesField(Fields.IMPORTED_DATE, instantValue(importedAt)));
		}
		if (path != null) {
			doc.add(new StoredField(Fields.PATH, path));
		}
		return facets.build(doc);
	}

	/** yyyyMMddHHmmss as a number: orders dates, and partial dates before full ones of the same period. */
	private static long dateValue(Matcher date) {
		long value = Long.parseLong(date.group(1));
		for (int group = 2; group <= 6; group++) {
			value = value * 100 + (date.group(group) == null ? 0 : Long.parseLong(date.group(group)));
		}
		return value;
	}

	/** {@code instant} in UTC as yyyyMMddHHmmss, the scale of {@link #dateValue}. */
	static long instantValue(Instant instant) {
		LocalDateTime utc = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
		return ((((utc.getYear() * 100L + utc.getMonthValue()) * 100 + utc.getDayOfMonth()) * 100 + utc.getHour()) * 100
				+ utc.getMinute()) * 100 + utc.getSecond();
	}

	private static BytesRef sortValue(String value) {
		String key = value == null ? "" : value.strip().toLowerCase(Locale.ROOT); //$NON-NLS-1$
		if (key.length() > SORT_VALUE_MAX) {
			key = key.substring(0, SORT_VALUE_MAX);
		}
		return new BytesRef(key);
	}

	private static String nonNull(String value, String fallback) {
		return value == null || value.isBlank() ? fallback : value;
	}

	public static ArticleSummary toSummary(Document stored) {
		return new ArticleSummary(stored.get(Fields.ID), nonNull(stored.get(Fields.TITLE), ""), //$NON-NLS-1$
				stored.get(Fields.PUBLISHER), stored.get(Fields.LANGUAGE), stored.get(Fields.PUBLISHED),
				stored.get(Fields.LICENCE), stored.get(Fields.PATH));
	}
}
