// SPDX-License-Identifier: EPL-2.0
package dossier.licence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;


import dossier.core.internal.learn.AveragedPerceptron;
import dossier.core.model.TextSpan;
import dossier.licence.Evidence;
import dossier.licence.LicenceAnalysis;
import dossier.licence.ThirdPartyItem;

/**
 * A learned tagger of third-party credits: an averaged perceptron labels each token of each line B (a credit begins),
 * I (inside one) or O, from {@link CreditFeatures} — the token's shape and words around it, its place in its line,
 * clause and record, the block type, the listed holders, the page's own site (and, when trained with them, the rules'
 * own credits and cues: they made it copy the rules and add nothing on dev's folds). Its spans are
 * offered beside the rules' credits, never instead of them ({@link #addTo}). It is trained by the project on the
 * {@code dev} half of the real-notice set only ({@code CreditTaggerTrainer}); a model ships as
 * {@code credit-model.tsv.gz} only when it has been shown to help on records it was not trained on. None has been: the
 * checker does not call the tagger, so it lives in the licence test fragment with its features ({@link CreditFeatures},
 * {@link AliasTable}), its second decision ({@link SpanDecision}) and its trainer, and the product does not ship them.
 * Shipping a model means moving these classes back into {@code dossier.licence} and offering its spans in the checker.
 */
public final class CreditTagger {

	/** The labels, in the order of the weights. */
	static final int O = 0, B = 1, I = 2, LABELS = 3;

	/** A span the tagger reads as a credit, with its confidence (the least lead of B or I over O among its tokens). */
	public record Span(int start, int end, float confidence) {
	}

	private final AveragedPerceptron model;

	CreditTagger(AveragedPerceptron model) {
		this.model = model;
	}

	public static CreditTagger read(InputStream in) throws IOException {
		return new CreditTagger(AveragedPerceptron.read(in, LABELS));
	}

	public void write(OutputStream out) throws IOException {
		model.write(out, "averaged perceptron over CreditFeatures; labels O B I; retrain with bundles/dossier.licence/tools/train-credit-model.sh"); //$NON-NLS-1$
	}

	/** The number of features with a weight. */
	public int size() {
		return model.size();
	}

	/**
	 * A span the model reads as a credit with the line it stands on and its first and last tokens there: what a second
	 * decision ({@link SpanDecision}) weighs.
	 */
	record Candidate(Span span, CreditFeatures.Line line, int first, int last) {
	}

	/** The credit spans the model reads in the analysed article, in text order, whatever their confidence. */
	public List<Span> tag(LicenceAnalysis analysis) {
		return candidates(analysis).stream().map(Candidate::span).toList();
	}

	/** The candidate spans of the analysed article, in text order, whatever their confidence. */
	List<Candidate> candidates(LicenceAnalysis analysis) {
		List<Candidate> spans = new ArrayList<>();
		String text = analysis.article().text();
		for (CreditFeatures.Line line : CreditFeatures.lines(analysis)) {
			List<TextSpan> tokens = line.tokens();
			int first = -1;
			float[] margins = new float[tokens.size()];
			for (int t = 0; t <= tokens.size(); t++) {
				int label = O;
				if (t < tokens.size()) {
					float[] scores = model.scores(line.features(t));
					label = AveragedPerceptron.argmax(scores);
					margins[t] = Math.max(scores[B], scores[I]) - scores[O];
				}
				if (first >= 0 && label != I) {
					add(spans, text, line, margins, first, t - 1);
					first = -1;
				}
				if (label != O && first < 0) {
					first = t;
				}
			}
		}
		return spans;
	}

	/**
	 * Adds the span of tokens {@code first..last} without the punctuation at its ends (a "©" or a bracket opening it
	 * stays out too: the holders are read from the words), when a word is left.
	 */
	private static void add(List<Candidate> spans, String text, CreditFeatures.Line line, float[] margins, int first, int last) {
		List<TextSpan> tokens = line.tokens();
		while (first <= last && !Character.isLetterOrDigit(text.codePointAt(tokens.get(first).start()))) {
			first++;
		}
		while (last >= first && !Character.isLetterOrDigit(text.codePointAt(tokens.get(last).start()))) {
			last--;
		}
		if (first > last) {
			return;
		}
		float min = Float.MAX_VALUE; // the weakest token's lead: it separated right from wrong spans better than the mean on dev's folds
		for (int t = first; t <= last; t++) {
			min = Math.min(min, margins[t]);
		}
		spans.add(new Candidate(new Span(tokens.get(first).start(), tokens.get(last).end(), min), line, first, last));
	}

	/**
	 * The analysis with the model's spans of at least {@code threshold} confidence added as third-party items where the
	 * rules found none (a span overlapping a rule's credit is left out): the rules' items are all kept as they are. A
	 * span's holders are its text as {@link dossier.licence.CreditHolders#split} reads it.
	 */
	public LicenceAnalysis addTo(LicenceAnalysis analysis, float threshold) {
		return addTo(analysis, candidate -> candidate.span().confidence() >= threshold);
	}

	/**
	 * The analysis with the candidates {@code keep} accepts added as third-party items where the rules found none (a
	 * candidate overlapping a rule's credit is never offered to it).
	 */
	LicenceAnalysis addTo(LicenceAnalysis analysis, Predicate<Candidate> keep) {
		List<ThirdPartyItem> items = new ArrayList<>(analysis.thirdParty());
		boolean added = false;
		for (Candidate candidate : added(analysis)) {
			if (keep.test(candidate)) {
				items.add(item(analysis.article().text(), candidate.span()));
				added = true;
			}
		}
		return added ? withItems(analysis, items) : analysis;
	}

	/** The candidates that overlap none of the rules' credits: those a union with the rules could add. */
	List<Candidate> added(LicenceAnalysis analysis) {
		return candidates(analysis).stream().filter(c -> analysis.thirdParty().stream().noneMatch(item -> overlaps(item, c.span()))).toList();
	}

	/** The analysis with only the model's spans of at least {@code threshold} confidence as its third-party items. */
	public LicenceAnalysis instead(LicenceAnalysis analysis, float threshold) {
		List<ThirdPartyItem> items = new ArrayList<>();
		for (Span span : tag(analysis)) {
			if (span.confidence() >= threshold) {
				items.add(item(analysis.article().text(), span));
			}
		}
		return withItems(analysis, items);
	}

	private static ThirdPartyItem item(String text, Span span) {
		Evidence evidence = Evidence.at(text, span.start(), span.end());
		return new ThirdPartyItem(evidence, evidence.text(), null);
	}

	private static boolean overlaps(ThirdPartyItem item, Span span) {
		TextSpan at = item.credit().span();
		return at != null && at.start() < span.end() && span.start() < at.end();
	}

	private static LicenceAnalysis withItems(LicenceAnalysis a, List<ThirdPartyItem> items) {
		items.sort(Comparator.comparingInt(item -> {
			TextSpan at = item.credit().span();
			return at == null ? -1 : at.start();
		}));
		return new LicenceAnalysis(a.article(), a.language(), a.title(), a.licences(), a.elements(), a.translation(), items, a.mentions());
	}

	/** Trains a tagger on labelled lines: deterministic (fixed passes and seed). */
	static CreditTagger train(List<AveragedPerceptron.Example> examples, int epochs, long seed) {
		return new CreditTagger(AveragedPerceptron.train(examples, LABELS, epochs, seed));
	}
}
