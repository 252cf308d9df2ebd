// SPDX-License-Identifier: EPL-2.0
package dossier.ingest.internal.html;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;

import dossier.core.OneLine;


/**
 * The schema.org article in a page's JSON-LD ({@code NewsArticle}, {@code Article}, {@code BlogPosting} and
 * their kin), read leniently: {@code @graph}, arrays, nested objects and plain strings all occur in the wild.
 */
final class JsonLd {

	private final JsonObject article;

	private JsonLd(JsonObject article) {
		this.article = article;
	}

	/**
	 * The first article object in {@code scripts} (the contents of {@code <script type=application/ld+json>}),
	 * or null. Scripts that do not parse add a line to {@code warnings}.
	 */
	static @Nullable JsonLd find(List<String> scripts, List<String> warnings) {
		for (String script : scripts) {
			JsonElement root;
			try {
				JsonReader reader = new JsonReader(new StringReader(script));
				reader.setStrictness(Strictness.LENIENT);
				root = JsonParser.parseReader(reader);
			} catch (RuntimeException e) {
				warnings.add("unreadable JSON-LD ignored: " + OneLine.of(e.getMessage())); //$NON-NLS-1$
				continue;
			}
			JsonObject found = search(root, 0);
			if (found != null) {
				return new JsonLd(found);
			}
		}
		return null;
	}

	private static @Nullable JsonObject search(JsonElement element, int depth) {
		if (element == null || depth > 6) {
			return null;
		}
		if (element.isJsonArray()) {
			for (JsonElement e : element.getAsJsonArray()) {
				JsonObject found = search(e, depth + 1);
				if (found != null) {
					return found;
				}
			}
		} else if (element.isJsonObject()) {
			JsonObject o = element.getAsJsonObject();
			if (isArticleType(o.get("@type"))) { //$NON-NLS-1$
				return o;
			}
			JsonObject found = search(o.get("@graph"), depth + 1); //$NON-NLS-1$
			if (found == null) {
				found = search(o.get("mainEntity"), depth + 1); //$NON-NLS-1$
			}
			return found;
		}
		return null;
	}

	private static boolean isArticleType(JsonElement type) {
		if (type == null) {
			return false;
		}
		if (type.isJsonArray()) {
			for (JsonElement t : type.getAsJsonArray()) {
				if (isArticleType(t)) {
					return true;
				}
			}
			return false;
		}
		if (!type.isJsonPrimitive()) {
			return false;
		}
		String t = type.getAsString();
		t = t.substring(t.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
		return t.endsWith("article") || t.equals("blogposting") || t.equals("reportage") || t.equals("creativework"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	@Nullable String string(String key) {
		return text(article.get(key));
	}

	/** A string, or the name / url / @id of an object, or the first of an array. */
	private static @Nullable String text(@Nullable JsonElement e) {
		if (e == null || e.isJsonNull()) {
			return null;
		}
		if (e.isJsonPrimitive()) {
			String s = e.getAsString().strip();
			return s.isEmpty() ? null : s;
		}
		if (e.isJsonArray()) {
			for (JsonElement item : e.getAsJsonArray()) {
				String s = text(item);
				if (s != null) {
					return s;
				}
			}
			return null;
		}
		JsonObject o = e.getAsJsonObject();
		for (String key : new String[] { "name", "headline", "url", "@id" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			if (o.has(key) && o.get(key).isJsonPrimitive()) {
				return text(o.get(key));
			}
		}
		return null;
	}

	/** A URL: a string, or an object's url / @id. */
	@Nullable String url(String key) {
		JsonElement e = article.get(key);
		if (e == null || e.isJsonNull()) {
			return null;
		}
		if (e.isJsonArray()) {
			JsonArray array = e.getAsJsonArray();
			e = array.isEmpty() ? null : array.get(0);
			if (e == null) {
				return null;
			}
		}
		if (e.isJsonObject()) {
			JsonObject o = e.getAsJsonObject();
			for (String k : new String[] { "url", "@id", "sameAs" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				if (o.has(k) && o.get(k).isJsonPrimitive()) {
					return o.get(k).getAsString().strip();
				}
			}
			return null;
		}
		return e.isJsonPrimitive() ? e.getAsString().strip() : null;
	}

	/** The names of {@code author}: strings, Person objects, arrays of either. */
	List<String> names(String key) {
		List<String> names = new ArrayList<>();
		JsonElement e = article.get(key);
		if (e == null || e.isJsonNull()) {
			return names;
		}
		if (e.isJsonArray()) {
			for (JsonElement item : e.getAsJsonArray()) {
				String name = text(item);
				if (name != null && !names.contains(name)) {
					names.add(name);
				}
			}
		} else {
			String name = text(e);
			if (name != null) {
				names.add(name);
			}
		}
		return names;
	}

	/** The licence: its URL if it is one, and its name if an object gives one. */
	String @Nullable [] licence() {
		JsonElement e = article.get("license"); //$NON-NLS-1$
		if (e == null) {
			e = article.get("licence"); //$NON-NLS-1$
		}
		if (e == null || e.isJsonNull()) {
			return null;
		}
		if (e.isJsonArray()) {
			e = e.getAsJsonArray().isEmpty() ? null : e.getAsJsonArray().get(0);
		}
		if (e == null) {
			return null;
		}
		if (e.isJsonObject()) {
			JsonObject o = e.getAsJsonObject();
			String name = o.has("name") ? text(o.get("name")) : null; //$NON-NLS-1$ //$NON-NLS-2$
			String url = o.has("url") ? text(o.get("url")) : o.has("@id") ? text(o.get("@id")) : null; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			return new String[] { name != null ? name : url, url };
		}
		String value = e.getAsString().strip();
		boolean isUrl = value.startsWith("http://") || value.startsWith("https://"); //$NON-NLS-1$ //$NON-NLS-2$
		return new String[] { value, isUrl ? value : null };
	}

	@Nullable String language() {
		String lang = string("inLanguage"); //$NON-NLS-1$
		return lang;
	}
}
