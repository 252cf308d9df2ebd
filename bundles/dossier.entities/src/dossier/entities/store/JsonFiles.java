// SPDX-License-Identifier: EPL-2.0
package dossier.entities.store;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

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

	/** Writes to a temporary file beside {@code target}, then moves it over {@code target} atomically. */
	static void writeAtomically(Path target, String content) throws IOException {
		Files.createDirectories(target.toAbsolutePath().getParent());
		AtomicFiles.write(target, content);
	}
}
