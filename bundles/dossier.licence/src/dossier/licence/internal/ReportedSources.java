// SPDX-License-Identifier: EPL-2.0
package dossier.licence.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dossier.core.model.Article;
import dossier.licence.CreditHolders;
import dossier.licence.ThirdPartyItem;

/**
 * The text's source named in running text after an attribution cue, read by the holder's shape rather than by one list
 * of agencies: "according to AFP", "selon l'agence Reuters", "según el diario El Tiempo", "secondo quanto riportato
 * dall'ANSA", "laut der Zeitung „Die Zeit“", "بحسب ما كشفت “فرانس برس”", "وفقا للجارديان", "نقلا عن صحيفة هآرتس". The
 * cue may carry a reporting clause ("according to what … reported", "بحسب ما ذكرت", "secondo quanto riportato da") and
 * an Arabic preposition glued to the name ("لل" is "ل" and the article "ال"). After it the holder is one of:
 * <ul>
 * <li>a listed agency, picture library or publication ({@code credit-holders.tsv}), by any of its names;</li>
 * <li>a name in quotation marks, one to five words that start with a capital or an Arabic letter: a source's name
 * ("بحسب “وفا”", "according to “The Ledger”");</li>
 * <li>after a publication's or an agency's noun ("the newspaper", "l'agence", "il quotidiano", "صحيفة", "وكالة"), a
 * name's shape: a capitalised run, or one to three Arabic words up to the clause's end.</li>
 * </ul>
 * A bare unlisted word after the cue is no source ("according to police", "بحسب الشرطة", "selon le ministre"), and the
 * page's own publisher is never a third party. The labelling rules count a source named so as a credit of the text.
 */
final class ReportedSources {

	private ReportedSources() {
	}

	/** The cue, with its reporting clause: the holder is read right after it. */
	private static final Pattern CUE = Pattern.compile("(?iu)(?<![\\p{L}])(?:" //$NON-NLS-1$
			+ "(?:as (?:first )?reported by|according to(?: what)?|reported by)" //$NON-NLS-1$
			+ "|(?:selon|d['’]après)(?: ce que (?:rapporte|rapportent|révèle|indique))?" //$NON-NLS-1$
			+ "|(?:según(?: (?:informa|informó|informaron|publica|publicó|recoge|reporta|reportó|revela|reveló))?|de acuerdo con)" //$NON-NLS-1$
			+ "|(?:secondo(?: quanto (?:riportato|riferito|scritto|pubblicato|rivelato|riporta|riferisce|scrive)(?: (?:da|dal|dalla|dai|dagli|dall['’]))?)?|come (?:riportato|riferito|scritto) (?:da|dal|dalla|dall['’]))" //$NON-NLS-1$
			+ "|(?:segundo|de acordo com|conforme (?:informou|noticiou|publicou|apurou|revelou))" //$NON-NLS-1$
			+ "|(?:laut|nach (?:Angaben|Informationen|Berichten) (?:von|der|des)?)" //$NON-NLS-1$
			+ "|volgens" //$NON-NLS-1$
			+ "|(?:بحسب|حسب|وفقا|وفقاً|طبقا|طبقاً|نقلا عن|نقلاً عن)(?:\\s+ما)?(?:\\s+(?:ذكرت|ذكره|ذكرته|كشفت|كشفته|أفادت|أفاد|نقلت|نقلته|أوردت|أوردته|نشرت|نشرته|قالت|أعلنت|أكدت|أوضحت)(?![\\p{IsArabic}]))?" //$NON-NLS-1$
			+ ")(?:(?<=['’])|(?![\\p{L}]))\\s*"); // "dall'ANSA": an elided preposition is glued to the name //$NON-NLS-1$

	/** The lines these cues are on. */
	private static final String[] TRIGGERS = { "according", "reported by", "selon", "d'après", "d’après", "según", "acuerdo con", "secondo", "riportato da", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			"riferito da", "scritto da", "segundo", "acordo com", "conforme informou", "conforme noticiou", "conforme publicou", "conforme apurou", "conforme revelou", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			"laut", "nach angaben", "nach informationen", "nach berichten", "volgens", "حسب", "وفقا", "وفقاً", "طبقا", "طبقاً", "نقلا عن", "نقلاً عن" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$

	/** An article and a publication's or an agency's noun between the cue and the name: "the newspaper", "l'agence", "صحيفة". */
	private static final Pattern NOUN = Pattern.compile("(?iu)(?:(?:the|la|le|les|l['’]|el|il|lo|dal|dalla|dall['’]|del|della|o|a|do|da|der|die|das|dem|den|het|de)\\s*)?" //$NON-NLS-1$
			+ "(?:(?:news |press )?(?:agency|newspaper|paper|daily|website|site|channel|broadcaster|magazine|weekly|tabloid)" //$NON-NLS-1$
			+ "|agence(?: de presse)?|journal|quotidien|hebdomadaire|chaîne|magazine|site|agencia(?: de noticias)?|periódico|diario|cadena|sitio|portal|revista|semanario" //$NON-NLS-1$
			+ "|agenzia(?: di stampa)?|giornale|quotidiano|testata|sito|rivista|settimanale|emittente|agência(?: de notícias)?|jornal|emissora" //$NON-NLS-1$
			+ "|(?:nachrichten)?agentur|zeitung|tageszeitung|sender|magazin|nachrichtenportal|persbureau|krant|dagblad|omroep|nieuwssite" //$NON-NLS-1$
			+ "|وكالة(?:\\s+أنباء|\\s+الأنباء)?|صحيفة|جريدة|موقع|قناة|شبكة|مجلة|إذاعة|تلفزيون)(?![\\p{L}])\\s*"); //$NON-NLS-1$

	/** An article elided before a name: "l'AFP", "l’ANSA". */
	private static final Pattern ELIDED = Pattern.compile("(?i:l)['’](?=\\p{L})"); //$NON-NLS-1$

	/** A name in quotation marks. */
	private static final Pattern QUOTED = Pattern.compile("[«“\"„‚]\\s*(?<name>[^«»“”\"„\\n]{2,40}?)\\s*[»”\"“]"); //$NON-NLS-1$

	/** A capitalised run after a noun: "El Tiempo", "The Ledger Times", "Corriere della Sera". */
	private static final Pattern LATIN_NAME = Pattern.compile("(?u)\\p{Lu}[\\p{L}\\p{N}.&'’\\-]*(?:[ \\u00A0](?:(?:de|da|di|do|dos|das|del|della|dello|des|du|la|le|of|the|van|von|het|der|den|y|e|&)[ \\u00A0]){0,2}\\p{Lu}[\\p{L}\\p{N}.&'’\\-]*){0,4}"); //$NON-NLS-1$

	/** One to three Arabic words after a noun, up to the clause's end or a stop word: "هآرتس", "واشنطن بوست". */
	private static final Pattern ARABIC_NAME = Pattern.compile("(?:(?!" + CreditShapes.ARABIC_STOP + ")\\p{IsArabic}+)(?:\\s+(?!" + CreditShapes.ARABIC_STOP + ")\\p{IsArabic}+){0,2}"); //$NON-NLS-1$ //$NON-NLS-2$

	/** A nationality closing an Arabic publication's name: "هآرتس الإسرائيلية", "واشنطن بوست الأمريكية". */
	private static final Pattern ARABIC_NISBA = Pattern.compile("\\s+ال\\p{IsArabic}+(?:ية|ي)$"); //$NON-NLS-1$

	/**
	 * A source named before its reporting verb: "the Financial Times reported", "Dagens Nyheter reported on Monday", "CBS News’
	 * Chris Martinez reported.", "said a Fox News report". Without a list's word for it, the name must look like a
	 * publication's: its last word one of {@link #PUBLICATION_WORD} ("Times", "News", "Post", "Nyheter", "Courant"…).
	 */
	private static final Pattern NAME_REPORTED = Pattern.compile("(?u)(?<![\\p{L}])(?<name>\\p{Lu}[\\p{L}.&\\-]*(?:[ \\u00A0]\\p{Lu}[\\p{L}.&\\-]*){0,3})" //$NON-NLS-1$
			+ "(?:['’]s?[ \\u00A0](?<person>\\p{Lu}[\\p{L}\\-]+(?:[ \\u00A0]\\p{Lu}[\\p{L}\\-]+){1,2}))?[ \\u00A0]+(?:first |previously |had |has )?(?:reported|reports)(?=\\s*[.,;:]|\\s+(?:on|that|earlier|last|late|this|in)(?![\\p{L}]))" //$NON-NLS-1$
			+ "|(?i:said|says|according to|per)[ \\u00A0]+(?i:a|an)[ \\u00A0]+(?<name2>\\p{Lu}[\\p{L}.&\\-]*(?:[ \\u00A0]\\p{Lu}[\\p{L}.&\\-]*){0,3})[ \\u00A0]+(?i:report)(?![\\p{L}])"); //$NON-NLS-1$

	/** The last word of a publication's or a broadcaster's name. */
	private static final Pattern PUBLICATION_WORD = Pattern.compile("(?iu)(?<![\\p{L}])(?:times|news|post|journal|herald|tribune|gazette|courier|press|telegraph|guardian|observer|chronicle|express|standard|globe|mail|mirror|star|sun" //$NON-NLS-1$
			+ "|daily|weekly|magazine|review|insider|wire|radio|tv|television|channel|network|nyheter|zeitung|courant|dagblad|krant|nieuws|quotidiano|diario|jornal)$"); //$NON-NLS-1$

	static void find(Article article, CreditHolders holders, Scan scan, List<ThirdPartyItem> items) {
		String text = scan.text;
		scan.find(CUE, cue -> read(article, holders, text, cue.end(), cue.group().strip(), items), TRIGGERS);
		scan.find(NAME_REPORTED, reported -> {
			boolean subject = reported.group("name") != null; //$NON-NLS-1$
			String name = subject ? reported.group("name") : reported.group("name2"); //$NON-NLS-1$ //$NON-NLS-2$
			int start = subject ? reported.start("name") : reported.start("name2"); //$NON-NLS-1$ //$NON-NLS-2$
			if (name == null || holders.lookupIgnoringCase(name) == null && !PUBLICATION_WORD.matcher(name).find()) {
				return;
			}
			String person = subject ? reported.group("person") : null; //$NON-NLS-1$
			int end = subject ? reported.end() : reported.end("name2"); //$NON-NLS-1$
			add(article, holders, text, start, end, person != null ? name + " / " + person : name, items);
		}, "report"); // "reported", "reports", "a … report" //$NON-NLS-1$
	}

	private static void read(Article article, CreditHolders holders, String text, int at, String cue, List<ThirdPartyItem> items) {
		int lineEnd = Lines.end(text, at);
		int from = at;
		// "وفقا للجارديان", "طبقا لرويترز": the preposition glued to the name, "لل" the preposition and the article
		boolean gluedArticle = false;
		if (cue.startsWith("وفق") || cue.startsWith("طبق")) { //$NON-NLS-1$ //$NON-NLS-2$
			if (text.startsWith("لل", from)) { //$NON-NLS-1$
				from += 1;
				gluedArticle = true;
			} else if (text.startsWith("ل", from)) { //$NON-NLS-1$
				from += 1;
			}
		}
		Matcher noun = NOUN.matcher(text).region(from, lineEnd);
		boolean hasNoun = noun.lookingAt();
		int nameStart = hasNoun ? noun.end() : from;
		Matcher elided = ELIDED.matcher(text).region(nameStart, lineEnd);
		if (elided.lookingAt()) {
			nameStart = elided.end(); // "selon l'AFP", "secondo l'ANSA": the article elided before the name
		}
		// a quoted name
		Matcher quoted = QUOTED.matcher(text).region(nameStart, lineEnd);
		if (quoted.lookingAt()) {
			String name = quoted.group("name").strip(); //$NON-NLS-1$
			if (nameShaped(name)) {
				add(article, holders, text, quoted.start(), quoted.end(), name, items);
			}
			return;
		}
		// a listed holder, by any of its names
		Pattern alias = holders.aliasPattern();
		String window = text.substring(nameStart, Math.min(lineEnd, nameStart + 60));
		if (gluedArticle && !hasNoun) {
			window = "ا" + window; // "لجارديان" after the preposition: "الجارديان" //$NON-NLS-1$
		}
		if (alias != null) {
			Matcher listed = alias.matcher(window);
			if (listed.lookingAt() && (listed.end() == window.length() || !Character.isLetterOrDigit(window.charAt(listed.end())))) {
				CreditHolders.Holder holder = holders.lookup(listed.group());
				if (holder != null && holder.kind() != CreditHolders.Kind.SITE) {
					int shift = gluedArticle && !hasNoun ? 1 : 0; // the window's added letter: its names start one place later in the text
					add(article, holders, text, nameStart + listed.start() - shift, nameStart + listed.end() - shift, listed.group(), items); // a newspaper as the page writes it, an agency in canonical form (CreditHolders.split)
					return;
				}
			}
		}
		// after a publication's noun, a name's shape
		if (hasNoun) {
			Matcher latin = LATIN_NAME.matcher(text).region(nameStart, lineEnd);
			if (latin.lookingAt()) {
				int end = latin.end();
				while (end > nameStart && text.charAt(end - 1) == '.') {
					end--; // the sentence's full stop, not the name's
				}
				add(article, holders, text, nameStart, end, text.substring(nameStart, end), items);
				return;
			}
			Matcher arabic = ARABIC_NAME.matcher(text).region(nameStart, lineEnd);
			if (arabic.lookingAt()) {
				String name = ARABIC_NISBA.matcher(arabic.group()).replaceFirst(""); //$NON-NLS-1$
				add(article, holders, text, nameStart, nameStart + name.length(), name, items);
			}
		}
	}

	/** One to five words that start with a capital, a figure or an Arabic letter, and no sentence inside. */
	private static boolean nameShaped(String name) {
		if (name.isEmpty() || name.split("\\s+").length > 5 || name.matches(".*[.!?؟:;,،]\\s.*")) { //$NON-NLS-1$ //$NON-NLS-2$
			return false;
		}
		char first = name.charAt(0);
		return Character.isUpperCase(first) || Character.isDigit(first) || Character.UnicodeScript.of(first) == Character.UnicodeScript.ARABIC;
	}

	private static void add(Article article, CreditHolders holders, String text, int start, int end, String name, List<ThirdPartyItem> items) {
		if (end <= start || CaptionCredits.ownPublisher(article, name)) {
			return;
		}
		CreditHolders.Holder listed = holders.lookupIgnoringCase(name);
		if (listed != null && CaptionCredits.ownPublisher(article, listed.name())) {
			return;
		}
		ThirdPartyFinder.add(items, text, start, end, name);
	}
}
