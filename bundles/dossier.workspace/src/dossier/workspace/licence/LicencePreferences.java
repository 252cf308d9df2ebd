// SPDX-License-Identifier: EPL-2.0
package dossier.workspace.licence;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ProjectScope;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IScopeContext;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jdt.annotation.Nullable;

import dossier.licence.LicenceId;
import dossier.licence.Policy;
import dossier.licence.Severity;

/**
 * The licence preferences (node {@value #QUALIFIER}), readable without a workbench so the build uses them: the
 * instance scope (Dossier &gt; Licences), overridden per project (the project's Licences property page, stored in
 * {@code .settings/dossier.licence.prefs}) when {@link #PROJECT_SPECIFIC} is set in the project scope.
 */
public final class LicencePreferences {

	/** The preference node. */
	public static final String QUALIFIER = "dossier.licence"; //$NON-NLS-1$

	/** Project scope only: true when the project's own settings apply. */
	public static final String PROJECT_SPECIFIC = "projectSpecific"; //$NON-NLS-1$

	/** The intended outgoing licence, an SPDX id ({@code CC-BY-SA-4.0}); empty when undecided. */
	public static final String OUTGOING_LICENCE = "outgoingLicence"; //$NON-NLS-1$

	/** Whether the intended use is commercial. */
	public static final String COMMERCIAL_USE = "commercialUse"; //$NON-NLS-1$

	/** Prefix of a rule's severity key ({@code severity.licence-link-missing}); absent means the rule's default. */
	public static final String SEVERITY_PREFIX = "severity."; //$NON-NLS-1$

	/** Comma-separated ids of rules that do not run. */
	public static final String DISABLED_RULES = "disabledRules"; //$NON-NLS-1$

	public static final String ERROR = "error"; //$NON-NLS-1$
	public static final String WARNING = "warning"; //$NON-NLS-1$
	public static final String INFO = "info"; //$NON-NLS-1$
	/** The rule runs (its findings show in the Attribution view and reports) but makes no marker. */
	public static final String IGNORE = "ignore"; //$NON-NLS-1$

	private LicencePreferences() {
	}

	/** Where {@code project}'s settings are read, most specific first. */
	public static IScopeContext[] contexts(IProject project) {
		if (project != null && new ProjectScope(project).getNode(QUALIFIER).getBoolean(PROJECT_SPECIFIC, false)) {
			return new IScopeContext[] { new ProjectScope(project), InstanceScope.INSTANCE, DefaultScope.INSTANCE };
		}
		return new IScopeContext[] { InstanceScope.INSTANCE, DefaultScope.INSTANCE };
	}

	public static String get(IProject project, String key, String defaultValue) {
		return Platform.getPreferencesService().getString(QUALIFIER, key, defaultValue, contexts(project));
	}

	/**
	 * The severity name of {@code rule} ({@link #ERROR}, {@link #WARNING}, {@link #INFO}, {@link #IGNORE}), or
	 * null for the rule's default.
	 */
	public static @Nullable String severity(IProject project, String rule) {
		String value = get(project, SEVERITY_PREFIX + rule, ""); //$NON-NLS-1$
		return value.isBlank() ? null : value.trim().toLowerCase(Locale.ROOT);
	}

	/** The ids of the disabled rules. */
	public static Set<String> disabled(IProject project) {
		Set<String> ids = new LinkedHashSet<>();
		Arrays.stream(get(project, DISABLED_RULES, "").split(",")).map(String::trim).filter(s -> !s.isEmpty()) //$NON-NLS-1$ //$NON-NLS-2$
				.forEach(ids::add);
		return ids;
	}

	/** The rules set to {@link #IGNORE} among {@code ruleIds}. */
	public static Set<String> ignored(IProject project, Iterable<String> ruleIds) {
		Set<String> ids = new LinkedHashSet<>();
		for (String rule : ruleIds) {
			if (IGNORE.equals(severity(project, rule))) {
				ids.add(rule);
			}
		}
		return ids;
	}

	/** The intended outgoing licence, or null when undecided or not a licence the engine knows. */
	public static @Nullable LicenceId outgoingLicence(IProject project) {
		String value = get(project, OUTGOING_LICENCE, ""); //$NON-NLS-1$
		return value.isBlank() ? null : LicenceId.parse(value);
	}

	public static boolean commercialUse(IProject project) {
		return Boolean.parseBoolean(get(project, COMMERCIAL_USE, "false")); //$NON-NLS-1$
	}

	/** The engine's policy for {@code project} (ignored rules keep their default severity here). */
	public static Policy policy(IProject project, Iterable<String> ruleIds) {
		Map<String, Severity> severities = new HashMap<>();
		for (String rule : ruleIds) {
			String name = severity(project, rule);
			Severity severity = name == null || IGNORE.equals(name) ? null : Severity.parse(name);
			if (severity != null) {
				severities.put(rule, severity);
			}
		}
		return new Policy(outgoingLicence(project), commercialUse(project), severities, disabled(project));
	}
}
