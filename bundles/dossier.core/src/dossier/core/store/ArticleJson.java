// SPDX-License-Identifier: EPL-2.0
package dossier.core.store;

import java.io.EOFException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

import dossier.core.OneLine;
import dossier.core.model.Article;
import dossier.core.model.Block;
import dossier.core.model.BlockType;
import dossier.core.model.Credit;
import dossier.core.model.Edition;
import dossier.core.model.LicenceStatement;
import dossier.core.model.Provenance;
import dossier.core.model.TextDirection;
import dossier.core.model.TextSpan;

/**
 * The JSON form of an {@link Article}, as stored one file per article in a {@link Corpus} and written one per
 * line by {@code dossier export --format jsonl}. Described in {@code docs/format.md} and
 * {@code docs/schema/article.schema.json}.
 * <p>
 * The pretty form is made for git: keys in a fixed order, absent values left out, the text as an array of
 * lines (so a changed sentence is a one-line diff), one block, licence statement or credit per line.
 */
public final class ArticleJson {

	/** The version of the article JSON this class writes; it reads this version and older. */
	public static final int FORMAT_VERSION = 1;

	private static final Gson COMPACT = new GsonBuilder().disableHtmlEscaping().serializeNulls().create();

	private ArticleJson() {
	}

	/** The pretty, git-friendly form of a corpus file, ending with a newline. */
	public static String toPrettyJson(Article article) {
		StringBuilder out = new StringBuilder(article.text().length() * 2 + 1024);
		writePretty(toTree(article), out, 0);
		return out.append('\n').toString();
	}

	/** One line of JSON Lines (no line break inside, none at the end). */
	public static String toJsonLine(Article article) {
		return COMPACT.toJson(toTree(article));
	}

	/**
	 * Reads an article from either form.
	 *
	 * @throws JsonParseException when the JSON is malformed, of a newer format, or does not describe a valid article;
	 *         the message is one line
	 */
	public static Article fromJson(String json) {
		JsonElement element;
		try {
			element = JsonParser.parseString(json);
		} catch (JsonParseException e) {
			throw new JsonParseException(malformed(e), e);
		}
		if (!element.isJsonObject()) {
			throw new JsonParseException("not a JSON object"); //$NON-NLS-1$
		}
		return fromTree(element.getAsJsonObject());
	}

	/** The JSON object of {@code article}, keys in their documented order, absent values left out. */
	public static JsonObject toTree(Article article) {
		JsonObject o = new JsonObject();
		o.addProperty("format", FORMAT_VERSION); //$NON-NLS-1$
		o.addProperty("id", article.id()); //$NON-NLS-1$
		o.addProperty("title", article.title()); //$NON-NLS-1$
		o.addProperty("lead", article.lead()); //$NON-NLS-1$
		o.addProperty("language", article.language()); //$NON-NLS-1$
		o.addProperty("direction", article.direction().name()); //$NON-NLS-1$
		putIfPresent(o, "publisher", article.publisher()); //$NON-NLS-1$
		putIfPresent(o, "sourceUrl", article.sourceUrl()); //$NON-NLS-1$
		putIfPresent(o, "canonicalUrl", article.canonicalUrl()); //$NON-NLS-1$
		o.add("authors", strings(article.authors())); //$NON-NLS-1$
		putIfPresent(o, "published", article.published()); //$NON-NLS-1$
		putIfPresent(o, "basedOn", article.basedOn()); //$NON-NLS-1$
		if (!article.editions().isEmpty()) {
			JsonArray editions = new JsonArray();
			for (Edition edition : article.editions()) {
				JsonObject e = new JsonObject();
				e.addProperty("language", edition.language()); //$NON-NLS-1$
				e.addProperty("url", edition.url()); //$NON-NLS-1$
				editions.add(e);
			}
			o.add("editions", editions); //$NON-NLS-1$
		}
		JsonArray licences = new JsonArray();
		for (LicenceStatement statement : article.licences()) {
			JsonObject l = new JsonObject();
			l.addProperty("origin", statement.origin().name()); //$NON-NLS-1$
			l.addProperty("text", statement.text()); //$NON-NLS-1$
			putIfPresent(l, "url", statement.url()); //$NON-NLS-1$
			if (statement.span() != null) {
				l.add("span", span(statement.span())); //$NON-NLS-1$
			}
			licences.add(l);
		}
		o.add("licences", licences); //$NON-NLS-1$
		JsonArray credits = new JsonArray();
		for (Credit credit : article.credits()) {
			JsonObject c = new JsonObject();
			c.addProperty("text", credit.text()); //$NON-NLS-1$
			if (credit.span() != null) {
				c.add("span", span(credit.span())); //$NON-NLS-1$
			}
			credits.add(c);
		}
		o.add("credits", credits); //$NON-NLS-1$
		JsonArray blocks = new JsonArray();
		for (Block block : article.blocks()) {
			JsonObject b = new JsonObject();
			b.addProperty("type", block.type().name()); //$NON-NLS-1$
			b.add("span", span(block.span())); //$NON-NLS-1$
			b.addProperty("direction", block.direction() == null ? article.direction().name() : block.direction().name()); //$NON-NLS-1$
			blocks.add(b);
		}
		o.add("blocks", blocks); //$NON-NLS-1$
		Provenance provenance = article.provenance();
		if (provenance != null) {
			JsonObject p = new JsonObject();
			putIfPresent(p, "source", provenance.source()); //$NON-NLS-1$
			putIfPresent(p, "importedAt", provenance.importedAt() == null ? null : provenance.importedAt().toString()); //$NON-NLS-1$
			putIfPresent(p, "importer", provenance.importerId()); //$NON-NLS-1$
			putIfPresent(p, "originalSha256", provenance.originalSha256()); //$NON-NLS-1$
			putIfPresent(p, "charset", provenance.charset()); //$NON-NLS-1$
			p.add("removed", strings(provenance.removed())); //$NON-NLS-1$
			p.add("warnings", strings(provenance.warnings())); //$NON-NLS-1$
			o.add("provenance", p); //$NON-NLS-1$
		}
		o.add("text", strings(List.of(article.text().split("\n", -1)))); //$NON-NLS-1$ //$NON-NLS-2$
		return o;
	}

	/** Reads the object {@link #toTree(Article)} writes. */
	public static Article fromTree(JsonObject o) {
		try {
			int format = o.has("format") ? o.get("format").getAsInt() : FORMAT_VERSION; //$NON-NLS-1$ //$NON-NLS-2$
			if (format > FORMAT_VERSION) {
				throw new JsonParseException("article format " + format + " is newer than this Dossier reads (" //$NON-NLS-1$ //$NON-NLS-2$
						+ FORMAT_VERSION + ")"); //$NON-NLS-1$
			}
			JsonElement textElement = o.get("text"); //$NON-NLS-1$
			if (textElement == null || textElement.isJsonNull()) {
				throw new JsonParseException("no \"text\""); //$NON-NLS-1$
			}
			String text = textElement.isJsonArray() ? String.join("\n", readStrings(textElement)) //$NON-NLS-1$
					: textElement.getAsString();
			Article.Builder builder = Article.builder(text).id(string(o, "id")).title(string(o, "title")) //$NON-NLS-1$ //$NON-NLS-2$
					.lead(string(o, "lead")).language(string(o, "language")).publisher(string(o, "publisher")) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					.sourceUrl(string(o, "sourceUrl")).canonicalUrl(string(o, "canonicalUrl")) //$NON-NLS-1$ //$NON-NLS-2$
					.authors(readStrings(o.get("authors"))).published(string(o, "published")) //$NON-NLS-1$ //$NON-NLS-2$
					.basedOn(string(o, "basedOn")); //$NON-NLS-1$
			String direction = string(o, "direction"); //$NON-NLS-1$
			if (direction != null) {
				builder.direction(TextDirection.valueOf(direction.toUpperCase(Locale.ROOT)));
			}
			List<Edition> editions = new ArrayList<>();
			for (JsonElement e : array(o, "editions")) { //$NON-NLS-1$
				JsonObject edition = e.getAsJsonObject();
				editions.add(new Edition(required(string(edition, "language"), "language"), //$NON-NLS-1$ //$NON-NLS-2$
						required(string(edition, "url"), "url"))); //$NON-NLS-1$ //$NON-NLS-2$
			}
			builder.editions(editions);
			for (JsonElement e : array(o, "licences")) { //$NON-NLS-1$
				JsonObject l = e.getAsJsonObject();
				builder.addLicence(new LicenceStatement(LicenceStatement.Origin.valueOf(required(string(l, "origin"), "origin")), //$NON-NLS-1$
						required(string(l, "text"), "text"), string(l, "url"), readSpan(l.get("span")))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
			for (JsonElement e : array(o, "credits")) { //$NON-NLS-1$
				JsonObject c = e.getAsJsonObject();
				builder.addCredit(new Credit(required(string(c, "text"), "text"), readSpan(c.get("span")))); //$NON-NLS-1$ //$NON-NLS-2$
			}
			for (JsonElement e : array(o, "blocks")) { //$NON-NLS-1$
				JsonObject b = e.getAsJsonObject();
				String blockDirection = string(b, "direction"); //$NON-NLS-1$
				builder.addBlock(new Block(blockType(required(string(b, "type"), "type")), required(readSpan(b.get("span")), "span"), //$NON-NLS-1$ //$NON-NLS-2$
						blockDirection == null ? null : TextDirection.valueOf(blockDirection)));
			}
			JsonElement p = o.get("provenance"); //$NON-NLS-1$
			if (p != null && p.isJsonObject()) {
				JsonObject po = p.getAsJsonObject();
				String importedAt = string(po, "importedAt"); //$NON-NLS-1$
				builder.provenance(new Provenance(required(string(po, "source"), "source"), //$NON-NLS-1$
						importedAt == null ? null : Instant.parse(importedAt), string(po, "importer"), //$NON-NLS-1$
						string(po, "originalSha256"), string(po, "charset"), readStrings(po.get("removed")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						readStrings(po.get("warnings")))); //$NON-NLS-1$
			}
			return builder.build();
		} catch (JsonParseException e) {
			throw e;
		} catch (IllegalArgumentException | IllegalStateException | NullPointerException | UnsupportedOperationException
				| DateTimeParseException | ClassCastException e) {
			throw new JsonParseException("invalid article: " + invalid(e), e); //$NON-NLS-1$
		}
	}

	private static final Pattern WHERE = Pattern.compile("line (\\d+) column (\\d+)"); //$NON-NLS-1$

	/** What is wrong with unparsable JSON, in words, without the parser's class names and links. */
	private static String malformed(JsonParseException e) {
		Throwable cause = e.getCause() != null ? e.getCause() : e;
		String causeMessage = cause.getMessage();
		String message = causeMessage == null ? "" : causeMessage; //$NON-NLS-1$
		Matcher where = WHERE.matcher(message);
		String at = where.find() ? " at line " + where.group(1) + ", column " + where.group(2) : ""; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		if (cause instanceof EOFException || message.startsWith("End of input") //$NON-NLS-1$
				|| message.startsWith("Unterminated")) { //$NON-NLS-1$
			return "the file ends in the middle of the article" + at + " (cut short by a failed copy or a full disk?)"; //$NON-NLS-1$ //$NON-NLS-2$
		}
		return "not valid JSON" + at; //$NON-NLS-1$
	}

	/** What makes a parsed article invalid, in words: "unknown value 'FOO'" rather than "No enum constant ...". */
	private static String invalid(RuntimeException e) {
		String message = OneLine.of(e.getMessage());
		if (message.startsWith("No enum constant ")) { //$NON-NLS-1$
			return "unknown value '" + message.substring(message.lastIndexOf('.') + 1) + "'"; //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (e instanceof DateTimeParseException parse) {
			return "not a date and time: '" + parse.getParsedString() + "'"; //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (e instanceof IllegalStateException || e instanceof ClassCastException || e instanceof UnsupportedOperationException) {
			return "a field has the wrong kind of value (a list, an object or a number where the format wants another)"; //$NON-NLS-1$
		}
		return message.isEmpty() ? e.getClass().getSimpleName() : message;
	}

	/**
	 * A block's type; one this version does not know (written by a later version that added a type, as
	 * {@link BlockType#BYLINE} was added) is read as running text, so a newer corpus still opens.
	 */
	static BlockType blockType(String name) {
		for (BlockType type : BlockType.values()) {
			if (type.name().equals(name)) {
				return type;
			}
		}
		return BlockType.PARAGRAPH;
	}

	private static <T> T required(@Nullable T value, String field) {
		if (value == null) {
			throw new JsonParseException("missing \"" + field + "\""); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return value;
	}

	private static void putIfPresent(JsonObject o, String key, @Nullable String value) {
		if (value != null) {
			o.addProperty(key, value);
		}
	}

	private static JsonArray strings(List<String> values) {
		JsonArray array = new JsonArray(values.size());
		for (String value : values) {
			array.add(value);
		}
		return array;
	}

	private static JsonArray span(@Nullable TextSpan span) {
		JsonArray array = new JsonArray(2);
		array.add(span.start());
		array.add(span.end());
		return array;
	}

	private static @Nullable TextSpan readSpan(@Nullable JsonElement element) {
		if (element == null || element.isJsonNull()) {
			return null;
		}
		JsonArray array = element.getAsJsonArray();
		if (array.size() != 2) {
			throw new JsonParseException("a span is [start, end]"); //$NON-NLS-1$
		}
		return new TextSpan(array.get(0).getAsInt(), array.get(1).getAsInt());
	}

	private static @Nullable String string(JsonObject o, String key) {
		JsonElement element = o.get(key);
		return element == null || element.isJsonNull() ? null : element.getAsString();
	}

	private static JsonArray array(JsonObject o, String key) {
		JsonElement element = o.get(key);
		return element == null || element.isJsonNull() ? new JsonArray() : element.getAsJsonArray();
	}

	private static List<String> readStrings(JsonElement element) {
		List<String> values = new ArrayList<>();
		if (element != null && !element.isJsonNull()) {
			for (JsonElement value : element.getAsJsonArray()) {
				values.add(value.getAsString());
			}
		}
		return values;
	}

	/**
	 * Objects are written one key per line; arrays one element per line; objects inside arrays on one line, so a
	 * block or a licence statement is one line of a diff.
	 */
	private static void writePretty(JsonElement element, StringBuilder out, int depth) {
		if (element.isJsonObject()) {
			JsonObject object = element.getAsJsonObject();
			if (object.size() == 0) {
				out.append("{}"); //$NON-NLS-1$
				return;
			}
			out.append("{\n"); //$NON-NLS-1$
			int i = 0;
			for (Map.Entry<String, JsonElement> entry : object.entrySet()) {
				indent(out, depth + 1);
				out.append(COMPACT.toJson(new JsonPrimitive(entry.getKey()))).append(": "); //$NON-NLS-1$
				writePretty(entry.getValue(), out, depth + 1);
				out.append(++i < object.size() ? ",\n" : "\n"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			indent(out, depth);
			out.append('}');
		} else if (element.isJsonArray()) {
			JsonArray array = element.getAsJsonArray();
			if (array.isEmpty()) {
				out.append("[]"); //$NON-NLS-1$
				return;
			}
			out.append("[\n"); //$NON-NLS-1$
			for (int i = 0; i < array.size(); i++) {
				indent(out, depth + 1);
				out.append(COMPACT.toJson(array.get(i))); // objects in arrays: one line each
				out.append(i + 1 < array.size() ? ",\n" : "\n"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			indent(out, depth);
			out.append(']');
		} else {
			out.append(COMPACT.toJson(element == null ? JsonNull.INSTANCE : element));
		}
	}

	private static void indent(StringBuilder out, int depth) {
		for (int i = 0; i < depth; i++) {
			out.append("  "); //$NON-NLS-1$
		}
	}
}
