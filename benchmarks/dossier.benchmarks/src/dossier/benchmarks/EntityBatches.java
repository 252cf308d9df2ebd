// SPDX-License-Identifier: EPL-2.0
package dossier.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The entity set's batches, read from the sidecars' {@code batch} and {@code held_out} fields: a batch scored alone
 * ({@code --batch NAME}: a copy of the set holding only that batch's articles), and the ids of the articles held out
 * from tuning, whose misses the runner never prints.
 */
final class EntityBatches {

	private EntityBatches() {
	}

	/** A temporary copy of {@code set} holding only the articles whose sidecar names {@code batch}; {@link #delete} it after. */
	static Path only(Path set, String batch) throws IOException {
		Path copy = Files.createTempDirectory("entities-" + batch.replaceAll("[^A-Za-z0-9-]", "_") + "-"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		int articles = 0;
		for (Path sidecar : sidecars(set)) {
			JsonObject meta = meta(sidecar);
			if (!meta.has("batch") || !batch.equals(meta.get("batch").getAsString())) { //$NON-NLS-1$ //$NON-NLS-2$
				continue;
			}
			String stem = sidecar.getFileName().toString().replaceFirst("\\.json$", ""); //$NON-NLS-1$ //$NON-NLS-2$
			Path folder = Files.createDirectories(copy.resolve(set.relativize(sidecar.getParent())));
			for (String ext : List.of(".txt", ".ann", ".json")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				Files.copy(sidecar.resolveSibling(stem + ext), folder.resolve(stem + ext), StandardCopyOption.REPLACE_EXISTING);
			}
			articles++;
		}
		if (articles == 0) {
			throw new IllegalArgumentException("no article of batch " + batch + " in " + set); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return copy;
	}

	/** Deletes a copy {@link #only} made. */
	static void delete(Path copy) throws IOException {
		try (Stream<Path> files = Files.walk(copy)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}

	/** The ids of the articles whose sidecar says {@code "held_out": true}. */
	static Set<String> heldOut(Path set) throws IOException {
		Set<String> ids = new TreeSet<>();
		for (Path sidecar : sidecars(set)) {
			JsonObject meta = meta(sidecar);
			if (meta.has("held_out") && meta.get("held_out").getAsBoolean()) { //$NON-NLS-1$ //$NON-NLS-2$
				ids.add(sidecar.getFileName().toString().replaceFirst("\\.json$", "")); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		return ids;
	}

	/** Whether a line of {@code --misses} output (it starts with its article's id) belongs to one of {@code ids}. */
	static boolean about(String miss, Set<String> ids) {
		int space = miss.indexOf(' ');
		return ids.contains(space < 0 ? miss : miss.substring(0, space));
	}

	private static List<Path> sidecars(Path set) throws IOException {
		try (Stream<Path> files = Files.walk(set)) {
			return files.filter(p -> p.toString().endsWith(".json") && Files.exists(p.resolveSibling(p.getFileName().toString().replaceFirst("\\.json$", ".txt")))) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					.sorted().toList();
		}
	}

	private static JsonObject meta(Path sidecar) throws IOException {
		return JsonParser.parseString(Files.readString(sidecar, StandardCharsets.UTF_8)).getAsJsonObject();
	}
}
