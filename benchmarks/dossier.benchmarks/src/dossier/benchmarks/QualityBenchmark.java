// SPDX-License-Identifier: EPL-2.0
package dossier.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import dossier.entities.internal.EntitySetEvaluation;
import dossier.licence.internal.NoticeSetEvaluation;

/**
 * Quality of an engine on its real-text evaluation set, labelled by {@code docs/annotation-guidelines.md}.
 *
 * <pre>
 * benchmarks/run quality licence [--split dev|test|all] [--misses] [--set DIR]
 * benchmarks/run quality entities [--split dev|test|all] [--misses] [--set DIR] [--without RECOGNIZER_ID,...] [--batch NAME]
 * benchmarks/run quality lineage [--split dev|test|all] [--misses] [--set DIR] [--entities] [--orders]
 *                                 [--groups G,...] [--scores]
 * </pre>
 *
 * {@code --entities}: the lineage set linked with the ids of the entities the entity engine links in each article
 * (as {@code dossier lineage} passes them from the corpus's stored mentions). {@code --orders}: the lineage set linked
 * in id order, in reverse and in two seeded shuffles, with how many links differ from the id order's and the figures
 * of each order. {@code --groups g55,g57}: only the articles of those story groups (a fresh batch scored alone).
 * {@code --batch issue14-s17-fresh} (entities): only the articles whose sidecar names that batch (a fresh batch scored
 * alone). The misses of an article whose sidecar says {@code "held_out": true} are never printed: it is a never-tuned
 * check kept for a later session. {@code --scores} (dev): the numbers the judge reads for every gold republication and for the same-language pairs that
 * are no derivation sharing the most text.
 *
 * Tune on {@code dev} (the default, which may print its misses); {@code test} is for reporting, and never prints
 * its misses.
 */
public final class QualityBenchmark {

	private QualityBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length == 0 || !Set.of("licence", "entities", "lineage").contains(args[0])) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			System.err.println("usage: benchmarks/run quality licence|entities|lineage [--split dev|test|all] [--misses] [--set DIR] [--entities] [--orders] [--groups G,...] [--scores] [--batch NAME]"); //$NON-NLS-1$
			System.exit(2);
		}
		String split = "dev"; //$NON-NLS-1$
		boolean misses = false;
		Path set = null;
		Set<String> without = Set.of();
		boolean entities = false;
		boolean orders = false;
		Set<String> groups = Set.of();
		boolean scores = false;
		String batch = null;
		for (int i = 1; i < args.length; i++) {
			switch (args[i]) {
			case "--split" -> split = args[++i]; //$NON-NLS-1$
			case "--misses" -> misses = true; //$NON-NLS-1$
			case "--entities" -> entities = true; //$NON-NLS-1$
			case "--orders" -> orders = true; //$NON-NLS-1$
			case "--set" -> set = Path.of(args[++i]); //$NON-NLS-1$
			case "--without" -> without = Set.of(args[++i].split(",")); //$NON-NLS-1$ //$NON-NLS-2$
			case "--groups" -> groups = Set.of(args[++i].split(",")); //$NON-NLS-1$ //$NON-NLS-2$
			case "--scores" -> scores = true; //$NON-NLS-1$
			case "--batch" -> batch = args[++i]; //$NON-NLS-1$
			default -> throw new IllegalArgumentException("unknown option " + args[i]); //$NON-NLS-1$
			}
		}
		if (!split.equals("dev") && !split.equals("test") && !split.equals("all")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			throw new IllegalArgumentException("--split is dev, test or all, not " + split); //$NON-NLS-1$
		}
		if (set == null) {
			set = Path.of(System.getProperty("dossier.root", ".")).resolve("benchmarks/quality").resolve(args[0]); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		if (!Files.isDirectory(set)) {
			System.err.println("quality: no evaluation set at " + set); //$NON-NLS-1$
			System.exit(2);
		}
		if (args[0].equals("lineage") && orders) { //$NON-NLS-1$
			if (split.equals("test")) { //$NON-NLS-1$
				throw new IllegalArgumentException("--orders is for dev: the held-back half is run once, to report"); //$NON-NLS-1$
			}
			System.out.println(LineageSetEvaluation.orders(set, split, entities, misses));
			return;
		}
		if (args[0].equals("lineage")) { //$NON-NLS-1$
			boolean tuning = !split.equals("test"); //$NON-NLS-1$
			LineageSetEvaluation evaluation = LineageSetEvaluation.run(set, split, entities, groups, scores && tuning);
			System.out.println(evaluation.markdown());
			if (misses && tuning) {
				evaluation.misses.forEach(m -> System.out.println("- " + m)); //$NON-NLS-1$
			}
			evaluation.scores.forEach(line -> System.out.println("- " + line)); //$NON-NLS-1$
			return;
		}
		if (args[0].equals("entities")) { //$NON-NLS-1$
			Set<String> heldOut = EntityBatches.heldOut(set);
			Path scored = batch == null ? set : EntityBatches.only(set, batch);
			EntitySetEvaluation evaluation;
			try {
				evaluation = EntitySetEvaluation.run(scored, split, without);
			} finally {
				if (batch != null) {
					EntityBatches.delete(scored);
				}
			}
			System.out.println(evaluation.markdown());
			if (misses && !split.equals("test")) { //$NON-NLS-1$
				evaluation.misses.stream().filter(m -> !EntityBatches.about(m, heldOut)).forEach(m -> System.out.println("- " + m)); //$NON-NLS-1$
				if (!heldOut.isEmpty()) {
					System.out.println("(the misses of " + heldOut.size() + " held-out articles are not printed: " + heldOut + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				}
			}
			return;
		}
		NoticeSetEvaluation evaluation = NoticeSetEvaluation.run(set, split);
		System.out.println(evaluation.markdown());
		if (misses && !split.equals("test")) { //$NON-NLS-1$
			Set<String> heldOut = heldOutNotices(set);
			evaluation.misses.stream().filter(m -> !heldOut.contains(m.split(" ", 2)[0])) //$NON-NLS-1$
					.forEach(m -> System.out.println("- " + m)); //$NON-NLS-1$
			if (!heldOut.isEmpty()) {
				System.out.println("(the misses of " + heldOut.size() + " held-out records are not printed)"); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
	}

	/** The ids of the notice set's records marked {@code "held_out": true}: a never-tuned draw whose misses are never printed. */
	private static Set<String> heldOutNotices(Path set) throws java.io.IOException {
		Set<String> ids = new java.util.TreeSet<>();
		try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(set)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) { //$NON-NLS-1$
				for (String line : java.nio.file.Files.readAllLines(file, java.nio.charset.StandardCharsets.UTF_8)) {
					if (line.isBlank()) {
						continue;
					}
					com.google.gson.JsonObject record = com.google.gson.JsonParser.parseString(line).getAsJsonObject();
					if (record.has("held_out") && record.get("held_out").getAsBoolean()) { //$NON-NLS-1$ //$NON-NLS-2$
						ids.add(record.get("id").getAsString()); //$NON-NLS-1$
					}
				}
			}
		}
		return ids;
	}
}
