// SPDX-License-Identifier: EPL-2.0
package dossier.entities.ui.internal.text;

import org.eclipse.jface.text.source.Annotation;

import dossier.entities.Mention;
import dossier.entities.MentionStatus;

/** A mention in the Text page's annotation model. Its annotation type names entity type and status. */
public final class MentionAnnotation extends Annotation {

	/** Prefix of every mention annotation type: {@code dossier.mention.<status>.<TYPE>}. */
	public static final String TYPE_PREFIX = "dossier.mention."; //$NON-NLS-1$

	private final Mention mention;

	public MentionAnnotation(Mention mention) {
		super(typeOf(mention.type(), mention.status()), false, mention.text());
		this.mention = mention;
	}

	public Mention mention() {
		return mention;
	}

	public static String typeOf(String entityType, MentionStatus status) {
		return TYPE_PREFIX + status.key() + "." + entityType; //$NON-NLS-1$
	}
}
