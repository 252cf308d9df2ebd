// SPDX-License-Identifier: EPL-2.0
package dossier.entities.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.Nullable;

import dossier.entities.ArticleEntities;
import dossier.entities.Entity;
import dossier.entities.Mention;

/**
 * CSV (RFC 4180) of entities with counts over a set of articles: {@code id,type,label,qid,mentions,articles},
 * most mentioned first.
 */
public final class CsvFormat {

	private CsvFormat() {
	}

	public static String write(List<ArticleEntities> results) {
		Map<String, Entity> entities = new LinkedHashMap<>();
		Map<String, String> labels = new LinkedHashMap<>();
		Map<String, Integer> mentionCounts = new LinkedHashMap<>();
		Map<String, Set<String>> articles = new LinkedHashMap<>();
		for (ArticleEntities result : results) {
			for (Mention mention : result.active()) {
				Entity entity = result.entities().get(mention.entityId());
				if (entity == null) {
					continue;
				}
				entities.putIfAbsent(entity.id(), entity);
				labels.putIfAbsent(entity.id(), result.label(entity));
				mentionCounts.merge(entity.id(), 1, Integer::sum);
				articles.computeIfAbsent(entity.id(), id -> new LinkedHashSet<>()).add(result.article().id());
			}
		}
		List<String> ids = new ArrayList<>(entities.keySet());
		ids.sort((a, b) -> mentionCounts.get(b) - mentionCounts.get(a) != 0 ? mentionCounts.get(b) - mentionCounts.get(a) : a.compareTo(b));
		StringBuilder csv = new StringBuilder("id,type,label,qid,mentions,articles\r\n"); //$NON-NLS-1$
		for (String id : ids) {
			Entity entity = entities.get(id);
			csv.append(field(id)).append(',').append(field(entity.type())).append(',').append(field(labels.get(id))).append(',')
					.append(field(entity.qid() == null ? "" : entity.qid())).append(',').append(mentionCounts.get(id)).append(',') //$NON-NLS-1$
					.append(articles.get(id).size()).append("\r\n"); //$NON-NLS-1$
		}
		return csv.toString();
	}

	static String field(@Nullable String value) {
		if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			return '"' + value.replace("\"", "\"\"") + '"'; //$NON-NLS-1$ //$NON-NLS-2$
		}
		return value;
	}

	/** Parses CSV rows (quoted fields, doubled quotes, CRLF) — for round-trip checks and spreadsheets. */
	public static List<List<String>> read(String csv) {
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < csv.length(); i++) {
			char c = csv.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				} else if (c == '"') {
					quoted = false;
				} else {
					field.append(c);
				}
			} else if (c == '"') {
				quoted = true;
			} else if (c == ',') {
				row.add(field.toString());
				field.setLength(0);
			} else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
					i++;
				}
				row.add(field.toString());
				field.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
			} else {
				field.append(c);
			}
		}
		if (field.length() > 0 || !row.isEmpty()) {
			row.add(field.toString());
			rows.add(row);
		}
		return rows;
	}
}
