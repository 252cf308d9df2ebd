// SPDX-License-Identifier: EPL-2.0
package dossier.entities.internal;

import java.time.Month;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.Nullable;

import dossier.entities.NormalizedText;
import dossier.entities.RecognitionContext;
import dossier.entities.Recognizer;
import dossier.entities.TextNormalizer;

/**
 * Dates in ar (Egyptian/Gulf يونيو, Levantine/Iraqi حزيران and كانون الثاني, Maghrebi جوان and جانفي, Moroccan
 * يوليوز), en, it, fr, es, de, pt: day-month-year, month-year, month-day, a year after a cue word (عام 2000,
 * nel 2022), a month with "last"/"next" (سبتمبر الماضي), numeric forms; normalised to ISO 8601, partial where
 * the text is ({@code 2022}, {@code 2024-06}, {@code --06-17} when the year is not said and the article has no
 * publication date). Matches on the normalised text, so Arabic-Indic digits and diacritics make no difference.
 */
public final class DateRecognizer implements Recognizer {

	public static final DateRecognizer INSTANCE = new DateRecognizer();

	private final Map<String, Integer> monthNumbers = new HashMap<>();
	private final Set<String> ambiguousAlone = new HashSet<>();
	private final Set<String> weekdays = new HashSet<>();
	private final Map<String, Integer> weekdayNumbers = new HashMap<>();
	private final List<Set<String>> groupsOf = new ArrayList<>();
	private final List<Boolean> monthAlone = new ArrayList<>();
	private final List<Boolean> yearCue = new ArrayList<>();
	private final List<Pattern> patterns = new ArrayList<>();
	/**
	 * The first words a date can start with, by kind ({@link #MONTH}, {@link #WEEKDAY}...): a date is only tried
	 * where its first word allows it, so most words and numbers cost one trie walk and no regular expression.
	 */
	private final AhoCorasick firstWords;
	private final int[] firstWordKinds;
	private static final int MONTH = 1;
	private static final int WEEKDAY = 2;
	private static final int MONTH_WORD = 4; // شهر
	private static final int RELATIVE = 8; // last, next, im, lo scorso...
	private static final int YEAR_CUE = 16; // عام, nel, since...
	/** Patterns to try at a start, by the kinds of its first word; digits are decided separately. */
	private static final int[][] PATTERNS_BY_KIND = new int[32][];

	static {
		for (int kinds = 0; kinds < 32; kinds++) {
			TreeSet<Integer> chosen = new TreeSet<>();
			if ((kinds & MONTH) != 0) {
				chosen.addAll(List.of(2, 3, 9));
			}
			if ((kinds & WEEKDAY) != 0) {
				chosen.addAll(List.of(0, 1));
			}
			if ((kinds & MONTH_WORD) != 0) {
				chosen.addAll(List.of(3, 5));
			}
			if ((kinds & RELATIVE) != 0) {
				chosen.add(4);
			}
			if ((kinds & YEAR_CUE) != 0) {
				chosen.add(6);
			}
			PATTERNS_BY_KIND[kinds] = chosen.stream().mapToInt(Integer::intValue).toArray();
		}
	}

	public DateRecognizer() {
		TextNormalizer normalizer = TextNormalizer.standard();
		Map<String, Integer> byName = new LinkedHashMap<>();
		for (int m = 0; m < CalendarWords.MONTHS.length; m++) {
			for (String name : CalendarWords.MONTHS[m]) {
				byName.put(normalizer.key(name), m + 1);
			}
		}
		monthNumbers.putAll(byName);
		Pattern groupName = Pattern.compile("\\(\\?<([a-z0-9]+)>"); //$NON-NLS-1$
		for (String name : CalendarWords.AMBIGUOUS_ALONE) {
			ambiguousAlone.add(normalizer.key(name));
		}
		for (int i = 0; i < CalendarWords.WEEKDAY_NAMES.size(); i++) {
			String key = normalizer.key(CalendarWords.WEEKDAY_NAMES.get(i));
			weekdays.add(key);
			weekdayNumbers.putIfAbsent(key, i % 7); // every language lists Monday to Sunday
		}
		// The first word of every name a date can start with (a superset is harmless: the patterns decide).
		Map<String, Integer> kinds = new LinkedHashMap<>();
		for (String month : byName.keySet()) {
			kinds.merge(month.split(" ")[0], MONTH, (a, b) -> a | b); //$NON-NLS-1$
		}
		kinds.merge("يوم", WEEKDAY, (a, b) -> a | b); //$NON-NLS-1$
		for (String day : weekdays) {
			kinds.merge(day.split(" ")[0], WEEKDAY, (a, b) -> a | b); //$NON-NLS-1$
			kinds.merge("ال" + day.split(" ")[0], WEEKDAY, (a, b) -> a | b); //$NON-NLS-1$ //$NON-NLS-2$
		}
		kinds.merge("شهر", MONTH_WORD, (a, b) -> a | b); //$NON-NLS-1$
		for (String word : new String[] { "last", "next", "this", "letzten", "vergangenen", "nachsten", "kommenden", "im", "lo", "il" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
			kinds.merge(word, RELATIVE, (a, b) -> a | b);
		}
		for (String word : new String[] { "in", "nel", "dal", "del", "nell", "en", "em", "im", "since", "depuis", "desde", "seit", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$
				"until", "fino", "jusqu", "hasta", "ate", "bis" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			kinds.merge(word, YEAR_CUE, (a, b) -> a | b);
		}
		for (String conjunction : new String[] { "", "و", "ف", "ب", "ل" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			for (String article : new String[] { "", "ال" }) { //$NON-NLS-1$ //$NON-NLS-2$
				for (String year : new String[] { "عام", "سنه" }) { //$NON-NLS-1$ //$NON-NLS-2$
					kinds.merge(conjunction + article + year, YEAR_CUE, (a, b) -> a | b);
				}
			}
		}
		firstWords = AhoCorasick.trie(new ArrayList<>(kinds.keySet()));
		firstWordKinds = kinds.values().stream().mapToInt(Integer::intValue).toArray();
		// Month and weekday slots are generic words checked against the tables afterwards: one character class
		// costs far less per attempt than an alternation of a hundred and fifty names.
		String word = "\\p{L}+(?: (?:الثاني|الاول))?"; //$NON-NLS-1$
		String month = "(?<m>" + word + ")(?: ?/ ?(?<m2>" + word + "))?"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		String day = "(?<d>[0-3]?[0-9])(?:\\.|er|st|nd|rd|th|o|°)?"; //$NON-NLS-1$
		String year = "(?<y>(?:1[6-9]|20|21)[0-9][0-9])"; //$NON-NLS-1$
		String weekday = "(?:(?<w>(?:يوم )?\\p{L}+(?: feira)?)(?:, ?| )(?:(?:le|el|il|den|o) )?)?"; //$NON-NLS-1$
		String before = "(?<![\\p{L}\\p{N}])"; //$NON-NLS-1$
		String after = "(?![\\p{L}\\p{N}])"; //$NON-NLS-1$
		String ofWord = "(?:(?:de|del|di|of) )?"; //$NON-NLS-1$
		// an abbreviated month may keep its full stop before the year: "5 févr. 2024", "3. Okt. 2023", "5 de dic. de 2023"
		patterns.add(Pattern.compile(before + weekday + day + " ?" + ofWord + month + "(?:\\.?,? " + ofWord + year + ")?" + after)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		patterns.add(Pattern.compile(before + weekday + month + "\\.? " + day + "(?:, ?" + year + ")?" + after)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		patterns.add(Pattern.compile(before + month + "\\.?,? " + ofWord + year + after)); //$NON-NLS-1$
		patterns.add(Pattern.compile(before + "(?<alone>شهر )?" + month //$NON-NLS-1$
				+ " (?<rel>الماضي|المقبل|القادم|المنصرم|الحالي|scorso|prossimo|dernier|prochain|pasado|proximo|passado)" + after)); //$NON-NLS-1$
		patterns.add(Pattern.compile(before + "(?<rel2>last|next|this|letzten|vergangenen|nachsten|kommenden|im|lo scorso|il prossimo) " //$NON-NLS-1$
				+ month + after));
		patterns.add(Pattern.compile(before + "شهر " + month + after)); //$NON-NLS-1$
		patterns.add(Pattern.compile(before + "(?:[وفبل]?(?:ال)?(?:عام|سنه) |(?:in|nel|dal|del|nell'anno|en|em|im jahr|im|since|depuis|desde|seit|until|fino al|jusqu'en|hasta|ate|bis) )" + year + after)); //$NON-NLS-1$ //$NON-NLS-2$
		patterns.add(Pattern.compile(before + "(?<d>[0-3]?[0-9])[/.](?<mn>[01]?[0-9])[/.]" + year + after)); //$NON-NLS-1$
		patterns.add(Pattern.compile(before + year + " (?<mn>[01][0-9]) (?<d>[0-3][0-9])" + after)); // 2024-06-19: the hyphens read as spaces //$NON-NLS-1$
		// Month first without a weekday: at a month the weekday slot would take كانون of كانون الثاني 17 and fail.
		patterns.add(Pattern.compile(before + month + "\\.? " + day + "(?:, ?" + year + ")?" + after)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		for (int p = 0; p < patterns.size(); p++) {
			Set<String> groups = new HashSet<>();
			Matcher names = groupName.matcher(patterns.get(p).pattern());
			while (names.find()) {
				groups.add(names.group(1));
			}
			groupsOf.add(groups);
			monthAlone.add(p >= 3 && p <= 5);
			yearCue.add(p == 6);
		}
	}

	@Override
	public String id() {
		return "dossier.dates"; //$NON-NLS-1$
	}

	@Override
	public String name() {
		return "Dates"; //$NON-NLS-1$
	}

	@Override
	public Set<String> languages() {
		return Set.of("ar", "en", "it", "fr", "es", "de", "pt"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
	}

	@Override
	public int priority() {
		return 70;
	}

	@Override
	public List<Suggestion> recognize(RecognitionContext context) {
		NormalizedText normalized = context.normalized();
		String text = normalized.text();
		List<int[]> spans = new ArrayList<>();
		List<String> values = new ArrayList<>();
		String published = context.article().published();
		Set<Long> seen = new HashSet<>();
		Matcher[] matchers = new Matcher[patterns.size()];
		for (int p = 0; p < matchers.length; p++) {
			matchers[p] = patterns.get(p).matcher(text);
		}
		// Where a date can start: a number, or a word that can begin one (a month, a weekday, a cue such as عام,
		// nel, since). Every pattern that could match there is tried, in pattern order; nothing else is.
		int length = text.length();
		int[] kindHolder = new int[2];
		List<Integer> standaloneStarts = new ArrayList<>();
		AhoCorasick.Hit kindOf = (key, end) -> {
			if (end == kindHolder[1]) {
				kindHolder[0] |= firstWordKinds[key];
			}
		};
		for (int start = 0; start < length; start++) {
			char first = text.charAt(start);
			if (start > 0 && TextNormalizer.isWordChar(text.charAt(start - 1)) || !TextNormalizer.isWordChar(first)) {
				continue;
			}
			int[] candidates;
			if (first >= '0' && first <= '9') {
				int run = start + 1;
				while (run < length && text.charAt(run) >= '0' && text.charAt(run) <= '9') {
					run++;
				}
				candidates = DateContext.digitPatterns(text, start, run);
				if (run - start == 4) {
					standaloneStarts.add(start); // perhaps a year standing alone
				}
			} else {
				int wordEnd = start;
				while (wordEnd < length && Character.isLetter(text.charAt(wordEnd))) {
					wordEnd++;
				}
				kindHolder[0] = 0;
				kindHolder[1] = wordEnd;
				firstWords.walk(text, start, wordEnd, kindOf);
				candidates = PATTERNS_BY_KIND[kindHolder[0]];
				if ((kindHolder[0] & (MONTH | WEEKDAY)) != 0) {
					standaloneStarts.add(start); // perhaps a month or a weekday standing alone
				}
			}
			for (int p : candidates) {
				Matcher matcher = matchers[p];
				matcher.useTransparentBounds(true).useAnchoringBounds(false).region(start, Math.min(length, start + 120));
				if (!matcher.lookingAt()) {
					continue;
				}
				Set<String> groups = groupsOf.get(p);
				String value = value(matcher, groups, monthAlone.get(p), published);
				if (value == null || !DateWords.abbreviationOfLanguage(group(matcher, groups, "m"), context.baseLanguage()) //$NON-NLS-1$
						|| DateWords.fullStopAfterWholeName(matcher, groups)) {
					continue;
				}
				int from = matcher.start();
				int end = matcher.end();
				if (yearCue.get(p) && !DateContext.isArabic(text.charAt(from))) {
					from = matcher.start("y"); // "nel 2022": the date is the year //$NON-NLS-1$
				}
				if (groups.contains("w") && matcher.group("w") != null && !isWeekday(matcher.group("w"))) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					from = Math.min(matcher.start(groups.contains("d") && matcher.start("d") < matcher.start("m") ? "d" : "m"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
							end);
				}
				if (seen.add(Gazetteer.spanKey(from, end))) {
					spans.add(new int[] { from, end });
					values.add(value);
				}
			}
		}
		// Longest first, then leftmost; overlapping shorter ones are dropped.
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < spans.size(); i++) {
			order.add(i);
		}
		order.sort(Comparator.<Integer>comparingInt(i -> spans.get(i)[0] - spans.get(i)[1]).thenComparingInt(i -> spans.get(i)[0]));
		BitSet kept = new BitSet(text.length());
		List<Suggestion> suggestions = new ArrayList<>();
		DateSuggestions dates = new DateSuggestions(context, id());
		for (int i : order) {
			int[] span = spans.get(i);
			int next = kept.nextSetBit(span[0]);
			if (next >= 0 && next < span[1]) {
				continue;
			}
			kept.set(span[0], span[1]);
			int start = normalized.originalStart(span[0]);
			int end = normalized.originalEnd(span[1]);
			suggestions.add(dates.of(start, end, values.get(i), 0.9));
		}
		addStandalone(context, standaloneStarts, suggestions, dates);
		Decades.find(context, dates, suggestions);
		CalendarWeeks.find(context, dates, suggestions);
		Centuries.find(context, dates, suggestions);
		return suggestions;
	}

	/** The day of the month in brackets after a weekday, as Brazilian news writes it: " (24)", " (10 de maio)". */
	private static final Pattern DAY_IN_BRACKETS = Pattern.compile(" ?\\((?:[0-3]?\\d)(?: de \\p{L}+)?\\)"); //$NON-NLS-1$

	/** A year, a range of years, a month or a weekday standing alone, in the article's own text. */
	private static final Pattern STANDALONE = Pattern.compile("(?<![\\p{L}\\p{N}.,/-])(?:" //$NON-NLS-1$
			+ "(?<y1>(?:1[89]|20)\\d\\d) ?[-–/] ?(?<y2>(?:1[89]|20)\\d\\d|\\d\\d)(?![\\p{L}\\p{N}]|[.,]\\d)" //$NON-NLS-1$
			+ "|(?<yce>(?:1[89]|20)\\d\\d) ?م" // "2019م": the Arabic year of the common era, its letter after it //$NON-NLS-1$
			+ "|(?<y>(?:1[89]|20)\\d\\d)(?![\\p{L}\\p{N}%]|[.,]\\d| ?[-–/] ?\\d)" //$NON-NLS-1$
			+ "|(?<word>(?:يوم )?\\p{L}{3,}(?:-feira)?))(?![\\p{L}\\p{N}])"); //$NON-NLS-1$

	/**
	 * The dates standing alone at {@code starts} (offsets into the normalised text where the scan saw four digits, or a
	 * word that begins a month's or a weekday's name): only there is the pattern tried.
	 */
	private void addStandalone(RecognitionContext context, List<Integer> starts, List<Suggestion> suggestions,
			DateSuggestions dates) {
		if (starts.isEmpty()) {
			return;
		}
		String text = context.article().text();
		String language = context.baseLanguage();
		BitSet taken = new BitSet(text.length());
		for (Suggestion suggestion : suggestions) {
			taken.set(suggestion.mention().start(), suggestion.mention().end());
		}
		TextNormalizer normalizer = TextNormalizer.standard();
		Matcher matcher = STANDALONE.matcher(text);
		matcher.useTransparentBounds(true).useAnchoringBounds(false);
		List<Suggestion> added = new ArrayList<>();
		NormalizedText normalized = context.normalized();
		int previous = -1;
		for (int at : starts) {
			int from = normalized.originalStart(at);
			if (from <= previous) {
				continue;
			}
			if (from > 0 && text.startsWith("يوم ", from - 4)) { //$NON-NLS-1$
				from -= 4; // يوم الأحد: the day word belongs to the date
			}
			matcher.region(from, text.length());
			if (!matcher.lookingAt()) {
				continue;
			}
			int start = matcher.start();
			int end = matcher.end();
			previous = end;
			int next = taken.nextSetBit(start);
			if (next >= 0 && next < end) {
				continue;
			}
			String value;
			String y1 = matcher.group("y1"); //$NON-NLS-1$
			if (y1 != null) {
				String second = Objects.requireNonNull(matcher.group("y2")); //$NON-NLS-1$
				int first = Integer.parseInt(y1);
				int last = second.length() == 2 ? first / 100 * 100 + Integer.parseInt(second) : Integer.parseInt(second);
				if (last <= first || last - first > 100) {
					continue;
				}
				value = first + "/" + last; //$NON-NLS-1$
			} else if (matcher.group("yce") != null) { //$NON-NLS-1$
				value = matcher.group("yce"); //$NON-NLS-1$
			} else if (matcher.group("y") != null) { //$NON-NLS-1$
				if (!DateContext.yearInContext(text, start, end)) {
					continue;
				}
				value = matcher.group("y"); //$NON-NLS-1$
			} else {
				String word = matcher.group("word"); //$NON-NLS-1$
				String lower = word.toLowerCase(Locale.ROOT);
				if (!word.startsWith("يوم ") && !CalendarWords.isCalendarWord(lower) && !CalendarWords.isCalendarWord(lower.replace('-', ' ')) //$NON-NLS-1$
						&& !(lower.startsWith("ال") && CalendarWords.isCalendarWord(lower.substring(2)))) { //$NON-NLS-1$
					continue; // most words: no table look-up beyond this one
				}
				String key = normalizer.key(word);
				Integer month = monthNumbers.get(key);
				boolean capitalised = Character.isUpperCase(word.codePointAt(0));
				boolean capitalisedLanguage = "en".equals(language) || "de".equals(language); //$NON-NLS-1$ //$NON-NLS-2$
				if (month != null && !key.contains(" ") && (!ambiguousAlone.contains(key) && key.length() > 3 //$NON-NLS-1$
						|| DateWords.AMBIGUOUS_MONTHS.contains(key) && DateWords.monthPrepositionBefore(text, start, language))
						&& (capitalised || !capitalisedLanguage) && !(capitalised && DateContext.sentenceInitial(text, start) && !capitalisedLanguage)) {
					value = "--" + pad(month, 2); //$NON-NLS-1$
				} else if (isWeekday(key.replace('-', ' ')) && (word.startsWith("يوم ") || !DateContext.isArabic(word.charAt(0)) //$NON-NLS-1$
						|| DateWords.arabicWeekdayAlone(text, start, end, key))
						&& (capitalised || !capitalisedLanguage)) {
					value = "weekday-" + (weekdayIndex(key) + 1); //$NON-NLS-1$
					Matcher day = DAY_IN_BRACKETS.matcher(text).region(end, text.length());
					if (day.lookingAt()) {
						end = day.end(); // "neste sábado (24)", "nesta segunda-feira (10 de maio)": the day's date in brackets is the weekday's
					}
				} else {
					continue;
				}
			}
			added.add(dates.of(start, end, Objects.requireNonNull(value), 0.75));
			taken.set(start, end);
		}
		suggestions.addAll(added);
	}

	/** Monday 0 … Sunday 6 for a weekday's key, with or without يوم and the article. */
	private int weekdayIndex(String key) {
		String day = key.startsWith("يوم ") ? key.substring(4) : key; //$NON-NLS-1$
		day = day.startsWith("ال") && day.length() > 3 ? day.substring(2) : day; //$NON-NLS-1$
		return weekdayNumbers.getOrDefault(day.replace('-', ' '), 0);
	}


	private static final Pattern PUBLISHED = Pattern.compile("\\d{4}-\\d{2}"); //$NON-NLS-1$
	private static final Set<String> FUTURE = Set.of("المقبل", "القادم", "prossimo", "il prossimo", "prochain", "proximo", "next", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			"nachsten", "kommenden"); //$NON-NLS-1$ //$NON-NLS-2$

	private static String pad(int number, int width) {
		String digits = Integer.toString(number);
		return digits.length() >= width ? digits : "0000".substring(0, width - digits.length()) + digits; //$NON-NLS-1$
	}

	private boolean isWeekday(@Nullable String word) {
		String day = word.startsWith("يوم ") ? word.substring(4) : word; //$NON-NLS-1$
		day = day.startsWith("ال") && day.length() > 3 ? day.substring(2) : day; //$NON-NLS-1$
		return weekdays.contains(day);
	}

	private @Nullable String value(Matcher matcher, Set<String> groups, boolean alone, @Nullable String published) {
		int month = 0;
		String monthName = group(matcher, groups, "m"); //$NON-NLS-1$
		if (monthName != null) {
			month = monthNumbers.getOrDefault(monthName, 0);
			if (month == 0 || (alone && ambiguousAlone.contains(monthName))) {
				return null;
			}
			String second = group(matcher, groups, "m2"); //$NON-NLS-1$
			if (second != null && monthNumbers.getOrDefault(second, 0) != month) {
				return null; // "يونيو/تموز" names two months: not one date
			}
		} else if (group(matcher, groups, "mn") != null) { //$NON-NLS-1$
			month = Integer.parseInt(Objects.requireNonNull(group(matcher, groups, "mn"))); //$NON-NLS-1$
			if (month < 1 || month > 12) {
				return null;
			}
		}
		String dayNumber = group(matcher, groups, "d"); //$NON-NLS-1$
		int day = dayNumber != null ? Integer.parseInt(dayNumber) : 0;
		if (group(matcher, groups, "d") != null && (day < 1 || day > 31)) { //$NON-NLS-1$
			return null;
		}
		String yearText = group(matcher, groups, "y"); //$NON-NLS-1$
		int year = yearText != null ? Integer.parseInt(yearText) : 0;
		if (year == 0 && month > 0 && published != null && PUBLISHED.matcher(published).lookingAt()) { //$NON-NLS-1$
			int publishedYear = Integer.parseInt(published.substring(0, 4));
			int publishedMonth = Integer.parseInt(published.substring(5, 7));
			String relative = group(matcher, groups, "rel") != null ? group(matcher, groups, "rel") : group(matcher, groups, "rel2"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			boolean future = relative != null && FUTURE.contains(relative); //$NON-NLS-1$
			year = future ? (month < publishedMonth ? publishedYear + 1 : publishedYear)
					: (month > publishedMonth ? publishedYear - 1 : publishedYear);
		}
		if (month == 0) {
			return year > 0 ? pad(year, 4) : null; //$NON-NLS-1$
		}
		if (day > 0) {
			if (day > Month.of(month).maxLength()) {
				return null;
			}
			return year > 0 ? pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2) : "--" + pad(month, 2) + "-" + pad(day, 2); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return year > 0 ? pad(year, 4) + "-" + pad(month, 2) : "--" + pad(month, 2); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static @Nullable String group(Matcher matcher, Set<String> groups, String name) {
		return groups.contains(name) ? matcher.group(name) : null;
	}
}
