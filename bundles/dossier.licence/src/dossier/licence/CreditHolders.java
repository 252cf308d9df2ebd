// SPDX-License-Identifier: EPL-2.0
package dossier.licence;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.Nullable;

/**
 * The agencies, picture libraries and image sites that credit lines name, with the names they go by
 * ("Agence France-Presse", "فرانس برس", "AFP Photo" are all AFP): reads the holders of a credit and writes them in
 * one canonical form, so "© NAME / POOL / AFP via Getty Images" names NAME, AFP and Getty Images.
 * <p>
 * The list is a data file ({@code data/credit-holders.tsv} in this bundle: canonical name, kind, aliases); a team
 * reads its own file in the same format with {@link #with(InputStream)} (the checker itself uses {@link #builtIn()};
 * contributing a file through an extension point is not there yet). Immutable and thread-safe.
 */
public final class CreditHolders {

	/** What a holder is. */
	public enum Kind {
		/** A news agency (AFP, Reuters, ANSA, وفا). */
		AGENCY,
		/** A picture library or stock service (Getty Images, Shutterstock, picture alliance). */
		LIBRARY,
		/** An image-sharing site or archive (Flickr, Wikimedia Commons, Unsplash). */
		SITE,
		/**
		 * A newspaper or broadcaster whose articles are translated and republished (The New York Times, نيويورك
		 * تايمز, Le Monde): named on a line of its own in a translation, it is the original's publisher.
		 */
		PRESS
	}

	/**
	 * One holder of the list.
	 *
	 * @param domains the host names of its own sites ("afp.com"): on those pages its credit names the publisher itself
	 */
	public record Holder(String name, Kind kind, List<String> aliases, List<String> domains) {

		/** A news agency or a publication or broadcaster: an outlet a text can be reported by. */
		public boolean isNewsOutlet() {
			return kind == Kind.AGENCY || kind == Kind.PRESS;
		}
	}

	private static final CreditHolders BUILT_IN = read(CreditHolders.class.getResourceAsStream("data/credit-holders.tsv"), new CreditHolders(List.of())); //$NON-NLS-1$

	/** Words of a credit line that name no holder. */
	private static final Pattern NOISE = Pattern.compile("^(?:pool|pool photo|file|file photo|archive|archives|archivo|archivio|archiv|arquivo|handout|reprodu[cç][aã]o|reproduction"
			+ "|photo|photos|foto|fotos|image|images|immagine|imagen|imagem|bild|picture|credit|credits|crédit|crédito|credito|source|fonte|fuente|quelle"
			+ "|أرشيفية|ارشيفية|أرشيف|صورة|الصورة|تصوير|المصدر|agencies|agenzie|agences|agencias|agenturen|agências|staff|str|ho|dr"
			+ "|eigene darstellung|eigenes foto|eigene aufnahme|own work|own photo|elaboración propia|elaborazione propria|elaboração própria|réalisation propre|foto propia|foto própria"
			+ "|supplied|provided|provided by|handout photo|arquivo pessoal|archivo personal|archivio personale|archives personnelles|privat|privé|private|personal archive"
			+ "|(?:photo|foto|image|bild)?\\s*(?:illustration|illustrative|d['’]illustration|ilustrativa|illustrativa|symbolbild|ilustración|ilustração)"
			+ "|cc|cc by.*|licen[cs]e.*|licenza.*|licencia.*|licença.*|lizenz.*)$", //$NON-NLS-1$
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	/** Separators between the holders of one credit: slashes, commas, "via", "for", "and", عبر. */
	private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:[/|،,;+]|\\s@\\s|\\s[–—-]\\s|(?<![\\p{L}])(?:via|for|per|pour|para|für|über|and|(?-i:e|y)(?!\\.)|et|und|عبر|لـ|و)(?![\\p{L}]))\\s*", //$NON-NLS-1$
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	/** Cue words and signs before a holder: ©, "Photo:", "by", a year. */
	private static final Pattern LEADING = Pattern.compile("^(?:[©\\s:：.(\\[-]+|\\(c\\)|(?:(?:copyright|photograph|photographie|photo|foto|image|picture|bild|imagen|imagem|immagine|credit|crédit|provided|courtesy|source|fonte|fuente|quelle|bron)s?"
			+ "|(?-i:by|di|de|par|por|von|da|do|from|of|By|Par|Por)|في|من|عن|على)(?![\\p{L}])|(?:19|20)\\d\\d)+", // Arabic prepositions before a name too //$NON-NLS-1$
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	/** Tokens of dates and numbers inside a credit: "2020", "nº 49", "29th", month names in our languages. */
	// a month's name is a date word only beside a number ("12 Jan", "March 2020"): "Jan de Vries", "May Ling" are names
	static final Pattern DATE_WORDS = Pattern.compile("(?<![\\p{L}\\p{N}])(?:n[º°o]\\.?\\s*)?\\p{N}+(?:st|nd|rd|th|er|e|º|ª)?(?![\\p{L}])" //$NON-NLS-1$
			+ "|(?<![\\p{L}])(?:(?<=\\p{N}[\\s.,/]{1,2})(?:" + Months.ALTERNATION + ")|(?:" + Months.ALTERNATION + ")(?=[\\s.,/]{1,2}\\p{N}))(?![\\p{L}])", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** A month's name alone ("published in February", "نشرت في فبراير"): a date, not a holder. */
	private static final Pattern MONTH = Pattern.compile("(?:" + Months.ALTERNATION + ")\\.?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE); //$NON-NLS-1$ //$NON-NLS-2$

	/** Words left hanging after a name: "Gerd Altmann di" (before "Pixabay"), "X from". */
	private static final Pattern TRAILING = Pattern.compile("(?:\\s+(?:by|di|de|da|do|par|por|von|from|on|auf|en|em|in|su|sur|of))+$", //$NON-NLS-1$
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern URL = Pattern.compile("https?://(?<host>[^/\\s]+)[^\\s]*"); //$NON-NLS-1$

	private final List<Holder> holders;
	private final @Nullable Pattern alias;
	private final Map<String, Holder> byAlias = new LinkedHashMap<>();

	private CreditHolders(List<Holder> holders) {
		this.holders = List.copyOf(holders);
		List<String> exact = new ArrayList<>();
		List<String> folded = new ArrayList<>();
		for (Holder holder : holders) {
			for (String name : holder.aliases()) {
				if (isCaseExact(name)) {
					exact.add(name);
					byAlias.putIfAbsent(name, holder);
				} else {
					folded.add(name);
					byAlias.putIfAbsent(name.toLowerCase(Locale.ROOT), holder);
				}
			}
		}
		Comparator<String> longestFirst = Comparator.comparingInt(String::length).reversed();
		exact.sort(longestFirst);
		folded.sort(longestFirst);
		String alternatives = (folded.isEmpty() ? "" : "(?iu:" + String.join("|", folded.stream().map(CreditHolders::quote).toList()) + ")") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				+ (exact.isEmpty() || folded.isEmpty() ? "" : "|") // "AP" also as "Ap" ("foto Ap/Lapresse"), never as "ap" //$NON-NLS-1$ //$NON-NLS-2$
				+ String.join("|", exact.stream().map(a -> Pattern.quote(a) + "|" + Pattern.quote(a.charAt(0) + a.substring(1).toLowerCase(Locale.ROOT))).toList()); //$NON-NLS-1$ //$NON-NLS-2$
		alias = alternatives.isEmpty() ? null : Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * True for an alias matched only as written or capitalised, never in lower case: three letters or fewer, all
	 * capitals, none Arabic ("AP", "EFE", "ANP"; "ap" is a word).
	 */
	public static boolean isCaseExact(String alias) {
		return alias.length() <= 3 && alias.equals(alias.toUpperCase(Locale.ROOT)) && alias.chars().allMatch(Character::isLetter)
				&& alias.chars().allMatch(c -> c < 0x0600);
	}

	/** An alias as a pattern: its spaces and dots match any run of spaces or dots ("أ.ف.ب", "أ ف ب", "A.F.P."). */
	private static String quote(String alias) {
		StringBuilder out = new StringBuilder();
		for (String part : alias.split("(?<=[ .])|(?=[ .])")) { //$NON-NLS-1$
			out.append(part.equals(" ") || part.equals(".") ? "[\\s.]*" : Pattern.quote(part)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		return out.toString();
	}

	/** The list shipped with Dossier. */
	public static CreditHolders builtIn() {
		return BUILT_IN;
	}

	/** This list and the holders of a data file in the same format (a holder already listed gains the aliases). */
	public CreditHolders with(InputStream data) {
		return read(data, this);
	}

	public List<Holder> holders() {
		return holders;
	}

	/** A pattern matching any alias of any holder as a whole word; null when the list is empty. */
	public @Nullable Pattern aliasPattern() {
		return alias;
	}

	/** The holder an alias names ("فرانس برس" gives AFP), or null. */
	public @Nullable Holder lookup(@Nullable String name) {
		if (name == null) {
			return null;
		}
		String key = name.strip();
		Holder holder = byAlias.get(key);
		if (holder == null && key.length() <= 3 && !key.isEmpty() && Character.isUpperCase(key.charAt(0))) {
			holder = byAlias.get(key.toUpperCase(Locale.ROOT)); // "Ap" for AP
		}
		return holder != null ? holder : byAlias.get(key.toLowerCase(Locale.ROOT));
	}

	/**
	 * As {@link #lookup(String)}, but a short alias in capitals matches in any case too: for a holder that is the
	 * whole rest of a credit line ("door anp", "Beeld anp", "foto ansa"), where a lower-case "ap" cannot be a word of
	 * a sentence.
	 */
	public @Nullable Holder lookupIgnoringCase(String name) {
		Holder holder = lookup(name);
		return holder != null ? holder : byAlias.get(name.strip().toUpperCase(Locale.ROOT));
	}

	/** The holder whose own site {@code url} is on ("https://www.afp.com/...", "arabic.aa.com.tr"), or null. */
	public Holder ofUrl(@Nullable String url) {
		return Hosts.siteOf(url, holders, Holder::domains);
	}

	/** True when {@code name} is a canonical name or alias of the list. */
	public boolean isKnown(String name) {
		return lookup(name) != null;
	}

	/** True when {@code s} names a holder of the list somewhere. */
	public boolean mentionsAny(@Nullable CharSequence s) {
		Pattern any = alias;
		return any != null && s != null && any.matcher(s).find();
	}

	/**
	 * The holders a credit names, in order: listed ones in canonical form, others (photographers) as written, with
	 * "POOL", cue words, years and licence names left out. {@code "© GAVRIIL GRIGOROV / POOL / AFP عبر Getty Images"}
	 * gives {@code [GAVRIIL GRIGOROV, AFP, Getty Images]}.
	 */
	public List<String> split(String credit) {
		List<String> out = new ArrayList<>();
		if (credit == null) {
			return out;
		}
		Matcher url = URL.matcher(credit);
		if (url.find()) {
			credit = url.replaceAll("${host}"); // "Fonte: http://www.bbc.co.uk/news/..." names www.bbc.co.uk //$NON-NLS-1$
		}
		for (String part : SEPARATOR.split(credit)) {
			String raw = part.strip().replaceAll("^[©\\s:：.(\\[-]+|[\\s.,:;)\\]]+$", ""); //$NON-NLS-1$ //$NON-NLS-2$
			List<String> known = new ArrayList<>();
			StringBuilder other = new StringBuilder();
			if (alias != null) {
				Matcher m = alias.matcher(raw);
				int rest = 0;
				while (m.find()) {
					Holder holder = lookup(m.group().replaceAll("[\\s.]+", " ").strip()); //$NON-NLS-1$ //$NON-NLS-2$
					known.add(holder == null ? canonicalOf(m.group()) : holder.kind() == Kind.PRESS ? m.group().strip() : holder.name()); // a newspaper as the page writes it
					other.append(raw, rest, m.start()).append(' ');
					rest = m.end();
				}
				other.append(raw.substring(rest));
			} else {
				other.append(raw);
			}
			String name = clean(other.toString());
			if (known.isEmpty() && !out.isEmpty() && isProse(name)) {
				continue; // "Source : linternaute.com, lien dans l'article complet": a comment after the holder
			}
			if (!name.isEmpty() && (known.isEmpty() || Character.isUpperCase(name.codePointAt(0)) && name.split("\\s+").length >= 2)) { //$NON-NLS-1$
				out.add(name); // a photographer, or "Ahmad Gharabli" before "AFP"
			}
			for (String k : known) {
				if (!out.contains(k)) {
					out.add(k);
				}
			}
		}
		return out;
	}

	/** Three words or more in lower case only ("lien dans l'article complet"): a remark, not a name. Arabic has no case. */
	private static boolean isProse(String name) {
		return name.split("\\s+").length >= 3 && name.codePoints().noneMatch(Character::isUpperCase) && name.codePoints().anyMatch(Character::isLowerCase);
	}

	/** A name without cue words, years, trailing prepositions; "" when nothing that names a holder is left. */
	private String clean(String s) {
		String name = LEADING.matcher(s.replaceAll("[\\s\\-–—:()]+", " ").strip()).replaceFirst("").strip(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		// numbers, dates and issue numbers are not names: "Revista PROGRAMAR nº 49", "16 أيار/ مايو 2020"
		name = DATE_WORDS.matcher(name).replaceAll(" ").replaceAll("\\s+", " ").strip(); //$NON-NLS-1$ //$NON-NLS-2$
		name = TRAILING.matcher(name.replaceAll("[\\s.,:;)\\]–—-]+$", "")).replaceFirst("").strip(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		if (name.isEmpty() || NOISE.matcher(name).matches() || MONTH.matcher(name).matches() || name.chars().noneMatch(Character::isLetter)) {
			return ""; //$NON-NLS-1$
		}
		return name;
	}

	/** The canonical name of an alias matched with its dots or spaces written differently ("أ.ف.ب" for "أ ف ب"). */
	private String canonicalOf(String matched) {
		String squeezed = matched.replaceAll("[\\s.]+", "").toLowerCase(Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$
		for (Map.Entry<String, Holder> entry : byAlias.entrySet()) {
			if (entry.getKey().replaceAll("[\\s.]+", "").toLowerCase(Locale.ROOT).equals(squeezed)) { //$NON-NLS-1$ //$NON-NLS-2$
				return entry.getValue().name();
			}
		}
		return matched;
	}

	private static CreditHolders read(@Nullable InputStream data, CreditHolders base) {
		Map<String, Holder> merged = new LinkedHashMap<>();
		for (Holder holder : base.holders) {
			merged.put(holder.name(), holder);
		}
		for (String[] fields : DataFiles.rows(data, "credit holders")) { //$NON-NLS-1$
			if (fields.length < 2) {
				continue;
			}
			String name = fields[0].strip();
			Kind kind;
			try {
				kind = Kind.valueOf(fields[1].strip().toUpperCase(Locale.ROOT));
			} catch (IllegalArgumentException e) {
				kind = Kind.AGENCY;
			}
			List<String> aliases = new ArrayList<>();
			Holder known = merged.get(name);
			if (known != null) {
				aliases.addAll(known.aliases());
			}
			if (!aliases.contains(name)) {
				aliases.add(name);
			}
			if (fields.length > 2) {
				for (String alias : fields[2].split("\\|")) { //$NON-NLS-1$
					if (!alias.isBlank() && !aliases.contains(alias.strip())) {
						aliases.add(alias.strip());
					}
				}
			}
			List<String> domains = new ArrayList<>(known == null ? List.of() : known.domains());
			if (fields.length > 3) {
				for (String domain : fields[3].split("\\|")) { //$NON-NLS-1$
					if (!domain.isBlank() && !domains.contains(domain.strip().toLowerCase(Locale.ROOT))) {
						domains.add(domain.strip().toLowerCase(Locale.ROOT));
					}
				}
			}
			merged.put(name, new Holder(name, kind, List.copyOf(aliases), List.copyOf(domains)));
		}
		return new CreditHolders(new ArrayList<>(merged.values()));
	}
}
