// SPDX-License-Identifier: EPL-2.0
package dossier.entities;

import java.util.Objects;

import org.eclipse.jdt.annotation.Nullable;

/**
 * A kind of entity: the four built in ({@link #PERSON}, {@link #PLACE}, {@link #ORG}, {@link #DATE}) and any a
 * team contributes (for example {@code VESSEL}) through the {@code dossier.entityTypes} element of the
 * {@code dossier.recognizers} extension point or declared with a corpus's catalogue ({@link Catalogue#declare(EntityType)}).
 *
 * @param id upper-case identifier stored in catalogues and mention files, e.g. {@code PERSON}
 * @param label the name a user reads
 * @param colour a colour hint for editors, {@code #rrggbb}, or null
 */
public record EntityType(String id, String label, @Nullable String colour) {

	public static final EntityType PERSON = new EntityType("PERSON", "Person", "#1f77b4"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	public static final EntityType PLACE = new EntityType("PLACE", "Place", "#2ca02c"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	public static final EntityType ORG = new EntityType("ORG", "Organisation", "#d62728"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	public static final EntityType DATE = new EntityType("DATE", "Date", "#9467bd"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	public EntityType {
		Objects.requireNonNull(id, "id"); //$NON-NLS-1$
		if (!id.matches("[A-Z][A-Z0-9_]*")) { //$NON-NLS-1$
			throw new IllegalArgumentException("entity type id must be upper case letters, digits, _: " + id); //$NON-NLS-1$
		}
		label = label == null || label.isBlank() ? id : label;
	}
}
