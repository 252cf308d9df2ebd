// SPDX-License-Identifier: EPL-2.0
package dossier.licence.internal;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.Nullable;

import dossier.licence.CreditHolders;
import dossier.licence.ThirdPartyItem;

/**
 * The publication a translated text was taken from, named in running text: "je suis tombé sur un article du New York
 * Times … une version traduite", "i passaggi di un articolo uscito sul New York Times, nella mia traduzione", "في هذا
 * المقال الذي نشرته مجلة «ذي أتلانتك»" under a translator's credit. Only in a text that says it is a translation (a
 * translator's word or notice): elsewhere the same words talk about another article, which credits nothing. The
 * publication is read by its shape ({@link BylineCredits#organisation}: a listed holder, a name led by an article or
 * closed by a publication's word, a site's address) or after a publication's noun, quoted or in Arabic words.
 */
final class TranslatedArticleSources {

	private TranslatedArticleSources() {
	}

	/** An article's noun, up to five words, then the preposition that names where it was published. */
	private static final Pattern ARTICLE_IN = Pattern.compile("(?iu)(?<![\\p{L}])(?:(?:un|an|a|one|uno|um|ein|einen|een)\\s+)?(?:article|articolo|artículo|artigo|Artikel|artikel|editorial|éditorial|editoriale|column|chronique|tribune|op-ed|reportage|reportagem|reportaje)"
			+ "(?:\\s+[\\p{L}'’]+){0,5}?\\s+(?:du|de la|de l['’]|des|de|d['’]|of|in|from|on|sul|sulla|sullo|su|nel|nella|del|della|dello|di|da|do|dos|na|no|im|in der|auf|dans|en|em|aus|uit|van)(?:\\s+|(?<=['’]))" //$NON-NLS-1$
			+ "(?:(?-i:newspaper|magazine|journal|quotidien|revue|periódico|diario|revista|giornale|quotidiano|rivista|jornal|Zeitung|Zeitschrift|Magazin|krant|tijdschrift|website|site|blog)\\s+)?"); // a capitalised noun is the name's ("Giornale di Brescia") //$NON-NLS-1$

	/** A capitalised run or a quoted name where the publication should begin. */
	private static final Pattern PUBLICATION = Pattern.compile("(?u)[«“\"](?<quoted>[^»”\"\\n]{2,40})[»”\"]|(?<run>(?:(?:the|le|la|el|il|lo|o|a|der|die|das|het|de)\\s+|l['’])?\\p{Lu}[\\p{L}\\p{N}.'’\\-]*(?:\\s+(?:(?:de|del|di|della|da|do|des|du|van|von|of)\\s+)?\\p{Lu}[\\p{L}\\p{N}.'’\\-]*){0,4})"); //$NON-NLS-1$

	/** The Arabic article's noun, what published it, a publication's noun and its name: "المقال الذي نشرته مجلة «ذي أتلانتك»". */
	private static final Pattern ARABIC_ARTICLE_IN = Pattern.compile("(?<![\\p{IsArabic}])(?:مقال|مقالة|المقال|المقالة|مقالا|مقالاً)(?:\\s+\\p{IsArabic}+){0,3}?\\s+(?:نشرته|نشرتها|نشر في|نشرت في|المنشور في|المنشورة في|في|من|عن|ل)\\s*"
			+ "(?:مجلة|صحيفة|جريدة|موقع|وكالة|قناة)\\s+(?:[«“\"](?<quoted>[^»”\"\\n]{2,40})[»”\"]|(?<words>(?!" + CreditShapes.ARABIC_STOP + ")\\p{IsArabic}+(?:\\s+(?!" + CreditShapes.ARABIC_STOP + ")\\p{IsArabic}+){0,2}))"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	static void find(CreditHolders holders, Scan scan, List<ThirdPartyItem> items) {
		String text = scan.text;
		if (!saysItIsATranslation(scan)) {
			return;
		}
		scan.find(ARTICLE_IN, article -> {
			if (CreditLines.aboutAnArticle(text, article.end())) {
				return; // "je vous recommande un article du Monde": pointed to, not translated
			}
			Matcher publication = PUBLICATION.matcher(text).region(article.end(), Lines.end(text, article.end()));
			if (!publication.lookingAt()) {
				return;
			}
			if (publication.group("quoted") != null) { //$NON-NLS-1$
				ThirdPartyFinder.add(items, text, article.start(), publication.end(), publication.group("quoted")); //$NON-NLS-1$
				return;
			}
			// the longest run of the publication's shape: "New York Times, a firma …" ends at "Times"
			String run = publication.group("run").replaceFirst("[.]+$", ""); // the sentence's end //$NON-NLS-1$ //$NON-NLS-2$
			String[] words = run.split("\\s+"); //$NON-NLS-1$
			for (int n = words.length; n >= 1; n--) {
				String candidate = String.join(" ", Arrays.copyOf(words, n)); //$NON-NLS-1$
				String name = BylineCredits.organisation(holders, candidate);
				if (name != null) {
					ThirdPartyFinder.add(items, text, article.start(), Math.min(publication.end(), publication.start("run") + candidate.length()), name); //$NON-NLS-1$
					return;
				}
			}
		}, "article", "articol", "artícul", "artig", "artikel", "editorial", "éditorial", "column", "chronique", "tribune", "op-ed", "reportag", "reportaj"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$
		scan.find(ARABIC_ARTICLE_IN, article -> {
			String name = article.group("quoted") != null ? article.group("quoted") : article.group("words"); //$NON-NLS-1$ //$NON-NLS-2$
			add(holders, text, article.start(), article.end(), name, items);
		}, "مقال"); //$NON-NLS-1$
	}

	/** A translator's word or notice on a line the translation triggers found (the text is not searched whole). */
	private static boolean saysItIsATranslation(Scan scan) {
		for (int[] line : scan.linesWith(Scan.TRANSLATION)) {
			if (Republications.TRANSLATOR.matcher(scan.text).region(line[0], line[1]).find()) {
				return true;
			}
		}
		return scan.first(Patterns.TRANSLATION_NOTICE, Scan.TRANSLATION) != null;
	}

	private static void add(CreditHolders holders, String text, int start, int end, @Nullable String name, List<ThirdPartyItem> items) {
		if (name == null) {
			return;
		}
		CreditHolders.Holder listed = holders.lookupIgnoringCase(name.strip());
		ThirdPartyFinder.add(items, text, start, end, listed != null ? listed.name() : name.strip());
	}
}
