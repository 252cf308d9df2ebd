// SPDX-License-Identifier: EPL-2.0
package dossier.index.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The analysis chains: one stemming analyzer per indexed language (fields {@code text_<lang>} and
 * {@code title_<lang>}) and one unstemmed analyzer for names and phrases (field {@code exact}).
 */
public final class Analyzers {

	/** Languages with their own analysis; any other language is indexed as {@link #OTHER}. */
	public static final List<String> LANGUAGES = List.of("ar", "fa", "ur", "en", "it", "fr", "es", "de", "pt", "ru", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
			"tr", "zh", "ja"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	/** The analysis language of texts in a language without its own chain (or undetermined). */
	public static final String OTHER = "und"; //$NON-NLS-1$

	private Analyzers() {
	}

	/** The analysis language for a BCP 47 tag: its primary subtag when that has a chain, else {@link #OTHER}. */
	public static String analysisLanguage(String tag) {
		if (tag == null) {
			return OTHER;
		}
		String primary = tag.toLowerCase(Locale.ROOT);
		int dash = primary.indexOf('-');
		if (dash > 0) {
			primary = primary.substring(0, dash);
		}
		return LANGUAGES.contains(primary) ? primary : OTHER;
	}

	/** For the index writer: per-language fields get their language's chain, Arabic with clitic expansion. */
	public static Analyzer forIndexing() {
		return perField(true);
	}

	/** For query parsing: the same chains, without index-time expansions. */
	public static Analyzer forQueries() {
		return perField(false);
	}

	private static Analyzer perField(boolean indexing) {
		Map<String, Analyzer> byField = new HashMap<>();
		for (String language : allAnalysisLanguages()) {
			Analyzer analyzer = forLanguage(language, indexing);
			byField.put(Fields.text(language), analyzer);
			byField.put(Fields.title(language), analyzer);
		}
		Analyzer exact = exact();
		byField.put(Fields.EXACT, exact);
		byField.put(Fields.AUTHOR, exact);
		byField.put(Fields.PUBLISHER_TEXT, exact);
		return new PerFieldAnalyzerWrapper(exact, byField);
	}

	public static List<String> allAnalysisLanguages() {
		List<String> all = new ArrayList<>(LANGUAGES);
		all.add(OTHER);
		return all;
	}

	static Analyzer forLanguage(String language, boolean indexing) {
		switch (language) {
		case "ar": //$NON-NLS-1$
			return new ArabicLightAnalyzer(indexing);
		case "fa": //$NON-NLS-1$
			return new PersianAnalyzer();
		case "en": //$NON-NLS-1$
			return new EnglishAnalyzer();
		case "it": //$NON-NLS-1$
			return new ItalianAnalyzer();
		case "fr": //$NON-NLS-1$
			return new FrenchAnalyzer();
		case "es": //$NON-NLS-1$
			return new SpanishAnalyzer();
		case "de": //$NON-NLS-1$
			return new GermanAnalyzer();
		case "pt": //$NON-NLS-1$
			return new PortugueseAnalyzer();
		case "ru": //$NON-NLS-1$
			return new RussianAnalyzer();
		case "tr": //$NON-NLS-1$
			return new TurkishAnalyzer();
		case "zh", "ja": //$NON-NLS-1$ //$NON-NLS-2$
			return new CJKAnalyzer();
		default:
			// Urdu and the rest: words as written, digits folded, Arabic-script letters normalised.
			return exact();
		}
	}

	/** Unstemmed, no stop words: names and phrases match as written, up to case, diacritics and digit forms. */
	public static Analyzer exact() {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(@Nullable String fieldName) {
				StandardTokenizer source = new StandardTokenizer();
				TokenStream result = new LowerCaseFilter(source);
				result = new DecimalDigitFilter(result);
				result = new ArabicNormalizationFilter(result);
				return new TokenStreamComponents(source, result);
			}

			@Override
			protected TokenStream normalize(@Nullable String fieldName, @Nullable TokenStream in) {
				return new ArabicNormalizationFilter(new DecimalDigitFilter(new LowerCaseFilter(in)));
			}
		};
	}

	/**
	 * Arabic: Lucene's {@link ArabicAnalyzer} chain (stop words, normalisation, light stemming of {@code ال و بال
	 * وال فال كال لل} and suffixes), plus the {@link ArabicProcliticFilter} for {@code ب ل ك ف}, when indexing and when
	 * querying.
	 */
	static final class ArabicLightAnalyzer extends Analyzer {
		private static final CharArraySet STOP_WORDS = ArabicAnalyzer.getDefaultStopSet();
		private final boolean indexing;

		ArabicLightAnalyzer(boolean indexing) {
			this.indexing = indexing;
		}

		@Override
		protected TokenStreamComponents createComponents(@Nullable String fieldName) {
			StandardTokenizer source = new StandardTokenizer();
			TokenStream result = new LowerCaseFilter(source);
			result = new DecimalDigitFilter(result);
			result = new StopFilter(result, STOP_WORDS);
			result = new ArabicNormalizationFilter(result);
			// both sides: the index holds لبوتين and بوتين, a query for لبوتين asks for either (a synonym at one
			// position), so the clitic form of a query finds the bare word as the bare word finds the clitic form
			result = new ArabicProcliticFilter(result);
			result = new ArabicStemFilter(result);
			return new TokenStreamComponents(source, result);
		}

		@Override
		protected TokenStream normalize(@Nullable String fieldName, @Nullable TokenStream in) {
			return new ArabicNormalizationFilter(new DecimalDigitFilter(new LowerCaseFilter(in)));
		}
	}
}
