// SPDX-License-Identifier: EPL-2.0
package dossier.licence.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.Nullable;

import dossier.core.model.Article;
import dossier.core.model.Block;
import dossier.core.model.BlockType;
import dossier.licence.CreditHolders;
import dossier.licence.Evidence;
import dossier.licence.ThirdPartyItem;

/**
 * Authors and credits known by their place: a byline. A text the importer marks as a {@link BlockType#BYLINE} (a
 * page's {@code rel=author}, {@code itemprop=author}, {@code byline} or {@code author} class, {@code <address>}; a plain
 * text's "By NAME" line) names who wrote the article, and sometimes whose copy it is: "By Ana Ruiz, Reuters", "Un
 * article de Mathilde Giard pour Le Figaro", "Reportagem: Priscila Machado e Vitor Villar / Secom PMS", "بقلم محمد علي
 * – وكالة الأناضول". In a byline, and only there, the line is read as parts between its separators (a comma, a dash, a
 * slash, a bar, "for"/"pour"/"per"/"para"/"für"/"voor", a bracket): a part of a person's shape ({@link CreditShapes}'
 * readers; in Arabic, which has no capitals, a name that starts with a given name of {@code data/arabic-given-names.txt}
 * or the words right after بقلم/كتب) is an author; a part of an organisation's shape — a listed holder, a site's address,
 * a name led by an article or a publication's noun ("Le Monde Diplomatique", "Agência Estado", "وكالة الأناضول"), a
 * name with an acronym or a figure in it ("Secom PMS", "G1 AC"), a name after "Source"/"Fonte" — is whose copy the
 * article carries. Per the labelling rules, a reporter's byline naming an agency or another publication credits that
 * copy, the reporter and the organisation its holders; a byline naming the page's own publisher, or only persons,
 * places and dates, credits nothing. In brackets only a listed agency counts: "(ETH Zürich)" is an affiliation,
 * "(جدة)" a town.
 */
final class BylineCredits {

	private BylineCredits() {
	}

	/** A byline's opening words: "By", "Un article de", "Reportagem:", "بقلم", "كتب -". */
	private static final Pattern CUE = Pattern.compile("(?iu)^\\s*(?:(?:(?:un|una|an?|uno|um|ein|eine|een)\\s+)?(?:article|articolo|artículo|artigo|artikel|beitrag|gast-beitrag|texte|testo|texto|text|tribune|reportage|reportagem|report|crónica|cronaca|chronique|columna|opinión|opinion|editorial)\\s+(?:de|di|del|by|von|par|por|do|da|van|of)\\s+"
			+ "|(?:written|reported|text|words|texte|testo|texto|reportagem|reportaje|reportage|bericht|text und fotos?|testo e foto|texto y fotos?|texte et photos?|texto e fotos?)\\s*(?:by|de|di|por|par|von|e foto di)?\\s*[:：]?\\s+"
			+ "|(?:by|par|por|di|von|door|av)\\s*[:：]?\\s+"
			+ "|(?:بقلم|كتبته|كتبه|كتبت|كتب|كتابة|إعداد|اعداد|تقرير|متابعة|حاورته|حاوره|أعدته|أعده)(?![\\p{IsArabic}])\\s*[:：\\-–—/]?\\s*)"); //$NON-NLS-1$

	/** Where a byline's parts meet; the group says which. */
	private static final Pattern SEPARATOR = Pattern.compile("(?iu)\\s*(?<list>[,،;])\\s*|\\s*(?<dash>\\s[-–—]\\s|[–—]|\\s-(?=(?-i:\\p{Lu})))\\s*|\\s*(?<slash>[/|])\\s*"
			+ "|\\s*(?<open>\\()\\s*|\\s*(?<close>\\))\\s*"
			+ "|\\s+(?<for>for|pour|per|para|für|voor|para o|para a|para el|para la)\\s+"
			+ "|\\s+(?<and>and|et|y|e|und|en|&|و)\\s+"
			+ "|\\s+(?<in>em|in|at|on|sur|su|auf|op|dans|publicado en|publicada en|publicado em|publicada em|published in|publié dans|pubblicato su|veröffentlicht in)\\s+(?=(?-i:\\p{Lu})|www\\.)"); //$NON-NLS-1$

	/** A preposition opening a part after a comma: "…, en www.elpais.com", "…, em Porto Velho". */
	private static final Pattern IN = Pattern.compile("(?u)(?:en|em|in|at|on|sur|su|auf|op|dans|no|na|nel|nella|del|de|do|da)\\s+(?=\\p{Lu}|www\\.)"); //$NON-NLS-1$

	/** A person named at a part's end after "by", "de", "di": "Una reflexión bien fundada a cargo de Diego A. Manrique". */
	private static final Pattern BY_NAME_AT_END = Pattern.compile("(?u)(?<![\\p{L}])(?:by|de|di|par|por|von|door|of|do|da)\\s+(?<name>" + CreditShapes.PERSON.pattern() + ")$"); //$NON-NLS-1$

	/** Honorifics before a name: "Dr.", "Prof.", "د.". */
	private static final Pattern HONORIFIC = Pattern.compile("(?iu)^(?:(?:dr|prof|dott|dra|pr|mr|mrs|ms|sr|sra|me)\\.\\s*|د\\.\\s*|الدكتور\\s+|الدكتورة\\s+|الزميل\\s+|الزميلة\\s+)+"); //$NON-NLS-1$

	/** A role before a publication: "direttore de L’Espresso", "correspondent for The Times", "editor at Le Monde". */
	private static final Pattern ROLE_OF = Pattern.compile("(?u)^(?:\\p{Ll}[\\p{L}'’\\-]*\\s+){1,3}(?:de|di|del|della|dello|of|du|de la|des|do|da|at|for|für|bei|van|von|chez|em|en|in)\\s+(?=\\p{Lu})"); //$NON-NLS-1$

	/** Words of a role right before an agency's name, no preposition: "corrispondente ANSA", "مراسل رويترز". */
	private static final Pattern ROLE_BEFORE_AGENCY = Pattern.compile("(?u)^(?:(?:\\p{Ll}[\\p{L}'’\\-]*\\s+){1,3}|(?:مراسل|مراسلة|مراسلو|مندوب|مندوبة)\\s+(?:وكالة\\s+)?)"); //$NON-NLS-1$

	/** A source word before an organisation: "Source Counterpunch", "Fonte: Agência Brasil", "المصدر: ...". */
	private static final Pattern SOURCE = Pattern.compile("(?iu)^(?:source|fonte|fuente|quelle|bron|fonti|sources|المصدر|عن)\\s*[:：]?\\s+"); //$NON-NLS-1$

	/** An article or a publication's noun opening an organisation's name. */
	private static final Pattern ORGANISATION_LEAD = Pattern.compile("(?u)^(?:(?:The|Le|La|Les|L['’]|Il|Lo|Gli|El|Los|Las|Der|Die|Das|De|Het|O|Os|As)\\s*(?=\\p{Lu})"
			+ "|(?:Agência|Agencia|Agence|Agenzia|Agentur|Agency|Radio|Rádio|Diario|Diário|Jornal|Giornale|Journal|Zeitung|Gazette|Gazzetta|Gazeta|Revista|Rivista|Revue|Magazine|Editora|Editorial|Edições|Ediciones|Edizioni|Éditions|Verlag)\\s+(?=(?:(?:de|di|del|della|do|da|dos|das|du|des|of|von|van)\\s+)?\\p{Lu})"
			+ "|(?:وكالة|موقع|صحيفة|جريدة|مجلة|قناة|إذاعة|اذاعة|شبكة)\\s+)"); //$NON-NLS-1$

	/** A publication's word closing its name: "The Ledger Times", "Folha Press", "Kyiv Post". */
	private static final Pattern ORGANISATION_TAIL = Pattern.compile("(?u)\\s(?:Times|Post|Press|Presse|Prensa|News|Tribune|Herald|Journal|Gazette|Magazine|Zeitung|Agency|Agentur|Media|TV|Radio)$"); //$NON-NLS-1$

	/** A word in capitals (an acronym) or with a figure inside a capitalised run: "Secom PMS", "G1 AC", "Senegal7". */
	private static final Pattern ACRONYM_OR_FIGURE = Pattern.compile("(?u)(?<![\\p{L}\\p{N}])(?:\\p{Lu}{2,6}|\\p{L}+\\p{N}+\\p{L}*)(?![\\p{L}\\p{N}])"); //$NON-NLS-1$

	private static final Pattern ARABIC_NAME = Pattern.compile("\\p{IsArabic}+(?:\\s+\\p{IsArabic}+){1,3}"); //$NON-NLS-1$
	private static final Pattern ARABIC_STOP_WORD = Pattern.compile("(?<![\\p{IsArabic}])" + CreditShapes.ARABIC_STOP); //$NON-NLS-1$
	private static final Pattern NAME_RUN = Pattern.compile(CreditShapes.NAME_RUN);
	private static final Pattern DOMAIN = Pattern.compile(CreditShapes.DOMAIN);

	private enum Kind {
		PERSON, ORGANISATION, OTHER
	}

	/** Five words in lower case (or figures) in a row: a sentence about the text, not a line of names. */
	private static final Pattern SENTENCE = Pattern.compile("(?u)(?<![\\p{L}\\p{N}])(?:[\\p{Ll}\\p{N}][\\p{L}\\p{N}'’]*[\\s,]+){4}[\\p{Ll}\\p{N}]"); //$NON-NLS-1$

	/** A role's word closing a name's shape: "Jane Holt, Senior Reporter" names one person. */
	private static final Pattern ROLE = Pattern.compile("(?iu)(?<![\\p{L}])(?:reporter|writer|correspondent|editor|columnist|contributor|journalist|journaliste|journalistin|redakteur|redakteurin|korrespondent|korrespondentin|correspondant|correspondante|rédacteur|rédactrice|corresponsal|redactor|redactora|periodista|correspondente|repórter|jornalista|redator|redatora|corrispondente|giornalista|inviato|inviata|redattore|redattrice|verslaggever|correspondent|redacteur)s?$"); //$NON-NLS-1$

	/** One part of a byline: where it is, what it is, the separator before it, and the holder's name to report. */
	private record Part(int start, int end, Kind kind, String separator, String name, boolean listed) {
	}

	/** The credits of the article's bylines: a person and an organisation named together, the organisation not the page's own. */
	static void find(Article article, CreditHolders holders, String text, List<ThirdPartyItem> items) {
		List<int[]> lines = bylineLines(article, text);
		for (int i = 0; i < lines.size(); i++) {
			int[] line = lines.get(i);
			// a byline written on two lines: "By" / "The Associated Press", "Por Quésia Melo" / "Do G1 AC"
			Part below = i + 1 < lines.size() && text.substring(line[1], lines.get(i + 1)[0]).isBlank() ? firstOrganisation(article, holders, text, lines.get(i + 1)) : null;
			if (CUE_ALONE.matcher(text).region(line[0], line[1]).matches()) {
				if (below != null && below.listed() && below.end() == lines.get(i + 1)[1]) {
					ThirdPartyFinder.add(items, text, line[0], below.end(), below.name());
				}
				continue;
			}
			List<Part> parts = parts(holders, text, line[0], line[1]);
			List<Part> persons = parts.stream().filter(BylineCredits::author).toList();
			if (persons.isEmpty()) {
				continue;
			}
			Part organisation = null;
			for (Part part : parts) {
				if (part.kind() == Kind.ORGANISATION && part.start() > persons.get(0).start() && creditsCopy(part)
						&& !CaptionCredits.ownPublisher(article, part.name())) {
					organisation = part;
				}
			}
			if (organisation == null && below != null && parts.stream().noneMatch(p -> p.kind() == Kind.ORGANISATION)) {
				organisation = below;
			}
			if (organisation == null) {
				continue;
			}
			List<String> names = new ArrayList<>();
			for (Part person : persons) {
				if (person.start() < organisation.start()) {
					names.add(person.name());
				}
			}
			names.add(organisation.name());
			int start = persons.get(0).start();
			int end = organisation.separator().equals("open") && organisation.end() < text.length() && text.charAt(organisation.end()) == ')' //$NON-NLS-1$
					? organisation.end() + 1 : organisation.end(); // "Mario Rossi (ANSA)" with its bracket
			Part first = persons.get(0), copy = organisation;
			if (parts.stream().anyMatch(p -> p.kind() == Kind.OTHER && p.start() > first.start() && p.end() <= copy.start() && Patterns.ITEM_CUE.matcher(p.name()).find())) {
				continue; // "كتب محمد رضا – تصوير (أ ف ب)": the agency is the photo's, its cue rule reads it
			}
			// a rule that read the byline as a paragraph named fewer of its holders ("بقلم محمد علي – وكالة الأناضول" gave the
			// agency alone): the byline's reading names the reporter too; one that names other holders is kept
			List<ThirdPartyItem> overlapping = items.stream().filter(item -> item.credit().span().start() < end && start < item.credit().span().end()).toList();
			boolean sentence = SENTENCE.matcher(text).region(line[0], line[1]).find();
			if (!overlapping.isEmpty() && sentence || overlapping.stream().anyMatch(item -> !lowerCase(names).containsAll(lowerCase(item.holders())) || item.ownLicence() != null)) {
				// a sentence ("Cette tribune, écrite par X, a été publiée dans Le Monde") names its source as the rule that read it says
				continue;
			}
			items.removeAll(overlapping);
			ThirdPartyFinder.add(items, text, start, end, String.join(" / ", names)); //$NON-NLS-1$
		}
	}

	/** The names a byline gives the article's authors, in order: the evidence of the attribution's creator. */
	static List<Evidence> authors(Article article, String text) {
		List<Evidence> authors = new ArrayList<>();
		CreditHolders holders = CreditHolders.builtIn();
		for (int[] line : bylineLines(article, text)) {
			for (Part part : parts(holders, text, line[0], line[1])) {
				if (author(part) && authors.size() < 5) {
					authors.add(Evidence.at(text, part.start(), part.end()));
				}
			}
		}
		return authors;
	}

	private static List<String> lowerCase(List<String> names) {
		return names.stream().map(n -> n.toLowerCase(Locale.ROOT).replace('-', ' ').strip()).toList();
	}

	/** A byline's cue alone on its line: "By", "Por", "بقلم". */
	private static final Pattern CUE_ALONE = Pattern.compile("(?iu)\\s*(?:by|par|por|di|von|door|av|بقلم)\\s*[:：]?\\s*"); //$NON-NLS-1$

	/** The organisation a byline's next line opens with, "From"/"Do"/"Da" aside ("Do G1 AC"), not the page's own; else null. */
	private static @Nullable Part firstOrganisation(Article article, CreditHolders holders, String text, int[] line) {
		Matcher from = FROM.matcher(text).region(line[0], line[1]);
		int start = from.lookingAt() ? from.end() : line[0];
		List<Part> parts = parts(holders, text, start, line[1]);
		if (parts.isEmpty() || parts.get(0).kind() != Kind.ORGANISATION || CaptionCredits.ownPublisher(article, parts.get(0).name())) {
			return null;
		}
		return parts.get(0);
	}

	/** "From", "Do", "Da", "De", "Von", "Di", "من", "عن" before a byline's organisation on its own line. */
	private static final Pattern FROM = Pattern.compile("(?iu)(?:from|do|da|de|dal|dalla|du|von|vom|di|van|uit|من|عن)\\s+"); //$NON-NLS-1$

	/** A person named as an author: not in brackets (an affiliation), nor after "in" (a place) or "for". */
	private static boolean author(Part part) {
		return part.kind() == Kind.PERSON && !part.separator().equals("open") && !part.separator().equals("in") && !part.separator().equals("for"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** True when the organisation names whose copy this is: after a separator, "for", "Source", or a listed agency in brackets. */
	private static boolean creditsCopy(Part organisation) {
		return switch (organisation.separator()) {
		case "open" -> organisation.listed(); //$NON-NLS-1$
		case "list", "dash", "slash", "for", "source", "role" -> true; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		case "in" -> organisation.listed() || DOMAIN.matcher(organisation.name()).matches(); //$NON-NLS-1$
		default -> false;
		};
	}

	/** Each line of each byline block, trimmed: [start, end). */
	private static List<int[]> bylineLines(Article article, String text) {
		List<int[]> lines = new ArrayList<>();
		for (Block block : article.blocks()) {
			if (block.type() != BlockType.BYLINE || block.span().end() > text.length()) {
				continue;
			}
			for (int start = block.span().start(); start < block.span().end();) {
				int end = Math.min(Lines.end(text, start), block.span().end());
				int[] line = Lines.trimmed(text, start);
				line[1] = Math.min(line[1], end);
				if (line[1] > line[0]) {
					lines.add(line);
				}
				start = end + 1;
			}
		}
		return lines;
	}

	/** The parts of one byline's line, read by their shape. */
	private static List<Part> parts(CreditHolders holders, String text, int start, int end) {
		List<Part> parts = new ArrayList<>();
		Matcher cue = CUE.matcher(text).region(start, end);
		int from = cue.lookingAt() ? cue.end() : start;
		boolean arabicCue = from > start && Character.UnicodeScript.of(text.charAt(start)) == Character.UnicodeScript.ARABIC;
		String separator = "start"; //$NON-NLS-1$
		Matcher split = SEPARATOR.matcher(text).region(from, end);
		while (from < end) {
			int partEnd = end, next = end;
			String following = null;
			if (split.find()) {
				partEnd = split.start();
				next = split.end();
				following = group(split);
			}
			Part part = part(holders, text, from, partEnd, separator, arabicCue && parts.isEmpty());
			if (part != null && part.kind() == Kind.PERSON && "open".equals(following) && part.name().equals(part.name().toUpperCase(Locale.ROOT)) //$NON-NLS-1$
					&& !part.name().equals(part.name().toLowerCase(Locale.ROOT))) { // in capitals, which Arabic has not
				part = new Part(part.start(), part.end(), Kind.OTHER, separator, part.name(), false); // "DEN HAAG (ANP) -": a dateline's town
			}
			if (part != null) {
				parts.add(part);
			}
			if (following == null) {
				break;
			}
			separator = following;
			from = next;
		}
		return parts;
	}

	private static String group(Matcher separator) {
		for (String name : new String[] { "list", "dash", "slash", "open", "close", "for", "and", "in" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			if (separator.group(name) != null) {
				return name;
			}
		}
		return "list"; //$NON-NLS-1$
	}

	/** What one part is: a person, an organisation (with the holder's name to report), or anything else; null when empty. */
	private static @Nullable Part part(CreditHolders holders, String text, int start, int end, String separator, boolean firstAfterArabicCue) {
		while (end > start && ".:*-–—".indexOf(text.charAt(end - 1)) >= 0 || end > start && Character.isWhitespace(text.charAt(end - 1))) { //$NON-NLS-1$
			end--;
		}
		while (start < end && Character.isWhitespace(text.charAt(start))) {
			start++;
		}
		if (end <= start) {
			return null;
		}
		Matcher in = IN.matcher(text).region(start, end);
		if (in.lookingAt()) { // ", en www.elpais.com", ", em Porto Velho": where the text was published, or a place
			start = in.end();
			separator = "in"; //$NON-NLS-1$
		}
		String written = text.substring(start, end);
		Matcher source = SOURCE.matcher(written);
		String sourced = source.lookingAt() ? organisation(holders, written.substring(source.end())) : null;
		if (sourced != null) {
			String name = sourced;
			return new Part(start + source.end(), end, Kind.ORGANISATION, "source", name, holders.lookupIgnoringCase(written.substring(source.end())) != null); //$NON-NLS-1$
		}
		Matcher role = ROLE_OF.matcher(written);
		Matcher roleOfAgency = ROLE_BEFORE_AGENCY.matcher(written);
		if (!role.lookingAt() && roleOfAgency.lookingAt() && holders.lookupIgnoringCase(written.substring(roleOfAgency.end())) != null) {
			// "corrispondente ANSA", "correspondent AFP", "مراسل رويترز": the agency the reporter files for
			CreditHolders.Holder agency = holders.lookupIgnoringCase(written.substring(roleOfAgency.end()));
			if (agency != null && agency.kind() == CreditHolders.Kind.AGENCY) {
				return new Part(start + roleOfAgency.end(), end, Kind.ORGANISATION, "role", agency.name(), true); //$NON-NLS-1$
			}
		}
		if (role.lookingAt()) {
			String rest = written.substring(role.end());
			String name = ORGANISATION_LEAD.matcher(rest).lookingAt() || holders.lookupIgnoringCase(rest) != null ? organisation(holders, rest) : null;
			return name == null ? new Part(start, end, Kind.OTHER, separator, written, false)
					: new Part(start + role.end(), end, Kind.ORGANISATION, "role", name, holders.lookupIgnoringCase(rest) != null); //$NON-NLS-1$
		}
		String organisation = organisation(holders, written);
		if (organisation != null) {
			return new Part(start, end, Kind.ORGANISATION, separator, organisation, holders.lookupIgnoringCase(written) != null);
		}
		Matcher honorific = HONORIFIC.matcher(written);
		int nameStart = honorific.lookingAt() ? start + honorific.end() : start;
		Matcher byName = BY_NAME_AT_END.matcher(written);
		if (!isPerson(text.substring(nameStart, end), firstAfterArabicCue) && byName.find()) {
			nameStart = start + byName.start("name"); // "Una reflexión a cargo de Diego A. Manrique" //$NON-NLS-1$
		}
		String name = text.substring(nameStart, end);
		if (isPerson(name, firstAfterArabicCue)) {
			return new Part(nameStart, end, Kind.PERSON, separator, name, false);
		}
		return new Part(start, end, Kind.OTHER, separator, written, false);
	}

	/** A person's name: two to four capitalised words, or an Arabic name starting with a given name (or right after بقلم). */
	private static boolean isPerson(String name, boolean firstAfterArabicCue) {
		if (CreditShapes.PERSON.matcher(name).matches() && !ROLE.matcher(name).find()) {
			// "Secom PMS" is an office: a word in capitals inside a name in mixed case
			boolean capitals = name.equals(name.toUpperCase(Locale.ROOT));
			return capitals || !ACRONYM_OR_FIGURE.matcher(name).find();
		}
		if (ARABIC_NAME.matcher(name).matches() && !ARABIC_STOP_WORD.matcher(name).find()) {
			return firstAfterArabicCue || CaptionCredits.ArabicGivenNames.startsAName(name);
		}
		return false;
	}

	/** The holder's name when {@code written} has an organisation's shape, else null. */
	static @Nullable String organisation(CreditHolders holders, String written) {
		String part = written.strip();
		if (part.isEmpty() || part.length() > 60) {
			return null;
		}
		if (DOMAIN.matcher(part).matches()) {
			return part; // a site's address is written as on the page
		}
		CreditHolders.Holder listed = holders.lookupIgnoringCase(part);
		if (listed != null) {
			return listed.name();
		}
		if (ORGANISATION_LEAD.matcher(part).lookingAt()) {
			String rest = ORGANISATION_LEAD.matcher(part).replaceFirst(""); //$NON-NLS-1$
			boolean arabic = !rest.isEmpty() && Character.UnicodeScript.of(rest.charAt(0)) == Character.UnicodeScript.ARABIC;
			// after an article the rest is the name ("Le Figaro"); after a noun the noun is part of it ("Gazzetta di Parma")
			if (arabic ? ARABIC_NAME.matcher(rest).matches() || rest.matches("\\p{IsArabic}+") : NAME_RUN.matcher(rest).matches() || NAME_RUN.matcher(part).matches()) { //$NON-NLS-1$
				CreditHolders.Holder agency = holders.lookupIgnoringCase(rest);
				// "موقع المدن" is the site المدن, the noun left out as the labelling rules write it; "Agência Estado" is a name
				return agency != null ? agency.name() : arabic ? rest : part;
			}
			return null;
		}
		if (NAME_RUN.matcher(part).matches() && !part.equals(part.toUpperCase(Locale.ROOT))
				&& (ACRONYM_OR_FIGURE.matcher(part).find() || ORGANISATION_TAIL.matcher(part).find())) {
			return part;
		}
		return null;
	}
}
