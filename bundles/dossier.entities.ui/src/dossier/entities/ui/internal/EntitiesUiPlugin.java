// SPDX-License-Identifier: EPL-2.0
package dossier.entities.ui.internal;

import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.resource.StringConverter;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

import dossier.entities.EntityType;
import dossier.entities.EntityTypes;
import dossier.entities.Mention;
import dossier.entities.MentionStatus;
import dossier.entities.ui.internal.text.MarkStyle;
import dossier.entities.ui.internal.text.MentionStyles;

/** The bundle's activator: its preference store (mention colours and marks) and log. */
public final class EntitiesUiPlugin extends AbstractUIPlugin {

	public static final String ID = "dossier.entities.ui"; //$NON-NLS-1$

	private static EntitiesUiPlugin instance;

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		instance = this;
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		instance = null;
		super.stop(context);
	}

	public static EntitiesUiPlugin getDefault() {
		return instance;
	}

	/** Preference key of a type's colour ({@code r,g,b} as {@code PreferenceConverter} writes it). */
	public static String colourKey(String type) {
		return "mention.colour." + type; //$NON-NLS-1$
	}

	/** Preference key of a type's {@link MarkStyle}. */
	public static String markKey(String type) {
		return "mention.mark." + type; //$NON-NLS-1$
	}

	/** Preference key: suggestions below this confidence (percent, 0 shows all) are not shown in the editor. */
	public static final String THRESHOLD_KEY = "mention.suggestionThreshold"; //$NON-NLS-1$

	/**
	 * The mentions an editor shows: every decision (accepted, rejected) and the suggestions whose confidence reaches
	 * the threshold set in the preferences. Hiding a suggestion changes nothing stored.
	 */
	public static List<Mention> shown(List<Mention> mentions) {
		int threshold = getDefault() == null ? 0 : getDefault().getPreferenceStore().getInt(THRESHOLD_KEY);
		if (threshold <= 0) {
			return mentions;
		}
		double minimum = threshold / 100.0;
		return mentions.stream().filter(m -> m.status() != MentionStatus.SUGGESTED || m.confidence() >= minimum - 1e-9)
				.toList();
	}

	/** Mention styles as the preferences say; contributed types without a preference use their colour hint. */
	public static MentionStyles styles() {
		IPreferenceStore store = getDefault().getPreferenceStore();
		return new MentionStyles(type -> {
			@Nullable RGB rgb = StringConverter.asRGB(store.getString(colourKey(type)), null);
			if (rgb == null) {
				EntityType entityType = EntityTypes.get(type);
				rgb = MentionStyles.DEFAULT_COLOURS.containsKey(type) ? null : MentionStyles.parseHex(entityType.colour());
			}
			return rgb;
		}, type -> MarkStyle.parse(store.getString(markKey(type))));
	}

	public static void log(@Nullable String message, Throwable e) {
		ILog.of(EntitiesUiPlugin.class).log(Status.error(message, e));
	}

	public static IStatus error(@Nullable String message, Throwable e) {
		return new Status(IStatus.ERROR, ID, message, e);
	}
}
