// SPDX-License-Identifier: EPL-2.0
package dossier.licence.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.Nullable;

import dossier.core.model.Article;
import dossier.core.model.LicenceStatement;
import dossier.core.model.TextSpan;
import dossier.licence.AttributionElements;
import dossier.licence.DetectedLicence;
import dossier.licence.Evidence;
import dossier.licence.LicenceScope;
import dossier.licence.ThirdPartyItem;

/**
 * Finds the attribution elements: from the importer's fields when it gave them (located in the text when they
 * appear there), else from the text alone (a header of title / publisher / URL lines, bylines, notices).
 */
final class ElementFinder {

	private static final int HEADER_LINES = 6;

	private ElementFinder() {
	}

	/** The attribution elements of {@code article}, whose language is {@code language} (the article's, or the text's guess). */
	static AttributionElements find(Article article, String language, Scan scan, List<DetectedLicence> licences, List<ThirdPartyItem> thirdParty) {
		String text = scan.text;
		List<int[]> header = headerLines(text);
		Evidence title = !article.title().isBlank() ? locate(text, article.title()) : rawTitle(text, header);
		List<Evidence> authors = new ArrayList<>();
		for (String author : article.authors()) {
			authors.add(locate(text, author));
		}
		if (authors.isEmpty()) {
			// the importer's byline block, by its place: "By Ana Ruiz, Reuters" names Ana Ruiz
			authors.addAll(BylineCredits.authors(article, text));
		}
		if (authors.isEmpty()) {
			Matcher byline = Patterns.BYLINE.matcher(text);
			while (byline.find() && authors.size() < 5) {
				authors.add(Evidence.at(text, byline.start("name"), byline.end("name"))); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		String publisherName = article.publisher();
		if (authors.isEmpty() && publisherName != null) {
			Matcher bylineAsPublisher = Patterns.BYLINE.matcher(publisherName.strip());
			if (bylineAsPublisher.matches()) { // an importer took "By Jane Doe" for the publisher: it names the author
				authors.add(locate(text, bylineAsPublisher.group("name"))); //$NON-NLS-1$
				publisherName = null;
			}
		}
		Evidence sourceUrl = article.sourceUrl() != null ? locate(text, article.sourceUrl()) : rawSourceUrl(text, header);
		Evidence publisher = publisherName != null && !publisherName.isBlank() ? locate(text, publisherName)
				: rawPublisher(text, header, sourceUrl, title);
		Evidence licenceLink = null;
		for (DetectedLicence licence : licences) {
			if (licence.scope() == LicenceScope.ARTICLE && licence.link() != null) {
				licenceLink = locate(text, licence.link());
				break;
			}
		}
		Evidence copyright = copyrightNotice(article, text, thirdParty);
		Evidence disclaimer = null;
		Matcher disclaimerMatcher = scan.first(Patterns.DISCLAIMER, Scan.DISCLAIMER);
		if (disclaimerMatcher != null) {
			int[] line = Lines.trimmed(text, disclaimerMatcher.start());
			disclaimer = Evidence.at(text, line[0], line[1]);
		}
		Evidence modification = modificationNotice(scan, language);
		return new AttributionElements(title, authors, publisher, sourceUrl, licenceLink, copyright, disclaimer, modification);
	}

	/** A bibliographic reference: an ISBN, a page count ("1264 S.", "320 pp.", "320 pages", "320 páginas", "٣٢٠ صفحة"). */
	private static final Pattern BIBLIOGRAPHIC = Pattern.compile("(?<![\\p{L}])ISBN|(?<![\\p{L}])\\p{N}+\\s*(?:S\\.|pp\\.|p\\.|pages|páginas|pagine|páginas|Seiten|blz\\.|صفحة)(?![\\p{L}])"); //$NON-NLS-1$

	/** After a translation word in running text: "(translation) of the article", "(traduction) de l'article", "(ترجمة) مقال". */
	private static final Pattern OF_AN_ARTICLE = Pattern.compile("\\s*(?:of|de|di|del|dell['’]|des|do|da|van|ل)?\\s*(?:the|an|this|l['’]|la|el|o|a|het|de|questo|cet|este|dieses|dieser)?\\s*"
			+ "(?:article|articolo|artículo|artigo|Artikels?|artikel|مقال|مقالة|المقال|book|novel|livre|roman|libro|romanzo|romance|Buch(?:es|s)?|Romans?|boek|كتاب|رواية)(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE); //$NON-NLS-1$
	/** A translation the page presents in running text ("nous proposons ici la traduction du texte"): this page's. */
	private static final Pattern OFFERED = Pattern.compile("(?:nous|we|wir|presentiamo|pubblichiamo|proponiamo|offriamo|ofrecemos|presentamos|publicamos|apresentamos|oferecemos|ننشر|نقدم)(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE); //$NON-NLS-1$

	/** Leave given to translate ("nous a permis de lire et de traduire"): this page is the translation. */
	private static final Pattern LEAVE_TO_TRANSLATE = Pattern.compile("(?:nous|us|ci|nos|uns|ons)\\s", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE); //$NON-NLS-1$

	/** The language a translation was made into, named after the notice: "vers l'anglais", "into English", "al inglés", "ins Deutsche", "إلى الإنجليزية". */
	private static final Pattern INTO = Pattern.compile("(?<![\\p{L}])(?:vers|into|en|al|ao|para|in|ins|naar|nach|إلى|الى)\\s+(?:l['’]|le |la |el |o |a |das |the |lo |il |het )?(?<language>\\p{L}+)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE); //$NON-NLS-1$

	/** A page handing the reader a translation: "و اليكم ترجمة النص الى الفرنسية", "voici la traduction", "here is the translation". */
	private static final Pattern HERE_IS = Pattern.compile("(?<![\\p{L}])(?:اليكم|إليكم|إليك|اليك|voici|here is|here's|ecco|aquí está|aqui está|hier ist|hier is)(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE); //$NON-NLS-1$

	/** True when the words after a translation notice name the language it was made into, and that is not this text's. */
	private static boolean intoAnotherLanguage(String text, int from, int lineEnd, String language) {
		Matcher into = INTO.matcher(text).region(from, Math.min(lineEnd, from + 50));
		while (into.find()) {
			String word = Objects.requireNonNull(into.group("language")); //$NON-NLS-1$
			if (Languages.namedIn(word, language) != null) {
				return true;
			}
			if (Languages.namedIn(word, "") != null) { //$NON-NLS-1$
				return false; // into this text's own language
			}
		}
		return false;
	}

	private static final Pattern MACHINE = Pattern.compile("automat|machine|maschinell|آلية", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE); //$NON-NLS-1$

	/** A translation or modification notice: only on a short line, since "ترجمة" and "modified" are ordinary words. */
	static @Nullable Evidence modificationNotice(Scan scan, String language) {
		String text = scan.text;
		int first = Lines.firstLine(text);
		for (int[] raw : scan.linesWith(Scan.ORIGINAL)) {
			// "originally published in English", "المقال الأصلي باللغة الإنجليزية": an original in another language
			int[] line = Lines.trimmed(text, raw[0]);
			if (line[1] - line[0] <= Lines.SHORT_LINE && line[0] != first && Patterns.ORIGINAL.matcher(text).region(raw[0], raw[1]).find()
					&& Languages.namedIn(text.substring(line[0], line[1]), language) != null) {
				return Evidence.at(text, line[0], line[1]);
			}
		}
		for (int pass = 0; pass < 2; pass++) {
			Pattern pattern = pass == 0 ? Patterns.TRANSLATION_NOTICE : Patterns.MODIFICATION_NOTICE;
			for (int[] raw : scan.linesWith(pass == 0 ? Scan.TRANSLATION : Scan.MODIFICATION)) {
				int[] line = Lines.trimmed(text, raw[0]);
				if (line[0] == first) {
					continue;
				}
				Matcher notice = pattern.matcher(text).region(raw[0], raw[1]);
				while (notice.find()) {
					// a short line, or in running text a translation with the language it was made from ("traduits de l'anglais")
					String before = text.substring(Math.max(line[0], notice.start() - 40), notice.start());
					if (Patterns.NEGATION.matcher(before).find()) {
						continue; // "keine Eins-zu-eins-Übersetzung des französischen Originals"
					}
					if (BIBLIOGRAPHIC.matcher(text).region(line[0], line[1]).find()) {
						continue; // "Rowohlt 2019, 1264 S., ISBN ..., übersetzt von X": the book reviewed was translated, not this text
					}
					if (pass == 0 && intoAnotherLanguage(text, notice.end(), line[1], language)
							&& !HERE_IS.matcher(text).region(Math.max(line[0], notice.start() - 20), notice.start()).find()) {
						continue; // "Traduction de l'espagnol vers l'anglais" on a French page: a translation into another language than this text's
					}
					if (line[1] - line[0] <= Lines.SHORT_LINE) {
						return Evidence.at(text, line[0], line[1]);
					}
					if (pass == 0 && (MACHINE.matcher(notice.group()).find() || OFFERED.matcher(notice.group()).lookingAt() || LEAVE_TO_TRANSLATE.matcher(notice.group()).lookingAt() || OF_AN_ARTICLE.matcher(text).region(notice.end(), Math.min(line[1], notice.end() + 30)).lookingAt()
							|| Languages.namedIn(text.substring(notice.start(), Math.min(line[1], notice.end() + 40)), language) != null)) {
						int[] sentence = Lines.sentence(text, line, notice.start());
						return Evidence.at(text, sentence[0], sentence[1]);
					}
				}
			}
		}
		return null;
	}

	/**
	 * "© Marcello Casal jr/Agência Brasil" on the agency's own site: a staff photographer's credit, not the article's
	 * copyright notice (a notice names a year or reserves rights: "© 2024 Reuters. All rights reserved.").
	 */
	private static boolean photoCredit(String line) {
		return !Patterns.YEAR_AFTER_SIGN.matcher(line).find() && !Patterns.ALL_RIGHTS_RESERVED.matcher(line).find()
				&& (line.indexOf('/') > 0 || Patterns.ITEM_CUE.matcher(line).find());
	}

	static boolean isTranslationNotice(@Nullable Evidence notice, String language) {
		return notice != null && (Patterns.TRANSLATION_NOTICE.matcher(notice.text()).find()
				|| Patterns.ORIGINAL.matcher(notice.text()).find() && Languages.namedIn(notice.text(), language) != null);
	}

	private static @Nullable Evidence copyrightNotice(Article article, String text, List<ThirdPartyItem> thirdParty) {
		int offset = 0;
		while (offset < text.length()) {
			int end = Lines.end(text, offset);
			int[] line = Lines.trimmed(text, offset);
			while (line[0] < line[1] && "'\"«“„".indexOf(text.charAt(line[0])) >= 0) {
				line[0]++; // "'© Copyright 2005 - 2017 SBUCT'"
			}
			char last = line[1] > line[0] ? text.charAt(line[1] - 1) : ' ';
			if (line[1] > line[0] && last != '?' && last != '؟' && Patterns.COPYRIGHT_LINE.matcher(text).region(line[0], line[1]).lookingAt()
					&& line[1] - line[0] <= Lines.SHORT_LINE && !covered(thirdParty, line[0], line[1]) && !photoCredit(text.substring(line[0], line[1]))
					&& !Patterns.PLACEHOLDER.matcher(text).region(line[0], line[1]).find()) { // "Copyright (c) <year> by <author's name>": a model
				return Evidence.at(text, line[0], line[1]);
			}
			offset = end + 1;
		}
		for (LicenceStatement statement : article.licences()) {
			if (statement.span() == null && statement.text() != null
					&& Patterns.COPYRIGHT_LINE.matcher(statement.text().strip()).find()) {
				return new Evidence(statement.text().strip(), null);
			}
		}
		return null;
	}

	private static boolean covered(List<ThirdPartyItem> items, int start, int end) {
		TextSpan span = new TextSpan(start, end);
		return items.stream().anyMatch(item -> item.credit().span().overlaps(span));
	}

	/** The evidence of a value the importer gave: its place in the text, or a null span when it is not there. */
	static Evidence locate(String text, @Nullable String value) {
		String v = value.strip();
		int at = v.isEmpty() ? -1 : text.indexOf(v);
		if (at < 0 && !v.isEmpty()) {
			at = text.toLowerCase(Locale.ROOT).indexOf(v.toLowerCase(Locale.ROOT));
		}
		return at < 0 ? new Evidence(v, null) : Evidence.at(text, at, at + v.length());
	}

	private static List<int[]> headerLines(String text) {
		List<int[]> lines = new ArrayList<>();
		int offset = 0;
		while (offset < text.length() && lines.size() < HEADER_LINES) {
			int end = Lines.end(text, offset);
			int[] line = Lines.trimmed(text, offset);
			if (line[1] > line[0]) {
				lines.add(line);
			}
			offset = end + 1;
		}
		return lines;
	}

	private static @Nullable Evidence rawTitle(String text, List<int[]> header) {
		if (header.size() < 2) {
			return null;
		}
		int[] first = header.get(0);
		String line = text.substring(first[0], first[1]);
		int licensed = LicenceDetector.candidates(line).stream().mapToInt(c -> c.end() - c.start()).sum();
		if (line.length() > Lines.SHORT_LINE || Patterns.URL.matcher(line).find() || licensed * 10 >= line.length() * 4) {
			return null;
		}
		return Evidence.at(text, first[0], first[1]);
	}

	private static @Nullable Evidence rawSourceUrl(String text, List<int[]> header) {
		for (int[] line : header) {
			Matcher url = Patterns.URL.matcher(text).region(line[0], line[1]);
			if (url.find() && !isLicenceUrl(url.group())) {
				return Evidence.at(text, url.start(), url.end());
			}
		}
		Matcher source = Patterns.SOURCE_LABEL.matcher(text);
		while (source.find()) {
			Matcher url = Patterns.URL.matcher(Objects.requireNonNull(source.group("name"))); //$NON-NLS-1$
			if (url.find()) {
				int start = source.start("name") + url.start(); //$NON-NLS-1$
				return Evidence.at(text, start, start + url.group().length());
			}
		}
		Matcher any = Patterns.URL.matcher(text);
		while (any.find()) {
			if (!isLicenceUrl(any.group())) {
				return Evidence.at(text, any.start(), any.end());
			}
		}
		return null;
	}

	private static boolean isLicenceUrl(String url) {
		String lower = url.toLowerCase(Locale.ROOT);
		return lower.contains("creativecommons.org") || lower.contains("gnu.org/licenses") || lower.contains("gnu.org/copyleft"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** A short name line in the header next to the source URL ("Lifegate"), or a "Source: X" line. */
	private static @Nullable Evidence rawPublisher(String text, List<int[]> header, @Nullable Evidence sourceUrl,
			@Nullable Evidence title) {
		Matcher source = Patterns.SOURCE_LABEL.matcher(text);
		while (source.find()) {
			if (!Patterns.URL.matcher(Objects.requireNonNull(source.group("name"))).find()) { //$NON-NLS-1$
				return Evidence.at(text, source.start("name"), source.end("name")); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		if (sourceUrl == null || sourceUrl.span() == null) {
			return null;
		}
		for (int i = 0; i < header.size(); i++) {
			int[] line = header.get(i);
			if (line[0] > sourceUrl.span().start()) {
				break;
			}
			if (title != null && title.span() != null && line[0] == title.span().start()) {
				continue;
			}
			String candidate = text.substring(line[0], line[1]);
			if (candidate.length() <= 60 && candidate.split("\\s+").length <= 5 && !Patterns.URL.matcher(candidate).find() //$NON-NLS-1$
					&& ".!?؟:".indexOf(candidate.charAt(candidate.length() - 1)) < 0 && !Patterns.BYLINE.matcher(candidate).find()) { //$NON-NLS-1$
				return Evidence.at(text, line[0], line[1]);
			}
		}
		return null;
	}
}
