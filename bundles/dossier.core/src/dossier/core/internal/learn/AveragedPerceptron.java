// SPDX-License-Identifier: EPL-2.0
package dossier.core.internal.learn;

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
 * A multi-class averaged perceptron over string features: one weight per feature and label. Trained with a margin
 * (an example counts as learnt when its label's score leads the best other by 1, so that no decision rests on a tie),
 * over a fixed number of passes in an order shuffled with a fixed seed, so that the same examples always give the
 * same model; written as gzipped text, one feature a line and its weights after it, rounded to three decimals.
 * Used by the entity engine's {@code NameModel} and the licence engine's {@code CreditTagger}.
 */
public final class AveragedPerceptron {

	/** One training example: its features and the index of its label. */
	public record Example(List<String> features, int label) {
	}

	private final int labels;
	private final Map<String, float[]> weights;

	private AveragedPerceptron(int labels, Map<String, float[]> weights) {
		this.labels = labels;
		this.weights = weights;
	}

	/** The number of labels. */
	public int labels() {
		return labels;
	}

	/** The number of features with a weight. */
	public int size() {
		return weights.size();
	}

	/** The scores of the labels, in the order of their indexes. */
	public float[] scores(List<String> features) {
		float[] scores = new float[labels];
		for (String feature : features) {
			float[] w = weights.get(feature);
			if (w != null) {
				for (int k = 0; k < labels; k++) {
					scores[k] += w[k];
				}
			}
		}
		return scores;
	}

	/** The best label's index. */
	public int predict(List<String> features) {
		return argmax(scores(features));
	}

	public static int argmax(float[] scores) {
		int best = 0;
		for (int k = 1; k < scores.length; k++) {
			if (scores[k] > scores[best]) {
				best = k;
			}
		}
		return best;
	}

	/** Trains on {@code examples} over {@code epochs} passes shuffled with {@code seed}: the same input, the same model. */
	public static AveragedPerceptron train(List<Example> examples, int labels, int epochs, long seed) {
		Map<String, float[]> w = new HashMap<>();
		Map<String, float[]> total = new HashMap<>(); // sum over steps of the weights, kept lazily
		Map<String, int[]> stamp = new HashMap<>();
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
				avg[k] = Math.round(sum / Math.max(1, step) * 1000f) / 1000f;
				any |= avg[k] != 0;
			}
			if (any) {
				averaged.put(entry.getKey(), avg);
			}
		}
		return new AveragedPerceptron(labels, averaged);
	}

	private static void update(float[] w, float[] total, int[] stamp, int label, int delta, int step) {
		total[label] += w[label] * (step - stamp[label]);
		stamp[label] = step;
		w[label] += delta;
	}

	/** Writes the model, {@code header} as its first (comment) line. */
	public void write(OutputStream out, String header) throws IOException {
		try (BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(out), StandardCharsets.UTF_8))) {
			writer.write("# " + header.replace('\n', ' ') + "\n"); //$NON-NLS-1$ //$NON-NLS-2$
			for (Map.Entry<String, float[]> entry : new TreeMap<>(weights).entrySet()) {
				StringBuilder line = new StringBuilder(entry.getKey().replace('\t', ' ').replace('\n', ' '));
				for (float value : entry.getValue()) {
					line.append('\t').append(String.format(Locale.ROOT, "%.3f", value)); //$NON-NLS-1$
				}
				writer.write(line.append('\n').toString());
			}
		}
	}

	/** The model {@code owner}'s package ships as resource {@code name}, or null when it ships none. */
	public static @Nullable AveragedPerceptron resource(Class<?> owner, String name, int labels) {
		try (InputStream in = owner.getResourceAsStream(name)) {
			return in == null ? null : read(in, labels);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Reads a model written by {@link #write}. */
	public static AveragedPerceptron read(InputStream in, int labels) throws IOException {
		Map<String, float[]> weights = new HashMap<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.startsWith("#") || line.isEmpty()) { //$NON-NLS-1$
					continue;
				}
				String[] fields = line.split("\t"); //$NON-NLS-1$
				float[] w = new float[labels];
				for (int k = 0; k < labels; k++) {
					w[k] = Float.parseFloat(fields[k + 1]);
				}
				weights.put(fields[0], w);
			}
		}
		return new AveragedPerceptron(labels, weights);
	}
}
