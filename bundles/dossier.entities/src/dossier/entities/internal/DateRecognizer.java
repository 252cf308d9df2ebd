package dossier.entities.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dossier.entities.Entity;
import dossier.entities.EntityType;
import dossier.entities.Mention;
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

	private static final String[][] MONTHS = {
			{ "يناير", "كانون الثاني", "جانفي", "january", "jan", "gennaio", "janvier", "enero", "januar", "jänner", "janeiro" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
			{ "فبراير", "شباط", "فيفري", "february", "feb", "febbraio", "février", "febrero", "februar", "fevereiro" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
			{ "مارس", "آذار", "march", "mar", "marzo", "mars", "märz", "março" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			{ "أبريل", "إبريل", "نيسان", "أفريل", "april", "apr", "aprile", "avril", "abril" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			{ "مايو", "أيار", "ماي", "may", "maggio", "mai", "mayo", "maio" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			{ "يونيو", "يونيه", "حزيران", "جوان", "june", "jun", "giugno", "juin", "junio", "juni", "junho" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
			{ "يوليو", "يوليه", "تموز", "جويلية", "يوليوز", "july", "jul", "luglio", "juillet", "julio", "juli", "julho" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$
			{ "أغسطس", "آب", "أوت", "غشت", "august", "aug", "agosto", "août", "agosto" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			{ "سبتمبر", "أيلول", "شتنبر", "september", "sep", "sept", "settembre", "septembre", "septiembre", "setiembre", "setembro" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
			{ "أكتوبر", "تشرين الأول", "october", "oct", "ottobre", "octobre", "octubre", "oktober", "outubro" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			{ "نوفمبر", "تشرين الثاني", "نونبر", "november", "nov", "novembre", "noviembre", "novembro" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			{ "ديسمبر", "كانون الأول", "دجنبر", "december", "dec", "dicembre", "décembre", "diciembre", "dezember", "dezembro" } }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$

	/** Month names too common as ordinary words to stand alone (without a day or a year). */
	private static final Set<String> AMBIGUOUS_ALONE = java.util.stream.Stream.of("may", "mar", "mars", "mai", "jan", "sep", "آب", "ماي", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			"august", "jun", "jul", "aug", "oct", "nov", "dec", "feb", "apr", "sept").collect(java.util.stream.Collectors.toUnmodifiableSet()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$

	private static final String WEEKDAYS = "(?:(?:يوم )?(?:ال)?(?:اثنين|ثلاثاء|اربعاء|خميس|جمعه|سبت|احد)" //$NON-NLS-1$
			+ "|monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunedi|martedi|mercoledi|giovedi|venerdi|sabato" //$NON-NLS-1$
			+ "|domenica|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miercoles|jueves|viernes" //$NON-NLS-1$
			+ "|sabado|domingo|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag" //$NON-NLS-1$
			+ "|segunda feira|terca feira|quarta feira|quinta feira|sexta feira)(?:, ?| )(?:(?:le|el|il|den|o) )?"; //$NON-NLS-1$

	public static final DateRecognizer INSTANCE = new DateRecognizer();

	private final Map<String, Integer> monthNumbers = new HashMap<>();
	private final List<Pattern> patterns = new ArrayList<>();

	public DateRecognizer() {
		TextNormalizer normalizer = TextNormalizer.standard();
		Map<String, Integer> byName = new LinkedHashMap<>();
		for (int m = 0; m < MONTHS.length; m++) {
			for (String name : MONTHS[m]) {
				byName.put(normalizer.key(name), m + 1);
			}
		}
		monthNumbers.putAll(byName);
		String all = alternation(byName.keySet());
		String alone = alternation(byName.keySet().stream()
				.filter(name -> AMBIGUOUS_ALONE.stream().map(normalizer::key).noneMatch(name::equals)).toList());
		String month = "(?<m>" + all + ")(?: ?/ ?(?<m2>" + all + "))?"; //$NON-NLS-1$ //$NON-NLS-2$
		String monthAlone = "(?<m>" + alone + ")(?: ?/ ?(?<m2>" + all + "))?"; //$NON-NLS-1$ //$NON-NLS-2$
		String day = "(?<d>[0-3]?[0-9])(?:\\.|er|st|nd|rd|th|o|°)?"; //$NON-NLS-1$
		String year = "(?<y>(?:1[6-9]|20|21)[0-9][0-9])"; //$NON-NLS-1$
		String weekday = "(?:" + WEEKDAYS + ")?"; //$NON-NLS-1$ //$NON-NLS-2$
		String before = "(?<![\\p{L}\\p{N}])"; //$NON-NLS-1$
		String after = "(?![\\p{L}\\p{N}])"; //$NON-NLS-1$
		String ofWord = "(?:(?:de|del|di|of) )?"; //$NON-NLS-1$
		patterns.add(Pattern.compile(before + weekday + day + " ?" + ofWord + month + "(?:,? " + ofWord + year + ")?" + after)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		patterns.add(Pattern.compile(before + weekday + month + " " + day + "(?:, ?" + year + ")?" + after)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		patterns.add(Pattern.compile(before + month + ",? " + ofWord + year + after)); //$NON-NLS-1$
		patterns.add(Pattern.compile(before + "(?:شهر )?" + monthAlone //$NON-NLS-1$
				+ " (?<rel>الماضي|المقبل|القادم|المنصرم|الحالي|scorso|prossimo|dernier|prochain|pasado|proximo|passado)" + after)); //$NON-NLS-1$
		patterns.add(Pattern.compile(before + "(?<rel2>last|next|this|letzten|vergangenen|nachsten|kommenden|im|lo scorso|il prossimo) " //$NON-NLS-1$
				+ monthAlone + after));
		patterns.add(Pattern.compile(before + "شهر " + monthAlone + after)); //$NON-NLS-1$
		patterns.add(Pattern.compile(before + "(?:[وفبل]?(?:ال)?(?:عام|سنه) |(?:in|nel|dal|del|nell'anno|en|em|im jahr|im|since|depuis|desde|seit|until|fino al|jusqu'en|hasta|ate|bis) )" + year + after)); //$NON-NLS-1$ //$NON-NLS-2$
		patterns.add(Pattern.compile(before + "(?<d>[0-3]?[0-9])[/.](?<mn>[01]?[0-9])[/.]" + year + after)); //$NON-NLS-1$
		patterns.add(Pattern.compile(before + year + "-(?<mn>[01][0-9])-(?<d>[0-3][0-9])" + after)); //$NON-NLS-1$
	}

	private static String alternation(java.util.Collection<String> names) {
		return names.stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s))
				.map(Pattern::quote).collect(Collectors.joining("|")); //$NON-NLS-1$
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
		for (Pattern pattern : patterns) {
			Matcher matcher = pattern.matcher(text);
			while (matcher.find()) {
				String value = value(matcher, published);
				if (value == null) {
					continue;
				}
				int start = matcher.start();
				int end = matcher.end();
				if (pattern.pattern().contains("in|nel|dal") && !isArabic(text.charAt(start))) { //$NON-NLS-1$
					start = matcher.start("y"); // "nel 2022": the date is the year //$NON-NLS-1$
				}
				spans.add(new int[] { start, end });
				values.add(value);
			}
		}
		// Longest first, then leftmost; overlapping shorter ones are dropped.
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < spans.size(); i++) {
			order.add(i);
		}
		order.sort(Comparator.<Integer>comparingInt(i -> spans.get(i)[0] - spans.get(i)[1]).thenComparingInt(i -> spans.get(i)[0]));
		List<int[]> kept = new ArrayList<>();
		List<Suggestion> suggestions = new ArrayList<>();
		for (int i : order) {
			int[] span = spans.get(i);
			if (kept.stream().anyMatch(k -> k[0] < span[1] && span[0] < k[1])) {
				continue;
			}
			kept.add(span);
			int start = normalized.originalStart(span[0]);
			int end = normalized.originalEnd(span[1]);
			String value = values.get(i);
			String entityId = "date:" + value; //$NON-NLS-1$
			Mention mention = new Mention(context.article().id(), start, end, context.article().text().substring(start, end),
					entityId, EntityType.DATE.id(), id(), 0.9, null);
			suggestions.add(new Suggestion(mention, new Entity(entityId, EntityType.DATE.id(), Map.of("und", value), null, null, null))); //$NON-NLS-1$
		}
		return suggestions;
	}

	private static boolean isArabic(char c) {
		return c >= 0x0600 && c <= 0x06FF;
	}

	private String value(Matcher matcher, String published) {
		int month = 0;
		String monthName = group(matcher, "m"); //$NON-NLS-1$
		if (monthName != null) {
			month = monthNumbers.getOrDefault(monthName, 0);
			String second = group(matcher, "m2"); //$NON-NLS-1$
			if (second != null && monthNumbers.getOrDefault(second, 0) != month) {
				return null; // "يونيو/تموز" names two months: not one date
			}
		} else if (group(matcher, "mn") != null) { //$NON-NLS-1$
			month = Integer.parseInt(group(matcher, "mn")); //$NON-NLS-1$
			if (month < 1 || month > 12) {
				return null;
			}
		}
		int day = group(matcher, "d") != null ? Integer.parseInt(group(matcher, "d")) : 0; //$NON-NLS-1$ //$NON-NLS-2$
		if (group(matcher, "d") != null && (day < 1 || day > 31)) { //$NON-NLS-1$
			return null;
		}
		String yearText = group(matcher, "y"); //$NON-NLS-1$
		int year = yearText != null ? Integer.parseInt(yearText) : 0;
		if (year == 0 && month > 0 && published != null && published.matches("\\d{4}-\\d{2}.*")) { //$NON-NLS-1$
			int publishedYear = Integer.parseInt(published.substring(0, 4));
			int publishedMonth = Integer.parseInt(published.substring(5, 7));
			String relative = group(matcher, "rel") != null ? group(matcher, "rel") : group(matcher, "rel2"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			boolean future = relative != null && relative.matches("المقبل|القادم|prossimo|il prossimo|prochain|proximo|next|nachsten|kommenden"); //$NON-NLS-1$
			year = future ? (month < publishedMonth ? publishedYear + 1 : publishedYear)
					: (month > publishedMonth ? publishedYear - 1 : publishedYear);
		}
		if (month == 0) {
			return year > 0 ? String.format("%04d", year) : null; //$NON-NLS-1$
		}
		if (day > 0) {
			if (day > java.time.Month.of(month).maxLength()) {
				return null;
			}
			return year > 0 ? String.format("%04d-%02d-%02d", year, month, day) : String.format("--%02d-%02d", month, day); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return year > 0 ? String.format("%04d-%02d", year, month) : String.format("--%02d", month); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String group(Matcher matcher, String name) {
		try {
			return matcher.group(name);
		} catch (IllegalArgumentException e) {
			return null;
		}
	}
}
