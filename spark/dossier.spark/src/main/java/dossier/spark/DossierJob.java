// SPDX-License-Identifier: EPL-2.0
package dossier.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.sum;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;

import com.google.gson.JsonObject;

/**
 * The Dossier job on Apache Spark: reads web archives, JSON Lines and folders of articles from any Hadoop path,
 * runs import → entities → licence on every article with the engines of the command line, and writes under
 * {@code --output}:
 * <ul>
 * <li>{@code articles/} (Parquet) and {@code articles-jsonl/} (JSON Lines): one {@link ArticleRow} per article;</li>
 * <li>{@code licences-by-publisher/}, {@code entities/}, {@code findings-by-rule/}: corpus aggregates;</li>
 * <li>{@code failures/} (JSON Lines): every file or record that could not be read, with why;</li>
 * <li>{@code summary.json}: the counts;</li>
 * <li>with {@code --corpus}, the articles in a Dossier corpus folder on the driver's disk;</li>
 * <li>with {@code --solr URL --collection NAME}, the articles in a collection of the Dossier configset.</li>
 * </ul>
 * A bad file or record is counted and listed, never fatal. Files are read in parallel; one big archive's articles
 * are spread over every executor before the analysis, which is where the time goes. docs/scale-out.md shows how
 * to submit it.
 */
public final class DossierJob {

	private DossierJob() {
	}

	public static void main(String[] args) throws IOException {
		JobOptions options;
		try {
			options = JobOptions.parse(args);
		} catch (IllegalArgumentException e) {
			System.err.println("dossier-spark: " + e.getMessage()); //$NON-NLS-1$
			System.err.println(JobOptions.USAGE);
			System.exit(2);
			return;
		}
		SparkSession spark = SparkSession.builder().appName("dossier").getOrCreate(); //$NON-NLS-1$
		try {
			JsonObject summary = run(spark, options);
			System.out.println("dossier-spark: " + summary.get("articles") + " article(s), " + summary.get("failures") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					+ " failure(s) in " + summary.get("seconds") + " s; see " + options.output()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		} finally {
			spark.stop();
		}
	}

	/** Runs the job on {@code spark}; the summary it wrote to {@code summary.json}. */
	public static JsonObject run(SparkSession spark, JobOptions options) throws IOException {
		long start = System.nanoTime();
		JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
		Configuration hadoop = context.hadoopConfiguration();
		hadoop.setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true); //$NON-NLS-1$
		Set<String> named = namedFiles(options, hadoop);
		if (!options.solr().isEmpty()) {
			SolrOutput.check(options.solr(), options.collection());
		}
		int partitions = options.partitions() > 0 ? options.partitions() : 3 * Math.max(1, context.defaultParallelism());

		JavaRDD<Imported> imported = context.binaryFiles(String.join(",", options.inputs())) //$NON-NLS-1$
				.filter(file -> named.contains(file._1()) || Inputs.wanted(file._1()))
				.flatMap(file -> Inputs.read(file._1(), file._2()))
				.persist(StorageLevel.MEMORY_AND_DISK());

		Dataset<Row> failures = spark.createDataFrame(imported.filter(Imported::failed)
				.map(record -> new FailureRow(record.source(), record.failure())), FailureRow.class);
		failures.coalesce(1).write().mode(SaveMode.Overwrite).json(options.output() + "/failures"); //$NON-NLS-1$
		long failed = failures.count();

		JavaRDD<Imported> spread = imported.filter(record -> !record.failed()).repartition(partitions)
				.persist(StorageLevel.MEMORY_AND_DISK());
		JavaRDD<ArticleRow> analysed = spread.map(record -> Analysis.shared().analyse(record));
		Dataset<ArticleRow> articles = spark.createDataset(analysed.rdd(), Encoders.bean(ArticleRow.class))
				.persist(StorageLevel.MEMORY_AND_DISK());
		write(articles.toDF(), options, "articles", false); //$NON-NLS-1$
		long rows = articles.count();

		write(articles.groupBy(col("publisher"), col("licence")).agg(count("*").as("articles")) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				.orderBy(col("articles").desc(), col("publisher"), col("licence")), options, "licences-by-publisher", true); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		Dataset<Row> mentioned = articles.select(col("id").as("article"), explode(col("entities")).as("e")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		write(mentioned.groupBy(col("e.id").as("id"), col("e.type").as("type"), col("e.qid").as("qid")) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
				.agg(first(col("e.label")).as("label"), countDistinct(col("article")).as("articles"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
						sum(col("e.mentions")).as("mentions")) //$NON-NLS-1$ //$NON-NLS-2$
				.orderBy(col("articles").desc(), col("id")), options, "entities", true); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Dataset<Row> found = articles.select(col("id").as("article"), explode(col("findings")).as("f")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		write(found.groupBy(col("f.rule").as("rule"), col("f.severity").as("severity")) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				.agg(count("*").as("findings"), countDistinct(col("article")).as("articles")) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				.orderBy(col("findings").desc(), col("rule")), options, "findings-by-rule", true); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

		JsonObject summary = new JsonObject();
		if (!options.corpus().isEmpty()) {
			summary.addProperty("stored", CorpusOutput.store(spread.toLocalIterator(), java.nio.file.Path.of(options.corpus()))); //$NON-NLS-1$
		}
		if (!options.solr().isEmpty()) {
			LongAccumulator sent = context.sc().longAccumulator("solr"); //$NON-NLS-1$
			long held = SolrOutput.push(spread, options.solr(), options.collection(), sent);
			summary.addProperty("solr", sent.value()); //$NON-NLS-1$
			summary.addProperty("solrCollectionSize", held); //$NON-NLS-1$
		}
		summary.addProperty("articles", rows); //$NON-NLS-1$
		summary.addProperty("failures", failed); //$NON-NLS-1$
		summary.addProperty("partitions", partitions); //$NON-NLS-1$
		summary.addProperty("executors", context.sc().getExecutorMemoryStatus().size() - 1); //$NON-NLS-1$
		summary.addProperty("seconds", Math.round((System.nanoTime() - start) / 1e8) / 10.0); //$NON-NLS-1$
		Path file = new Path(options.output(), "summary.json"); //$NON-NLS-1$
		try (OutputStream out = file.getFileSystem(hadoop).create(file, true)) {
			out.write((summary + "\n").getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$
		}
		articles.unpersist();
		spread.unpersist();
		imported.unpersist();
		return summary;
	}

	/**
	 * Writes {@code data} under {@code output/name} in each format asked for; an aggregate as one file per format,
	 * computed once for both (kept while it is written: a few rows, where computing it again means another pass over
	 * every article, a shuffle and a sort).
	 */
	private static void write(Dataset<Row> data, JobOptions options, String name, boolean small) {
		boolean twice = options.formats().size() > 1;
		Dataset<Row> parts = small ? data.coalesce(1) : data;
		if (small && twice) {
			parts = parts.persist(StorageLevel.MEMORY_AND_DISK());
		}
		try {
			if (options.formats().contains("parquet")) { //$NON-NLS-1$
				parts.write().mode(SaveMode.Overwrite).parquet(options.output() + "/" + name); //$NON-NLS-1$
			}
			if (options.formats().contains("jsonl")) { //$NON-NLS-1$
				parts.write().mode(SaveMode.Overwrite).json(options.output() + "/" + name + (twice ? "-jsonl" : "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
		} finally {
			if (small && twice) {
				parts.unpersist();
			}
		}
	}

	/** The inputs that are files rather than folders or globs: read whatever their name, as the command line does. */
	private static Set<String> namedFiles(JobOptions options, Configuration hadoop) throws IOException {
		Set<String> files = new HashSet<>();
		for (String input : options.inputs()) {
			Path path = new Path(input);
			FileSystem fs = path.getFileSystem(hadoop);
			FileStatus[] matches = fs.globStatus(path);
			if (matches == null || matches.length == 0) {
				throw new IOException(input + ": no such file or folder"); //$NON-NLS-1$
			}
			if (matches.length == 1 && matches[0].isFile()) {
				files.add(matches[0].getPath().toString());
			}
		}
		return files;
	}
}
