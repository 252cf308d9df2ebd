// SPDX-License-Identifier: EPL-2.0
package dossier.explorer.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Snippets as the index returns them (HTML-escaped text with each match between marks) turned into plain text
 * and the ranges to highlight. The marks are private-use characters, so no text of an article can contain them.
 */
public final class Snippets {

	/** Placed before each match. */
	public static final String OPEN = "\uE000"; //$NON-NLS-1$
	/** Placed after each match. */
	public static final String CLOSE = "\uE001"; //$NON-NLS-1$

	private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);"); //$NON-NLS-1$

	/** The plain text of a snippet and the [start, end) ranges of its matches. */
	public record Highlighted(String text, List<int[]> matches) {
	}

	private Snippets() {
	}

	public static Highlighted parse(String snippet) {
		String unescaped = unescape(snippet == null ? "" : snippet); //$NON-NLS-1$
		StringBuilder text = new StringBuilder(unescaped.length());
		List<int[]> matches = new ArrayList<>();
		int start = -1;
		for (int i = 0; i < unescaped.length(); i++) {
			char c = unescaped.charAt(i);
			if (c == OPEN.charAt(0)) {
				start = text.length();
			} else if (c == CLOSE.charAt(0)) {
				if (start >= 0) {
					matches.add(new int[] { start, text.length() });
				}
				start = -1;
			} else {
				text.append(c == '\n' ? ' ' : c);
			}
		}
		return new Highlighted(text.toString(), matches);
	}

	static String unescape(String html) {
		Matcher matcher = ENTITY.matcher(html);
		StringBuilder out = new StringBuilder(html.length());
		while (matcher.find()) {
			String entity = matcher.group(1);
			String replacement = switch (entity) {
			case "amp" -> "&"; //$NON-NLS-1$ //$NON-NLS-2$
			case "lt" -> "<"; //$NON-NLS-1$ //$NON-NLS-2$
			case "gt" -> ">"; //$NON-NLS-1$ //$NON-NLS-2$
			case "quot" -> "\""; //$NON-NLS-1$ //$NON-NLS-2$
			case "apos" -> "'"; //$NON-NLS-1$ //$NON-NLS-2$
			default -> new String(Character.toChars(entity.startsWith("#x") //$NON-NLS-1$
					? Integer.parseInt(entity.substring(2), 16)
					: Integer.parseInt(entity.substring(1))));
			};
			matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
		}
		matcher.appendTail(out);
		return out.toString();
	}
}
