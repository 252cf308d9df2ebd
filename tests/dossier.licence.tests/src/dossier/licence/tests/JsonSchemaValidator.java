// SPDX-License-Identifier: EPL-2.0
package dossier.licence.tests;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * A JSON Schema (draft-07) validator for the keywords the SARIF 2.1.0 schema uses: type, $ref (local), properties,
 * required, additionalProperties, items, minItems, uniqueItems, minimum, maximum, pattern, enum, anyOf, oneOf,
 * format (uri, uri-reference, date-time). Written for the test so no validator library (and its Jackson) enters
 * the target platform.
 */
final class JsonSchemaValidator {

	private final JsonObject root;

	JsonSchemaValidator(JsonObject root) {
		this.root = root;
	}

	/** The violations, each "path: what", empty when {@code instance} is valid. */
	List<String> validate(JsonElement instance) {
		List<String> errors = new ArrayList<>();
		check(root, instance, "$", errors);
		return errors;
	}

	private void check(JsonObject schema, JsonElement value, String path, List<String> errors) {
		if (schema.has("$ref")) {
			check(resolve(schema.get("$ref").getAsString()), value, path, errors);
		}
		if (schema.has("type") && !hasType(value, schema.get("type").getAsString())) {
			errors.add(path + ": expected " + schema.get("type").getAsString() + ", got " + value);
			return;
		}
		if (schema.has("enum")) {
			boolean found = false;
			for (JsonElement option : schema.getAsJsonArray("enum")) {
				found |= option.equals(value);
			}
			if (!found) {
				errors.add(path + ": " + value + " not in " + schema.get("enum"));
			}
		}
		if (value.isJsonObject()) {
			JsonObject object = value.getAsJsonObject();
			JsonObject properties = schema.has("properties") ? schema.getAsJsonObject("properties") : new JsonObject();
			if (schema.has("required")) {
				for (JsonElement name : schema.getAsJsonArray("required")) {
					if (!object.has(name.getAsString())) {
						errors.add(path + ": missing required " + name.getAsString());
					}
				}
			}
			for (Map.Entry<String, JsonElement> entry : object.entrySet()) {
				String childPath = path + "." + entry.getKey();
				if (properties.has(entry.getKey())) {
					check(properties.getAsJsonObject(entry.getKey()), entry.getValue(), childPath, errors);
				} else if (schema.has("additionalProperties")) {
					JsonElement additional = schema.get("additionalProperties");
					if (additional.isJsonPrimitive() && !additional.getAsBoolean()) {
						errors.add(path + ": property " + entry.getKey() + " not allowed");
					} else if (additional.isJsonObject()) {
						check(additional.getAsJsonObject(), entry.getValue(), childPath, errors);
					}
				}
			}
		}
		if (value.isJsonArray()) {
			JsonArray array = value.getAsJsonArray();
			if (schema.has("minItems") && array.size() < schema.get("minItems").getAsInt()) {
				errors.add(path + ": fewer than " + schema.get("minItems") + " items");
			}
			if (schema.has("uniqueItems") && schema.get("uniqueItems").getAsBoolean()) {
				Set<JsonElement> seen = new HashSet<>();
				for (JsonElement item : array) {
					if (!seen.add(item)) {
						errors.add(path + ": duplicate item " + item);
					}
				}
			}
			if (schema.has("items")) {
				for (int i = 0; i < array.size(); i++) {
					check(schema.getAsJsonObject("items"), array.get(i), path + "[" + i + "]", errors);
				}
			}
		}
		if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber()) {
			double number = value.getAsDouble();
			if (schema.has("minimum") && number < schema.get("minimum").getAsDouble()) {
				errors.add(path + ": " + number + " below minimum " + schema.get("minimum"));
			}
			if (schema.has("maximum") && number > schema.get("maximum").getAsDouble()) {
				errors.add(path + ": " + number + " above maximum " + schema.get("maximum"));
			}
		}
		if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()) {
			String string = value.getAsString();
			if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").getAsString()).matcher(string).find()) {
				errors.add(path + ": '" + string + "' does not match " + schema.get("pattern"));
			}
			if (schema.has("format")) {
				format(schema.get("format").getAsString(), string, path, errors);
			}
		}
		if (schema.has("anyOf")) {
			int matches = matching(schema.getAsJsonArray("anyOf"), value, path);
			if (matches == 0) {
				errors.add(path + ": matches none of anyOf");
			}
		}
		if (schema.has("oneOf")) {
			int matches = matching(schema.getAsJsonArray("oneOf"), value, path);
			if (matches != 1) {
				errors.add(path + ": matches " + matches + " of oneOf, not exactly one");
			}
		}
	}

	private int matching(JsonArray options, JsonElement value, String path) {
		int matches = 0;
		for (JsonElement option : options) {
			List<String> optionErrors = new ArrayList<>();
			check(option.getAsJsonObject(), value, path, optionErrors);
			if (optionErrors.isEmpty()) {
				matches++;
			}
		}
		return matches;
	}

	private static void format(String format, String value, String path, List<String> errors) {
		try {
			switch (format) {
			case "uri" -> {
				if (!new URI(value).isAbsolute()) {
					errors.add(path + ": '" + value + "' is not an absolute URI");
				}
			}
			case "uri-reference" -> new URI(value);
			case "date-time" -> OffsetDateTime.parse(value);
			default -> { }
			}
		} catch (URISyntaxException | DateTimeParseException e) {
			errors.add(path + ": '" + value + "' is not a valid " + format);
		}
	}

	private static boolean hasType(JsonElement value, String type) {
		switch (type) {
		case "object": return value.isJsonObject();
		case "array": return value.isJsonArray();
		case "string": return value.isJsonPrimitive() && value.getAsJsonPrimitive().isString();
		case "boolean": return value.isJsonPrimitive() && value.getAsJsonPrimitive().isBoolean();
		case "null": return value.isJsonNull();
		case "number": return value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber();
		case "integer":
			if (!(value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber())) {
				return false;
			}
			JsonPrimitive number = value.getAsJsonPrimitive();
			return number.getAsDouble() == Math.rint(number.getAsDouble());
		default: throw new IllegalArgumentException("type " + type);
		}
	}

	private JsonObject resolve(String ref) {
		if (!ref.startsWith("#/")) {
			throw new IllegalArgumentException("only local $ref supported: " + ref);
		}
		JsonElement node = root;
		for (String part : ref.substring(2).split("/")) {
			node = node.getAsJsonObject().get(part.replace("~1", "/").replace("~0", "~"));
		}
		return node.getAsJsonObject();
	}
}
