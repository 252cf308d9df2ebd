package dossier.licence.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

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

	static AttributionElements find(Article article, String text, List<DetectedLicence> licences, List<ThirdPartyItem> thirdParty) {
		List<int[]> header = headerLines(text);
		Evidence title = !article.title().isBlank() ? locate(text, article.title()) : rawTitle(text, header);
		List<Evidence> authors = new ArrayList<>();
		for (String author : article.authors()) {
			authors.add(locate(text, author));
		}
		if (authors.isEmpty()) {
			Matcher byline = Patterns.BYLINE.matcher(text);
			while (byline.find() && authors.size() < 5) {
				authors.add(Evidence.at(text, byline.start("name"), byline.end("name"))); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		Evidence sourceUrl = article.sourceUrl() != null ? locate(text, article.sourceUrl()) : rawSourceUrl(text, header);
		Evidence publisher = article.publisher() != null && !article.publisher().isBlank() ? locate(text, article.publisher())
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
		Matcher disclaimerMatcher = Patterns.DISCLAIMER.matcher(text);
		if (disclaimerMatcher.find()) {
			int[] line = Lines.trimmed(text, disclaimerMatcher.start());
			disclaimer = Evidence.at(text, line[0], line[1]);
		}
		Evidence modification = modificationNotice(text);
		return new AttributionElements(title, authors, publisher, sourceUrl, licenceLink, copyright, disclaimer, modification);
	}

	/** A translation or modification notice: only on a short line, since "ترجمة" and "modified" are ordinary words. */
	static Evidence modificationNotice(String text) {
		for (java.util.regex.Pattern pattern : List.of(Patterns.TRANSLATION_NOTICE, Patterns.MODIFICATION_NOTICE)) {
			Matcher notice = pattern.matcher(text);
			while (notice.find()) {
				int[] line = Lines.trimmed(text, notice.start());
				if (line[1] - line[0] <= Lines.SHORT_LINE && line[0] != Lines.firstLine(text)) {
					return Evidence.at(text, line[0], line[1]);
				}
			}
		}
		return null;
	}

	static boolean isTranslationNotice(Evidence notice) {
		return notice != null && Patterns.TRANSLATION_NOTICE.matcher(notice.text()).find();
	}

	private static Evidence copyrightNotice(Article article, String text, List<ThirdPartyItem> thirdParty) {
		int offset = 0;
		while (offset < text.length()) {
			int end = Lines.end(text, offset);
			int[] line = Lines.trimmed(text, offset);
			if (line[1] > line[0] && Patterns.COPYRIGHT_LINE.matcher(text.substring(line[0], line[1])).find()
					&& line[1] - line[0] <= Lines.SHORT_LINE && !covered(thirdParty, line[0], line[1])) {
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
	static Evidence locate(String text, String value) {
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

	private static Evidence rawTitle(String text, List<int[]> header) {
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

	private static Evidence rawSourceUrl(String text, List<int[]> header) {
		for (int[] line : header) {
			Matcher url = Patterns.URL.matcher(text).region(line[0], line[1]);
			if (url.find() && !isLicenceUrl(url.group())) {
				return Evidence.at(text, url.start(), url.end());
			}
		}
		Matcher source = Patterns.SOURCE_LABEL.matcher(text);
		while (source.find()) {
			Matcher url = Patterns.URL.matcher(source.group("name")); //$NON-NLS-1$
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
	private static Evidence rawPublisher(String text, List<int[]> header, Evidence sourceUrl, Evidence title) {
		Matcher source = Patterns.SOURCE_LABEL.matcher(text);
		while (source.find()) {
			if (!Patterns.URL.matcher(source.group("name")).find()) { //$NON-NLS-1$
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
					&& !candidate.matches(".*[.!?؟:]$") && !Patterns.BYLINE.matcher(candidate).find()) { //$NON-NLS-1$
				return Evidence.at(text, line[0], line[1]);
			}
		}
		return null;
	}
}
