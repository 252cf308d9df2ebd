// SPDX-License-Identifier: EPL-2.0
package dossier.spark;

import java.io.IOException;
import java.util.Iterator;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.util.LongAccumulator;

import dossier.core.store.ArticleJson;
import dossier.solr.SolrPush;

/**
 * {@code --solr URL --collection NAME}: the job's articles sent to a collection of the Dossier configset (see
 * docs/scale-out.md) by {@link SolrPush}, the code of {@code dossier index push}: each partition sends its articles
 * from its executor in batches, and the driver commits once when all have been sent, so searchers see the whole
 * output or, when a partition fails, none of it.
 */
final class SolrOutput {

	private SolrOutput() {
	}

	/** Fails at once, before any work, when the server or the collection is not there. */
	static void check(String url, String collection) throws IOException {
		try (SolrPush push = SolrPush.connect(url, collection)) {
			push.count();
		}
	}

	/** Sends every article of {@code articles}, commits, and says how many the collection holds. */
	static long push(JavaRDD<Imported> articles, String url, String collection, LongAccumulator sent) throws IOException {
		articles.foreachPartition(partition -> {
			try (SolrPush push = SolrPush.connect(url, collection)) {
				Iterator<Imported> records = partition;
				sent.add(push.send(new Iterator<>() {
					@Override
					public boolean hasNext() {
						return records.hasNext();
					}

					@Override
					public dossier.core.model.Article next() {
						return ArticleJson.fromJson(records.next().articleJson());
					}
				}, SolrPush.withoutCorpus(), count -> {
				}));
			}
		});
		try (SolrPush push = SolrPush.connect(url, collection)) {
			push.commit();
			return push.count();
		}
	}
}
