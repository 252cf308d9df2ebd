// SPDX-License-Identifier: EPL-2.0
package dossier.licence.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.Nullable;

/**
 * Small language guesses the checker needs: a text's language from its script and function words, a URL's from
 * its language sub-domain, path or country domain, a language named in a notice ("translated from Italian",
 * "مترجم عن الإيطالية"). Internal: the index bundle's language detector may replace the text guess.
 */
public final class Languages {

	private Languages() {
	}

	static final List<String> CREDIT_LANGUAGES = List.of("ar", "en", "it", "fr", "es", "de", "pt"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
	private static final List<String> NAMED = List.of("ar", "en", "it", "fr", "es", "de", "pt", "ru", "zh", "ja", "nl", "tr", "el", "pl", "fa", "he"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$ //$NON-NLS-16$

	private static final Map<String, Set<String>> FUNCTION_WORDS = Map.of(
			"en", Set.of("the", "and", "of", "to", "is", "that", "with", "for", "was", "are", "this", "by"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$
			"it", Set.of("il", "che", "della", "di", "per", "non", "una", "sono", "con", "gli", "nel", "alla", "è"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$
			"fr", Set.of("le", "les", "des", "est", "une", "dans", "pour", "qui", "sur", "pas", "du", "au", "et"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$
			"es", Set.of("el", "los", "las", "del", "por", "para", "con", "es", "se", "una", "y", "como"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$
			"de", Set.of("der", "die", "und", "das", "ist", "nicht", "mit", "den", "von", "ein", "zu", "auf", "sich"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$
			"pt", Set.of("os", "uma", "não", "para", "com", "do", "da", "em", "é", "ao", "dos", "são", "mais")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$


	/** {@link #FUNCTION_WORDS} the other way round: a word, the languages whose function word it is (one look-up a word). */
	private static final Map<String, List<String>> LANGUAGES_OF_WORD = new HashMap<>();
	static {
		FUNCTION_WORDS.forEach((language, words) -> words.forEach(
				word -> LANGUAGES_OF_WORD.computeIfAbsent(word, w -> new ArrayList<>(2)).add(language)));
	}

	/** The language of {@code text} from its script (Arabic, Cyrillic...) or, for Latin script, its function words; "und" when unsure. */
	public static String guess(String text) {
		int arabic = 0, latin = 0, cyrillic = 0, hebrew = 0, greek = 0, cjk = 0, kana = 0;
		int limit = Math.min(text.length(), 6_000);
		for (int i = 0; i < limit; i++) {
			char c = text.charAt(i);
			if (c < 'A') {
				continue;
			}
			if (c <= 'z' ? Character.isLetter(c) : c >= 0xC0 && c <= 0x24F) {
				latin++;
			} else if (c >= 0x600 && c <= 0x6FF || c >= 0x750 && c <= 0x77F || c >= 0xFB50 && c <= 0xFDFF || c >= 0xFE70 && c <= 0xFEFF) {
				arabic++;
			} else if (c >= 0x400 && c <= 0x4FF) {
				cyrillic++;
			} else if (c >= 0x590 && c <= 0x5FF) {
				hebrew++;
			} else if (c >= 0x370 && c <= 0x3FF) {
				greek++;
			} else if (c >= 0x4E00 && c <= 0x9FFF) {
				cjk++;
			} else if (c >= 0x3040 && c <= 0x30FF) {
				kana++;
			}
		}
		int max = Math.max(Math.max(Math.max(arabic, latin), Math.max(cyrillic, hebrew)), Math.max(greek, cjk + kana));
		if (max == 0) {
			return "und"; //$NON-NLS-1$
		}
		if (max == arabic) {
			return "ar"; //$NON-NLS-1$
		}
		if (max == cyrillic) {
			return "ru"; //$NON-NLS-1$
		}
		if (max == hebrew) {
			return "he"; //$NON-NLS-1$
		}
		if (max == greek) {
			return "el"; //$NON-NLS-1$
		}
		if (max == cjk + kana) {
			return kana > 0 ? "ja" : "zh"; //$NON-NLS-1$ //$NON-NLS-2$
		}
		Map<String, Integer> hits = new HashMap<>();
		String head = text.substring(0, Math.min(text.length(), 2_000)).toLowerCase(Locale.ROOT);
		int wordStart = -1;
		for (int i = 0; i <= head.length(); i++) {
			boolean letter = i < head.length() && Character.isLetter(head.charAt(i));
			if (letter && wordStart < 0) {
				wordStart = i;
			} else if (!letter && wordStart >= 0) {
				if (i - wordStart <= 5) { // function words are short: skip the rest without allocating
					for (String language : LANGUAGES_OF_WORD.getOrDefault(head.substring(wordStart, i), List.of())) {
						hits.merge(language, 1, Integer::sum);
					}
				}
				wordStart = -1;
			}
		}
		return hits.entrySet().stream().filter(e -> e.getValue() >= 2).max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
				.orElse("und"); //$NON-NLS-1$
	}

	private static final Pattern URL_PARTS = Pattern.compile("^(?:[a-z][a-z0-9+.-]*://)?(?<host>[^/?#:\\s]+)(?::\\d+)?(?<path>[^?#\\s]*)", Pattern.CASE_INSENSITIVE); //$NON-NLS-1$
	private static final Pattern LANGUAGE_SEGMENT = Pattern.compile("^/(ar|en|it|fr|es|de|pt|ru|zh|ja|nl|tr)(?:[-_][a-z]{2})?(?:/|$)", Pattern.CASE_INSENSITIVE); //$NON-NLS-1$
	/** An edition named in the path: "/english/", "/arabic/", "/francais/". */
	private static final Pattern LANGUAGE_NAME_SEGMENT = Pattern.compile("^/(english|arabic|french|francais|français|spanish|espanol|español|german|deutsch|italian|italiano|portuguese|portugues|português|dutch|nederlands)(?:/|$)", //$NON-NLS-1$
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	private static final Map<String, String> EDITION_NAMES = Map.ofEntries(Map.entry("english", "en"), Map.entry("arabic", "ar"), Map.entry("french", "fr"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			Map.entry("francais", "fr"), Map.entry("français", "fr"), Map.entry("spanish", "es"), Map.entry("espanol", "es"), Map.entry("español", "es"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
			Map.entry("german", "de"), Map.entry("deutsch", "de"), Map.entry("italian", "it"), Map.entry("italiano", "it"), Map.entry("portuguese", "pt"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
			Map.entry("portugues", "pt"), Map.entry("português", "pt"), Map.entry("dutch", "nl"), Map.entry("nederlands", "nl")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
	/** A language sub-domain: "ar.", "arabic.", "french." (french.cri.cn), "espanol.", "deutsch.". */
	private static final Pattern LANGUAGE_SUBDOMAIN = Pattern.compile("^(ar|en|it|fr|es|de|pt|ru|zh|ja|nl|tr|arabic|english|french|francais|spanish|espanol|german|deutsch|italian|italiano|portuguese|portugues|dutch|nederlands)\\.", Pattern.CASE_INSENSITIVE); //$NON-NLS-1$
	private static final Map<String, String> COUNTRY_LANGUAGE = new HashMap<>();
	static {
		put("it", "it", "sm", "va"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		put("fr", "fr", "mc", "sn", "ci"); // not .be, .lu, .ch, .ca: their pages are in several languages //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
		put("de", "de", "at", "li"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		// not .co: sold worldwide as a short .com (turkpress.co is an Arabic site), like .tv, .me and .io
		put("es", "es", "mx", "ar", "cl", "pe", "ve", "uy", "ec", "bo", "py", "cr", "gt", "cu", "do"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$
		put("pt", "pt", "br", "ao", "mz"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		put("en", "uk", "us", "ie", "au", "nz"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		put("ar", "sa", "eg", "ae", "qa", "jo", "lb", "iq", "kw", "om", "bh", "ly", "sy", "ye", "ps", "sd", "dz", "ma", "tn"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$ //$NON-NLS-16$ //$NON-NLS-17$ //$NON-NLS-18$ //$NON-NLS-19$
		put("ru", "ru", "by"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		put("nl", "nl"); //$NON-NLS-1$ //$NON-NLS-2$
		put("tr", "tr"); //$NON-NLS-1$ //$NON-NLS-2$
		put("ja", "jp"); //$NON-NLS-1$ //$NON-NLS-2$
		put("zh", "cn", "tw"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		put("el", "gr"); //$NON-NLS-1$ //$NON-NLS-2$
		put("pl", "pl"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static void put(String language, String... countries) {
		for (String country : countries) {
			COUNTRY_LANGUAGE.put(country, language);
		}
	}

	/**
	 * The language a URL's page is in, from a language path segment ({@code /en/}), a language sub-domain
	 * ({@code ar.example.com}) or the country domain ({@code .it}); null when the URL says nothing (.com, .org).
	 */
	public static @Nullable String ofUrl(@Nullable String url) {
		if (url == null) {
			return null;
		}
		Matcher parts = URL_PARTS.matcher(url.trim());
		if (!parts.find()) {
			return null;
		}
		String host = parts.group("host").toLowerCase(Locale.ROOT); //$NON-NLS-1$
		String path = Objects.requireNonNull(parts.group("path")); //$NON-NLS-1$
		Matcher segment = LANGUAGE_SEGMENT.matcher(path);
		if (segment.find()) {
			return segment.group(1).toLowerCase(Locale.ROOT);
		}
		Matcher edition = LANGUAGE_NAME_SEGMENT.matcher(path);
		if (edition.find()) {
			return EDITION_NAMES.get(edition.group(1).toLowerCase(Locale.ROOT));
		}
		Matcher sub = LANGUAGE_SUBDOMAIN.matcher(host.startsWith("www.") ? host.substring(4) : host); //$NON-NLS-1$
		if (sub.find()) {
			String language = sub.group(1);
			return language.length() == 2 ? language : EDITION_NAMES.get(language);
		}
		int dot = host.lastIndexOf('.');
		return dot < 0 ? null : COUNTRY_LANGUAGE.get(host.substring(dot + 1));
	}

	private static final Set<String> LATIN_SCRIPT = Set.of("en", "it", "fr", "es", "de", "pt", "nl", "tr", "pl"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
	private static final Set<String> ARABIC_SCRIPT = Set.of("ar", "fa"); //$NON-NLS-1$ //$NON-NLS-2$

	/** True when the two languages are written in one script (Latin: "fr" and "pt"; Arabic: "ar" and "fa"). */
	static boolean sameScript(String one, String other) {
		return one.equals(other) || LATIN_SCRIPT.contains(one) && LATIN_SCRIPT.contains(other)
				|| ARABIC_SCRIPT.contains(one) && ARABIC_SCRIPT.contains(other);
	}

	/** True when {@link #ofUrl} can only go by the country domain ({@code .it}, {@code .nl}): no language path or sub-domain. */
	static boolean onlyCountryDomain(String url) {
		if (url == null) {
			return false;
		}
		Matcher parts = URL_PARTS.matcher(url.trim());
		if (!parts.find()) {
			return false;
		}
		String host = parts.group("host").toLowerCase(Locale.ROOT); //$NON-NLS-1$
		String path = Objects.requireNonNull(parts.group("path")); //$NON-NLS-1$
		return !LANGUAGE_SEGMENT.matcher(path).find() && !LANGUAGE_NAME_SEGMENT.matcher(path).find()
				&& !LANGUAGE_SUBDOMAIN.matcher(host.startsWith("www.") ? host.substring(4) : host).find(); //$NON-NLS-1$
	}

	private static volatile @Nullable Map<String, String> languageNames;

	/** The first language named in {@code notice} other than {@code except} ("dall'inglese" gives "en"), or null. */
	static @Nullable String namedIn(String notice, String except) {
		String lower = notice.toLowerCase(Locale.ROOT);
		String best = null;
		int bestAt = Integer.MAX_VALUE;
		for (Map.Entry<String, String> entry : names().entrySet()) {
			int at = lower.indexOf(entry.getKey());
			while (at >= 0 && at > 0 && Character.isLetter(lower.charAt(at - 1)) && !entry.getKey().startsWith("ال")) { //$NON-NLS-1$
				at = lower.indexOf(entry.getKey(), at + 1);
			}
			if (at >= 0 && at < bestAt && !entry.getValue().equals(except)) {
				best = entry.getValue();
				bestAt = at;
			}
		}
		return best;
	}

	private static Map<String, String> names() {
		Map<String, String> names = languageNames;
		if (names == null) {
			names = new HashMap<>();
			for (String display : CREDIT_LANGUAGES) {
				Locale displayLocale = Locale.forLanguageTag(display);
				for (String language : NAMED) {
					String name = Locale.forLanguageTag(language).getDisplayLanguage(displayLocale).toLowerCase(Locale.ROOT);
					if (name.length() >= 4 && !name.equals(language)) {
						names.put(name, language);
						if (display.equals("ar") && name.startsWith("ال")) { //$NON-NLS-1$ //$NON-NLS-2$
							names.put(name.substring(2), language);
						}
					}
				}
			}
			languageNames = names;
		}
		return names;
	}

	/** Whether {@code word} names a language in one of the credit languages ("English", "Englisch", "inglés", "الإنجليزية"). */
	static boolean isLanguageName(String word) {
		return names().containsKey(word.strip().replaceAll("[.,;:!?]+$", "").toLowerCase(Locale.ROOT)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The name of {@code language} in {@code inLanguage} ("it" in "en": "Italian"). */
	public static String displayName(@Nullable String language, String inLanguage) {
		return Locale.forLanguageTag(language == null ? "und" : language) //$NON-NLS-1$
				.getDisplayLanguage(Locale.forLanguageTag(inLanguage));
	}
}
