// SPDX-License-Identifier: EPL-2.0
package dossier.licence;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * What the analyst intends to do with the material, and how strict the checker is. See docs/licence-json.md
 * for the file formats ({@code --policy FILE}: JSON or Java properties).
 *
 * @param outgoingLicence the licence the analyst will publish the reuse or adaptation under, or null if undecided
 * @param commercialUse whether the reuse is commercial (makes NC material an error)
 * @param severities per-rule severity overrides
 * @param disabled rule ids that do not run
 */
public record Policy(@Nullable LicenceId outgoingLicence, boolean commercialUse, Map<String, Severity> severities,
		Set<String> disabled) {

	public Policy {
		severities = Map.copyOf(severities);
		disabled = Set.copyOf(disabled);
	}

	/** No intended licence, non-commercial use, every rule at its default severity. */
	public static Policy defaults() {
		return new Policy(null, false, Map.of(), Set.of());
	}

	public Severity severityOf(RuleDescriptor rule) {
		return severities.getOrDefault(rule.id(), rule.defaultSeverity());
	}

	public boolean enabled(String ruleId) {
		return !disabled.contains(ruleId);
	}

	/**
	 * Reads a policy file: JSON when its first non-blank character is '{', else Java properties.
	 *
	 * @throws IOException when it cannot be read
	 * @throws IllegalArgumentException with a one-line reason when a value is wrong
	 */
	public static Policy load(Path file) throws IOException {
		String content = Files.readString(file, StandardCharsets.UTF_8);
		return content.stripLeading().startsWith("{") ? fromJson(new StringReader(content)) //$NON-NLS-1$
				: fromProperties(new StringReader(content));
	}

	/** {@code {"outgoing_licence":"CC-BY-SA-4.0","commercial_use":false,"severity":{"rule":"error"},"disabled":["rule"]}} */
	public static Policy fromJson(Reader reader) {
		JsonObject object;
		try {
			JsonElement root = JsonParser.parseReader(reader);
			if (!root.isJsonObject()) {
				throw new IllegalArgumentException("policy: expected a JSON object"); //$NON-NLS-1$
			}
			object = root.getAsJsonObject();
		} catch (JsonParseException e) {
			throw new IllegalArgumentException("policy: not valid JSON: " + e.getMessage(), e); //$NON-NLS-1$
		}
		LicenceId outgoing = null;
		if (object.has("outgoing_licence") && !object.get("outgoing_licence").isJsonNull()) { //$NON-NLS-1$ //$NON-NLS-2$
			outgoing = licence(object.get("outgoing_licence").getAsString()); //$NON-NLS-1$
		}
		boolean commercial = object.has("commercial_use") && object.get("commercial_use").getAsBoolean(); //$NON-NLS-1$ //$NON-NLS-2$
		Map<String, Severity> severities = new HashMap<>();
		if (object.has("severity")) { //$NON-NLS-1$
			for (Map.Entry<String, JsonElement> entry : object.getAsJsonObject("severity").entrySet()) { //$NON-NLS-1$
				severities.put(entry.getKey(), severity(entry.getKey(), entry.getValue().getAsString()));
			}
		}
		Set<String> disabled = new HashSet<>();
		if (object.has("disabled")) { //$NON-NLS-1$
			object.getAsJsonArray("disabled").forEach(e -> disabled.add(e.getAsString())); //$NON-NLS-1$
		}
		return new Policy(outgoing, commercial, severities, disabled);
	}

	/** {@code outgoing.licence=CC-BY-SA-4.0}, {@code commercial.use=true}, {@code severity.RULE=error}, {@code disabled=a,b} */
	public static Policy fromProperties(Reader reader) throws IOException {
		Properties properties = new Properties();
		properties.load(reader);
		String outgoingValue = properties.getProperty("outgoing.licence", "").trim(); //$NON-NLS-1$ //$NON-NLS-2$
		LicenceId outgoing = outgoingValue.isEmpty() ? null : licence(outgoingValue);
		boolean commercial = Boolean.parseBoolean(properties.getProperty("commercial.use", "false").trim()); //$NON-NLS-1$ //$NON-NLS-2$
		Map<String, Severity> severities = new HashMap<>();
		Set<String> disabled = new HashSet<>();
		for (String key : properties.stringPropertyNames()) {
			if (key.startsWith("severity.")) { //$NON-NLS-1$
				String rule = key.substring("severity.".length()); //$NON-NLS-1$
				severities.put(rule, severity(rule, properties.getProperty(key)));
			}
		}
		for (String rule : properties.getProperty("disabled", "").split(",")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			if (!rule.isBlank()) {
				disabled.add(rule.trim());
			}
		}
		return new Policy(outgoing, commercial, severities, disabled);
	}

	private static LicenceId licence(String value) {
		LicenceId id = LicenceId.parse(value);
		if (id == null) {
			throw new IllegalArgumentException("policy: unknown licence '" + value + "' (use an SPDX id such as CC-BY-SA-4.0)"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return id;
	}

	private static Severity severity(String rule, @Nullable String value) {
		Severity severity = Severity.parse(value);
		if (severity == null) {
			throw new IllegalArgumentException("policy: severity of " + rule + " must be error, warning or note, not '" //$NON-NLS-1$ //$NON-NLS-2$
					+ value.toLowerCase(Locale.ROOT) + "'"); //$NON-NLS-1$
		}
		return severity;
	}
}
