// SPDX-License-Identifier: EPL-2.0
package dossier.entities.export;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonWriter;

import dossier.entities.ArticleEntities;
import dossier.entities.Entity;
import dossier.entities.Mention;
import dossier.entities.MentionStatus;

/**
 * W3C Web Annotation (JSON-LD): an {@code AnnotationPage} with one {@code Annotation} per mention, targeting the
 * article with a {@code TextQuoteSelector} (exact, prefix, suffix) and a {@code TextPositionSelector}. Web
 * Annotation positions count code points, so offsets are converted at this edge. Bodies: the entity (Wikidata
 * item as a {@code SpecificResource} when known, the Dossier id as an identifying {@code TextualBody}) and the
 * type as a tagging {@code TextualBody}.
 */
public final class WebAnnotationFormat {

	private static final int CONTEXT_CHARS = 32;

	private WebAnnotationFormat() {
	}

	/** The IRI an article's annotations target. */
	public static String articleIri(String articleId) {
		return "urn:dossier:article:" + articleId; //$NON-NLS-1$
	}

	public static String write(ArticleEntities result) throws IOException {
		String text = result.article().text();
		StringWriter out = new StringWriter();
		JsonWriter json = new JsonWriter(out);
		json.setIndent("  "); //$NON-NLS-1$
		json.setHtmlSafe(false);
		json.beginObject();
		json.name("@context").value("http://www.w3.org/ns/anno.jsonld"); //$NON-NLS-1$ //$NON-NLS-2$
		json.name("id").value(articleIri(result.article().id()) + ":entities"); //$NON-NLS-1$ //$NON-NLS-2$
		json.name("type").value("AnnotationPage"); //$NON-NLS-1$ //$NON-NLS-2$
		json.name("items").beginArray(); //$NON-NLS-1$
		for (Mention mention : result.active()) {
			Entity entity = result.entities().get(mention.entityId());
			json.beginObject();
			json.name("id").value(articleIri(result.article().id()) + ":mention:" + mention.start() + "-" + mention.end()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			json.name("type").value("Annotation"); //$NON-NLS-1$ //$NON-NLS-2$
			json.name("motivation").value("identifying"); //$NON-NLS-1$ //$NON-NLS-2$
			json.name("body").beginArray(); //$NON-NLS-1$
			if (entity != null && entity.qid() != null) {
				json.beginObject().name("type").value("SpecificResource").name("purpose").value("identifying") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
						.name("source").value("http://www.wikidata.org/entity/" + entity.qid()).endObject(); //$NON-NLS-1$ //$NON-NLS-2$
			}
			json.beginObject().name("type").value("TextualBody").name("purpose").value("identifying") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					.name("value").value(mention.entityId()).endObject(); //$NON-NLS-1$
			json.beginObject().name("type").value("TextualBody").name("purpose").value("tagging") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					.name("value").value(mention.type()).endObject(); //$NON-NLS-1$
			if (entity != null) {
				json.beginObject().name("type").value("TextualBody").name("purpose").value("describing") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
						.name("value").value(result.label(entity)).endObject(); //$NON-NLS-1$
			}
			json.endArray();
			json.name("target").beginObject(); //$NON-NLS-1$
			json.name("source").value(articleIri(result.article().id())); //$NON-NLS-1$
			json.name("selector").beginArray(); //$NON-NLS-1$
			json.beginObject().name("type").value("TextQuoteSelector").name("exact").value(mention.text()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					.name("prefix").value(text.substring(safeStart(text, mention.start() - CONTEXT_CHARS), mention.start())) //$NON-NLS-1$
					.name("suffix").value(text.substring(mention.end(), safeEnd(text, mention.end() + CONTEXT_CHARS))).endObject(); //$NON-NLS-1$
			json.beginObject().name("type").value("TextPositionSelector") //$NON-NLS-1$ //$NON-NLS-2$
					.name("start").value(Offsets.toCodePoints(text, mention.start())) //$NON-NLS-1$
					.name("end").value(Offsets.toCodePoints(text, mention.end())).endObject(); //$NON-NLS-1$
			json.endArray();
			json.endObject();
			json.endObject();
		}
		json.endArray();
		json.endObject();
		json.flush();
		return out.toString() + "\n"; //$NON-NLS-1$
	}

	/** Never splits a surrogate pair. */
	private static int safeStart(String text, int index) {
		if (index <= 0) {
			return 0;
		}
		return Character.isLowSurrogate(text.charAt(index)) ? index - 1 : index;
	}

	private static int safeEnd(String text, int index) {
		if (index >= text.length()) {
			return text.length();
		}
		return Character.isLowSurrogate(text.charAt(index)) ? index + 1 : index;
	}

	/**
	 * Reads annotations (a page, a collection's items, an array or one annotation) against the article's text.
	 * The position selector is tried first; when its text differs from the quote, the quote is searched for.
	 */
	public static ImportedMentions read(String jsonText, String articleId, String text) {
		List<Mention> mentions = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		JsonElement root;
		try {
			root = JsonParser.parseString(jsonText);
		} catch (JsonParseException e) {
			return new ImportedMentions(List.of(), List.of("not valid JSON")); //$NON-NLS-1$
		}
		List<JsonObject> annotations = new ArrayList<>();
		collect(root, annotations);
		int index = 0;
		for (JsonObject annotation : annotations) {
			index++;
			try {
				Mention mention = mention(annotation, articleId, text);
				if (mention == null) {
					problems.add("annotation " + index + ": its text is not in the article"); //$NON-NLS-1$ //$NON-NLS-2$
				} else {
					mentions.add(mention);
				}
			} catch (RuntimeException e) {
				problems.add("annotation " + index + ": not a text annotation"); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		mentions.sort(Mention.TEXT_ORDER);
		return new ImportedMentions(mentions, problems);
	}

	private static void collect(JsonElement element, List<JsonObject> into) {
		if (element.isJsonArray()) {
			element.getAsJsonArray().forEach(item -> collect(item, into));
		} else if (element.isJsonObject()) {
			JsonObject object = element.getAsJsonObject();
			if (object.has("items")) { //$NON-NLS-1$
				collect(object.get("items"), into); //$NON-NLS-1$
			} else if (object.has("first") && object.get("first").isJsonObject()) { //$NON-NLS-1$ //$NON-NLS-2$
				collect(object.get("first"), into); //$NON-NLS-1$
			} else if (object.has("target")) { //$NON-NLS-1$
				into.add(object);
			}
		}
	}

	private static @Nullable Mention mention(JsonObject annotation, String articleId, String text) {
		JsonElement target = annotation.get("target"); //$NON-NLS-1$
		JsonObject targetObject = target.isJsonArray() ? target.getAsJsonArray().get(0).getAsJsonObject() : target.getAsJsonObject();
		JsonElement selectorElement = targetObject.get("selector"); //$NON-NLS-1$
		JsonArray selectors = selectorElement.isJsonArray() ? selectorElement.getAsJsonArray() : new JsonArray();
		if (selectorElement.isJsonObject()) {
			selectors.add(selectorElement);
		}
		String exact = null;
		String prefix = ""; //$NON-NLS-1$
		int start = -1;
		int end = -1;
		for (JsonElement element : selectors) {
			JsonObject selector = element.getAsJsonObject();
			String type = selector.get("type").getAsString(); //$NON-NLS-1$
			if ("TextQuoteSelector".equals(type)) { //$NON-NLS-1$
				exact = selector.get("exact").getAsString(); //$NON-NLS-1$
				prefix = selector.has("prefix") ? selector.get("prefix").getAsString() : ""; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			} else if ("TextPositionSelector".equals(type)) { //$NON-NLS-1$
				start = Offsets.toUtf16(text, selector.get("start").getAsInt()); //$NON-NLS-1$
				end = Offsets.toUtf16(text, selector.get("end").getAsInt()); //$NON-NLS-1$
			}
		}
		boolean positionFits = start >= 0 && end >= start && (exact == null || text.substring(start, end).equals(exact));
		if (!positionFits) {
			if (exact == null || exact.isEmpty()) {
				return null;
			}
			int found = text.indexOf(prefix + exact);
			start = found >= 0 ? found + prefix.length() : text.indexOf(exact);
			if (start < 0) {
				return null;
			}
			end = start + exact.length();
		}
		String entityId = null;
		String type = "MISC"; //$NON-NLS-1$
		String wikidata = null;
		JsonElement body = annotation.get("body"); //$NON-NLS-1$
		JsonArray bodies = body == null ? new JsonArray() : body.isJsonArray() ? body.getAsJsonArray() : new JsonArray();
		if (body != null && body.isJsonObject()) {
			bodies.add(body);
		}
		for (JsonElement element : bodies) {
			JsonObject b = element.getAsJsonObject();
			String purpose = b.has("purpose") ? b.get("purpose").getAsString() : ""; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			if (b.has("value") && "tagging".equals(purpose)) { //$NON-NLS-1$ //$NON-NLS-2$
				type = b.get("value").getAsString(); //$NON-NLS-1$
			} else if (b.has("value") && "identifying".equals(purpose)) { //$NON-NLS-1$ //$NON-NLS-2$
				entityId = b.get("value").getAsString(); //$NON-NLS-1$
			} else if (b.has("source") && b.get("source").getAsString().contains("wikidata.org/entity/")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				String source = b.get("source").getAsString(); //$NON-NLS-1$
				wikidata = source.substring(source.lastIndexOf('/') + 1);
			}
		}
		if (entityId == null) {
			entityId = wikidata != null ? "wikidata:" + wikidata : "webanno:" + start + "-" + end; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		return new Mention(articleId, start, end, text.substring(start, end), entityId, type, "import.webanno", 1.0, //$NON-NLS-1$
				MentionStatus.ACCEPTED);
	}
}
