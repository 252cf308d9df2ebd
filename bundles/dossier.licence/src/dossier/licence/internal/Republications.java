// SPDX-License-Identifier: EPL-2.0
package dossier.licence.internal;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.Nullable;

import dossier.core.model.Article;
import dossier.core.model.TextSpan;
import dossier.licence.CreditHolders;
import dossier.licence.Evidence;
import dossier.licence.ThirdPartyItem;

/**
 * Credits of a text taken from another publication: the original's author and publication above a translation or a
 * republished text, and a publication's name on a line of its own. The guidelines count these as third-party credits
 * (the text belongs to its original author and publisher), in every language:
 * <ul>
 * <li>a byline next to a translator's credit names the original's author ("بقلم: X" / "ترجمة: Y", "By X (Translated
 * by Y)");</li>
 * <li>a byline that names its source or a listed newspaper ("Par X – … – Source Counterpunch", "Ignacio Ramonet – Le
 * Monde Diplomatique", "Por X" / "Do G1 AC"), an article "by X for Y" ("un article de X pour Le Figaro");</li>
 * <li>what a translation was made from ("ترجمة عن صحيفة هآرتس", "traduit du Guardian", "translated from the original
 * Dutch article by X");</li>
 * <li>a publication alone on its line ("موقع وول ستريت جورنال", "Ekurd.net", "INSURGENTE.ORG / 20 octubre 2021", "The
 * Guardian: headline"), and a publication named as publishing what follows ("نشرت وكالة رويترز …").</li>
 * </ul>
 */
final class Republications {

	private Republications() {
	}

	/** A byline's word, then the name: "بقلم: X", "By X", "Par X", "Por X", "Di X", "Von X", "Door X". */
	private static final Pattern BYLINE = Pattern.compile("(?u)(?:^|(?<=\\s))(?:(?i:by|par|por|di|von|door|written by|escrito por|écrit par|scritto da|geschrieben von)|بقلم|كتب|كتبت)\\s*:?\\s*" //$NON-NLS-1$
			+ "(?<name>(?:\\p{Lu}[\\p{L}.'’\\-]*|(?!ترجم)\\p{IsArabic}+)(?:\\s+(?:\\p{Lu}[\\p{L}.'’\\-]*|(?!ترجم|وترجم)\\p{IsArabic}+|d[aeiou]s?|de la|del|van|von|der|le|la|al-|el-)){0,4})"); //$NON-NLS-1$

	/** A translator's credit on a line: "ترجمة: Y", "Translated by Y", "Traduit par", "Traducido por", "Übersetzung:". */
	static final Pattern TRANSLATOR = Pattern.compile("(?iu)(?<![\\p{L}])(?:ترجمة|ترجمه|translated|translation|traduit|traduction|traducid[oa]|traducci[oó]n|tradott[oa]|traduzione|traduzid[oa]|tradução|übersetzt|übersetzung|vertaald|vertaling)(?![\\p{L}])"); //$NON-NLS-1$

	/** A source named after the byline on its line: "– Source Counterpunch", "- Fuente: Rebelión". */
	private static final Pattern SOURCE_AFTER = Pattern.compile("(?iu)(?<![\\p{L}])(?:source|sources|fuente|fuentes|fonte|quelle|bron|المصدر)\\s*:?\\s*(?<source>\\S[^\\n]{0,50}?)\\s*$"); //$NON-NLS-1$

	/** "un article de X pour Y", "an article by X for Y", "un artículo de X para Y", "ein Artikel von X für Y". */
	private static final Pattern ARTICLE_BY_FOR = Pattern.compile("(?iu)(?<![\\p{L}])(?:article|artículo|articolo|artigo|Artikel|artikel|texte|texto|testo|text|tribune|column|chronique|columna)(?:\\s+(?:de opinión|d['’]opinion|di opinione|de opinião))?\\s+(?:de|d['’]|by|di|da|do|von|van)\\s*" //$NON-NLS-1$
			+ "(?<name>(?-i:\\p{Lu})[\\p{L}.'’\\-]*(?:\\s+(?-i:\\p{Lu})[\\p{L}.'’\\-]*){0,3})\\s+(?:pour|for|para|per|für|voor|(?:publi(?:é|cado|shed)|pubblicato|veröffentlicht)\\s+(?:dans|en|in|em|su|sul|on))\\s+" //$NON-NLS-1$
			+ "(?<pub>(?:(?:le|la|les|the|el|il|lo|o|a|die|der|het|de)\\s+|l['’])?(?-i:\\p{Lu})[\\p{L}\\p{N}.'’\\-]*(?:\\s+(?:(?:de|del|di|della|da|do|des|du|van|von)\\s+)?(?-i:\\p{Lu})[\\p{L}\\p{N}.'’\\-]*){0,3})"); //$NON-NLS-1$

	/** A publication's noun before its name: "صحيفة", "newspaper", "quotidien", "periódico", "Zeitung"... */
	private static final String PUBLICATION_NOUN = "(?:صحيفة|جريدة|مجلة|موقع|وكالة|قناة|newspaper|magazine|journal|website|site|quotidien|revue|periódico|diario|revista|sitio|giornale|quotidiano|rivista|sito|jornal|Zeitung|Zeitschrift|Magazin|krant|tijdschrift|dagblad)"; //$NON-NLS-1$

	/** What a translation was made from: "ترجمة عن صحيفة هآرتس", "traduit du Guardian", "translated from The Economist". */
	private static final Pattern TRANSLATED_FROM = Pattern.compile("(?iu)(?<![\\p{L}])(?:ترجمة|مترجم(?:ة)?|translated|traduit(?:e)?|traducid[oa]|tradott[oa]|traduzid[oa]|übersetzt|vertaald)\\s+" //$NON-NLS-1$
			+ "(?:عن|من|from|de|du|del|dal|dallo|dalla|do|da|aus|uit)\\s+(?:(?:the|le|la|el|il|lo|o|a|der|dem|de|het)\\s+|l['’])?" //$NON-NLS-1$
			+ "(?<noun>" + PUBLICATION_NOUN + "\\s+)?(?<name>(?:\\p{IsArabic}+|(?-i:\\p{Lu})[\\p{L}\\p{N}.'’\\-]*)(?:\\s+(?:\\p{IsArabic}+|(?-i:\\p{Lu})[\\p{L}\\p{N}.'’\\-]*)){0,3})"); //$NON-NLS-1$

	/** "the original Dutch article by X", "l'article original de X": the original's author. */
	private static final Pattern ORIGINAL_BY = Pattern.compile("(?iu)(?<![\\p{L}])(?:original(?:e|le)?\\s+(?:\\p{L}+\\s+)?(?:article|text|post|texte|articolo|artículo|artigo|Artikel)|(?:article|texte|articolo|artículo|artigo|Artikel)\\s+original(?:e|le)?)\\s+(?:by|de|di|von|do|da|van)\\s+" //$NON-NLS-1$
			+ "(?<name>(?-i:\\p{Lu})[\\p{L}.'’\\-]*(?:\\s+(?:(?-i:\\p{Lu})[\\p{L}.'’\\-]*|le|la|de|van|von|da|di)){0,4})"); //$NON-NLS-1$

	/** A publication alone on its line, maybe dated: "موقع وول ستريت جورنال", "صحيفة الحياة، 3 أيار 2019". */
	private static final Pattern NOUN_LINE = Pattern.compile("(?u)^(?:(?:عن|نقلا عن|نقلاً عن)\\s+)?(?<credit>(?:صحيفة|جريدة|مجلة|موقع|وكالة|قناة)\\s+\\p{IsArabic}+(?:\\s+\\p{IsArabic}+){0,3})\\s*(?:[،,/\\-–—|]\\s*[\\p{N}\\p{L}\\s/.\\-–—]{0,30})?$"); //$NON-NLS-1$

	/** A site's address alone on its line, maybe dated: "Ekurd.net", "رويترز.كوم", "INSURGENTE.ORG / 20 octubre 2021". */
	private static final Pattern DOMAIN_LINE = Pattern.compile("(?u)^(?<credit>(?:www\\.)?[\\p{L}\\p{N}][\\p{L}\\p{N}\\-]*\\.(?:(?i:com|org|net|info|de|fr|es|it|pt|br|nl|be|ch|at|eu|co\\.uk|uk|tv|ma|dz|tn|eg|lb|sa|ae|ps|iq|sy|jo|ar|mx|cl|co)|كوم|نت))\\s*(?:[,،/\\-–—|]\\s*[\\p{N}\\p{L}\\s/.]{0,30})?[.\\s]*$"); //$NON-NLS-1$

	/** A date after a publication's name on its line: " 01/11/2020", ", 3 marzo 2019", " - 12.05.2021". */
	private static final Pattern DATE_AFTER = Pattern.compile("(?u)[\\s,،/\\-–—|]*\\p{N}[\\p{N}\\p{L}\\s/.\\-]{0,25}"); //$NON-NLS-1$

	/** "Do G1 AC", "Da Folha de S.Paulo": the byline's publication on the next line. */
	private static final Pattern FROM_PUBLICATION = Pattern.compile("(?u)^(?:Do|Da|From|Du|De la|Del|Dal|Vom|Van)\\s+(?<pub>\\p{Lu}[\\p{L}\\p{N}.'’\\-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}.'’\\-]*){0,3})[.\\s]*$"); //$NON-NLS-1$

	/**
	 * A publication named as publishing what the text reports or shows: "نشرت وكالة رويترز …", "ذكرت صحيفة X", "قالت
	 * وكالة رويترز إن", "بحسب ما نقلته وكالة X", an
	 * agency selecting or sending out the pictures shown ("اختارت وكالة الصحافة الفرنسية أفضل 5 صور", "رصدت وكالة
	 * "أسوشيتد برس" مشاهد", "نشرت وكالة الأنباء Anadolu التركية الصور").
	 */
	private static final Pattern PUBLISHED_BY = Pattern.compile("(?u)(?<![\\p{L}])[وف]?(?:نشرت|ذكرت|أوردت|نقلت|رصدت|اختارت|بثت|وزعت|قالت|أفادت|نقلته|أوردته|ذكرته|نشرته|أكدت|كشفت|أشارت|أوضحت|أعلنت)\\s+(?<credit>(?:صحيفة|جريدة|مجلة|موقع|وكالة)\\s+[\"“«]?(?<name>(?:الأنباء\\s+)?\\p{Lu}[\\p{L}\\-]+(?:\\s+\\p{Lu}[\\p{L}\\-]+){0,2}|\\p{IsArabic}+(?:\\s+\\p{IsArabic}+){0,2}))"); //$NON-NLS-1$

	/** A nationality after a publication's name ("الأمريكية", "الفرنسية"): not part of the name. */
	private static final Pattern NATIONALITY = Pattern.compile("(?u)\\s+ال\\p{IsArabic}+ي(?:ة)?(?:\\s.*)?$"); //$NON-NLS-1$


	/** An Italian photographer's credit: "Ph. Mario Rossi", "ph: Mario Rossi". */
	private static final Pattern PH_CREDIT = Pattern.compile("(?u)(?<![\\p{L}])(?:Ph|PH|ph)\\s*[.:]\\s*(?<holder>\\p{Lu}[\\p{L}.'’\\-]+(?:\\s+\\p{Lu}[\\p{L}.'’\\-]+){0,3})"); //$NON-NLS-1$

	/** "Immagine tratta da Wikipedia", "Articolo tratto da Avvenire", "imagen tomada de X", "taken from X". */
	private static final Pattern TAKEN_FROM = Pattern.compile("(?iu)(?<![\\p{L}])(?:tratt[oaie]|tiré(?:e|s|es)?|tomad[oa]s?|extraíd[oa]s?|retirad[oa]s?|entnommen|overgenomen|taken|مأخوذة|مأخوذ|منقولة|منقول)\\s+(?:da|dal|dalla|dallo|dall['’]|de|du|des|de la|del|d[oa]|aus|von|der|dem|uit|van|from|من|عن)\\s+" //$NON-NLS-1$
			+ "(?:(?:il|la|lo|le|the|el|o|a|der|die|dem|de|het)\\s+|l['’])?(?:(?:sito|site|sitio|Website|website|pagina|página|page|blog|موقع|صفحة)\\s+)?" //$NON-NLS-1$
			+ "(?<holder>(?:www\\.)?(?-i:\\p{Lu})[\\p{L}\\p{N}.'’\\-]*(?:\\s+(?:(?:de|del|della|delle|dello|degli|dei|di|da|do|dos|das|van|von|der|des|du|la|y|e)\\s+)?(?-i:\\p{Lu})[\\p{L}\\p{N}.'’\\-]*){0,3}|[\\p{L}\\p{N}\\-]+\\.(?:com|org|net|it|fr|es|de|pt|br|nl)|\\p{IsArabic}+(?:\\s+\\p{IsArabic}+){0,2})"); //$NON-NLS-1$

	/** An agency's copy used in the text: "Mit Material von dpa", "con información de EFE", "com informações da Agência Brasil". */
	private static final Pattern WITH_MATERIAL = Pattern.compile("(?iu)(?<![\\p{L}])(?:mit Material (?:von|der|des)|mit Informationen (?:von|der|des)|con informaci[oó]n (?:de|del)|com informações (?:d[aoe]s?|do site)|with (?:reporting|information|files) (?:from|by)|con informazioni (?:di|da|dell['’]|della)|met (?:informatie|materiaal) van|بالاستعانة ب)\\s*" //$NON-NLS-1$
			+ "(?<holder>[^\\n.;()]{2,60})"); //$NON-NLS-1$

	/** A picture provided by someone: "Fotografía cedida por el Ayuntamiento", "foto fornita da X", "photo fournie par X". */
	private static final Pattern PROVIDED_BY = Pattern.compile("(?iu)(?<![\\p{L}])(?:foto|fotografía|fotografia|photo|imagen|imagem|immagine|image|Bild|beeld)s?\\s+(?:cedid[oa]s?|cedut[oa]|fornit[oa]|fournie?s?|cédée?s?|provided|supplied|zur Verfügung gestellt|ter beschikking gesteld|cedid[oa]s?)\\s+(?:por|por el|por la|pel[oa]|da|dal|dalla|par|by|von|door)\\s+" //$NON-NLS-1$
			+ "(?:(?:el|la|il|le|the|der|die|het|de|o|a)\\s+|l['’])?(?<holder>(?-i:\\p{Lu})[\\p{L}.'’\\-]*(?:\\s+(?:(?-i:\\p{Lu})[\\p{L}.'’\\-]*|de|del|di|da|do|van|von)){0,4})"); //$NON-NLS-1$

	/** A person and a listed newspaper on one short line: "Ignacio Ramonet – Le Monde Diplomatique". */
	private static final Pattern PERSON_PRESS = Pattern.compile("(?u)^(?<name>\\p{Lu}[\\p{L}.'’\\-]+(?:\\s+\\p{Lu}[\\p{L}.'’\\-]*){1,3})\\s*(?:[–—|,]|\\s-)\\s*(?<pub>\\p{Lu}[^\\n–—|,]{1,40}?)[.\\s]*$"); //$NON-NLS-1$

	/** An article in a listed newspaper: "Articolo su L’Espresso", "Article dans Le Figaro", "Artikel im Tagesspiegel". */
	private static final Pattern ARTICLE_IN = Pattern.compile("(?iu)(?<![\\p{L}])(?:articolo|article|artículo|artigo|Artikel|artikel|intervista|entrevista|interview|entretien|tribune|editorial|editoriale|éditorial|Leitartikel|column)\\s+(?:su|sul|sulla|nel|nella|dans|en|no|na|in|im|in der|op|del|de|di)\\s+(?<pub>(?:(?:le|la|il|lo|el|the|o|a|der|die|de|het)\\s+|l['’])?(?-i:\\p{Lu})[\\p{L}\\p{N}.'’\\-]*(?:\\s+(?-i:\\p{Lu})[\\p{L}\\p{N}.'’\\-]*){0,3})"); //$NON-NLS-1$

	/** The source of a translated tale or poem in brackets on its line: "(Julio Cortázar, Último Round, 1969)". */
	private static final Pattern WORK_REFERENCE = Pattern.compile("(?u)^\\((?<credit>(?<name>\\p{Lu}[\\p{L}.'’\\-]+(?:\\s+\\p{Lu}[\\p{L}.'’\\-]+){1,3}),\\s*[^(),\\n]{1,60}),\\s*\\p{N}{4}\\)$"); //$NON-NLS-1$

	/** The original's author described in a translation: "translation of the article … by the Saudi journalist X". */
	private static final Pattern BY_THE_WRITER = Pattern.compile("(?u)(?<![\\p{L}])(?:by|de|di|von|door|par|por)\\s+(?:(?:the|le|la|el|il|der|die|o|a|de)\\s+)?(?:[\\p{L}\\-]+\\s+){0,2}(?:journalist|writer|author|columnist|novelist|poet|reporter|periodista|escritor|escritora|columnista|journaliste|écrivain|écrivaine|chroniqueur|giornalista|scrittore|scrittrice|Journalist|Journalistin|Autor|Autorin|Schriftsteller|jornalista|schrijver|columnist)\\s+(?<name>\\p{Lu}[\\p{L}.'’\\-]+(?:\\s+\\p{Lu}[\\p{L}.'’\\-]+){1,3})"); //$NON-NLS-1$

	private static final String[] ARTICLE_WORDS = { "artic", "artíc", "artig", "artik", "texte", "texto", "testo", "tribune", "column", "chroniq", "opini", "intervi", "entrev", "entreti", "editori", "éditori", "leitart" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$ //$NON-NLS-16$ //$NON-NLS-17$
	private static final String[] WRITER_WORDS = { "journalist", "writer", "author", "columnist", "novelist", "poet", "reporter", "periodista", "escritor", "columnista", "écrivain", "chroniqueur", "giornalista", "scrittor", "autor", "schriftsteller", "schrijver" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$ //$NON-NLS-16$ //$NON-NLS-17$
	private static final String[] PUBLISHING_VERBS = { "نشرت", "ذكرت", "أوردت", "نقلت", "رصدت", "اختارت", "بثت", "وزعت", "قالت", "أفادت", "نقلته", "أوردته", "ذكرته", "نشرته", "أكدت", "كشفت", "أشارت", "أوضحت", "أعلنت" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$
	private static final String[] PH = { "ph.", "ph:", "ph :" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	private static final String[] TAKEN = { "tratt", "tiré", "tirée", "tomad", "extraíd", "retirad", "entnommen", "overgenomen", "taken from", "مأخوذ", "منقول" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
	private static final String[] MATERIAL = { "material", "informa", "reporting", "files ", "بالاستعانة" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	private static final String[] PROVIDED = { "cedid", "cedut", "fornit", "fourni", "cédé", "provided by", "supplied by", "verfügung", "beschikking" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
	private static final String[] ORIGINAL_WORDS = { "original" }; //$NON-NLS-1$
	/** Words a byline opens its line with (lower case), before its name. */
	private static final Pattern BYLINE_START = Pattern.compile("(?:by|par|por|di|von|door|written|escrito|écrit|scritto|geschrieben|بقلم|كتب|كتبت)(?![\\p{L}])"); //$NON-NLS-1$

	static void find(Article article, CreditHolders holders, Scan scan, List<ThirdPartyItem> items) {
		String text = scan.text;
		String lower = scan.lower();
		boolean translation = scan.first(Patterns.TRANSLATION_NOTICE, Scan.TRANSLATION) != null;
		int first = Lines.firstLine(text);
		int[] previous = null;
		List<int[]> shortLines = new java.util.ArrayList<>();
		for (int offset = 0; offset <= text.length(); offset = Lines.end(text, offset) + 1) {
			int[] line = Lines.trimmed(text, offset);
			int length = line[1] - line[0];
			if (length <= 0) {
				continue;
			}
			if (length <= Lines.SHORT_LINE) {
				shortLines.add(line);
			}
			if (line[0] != first) {
				if (length <= 160 && (BYLINE_START.matcher(lower).region(line[0], line[1]).lookingAt() || translation && TRANSLATOR.matcher(text).region(line[0], line[1]).find())) {
					byline(holders, text, line, previous, items);
				}
				if (length <= 60) {
					publicationLine(article, holders, text, line, items, mayStartWithPress(holders, lower, line));
				}
				if (length <= 80 && Character.isUpperCase(text.charAt(line[0])) && hasSeparator(text, line)) {
					Matcher person = PERSON_PRESS.matcher(text).region(line[0], line[1]);
					if (person.matches()) {
						CreditHolders.Holder holder = holders.lookup(Objects.requireNonNull(person.group("pub")).strip()); //$NON-NLS-1$
						if (holder != null && holder.kind() == CreditHolders.Kind.PRESS && !holder.equals(holders.ofUrl(article.sourceUrl()))) {
							ThirdPartyFinder.add(items, text, line[0], line[1], person.group("name") + " / " + person.group("pub")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						}
					}
				}
				if (translation && length <= 80 && text.charAt(line[0]) == '(') {
					Matcher work = WORK_REFERENCE.matcher(text).region(line[0], line[1]);
					if (work.matches()) {
						ThirdPartyFinder.add(items, text, work.start("credit"), work.end("credit"), Objects.requireNonNull(work.group("name"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					}
				}
				int colon = text.indexOf(':', line[0]);
				int press = length <= Lines.SHORT_LINE && colon > line[0] && colon < Math.min(line[1], line[0] + 45) && mayStartWithPress(holders, lower, line) ? pressHeadline(holders, text, line) : -1;
				if (press > 0) {
					CreditHolders.Holder self = holders.ofUrl(article.sourceUrl());
					String name = text.substring(line[0], press);
					if (self == null || !self.name().equals(Objects.requireNonNull(holders.lookup(name)).name())) {
						ThirdPartyFinder.add(items, text, line[0], press, name);
					}
				}
			}
			previous = line;
		}
		// the cue words below are read on short lines only (captions, credit lines, bylines), where credits are
		cues(holders, scan, shortLines, items);
		onLines(scan, shortLines, ARTICLE_BY_FOR, byFor -> {
			{
				String pub = Objects.requireNonNull(byFor.group("pub")).strip(); //$NON-NLS-1$
				int start = byFor.start("name"); //$NON-NLS-1$
				int end = byFor.end("pub"); //$NON-NLS-1$
				// "Un article de X pour Le Figaro": the author too, where a republication cue credited the newspaper alone
				items.removeIf(item -> item.credit().span() != null && item.credit().span().start() < end && item.credit().span().end() > start && item.holders().size() < 2);
				ThirdPartyFinder.add(items, text, start, end, Objects.requireNonNull(byFor.group("name")).strip() + " / " + pub); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}, ARTICLE_WORDS);
		onLines(scan, shortLines, ARTICLE_IN, in -> {
			CreditHolders.Holder holder = holders.lookup(Objects.requireNonNull(in.group("pub")).replaceFirst("^(?i:le|la|il|lo|el|the|o|a|der|die|de|het)\\s+", "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			if (holder != null && holder.kind() == CreditHolders.Kind.PRESS && !CreditLines.aboutAnArticle(text, in.start("pub"))) { //$NON-NLS-1$
				ThirdPartyFinder.add(items, text, in.start(), in.end(), Objects.requireNonNull(in.group("pub"))); //$NON-NLS-1$
			}
		}, ARTICLE_WORDS);
		if (translation) {
			scan.find(TRANSLATED_FROM, from -> {
				String name = Objects.requireNonNull(from.group("name")); //$NON-NLS-1$
				CreditHolders.Holder holder = holders.lookupIgnoringCase(name.strip());
				boolean noun = from.group("noun") != null; //$NON-NLS-1$
				if (noun || holder != null) {
					String clean = NATIONALITY.matcher(name).replaceFirst(""); //$NON-NLS-1$
					int start = noun ? from.start("noun") : from.start("name"); //$NON-NLS-1$ //$NON-NLS-2$
					ThirdPartyFinder.add(items, text, start, from.start("name") + clean.length(), clean); //$NON-NLS-1$
				}
			}, Scan.TRANSLATION);
			scan.find(BY_THE_WRITER, writer -> ThirdPartyFinder.add(items, text, writer.start(), writer.end(), Objects.requireNonNull(writer.group("name"))), WRITER_WORDS); //$NON-NLS-1$
			scan.find(ORIGINAL_BY, original -> ThirdPartyFinder.add(items, text, original.start("name"), original.end("name"), Objects.requireNonNull(original.group("name"))), ORIGINAL_WORDS); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		{
			scan.find(PUBLISHED_BY, published -> {
				String whole = Objects.requireNonNull(published.group("name")); //$NON-NLS-1$
				String name = listedPrefix(holders, Objects.requireNonNull(published.group("credit")), whole); //$NON-NLS-1$
				if (name == null) { // "الأنباء الأردنية" is an agency's name; "لوكورييه انترناسيونال الفرنسية" a name and a nationality
					name = whole.startsWith("الأنباء ") ? whole.split("\\s+")[0] + " " + whole.split("\\s+")[1] : NATIONALITY.matcher(whole).replaceFirst(""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				}
				// an agency is always another's copy ("ذكرت وكالة X"); a newspaper, when listed or in a translation
				if (translation || holders.isKnown(name.strip()) || Objects.requireNonNull(published.group("credit")).startsWith("وكالة")) { //$NON-NLS-1$ //$NON-NLS-2$
					int end = published.start("name") + name.length(); //$NON-NLS-1$
					String noun = Objects.requireNonNull(published.group("credit")).substring(0, published.start("name") - published.start("credit")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					ThirdPartyFinder.add(items, text, published.start("credit"), end, holders.isKnown(noun + name) ? noun + name : name); //$NON-NLS-1$
				}
			}, PUBLISHING_VERBS);
		}
	}

	/** Every match of {@code pattern} on those of {@code lines} that hold one of {@code triggers} (lower case). */
	private static void onLines(Scan scan, List<int[]> lines, Pattern pattern, java.util.function.Consumer<Matcher> each, String[] triggers) {
		String lower = scan.lower();
		for (int[] line : lines) {
			String lineLower = lower.substring(line[0], line[1]);
			for (String trigger : triggers) {
				if (lineLower.contains(trigger)) {
					Matcher matcher = pattern.matcher(scan.text).region(line[0], line[1]);
					while (matcher.find()) {
						each.accept(matcher);
					}
					break;
				}
			}
		}
	}

	/** A dash, bar or comma on the line: what separates a person from a publication. */
	private static boolean hasSeparator(String text, int[] line) {
		for (int i = line[0]; i < line[1]; i++) {
			char c = text.charAt(i);
			if (c == '–' || c == '—' || c == '|' || c == ',' || c == '-' && i > line[0] && text.charAt(i - 1) == ' ') {
				return true;
			}
		}
		return false;
	}

	/** Cue words found anywhere: a photographer's "Ph.", "taken from", an agency's material, a picture provided by someone. */
	private static void cues(CreditHolders holders, Scan scan, List<int[]> lines, List<ThirdPartyItem> items) {
		String text = scan.text;
		onLines(scan, lines, PH_CREDIT, ph -> ThirdPartyFinder.add(items, text, ph.start(), ph.end(), Objects.requireNonNull(ph.group("holder"))), PH); //$NON-NLS-1$
		onLines(scan, lines, TAKEN_FROM, taken -> {
			String holder = Objects.requireNonNull(taken.group("holder")); //$NON-NLS-1$
			if (Lines.isShort(text, taken.start()) && !CreditLines.aboutAnArticle(text, taken.start())) {
				// "Foto de X, extraída de la página Y": a label's credit that read the cue as part of its holder gives way
				String cue = text.substring(taken.start(), text.indexOf(' ', taken.start()) < 0 ? taken.end() : text.indexOf(' ', taken.start()));
				int start = taken.start();
				int end = taken.end();
				boolean replaced = false;
				for (int i = 0; i < items.size() && !replaced; i++) {
					ThirdPartyItem item = items.get(i);
					TextSpan span = item.credit().span();
					if (span != null && span.start() < end && span.end() > start && item.holder().contains(cue)) {
						items.set(i, new ThirdPartyItem(Evidence.at(text, start, end), holder, item.ownLicence(), holders.split(holder)));
						replaced = true;
					}
				}
				if (!replaced) {
					ThirdPartyFinder.add(items, text, start, end, holder);
				}
			}
		}, TAKEN);
		onLines(scan, lines, WITH_MATERIAL, material -> {
			String holder = Objects.requireNonNull(material.group("holder")).strip(); //$NON-NLS-1$
			if (holders.mentionsAny(holder)) {
				ThirdPartyFinder.add(items, text, material.start(), material.end(), holder.replaceAll("(?iu)\\s+(?:und|y|e|and|et|en|و)\\s+", " / ")); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}, MATERIAL);
		onLines(scan, lines, PROVIDED_BY, provided -> ThirdPartyFinder.add(items, text, provided.start(), provided.end(), Objects.requireNonNull(provided.group("holder"))), PROVIDED); //$NON-NLS-1$
	}

	/**
	 * A byline that credits another publication's text: next to a translator's credit (on its line, the line before or
	 * the line after), with a source on its line, above a "Do/Da publication" line or a source line ("المصدر: X").
	 */
	private static void byline(CreditHolders holders, String text, int[] line, int @Nullable [] previous, List<ThirdPartyItem> items) {
		Matcher byline = BYLINE.matcher(text).region(line[0], line[1]);
		if (!byline.find()) {
			return;
		}
		boolean atStart = byline.start() == line[0];
		String rest = text.substring(byline.end("name"), line[1]); //$NON-NLS-1$
		int[] next = nextLine(text, line);
		int[] afterNext = next == null ? null : nextLine(text, next);
		boolean translator = TRANSLATOR.matcher(rest).find()
				|| atStart && (next != null && TRANSLATOR.matcher(text).region(next[0], next[1]).lookingAt()
						|| afterNext != null && afterNext[1] - afterNext[0] <= 60 && TRANSLATOR.matcher(text).region(afterNext[0], afterNext[1]).lookingAt()
						|| previous != null && TRANSLATOR.matcher(text).region(previous[0], previous[1]).lookingAt()
						|| previous != null && pressHeadline(holders, text, previous) >= 0); // "The Guardian: headline" / "Por X": the original's author
		String name = Objects.requireNonNull(byline.group("name")).strip(); //$NON-NLS-1$
		if (translator && (atStart || Character.isUpperCase(text.charAt(byline.start())))) {
			ThirdPartyFinder.add(items, text, byline.start(), byline.end("name"), name); //$NON-NLS-1$
			return;
		}
		if (!atStart) {
			return;
		}
		Matcher source = SOURCE_AFTER.matcher(rest);
		if (source.find() && rest.substring(0, source.start()).matches("(?u)\\s*[–—\\-|,،]\\s*(?:[^\\n]{0,40}[–—\\-|,،]\\s*)?")) { //$NON-NLS-1$
			ThirdPartyFinder.add(items, text, byline.start("name"), line[1], name + " / " + Objects.requireNonNull(source.group("source"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			return;
		}
		if (next != null && rest.isBlank()) {
			Matcher from = FROM_PUBLICATION.matcher(text).region(next[0], next[1]);
			if (from.matches()) {
				ThirdPartyFinder.add(items, text, byline.start("name"), next[1], name + " / " + Objects.requireNonNull(from.group("pub"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				return;
			}
		}
		if (next != null) {
			// "بقلم: X، مديرة برنامج …" / "المصدر: فورين بوليسي": the byline's author wrote for the source named just below
			Matcher below = Patterns.SOURCE_LABEL.matcher(text).region(next[0], next[1]);
			if (below.matches() && !ThirdPartyFinder.AGENCIES.matcher(Objects.requireNonNull(below.group("name"))).matches()) { //$NON-NLS-1$
				ThirdPartyFinder.add(items, text, byline.start(), next[1], name + " / " + Objects.requireNonNull(below.group("name")).replaceAll("[.\\s]+$", "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			}
		}
	}

	/** The longest listed holder the credit begins with, with or without its noun ("وكالة الأنباء السعودية"), as the name's words; or null. */
	private static @Nullable String listedPrefix(CreditHolders holders, String credit, String name) {
		String noun = credit.substring(0, credit.length() - name.length());
		String[] words = name.split("\\s+"); //$NON-NLS-1$
		for (int n = words.length; n > 0; n--) {
			String candidate = String.join(" ", java.util.Arrays.copyOf(words, n)); //$NON-NLS-1$
			if (holders.isKnown(noun + candidate) || holders.isKnown(candidate)) {
				return candidate;
			}
		}
		return null;
	}

	/** The next line with text after {@code line}, or null. */
	private static int @Nullable [] nextLine(String text, int[] line) {
		for (int offset = Lines.end(text, line[1]) + 1; offset <= text.length(); offset = Lines.end(text, offset) + 1) {
			int[] next = Lines.trimmed(text, offset);
			if (next[1] > next[0]) {
				return next;
			}
		}
		return null;
	}

	/**
	 * The first word of every listed newspaper's name in lower case (its first two when the first is an article: "the
	 * guardian", "le monde"): a line whose start is none of these cannot open with a newspaper, and the long alias
	 * pattern is not run on it.
	 */
	private static final java.util.Set<String> ARTICLES = java.util.Set.of("the", "le", "la", "les", "el", "il", "lo", "o", "a", "die", "der", "de", "het", "l'", "l’"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$
	private static final java.util.Set<String> PRESS_STARTS = pressStarts(CreditHolders.builtIn());

	private static java.util.Set<String> pressStarts(CreditHolders holders) {
		java.util.Set<String> starts = new java.util.HashSet<>();
		for (CreditHolders.Holder holder : holders.holders()) {
			if (holder.kind() == CreditHolders.Kind.PRESS) {
				for (String alias : holder.aliases()) {
					starts.add(startKey(alias.toLowerCase(java.util.Locale.ROOT)));
				}
				starts.add(startKey(holder.name().toLowerCase(java.util.Locale.ROOT)));
			}
		}
		return starts;
	}

	/** The first word of {@code lower}, or its first two when the first is an article. */
	private static String startKey(String lower) {
		String[] words = lower.strip().split("[\\s:،,]+", 3); //$NON-NLS-1$
		return words.length > 1 && ARTICLES.contains(words[0]) ? words[0] + " " + words[1] : words[0]; //$NON-NLS-1$
	}

	/** True when {@code line} may open with a listed newspaper's name (see {@link #PRESS_STARTS}). */
	private static boolean mayStartWithPress(CreditHolders holders, String lower, int[] line) {
		return holders != CreditHolders.builtIn() || PRESS_STARTS.contains(startKey(lower.substring(line[0], Math.min(line[1], line[0] + 60))));
	}

	/** A publication alone on its line: a noun and a name, a site's address, a listed newspaper before a colon or alone. */
	private static void publicationLine(Article article, CreditHolders holders, String text, int[] line, List<ThirdPartyItem> items, boolean maybePress) {
		String lineText = text.substring(line[0], line[1]);
		Matcher noun = NOUN_LINE.matcher(lineText);
		if (noun.matches()) {
			String credit = Objects.requireNonNull(noun.group("credit")); //$NON-NLS-1$
			ThirdPartyFinder.add(items, text, line[0] + noun.start("credit"), line[0] + noun.end("credit"), credit.replaceFirst("^\\S+\\s+", "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			return;
		}
		Matcher domain = lineText.indexOf('.') > 0 ? DOMAIN_LINE.matcher(lineText) : null;
		if (domain != null && domain.matches()) {
			String site = Objects.requireNonNull(domain.group("credit")); //$NON-NLS-1$
			String own = hostOf(article.sourceUrl());
			if (own == null || !own.toLowerCase(java.util.Locale.ROOT).endsWith(site.toLowerCase(java.util.Locale.ROOT).replaceFirst("^www\\.", ""))) { //$NON-NLS-1$ //$NON-NLS-2$
				ThirdPartyFinder.add(items, text, line[0], line[0] + site.length(), site);
			}
			return;
		}
		Pattern alias = holders.aliasPattern();
		if (alias == null || !maybePress) {
			return;
		}
		Matcher name = alias.matcher(lineText);
		if (name.lookingAt()) {
			CreditHolders.Holder holder = holders.lookup(name.group());
			String after = lineText.substring(name.end());
			if (holder != null && holder.kind() == CreditHolders.Kind.PRESS && (after.isBlank() || DATE_AFTER.matcher(after).matches())) { // "La Stampa 01/11/2020"
				CreditHolders.Holder self = holders.ofUrl(article.sourceUrl());
				if (self == null || !self.name().equals(holder.name())) {
					ThirdPartyFinder.add(items, text, line[0], line[0] + name.end(), name.group());
				}
			}
		}
	}

	/** "The Guardian: headline", "CNN: …": the end of a listed newspaper's name opening its line before a colon, or -1. */
	private static int pressHeadline(CreditHolders holders, String text, int[] line) {
		Pattern alias = holders.aliasPattern();
		if (alias == null) {
			return -1;
		}
		Matcher name = alias.matcher(text).region(line[0], line[1]);
		if (name.lookingAt() && name.end() + 3 < line[1] && text.charAt(name.end()) == ':') {
			CreditHolders.Holder holder = holders.lookup(name.group());
			if (holder != null && holder.kind() == CreditHolders.Kind.PRESS) {
				return name.end();
			}
		}
		return -1;
	}

	private static @Nullable String hostOf(@Nullable String url) {
		if (url == null) {
			return null;
		}
		Matcher host = HOST.matcher(url);
		return host.find() ? host.group(1) : null;
	}

	private static final Pattern HOST = Pattern.compile("^[a-z]+://([^/:?#]+)", Pattern.CASE_INSENSITIVE); //$NON-NLS-1$
}
