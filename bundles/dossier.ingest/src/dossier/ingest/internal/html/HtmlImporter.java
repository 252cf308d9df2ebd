// SPDX-License-Identifier: EPL-2.0
package dossier.ingest.internal.html;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jdt.annotation.Nullable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import dossier.core.model.Article;
import dossier.core.model.BlockType;
import dossier.core.model.Edition;
import dossier.core.model.LicenceStatement;
import dossier.core.model.TextDirection;
import dossier.ingest.ImportContext;
import dossier.ingest.ImportException;
import dossier.ingest.Importer;
import dossier.ingest.Ingest;
import dossier.ingest.Source;
import dossier.ingest.TextDecoder;
import dossier.ingest.internal.ArticleText;
import dossier.ingest.internal.Messages;

/**
 * HTML pages (jsoup): metadata from {@code <title>}, {@code <meta>}, OpenGraph, schema.org JSON-LD,
 * {@code rel=license}, {@code rel=canonical} and {@code hreflang} alternates, {@code <html lang dir>}; the article text
 * from the main content with navigation, menus, scripts, ads, comment forms and share widgets dropped.
 */
public class HtmlImporter implements Importer {

	public static final String ID = "dossier.ingest.html"; //$NON-NLS-1$
	/** Editions kept from one page: sites list a few dozen languages; a hostile page is not followed further. */
	static final int MAX_EDITIONS = 100;

	@Override
	public int sniff(Source source, byte[] head) {
		String start = new String(head, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
		if (start.contains("<!doctype html") || start.contains("<html")) { //$NON-NLS-1$ //$NON-NLS-2$
			return CERTAIN - 10; // a feed or WARC can embed HTML; their signatures win
		}
		if (start.contains("<body") || start.contains("<head") || start.contains("<p>") || start.contains("<div")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			return LIKELY;
		}
		String name = source.lowerFileName();
		boolean named = name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		// a picture or an archive named .html is not a page: its name alone is no reason to read it
		return named && !Ingest.looksBinary(head) ? POSSIBLE + 5 : 0;
	}

	@Override
	public void read(Source source, ImportContext context) throws ImportException {
		TextDecoder.Decoded decoded = TextDecoder.decode(source.bytes(), source.declaredCharset());
		List<String> warnings = new ArrayList<>(decoded.warnings());
		Document doc = Jsoup.parse(decoded.text(), source.url() == null ? "" : source.url()); //$NON-NLS-1$
		Metadata meta = Metadata.read(doc, warnings);

		Map<Element, LicenceStatement> relLicences = HtmlBlocks.relLicences(doc);
		List<String> removed = new ArrayList<>();
		ArticleText text = new ArticleText();
		if (meta.title != null) {
			text.add(BlockType.TITLE, meta.title);
		}
		HtmlBlocks.clean(doc.body());
		Element content = HtmlBlocks.mainContent(doc.body());
		ArticleText body = text;
		if (meta.description != null && !content.text().contains(meta.description.strip())) {
			body.add(BlockType.LEAD, meta.description.strip());
		}
		new HtmlBlocks(body, meta.title, removed, relLicences).append(content);
		if (!text.hasBody()) {
			throw new ImportException(Messages.format("htmlNoContent")); //$NON-NLS-1$
		}
		for (LicenceStatement statement : relLicences.values()) {
			text.licence(statement.origin(), statement.text(), statement.url());
		}
		for (String[] licence : meta.licences) {
			text.licence(LicenceStatement.Origin.valueOf(licence[0]), licence[1], licence[2]);
		}
		Article.Builder builder = text.builder().publisher(meta.publisher)
				.sourceUrl(source.url() != null ? source.url() : meta.canonical).canonicalUrl(meta.canonical)
				.authors(meta.authors).published(meta.published).language(meta.language).basedOn(meta.basedOn)
				.editions(meta.editions)
				.provenance(context.provenance(source, ID, decoded.charset(), removed, warnings));
		if (meta.direction != null) {
			builder.direction(meta.direction);
		}
		context.add(builder.build(), source.bytes());
	}

	/** What the head and JSON-LD say about the article. */
	static final class Metadata {
		@Nullable String title;
		@Nullable String description;
		@Nullable String publisher;
		@Nullable String canonical;
		@Nullable String published;
		@Nullable String language;
		@Nullable String basedOn;
		@Nullable TextDirection direction;
		List<String> authors = new ArrayList<>();
		/** {@code <link rel=alternate hreflang href>}: the page's editions in other languages. */
		List<Edition> editions = new ArrayList<>();
		/** {origin, text, url} */
		List<String[]> licences = new ArrayList<>();

		static Metadata read(Document doc, List<String> warnings) {
			Metadata m = new Metadata();
			List<String> scripts = new ArrayList<>();
			for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) { //$NON-NLS-1$
				scripts.add(script.data());
			}
			JsonLd ld = JsonLd.find(scripts, warnings);
			m.title = first(ld == null ? null : ld.string("headline"), meta(doc, "og:title"), //$NON-NLS-1$ //$NON-NLS-2$
					meta(doc, "twitter:title"), doc.title(), firstText(doc, "h1")); //$NON-NLS-1$ //$NON-NLS-2$
			m.description = first(ld == null ? null : ld.string("description"), meta(doc, "og:description"), //$NON-NLS-1$ //$NON-NLS-2$
					meta(doc, "description")); //$NON-NLS-1$
			m.publisher = first(ld == null ? null : ld.string("publisher"), meta(doc, "og:site_name"), //$NON-NLS-1$ //$NON-NLS-2$
					meta(doc, "application-name")); //$NON-NLS-1$
			Element canonical = doc.selectFirst("link[rel~=(?i)^canonical$][href]"); //$NON-NLS-1$
			m.canonical = first(canonical == null ? null : canonical.absUrl("href").isEmpty() ? canonical.attr("href") //$NON-NLS-1$ //$NON-NLS-2$
					: canonical.absUrl("href"), meta(doc, "og:url"), ld == null ? null : ld.url("url")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			for (Element alternate : doc.select("link[rel~=(?i)^alternate$][hreflang][href]")) { //$NON-NLS-1$
				String url = alternate.absUrl("href"); //$NON-NLS-1$
				String language = alternate.attr("hreflang").strip(); //$NON-NLS-1$
				if (!url.isEmpty() && !language.isEmpty() && m.editions.size() < MAX_EDITIONS) {
					m.editions.add(new Edition(language, url));
				}
			}
			Element time = doc.selectFirst("article time[datetime], time[datetime]"); //$NON-NLS-1$
			m.published = first(ld == null ? null : ld.string("datePublished"), meta(doc, "article:published_time"), //$NON-NLS-1$ //$NON-NLS-2$
					meta(doc, "date"), meta(doc, "dc.date"), meta(doc, "dcterms.date"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					time == null ? null : time.attr("datetime")); //$NON-NLS-1$
			if (ld != null) {
				m.authors.addAll(ld.names("author")); //$NON-NLS-1$
				m.basedOn = first(ld.url("isBasedOn"), ld.url("translationOfWork"), ld.url("isBasedOnUrl")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				String[] licence = ld.licence();
				if (licence != null) {
					m.licences.add(new String[] { LicenceStatement.Origin.JSON_LD.name(), licence[0], licence[1] });
				}
			}
			if (m.authors.isEmpty()) {
				for (String key : new String[] { "author", "article:author", "dc.creator", "byl" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					String author = meta(doc, key);
					if (author != null && !author.startsWith("http")) { //$NON-NLS-1$
						m.authors.add(author);
						break;
					}
				}
			}
			for (String key : new String[] { "dc.rights", "dcterms.rights", "dc.license", "dcterms.license", "copyright", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
					"rights", "og:rights", "license" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				String value = meta(doc, key);
				if (value != null) {
					boolean url = value.startsWith("http://") || value.startsWith("https://"); //$NON-NLS-1$ //$NON-NLS-2$
					m.licences.add(new String[] { LicenceStatement.Origin.META.name(), value, url ? value : null });
				}
			}
			Element html = doc.selectFirst("html"); //$NON-NLS-1$
			String lang = html == null ? null : first(html.attr("lang"), html.attr("xml:lang")); //$NON-NLS-1$ //$NON-NLS-2$
			m.language = normalizeLanguage(first(lang, meta(doc, "content-language"), //$NON-NLS-1$
					ld == null ? null : ld.language(), meta(doc, "og:locale"))); //$NON-NLS-1$
			String dir = first(html == null ? null : html.attr("dir"), doc.body() == null ? null : doc.body().attr("dir")); //$NON-NLS-1$ //$NON-NLS-2$
			if (dir != null) {
				m.direction = dir.equalsIgnoreCase("rtl") ? TextDirection.RTL //$NON-NLS-1$
						: dir.equalsIgnoreCase("ltr") ? TextDirection.LTR : null; //$NON-NLS-1$
			}
			return m;
		}

		/** {@code <meta name|property|http-equiv=key content>}, case-insensitive. */
		static @Nullable String meta(Document doc, String key) {
			for (Element e : doc.select("meta[content]")) { //$NON-NLS-1$
				for (String attribute : new String[] { "property", "name", "http-equiv", "itemprop" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					if (e.attr(attribute).equalsIgnoreCase(key)) {
						String value = e.attr("content").strip(); //$NON-NLS-1$
						if (!value.isEmpty()) {
							return value;
						}
					}
				}
			}
			return null;
		}

		static @Nullable String firstText(Document doc, String selector) {
			Element e = doc.selectFirst(selector);
			return e == null ? null : e.text();
		}

		static @Nullable String first(@Nullable String... values) {
			for (String value : values) {
				if (value != null && !value.isBlank()) {
					return value.strip();
				}
			}
			return null;
		}
	}

	/** {@code en_US} -> {@code en-US}; {@code ar-sa} -> {@code ar-SA}; junk -> null. */
	static @Nullable String normalizeLanguage(@Nullable String tag) {
		if (tag == null) {
			return null;
		}
		String t = tag.strip().replace('_', '-');
		if (!t.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")) { //$NON-NLS-1$
			return null;
		}
		return Locale.forLanguageTag(t).toLanguageTag();
	}
}
