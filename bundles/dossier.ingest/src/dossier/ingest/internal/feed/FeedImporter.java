// SPDX-License-Identifier: EPL-2.0
package dossier.ingest.internal.feed;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.Nullable;
import org.jdom2.Attribute;
import org.jdom2.Element;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.xml.sax.InputSource;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;

import dossier.core.model.Article;
import dossier.core.model.BlockType;
import dossier.core.model.LicenceStatement;
import dossier.ingest.ImportContext;
import dossier.ingest.ImportException;
import dossier.ingest.Importer;
import dossier.ingest.Source;
import dossier.ingest.TextDecoder;
import dossier.ingest.internal.ArticleText;
import dossier.ingest.internal.Messages;
import dossier.ingest.internal.html.HtmlBlocks;

/**
 * RSS 0.9x/1.0/2.0 and Atom feeds (Rome): one article per item or entry, with its creators, dates and the
 * licence elements of the item and of the feed ({@code cc:license}, {@code creativeCommons:license},
 * {@code atom:rights}, {@code dc:rights}, Atom {@code link rel="license"}, RSS {@code copyright}).
 * <p>
 * A feed whose DOCTYPE only names an external DTD (RSS 0.91's) is read with the declaration dropped, the DTD
 * never fetched; any other DOCTYPE or ENTITY is refused before parsing, and Rome's parser refuses DOCTYPEs and
 * does not expand external entities: XXE is impossible. The original bytes kept beside each article are the whole feed.
 */
public class FeedImporter implements Importer {

	public static final String ID = "dossier.ingest.feed"; //$NON-NLS-1$

	static {
		// Rome logs through slf4j, which has no provider here and would say so on stderr, in the middle of the
		// command line's output; an explicit setting by the user wins
		if (System.getProperty("slf4j.internal.verbosity") == null) { //$NON-NLS-1$
			System.setProperty("slf4j.internal.verbosity", "ERROR"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private static final Pattern DOCTYPE = Pattern.compile("(?i)<!DOCTYPE|<!ENTITY"); //$NON-NLS-1$
	/** A prolog whose DOCTYPE only names an external DTD (PUBLIC or SYSTEM, no internal subset); group 1 is the declaration. */
	private static final Pattern EXTERNAL_DOCTYPE = Pattern.compile(
			"(?is)\\A\\s*(?:<\\?xml[^>]*\\?>\\s*)?(?:<!--.*?-->\\s*)*(<!DOCTYPE\\s+\\w+\\s+(?:PUBLIC\\s+(?:\"[^\"]*\"|'[^']*')\\s*|SYSTEM\\s*)(?:\"[^\"]*\"|'[^']*')?\\s*>)"); //$NON-NLS-1$
	private static final String CC_RDF = "http://web.resource.org/cc/"; //$NON-NLS-1$
	private static final String CC_NS = "http://creativecommons.org/ns#"; //$NON-NLS-1$
	private static final String CC_USERLAND = "http://backend.userland.com/creativeCommonsRssModule"; //$NON-NLS-1$

	@Override
	public int sniff(Source source, byte[] head) {
		String start = new String(head, StandardCharsets.ISO_8859_1);
		int root = firstElement(start);
		if (root < 0) {
			// a prolog longer than the head: an XML file named like a feed is probably one
			String name = source.lowerFileName();
			boolean named = name.endsWith(".rss") || name.endsWith(".atom") || name.endsWith(".xml"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			return named && start.stripLeading().startsWith("<") ? LIKELY : 0; //$NON-NLS-1$
		}
		String element = start.substring(root, Math.min(start.length(), root + 200));
		if (element.startsWith("<rss") || element.startsWith("<rdf:RDF") || element.startsWith("<feed") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				&& element.contains("http://www.w3.org/2005/Atom")) { //$NON-NLS-1$
			return CERTAIN;
		}
		return 0;
	}

	/** Index of the first element after the prolog (declaration, comments, processing instructions, DOCTYPE). */
	private static int firstElement(String s) {
		int i = 0;
		while (true) {
			i = s.indexOf('<', i);
			if (i < 0 || i + 1 >= s.length()) {
				return -1;
			}
			char c = s.charAt(i + 1);
			if (c != '?' && c != '!') {
				return i;
			}
			i++;
		}
	}

	@Override
	public void read(Source source, ImportContext context) throws ImportException {
		TextDecoder.Decoded decoded = TextDecoder.decode(source.bytes(), source.declaredCharset());
		String xml = decoded.text();
		// RSS 0.91 feeds declare Netscape's DTD by its public identifier: the declaration alone (no internal subset,
		// no entity declared anywhere) is dropped, never fetched; any other DOCTYPE or ENTITY is refused
		Matcher externalOnly = EXTERNAL_DOCTYPE.matcher(xml);
		if (externalOnly.lookingAt()) {
			xml = xml.substring(0, externalOnly.start(1)) + xml.substring(externalOnly.end(1));
		}
		if (DOCTYPE.matcher(xml.substring(0, Math.min(xml.length(), 65536))).find()) {
			throw new ImportException(Messages.format("feedDoctype")); //$NON-NLS-1$
		}
		SyndFeed feed;
		ClassLoader previous = Thread.currentThread().getContextClassLoader();
		try {
			// Rome loads its parsers by name; inside OSGi it must see its own bundle's classes
			Thread.currentThread().setContextClassLoader(SyndFeedInput.class.getClassLoader());
			SyndFeedInput input = new SyndFeedInput(false, Locale.ROOT);
			input.setAllowDoctypes(false);
			input.setPreserveWireFeed(true);
			input.setXmlHealerOn(true);
			// the text without its XML declaration: it is decoded already
			feed = input.build(new InputSource(new StringReader(xml.replaceFirst("^\\s*<\\?xml[^>]*\\?>", "")))); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (FeedException | IllegalArgumentException e) {
			String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
			if (message.toLowerCase(Locale.ROOT).contains("doctype")) { //$NON-NLS-1$
				throw new ImportException(Messages.format("feedDoctype"), e); //$NON-NLS-1$
			}
			throw new ImportException(Messages.format("feedInvalid", message.strip().replaceAll("\\s*\\R\\s*", " ")), e); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		} finally {
			Thread.currentThread().setContextClassLoader(previous);
		}
		List<SyndEntry> entries = feed.getEntries();
		if (entries.isEmpty()) {
			throw new ImportException(Messages.format("feedNoEntries")); //$NON-NLS-1$
		}
		List<String[]> feedLicences = feedLicences(feed);
		String language = feed.getLanguage();
		int n = 0;
		for (SyndEntry entry : entries) {
			n++;
			if (context.isCancelled()) {
				return;
			}
			try {
				Article article = article(source, context, decoded, entry, feed, feedLicences, language);
				if (article == null) {
					context.fail("item " + n, Messages.format("textNoTitle")); //$NON-NLS-1$ //$NON-NLS-2$
				} else {
					context.add(article, source.bytes());
				}
			} catch (RuntimeException e) {
				context.fail("item " + n, e.getClass().getSimpleName() + ": " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
	}

	private static @Nullable Article article(Source source, ImportContext context, TextDecoder.Decoded decoded, SyndEntry entry,
			SyndFeed feed, List<String[]> feedLicences, String language) {
		ArticleText text = new ArticleText();
		String title = entry.getTitle() == null ? "" : Jsoup.parse(entry.getTitle()).text(); //$NON-NLS-1$
		text.add(BlockType.TITLE, title);
		List<String> removed = new ArrayList<>();
		String html = null;
		for (SyndContent content : entry.getContents()) {
			if (content.getValue() != null && !content.getValue().isBlank()) {
				html = content.getValue();
				break;
			}
		}
		String description = entry.getDescription() == null ? null : entry.getDescription().getValue();
		if (html != null && description != null && !description.isBlank()) {
			String lead = Jsoup.parse(description).text();
			if (!lead.isBlank() && !Jsoup.parse(html).text().contains(lead)) {
				text.add(BlockType.LEAD, lead);
			}
		}
		String body = html != null ? html : description;
		if (body != null) {
			Document doc = Jsoup.parseBodyFragment(body, entry.getLink() == null ? "" : entry.getLink()); //$NON-NLS-1$
			var relLicences = HtmlBlocks.relLicences(doc);
			HtmlBlocks.clean(doc.body());
			new HtmlBlocks(text, title, removed, relLicences).append(doc.body());
			relLicences.values().forEach(l -> text.licence(l.origin(), l.text(), l.url()));
		}
		if (!text.hasBody() && title.isBlank()) {
			return null;
		}
		// licence elements: the item's own first, then the feed's
		for (String[] licence : entryLicences(entry)) {
			text.licence(LicenceStatement.Origin.valueOf(licence[0]), licence[1], licence[2]);
		}
		for (String[] licence : feedLicences) {
			text.licence(LicenceStatement.Origin.valueOf(licence[0]), licence[1], licence[2]);
		}
		List<String> authors = new ArrayList<>();
		for (SyndPerson person : entry.getAuthors()) {
			if (person.getName() != null && !person.getName().isBlank()) {
				authors.add(person.getName().strip());
			}
		}
		DCModule dc = (DCModule) entry.getModule(DCModule.URI);
		if (dc != null) {
			for (String creator : dc.getCreators()) {
				if (creator != null && !creator.isBlank() && !authors.contains(creator.strip())) {
					authors.add(creator.strip());
				}
			}
		}
		if (authors.isEmpty() && entry.getAuthor() != null && !entry.getAuthor().isBlank()) {
			authors.add(entry.getAuthor().strip());
		}
		Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
		String link = entry.getLink() != null ? entry.getLink().strip() : null;
		if (link == null && entry.getUri() != null && entry.getUri().startsWith("http")) { //$NON-NLS-1$
			link = entry.getUri();
		}
		String publisher = feed.getTitle() == null ? null : feed.getTitle().strip();
		if (dc != null && dc.getPublisher() != null) {
			publisher = dc.getPublisher();
		}
		return text.builder().authors(authors).published(date == null ? null : date.toInstant().toString())
				.sourceUrl(link).publisher(publisher == null || publisher.isEmpty() ? null : publisher)
				.language(language == null ? null : language.strip().replace('_', '-'))
				.provenance(context.provenance(source, ID, decoded.charset(), removed, decoded.warnings())).build();
	}

	/** {origin, text, url} of the feed's own licence elements. */
	private static List<String[]> feedLicences(SyndFeed feed) {
		List<String[]> licences = new ArrayList<>();
		Object wire = feed.originalWireFeed();
		if (wire instanceof Feed atom) {
			add(licences, atom.getRights(), null);
			for (Link link : atom.getOtherLinks()) {
				if ("license".equalsIgnoreCase(link.getRel())) { //$NON-NLS-1$
					licences.add(new String[] { LicenceStatement.Origin.REL_LICENSE.name(),
							link.getTitle() != null ? link.getTitle() : link.getHref(), link.getHref() });
				}
			}
		} else if (wire instanceof Channel channel) {
			add(licences, channel.getCopyright(), null);
		}
		DCModule dc = (DCModule) feed.getModule(DCModule.URI);
		if (dc != null) {
			for (String rights : dc.getRightsList()) {
				add(licences, rights, null);
			}
		}
		foreign(licences, feed.getForeignMarkup());
		if (wire instanceof Channel channel) {
			foreign(licences, channel.getForeignMarkup());
		}
		return licences;
	}

	private static List<String[]> entryLicences(SyndEntry entry) {
		List<String[]> licences = new ArrayList<>();
		Object wire = entry.getWireEntry();
		if (wire instanceof Entry atom) {
			add(licences, atom.getRights(), null);
			for (Link link : atom.getOtherLinks()) {
				if ("license".equalsIgnoreCase(link.getRel())) { //$NON-NLS-1$
					licences.add(new String[] { LicenceStatement.Origin.REL_LICENSE.name(),
							link.getTitle() != null ? link.getTitle() : link.getHref(), link.getHref() });
				}
			}
			foreign(licences, atom.getForeignMarkup());
		} else if (wire instanceof Item item) {
			foreign(licences, item.getForeignMarkup());
		}
		DCModule dc = (DCModule) entry.getModule(DCModule.URI);
		if (dc != null) {
			for (String rights : dc.getRightsList()) {
				add(licences, rights, null);
			}
		}
		foreign(licences, entry.getForeignMarkup());
		return licences;
	}

	/** {@code cc:license} (both namespaces, text or {@code rdf:resource}) and {@code creativeCommons:license}. */
	private static void foreign(List<String[]> licences, List<Element> markup) {
		if (markup == null) {
			return;
		}
		for (Element element : markup) {
			String ns = element.getNamespaceURI();
			if (!element.getName().equalsIgnoreCase("license") //$NON-NLS-1$
					|| !(CC_RDF.equals(ns) || CC_NS.equals(ns) || CC_USERLAND.equals(ns))) {
				continue;
			}
			String url = element.getTextTrim();
			if (url.isEmpty()) {
				for (Attribute attribute : element.getAttributes()) {
					if (attribute.getName().equals("resource")) { //$NON-NLS-1$
						url = attribute.getValue().strip();
					}
				}
			}
			if (!url.isEmpty()) {
				String found = url;
				String[] licence = { LicenceStatement.Origin.FEED.name(), found, found };
				if (licences.stream().noneMatch(l -> l[1].equals(found))) {
					licences.add(licence);
				}
			}
		}
	}

	private static void add(List<String[]> licences, String rights, @Nullable String url) {
		if (rights != null && !rights.isBlank()) {
			String clean = Jsoup.parse(rights).text();
			if (licences.stream().noneMatch(l -> l[1].equals(clean))) {
				licences.add(new String[] { LicenceStatement.Origin.FEED.name(), clean, url });
			}
		}
	}
}
