// SPDX-License-Identifier: EPL-2.0
package dossier.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;

import dossier.core.store.ArticleJson;
import dossier.core.store.Corpus;
import dossier.core.store.CorpusLock;
import dossier.core.store.PutResult;

/**
 * {@code --corpus DIR}: the job's articles stored in a Dossier corpus folder on the driver's disk, as {@code dossier
 * import --corpus DIR} makes one: the command line reads it ({@code dossier search --corpus DIR}) and the workbench
 * opens it as a corpus project created on that folder (New › Dossier › Corpus, the folder as location). The articles come to the driver one partition at a time;
 * their original bytes are not kept (the corpus's "original" of each is absent). An article whose text the corpus
 * already holds is not stored twice.
 */
final class CorpusOutput {

	private CorpusOutput() {
	}

	/** Stores {@code articles} in the corpus at {@code folder} (created when missing); how many were new or updated. */
	static long store(Iterator<Imported> articles, Path folder) throws IOException {
		Corpus corpus = Corpus.open(folder);
		long stored = 0;
		// the writer lock for the whole run, as dossier import holds it: no other writer in between, and a corpus
		// another process is writing is refused at once (CorpusBusyException names it) rather than article by article
		try (CorpusLock lock = corpus.lockForWriting("dossier spark job", Duration.ZERO)) { //$NON-NLS-1$
			while (articles.hasNext()) {
				PutResult result = corpus.put(ArticleJson.fromJson(articles.next().articleJson()), null);
				stored += result.kind() == PutResult.Kind.DUPLICATE ? 0 : 1;
			}
		}
		return stored;
	}
}
