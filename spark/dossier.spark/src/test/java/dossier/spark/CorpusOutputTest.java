// SPDX-License-Identifier: EPL-2.0
package dossier.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dossier.core.store.Corpus;
import dossier.core.store.CorpusBusyException;
import dossier.core.store.CorpusLock;

/** {@code --corpus}: the job writes the corpus as {@code dossier import} does, holding its writer lock. */
class CorpusOutputTest {

	@Test
	void aCorpusAnotherWriterHoldsIsRefusedAtOnceAndNothingIsWritten(@TempDir Path folder) throws Exception {
		Corpus other = Corpus.open(folder);
		try (CorpusLock lock = other.lockForWriting("dossier import", Duration.ZERO)) {
			CorpusBusyException busy = assertThrows(CorpusBusyException.class,
					() -> CorpusOutput.store(Collections.emptyIterator(), folder));
			assertTrue(busy.getMessage().contains("dossier import"), busy.getMessage());
		}
		assertEquals(0, Corpus.open(folder).size());
		// once the other writer is done, the job's corpus is written
		assertEquals(0, CorpusOutput.store(Collections.emptyIterator(), folder));
		assertTrue(Files.isDirectory(folder));
	}
}
