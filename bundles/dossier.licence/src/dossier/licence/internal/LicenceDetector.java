// SPDX-License-Identifier: EPL-2.0
package dossier.licence.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.Nullable;

import dossier.core.model.Article;
import dossier.core.model.LicenceStatement;
import dossier.core.model.TextSpan;
import dossier.licence.DetectedLicence;
import dossier.licence.Evidence;
import dossier.licence.LicenceId;
import dossier.licence.LicenceScope;
import dossier.licence.ThirdPartyItem;

/**
 * Finds licence statements: in importer metadata ({@link LicenceStatement}s) and in the text, where a licence
 * name counts only when it is a notice about the text (not negated, not quoted, not a headline, not running
 * prose about licences).
 */
final class LicenceDetector {

	/** A licence name found in a string, before it is judged. */
	record Candidate(LicenceId licence, int start, int end, @Nullable String link, @Nullable String deedLanguage) {
	}

	/** What the detector returns. */
	record Result(List<DetectedLicence> licences, List<Evidence> mentions) {
	}

	private LicenceDetector() {
	}

	/** Every licence name in {@code s}, in order, URLs first claiming their span. */
	static List<Candidate> candidates(String s) {
		return candidates(new Scan(s));
	}

	static List<Candidate> candidates(Scan scan) {
		String s = scan.text;
		List<Candidate> found = new ArrayList<>();
		scan.find(Patterns.CC_URL, m -> {
			LicenceId id = LicenceId.creativeCommons(m.group(1), m.group(2), m.group(3));
			if (id != null) {
				found.add(new Candidate(id, m.start(), m.end(), m.group(), lower(m.group(4))));
			}
		}, Scan.CC_URL);
		scan.find(Patterns.PD_URL, m -> {
			boolean zero = m.group(1).equalsIgnoreCase("zero"); //$NON-NLS-1$
			found.add(new Candidate(new LicenceId(zero ? LicenceId.FAMILY_CC0 : LicenceId.FAMILY_PDM, "1.0", null), m.start(), //$NON-NLS-1$
					m.end(), m.group(), lower(m.group(2))));
		}, Scan.CC_URL);
		scan.find(Patterns.GFDL_URL, m -> found.add(new Candidate(new LicenceId(LicenceId.FAMILY_GFDL, m.group(1), null), m.start(), m.end(), m.group(), null)),
				Scan.GNU);
		addUnclaimed(found, scan, Scan.CC, Patterns.CC_SHORT, s, m2 -> {
			LicenceId id = LicenceId.creativeCommons(Objects.requireNonNull(m2.group(1)), version(m2.group(2)), m2.group(3));
			return id == null ? null : new Candidate(id, m2.start(), m2.end(), null, null);
		});
		addUnclaimed(found, scan, Scan.CC_PROSE_OR_CC, Patterns.CC0_SHORT, s,
				m2 -> new Candidate(new LicenceId(LicenceId.FAMILY_CC0, "1.0", null), m2.start(), m2.end(), null, null)); //$NON-NLS-1$
		addUnclaimed(found, scan, Scan.PDM, Patterns.PDM, s,
				m2 -> new Candidate(new LicenceId(LicenceId.FAMILY_PDM, "1.0", null), m2.start(), m2.end(), null, null)); //$NON-NLS-1$
		addUnclaimed(found, scan, Scan.GNU, Patterns.GFDL, s, m2 -> new Candidate(new LicenceId(LicenceId.FAMILY_GFDL,
				m2.group(1) != null ? m2.group(1) : m2.group(2), null), m2.start(), m2.end(), null, null));
		addUnclaimed(found, scan, Scan.OGL, Patterns.OGL, s, m2 -> {
			// "under the terms of the Open Government Licence" is the notice the OGL v3.0 gives for reuse (the guidelines: an
			// OGL is always labelled with its version, OGL-UK-3.0 when none is written)
			String version = m2.group(1) != null ? m2.group(1) : m2.group(2) != null ? m2.group(2) : "3.0"; //$NON-NLS-1$
			return new Candidate(new LicenceId(LicenceId.FAMILY_OGL, version.contains(".") ? version : version + ".0", null), //$NON-NLS-1$
					m2.start(), m2.end(), null, null);
		});
		addUnclaimed(found, scan, Scan.ETALAB, Patterns.ETALAB, s, m2 -> new Candidate(new LicenceId(LicenceId.FAMILY_ETALAB,
				m2.group(1) != null ? m2.group(1) : m2.group(2), null), m2.start(), m2.end(), null, null));
		addUnclaimed(found, scan, Scan.PUBLIC_DOMAIN, Patterns.PUBLIC_DOMAIN, s,
				m2 -> new Candidate(new LicenceId(LicenceId.FAMILY_PUBLIC_DOMAIN, null, null), m2.start(), m2.end(), null, null));
		List<Candidate> named = new ArrayList<>(found);
		for (int[] proseLine : scan.linesWith(Scan.CC_PROSE)) {
		Matcher anchor = Patterns.CC_PROSE.matcher(s).region(proseLine[0], proseLine[1]);
		while (anchor.find()) {
			if (overlapsAny(named, anchor.start(), anchor.end())) {
				continue;
			}
			int lineEnd = Lines.end(s, anchor.start());
			int windowEnd = Math.min(lineEnd, anchor.end() + 160);
			Matcher sentenceEnd = SENTENCE_OR_ANCHOR.matcher(s).region(anchor.end(), windowEnd);
			if (sentenceEnd.find()) {
				windowEnd = sentenceEnd.start();
			}
			if (nearAny(named, s, anchor.start(), windowEnd)) {
				continue; // "Creative Commons Attribution-ShareAlike (CC BY-SA 4.0)": the short form says it
			}
			String window = s.substring(anchor.end(), windowEnd);
			Candidate prose = prose(window, anchor.start(), anchor.end());
			found.add(prose);
		}
		}
		scan.find(Patterns.LABELLED_ELEMENTS, label -> {
			if (!overlapsAny(found, label.start(), label.end())) {
				int windowEnd = Math.min(Lines.end(s, label.start()), label.end() + 120);
				found.add(prose(s.substring(label.end(), windowEnd), label.start(), label.end()));
			}
		}, Scan.ELEMENTS);
		scan.find(Patterns.ALL_RIGHTS_RESERVED, arr -> {
			// "Alcuni diritti riservati", "Algunos derechos reservados", "بعض الحقوق محفوظة": Creative Commons' "some rights
			// reserved", the opposite of all rights reserved; it names no licence by itself
			if (!SOME_BEFORE.matcher(s).region(Math.max(0, arr.start() - 12), arr.start()).find()) {
				found.add(new Candidate(new LicenceId(LicenceId.FAMILY_ALL_RIGHTS_RESERVED, null, null), arr.start(), arr.end(), null, null));
			}
		}, Scan.RESERVED);
		scan.find(Patterns.NO_REPRODUCTION, reserved -> found.add(new Candidate(new LicenceId(LicenceId.FAMILY_ALL_RIGHTS_RESERVED, null, null),
				reserved.start(), reserved.end(), null, null)), Scan.NO_REPRODUCTION);
		scan.find(Patterns.PROPERTY_OF, property -> {
			if (!overlapsAny(found, property.start(), property.end())) {
				found.add(new Candidate(new LicenceId(LicenceId.FAMILY_ALL_RIGHTS_RESERVED, null, null), property.start(), property.end(), null, null));
			}
		}, Scan.PROPERTY);
		scan.find(Patterns.LEAVE_NEEDED, leave -> {
			int[] reserved = copyingWithoutLeave(s, leave.start(), leave.end());
			if (reserved != null && !overlapsAny(found, reserved[0], reserved[1])) {
				found.add(new Candidate(new LicenceId(LicenceId.FAMILY_ALL_RIGHTS_RESERVED, null, null), reserved[0], reserved[1], null, null));
			}
		}, Scan.LEAVE);
		scan.find(Patterns.WITH_PERMISSION, permission -> {
			// "Nachdruck nur mit Genehmigung", "only with permission": a reservation, read above
			if (!Patterns.ONLY_BEFORE.matcher(s).region(Math.max(0, permission.start() - 12), permission.start()).find()) {
				found.add(new Candidate(new LicenceId(LicenceId.FAMILY_WITH_PERMISSION, null, null), permission.start(), permission.end(), null, null));
			}
		}, Scan.PERMISSION);
		found.sort(Comparator.comparingInt(Candidate::start));
		return found;
	}

	/**
	 * The span of a reservation made of the holder's leave at [{@code leaveStart}, {@code leaveEnd}) and the copying verb it is for, in
	 * its sentence: the verb before it ("may not be used without the express written permission", "non possono essere copiati senza il
	 * consenso"), or after it ("ohne schriftliche Genehmigung … vervielfältigt werden"); null when the leave is for nothing copied.
	 */
	private static int @Nullable [] copyingWithoutLeave(String s, int leaveStart, int leaveEnd) {
		int from = Math.max(Lines.start(s, leaveStart), leaveStart - 180);
		int stop = s.lastIndexOf('.', leaveStart - 1);
		if (stop >= from) {
			from = stop + 1;
		}
		Matcher before = Patterns.COPYING_VERB.matcher(s).region(from, leaveStart);
		if (before.find()) {
			return new int[] { before.start(), leaveEnd };
		}
		int to = Math.min(Lines.end(s, leaveEnd), leaveEnd + 120);
		int next = s.indexOf('.', leaveEnd);
		if (next >= 0 && next < to) {
			to = next;
		}
		Matcher after = Patterns.COPYING_VERB.matcher(s).region(leaveEnd, to);
		return after.find() ? new int[] { leaveStart, after.end() } : null;
	}

	/** "some" just before a reservation: "Some rights reserved", "Alcuni diritti riservati", "بعض الحقوق محفوظة". */
	private static final Pattern SOME_BEFORE = Pattern.compile("(?<![\\p{L}])(?:some|alcuni|alcune|algunos|algunas|alguns|algumas|certains|certaines|einige|sommige|بعض)\\s*[«\"“]?\\s*$", //$NON-NLS-1$
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static Candidate prose(String window, int start, int anchorEnd) {
		boolean sa = Patterns.WORD_SA.matcher(window).find();
		boolean nc = Patterns.WORD_NC.matcher(window).find();
		boolean nd = Patterns.WORD_ND.matcher(window).find();
		boolean by = Patterns.WORD_BY.matcher(window).find();
		Matcher versionMatcher = Patterns.VERSION.matcher(window);
		String version = versionMatcher.find() ? version(versionMatcher.group(1)) : null;
		int end = anchorEnd;
		for (Pattern word : List.of(Patterns.WORD_BY, Patterns.WORD_SA, Patterns.WORD_NC, Patterns.WORD_ND, Patterns.VERSION, Patterns.WORD_ZERO)) {
			Matcher last = word.matcher(window);
			while (last.find()) {
				end = Math.max(end, anchorEnd + last.end());
			}
		}
		LicenceId id;
		if (!by && !sa && !nc && !nd && Patterns.WORD_ZERO.matcher(window).find()) {
			id = new LicenceId(LicenceId.FAMILY_CC0, "1.0", null); //$NON-NLS-1$
		} else if (by || sa || nc || nd) {
			String port = null;
			Matcher portWord = Patterns.PORT_WORD.matcher(window);
			if (version != null && portWord.find()) {
				port = portWord.group(1) != null ? "IGO" : portWord.group(2) != null ? "JP" : "UK"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			} else if (version != null) {
				port = countryPort(window, versionMatcher.end()); // "… 3.0 Italia", "… 3.0 España", "… 2.0 France": the port's jurisdiction
			}
			id = LicenceId.creativeCommons((nc ? "NC" : "") + (sa ? "SA" : "") + (nd ? "ND" : ""), version, port); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			if (id == null) {
				id = new LicenceId(LicenceId.FAMILY_CC_UNSPECIFIED, null, null);
			}
		} else {
			id = new LicenceId(LicenceId.FAMILY_CC_UNSPECIFIED, null, null);
		}
		return new Candidate(id, start, end, null, null);
	}

	/**
	 * The two-letter code of the jurisdiction a prose licence name gives right after its version ("Attribuzione - Non commerciale
	 * 3.0 Italia" is CC-BY-NC-3.0-IT, as "CC BY-NC 3.0 IT" is), or null ("Unported", "International", nothing).
	 */
	private static @Nullable String countryPort(String window, int versionEnd) {
		Matcher country = PORT_COUNTRY.matcher(window).region(versionEnd, window.length());
		if (!country.lookingAt()) {
			return null;
		}
		String one = Objects.requireNonNull(country.group(1)).toLowerCase(Locale.ROOT);
		String second = country.group(2);
		@Nullable String two = second == null ? null : one + second.toLowerCase(Locale.ROOT);
		for (String[] port : PORTS) {
			for (int i = 1; i < port.length; i++) {
				if (one.equals(port[i]) || port[i].equals(two)) {
					return port[0];
				}
			}
		}
		return null;
	}

	/** A port's code, then the country's names in our languages (lower case). */
	private static final String[][] PORTS = { { "IT", "italia", "italy", "italie", "italien" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			{ "ES", "españa", "espana", "spain", "espagne", "spanien", "espanya", "espanha", "spagna", "spanje" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
			{ "BR", "brasil", "brazil", "brésil", "brasilien", "brasile" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			{ "DE", "deutschland", "germany", "allemagne", "germania", "alemania", "alemanha", "duitsland" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			{ "FR", "france", "francia", "frankreich", "frança", "frankrijk" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			{ "NL", "nederland", "netherlands", "pays-bas", "niederlande", "paesi bassi", "países bajos", "holanda" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			{ "PT", "portugal", "portogallo" }, { "AT", "österreich", "austria", "autriche" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			{ "CH", "schweiz", "switzerland", "suisse", "svizzera", "suiza", "suíça" }, { "BE", "belgique", "belgië", "belgium", "belgio", "bélgica", "belgien" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$
			{ "AR", "argentina" }, { "CL", "chile" }, { "MX", "méxico", "mexico", "messico" }, { "CO", "colombia" }, { "PE", "perú", "peru" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$
			{ "EC", "ecuador" }, { "CR", "costa rica" }, { "GT", "guatemala" }, { "PR", "puerto rico" }, { "LU", "luxembourg", "luxemburg" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
			{ "CA", "canada", "canadá" }, { "AU", "australia", "australie" }, { "US", "united states", "estados unidos", "états-unis", "stati uniti", "vereinigte staaten" } }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$

	/** A country's name right after a licence's version ("3.0 Italia", "2.5 (Brasil)"); group: the name. */
	private static final Pattern PORT_COUNTRY = Pattern.compile("\\s*\\(?\\s*(\\p{L}+)([ \\-]\\p{L}+)?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE); //$NON-NLS-1$

	private interface Factory {
		@Nullable Candidate make(Matcher matcher);
	}

	/** Where a prose licence name's window ends: a sentence, the next anchor, or a relative clause ("..., which permits non-commercial use"). */
	private static final Pattern SENTENCE_OR_ANCHOR = Pattern.compile("[.!?؟](?=\\s)|(?=Creative[\\s\\-]*Commons)" //$NON-NLS-1$
			+ "|,\\s*(?:which|that|qui|que|che|die|das|der|dat|die|التي|الذي)(?![\\p{L}])|،\\s*(?:التي|الذي)"); //$NON-NLS-1$

	private static void addUnclaimed(List<Candidate> found, Scan scan, String[] triggers, Pattern pattern, String s, Factory factory) {
		List<Candidate> added = new ArrayList<>();
		scan.find(pattern, m -> {
			if (!overlapsAny(found, m.start(), m.end())) {
				Candidate candidate = factory.make(m);
				if (candidate != null) {
					added.add(candidate);
				}
			}
		}, triggers);
		found.addAll(added);
	}

	private static boolean overlapsAny(List<Candidate> found, int start, int end) {
		return found.stream().anyMatch(c -> c.start() < end && start < c.end());
	}

	private static boolean nearAny(List<Candidate> found, String s, int start, int end) {
		int lineStart = Lines.start(s, start);
		int lineEnd = Lines.end(s, start);
		return found.stream().anyMatch(c -> (c.licence().isCreativeCommons() || c.licence().publicDomain())
				&& c.start() >= Math.max(lineStart, start - 100) && c.start() <= Math.min(lineEnd, end + 40));
	}

	private static @Nullable String version(@Nullable String raw) {
		return raw == null ? null : raw.replace(',', '.');
	}

	private static @Nullable String lower(String s) {
		return s == null ? null : s.toLowerCase(Locale.ROOT).replace('_', '-');
	}

	static Result detect(Article article, Scan scan, List<ThirdPartyItem> thirdParty) {
		String text = scan.text;
		List<DetectedLicence> licences = new ArrayList<>();
		List<Evidence> mentions = new ArrayList<>();
		List<TextSpan> claimed = new ArrayList<>();
		for (LicenceStatement statement : article.licences()) {
			DetectedLicence fromMetadata = fromStatement(statement, text);
			if (fromMetadata != null) {
				TextSpan placed = statement.span();
				if (placed != null && inItsCaption(scan, placed.start())) {
					// the importer marked a licence line inside a <figcaption>: the picture's licence, not the article's
					int[] line = Lines.trimmed(text, placed.start());
					fromMetadata = new DetectedLicence(fromMetadata.licence(), fromMetadata.evidence(), fromMetadata.link(), LicenceScope.ITEM,
							text.substring(line[0], line[1]), fromMetadata.origin(), fromMetadata.deedLanguage());
				}
				licences.add(fromMetadata);
				TextSpan span = statement.span();
				if (span != null) {
					claimed.add(span);
				}
			}
		}
		int first = Lines.firstLine(text);
		int firstLineEnd = first < 0 ? 0 : Lines.end(text, first);
		List<Candidate> statements = new ArrayList<>();
		// a copy of a deed or a licence chooser says it is not a licence: the licences it names license nothing
		boolean notALicence = scan.first(Patterns.NOT_A_LICENCE, "licen", "lizenz", "رخصة", "ترخيص") != null; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		int definitionEnd = -1; // the end of a glossary line whose licence is defined: the names in its definition are defined too
		for (Candidate candidate : candidates(scan)) {
			TextSpan span = new TextSpan(candidate.start(), candidate.end());
			if (claimed.stream().anyMatch(span::overlaps)) {
				continue;
			}
			String why = notALicence ? "the page says it is not a licence" //$NON-NLS-1$
					: candidate.start() < definitionEnd ? Mentions.DEFINED : Mentions.whyMention(text, candidate.start(), candidate.end(), firstLineEnd);
			if (Mentions.DEFINED.equals(why)) {
				definitionEnd = Lines.end(text, candidate.start()); // "Domínio Público (CC0) – … tornando de Domínio Público."
			}
			if (why != null && why.startsWith("prose") && candidate.licence().family().equals(LicenceId.FAMILY_WITH_PERMISSION) //$NON-NLS-1$
					&& Patterns.FIRST_PERSON_PERMISSION.matcher(text.substring(candidate.start(), candidate.end())).find()) {
				why = null; // "…, che mi ha autorizzato a riprendere suoi scritti sul mio blog": the leave is this page's, however long the sentence
			}
			if (why == null && candidate.licence().family().equals(LicenceId.FAMILY_CC_UNSPECIFIED) && !unspecifiedStatement(text, candidate.start())) {
				why = "Creative Commons named without a licensing word"; //$NON-NLS-1$
			}
			if (why != null) {
				mentions.add(Evidence.at(text, candidate.start(), candidate.end()));
				continue;
			}
			boolean used = Patterns.USED_WITH_PERMISSION.matcher(text.substring(candidate.start(), candidate.end())).lookingAt();
			boolean republished = REPUBLISHED_WITH_PERMISSION.matcher(text.substring(candidate.start(), candidate.end())).lookingAt()
					|| REPRINT_BEFORE.matcher(text).region(Math.max(Lines.start(text, candidate.start()), candidate.start() - 30), candidate.start()).find();
			if (candidate.licence().family().equals(LicenceId.FAMILY_WITH_PERMISSION) && !republished && (used || onItemLine(text, candidate.start(), thirdParty))) {
				continue; // "Photo: X. Used with permission": the third-party finder reports the item
			}
			statements.add(candidate);
		}
		mergeByLine(scan, statements, thirdParty, licences);
		return new Result(licences, mentions);
	}

	/** A credit of the whole text's source ("Source: X", "first published in X", "republished from X"), not of an item in it. */
	static boolean wholeTextCredit(ThirdPartyItem item) {
		String credit = item.credit().text();
		return Patterns.REPUBLISHED.matcher(credit).lookingAt() || Patterns.SOURCE_CREDIT.matcher(credit).lookingAt()
				|| REPUBLISHED_WITH_PERMISSION.matcher(credit).lookingAt() && Patterns.WITH_PERMISSION.matcher(credit).find();
	}

	/** "Republished with permission from The Conversation": the text itself, whatever else the line credits. */
	private static final Pattern REPUBLISHED_WITH_PERMISSION = Pattern.compile("(?:re)?(?:published|printed|produced)|(?:ri)?pubblicat|republié|reproduit|publié" //$NON-NLS-1$
			+ "|republicad|reproducid|publicad|reproduzid|(?:أعيد )?نشر", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE); //$NON-NLS-1$

	/** "Abdruck mit freundlicher Genehmigung von X": the permission credited is the reprint's, the text's own. */
	private static boolean reprinted(String text, ThirdPartyItem item) {
		int start = item.credit().span() == null ? -1 : item.credit().span().start();
		return start > 0 && REPRINT_BEFORE.matcher(text).region(Math.max(Lines.start(text, start), start - 30), start).find();
	}

	/** A reprint named just before "with (kind) permission": "Abdruck mit freundlicher Genehmigung", "reprint by permission", "ristampa su autorizzazione". */
	private static final Pattern REPRINT_BEFORE = Pattern.compile("(?<![\\p{L}])(?:Abdruck|Nachdruck|Wiedergabe|reprint(?:ed)?|reproduction|ristampa|riproduzione|pubblicazione|reproducción|publicación|reprodução|publicação|herdruk|overgenomen)[\\s:,]*$", //$NON-NLS-1$
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** A bare "Creative Commons" licenses the text only with a licensing word in its sentence ("sous licence Creative Commons"). */
	private static boolean unspecifiedStatement(String text, int start) {
		int[] line = Lines.trimmed(text, start);
		return Patterns.UNSPECIFIED_CUE.matcher(Mentions.sentenceAround(text, start, line)).find();
	}

	private static boolean onItemLine(String text, int offset, List<ThirdPartyItem> thirdParty) {
		int lineStart = Lines.start(text, offset);
		int lineEnd = Lines.end(text, offset);
		return Patterns.ITEM_CUE.matcher(text.substring(lineStart, lineEnd)).find()
				|| Patterns.COURTESY.matcher(text.substring(lineStart, lineEnd)).find()
				|| itemOnLine(text, offset, thirdParty) != null;
	}

	private static @Nullable ThirdPartyItem itemOnLine(String text, int offset, List<ThirdPartyItem> thirdParty) {
		int lineStart = Lines.start(text, offset);
		int lineEnd = Lines.end(text, offset);
		for (ThirdPartyItem item : thirdParty) {
			TextSpan span = item.credit().span();
			if (span != null && span.start() < lineEnd && span.end() > lineStart) {
				return item;
			}
		}
		return null;
	}

	/** Candidates on one short line make one statement ("Licence: CC BY-SA 4.0 https://creativecommons.org/..."). */
	/**
	 * True when {@code offset} is in a caption block (as the importer marks a {@code <figcaption>}) whose line does not
	 * say it speaks of the text itself ("this article"): a licence there is the pictured item's.
	 */
	private static boolean inItsCaption(Scan scan, int offset) {
		return scan.inCaption(offset) && !Patterns.SELF_REFERENCE.matcher(Lines.lineOf(scan.text, offset)).find();
	}

	private static void mergeByLine(Scan scan, List<Candidate> statements, List<ThirdPartyItem> thirdParty, List<DetectedLicence> out) {
		String text = scan.text;
		int i = 0;
		while (i < statements.size()) {
			Candidate head = statements.get(i);
			int[] line = Lines.trimmed(text, head.start());
			boolean shortLine = line[1] - line[0] <= Lines.SHORT_LINE;
			LicenceId licence = head.licence();
			String link = head.link();
			String deed = head.deedLanguage();
			int start = head.start(), end = head.end();
			int j = i + 1;
			while (shortLine && j < statements.size() && statements.get(j).start() < line[1]) {
				Candidate next = statements.get(j);
				LicenceId merged = mergeable(licence, next.licence());
				if (merged == null) {
					break;
				}
				licence = merged;
				link = link != null ? link : next.link();
				deed = deed != null ? deed : next.deedLanguage();
				end = Math.max(end, next.end());
				j++;
			}
			boolean wholeLine = shortLine && (j >= statements.size() || statements.get(j).start() >= line[1]);
			if (wholeLine) {
				start = Math.min(start, line[0]);
				end = Math.max(end, line[1]);
			} else {
				start = cueStart(text, start, line[0]);
			}
			ThirdPartyItem item = itemOnLine(text, head.start(), thirdParty);
			if (item != null && (wholeTextCredit(item) || reprinted(text, item))) {
				item = null; // "Republished with permission from The Conversation": the source of the whole text, not an item
			}
			boolean itemScope = item != null || inItsCaption(scan, head.start()) || Patterns.ITEM_CUE.matcher(text.substring(line[0], line[1])).find() && shortLine
					|| shortLine && captionCredit(text, line, head.start(), end)
					|| Patterns.FILE_CUE.matcher(Mentions.sentenceAround(text, head.start(), line)).find(); // "diese Datei ... gemeinfrei"
			String itemText = item != null ? item.credit().text() : itemScope ? text.substring(line[0], line[1]) : null;
			if (link == null) {
				link = linkNear(text, line[1]);
			}
			out.add(new DetectedLicence(licence, Evidence.at(text, start, end), link, itemScope ? LicenceScope.ITEM : LicenceScope.ARTICLE,
					itemText, LicenceStatement.Origin.TEXT, deed));
			i = j;
		}
	}

	/**
	 * "… in Monrovia, Liberia -Public Domain": a licence at the end of a descriptive line, after a dash or bar, with no
	 * licensing word and nothing about this text before it, is a caption's credit: it licenses the pictured item.
	 */
	private static boolean captionCredit(String text, int[] line, int start, int end) {
		if (line[1] - end > 2) {
			return false;
		}
		String before = text.substring(line[0], start);
		Matcher separator = CAPTION_SEPARATOR.matcher(before);
		return separator.find() && before.strip().split("\\s+").length >= 5 && !Patterns.LICENSING_CUE.matcher(before).find() //$NON-NLS-1$
				&& !Patterns.SELF_REFERENCE.matcher(before).find() && !licenceWords(before);
	}

	/** "Namensnennung - Nicht kommerziell ... 4.0 International (CC BY-NC-SA 4.0)": the line names the licence twice. */
	private static boolean licenceWords(String s) {
		return Patterns.CC_PROSE.matcher(s).find() || Patterns.WORD_BY.matcher(s).find() || Patterns.WORD_SA.matcher(s).find()
				|| Patterns.WORD_NC.matcher(s).find() || Patterns.WORD_ND.matcher(s).find() || Patterns.VERSION.matcher(s).find();
	}

	static final Pattern CAPTION_SEPARATOR = Pattern.compile("(?:\\s[-–—|/]|[,(])\\s*$"); //$NON-NLS-1$

	/** A licence URL on the line after a notice ("License: CC BY 4.0" then the URL), or null. */
	private static @Nullable String linkNear(String text, int lineEnd) {
		if (lineEnd >= text.length()) {
			return null;
		}
		int nextLineEnd = Lines.end(text, lineEnd + 1);
		String next = text.substring(lineEnd + 1, nextLineEnd).strip();
		Matcher url = Patterns.CC_URL.matcher(next);
		return url.lookingAt() && url.end() == next.length() ? url.group() : null;
	}

	private static int cueStart(String text, int start, int lineStart) {
		int from = Math.max(lineStart, start - 40);
		Matcher cue = Patterns.LICENSING_CUE.matcher(text).region(from, start);
		return cue.find() ? cue.start() : start;
	}

	/** The licence two names on one line make together, or null when they are different licences. */
	private static @Nullable LicenceId mergeable(LicenceId a, LicenceId b) {
		if (a.family().equals(LicenceId.FAMILY_PUBLIC_DOMAIN) && b.publicDomain()) {
			return b; // "Dedicated to the public domain: CC0 1.0 Universal"
		}
		if (b.family().equals(LicenceId.FAMILY_PUBLIC_DOMAIN) && a.publicDomain()) {
			return a;
		}
		// "Reprinted with permission of X. All rights reserved.": the permission is what the page may do with the text
		if (a.family().equals(LicenceId.FAMILY_WITH_PERMISSION) && b.family().equals(LicenceId.FAMILY_ALL_RIGHTS_RESERVED)) {
			return a;
		}
		if (b.family().equals(LicenceId.FAMILY_WITH_PERMISSION) && a.family().equals(LicenceId.FAMILY_ALL_RIGHTS_RESERVED)) {
			return b;
		}
		if (a.family().equals(LicenceId.FAMILY_CC_UNSPECIFIED) && b.isCreativeCommons()) {
			return b;
		}
		if (b.family().equals(LicenceId.FAMILY_CC_UNSPECIFIED) && a.isCreativeCommons()) {
			return a;
		}
		if (!a.family().equals(b.family())) {
			return null;
		}
		if (a.version() == null) {
			return b;
		}
		if (b.version() == null || a.equals(b)) {
			return a;
		}
		return null;
	}

	private static @Nullable DetectedLicence fromStatement(LicenceStatement statement, String text) {
		Candidate best = null;
		String url = statement.url();
		if (url != null) {
			List<Candidate> fromUrl = candidates(url);
			best = fromUrl.isEmpty() ? null : fromUrl.get(0);
		}
		String link = best != null ? best.link() : null;
		if (best == null || best.licence().version() == null) {
			List<Candidate> fromText = statement.text() == null ? List.of() : candidates(statement.text());
			if (!fromText.isEmpty() && (best == null || fromText.get(0).licence().version() != null)) {
				Candidate t = fromText.get(0);
				String textLink = t.link();
				String deed = t.deedLanguage();
				for (Candidate other : fromText) { // "CC BY 4.0 https://creativecommons.org/...": the URL is the link
					if (textLink == null && other.link() != null && mergeable(t.licence(), other.licence()) != null) {
						textLink = other.link();
						deed = other.deedLanguage();
					}
				}
				best = new Candidate(t.licence(), t.start(), t.end(), link != null ? link : textLink, deed);
			}
		}
		if (best == null && statement.text() != null && Patterns.COPYRIGHT_LINE.matcher(statement.text().strip()).find()) {
			best = new Candidate(new LicenceId(LicenceId.FAMILY_ALL_RIGHTS_RESERVED, null, null), 0, 0, null, null);
		}
		if (best == null) {
			return null;
		}
		String evidenceText = !statement.text().isBlank() ? statement.text() : url != null ? url : best.licence().id();
		TextSpan span = statement.span();
		if (span != null && span.end() <= text.length()) {
			evidenceText = span.of(text);
		}
		return new DetectedLicence(best.licence(), new Evidence(evidenceText, span), best.link(), LicenceScope.ARTICLE, null,
				statement.origin(), best.deedLanguage());
	}
}
