// SPDX-License-Identifier: EPL-2.0
package dossier.ingest;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

import org.eclipse.jdt.annotation.Nullable;

/**
 * One thing to import: a file, an archive entry, a WARC record's payload, with what is known about it.
 *
 * @param name how reports name it: a path, {@code archive.zip!/dir/page.html}, {@code crawl.warc!https://...}
 * @param fileName the last segment of the name, whose extension hints at the format
 * @param contentType the declared media type with parameters ({@code text/html; charset=windows-1256}), or null
 * @param url the URL it was fetched from (a WARC target URI), or null
 * @param date when it was fetched or published as its container says (a WARC-Date), ISO 8601, or null
 * @param bytes its content
 */
public record Source(String name, String fileName, @Nullable String contentType, @Nullable String url, @Nullable String date, byte[] bytes) {

	public Source {
		Objects.requireNonNull(name);
		Objects.requireNonNull(bytes);
		fileName = fileName == null ? name : fileName;
	}

	/** A source known only by its name and bytes. */
	public static @Nullable Source of(String name, byte[] bytes) {
		int slash = Math.max(name.lastIndexOf('/'), Math.max(name.lastIndexOf('\\'), name.lastIndexOf('!')));
		return new Source(name, name.substring(slash + 1), null, null, null, bytes);
	}

	/** The lower-case file name, for extension tests. */
	public String lowerFileName() {
		return fileName.toLowerCase(Locale.ROOT);
	}

	/** The charset parameter of the content type, or null. */
	public @Nullable String declaredCharset() {
		if (contentType == null) {
			return null;
		}
		for (String parameter : contentType.split(";")) { //$NON-NLS-1$
			String p = parameter.strip();
			if (p.regionMatches(true, 0, "charset=", 0, 8)) { //$NON-NLS-1$
				return p.substring(8).replace("\"", "").replace("'", "").strip(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			}
		}
		return null;
	}

	/** The first {@code max} bytes. */
	public byte[] head(int max) {
		return bytes.length <= max ? bytes : Arrays.copyOf(bytes, max);
	}
}
