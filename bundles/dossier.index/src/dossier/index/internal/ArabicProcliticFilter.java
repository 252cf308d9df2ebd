// SPDX-License-Identifier: EPL-2.0
package dossier.index.internal;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.eclipse.jdt.annotation.Nullable;

/**
 * After an Arabic word that starts with a one-letter proclitic which Lucene's light stemmer leaves alone (the
 * prepositions {@code ب ل ك}, the conjunction {@code ف}, alone or after {@code و}), adds the word without it at the
 * same position. At index time {@code لبوتين} is indexed as itself and as {@code بوتين}, so the query {@code بوتين}
 * finds it; at query time {@code لبوتين} asks for either form (a synonym at one position), so it finds the bare
 * {@code بوتين} too. A word that merely begins with one of those letters ({@code بيروت}) also asks for its
 * shortened form ({@code يروت}), which the index only holds for words spelled with that same ending, so nearly
 * nothing else matches.
 * <p>
 * Public for the Solr plugin ({@code solr/dossier.solr.plugin}), whose filter factory runs this same filter inside
 * Solr, so that a shared index analyses Arabic as the local one does.
 */
public final class ArabicProcliticFilter extends TokenFilter {

	/** At least this many letters must remain, so short words are not cut to nothing. */
	private static final int MIN_REMAINDER = 3;

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
	private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
	private @Nullable String pending;

	public ArabicProcliticFilter(TokenStream input) {
		super(input);
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (pending != null) {
			term.setEmpty().append(pending);
			position.setPositionIncrement(0);
			pending = null;
			return true;
		}
		if (!input.incrementToken()) {
			return false;
		}
		int strip = procliticLength(term.buffer(), term.length());
		if (strip > 0) {
			pending = new String(term.buffer(), strip, term.length() - strip);
		}
		return true;
	}

	/** How many leading letters are a proclitic the stemmer would not remove, or 0. */
	static int procliticLength(char[] word, int length) {
		int start = 0;
		// و or ف as a conjunction, then one of ب ل ك; or ب ل ك ف alone.
		if (length - 2 >= MIN_REMAINDER && (word[0] == 'و' || word[0] == 'ف') && isPreposition(word[1])) {
			start = 2;
		} else if (length - 1 >= MIN_REMAINDER && (isPreposition(word[0]) || word[0] == 'ف')) {
			start = 1;
		}
		if (start == 0) {
			return 0;
		}
		// ال after the proclitic (بال, لل, كال) is the stemmer's own business.
		if (word[start] == 'ا' && start + 1 < length && word[start + 1] == 'ل') {
			return 0;
		}
		return start;
	}

	private static boolean isPreposition(char c) {
		return c == 'ب' || c == 'ل' || c == 'ك';
	}

	@Override
	public void reset() throws IOException {
		super.reset();
		pending = null;
	}
}
