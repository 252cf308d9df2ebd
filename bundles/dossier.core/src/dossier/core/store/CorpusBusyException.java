// SPDX-License-Identifier: EPL-2.0
package dossier.core.store;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

import org.eclipse.jdt.annotation.Nullable;

/**
 * Thrown when a corpus cannot be written because another writer holds it: another process (an import on the
 * command line, a workbench) or another part of this one. The message says who and since when, as far as the
 * writer recorded it: "corpus /data/c is being written by process 4242 (dossier import) since 2026-12-06 10:50:02
 * UTC".
 */
public class CorpusBusyException extends IOException {

	private static final long serialVersionUID = 1L;

	private final long pid;
	private final @Nullable Instant since;
	private final @Nullable String purpose;

	public CorpusBusyException(String message, long pid, @Nullable Instant since, @Nullable String purpose) {
		super(message);
		this.pid = pid;
		this.since = since;
		this.purpose = purpose;
	}

	/** The writer's process id, when it recorded one. */
	public OptionalLong pid() {
		return pid > 0 ? OptionalLong.of(pid) : OptionalLong.empty();
	}

	/** When the writer took the corpus, when it recorded it. */
	public Optional<Instant> since() {
		return Optional.ofNullable(since);
	}

	/** What the writer said it does ("dossier import"), when it said it. */
	public Optional<String> purpose() {
		return Optional.ofNullable(purpose);
	}
}
