// SPDX-License-Identifier: EPL-2.0
package dossier.entities.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dossier.entities.ArticleEntities;
import dossier.entities.Entity;
import dossier.entities.Mention;
import dossier.entities.MentionStatus;

/**
 * brat standoff ({@code .ann} beside the article text as {@code .txt}): one {@code T} line per mention, offsets
 * in code points as brat counts them, an {@code N} line per linked entity ({@code Wikidata:Q…} when known, else
 * {@code Dossier:<id>}), and an {@code AnnotatorNotes} line with the Dossier entity id so an import restores the
 * link exactly.
 */
public final class BratFormat {

	private BratFormat() {
	}

	public static String write(ArticleEntities result) {
		String text = result.article().text();
		StringBuilder ann = new StringBuilder();
		int t = 0;
		for (Mention mention : result.active()) {
			t++;
			String covered = mention.text().replace('\n', ' ').replace('\r', ' ');
			ann.append('T').append(t).append('\t').append(mention.type()).append(' ')
					.append(Offsets.toCodePoints(text, mention.start())).append(' ')
					.append(Offsets.toCodePoints(text, mention.end())).append('\t').append(covered).append('\n');
			Entity entity = result.entities().get(mention.entityId());
			String reference = entity != null && entity.qid() != null ? "Wikidata:" + entity.qid() : "Dossier:" + mention.entityId(); //$NON-NLS-1$ //$NON-NLS-2$
			ann.append('N').append(t).append("\tReference T").append(t).append(' ').append(reference).append('\t') //$NON-NLS-1$
					.append(entity != null ? result.label(entity) : mention.entityId()).append('\n');
			ann.append('#').append(t).append("\tAnnotatorNotes T").append(t).append('\t').append(mention.entityId()).append('\n'); //$NON-NLS-1$
		}
		return ann.toString();
	}

	/** Reads a {@code .ann} against the article's text; T lines that do not fit the text are reported. */
	public static ImportedMentions read(String ann, String articleId, String text) {
		Map<String, int[]> spans = new HashMap<>();
		Map<String, String> types = new HashMap<>();
		Map<String, String> entityIds = new HashMap<>();
		List<String> order = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		int lineNumber = 0;
		for (String line : ann.split("\r?\n")) { //$NON-NLS-1$
			lineNumber++;
			if (line.isBlank()) {
				continue;
			}
			String[] fields = line.split("\t", -1); //$NON-NLS-1$
			try {
				if (line.startsWith("T")) { //$NON-NLS-1$
					String[] typeAndSpans = fields[1].split(" ", 2); //$NON-NLS-1$
					String[] fragments = typeAndSpans[1].split(";"); //$NON-NLS-1$
					int start = Integer.parseInt(fragments[0].trim().split(" ")[0]); //$NON-NLS-1$
					String[] last = fragments[fragments.length - 1].trim().split(" "); //$NON-NLS-1$
					int end = Integer.parseInt(last[last.length - 1]);
					int from = Offsets.toUtf16(text, start);
					int to = Offsets.toUtf16(text, end);
					if (from < 0 || to < 0 || to < from) {
						problems.add("line " + lineNumber + ": " + fields[0] + " lies outside the text"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						continue;
					}
					if (fields.length > 2 && fragments.length == 1 && !text.substring(from, to).equals(fields[2])) {
						problems.add("line " + lineNumber + ": " + fields[0] + " text differs from the article at " + start); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						continue;
					}
					spans.put(fields[0], new int[] { from, to });
					types.put(fields[0], typeAndSpans[0]);
					order.add(fields[0]);
				} else if (line.startsWith("#") && fields[1].startsWith("AnnotatorNotes ")) { //$NON-NLS-1$ //$NON-NLS-2$
					entityIds.put(fields[1].substring("AnnotatorNotes ".length()).trim(), fields[2].trim()); //$NON-NLS-1$
				} else if (line.startsWith("N")) { //$NON-NLS-1$
					String[] parts = fields[1].split(" "); //$NON-NLS-1$
					String target = parts[1];
					String reference = parts[2];
					if (reference.startsWith("Dossier:")) { //$NON-NLS-1$
						entityIds.putIfAbsent(target, reference.substring("Dossier:".length())); //$NON-NLS-1$
					} else if (reference.startsWith("Wikidata:")) { //$NON-NLS-1$
						entityIds.putIfAbsent(target, "wikidata:" + reference.substring("Wikidata:".length())); //$NON-NLS-1$ //$NON-NLS-2$
					}
				}
			} catch (RuntimeException e) {
				problems.add("line " + lineNumber + ": not brat standoff"); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		List<Mention> mentions = new ArrayList<>();
		for (String id : order) {
			int[] span = spans.get(id);
			String entityId = entityIds.getOrDefault(id, "brat:" + id); //$NON-NLS-1$
			mentions.add(new Mention(articleId, span[0], span[1], text.substring(span[0], span[1]), entityId, Objects.requireNonNull(types.get(id)),
					"import.brat", 1.0, MentionStatus.ACCEPTED)); //$NON-NLS-1$
		}
		mentions.sort(Mention.TEXT_ORDER);
		return new ImportedMentions(mentions, problems);
	}
}
