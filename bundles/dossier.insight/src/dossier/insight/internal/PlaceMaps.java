// SPDX-License-Identifier: EPL-2.0
package dossier.insight.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.eclipse.jdt.annotation.Nullable;

import dossier.insight.EntityCount;
import dossier.insight.EntityRef;
import dossier.insight.Geography;
import dossier.insight.Geography.Location;
import dossier.insight.PlaceMap;
import dossier.insight.PlacePoint;

/** Computes a {@link PlaceMap}: one pass over the stories, each place located once. */
public final class PlaceMaps {

	/** The most unlocated places a map lists. */
	static final int UNPLACED = 50;

	private PlaceMaps() {
	}

	public static PlaceMap compute(List<Story> stories, boolean once, Geography geography, BooleanSupplier cancelled) {
		Map<String, List<String>> byPlace = new HashMap<>();
		Map<String, EntityRef> refs = new HashMap<>();
		Map<String, @Nullable Location> located = new HashMap<>();
		Map<String, List<String>> byCountry = new HashMap<>();
		for (int i = 0; i < stories.size(); i++) {
			Cancel.check(i, cancelled);
			String article = stories.get(i).first().id();
			Set<String> countries = new LinkedHashSet<>();
			for (EntityRef entity : stories.get(i).entities()) {
				if (!"PLACE".equals(entity.type())) { //$NON-NLS-1$
					continue;
				}
				refs.putIfAbsent(entity.id(), entity);
				byPlace.computeIfAbsent(entity.id(), id -> new ArrayList<>()).add(article);
				Location location = located.computeIfAbsent(entity.id(), id -> geography.locate(entity));
				if (location != null) {
					countries.add(location.country());
				}
			}
			for (String country : countries) {
				byCountry.computeIfAbsent(country, c -> new ArrayList<>()).add(article);
			}
		}
		List<PlacePoint> places = new ArrayList<>();
		List<EntityCount> unplaced = new ArrayList<>();
		for (Map.Entry<String, List<String>> entry : mostFirst(byPlace)) {
			EntityRef entity = Objects.requireNonNull(refs.get(entry.getKey()));
			Location location = located.get(entry.getKey());
			if (location != null) {
				places.add(new PlacePoint(entity, location.country(), location.latitude(), location.longitude(),
						location.isCountry(), entry.getValue()));
			} else if (unplaced.size() < UNPLACED) {
				unplaced.add(new EntityCount(entity, entry.getValue().size()));
			}
		}
		Map<String, List<String>> countries = new LinkedHashMap<>();
		for (Map.Entry<String, List<String>> entry : mostFirst(byCountry)) {
			countries.put(entry.getKey(), entry.getValue());
		}
		return new PlaceMap(once, stories.size(), places, countries, unplaced);
	}

	/** The entries, the longest list first, then by key. */
	private static List<Map.Entry<String, List<String>>> mostFirst(Map<String, List<String>> lists) {
		List<Map.Entry<String, List<String>>> entries = new ArrayList<>(lists.entrySet());
		entries.sort(Comparator.comparing((Map.Entry<String, List<String>> entry) -> -entry.getValue().size())
				.thenComparing(Map.Entry::getKey));
		return entries;
	}
}
