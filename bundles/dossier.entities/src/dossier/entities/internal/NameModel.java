// SPDX-License-Identifier: EPL-2.0
package dossier.entities.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

import org.eclipse.jdt.annotation.Nullable;

import dossier.core.internal.learn.AveragedPerceptron;

/**
 * An averaged perceptron that decides what a Latin-script candidate name is — nothing, a person, an organisation
 * or a place — from {@link NameFeatures}, the rules' own type among them. It is trained by the project on the
 * {@code dev} half of the real-text evaluation set ({@code NameModelTrainer} in the test fragment, never on the {@code test} half) and
 * ships as {@code name-model.tsv.gz}: one feature a line, its four weights after it.
 */
final class NameModel {

	/** The labels, in the order of the weights. */
	static final List<String> LABELS = List.of("NONE", "PERSON", "ORG", "PLACE"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	static final String RESOURCE = "name-model.tsv.gz"; //$NON-NLS-1$

	/** One training example: the features of a candidate and the index of its label. */
	record Example(List<String> features, int label) {
	}

	private final AveragedPerceptron model;

	private NameModel(AveragedPerceptron model) {
		this.model = model;
	}

	/** The model shipped in the bundle, or null when there is none (the rules decide alone). */
	static @Nullable NameModel shipped() {
		return Shipped.INSTANCE;
	}

	private static final class Shipped {
		static final @Nullable NameModel INSTANCE = load();

		private static @Nullable NameModel load() {
			AveragedPerceptron model = AveragedPerceptron.resource(NameModel.class, RESOURCE, LABELS.size());
			return model == null ? null : new NameModel(model);
		}
	}

	/** The scores of the labels, in the order of {@link #LABELS}. */
	float[] scores(List<String> features) {
		return model.scores(features);
	}

	/** The best label's index. */
	int predict(List<String> features) {
		return model.predict(features);
	}

	static int argmax(float[] scores) {
		return AveragedPerceptron.argmax(scores);
	}

	/**
	 * Trains an averaged perceptron with a margin ({@link AveragedPerceptron#train}): {@code epochs} passes over the
	 * examples in an order shuffled with a fixed seed, so that the same examples always give the same model.
	 */
	static NameModel train(List<Example> examples, int epochs, long seed) {
		return new NameModel(AveragedPerceptron.train(examples.stream().map(e -> new AveragedPerceptron.Example(e.features(), e.label())).toList(),
				LABELS.size(), epochs, seed));
	}

	int size() {
		return model.size();
	}

	void write(OutputStream out) throws IOException {
		model.write(out, "averaged perceptron over NameFeatures; labels " + String.join(" ", LABELS) //$NON-NLS-1$ //$NON-NLS-2$
				+ "; retrain with bundles/dossier.entities/tools/train-name-model.sh"); //$NON-NLS-1$
	}

	static NameModel read(InputStream in) throws IOException {
		return new NameModel(AveragedPerceptron.read(in, LABELS.size()));
	}
}
