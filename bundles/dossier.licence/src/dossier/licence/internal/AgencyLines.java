// SPDX-License-Identifier: EPL-2.0
package dossier.licence.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.Nullable;

import dossier.core.model.Article;
import dossier.licence.CreditHolders;
import dossier.licence.ThirdPartyItem;

/**
 * The credits a line makes on its own, read in one pass over the lines: an agency's line or dateline, an agency's
 * byline and its reporters' bylines, a caption closed by an agency or a name, and, in a translation, the newspaper
 * translated. Part of {@link ThirdPartyFinder}.
 */
final class AgencyLines {

	private AgencyLines() {
	}

	/** The agency noun before an agency's name: "وكالة رويترز", "Agenzia Nova", "Agencia EFE". */
	private static final Pattern AGENCY_NOUN = Pattern.compile("^(?:وكالة(?: أنباء)?|(?i:agence|agenzia|agencia|agência|agentur|news agency))\\s+"); //$NON-NLS-1$
	/** An article before a name: "The Associated Press", "l'AFP". */
	private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?:(?i:the|la|le|el|die|der|de)\\s+|(?i:l)['’])(?=\\p{Lu})"); //$NON-NLS-1$
	private static final Pattern BRACKETS = Pattern.compile("^[(\\[]|[)\\]]$"); //$NON-NLS-1$
	private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.:،,]+$"); //$NON-NLS-1$

	/** An agency or its site, a comma and the item's date and time in figures: "dpa.de, 28.12.23 08:28 Uhr", "ANSA, 12.03.2024". */
	private static final Pattern DATED_SOURCE = Pattern.compile("(?<name>[\\p{L}][\\p{L}\\p{N}.\\- ]{1,25}?)\\s*[,•·]\\s*\\p{N}[\\p{N}.:/\\- ]*(?:(?:à|a|às|um|at|alle|om)\\s+\\p{N}[\\p{N}:h]*)?(?:\\s*(?:Uhr|h|GMT|UTC|CET))?"); //$NON-NLS-1$

	/** A short line's start before an agency: "دمشق-سانا", "Berlin / dpa", "القاهرة - أ ش أ". */
	/** Two to four capitalised words before a slash: a person's name ("Andrew Kelly/", "Nabil ALAWZARI / "), where a dateline has its town. */
	private static final Pattern PERSON_BEFORE_SLASH = Pattern.compile("\\s*\\p{Lu}[\\p{L}'’\\-]*(?:\\s+\\p{Lu}[\\p{L}'’\\-]*){1,3}\\s*/\\s*"); //$NON-NLS-1$

	/** An agency described after its name ("– Ansa, storica agenzia stampa italiana, festeggia…"): the sentence's subject, not a dateline's source. */
	private static final Pattern APPOSITION = Pattern.compile("(?iu)\\s*,\\s*(?:[\\p{L}']+\\s+){0,3}(?:agenzia|agency|agence|agencia|agência|Agentur|agentschap|وكالة)(?![\\p{L}])"); //$NON-NLS-1$

	/** A press or photo agency's noun and its name, alone on a line: "Persbureau Heitink", "Fotoagentur Müller", "Agencia Quintana". */
	private static final Pattern UNLISTED_AGENCY_LINE = Pattern.compile("(?iu)(?:persbureau|fotopersbureau|fotobureau|nachrichtenagentur|presseagentur|bildagentur|fotoagentur|press agency|photo agency|news agency|agence de presse|agence photo|agenzia fotografica|agenzia di stampa|agencia de noticias|agencia de fotos|agência de notícias)"
			+ "\\s+(?-i:\\p{Lu})[\\p{L}'’\\-]+(?:\\s+(?-i:\\p{Lu})[\\p{L}'’\\-]+){0,2}"); //$NON-NLS-1$

	/** A dateline's lead of one word and its dash: "أبوظبي - ", "Paris – ". */
	private static final Pattern ONE_WORD_LEAD = Pattern.compile("\\s*[\\p{L}\\p{M}]+\\s*[-–—]\\s*"); //$NON-NLS-1$

	private static final Pattern DATELINE_LEAD = Pattern.compile("^\\s*\\p{L}[\\p{L}\\p{M} .'’]{1,30}?\\s*[-–—/]\\s*"); //$NON-NLS-1$

	/**
	 * The credits a line makes on its own, looked for in one pass over the lines: an agency's line or dateline, an
	 * agency's byline, a caption closed by an agency, and, in a translation, the newspaper translated.
	 */
	static void creditLines(Article article, CreditHolders holders, Scan scan, List<ThirdPartyItem> items) {
		Pattern alias = holders.aliasPattern();
		if (alias == null) {
			return;
		}
		String text = scan.text;
		boolean translation = scan.first(Patterns.TRANSLATION_NOTICE, Scan.TRANSLATION) != null;
		for (int offset = 0; offset <= text.length(); offset = Lines.end(text, offset) + 1) {
			int[] line = Lines.trimmed(text, offset);
			int length = line[1] - line[0];
			if (length <= 0) {
				continue;
			}
			agencyLine(article, holders, alias, text, line, items);
			outletDateline(article, text, line, items);
			if (length <= 60) {
				agencyByline(holders, text, line, items);
				withAgency(holders, text, line, items);
			}
			if (length <= 100) {
				reporterOfAgency(holders, text, line, items);
			}
			if (length <= 40) {
				CreditLines.labelThenName(text, line, name -> startsWithAgency(holders, name), (start, end, holder) -> ThirdPartyFinder.add(items, text, start, end, holder));
			}
			if (length <= Lines.SHORT_LINE) {
				closingAgency(holders, text, line, items);
				if (translation) {
					originalPublication(holders, alias, text, line, items);
				}
			}
		}
	}

	/**
	 * Agency lines: a short line that is only an agency's name ("سانا", "Reuters", "وكالات"), or a dateline that
	 * names one ("دمشق-سانا", "أنقرة / الأناضول"), which credit the text to the agency.
	 */
	private static void agencyLine(Article article, CreditHolders holders, Pattern alias, String text, int[] line, List<ThirdPartyItem> items) {
		if (line[1] - line[0] <= 40) {
			String lineText = TRAILING_PUNCTUATION.matcher(text.substring(line[0], line[1])).replaceAll(""); //$NON-NLS-1$
			Matcher dated = DATED_SOURCE.matcher(lineText);
			if ((lineText.indexOf(',') > 0 || lineText.indexOf('•') > 0 || lineText.indexOf('·') > 0) && dated.matches()) { // "dpa.de, 28.12.23 08:28 Uhr": the agency (or its site) and the time of the item
				String name = dated.group("name"); //$NON-NLS-1$
				CreditHolders.Holder holder = name.contains(".") ? holders.ofUrl("http://" + name) : holders.lookup(name); //$NON-NLS-1$ //$NON-NLS-2$
				// "France 24 • 06/12/2019 à 12:26": a broadcaster's item and its date, as an agency's
				if (holder != null && (holder.kind() == CreditHolders.Kind.AGENCY || holder.kind() == CreditHolders.Kind.PRESS)) {
					ThirdPartyFinder.add(items, text, line[0], line[0] + dated.end("name"), holder.name()); //$NON-NLS-1$
					return;
				}
			}
			CreditHolders.Holder only = holders.lookup(AGENCY_NOUN.matcher(BRACKETS.matcher(lineText).replaceAll("")).replaceFirst("")); //$NON-NLS-1$ //$NON-NLS-2$
			// "Getty Images" alone on its line is a picture library's credit as "Reuters" is an agency's (issue 15, twentieth session)
			boolean library = only != null && only.kind() == CreditHolders.Kind.LIBRARY;
			if (only != null && only.kind() == CreditHolders.Kind.AGENCY || library || ThirdPartyFinder.AGENCIES.matcher(lineText).matches()) {
				ThirdPartyFinder.add(items, text, line[0], line[1], lineText);
			} else if (only == null && UNLISTED_AGENCY_LINE.matcher(lineText).matches() && !CaptionCredits.ownPublisher(article, lineText)) {
				ThirdPartyFinder.add(items, text, line[0], line[1], lineText); // "Persbureau Heitink": an agency no list names, by its noun
			}
		}
		Matcher lead = DATELINE_LEAD.matcher(text).region(line[0], Math.min(line[1], line[0] + 40));
		if (lead.lookingAt() && !alias.matcher(text).region(line[0], lead.end()).find()) { // "foto Ap/Lapresse" is a chain, not a dateline
			Matcher agency = alias.matcher(text).region(lead.end(), line[1]);
			if (agency.lookingAt() && (agency.end() == line[1] || !Character.isLetter(text.charAt(agency.end())))
					&& !APPOSITION.matcher(text).region(agency.end(), line[1]).lookingAt()) {
				CreditHolders.Holder holder = holders.lookup(agency.group());
				String leadText = text.substring(line[0], lead.end());
				// "أبوظبي - سكاي نيوز عربية …": a broadcaster's or a paper's dateline on another site is its report's credit too, after a
				// town of one word ("Ignacio Gómez – Le Monde Diplomatique" is an author's and his paper's, read by the republication finder)
				boolean press = holder != null && holder.kind() == CreditHolders.Kind.PRESS && ONE_WORD_LEAD.matcher(leadText).matches()
						&& !CaptionCredits.ownPublisher(article, holder.name()) && !CaptionCredits.ownPublisher(article, agency.group());
				if (holder == null || holder.kind() == CreditHolders.Kind.AGENCY || press) {
					// "Andrew Kelly/AP", "Nabil ALAWZARI / AFP": a photographer's name before the slash, not a town
					boolean photographer = leadText.contains("/") && PERSON_BEFORE_SLASH.matcher(leadText).matches(); //$NON-NLS-1$
					ThirdPartyFinder.add(items, text, line[0], agency.end(), photographer ? leadText.replaceFirst("\\s*/\\s*$", "") + " / " + agency.group() : agency.group()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				}
			}
		}
	}

	/**
	 * A byline that names an agency, maybe with its date: "Par AFP", "By Reuters", "Por EFE", "Com Agência Lusa.", "Von
	 * dpa", "With AP", "Da Agência Brasil", the agency's newsroom ("Redazione ANSA").
	 */
	private static final Pattern AGENCY_BYLINE = Pattern.compile("(?iu)^(?:by|par|por|di|von|door|com|con|with|mit|avec|de|da|do|from|vom|بقلم|من|كتب|كتبت|redazione|redacción|rédaction|redaktion|redação|redactie)\\s*:?\\s+(?<holder>.{2,50}?)" //$NON-NLS-1$
			+ "(?:\\s+(?:publicado|publicada|publié|publiée|published|pubblicato|veröffentlicht|gepubliceerd|atualizado|updated|mis à jour|aggiornato|actualizado|نشر في)(?![\\p{L}])[^\\n]*" //$NON-NLS-1$
			+ "|\\s*[-–—,|]\\s*\\p{N}{1,4}[-./]\\p{N}{1,2}[-./]\\p{N}{2,4}(?![\\p{L}])[^\\n]*|\\s+منذ\\s[^\\n]*)?[.\\s]*$"); // "Por Agência Estado Publicado 23/05/2025 às 13h18", "Door ANP - 23-2-2017, 11:42" //$NON-NLS-1$

	private static void agencyByline(CreditHolders holders, String text, int[] line, List<ThirdPartyItem> items) {
		Matcher byline = AGENCY_BYLINE.matcher(text).region(line[0], line[1]);
		if (byline.matches() && startsWithAgency(holders, byline.group("holder"))) { //$NON-NLS-1$
			CreditHolders.Holder whole = holders.lookupIgnoringCase(byline.group("holder").strip()); //$NON-NLS-1$
			ThirdPartyFinder.add(items, text, line[0], byline.end("holder"), whole != null ? whole.name() : byline.group("holder")); //$NON-NLS-1$
		}
	}

	/** An agency's copy closing a byline: "Par Jean Morel avec AFP", "Le Monde avec AFP", "(avec AFP)", "Por Ana Lima, com Agência Brasil". */
	private static final Pattern WITH_AGENCY = Pattern.compile("(?iu)(?<![\\p{L}])(?:avec|with|mit|con|com|met)\\s+(?:l['’]|la |the )?(?<holder>[^,()\\n]{2,40}?)[).\\s]*$"); //$NON-NLS-1$

	/** A byline's first words: "Par Jean Morel", "Por Ana Lima". */
	private static final Pattern BYLINE_START = Pattern.compile("(?iu)(?:by|par|por|di|von|door|de|da)\\s+(?-i:\\p{Lu})"); //$NON-NLS-1$
	/** A name alone, every word capitalised: "Le Monde", "Jean Morel". */
	private static final Pattern NAME_ONLY = Pattern.compile("(?u)\\p{Lu}[\\p{L}.'’\\-]*(?:\\s+\\p{Lu}[\\p{L}.'’\\-]*){0,3}"); //$NON-NLS-1$

	private static void withAgency(CreditHolders holders, String text, int[] line, List<ThirdPartyItem> items) {
		Matcher with = WITH_AGENCY.matcher(text).region(line[0], line[1]);
		// the agency alone after the word, not "Interview with Reuters editor" or "Gespräch mit dpa-Chef"; and a byline or a
		// name before it, not prose ("Il premier ha parlato a lungo con l'Ansa.")
		boolean found = with.find() && with.start() > line[0];
		String before = found ? text.substring(line[0], with.start()).replaceAll("[\\s,(]+$", "") : ""; //$NON-NLS-1$ //$NON-NLS-2$
		boolean byline = BYLINE_START.matcher(before).lookingAt() || NAME_ONLY.matcher(before).matches();
		CreditHolders.Holder whole = found && byline ? holders.lookupIgnoringCase(with.group("holder").strip()) : null; //$NON-NLS-1$
		if (whole != null && whole.kind() == CreditHolders.Kind.AGENCY) {
			ThirdPartyFinder.add(items, text, with.start(), with.end("holder"), whole.name()); //$NON-NLS-1$
		}
	}

	/** A reporter's byline naming the agency: "Par Jean Dupont, AFP", "Di Mario Rossi (ANSA)", "ريتا ضو، وكالة فرانس برس". */
	private static final Pattern REPORTER_OF_AGENCY = Pattern.compile("(?iu)^(?:(?:by|par|por|di|von|door|de|بقلم|كتب|كتبت)\\s*:?\\s+)?"
			+ "(?<name>(?-i:\\p{Lu}|\\p{IsArabic})[\\p{L}\\p{M}.'’\\-]*(?:\\s+[\\p{L}\\p{M}.'’\\-]+){1,3}?(?:\\s+(?:and|et|y|e|und|en|و)\\s+(?-i:\\p{Lu}|\\p{IsArabic})[\\p{L}\\p{M}.'’\\-]*(?:\\s+[\\p{L}\\p{M}.'’\\-]+){1,3}?)?)\\s*(?:[,،|–—/]|\\s-\\s|\\()\\s*"
			+ "(?:(?:وكالة|agence|agenzia|agencia|agência|Agentur|news agency)\\s+)?(?<agency>[^,،()|]{2,45}?)\\s*\\)?[.\\s]*$"); //$NON-NLS-1$

	private static void reporterOfAgency(CreditHolders holders, String text, int[] line, List<ThirdPartyItem> items) {
		int separator = -1;
		for (int i = line[1] - 1; i > line[0] && separator < 0; i--) {
			char c = text.charAt(i);
			separator = ",،|–—/(".indexOf(c) >= 0 || c == '-' && text.charAt(i - 1) == ' ' ? i : -1; // "France-Presse" is one name
		}
		String tail = separator < 0 ? "" : text.substring(separator + 1, line[1]).replaceAll("[).\\s]+$", "").strip(); //$NON-NLS-1$ //$NON-NLS-2$
		if (tail.isEmpty() || !startsWithAgency(holders, AGENCY_NOUN.matcher(tail).replaceFirst(""))) { //$NON-NLS-1$
			return; // the line does not end with an agency: no reporter's byline
		}
		Matcher byline = REPORTER_OF_AGENCY.matcher(text).region(line[0], line[1]);
		if (byline.matches() && startsWithAgency(holders, byline.group("agency"))) { //$NON-NLS-1$
			CreditHolders.Holder agency = holders.lookupIgnoringCase(byline.group("agency").strip()); //$NON-NLS-1$
			String name = byline.group("name").strip(); //$NON-NLS-1$
			if (holders.lookupIgnoringCase(name) == null) { // "AFP, Reuters" is two agencies, left to the chains
				ThirdPartyFinder.add(items, text, byline.start("name"), line[1], name + " / " + (agency != null ? agency.name() : byline.group("agency").strip())); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
	}

	/** True when {@code name} begins with a listed agency and adds at most two words ("AFP FR", "Agência Lusa"). */
	static boolean startsWithAgency(CreditHolders holders, @Nullable String name) {
		name = LEADING_ARTICLE.matcher(name.strip()).replaceFirst(""); //$NON-NLS-1$
		Pattern alias = holders.aliasPattern();
		if (alias == null) {
			return false;
		}
		CreditHolders.Holder whole = holders.lookupIgnoringCase(name.strip());
		if (whole != null) {
			return whole.kind() == CreditHolders.Kind.AGENCY; // "door anp", "Par AFP"
		}
		Matcher m = alias.matcher(name.strip());
		if (!m.lookingAt()) {
			return false;
		}
		CreditHolders.Holder holder = holders.lookup(m.group());
		return holder != null && holder.kind() == CreditHolders.Kind.AGENCY
				&& name.strip().substring(m.end()).strip().split("\\s+").length <= 2; //$NON-NLS-1$
	}

	/** "موقع", "صحيفة", "site of", "journal": words that may stand before a publication's name on its line. */
	private static final Pattern PUBLICATION_LEAD = Pattern.compile("(?iu)^(?:(?:موقع|صحيفة|جريدة|مجلة|عن|من|source|fonte|fuente|quelle)\\s*:?\\s*)?"); //$NON-NLS-1$

	/**
	 * The original's publisher in a translation: a short line that begins with a listed newspaper or broadcaster
	 * ("نيويورك تايمز، 9 – 16 أغسطس 2009", "موقع وول ستريت جورنال", "The Guardian: ..."), in a text that says it is a
	 * translation or under a translator's credit.
	 */
	private static void originalPublication(CreditHolders holders, Pattern alias, String text, int[] line, List<ThirdPartyItem> items) {
		Matcher lead = PUBLICATION_LEAD.matcher(text).region(line[0], line[1]);
		int from = lead.lookingAt() ? lead.end() : line[0];
		Matcher name = alias.matcher(text).region(from, line[1]);
		if (name.lookingAt()) {
			CreditHolders.Holder holder = holders.lookup(name.group());
			if (holder != null && holder.kind() == CreditHolders.Kind.PRESS) {
				ThirdPartyFinder.add(items, text, line[0], name.end(), name.group());
			}
		}
	}

	/** "..., le 1er mai. AFP", "... en el Congreso. / EFE": a listed agency closing a caption after its last sentence. */
	private static final Pattern CLOSING_AGENCY = Pattern.compile("(?u)[.!?)»”]\\s*(?:[/\\-–—]\\s*)?(?<holder>\\p{Lu}[\\p{L}\\p{N}\\-]*(?: \\p{Lu}[\\p{L}\\p{N}\\-]*){0,2})[\\s.]*$"); //$NON-NLS-1$

	/** "... Le immagini. / Quirinale (Alexander Jakhnagiev)": a slash after the last sentence, then a source and its photographer. */
	private static final Pattern SLASH_CLOSING = Pattern.compile("(?u)[.!?»”]\\s+/\\s*(?<holder>\\p{Lu}[\\p{L}\\-]*(?: \\p{Lu}[\\p{L}\\-]*){0,3}\\s*\\(\\p{Lu}[\\p{L}.'’\\- ]{2,40}\\))\\s*$"); //$NON-NLS-1$

	/** An item's word after an agency's name closing a caption: "AAP Image", "ANP Foto", "EFE Video". */
	private static final Pattern ITEM_WORD_AFTER = Pattern.compile("(?iu)\\s+(?:images?|photos?|fotos?|bild|beeld|video|vídeo|imagen|imagem)$"); //$NON-NLS-1$

	/**
	 * An outlet's dateline (issue 15, fifteenth session): a place and maybe a date, then an outlet's name in capitals in
	 * brackets and a dash, "MÉXICO, D.F., noviembre 27 (EL UNIVERSAL).-", "(Di giovedì 5 settembre 2024)(ITALPRESS) –".
	 */
	private static final Pattern BRACKETED_DATELINE = Pattern.compile("(?u)^[^!?\\n]{0,60}?\\((?<holder>\\p{Lu}[\\p{Lu}.&\\-]+(?:[ \\u00A0]\\p{Lu}[\\p{Lu}.&\\-]+){0,2})\\)\\s*\\.?\\s*[-–—]"); //$NON-NLS-1$

	/**
	 * An Arabic dateline naming an outlet no list holds, alone on its line with no full stop: a town, a dash, then a name
	 * whose last word is a publication's ("عمان - الوكيل الإخباري") or one word and "اليوم" ("القاهرة – العرب اليوم"); "القاهرة
	 * - يواصل المجلس اجتماعاته اليوم." is a sentence.
	 */
	private static final Pattern ARABIC_OUTLET_DATELINE = Pattern.compile("^\\p{IsArabic}+(?:[ \\u00A0]\\p{IsArabic}+)?[ \\u00A0]*[-–—][ \\u00A0]*(?<holder>\\p{IsArabic}+[ \\u00A0]اليوم|\\p{IsArabic}+(?:[ \\u00A0]\\p{IsArabic}+){0,2}[ \\u00A0](?:نيوز|برس|الإخبارية|الإخباري|نت|أونلاين|24))[:\\s]*$"); //$NON-NLS-1$

	/** The two datelines above, on a line's start. */
	private static void outletDateline(Article article, String text, int[] line, List<ThirdPartyItem> items) {
		int bracket = text.indexOf('(', line[0]);
		// the pattern only where a bracket opens in the line's first 61 characters: most lines have none
		Matcher bracketed = bracket >= 0 && bracket < Math.min(line[1], line[0] + 61) ? BRACKETED_DATELINE.matcher(text).region(line[0], line[1]) : null;
		String outlet = bracketed != null && bracketed.lookingAt() ? bracketed.group("holder") : null; //$NON-NLS-1$
		if (bracketed != null && outlet != null && outlet.replaceAll("[^\\p{L}]", "").length() >= 3 //$NON-NLS-1$ //$NON-NLS-2$
				&& !CaptionCredits.ownPublisher(article, outlet) && !CaptionCredits.ownShortName(article, outlet)) { // "(KIKA) - ROMA -" on KIKA's own site
			ThirdPartyFinder.add(items, text, bracketed.start("holder") - 1, bracketed.end("holder") + 1, outlet); //$NON-NLS-1$ //$NON-NLS-2$
			return;
		}
		if (line[1] - line[0] <= 40) {
			Matcher arabic = ARABIC_OUTLET_DATELINE.matcher(text).region(line[0], line[1]);
			String name = arabic.matches() ? arabic.group("holder") : null; //$NON-NLS-1$
			if (name != null && !CaptionCredits.ownPublisher(article, name)) {
				ThirdPartyFinder.add(items, text, arabic.start("holder"), arabic.end("holder"), name); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
	}

	/** A caption closed by a listed agency or library after its last sentence: "... 1er mai. AFP", "... Congreso. / EFE". */
	private static void closingAgency(CreditHolders holders, String text, int[] line, List<ThirdPartyItem> items) {
		// only the tail after the line's last sentence end can hold it: look there alone
		int from = Math.max(line[0], line[1] - 40);
		int lastEnd = -1;
		for (int i = line[1] - 1; i >= from; i--) {
			char c = text.charAt(i);
			if (c == '.' && i < line[1] - 1 || c == '!' || c == '?' || c == ')' || c == '»' || c == '”') {
				lastEnd = i;
				break;
			}
		}
		int slash = text.lastIndexOf('/', line[1] - 1);
		Matcher slashed = slash < line[0] ? null : SLASH_CLOSING.matcher(text).region(Math.max(line[0], slash - 3), line[1]);
		if (slashed != null && slashed.find()) {
			ThirdPartyFinder.add(items, text, slashed.start("holder"), slashed.end("holder"), slashed.group("holder").replaceAll("[()]", "/")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			return;
		}
		if (lastEnd < 0) {
			return;
		}
		Matcher closing = CLOSING_AGENCY.matcher(text).region(lastEnd, line[1]);
		if (closing.lookingAt()) {
			String name = closing.group("holder").strip(); //$NON-NLS-1$
			CreditHolders.Holder holder = holders.lookup(name);
			if (holder == null) {
				holder = holders.lookup(ITEM_WORD_AFTER.matcher(name).replaceFirst("")); // "… delays. -AAP Image": the agency and its item's word //$NON-NLS-1$
			}
			boolean listed = holder != null && (holder.kind() == CreditHolders.Kind.AGENCY || holder.kind() == CreditHolders.Kind.LIBRARY);
			if (listed || holder == null && lastEnd - line[0] >= 30 && CreditLines.isNameInCapitals(name)) {
				ThirdPartyFinder.add(items, text, closing.start("holder"), closing.end("holder"), name); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
	}
}
