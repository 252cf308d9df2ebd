// SPDX-License-Identifier: EPL-2.0
package dossier.entities.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dossier.entities.ArticleEntities;
import dossier.entities.Mention;

/**
 * CoNLL-2003-style BIO: {@code -DOCSTART-} per article, then one token per line ({@code token _ _ tag}) with
 * tags {@code B-PER I-PER B-LOC B-ORG B-DATE} (contributed types keep their id) or {@code O}; a blank line ends a
 * sentence. Tokens are runs of letters and digits or single punctuation marks; a mention boundary always splits a
 * token.
 */
public final class ConllFormat {

	private static final Map<String, String> TAGS = Map.of("PERSON", "PER", "PLACE", "LOC", "ORG", "ORG", "DATE", "DATE"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$

	/** One token and its tag. */
	public record Token(String text, String tag) {
	}

	private ConllFormat() {
	}

	public static String tag(String type) {
		return TAGS.getOrDefault(type, type);
	}

	public static String write(ArticleEntities result) {
		String text = result.article().text();
		List<Mention> mentions = result.active();
		StringBuilder out = new StringBuilder("-DOCSTART- -X- -X- O\n\n"); //$NON-NLS-1$
		int m = 0;
		int i = 0;
		int n = text.length();
		boolean sentenceOpen = false;
		while (i < n) {
			while (m < mentions.size() && mentions.get(m).end() <= i) {
				m++;
			}
			Mention current = m < mentions.size() && mentions.get(m).start() <= i ? mentions.get(m) : null;
			int limit = current != null ? current.end() : m < mentions.size() ? mentions.get(m).start() : n;
			int cp = text.codePointAt(i);
			if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || isFormat(cp)) {
				if (cp == '\n' && i + 1 < n && text.charAt(i + 1) == '\n' && sentenceOpen) {
					out.append('\n');
					sentenceOpen = false;
				}
				i += Character.charCount(cp);
				continue;
			}
			int end = i + Character.charCount(cp);
			if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK) {
				while (end < limit) {
					int next = text.codePointAt(end);
					if (!(Character.isLetterOrDigit(next) || Character.getType(next) == Character.NON_SPACING_MARK || isFormat(next))) {
						break;
					}
					end += Character.charCount(next);
				}
			}
			end = Math.min(end, Math.max(limit, i + Character.charCount(cp)));
			String tag = current == null ? "O" : (i == current.start() ? "B-" : "I-") + tag(current.type()); //$NON-NLS-1$ //$NON-NLS-2$
			out.append(text, i, end).append(" _ _ ").append(tag).append('\n'); //$NON-NLS-1$
			sentenceOpen = true;
			if (current == null && (cp == '.' || cp == '!' || cp == '?' || cp == '؟') && end < n && Character.isWhitespace(text.charAt(end))) {
				out.append('\n');
				sentenceOpen = false;
			}
			i = end;
		}
		if (sentenceOpen) {
			out.append('\n');
		}
		return out.toString();
	}

	private static boolean isFormat(int cp) {
		return Character.getType(cp) == Character.FORMAT;
	}

	/** Reads tokens and tags back (the first and last columns), skipping document and sentence breaks. */
	public static List<Token> read(String conll) {
		List<Token> tokens = new ArrayList<>();
		for (String line : conll.split("\r?\n")) { //$NON-NLS-1$
			if (line.isBlank() || line.startsWith("-DOCSTART-")) { //$NON-NLS-1$
				continue;
			}
			String[] columns = line.split(" "); //$NON-NLS-1$
			tokens.add(new Token(columns[0], columns[columns.length - 1]));
		}
		return tokens;
	}

	/** The entity spans in a token sequence, as "TAG:token token": what a round trip must preserve. */
	public static List<String> entities(List<Token> tokens) {
		List<String> entities = new ArrayList<>();
		StringBuilder current = null;
		for (Token token : tokens) {
			if (token.tag().startsWith("B-")) { //$NON-NLS-1$
				if (current != null) {
					entities.add(current.toString());
				}
				current = new StringBuilder(token.tag().substring(2)).append(':').append(token.text());
			} else if (token.tag().startsWith("I-") && current != null) { //$NON-NLS-1$
				current.append(' ').append(token.text());
			} else {
				if (current != null) {
					entities.add(current.toString());
				}
				current = null;
			}
		}
		if (current != null) {
			entities.add(current.toString());
		}
		return entities;
	}
}
