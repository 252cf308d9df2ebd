// SPDX-License-Identifier: EPL-2.0
package dossier.entities.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.Nullable;

import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import com.ibm.icu.util.UResourceBundle;
import com.ibm.icu.util.VersionInfo;

import dossier.entities.Catalogue;
import dossier.entities.Entity;
import dossier.entities.EntityType;
import dossier.entities.Recognizer;

/**
 * Places from the Unicode CLDR, read through ICU4J: the name of every ISO 3166 territory and the exemplar city of
 * every canonical time zone, in each requested locale ({@link #ALL_LOCALES} for every locale ICU has). Territories
 * get the id {@code iso3166:XX}, cities {@code city:<english-name>}; both carry a Wikidata id where
 * {@link PlaceQids} knows it. A few names that are mostly ordinary words or first names in a language
 * (English "Chad", "Jordan"; city names such as "Center", "Troll") are left out.
 */
public final class CldrPlaces implements Recognizer {

	/** Pass as the only language to read every locale ICU has. */
	public static final String ALL_LOCALES = "*"; //$NON-NLS-1$

	private static final Set<String> SKIPPED = Stream.of("en:Chad", "en:Jordan", "en:Georgia", "fr:Maurice", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"it:Man", "en:Man", "de:Man", "es:Man", "pt:Man", "fr:Man").collect(Collectors.toUnmodifiableSet()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
	private static final Set<String> SKIPPED_CITIES = Stream.of("Center", "Troll", "Casey", "Davis", "Palmer", "Knox", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			"Regina", "Nome", "Marengo", "Monticello", "Vevay", "Winamac", "Beulah", "Resolute", "Creston", "Dawson", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
			"Wake", "Midway", "Johnston", "Mawson", "Vostok", "Rothera", "Syowa", "McMurdo", "Macquarie", "Tell City", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
			"New Salem", "Petersburg", "Eucla", "Currie", "Lindeman", "Faroe", "Bahia", "Hovd", "Kanton", "Thule", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
			"Jersey", "Guernsey", "Stanley", "Chatham", "Easter", "Galapagos", "Bermuda", "Cayman", "Norfolk", "Guam").collect(Collectors.toUnmodifiableSet()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$

	public static final CldrPlaces INSTANCE = new CldrPlaces();

	public CldrPlaces() {
	}

	@Override
	public String id() {
		return "dossier.cldr"; //$NON-NLS-1$
	}

	@Override
	public String name() {
		return "CLDR places"; //$NON-NLS-1$
	}

	@Override
	public Set<String> languages() {
		return Set.of();
	}

	@Override
	public int priority() {
		return 80;
	}

	@Override
	public Collection<Entity> lexicon(Set<String> matchLanguages) {
		Set<String> languages = new TreeSet<>();
		if (matchLanguages.contains(ALL_LOCALES)) {
			for (ULocale locale : ULocale.getAvailableLocales()) {
				languages.add(locale.getLanguage());
			}
		} else {
			matchLanguages.forEach(language -> languages.add(language.split("[-_]")[0].toLowerCase(Locale.ROOT))); //$NON-NLS-1$
		}
		Catalogue places = new Catalogue();
		String[] zones = TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null)
				.toArray(new String[0]);
		Map<String, String> cityIds = new LinkedHashMap<>();
		TimeZoneNames english = TimeZoneNames.getInstance(ULocale.ENGLISH);
		for (String zone : zones) {
			String name = english.getExemplarLocationName(zone);
			if (name != null && !SKIPPED_CITIES.contains(name) && !zone.startsWith("Etc/")) { //$NON-NLS-1$
				cityIds.put(zone, "city:" + slug(name)); //$NON-NLS-1$
			}
		}
		for (String language : languages) {
			if (language.isEmpty() || "und".equals(language) || "root".equals(language)) { //$NON-NLS-1$ //$NON-NLS-2$
				continue;
			}
			ULocale locale = new ULocale(language);
			LocaleDisplayNames full = LocaleDisplayNames.getInstance(locale);
			LocaleDisplayNames shortNames = LocaleDisplayNames.getInstance(locale, DisplayContext.LENGTH_SHORT);
			Set<String> countryNames = new HashSet<>();
			Map<String, String> variants = variantNames(locale);
			for (String country : ULocale.getISOCountries()) {
				List<String> names = new ArrayList<>();
				for (LocaleDisplayNames displayNames : List.of(full, shortNames)) {
					String name = displayNames.regionDisplayName(country);
					if (name != null && !name.equals(country) && !SKIPPED.contains(language + ":" + name) //$NON-NLS-1$
							&& !names.contains(name)) {
						names.add(name);
					}
				}
				String variant = variants.get(country);
				if (variant != null && !names.isEmpty() && !names.contains(variant) && !SKIPPED.contains(language + ":" + variant)) { //$NON-NLS-1$
					names.add(variant); // "Turkey" beside "Türkiye", "Ivory Coast", "Czech Republic", "Elfenbeinküste", "Costa de Marfil"
				}
				countryNames.addAll(names);
				if (!names.isEmpty()) {
					places.add(place("iso3166:" + country, language, names, PlaceQids.country(country))); //$NON-NLS-1$
				}
			}
			TimeZoneNames zoneNames = TimeZoneNames.getInstance(locale);
			for (Map.Entry<String, String> city : cityIds.entrySet()) {
				String name = zoneNames.getExemplarLocationName(city.getKey());
				// Single-zone countries name their zone after the country (Asia/Qatar): the country wins.
				if (name != null && !SKIPPED_CITIES.contains(name) && !countryNames.contains(name)) {
					places.add(place(city.getValue(), language, List.of(name), PlaceQids.city(city.getValue())));
				}
			}
		}
		return places.entities();
	}

	/**
	 * CLDR's variant names of territories in a locale ({@code Countries%variant} of ICU's region data: the names in
	 * common use beside the official ones, "Turkey", "Ivory Coast", "Czech Republic", "East Timor", "Swaziland"), less
	 * those written with brackets ("Congo (DRC)"). Empty when the data cannot be read.
	 */
	static Map<String, String> variantNames(ULocale locale) {
		Map<String, String> variants = new LinkedHashMap<>();
		for (String data : List.of("icudt" + VersionInfo.ICU_DATA_VERSION_PATH, "icudata")) { //$NON-NLS-1$ //$NON-NLS-2$
			try {
				UResourceBundle table = UResourceBundle.getBundleInstance("com/ibm/icu/impl/data/" + data + "/region", locale) //$NON-NLS-1$ //$NON-NLS-2$
						.get("Countries%variant"); //$NON-NLS-1$
				for (int i = 0; i < table.getSize(); i++) {
					UResourceBundle entry = table.get(i);
					String name = entry.getString();
					if (name.indexOf('(') < 0) {
						variants.put(entry.getKey(), name);
					}
				}
				return variants;
			} catch (MissingResourceException e) {
				// the data's path differs between ICU's builds: try the next one, else no variants
			}
		}
		return variants;
	}

	private static Entity place(String id, String language, List<String> names, @Nullable String qid) {
		return new Entity(id, EntityType.PLACE.id(), Map.of(language, names.get(0)),
				names.size() > 1 ? Map.of(language, names.subList(1, names.size())) : Map.of(), qid, ""); //$NON-NLS-1$
	}

	static String slug(String name) {
		return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "") //$NON-NLS-1$ //$NON-NLS-2$
				.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}
}
