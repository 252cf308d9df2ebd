// SPDX-License-Identifier: EPL-2.0
package dossier.entities.ui.internal.prefs;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceConverter;
import org.eclipse.swt.graphics.RGB;

import dossier.entities.EntityType;
import dossier.entities.EntityTypes;
import dossier.entities.ui.internal.EntitiesUiPlugin;
import dossier.entities.ui.internal.text.MentionStyles;

/** Defaults: the accessible palette and one mark per built-in type. */
public final class PreferenceInitializer extends AbstractPreferenceInitializer {

	@Override
	public void initializeDefaultPreferences() {
		IPreferenceStore store = EntitiesUiPlugin.getDefault().getPreferenceStore();
		MentionStyles defaults = MentionStyles.defaults();
		for (EntityType type : EntityTypes.builtIn()) {
			RGB rgb = defaults.colour(type.id());
			PreferenceConverter.setDefault(store, EntitiesUiPlugin.colourKey(type.id()), rgb);
			store.setDefault(EntitiesUiPlugin.markKey(type.id()), defaults.mark(type.id()).name());
		}
	}
}
