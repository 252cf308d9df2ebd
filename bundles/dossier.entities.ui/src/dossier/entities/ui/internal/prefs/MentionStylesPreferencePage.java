// SPDX-License-Identifier: EPL-2.0
package dossier.entities.ui.internal.prefs;

import java.util.Arrays;
import java.util.Locale;

import org.eclipse.jface.preference.ColorFieldEditor;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.PlatformUI;

import dossier.entities.EntityType;
import dossier.entities.EntityTypes;
import dossier.entities.ui.internal.EntitiesUiPlugin;
import dossier.entities.ui.internal.Messages;
import dossier.entities.ui.internal.text.MarkStyle;
import dossier.ui.HelpContexts;

/** Colours and marks of mentions per entity type (contributed types included). */
public final class MentionStylesPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public MentionStylesPreferencePage() {
		super(GRID);
		setDescription(Messages.Prefs_description);
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(EntitiesUiPlugin.getDefault().getPreferenceStore());
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		PlatformUI.getWorkbench().getHelpSystem().setHelp(getControl(), HelpContexts.ENTITY_EDITOR_PREFERENCES);
	}

	@Override
	protected void createFieldEditors() {
		String[][] marks = Arrays.stream(MarkStyle.values())
				.map(m -> new String[] { m.name().toLowerCase(Locale.ROOT).replace('_', ' '), m.name() })
				.toArray(String[][]::new);
		IntegerFieldEditor threshold = new IntegerFieldEditor(
				EntitiesUiPlugin.THRESHOLD_KEY, Messages.Prefs_threshold, getFieldEditorParent(), 3);
		threshold.setValidRange(0, 100);
		addField(threshold);
		for (EntityType type : EntityTypes.all()) {
			addField(new ColorFieldEditor(EntitiesUiPlugin.colourKey(type.id()), NLS.bind(Messages.Prefs_colour, type.label()),
					getFieldEditorParent()));
			addField(new ComboFieldEditor(EntitiesUiPlugin.markKey(type.id()), NLS.bind(Messages.Prefs_mark, type.label()),
					marks, getFieldEditorParent()));
		}
	}
}
