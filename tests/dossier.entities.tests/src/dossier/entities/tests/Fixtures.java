// SPDX-License-Identifier: EPL-2.0
package dossier.entities.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import dossier.core.model.Article;
import dossier.entities.Catalogue;
import dossier.entities.EntityEngine;

/** Test fixtures (this fragment's fixtures/ folder) and a shared engine. */
final class Fixtures {

	private static EntityEngine engine;

	private Fixtures() {
	}

	static String text(String name) {
		try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
			if (in == null) {
				throw new IllegalArgumentException("no fixture " + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The sample article (Lifegate, Arabic), title = first line, as the plain-text importer does. */
	static Article sample() {
		String text = text("sample-ar.txt");
		return Article.builder(text).title(text.lines().findFirst().orElse("")).build();
	}

	static Article article(String text) {
		return Article.builder(text).build();
	}

	static Article article(String text, String language) {
		return Article.builder(text).language(language).build();
	}

	/** What the {@link #engine()} finds in {@code text} of {@code language}: each active mention as "TYPE text". */
	static List<String> found(String language, String text) {
		return engine().recognize(article(text, language)).active().stream().map(m -> m.type() + " " + m.text()).toList(); //$NON-NLS-1$
	}

	/** An engine with an empty corpus catalogue (seed + CLDR + dates + context rules); built once. */
	static synchronized EntityEngine engine() {
		if (engine == null) {
			engine = EntityEngine.create(new Catalogue());
		}
		return engine;
	}
}
