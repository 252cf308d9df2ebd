// SPDX-License-Identifier: EPL-2.0
package dossier.ingest.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import dossier.ingest.Importers;
import dossier.ingest.Ingest;
import dossier.ingest.IngestOptions;
import dossier.ingest.Source;

/** Reads the test fixtures (in this fragment's fixtures/ folder) through the class loader. */
final class Fixtures {

	private Fixtures() {
	}

	static byte[] bytes(String name) {
		try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
			if (in == null) {
				throw new IllegalArgumentException("no fixture " + name);
			}
			return in.readAllBytes();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static Source source(String name) {
		return Source.of(name, bytes(name));
	}

	static Ingest ingest() {
		return new Ingest(Importers.builtIn(), IngestOptions.defaults());
	}
}
