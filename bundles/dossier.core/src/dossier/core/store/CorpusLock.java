// SPDX-License-Identifier: EPL-2.0
package dossier.core.store;

/**
 * The right to write a corpus, held by one writer at a time across processes ({@link Corpus#lockForWriting}).
 * Closing it gives the right back; a process that dies gives it back too (the operating system releases the
 * lock of a dead process), so a killed import never leaves a corpus locked.
 */
public interface CorpusLock extends AutoCloseable {

	/** Gives the corpus back to other writers. Idempotent. */
	@Override
	void close();
}
