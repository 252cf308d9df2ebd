// SPDX-License-Identifier: EPL-2.0
package dossier.insight;

import java.util.List;

/**
 * A country as the Map view draws it, from {@link Geography}.
 *
 * @param code its ISO 3166-1 alpha-2 code ({@code IT})
 * @param name its English name
 * @param longitude where to mark it: the centre of its largest outline, or its largest town when it has none
 * @param latitude where to mark it
 * @param rings its outlines (outer rings only), each a run of longitude, latitude pairs; empty for a country too
 *        small for the 1:110 million outlines (Bahrain, Malta, Singapore)
 */
public record Country(String code, String name, double longitude, double latitude, List<double[]> rings) {

	public Country {
		rings = List.copyOf(rings);
	}
}
