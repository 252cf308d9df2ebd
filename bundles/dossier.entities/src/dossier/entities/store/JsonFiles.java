// SPDX-License-Identifier: EPL-2.0
package dossier.entities.store;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

import com.google.gson.stream.JsonWriter;

import dossier.core.internal.store.AtomicFiles;

/** Atomic writes of pretty, stable JSON: the same content always gives the same bytes. */
final class JsonFiles {

	interface Body {
		void write(JsonWriter json) throws IOException;
	}

	private JsonFiles() {
	}

	static String toJson(Body body) throws IOException {
		StringWriter buffer = new StringWriter();
		write(buffer, body);
		return buffer.toString();
	}

	static void write(Writer writer, Body body) throws IOException {
		JsonWriter json = new JsonWriter(writer);
		json.setIndent("  "); //$NON-NLS-1$
		json.setHtmlSafe(false);
		body.write(json);
		json.flush();
		writer.write('\n');
		writer.flush();
	}

	/**
	 * Writes to a temporary file beside {@code target}, then moves it over {@code target} atomically. The temporary's
	 * name carries this process's id ({@code .NAME.PID-N.tmp}), so that a process killed mid-write leaves a stray
	 * that the next writer can tell from one another live process is writing ({@link #deleteStrays}): the workbench
	 * and the command line may write one corpus's mentions at once, and the corpus's own clean-up leaves them alone.
	 */
	static void writeAtomically(Path target, String content) throws IOException {
		Files.createDirectories(target.toAbsolutePath().getParent());
		Path temp = target.resolveSibling("." + target.getFileName() + "." + PID + "-" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ Long.toHexString(COUNTER.incrementAndGet()) + AtomicFiles.TEMP_SUFFIX);
		try {
			Files.writeString(temp, content, StandardCharsets.UTF_8);
			AtomicFiles.move(temp, target);
		} finally {
			Files.deleteIfExists(temp);
		}
	}

	private static final long PID = ProcessHandle.current().pid();
	private static final AtomicLong COUNTER = new AtomicLong(System.nanoTime());

	/**
	 * Deletes, in {@code folder}, the temporaries of {@link #writeAtomically} whose process is no longer running (killed
	 * mid-write); those of live processes, and every other file, stay.
	 *
	 * @return how many were deleted
	 */
	static int deleteStrays(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return 0;
		}
		int deleted = 0;
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, ".*" + AtomicFiles.TEMP_SUFFIX)) { //$NON-NLS-1$
			for (Path file : entries) {
				String name = file.getFileName().toString();
				int counter = name.lastIndexOf('.', name.length() - AtomicFiles.TEMP_SUFFIX.length() - 1);
				int dash = name.indexOf('-', counter + 1);
				if (counter < 0 || dash < 0) {
					continue;
				}
				long pid;
				try {
					pid = Long.parseLong(name.substring(counter + 1, dash));
				} catch (NumberFormatException e) {
					continue; // not one of ours
				}
				if (pid != PID && ProcessHandle.of(pid).filter(ProcessHandle::isAlive).isEmpty() && Files.deleteIfExists(file)) {
					deleted++;
				}
			}
		}
		return deleted;
	}
}
