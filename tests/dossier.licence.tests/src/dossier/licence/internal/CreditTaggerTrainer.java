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
 * thresholds, and (since the nineteenth session) with a second decision on each span the union would add
 * ({@link SpanDecision}, trained on candidates offered by taggers that never saw their records), its two thresholds
 * chosen on the folds. {@code --out FILE} then writes a model trained on the whole dev half.
 *
 * <pre>bundles/dossier.licence/tools/train-credit-model.sh [--rule-features none|line|all|both] [--show] [--timing] [--test] [--out FILE]</pre>
 */
public final class CreditTaggerTrainer {

	/** Random draws never looked at while the tagger was built: its held-out check. */
	public static final List<String> HELD_OUT = List.of("issue15-s14-random3", "issue15-s16-arabic"); //$NON-NLS-1$ //$NON-NLS-2$
	/**
	 * The nineteenth session's draw of credit-bearing records: its odd ids are trained on, its even ids held out with
	 * {@link #HELD_OUT} (decided before the draw was scored).
	 */
	public static final String HALF_HELD_OUT = "issue15-s19-credits"; //$NON-NLS-1$
	public static final int EPOCHS = 10;
	public static final long SEED = 15;
	static final float[] THRESHOLDS = { 0f, 4f, 8f, 10f, 12f, 14f, 16f, 18f, 20f, 25f, 30f };
	/** The two stages' grid: the tagger's confidence, then the second decision's margin. */
	static final float[] FIRST = { 0f, 4f, 8f, 12f }, SECOND = { -32f, -24f, -20f, -16f, -12f, -8f, -4f, 0f, 4f };
	private static final Pattern NUMBER = Pattern.compile("(\\d+)$"); //$NON-NLS-1$

	private CreditTaggerTrainer() {
	}

	public static void main(String[] args) throws IOException {
		Path folder = Path.of(args.length > 0 ? args[0] : "benchmarks/quality/licence"); //$NON-NLS-1$
		Path out = null;
		String ruleFeatures = "none"; //$NON-NLS-1$
		boolean show = false, test = false, timing = false;
		for (int i = 1; i < args.length; i++) {
			if (args[i].equals("--out") && i + 1 < args.length) { //$NON-NLS-1$
				out = Path.of(args[++i]);
			} else if (args[i].equals("--test")) { //$NON-NLS-1$
				test = true;
			} else if (args[i].equals("--show")) { //$NON-NLS-1$
				show = true;
			} else if (args[i].equals("--timing")) { //$NON-NLS-1$
				timing = true;
			} else if (args[i].equals("--rule-features") && i + 1 < args.length) { //$NON-NLS-1$
				ruleFeatures = args[++i];
			}
		}
		List<JsonObject> records = NoticeSetEvaluation.records(folder);
		Predicate<JsonObject> dev = r -> "dev".equals(NoticeSetEvaluation.string(r, "split")); //$NON-NLS-1$ //$NON-NLS-2$
		Predicate<JsonObject> drawn = CreditTaggerTrainer::heldOut;
		Predicate<JsonObject> base = dev.and(drawn.negate());
		Predicate<JsonObject> even = r -> even(NoticeSetEvaluation.string(r, "id")); //$NON-NLS-1$
		Map<String, Analysed> analysed = new LinkedHashMap<>();
		Map<String, List<AveragedPerceptron.Example>> examples = examples(records, dev, ruleFeatures, analysed);
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

		// (a') the same folds with the second decision on the candidates the union would add
		TwoStages evenStages = new TwoStages(onEven, decision(records, examples, base.and(even), analysed));
		TwoStages oddStages = new TwoStages(onOdd, decision(records, examples, base.and(even.negate()), analysed));
		System.out.println("\n(a') the same folds, rules ∪ model with a second decision on each candidate span (tagger confidence ≥ first, decision margin ≥ second)"); //$NON-NLS-1$
		header();
		float[] chosenStages = null;
		int chosenStagesRecall = -1;
		double chosenStagesPrecision = 0;
		for (float first : FIRST) {
			for (float second : SECOND) {
				Row union = Row.of(NoticeSetEvaluation.run(records, "", scoreOdd, a -> evenStages.addTo(a, first, second))) //$NON-NLS-1$
						.plus(NoticeSetEvaluation.run(records, "", scoreEven, a -> oddStages.addTo(a, first, second))); //$NON-NLS-1$
				union.print("rules ∪ model, first " + first + ", second " + second); //$NON-NLS-1$ //$NON-NLS-2$
				if (union.precision() >= 0.90 && (union.recallCorrect > chosenStagesRecall
						|| union.recallCorrect == chosenStagesRecall && union.precision() > chosenStagesPrecision)) {
					chosenStages = new float[] { first, second };
					chosenStagesRecall = union.recallCorrect;
					chosenStagesPrecision = union.precision();
				}
			}
		}
		float[] stages = chosenStages == null ? new float[] { FIRST[FIRST.length - 1], SECOND[SECOND.length - 1] } : chosenStages;
		System.out.printf(Locale.ROOT, "two stages chosen on the folds (highest recall with credits precision >= 0.90): first %s, second %s%n", //$NON-NLS-1$
				stages[0], stages[1]);

		// (b) trained on dev without the draws, scored on the draws
		CreditTagger onBase = CreditTagger.train(collect(records, examples, base), EPOCHS, SEED);
		System.out.println("\n(b) trained on dev without the held-out draws, scored on the draws " + HELD_OUT + " and the even ids of " + HALF_HELD_OUT); //$NON-NLS-1$
		header();
		Row.of(NoticeSetEvaluation.run(records, "", dev.and(drawn), UnaryOperator.identity())).print("rules alone"); //$NON-NLS-1$ //$NON-NLS-2$
		for (float t : THRESHOLDS) {
			Row.of(NoticeSetEvaluation.run(records, "", dev.and(drawn), a -> onBase.instead(a, t))).print("model alone, threshold " + t); //$NON-NLS-1$ //$NON-NLS-2$
		}
		for (float t : THRESHOLDS) {
			Row.of(NoticeSetEvaluation.run(records, "", dev.and(drawn), a -> onBase.addTo(a, t))) //$NON-NLS-1$
					.print("rules ∪ model, threshold " + t + (t == chosen ? " (chosen)" : "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		TwoStages baseStages = new TwoStages(onBase, decision(records, examples, base, analysed));
		for (float first : FIRST) {
			for (float second : SECOND) {
				boolean isChosen = first == stages[0] && second == stages[1];
				Row.of(NoticeSetEvaluation.run(records, "", dev.and(drawn), a -> baseStages.addTo(a, first, second))) //$NON-NLS-1$
						.print("rules ∪ model, two stages, first " + first + ", second " + second + (isChosen ? " (chosen)" : "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			}
		}
		float single = Float.isNaN(chosen) ? THRESHOLDS[THRESHOLDS.length - 1] : chosen;
		for (Map.Entry<String, Predicate<JsonObject>> part : Map.of("the earlier draws " + HELD_OUT, //$NON-NLS-1$
				(Predicate<JsonObject>) r -> HELD_OUT.contains(NoticeSetEvaluation.string(r, "batch")), //$NON-NLS-1$
				"the even ids of " + HALF_HELD_OUT, r -> HALF_HELD_OUT.equals(NoticeSetEvaluation.string(r, "batch"))).entrySet().stream() //$NON-NLS-1$ //$NON-NLS-2$
				.sorted(Map.Entry.comparingByKey()).toList()) {
			Predicate<JsonObject> select = dev.and(drawn).and(part.getValue());
			System.out.println("\n(b) by draw: " + part.getKey()); //$NON-NLS-1$
			header();
			Row.of(NoticeSetEvaluation.run(records, "", select, UnaryOperator.identity())).print("rules alone"); //$NON-NLS-1$ //$NON-NLS-2$
			Row.of(NoticeSetEvaluation.run(records, "", select, a -> onBase.addTo(a, single))).print("rules ∪ model, threshold " + single); //$NON-NLS-1$ //$NON-NLS-2$
			Row.of(NoticeSetEvaluation.run(records, "", select, a -> baseStages.addTo(a, stages[0], stages[1]))) //$NON-NLS-1$
					.print("rules ∪ model, two stages, first " + stages[0] + ", second " + stages[1]); //$NON-NLS-1$ //$NON-NLS-2$
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
			TwoStages allStages = new TwoStages(all, decision(records, examples, dev, analysed));
			Row.of(NoticeSetEvaluation.run(records, "", testHalf, a -> allStages.addTo(a, stages[0], stages[1]))) //$NON-NLS-1$
					.print("rules ∪ model, two stages, first " + stages[0] + ", second " + stages[1]); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (timing) {
			timing(records, dev, all);
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
		return examples(records, select, ruleFeatures, new LinkedHashMap<>());
	}

	/** As {@link #examples(List, Predicate, String)}, keeping each record's analysis and labelled credits in {@code analysed}. */
	static Map<String, List<AveragedPerceptron.Example>> examples(List<JsonObject> records, Predicate<JsonObject> select, String ruleFeatures,
			Map<String, Analysed> analysed) {
		LicenceChecker checker = new LicenceChecker();
		Map<String, List<AveragedPerceptron.Example>> out = new LinkedHashMap<>();
		for (JsonObject record : records) {
			if (select.test(record)) {
				LicenceAnalysis analysis = checker.analyse(NoticeSetEvaluation.article(record));
				List<TextSpan> gold = NoticeSetEvaluation.goldCredits(record, analysis.article().text());
				String id = NoticeSetEvaluation.string(record, "id"); //$NON-NLS-1$
				analysed.put(id, new Analysed(analysis, gold));
				out.put(id, examples(analysis, gold, ruleFeatures));
			}
		}
		return out;
	}

	/**
	 * The CPU time of the rules' analysis and of the tagger's candidates over the dev half, three rounds each after a
	 * warm-up round: what wiring the tagger in would add to the checker's cost.
	 */
	private static void timing(List<JsonObject> records, Predicate<JsonObject> dev, CreditTagger tagger) {
		java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
		LicenceChecker checker = new LicenceChecker();
		List<dossier.core.model.Article> articles = records.stream().filter(dev).map(NoticeSetEvaluation::article).toList();
		List<LicenceAnalysis> analyses = articles.stream().map(checker::analyse).toList();
		for (int round = 0; round <= 3; round++) {
			long start = bean.getCurrentThreadCpuTime();
			articles.forEach(checker::analyse);
			long analysed = bean.getCurrentThreadCpuTime();
			analyses.forEach(tagger::candidates);
			long tagged = bean.getCurrentThreadCpuTime();
			if (round > 0) {
				System.out.printf(Locale.ROOT, "timing round %d, %d dev records: analyse %.0f ms CPU, tagger %.0f ms CPU%n", round, articles.size(), //$NON-NLS-1$
						(analysed - start) / 1e6, (tagged - analysed) / 1e6);
			}
		}
	}

	/** A record as the rules analysed it, with its labelled credits. */
	record Analysed(LicenceAnalysis analysis, List<TextSpan> gold) {
	}

	/**
	 * The second decision for a tagger trained on the records {@code select} accepts, learnt from candidates those
	 * records' own tagger never saw: the records split in two by their id's second bit, a tagger trained on each half
	 * offers its candidates on the other.
	 */
	static SpanDecision decision(List<JsonObject> records, Map<String, List<AveragedPerceptron.Example>> examples, Predicate<JsonObject> select,
			Map<String, Analysed> analysed) {
		Predicate<JsonObject> half = r -> quarter(NoticeSetEvaluation.string(r, "id")); //$NON-NLS-1$
		CreditTagger one = CreditTagger.train(collect(records, examples, select.and(half)), EPOCHS, SEED);
		CreditTagger other = CreditTagger.train(collect(records, examples, select.and(half.negate())), EPOCHS, SEED);
		List<AveragedPerceptron.Example> out = new ArrayList<>();
		for (JsonObject record : records) {
			Analysed a = analysed.get(NoticeSetEvaluation.string(record, "id")); //$NON-NLS-1$
			if (select.test(record) && a != null) {
				out.addAll(SpanDecision.examples(half.test(record) ? other : one, a.analysis(), a.gold()));
			}
		}
		return SpanDecision.train(out, EPOCHS, SEED);
	}

	/** Trains a tagger and its second decision on labelled records of the set, as the trainer does: deterministic. */
	public static TwoStages trainTwoStages(List<JsonObject> records) {
		Map<String, Analysed> analysed = new LinkedHashMap<>();
		Map<String, List<AveragedPerceptron.Example>> examples = examples(records, r -> true, "none", analysed); //$NON-NLS-1$
		CreditTagger tagger = CreditTagger.train(collect(records, examples, r -> true), EPOCHS, SEED);
		return new TwoStages(tagger, decision(records, examples, r -> true, analysed));
	}

	/** A tagger and the second decision on its candidates. */
	public record TwoStages(CreditTagger tagger, SpanDecision decision) {

		/** The second decision's margins on the candidates the tagger would add to the rules' credits, in text order. */
		public List<Float> margins(LicenceAnalysis analysis) {
			String text = analysis.article().text();
			return tagger.added(analysis).stream().map(c -> decision.margin(c, text)).toList();
		}

		/** The analysis with the tagger's candidates of confidence {@code first} or more that the decision keeps by {@code second} or more. */
		public LicenceAnalysis addTo(LicenceAnalysis analysis, float first, float second) {
			String text = analysis.article().text();
			return tagger.addTo(analysis, c -> c.span().confidence() >= first && decision.margin(c, text) >= second);
		}
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

	/** True for a record of the held-out check: the two earlier draws and the even ids of the nineteenth session's. */
	public static boolean heldOut(JsonObject record) {
		String batch = NoticeSetEvaluation.string(record, "batch"); //$NON-NLS-1$
		if (record.has("held_out") && record.get("held_out").getAsBoolean()) { //$NON-NLS-1$ //$NON-NLS-2$
			return true; // a draw marked held out in the set itself (issue15-s20-notices2 and later)
		}
		return HELD_OUT.contains(batch) || HALF_HELD_OUT.equals(batch) && even(NoticeSetEvaluation.string(record, "id")); //$NON-NLS-1$
	}

	/** The id's second bit: splits either parity in two. */
	static boolean quarter(String id) {
		Matcher m = NUMBER.matcher(id);
		return m.find() ? Integer.parseInt(m.group(1)) / 2 % 2 == 0 : (id.hashCode() & 2) == 0;
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
