// SPDX-License-Identifier: EPL-2.0
package dossier.entities.internal;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.eclipse.jdt.annotation.Nullable;

/**
 * An averaged perceptron that decides what a Latin-script candidate name is — nothing, a person, an organisation
 * or a place — from {@link NameFeatures}, the rules' own type among them. It is trained by the project on the
 * {@code dev} half of the real-text evaluation set ({@link NameModelTrainer}, never on the {@code test} half) and
 * ships as {@code name-model.tsv.gz}: one feature a line, its four weights after it.
 */
final class NameModel {

	/** The labels, in the order of the weights. */
	static final List<String> LABELS = List.of("NONE", "PERSON", "ORG", "PLACE"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	static final String RESOURCE = "name-model.tsv.gz"; //$NON-NLS-1$

	/** One training example: the features of a candidate and the index of its label. */
	record Example(List<String> features, int label) {
	}

	private final Map<String, float[]> weights;

	private NameModel(Map<String, float[]> weights) {
		this.weights = weights;
	}

	/** The model shipped in the bundle, or null when there is none (the rules decide alone). */
	static @Nullable NameModel shipped() {
		return Shipped.INSTANCE;
	}

	private static final class Shipped {
		static final @Nullable NameModel INSTANCE = load();

		private static @Nullable NameModel load() {
			try (InputStream in = NameModel.class.getResourceAsStream(RESOURCE)) {
				return in == null ? null : read(in);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
	}

	/** The scores of the labels, in the order of {@link #LABELS}. */
	float[] scores(List<String> features) {
		float[] scores = new float[LABELS.size()];
		for (String feature : features) {
			float[] w = weights.get(feature);
			if (w != null) {
				for (int k = 0; k < scores.length; k++) {
					scores[k] += w[k];
				}
			}
		}
		return scores;
	}

	/** The best label's index. */
	int predict(List<String> features) {
		return argmax(scores(features));
	}

	static int argmax(float[] scores) {
		int best = 0;
		for (int k = 1; k < scores.length; k++) {
			if (scores[k] > scores[best]) {
				best = k;
			}
		}
		return best;
	}

	/**
	 * Trains an averaged perceptron with a margin (an example counts as learnt when its label's score leads the best
	 * other by 1, so that no decision rests on a tie): {@code epochs} passes over the examples in an order shuffled
	 * with a fixed seed, so that the same examples always give the same model.
	 */
	static NameModel train(List<Example> examples, int epochs, long seed) {
		Map<String, float[]> w = new HashMap<>();
		Map<String, float[]> total = new HashMap<>(); // sum over steps of the weights, kept lazily
		Map<String, int[]> stamp = new HashMap<>();
		int labels = LABELS.size();
		List<Example> order = new ArrayList<>(examples);
		Random random = new Random(seed);
		int step = 0;
		for (int epoch = 0; epoch < epochs; epoch++) {
			Collections.shuffle(order, random);
			for (Example example : order) {
				step++;
				float[] scores = new float[labels];
				for (String feature : example.features()) {
					float[] fw = w.get(feature);
					if (fw != null) {
						for (int k = 0; k < labels; k++) {
							scores[k] += fw[k];
						}
					}
				}
				int guess = -1; // the best wrong label: updated until the right one leads it by a margin of 1, not a tie
				for (int k = 0; k < labels; k++) {
					if (k != example.label() && (guess < 0 || scores[k] > scores[guess])) {
						guess = k;
					}
				}
				if (scores[example.label()] - scores[guess] >= 1) {
					continue;
				}
				for (String feature : example.features()) {
					float[] fw = w.computeIfAbsent(feature, f -> new float[labels]);
					float[] ft = total.computeIfAbsent(feature, f -> new float[labels]);
					int[] fs = stamp.computeIfAbsent(feature, f -> new int[labels]);
					update(fw, ft, fs, example.label(), +1, step);
					update(fw, ft, fs, guess, -1, step);
				}
			}
		}
		Map<String, float[]> averaged = new TreeMap<>();
		for (Map.Entry<String, float[]> entry : w.entrySet()) {
			float[] fw = entry.getValue();
			float[] ft = total.get(entry.getKey());
			int[] fs = stamp.get(entry.getKey());
			float[] avg = new float[labels];
			boolean any = false;
			for (int k = 0; k < labels; k++) {
				float sum = ft[k] + fw[k] * (step - fs[k]);
				avg[k] = Math.round(sum / step * 1000f) / 1000f;
				any |= avg[k] != 0;
			}
			if (any) {
				averaged.put(entry.getKey(), avg);
			}
		}
		return new NameModel(averaged);
	}

	private static void update(float[] w, float[] total, int[] stamp, int label, int delta, int step) {
		total[label] += w[label] * (step - stamp[label]);
		stamp[label] = step;
		w[label] += delta;
	}

	int size() {
		return weights.size();
	}

	void write(OutputStream out) throws IOException {
		try (BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(out), StandardCharsets.UTF_8))) {
			writer.write("# averaged perceptron over NameFeatures; labels " + String.join(" ", LABELS) //$NON-NLS-1$ //$NON-NLS-2$
					+ "; retrain with bundles/dossier.entities/tools/train-name-model.sh\n"); //$NON-NLS-1$
			for (Map.Entry<String, float[]> entry : new TreeMap<>(weights).entrySet()) {
				StringBuilder line = new StringBuilder(entry.getKey().replace('\t', ' ').replace('\n', ' '));
				for (float value : entry.getValue()) {
					line.append('\t').append(String.format(Locale.ROOT, "%.3f", value)); //$NON-NLS-1$
				}
				writer.write(line.append('\n').toString());
			}
		}
	}

	static NameModel read(InputStream in) throws IOException {
		Map<String, float[]> weights = new HashMap<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.startsWith("#") || line.isEmpty()) { //$NON-NLS-1$
					continue;
				}
				String[] fields = line.split("\t"); //$NON-NLS-1$
				float[] w = new float[LABELS.size()];
				for (int k = 0; k < w.length; k++) {
					w[k] = Float.parseFloat(fields[k + 1]);
				}
				weights.put(fields[0], w);
			}
		}
		return new NameModel(weights);
	}
}
