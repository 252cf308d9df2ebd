package dossier.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dossier.entities.internal.CldrPlaces;
import dossier.entities.internal.ContextRules;
import dossier.entities.internal.DateRecognizer;
import dossier.entities.internal.OpenNames;
import dossier.entities.internal.SeedCatalogue;

/**
 * The recognisers: the built-in ones in plain Java, plus, inside OSGi, those contributed to the
 * {@code dossier.recognizers} extension point (read once, on first use).
 */
public final class Recognizers {

	private static final Map<String, Recognizer> CONTRIBUTED = new LinkedHashMap<>();
	private static volatile boolean contributionsLoaded;

	private Recognizers() {
	}

	/** The recognisers this bundle ships: seed catalogue, CLDR places, dates, open-vocabulary names, context rules. */
	public static List<Recognizer> builtIn() {
		return List.of(SeedCatalogue.INSTANCE, CldrPlaces.INSTANCE, DateRecognizer.INSTANCE, OpenNames.INSTANCE,
				ContextRules.INSTANCE);
	}

	/** Built-in and contributed recognisers, by descending priority. */
	public static List<Recognizer> all() {
		loadContributions();
		Map<String, Recognizer> byId = new LinkedHashMap<>();
		builtIn().forEach(recognizer -> byId.put(recognizer.id(), recognizer));
		synchronized (CONTRIBUTED) {
			CONTRIBUTED.forEach(byId::putIfAbsent);
		}
		List<Recognizer> all = new ArrayList<>(byId.values());
		all.sort(Comparator.comparingInt(Recognizer::priority).reversed());
		return all;
	}

	/** Adds a recogniser in plain Java (the extension point does this inside OSGi). */
	public static void register(Recognizer recognizer) {
		synchronized (CONTRIBUTED) {
			CONTRIBUTED.put(recognizer.id(), recognizer);
		}
	}

	static void loadContributions() {
		if (contributionsLoaded) {
			return;
		}
		contributionsLoaded = true;
		try {
			Class.forName("org.eclipse.core.runtime.RegistryFactory"); //$NON-NLS-1$
		} catch (ClassNotFoundException | LinkageError e) {
			return; // plain Java: built-ins only
		}
		dossier.entities.internal.ExtensionReader.read();
	}
}
