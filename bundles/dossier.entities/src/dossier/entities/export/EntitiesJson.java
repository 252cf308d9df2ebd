// SPDX-License-Identifier: EPL-2.0
package dossier.entities.export;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import com.google.gson.stream.JsonWriter;

import dossier.entities.ArticleEntities;
import dossier.entities.Entity;
import dossier.entities.Mention;

/**
 * The JSON report of {@code dossier entities --format json}: per article, its entities (id, label, type, QID) in
 * order of first mention, each with its mentions (start, end, text; Java String offsets).
 */
public final class EntitiesJson {

	private EntitiesJson() {
	}

	/** @param sources where each article was read from, by article id (may be empty) */
	public static String write(List<ArticleEntities> results, Map<String, String> sources) throws IOException {
		StringWriter out = new StringWriter();
		JsonWriter json = new JsonWriter(out);
		json.setIndent("  "); //$NON-NLS-1$
		json.setHtmlSafe(false);
		json.beginObject();
		json.name("articles").beginArray(); //$NON-NLS-1$
		for (ArticleEntities result : results) {
			json.beginObject();
			json.name("id").value(result.article().id()); //$NON-NLS-1$
			json.name("title").value(result.article().title()); //$NON-NLS-1$
			if (sources.containsKey(result.article().id())) {
				json.name("source").value(sources.get(result.article().id())); //$NON-NLS-1$
			}
			json.name("language").value(result.language()); //$NON-NLS-1$
			json.name("entities").beginArray(); //$NON-NLS-1$
			for (Map.Entry<Entity, List<Mention>> entry : result.byEntity().entrySet()) {
				Entity entity = entry.getKey();
				json.beginObject();
				json.name("id").value(entity.id()); //$NON-NLS-1$
				json.name("label").value(result.label(entity)); //$NON-NLS-1$
				json.name("type").value(entity.type()); //$NON-NLS-1$
				json.name("qid"); //$NON-NLS-1$
				if (entity.qid() == null) {
					json.nullValue();
				} else {
					json.value(entity.qid());
				}
				json.name("mentions").beginArray(); //$NON-NLS-1$
				for (Mention mention : entry.getValue()) {
					json.beginObject().name("start").value(mention.start()).name("end").value(mention.end()) //$NON-NLS-1$ //$NON-NLS-2$
							.name("text").value(mention.text()).name("recognizer").value(mention.recognizer()) //$NON-NLS-1$ //$NON-NLS-2$
							.name("confidence").value(Math.round(mention.confidence() * 100) / 100.0) //$NON-NLS-1$
							.name("status").value(mention.status().key()).endObject(); //$NON-NLS-1$
				}
				json.endArray();
				json.endObject();
			}
			json.endArray();
			json.endObject();
		}
		json.endArray();
		json.endObject();
		json.flush();
		return out + "\n"; //$NON-NLS-1$
	}
}
