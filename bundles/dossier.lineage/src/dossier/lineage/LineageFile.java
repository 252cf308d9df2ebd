// SPDX-License-Identifier: EPL-2.0
package dossier.lineage;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonWriter;

import dossier.core.internal.store.AtomicFiles;

/**
 * The links of a corpus and the analysts' decisions, kept in {@value #FILE_NAME} at the corpus's root (format in
 * {@code docs/format.md}). Suggestions are the engine's and are replaced on every computation; confirmed and
 * rejected links are decisions and are kept as they are, and a rejected link (the same two articles, the same
 * type) is never suggested again. Written atomically; a file that cannot be read is reported and never
 * overwritten.
 */
public final class LineageFile {

	/** The file's name, at the corpus's root. */
	public static final String FILE_NAME = "lineage.json"; //$NON-NLS-1$
	/** The value of the file's {@code format} key. */
	public static final String FORMAT = "dossier-lineage"; //$NON-NLS-1$
	/** The version this class writes; newer ones are refused. */
	public static final int VERSION = 1;

	private final Path file;
	/** By {@link LineageLink#pairKey()}. */
	private final Map<String, LineageLink> links = new LinkedHashMap<>();

	private LineageFile(Path file) {
		this.file = file;
	}

	/**
	 * The lineage file of the corpus in {@code corpusFolder}, empty when it has none yet.
	 *
	 * @throws IOException when the file exists but cannot be read, is not valid JSON or is of a newer version
	 */
	public static LineageFile read(Path corpusFolder) throws IOException {
		LineageFile lineage = new LineageFile(corpusFolder.resolve(FILE_NAME));
		String json;
		try {
			json = Files.readString(lineage.file, StandardCharsets.UTF_8);
		} catch (NoSuchFileException e) {
			return lineage;
		}
		try {
			JsonObject root = JsonParser.parseString(json).getAsJsonObject();
			if (!FORMAT.equals(string(root, "format")) || root.get("version").getAsInt() > VERSION) { //$NON-NLS-1$ //$NON-NLS-2$
				throw new IOException(FILE_NAME + ": not a " + FORMAT + " file of version " + VERSION + " or older"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
			JsonArray array = root.getAsJsonArray("links"); //$NON-NLS-1$
			for (int i = 0; array != null && i < array.size(); i++) {
				try {
					LineageLink link = link(array.get(i).getAsJsonObject());
					lineage.links.put(link.pairKey(), link);
				} catch (RuntimeException e) {
					throw new IOException(FILE_NAME + ": link #" + (i + 1) + " is invalid (" + e.getMessage() + ")", e); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				}
			}
		} catch (JsonParseException | IllegalStateException | UnsupportedOperationException | NullPointerException e) {
			throw new IOException(FILE_NAME + ": not valid JSON (" + e.getMessage() + ")", e); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return lineage;
	}

	/** Every link, suggested and decided, in the file's order (by original, copy and type). */
	public synchronized List<LineageLink> links() {
		return sorted();
	}

	/** The links an analyst should see: suggested and confirmed ones (rejected ones are decisions, not links). */
	public synchronized List<LineageLink> current() {
		return sorted().stream().filter(link -> link.status() != LinkStatus.REJECTED).toList();
	}

	/**
	 * The links an analyst should see among the articles a corpus holds now ({@code held}): {@link #current()}
	 * without the links to or from an article removed from the corpus. A removed article's decisions stay in the
	 * file, unseen (a confirmed link to a deleted copy counts nowhere), and apply again should the same article be
	 * imported again: a link an analyst rejected is still not proposed, a confirmed one is confirmed again.
	 */
	public synchronized List<LineageLink> current(Set<String> held) {
		return sorted().stream()
				.filter(link -> link.status() != LinkStatus.REJECTED && held.contains(link.from()) && held.contains(link.to()))
				.toList();
	}

	/** How many rejected links join two articles of {@code held} (what {@link #current(Set)} leaves out besides). */
	public synchronized int rejected(Set<String> held) {
		return (int) links.values().stream().filter(link -> link.status() == LinkStatus.REJECTED
				&& held.contains(link.from()) && held.contains(link.to())).count();
	}

	/**
	 * Replaces every suggestion by {@code computed} (a computation over the whole corpus). Decisions stay; a
	 * computed link that an analyst has decided on keeps the decision and takes the new score and evidence,
	 * except a rejected one, which stays as it was.
	 */
	public synchronized void replaceSuggestions(List<LineageLink> computed) {
		links.values().removeIf(link -> !link.status().isDecision());
		addSuggestions(computed);
	}

	/**
	 * Replaces the suggestions that involve {@code id} by {@code computed} (the links of one new or changed
	 * article), keeping every other link.
	 */
	public synchronized void replaceSuggestionsOf(String id, List<LineageLink> computed) {
		links.values().removeIf(link -> !link.status().isDecision() && link.involves(id));
		addSuggestions(computed);
	}

	/**
	 * Stores what adding (or removing) the article {@code id} changed ({@link LinkChanges}): its suggestions replaced
	 * by its links ({@link #replaceSuggestionsOf}; none when it was removed), the suggestions it no longer supports
	 * dropped, then each revision of another link: the suggestion it revises replaced by the revised link. The
	 * analysts' decisions win: a link an analyst confirmed is not revised, a revision an analyst has rejected (the same
	 * pair and type) is not proposed again and leaves the link as it was.
	 */
	public synchronized void apply(String id, LinkChanges changes) {
		replaceSuggestionsOf(id, changes.links());
		for (LineageLink gone : changes.removed()) {
			LineageLink held = links.get(gone.pairKey());
			if (held != null && !held.status().isDecision()) {
				links.remove(gone.pairKey());
			}
		}
		for (LinkChanges.Retyped revision : changes.retyped()) {
			LineageLink was = links.get(revision.was().pairKey());
			LineageLink now = links.get(revision.now().pairKey());
			if (was != null && was.status() == LinkStatus.CONFIRMED
					|| now != null && now.status() == LinkStatus.REJECTED) {
				continue;
			}
			if (was != null && !was.status().isDecision()) {
				links.remove(revision.was().pairKey());
			}
			addSuggestions(List.of(revision.now()));
		}
	}

	/** The {@link LineageLink#pairKey()} of every rejected link: what the index must not build on. */
	public synchronized Set<String> rejectedKeys() {
		Set<String> keys = new HashSet<>();
		links.forEach((key, link) -> {
			if (link.status() == LinkStatus.REJECTED) {
				keys.add(key);
			}
		});
		return keys;
	}

	private void addSuggestions(List<LineageLink> computed) {
		for (LineageLink link : computed) {
			LineageLink known = links.get(link.pairKey());
			if (known == null) {
				links.put(link.pairKey(), link.withStatus(LinkStatus.SUGGESTED));
			} else if (known.status() == LinkStatus.CONFIRMED) {
				links.put(link.pairKey(), link.withStatus(LinkStatus.CONFIRMED));
			}
		}
	}

	/**
	 * Records an analyst's decision on the link of {@code type} between {@code a} and {@code b} (either order).
	 *
	 * @return the decided link, or empty when there is no such link
	 */
	public synchronized Optional<LineageLink> decide(String a, String b, LinkType type, LinkStatus status) {
		String key = LineageLink.pairKey(a, b, type);
		LineageLink link = links.get(key);
		if (link == null) {
			return Optional.empty();
		}
		LineageLink decided = link.withStatus(status);
		links.put(key, decided);
		return Optional.of(decided);
	}

	/** Writes the file atomically. */
	public synchronized void write() throws IOException {
		AtomicFiles.write(file, out -> {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			writer.write(toJson(sorted()));
			writer.write('\n');
			writer.flush();
		});
	}

	/** {@code links} in the file's JSON form (also the command line's JSON output). */
	public static String toJson(List<LineageLink> links) {
		StringWriter out = new StringWriter();
		try (JsonWriter json = new JsonWriter(out)) {
			json.setIndent("  "); //$NON-NLS-1$
			json.beginObject();
			json.name("format").value(FORMAT); //$NON-NLS-1$
			json.name("version").value(VERSION); //$NON-NLS-1$
			json.name("links").beginArray(); //$NON-NLS-1$
			for (LineageLink link : links) {
				json.beginObject();
				json.name("from").value(link.from()); //$NON-NLS-1$
				json.name("to").value(link.to()); //$NON-NLS-1$
				json.name("type").value(link.type().id()); //$NON-NLS-1$
				json.name("score").value(link.score()); //$NON-NLS-1$
				json.name("directed").value(link.directed()); //$NON-NLS-1$
				json.name("status").value(link.status().id()); //$NON-NLS-1$
				json.name("evidence").beginArray(); //$NON-NLS-1$
				for (Evidence evidence : link.evidence()) {
					json.beginObject();
					json.name("kind").value(evidence.kind()); //$NON-NLS-1$
					json.name("detail").value(evidence.detail()); //$NON-NLS-1$
					json.endObject();
				}
				json.endArray();
				json.endObject();
			}
			json.endArray();
			json.endObject();
		} catch (IOException e) {
			throw new IllegalStateException("a StringWriter does not fail", e); //$NON-NLS-1$
		}
		return out.toString();
	}

	private List<LineageLink> sorted() {
		List<LineageLink> sorted = new ArrayList<>(links.values());
		sorted.sort(Comparator.comparing(LineageLink::from).thenComparing(LineageLink::to)
				.thenComparing(link -> link.type().id()));
		return sorted;
	}

	private static LineageLink link(JsonObject object) {
		List<Evidence> evidence = new ArrayList<>();
		JsonArray array = object.getAsJsonArray("evidence"); //$NON-NLS-1$
		for (int i = 0; array != null && i < array.size(); i++) {
			JsonObject item = array.get(i).getAsJsonObject();
			evidence.add(new Evidence(string(item, "kind"), string(item, "detail"))); //$NON-NLS-1$ //$NON-NLS-2$
		}
		JsonElement directed = object.get("directed"); //$NON-NLS-1$
		return new LineageLink(string(object, "from"), string(object, "to"), LinkType.ofId(string(object, "type")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				object.get("score").getAsDouble(), directed != null && directed.getAsBoolean(), evidence, //$NON-NLS-1$
				LinkStatus.ofId(string(object, "status"))); //$NON-NLS-1$
	}

	private static String string(JsonObject object, String key) {
		JsonElement element = object.get(key);
		if (element == null || element.isJsonNull()) {
			throw new IllegalArgumentException("no " + key); //$NON-NLS-1$
		}
		return element.getAsString();
	}
}
