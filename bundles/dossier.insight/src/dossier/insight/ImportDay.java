// SPDX-License-Identifier: EPL-2.0
package dossier.insight;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One day of a corpus's import history: how many of its articles were imported that day (UTC), and by which
 * importers ({@code dossier.importers} ids: {@code html}, {@code warc}...), most first.
 *
 * @param day the day the articles were imported
 * @param articles how many of the corpus's articles were imported that day (each copy counts: an import stores it)
 * @param byImporter per importer, its articles that day, most first
 */
public record ImportDay(LocalDate day, int articles, Map<String, Integer> byImporter) {

	public ImportDay {
		byImporter = Collections.unmodifiableMap(new LinkedHashMap<>(byImporter));
	}
}
