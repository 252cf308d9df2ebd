// SPDX-License-Identifier: EPL-2.0
package dossier.entities.store;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.eclipse.jdt.annotation.Nullable;

import dossier.entities.Catalogue;
import dossier.entities.EntityEngine;

/**
 * One {@link EntityEngine} per corpus folder for the whole application: the Entity Editor, the Article Explorer's
 * Recognise command and anything else in the same JVM share it, so its gazetteers are built once and a catalogue
 * entity an analyst adds ({@link EntityEngine#addToCatalogue}) is known to every caller. Thread-safe.
 */
public final class CorpusEngines {

	private static final Map<Path, EntityEngine> ENGINES = new ConcurrentHashMap<>();

	private CorpusEngines() {
	}

	/**
	 * The engine of the corpus in {@code corpusFolder}, created on first use over {@code catalogue}'s catalogue
	 * (it builds its gazetteers: slow, never on a UI thread).
	 */
	public static EntityEngine of(Path corpusFolder, Supplier<Catalogue> catalogue) {
		return ENGINES.computeIfAbsent(key(corpusFolder), folder -> EntityEngine.create(catalogue.get()));
	}

	/** The engine of the corpus if one was created already, else null. */
	public static @Nullable EntityEngine ifReady(Path corpusFolder) {
		return ENGINES.get(key(corpusFolder));
	}

	/** Drops the engine of a corpus (its folder was deleted or its catalogue replaced). */
	public static void forget(Path corpusFolder) {
		ENGINES.remove(key(corpusFolder));
	}

	private static Path key(Path folder) {
		return folder.toAbsolutePath().normalize();
	}
}
