// SPDX-License-Identifier: EPL-2.0
package dossier.core.language;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Tells the language of a text, as a BCP 47 tag ({@code "ar"}, {@code "fa"}, {@code "pt"}), or
 * {@value #UNDETERMINED} when the text is too short or unlike every language it knows.
 * <p>
 * A compact detector made for news text, with no model file: it decides the writing system first (Unicode script
 * of the letters), which alone settles Chinese, Japanese (any kana), Korean, Greek, Hebrew and the like; inside
 * the Arabic script it tells Arabic, Persian and Urdu apart by the letters each one has and the others lack
 * (Persian and Urdu {@code ی ک} against Arabic {@code ي ك}, Urdu {@code ے ں ٹ ڈ ڑ ہ ھ}, Arabic {@code ة ى}) and by
 * their most frequent words; inside Cyrillic it tells Ukrainian by {@code і ї є ґ}; inside the Latin script it
 * scores the most frequent function words of each language and the letters peculiar to it ({@code ñ}, {@code ã},
 * {@code ß}, {@code ğ}, ...). Texts of a few sentences are enough; on a title of three words it may answer
 * {@value #UNDETERMINED}.
 * <p>
 * Thread-safe and cheap: one pass over at most the first {@value #MAX_CHARS} characters.
 */
public final class LanguageDetector {

	/** The answer for a text whose language cannot be told. */
	public static final String UNDETERMINED = "und"; //$NON-NLS-1$

	/** Only this many leading characters are examined. */
	public static final int MAX_CHARS = 20_000;

	private static final int MIN_LETTERS = 8;

	private static final LanguageDetector STANDARD = new LanguageDetector();

	private final Map<String, Integer> latinWords = masks(LatinProfile.values().length, i -> LatinProfile.values()[i].words);
	private final Map<String, Integer> arabicScriptWords = masks(ArabicScriptProfile.values().length,
			i -> ArabicScriptProfile.values()[i].words);

	private LanguageDetector() {
	}

	/** Word -> bit set of the profiles (by ordinal) whose word list has it. */
	private static Map<String, Integer> masks(int profiles, IntFunction<String> wordsOf) {
		Map<String, Integer> masks = new HashMap<>();
		for (int i = 0; i < profiles; i++) {
			for (String word : wordsOf.apply(i).split(" ")) { //$NON-NLS-1$
				masks.merge(word, 1 << i, (a, b) -> a | b);
			}
		}
		return masks;
	}

	/** The shared detector. */
	public static LanguageDetector standard() {
		return STANDARD;
	}

	/** The languages this detector can answer, as BCP 47 tags. */
	public Set<String> supportedLanguages() {
		Set<String> tags = new LinkedHashSet<>();
		for (ArabicScriptProfile profile : ArabicScriptProfile.values()) {
			tags.add(profile.tag);
		}
		for (LatinProfile profile : LatinProfile.values()) {
			tags.add(profile.tag);
		}
		Collections.addAll(tags, "ru", "uk", "zh", "ja", "ko", "el", "he", "hi", "th", "hy", "ka"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
		return Collections.unmodifiableSet(tags);
	}

	/**
	 * The language of {@code text}.
	 *
	 * @return a BCP 47 tag, or {@value #UNDETERMINED}
	 */
	public String detect(CharSequence text) {
		if (text == null) {
			return UNDETERMINED;
		}
		int length = Math.min(text.length(), MAX_CHARS);
		Map<Character.UnicodeScript, Integer> scripts = new HashMap<>();
		int kana = 0;
		int letters = 0;
		for (int i = 0; i < length;) {
			int cp = Character.codePointAt(text, i);
			i += Character.charCount(cp);
			if (!Character.isLetter(cp)) {
				continue;
			}
			letters++;
			Character.UnicodeScript script = Character.UnicodeScript.of(cp);
			if (script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA) {
				kana++;
			}
			scripts.merge(script, 1, Integer::sum);
		}
		if (letters < MIN_LETTERS) {
			return UNDETERMINED;
		}
		Character.UnicodeScript dominant = null;
		int best = 0;
		for (Map.Entry<Character.UnicodeScript, Integer> entry : scripts.entrySet()) {
			int count = entry.getValue();
			// Kana and Han together make Japanese: count them as one writing system.
			if (entry.getKey() == Character.UnicodeScript.HIRAGANA || entry.getKey() == Character.UnicodeScript.KATAKANA) {
				count = kana + scripts.getOrDefault(Character.UnicodeScript.HAN, 0);
			}
			if (count > best) {
				best = count;
				dominant = entry.getKey();
			}
		}
		if (dominant == null) {
			return UNDETERMINED;
		}
		switch (dominant) {
		case HAN, HIRAGANA, KATAKANA:
			int han = scripts.getOrDefault(Character.UnicodeScript.HAN, 0);
			// Japanese prose is about a third kana; Chinese has none, bar a stray name.
			return kana * 20 >= kana + han ? "ja" : "zh"; //$NON-NLS-1$ //$NON-NLS-2$
		case HANGUL:
			return "ko"; //$NON-NLS-1$
		case CYRILLIC:
			return cyrillic(text, length);
		case ARABIC:
			return arabicScript(text, length);
		case LATIN:
			return latin(text, length);
		case GREEK:
			return "el"; //$NON-NLS-1$
		case HEBREW:
			return "he"; //$NON-NLS-1$
		case DEVANAGARI:
			return "hi"; //$NON-NLS-1$
		case THAI:
			return "th"; //$NON-NLS-1$
		case ARMENIAN:
			return "hy"; //$NON-NLS-1$
		case GEORGIAN:
			return "ka"; //$NON-NLS-1$
		default:
			return UNDETERMINED;
		}
	}

	private static String cyrillic(CharSequence text, int length) {
		int ukrainian = 0;
		for (int i = 0; i < length; i++) {
			switch (Character.toLowerCase(text.charAt(i))) {
			case 'і', 'ї', 'є', 'ґ':
				ukrainian++;
				break;
			default:
				break;
			}
		}
		return ukrainian >= 3 ? "uk" : "ru"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	private String arabicScript(CharSequence text, int length) {
		ArabicScriptProfile[] profiles = ArabicScriptProfile.values();
		double[] scores = new double[profiles.length];
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			for (int p = 0; p < profiles.length; p++) {
				if (profiles[p].letters.indexOf(c) >= 0) {
					scores[p] += 1;
				}
			}
		}
		for (String word : words(text, length)) {
			Integer mask = arabicScriptWords.get(word);
			if (mask != null) {
				for (int p = 0; p < profiles.length; p++) {
					if ((mask & (1 << p)) != 0) {
						scores[p] += 3;
					}
				}
			}
		}
		return profiles[argmax(scores)].tag;
	}

	private String latin(CharSequence text, int length) {
		LatinProfile[] profiles = LatinProfile.values();
		double[] scores = new double[profiles.length];
		for (String word : words(text, length)) {
			Integer mask = latinWords.get(word);
			if (mask != null) {
				for (int p = 0; p < profiles.length; p++) {
					if ((mask & (1 << p)) != 0) {
						scores[p] += 1;
					}
				}
			}
		}
		for (int i = 0; i < length; i++) {
			char c = Character.toLowerCase(text.charAt(i));
			if (c < 0xC0) {
				continue;
			}
			for (int p = 0; p < profiles.length; p++) {
				if (profiles[p].letters.indexOf(c) >= 0) {
					scores[p] += 0.5;
				}
			}
		}
		int best = argmax(scores);
		return scores[best] < 2 ? UNDETERMINED : profiles[best].tag;
	}

	private static int argmax(double[] scores) {
		int best = 0;
		for (int i = 1; i < scores.length; i++) {
			if (scores[i] > scores[best]) {
				best = i;
			}
		}
		return best;
	}

	/** Lower-cased words: maximal runs of letters and combining marks (an apostrophe ends a word: l'armée). */
	private static List<String> words(CharSequence text, int length) {
		List<String> words = new ArrayList<>();
		StringBuilder word = new StringBuilder();
		for (int i = 0; i <= length; i++) {
			char c = i < length ? text.charAt(i) : ' ';
			if (Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
				word.append(c);
			} else if (c == '\u200C' && word.length() > 0) {
				// Persian zero-width non-joiner inside a word (می‌شود): keep the parts apart, as the word lists are.
				words.add(word.toString().toLowerCase(Locale.ROOT));
				word.setLength(0);
			} else if (word.length() > 0) {
				words.add(word.toString().toLowerCase(Locale.ROOT));
				word.setLength(0);
			}
		}
		return words;
	}

	/** Languages written in the Arabic script: letters only they use, and frequent words. */
	private enum ArabicScriptProfile {
		ARABIC("ar", "ةىيكأإؤ", //$NON-NLS-1$ //$NON-NLS-2$
				"في من على إلى الى أن ان التي الذي عن مع هذا هذه كان كانت قد ما لا بين بعد عام وقال قال أو ذلك حيث " //$NON-NLS-1$
						+ "لم لن إن كما عند منذ خلال أي وفي ومن وقد التى الذين حتى فيه فيها عليه وهو وهي ثم غير"), //$NON-NLS-1$
		PERSIAN("fa", "یکپچژگ", //$NON-NLS-1$ //$NON-NLS-2$
				"است این که را از با به در می های برای آن شده کرد یک هم بود شد تا خود نیز وی اند کند شود " //$NON-NLS-1$
						+ "گفت کرده دارد بر ما اما پس چه هر بین ایران ها ای باید"), //$NON-NLS-1$
		URDU("ur", "ےںٹڈڑہھۓ", //$NON-NLS-1$ //$NON-NLS-2$
				"ہے کے کی میں اور سے کو نے کا یہ وہ ہیں تھا گیا کہ پر بھی ایک تھی تھے ہو کر جو اس ان لیے " //$NON-NLS-1$
						+ "گا گی رہا رہی ہوں نہیں کیا کہا پاکستان"); //$NON-NLS-1$

		final String tag;
		final String letters;
		final String words;

		ArabicScriptProfile(String tag, String letters, String words) {
			this.tag = tag;
			this.letters = letters;
			this.words = words;
		}
	}

	/** Languages written in the Latin script: the letters peculiar to them, and their commonest words. */
	private enum LatinProfile {
		ENGLISH("en", "", //$NON-NLS-1$ //$NON-NLS-2$
				"the of and to in is that for on was with as by he it at from his an are were which be this has have " //$NON-NLS-1$
						+ "had said not but they their its been after who will would more also than about over into we " //$NON-NLS-1$
						+ "there she her them what when could should while because"), //$NON-NLS-1$
		ITALIAN("it", "àèìòù", //$NON-NLS-1$ //$NON-NLS-2$
				"il di che e la per un una in del della dei delle degli non è con sono alla nel nella gli le ha si da " //$NON-NLS-1$
						+ "al anche più come ma dal dalla questo questa sul sulla stato essere ai lo nei tra fra dopo ancora " //$NON-NLS-1$
						+ "hanno cui loro suo sua quando perché già all dell nell sull degli negli ed ci"), //$NON-NLS-1$
		FRENCH("fr", "èêàçœùûîïëâ", //$NON-NLS-1$ //$NON-NLS-2$
				"le la les de des du et en un une est que qui dans pour pas sur au aux par avec il elle ce cette ont " //$NON-NLS-1$
						+ "sont plus ne se son sa ses leur été mais comme après aussi d l qu n s selon entre nous vous ils " //$NON-NLS-1$
						+ "y où être avait était fait"), //$NON-NLS-1$
		SPANISH("es", "ñ¿¡áíóú", //$NON-NLS-1$ //$NON-NLS-2$
				"el la los las de del y en que un una por con para se su sus es al lo como más pero fue ha este esta " //$NON-NLS-1$
						+ "entre sin sobre también desde muy ya hasta son han donde cuando dijo según tras año años está " //$NON-NLS-1$
						+ "están hay le les ni otro otros sido gobierno"), //$NON-NLS-1$
		PORTUGUESE("pt", "ãõçâêô", //$NON-NLS-1$ //$NON-NLS-2$
				"o a os as de do da dos das e em no na nos nas que um uma por com para se não é ao aos à mais como mas " //$NON-NLS-1$
						+ "foi ser seu sua pelo pela também entre sobre já ainda disse segundo após até são está anos ele " //$NON-NLS-1$
						+ "eles ela isso governo"), //$NON-NLS-1$
		GERMAN("de", "äöüß", //$NON-NLS-1$ //$NON-NLS-2$
				"der die das und in den von zu mit ist im des dem nicht ein eine auf für sich auch es an als wird " //$NON-NLS-1$
						+ "werden bei nach aus wie hat er sie dass noch einer eines einem sind wurde vor am zum zur über um " //$NON-NLS-1$
						+ "oder aber nur seit sagte"), //$NON-NLS-1$
		TURKISH("tr", "ığşçöü", //$NON-NLS-1$ //$NON-NLS-2$
				"ve bir bu da de için ile olarak olan çok daha gibi ama ancak sonra kadar her ne mi şu yıl " //$NON-NLS-1$
						+ "tarafından göre değil var yok oldu ise ki bin milyon üzerine arasında karşı yeni büyük dedi " //$NON-NLS-1$
						+ "ilk iki olduğunu ettiği etti"); //$NON-NLS-1$

		final String tag;
		final String letters;
		final String words;

		LatinProfile(String tag, String letters, String words) {
			this.tag = tag;
			this.letters = letters;
			this.words = words;
		}
	}
}
