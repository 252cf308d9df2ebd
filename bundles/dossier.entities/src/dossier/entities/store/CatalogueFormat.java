// SPDX-License-Identifier: EPL-2.0
package dossier.entities.store;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonWriter;

import dossier.core.OneLine;
import dossier.entities.Catalogue;
import dossier.entities.Entity;
import dossier.entities.EntityType;
import dossier.entities.EntityTypes;

/**
 * Reads and writes a catalogue file ({@code docs/format.md}, "Entities: catalogue and mentions"): JSON,
 * entities sorted by id, keys in a fixed order, so a catalogue under git diffs line by line.
 */
public final class CatalogueFormat {

	/** The value of the {@code format} member. */
	public static final String FORMAT = "dossier-entity-catalogue"; //$NON-NLS-1$
	public static final int VERSION = 1;

	private CatalogueFormat() {
	}

	/** Parses a whole catalogue; nothing is returned unless everything was valid. */
	public static Catalogue read(Reader reader, String source) throws CatalogueFormatException {
		JsonElement root;
		try {
			root = JsonParser.parseReader(reader);
		} catch (JsonParseException e) {
			throw new CatalogueFormatException(source + ": not valid JSON (" + OneLine.of(e) + ")", e); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (!root.isJsonObject()) {
			throw new CatalogueFormatException(source + ": a catalogue must be a JSON object"); //$NON-NLS-1$
		}
		JsonObject object = root.getAsJsonObject();
		String format = string(object, "format"); //$NON-NLS-1$
		if (!FORMAT.equals(format)) {
			throw new CatalogueFormatException(source + ": not a Dossier entity catalogue (format is '" + format //$NON-NLS-1$
					+ "', expected '" + FORMAT + "')"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		Catalogue catalogue = new Catalogue();
		try {
			if (object.has("types")) { //$NON-NLS-1$
				for (JsonElement element : object.getAsJsonArray("types")) { //$NON-NLS-1$
					JsonObject type = element.getAsJsonObject();
					catalogue.declare(new EntityType(required(source, type, "id"), required(source, type, "label"), string(type, "colour"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				}
			}
			JsonArray entities = object.has("entities") ? object.getAsJsonArray("entities") : new JsonArray(); //$NON-NLS-1$ //$NON-NLS-2$
			int index = 0;
			for (JsonElement element : entities) {
				try {
					catalogue.add(entity(element.getAsJsonObject()));
				} catch (RuntimeException e) {
					throw new CatalogueFormatException(source + ": entity #" + (index + 1) + " is invalid (" + OneLine.of(e) + ")", e); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				}
				index++;
			}
		} catch (ClassCastException | IllegalStateException e) {
			throw new CatalogueFormatException(source + ": unexpected structure (" + OneLine.of(e) + ")", e); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return catalogue;
	}

	public static Catalogue read(String json, String source) throws CatalogueFormatException {
		return read(new StringReader(json), source);
	}

	static Entity entity(JsonObject object) {
		String id = string(object, "id"); //$NON-NLS-1$
		String type = string(object, "type"); //$NON-NLS-1$
		if (id == null || type == null) {
			throw new IllegalArgumentException("id and type are required"); //$NON-NLS-1$
		}
		Map<String, String> labels = new LinkedHashMap<>();
		if (object.has("labels")) { //$NON-NLS-1$
			object.getAsJsonObject("labels").entrySet() //$NON-NLS-1$
					.forEach(entry -> labels.put(entry.getKey(), entry.getValue().getAsString()));
		}
		Map<String, List<String>> aliases = new LinkedHashMap<>();
		if (object.has("aliases")) { //$NON-NLS-1$
			object.getAsJsonObject("aliases").entrySet().forEach(entry -> { //$NON-NLS-1$
				List<String> names = new ArrayList<>();
				entry.getValue().getAsJsonArray().forEach(name -> names.add(name.getAsString()));
				aliases.put(entry.getKey(), names);
			});
		}
		return new Entity(id, type, labels, aliases, string(object, "qid"), Objects.requireNonNullElse(string(object, "notes"), "")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String required(Object source, JsonObject object, String member) throws CatalogueFormatException {
		String value = string(object, member);
		if (value == null) {
			throw new CatalogueFormatException(source + ": an entity type without \"" + member + "\""); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return value;
	}

	private static @Nullable String string(JsonObject object, String member) {
		JsonElement element = object.get(member);
		return element == null || element.isJsonNull() ? null : element.getAsString();
	}

	/** Writes {@code catalogue} in the stable form. */
	public static void write(Catalogue catalogue, Writer writer) throws IOException {
		JsonFiles.write(writer, json -> write(catalogue, json));
	}

	public static String toJson(Catalogue catalogue) throws IOException {
		return JsonFiles.toJson(json -> write(catalogue, json));
	}

	private static void write(Catalogue catalogue, JsonWriter json) throws IOException {
		json.beginObject();
		json.name("format").value(FORMAT); //$NON-NLS-1$
		json.name("version").value(VERSION); //$NON-NLS-1$
		List<EntityType> contributed = new ArrayList<>(catalogue.declaredTypes());
		for (Entity entity : catalogue.entities()) {
			EntityType type = catalogue.type(entity.type());
			if (!EntityTypes.builtIn().contains(type) && contributed.stream().noneMatch(known -> known.id().equals(type.id()))) {
				contributed.add(type);
			}
		}
		contributed.sort(Comparator.comparing(EntityType::id)); // a stable file: declared and used types alike by id
		if (!contributed.isEmpty()) {
			json.name("types").beginArray(); //$NON-NLS-1$
			for (EntityType type : contributed) {
				json.beginObject().name("id").value(type.id()).name("label").value(type.label()); //$NON-NLS-1$ //$NON-NLS-2$
				if (type.colour() != null) {
					json.name("colour").value(type.colour()); //$NON-NLS-1$
				}
				json.endObject();
			}
			json.endArray();
		}
		json.name("entities").beginArray(); //$NON-NLS-1$
		for (Entity entity : catalogue.entities()) {
			writeEntity(entity, json);
		}
		json.endArray();
		json.endObject();
	}

	static void writeEntity(Entity entity, JsonWriter json) throws IOException {
		json.beginObject();
		json.name("id").value(entity.id()); //$NON-NLS-1$
		json.name("type").value(entity.type()); //$NON-NLS-1$
		if (entity.qid() != null) {
			json.name("qid").value(entity.qid()); //$NON-NLS-1$
		}
		json.name("labels").beginObject(); //$NON-NLS-1$
		for (Map.Entry<String, String> label : entity.labels().entrySet()) {
			json.name(label.getKey()).value(label.getValue());
		}
		json.endObject();
		if (!entity.aliases().isEmpty()) {
			json.name("aliases").beginObject(); //$NON-NLS-1$
			for (Map.Entry<String, List<String>> aliases : entity.aliases().entrySet()) {
				json.name(aliases.getKey()).beginArray();
				for (String alias : aliases.getValue()) {
					json.value(alias);
				}
				json.endArray();
			}
			json.endObject();
		}
		if (!entity.notes().isEmpty()) {
			json.name("notes").value(entity.notes()); //$NON-NLS-1$
		}
		json.endObject();
	}
}
