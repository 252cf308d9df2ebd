// SPDX-License-Identifier: EPL-2.0
package dossier.entities.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.Nullable;

import dossier.entities.Entity;
import dossier.entities.EntityType;
import dossier.entities.Mention;
import dossier.entities.MentionStatus;
import dossier.entities.NormalizedText;
import dossier.entities.RecognitionContext;
import dossier.entities.Recognizer;
import dossier.entities.TextNormalizer;

/**
 * A name after a title word (الرئيس, president, presidente, ministro, Kanzlerin…) is suggested as a PERSON with
 * low confidence even when no catalogue knows it. Latin script: one to three capitalised words, after at most
 * one lower-case word (il presidente <i>russo</i> Vladimir Putin). Arabic script, which has no capitals: after
 * adjectives with ال (الرئيس <i>الروسي</i>), one or two words that are not function words.
 */
public final class ContextRules implements Recognizer {

	private static final double CONFIDENCE = 0.35;

	static final List<String> TITLES = List.of("الرئيس", "رئيس الوزراء", "رئيس الحكومة", "رئيسة الوزراء", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"الملك", "الملكة", "الأمير", "الأميرة", "الوزير", "وزير الخارجية", "وزير الدفاع", "وزيرة الخارجية", "المستشار", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			"المستشارة", "السيد", "السيدة", "الشيخ", "الجنرال", "الرئيسة", "النائب", "السفير", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			"president", "prime minister", "foreign minister", "minister", "chancellor", "senator", "general", "king", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			"queen", "prince", "mr", "mrs", "ms", "dr", "sheikh", "ambassador", "secretary general", "spokesman", "spokeswoman", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
			"presidente", "presidenta", "ministro", "ministra", "premier", "cancelliere", "segretario generale", "senatore", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			"generale", "ambasciatore", "portavoce", "signor", "onorevole", "président", "présidente", "ministre", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			"premier ministre", "chancelier", "secrétaire général", "porte parole", "ambassadeur", "roi", "reine", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			"monsieur", "madame", "rey", "reina", "canciller", "secretario general", "portavoz", "embajador", "señor", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			"präsident", "präsidentin", "kanzler", "kanzlerin", "bundeskanzler", "bundeskanzlerin", "ministerin", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			"ministerpräsident", "ministerpräsidentin", "außenminister", "außenministerin", "regierungschef", "herr", "frau", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			"generalsekretär", "könig", "königin", "primeiro ministro", "primeira ministra", "chanceler", "senhor", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			"secretário geral", "porta voz", "embaixador"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	/** Arabic words that end a name: particles, pronouns, common verbs after a title. */
	private static final Set<String> ARABIC_STOP = Stream.of("في", "من", "الى", "إلى", "على", "عن", "مع", "بعد", "قبل", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			"ذلك", "هذا", "هذه", "هو", "هي", "أن", "إن", "انه", "انها", "بأن", "بانه", "بانها", "بأنها", "بأنه", "قد", "لقد", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$ //$NON-NLS-16$
			"كان", "كانت", "يكون", "لم", "لن", "لا", "ما", "ماذا", "الذي", "التي", "الذين", "و", "أو", "ثم", "حتى", "عند", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$ //$NON-NLS-16$
			"خلال", "منذ", "حول", "بين", "نفسه", "أيضا", "ايضا", "يقوم", "قال", "أكد", "اكد", "أعلن", "اعلن", "يقول", "وقال", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$
			"زار", "يزور", "ذهب", "وصل", "التقى", "دعا", "أشار", "اشار", "شدد", "وشدد", "لدى", "أمام", "امام", "عبر", "ضد", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$
			"السابق", "الحالي", "الجديد", "المنتخب", "يوم", "اليوم", "امس", "أمس", "غدا", "كل", "بعض", "جميع", "كما", "لكن").collect(Collectors.toUnmodifiableSet()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$
	/** Nationality adjectives after a title (الرئيس الروسي): never the name, although they end in ي like a family name. */
	private static final Set<String> ARABIC_NATIONALITIES = Stream.of("الروسي", "الأمريكي", "الأميركي", "الفرنسي", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"البريطاني", "الألماني", "الإيطالي", "الصيني", "الإيراني", "التركي", "المصري", "السوري", "العراقي", "اللبناني", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
			"الأردني", "السعودي", "الإماراتي", "القطري", "الكويتي", "اليمني", "الليبي", "التونسي", "الجزائري", "المغربي", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
			"السوداني", "الفلسطيني", "الإسرائيلي", "الأوكراني", "الهندي", "الياباني", "الكوري", "الإسباني", "البرتغالي", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			"الكندي", "الأسترالي", "البرازيلي", "المكسيكي", "الأرجنتيني", "الباكستاني", "الأفغاني", "النيجيري", "الإثيوبي", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			"الصومالي", "الموريتاني", "العماني", "البحريني", "الهولندي", "البلجيكي", "السويدي", "النرويجي", "الدنماركي", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			"السويسري", "النمساوي", "اليوناني", "البولندي", "المجري", "الروماني", "الصربي", "الأوروبي", "الأفريقي", "العربي", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
			"الفنزويلي", "الكوبي", "الكولومبي", "التشيلي", "البيروفي", "الإندونيسي", "الماليزي", "الفلبيني", "الفيتنامي", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			"التايلاندي", "الأذربيجاني", "الأرمني", "الجورجي", "البيلاروسي", "الكازاخي", "الأوزبكي", "الليبيري", "الغاني", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			"الكيني", "التشادي", "المالي", "النيجري", "السنغالي", "الجيبوتي", "الإريتري", "الأوغندي", "الرواندي", "الكونغولي", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
			"الإيرلندي", "الأيرلندي", "الفنلندي", "التشيكي", "الكرواتي", "البلغاري", "الألباني", "القبرصي", "المالطي", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			"الاتحادي", "الأمني", "الحالي", "السابق", "الأعلى", "التنفيذي", "الإقليمي", "الدولي", "الوطني") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			.map(TextNormalizer.standard()::key).collect(Collectors.toUnmodifiableSet());
	private static final Set<String> NAME_LINKS = Stream.of("عبد", "ابو", "بن", "ابن", "ابي").collect(Collectors.toUnmodifiableSet()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	private static final Set<String> LATIN_STOP = Stream.of("the", "of", "and", "for", "in", "on", "at", "to", "a", "an", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
			"il", "lo", "la", "le", "les", "el", "los", "las", "der", "die", "das", "des", "o", "os", "as", "de", "di", "del", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$ //$NON-NLS-16$ //$NON-NLS-17$ //$NON-NLS-18$
			"da", "do", "dos", "du", "und", "et", "e", "y", "con", "with", "mit", "avec", "com", "ha", "has", "hat", "a", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$ //$NON-NLS-16$ //$NON-NLS-17$
			"è", "est", "es", "ist", "said", "says", "ha detto", "who", "che", "qui", "que", "der", "im", "nel", "au", "al").collect(Collectors.toUnmodifiableSet()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$ //$NON-NLS-16$

	public static final ContextRules INSTANCE = new ContextRules();

	private final AhoCorasick titleFinder;
	private final Set<String> arabicStop;

	public ContextRules() {
		TextNormalizer normalizer = TextNormalizer.standard();
		titleFinder = AhoCorasick.trie(TITLES.stream().map(normalizer::key).toList()); // walked from word starts only: no failure links
		arabicStop = ARABIC_STOP.stream().map(normalizer::key).collect(Collectors.toSet());
	}

	@Override
	public String id() {
		return "dossier.context"; //$NON-NLS-1$
	}

	@Override
	public String name() {
		return "Context rules"; //$NON-NLS-1$
	}

	@Override
	public Set<String> languages() {
		return Set.of("ar", "en", "it", "fr", "es", "de", "pt"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
	}

	@Override
	public int priority() {
		return 10;
	}

	/** A word of the normalised text, with whether only white space separates it from the next one. */
	private record Word(String text, int start, int end, boolean spaceAfter) {
	}

	@Override
	public List<Suggestion> recognize(RecognitionContext context) {
		NormalizedText normalized = context.normalized();
		String text = normalized.text();
		List<Suggestion> suggestions = new ArrayList<>();
		String original = context.article().text();
		List<int[]> titleSpans = titleSpans(text);
		int consumed = -1;
		// read only when a Latin title needs them: Words.of reads the article's lines for the open-vocabulary pass too
		boolean[] titleLines = null;
		for (int[] title : titleSpans) {
			if (title[0] < consumed) {
				continue;
			}
			List<Word> words = words(text, title[1], Math.min(text.length(), title[1] + 160), 8);
			if (words.isEmpty() || words.get(0).start != title[1] + 1) {
				continue; // the title must be followed by a space and a word
			}
			boolean arabic = Gazetteer.isArabic(text.charAt(title[0]));
			int[] name = arabic ? arabicName(words, 0) : latinName(words, 0, normalized, original);
			if (name == null) {
				continue;
			}
			int start = normalized.originalStart(words.get(name[0]).start);
			int end = normalized.originalEnd(words.get(name[1]).end);
			if (context.taken(start, end) || context.taken(normalized.originalStart(title[0]), start)) {
				continue;
			}
			String covered = original.substring(start, end);
			int titleEnd = normalized.originalEnd(title[1]);
			if (titleEnd <= start && original.substring(titleEnd, start).indexOf('\n') >= 0) {
				continue; // "... Against His Country's President\nWhen it comes to": a line's last word is no title of the next line's
			}
			if (!arabic) {
				if (titleLines == null) {
					titleLines = Words.titleLines(original, "de".equals(context.baseLanguage())); //$NON-NLS-1$
				}
				if (titleLines[lineOf(original, start)]) {
					continue; // a headline in title case: "Minister Wins Damages Against Zambian Gossip Website"
				}
			}
			if (!arabic && headInside(covered)) {
				continue; // "the general Assembly", "il presidente Consiglio": a title before an institution's head, not before a person
			}
			String entityId = "new:person:" + slug(words, name); //$NON-NLS-1$
			Mention mention = new Mention(context.article().id(), start, end, covered, entityId, EntityType.PERSON.id(), id(),
					CONFIDENCE, MentionStatus.SUGGESTED);
			suggestions.add(new Suggestion(mention, new Entity(entityId, EntityType.PERSON.id(),
					Map.of(context.baseLanguage().equals("und") ? "und" : context.baseLanguage(), covered), Map.of(), null, //$NON-NLS-1$ //$NON-NLS-2$
					"suggested by a context rule"))); //$NON-NLS-1$
			consumed = words.get(name[1]).end;
		}
		return suggestions;
	}

	/**
	 * Where a title stands: at a word's start, or after the conjunction و or ف fused to an Arabic word ("والرئيس"),
	 * ending where a word ends. The trie is walked from those starts only (one probe or two per word, not a scan of
	 * every character); the spans come in the order of their ends, then of their starts.
	 */
	private List<int[]> titleSpans(String text) {
		List<int[]> spans = new ArrayList<>();
		int n = text.length();
		for (int i = 0; i < n; i++) {
			char c = text.charAt(i);
			if (!TextNormalizer.isWordChar(c) || i > 0 && TextNormalizer.isWordChar(text.charAt(i - 1))) {
				continue;
			}
			titlesFrom(text, i, spans);
			if ((c == 'و' || c == 'ف') && i + 1 < n && Gazetteer.isArabic(text.charAt(i + 1))) {
				titlesFrom(text, i + 1, spans);
			}
		}
		spans.sort(Comparator.<int[]>comparingInt(span -> span[1]).thenComparingInt(span -> span[0]));
		return spans;
	}

	private void titlesFrom(String text, int start, List<int[]> spans) {
		titleFinder.walk(text, start, text.length(), (key, end) -> {
			if (end == text.length() || !TextNormalizer.isWordChar(text.charAt(end))) {
				spans.add(new int[] { start, end });
			}
		});
	}

	/** The index of the line of {@code text} that holds {@code offset}. */
	private static int lineOf(String text, int offset) {
		int line = 0;
		for (int i = 0; i < offset; i++) {
			if (text.charAt(i) == '\n') {
				line++;
			}
		}
		return line;
	}

	private static String slug(List<Word> words, int[] name) {
		StringBuilder slug = new StringBuilder();
		for (int w = name[0]; w <= name[1]; w++) {
			slug.append(slug.length() > 0 ? "-" : "").append(words.get(w).text); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return slug.toString().toLowerCase(Locale.ROOT);
	}

	private int @Nullable [] arabicName(List<Word> words, int from) {
		int w = from;
		int adjectives = 0;
		while (w < words.size() && words.get(w).text.startsWith("ال") && !arabicStop.contains(words.get(w).text) && adjectives < 2) { //$NON-NLS-1$
			w++;
			adjectives++;
			if (w - 1 >= 0 && !words.get(w - 1).spaceAfter && !isComma(words.get(w - 1))) {
				return null;
			}
		}
		if (adjectives > 0 && w < words.size() && (!plausibleArabicNameStart(words.get(w).text) || withProclitic(words.get(w).text))
				&& words.get(w - 1).text.endsWith("ي") && !ARABIC_NATIONALITIES.contains(words.get(w - 1).text)) { //$NON-NLS-1$
			return new int[] { w - 1, w - 1 }; // "رئيس الوزراء العبادي بتحرير": the word taken for an adjective is the name
		}
		int first = w;
		int last = -1;
		for (int count = 0; w < words.size() && count < 3; w++, count++) {
			Word word = words.get(w);
			if (count == 0 && !plausibleArabicNameStart(word.text)) {
				break;
			}
			boolean link = last >= 0 && NAME_LINKS.contains(words.get(last).text);
			if (!Gazetteer.isArabic(word.text.charAt(0)) || arabicStop.contains(word.text)
					|| (word.text.startsWith("ال") && !link) || (count == 2 && !link)) { //$NON-NLS-1$
				break;
			}
			last = w;
			if (!word.spaceAfter) {
				break;
			}
		}
		return last >= first && last >= 0 && !NAME_LINKS.contains(words.get(last).text) ? new int[] { first, last } : null;
	}

	/** Not a function word, not an imperfect verb (يستغل، يقول: ي + three letters or more, unless a given name). */
	private boolean plausibleArabicNameStart(String key) {
		NameLexicons lexicons = NameLexicons.get();
		if (arabicStop.contains(key) || lexicons.isStopword(key, "ar")) { //$NON-NLS-1$
			return false;
		}
		if (lexicons.arabicGivenNames.contains(key)) {
			return true;
		}
		return !(key.length() >= 4 && key.charAt(0) == 'ي');
	}

	/** A word of five letters or more starting with ب/ل/ك/و/ف whose rest is not a given name: "بتحرير", "والعراقيين". */
	private static boolean withProclitic(String key) {
		char first = key.charAt(0);
		return key.length() >= 5 && (first == 'ب' || first == 'و' || first == 'ف' || first == 'ك' || first == 'ل')
				&& !NameLexicons.get().arabicGivenNames.contains(key);
	}

	private static boolean isComma(Word word) {
		return false;
	}

	/** A word of an organisation's or a place's head in a Latin-script name. */
	private static boolean headInside(String covered) {
		NameLexicons lexicons = NameLexicons.get();
		for (String token : covered.split("[\\s]+")) { //$NON-NLS-1$
			String key = lexicons.key(token);
			if (lexicons.orgHeads.contains(key) || lexicons.placeHeads.contains(key)) {
				return true;
			}
		}
		return false;
	}

	private static int @Nullable [] latinName(List<Word> words, int from, NormalizedText normalized, String original) {
		int w = from;
		if (w < words.size() && !capitalised(words.get(w), normalized, original) && !LATIN_STOP.contains(words.get(w).text)
				&& !NameLexicons.get().stopwords.contains(words.get(w).text) && words.get(w).spaceAfter && w + 1 < words.size()) {
			w++; // one adjective: "il presidente russo Vladimir Putin"; not "il presidente della Provincia", an institution
		}
		int first = w;
		int last = -1;
		for (int count = 0; w < words.size() && count < 3; w++, count++) {
			Word word = words.get(w);
			if (!capitalised(word, normalized, original) || LATIN_STOP.contains(word.text)
					|| NameLexicons.get().titles.contains(word.text) || NameLexicons.get().personNouns.contains(word.text)) {
				break; // "the General Secretary": a title after a title is no name
			}
			last = w;
			if (!word.spaceAfter) {
				break;
			}
		}
		return last >= first && last >= 0 ? new int[] { first, last } : null;
	}

	private static boolean capitalised(Word word, NormalizedText normalized, String original) {
		int cp = original.codePointAt(normalized.originalStart(word.start));
		return Character.isUpperCase(cp) && Character.isLetter(cp);
	}

	/** Up to {@code max} words of {@code text[from, limit)}. */
	private static List<Word> words(String text, int from, int limit, int max) {
		List<Word> words = new ArrayList<>();
		int i = from;
		while (i < limit && words.size() < max) {
			while (i < limit && !TextNormalizer.isWordChar(text.charAt(i))) {
				i++;
			}
			int start = i;
			while (i < limit && (TextNormalizer.isWordChar(text.charAt(i)) || (text.charAt(i) == '\'' && i + 1 < limit
					&& TextNormalizer.isWordChar(text.charAt(i + 1)) && i > start))) {
				i++;
			}
			if (i > start) {
				boolean spaceAfter = i < limit && text.charAt(i) == ' ' && i + 1 < limit && TextNormalizer.isWordChar(text.charAt(i + 1));
				words.add(new Word(text.substring(start, i), start, i, spaceAfter));
			}
		}
		return words;
	}
}
