// SPDX-License-Identifier: EPL-2.0
package dossier.solr;

import java.io.Closeable;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.TimeUnit;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrResponse;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.common.SolrException;

/**
 * A Solr server and one collection on it. Any node of a SolrCloud will do: it forwards updates to the shards' leaders
 * and fans searches out over the shards. SolrJ's client over the JDK's own HTTP client: no Jetty or Apache HTTP
 * client is loaded. Failures become {@link SolrUnavailableException}s that say in one line what is wrong.
 */
final class SolrConnection implements Closeable {

	private static final int CONNECT_SECONDS = 10;
	private static final int REQUEST_SECONDS = 120;

	private final String url;
	private final String collection;
	private final SolrClient client;

	/**
	 * @param url the Solr server: {@code http://host:8983/solr} (or {@code http://host:8983}, where {@code /solr} is
	 *            assumed)
	 */
	SolrConnection(String url, String collection) throws SolrUnavailableException {
		this.url = baseUrl(url);
		this.collection = collection.strip();
		if (this.collection.isEmpty() || this.collection.contains("/")) { //$NON-NLS-1$
			throw new SolrUnavailableException("not a collection name: '" + collection + "'", null); //$NON-NLS-1$ //$NON-NLS-2$
		}
		this.client = new HttpJdkSolrClient.Builder(this.url).withDefaultCollection(this.collection)
				.withConnectionTimeout(CONNECT_SECONDS, TimeUnit.SECONDS)
				.withRequestTimeout(REQUEST_SECONDS, TimeUnit.SECONDS).build();
	}

	static String baseUrl(String url) throws SolrUnavailableException {
		String trimmed = url.strip();
		while (trimmed.endsWith("/")) { //$NON-NLS-1$
			trimmed = trimmed.substring(0, trimmed.length() - 1);
		}
		URI uri;
		try {
			uri = URI.create(trimmed);
		} catch (IllegalArgumentException e) {
			throw new SolrUnavailableException("not a Solr URL: '" + url + "'", e); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) { //$NON-NLS-1$ //$NON-NLS-2$
			throw new SolrUnavailableException("not a Solr URL (http://host:8983/solr): '" + url + "'", null); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return uri.getPath() == null || uri.getPath().isEmpty() ? trimmed + "/solr" : trimmed; //$NON-NLS-1$
	}

	String url() {
		return url;
	}

	String collection() {
		return collection;
	}

	/** Sends {@code request} to the collection; a failure is one line that names the server and the collection. */
	<T extends SolrResponse> T send(SolrRequest<T> request) throws SolrUnavailableException {
		try {
			return request.process(client, collection);
		} catch (SolrServerException | IOException | SolrException e) {
			throw explained(e);
		}
	}

	private SolrUnavailableException explained(Exception e) {
		Throwable root = e;
		while (root.getCause() != null && root.getCause() != root) {
			if (root instanceof ConnectException || root instanceof UnknownHostException
					|| root instanceof HttpTimeoutException) {
				break;
			}
			root = root.getCause();
		}
		if (root instanceof ConnectException || root instanceof HttpConnectTimeoutException) {
			return new SolrUnavailableException("cannot reach Solr at " + url + " (connection refused or timed out)", e); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (root instanceof UnknownHostException) {
			return new SolrUnavailableException("cannot reach Solr at " + url + ": unknown host " + root.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (root instanceof HttpTimeoutException) {
			return new SolrUnavailableException("Solr at " + url + " did not answer in time", e); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (e instanceof SolrException solr && solr.code() == 404) {
			return new SolrUnavailableException("no collection '" + collection + "' at " + url //$NON-NLS-1$ //$NON-NLS-2$
					+ " (create it with the Dossier configset: see docs/scale-out.md)", e); //$NON-NLS-1$
		}
		String message = e.getMessage() == null ? e.toString() : e.getMessage();
		return new SolrUnavailableException("Solr at " + url + ", collection '" + collection + "': " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ message.lines().findFirst().orElse(""), e); //$NON-NLS-1$
	}

	@Override
	public void close() throws IOException {
		client.close();
	}
}
