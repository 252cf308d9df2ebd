// SPDX-License-Identifier: EPL-2.0
package dossier.entities.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.eclipse.jdt.annotation.Nullable;

import dossier.entities.Entity;
import dossier.entities.Recognizer;
import dossier.entities.store.CatalogueFormat;

/**
 * The curated multilingual catalogue shipped with the product ({@code seed-catalogue.json}, in the catalogue
 * format): heads of state and government and other much-named people of recent decades, international
 * organisations and UN organs, news and photo agencies, and the places whose usual names CLDR lacks. Labels in
 * ar, en, it, fr, es, de, pt; Wikidata ids where certain.
 */
public final class SeedCatalogue implements Recognizer {

	private static final String RESOURCE = "seed-catalogue.json"; //$NON-NLS-1$
	/**
	 * Major cities that CLDR lacks because they have no time zone of their own (Milan, Geneva, Aleppo, Mosul...),
	 * in the same format; Wikidata ids only where certain. Names that are mostly common words in a language
	 * (Arabic البندقية "the rifle", حماة "protectors", لفيف "a group") are left out.
	 */
	private static final String CITIES = "world-cities.json"; //$NON-NLS-1$
	private static volatile @Nullable List<Entity> entities;

	public static final SeedCatalogue INSTANCE = new SeedCatalogue();

	public SeedCatalogue() {
	}

	@Override
	public String id() {
		return "dossier.seed"; //$NON-NLS-1$
	}

	@Override
	public String name() {
		return "Seed catalogue"; //$NON-NLS-1$
	}

	@Override
	public Set<String> languages() {
		return Set.of("ar", "en", "it", "fr", "es", "de", "pt"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
	}

	@Override
	public int priority() {
		return 90;
	}

	@Override
	public Collection<Entity> lexicon(Set<String> matchLanguages) {
		return entities();
	}

	/** The seed entities, read once. */
	public static List<Entity> entities() {
		List<Entity> loaded = entities;
		if (loaded == null) {
			List<Entity> all = new ArrayList<>(read(RESOURCE));
			all.addAll(read(CITIES));
			loaded = List.copyOf(all);
			entities = loaded;
		}
		return loaded;
	}

	private static List<Entity> read(String resource) {
		try (InputStream in = SeedCatalogue.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException(resource + " missing from dossier.entities"); //$NON-NLS-1$
			}
			Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
			return CatalogueFormat.read(reader, resource).entities();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
