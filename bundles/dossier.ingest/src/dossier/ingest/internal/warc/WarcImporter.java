// SPDX-License-Identifier: EPL-2.0
package dossier.ingest.internal.warc;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

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
		try (WarcPages pages = new WarcPages(new ByteArrayInputStream(source.bytes()), source.name(), context.options().maxBytes())) {
			WarcPages.Item item;
			while (!context.isCancelled() && (item = pages.next()) != null) {
				Source page = item.page();
				if (page == null) {
					context.fail(item.part(), item.failure());
					continue;
				}
				try {
					context.importNested(page, article -> adjust(article, page));
				} catch (ImportException e) {
					context.fail(item.part(), e.getMessage());
				}
			}
			if (pages.htmlPages() == 0 && pages.records() > 0) {
				throw new ImportException(Messages.format("warcNoHtml")); //$NON-NLS-1$
			}
		}
	}

	/** The target URI as source URL; the capture date when the page gives no publication date. */
	public static Article adjust(Article article, Source page) {
		String target = page.url();
		String date = page.date();
		Article.Builder builder = target == null ? article.toBuilder() : article.toBuilder().sourceUrl(target);
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
}
