// SPDX-License-Identifier: EPL-2.0
package dossier.licence.ui.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.osgi.service.prefs.BackingStoreException;

import dossier.licence.RuleDescriptor;
import dossier.workspace.licence.ArticleLicenceChecks;
import dossier.workspace.licence.LicencePreferences;

/**
 * The licence settings, shared by the preference page and the project property page: intended outgoing licence
 * and use, and per rule whether it runs and its severity (default, error, warning, info, ignore).
 */
final class LicenceSettingsBlock {

	static final String[] OUTGOING = { "", "CC-BY-4.0", "CC-BY-SA-4.0", "CC-BY-NC-4.0", "CC-BY-NC-SA-4.0", "CC0-1.0", "GPL-3.0" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
	static final String[] SEVERITIES = { "", LicencePreferences.ERROR, LicencePreferences.WARNING, LicencePreferences.INFO, //$NON-NLS-1$
			LicencePreferences.IGNORE };

	private record RuleRow(Button enabled, Combo severity) {
	}

	private final Composite control;
	private final Combo outgoing;
	private final Button commercial;
	private final Map<String, RuleRow> rows = new LinkedHashMap<>();

	LicenceSettingsBlock(Composite parent) {
		control = new Composite(parent, SWT.NONE);
		control.setLayout(new GridLayout(2, false));
		new Label(control, SWT.NONE).setText(Messages.Settings_outgoing);
		outgoing = new Combo(control, SWT.DROP_DOWN);
		outgoing.setItems(OUTGOING);
		outgoing.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		commercial = new Button(control, SWT.CHECK);
		commercial.setText(Messages.Settings_commercial);
		commercial.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		Group rules = new Group(control, SWT.NONE);
		rules.setText(Messages.Settings_rules);
		rules.setLayout(new GridLayout(2, false));
		rules.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		for (RuleDescriptor rule : ArticleLicenceChecks.rules()) {
			Button enabled = new Button(rules, SWT.CHECK);
			enabled.setText(rule.title() + " (" + rule.defaultSeverity().name().toLowerCase(Locale.ROOT) + ")"); //$NON-NLS-1$ //$NON-NLS-2$
			enabled.setToolTipText(rule.id() + " — " + rule.reference()); //$NON-NLS-1$
			enabled.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			enabled.setData(rule.id());
			Combo severity = new Combo(rules, SWT.READ_ONLY);
			severity.setItems(labels());
			severity.setData(rule.id());
			rows.put(rule.id(), new RuleRow(enabled, severity));
		}
	}

	private static String[] labels() {
		return new String[] { Messages.Settings_severity_default, Messages.Settings_severity_error, Messages.Settings_severity_warning,
				Messages.Settings_severity_info, Messages.Settings_severity_ignore };
	}

	Composite control() {
		return control;
	}

	void setEnabled(boolean enabled) {
		setEnabled(control, enabled);
	}

	private static void setEnabled(Composite composite, boolean enabled) {
		for (Control child : composite.getChildren()) {
			child.setEnabled(enabled);
			if (child instanceof Composite inner) {
				setEnabled(inner, enabled);
			}
		}
	}

	/** Shows the values of {@code node}. */
	void load(IEclipsePreferences node) {
		outgoing.setText(node.get(LicencePreferences.OUTGOING_LICENCE, "")); //$NON-NLS-1$
		commercial.setSelection(node.getBoolean(LicencePreferences.COMMERCIAL_USE, false));
		Set<String> disabled = Set.of(node.get(LicencePreferences.DISABLED_RULES, "").split("\\s*,\\s*")); //$NON-NLS-1$ //$NON-NLS-2$
		rows.forEach((id, row) -> {
			row.enabled().setSelection(!disabled.contains(id));
			int index = List.of(SEVERITIES).indexOf(node.get(LicencePreferences.SEVERITY_PREFIX + id, "")); //$NON-NLS-1$
			row.severity().select(Math.max(0, index));
		});
	}

	void loadDefaults() {
		outgoing.setText(""); //$NON-NLS-1$
		commercial.setSelection(false);
		rows.values().forEach(row -> {
			row.enabled().setSelection(true);
			row.severity().select(0);
		});
	}

	/** Writes the shown values into {@code node} and flushes it. */
	void store(IEclipsePreferences node) {
		put(node, LicencePreferences.OUTGOING_LICENCE, outgoing.getText().strip());
		if (commercial.getSelection()) {
			node.putBoolean(LicencePreferences.COMMERCIAL_USE, true);
		} else {
			node.remove(LicencePreferences.COMMERCIAL_USE);
		}
		StringBuilder disabled = new StringBuilder();
		rows.forEach((id, row) -> {
			if (!row.enabled().getSelection()) {
				disabled.append(disabled.length() == 0 ? "" : ",").append(id); //$NON-NLS-1$ //$NON-NLS-2$
			}
			put(node, LicencePreferences.SEVERITY_PREFIX + id, SEVERITIES[Math.max(0, row.severity().getSelectionIndex())]);
		});
		put(node, LicencePreferences.DISABLED_RULES, disabled.toString());
		try {
			node.flush();
		} catch (BackingStoreException e) {
			ILog.of(LicenceSettingsBlock.class).error(e.getMessage(), e);
		}
	}

	private static void put(IEclipsePreferences node, String key, String value) {
		if (value.isEmpty()) {
			node.remove(key);
		} else {
			node.put(key, value);
		}
	}

	/** The severity combo of {@code rule} (tests). */
	Combo severityCombo(String rule) {
		return rows.get(rule).severity();
	}
}
