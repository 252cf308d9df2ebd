// SPDX-License-Identifier: EPL-2.0
package dossier.ingest.internal.warc;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

import org.eclipse.jdt.annotation.Nullable;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

import dossier.core.model.Article;
import dossier.core.model.Provenance;
import dossier.ingest.ImportContext;
import dossier.ingest.ImportException;
import dossier.ingest.Importer;
import dossier.ingest.Source;
import dossier.ingest.internal.Messages;

/**
 * WARC files, plain or gzipped (jwarc): each response record with an HTML payload becomes an article, read by
 * the HTML importer with the record's HTTP {@code Content-Type} (charset), target URI and date. A truncated or
 * corrupt archive keeps the records read before the damage and reports one line.
 */
public class WarcImporter implements Importer {

	public static final String ID = "dossier.ingest.warc"; //$NON-NLS-1$

	@Override
	public int sniff(Source source, byte[] head) {
		if (startsWithWarc(head)) {
			return CERTAIN;
		}
		if (head.length > 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
			try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(head))) {
				byte[] start = in.readNBytes(8);
				return startsWithWarc(start) ? CERTAIN : 0;
			} catch (IOException e) {
				// a gzip head cut short by the 8 KiB window: judge by the name
				return source.lowerFileName().endsWith(".warc.gz") ? LIKELY : 0; //$NON-NLS-1$
			}
		}
		return 0;
	}

	private static boolean startsWithWarc(byte[] bytes) {
		return new String(bytes, 0, Math.min(bytes.length, 8), StandardCharsets.ISO_8859_1).startsWith("WARC/"); //$NON-NLS-1$
	}

	@Override
	public void read(Source source, ImportContext context) throws ImportException, IOException {
		int records = 0;
		int html = 0;
		try (WarcReader reader = new WarcReader(new ByteArrayInputStream(source.bytes()))) {
			while (!context.isCancelled()) {
				Optional<WarcRecord> next;
				try {
					next = reader.next();
				} catch (IOException | RuntimeException e) {
					context.fail("", Messages.format("warcTruncated", records, oneLine(e))); //$NON-NLS-1$ //$NON-NLS-2$
					break;
				}
				if (next.isEmpty()) {
					break;
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
						long limit = context.options().maxBytes();
						payload = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
						if (payload.length > limit) {
							context.fail(part, Messages.format("tooLarge", "> " + limit / 1_048_576 + " MB", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
									limit / 1_048_576 + " MB")); //$NON-NLS-1$
							continue;
						}
					}
				} catch (IOException | RuntimeException e) {
					context.fail("", Messages.format("warcTruncated", records - 1, oneLine(e))); //$NON-NLS-1$ //$NON-NLS-2$
					break;
				}
				String date = response.date() == null ? null : response.date().toString();
				String fileName = target.replaceFirst("[?#].*$", ""); //$NON-NLS-1$ //$NON-NLS-2$
				fileName = fileName.substring(fileName.lastIndexOf('/') + 1);
				Source page = new Source(source.name() + "!" + target, fileName.isEmpty() ? "index.html" : fileName, //$NON-NLS-1$ //$NON-NLS-2$
						contentType, target, date, payload);
				try {
					context.importNested(page, article -> adjust(article, target, date));
				} catch (ImportException e) {
					context.fail(part, e.getMessage());
				}
			}
		}
		if (html == 0 && records > 0) {
			throw new ImportException(Messages.format("warcNoHtml")); //$NON-NLS-1$
		}
	}

	/** The target URI as source URL; the capture date when the page gives no publication date. */
	private static Article adjust(Article article, String target, @Nullable String date) {
		Article.Builder builder = article.toBuilder().sourceUrl(target);
		if (article.published() == null && date != null) {
			builder.published(date);
			Provenance p = article.provenance();
			if (p != null) {
				List<String> warnings = new ArrayList<>(p.warnings());
				warnings.add(Messages.format("warcDateUsed")); //$NON-NLS-1$
				builder.provenance(new Provenance(p.source(), p.importedAt(), p.importerId(), p.originalSha256(),
						p.charset(), p.removed(), warnings));
			}
		}
		return builder.build();
	}

	private static boolean isHtml(String contentType) {
		if (contentType == null) {
			return false;
		}
		String t = contentType.toLowerCase(Locale.ROOT);
		return t.startsWith("text/html") || t.startsWith("application/xhtml"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String oneLine(Throwable e) {
		String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
		m = m.strip().replaceAll("\\s*\\R\\s*", " "); //$NON-NLS-1$ //$NON-NLS-2$
		return m.length() > 200 ? m.substring(0, 200) + "…" : m; //$NON-NLS-1$
	}
}
