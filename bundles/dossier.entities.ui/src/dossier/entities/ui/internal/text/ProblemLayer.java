// SPDX-License-Identifier: EPL-2.0
package dossier.entities.ui.internal.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IPainter;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.AnnotationModel;
import org.eclipse.jface.text.source.AnnotationPainter;
import org.eclipse.jface.text.source.AnnotationRulerColumn;
import org.eclipse.jface.text.source.ISharedTextColors;
import org.eclipse.jface.text.source.OverviewRuler;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Color;

import dossier.entities.ui.internal.Messages;

/**
 * The problems of the Text page ({@link ProblemAnnotation}s) in the viewer's annotation model, beside the
 * mentions: how they are drawn (squiggles, ruler icon, overview mark), where they are, what hovers say.
 */
final class ProblemLayer {

	private final AnnotationModel annotations;
	/** The problems in the model, and all problems given (shown again when a new text arrives). */
	private List<ProblemAnnotation> shown = List.of();
	private List<ProblemAnnotation> given = List.of();

	ProblemLayer(AnnotationModel annotations, ISharedTextColors colours, AnnotationPainter painter, OverviewRuler overview,
			AnnotationRulerColumn column) {
		this.annotations = annotations;
		for (ProblemAnnotation.Severity severity : ProblemAnnotation.Severity.values()) {
			String type = severity.type();
			Color colour = colours.getColor(severity.colour);
			painter.addAnnotationType(type); // squiggles
			painter.setAnnotationTypeColor(type, colour);
			overview.addAnnotationType(type);
			overview.setAnnotationTypeColor(type, colour);
			overview.setAnnotationTypeLayer(type, severity.layer);
			overview.addHeaderAnnotationType(type);
			column.addAnnotationType(type);
		}
		painter.paint(IPainter.CONFIGURATION);
	}

	/** The model was emptied for a new text: nothing of this layer is in it any more. */
	void cleared() {
		shown = List.of();
	}

	/** All problems given, shown or not. */
	List<ProblemAnnotation> given() {
		return given;
	}

	List<ProblemAnnotation> shown() {
		return shown;
	}

	/**
	 * Replaces the shown problems, in one batch. A problem with evidence is shown over it (skipped when the
	 * evidence lies outside the text: a stale finding); one without evidence is shown on the first line.
	 */
	void set(List<ProblemAnnotation> problems, @Nullable IDocument document) {
		given = List.copyOf(problems);
		if (document == null) {
			return;
		}
		Map<Annotation, Position> added = new HashMap<>();
		List<ProblemAnnotation> showing = new ArrayList<>();
		for (ProblemAnnotation problem : given) {
			Position position = problem.hasEvidence() ? new Position(problem.start(), problem.end() - problem.start())
					: new Position(0, 0);
			if (position.getOffset() + position.getLength() <= document.getLength()) {
				added.put(problem, position);
				showing.add(problem);
			}
		}
		Annotation[] removed = shown.toArray(Annotation[]::new);
		shown = List.copyOf(showing);
		annotations.replaceAnnotations(removed, added);
	}

	/** The shown problems whose evidence covers {@code offset}. */
	List<ProblemAnnotation> at(int offset) {
		if (shown.isEmpty()) {
			return List.of();
		}
		return shown.stream().filter(p -> p.hasEvidence() && p.start() <= offset
				&& (offset < p.end() || p.start() == p.end() && offset == p.start())).toList();
	}

	/** The shown problems drawn on document line {@code line} (0-based). */
	List<ProblemAnnotation> onLine(@Nullable IDocument document, int line) {
		if (document == null || line < 0) {
			return List.of();
		}
		List<ProblemAnnotation> found = new ArrayList<>();
		for (ProblemAnnotation problem : shown) {
			Position position = annotations.getPosition(problem);
			if (position == null) {
				continue;
			}
			try {
				int first = document.getLineOfOffset(position.getOffset());
				int last = document.getLineOfOffset(position.getOffset() + position.getLength());
				if (first <= line && line <= last) {
					found.add(problem);
				}
			} catch (BadLocationException e) {
				// not in this document any more
			}
		}
		return found;
	}

	/** What a hover says about problems: message, rule and legal reference of each. */
	static String describe(List<ProblemAnnotation> problems) {
		StringBuilder out = new StringBuilder();
		for (ProblemAnnotation problem : problems) {
			if (out.length() > 0) {
				out.append("\n\n"); //$NON-NLS-1$
			}
			out.append(NLS.bind(Messages.Hover_problem, new Object[] { problem.getText(), problem.rule(), problem.reference() }));
		}
		return out.toString();
	}
}
