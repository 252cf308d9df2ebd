// SPDX-License-Identifier: EPL-2.0
package dossier.licence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.Nullable;

/** The checker's tab-separated data files (credit holders, publisher policies): UTF-8, "#" comments, blank lines. */
final class DataFiles {

	private DataFiles() {
	}

	/** The rows of {@code data}, each split at its tabs; {@code what} names the file when it is missing. */
	static List<String[]> rows(@Nullable InputStream data, String what) {
		if (data == null) {
			throw new IllegalStateException(what + " data file missing"); //$NON-NLS-1$
		}
		List<String[]> rows = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(data, StandardCharsets.UTF_8))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (!line.isBlank() && !line.startsWith("#")) { //$NON-NLS-1$
					rows.add(line.split("\t")); //$NON-NLS-1$
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return rows;
	}
}
