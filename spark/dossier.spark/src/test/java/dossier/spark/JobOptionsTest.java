// SPDX-License-Identifier: EPL-2.0
package dossier.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class JobOptionsTest {

	@Test
	void inputsRepeatAndFormatsDefaultToBoth() {
		JobOptions options = JobOptions.parse("--input", "hdfs:///crawl/*.warc.gz", "-i", "s3a://bucket/feeds", "--output=out");
		assertEquals(List.of("hdfs:///crawl/*.warc.gz", "s3a://bucket/feeds"), options.inputs());
		assertEquals("out", options.output());
		assertEquals(Set.of("parquet", "jsonl"), options.formats());
		assertEquals(0, options.partitions());
		assertEquals("", options.corpus());
		assertEquals("/tmp/c", JobOptions.parse("-i", "a", "-o", "b", "--corpus", "/tmp/c").corpus());
		JobOptions solr = JobOptions.parse("-i", "a", "-o", "b", "--solr", "http://solr1:8983/solr", "--collection=news");
		assertEquals("http://solr1:8983/solr", solr.solr());
		assertEquals("news", solr.collection());
		assertEquals(Set.of("jsonl"), JobOptions.parse("-i", "a", "-o", "b", "--format", "jsonl", "-p", "12").formats());
		assertEquals(12, JobOptions.parse("-i", "a", "-o", "b", "--partitions=12").partitions());
	}

	@Test
	void mistakesAreOneLineErrors() {
		assertEquals("no --input given", assertThrows(IllegalArgumentException.class, () -> JobOptions.parse("--output", "o")).getMessage());
		assertEquals("no --output given", assertThrows(IllegalArgumentException.class, () -> JobOptions.parse("--input", "i")).getMessage());
		assertEquals("--solr and --collection go together",
				assertThrows(IllegalArgumentException.class, () -> JobOptions.parse("-i", "a", "-o", "b", "--solr", "http://s:8983")).getMessage());
		assertEquals("--output needs a value", assertThrows(IllegalArgumentException.class, () -> JobOptions.parse("-i", "a", "--output")).getMessage());
		assertEquals("unknown format 'csv' (parquet, jsonl)",
				assertThrows(IllegalArgumentException.class, () -> JobOptions.parse("-i", "a", "-o", "b", "-f", "csv")).getMessage());
		assertEquals("--partitions takes a positive number, not 'zero'",
				assertThrows(IllegalArgumentException.class, () -> JobOptions.parse("-i", "a", "-o", "b", "-p", "zero")).getMessage());
		assertEquals("unknown argument '--hive'",
				assertThrows(IllegalArgumentException.class, () -> JobOptions.parse("-i", "a", "-o", "b", "--hive", "x")).getMessage());
	}
}
