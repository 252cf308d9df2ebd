// SPDX-License-Identifier: EPL-2.0
package dossier.entities.store;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonWriter;

import dossier.core.OneLine;
import dossier.entities.Mention;
import dossier.entities.MentionStatus;

/** Reads and writes the mentions file of one article (see {@code docs/format.md}). Mentions in text order. */
public final class MentionsFormat {

	public static final String FORMAT = "dossier-entity-mentions"; //$NON-NLS-1$
	public static final int VERSION = 1;

	private MentionsFormat() {
	}

	public static String toJson(String articleId, List<Mention> mentions) throws IOException {
		List<Mention> sorted = new ArrayList<>(mentions);
		sorted.sort(Mention.TEXT_ORDER);
		return JsonFiles.toJson(json -> {
			json.beginObject();
			json.name("format").value(FORMAT); //$NON-NLS-1$
			json.name("version").value(VERSION); //$NON-NLS-1$
			json.name("article").value(articleId); //$NON-NLS-1$
			json.name("mentions").beginArray(); //$NON-NLS-1$
			for (Mention mention : sorted) {
				write(mention, json);
			}
			json.endArray();
			json.endObject();
		});
	}

	private static void write(Mention mention, JsonWriter json) throws IOException {
		json.beginObject();
		json.name("start").value(mention.start()); //$NON-NLS-1$
		json.name("end").value(mention.end()); //$NON-NLS-1$
		json.name("text").value(mention.text()); //$NON-NLS-1$
		json.name("entity").value(mention.entityId()); //$NON-NLS-1$
		json.name("type").value(mention.type()); //$NON-NLS-1$
		json.name("recognizer").value(mention.recognizer()); //$NON-NLS-1$
		json.name("confidence").value(Math.round(mention.confidence() * 1000) / 1000.0); //$NON-NLS-1$
		json.name("status").value(mention.status().key()); //$NON-NLS-1$
		json.endObject();
	}

	public static List<Mention> read(Reader reader, String source) throws CatalogueFormatException {
		try {
			JsonObject object = JsonParser.parseReader(reader).getAsJsonObject();
			if (!FORMAT.equals(object.has("format") ? object.get("format").getAsString() : null)) { //$NON-NLS-1$ //$NON-NLS-2$
				throw new CatalogueFormatException(source + ": not a Dossier mentions file"); //$NON-NLS-1$
			}
			String articleId = object.get("article").getAsString(); //$NON-NLS-1$
			List<Mention> mentions = new ArrayList<>();
			for (JsonElement element : object.getAsJsonArray("mentions")) { //$NON-NLS-1$
				JsonObject m = element.getAsJsonObject();
				MentionStatus status = MentionStatus.fromKey(m.get("status").getAsString()); //$NON-NLS-1$
				if (status == null) {
					throw new CatalogueFormatException(source + ": unknown status " + m.get("status")); //$NON-NLS-1$ //$NON-NLS-2$
				}
				mentions.add(new Mention(articleId, m.get("start").getAsInt(), m.get("end").getAsInt(), //$NON-NLS-1$ //$NON-NLS-2$
						m.get("text").getAsString(), m.get("entity").getAsString(), m.get("type").getAsString(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						m.has("recognizer") ? m.get("recognizer").getAsString() : "manual", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						m.has("confidence") ? m.get("confidence").getAsDouble() : 1.0, status)); //$NON-NLS-1$ //$NON-NLS-2$
			}
			return mentions;
		} catch (JsonParseException | IllegalStateException | NullPointerException | UnsupportedOperationException
				| IllegalArgumentException e) {
			throw new CatalogueFormatException(source + ": malformed mentions file (" + OneLine.of(e) + ")", e); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	public static List<Mention> read(String json, String source) throws CatalogueFormatException {
		return read(new StringReader(json), source);
	}
}
