// SPDX-License-Identifier: EPL-2.0
package dossier.entities.ui.internal.text;

import java.util.Locale;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationPresentation;
import org.eclipse.jface.text.source.ImageUtilities;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;

/**
 * A problem found in the article (a licence finding) shown on the Text page: squiggles under its evidence, an
 * icon in the vertical ruler, a mark in the overview ruler. Plain JFace: {@link #source()} is whatever the
 * problem came from (the editor keeps the licence marker there, for its quick fixes).
 */
public final class ProblemAnnotation extends Annotation implements IAnnotationPresentation {

	/** How bad a problem is; each has its own annotation type, colour and icon. */
	public enum Severity {
		ERROR(new RGB(230, 0, 0), Dialog.DLG_IMG_MESSAGE_ERROR, 6),
		WARNING(new RGB(225, 165, 0), Dialog.DLG_IMG_MESSAGE_WARNING, 5),
		INFO(new RGB(0, 120, 215), Dialog.DLG_IMG_MESSAGE_INFO, 4);

		final RGB colour;
		private final String image;
		final int layer;

		Severity(RGB colour, String image, int layer) {
			this.colour = colour;
			this.image = image;
			this.layer = layer;
		}

		/** The annotation type of problems of this severity. */
		public String type() {
			return TYPE_PREFIX + name().toLowerCase(Locale.ROOT);
		}

		Image image() {
			return JFaceResources.getImage(image);
		}
	}

	/** Prefix of the problem annotation types: {@code dossier.problem.error}, {@code .warning}, {@code .info}. */
	public static final String TYPE_PREFIX = "dossier.problem."; //$NON-NLS-1$

	private final Severity severity;
	private final String rule;
	private final String reference;
	private final int start;
	private final int end;
	private final Object source;

	/**
	 * @param start start of the evidence in the article text, or -1 when the problem is about something absent
	 *              (it is then shown on the first line, without squiggles)
	 */
	public ProblemAnnotation(Severity severity, String message, String rule, String reference, int start, int end,
			Object source) {
		super(severity.type(), false, message);
		this.severity = severity;
		this.rule = rule;
		this.reference = reference;
		this.start = start;
		this.end = end;
		this.source = source;
	}

	public Severity severity() {
		return severity;
	}

	public String rule() {
		return rule;
	}

	public String reference() {
		return reference;
	}

	/** Start of the evidence in the article text, or -1. */
	public int start() {
		return start;
	}

	/** End (exclusive) of the evidence in the article text, or -1. */
	public int end() {
		return end;
	}

	public boolean hasEvidence() {
		return start >= 0 && end >= start;
	}

	public Object source() {
		return source;
	}

	@Override
	public int getLayer() {
		return severity.layer;
	}

	@Override
	public void paint(@Nullable GC gc, @Nullable Canvas canvas, @Nullable Rectangle bounds) {
		Image image = severity.image();
		if (image != null) {
			ImageUtilities.drawImage(image, gc, canvas, bounds, SWT.CENTER, SWT.TOP);
		}
	}

	@Override
	public String toString() {
		return severity + " " + rule + " [" + start + ", " + end + ") " + getText(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}
}
