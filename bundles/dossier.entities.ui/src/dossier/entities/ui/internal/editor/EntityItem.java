// SPDX-License-Identifier: EPL-2.0
package dossier.entities.ui.internal.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.ui.views.properties.IPropertySource;

import dossier.entities.Entity;
import dossier.entities.EntityType;
import dossier.entities.Mention;
import dossier.entities.MentionStatus;
import dossier.entities.ui.internal.EntitiesUiPlugin;
import dossier.entities.ui.internal.Messages;
import dossier.entities.ui.internal.model.ArticleSession;
import dossier.ui.ReadOnlyProperties;

/**
 * An entity of the open article with its mentions there, as shown by the outline and the Entities page. The
 * entity may be unknown to every catalogue (its id is then all there is).
 */
public record EntityItem(ArticleSession session, String id, String type, @Nullable Entity entity, List<Mention> mentions)
		implements IAdaptable {

	/** The entity's label in the article's language; a date in words in the workbench's locale ("17 June 2024"). */
	public String label() {
		if (EntityType.DATE.id().equals(type)) {
			return ArticleSession.dateInWords(id);
		}
		return entity != null ? entity.label(session.language()) : mentions.isEmpty() ? id : mentions.get(0).text();
	}

	public String qid() {
		String qid = entity == null ? null : entity.qid();
		return qid != null ? qid : ""; //$NON-NLS-1$
	}

	/** "3 accepted, 2 suggested". */
	public String statusSummary() {
		long accepted = mentions.stream().filter(m -> m.status() == MentionStatus.ACCEPTED).count();
		long suggested = mentions.stream().filter(m -> m.status() == MentionStatus.SUGGESTED).count();
		long rejected = mentions.stream().filter(m -> m.status() == MentionStatus.REJECTED).count();
		StringBuilder out = new StringBuilder();
		append(out, accepted, Messages.Status_accepted);
		append(out, suggested, Messages.Status_suggested);
		append(out, rejected, Messages.Status_rejected);
		return out.toString();
	}

	private static void append(StringBuilder out, long count, String label) {
		if (count > 0) {
			out.append(out.length() > 0 ? ", " : "").append(count).append(' ').append(label); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** Mentions not rejected. */
	public long activeCount() {
		return mentions.stream().filter(m -> m.status() != MentionStatus.REJECTED).count();
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IPropertySource.class) {
			return adapter.cast(new ReadOnlyProperties() //
					.add(Messages.Props_label, label()) //
					.add(Messages.Props_type, session.catalogue().type(type).label()) //
					.add(Messages.Props_id, id) //
					.add(Messages.Props_qid, qid()) //
					.add(Messages.Props_mentions, statusSummary()) //
					.add(Messages.Props_aliases, entity == null ? null : String.join(", ", entity.allNames()))); //$NON-NLS-1$
		}
		return null;
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof EntityItem item && item.id.equals(id) && item.session == session;
	}

	@Override
	public int hashCode() {
		return id.hashCode();
	}

	/** The entities of the session's current state, in order of first mention. */
	public static List<EntityItem> of(ArticleSession session) {
		Map<String, List<Mention>> byEntity = new LinkedHashMap<>();
		for (Mention mention : EntitiesUiPlugin.shown(session.state().mentions())) {
			byEntity.computeIfAbsent(mention.entityId(), id -> new ArrayList<>()).add(mention);
		}
		return byEntity.entrySet().stream().map(e -> new EntityItem(session, e.getKey(), e.getValue().get(0).type(),
				session.entity(e.getKey()), List.copyOf(e.getValue()))).toList();
	}
}
