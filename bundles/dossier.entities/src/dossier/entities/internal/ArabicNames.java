// SPDX-License-Identifier: EPL-2.0
package dossier.entities.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.Nullable;

import dossier.entities.EntityType;
import dossier.entities.internal.OpenNames.Candidate;
import dossier.entities.internal.Words.Word;

/**
 * Names in Arabic script, which has no capitals, found by their shape and their heads:
 * <ul>
 * <li>persons: a given name (the project's lexicon, with عبد + a divine name, a kunya أبو/أم + name, and ابن/بن/بنت
 * chains) followed by the father's or family name: further given names, a nisba (الخالدي), or one more word that is
 * not a function word;</li>
 * <li>organisations: a head (جامعة، حزب، وزارة، منظمة، وكالة، مجلس، هيئة، شركة، محكمة، بنك…) with its complement,
 * the definite words after it ("وزارة الصحة", "منظمة الصحة العالمية", "جامعة هارفارد");</li>
 * <li>places: a head (مدينة، محافظة، جزيرة، جبل، نهر، قطاع…) and the name after it; for a city, village or camp
 * the name alone is the mention ("مدينة حلب" → حلب), for a strip, island, mountain, river or sea the whole.</li>
 * </ul>
 * Proclitics (و ف ب ك ل, لل) stay outside a mention, as the annotation guidelines say.
 */
final class ArabicNames {

	/** Function words whose matching key equals a name's (alef maqsura folds to yeh): compared as written. */
	private static final Set<String> FOLDED_FUNCTION_WORDS = Set.of("على", "إلى", "الى", "حتى", "متى", "لدى", "سوى", "مدى", "عليه", "عليها"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$

	private final NameLexicons lexicons;
	private final Set<String> orgHeads;
	private final Set<String> placeHeadsInside;
	private final Set<String> placeHeadsOutside;
	private final Set<String> notNames;
	private final Set<String> genericAdjectives;
	private final Set<String> links;

	ArabicNames(NameLexicons lexicons) {
		this.lexicons = lexicons;
		orgHeads = keys("جامعة", "حزب", "وزارة", "مؤسسة", "منظمة", "وكالة", "مجلس", "هيئة", "شركة", "صحيفة", "جريدة", "مجلة", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$
				"قناة", "اتحاد", "جمعية", "محكمة", "بنك", "مصرف", "حركة", "جبهة", "معهد", "نادي", "لجنة", "مفوضية", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$
				"برلمان", "جيش", "قوات", "إذاعة", "تلفزيون", "مجموعة", "رابطة", "نقابة", "منتدى", "مستشفى", "متحف", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$
				"مكتبة", "كلية", "أكاديمية", "مدرسة", "تحالف", "ائتلاف", "تنظيم", "كتائب", "سرايا", "مفوضية", "بلدية", "صندوق", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$
				"مرصد", "مديرية", "سفارة", "قنصلية", "السفارة", "وكالة", "مستشفى", "الجامعة", "الحزب", "الوزارة", "المنظمة", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$
				"الوكالة", "المجلس", "الهيئة", "الشركة", "الاتحاد", "الجمعية", "المحكمة", "البنك", "المصرف", "الحركة", "الجبهة", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
				"المعهد", "النادي", "اللجنة", "المفوضية", "البرلمان", "الجيش", "القوات", "التحالف", "المرصد", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
				"المؤسسة", "النقابة", "الرابطة", "المنتدى", "الائتلاف", "الكونغرس", "الكنيست"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
		placeHeadsInside = keys("قطاع", "جزيرة", "جزر", "جبل", "جبال", "نهر", "وادي", "بحر", "خليج", "صحراء", "شارع", "ساحة", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$
				"ميدان", "ولاية", "إقليم", "مضيق", "شبه جزيرة", "بحيرة", "محيط", "هضبة", "سهل"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
		placeHeadsOutside = keys("مدينة", "محافظة", "قرية", "بلدة", "مخيم", "حي", "منطقة", "مقاطعة", "عاصمة", "ضاحية", "بلدات", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
				"مدن", "العاصمة", "مدينتي", "ولايات", "دولة", "جمهورية", "مملكة", "إمارة", "سلطنة"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
		notNames = Stream.concat(lexicons.stopwordsByLanguage.get("ar").stream(), keys("قال", "قالت", "أكد", "أكدت", "أضاف", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
				"أضافت", "أعلن", "أعلنت", "أشار", "أشارت", "يقول", "تقول", "كان", "كانت", "يكون", "هو", "هي", "إن", "أن", "لكن", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$
				"الذي", "التي", "الذين", "خلال", "منذ", "حول", "بين", "عبر", "ضد", "لدى", "أمام", "بعد", "قبل", "عند", "حيث", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$
				"أيضا", "أيضاً", "فقط", "جدا", "كل", "بعض", "جميع", "غير", "دون", "مثل", "نحو", "ضمن", "عام", "عاما", "سنة", "يوم", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$ //$NON-NLS-16$
				"رئيس", "وزير", "الرئيس", "الوزير", "الشيخ", "السيد", "الدكتور", "المتحدث", "باسم", "نائب", "مدير", "عضو", "زعيم", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$
				"الذى", "وهو", "وهي", "إلى", "على", "عن", "من", "في", "مع", "ثم", "أو", "لم", "لن", "لا", "ما", "قد", "كما", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$ //$NON-NLS-16$ //$NON-NLS-17$
				"هذا", "هذه", "ذلك", "تلك", "الآن", "اليوم", "أمس", "غدا", "عاماً", "مليون", "ألف", "مئات", "آلاف").stream()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$
				.collect(Collectors.toUnmodifiableSet());
		genericAdjectives = keys("الجديد", "الجديدة", "الكبير", "الكبيرة", "الأول", "الأولى", "الثاني", "الثانية", "السابق", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
				"السابقة", "الحالي", "الحالية", "المذكور", "المذكورة", "الأخرى", "الأخير", "الأخيرة", "نفسه", "نفسها", "ذاته", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
				"ذاتها", "المحلية", "المحلي", "العديد", "الكثير", "الذي", "التي", "الذين", "اللذين", "اللتين"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
		placeCues = keys("في", "إلى", "الى", "من", "عن", "نحو", "داخل", "شمال", "جنوب", "شرق", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
				"غرب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي", "سكان", "أهالي", "حاكم", "والي", "محافظ"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
		links = keys("بن", "ابن", "بنت", "أبو", "أبي", "أبا", "أم", "عبد", "آل"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
	}

	/** Made once, by the JVM's class initialisation: its word sets are keys of the lexicons' normaliser, the same for every article. */
	private static final class Made {
		static final ArabicNames INSTANCE = new ArabicNames(NameLexicons.get());
	}

	static ArabicNames get() {
		return Made.INSTANCE;
	}

	private Set<String> keys(String... words) {
		return Stream.of(words).map(lexicons::key).collect(Collectors.toUnmodifiableSet());
	}

	/** A word without its proclitics: where the name starts inside the word, and its key from there. */
	record Stem(int offset, String key) {
	}

	/** The readings of a word: as written, without و/ف, without و/ف + ب/ل/ك, and لل read as ال. */
	static List<Stem> stems(String key) {
		List<Stem> stems = new ArrayList<>(3);
		stems.add(new Stem(0, key));
		int at = 0;
		if (key.length() > 3 && (key.charAt(0) == 'و' || key.charAt(0) == 'ف')) {
			at = 1;
			stems.add(new Stem(1, key.substring(1)));
		}
		String rest = key.substring(at);
		if (rest.length() > 3 && rest.startsWith("لل")) { //$NON-NLS-1$
			stems.add(new Stem(at + 1, "ال" + rest.substring(2))); //$NON-NLS-1$
		} else if (rest.length() > 3 && (rest.charAt(0) == 'ب' || rest.charAt(0) == 'ل' || rest.charAt(0) == 'ك')) {
			stems.add(new Stem(at + 1, rest.substring(1)));
		}
		return stems;
	}

	List<Candidate> find(List<Word> words) {
		List<Candidate> candidates = new ArrayList<>();
		int i = 0;
		while (i < words.size()) {
			Word word = words.get(i);
			Candidate candidate = word.arabic() ? at(words, i) : null;
			if (candidate != null) {
				candidates.add(candidate);
				while (i < words.size() && words.get(i).start() < candidate.end()) {
					i++;
				}
			} else {
				i++;
			}
		}
		return candidates;
	}

	private @Nullable Candidate at(List<Word> words, int i) {
		Word word = words.get(i);
		String written = word.text();
		if (FOLDED_FUNCTION_WORDS.contains(written) || written.length() > 2 && (written.charAt(0) == 'و' || written.charAt(0) == 'ف')
				&& FOLDED_FUNCTION_WORDS.contains(written.substring(1))) {
			return null; // على folds to علي, إلى to إلي: function words as written, never names
		}
		for (Stem stem : stems(word.key())) {
			int start = word.start() + stem.offset();
			if (orgHeads.contains(stem.key())) {
				int end = complement(words, i, stem.key(), true);
				if (end > 0) {
					return candidate(words, i, start, end, EntityType.ORG.id(), 0.65);
				}
			}
			if (placeHeadsInside.contains(stem.key())) {
				int end = complement(words, i, stem.key(), false);
				if (end > 0) {
					return candidate(words, i, start, end, EntityType.PLACE.id(), 0.6);
				}
			}
			if (placeHeadsOutside.contains(stem.key()) && i + 1 < words.size() && adjacent(words, i + 1)) {
				Word next = words.get(i + 1);
				if (next.arabic() && !notNames.contains(next.key()) && !next.key().startsWith("ال") //$NON-NLS-1$
						&& !orgHeads.contains(next.key()) && !genericAdjectives.contains(next.key())) {
					return candidate(words, i + 1, next.start(), next.end(), EntityType.PLACE.id(), 0.55);
				}
			}
			Candidate region = region(words, i, start, stem);
			if (region != null) {
				return region;
			}
			Candidate person = person(words, i, start, stem.key());
			if (person != null) {
				return person;
			}
		}
		return null;
	}

	/** Words before a place's name that make a one-word region a place: prepositions of place, compass words, heads. */
	private final Set<String> placeCues;

	/**
	 * A first-level subdivision named in Arabic ({@link PlaceNames}: حضرموت، دير الزور، كاليفورنيا): a two-word name
	 * on its own; a one-word name of four letters or more, written without a proclitic, after a preposition of place
	 * or a compass word (في حضرموت، شمال إدلب), since many of those words are also ordinary words or names elsewhere.
	 */
	private @Nullable Candidate region(List<Word> words, int i, int start, Stem stem) {
		PlaceNames places = PlaceNames.get();
		if (places.beginsSubdivision(stem.key()) && i + 1 < words.size() && adjacent(words, i + 1) && words.get(i + 1).arabic()) {
			Word next = words.get(i + 1);
			if (places.subdivision(stem.key() + " " + next.key()) != null) { //$NON-NLS-1$
				return candidate(words, i, start, next.end(), EntityType.PLACE.id(), 0.6);
			}
		}
		if (stem.offset() > 0 || stem.key().length() < 4) {
			return null; // "بشأن", "بحجة": a proclitic glued to a short word makes too many everyday words look like regions
		}
		if (places.subdivision(stem.key()) == null || lexicons.arabicGivenNames.contains(stem.key()) || notNames.contains(stem.key())) {
			return null;
		}
		Word word = words.get(i);
		Word before = i > 0 && adjacent(words, i) ? words.get(i - 1) : null;
		String cue = before == null ? null : before.key().length() > 2 && (before.key().charAt(0) == 'و' || before.key().charAt(0) == 'ف')
				&& placeCues.contains(before.key().substring(1)) ? before.key().substring(1) : before.key();
		if (cue == null || !placeCues.contains(cue) && !placeHeadsOutside.contains(cue)) {
			return null;
		}
		return candidate(words, i, start, word.end(), EntityType.PLACE.id(), 0.55);
	}

	/** Honorifics that, inside an organisation's name, come before the person it is named after. */
	private static final Set<String> HONORIFICS = Set.of("الامام", "الإمام", "الملك", "الامير", "الأمير", "الشيخ", "السلطان", "الشهيد", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			"القائد", "الرئيس", "الزعيم", "البابا", "القديس"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

	/** Where the complement of a head at word {@code i} ends (exclusive offset), or -1 when it has none. */
	private int complement(List<Word> words, int i, String head, boolean org) {
		int end = -1;
		int words2 = 0;
		boolean headDefinite = head.startsWith("ال"); //$NON-NLS-1$
		for (int j = i + 1, count = 0; j < words.size() && count < 6 && adjacent(words, j); j++, count++) {
			Word next = words.get(j);
			String key = next.key();
			if (!next.arabic()) {
				if (count == 0 && next.capitalised()) { // "شركة Google"
					end = next.end();
				}
				break;
			}
			boolean definite = key.startsWith("ال") || key.startsWith("لل"); //$NON-NLS-1$ //$NON-NLS-2$
			if (notNames.contains(key) || genericAdjectives.contains(key) || key.startsWith("وال") || key.startsWith("و") && count > 0) { //$NON-NLS-1$ //$NON-NLS-2$
				break;
			}
			boolean afterDefinite = count > 0 && (words.get(j - 1).key().startsWith("ال") || words.get(j - 1).key().startsWith("لل")); //$NON-NLS-1$ //$NON-NLS-2$
			if (!definite && afterDefinite && lexicons.arabicGivenNames.contains(key) && !links.contains(key)
					&& !HONORIFICS.contains(words.get(j - 1).key())) { // but "جامعة الإمام محمد بن سعود" is one name
				break; // "وزارة الخارجية ناصر كنعاني": a given name after the definite complement begins a person's name
			}
			if (definite || links.contains(key) || count > 0 && lexicons.arabicGivenNames.contains(key)) {
				end = next.end();
				words2++;
				continue;
			}
			if (count == 0 && !headDefinite) { // an indefinite head takes one proper noun: جامعة هارفارد، حزب العمال
				end = next.end();
				words2++;
				if (!org) {
					break;
				}
				continue;
			}
			break;
		}
		// a definite head with one adjective is a description ("القوات المسلحة", "التحالف الدولي"), not a name
		return headDefinite && words2 < 2 ? -1 : end;
	}

	private @Nullable Candidate person(List<Word> words, int i, int start, String key) {
		boolean compound = links.contains(key) && i + 1 < words.size() && adjacent(words, i + 1) && words.get(i + 1).arabic()
				&& !notNames.contains(words.get(i + 1).key()); // عبد الله، أبو مازن
		boolean given = lexicons.arabicGivenNames.contains(key);
		if (!given && !compound) {
			return null;
		}
		boolean weak = lexicons.arabicWeakGivenNames.contains(key);
		int j = compound ? i + 2 : i + 1;
		int last = compound ? i + 1 : i;
		int parts = compound ? 2 : 1;
		while (j < words.size() && parts < 5 && adjacent(words, j) && words.get(j).arabic()) {
			Word next = words.get(j);
			String nextKey = next.key();
			if (notNames.contains(nextKey) || genericAdjectives.contains(nextKey) || orgHeads.contains(nextKey)
					|| placeHeadsOutside.contains(nextKey) || placeHeadsInside.contains(nextKey)) {
				break;
			}
			boolean nextGiven = lexicons.arabicGivenNames.contains(nextKey) && !lexicons.arabicWeakGivenNames.contains(nextKey);
			boolean link = links.contains(nextKey);
			boolean nisba = nextKey.startsWith("ال") && (nextKey.endsWith("ي") || nextKey.endsWith("ى")) && nextKey.length() > 4; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			if (link && j + 1 < words.size() && adjacent(words, j + 1) && words.get(j + 1).arabic()
					&& !notNames.contains(words.get(j + 1).key())) {
				last = j + 1;
				j += 2;
				parts += 2;
				continue;
			}
			if (nextGiven || nisba || parts == 1 && !weak && !nextKey.startsWith("و") //$NON-NLS-1$
					&& (!nextKey.startsWith("ال") || last == i)) { //$NON-NLS-1$
				last = j;
				j++;
				parts++;
				if (nisba) {
					break;
				}
				continue;
			}
			break;
		}
		if (parts == 1 && weak) {
			return null;
		}
		double confidence = parts > 1 ? (weak ? 0.55 : 0.7) : 0.5;
		return candidate(words, i, start, words.get(last).end(), EntityType.PERSON.id(), confidence);
	}

	/** Only a single space between word {@code j} and the one before it. */
	private static boolean adjacent(List<Word> words, int j) {
		return words.get(j).spaceBefore();
	}

	private Candidate candidate(List<Word> words, int fromWord, int start, int end, String type, double confidence) {
		List<String> keys = new ArrayList<>();
		for (int w = fromWord; w < words.size() && words.get(w).start() < end; w++) {
			Word word = words.get(w);
			if (word.end() > start) {
				keys.add(word.start() < start ? lexicons.key(word.text().substring(start - word.start())) : word.key());
			}
		}
		return new Candidate(start, end, type, confidence, keys);
	}
}
