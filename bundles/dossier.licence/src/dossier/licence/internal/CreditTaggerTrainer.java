// SPDX-License-Identifier: EPL-2.0
package dossier.licence.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonObject;

import dossier.core.internal.learn.AveragedPerceptron;
import dossier.core.model.TextSpan;
import dossier.licence.LicenceAnalysis;
import dossier.licence.LicenceChecker;

/**
 * Trains {@link CreditTagger} on the {@code dev} half of the real-notice set (never on {@code test}) and measures it
 * end to end against the rules alone, with the benchmark's own scoring ({@link NoticeSetEvaluation}), on records it
 * was not trained on: (a) two folds by id parity over dev without the held-out draws (train on even ids, score odd,
 * and the reverse, the counts summed), (b) trained on dev without the held-out draws, scored on those draws. Each for
 * the rules alone, the model alone and the rules with the model's spans added where the rules found none, at several
 * thresholds. {@code --out FILE} then writes a model trained on the whole dev half.
 *
 * <pre>bundles/dossier.licence/tools/train-credit-model.sh [--rule-features none|line|all|both] [--show] [--out FILE]</pre>
 */
public final class CreditTaggerTrainer {

	/** Random draws never looked at while the tagger was built: its held-out check. */
	public static final List<String> HELD_OUT = List.of("issue15-s14-random3", "issue15-s16-arabic"); //$NON-NLS-1$ //$NON-NLS-2$
	public static final int EPOCHS = 10;
	public static final long SEED = 15;
	static final float[] THRESHOLDS = { 0f, 4f, 8f, 10f, 12f, 14f, 16f, 18f, 20f, 25f, 30f };
	private static final Pattern NUMBER = Pattern.compile("(\\d+)$"); //$NON-NLS-1$

	private CreditTaggerTrainer() {
	}

	public static void main(String[] args) throws IOException {
		Path folder = Path.of(args.length > 0 ? args[0] : "benchmarks/quality/licence"); //$NON-NLS-1$
		Path out = null;
		String ruleFeatures = "none"; //$NON-NLS-1$
		boolean show = false, test = false;
		for (int i = 1; i < args.length; i++) {
			if (args[i].equals("--out") && i + 1 < args.length) { //$NON-NLS-1$
				out = Path.of(args[++i]);
			} else if (args[i].equals("--test")) { //$NON-NLS-1$
				test = true;
			} else if (args[i].equals("--show")) { //$NON-NLS-1$
				show = true;
			} else if (args[i].equals("--rule-features") && i + 1 < args.length) { //$NON-NLS-1$
				ruleFeatures = args[++i];
			}
		}
		List<JsonObject> records = NoticeSetEvaluation.records(folder);
		Predicate<JsonObject> dev = r -> "dev".equals(NoticeSetEvaluation.string(r, "split")); //$NON-NLS-1$ //$NON-NLS-2$
		Predicate<JsonObject> drawn = r -> HELD_OUT.contains(NoticeSetEvaluation.string(r, "batch")); //$NON-NLS-1$
		Predicate<JsonObject> base = dev.and(drawn.negate());
		Predicate<JsonObject> even = r -> even(NoticeSetEvaluation.string(r, "id")); //$NON-NLS-1$
		Map<String, List<AveragedPerceptron.Example>> examples = examples(records, dev, ruleFeatures);
		System.out.printf(Locale.ROOT, "dev records %d, of which held-out draws %d; rules' features %s; token examples %d%n", //$NON-NLS-1$
				records.stream().filter(dev).count(), records.stream().filter(dev.and(drawn)).count(), ruleFeatures,
				examples.values().stream().mapToInt(List::size).sum());

		// (a) two folds by id parity over dev without the draws
		CreditTagger onEven = CreditTagger.train(collect(records, examples, base.and(even)), EPOCHS, SEED);
		CreditTagger onOdd = CreditTagger.train(collect(records, examples, base.and(even.negate())), EPOCHS, SEED);
		Predicate<JsonObject> scoreOdd = base.and(even.negate()), scoreEven = base.and(even);
		System.out.println("\n(a) dev without the held-out draws, two folds by id parity (trained on one parity, scored on the other, summed)"); //$NON-NLS-1$
		header();
		Row rules = Row.of(NoticeSetEvaluation.run(records, "", scoreOdd, UnaryOperator.identity())) //$NON-NLS-1$
				.plus(NoticeSetEvaluation.run(records, "", scoreEven, UnaryOperator.identity())); //$NON-NLS-1$
		rules.print("rules alone"); //$NON-NLS-1$
		float chosen = Float.NaN;
		int chosenRecall = -1;
		for (float t : THRESHOLDS) {
			Row model = Row.of(NoticeSetEvaluation.run(records, "", scoreOdd, a -> onEven.instead(a, t))) //$NON-NLS-1$
					.plus(NoticeSetEvaluation.run(records, "", scoreEven, a -> onOdd.instead(a, t))); //$NON-NLS-1$
			model.print("model alone, threshold " + t); //$NON-NLS-1$
		}
		for (float t : THRESHOLDS) {
			Row union = Row.of(NoticeSetEvaluation.run(records, "", scoreOdd, a -> onEven.addTo(a, t))) //$NON-NLS-1$
					.plus(NoticeSetEvaluation.run(records, "", scoreEven, a -> onOdd.addTo(a, t))); //$NON-NLS-1$
			union.print("rules ∪ model, threshold " + t); //$NON-NLS-1$
			if (union.precision() >= 0.90 && union.recallCorrect > chosenRecall) {
				chosen = t;
				chosenRecall = union.recallCorrect;
			}
		}
		if (show) { // the folds' differences from the rules, dev only: never the held-out draws //$NON-NLS-1$
			float t = Float.isNaN(chosen) ? THRESHOLDS[0] : chosen;
			List<String> shown = new ArrayList<>(NoticeSetEvaluation.run(records, "", scoreOdd, a -> onEven.addTo(a, t)).misses); //$NON-NLS-1$
			shown.addAll(NoticeSetEvaluation.run(records, "", scoreEven, a -> onOdd.addTo(a, t)).misses); //$NON-NLS-1$
			List<String> before = new ArrayList<>(NoticeSetEvaluation.run(records, "", scoreOdd, UnaryOperator.identity()).misses); //$NON-NLS-1$
			before.addAll(NoticeSetEvaluation.run(records, "", scoreEven, UnaryOperator.identity()).misses); //$NON-NLS-1$
			shown.stream().filter(m -> !before.contains(m) && m.contains("credit")).forEach(m -> System.out.println("  + " + m)); //$NON-NLS-1$ //$NON-NLS-2$
			before.stream().filter(m -> !shown.contains(m) && m.contains("credit")).forEach(m -> System.out.println("  - " + m)); //$NON-NLS-1$ //$NON-NLS-2$
		}
		System.out.printf(Locale.ROOT, "threshold chosen on the folds (highest recall with credits precision >= 0.90): %s%n", chosen); //$NON-NLS-1$

		// (b) trained on dev without the draws, scored on the draws
		CreditTagger onBase = CreditTagger.train(collect(records, examples, base), EPOCHS, SEED);
		System.out.println("\n(b) trained on dev without the held-out draws, scored on the draws " + HELD_OUT); //$NON-NLS-1$
		header();
		Row.of(NoticeSetEvaluation.run(records, "", dev.and(drawn), UnaryOperator.identity())).print("rules alone"); //$NON-NLS-1$ //$NON-NLS-2$
		for (float t : THRESHOLDS) {
			Row.of(NoticeSetEvaluation.run(records, "", dev.and(drawn), a -> onBase.instead(a, t))).print("model alone, threshold " + t); //$NON-NLS-1$ //$NON-NLS-2$
		}
		for (float t : THRESHOLDS) {
			Row.of(NoticeSetEvaluation.run(records, "", dev.and(drawn), a -> onBase.addTo(a, t))) //$NON-NLS-1$
					.print("rules ∪ model, threshold " + t + (t == chosen ? " (chosen)" : "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}

		CreditTagger all = CreditTagger.train(collect(records, examples, dev), EPOCHS, SEED);
		if (test) { // figures only, once at the end: the test half's misses are never printed
			Predicate<JsonObject> testHalf = r -> "test".equals(NoticeSetEvaluation.string(r, "split")); //$NON-NLS-1$ //$NON-NLS-2$
			float t = Float.isNaN(chosen) ? THRESHOLDS[THRESHOLDS.length - 1] : chosen;
			System.out.println("\n(c) trained on the whole dev half, scored on the test half, threshold " + t); //$NON-NLS-1$
			header();
			Row.of(NoticeSetEvaluation.run(records, "", testHalf, UnaryOperator.identity())).print("rules alone"); //$NON-NLS-1$ //$NON-NLS-2$
			Row.of(NoticeSetEvaluation.run(records, "", testHalf, a -> all.instead(a, t))).print("model alone"); //$NON-NLS-1$ //$NON-NLS-2$
			Row.of(NoticeSetEvaluation.run(records, "", testHalf, a -> all.addTo(a, t))).print("rules ∪ model"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (out != null) {
			try (OutputStream stream = Files.newOutputStream(out)) {
				all.write(stream);
			}
			System.out.printf(Locale.ROOT, "%nwrote %s: %d features, %d bytes, trained on the whole dev half%n", out, all.size(), Files.size(out)); //$NON-NLS-1$
		}
	}

	/**
	 * The training examples of each selected record, by id: one per token of each line, labelled B, I or O by its
	 * credits, with the rules' features {@code none}, {@code line}, {@code all}, or {@code both} (each token twice: with
	 * all of them and with none).
	 */
	static Map<String, List<AveragedPerceptron.Example>> examples(List<JsonObject> records, Predicate<JsonObject> select, String ruleFeatures) {
		LicenceChecker checker = new LicenceChecker();
		Map<String, List<AveragedPerceptron.Example>> out = new LinkedHashMap<>();
		for (JsonObject record : records) {
			if (select.test(record)) {
				LicenceAnalysis analysis = checker.analyse(NoticeSetEvaluation.article(record));
				out.put(NoticeSetEvaluation.string(record, "id"), examples(analysis, //$NON-NLS-1$
						NoticeSetEvaluation.goldCredits(record, analysis.article().text()), ruleFeatures));
			}
		}
		return out;
	}

	/** The examples of one analysed article whose credits are {@code gold}. */
	static List<AveragedPerceptron.Example> examples(LicenceAnalysis analysis, List<TextSpan> gold, String ruleFeatures) {
		List<AveragedPerceptron.Example> out = new ArrayList<>();
		for (CreditFeatures.Line line : CreditFeatures.lines(analysis)) {
			TextSpan previousIn = null;
			for (int t = 0; t < line.tokens().size(); t++) {
				TextSpan token = line.tokens().get(t);
				TextSpan in = null;
				for (TextSpan g : gold) {
					if (g.overlaps(token)) {
						in = g;
						break;
					}
				}
				int label = in == null ? CreditTagger.O : in.equals(previousIn) ? CreditTagger.I : CreditTagger.B;
				previousIn = in;
				switch (ruleFeatures) {
				case "both" -> { //$NON-NLS-1$
					out.add(new AveragedPerceptron.Example(line.features(t, CreditFeatures.RuleFeatures.ALL), label));
					out.add(new AveragedPerceptron.Example(line.features(t, CreditFeatures.RuleFeatures.NONE), label));
				}
				default -> out.add(new AveragedPerceptron.Example(line.features(t, CreditFeatures.RuleFeatures.valueOf(ruleFeatures.toUpperCase(Locale.ROOT))), label));
				}
			}
		}
		return out;
	}

	/** Trains a tagger on labelled records of the set, as the trainer does: deterministic (fixed passes and seed). */
	public static CreditTagger train(List<JsonObject> records) {
		List<AveragedPerceptron.Example> examples = new ArrayList<>();
		examples(records, r -> true, "none").values().forEach(examples::addAll); //$NON-NLS-1$
		return CreditTagger.train(examples, EPOCHS, SEED);
	}

	private static List<AveragedPerceptron.Example> collect(List<JsonObject> records, Map<String, List<AveragedPerceptron.Example>> examples,
			Predicate<JsonObject> select) {
		List<AveragedPerceptron.Example> out = new ArrayList<>();
		for (JsonObject record : records) {
			List<AveragedPerceptron.Example> some = examples.get(NoticeSetEvaluation.string(record, "id")); //$NON-NLS-1$
			if (select.test(record) && some != null) {
				out.addAll(some);
			}
		}
		return out;
	}

	static boolean even(String id) {
		Matcher m = NUMBER.matcher(id);
		return m.find() ? Integer.parseInt(m.group(1)) % 2 == 0 : (id.hashCode() & 1) == 0;
	}

	private static void header() {
		System.out.println("| variant | records | licence id | credits P | credits R | holders |"); //$NON-NLS-1$
		System.out.println("|---|---|---|---|---|---|"); //$NON-NLS-1$
	}

	/** The counts of one scoring, summable over folds. */
	private record Row(int records, int licenceCorrect, int licenceTotal, int precisionCorrect, int precisionTotal, int recallCorrect,
			int recallTotal, int holdersCorrect, int holdersTotal) {

		static Row of(NoticeSetEvaluation e) {
			NoticeSetEvaluation.Scores s = e.all;
			return new Row(s.records, s.licence.correct, s.licence.total, s.creditPrecision.correct, s.creditPrecision.total,
					s.creditRecall.correct, s.creditRecall.total, s.holders.correct, s.holders.total);
		}

		Row plus(NoticeSetEvaluation e) {
			return plus(of(e));
		}

		Row plus(Row o) {
			return new Row(records + o.records, licenceCorrect + o.licenceCorrect, licenceTotal + o.licenceTotal,
					precisionCorrect + o.precisionCorrect, precisionTotal + o.precisionTotal, recallCorrect + o.recallCorrect,
					recallTotal + o.recallTotal, holdersCorrect + o.holdersCorrect, holdersTotal + o.holdersTotal);
		}

		double precision() {
			return precisionTotal == 0 ? 1 : (double) precisionCorrect / precisionTotal;
		}

		void print(String name) {
			System.out.printf(Locale.ROOT, "| %s | %d | %s | %s | %s | %s |%n", name, records, ratio(licenceCorrect, licenceTotal), //$NON-NLS-1$
					ratio(precisionCorrect, precisionTotal), ratio(recallCorrect, recallTotal), ratio(holdersCorrect, holdersTotal));
		}

		private static String ratio(int correct, int total) {
			return total == 0 ? "–" : String.format(Locale.ROOT, "%.2f (%d/%d)", (double) correct / total, correct, total); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}
}
