// SPDX-License-Identifier: EPL-2.0
package dossier.entities.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dossier.entities.internal.NameModel.Example;

/**
 * The averaged perceptron behind the experimental candidate labeller (issue 14): it learns what its features say,
 * the same examples always give the same model, the model survives its file format, and no model ships while
 * cross-validation within dev shows none that beats the rules (docs/quality.md).
 */
class NameModelTest {

	/** Persons after "said", places after "in", organisations with a head word, nothing at a sentence's start. */
	private static List<Example> examples() {
		List<Example> examples = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			examples.add(new Example(List.of("bias", "before=said", "word=w" + i), 1)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			examples.add(new Example(List.of("bias", "orgHead", "word=o" + i), 2)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			examples.add(new Example(List.of("bias", "before=in", "word=p" + i), 3)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			examples.add(new Example(List.of("bias", "sentenceStart", "word=n" + i), 0)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		return examples;
	}

	@Test
	void learnsWhatItsFeaturesSay() {
		NameModel model = NameModel.train(examples(), NameModelTrainer.EPOCHS, NameModelTrainer.SEED);
		assertEquals(1, model.predict(List.of("bias", "before=said", "word=unseen"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals(2, model.predict(List.of("bias", "orgHead"))); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(3, model.predict(List.of("bias", "before=in"))); //$NON-NLS-1$ //$NON-NLS-2$
		long right = examples().stream().filter(e -> model.predict(e.features()) == e.label()).count();
		assertTrue(right >= 0.9 * examples().size(), () -> right + " of " + examples().size() + " examples it was taught"); //$NON-NLS-1$
	}

	@Test
	void trainsReproduciblyAndSurvivesItsFile() throws IOException {
		NameModel first = NameModel.train(examples(), NameModelTrainer.EPOCHS, NameModelTrainer.SEED);
		NameModel second = NameModel.train(examples(), NameModelTrainer.EPOCHS, NameModelTrainer.SEED);
		ByteArrayOutputStream a = new ByteArrayOutputStream();
		ByteArrayOutputStream b = new ByteArrayOutputStream();
		first.write(a);
		second.write(b);
		NameModel read = NameModel.read(new ByteArrayInputStream(a.toByteArray()));
		assertEquals(first.size(), read.size());
		List<String> features = List.of("bias", "before=said", "orgHead"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertArrayEquals(first.scores(features), read.scores(features), 0.001f);
		assertArrayEquals(NameModel.read(new ByteArrayInputStream(b.toByteArray())).scores(features), read.scores(features), 0.001f);
	}

	@Test
	void noModelShipsSoTheRulesDecide() {
		assertNull(NameModel.shipped());
	}
}
