// SPDX-License-Identifier: EPL-2.0
package dossier.spark;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The job's arguments: {@code --input PATH} (repeatable; files or folders on any Hadoop file system: local, HDFS,
 * S3A; globs allowed), {@code --output DIR}, {@code --format parquet,jsonl} (both by default) and
 * {@code --partitions N} (how many tasks analyse articles; by default three per executor core), {@code --corpus DIR}
 * (also store the articles in a Dossier corpus folder on the driver's disk, which the workbench opens; "" when not),
 * {@code --solr URL --collection NAME} (also send them to a collection of the Dossier configset on a Solr server,
 * from the executors; "" when not).
 */
public record JobOptions(List<String> inputs, String output, Set<String> formats, int partitions, String corpus,
		String solr, String collection) {

	public static final String USAGE = "usage: spark-submit [spark options] dossier.spark-*-job.jar --input PATH [--input PATH...] " //$NON-NLS-1$
			+ "--output DIR [--format parquet,jsonl] [--partitions N] [--corpus LOCAL-DIR] [--solr URL --collection NAME]"; //$NON-NLS-1$

	/** Parses {@code args}; an {@link IllegalArgumentException} says what is wrong in one line. */
	public static JobOptions parse(String... args) {
		List<String> inputs = new ArrayList<>();
		String output = null;
		Set<String> formats = new LinkedHashSet<>(List.of("parquet", "jsonl")); //$NON-NLS-1$ //$NON-NLS-2$
		int partitions = 0;
		String corpus = ""; //$NON-NLS-1$
		String solr = ""; //$NON-NLS-1$
		String collection = ""; //$NON-NLS-1$
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			String value = null;
			int equals = arg.indexOf('=');
			if (arg.startsWith("--") && equals > 0) { //$NON-NLS-1$
				value = arg.substring(equals + 1);
				arg = arg.substring(0, equals);
			}
			switch (arg) {
			case "--input", "-i" -> inputs.add(value != null ? value : next(args, ++i, arg)); //$NON-NLS-1$ //$NON-NLS-2$
			case "--output", "-o" -> output = value != null ? value : next(args, ++i, arg); //$NON-NLS-1$ //$NON-NLS-2$
			case "--corpus", "-c" -> corpus = value != null ? value : next(args, ++i, arg); //$NON-NLS-1$ //$NON-NLS-2$
			case "--solr" -> solr = value != null ? value : next(args, ++i, arg); //$NON-NLS-1$
			case "--collection" -> collection = value != null ? value : next(args, ++i, arg); //$NON-NLS-1$
			case "--format", "-f" -> { //$NON-NLS-1$ //$NON-NLS-2$
				formats.clear();
				for (String format : (value != null ? value : next(args, ++i, arg)).split(",")) { //$NON-NLS-1$
					String f = format.strip();
					if (!f.equals("parquet") && !f.equals("jsonl")) { //$NON-NLS-1$ //$NON-NLS-2$
						throw new IllegalArgumentException("unknown format '" + f + "' (parquet, jsonl)"); //$NON-NLS-1$ //$NON-NLS-2$
					}
					formats.add(f);
				}
			}
			case "--partitions", "-p" -> { //$NON-NLS-1$ //$NON-NLS-2$
				String n = value != null ? value : next(args, ++i, arg);
				try {
					partitions = Integer.parseInt(n);
				} catch (NumberFormatException e) {
					partitions = -1;
				}
				if (partitions <= 0) {
					throw new IllegalArgumentException("--partitions takes a positive number, not '" + n + "'"); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
			default -> throw new IllegalArgumentException("unknown argument '" + args[i] + "'"); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		if (inputs.isEmpty()) {
			throw new IllegalArgumentException("no --input given"); //$NON-NLS-1$
		}
		if (output == null) {
			throw new IllegalArgumentException("no --output given"); //$NON-NLS-1$
		}
		if (solr.isEmpty() != collection.isEmpty()) {
			throw new IllegalArgumentException("--solr and --collection go together"); //$NON-NLS-1$
		}
		return new JobOptions(List.copyOf(inputs), output, Set.copyOf(formats), partitions, corpus, solr, collection);
	}

	private static String next(String[] args, int i, String option) {
		if (i >= args.length) {
			throw new IllegalArgumentException(option + " needs a value"); //$NON-NLS-1$
		}
		return args[i];
	}
}
