// SPDX-License-Identifier: EPL-2.0
package dossier.licence.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dossier.core.model.Block;
import dossier.core.model.TextSpan;
import dossier.licence.LicenceAnalysis;
import dossier.licence.ThirdPartyItem;

/**
 * The features {@link CreditTagger} reads for each token of each line of an analysed article: the token (its lower
 * case, shape, script, affixes), the two words on each side and the punctuation that touches it, its place in its
 * line, in its clause (a line's clauses split at ". ", " - ", " / ", "|", brackets and "©") and in the record, the
 * line's block type as the importer marks it (caption, byline, dateline, paragraph, title), whether it is part of a
 * holder listed in {@code credit-holders.tsv}, and the rules' own output: whether the rules found a credit on the line,
 * whether the token is inside one, and the word that opens it (the cue the rules saw).
 */
final class CreditFeatures {

	/** Tokens: runs of letters, marks and digits (with a dot or apostrophe inside a word), or one other character. */
	static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:['’.][\\p{L}\\p{M}\\p{N}]+)*|\\S"); //$NON-NLS-1$
	/** What closes a clause inside a line: a full stop before a space, a spaced dash or slash, a bar, brackets, ©. */
	private static final Pattern CLAUSE_BREAK = Pattern.compile("[.!?؟]\\s|\\s[-–—/]\\s|[|()\\[\\]«»“”©]|[:：]\\s"); //$NON-NLS-1$

	/**
	 * Which of the rules' output a token's features hold: none, only whether the rules found a credit on its line, or
	 * that and whether the token is inside a rule's credit and the word opening it (the cue the rules saw).
	 */
	enum RuleFeatures {
		NONE, LINE, ALL
	}

	private CreditFeatures() {
	}

	/** One line of the article, its tokens, and what the features need to know about it. */
	static final class Line {
		private final String text;
		private final int lineStart;
		private final List<TextSpan> tokens;
		private final String block;
		private final String place;
		private final String language;
		private final boolean[] holder;
		private final boolean[] holderStart;
		private final int[] clause;
		private final int[] clauseIndex;
		private final int clauses;
		private final byte[] rule; // 0 outside a rule's credit, 1 its first token, 2 inside
		private final String[] ruleCue;
		private final boolean ruleOnLine;
		private final String site;
		private final String title;

		Line(String text, int lineStart, int lineEnd, String block, String place, String language, List<ThirdPartyItem> items,
				AliasTable aliases, String site, String title) {
			this.text = text;
			this.site = site;
			this.title = title;
			this.lineStart = lineStart;
			this.block = block;
			this.place = place;
			this.language = language;
			String line = text.substring(lineStart, lineEnd);
			tokens = new ArrayList<>();
			Matcher m = TOKEN.matcher(line);
			while (m.find()) {
				tokens.add(new TextSpan(lineStart + m.start(), lineStart + m.end()));
			}
			int n = tokens.size();
			holder = new boolean[n];
			holderStart = new boolean[n];
			aliases.mark(text, tokens, holder, holderStart); // a keyed look-up: a pattern run over every line cost more than the analysis
			clause = new int[n];
			clauseIndex = new int[n];
			List<Integer> breaks = new ArrayList<>();
			Matcher b = CLAUSE_BREAK.matcher(line);
			while (b.find()) {
				breaks.add(lineStart + b.start());
			}
			int c = 0, k = 0, previous = -1;
			for (int t = 0; t < n; t++) {
				while (k < breaks.size() && breaks.get(k) < tokens.get(t).start()) {
					k++;
					c++;
				}
				clauseIndex[t] = previous == c ? clauseIndex[t - 1] + 1 : 0;
				clause[t] = c;
				previous = c;
			}
			clauses = n == 0 ? 0 : clause[n - 1] + 1;
			rule = new byte[n];
			ruleCue = new String[n];
			boolean any = false;
			for (ThirdPartyItem item : items) {
				TextSpan at = item.credit().span();
				if (at == null || at.end() <= lineStart || at.start() >= lineEnd) {
					continue;
				}
				any = true;
				String cue = null;
				for (int t = 0; t < n; t++) {
					TextSpan token = tokens.get(t);
					if (token.start() < at.end() && at.start() < token.end()) {
						if (cue == null) {
							cue = text.substring(token.start(), token.end()).toLowerCase(Locale.ROOT);
							rule[t] = 1;
						} else {
							rule[t] = 2;
						}
						ruleCue[t] = cue;
					}
				}
			}
			ruleOnLine = any;
		}

		List<TextSpan> tokens() {
			return tokens;
		}

		/** The line's span in the article's text: from its first character to the end of its last token. */
		int start() {
			return lineStart;
		}

		int end() {
			return tokens.isEmpty() ? lineStart : tokens.get(tokens.size() - 1).end();
		}

		/** True when token {@code t} is part of a listed holder's alias. */
		boolean holder(int t) {
			return holder[t];
		}

		/** The line's block type as the importer marks it (CAPTION, BYLINE, ...; NONE for a footer's line). */
		String block() {
			return block;
		}

		/** Where the line stands in the record: first, second, mid or last. */
		String place() {
			return place;
		}

		String language() {
			return language;
		}

		/** True when the rules found a credit on this line. */
		boolean ruleOnLine() {
			return ruleOnLine;
		}

		/** True when word {@code t} is the page's own site's name ("avax" on avax.news). */
		boolean site(int t) {
			String w = word(t).replaceAll("[^\\p{L}\\p{N}]", ""); //$NON-NLS-1$ //$NON-NLS-2$
			return w.length() >= 3 && !site.isEmpty() && site.contains(w);
		}

		private String word(int t) {
			if (t < 0) {
				return "<s>"; //$NON-NLS-1$
			}
			if (t >= tokens.size()) {
				return "</s>"; //$NON-NLS-1$
			}
			String w = tokens.get(t).of(text).toLowerCase(Locale.ROOT);
			return w.codePointCount(0, w.length()) > 24 ? w.substring(0, w.offsetByCodePoints(0, 24)) : w; // whole code points: a model is written as UTF-8
		}

		private String shape(int t) {
			if (t < 0 || t >= tokens.size()) {
				return "-"; //$NON-NLS-1$
			}
			return CreditFeatures.shape(tokens.get(t).of(text));
		}

		/** The non-space character just before (or after) a token, "_" after a space, "^"/"$" at the line's ends. */
		private String touching(int t, boolean before) {
			TextSpan token = tokens.get(t);
			int at = before ? token.start() - 1 : token.end();
			int lineEnd = tokens.get(tokens.size() - 1).end();
			boolean space = false;
			while (at >= lineStart && at < lineEnd && Character.isWhitespace(text.charAt(at))) {
				space = true;
				at += before ? -1 : 1;
			}
			if (at < lineStart) {
				return "^"; //$NON-NLS-1$
			}
			if (at >= lineEnd) {
				return "$"; //$NON-NLS-1$
			}
			char ch = text.charAt(at);
			String kind = Character.isLetterOrDigit(ch) ? "w" : Character.isSurrogate(ch) ? "sym" : String.valueOf(ch); //$NON-NLS-1$ //$NON-NLS-2$
			return (space ? "_" : "") + kind; //$NON-NLS-1$ //$NON-NLS-2$
		}

		/** The features of token {@code t}, every one of the rules' among them (a model weighs only those it learnt). */
		List<String> features(int t) {
			return features(t, RuleFeatures.ALL);
		}

		/** The features of token {@code t}, with {@code rules} of the rules' own output. */
		List<String> features(int t, RuleFeatures rules) {
			int n = tokens.size();
			String w = word(t), sh = shape(t);
			String raw = tokens.get(t).of(text);
			List<String> f = new ArrayList<>(48);
			f.add("bias"); //$NON-NLS-1$
			f.add("w=" + w); //$NON-NLS-1$
			f.add("sh=" + sh); //$NON-NLS-1$
			f.add("sc=" + script(raw)); //$NON-NLS-1$
			if (w.codePointCount(0, w.length()) > 3) {
				f.add("p3=" + w.substring(0, w.offsetByCodePoints(0, 3))); //$NON-NLS-1$
				f.add("s3=" + w.substring(w.offsetByCodePoints(w.length(), -3))); //$NON-NLS-1$
			}
			f.add("w-1=" + word(t - 1)); //$NON-NLS-1$
			f.add("w+1=" + word(t + 1)); //$NON-NLS-1$
			f.add("w-2=" + word(t - 2)); //$NON-NLS-1$
			f.add("w+2=" + word(t + 2)); //$NON-NLS-1$
			f.add("w-1w=" + word(t - 1) + "|" + w); //$NON-NLS-1$ //$NON-NLS-2$
			f.add("sh-1=" + shape(t - 1)); //$NON-NLS-1$
			f.add("sh+1=" + shape(t + 1)); //$NON-NLS-1$
			f.add("sh-1sh=" + shape(t - 1) + "|" + sh + "|" + shape(t + 1)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			String before = touching(t, true), after = touching(t, false);
			f.add("pb=" + before); //$NON-NLS-1$
			f.add("pa=" + after); //$NON-NLS-1$
			f.add("pbpa=" + before + "|" + after); //$NON-NLS-1$ //$NON-NLS-2$
			String pos = t == 0 ? "first" : t == n - 1 ? "last" : t < 3 ? "head" : n - t <= 4 ? "tail" : "mid"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			f.add("pos=" + pos); //$NON-NLS-1$
			f.add("rel=" + (5 * t / Math.max(1, n))); //$NON-NLS-1$
			String length = n <= 3 ? "1-3" : n <= 8 ? "4-8" : n <= 20 ? "9-20" : "21+"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			f.add("len=" + length); //$NON-NLS-1$
			f.add("place=" + place); //$NON-NLS-1$
			f.add("blk=" + block); //$NON-NLS-1$
			f.add("blk|pos=" + block + "|" + pos); //$NON-NLS-1$ //$NON-NLS-2$
			f.add("blk|len=" + block + "|" + length); //$NON-NLS-1$ //$NON-NLS-2$
			f.add("blk|sh=" + block + "|" + sh); //$NON-NLS-1$ //$NON-NLS-2$
			String clausePlace = clause[t] == clauses - 1 ? (clauses == 1 ? "only" : "lastclause") : clause[t] == 0 ? "firstclause" : "midclause"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			f.add("cl=" + clausePlace); //$NON-NLS-1$
			f.add("cl|blk=" + clausePlace + "|" + block); //$NON-NLS-1$ //$NON-NLS-2$
			f.add("clidx=" + Math.min(clauseIndex[t], 4)); //$NON-NLS-1$
			f.add("cl|sh=" + clausePlace + "|" + sh); //$NON-NLS-1$ //$NON-NLS-2$
			f.add("lang|w-1=" + language + "|" + word(t - 1)); //$NON-NLS-1$ //$NON-NLS-2$
			if (holder[t]) {
				f.add(holderStart[t] ? "holder=B" : "holder=I"); //$NON-NLS-1$ //$NON-NLS-2$
				f.add("holder|blk=" + block); //$NON-NLS-1$
			}
			if (t > 0 && holder[t - 1]) {
				f.add("holder-1"); //$NON-NLS-1$
			}
			if (t + 1 < n && holder[t + 1]) {
				f.add("holder+1"); //$NON-NLS-1$
			}
			if (w.length() >= 3 && Character.isLetter(w.codePointAt(0))) {
				String folded = w.replaceAll("[^\\p{L}\\p{N}]", ""); //$NON-NLS-1$ //$NON-NLS-2$
				if (!site.isEmpty() && site.contains(folded)) {
					f.add("site"); // the page's own site: its photographers and its own name credit nothing //$NON-NLS-1$
				}
				if (!"first".equals(place) && title.contains(w)) { //$NON-NLS-1$
					f.add("intitle"); //$NON-NLS-1$
				}
			}
			if (rules == RuleFeatures.NONE) {
				return f;
			}
			f.add("ruleline=" + ruleOnLine); //$NON-NLS-1$
			f.add("ruleline|blk=" + ruleOnLine + "|" + block); //$NON-NLS-1$ //$NON-NLS-2$
			if (rules == RuleFeatures.LINE) {
				return f;
			}
			f.add("rule=" + rule[t]); //$NON-NLS-1$
			String cue = ruleCue[t];
			if (cue != null) {
				f.add("rulecue=" + cue); //$NON-NLS-1$
			}
			if (t > 0 && rule[t - 1] != 0) {
				f.add("rule-1=" + rule[t - 1] + "|" + rule[t]); //$NON-NLS-1$ //$NON-NLS-2$
			}
			return f;
		}
	}

	/** The article's lines (its title's included), with their blocks, each with the features' context. */
	static List<Line> lines(LicenceAnalysis analysis) {
		String text = analysis.article().text();
		List<Block> blocks = analysis.article().blocks();
		AliasTable aliases = AliasTable.builtIn();
		String url = analysis.article().sourceUrl();
		// the site's name: its host without the scheme, "www." and the top-level domain ("avax.news" gives "avax")
		String site = url == null ? "" : url.toLowerCase(Locale.ROOT).replaceFirst("^[a-z][a-z0-9+.-]*://", "").replaceFirst("[/?#:].*", "") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				.replaceFirst("^www\\.", "").replaceFirst("\\.[^.]+$", "").replaceAll("[^\\p{L}\\p{N}]", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		String title = analysis.title().toLowerCase(Locale.ROOT);
		List<int[]> spans = new ArrayList<>();
		for (int start = 0; start <= text.length();) {
			int end = text.indexOf('\n', start);
			end = end < 0 ? text.length() : end;
			if (!text.substring(start, end).isBlank()) {
				spans.add(new int[] { start, end });
			}
			start = end + 1;
		}
		List<Line> lines = new ArrayList<>(spans.size());
		for (int i = 0; i < spans.size(); i++) {
			int[] span = spans.get(i);
			String block = "NONE"; //$NON-NLS-1$
			for (Block b : blocks) {
				if (b.span().start() < span[1] && span[0] < b.span().end()) {
					block = b.type().name();
					break;
				}
			}
			String place = i == 0 ? "first" : i == spans.size() - 1 ? "last" : i == 1 ? "second" : "mid"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			lines.add(new Line(text, span[0], span[1], block, place, analysis.language(), analysis.thirdParty(), aliases, site, title));
		}
		return lines;
	}

	/**
	 * A word's shape: upper-case letters X, lower-case x, letters without case a, digits d, a symbol outside the
	 * basic plane s, others as they are, runs shortened to two.
	 */
	static String shape(String token) {
		StringBuilder out = new StringBuilder();
		int last = 0;
		int run = 0;
		for (int i = 0; i < token.length() && out.length() < 8; i += Character.charCount(token.codePointAt(i))) {
			int ch = token.codePointAt(i);
			int c = Character.isUpperCase(ch) ? 'X' : Character.isLowerCase(ch) ? 'x' : Character.isDigit(ch) ? 'd' : Character.isLetter(ch) ? 'a'
					: Character.isSupplementaryCodePoint(ch) ? 's' : ch;
			run = c == last ? run + 1 : 1;
			last = c;
			if (run <= 2) {
				out.appendCodePoint(c);
			}
		}
		return out.toString();
	}

	/** The token's script: Latin, Arabic, another letter, a digit or punctuation. */
	static String script(String token) {
		int ch = token.codePointAt(0);
		if (Character.isDigit(ch)) {
			return "digit"; //$NON-NLS-1$
		}
		if (!Character.isLetter(ch)) {
			return "punct"; //$NON-NLS-1$
		}
		Character.UnicodeScript script = Character.UnicodeScript.of(ch);
		return script == Character.UnicodeScript.LATIN ? "latin" : script == Character.UnicodeScript.ARABIC ? "arabic" : "other"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}
