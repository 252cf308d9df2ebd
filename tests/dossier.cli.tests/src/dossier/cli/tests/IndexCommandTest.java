// SPDX-License-Identifier: EPL-2.0
package dossier.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dossier index push} and {@code dossier search --solr} in the product's OSGi runtime: SolrJ resolves and runs there (its pushes against a real
 * SolrCloud are proved by solr/dossier.solr.tests, SolrCloudIT); a server that cannot be reached and every usage
 * mistake is one line and exit status 2, and nothing is changed.
 */
class IndexCommandTest {

	@TempDir
	Path dir;

	private final InProcessDossier inProcess = new InProcessDossier();

	private Path corpus() throws IOException {
		Path input = Files.createDirectories(dir.resolve("input"));
		Files.writeString(input.resolve("kyiv.txt"), """
				Kyiv, la ricostruzione dei ponti sul Dnipro

				Il comune ha presentato il piano per i tre ponti danneggiati nel 2022.
				""");
		Path corpus = dir.resolve("corpus");
		assertEquals(0, inProcess.run("import", "--corpus", corpus.toString(), input.toString()), inProcess.err());
		return corpus;
	}

	@Test
	void aServerThatCannotBeReachedIsOneLineAndExitTwo() throws IOException {
		Path corpus = corpus();
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		String url = "http://127.0.0.1:" + closedPort + "/solr";
		InProcessDossier run = new InProcessDossier();
		assertEquals(2, run.run("index", "push", "--corpus", corpus.toString(), "--solr", url, "--collection", "news"));
		assertEquals("dossier: cannot reach Solr at " + url + " (connection refused or timed out)", run.err().strip());
		assertEquals("", run.out());
	}

	@Test
	void searchingASharedIndexThatCannotBeReachedIsOneLineAndExitTwo() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		String url = "http://127.0.0.1:" + closedPort + "/solr";
		InProcessDossier run = new InProcessDossier();
		assertEquals(2, run.run("search", "--solr", url, "--collection", "news", "بوتين"));
		assertEquals("dossier: cannot reach Solr at " + url + " (connection refused or timed out)", run.err().strip());
		InProcessDossier both = new InProcessDossier();
		assertEquals(2, both.run("search", "--corpus", dir.toString(), "--solr", url, "--collection", "news", "x"));
		assertTrue(both.err().contains("give either --corpus DIR or --solr URL --collection NAME"), both.err());
		InProcessDossier neither = new InProcessDossier();
		assertEquals(2, neither.run("search", "x"));
		assertTrue(neither.err().contains("give either --corpus DIR or --solr URL --collection NAME"), neither.err());
	}

	@Test
	void usageMistakesAreOneLineAndExitTwo() throws IOException {
		Path corpus = corpus();
		InProcessDossier noCollection = new InProcessDossier();
		assertEquals(2, noCollection.run("index", "push", "--corpus", corpus.toString(), "--solr", "http://solr1:8983/solr"));
		assertTrue(noCollection.err().contains("--collection"), noCollection.err());
		InProcessDossier badUrl = new InProcessDossier();
		assertEquals(2, badUrl.run("index", "push", "--corpus", corpus.toString(), "--solr", "solr1:8983", "--collection", "news"));
		assertTrue(badUrl.err().contains("not a Solr URL"), badUrl.err());
		InProcessDossier notACorpus = new InProcessDossier();
		assertEquals(2, notACorpus.run("index", "push", "--corpus", dir.toString(), "--solr", "http://solr1:8983/solr", "--collection", "news"));
		assertTrue(notACorpus.err().contains("is not a corpus"), notACorpus.err());
		InProcessDossier unknownAction = new InProcessDossier();
		assertEquals(2, unknownAction.run("index", "pull", "--corpus", corpus.toString(), "--solr", "http://solr1:8983/solr", "--collection", "news"));
		assertTrue(unknownAction.err().contains("unknown action 'pull'"), unknownAction.err());
	}
}
