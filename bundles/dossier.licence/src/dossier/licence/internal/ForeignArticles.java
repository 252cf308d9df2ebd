// SPDX-License-Identifier: EPL-2.0
package dossier.licence.internal;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.Nullable;

import dossier.licence.Evidence;

/**
 * A text that presents itself as a foreign publication's article: "في هذا المقال الذي نشرته مجلة «ذي أتلانتك» الأمريكية",
 * "dans cet article publié par le quotidien britannique The Guardian", "in this article, published by the German weekly
 * Der Spiegel". This very text ("this article") was published by a publication of another country whose language is
 * not the text's: a rendering of it, so a translation. A report about what a foreign paper published ("نشرت صحيفة
 * الغارديان البريطانية تقريرا") does not say "this" and is none; a publication of the text's own language ("this
 * article, published by the American magazine" in English) is a republication at most.
 */
final class ForeignArticles {

	private ForeignArticles() {
	}

	/** Words a line must hold before the pattern is tried (published, appeared, نشر). */
	static final String[] TRIGGERS = { "publi", "pubblic", "paru", "apparso", "aparec", "apareceu", "erschien", "veröffentlicht", "gepubliceerd", "verschenen", "appeared", "نشر", "المنشور" };

	/** A country's adjective (masculine, feminine, plural where they differ) in the seven credit languages and Dutch, and its language. */
	private static final Map<String, String> NATIONALITY = Map.ofEntries(
			Map.entry("(?:ال)?(?:أمريكي|أميركي|بريطاني)(?:ة)?|american[oa]?s?|américain(?:e|s|es)?|britannique|british|britannic[oa]|británic[oa]|britânic[oa]|amerikanisch(?:e|en|er|es)?|britisch(?:e|en|er|es)?|us-amerikanisch(?:e|en|er|es)?|estadounidense|norte-american[oa]|amerikaanse|britse", "en"), //$NON-NLS-1$ //$NON-NLS-2$
			Map.entry("(?:ال)?فرنسي(?:ة)?|french|français(?:e)?|frances[ea]|francés|francesa|francês|französisch(?:e|en|er|es)?|franse", "fr"), //$NON-NLS-1$ //$NON-NLS-2$
			Map.entry("(?:ال)?ألماني(?:ة)?|german|allemand(?:e)?|tedesc[oa]|alemán|alemana|alemão|alemã|deutsch(?:e|en|er|es)?|duitse", "de"), //$NON-NLS-1$ //$NON-NLS-2$
			Map.entry("(?:ال)?(?:إسباني|اسباني)(?:ة)?|spanish|espagnol(?:e)?|spagnol[oa]|español(?:a)?|espanhol(?:a)?|spanisch(?:e|en|er|es)?|spaanse", "es"), //$NON-NLS-1$ //$NON-NLS-2$
			Map.entry("(?:ال)?(?:إيطالي|ايطالي)(?:ة)?|italian|italien(?:ne)?|italian[oa]|italiano|italiana|italienisch(?:e|en|er|es)?|italiaanse", "it"), //$NON-NLS-1$ //$NON-NLS-2$
			Map.entry("(?:ال)?(?:برتغالي|برازيلي)(?:ة)?|portuguese|brazilian|portugais(?:e)?|brésilien(?:ne)?|portoghese|brasilian[oa]|portugués|portuguesa|brasileñ[oa]|português|brasileir[oa]|portugiesisch(?:e|en|er|es)?|brasilianisch(?:e|en|er|es)?|portugese|braziliaanse", "pt"), //$NON-NLS-1$ //$NON-NLS-2$
			Map.entry("(?:ال)?هولندي(?:ة)?|dutch|néerlandais(?:e)?|oland[eé]s[ea]?|holandés|holandesa|holandês|niederländisch(?:e|en|er|es)?|nederlandse", "nl"), //$NON-NLS-1$ //$NON-NLS-2$
			Map.entry("(?:ال)?(?:إسرائيلي|اسرائيلي|عبري)(?:ة)?|israeli|israélien(?:ne)?|israelian[oa]|israelí|israelense|israelisch(?:e|en|er|es)?|israëlische", "he"), //$NON-NLS-1$ //$NON-NLS-2$
			Map.entry("(?:ال)?روسي(?:ة)?|russian|russe|russ[oa]|ruso|rusa|russisch(?:e|en|er|es)?|russische", "ru"), //$NON-NLS-1$ //$NON-NLS-2$
			Map.entry("(?:ال)?تركي(?:ة)?|turkish|turc|turque|turc[oa]|türkisch(?:e|en|er|es)?|turkse", "tr"), //$NON-NLS-1$ //$NON-NLS-2$
			Map.entry("(?:ال)?إيراني(?:ة)?|iranian|iranien(?:ne)?|iranian[oa]|iraní|iraniano|iranisch(?:e|en|er|es)?|iraanse", "fa"), //$NON-NLS-1$ //$NON-NLS-2$
			Map.entry("(?:ال)?صيني(?:ة)?|chinese|chinois(?:e)?|cines[ea]|chin[oa]|chinês|chinesisch(?:e|en|er|es)?", "zh"), //$NON-NLS-1$ //$NON-NLS-2$
			Map.entry("(?:ال)?ياباني(?:ة)?|japanese|japonais(?:e)?|giappones[ea]|japonés|japonesa|japonês|japanisch(?:e|en|er|es)?|japanse", "ja")); //$NON-NLS-1$ //$NON-NLS-2$

	/** "this article": the text itself. */
	private static final String SELF = "(?<![\\p{L}])(?:this|cet|cette|este|esta|questo|questa|neste|nesta|deste|desta|dieser|diesem|diesen|dit|deze|هذا|هذه)\\s+" //$NON-NLS-1$
			+ "(?:article|artículo|articolo|artigo|Artikel|artikel|essay|ensayo|saggio|ensaio|analysis|analyse|análisis|analisi|análise|report|reportage|reportaje|reportagem|Beitrag|Bericht|verslag|" //$NON-NLS-1$
			+ "المقال|المقالة|التقرير|التحليل|الدراسة)(?![\\p{L}])"; //$NON-NLS-1$
	private static final String PUBLISHED = "(?:published|appeared|publié|publiée|paru|parue|publicado|publicada|aparecido|pubblicato|pubblicata|apparso|apparsa|apareceu|erschien|erschienen|veröffentlicht|verschenen|gepubliceerd|" //$NON-NLS-1$
			+ "نشرته|نشرتها|نشر|نشرت|المنشور|المنشورة)(?![\\p{L}])"; //$NON-NLS-1$
	/** A publication's kind: the nationality must qualify it ("le quotidien britannique", "the German weekly"), not the subject. */
	private static final String PUBLICATION = "(?:magazine|newspaper|daily|weekly|journal|paper|website|site|outlet|quotidien|hebdomadaire|revue|mensuel|diario|periódico|revista|semanario|portal|" //$NON-NLS-1$
			+ "quotidiano|giornale|rivista|settimanale|sito|testata|jornal|diário|semanário|Zeitung|Zeitschrift|Tageszeitung|Wochenzeitung|Magazin|Nachrichtenmagazin|Wochenmagazin|" //$NON-NLS-1$
			+ "krant|dagblad|tijdschrift|weekblad|صحيفة|مجلة|موقع|شبكة|وكالة|جريدة|معهد|مركز)(?![\\p{L}])"; //$NON-NLS-1$
	private static final String SENTENCE = "[^.!?؟\\n]"; //$NON-NLS-1$

	/**
	 * "this article", then in the same sentence "published by/in" and the publication with its country, either order
	 * ("مجلة «ذي أتلانتك» الأمريكية", "le quotidien britannique", "the German weekly"); or, verb last, "in diesem Artikel,
	 * der in der britischen Zeitung X erschien".
	 */
	private static final Pattern PRESENTED = Pattern.compile(SELF + SENTENCE + "{0,40}?" + PUBLISHED + SENTENCE + "{0,30}?(?<![\\p{L}])(?:" + PUBLICATION + "(?:\\s+[«\"“]?[\\p{IsArabic}\\s]{1,30}?[»\"”]?)?\\s+(?<n1>" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			+ nationalities() + ")|(?<n2>" + nationalities() + ")\\s+" + PUBLICATION + ")(?![\\p{L}])" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			+ "|" + SELF + SENTENCE + "{0,40}?(?<![\\p{L}])(?<n3>" + nationalities() + ")\\s+" + PUBLICATION + SENTENCE + "{0,60}?(?<![\\p{L}])(?:erschien|erschienen|veröffentlicht)(?![\\p{L}])", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static String nationalities() {
		return String.join("|", NATIONALITY.keySet()); //$NON-NLS-1$
	}

	private static final Map<Pattern, String> LANGUAGE_OF = compile();

	private static Map<Pattern, String> compile() {
		Map<Pattern, String> map = new java.util.HashMap<>();
		NATIONALITY.forEach((forms, language) -> map.put(Pattern.compile(forms, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), language));
		return map;
	}

	/** The sentence presenting a text as a foreign publication's article, and the original's language. */
	record Presented(Evidence evidence, String original) {
	}

	/** The sentence presenting this text as a foreign publication's article, and the original's language; null when none. */
	static @Nullable Presented presented(Scan scan, String language) {
		String text = scan.text;
		for (int[] line : scan.linesWith(TRIGGERS)) {
			Matcher presented = PRESENTED.matcher(text).region(line[0], line[1]);
			while (presented.find()) {
				String nationality = presented.group("n1") != null ? presented.group("n1") : presented.group("n2") != null ? presented.group("n2") : presented.group("n3"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				String original = originalLanguage(nationality);
				if (original != null && !original.equals(language)) {
					int[] trimmed = Lines.trimmed(text, line[0]);
					int[] sentence = Lines.sentence(text, trimmed, presented.start());
					return new Presented(Evidence.at(text, sentence[0], sentence[1]), original);
				}
			}
		}
		return null;
	}

	/** The language of a publication of that nationality ("الأمريكية" gives "en"), or null. */
	static @Nullable String originalLanguage(@Nullable String nationality) {
		if (nationality == null) {
			return null;
		}
		for (Map.Entry<Pattern, String> entry : LANGUAGE_OF.entrySet()) {
			if (entry.getKey().matcher(nationality).matches()) {
				return entry.getValue();
			}
		}
		return null;
	}
}
