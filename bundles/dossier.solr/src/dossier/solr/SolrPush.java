// SPDX-License-Identifier: EPL-2.0
package dossier.solr;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.stream.Stream;

import org.apache.solr.client.solrj.request.AbstractUpdateRequest;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.ModifiableSolrParams;

import dossier.core.model.Article;
import dossier.core.store.Corpus;
import dossier.index.CorpusIndexes;
import dossier.index.IndexSource;

/**
 * Sends a corpus's articles to a collection of the Dossier configset ({@code dossier index push}, the Spark job's
 * {@code --solr} output). Articles go in batches of {@link #BATCH}, each batch one update request; an article is
 * replaced by its id, so pushing again (after a failure, or after the corpus changed) is safe. The push commits once,
 * at its end: searchers see all of it or, when a batch fails, none of it until the next commit (the collection's
 * {@code autoCommit} opens no searcher).
 */
public final class SolrPush implements Closeable {

	/** Articles per update request. */
	public static final int BATCH = 200;

	/** What a push did. */
	public record Outcome(long sent, int batches, long collectionSize) {
	}

	private final SolrConnection connection;

	private SolrPush(SolrConnection connection) {
		this.connection = connection;
	}

	/**
	 * Connects to {@code collection} on the Solr server at {@code url}, and checks that both are there.
	 *
	 * @throws SolrUnavailableException when the server cannot be reached or has no such collection (one line)
	 */
	public static SolrPush connect(String url, String collection) throws SolrUnavailableException {
		SolrConnection connection = new SolrConnection(url, collection);
		SolrPush push = new SolrPush(connection);
		try {
			push.count();
		} catch (SolrUnavailableException e) {
			try {
				connection.close();
			} catch (IOException closing) {
				e.addSuppressed(closing);
			}
			throw e;
		}
		return push;
	}

	/** How many articles the collection holds (committed). */
	public long count() throws SolrUnavailableException {
		ModifiableSolrParams params = new ModifiableSolrParams();
		params.set("q", "*:*"); //$NON-NLS-1$ //$NON-NLS-2$
		params.set("defType", "lucene"); //$NON-NLS-1$ //$NON-NLS-2$
		params.set("rows", 0); //$NON-NLS-1$
		return connection.send(new QueryRequest(params)).getResults().getNumFound();
	}

	/**
	 * Pushes every article of the corpus in {@code folder}.
	 *
	 * @param progress told the number of articles sent after each batch
	 * @throws IOException when the corpus cannot be read
	 * @throws SolrUnavailableException when Solr fails or refuses a batch (one line; the batches before were sent)
	 */
	public Outcome push(Path folder, LongConsumer progress) throws IOException {
		if (!Files.isRegularFile(folder.resolve(Corpus.DESCRIPTOR))) {
			throw new IOException("not a Dossier corpus (no " + Corpus.DESCRIPTOR + "): " + folder); //$NON-NLS-1$ //$NON-NLS-2$
		}
		Corpus corpus = Corpus.open(folder);
		IndexSource source = CorpusIndexes.sourceOf(corpus);
		try (Stream<Article> articles = source.articles()) {
			return push(articles.iterator(), source, progress);
		}
	}

	/**
	 * Pushes {@code articles}, mapped as the local index of {@code source} maps them (licence label, path), and
	 * commits.
	 */
	public Outcome push(Iterator<Article> articles, IndexSource source, LongConsumer progress) throws IOException {
		long sent = send(articles, source, progress);
		commit();
		long held = count();
		if (held < sent) {
			// a corpus's ids are distinct, so the collection holds at least what was sent: SolrJ can lose a request's
			// body without an error when a class it needs is missing (solr-api, in an OSGi runtime)
			throw new SolrUnavailableException("Solr at " + connection.url() + ", collection '" + connection.collection() //$NON-NLS-1$ //$NON-NLS-2$
					+ "' holds " + held + " articles after " + sent + " were sent and committed", null); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		return new Outcome(sent, (int) ((sent + BATCH - 1) / BATCH), held);
	}

	/**
	 * Sends {@code articles} without committing: for pushes from many places at once (the partitions of a Spark
	 * job), which one {@link #commit()} makes visible at the end.
	 *
	 * @return how many were sent
	 */
	public long send(Iterator<Article> articles, IndexSource source, LongConsumer progress) throws IOException {
		SolrDocuments documents = new SolrDocuments(source);
		List<SolrInputDocument> batch = new ArrayList<>(BATCH);
		long sent = 0;
		while (articles.hasNext()) {
			batch.add(documents.of(articles.next()));
			if (batch.size() == BATCH || !articles.hasNext()) {
				send(batch, sent);
				sent += batch.size();
				batch.clear();
				progress.accept(sent);
			}
		}
		return sent;
	}

	/** Articles that are in no corpus folder (the Spark job's): no path, the licence label of a local index. */
	public static IndexSource withoutCorpus() {
		return new IndexSource() {
			@Override
			public Path indexFolder() {
				throw new UnsupportedOperationException("articles without a corpus have no index folder"); //$NON-NLS-1$
			}

			@Override
			public String stamp() {
				return ""; //$NON-NLS-1$
			}

			@Override
			public Stream<Article> articles() {
				return Stream.empty();
			}
		};
	}

	private void send(List<SolrInputDocument> batch, long before) throws SolrUnavailableException {
		UpdateRequest update = new UpdateRequest();
		update.add(batch);
		try {
			connection.send(update);
		} catch (SolrUnavailableException e) {
			throw new SolrUnavailableException("articles " + (before + 1) + "-" + (before + batch.size()) //$NON-NLS-1$ //$NON-NLS-2$
					+ " not sent (the " + before + " before were; pushing again is safe): " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** Makes what was sent visible to searches. */
	public void commit() throws SolrUnavailableException {
		UpdateRequest commit = new UpdateRequest();
		commit.setAction(AbstractUpdateRequest.ACTION.COMMIT, true, true);
		connection.send(commit);
	}

	@Override
	public void close() throws IOException {
		connection.close();
	}
}
