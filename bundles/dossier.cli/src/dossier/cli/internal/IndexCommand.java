// SPDX-License-Identifier: EPL-2.0
package dossier.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import dossier.cli.Console;
import dossier.cli.ExitCode;
import dossier.cli.UsageException;
import dossier.core.store.Corpus;
import dossier.solr.SolrPush;
import dossier.solr.SolrUnavailableException;

/**
 * {@code dossier index push --corpus DIR --solr URL --collection NAME}: sends a corpus's articles to a collection of
 * the Dossier configset on a Solr server (a shared team index), with {@link SolrPush}, the code of the Spark job's
 * {@code --solr} output.
 */
@Command(name = "index", header = "send a corpus's articles to a shared index on Solr (index push)", //$NON-NLS-1$ //$NON-NLS-2$
		synopsisHeading = "usage: ", descriptionHeading = "%n", optionListHeading = "%n", exitCodeListHeading = "%nExit status:%n", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		description = { "push: sends every article of the corpus in DIR to the collection NAME on the Solr server at URL " //$NON-NLS-1$
				+ "(http://host:8983/solr; any node of a SolrCloud), in batches, and commits once at the end. The collection " //$NON-NLS-1$
				+ "must have been made with the Dossier configset and its plugin jar (docs/scale-out.md). An article replaces " //$NON-NLS-1$
				+ "the one with its id, so pushing again is safe. Progress on stderr, the count on stdout." }, //$NON-NLS-1$
		exitCodeList = { "0:all sent", "2:usage error, or Solr or the corpus cannot be reached (one line)" }) //$NON-NLS-1$ //$NON-NLS-2$
public class IndexCommand extends ParsedCommand {

	private static final int PROGRESS_EVERY = 10 * SolrPush.BATCH;

	/** The values of ACTION. */
	public static final class Actions extends Choices {
		public Actions() {
			super("push"); //$NON-NLS-1$
		}
	}

	@Parameters(index = "0", paramLabel = "ACTION", completionCandidates = Actions.class, description = "push") //$NON-NLS-1$ //$NON-NLS-2$
	String action;

	@Option(names = { "-c", "--corpus" }, paramLabel = "DIR", required = true, order = 1, description = "the corpus folder") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	Path folder;

	@Option(names = "--solr", paramLabel = "URL", required = true, order = 2, description = "the Solr server, e.g. http://solr1:8983/solr") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	String solr;

	@Option(names = "--collection", paramLabel = "NAME", required = true, order = 3, description = "the collection (of the Dossier configset)") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	String collection;

	@Override
	protected int execute(Console console) throws UsageException {
		if (!"push".equals(action)) { //$NON-NLS-1$
			throw new UsageException("unknown action '" + action + "' (push)"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (!Files.isRegularFile(folder.resolve(Corpus.DESCRIPTOR))) {
			console.error(folder + " is not a corpus (no " + Corpus.DESCRIPTOR + ")"); //$NON-NLS-1$ //$NON-NLS-2$
			return ExitCode.USAGE_OR_IO;
		}
		try (SolrPush push = SolrPush.connect(solr, collection)) {
			SolrPush.Outcome outcome = push.push(folder, sent -> {
				if (sent % PROGRESS_EVERY == 0) {
					console.notes().printf("  %d articles sent%n", sent); //$NON-NLS-1$
				}
			});
			console.out().printf("pushed %d articles to %s; it holds %d%n", outcome.sent(), collection, //$NON-NLS-1$
					outcome.collectionSize());
			return ExitCode.OK;
		} catch (SolrUnavailableException e) {
			console.error(e.getMessage());
			return ExitCode.USAGE_OR_IO;
		} catch (IOException e) {
			console.error("push failed: " + e.getMessage()); //$NON-NLS-1$
			return ExitCode.USAGE_OR_IO;
		}
	}
}
