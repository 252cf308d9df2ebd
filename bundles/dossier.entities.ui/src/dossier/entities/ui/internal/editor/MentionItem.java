// SPDX-License-Identifier: EPL-2.0
package dossier.entities.ui.internal.editor;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.views.properties.IPropertySource;

import dossier.entities.Entity;
import dossier.entities.EntityType;
import dossier.entities.EntityTypes;
import dossier.entities.Mention;
import dossier.entities.MentionStatus;
import dossier.entities.ui.internal.Messages;
import dossier.entities.ui.internal.model.ArticleSession;
import dossier.ui.ReadOnlyProperties;

/** A mention as the editor's selection: the Properties view shows it through {@link IPropertySource}. */
public record MentionItem(ArticleSession session, Mention mention) implements IAdaptable {

	/** The hover text of a mention: label, type, status, canonical id, QID; {@code session} null while loading. */
	static String describe(ArticleSession session, Mention mention) {
		Entity entity = session == null ? null : session.entity(mention.entityId());
		EntityType type = session == null ? EntityTypes.get(mention.type()) : session.catalogue().type(mention.type());
		String label = session == null ? mention.text() : session.label(mention);
		String qid = entity != null && entity.qid() != null ? entity.qid() : Messages.Hover_noQid;
		return NLS.bind(Messages.Hover_text, new Object[] { label, type.label(), statusLabel(mention.status()), mention.entityId(), qid });
	}

	static String statusLabel(MentionStatus status) {
		return switch (status) {
		case SUGGESTED -> Messages.Status_suggested;
		case ACCEPTED -> Messages.Status_accepted;
		case REJECTED -> Messages.Status_rejected;
		};
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IPropertySource.class) {
			Entity entity = session.entity(mention.entityId());
			return adapter.cast(new ReadOnlyProperties() //
					.add(Messages.Props_text, mention.text()) //
					.add(Messages.Props_label, session.label(mention)) //
					.add(Messages.Props_type, session.catalogue().type(mention.type()).label()) //
					.add(Messages.Props_id, mention.entityId()) //
					.add(Messages.Props_qid, entity == null ? null : entity.qid()) //
					.add(Messages.Props_status, statusLabel(mention.status())) //
					.add(Messages.Props_offsets, "[" + mention.start() + ", " + mention.end() + ")") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					.add(Messages.Props_recognizer, mention.recognizer()));
		}
		return null;
	}
}
