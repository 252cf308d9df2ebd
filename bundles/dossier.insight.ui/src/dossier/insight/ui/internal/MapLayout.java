// SPDX-License-Identifier: EPL-2.0
package dossier.insight.ui.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.jdt.annotation.Nullable;

import dossier.insight.Country;
import dossier.insight.PlaceMap;
import dossier.insight.PlacePoint;

/**
 * Where the Map view draws what, for one size of its canvas: the countries projected (equirectangular, from 56°S
 * to 84°N, Antarctica left out), each with the share of the most covered country's articles it has, and a dot for
 * each located town or city, its area growing with its articles. Pure geometry: no SWT resource, testable headless.
 */
final class MapLayout {

	/** The latitudes shown. */
	static final double NORTH = 84;
	static final double SOUTH = -56;
	/** The smallest and largest dot radius, in pixels. */
	static final int MIN_RADIUS = 3;
	static final int MAX_RADIUS = 14;
	/** The articles at which a dot reaches its largest radius. */
	static final int FULL_AT = 16;

	/** A country as drawn: its outlines in pixels (x, y pairs) and its articles. */
	record CountryShape(Country country, int articles, List<int[]> polygons) {
	}

	/** A place's dot. */
	record Dot(PlacePoint point, int x, int y, int radius) {
	}

	private final PlaceMap map;
	private final double scale;
	private final double left;
	private final double top;
	private final List<CountryShape> countries = new ArrayList<>();
	private final List<Dot> dots = new ArrayList<>();
	private final int mostInACountry;

	MapLayout(PlaceMap map, Collection<Country> all, int width, int height) {
		this.map = map;
		scale = Math.max(0.1, Math.min(width / 360.0, height / (NORTH - SOUTH)));
		left = (width - 360 * scale) / 2;
		top = (height - (NORTH - SOUTH) * scale) / 2;
		mostInACountry = map.mostInACountry();
		for (Country country : all) {
			if ("AQ".equals(country.code())) { //$NON-NLS-1$
				continue;
			}
			List<int[]> polygons = new ArrayList<>();
			for (double[] ring : country.rings()) {
				double[] unwrapped = unwrapped(ring);
				polygons.add(polygon(unwrapped, 0));
				// A ring across the antimeridian (Russia's far east, Fiji) runs past 180°: its part there is drawn
				// again from -180°, and the painter clips both to the map.
				if (east(unwrapped) > 180) {
					polygons.add(polygon(unwrapped, -360));
				}
			}
			countries.add(new CountryShape(country, map.articlesIn(country.code()), polygons));
		}
		// A dot's area grows with its articles; the largest is MAX_RADIUS only when some place has FULL_AT articles
		// or more, so that a corpus where every town has one article shows small dots, not large ones.
		int mostAtAPlace = map.places().stream().filter(point -> !point.isCountry()).mapToInt(PlacePoint::articles)
				.max().orElse(1);
		double full = Math.sqrt(Math.max(mostAtAPlace, FULL_AT));
		for (PlacePoint point : map.places()) { // the most mentioned first: drawn first, the small ones on top
			if (!point.isCountry()) {
				int radius = (int) Math.round(MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * Math.sqrt(point.articles()) / full);
				dots.add(new Dot(point, x(point.longitude()), y(point.latitude()), radius));
			}
		}
	}

	/** The map's frame, where the painter clips. */
	int[] frame() {
		return new int[] { x(-180), y(NORTH), x(180) - x(-180), y(SOUTH) - y(NORTH) };
	}

	/**
	 * The ring with each longitude moved by a whole turn where it jumps more than half a turn from the one before,
	 * so that a ring across the antimeridian stays one piece (running past 180°).
	 */
	static double[] unwrapped(double[] ring) {
		double[] out = ring.clone();
		for (int i = 2; i < out.length; i += 2) {
			double step = out[i] - out[i - 2];
			if (step > 180) {
				out[i] -= 360 * Math.ceil((step - 180) / 360);
			} else if (step < -180) {
				out[i] += 360 * Math.ceil((-step - 180) / 360);
			}
		}
		double west = Double.MAX_VALUE;
		for (int i = 0; i < out.length; i += 2) {
			west = Math.min(west, out[i]);
		}
		if (west < -180) { // unwrapped westwards: bring it back so that it starts within the map
			for (int i = 0; i < out.length; i += 2) {
				out[i] += 360;
			}
		}
		return out;
	}

	private static double east(double[] ring) {
		double east = -Double.MAX_VALUE;
		for (int i = 0; i < ring.length; i += 2) {
			east = Math.max(east, ring[i]);
		}
		return east;
	}

	private int[] polygon(double[] ring, double shift) {
		int[] polygon = new int[ring.length];
		for (int i = 0; i < ring.length; i += 2) {
			polygon[i] = x(ring[i] + shift);
			polygon[i + 1] = y(ring[i + 1]);
		}
		return polygon;
	}

	int x(double longitude) {
		return (int) Math.round(left + (longitude + 180) * scale);
	}

	int y(double latitude) {
		double clipped = Math.max(SOUTH, Math.min(NORTH, latitude));
		return (int) Math.round(top + (NORTH - clipped) * scale);
	}

	PlaceMap map() {
		return map;
	}

	List<CountryShape> countries() {
		return countries;
	}

	List<Dot> dots() {
		return dots;
	}

	/**
	 * How dark a country with {@code articles} is drawn, from 0 (none) to 1 (the most covered country), on a
	 * logarithmic scale so that a country of a few articles still shows beside one of thousands.
	 */
	double shade(int articles) {
		if (articles <= 0 || mostInACountry <= 0) {
			return 0;
		}
		return 0.15 + 0.85 * Math.log1p(articles) / Math.log1p(mostInACountry);
	}

	/** The dot under {@code (x, y)}, the smallest (the last drawn) first; null when there is none. */
	@Nullable Dot dotAt(int x, int y) {
		for (int i = dots.size() - 1; i >= 0; i--) {
			Dot dot = dots.get(i);
			int dx = x - dot.x();
			int dy = y - dot.y();
			if (dx * dx + dy * dy <= (dot.radius() + 1) * (dot.radius() + 1)) {
				return dot;
			}
		}
		return null;
	}

	/** The country under {@code (x, y)}; null over the sea. */
	@Nullable CountryShape countryAt(int x, int y) {
		for (CountryShape shape : countries) {
			for (int[] polygon : shape.polygons()) {
				if (contains(polygon, x, y)) {
					return shape;
				}
			}
		}
		return null;
	}

	/** Even-odd rule: whether {@code (x, y)} is inside the polygon of x, y pairs. */
	static boolean contains(int[] polygon, int x, int y) {
		boolean inside = false;
		int n = polygon.length / 2;
		for (int i = 0, j = n - 1; i < n; j = i++) {
			int xi = polygon[2 * i];
			int yi = polygon[2 * i + 1];
			int xj = polygon[2 * j];
			int yj = polygon[2 * j + 1];
			if (yi > y != yj > y && x < (double) (xj - xi) * (y - yi) / (yj - yi) + xi) {
				inside = !inside;
			}
		}
		return inside;
	}
}
