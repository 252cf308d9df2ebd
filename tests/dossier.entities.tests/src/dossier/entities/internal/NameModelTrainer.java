// SPDX-License-Identifier: EPL-2.0
package dossier.entities.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dossier.entities.Recognizer;
import dossier.entities.Recognizers;
import dossier.entities.internal.EntitySetEvaluation.Labelled;
import dossier.entities.internal.EntitySetEvaluation.Span;
import dossier.entities.internal.NameModel.Example;

/**
 * Trains {@link NameModel} on the {@code dev} half of the real-text evaluation set — never on the {@code test}
 * half — and measures it by cross-validation within {@code dev} (articles dealt round-robin into folds, each fold
 * scored by a model trained on the others, against the rules alone on the same articles).
 * <p>
 * {@code NameModelTrainer <set> [--folds N] [--out <file>]}; {@code bundles/dossier.entities/tools/train-name-model.sh}
 * runs it with the settings the shipped model was made with.
 * <p>
 * A candidate's label is the type of the annotated non-date mention it overlaps most, or NONE: the set is scored
 * leniently (by overlap), and so is the model taught.
 */
public final class NameModelTrainer {

	static final int EPOCHS = 12;
	static final long SEED = 14;

	/** Margins over the rules' label tried in the candidate-level report; the last one leaves every decision to the rules. */
	private static final float[] MARGINS = { 0f, 2f, 8f, Float.MAX_VALUE };

	private static int ruleLabel(Example example) {
		for (String feature : example.features()) {
			if (feature.startsWith("rule=")) { //$NON-NLS-1$
				int index = NameModel.LABELS.indexOf(feature.substring(5));
				return index < 0 ? 0 : index;
			}
		}
		return 0;
	}

	private NameModelTrainer() {
	}

	public static void main(String[] args) throws IOException {
		Path set = Path.of(args.length > 0 ? args[0] : "benchmarks/quality/entities"); //$NON-NLS-1$
		int folds = 0;
		Path out = null;
		for (int i = 1; i < args.length; i++) {
			if ("--folds".equals(args[i])) { //$NON-NLS-1$
				folds = Integer.parseInt(args[++i]);
			} else if ("--out".equals(args[i])) { //$NON-NLS-1$
				out = Path.of(args[++i]);
			}
		}
		List<Labelled> dev = EntitySetEvaluation.read(set, "dev"); //$NON-NLS-1$
		Map<String, List<Example>> examples = examples(dev);
		if (List.of(args).contains("--untyped-halves")) { //$NON-NLS-1$
			untypedHalves(dev, examples, List.of(args).contains("--no-words")); //$NON-NLS-1$
			return;
		}
		System.out.printf(Locale.ROOT, "%d dev articles, %d candidates%n", dev.size(), //$NON-NLS-1$
				examples.values().stream().mapToInt(List::size).sum());
		if (folds > 1) {
			crossValidate(dev, examples, folds);
		}
		if (out != null) {
			NameModel model = NameModel.train(examples.values().stream().flatMap(List::stream).toList(), EPOCHS, SEED);
			try (OutputStream stream = Files.newOutputStream(out)) {
				model.write(stream);
			}
			System.out.printf(Locale.ROOT, "wrote %s: %d features%n", out, model.size()); //$NON-NLS-1$
		}
	}

	/** The candidates of each article with their features and labels, as the rules alone produce them. */
	static Map<String, List<Example>> examples(List<Labelled> articles) {
		Map<String, Labelled> byId = new LinkedHashMap<>();
		articles.forEach(a -> byId.put(a.id(), a));
		Map<String, List<Example>> examples = new LinkedHashMap<>();
		OpenNames recording = new OpenNames(null, (id, candidate, features) -> examples.computeIfAbsent(id, k -> new ArrayList<>())
				.add(new Example(features, label(byId.get(id).gold(), candidate.start(), candidate.end()))));
		EntitySetEvaluation.empty().add(articles, withOpenNames(recording), false);
		return examples;
	}

	/**
	 * An experiment: a model that only types the candidates no rule typed (it never drops nor retypes one), trained on
	 * one half of dev by article-id parity and scored end to end on the other, against the rules alone.
	 */
	private static void untypedHalves(List<Labelled> dev, Map<String, List<Example>> examples, boolean noWords) {
		for (int half = 0; half < 2; half++) {
			List<Labelled> held = new ArrayList<>();
			List<Example> training = new ArrayList<>();
			for (Labelled article : dev) {
				int number = Integer.parseInt(article.id().replaceAll("\\D", "")); //$NON-NLS-1$ //$NON-NLS-2$
				if (number % 2 == half) {
					held.add(article);
				} else {
					for (Example example : examples.getOrDefault(article.id(), List.of())) {
						if (example.features().contains("rule=none")) { //$NON-NLS-1$
							training.add(noWords ? new Example(example.features().stream()
									.filter(f -> !f.startsWith("word=") && !f.startsWith("first=") && !f.startsWith("last=")).toList(), example.label()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
									: example);
						}
					}
				}
			}
			NameModel model = NameModel.train(training, EPOCHS, SEED);
			EntitySetEvaluation rules = EntitySetEvaluation.empty();
			rules.add(held, withOpenNames(new OpenNames(null, null)), false);
			System.out.printf(Locale.ROOT, "held: %s ids, %d articles; trained on %d untyped candidates%nrules alone:%n%s%n", //$NON-NLS-1$
					half == 0 ? "even" : "odd", held.size(), training.size(), rules.markdown()); //$NON-NLS-1$ //$NON-NLS-2$
			for (float margin : new float[] { 0f, 3f, 8f, 15f }) {
				EntitySetEvaluation learnt = EntitySetEvaluation.empty();
				learnt.add(held, withOpenNames(new OpenNames(model, null, new float[] { margin, Float.MAX_VALUE, Float.MAX_VALUE })), false);
				System.out.printf(Locale.ROOT, "untyped typed by the model over a margin of %s:%n%s%n", margin, learnt.markdown()); //$NON-NLS-1$
			}
		}
	}

	private static int label(List<Span> gold, int start, int end) {
		String best = "NONE"; //$NON-NLS-1$
		int bestOverlap = 0;
		for (Span span : gold) {
			int overlap = Math.min(end, span.end()) - Math.max(start, span.start());
			if (overlap > bestOverlap && !"DATE".equals(span.type())) { //$NON-NLS-1$
				best = span.type();
				bestOverlap = overlap;
			}
		}
		return NameModel.LABELS.indexOf(best);
	}

	private static List<Recognizer> withOpenNames(OpenNames openNames) {
		return Recognizers.all().stream().map(r -> r.id().equals(openNames.id()) ? (Recognizer) openNames : r).toList();
	}

	private static void crossValidate(List<Labelled> dev, Map<String, List<Example>> examples, int folds) {
		EntitySetEvaluation rules = EntitySetEvaluation.empty();
		EntitySetEvaluation learnt = EntitySetEvaluation.empty();
		int[][][] confusion = new int[MARGINS.length][4][4];
		for (int fold = 0; fold < folds; fold++) {
			List<Labelled> held = new ArrayList<>();
			Set<String> heldIds = new HashSet<>();
			for (int i = fold; i < dev.size(); i += folds) {
				held.add(dev.get(i));
				heldIds.add(dev.get(i).id());
			}
			List<Example> training = new ArrayList<>();
			examples.forEach((id, list) -> {
				if (!heldIds.contains(id)) {
					training.addAll(list);
				}
			});
			NameModel model = NameModel.train(training, EPOCHS, SEED);
			for (String id : heldIds) {
				for (Example example : examples.getOrDefault(id, List.of())) {
					float[] scores = model.scores(example.features());
					int rule = ruleLabel(example);
					for (int m = 0; m < MARGINS.length; m++) {
						int best = NameModel.argmax(scores);
						int decided = best != rule && scores[best] - scores[rule] > MARGINS[m] ? best : rule;
						confusion[m][example.label()][decided]++;
					}
				}
			}
			rules.add(held, withOpenNames(new OpenNames(null, null)), false);
			learnt.add(held, withOpenNames(new OpenNames(model, null)), false);

		}
		for (int m = 0; m < MARGINS.length; m++) {
			int right = 0;
			int all = 0;
			StringBuilder table = new StringBuilder();
			for (int g = 0; g < 4; g++) {
				for (int d = 0; d < 4; d++) {
					all += confusion[m][g][d];
					right += g == d ? confusion[m][g][d] : 0;
					table.append(confusion[m][g][d]).append(d == 3 ? " | " : " "); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
			System.out.printf(Locale.ROOT, "candidates, the model overriding the rules by a margin over %s: %d of %d right; annotated × decided (NONE PERSON ORG PLACE) %s%n", //$NON-NLS-1$
					MARGINS[m] == Float.MAX_VALUE ? "never (the rules alone)" : String.valueOf(MARGINS[m]), right, all, table); //$NON-NLS-1$
		}
		System.out.println("Rules alone, the same dev articles:\n" + rules.markdown()); //$NON-NLS-1$
		System.out.printf("Rules and model, %d-fold cross-validation within dev:%n%s%n", folds, learnt.markdown()); //$NON-NLS-1$
	}
}
