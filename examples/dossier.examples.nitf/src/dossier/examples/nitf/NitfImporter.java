// SPDX-License-Identifier: EPL-2.0
package dossier.examples.nitf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

import dossier.core.model.Article;
import dossier.core.model.Block;
import dossier.core.model.BlockType;
import dossier.core.model.Credit;
import dossier.core.model.LicenceStatement;
import dossier.core.model.TextDirection;
import dossier.core.model.TextSpan;
import dossier.ingest.ImportContext;
import dossier.ingest.ImportException;
import dossier.ingest.Importer;
import dossier.ingest.Source;

/**
 * Reads NITF (News Industry Text Format, 3.x) documents: one article per file, with its headline, byline,
 * issue date, language, publisher, copyright holder, rights note, paragraphs and subheadings, and the captions
 * and producers of its media (which the licence checker then sees as third-party items).
 * <p>
 * Only Dossier's API is used: {@link Importer}, {@link ImportContext}, the article model. The XML parser is the
 * JDK's, configured as every importer of untrusted XML must be: a DOCTYPE is allowed (real NITF files name their
 * DTD) but no external DTD, entity or schema is ever fetched, and secure processing caps entity expansion.
 */
public final class NitfImporter implements Importer {

	/** The importer's id, as in plugin.xml; recorded in each article's provenance. */
	public static final String ID = "dossier.examples.nitf"; //$NON-NLS-1$

	private static final Pattern ROOT = Pattern.compile("<(?:[A-Za-z][\\w.-]*:)?nitf[\\s>]"); //$NON-NLS-1$
	private static final Pattern BASIC_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(?:T.*)?"); //$NON-NLS-1$
	private static final Pattern BY = Pattern.compile("^(?:by|di|par|por|von|بقلم)\\s+", Pattern.CASE_INSENSITIVE); //$NON-NLS-1$

	@Override
	public int sniff(Source source, byte[] head) {
		String start = new String(head, StandardCharsets.ISO_8859_1);
		if (ROOT.matcher(start).find()) {
			return CERTAIN;
		}
		return source.lowerFileName().endsWith(".nitf") ? LIKELY : 0; //$NON-NLS-1$
	}

	@Override
	public void read(Source source, ImportContext context) throws ImportException, IOException {
		Element nitf = parse(source).getDocumentElement();
		if (!"nitf".equals(localName(nitf))) { //$NON-NLS-1$
			throw new ImportException("not an NITF document: the root element is <" + nitf.getTagName() + ">"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		Element head = child(nitf, "head"); //$NON-NLS-1$
		Element body = child(nitf, "body"); //$NON-NLS-1$
		Element docdata = child(head, "docdata"); //$NON-NLS-1$
		Element bodyHead = child(body, "body.head"); //$NON-NLS-1$

		String title = text(child(child(bodyHead, "hedline"), "hl1")); //$NON-NLS-1$ //$NON-NLS-2$
		if (title.isEmpty()) {
			title = text(child(head, "title")); //$NON-NLS-1$
		}
		StringBuilder text = new StringBuilder();
		List<Block> blocks = new ArrayList<>();
		List<Credit> credits = new ArrayList<>();
		append(text, blocks, BlockType.TITLE, title);
		collect(child(body, "body.content"), text, blocks, credits); //$NON-NLS-1$
		String tagline = text(child(child(body, "body.end"), "tagline")); //$NON-NLS-1$ //$NON-NLS-2$
		append(text, blocks, BlockType.PARAGRAPH, tagline);
		if (blocks.size() <= 1) {
			throw new ImportException("NITF document without body text"); //$NON-NLS-1$
		}

		Article.Builder article = Article.builder(text.toString()).title(title.isEmpty() ? null : title).blocks(blocks)
				.credits(credits);
		for (Element byline : children(bodyHead, "byline")) { //$NON-NLS-1$
			Element person = child(byline, "person"); //$NON-NLS-1$
			String name = BY.matcher(person != null ? text(person) : text(byline)).replaceFirst(""); //$NON-NLS-1$
			if (!name.isEmpty()) {
				article.addAuthor(name);
			}
		}
		String language = attribute(nitf, "xml:lang"); //$NON-NLS-1$
		if (!language.isEmpty()) {
			article.language(language.toLowerCase(Locale.ROOT));
		}
		article.direction(TextDirection.firstStrong(text, TextDirection.LTR));
		String issued = isoDate(attribute(child(docdata, "date.issue"), "norm")); //$NON-NLS-1$ //$NON-NLS-2$
		if (issued != null) {
			article.published(issued);
		}
		Element pubdata = child(head, "pubdata"); //$NON-NLS-1$
		Element copyright = child(docdata, "doc.copyright"); //$NON-NLS-1$
		String publisher = attribute(pubdata, "name"); //$NON-NLS-1$
		article.publisher(!publisher.isEmpty() ? publisher : blankToNull(attribute(copyright, "holder"))); //$NON-NLS-1$
		String url = attribute(pubdata, "ex-ref"); //$NON-NLS-1$
		if (url.startsWith("http://") || url.startsWith("https://")) { //$NON-NLS-1$ //$NON-NLS-2$
			article.sourceUrl(url);
		}
		if (copyright != null && !attribute(copyright, "holder").isEmpty()) { //$NON-NLS-1$
			String year = attribute(copyright, "year"); //$NON-NLS-1$
			credits.add(0, new Credit("© " + (year.isEmpty() ? "" : year + " ") + attribute(copyright, "holder"), null)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			article.credits(credits);
		}
		// The licence, where a newsroom system writes it: the rights' limitations, or a <meta name="license">.
		String limitations = attribute(child(docdata, "doc.rights"), "limitations"); //$NON-NLS-1$ //$NON-NLS-2$
		if (!limitations.isEmpty()) {
			article.addLicence(new LicenceStatement(LicenceStatement.Origin.META, limitations, null, null));
		}
		for (Element meta : children(head, "meta")) { //$NON-NLS-1$
			String name = attribute(meta, "name").toLowerCase(Locale.ROOT); //$NON-NLS-1$
			String content = attribute(meta, "content"); //$NON-NLS-1$
			if (!content.isEmpty() && (name.equals("license") || name.equals("dc.rights") || name.equals("copyright"))) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				String link = content.startsWith("http://") || content.startsWith("https://") ? content : null; //$NON-NLS-1$ //$NON-NLS-2$
				article.addLicence(new LicenceStatement(LicenceStatement.Origin.META, content, link, null));
			}
		}
		article.provenance(context.provenance(source, ID, "UTF-8", List.of(), List.of())); //$NON-NLS-1$
		context.add(article.build(), source.bytes());
	}

	private static Document parse(Source source) throws ImportException, IOException {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://xml.org/sax/features/external-general-entities", false); //$NON-NLS-1$
			factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false); //$NON-NLS-1$
			factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false); //$NON-NLS-1$
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, ""); //$NON-NLS-1$
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, ""); //$NON-NLS-1$
			factory.setXIncludeAware(false);
			factory.setExpandEntityReferences(false);
			DocumentBuilder builder = factory.newDocumentBuilder();
			builder.setErrorHandler(new DefaultHandler() {
				@Override
				public void fatalError(SAXParseException e) throws SAXException {
					throw e; // and nothing printed to the console
				}
			});
			builder.setEntityResolver((publicId, systemId) -> new InputSource(new ByteArrayInputStream(new byte[0])));
			InputSource input = new InputSource(new ByteArrayInputStream(source.bytes()));
			input.setSystemId(source.name());
			return builder.parse(input);
		} catch (SAXException e) {
			String message = e.getMessage() == null ? e.toString() : e.getMessage();
			throw new ImportException("malformed NITF XML: " + message.lines().findFirst().orElse("")); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (ParserConfigurationException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Paragraphs, subheadings and media captions in document order, nested blocks included. */
	private static void collect(Element parent, StringBuilder text, List<Block> blocks, List<Credit> credits) {
		if (parent == null) {
			return;
		}
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (!(node instanceof Element element)) {
				continue;
			}
			switch (localName(element)) {
			case "p" -> append(text, blocks, BlockType.PARAGRAPH, text(element)); //$NON-NLS-1$
			case "hl2" -> append(text, blocks, BlockType.HEADING, text(element)); //$NON-NLS-1$
			case "bq" -> append(text, blocks, BlockType.QUOTE, text(element)); //$NON-NLS-1$
			case "media" -> { //$NON-NLS-1$
				String caption = text(child(element, "media-caption")); //$NON-NLS-1$
				String producer = text(child(element, "media-producer")); //$NON-NLS-1$
				String line = producer.isEmpty() ? caption : (caption + " " + producer).strip(); //$NON-NLS-1$
				int start = text.length() + (text.length() == 0 ? 0 : 2);
				append(text, blocks, BlockType.CAPTION, line);
				if (!producer.isEmpty()) {
					int at = start + line.length() - producer.length();
					credits.add(new Credit(producer, new TextSpan(at, at + producer.length())));
				}
			}
			default -> collect(element, text, blocks, credits); // block, ol/ul, table cells...: look inside
			}
		}
	}

	private static void append(StringBuilder text, List<Block> blocks, BlockType type, String line) {
		if (line.isEmpty()) {
			return;
		}
		if (text.length() > 0) {
			text.append("\n\n"); //$NON-NLS-1$
		}
		int start = text.length();
		text.append(line);
		blocks.add(new Block(type, new TextSpan(start, text.length()), TextDirection.firstStrong(line, TextDirection.LTR)));
	}

	/** {@code 20240619T120000+0000} (NITF's basic ISO 8601) or an extended date, as {@code 2024-06-19}. */
	static String isoDate(String norm) {
		Matcher basic = BASIC_DATE.matcher(norm);
		if (basic.matches()) {
			return basic.group(1) + "-" + basic.group(2) + "-" + basic.group(3); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return norm.matches("\\d{4}-\\d{2}-\\d{2}.*") ? norm.substring(0, 10) : null; //$NON-NLS-1$
	}

	private static String localName(Node node) {
		return node.getLocalName() != null ? node.getLocalName() : node.getNodeName();
	}

	private static Element child(Element parent, String name) {
		List<Element> found = children(parent, name);
		return found.isEmpty() ? null : found.get(0);
	}

	private static List<Element> children(Element parent, String name) {
		List<Element> found = new ArrayList<>();
		if (parent != null) {
			NodeList nodes = parent.getChildNodes();
			for (int i = 0; i < nodes.getLength(); i++) {
				if (nodes.item(i) instanceof Element element && name.equals(localName(element))) {
					found.add(element);
				}
			}
		}
		return found;
	}

	/** The element's text with white space collapsed, or "" for none. */
	private static String text(Element element) {
		return element == null ? "" : element.getTextContent().replaceAll("\\s+", " ").strip(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private static String attribute(Element element, String name) {
		return element == null ? "" : element.getAttribute(name).strip(); //$NON-NLS-1$
	}

	private static String blankToNull(String value) {
		return value.isEmpty() ? null : value;
	}
}
