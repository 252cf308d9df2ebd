// SPDX-License-Identifier: EPL-2.0
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Writes one Markdown reference page per extension point schema (.exsd) found under the given source folders, and
 * an index, into docs/extension-points/. Run by the build (releng/dossier.extensionpoints/pom.xml, phase
 * generate-resources) as a single-file Java program, so it needs nothing but the JDK:
 *
 * <pre>java releng/dossier.extensionpoints/src/ExsdToMarkdown.java docs/extension-points bundles examples</pre>
 *
 * The pages are committed; a build that changes them shows up in {@code git status}. Schemas are parsed with DTDs
 * and external entities disabled.
 */
public final class ExsdToMarkdown {

	private static final String XSD = "http://www.w3.org/2001/XMLSchema";

	record Point(String id, String name, String plugin, String file, String markdown) {
	}

	public static void main(String[] args) throws Exception {
		if (args.length < 2) {
			System.err.println("usage: ExsdToMarkdown OUTPUT_FOLDER SOURCE_FOLDER...");
			System.exit(2);
		}
		Path output = Path.of(args[0]);
		List<Path> schemas = new ArrayList<>();
		for (int i = 1; i < args.length; i++) {
			Path root = Path.of(args[i]);
			if (Files.isDirectory(root)) {
				try (Stream<Path> files = Files.walk(root)) {
					files.filter(p -> p.toString().endsWith(".exsd") && !p.toString().contains("/target/")
							&& !p.toString().contains("/bin/")).sorted().forEach(schemas::add);
				}
			}
		}
		Files.createDirectories(output);
		List<Point> points = new ArrayList<>();
		for (Path schema : schemas) {
			Point point = page(schema, parse(schema));
			write(output.resolve(point.id() + ".md"), point.markdown());
			points.add(point);
		}
		points.sort((a, b) -> a.id().compareTo(b.id()));
		StringBuilder index = new StringBuilder();
		index.append("# Dossier extension points\n\n");
		index.append("Generated from the `.exsd` schemas by `releng/dossier.extensionpoints` (run by `./mvnw verify`;\n");
		index.append("alone: `java releng/dossier.extensionpoints/src/ExsdToMarkdown.java docs/extension-points bundles examples`).\n");
		index.append("Do not edit: change the schema and rebuild. How to contribute: [docs/extending.md](../extending.md).\n\n");
		index.append("| Extension point | Name | Declared by | Schema |\n|---|---|---|---|\n");
		for (Point point : points) {
			index.append("| [`").append(point.id()).append("`](").append(point.id()).append(".md) | ").append(point.name())
					.append(" | `").append(point.plugin()).append("` | `").append(point.file()).append("` |\n");
		}
		write(output.resolve("README.md"), index.toString());
		System.out.println("ExsdToMarkdown: " + points.size() + " extension point pages in " + output);
	}

	private static Document parse(Path schema) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
		factory.setExpandEntityReferences(false);
		DocumentBuilder builder = factory.newDocumentBuilder();
		return builder.parse(schema.toFile());
	}

	private static Point page(Path file, Document document) {
		Element root = document.getDocumentElement();
		Element meta = first(root, "meta.schema");
		String plugin = meta.getAttribute("plugin");
		String id = meta.getAttribute("id");
		String fullId = id.contains(".") ? id : plugin + "." + id;
		String name = meta.getAttribute("name");
		String relative = relativeSchema(file);
		StringBuilder md = new StringBuilder();
		md.append("# ").append(name).append(" (`").append(fullId).append("`)\n\n");
		md.append("<!-- Generated from ").append(relative).append(" by releng/dossier.extensionpoints; do not edit. -->\n\n");
		md.append("- **Identifier:** `").append(fullId).append("`\n");
		md.append("- **Declared by:** bundle `").append(plugin).append("`\n");
		md.append("- **Schema:** `").append(relative).append("`\n");
		String since = section(root, "since");
		if (!since.isEmpty()) {
			md.append("- **Since:** ").append(since.strip()).append('\n');
		}
		md.append("\n## Description\n\n").append(markdown(topDocumentation(root))).append("\n\n");
		md.append("## Configuration markup\n\n");
		for (Element element : directChildren(root, "element")) {
			md.append(elementMarkup(element));
		}
		appendSection(md, "Examples", section(root, "examples"));
		appendSection(md, "API information", section(root, "apiinfo"));
		appendSection(md, "Supplied implementation", section(root, "implementation"));
		appendSection(md, "Copyright", section(root, "copyright"));
		return new Point(fullId, name, plugin, relative, md.toString().strip() + "\n");
	}

	private static String relativeSchema(Path file) {
		String path = file.normalize().toString().replace('\\', '/');
		for (String top : List.of("bundles/", "examples/")) {
			int at = path.lastIndexOf(top);
			if (at >= 0) {
				return path.substring(at);
			}
		}
		return path;
	}

	private static void appendSection(StringBuilder md, String title, String documentation) {
		if (!documentation.isBlank()) {
			md.append("## ").append(title).append("\n\n").append(markdown(documentation)).append("\n\n");
		}
	}

	private static String elementMarkup(Element element) {
		StringBuilder md = new StringBuilder();
		String name = element.getAttribute("name");
		md.append("### `<").append(name).append(">`\n\n");
		String doc = documentationOf(element);
		if (!doc.isBlank()) {
			md.append(markdown(doc)).append("\n\n");
		}
		Element complexType = first(element, "complexType");
		if (complexType == null) {
			md.append("Empty element.\n\n");
			return md.toString();
		}
		String content = contentModel(complexType);
		if (!content.isEmpty()) {
			md.append("Content: ").append(content).append("\n\n");
		}
		List<Element> attributes = directChildren(complexType, "attribute");
		if (!attributes.isEmpty()) {
			md.append("| Attribute | Use | Type | Description |\n|---|---|---|---|\n");
			for (Element attribute : attributes) {
				String type = attribute.getAttribute("type");
				Element metaAttribute = first(attribute, "meta.attribute");
				if (metaAttribute != null) {
					String kind = metaAttribute.getAttribute("kind");
					String basedOn = metaAttribute.getAttribute("basedOn");
					if ("java".equals(kind)) {
						type = "Java class" + (basedOn.isEmpty() ? "" : " implementing `" + basedOn.replaceFirst("^:", "") + "`");
					} else if (!kind.isEmpty()) {
						type = kind;
					}
					if ("true".equals(metaAttribute.getAttribute("translatable"))) {
						type += ", translatable (`%key` in plugin.properties)";
					}
				}
				Element restriction = first(attribute, "restriction");
				if (restriction != null) {
					List<String> values = new ArrayList<>();
					for (Element enumeration : children(restriction, "enumeration")) {
						values.add("`" + enumeration.getAttribute("value") + "`");
					}
					type += ": one of " + String.join(", ", values);
				}
				String use = attribute.getAttribute("use");
				String defaultValue = attribute.getAttribute("value");
				String documentation = documentationOf(attribute);
				if (documentation.isBlank() && "extension".equals(name)) {
					documentation = STANDARD.getOrDefault(attribute.getAttribute("name"), "");
				}
				String description = markdown(documentation).replace("\n\n", "<br>").replace('\n', ' ')
						.replace("|", "\\|");
				if (!defaultValue.isEmpty()) {
					description += " Default: `" + defaultValue + "`.";
				}
				md.append("| `").append(attribute.getAttribute("name")).append("` | ")
						.append(use.isEmpty() ? "optional" : use).append(" | ").append(type).append(" | ")
						.append(description).append(" |\n");
			}
			md.append('\n');
		}
		return md.toString();
	}

	/** What PDE means by the attributes every {@code <extension>} element has, when a schema leaves them blank. */
	private static final Map<String, String> STANDARD = Map.of(
			"point", "The full id of this extension point.",
			"id", "An optional id for this extension, unique within the contributing bundle.",
			"name", "An optional name for this extension.");

	private static String contentModel(Element complexType) {
		for (Node node = complexType.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element group && XSD.equals(group.getNamespaceURI())
					&& List.of("choice", "sequence").contains(group.getLocalName())) {
				return group(group);
			}
		}
		return "";
	}

	private static String group(Element group) {
		List<String> parts = new ArrayList<>();
		for (Node node = group.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element child && XSD.equals(child.getNamespaceURI())) {
				if ("element".equals(child.getLocalName())) {
					parts.add("`<" + child.getAttribute("ref") + ">`" + occurs(child));
				} else if (List.of("choice", "sequence").contains(child.getLocalName())) {
					parts.add(group(child));
				}
			}
		}
		String joined = String.join("choice".equals(group.getLocalName()) ? " or " : ", then ", parts);
		return "(" + joined + ")" + occurs(group);
	}

	private static String occurs(Element element) {
		String min = element.getAttribute("minOccurs");
		String max = element.getAttribute("maxOccurs");
		min = min.isEmpty() ? "1" : min;
		max = max.isEmpty() ? "1" : max;
		if (min.equals("1") && max.equals("1")) {
			return "";
		}
		return " × " + min + ".." + ("unbounded".equals(max) ? "n" : max);
	}

	/** Schema-level documentation: the annotation directly under the schema without a meta.section. */
	private static String topDocumentation(Element root) {
		for (Element annotation : directChildren(root, "annotation")) {
			if (first(annotation, "meta.section") == null) {
				Element documentation = first(annotation, "documentation");
				if (documentation != null) {
					return documentation.getTextContent();
				}
			}
		}
		return "";
	}

	private static String section(Element root, String type) {
		for (Element annotation : directChildren(root, "annotation")) {
			Element section = first(annotation, "meta.section");
			if (section != null && type.equals(section.getAttribute("type"))) {
				Element documentation = first(annotation, "documentation");
				return documentation == null ? "" : documentation.getTextContent();
			}
		}
		return "";
	}

	private static String documentationOf(Element element) {
		for (Element annotation : directChildren(element, "annotation")) {
			Element documentation = first(annotation, "documentation");
			if (documentation != null) {
				return documentation.getTextContent();
			}
		}
		return "";
	}

	private static final Pattern PRE = Pattern.compile("(?is)<pre>(.*?)</pre>");

	/** The HTML subset PDE schemas use (p, code, pre, ul/li, b, i, a) as Markdown. */
	static String markdown(String html) {
		StringBuilder out = new StringBuilder();
		Matcher pre = PRE.matcher(html);
		int last = 0;
		while (pre.find()) {
			out.append(inline(html.substring(last, pre.start())));
			out.append("\n\n```").append(pre.group(1).trim().startsWith("<") ? "xml" : "java").append('\n')
					.append(dedent(unescape(pre.group(1)))).append("\n```\n\n");
			last = pre.end();
		}
		out.append(inline(html.substring(last)));
		return out.toString().replaceAll("\n{3,}", "\n\n").strip();
	}

	private static String inline(String html) {
		String text = html.replaceAll("\\s+", " ");
		text = text.replaceAll("(?i)<code>(.*?)</code>", "`$1`");
		text = text.replaceAll("(?i)</?(?:b|strong)>", "**").replaceAll("(?i)</?(?:i|em)>", "*");
		text = text.replaceAll("(?i)<a href=\"([^\"]*)\">(.*?)</a>", "[$2]($1)");
		text = text.replaceAll("(?i)\\s*<li>\\s*", "\n- ").replaceAll("(?i)\\s*</?(?:ul|ol)>\\s*", "\n\n");
		text = text.replaceAll("(?i)\\s*<p>\\s*", "\n\n").replaceAll("(?i)\\s*</p>\\s*", "\n\n")
				.replaceAll("(?i)\\s*<br\\s*/?>\\s*", "\n");
		text = text.replaceAll("(?i)</?li>", "");
		return unescape(text).replaceAll("(?m)^ +| +$", "");
	}

	private static String unescape(String text) {
		return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
	}

	private static String dedent(String block) {
		List<String> lines = new ArrayList<>(block.lines().toList());
		while (!lines.isEmpty() && lines.get(0).isBlank()) {
			lines.remove(0);
		}
		while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
			lines.remove(lines.size() - 1);
		}
		int indent = lines.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length())
				.min().orElse(0);
		return String.join("\n", lines.stream().map(l -> l.isBlank() ? "" : l.substring(Math.min(indent, l.length()))).toList());
	}

	private static Element first(Element parent, String localName) {
		NodeList nodes = parent.getElementsByTagNameNS("*", localName);
		if (nodes.getLength() == 0) {
			nodes = parent.getElementsByTagName(localName);
		}
		return nodes.getLength() == 0 ? null : (Element) nodes.item(0);
	}

	private static List<Element> children(Element parent, String localName) {
		NodeList nodes = parent.getElementsByTagNameNS(XSD, localName);
		List<Element> elements = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			elements.add((Element) nodes.item(i));
		}
		return elements;
	}

	private static List<Element> directChildren(Element parent, String localName) {
		List<Element> elements = new ArrayList<>();
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element && localName.equals(element.getLocalName())) {
				elements.add(element);
			}
		}
		return elements;
	}

	private static void write(Path file, String content) throws IOException {
		if (Files.exists(file) && Files.readString(file, StandardCharsets.UTF_8).equals(content)) {
			return; // unchanged: keep the timestamp
		}
		Path temp = Files.createTempFile(file.getParent(), ".exsd", ".tmp");
		Files.writeString(temp, content, StandardCharsets.UTF_8);
		Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
	}
}
