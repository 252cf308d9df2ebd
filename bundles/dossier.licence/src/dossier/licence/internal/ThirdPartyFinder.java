package dossier.licence.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;

import dossier.core.model.Article;
import dossier.core.model.Credit;
import dossier.core.model.TextSpan;
import dossier.licence.Evidence;
import dossier.licence.LicenceId;
import dossier.licence.ThirdPartyItem;

/**
 * Finds credits of third-party material: agency photographs ("© NAME / POOL / AFP via Getty Images"), labelled
 * credits ("Photo: Reuters", "Foto: ANSA", "(تصوير: ...)", "(أرشيفية - رويترز)"), items used with permission.
 */
final class ThirdPartyFinder {

	private ThirdPartyFinder() {
	}

	static List<ThirdPartyItem> find(Article article, String text) {
		List<ThirdPartyItem> items = new ArrayList<>();
		Matcher sign = Patterns.COPYRIGHT_SIGN.matcher(text);
		while (sign.find()) {
			int[] line = Lines.trimmed(text, sign.start());
			String lineText = text.substring(line[0], line[1]);
			String holder = sign.group("holder").strip(); //$NON-NLS-1$
			boolean atLineStart = sign.start() == line[0];
			boolean agency = Patterns.AGENCY_CUE.matcher(holder).find();
			boolean caption = Patterns.ITEM_CUE.matcher(lineText).find() && lineText.length() <= Lines.SHORT_LINE;
			boolean notice = Patterns.YEAR_AFTER_SIGN.matcher(text.substring(sign.start(), line[1])).find()
					|| Patterns.ALL_RIGHTS_RESERVED.matcher(lineText).find();
			if (!notice && (!atLineStart && lineText.length() <= Lines.SHORT_LINE || agency || caption)) {
				add(items, text, sign.start(), sign.end(), holder);
			}
		}
		Matcher label = Patterns.LABEL_CREDIT.matcher(text);
		while (label.find()) {
			add(items, text, label.start(), label.end("holder"), label.group("holder")); //$NON-NLS-1$ //$NON-NLS-2$
		}
		Matcher by = Patterns.BY_CREDIT.matcher(text);
		while (by.find()) {
			if (Lines.isShort(text, by.start())) {
				add(items, text, by.start(), by.end("holder"), by.group("holder")); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		Matcher arabic = Patterns.ARABIC_CREDIT.matcher(text);
		while (arabic.find()) {
			String holder = arabic.group("holder") != null ? arabic.group("holder") //$NON-NLS-1$ //$NON-NLS-2$
					: arabic.group("holder2") != null ? arabic.group("holder2") : arabic.group("holder3"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			add(items, text, arabic.start(), arabic.end(), holder);
		}
		Matcher via = Patterns.VIA_CREDIT.matcher(text);
		while (via.find()) {
			if (Lines.isShort(text, via.start())) {
				add(items, text, via.start(), via.end(), via.group("holder")); //$NON-NLS-1$
			}
		}
		Matcher courtesy = Patterns.COURTESY.matcher(text);
		while (courtesy.find()) {
			if (Lines.isShort(text, courtesy.start())) {
				add(items, text, courtesy.start(), courtesy.end(), courtesy.group("holder")); //$NON-NLS-1$
			}
		}
		Matcher permission = Patterns.WITH_PERMISSION.matcher(text);
		while (permission.find()) {
			int[] line = Lines.trimmed(text, permission.start());
			String lineText = text.substring(line[0], line[1]);
			TextSpan lineSpan = new TextSpan(line[0], line[1]);
			boolean credited = items.stream().anyMatch(item -> item.credit().span().overlaps(lineSpan));
			if (!credited && lineText.length() <= Lines.SHORT_LINE && Patterns.ITEM_CUE.matcher(lineText).find()) {
				String holder = lineText.substring(0, permission.start() - line[0]).replaceAll("[\\s.,;:–—-]+$", ""); //$NON-NLS-1$ //$NON-NLS-2$
				add(items, text, line[0], line[1], holder.isEmpty() ? lineText : holder);
			}
		}
		for (Credit credit : article.credits()) {
			TextSpan span = credit.span();
			if (span != null && Patterns.AGENCY_CUE.matcher(credit.text()).find()) {
				String holder = credit.text().replaceFirst("^\\s*(?:©|\\(c\\))\\s*", ""); //$NON-NLS-1$ //$NON-NLS-2$
				add(items, text, span.start(), span.end(), holder);
			}
		}
		items.sort(Comparator.comparingInt(item -> item.credit().span().start()));
		return items;
	}

	/** Adds an item unless one already covers it; a longer credit replaces a shorter one it contains. */
	private static void add(List<ThirdPartyItem> items, String text, int start, int end, String holder) {
		if (holder == null || holder.isBlank() || end <= start) {
			return;
		}
		String cleanHolder = holder.strip().replaceAll("^[©\\s]+", ""); //$NON-NLS-1$ //$NON-NLS-2$
		LicenceId ownLicence = null;
		List<LicenceDetector.Candidate> licences = LicenceDetector.candidates(cleanHolder);
		for (LicenceDetector.Candidate candidate : licences) {
			if (candidate.licence().isCreativeCommons() || candidate.licence().publicDomain()) {
				ownLicence = candidate.licence();
				cleanHolder = cleanHolder.substring(0, candidate.start()).replaceAll("[\\s,;:/|–—-]+$", ""); //$NON-NLS-1$ //$NON-NLS-2$
				break;
			}
		}
		if (cleanHolder.isBlank()) {
			return;
		}
		TextSpan span = new TextSpan(start, end);
		for (int i = 0; i < items.size(); i++) {
			TextSpan other = items.get(i).credit().span();
			if (other.overlaps(span)) {
				if (span.length() > other.length() && span.start() <= other.start() && span.end() >= other.end()) {
					items.set(i, new ThirdPartyItem(Evidence.at(text, start, end), cleanHolder, ownLicence));
				}
				return;
			}
		}
		items.add(new ThirdPartyItem(Evidence.at(text, start, end), cleanHolder, ownLicence));
	}
}
