// SPDX-License-Identifier: EPL-2.0
package dossier.workspace.licence;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * What the analyst has established about an article's attribution, beyond what its source states: the
 * article's <em>attribution record</em>. Quick fixes write it; the source text is never changed. Stored as
 * {@code articles/<shard>/<id>.attribution} beside the article (see {@link AttributionRecords}), read by the
 * build through {@link AttributedCheck}. Immutable; the {@code with...} methods return changed copies.
 *
 * @param licence the licence the analyst confirmed, as an SPDX id with its version ({@code CC-BY-SA-4.0}), or null
 * @param licenceLink the URL of the licence to carry in the credit, or null
 * @param creators creators the analyst entered (names or pseudonyms), in order
 * @param modificationNotice the notice of modification to carry ("Arabic translation of the Italian original"), or null
 * @param excluded third-party credits (as found in the text) the analyst marked as excluded from reuse
 * @param credit the credit the analyst inserted for reuse, or null
 */
public record AttributionRecord(@Nullable String licence, @Nullable String licenceLink, List<String> creators,
		@Nullable String modificationNotice, List<String> excluded, @Nullable Credit credit) {

	/** The current {@code format} of the stored record. */
	public static final int FORMAT = 1;

	/** A record with nothing in it: the article as its source states it. */
	public static final AttributionRecord EMPTY = new AttributionRecord(null, null, List.of(), null, List.of(), null);

	/**
	 * A credit inserted for reuse.
	 *
	 * @param text the credit as plain text
	 * @param html the credit as HTML
	 * @param markdown the credit as Markdown
	 * @param covers the ids of the rules whose requirement the credit meets (a licence link, the modification
	 *        notice, the exclusion of third-party items), as established when it was inserted
	 */
	public record Credit(String text, @Nullable String html, @Nullable String markdown, List<String> covers) {
		public Credit {
			Objects.requireNonNull(text, "text"); //$NON-NLS-1$
			covers = List.copyOf(covers);
		}
	}

	public AttributionRecord {
		licence = blankToNull(licence);
		licenceLink = blankToNull(licenceLink);
		modificationNotice = blankToNull(modificationNotice);
		creators = List.copyOf(new LinkedHashSet<>(creators.stream().map(String::strip).filter(s -> !s.isEmpty()).toList()));
		excluded = List.copyOf(new LinkedHashSet<>(excluded.stream().map(String::strip).filter(s -> !s.isEmpty()).toList()));
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	public boolean isEmpty() {
		return equals(EMPTY);
	}

	public AttributionRecord withLicence(String value) {
		return new AttributionRecord(value, licenceLink, creators, modificationNotice, excluded, credit);
	}

	public AttributionRecord withLicenceLink(@Nullable String value) {
		return new AttributionRecord(licence, value, creators, modificationNotice, excluded, credit);
	}

	public AttributionRecord withCreator(String value) {
		List<String> more = new ArrayList<>(creators);
		more.add(value);
		return new AttributionRecord(licence, licenceLink, more, modificationNotice, excluded, credit);
	}

	public AttributionRecord withModificationNotice(String value) {
		return new AttributionRecord(licence, licenceLink, creators, value, excluded, credit);
	}

	public AttributionRecord withExcluded(String creditText) {
		List<String> more = new ArrayList<>(excluded);
		more.add(creditText);
		return new AttributionRecord(licence, licenceLink, creators, modificationNotice, more, credit);
	}

	public AttributionRecord withCredit(Credit value) {
		return new AttributionRecord(licence, licenceLink, creators, modificationNotice, excluded, value);
	}

	/** The stored form: pretty JSON, keys in a fixed order, absent values left out. */
	public String toJson() {
		JsonObject o = new JsonObject();
		o.addProperty("format", FORMAT); //$NON-NLS-1$
		if (licence != null) {
			o.addProperty("licence", licence); //$NON-NLS-1$
		}
		if (licenceLink != null) {
			o.addProperty("licenceLink", licenceLink); //$NON-NLS-1$
		}
		if (!creators.isEmpty()) {
			o.add("creators", array(creators)); //$NON-NLS-1$
		}
		if (modificationNotice != null) {
			o.addProperty("modificationNotice", modificationNotice); //$NON-NLS-1$
		}
		if (!excluded.isEmpty()) {
			o.add("excluded", array(excluded)); //$NON-NLS-1$
		}
		if (credit != null) {
			JsonObject c = new JsonObject();
			c.addProperty("text", credit.text()); //$NON-NLS-1$
			if (credit.html() != null) {
				c.addProperty("html", credit.html()); //$NON-NLS-1$
			}
			if (credit.markdown() != null) {
				c.addProperty("markdown", credit.markdown()); //$NON-NLS-1$
			}
			c.add("covers", array(credit.covers())); //$NON-NLS-1$
			o.add("credit", c); //$NON-NLS-1$
		}
		return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(o) + "\n"; //$NON-NLS-1$
	}

	private static JsonArray array(List<String> values) {
		JsonArray array = new JsonArray();
		values.forEach(array::add);
		return array;
	}

	/**
	 * Reads the stored form.
	 *
	 * @throws IllegalArgumentException with a one-line reason when it is not a record of a known format
	 */
	public static AttributionRecord fromJson(String json) {
		try {
			JsonElement root = JsonParser.parseString(json);
			if (!root.isJsonObject()) {
				throw new IllegalArgumentException("an attribution record must be a JSON object"); //$NON-NLS-1$
			}
			JsonObject o = root.getAsJsonObject();
			int format = o.has("format") ? o.get("format").getAsInt() : FORMAT; //$NON-NLS-1$ //$NON-NLS-2$
			if (format > FORMAT || format < 1) {
				throw new IllegalArgumentException("attribution record format " + format + " is not supported (this Dossier reads " //$NON-NLS-1$ //$NON-NLS-2$
						+ FORMAT + ")"); //$NON-NLS-1$
			}
			@Nullable Credit credit = null;
			if (o.has("credit") && o.get("credit").isJsonObject()) { //$NON-NLS-1$ //$NON-NLS-2$
				JsonObject c = o.getAsJsonObject("credit"); //$NON-NLS-1$
				credit = new Credit(Objects.requireNonNull(string(c, "text"), "text"), string(c, "html"), string(c, "markdown"), strings(c, "covers")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			}
			return new AttributionRecord(string(o, "licence"), string(o, "licenceLink"), strings(o, "creators"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					string(o, "modificationNotice"), strings(o, "excluded"), credit); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (JsonParseException | IllegalStateException | UnsupportedOperationException | NullPointerException e) {
			throw new IllegalArgumentException("not a valid attribution record: " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""), e); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private static @Nullable String string(JsonObject o, String key) {
		return o.has(key) && !o.get(key).isJsonNull() ? o.get(key).getAsString() : null;
	}

	private static List<String> strings(JsonObject o, String key) {
		List<String> values = new ArrayList<>();
		if (o.has(key) && o.get(key).isJsonArray()) {
			o.getAsJsonArray(key).forEach(e -> values.add(e.getAsString()));
		}
		return values;
	}
}
