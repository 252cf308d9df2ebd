// SPDX-License-Identifier: EPL-2.0
package dossier.ingest.internal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Language-independent tests on lines of article text: licence lines, credits, site boilerplate, headings.
 * They rely on form (length, punctuation, position) and on a few international tokens, never on a publisher's
 * wording.
 */
public final class TextHeuristics {

	/** Licence names and URLs that read the same in every language. */
	public static final Pattern LICENCE = Pattern.compile(
			"(?i)(?<![\\p{L}\\p{N}])(CC[- ]?(BY|0|ZERO|PDM)([- ](SA|NC|ND)){0,2}([- ]?\\d\\.\\d)?(?![\\p{L}])" //$NON-NLS-1$
					+ "|Creative\\s*Commons|creativecommons\\.org|Public\\s+Domain|GFDL|GNU\\s+Free\\s+Documentation)"); //$NON-NLS-1$

	/** Longest line taken as a licence statement; longer ones are prose that mentions a licence. */
	public static final int MAX_LICENCE_LINE = 200;

	/** Lines that sites add around articles, compared in lower case without surrounding punctuation. */
	private static final Set<String> BOILERPLATE = Set.of("captcha", "recaptcha", //$NON-NLS-1$ //$NON-NLS-2$
			"advertisement", "advertising", "sponsored", "ad", "ads", "pubblicità", "publicité", "anzeige", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			"werbung", "publicidad", "publicidade", "إعلان", "اعلان", "реклама", "reklam", "تبلیغات", "广告", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			"広告", "share", "condividi", "partager", "teilen", "compartir", "compartilhar", "شارك", "مشاركة", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			"back to top", "torna su", "retour en haut", "nach oben", "volver arriba", "top", "menu", "print", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			"cookie", "cookies"); //$NON-NLS-1$ //$NON-NLS-2$

	private static final Pattern URL = Pattern.compile("(?i)^(https?://|www\\.)\\S+$"); //$NON-NLS-1$
	private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?؟。！？…:;,،؛»\"”]$"); //$NON-NLS-1$

	private TextHeuristics() {
	}

	/** A short line naming a licence. */
	public static boolean isLicenceLine(String line) {
		String s = line.strip();
		return s.length() <= MAX_LICENCE_LINE && LICENCE.matcher(s).find();
	}

	/** A line with no letter or digit ("^", "***", "↑"), or a known boilerplate token ("CAPTCHA"). */
	public static boolean isBoilerplate(String line) {
		String s = line.strip();
		if (s.isEmpty()) {
			return false;
		}
		if (s.codePoints().noneMatch(Character::isLetterOrDigit)) {
			return true;
		}
		String bare = s.replaceAll("^[\\p{P}\\p{S}\\s]+|[\\p{P}\\p{S}\\s]+$", "").toLowerCase(Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$
		return BOILERPLATE.contains(bare);
	}

	public static boolean isUrl(String line) {
		return URL.matcher(line.strip()).matches();
	}

	/** Where a credit ("© NAME / AGENCY") starts in {@code line}, or -1. */
	public static int creditStart(String line) {
		int at = line.indexOf('©');
		if (at < 0) {
			at = line.indexOf("(c) "); //$NON-NLS-1$
		}
		return at;
	}

	/** Ends like a sentence or a clause. */
	public static boolean endsLikeSentence(String line) {
		return SENTENCE_END.matcher(line.strip()).matches();
	}

	public static int words(String line) {
		String s = line.strip();
		return s.isEmpty() ? 0 : s.split("\\s+").length; //$NON-NLS-1$
	}

	/** Short, few words, no final punctuation: a heading or a name. */
	public static boolean isShortTitleLike(String line, int maxChars, int maxWords) {
		String s = line.strip();
		return !s.isEmpty() && s.length() <= maxChars && words(s) <= maxWords && !endsLikeSentence(s)
				&& creditStart(s) < 0 && !isUrl(s);
	}
}
