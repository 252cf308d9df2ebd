// SPDX-License-Identifier: EPL-2.0
package dossier.licence.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dossier.core.internal.learn.AveragedPerceptron;
import dossier.core.model.TextSpan;
import dossier.licence.LicenceAnalysis;

/**
 * A second decision on the credit tagger's candidate spans, weighing each span as a whole rather than token by token:
 * its length in words, whether it is a whole clause (bounded by the line's ends, a dash, a slash, a bar, brackets, a
 * colon or "©"), a listed holder inside it or at its end, the shape of its words (names in capitals, digits, Arabic),
 * the page's own site among them, the line's block type and place, whether the rules found another credit on the line,
 * the word before it (a cue), and the tagger's confidence (its weakest token's lead). An averaged perceptron with two
 * labels, trained by {@code CreditTaggerTrainer} (in the test fragment) on candidates a tagger offered on records it was not trained on.
 */
public final class SpanDecision {

	static final int NO = 0, YES = 1;
	/** What may bound a whole clause on its left and on its right ("^" and "$": the line's ends). */
	private static final String LEFT = "^-–—/|([:©«“\"", RIGHT = "$-–—/|)].,;»”\""; //$NON-NLS-1$ //$NON-NLS-2$

	private final AveragedPerceptron model;

	private SpanDecision(AveragedPerceptron model) {
		this.model = model;
	}

	/** Trains a decision on labelled candidates: deterministic (fixed passes and seed). */
	static SpanDecision train(List<AveragedPerceptron.Example> examples, int epochs, long seed) {
		return new SpanDecision(AveragedPerceptron.train(examples, 2, epochs, seed));
	}

	/** How far the decision leans to keeping the candidate: the lead of YES over NO. */
	float margin(CreditTagger.Candidate candidate, String text) {
		float[] scores = model.scores(features(candidate, text));
		return scores[YES] - scores[NO];
	}

	/**
	 * The training examples of one analysed article whose credits are {@code gold}: each candidate the tagger would add
	 * to the rules' credits, YES when it overlaps a labelled credit.
	 */
	static List<AveragedPerceptron.Example> examples(CreditTagger tagger, LicenceAnalysis analysis, List<TextSpan> gold) {
		List<AveragedPerceptron.Example> out = new ArrayList<>();
		String text = analysis.article().text();
		for (CreditTagger.Candidate candidate : tagger.added(analysis)) {
			CreditTagger.Span span = candidate.span();
			boolean right = gold.stream().anyMatch(g -> g.start() < span.end() && span.start() < g.end());
			out.add(new AveragedPerceptron.Example(features(candidate, text), right ? YES : NO));
		}
		return out;
	}

	/** The features of a candidate span as a whole. */
	static List<String> features(CreditTagger.Candidate candidate, String text) {
		CreditFeatures.Line line = candidate.line();
		List<TextSpan> tokens = line.tokens();
		int words = 0, capitalised = 0, upper = 0, digits = 0, arabic = 0, holders = 0;
		boolean site = false;
		for (int t = candidate.first(); t <= candidate.last(); t++) {
			String w = tokens.get(t).of(text);
			int first = w.codePointAt(0);
			if (!Character.isLetterOrDigit(first)) {
				continue;
			}
			words++;
			capitalised += Character.isUpperCase(first) ? 1 : 0;
			upper += w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT)) && Character.isLetter(first) && Character.isUpperCase(first) ? 1 : 0;
			digits += Character.isDigit(first) ? 1 : 0;
			arabic += Character.UnicodeScript.of(first) == Character.UnicodeScript.ARABIC ? 1 : 0;
			holders += line.holder(t) ? 1 : 0;
			site |= line.site(t);
		}
		String left = bound(text, line, tokens.get(candidate.first()).start(), true);
		String right = bound(text, line, tokens.get(candidate.last()).end(), false);
		boolean whole = LEFT.contains(left) && RIGHT.contains(right);
		String length = words <= 1 ? "1" : words <= 2 ? "2" : words <= 3 ? "3" : words <= 5 ? "4-5" : words <= 8 ? "6-8" : "9+"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		String shape = arabic > 0 ? "arabic" : capitalised == words ? (upper == words ? "allupper" : "allcap") : capitalised > 0 ? "somecap" : "lower"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		String confidence = "c" + Math.max(-2, Math.min(8, (int) Math.floor(candidate.span().confidence() / 4))); //$NON-NLS-1$
		String block = line.block();
		List<String> f = new ArrayList<>(24);
		f.add("bias"); //$NON-NLS-1$
		f.add("len=" + length); //$NON-NLS-1$
		f.add("left=" + left); //$NON-NLS-1$
		f.add("right=" + right); //$NON-NLS-1$
		f.add("whole=" + whole); //$NON-NLS-1$
		f.add("whole|blk=" + whole + "|" + block); //$NON-NLS-1$ //$NON-NLS-2$
		f.add("line=" + (left.equals("^") && right.equals("$"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		f.add("holder=" + Math.min(holders, 2)); //$NON-NLS-1$
		f.add("holderlast=" + line.holder(candidate.last())); //$NON-NLS-1$
		f.add("shape=" + shape); //$NON-NLS-1$
		f.add("shape|len=" + shape + "|" + length); //$NON-NLS-1$ //$NON-NLS-2$
		f.add("digits=" + (digits > 0)); //$NON-NLS-1$
		f.add("site=" + site); //$NON-NLS-1$
		f.add("blk=" + block); //$NON-NLS-1$
		f.add("place=" + line.place()); //$NON-NLS-1$
		f.add("rules=" + line.ruleOnLine()); //$NON-NLS-1$
		f.add("rules|blk=" + line.ruleOnLine() + "|" + block); //$NON-NLS-1$ //$NON-NLS-2$
		f.add("conf=" + confidence); //$NON-NLS-1$
		f.add("conf|whole=" + confidence + "|" + whole); //$NON-NLS-1$ //$NON-NLS-2$
		f.add("prev=" + (candidate.first() == 0 ? "^" : tokens.get(candidate.first() - 1).of(text).toLowerCase(Locale.ROOT))); //$NON-NLS-1$ //$NON-NLS-2$
		f.add("lang=" + line.language()); //$NON-NLS-1$
		return f;
	}

	/**
	 * What bounds a span on one side within its line: "^" or "$" at the line's ends, else the nearest character that
	 * is not a space, as itself, or "w" for a letter or digit.
	 */
	private static String bound(String text, CreditFeatures.Line line, int at, boolean before) {
		int i = before ? at - 1 : at;
		while (i >= line.start() && i < line.end() && Character.isWhitespace(text.charAt(i))) {
			i += before ? -1 : 1;
		}
		if (i < line.start()) {
			return "^"; //$NON-NLS-1$
		}
		if (i >= line.end()) {
			return "$"; //$NON-NLS-1$
		}
		char c = text.charAt(i);
		return Character.isLetterOrDigit(c) ? "w" : String.valueOf(c); //$NON-NLS-1$
	}
}
