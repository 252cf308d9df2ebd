// SPDX-License-Identifier: EPL-2.0
package dossier.insight;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.eclipse.jdt.annotation.Nullable;

/**
 * The offline geography of the Map view: the countries' outlines and marks, and the coordinates of towns and
 * cities by name, in Latin and Arabic script. Made by {@code tools/geography.py} from Natural Earth's 1:110m
 * countries (public domain, through world-atlas) and GeoNames' cities1000 (CC BY 3.0 geonames.org); read once, on
 * first use. Nothing is fetched from the network.
 */
public final class Geography {

	/** Where an entity is: a point, in a country. */
	public record Location(String country, double latitude, double longitude, boolean isCountry) {
	}

	private static final String COUNTRY_ID = "iso3166:"; //$NON-NLS-1$
	private static final String CITY_ID = "city:"; //$NON-NLS-1$

	private static volatile @Nullable Geography instance;

	private final Map<String, Country> countries;
	private final Map<String, Location> places;

	private Geography(Map<String, Country> countries, Map<String, Location> places) {
		this.countries = countries;
		this.places = places;
	}

	/** The geography, read on first use. */
	public static Geography get() {
		Geography known = instance;
		if (known == null) {
			synchronized (Geography.class) {
				known = instance;
				if (known == null) {
					known = read();
					instance = known;
				}
			}
		}
		return known;
	}

	/** Every country, by ISO 3166-1 alpha-2 code. */
	public Map<String, Country> countries() {
		return countries;
	}

	/**
	 * Where the place {@code entity} is: a country by its id ({@code iso3166:IT}), a town or city by its name in the
	 * article ({@code Milano}, {@code ميلانو}) or else by its catalogue id ({@code city:milan}); the most populous
	 * place of that name. Null for an entity that is not a place, or a place not in the geography.
	 */
	public @Nullable Location locate(EntityRef entity) {
		if (!"PLACE".equals(entity.type())) { //$NON-NLS-1$
			return null;
		}
		if (entity.id().startsWith(COUNTRY_ID)) {
			Country country = countries.get(entity.id().substring(COUNTRY_ID.length()).toUpperCase(Locale.ROOT));
			return country == null ? null : new Location(country.code(), country.latitude(), country.longitude(), true);
		}
		Location byLabel = places.get(key(entity.label()));
		if (byLabel != null) {
			return byLabel;
		}
		if (entity.id().startsWith(CITY_ID)) {
			return places.get(key(entity.id().substring(CITY_ID.length()).replace('-', ' ').replace('_', ' ')));
		}
		return null;
	}

	private static String key(String name) {
		return name.strip().toLowerCase(Locale.ROOT);
	}

	private static Geography read() {
		try {
			Map<String, Country> countries = new LinkedHashMap<>();
			try (BufferedReader reader = open("internal/countries.tsv", false)) { //$NON-NLS-1$
				for (String line = reader.readLine(); line != null; line = reader.readLine()) {
					if (!line.startsWith("#")) { //$NON-NLS-1$
						Country country = country(line.split("\t", -1)); //$NON-NLS-1$
						countries.put(country.code(), country);
					}
				}
			}
			Map<String, Location> places = new HashMap<>(1 << 17);
			try (BufferedReader reader = open("internal/places.tsv.gz", true)) { //$NON-NLS-1$
				for (String line = reader.readLine(); line != null; line = reader.readLine()) {
					if (!line.startsWith("#")) { //$NON-NLS-1$
						String[] fields = line.split("\t", -1); //$NON-NLS-1$
						// The most populous place of a name was kept; a lower-cased name keeps the first (the file is
						// sorted, so "Paris" before "paris" — both the same place in practice).
						places.putIfAbsent(key(fields[0]), new Location(fields[1], Double.parseDouble(fields[2]),
								Double.parseDouble(fields[3]), false));
					}
				}
			}
			return new Geography(Collections.unmodifiableMap(countries), places);
		} catch (IOException e) {
			throw new UncheckedIOException("the Map view's geography cannot be read", e); //$NON-NLS-1$
		}
	}

	private static Country country(String[] fields) {
		String[] mark = fields[2].split(","); //$NON-NLS-1$
		List<double[]> rings = new ArrayList<>();
		if (!fields[3].isEmpty()) {
			for (String ring : fields[3].split("\\|")) { //$NON-NLS-1$
				String[] points = ring.split(" "); //$NON-NLS-1$
				double[] coordinates = new double[points.length * 2];
				for (int i = 0; i < points.length; i++) {
					int comma = points[i].indexOf(',');
					coordinates[2 * i] = Double.parseDouble(points[i].substring(0, comma));
					coordinates[2 * i + 1] = Double.parseDouble(points[i].substring(comma + 1));
				}
				rings.add(coordinates);
			}
		}
		return new Country(fields[0], fields[1], Double.parseDouble(mark[0]), Double.parseDouble(mark[1]), rings);
	}

	private static BufferedReader open(String resource, boolean gzipped) throws IOException {
		InputStream in = Geography.class.getResourceAsStream(resource);
		if (in == null) {
			throw new IOException("missing resource " + resource); //$NON-NLS-1$
		}
		return new BufferedReader(new InputStreamReader(gzipped ? new GZIPInputStream(in) : in, StandardCharsets.UTF_8));
	}
}
