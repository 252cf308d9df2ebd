// SPDX-License-Identifier: EPL-2.0
package dossier.licence.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.Nullable;

import dossier.core.model.Block;
import dossier.core.model.BlockType;

/**
 * Runs the checker's case-insensitive patterns only on the lines that hold one of their trigger words (found
 * with {@link String#indexOf} in a lower-cased copy): Java's case-insensitive alternations are slow over a
 * whole 5 KB text, and notices, credits and bylines are line-local.
 */
final class Scan {

	final String text;
	private final String lower;

	Scan(String text) {
		this.text = text;
		String folded = text.toLowerCase(Locale.ROOT);
		if (folded.length() != text.length()) { // a character whose lower case is longer (İ): keep offsets 1:1
			char[] chars = text.toCharArray();
			for (int i = 0; i < chars.length; i++) {
				chars[i] = Character.toLowerCase(chars[i]);
			}
			folded = new String(chars);
		}
		lower = folded;
	}

	/** The [start, end) spans of the text's caption blocks, in order (empty for a text checked without its blocks). */
	private List<int[]> captions = List.of();

	/** Takes the article's caption blocks: the text an importer marked as a picture's caption ({@code <figcaption>}). */
	Scan captions(List<Block> blocks) {
		List<int[]> spans = new ArrayList<>();
		for (Block block : blocks) {
			if (block.type() == BlockType.CAPTION && block.span().end() <= text.length()) {
				spans.add(new int[] { block.span().start(), block.span().end() });
			}
		}
		captions = spans;
		return this;
	}

	/** True when {@code offset} is inside a caption block. */
	boolean inCaption(int offset) {
		for (int[] caption : captions) {
			if (offset >= caption[0] && offset < caption[1]) {
				return true;
			}
		}
		return false;
	}

	/**
	 * True when the line holding {@code offset} is short ({@link Lines#isShort}), or is a caption's: a caption's length is
	 * no sign of running prose, so a credit cue closing a long caption ("… Photo by Jane Doe") is read there as on a
	 * credit line.
	 */
	boolean isShortOrCaption(int offset) {
		return Lines.isShort(text, offset) || inCaption(offset);
	}

	/** The text in lower case, offsets as in {@link #text}. */
	String lower() {
		return lower;
	}

	/** Bits of {@link #PAIR_BITS}: which pairs of adjacent characters the lower-cased text holds (hashed), made on first use. */
	private @Nullable BitSet pairs;
	private static final int PAIR_BITS = 1 << 16;

	/**
	 * False when {@code trigger} cannot be in the text because a pair of its adjacent characters is not: a trigger list
	 * holds the cue words of eight languages, and searching the whole text for each of them was the scan's main cost.
	 * True does not mean it is there (pairs are hashed, and present apart).
	 */
	private boolean mayHold(String trigger) {
		BitSet held = pairs;
		if (held == null) {
			held = new BitSet(PAIR_BITS);
			for (int i = 1; i < lower.length(); i++) {
				held.set(pair(lower.charAt(i - 1), lower.charAt(i)));
			}
			pairs = held;
		}
		for (int i = 1; i < trigger.length(); i++) {
			if (!held.get(pair(trigger.charAt(i - 1), trigger.charAt(i)))) {
				return false;
			}
		}
		return true;
	}

	private static int pair(char first, char second) {
		return (first * 31 + second) & (PAIR_BITS - 1);
	}

	/** Where each line of the text starts (0, and after each '\n'), made on the first search. */
	private int @Nullable [] lineStarts;

	private int[] lineStarts() {
		int[] starts = lineStarts;
		if (starts == null) {
			int count = 1;
			for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
				count++;
			}
			starts = new int[count];
			int n = 1;
			for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
				starts[n++] = i + 1;
			}
			lineStarts = starts;
		}
		return starts;
	}

	/** Lines found per trigger list: the finders share a few lists (PHOTO, SLASH...), each is searched once per text. */
	private final Map<String[], List<int[]>> found = new IdentityHashMap<>();

	/** The lines ([start, end), untrimmed) holding any of {@code triggers} (lower case), in text order. */
	List<int[]> linesWith(String... triggers) {
		List<int[]> known = found.get(triggers);
		if (known != null) {
			return known;
		}
		List<int[]> lines = search(triggers);
		found.put(triggers, lines);
		return lines;
	}

	private List<int[]> search(String... triggers) {
		List<int[]> lines = new ArrayList<>();
		BitSet seen = new BitSet();
		int[] starts = lineStarts();
		for (String trigger : triggers) {
			if (!mayHold(trigger)) {
				continue; // a pair of its letters is nowhere in the text: most triggers of the other languages
			}
			for (int at = lower.indexOf(trigger); at >= 0; at = lower.indexOf(trigger, at + trigger.length())) {
				// the line holding the match, as Lines.start and Lines.end give it, from the text's line index
				int line = Arrays.binarySearch(starts, at);
				line = line >= 0 ? line : -line - 2;
				int start = starts[line];
				int end = line + 1 < starts.length ? starts[line + 1] - 1 : text.length();
				if (!seen.get(start)) {
					seen.set(start);
					lines.add(new int[] { start, end });
				}
				at = Math.max(at, end - trigger.length());
			}
		}
		lines.sort((a, b) -> Integer.compare(a[0], b[0]));
		return lines;
	}

	/** Every match of {@code pattern} on the lines holding a trigger. */
	void find(Pattern pattern, Consumer<Matcher> each, String... triggers) {
		for (int[] line : linesWith(triggers)) {
			Matcher matcher = pattern.matcher(text).region(line[0], line[1]);
			while (matcher.find()) {
				each.accept(matcher);
			}
		}
	}

	/** The first match on a line holding a trigger, or null. */
	@Nullable Matcher first(Pattern pattern, String... triggers) {
		for (int[] line : linesWith(triggers)) {
			Matcher matcher = pattern.matcher(text).region(line[0], line[1]);
			if (matcher.find()) {
				return matcher;
			}
		}
		return null;
	}

	static final String[] CC_URL = { "creativecommons.org" };
	static final String[] GNU = { "gnu", "gfdl", "جنو" };
	static final String[] PDM = { "domain", "domaine", "dominio", "domínio", "علامة" };
	static final String[] CC_PROSE = { "creative", "المشاع", "cc-attrib", "cc attrib", "cc-atribu", "cc atribu", "cc-reconoc", "cc reconoc", "cc-namensn", "cc namensn",
			"cc-paternit", "cc paternit", "cc-naamsv", "cc naamsv" };
	static final String[] ELEMENTS = { "attribution", "atribuci", "reconocimiento", "attribuzione", "namensnennung", "atribui", "paternit", "naamsvermelding", "نسب المصنف" };
	static final String[] CC = { "cc" };
	static final String[] CC_PROSE_OR_CC = { "cc", "creative" };
	static final String[] RESERVED = { "reserved", "riservat", "réservés", "reservados", "vorbehalten", "voorbehouden", "محفوظة", "geschützt", "protég", "protegid",
			"protett", "protected by copyright", "محمي", "auteursrechtelijk",
			// "all other rights are reserved"; copyright held or the text subject to it, said with a verb
			"other rights", "altri diritti", "autres droits", "demás derechos", "anderen rechte", "übrigen rechte", "weiteren rechte", "outros direitos", "demais direitos",
			"andere rechten", "overige rechten", "الحقوق الأخرى", "copyrighted", "copyright of", "subject to crown", "subject to copyright", "subject to the copyright",
			"au droit d", "aux droits d", "al diritto d", "alla normativa sul diritto", "al copyright", "a derechos de autor", "a los derechos de autor", "a direitos autorais",
			"aos direitos autorais", "a direitos de autor", "aos direitos de autor", "dem urheberrecht", "dem deutschen urheberrecht", "onder het auteursrecht",
			"onder auteursrecht", "لحقوق النشر", "لحقوق الملكية الفكرية", "لحقوق المؤلف", "لحقوق الطبع" };
	static final String[] OGL = { "open government", "ogl" };
	static final String[] ETALAB = { "licence ouverte", "etalab" };
	static final String[] PUBLIC_DOMAIN = { "public domain", "public-domain", "government", "domaine public", "dominio", "domínio", "dominio", "gemeinfrei",
			"gemeinfreiheit", "publiek domein", "ملك" };
	static final String[] NO_REPRODUCTION = { "prohib", "prohíb", "vietat", "non consentit", "interdit", "proibid", "vedad", "nachdruck", "vervielfält", "weiterverbreit", "weiterverwend", "verboten", "untersagt", "nicht gestattet", "nicht erlaubt", "niets uit", "verboden", "niet toegestaan", "no part of", "may not be", "not permitted", "not allowed", "permitid", "consentit", "permess", "يمنع", "يُمنع", "يحظر", "يُحظر", "ممنوع", "لا يجوز",
			"يسمح", "يُسمح", "مسموح",
			// copying forbidden in the active voice: "may not copy, reproduce or republish"
			"may not", "must not", "shall not" };
	/** The site's contents declared someone's property: the property's noun. */
	static final String[] PROPERTY = { "property", "propiedad", "propriété", "proprietà", "propriedade", "eigentum", "eigendom", "ملكية", "مملوكة" };
	/** The holder's leave that copying needs: its nouns, rarer in running text than "without". */
	static final String[] LEAVE = { "permission", "consent", "authoris", "authoriz", "autorisation", "consentement", "autorizzazione", "permesso", "consenso",
			"autorización", "permiso", "consentimiento", "autorização", "permissão", "consentimento", "genehmigung", "zustimmung", "erlaubnis", "einwilligung",
			"toestemming", "goedkeuring", "إذن", "موافقة", "ترخيص", "تصريح" };
	static final String[] PERMISSION = { "permission", "permesso", "autorizzazione", "autorisation", "autorización", "autorizacion", "permiso", "genehmigung", "erlaubnis",
			"permissão", "autorização", "toestemming", "concessione", "بإذن",
			// the author's own leave, in the first person: "mi ha autorizzato a", "nous a permis de", "allowed us to", "أذن لنا"
			"autorizzat", "autorisé", "permis de", "permis d'", "allowed me", "allowed us", "authorized me", "authorized us", "authorised me", "authorised us", "permitted me", "permitted us",
			"gave me permission", "gave us permission", "autorizó", "permitió", "erlaubt", "gestattet", "autorizou", "permitiu", "أذن", "سمح" };
	static final String[] PHOTO = { "photo", "foto", "scatto", "image", "immagine", "imagen", "imagem", "bild", "picture", "credit", "crédit", "crédito",
			"illustration", "grafik", "graphic", "infogra", "video", "vídeo", "vidéo", "map", "karte", "carte", "grafico", "gráfico", "cartoon", "vignetta", "titelbild", "aufmacherbild", "beeld", "imágenes",
			"nachweis", "screenshot", "capture d", "captura de", "schermata", "ausriss" };
	static final String[] ARABIC_CREDIT = { "تصوير", "صورة", "أرشيفية", "ارشيفية", "المصدر", "مصدر" };
	static final String[] COURTESY = { "courtesy", "concessione", "autorisation", "cortesía", "cortesia", "genehmigung", "بإذن" };
	static final String[] DISCLAIMER = { "warrant", "as is", "as-is", "garanzi", "garantie", "garantía", "garantia", "gewähr", "gewahr", "ضمان" };
	static final String[] TRANSLATION = { "translat", "traduc", "tradu", "tradott", "übersetz", "original", "vertaa", "vertal", "ترجم", "مترجم", "نقله", "نقلته", "نقلها",
			"version", "versión", "versione", "versão", "fassung", "übertragung", "versie", "النسخة", "aus dem" };
	static final String[] ORIGINAL = { "original", "initialement", "ursprünglich", "erstmals", "zuerst", "oorspronkelijk", "الأصل", "أصلا", "origine", "originaria" };
	static final String[] MODIFICATION = { "adapt", "modifi", "edited", "abridged", "shortened", "changes", "bearbeitet", "gekürzt", "مقتبس",
			"معدل", "بتصرف" };
	static final String[] COPYRIGHT = { "©", "(c)" };
	static final String[] SOURCE = { "source", "fonte", "fuente", "quelle", "bron", "المصدر", "منقول", "نقلا", "نقلاً" };
	static final String[] BRACKET = { "(", "[" };
	static final String[] SLASH = { "/" };
	static final String[] VIA = { "via ", "عبر " };
	static final String[] REPUBLISHED = { "publish", "posted", "appeared", "printed", " ran ", "publié", "publie", "paru", "un article", "une tribune", "un entretien",
			"publicad", "pubblicat", "appars", "compars", "uscit", "articolo", "artículo", "erschienen", "erschien", "verscheen", "verschenen", "gepubliceerd", "veröffentlicht", "publiziert", "نشر", "نُشر", "نقلا", "نقلاً" };
}
