// SPDX-License-Identifier: EPL-2.0
package dossier.entities.ui.internal.text;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.swt.graphics.RGB;

import dossier.ui.ThemeColors;

/**
 * The look of mentions per entity type: a colour from an accessible palette (Okabe–Ito, distinguishable with the
 * common colour-vision deficiencies) and a {@link MarkStyle}. Suggested mentions are drawn in italics without a
 * background; accepted ones get a light tint of the type colour behind them.
 */
public final class MentionStyles {

	/** Okabe–Ito colours for the built-in types, then for others in turn. */
	public static final Map<String, RGB> DEFAULT_COLOURS = Map.of( //
			"PERSON", new RGB(0x00, 0x72, 0xB2), // blue //$NON-NLS-1$
			"PLACE", new RGB(0x00, 0x9E, 0x73), // bluish green //$NON-NLS-1$
			"ORG", new RGB(0xD5, 0x5E, 0x00), // vermillion //$NON-NLS-1$
			"DATE", new RGB(0xCC, 0x79, 0xA7)); // reddish purple //$NON-NLS-1$
	private static final RGB[] OTHERS = { new RGB(0xE6, 0x9F, 0x00), new RGB(0x56, 0xB4, 0xE9),
			new RGB(0x80, 0x80, 0x00), new RGB(0x00, 0x00, 0x00) };
	public static final Map<String, MarkStyle> DEFAULT_MARKS = Map.of("PERSON", MarkStyle.UNDERLINE, //$NON-NLS-1$
			"PLACE", MarkStyle.DOUBLE_UNDERLINE, "ORG", MarkStyle.SQUIGGLE, "DATE", MarkStyle.DOTTED_BOX); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	private final Function<String, @Nullable RGB> colours;
	private final Function<String, @Nullable MarkStyle> marks;
	private final Map<String, RGB> assigned = new ConcurrentHashMap<>();

	/** Styles from lookups (preferences); a null answer falls back to the defaults. */
	public MentionStyles(Function<String, @Nullable RGB> colours, Function<String, @Nullable MarkStyle> marks) {
		this.colours = colours;
		this.marks = marks;
	}

	/** The defaults only. */
	public static MentionStyles defaults() {
		return new MentionStyles(type -> null, type -> null);
	}

	public RGB colour(String type) {
		RGB rgb = colours.apply(type);
		if (rgb != null) {
			return rgb;
		}
		rgb = DEFAULT_COLOURS.get(type);
		return rgb != null ? rgb : assigned.computeIfAbsent(type, t -> OTHERS[assigned.size() % OTHERS.length]);
	}

	public MarkStyle mark(String type) {
		MarkStyle mark = marks.apply(type);
		return mark != null ? mark : DEFAULT_MARKS.getOrDefault(type, MarkStyle.SOLID_BOX);
	}

	/** The background tint of accepted mentions on a white page: the type colour mixed with 80 % white. */
	public RGB tint(String type) {
		return tint(type, new RGB(255, 255, 255));
	}

	/**
	 * The background tint of accepted mentions on {@code background} (the text's, which the theme sets): the type
	 * colour mixed with 80 % of it, so that a dark theme gets a dark tint behind its light text.
	 */
	public RGB tint(String type, RGB background) {
		return ThemeColors.mix(colour(type), background, 0.8);
	}

	/** Parses {@code #rrggbb}; null when it is not one. */
	public static @Nullable RGB parseHex(@Nullable String hex) {
		if (hex == null || !hex.matches("#[0-9a-fA-F]{6}")) { //$NON-NLS-1$
			return null;
		}
		int value = Integer.parseInt(hex.substring(1), 16);
		return new RGB(value >> 16 & 0xFF, value >> 8 & 0xFF, value & 0xFF);
	}
}
