// SPDX-License-Identifier: EPL-2.0
package dossier.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.Nullable;

import dossier.entities.internal.CldrPlaces;
import dossier.entities.internal.ContextRules;
import dossier.entities.internal.DateRecognizer;
import dossier.entities.internal.ExtensionReader;
import dossier.entities.internal.OpenNames;
import dossier.entities.internal.SeedCatalogue;

/**
 * The recognisers: the built-in ones in plain Java, plus, inside OSGi, those contributed to the
 * {@code dossier.recognizers} extension point, read once, on first use, into an immutable list. Plain-Java callers
 * that want their own recognisers hand them to {@link EntityEngine}'s constructor.
 */
public final class Recognizers {

	/** The contributions, read on first use (null until then; the empty list outside OSGi). */
	private static volatile @Nullable List<Recognizer> contributed;

	private Recognizers() {
	}

	/** The recognisers this bundle ships: seed catalogue, CLDR places, dates, open-vocabulary names, context rules. */
	public static List<Recognizer> builtIn() {
		return List.of(SeedCatalogue.INSTANCE, CldrPlaces.INSTANCE, DateRecognizer.INSTANCE, OpenNames.INSTANCE,
				ContextRules.INSTANCE);
	}

	/** Built-in and contributed recognisers, by descending priority; a contribution never replaces a built-in one. */
	public static List<Recognizer> all() {
		Map<String, Recognizer> byId = new LinkedHashMap<>();
		builtIn().forEach(recognizer -> byId.put(recognizer.id(), recognizer));
		contributions().forEach(recognizer -> byId.putIfAbsent(recognizer.id(), recognizer));
		List<Recognizer> all = new ArrayList<>(byId.values());
		all.sort(Comparator.comparingInt(Recognizer::priority).reversed());
		return all;
	}

	/** Reads the contributions (recognisers and entity types) once. */
	static List<Recognizer> contributions() {
		List<Recognizer> result = contributed;
		if (result == null) {
			synchronized (Recognizers.class) {
				result = contributed;
				if (result == null) {
					result = registryPresent() ? ExtensionReader.read() : List.of();
					contributed = result;
				}
			}
		}
		return result;
	}

	static boolean registryPresent() {
		try {
			Class.forName("org.eclipse.core.runtime.RegistryFactory"); //$NON-NLS-1$
			return true;
		} catch (ClassNotFoundException | LinkageError e) {
			return false; // plain Java: built-ins only
		}
	}
}
