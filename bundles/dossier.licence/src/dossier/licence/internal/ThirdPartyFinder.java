// SPDX-License-Identifier: EPL-2.0
package dossier.licence.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.Nullable;

import dossier.core.model.Article;
import dossier.core.model.Credit;
import dossier.core.model.TextSpan;
import dossier.licence.CreditHolders;
import dossier.licence.Evidence;
import dossier.licence.LicenceId;
import dossier.licence.ThirdPartyItem;

/**
 * Finds credits of third-party material: agency photographs ("© NAME / POOL / AFP via Getty Images"), labelled
 * credits ("Photo: Reuters", "Foto: ANSA", "(تصوير: ...)", "(أرشيفية - رويترز)"), items used with permission.
 */
final class ThirdPartyFinder {

	private ThirdPartyFinder() {
	}

	static List<ThirdPartyItem> find(Article article, Scan scan) {
		String text = scan.text;
		List<ThirdPartyItem> items = new ArrayList<>();
		CreditHolders holders = CreditHolders.builtIn();
		scan.find(Patterns.COPYRIGHT_SIGN, sign -> {
			int[] line = Lines.trimmed(text, sign.start());
			String lineText = text.substring(line[0], line[1]);
			String holder = sign.group("holder").strip(); //$NON-NLS-1$
			boolean atLineStart = sign.start() == line[0];
			boolean agency = Patterns.AGENCY_CUE.matcher(holder).find() || holders.mentionsAny(holder)
					|| PROVIDED.matcher(holder).lookingAt();
			boolean caption = Patterns.ITEM_CUE.matcher(lineText).find() && lineText.length() <= Lines.SHORT_LINE;
			boolean notice = Patterns.YEAR_AFTER_SIGN.matcher(text.substring(sign.start(), line[1])).find()
					|| Patterns.ALL_RIGHTS_RESERVED.matcher(lineText).find() || RIGHTS_NOT_HOLDER.matcher(holder).lookingAt();
			if (!notice && (!atLineStart && lineText.length() <= Lines.SHORT_LINE || agency || caption)) {
				add(items, text, sign.start(), sign.end(), holder);
			}
		}, Scan.COPYRIGHT);
		scan.find(Patterns.LABEL_CREDIT, label -> {
			// "Bild: picture alliance/dpa | Frank Molter": the photographer after a bar at the end of the line
			Matcher bar = BAR_NAME.matcher(text).region(label.end("holder"), Lines.end(text, label.start())); //$NON-NLS-1$
			int end = bar.lookingAt() ? bar.end(1) : label.end("holder"); //$NON-NLS-1$
			add(items, text, label.start(), end, text.substring(label.start("holder"), end)); //$NON-NLS-1$
		}, Scan.PHOTO);
		scan.find(Patterns.BY_CREDIT, by -> {
			if (Lines.isShort(text, by.start())) {
				add(items, text, by.start(), by.end("holder"), by.group("holder")); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}, Scan.PHOTO);
		scan.find(Patterns.ARABIC_CREDIT, arabic -> {
			String holder = arabic.group("holder") != null ? arabic.group("holder") //$NON-NLS-1$ //$NON-NLS-2$
					: arabic.group("holder2") != null ? arabic.group("holder2") : arabic.group("holder3"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			add(items, text, arabic.start(), arabic.end(), holder);
		}, Scan.ARABIC_CREDIT);
		scan.find(Patterns.SOURCE_CREDIT, source -> {
			if (Lines.isShort(text, source.start())) {
				add(items, text, source.start(), source.end("holder"), source.group("holder")); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}, Scan.SOURCE);
		scan.find(Patterns.SOURCE_BARE, source -> {
			String holder = source.group("holder").strip(); //$NON-NLS-1$
			boolean named = !Character.isLowerCase(holder.charAt(0)) || holders.lookupIgnoringCase(holder) != null;
			if (named && Lines.isShort(text, source.start()) && holder.split("\\s+").length <= 6 && !CaptionCredits.ownPublisher(article, holder)) { //$NON-NLS-1$
				add(items, text, source.start(), source.end("holder"), holder); //$NON-NLS-1$
			}
		}, Scan.SOURCE);
		scan.find(Patterns.BRACKETED, bracket -> {
			String content = Objects.requireNonNull(bracket.group("holder")); //$NON-NLS-1$
			if ((agencyCredit(holders, content) || AGENCIES.matcher(content).matches()) && !expansion(holders, text, bracket.start(), content)) {
				add(items, text, bracket.start(), bracket.end(), content);
			}
		}, Scan.BRACKET);
		AgencyLines.creditLines(article, holders, scan, items);
		scan.find(DATED_AGENCY_BYLINE, byline -> {
			String holder = Objects.requireNonNull(byline.group("holder")); //$NON-NLS-1$
			if (AgencyLines.startsWithAgency(holders, holder)) {
				CreditHolders.Holder whole = holders.lookupIgnoringCase(holder.strip());
				add(items, text, byline.start(), byline.end("holder"), whole != null ? whole.name() : holder); //$NON-NLS-1$
			}
		}, "|", "•", "·"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		scan.find(CreditLines.PHOTO_BY_OF_AGENCY, photo -> {
			String agency = photo.group("agency").strip(); //$NON-NLS-1$
			CreditHolders.Holder holder = holders.lookup(agency);
			if (holder != null && holder.kind() != CreditHolders.Kind.PRESS) {
				add(items, text, photo.start(), photo.end(), photo.group("name") + " / " + agency); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}, Scan.PHOTO);
		ReportedSources.find(article, holders, scan, items);
		barChains(holders, text, items);
		scan.find(ITEM_WORD_HOLDER, labelled -> {
			CreditHolders.Holder whole = holders.lookupIgnoringCase(labelled.group("holder").strip()); //$NON-NLS-1$
			if (Lines.isShort(text, labelled.start()) && whole != null) {
				add(items, text, labelled.start(), labelled.end("holder"), whole.name()); //$NON-NLS-1$
			} else if (Lines.isShort(text, labelled.start()) && closesACaption(text, labelled.start()) && CreditLines.isName(labelled.group("holder").strip())) { //$NON-NLS-1$
				add(items, text, labelled.start(), labelled.end("holder"), labelled.group("holder")); //$NON-NLS-1$
			}
		}, "foto", "photo", "bild", "beeld"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		scan.find(ITEM_WORD_PERSON, photo -> {
			String holder = Objects.requireNonNull(photo.group("holder")); //$NON-NLS-1$
			if (scan.isShortOrCaption(photo.start()) && !CaptionCredits.ownPublisher(article, holder)) {
				add(items, text, photo.start(), photo.end("holder"), holder); //$NON-NLS-1$
			}
		}, "foto", "photo", "bild", "beeld"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		scan.find(SCREENSHOT_SOURCE, shot -> {
			boolean arabic = shot.group("holder") == null; //$NON-NLS-1$
			String holder = Objects.requireNonNull(arabic ? shot.group("holder2") : shot.group("holder")); //$NON-NLS-1$ //$NON-NLS-2$
			if (scan.isShortOrCaption(shot.start()) && !CaptionCredits.ownPublisher(article, holder)) {
				add(items, text, shot.start(), shot.end(arabic ? "holder2" : "holder"), holder); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}, "capture d", "screenshot", "screen capture", "ausriss", "bildschirmfoto", "captura de", "schermata", "عن موقع"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
		scan.find(CAPITALS_PHOTO_LINE, photo -> {
			String holder = photo.group("holder"); //$NON-NLS-1$
			if (holder.contains(",") || holder.contains(" VIA ") || holders.mentionsAny(holder)) { // not a heading: "FOTO DEL GIORNO" //$NON-NLS-1$ //$NON-NLS-2$
				add(items, text, photo.start(), photo.end("holder"), holder); //$NON-NLS-1$
			}
		}, "photo", "foto"); //$NON-NLS-1$ //$NON-NLS-2$
		scan.find(PROVIDED_SWISS, provided -> add(items, text, provided.start(), provided.end("holder"), provided.group("holder")), "zvg"); //$NON-NLS-1$ //$NON-NLS-2$
		scan.find(Patterns.CHAIN_CREDIT, chain -> {
			String holder = chain.group("holder"); //$NON-NLS-1$
			if (holders.mentionsAny(holder) && !holder.contains("://")) { //$NON-NLS-1$
				int start = chain.start();
				Matcher place = DATELINE_PLACE.matcher(holder);
				if (start == Lines.start(text, start) && place.lookingAt() && !holders.isKnown(place.group(1))
						&& holders.isKnown(holder.substring(holder.lastIndexOf('/') + 1).strip())) {
					// "إسطنبول/ أنداج هونغور/ الأناضول", "باكو/ روسلان رحيموف/ الأناضول": a dateline's town, its reporter, the agency
					start += place.end();
					holder = holder.substring(place.end());
				}
				add(items, text, start, chain.end(), holder);
			}
		}, Scan.SLASH);
		scan.find(REPRODUCED, reproduced -> {
			String name = reproduced.group("name"); //$NON-NLS-1$
			String holder = reproduced.group("holder"); //$NON-NLS-1$
			int start = name != null ? reproduced.start("name") : reproduced.start(); //$NON-NLS-1$
			add(items, text, start, reproduced.end("holder"), (name != null ? name + " / " : "") + holder); //$NON-NLS-1$ //$NON-NLS-2$
		}, "reprodu", "divulga"); //$NON-NLS-1$ //$NON-NLS-2$
		scan.find(SITE_SOURCE, site -> add(items, text, site.start(), site.end("site"), site.group("site")), "الموقع"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		scan.find(Patterns.REPUBLISHED, republished -> {
			if (Lines.isShort(text, republished.start()) && !CreditLines.aboutAnArticle(text, republished.start())) { // add() drops "published in March 2020": it names no holder
				String holder = republished.group("holder"); //$NON-NLS-1$
				if (holder != null && Languages.isLanguageName(holder)) {
					// "Originally published in English": the original's language (a translation's sign, ElementFinder), no holder;
					// the publisher named after it is ("… in English by Global Voices")
					Matcher by = Patterns.BY_PUBLICATION.matcher(text).region(republished.end(), Lines.end(text, republished.end()));
					if (by.lookingAt()) {
						add(items, text, republished.start(), by.end(), by.group("holder")); //$NON-NLS-1$
					}
					return;
				}
				add(items, text, republished.start(), republished.end(), holder);
			}
		}, Scan.REPUBLISHED);
		scan.find(Patterns.CAPITALS_CHAIN, chain -> {
			String holder = chain.group("holder"); //$NON-NLS-1$
			boolean person = Arrays.stream(holder.split("/")).anyMatch(part -> part.strip().split("[ _]+").length >= 2); //$NON-NLS-1$ //$NON-NLS-2$
			if (person && Lines.isShort(text, chain.start())) {
				add(items, text, chain.start(), chain.end(), holder.replace('_', ' '));
			}
		}, Scan.SLASH);
		scan.find(Patterns.VIA_HOLDER, via -> {
			String holder = via.group("holder"); //$NON-NLS-1$
			String last = holder.substring(Math.max(holder.lastIndexOf(" via "), holder.lastIndexOf(" عبر ")) + 5); //$NON-NLS-1$ //$NON-NLS-2$
			if (holders.isKnown(last.strip())) {
				// "Sarah Rice for The Washington Post via Getty Images": the photographer working for the publication first
				Matcher forName = NAME_FOR.matcher(text).region(Math.max(Lines.start(text, via.start()), via.start() - 50), via.start());
				boolean photographer = forName.find();
				add(items, text, photographer ? forName.start() : via.start(), via.end(), photographer ? forName.group(1) + " / " + holder : holder); //$NON-NLS-1$
			} else {
				CreditShapes.unlistedVia(text, via, items);
			}
		}, Scan.VIA);
		scan.find(Patterns.COURTESY, courtesy -> {
			// "… إلا بإذن كتابي من الإدارة", "only by permission of the editors": the permission a reservation asks for, not a courtesy credit
			if (Lines.isShort(text, courtesy.start()) && !Patterns.ONLY_BEFORE.matcher(text).region(Math.max(Lines.start(text, courtesy.start()), courtesy.start() - 12), courtesy.start()).find()
					&& !WRITTEN_LEAVE.matcher(Objects.requireNonNullElse(courtesy.group("holder"), "")).lookingAt()) { //$NON-NLS-1$ //$NON-NLS-2$
				add(items, text, courtesy.start(), courtesy.end(), courtesy.group("holder")); //$NON-NLS-1$
			}
		}, Scan.COURTESY);
		scan.find(FROM_A_SITE, site -> {
			CreditHolders.Holder holder = holders.lookupIgnoringCase(site.group("site").replaceFirst("^www\\.", "")); //$NON-NLS-1$ //$NON-NLS-2$
			TextSpan span = new TextSpan(site.start("site"), site.end()); //$NON-NLS-1$
			boolean credited = items.stream().anyMatch(item -> item.credit().span().overlaps(span));
			if (!credited && holder != null && (holder.kind() == CreditHolders.Kind.SITE || holder.kind() == CreditHolders.Kind.LIBRARY) && Lines.isShort(text, site.start())) {
				add(items, text, site.start("site"), site.end(), holder.name() + (site.group("name") == null ? "" : " / " + site.group("name"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
		}, SITE_TRIGGERS);
		scan.find(Patterns.WITH_PERMISSION, permission -> {
			int[] line = Lines.trimmed(text, permission.start());
			String lineText = text.substring(line[0], line[1]);
			TextSpan lineSpan = new TextSpan(line[0], line[1]);
			boolean credited = items.stream().anyMatch(item -> item.credit().span().overlaps(lineSpan));
			boolean used = Patterns.USED_WITH_PERMISSION.matcher(permission.group()).lookingAt(); // "Utilisée avec permission."
			if (credited) {
				// "Foto: X. Used with permission": the credit found already is an item used with permission
				for (int i = 0; i < items.size(); i++) {
					ThirdPartyItem item = items.get(i);
					if (item.credit().span().overlaps(lineSpan) && item.ownLicence() == null) {
						items.set(i, new ThirdPartyItem(item.credit(), item.holder(), new LicenceId(LicenceId.FAMILY_WITH_PERMISSION, null, null), item.holders()));
					}
				}
			} else if (lineText.length() <= Lines.SHORT_LINE && (used || Patterns.ITEM_CUE.matcher(lineText).find())) {
				String holder = lineText.substring(0, permission.start() - line[0]).replaceAll("[\\s.,;:–—-]+$", ""); //$NON-NLS-1$ //$NON-NLS-2$
				add(items, text, line[0], line[1], holder.isEmpty() ? lineText : holder, new LicenceId(LicenceId.FAMILY_WITH_PERMISSION, null, null));
			}
		}, Scan.PERMISSION);
		Republications.find(article, holders, scan, items);
		TranslatedArticleSources.find(holders, scan, items);
		ProseCredits.find(holders, scan, items);
		CreditShapes.find(holders, scan, items);
		CaptionCredits.find(article, holders, text, items);
		BylineCredits.find(article, holders, text, items);
		for (Credit credit : article.credits()) {
			TextSpan span = credit.span();
			if (span != null && Patterns.AGENCY_CUE.matcher(credit.text()).find()) {
				String holder = credit.text().replaceFirst("^\\s*(?:©|\\(c\\))\\s*", ""); //$NON-NLS-1$ //$NON-NLS-2$
				add(items, text, span.start(), span.end(), holder);
			}
		}
		// the page's own name is never a third party: "المصدر: وكالة قدس نت للأنباء - غزة" on that agency's site, its name heading the page
		for (String own : new String[] { article.publisher(), article.title() }) {
			String name = own == null ? "" : own.strip().toLowerCase(Locale.ROOT); //$NON-NLS-1$
			if (name.length() >= 4) {
				items.removeIf(item -> !item.holders().isEmpty() && item.holders().get(0).toLowerCase(Locale.ROOT).startsWith(name)
						|| item.credit().text().strip().toLowerCase(Locale.ROOT).equals(name));
			}
		}
		CreditHolders.Holder self = publisherItself(holders, article);
		if (self != null) {
			// "أنقرة / الأناضول" on the agency's own site: the publisher, not a third party
			// "© NAME/Agência Brasil" on Agência Brasil's site: its staff photographer
			items.removeIf(item -> !item.agencies().isEmpty() && item.agencies().stream().allMatch(self.name()::equals));
		}
		items.sort(Comparator.comparingInt(item -> item.credit().span().start()));
		return items;
	}

	/** "©tutti i diritti servati", "© all rights…": a © before the rights it reserves names no holder (misspelt, the phrase is still no credit). */
	private static final Pattern RIGHTS_NOT_HOLDER = Pattern.compile("(?iu)(?:tutti i diritti|all rights|tous (?:les )?droits|todos los derechos|todos os direitos|alle rechte|alle rechten|جميع الحقوق|كل الحقوق|كافة الحقوق)(?![\\p{L}])"); //$NON-NLS-1$

	/** The listed holder that published the article (by its site's host name or the publisher's name), or null. */
	private static CreditHolders.@Nullable Holder publisherItself(CreditHolders holders, Article article) {
		for (String url : new String[] { article.sourceUrl(), article.canonicalUrl() }) {
			CreditHolders.Holder holder = holders.ofUrl(url);
			if (holder != null) {
				return holder;
			}
		}
		return holders.lookup(article.publisher());
	}

	/** A dateline's town opening a chain of three names or more: one word, a slash, then a name of two words or more and another slash. */
	private static final Pattern DATELINE_PLACE = Pattern.compile("([\\p{L}\\p{M}]+)\\s*/\\s*(?=[\\p{L}\\p{M}]+\\s+[\\p{L}\\p{M}]+[^/]*/)"); //$NON-NLS-1$

	/** A credit line in capitals with no colon: "PHOTO FONDATION NAJIBA, VIA ARCHIVES AGENCE FRANCE-PRESSE", "PHOTO MARCO CAMPANOZZI, LA PRESSE". */
	private static final Pattern CAPITALS_PHOTO_LINE = Pattern.compile("^\\s*(?:PHOTOS?|FOTOS?|PHOTOGRAPHIE)\\s+(?<holder>\\p{Lu}[\\p{Lu}\\p{N} .,'’&\\-]{2,90}?)\\s*$", Pattern.MULTILINE); //$NON-NLS-1$

	/** A handout or a reproduction in a credit: "Reprodução/YouTube", "Ricardo Stuckert/Reprodução/Instagram", "Divulgação Viradouro", "Reproducción / EFE". */
	private static final Pattern REPRODUCED = Pattern.compile("(?<![\\p{L}])(?:(?<name>\\p{Lu}[\\p{L}'’\\-]*(?:\\s+\\p{Lu}[\\p{L}'’\\-]*){1,3})\\s*/\\s*)?"
			+ "(?:Reprodução|Reproducción|Divulgação|REPRODUÇÃO|DIVULGAÇÃO)(?:\\s*[/:|]\\s*|\\s+)(?<holder>\\p{Lu}[\\p{L}\\p{N}.'’\\-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}.'’\\-]*){0,3})[\\s.]*$", Pattern.MULTILINE); //$NON-NLS-1$

	/** A site named as the source of a republished item: "الموقع :arabic.cnn.com" (an aggregator's source block). */
	private static final Pattern SITE_SOURCE = Pattern.compile("(?<![\\p{L}])الموقع\\s*[:：]\\s*(?<site>(?:www\\.)?[\\p{L}\\p{N}\\-]+(?:\\.[\\p{L}\\p{N}\\-]+)*\\.(?:com|org|net|[a-z]{2}))(?![\\p{L}.])"); //$NON-NLS-1$

	/** A photographer's name and "for" just before a "via" credit: "Sarah Rice for ". */
	private static final Pattern NAME_FOR = Pattern.compile("(\\p{Lu}[\\p{L}'’\\-]*(?:\\s+\\p{Lu}[\\p{L}'’\\-]*){1,3})\\s+for\\s+$"); //$NON-NLS-1$

	private static final Pattern BAR_NAME = Pattern.compile("\\s*\\|\\s*(\\p{Lu}[\\p{L}.'’\\- ]{1,40}?)\\s*$"); //$NON-NLS-1$

	/** "© Provided by X", "© Courtesy of X": a credit, not the article's notice. */
	private static final Pattern PROVIDED = Pattern.compile("(?:provided by|courtesy(?: of)?|fornit[oa] da|fourni(?:e)? par|cortesía de|cortesia de|zur Verfügung gestellt)", //$NON-NLS-1$
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** "Rodrigo Jiménez | EFE", "ÁLEX ZEA | EUROPAPRESS": a name and a listed holder on either side of a bar. */
	private static final Pattern BAR_CHAIN = Pattern.compile("(?<![\\p{L}.])(?<holder>\\p{Lu}(?:\\.|[\\p{L}'’\\-]*)(?: \\p{Lu}(?:\\.|[\\p{L}'’\\-]*)){0,3}\\s*\\|\\s*(?<last>\\p{Lu}[\\p{L}\\-]*(?: \\p{Lu}[\\p{L}\\-]*){0,2}))(?![\\p{L}])"); //$NON-NLS-1$

	private static void barChains(CreditHolders holders, String text, List<ThirdPartyItem> items) {
		if (text.indexOf('|') < 0) {
			return;
		}
		Matcher chain = BAR_CHAIN.matcher(text);
		while (chain.find()) {
			// "Rodrigo Jiménez | EFE Yolanda Díaz (Sumar), …": in a run of captions the next caption follows the agency
			String[] words = chain.group("last").strip().split(" "); //$NON-NLS-1$
			for (int n = words.length; n >= 1; n--) {
				String last = String.join(" ", java.util.Arrays.copyOf(words, n)); //$NON-NLS-1$
				if (holders.isKnown(last)) {
					int end = chain.start("last") + last.length(); //$NON-NLS-1$
					add(items, text, chain.start(), end, text.substring(chain.start("holder"), end).replace('|', '/')); //$NON-NLS-1$
					break;
				}
			}
		}
	}

	/** True when a sentence of the caption ends just before {@code offset}: "... in Amsterdam. Beeld Jan de Vries". */
	private static boolean closesACaption(String text, int offset) {
		int i = offset - 1;
		while (i > 0 && Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\n') {
			i--;
		}
		return i > Lines.start(text, offset) + 20 && ".!?)»”".indexOf(text.charAt(i)) >= 0;
	}

	/**
	 * An item's word and a person's name with no colon closing a line (issue 15, twentieth session): "…, foto Andor Heij",
	 * "(foto e video Christian Flammia)", "… sous une chape de chaleur Photo Q. Salinier", "Foto Kevin van der Laan, Paddepoel"
	 * (a place after the name). The word opens the line or a bracket, follows a comma or a sentence's end, or is capitalised
	 * after a word ("… chaleur Photo …"); the name is two to four capitalised words in mixed case, initials and particles
	 * allowed ("FOTO DEL GIORNO" is a heading, "la foto di Mario" a sentence).
	 */
	private static final Pattern ITEM_WORD_PERSON = Pattern.compile("(?u)(?:^|(?<=[,;.(&|]\\s?)|(?<=[\\p{L}\\p{N}] )(?=\\p{Lu}))(?i:foto|photo|beeld|bild|fotografia|fotografía)"
			+ "(?:\\s+(?i:e|y|en|et|und|&)\\s+(?i:video|vídeo|vidéo))?\\s+(?<holder>\\p{Lu}(?:\\.|\\p{Ll}[\\p{L}'’\\-]*)"
			+ "(?:\\s+(?:(?:van|von|de|der|den|di|da|del|della|dos|das|du|le|la|ter|ten)\\s+){0,2}\\p{Lu}(?:\\.|\\p{Ll}[\\p{L}'’\\-]*)){1,3})"
			+ "\\s*\\)?(?:\\s*,\\s*\\p{Lu}[\\p{L}\\-]+)?[\\s.]*$", Pattern.MULTILINE); //$NON-NLS-1$

	/**
	 * An agency's byline inside a line, then a bar or a bullet and the date (issue 15, twentieth session): "… Fischmarkt Von dpa |
	 * 07.08.2023, 22:44 Uhr", "By Reuters • 12/03/2024" — a page's heading, byline and date run together on one line.
	 */
	private static final Pattern DATED_AGENCY_BYLINE = Pattern.compile("(?<![\\p{L}])(?i:von|by|par|por|door|di|da|de)\\s+(?<holder>\\p{L}[\\p{L}\\p{N}.\\-]*(?:\\s+\\p{L}[\\p{L}\\p{N}.\\-]*){0,2}?)"
			+ "\\s*[|•·]\\s*\\p{N}{1,2}[./-]\\p{N}{1,2}[./-]\\p{N}{2,4}(?![\\p{N}])"); //$NON-NLS-1$

	/**
	 * A screenshot's word and its source with no colon closing a line (issue 15, twentieth session): "Capture d'écran Oui.SNCF",
	 * "Ausriss Bild.de", "Screenshot YouTube", "captura de pantalla de X"; and the Arabic "عن موقع X" ("from the site X") closing
	 * a caption, "صورة ملتقطة من الشاشة … عن موقع فيسبوك". The source is a site's name or one to three capitalised words.
	 */
	private static final Pattern SCREENSHOT_SOURCE = Pattern.compile("(?u)(?<![\\p{L}])(?:(?i:capture d['’]écran|screenshot|screen capture|ausriss|bildschirmfoto|captura de pantalla|captura de tela|schermata)"
			+ "(?:\\s+(?i:de|du|von|from|of|di|da|do))?\\s+(?<holder>\\p{Lu}[\\p{L}\\p{N}.\\-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}.\\-]*){0,2}|[\\p{Ll}\\p{N}\\-]+\\.[\\p{L}]{2,})"
			+ "|عن\\s+موقع\\s+(?<holder2>(?:[\\p{IsArabic}\\p{L}][\\p{L}\\p{M}\\p{N}.\\-]*)(?:\\s+[\\p{IsArabic}\\p{Lu}][\\p{L}\\p{M}\\p{N}.\\-]*){0,2}))[\\s.]*$", Pattern.MULTILINE); //$NON-NLS-1$

	/** "Foto Ansa", "Foto LaPresse", "Photo AFP" at the end of a caption: an item word and a listed holder, no colon. */
	private static final Pattern ITEM_WORD_HOLDER = Pattern.compile("(?iu)(?<![\\p{L}])(?:foto|photo|bild|beeld|fotografia|fotografía)\\s+(?<holder>\\p{L}[\\p{L}\\p{N} .\\-]{0,30}?)[\\s.]*$"); //$NON-NLS-1$

	/** "بإذن كتابي", "بإذن مسبق", "بإذن خطي": written or prior leave, a condition of a reservation, not a courtesy credit. */
	private static final Pattern WRITTEN_LEAVE = Pattern.compile("(?:كتابي|مسبق|خطي)(?![\\p{L}])"); //$NON-NLS-1$

	/**
	 * A picture library or image site closing a line after a preposition, with the photographer's name: "... freigegeben
	 * durch unsplash.com Janko Ferlič", "Photo by X on Unsplash", "immagine da Pixabay", "imagen de Freepik".
	 */
	private static final Pattern FROM_A_SITE = Pattern.compile("(?iu)(?<![\\p{L}])(?:durch|by|par|da|di|por|from|von|auf|on|sur|su|en|em|op|de)\\s+"
			+ "(?<site>(?:www\\.)?[\\p{L}][\\p{L}\\-]+(?:\\.(?:com|org|de|net))?)(?:\\s+(?<name>(?-i:\\p{Lu})[\\p{L}'’\\-]+(?:\\s+(?-i:\\p{Lu})[\\p{L}'’\\-]+){0,2}))?[\\s.]*$"); //$NON-NLS-1$

	/** The lower-case names of the listed picture libraries and image sites, as scan triggers. */
	private static final String[] SITE_TRIGGERS = CreditHolders.builtIn().holders().stream()
			.filter(h -> h.kind() == CreditHolders.Kind.SITE || h.kind() == CreditHolders.Kind.LIBRARY)
			.flatMap(h -> h.aliases().stream()).filter(a -> a.length() >= 4).map(a -> a.toLowerCase(Locale.ROOT)).distinct().toArray(String[]::new);

	/** Swiss "zVg" (zur Verfügung gestellt, "provided"): "Foto: zVg", "ZVG Stadtpolizei Zürich". */
	private static final Pattern PROVIDED_SWISS = Pattern.compile("(?<![\\p{L}])(?:zVg|ZVG|zvg)\\.?\\s+(?<holder>\\p{Lu}[^\\n()|;]{1,60}?)\\s*(?=$|[()|;\\n])", Pattern.MULTILINE); //$NON-NLS-1$

	/** "Agencies" as the source of a text: "وكالات", "(Agencias)", "Agenturen". */
	static final Pattern AGENCIES = Pattern.compile("[(\\[]?\\s*(?:وكالات|agencies|agenzie|agences|agencias|agenturen|agências|Agencias de noticias)\\s*[)\\]]?", //$NON-NLS-1$
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/**
	 * True when a bracketed group is an agency credit: it names a listed holder and, beside it, only cue words, dates
	 * and separators ("(AFP)", "(Foto: ANSA)", "(أرشيفية - رويترز)"), or a photographer after a slash ("(AP Photo/Evan Vucci)").
	 */
	private static boolean agencyCredit(CreditHolders holders, String content) {
		Pattern alias = holders.aliasPattern();
		if (alias == null) {
			return false;
		}
		Matcher m = alias.matcher(content);
		if (!m.find()) {
			return false;
		}
		String rest = Patterns.BRACKET_FILLER.matcher(m.replaceAll(" ")).replaceAll(" ").strip(); //$NON-NLS-1$ //$NON-NLS-2$
		if (rest.isEmpty()) {
			return true;
		}
		int slash = content.indexOf('/');
		Matcher first = alias.matcher(content.strip());
		if (slash >= 0 && first.lookingAt() && rest.split("\\s+").length <= 3) { //$NON-NLS-1$
			return true; // "(dpa/tmn)", "(ANSA/Reuters)"
		}
		return slash >= 0 && rest.split("\\s+").length <= 4 && content.length() <= 50 //$NON-NLS-1$
				&& Character.isUpperCase(content.substring(slash + 1).strip().codePointAt(0));
	}

	/** True for "Agence France-Presse (AFP)": the bracket spells out an acronym, it credits nothing. */
	private static boolean expansion(CreditHolders holders, String text, int bracketStart, String content) {
		CreditHolders.Holder holder = holders.lookup(content);
		if (holder == null) {
			return false;
		}
		String before = text.substring(Math.max(0, bracketStart - 40), bracketStart).strip().toLowerCase(Locale.ROOT);
		return holder.aliases().stream().anyMatch(a -> !a.equalsIgnoreCase(content.strip()) && a.length() > content.strip().length()
				&& before.endsWith(a.toLowerCase(Locale.ROOT)));
	}

	/** Adds an item unless one already covers it; a longer credit replaces a shorter one it contains. */
	static void add(List<ThirdPartyItem> items, String text, int start, int end, @Nullable String holder) {
		add(items, text, start, end, holder, null);
	}

	/** As {@link #add(List, String, int, int, String)}, with the licence the credit's line gives the item ("used with permission"). */
	private static void add(List<ThirdPartyItem> items, String text, int start, int end, @Nullable String holder, @Nullable LicenceId lineLicence) {
		if (holder == null || holder.isBlank() || end <= start) {
			return;
		}
		String cleanHolder = holder.strip().replaceAll("^[©\\s]+", ""); //$NON-NLS-1$ //$NON-NLS-2$
		List<String> names = CreditHolders.builtIn().split(cleanHolder);
		if (names.isEmpty()) {
			return; // "Quelle: eigene Darstellung", "Foto: archivo": names no holder
		}
		LicenceId ownLicence = lineLicence;
		List<LicenceDetector.Candidate> licences = LicenceDetector.candidates(cleanHolder);
		for (LicenceDetector.Candidate candidate : licences) {
			if (candidate.licence().open()) { // CC, CC0 and the public domain, and the other open licences ("/ Open Government Licence", "/ Licence Ouverte")
				ownLicence = candidate.licence();
				cleanHolder = cleanHolder.substring(0, candidate.start()).replaceAll("[\\s,;:/|–—-]+$", ""); //$NON-NLS-1$ //$NON-NLS-2$
				names = CreditHolders.builtIn().split(cleanHolder);
				break;
			}
		}
		if (cleanHolder.isBlank()) {
			return;
		}
		TextSpan span = new TextSpan(start, end);
		for (int i = 0; i < items.size(); i++) {
			ThirdPartyItem other = items.get(i);
			TextSpan at = other.credit().span();
			// the distance first: a copy of the text between them for every earlier credit made a long text's check quadratic
			boolean before = at.end() <= start && start - at.end() <= 2 && text.substring(at.end(), start).isBlank() && text.charAt(start) == '(';
			if (before) { // "Foto: AFP (JONATHAN NACKSTRAND/AFP)": one credit
				String merged = other.holder() + " / " + cleanHolder; //$NON-NLS-1$
				items.set(i, new ThirdPartyItem(Evidence.at(text, at.start(), end), merged, other.ownLicence() != null ? other.ownLicence() : ownLicence));
				return;
			}
		}
		for (int i = 0; i < items.size(); i++) {
			TextSpan other = items.get(i).credit().span();
			if (other.overlaps(span)) {
				if (span.length() > other.length() && span.start() <= other.start() && span.end() >= other.end()) {
					items.set(i, new ThirdPartyItem(Evidence.at(text, start, end), cleanHolder, ownLicence, names));
				}
				return;
			}
		}
		items.add(new ThirdPartyItem(Evidence.at(text, start, end), cleanHolder, ownLicence, names));
	}
}
