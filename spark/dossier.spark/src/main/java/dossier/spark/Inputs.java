// SPDX-License-Identifier: EPL-2.0
package dossier.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;

import org.apache.spark.input.PortableDataStream;

import dossier.core.model.Article;
import dossier.core.store.ArticleJson;
import dossier.ingest.Importers;
import dossier.ingest.Ingest;
import dossier.ingest.IngestOptions;
import dossier.ingest.Source;

/**
 * Reads one input file of the job into {@link Imported} records, through the same importers as {@code dossier
 * import}: a web archive (WARC, WARC.gz) streamed record by record, so that a crawl's gigabyte file never sits in
 * memory; any other file (JSON Lines, HTML, feeds, text, .zip) read whole, up to the importers' size limit. Bad
 * input is a failure record, never an exception: one bad file or record never stops the job.
 */
public final class Inputs {

	private static final Ingest INGEST = new Ingest(Importers.available(), IngestOptions.defaults());

	private Inputs() {
	}

	/** Whether a folder's file is read, as {@code dossier check} decides: an article file name, not a README. */
	public static boolean wanted(String uri) {
		Path name = Path.of(fileName(uri));
		return !Ingest.isFolderDocument(name.toString()) && INGEST.isArticleFileName(name);
	}

	/** The records of one file; {@code uri} is its Hadoop path, named in reports as a local path when it is one. */
	public static Iterator<Imported> read(String uri, PortableDataStream data) {
		String name = displayName(uri);
		if (isWarc(uri)) {
			InputStream in;
			Iterator<Ingest.Reading> readings;
			try {
				in = data.open();
				readings = INGEST.readWarc(name, in);
			} catch (IOException | RuntimeException e) {
				return List.of(Imported.failure(name, name + ": cannot read: " + oneLine(e))).iterator(); //$NON-NLS-1$
			}
			return new Flattening(name, readings, in);
		}
		long max = INGEST.options().maxBytes();
		byte[] bytes;
		try (InputStream in = data.open()) {
			bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
		} catch (IOException | RuntimeException e) {
			return List.of(Imported.failure(name, name + ": cannot read: " + oneLine(e))).iterator(); //$NON-NLS-1$
		}
		if (bytes.length > max) {
			return List.of(Imported.failure(name, name + ": larger than " + Ingest.megabytes(max))).iterator(); //$NON-NLS-1$
		}
		Source source = Source.of(name, bytes);
		if (source == null) {
			return Collections.emptyIterator();
		}
		Ingest.Reading reading = INGEST.read(source);
		List<Imported> records = new ArrayList<>();
		add(name, reading, records);
		return records.iterator();
	}

	private static void add(String name, Ingest.Reading reading, List<Imported> into) {
		for (Article article : reading.articles()) {
			String source = article.provenance() == null ? name : article.provenance().source();
			into.add(Imported.article(source, ArticleJson.toJsonLine(article)));
		}
		for (String failure : reading.failures()) {
			into.add(Imported.failure(name, failure.startsWith(name) ? failure : name + ": " + failure)); //$NON-NLS-1$
		}
	}

	static boolean isWarc(String uri) {
		String lower = fileName(uri).toLowerCase(Locale.ROOT);
		return lower.endsWith(".warc") || lower.endsWith(".warc.gz"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String fileName(String uri) {
		String path = uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri; //$NON-NLS-1$
		return path.substring(path.lastIndexOf('/') + 1);
	}

	/** {@code file:/data/crawl.warc.gz} as {@code /data/crawl.warc.gz}, as the command line names it; other URIs as they are. */
	static String displayName(String uri) {
		try {
			URI parsed = URI.create(uri);
			if ("file".equals(parsed.getScheme())) { //$NON-NLS-1$
				return Path.of(parsed).toString();
			}
		} catch (IllegalArgumentException e) {
			// not a URI: keep it
		}
		return uri;
	}

	private static String oneLine(Throwable e) {
		String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
		return message.strip().replaceAll("\\s*\\R\\s*", " "); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** A web archive's readings as records, pulled as Spark pulls them; closes the stream at the end. */
	private static final class Flattening implements Iterator<Imported> {
		private final String name;
		private final Iterator<Ingest.Reading> readings;
		private final InputStream in;
		private final List<Imported> pending = new ArrayList<>();
		private boolean closed;

		Flattening(String name, Iterator<Ingest.Reading> readings, InputStream in) {
			this.name = name;
			this.readings = readings;
			this.in = in;
		}

		@Override
		public boolean hasNext() {
			while (pending.isEmpty() && !closed) {
				if (readings.hasNext()) {
					add(name, readings.next(), pending);
				} else {
					close();
				}
			}
			return !pending.isEmpty();
		}

		@Override
		public Imported next() {
			if (!hasNext()) {
				throw new NoSuchElementException();
			}
			return pending.remove(0);
		}

		private void close() {
			closed = true;
			try {
				in.close();
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
	}
}
