// SPDX-License-Identifier: EPL-2.0
package dossier.licence.internal;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.Nullable;

import dossier.licence.CreditHolders;
import dossier.licence.ThirdPartyItem;

/**
 * Credits written as prose rather than as a credit line, in every language, each reached through trigger words:
 * a picture taken by an agency's or a named photographer ("التقطها مصور وكالة الأنباء الفرنسية", "captada por el
 * fotorreportero … Danny Polanco"), a source cue opening a bracket inside a long sentence ("(tratto da Antonio Fini,
 * …"), the reference after a quotation ("» (E. Data, “La Stampa”, 24.4.2009)"), a newspaper and the issue a text is
 * taken from ("Da La Repubblica del 6 ottobre 2012"), and the original's author on the line above a translator's
 * credit ("- ماري ليبرت" / "- ترجمة: …").
 */
final class ProseCredits {

	private ProseCredits() {
	}

	/** A picture taken by a photographer: the verb (or participle), then the photographer's noun, then who. */
	private static final Pattern TAKEN_BY_PHOTOGRAPHER = Pattern.compile("(?iu)(?<![\\p{L}])(?:التقطها|التقطتها|التقطت|التقط|captad[oa]s?|tomad[oa]s?|taken|captured|shot|snapped|pris(?:e|es)?|scattat[oa]|ripres[oa]|aufgenommen|gemaakt|feit[oa]|tirad[oa])"
			+ "\\s+(?:(?:by|por|par|da|dal|von|door|pel[oa])\\s+)?(?:(?:the|an?|el|la|le|il|lo|un|una|une|der|die|einem|einer|een|de|o|a)\\s+|l['’])?"
			+ "(?<noun>photographer|photojournalist|photographe|photojournaliste|fotografo|fotografa|fotoreporter|fotógrafo|fotógrafa|fotorreportero|fotorreportera|fotojornalista|Fotografen|Fotografin|Fotograf|fotograaf|مصور|مصورة|المصور)"
			+ "\\s+(?<rest>[^\\n.;:،!?()]{2,80})"); //$NON-NLS-1$

	private static final String[] PHOTOGRAPHER = { "photograph", "photojourn", "fotograf", "fotógraf", "fotoreporter", "fotorreporter", "fotojornal", "مصور" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$

	/** What may stand between the photographer's noun and the agency: "of", "de l'agence", "dell'agenzia", "وكالة". */
	private static final Pattern OF_AGENCY = Pattern.compile("(?iu)(?:(?:of|from|for|de|du|des|di|del|della|dello|da|do|der|des|van|von)\\s+|de l['’]|dell['’]|d['’])?"
			+ "(?:(?:the|la|le|el|il|lo|o|a|die|het)\\s+|l['’])?(?:(?:news\\s+)?(?:agency|agence|agenzia|agencia|agência|Agentur|agentschap|وكالة)\\s+)?"); //$NON-NLS-1$

	/** The page's own paper: "de este diario", "of this newspaper" (its staff photographer; a name after it is still a person). */
	private static final Pattern OF_THIS_PAPER = Pattern.compile("(?iu)(?:de este (?:diario|periódico)|of this (?:newspaper|paper)|de ce journal|di questo giornale|dieser Zeitung|deze krant|deste jornal|هذه الصحيفة|الصحيفة)\\s*"); //$NON-NLS-1$

	/** One to four capitalised words with the particles of names and initials: "Danny Polanco", "E. Data", "Johann Wolfgang von Goethe". */
	private static final String NAME = "\\p{Lu}[\\p{L}'’\\-]*\\.?(?:\\s+(?:(?:de|da|di|del|della|van|von|der|den|le|la|du|bin|ibn|al|el)\\s+)?\\p{Lu}[\\p{L}'’\\-]*\\.?){1,3}"; //$NON-NLS-1$
	private static final Pattern NAME_FIRST = Pattern.compile("(?u)" + NAME); //$NON-NLS-1$

	/** A source cue opening a bracket in running text: "(tratto da Antonio Fini, …", "(fonte: Istat)", "(source : INSEE)". */
	private static final Pattern BRACKETED_SOURCE = Pattern.compile("(?iu)\\((?<cue>tratt[oaie] da|tiré(?:e|s|es)? de|extrait(?:e|s|es)? de|tomad[oa]s? de|extraíd[oa]s? de|taken from|entnommen aus|overgenomen uit|fonte\\s*:|source\\s*:|quelle\\s*:|fuente\\s*:|bron\\s*:|المصدر\\s*:|نقلا عن|نقلاً عن)\\s*"
			+ "(?<holder>(?-i:" + NAME + ")|(?-i:\\p{Lu})[\\p{L}\\p{N}\\-]+|\\p{IsArabic}+(?:\\s+\\p{IsArabic}+){0,2})(?=[\\s,;)]|$)"); //$NON-NLS-1$

	private static final String[] SOURCE_CUES = { "(tratt", "(tiré", "(extrait", "(tomad", "(extraíd", "(taken from", "(entnommen", "(overgenomen", "(fonte", "(source", "(quelle", "(fuente", "(bron", "(المصدر", "(نقلا", "(نقلاً" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$ //$NON-NLS-16$

	/**
	 * The reference of a quotation, in brackets right after its closing quote or on the next line: the quoted person and
	 * the publication or work ("» (E. Data, “La Stampa”, 24.4.2009)", "(Johann Wolfgang von Goethe, Brief an Thomas Carlyle, 1827)").
	 */
	private static final Pattern QUOTE_REFERENCE = Pattern.compile("(?u)\\((?<credit>(?<name>" + NAME + "),\\s*(?:[“\"«„](?<pub>[^”\"»“\\n]{2,40})[”\"»“]|(?<work>[^(),\\n]{2,60})))(?:,\\s*[^()\\n]{1,30})?\\)"); //$NON-NLS-1$

	private static final String[] BRACKET = { "(" }; //$NON-NLS-1$

	/**
	 * A screenshot or clipping credited without a colon at the start of its line, before the quoted passage: "Ausriss
	 * Bild.de - …", "Screenshot YouTube", "Capture d'écran Twitter —". The holder is a site's address or capitalised name.
	 */
	private static final Pattern SCREENSHOT_OF = Pattern.compile("(?imu)^[\\s>]*(?:Ausriss|Screenshot|Screengrab|Capture d['’]écran|Captura de pantalla|Captura de tela|Schermata|لقطة شاشة)\\s+(?:(?:von|de|di|from|of|aus|du|da)\\s+)?"
			+ "(?<holder>(?-i:\\p{Lu})[\\p{L}\\p{N}\\-]*(?:\\.[\\p{L}]{2,6})+|(?-i:\\p{Lu})[\\p{L}\\p{N}\\-]+(?:\\s+(?-i:\\p{Lu})[\\p{L}\\p{N}\\-]+){0,2})\\s*(?=[-–—:|]|$)"); //$NON-NLS-1$

	private static final String[] SCREENSHOT = { "ausriss", "screenshot", "screengrab", "capture d", "captura de", "schermata", "لقطة شاشة" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$

	/**
	 * The original's author in the sentence where the page presents its translation: "ofrecemos esta traducción … de la
	 * introducción hecha, por el Dr. Marios Byron Raizis", "grâce à Rubén Darío, dont nous proposons ici la traduction du texte".
	 */
	private static final Pattern ORIGINAL_OF_AN_OFFERED_TRANSLATION = Pattern.compile("(?u)(?:(?<before>" + NAME + "),\\s+(?i:dont|whose|cuyo|cuya|di cui|deren|dessen|wiens|cujo|cuja)\\s+[^.\\n]{0,40}?"
			+ "|(?i:nous (?:vous )?(?:proposons|publions|présentons|offrons)|we (?:present|publish|offer)|presentiamo|pubblichiamo|proponiamo|offriamo|ofrecemos|presentamos|publicamos|apresentamos|oferecemos)\\s+[^.\\n]{0,40}?)"
			+ "(?i:traduction|translation|traduzione|traducción|tradução|Übersetzung|vertaling)(?:[^.\\n]{0,80}?(?<by>(?i:by|por|par|di|da|von|door)\\s+(?:(?i:the|el|le|la|il|der|o|a)\\s+)?(?:(?:Dr|Prof|Dra)\\.?\\s+)?)(?<name>" + NAME + "))?"); //$NON-NLS-1$

	private static final String[] OFFERING_WORDS = { "nous proposons", "nous publions", "nous présentons", "nous offrons", "nous vous", "we present", "we publish", "we offer", "presentiamo", "pubblichiamo", "proponiamo", "offriamo", "ofrecemos", "presentamos", "publicamos", "apresentamos", "oferecemos" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$ //$NON-NLS-16$ //$NON-NLS-17$

	/** A newspaper and the issue a text comes from, alone on a short line: "Da La Repubblica del 6 ottobre 2012", "From The Guardian of 3 May". */
	private static final Pattern FROM_AN_ISSUE = Pattern.compile("(?iu)(?:da|dal|dalla|from|aus|uit|de|du|del|do|da)\\s+(?<pub>(?:(?:il|la|lo|le|the|el|o|a|der|die|dem|de|het)\\s+|l['’])?(?-i:\\p{Lu})[\\p{L}\\p{N}.'’\\-]*(?:\\s+(?-i:\\p{Lu})[\\p{L}\\p{N}.'’\\-]*){0,3})"
			+ "\\s*(?:,\\s*|\\s+(?:del|dell['’]|of|du|vom|van|de|do|da)\\s+)(?:\\p{N}|(?:lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b)"); //$NON-NLS-1$

	private static final String[] ISSUE_STARTS = { "da ", "dal ", "dalla ", "from ", "aus ", "uit ", "du ", "del " }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$

	/** A translator's credit opening its line: "ترجمة: X", "- ترجمة: X", "Traduzione di X", "Translated by X". */
	private static final Pattern TRANSLATOR_LINE = Pattern.compile("(?iu)[\\-–—•*\\s]*(?:ترجمة|ترجمه|translated by|translation\\s*:|traduit par|traduction\\s*:|traducido por|traducción\\s*:|tradotto da|traduzione di|traduzione\\s*:|traduzido por|tradução\\s*:|übersetzt von|übersetzung\\s*:|vertaald door|vertaling\\s*:)"); //$NON-NLS-1$

	/** A person's name alone on its line (list dashes allowed): Latin capitals, or two to four Arabic words. */
	private static final Pattern NAME_LINE = Pattern.compile("(?u)[\\-–—•*\\s]*(?<name>" + NAME + "|\\p{IsArabic}+(?:\\s+\\p{IsArabic}+){1,3})\\s*"); //$NON-NLS-1$

	private static final String[] TRANSLATOR_WORDS = { "ترجم", "translat", "tradu", "übersetz", "vertal", "vertaa" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

	/** Words that make an Arabic line a label or a sentence rather than a name. */
	private static final Pattern ARABIC_NOT_A_NAME = Pattern.compile("(?u)(?<![\\p{L}])(?:ترجمة|تحرير|بقلم|تصوير|المصدر|مصدر|صورة|الصورة|كتب|كتبت|في|من|على|عن|إلى|هذا|هذه|التي|الذي)(?![\\p{L}])"); //$NON-NLS-1$

	static void find(CreditHolders holders, Scan scan, List<ThirdPartyItem> items) {
		String text = scan.text;
		scan.find(SCREENSHOT_OF, shot -> ThirdPartyFinder.add(items, text, shot.start(), shot.end("holder"), shot.group("holder")), SCREENSHOT); //$NON-NLS-1$ //$NON-NLS-2$
		scan.find(TAKEN_BY_PHOTOGRAPHER, taken -> photographer(holders, text, taken, items), PHOTOGRAPHER);
		scan.find(BRACKETED_SOURCE, source -> {
			String holder = Objects.requireNonNull(source.group("holder")); //$NON-NLS-1$
			ThirdPartyFinder.add(items, text, source.start("cue"), source.end("holder"), holder); //$NON-NLS-1$ //$NON-NLS-2$
		}, SOURCE_CUES);
		scan.find(QUOTE_REFERENCE, reference -> {
			String name = Objects.requireNonNull(reference.group("name")); //$NON-NLS-1$
			if (afterAQuotation(text, reference.start()) && !name.equals(name.toUpperCase(java.util.Locale.ROOT))) { // "(ALL RIGHTS RESERVED, …)" is no one
				@Nullable String pub = reference.group("pub"); //$NON-NLS-1$
				int end = pub != null ? reference.end("pub") + 1 : reference.end("work"); //$NON-NLS-1$ //$NON-NLS-2$
				ThirdPartyFinder.add(items, text, reference.start("credit"), end, pub != null ? name + " / " + pub : name); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}, BRACKET);
		for (int[] raw : scan.linesWith(Scan.SLASH)) {
			int[] line = Lines.trimmed(text, raw[0]);
			if (line[1] - line[0] <= 60 && line[0] != Lines.firstLine(text) && UNLISTED_CHAIN.matcher(text).region(line[0], line[1]).matches()
					&& ACRONYM_OR_PERSON.matcher(text).region(line[0], line[1]).find() && besideACaption(text, line)) {
				ThirdPartyFinder.add(items, text, line[0], line[1], text.substring(line[0], line[1]));
			}
		}
		scan.find(ORIGINAL_OF_AN_OFFERED_TRANSLATION, offered -> {
			@Nullable String name = offered.group("name") != null ? offered.group("name") : offered.group("before"); //$NON-NLS-1$ //$NON-NLS-2$
			int start = offered.group("name") != null ? offered.start("by") : offered.start("before"); //$NON-NLS-1$ //$NON-NLS-2$
			int end = offered.group("name") != null ? offered.end("name") : offered.end("before"); //$NON-NLS-1$ //$NON-NLS-2$
			ThirdPartyFinder.add(items, text, start, end, name);
		}, OFFERING_WORDS);
		for (int[] raw : scan.linesWith(ISSUE_STARTS)) {
			int[] line = Lines.trimmed(text, raw[0]);
			if (line[1] - line[0] > 60) {
				continue;
			}
			Matcher issue = FROM_AN_ISSUE.matcher(text).region(line[0], line[1]);
			if (issue.lookingAt()) {
				String pub = Objects.requireNonNull(issue.group("pub")); //$NON-NLS-1$
				CreditHolders.Holder holder = holders.lookup(pub.replaceFirst("^(?i:il|la|lo|le|the|el|o|a|der|die|dem|de|het)\\s+", "")); //$NON-NLS-1$ //$NON-NLS-2$
				if (holder == null) {
					holder = holders.lookup(pub);
				}
				if (holder != null && holder.kind() == CreditHolders.Kind.PRESS) {
					ThirdPartyFinder.add(items, text, issue.start(), issue.end("pub"), holder.name()); //$NON-NLS-1$
				}
			}
		}
		for (int[] raw : scan.linesWith(TRANSLATOR_WORDS)) {
			int[] line = Lines.trimmed(text, raw[0]);
			if (line[0] == 0 || !TRANSLATOR_LINE.matcher(text).region(line[0], line[1]).lookingAt()) {
				continue;
			}
			int[] above = Lines.trimmed(text, Lines.start(text, line[0]) - 1);
			if (above[1] <= above[0] || above[0] == Lines.firstLine(text) || above[1] - above[0] > 40) {
				continue;
			}
			Matcher name = NAME_LINE.matcher(text).region(above[0], above[1]);
			if (name.matches() && !ARABIC_NOT_A_NAME.matcher(Objects.requireNonNull(name.group("name"))).find() //$NON-NLS-1$
					&& !TRANSLATOR_LINE.matcher(text).region(above[0], above[1]).lookingAt()) {
				ThirdPartyFinder.add(items, text, name.start("name"), name.end("name"), name.group("name")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
		}
	}

	/** "التقطها مصور وكالة الأنباء الفرنسية": the agency (and the photographer's name when it follows), or a named photographer. */
	private static void photographer(CreditHolders holders, String text, Matcher taken, List<ThirdPartyItem> items) {
		int restStart = taken.start("rest"); //$NON-NLS-1$
		int restEnd = taken.end("rest"); //$NON-NLS-1$
		Matcher of = OF_AGENCY.matcher(text).region(restStart, restEnd);
		int at = of.lookingAt() ? of.end() : restStart;
		int agencyEnd = listedPrefixEnd(holders, text, restStart, restEnd); // "مصور وكالة الأنباء الفرنسية": the noun is in the alias
		if (agencyEnd > 0) {
			at = restStart;
		} else {
			agencyEnd = listedPrefixEnd(holders, text, at, restEnd);
		}
		@Nullable String holder = null;
		int end = -1;
		if (agencyEnd > 0) {
			holder = Objects.requireNonNull(holders.lookup(text.substring(at, agencyEnd).strip())).name();
			end = agencyEnd;
			at = agencyEnd;
		} else {
			Matcher paper = OF_THIS_PAPER.matcher(text).region(restStart, restEnd);
			at = paper.lookingAt() ? paper.end() : restStart;
		}
		Matcher name = NAME_FIRST.matcher(text).region(at, restEnd);
		if (name.lookingAt() && holders.lookup(name.group()) == null) {
			holder = holder == null ? name.group() : holder + " / " + name.group(); //$NON-NLS-1$
			end = name.end();
		}
		if (holder != null) {
			ThirdPartyFinder.add(items, text, taken.start(), end, holder);
		}
	}

	/** The end of the longest listed holder's name starting at {@code from} (up to five words), or -1. */
	private static int listedPrefixEnd(CreditHolders holders, String text, int from, int limit) {
		int best = -1;
		int end = from;
		for (int words = 0; words < 5 && end < limit; words++) {
			int space = end;
			while (space < limit && !Character.isWhitespace(text.charAt(space)) && text.charAt(space) != ',') {
				space++;
			}
			if (space == end) {
				break;
			}
			String candidate = text.substring(from, space).replaceAll("[\"“”«»]", "").strip(); //$NON-NLS-1$ //$NON-NLS-2$
			CreditHolders.@Nullable Holder holder = holders.lookup(candidate);
			if (holder != null) {
				best = space;
			}
			end = space;
			while (end < limit && Character.isWhitespace(text.charAt(end))) {
				end++;
			}
		}
		return best;
	}

	/** A credit chain alone on its line, of names that need not be listed: "NASA/JPL/Space Science Institute", "UN News / Laura Quiñones". */
	private static final Pattern UNLISTED_CHAIN = Pattern.compile("(?u)\\p{Lu}[\\p{L}\\p{N}.'’&\\-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}.'’&\\-]*){0,3}(?:\\s*/\\s*\\p{Lu}[\\p{L}\\p{N}.'’&\\-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}.'’&\\-]*){0,3}){1,3}"); //$NON-NLS-1$

	/** An acronym (NASA, JPL, UN) or a person's two names among the chain's parts: not a menu's path ("Home/News/World"). */
	private static final Pattern ACRONYM_OR_PERSON = Pattern.compile("(?u)(?<![\\p{L}])\\p{Lu}{2,6}(?![\\p{L}])"); //$NON-NLS-1$

	/** True when the line before or after {@code line} is a caption: a sentence of six words or more. */
	private static boolean besideACaption(String text, int[] line) {
		int @Nullable [] next = line[1] + 1 < text.length() ? Lines.trimmed(text, line[1] + 1) : null;
		int @Nullable [] previous = line[0] > 1 ? Lines.trimmed(text, Lines.start(text, line[0] - 1)) : null;
		return isCaption(text, next) || isCaption(text, previous);
	}

	private static boolean isCaption(String text, int @Nullable [] line) {
		if (line == null || line[1] <= line[0]) {
			return false;
		}
		String s = text.substring(line[0], line[1]);
		return s.split("\\s+").length >= 6 && (s.endsWith(".") || s.endsWith("»") || s.endsWith("”")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	/** True when a closing quotation mark ends the text just before {@code bracket}, on its line or the line above. */
	private static boolean afterAQuotation(String text, int bracket) {
		int i = bracket - 1;
		while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\n' || text.charAt(i) == '.')) {
			i--;
		}
		return i >= 0 && "»”\"“'’".indexOf(text.charAt(i)) >= 0;
	}
}
