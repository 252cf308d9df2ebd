// SPDX-License-Identifier: EPL-2.0
package dossier.licence.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.Nullable;

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
			// "وفقاً" before "وفقا": else the cue ends before its tanween and "لصحيفة" is not read after it
			+ "|(?:بحسب|حسب|وفقاً|وفقا|طبقاً|طبقا|نقلا عن|نقلاً عن)(?:\\s+ما)?(?:\\s+(?:ذكرت|ذكره|ذكرته|كشفت|كشفته|أفادت|أفاد|نقلت|نقلته|أوردت|أوردته|نشرت|نشرته|قالت|أعلنت|أكدت|أوضحت)(?![\\p{IsArabic}]))?" //$NON-NLS-1$
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

	/** As {@link #QUOTED}, or in brackets: after a publication's noun, a bracketed name is its name. */
	private static final Pattern QUOTED_OR_BRACKETED = Pattern.compile("[«“\"„‚(]\\s*(?<name>[^«»“”\"„()\\n]{2,40}?)\\s*[»”\"“)]"); //$NON-NLS-1$

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

	/**
	 * The same outside English: a listed outlet or a publication's name before its verb of reporting, "De NOS meldde",
	 * "die Zeitung berichtete"… — "Le Monde rapporte", "El País informó", "il Corriere riporta", "a Folha noticiou", "De
	 * Telegraaf meldt". An article before the name is not part of it.
	 */
	private static final Pattern NAME_REPORTS = Pattern.compile("(?u)(?<![\\p{L}])(?<name>\\p{Lu}[\\p{L}\\p{N}.&'’\\-]*(?:[ \\u00A0](?:(?:de|da|di|do|della|del|des|du|of|van|von)[ \\u00A0]){0,1}\\p{Lu}[\\p{L}\\p{N}.&'’\\-]*){0,4})[ \\u00A0]+" //$NON-NLS-1$
			+ "(?:meldde|meldt|berichtte|berichtet|berichtete|meldet|meldete|rapporte|a rapporté|a révélé|révèle|informó|informa|publicó|ha riportato|riporta|riportava|noticiou|informou|publicou)(?![\\p{L}])"); //$NON-NLS-1$

	/**
	 * A publication named before its verb of headlining (issue 15, twentieth session): only a paper or a site headlines, so any
	 * capitalised name before the verb is one — "la Gazzetta di Parma titola", "Le Monde titrait", "Bild titelte", "De Telegraaf
	 * kopt", "O Globo titulou", "El País tituló", "the Daily Mail headlined" (the French present "titre" is left out: mostly the noun,
	 * "Au titre des articles …").
	 */
	private static final Pattern HEADLINES = Pattern.compile("(?u)(?<![\\p{L}])(?<name>\\p{Lu}[\\p{L}\\p{N}.&'’\\-]*(?:[ \\u00A0](?:(?:de|da|di|do|della|del|des|du|of|van|von)[ \\u00A0]){0,1}\\p{Lu}[\\p{L}\\p{N}.&'’\\-]*){0,4})[ \\u00A0]+" //$NON-NLS-1$
			+ "(?:titola|titolava|titolano|titrait|titrent|titelt|titelte|kopt|kopte|titula|titulaba|tituló|titulou|titulava|headlined|headlines)(?![\\p{L}])"); //$NON-NLS-1$

	/** The lines {@link #HEADLINES} can be on. */
	private static final String[] HEADLINES_TRIGGERS = { "titola", "titrait", "titrent", "titelt", "titelte", " kopt", " kopte", "titula", "tituló", "titulou", "headlined", "headlines" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$

	/** The lines {@link #NAME_REPORTS} can be on. */
	private static final String[] REPORTS_TRIGGERS = { "meld", "bericht", "rapporte", "a rapporté", "a révélé", "révèle", "informó", "informa ", "informou", "publicó", "publicou", "riporta", "noticiou" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$

	/**
	 * A text credited to its sources by a "with information from" framing (issue 15, fifteenth session): "with information
	 * from", "with reporting from", "com informações de/da/do", "as informações são da/do", "con información de/del", "avec
	 * l'AFP", "mit Material von/der", "met informatie van", "con informazioni di/da". Whatever it names is a source: a listed
	 * holder, an acronym ("PRF") or a capitalised run; "avec", a word of every French sentence, only before a listed agency.
	 */
	private static final Pattern WITH_INFORMATION = Pattern.compile("(?iu)(?<![\\p{L}])(?<frame>(?:with (?:information|reporting|files|material|wires) (?:from|by)" //$NON-NLS-1$
			+ "|com informações (?:de|da|do|das|dos)|(?:as )?informações (?:são|foram) (?:de|da|do|das|dos)|con (?:información|informaciones|datos) (?:de|del)" //$NON-NLS-1$
			+ "|avec (?:l['’])?(?=AFP|Reuters|AP|ANSA|EFE|dpa|Belga)|mit (?:Material|Informationen) (?:von|der|des)|met (?:informatie|materiaal) van|con informazioni (?:di|da|del|della|dell['’])" //$NON-NLS-1$
			+ "))(?:(?<=['’])|(?![\\p{L}]))[ \\u00A0]*"); //$NON-NLS-1$

	/** The lines {@link #WITH_INFORMATION} can be on. */
	private static final String[] WITH_INFORMATION_TRIGGERS = { "with information", "with reporting", "with files", "with material", "with wires", "informações", "información", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			"informaciones", "con datos", "avec", "mit material", "mit informationen", "met informatie", "met materiaal", "con informazioni" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$

	/** A source's name after a framing: capitalised words (with their particles) or an acronym, up to the clause's end. */
	private static final Pattern SOURCE_NAME = Pattern.compile("(?u)(?:\\p{Lu}[\\p{L}\\p{N}.&'’\\-]*|\\p{N}+[\\p{L}]+)(?:[ \\u00A0](?:(?:de|da|di|do|dos|das|del|della|des|du|of|the|van|von|der|y|e|and|und|et)[ \\u00A0])?\\p{Lu}[\\p{L}\\p{N}.&'’\\-]*){0,4}"); //$NON-NLS-1$

	/** The last word of a publication's or a broadcaster's name. */
	private static final Pattern PUBLICATION_WORD = Pattern.compile("(?iu)(?<![\\p{L}])(?:times|news|post|journal|herald|tribune|gazette|courier|press|telegraph|guardian|observer|chronicle|express|standard|globe|mail|mirror|star|sun" //$NON-NLS-1$
			+ "|daily|weekly|magazine|review|insider|wire|radio|tv|television|channel|network|nyheter|zeitung|courant|dagblad|krant|nieuws|quotidiano|diario|jornal"
			+ "|quotidien|hebdo|noticias|notícias|nieuwsblad|kurier|rundschau|nachrichten)$"); //$NON-NLS-1$

	/**
	 * A reporting frame right before its outlet (issue 15, fifteenth session): a statement given in an interview with, to or on
	 * an outlet, or an outlet's report with its verb first. {@code interview}: "in an interview with", "im Interview mit",
	 * "in gesprek met", "en declaraciones a", "au micro de", "ai microfoni di", "em entrevista à", "في مقابلة مع", "عبر شاشة";
	 * (a preposition of address or of the medium is read apart, {@link #PREPOSITIONS}); {@code verb}: a verb of reporting
	 * with its outlet after it ("meldt dagblad Trouw", "berichtet die Zeitung …", "rapporte le journal …", "informa el diario
	 * …"). The outlet is read by its shape ({@link #outlet}): a person, an office or the police is no outlet.
	 */
	private static final Pattern FRAME = Pattern.compile("(?iu)(?<![\\p{L}])(?:" //$NON-NLS-1$
			+ "(?<interview>in an interview with|in an interview on|interviewed by|speaking to|in conversation with" //$NON-NLS-1$
			+ "|dans une (?:interview|entrevue) (?:à|au|accordée à|accordée au|avec)|en entretien (?:à|au|avec)|interrogée?s? par|au micro de|à l['’]antenne de|sur l['’]antenne de|sur le plateau de|en plateau sur" //$NON-NLS-1$
			+ "|en (?:una )?entrevista (?:con|a|al|concedida a|concedida al)|en declaraciones (?:a|al)|en (?:los )?micrófonos de|ante los micrófonos de" //$NON-NLS-1$
			+ "|in un['’]intervista (?:a|al|alla|allo|con|concessa a|concessa al)|ai microfoni (?:di|del|della)|intervistat[oaie] da|ospite (?:di|del|della|a|al)" //$NON-NLS-1$
			+ "|em entrevista (?:à|ao|a|com)|em declarações (?:à|ao|a)|entrevistad[oa]s? (?:pela|pelo|por)" //$NON-NLS-1$
			+ "|im (?:interview|gespräch) mit|in einem (?:interview|gespräch) mit|im (?:tv-)?interview (?:bei|von)" //$NON-NLS-1$
			+ "|in gesprek met|in een (?:interview|gesprek) met|in een vraaggesprek met" //$NON-NLS-1$
			+ "|في (?:مقابلة|حوار|حديث|لقاء) (?:مع|لـ?)|في تصريحات? (?:خاصة )?لـ?|(?:عبر|على)(?=[ \\u00A0]+(?:شاشة|أثير|قناة)))" //$NON-NLS-1$
			+ "|(?<verb>meldt|meldde|melden|berichtet|berichtete|meldet|meldete|schreibt|schrieb|rapporte|rapportent|révèle|informa|informó|publica|publicó|riporta|riportano|scrive|noticiou|noticia|informou)" //$NON-NLS-1$
			+ ")(?:(?<=ل|لـ)|(?![\\p{L}]))[ \\u00A0]*"); //$NON-NLS-1$

	/** The lines a frame's phrase or verb of reporting can be on. */
	private static final String[] FRAME_TRIGGERS = { "interview", "speaking to", "conversation with", "entrevue", "entretien", "interrog", "micro", "antenne", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			"plateau", "entrevista", "declaraciones", "declarações", "intervista", "ospite", "gespräch", "gesprek", "مقابلة", "حوار", "حديث", "لقاء", "تصريح", "شاشة", "أثير", "قناة", "هواء", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$ //$NON-NLS-16$ //$NON-NLS-17$
			"meld", "bericht", "schreibt", "schrieb", "rapporte", "révèle", "informa ", "informó", "informou", "publica ", "publicó", "riporta", "scrive", "notici" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$

	/** The lines a verb of saying can be on, where a preposition may address an outlet ({@link #PREPOSITIONS}). */
	private static final String[] SAYING_TRIGGERS = { "told", "said", "says", "dijo", "dice", "declar", "coment", "explic", "asegur", "afirm", "contó", "confes", " dit ", "confié", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$
			"indiqu", "annonc", "précis", "affirm", "detto", "dichiar", "spieg", "raccont", "conferm", "disse", " diz ", "contou", "sagt", "erklär", "sprach", "betont", " zei ", "zegt", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$ //$NON-NLS-16$ //$NON-NLS-17$ //$NON-NLS-18$
			"verklaar", "vertel", "informaron", "informó", "informou", "explain", "added", "stated", "confirm", "expliqu", "ajout", "assur", "señal", "reconoc", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			"annunci", "afferm", "rivel", "sottoline", "revel", "garant", "anunci", "bestätig", "bevestig", "liet weten", "laat weten" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

	/**
	 * Prepositions of address or of the medium ("told", "to", "on", "à", "sur", "a", "al", "ao", "alla", "su", "im", "bei",
	 * "gegenüber", "tegen", "aan", "op"): before an outlet, a frame only after a verb of saying in its sentence ("told" is one).
	 * Found by a walk over the words of the lines {@link #SAYING_TRIGGERS} finds, not by a pattern over every position.
	 */
	private static final Set<String> PREPOSITIONS = Set.of("told", "to", "on", "à", "au", "sur", "a", "al", "ao", "na", "no", "alla", "allo", "su", "gegenüber", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$
			"im", "bei", "tegen", "aan", "op"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

	/** A verb of saying in eight languages, by its stem: a preposition before an outlet is a frame only after one of these in its sentence. */
	private static final Pattern SAYING = Pattern.compile("(?iu)(?<![\\p{L}])(?:said|says|say|told|tells|explained|added|stated|declared|confirmed|admitted|insisted" //$NON-NLS-1$
			+ "|dit|dira|déclar\\p{L}*|confi[ée]\\p{L}*|expliqu\\p{L}*|indiqu\\p{L}*|annonc\\p{L}*|affirm\\p{L}*|précis\\p{L}*|assur\\p{L}*|ajout\\p{L}*|estim\\p{L}*|réagi\\p{L}*" //$NON-NLS-1$
			+ "|dij\\p{L}*|dice|dicen|decía|declar\\p{L}*|coment\\p{L}*|explic\\p{L}*|inform\\p{L}*|asegur\\p{L}*|afirm\\p{L}*|señal\\p{L}*|cont[óa]|confes\\p{L}*|reconoc\\p{L}*|manifest\\p{L}*|relat\\p{L}*" //$NON-NLS-1$
			+ "|detto|dice|dichiar\\p{L}*|spieg\\p{L}*|raccont\\p{L}*|conferm\\p{L}*|annunci\\p{L}*|afferm\\p{L}*|rivel\\p{L}*|sottoline\\p{L}*" //$NON-NLS-1$
			+ "|disse\\p{L}*|diz|dizer|contou|contaram|revel\\p{L}*|garant\\p{L}*|comentou|relatou|informou|anunci\\p{L}*" //$NON-NLS-1$
			+ "|sagt\\p{L}*|erklärt\\p{L}*|sprach|betont\\p{L}*|meinte|äußert\\p{L}*|kündigte|bestätigt\\p{L}*|verriet" //$NON-NLS-1$
			+ "|zei|zegt|zeggen|verklaar\\p{L}*|vertel\\p{L}*|vertelde|bevestig\\p{L}*|liet weten|laat weten" //$NON-NLS-1$
			+ "|قال|قالت|صرح|صرّح|أكد|أكدت|أوضح|أوضحت|أضاف|أضافت|كشف|كشفت|أعلن|أعلنت)(?![\\p{L}])"); //$NON-NLS-1$

	/** A broadcaster's or a medium's noun before its name ("TV-Sender Sky", "the channel …", "la chaîne …", "قناة …"). */
	private static final Pattern BROADCAST_NOUN = Pattern.compile("(?iu)(?:(?:the|la|le|l['’]|el|il|lo|o|a|der|die|das|dem|den|het|de)\\s*)?" //$NON-NLS-1$
			+ "(?:(?:tv|radio|fernseh|nachrichten)-?sender|sender|tv-?zender|zender|omroep|tv-station|tv station|radio station|station|network|channel|broadcaster|chaîne|radio|rádio|télévision|emittente|canale|rete|cadena|canal|emissora|tv|televisión|televisão|televisione|شاشة|أثير|قناة|إذاعة|تلفزيون)(?![\\p{L}])\\s*"); //$NON-NLS-1$

	/** A publication's or a broadcaster's noun after its name: "the Union Leader newspaper", "De Telegraaf-krant". */
	private static final Pattern NOUN_AFTER = Pattern.compile("(?iu)[ \\u00A0]+(?:newspaper|paper|daily|magazine|channel|network|broadcaster|website|tabloid)(?![\\p{L}])"); //$NON-NLS-1$

	/**
	 * An agency's noun with no "news" or "press" in it: "la Agencia Estatal de Meteorología", "the Environment Agency" are
	 * offices, the source of facts and no third party; "l'agence de presse …", "وكالة الأنباء …" are news agencies.
	 */
	private static final Pattern BARE_AGENCY = Pattern.compile("(?iu)(?:agency|agence|agencia|agenzia|agência|agentur|وكالة)$"); //$NON-NLS-1$

	/** An acronym: an outlet's shape only inside an interview's frame ("im Interview mit DAZN"). */
	private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}[\\p{Lu}\\p{N}]{1,5}(?![\\p{L}\\p{N}])"); //$NON-NLS-1$

	/** An article before an outlet's name, skipped ("the", "la", "el", "der", "de"…; "l'" glued). */
	private static final Pattern ARTICLE = Pattern.compile("(?iu)(?:(?:the|la|le|les|el|il|lo|o|a|der|die|das|dem|den|het|de)[ \\u00A0]+|l['’])"); //$NON-NLS-1$

	/**
	 * An Arabic verb of reporting before its outlet ("ذكرت صحيفة", "ونقلت وكالة", "أفادت قناة"), a verb of conducting an
	 * interview or a poll ("أجرتها صحيفة", "اجرته صحيفة"), or a report's noun with the preposition glued to the outlet's
	 * ("تقرير لوكالة مهر", "مقال لصحيفة"): the outlet is read by its shape ({@link #outlet}), so that "ذكرت وزارة الصحة" or
	 * "تقرير للشرطة" names none.
	 */
	private static final Pattern ARABIC_REPORTING = Pattern.compile("(?<![\\p{L}])و?(?:(?:ذكرت|نقلت|أفادت|افادت|أوردت|اوردت|أجرتها|اجرتها|أجراها|اجراها|أجرته|اجرته|نفت|قالت|أكدت|اكدت|أعلنت|اعلنت|كشفت)[ \\u00A0]+" //$NON-NLS-1$
			+ "|(?:تقرير|تقريرا|مقال|مقالة|تحقيق|مقابلة|حوار|استطلاع)[ \\u00A0]+لـ?)"); //$NON-NLS-1$

	/** The lines {@link #ARABIC_REPORTING} can be on. */
	private static final String[] ARABIC_REPORTING_TRIGGERS = { "ذكرت", "نقلت", "أفادت", "افادت", "أوردت", "اوردت", "جرته", "جراها", "نفت", "قالت", "كدت", "علنت", "كشفت", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			 "تقرير", "مقال", "تحقيق", "مقابلة", "حوار", "استطلاع" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$

	/** A nationality's adjective alone, with its article: "الإماراتية", "السعودية". */
	private static final Pattern NISBA_ONLY = Pattern.compile("ال\\p{IsArabic}+(?:ية|ي)"); //$NON-NLS-1$

	/** One word with no article ending as an adjective agreeing with the noun: "صحيفة محلية", "وكالة رسمية" name no outlet. */
	private static final Pattern ARABIC_ADJECTIVE = Pattern.compile("(?!ال)\\p{IsArabic}+ية"); //$NON-NLS-1$

	static void find(Article article, CreditHolders holders, Scan scan, List<ThirdPartyItem> items) {
		String text = scan.text;
		scan.find(ARABIC_REPORTING, verb -> arabicReporting(article, holders, text, verb.end(), items), ARABIC_REPORTING_TRIGGERS);
		scan.find(CUE, cue -> read(article, holders, text, cue.end(), cue.group().strip(), items), TRIGGERS);
		scan.find(FRAME, frame -> framed(article, holders, text, frame, items), FRAME_TRIGGERS);
		for (int[] line : scan.linesWith(SAYING_TRIGGERS)) {
			addressed(article, holders, text, line, items);
		}
		scan.find(WITH_INFORMATION, framing -> {
			int at = framing.end();
			int lineEnd = Lines.end(text, at);
			int[] outlet = outlet(holders, text, at, lineEnd, true);
			if (outlet == null && !framing.group("frame").regionMatches(true, 0, "avec", 0, 4)) { //$NON-NLS-1$ //$NON-NLS-2$
				Matcher article0 = ARTICLE.matcher(text).region(at, lineEnd);
				int nameStart = article0.lookingAt() ? article0.end() : at;
				Matcher name = SOURCE_NAME.matcher(text).region(nameStart, lineEnd);
				if (name.lookingAt()) {
					int end = withoutFullStop(text, nameStart, name.end());
					outlet = new int[] { at, end, nameStart, end };
				}
			}
			if (outlet != null) {
				add(article, holders, text, framing.start(), outlet[1], text.substring(outlet[2], outlet[1]), items);
			}
		}, WITH_INFORMATION_TRIGGERS);
		scan.find(NAME_REPORTS, reports -> {
			int start = reports.start("name"); //$NON-NLS-1$
			int end = reports.end("name"); //$NON-NLS-1$
			CreditHolders.Holder listed = holders.lookupIgnoringCase(text.substring(start, end)); // "El Mundo", "Le Monde"
			Matcher article0 = ARTICLE.matcher(text).region(start, end);
			if (listed == null && article0.lookingAt() && article0.end() < end) {
				start = article0.end(); // "De NOS meldde", "A Folha de S.Paulo noticiou": the article is not the name's
				listed = holders.lookupIgnoringCase(text.substring(start, end));
			}
			String name = text.substring(start, end);
			boolean outlet = listed != null ? listed.isNewsOutlet() : PUBLICATION_WORD.matcher(name).find() && name.indexOf(' ') > 0;
			if (outlet) {
				add(article, holders, text, start, reports.end(), name, items);
			}
		}, REPORTS_TRIGGERS);
		scan.find(HEADLINES, headline -> {
			int start = headline.start("name"); //$NON-NLS-1$
			int end = headline.end("name"); //$NON-NLS-1$
			Matcher article0 = ARTICLE.matcher(text).region(start, end);
			if (article0.lookingAt() && article0.end() < end) {
				start = article0.end(); // "La Gazzetta di Parma titola": the article is not the name's
			}
			add(article, holders, text, start, end, text.substring(start, end), items);
		}, HEADLINES_TRIGGERS);
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

	/**
	 * The outlet after an Arabic verb of reporting ({@link #ARABIC_REPORTING}): a listed agency or publication by its whole
	 * name first ("وكالة الأنباء السعودية" is SPA), else by its shape, never an adjective alone ("صحيفة محلية").
	 */
	private static void arabicReporting(Article article, CreditHolders holders, String text, int at, List<ThirdPartyItem> items) {
		int lineEnd = Lines.end(text, at);
		Pattern alias = holders.aliasPattern();
		Matcher listed = alias == null ? null : alias.matcher(text).region(at, Math.min(lineEnd, at + 60));
		if (listed != null && listed.lookingAt()) {
			CreditHolders.Holder holder = holders.lookup(listed.group());
			if (holder != null && holder.isNewsOutlet()) {
				add(article, holders, text, at, listed.end(), listed.group(), items);
			}
			return;
		}
		int[] outlet = outlet(holders, text, at, lineEnd, false);
		if (outlet != null && !ARABIC_ADJECTIVE.matcher(text.substring(outlet[2], outlet[3])).matches()) {
			add(article, holders, text, outlet[0], outlet[1], text.substring(outlet[2], outlet[3]), items);
		}
	}

	/** A frame's outlet: after an interview's phrase, or after a verb of reporting when a name follows it. */
	private static void framed(Article article, CreditHolders holders, String text, Matcher frame, List<ThirdPartyItem> items) {
		boolean interview = frame.group("interview") != null; //$NON-NLS-1$
		if (!interview && !nameAhead(text, frame.end())) {
			return; // "meldt dat…": no name after the verb
		}
		int[] outlet = outlet(holders, text, frame.end(), Lines.end(text, frame.end()), interview);
		if (outlet != null) {
			add(article, holders, text, outlet[0], outlet[1], text.substring(outlet[2], outlet[3]), items);
		}
	}

	/** The outlets a line's prepositions address after a verb of saying in their sentence ({@link #PREPOSITIONS}). */
	private static void addressed(Article article, CreditHolders holders, String text, int[] line, List<ThirdPartyItem> items) {
		int i = line[0];
		while (i < line[1]) {
			if (!Character.isLetter(text.charAt(i))) {
				i++;
				continue;
			}
			int start = i;
			while (i < line[1] && Character.isLetter(text.charAt(i))) {
				i++;
			}
			int length = i - start;
			// "all'ANSA", "all’Ansa": the Italian preposition elided before its outlet's name
			boolean elided = length == 3 && i < line[1] && (text.charAt(i) == '\'' || text.charAt(i) == '’') && text.regionMatches(true, start, "all", 0, 3); //$NON-NLS-1$
			if (!elided && (length > 9 || length == 9 && text.charAt(start) != 'g' || i >= line[1] || text.charAt(i) != ' ' && text.charAt(i) != '\u00A0')) {
				continue; // no preposition is longer than "gegenüber", and one is followed by a space
			}
			String word = text.substring(start, i).toLowerCase(Locale.ROOT);
			int after = i + 1;
			if (!elided && !PREPOSITIONS.contains(word) || !nameAhead(text, after)) {
				continue; // "dijo a los vecinos", "said to be": no name after it, the common case
			}
			if (!word.equals("told") && !SAYING.matcher(text).region(sentenceStart(text, start), start).find()) { //$NON-NLS-1$
				continue;
			}
			int[] outlet = outlet(holders, text, after, line[1], false);
			if (outlet != null) {
				add(article, holders, text, outlet[0], outlet[1], text.substring(outlet[2], outlet[3]), items);
			}
		}
	}

	/**
	 * True when a name can follow {@code at}: a capital, a figure, a quotation mark or a bracket, maybe after one or two words
	 * in lower case (an article, a noun: "het Noordhollands Dagblad", "der TV-Sender Sky", "la chaîne «…»"). A cheap test
	 * before the outlet's patterns: a preposition is in every sentence, an outlet after it in few.
	 */
	private static boolean nameAhead(String text, int at) {
		int i = at;
		for (int words = 0; words <= 2 && i < text.length(); words++) {
			char c = text.charAt(i);
			if (Character.isUpperCase(c) || Character.isDigit(c) || "«“\"„‚(".indexOf(c) >= 0) { //$NON-NLS-1$
				return true;
			}
			if (!Character.isLetter(c)) {
				return false;
			}
			while (i < text.length() && Character.isLetter(text.charAt(i))) {
				i++;
			}
			while (i < text.length() && " '’-\u00A0".indexOf(text.charAt(i)) >= 0) { //$NON-NLS-1$
				i++; // "l'AFP", "tv-zender", the spaces between words
			}
		}
		return false;
	}

	/** Where the sentence holding {@code offset} starts: after the last full stop, question or exclamation mark, or line break. */
	private static int sentenceStart(String text, int offset) {
		int line = Lines.start(text, offset);
		for (int i = offset - 1; i > line; i--) {
			char c = text.charAt(i);
			if ((c == '.' || c == '!' || c == '?' || c == '؟') && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1))) {
				return i + 1;
			}
		}
		return line;
	}

	/**
	 * An outlet read by its shape at {@code at}: {span start, span end, name start, name end}, or null. A broadcaster's or a
	 * publication's noun and a name after it ("TV-Sender Sky", "dagblad Trouw", "قناة «dmc»"); a listed agency or publication;
	 * a capitalised run whose last word is a publication's ("De Leeuwarder Courant") or followed by a publication's noun ("the
	 * Union Leader newspaper"); in an interview's frame, an acronym ("DAZN").
	 */
	private static int @Nullable [] outlet(CreditHolders holders, String text, int at, int lineEnd, boolean interview) {
		if (at >= lineEnd) {
			return null;
		}
		Matcher noun = BROADCAST_NOUN.matcher(text).region(at, lineEnd);
		if (!noun.lookingAt()) {
			noun = NOUN.matcher(text).region(at, lineEnd);
		}
		if (noun.lookingAt() && noun.end() > at && BARE_AGENCY.matcher(noun.group().strip()).find()) {
			// "تقرير لوكالة مهر الإيرانية", "ذكرت وكالة تسنيم": after a bare "وكالة" a name with no article is an agency's;
			// "وكالة الفضاء", "وكالة الطاقة" (an article: an office) name none
			Matcher arabic = ARABIC_NAME.matcher(text).region(noun.end(), lineEnd);
			if (noun.group().strip().equals("وكالة") && !text.startsWith("ال", noun.end()) && arabic.lookingAt()) { //$NON-NLS-1$ //$NON-NLS-2$
				String name = ARABIC_NISBA.matcher(arabic.group()).replaceFirst(""); //$NON-NLS-1$
				return new int[] { at, noun.end() + name.length(), noun.end(), noun.end() + name.length() };
			}
		}
		if (noun.lookingAt() && noun.end() > at && !BARE_AGENCY.matcher(noun.group().strip()).find()) {
			int nameStart = noun.end();
			Matcher quoted = QUOTED_OR_BRACKETED.matcher(text).region(nameStart, lineEnd);
			if (quoted.lookingAt() && !quoted.group("name").isBlank() && quoted.group("name").strip().split("\\s+").length <= 5) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				return new int[] { at, quoted.end(), quoted.start("name"), quoted.start("name") + quoted.group("name").strip().length() }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
			Matcher latin = LATIN_NAME.matcher(text).region(nameStart, lineEnd);
			if (latin.lookingAt()) {
				int end = withoutFullStop(text, nameStart, latin.end());
				return new int[] { at, end, nameStart, end };
			}
			Matcher arabic = ARABIC_NAME.matcher(text).region(nameStart, lineEnd);
			if (arabic.lookingAt()) {
				String name = ARABIC_NISBA.matcher(arabic.group()).replaceFirst(""); //$NON-NLS-1$
				Matcher named = QUOTED.matcher(text).region(arabic.end(), lineEnd);
				if (NISBA_ONLY.matcher(name).matches() && named.find() && text.substring(arabic.end(), named.start()).isBlank()) {
					// "وكالة الأنباء الإماراتية “وام”": the adjective says whose agency, the quoted word is its name
					return new int[] { at, named.end(), named.start("name"), named.start("name") + named.group("name").strip().length() }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				}
				return new int[] { at, nameStart + name.length(), nameStart, nameStart + name.length() };
			}
			return null;
		}
		int nameStart = at;
		Matcher article = ARTICLE.matcher(text).region(at, lineEnd);
		if (article.lookingAt()) {
			nameStart = article.end();
		}
		Pattern alias = holders.aliasPattern();
		if (alias != null) {
			Matcher listed = alias.matcher(text).region(nameStart, Math.min(lineEnd, nameStart + 60));
			if (listed.lookingAt() && (listed.end() == text.length() || !Character.isLetterOrDigit(text.charAt(listed.end())))) {
				CreditHolders.Holder holder = holders.lookup(listed.group());
				if (holder != null && holder.isNewsOutlet()) {
					return new int[] { at, listed.end(), listed.start(), listed.end() };
				}
			}
		}
		Matcher latin = LATIN_NAME.matcher(text).region(nameStart, lineEnd);
		if (latin.lookingAt()) {
			int end = withoutFullStop(text, nameStart, latin.end());
			String name = text.substring(nameStart, end);
			Matcher after = NOUN_AFTER.matcher(text).region(end, lineEnd);
			if (after.lookingAt()) {
				return new int[] { at, after.end(), nameStart, end };
			}
			if (PUBLICATION_WORD.matcher(name).find() && name.indexOf(' ') > 0) {
				return new int[] { at, end, nameStart, end };
			}
		}
		if (interview) {
			Matcher acronym = ACRONYM.matcher(text).region(nameStart, lineEnd);
			if (acronym.lookingAt()) {
				return new int[] { at, acronym.end(), nameStart, acronym.end() };
			}
		}
		return null;
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
		// a quoted name, or after a publication's noun a bracketed one ("وفقا لصحيفة (توجو فرست)")
		Matcher quoted = (hasNoun ? QUOTED_OR_BRACKETED : QUOTED).matcher(text).region(nameStart, lineEnd);
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
		// with no noun, a name shaped as a publication's: "selon Sud Quotidien", "according to the Union Leader newspaper"
		if (!hasNoun) {
			int[] outlet = outlet(holders, text, nameStart, lineEnd, false);
			if (outlet != null) {
				add(article, holders, text, outlet[2], outlet[1], text.substring(outlet[2], outlet[3]), items);
				return;
			}
		}
		// after a publication's noun, a name's shape
		if (hasNoun) {
			Matcher latin = LATIN_NAME.matcher(text).region(nameStart, lineEnd);
			if (latin.lookingAt()) {
				int end = withoutFullStop(text, nameStart, latin.end());
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

	/** The end of a name read up to {@code end}, without the sentence's full stop after it. */
	private static int withoutFullStop(String text, int start, int end) {
		int at = end;
		while (at > start && text.charAt(at - 1) == '.') {
			at--; // the sentence's full stop, not the name's
		}
		return at;
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
