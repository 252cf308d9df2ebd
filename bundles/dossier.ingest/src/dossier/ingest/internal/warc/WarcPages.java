// SPDX-License-Identifier: EPL-2.0
package dossier.ingest.internal.warc;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.jdt.annotation.Nullable;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

import dossier.core.OneLine;
import dossier.ingest.Source;
import dossier.ingest.internal.Messages;

/**
 * The HTML pages of a web archive, pulled one record at a time from a stream (plain or gzipped WARC, jwarc): the
 * archive is never held in memory, so a crawl's gigabyte WARC.gz reads in the memory of one record. Each
 * {@link #next()} gives a page (a 2xx response with an HTML payload, as a {@link Source} carrying the record's
 * target URI, HTTP {@code Content-Type} and WARC-Date) or a record that could not be read; other records are
 * skipped. A truncated or corrupt archive ends with one failure after the records read before the damage.
 */
public final class WarcPages implements Closeable {

	/** One step: a page to import, or a part that failed ({@code page} null). */
	public record Item(@Nullable Source page, String part, @Nullable String failure) {
	}

	private final WarcReader reader;
	private final String name;
	private final long maxBytes;
	private int records;
	private int html;
	private boolean ended;

	/**
	 * @param name how reports name the archive; pages are named {@code name!target-uri}
	 * @param maxBytes the largest payload read; a larger one is a failure of its record
	 */
	public WarcPages(InputStream in, String name, long maxBytes) throws IOException {
		this.reader = new WarcReader(in);
		this.name = name;
		this.maxBytes = maxBytes;
	}

	/** The next page or failure, or null at the end of the archive. */
	public @Nullable Item next() {
		while (!ended) {
			Optional<WarcRecord> next;
			try {
				next = reader.next();
			} catch (IOException | RuntimeException e) {
				return end(Messages.format("warcTruncated", records, OneLine.of(e))); //$NON-NLS-1$
			}
			if (next.isEmpty()) {
				ended = true;
				return null;
			}
			records++;
			if (!(next.get() instanceof WarcResponse response)) {
				continue;
			}
			String target = response.target();
			String part = "record " + records + " (" + target + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			byte[] payload;
			String contentType;
			try {
				HttpResponse http = response.http();
				contentType = http.headers().first("Content-Type").orElse(null); //$NON-NLS-1$
				if (http.status() < 200 || http.status() >= 300 || !isHtml(contentType)) {
					continue;
				}
				html++;
				try (InputStream body = http.bodyDecoded().stream()) {
					payload = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
					if (payload.length > maxBytes) {
						return new Item(null, part, Messages.format("tooLarge", "> " + maxBytes / 1_048_576 + " MB", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
								maxBytes / 1_048_576 + " MB")); //$NON-NLS-1$
					}
				}
			} catch (IOException | RuntimeException e) {
				return end(Messages.format("warcTruncated", records - 1, OneLine.of(e))); //$NON-NLS-1$
			}
			String date = response.date() == null ? null : response.date().toString();
			String fileName = target.replaceFirst("[?#].*$", ""); //$NON-NLS-1$ //$NON-NLS-2$
			fileName = fileName.substring(fileName.lastIndexOf('/') + 1);
			Source page = new Source(name + "!" + target, fileName.isEmpty() ? "index.html" : fileName, //$NON-NLS-1$ //$NON-NLS-2$
					contentType, target, date, payload);
			return new Item(page, part, null);
		}
		return null;
	}

	private Item end(String failure) {
		ended = true;
		return new Item(null, "", failure); //$NON-NLS-1$
	}

	/** The records read so far, of every type. */
	public int records() {
		return records;
	}

	/** The HTML responses met so far. */
	public int htmlPages() {
		return html;
	}

	@Override
	public void close() throws IOException {
		reader.close();
	}

	private static boolean isHtml(@Nullable String contentType) {
		if (contentType == null) {
			return false;
		}
		String t = contentType.toLowerCase(Locale.ROOT);
		return t.startsWith("text/html") || t.startsWith("application/xhtml"); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
