// SPDX-License-Identifier: EPL-2.0
package dossier.licence.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


import dossier.core.model.TextSpan;
import dossier.licence.CreditHolders;

/**
 * The aliases of the listed credit holders as keys of a table, looked up token by token: the credit tagger's cheaper
 * alternative to running {@link CreditHolders#aliasPattern()} over every line. A run of tokens names a holder when its
 * letters, without the spaces and dots between and inside them ("A.F.P." and "AFP", "أ ف ب" and "أ.ف.ب"), are an
 * alias: in any case, or for a short alias in capitals ("AP", "EFE") only as written or capitalised ("Ap"), as the
 * pattern reads them. The longest alias starting at a token wins, and the next look-up starts after it.
 */
public final class AliasTable {

	private final Set<String> folded = new HashSet<>();
	private final Set<String> exact = new HashSet<>();
	/** Every beginning of every key, in lower case: a run that is none of them can stop growing. */
	private final Set<String> prefixes = new HashSet<>();
	private final int longest;
	/** Any alias as a whole word ({@link CreditHolders#aliasPattern}); null when the holder list is empty. */
	private final Pattern confirm;

	private AliasTable(CreditHolders holders, Pattern token) {
		confirm = holders.aliasPattern();
		int most = 0;
		for (CreditHolders.Holder holder : holders.holders()) {
			for (String alias : holder.aliases()) {
				if (CreditHolders.isCaseExact(alias)) {
					exact.add(alias);
					exact.add(alias.charAt(0) + alias.substring(1).toLowerCase(Locale.ROOT));
				} else {
					folded.add(key(alias).toLowerCase(Locale.ROOT));
				}
				String lower = key(alias).toLowerCase(Locale.ROOT);
				for (int i = 1; i <= lower.length(); i++) {
					prefixes.add(lower.substring(0, i));
				}
				int tokens = 0;
				for (Matcher m = token.matcher(alias); m.find();) {
					tokens++;
				}
				most = Math.max(most, tokens);
			}
		}
		longest = most;
	}

	private static final class BuiltIn {
		static final AliasTable INSTANCE = new AliasTable(CreditHolders.builtIn(), CreditFeatures.TOKEN);
	}

	/** The table of the list shipped with Dossier, for the tagger's tokens. */
	public static AliasTable builtIn() {
		return BuiltIn.INSTANCE;
	}

	/** The tokens the credit tagger reads in a line: runs of letters, marks and digits, or one other character. */
	public static List<TextSpan> tokens(String line) {
		List<TextSpan> out = new ArrayList<>();
		for (Matcher m = CreditFeatures.TOKEN.matcher(line); m.find();) {
			out.add(new TextSpan(m.start(), m.end()));
		}
		return out;
	}

	/** The aliases this table finds in a line, each from its first token to its last, in order. */
	public List<String> aliasesIn(String line) {
		List<TextSpan> tokens = tokens(line);
		boolean[] holder = new boolean[tokens.size()], start = new boolean[tokens.size()];
		mark(line, tokens, holder, start);
		List<String> out = new ArrayList<>();
		for (int t = 0; t < tokens.size(); t++) {
			if (start[t]) {
				int last = t;
				while (last + 1 < tokens.size() && holder[last + 1] && !start[last + 1]) {
					last++;
				}
				out.add(line.substring(tokens.get(t).start(), tokens.get(last).end()));
			}
		}
		return out;
	}

	/** An alias or a run of text without its spaces and dots. */
	private static String key(CharSequence s) {
		StringBuilder out = new StringBuilder(s.length());
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c != '.' && !Character.isWhitespace(c)) {
				out.append(c);
			}
		}
		return out.toString();
	}

	/**
	 * True when the list's pattern reads the run from {@code first} to {@code last} as an alias: the table drops every
	 * space and dot, the pattern allows them only where the alias has one ("dpa - Bildfunk" is not "dpa-Bildfunk").
	 * Only the few runs the table finds are confirmed so.
	 */
	private boolean confirmed(String text, TextSpan first, TextSpan last) {
		Pattern pattern = confirm;
		return pattern == null || pattern.matcher(text).region(first.start(), last.end()).useTransparentBounds(true).matches();
	}

	/**
	 * Marks the tokens of a line (spans of {@code text}, in order) that are part of an alias: {@code holder[t]} for
	 * each, {@code start[t]} for the first token of each alias.
	 */
	public void mark(String text, List<TextSpan> tokens, boolean[] holder, boolean[] start) {
		int n = tokens.size();
		for (int t = 0; t < n;) {
			int end = -1;
			StringBuilder run = new StringBuilder();
			int last = Math.min(n, t + longest);
			int[] ends = new int[last - t];
			String[] keys = new String[last - t];
			int count = 0;
			for (int u = t; u < last; u++) {
				if (u > t && !key(text.subSequence(tokens.get(u - 1).end(), tokens.get(u).start())).isEmpty()) {
					break; // only spaces and dots may stand between an alias's tokens
				}
				String word = key(text.subSequence(tokens.get(u).start(), tokens.get(u).end()));
				if (word.isEmpty()) {
					if (u == t) {
						break; // an alias neither starts nor ends with a dot
					}
					continue;
				}
				run.append(word);
				String sofar = run.toString();
				if (!prefixes.contains(sofar.toLowerCase(Locale.ROOT))) {
					break;
				}
				keys[count] = sofar;
				ends[count++] = u;
			}
			for (int k = count - 1; k >= 0 && end < 0; k--) {
				if ((folded.contains(keys[k].toLowerCase(Locale.ROOT)) || exact.contains(keys[k])) && confirmed(text, tokens.get(t), tokens.get(ends[k]))) {
					end = ends[k];
				}
			}
			if (end < 0) {
				t++;
				continue;
			}
			for (int u = t; u <= end; u++) {
				holder[u] = true;
				start[u] = u == t;
			}
			t = end + 1;
		}
	}
}
