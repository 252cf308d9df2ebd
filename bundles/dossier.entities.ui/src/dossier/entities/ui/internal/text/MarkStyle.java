// SPDX-License-Identifier: EPL-2.0
package dossier.entities.ui.internal.text;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;

/**
 * How a mention's type is drawn besides its colour, so colour is never the only signal: an underline or a box.
 */
public enum MarkStyle {
	UNDERLINE, DOUBLE_UNDERLINE, SQUIGGLE, DOTTED_BOX, SOLID_BOX;

	/** Applies this style in {@code colour} to a style range. */
	public void apply(StyleRange range, Color colour) {
		switch (this) {
		case UNDERLINE, DOUBLE_UNDERLINE, SQUIGGLE -> {
			range.underline = true;
			range.underlineStyle = this == UNDERLINE ? SWT.UNDERLINE_SINGLE
					: this == DOUBLE_UNDERLINE ? SWT.UNDERLINE_DOUBLE : SWT.UNDERLINE_SQUIGGLE;
			range.underlineColor = colour;
		}
		case DOTTED_BOX, SOLID_BOX -> {
			range.borderStyle = this == DOTTED_BOX ? SWT.BORDER_DOT : SWT.BORDER_SOLID;
			range.borderColor = colour;
		}
		default -> throw new IllegalStateException();
		}
	}

	/** The style stored in preferences under this name, or {@code fallback}. */
	public static MarkStyle parse(String name, MarkStyle fallback) {
		MarkStyle style = parse(name);
		return style == null ? fallback : style;
	}

	/** The style stored in preferences under this name, or null. */
	public static @Nullable MarkStyle parse(String name) {
		for (MarkStyle style : values()) {
			if (style.name().equalsIgnoreCase(name)) {
				return style;
			}
		}
		return null;
	}
}
