// SPDX-License-Identifier: EPL-2.0
package dossier.entities.ui.internal.text;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.IPainter;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.AnnotationModel;
import org.eclipse.jface.text.source.AnnotationPainter;
import org.eclipse.jface.text.source.AnnotationRulerColumn;
import org.eclipse.jface.text.source.CompositeRuler;
import org.eclipse.jface.text.source.IAnnotationAccess;
import org.eclipse.jface.text.source.IAnnotationAccessExtension;
import org.eclipse.jface.text.source.IAnnotationHover;
import org.eclipse.jface.text.source.IAnnotationPresentation;
import org.eclipse.jface.text.source.ISharedTextColors;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.OverviewRuler;
import org.eclipse.jface.text.source.SourceViewer;
import org.eclipse.jface.text.source.SourceViewerConfiguration;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import dossier.core.model.TextDirection;
import dossier.entities.Mention;
import dossier.entities.MentionStatus;

/**
 * The read-only text of an article with its mentions: a {@link SourceViewer} over the article text, an
 * annotation model of {@link MentionAnnotation}s painted by type and status, an overview ruler, a hover, and a
 * direction per paragraph. Problems found in the article ({@link ProblemAnnotation}s: licence findings) are
 * squiggled under their evidence, with an icon in the vertical ruler and a mark in the overview ruler; hovers
 * say what they are. Plain SWT/JFace (no workbench), so the benchmark can drive it on its own.
 */
public final class MentionTextViewer {

	private final SourceViewer viewer;
	private final AnnotationModel annotations = new AnnotationModel();
	private final AnnotationPainter painter;
	private final OverviewRuler overview;
	private final CompositeRuler ruler;
	private final AnnotationRulerColumn problemColumn;
	private final ISharedTextColors colours;
	private MentionStyles styles;
	private final Set<String> knownTypes = new HashSet<>();
	private Function<Mention, String> describer = Mention::text;
	/** Shown mentions by start, for lookups by offset in O(log n). */
	private Mention[] byStart = new Mention[0];
	/** The mention annotations in the model, replaced as one batch on every change. */
	private Annotation[] mentionAnnotations = new Annotation[0];
	private final ProblemLayer problems;
	private TextDirection fallback = TextDirection.LTR;

	public MentionTextViewer(Composite parent, MentionStyles styles, ISharedTextColors colours) {
		this.styles = styles;
		this.colours = colours;
		IAnnotationAccess access = new ViewerAnnotationAccess();
		overview = new OverviewRuler(access, 14, colours);
		ruler = new CompositeRuler();
		problemColumn = new AnnotationRulerColumn(16, access);
		ruler.addDecorator(0, problemColumn);
		viewer = new SourceViewer(parent, ruler, overview, true,
				SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL | SWT.WRAP | SWT.READ_ONLY | SWT.FULL_SELECTION);
		IAnnotationHover problemHover = (sourceViewer, line) -> problemHoverText(line);
		viewer.configure(new SourceViewerConfiguration() {
			@Override
			public @Nullable ITextHover getTextHover(@Nullable ISourceViewer sourceViewer, @Nullable String contentType) {
				return new MentionHover();
			}

			@Override
			public @Nullable IAnnotationHover getAnnotationHover(@Nullable ISourceViewer sourceViewer) {
				return problemHover;
			}

			@Override
			public IAnnotationHover getOverviewRulerAnnotationHover(@Nullable ISourceViewer sourceViewer) {
				return problemHover;
			}
		});
		viewer.setEditable(false);
		painter = new AnnotationPainter(viewer, access);
		viewer.addPainter(painter);
		viewer.addTextPresentationListener(painter);
		problems = new ProblemLayer(annotations, colours, painter, overview, problemColumn);
		StyledText widget = viewer.getTextWidget();
		widget.setLeftMargin(8);
		widget.setRightMargin(8);
		ParagraphDirections.install(widget, fallback);
	}

	/** What the hover says about a mention (label, type, canonical id, QID). */
	public void setDescriber(Function<Mention, String> describer) {
		this.describer = describer;
	}

	/** Shows {@code text} with {@code mentions} (rejected ones are not shown). */
	public void setInput(String text, TextDirection direction, List<Mention> mentions) {
		fallback = direction;
		StyledText widget = viewer.getTextWidget();
		Object listener = widget.getData(ParagraphDirections.class.getName());
		if (listener instanceof ParagraphDirections directions) {
			widget.removeBidiSegmentListener(directions);
		}
		ParagraphDirections.install(widget, direction);
		annotations.removeAllAnnotations();
		mentionAnnotations = new Annotation[0];
		problems.cleared();
		// unwrapped while the text is set and aligned: no line is laid out before it is shown (see ParagraphDirections)
		widget.setRedraw(false);
		widget.setWordWrap(false);
		try {
			viewer.setDocument(new Document(text), annotations);
			ParagraphDirections.apply(widget, direction);
		} finally {
			widget.setWordWrap(true);
			widget.setRedraw(true);
		}
		setMentions(mentions);
		setProblems(problems.given());
	}

	/** Replaces the shown mentions. */
	public void setMentions(List<Mention> mentions) {
		Mention[] shown = mentions.stream().filter(m -> m.status() != MentionStatus.REJECTED).toArray(Mention[]::new);
		Arrays.sort(shown, Mention.TEXT_ORDER);
		Map<Annotation, Position> added = new HashMap<>(shown.length * 2);
		for (Mention mention : shown) {
			registerType(mention.type());
			added.put(new MentionAnnotation(mention), new Position(mention.start(), mention.length()));
		}
		Annotation[] removed = mentionAnnotations;
		byStart = shown;
		mentionAnnotations = added.keySet().toArray(Annotation[]::new);
		annotations.replaceAnnotations(removed, added);
	}

	/**
	 * Replaces the shown problems, in one batch: each over its evidence, one without evidence on the first line,
	 * a stale one (evidence outside the text) not at all.
	 */
	public void setProblems(List<ProblemAnnotation> newProblems) {
		problems.set(newProblems, viewer.getDocument());
	}

	/** The problems shown, in the order given. */
	public List<ProblemAnnotation> problems() {
		return problems.shown();
	}

	/** The shown problems whose evidence covers {@code offset}. */
	public List<ProblemAnnotation> problemsAt(int offset) {
		return problems.at(offset);
	}

	/** The shown problems drawn on document line {@code line} (0-based). */
	public List<ProblemAnnotation> problemsOnLine(int line) {
		return problems.onLine(viewer.getDocument(), line);
	}

	/** What the vertical and overview rulers say about a line: its problems, or null. */
	public @Nullable String problemHoverText(int line) {
		List<ProblemAnnotation> found = problemsOnLine(line);
		return found.isEmpty() ? null : ProblemLayer.describe(found);
	}

	/** The vertical ruler (problem icons); the editor puts its quick-fix menu on it. */
	public CompositeRuler ruler() {
		return ruler;
	}

	/** The ruler column's control, for its context menu. */
	public Control problemColumnControl() {
		return problemColumn.getControl();
	}

	/** Tells the painter and the overview ruler how to draw mentions of an entity type, once per type. */
	private void registerType(String entityType) {
		if (!knownTypes.add(entityType)) {
			return;
		}
		Color colour = colours.getColor(styles.colour(entityType));
		Color tint = colours.getColor(styles.tint(entityType, viewer.getTextWidget().getBackground().getRGB()));
		MarkStyle mark = styles.mark(entityType);
		for (MentionStatus status : new MentionStatus[] { MentionStatus.SUGGESTED, MentionStatus.ACCEPTED }) {
			String annotationType = MentionAnnotation.typeOf(entityType, status);
			boolean accepted = status == MentionStatus.ACCEPTED;
			painter.addTextStyleStrategy(annotationType, (StyleRange range, Color annotationColour) -> {
				mark.apply(range, annotationColour);
				if (accepted) {
					range.background = tint;
				} else {
					range.fontStyle |= SWT.ITALIC;
				}
			});
			painter.addAnnotationType(annotationType, annotationType);
			painter.setAnnotationTypeColor(annotationType, colour);
			overview.addAnnotationType(annotationType);
			overview.setAnnotationTypeColor(annotationType, colour);
			overview.setAnnotationTypeLayer(annotationType, accepted ? 2 : 1);
		}
		painter.paint(IPainter.CONFIGURATION);
	}

	/** Re-reads colours and styles (after a preference change). */
	public void restyle(MentionStyles newStyles, List<Mention> mentions) {
		styles = newStyles;
		for (String type : List.copyOf(knownTypes)) {
			for (MentionStatus status : MentionStatus.values()) {
				String annotationType = MentionAnnotation.typeOf(type, status);
				painter.removeAnnotationType(annotationType);
				overview.removeAnnotationType(annotationType);
			}
		}
		knownTypes.clear();
		setMentions(mentions);
		viewer.invalidateTextPresentation();
	}

	/** The shown mention covering {@code offset}, or null. */
	public @Nullable Mention mentionAt(int offset) {
		int low = 0;
		int high = byStart.length - 1;
		Mention found = null;
		while (low <= high) {
			int mid = low + high >>> 1;
			if (byStart[mid].start() <= offset) {
				found = byStart[mid];
				low = mid + 1;
			} else {
				high = mid - 1;
			}
		}
		if (found != null && offset < found.end()) {
			return found;
		}
		// Mentions do not nest, but a shorter one may start at the same place: check the neighbour before.
		int index = low - 2;
		return index >= 0 && byStart[index].start() <= offset && offset < byStart[index].end() ? byStart[index] : null;
	}

	/** The next ({@code forward}) or previous shown mention from {@code offset}, wrapping around; null if none. */
	public @Nullable Mention neighbour(int offset, boolean forward) {
		if (byStart.length == 0) {
			return null;
		}
		if (forward) {
			for (Mention m : byStart) {
				if (m.start() > offset) {
					return m;
				}
			}
			return byStart[0];
		}
		for (int i = byStart.length - 1; i >= 0; i--) {
			if (byStart[i].start() < offset) {
				return byStart[i];
			}
		}
		return byStart[byStart.length - 1];
	}

	/** Selects and reveals a range. */
	public void reveal(int start, int end) {
		viewer.setSelectedRange(start, end - start);
		viewer.revealRange(start, end - start);
	}

	public SourceViewer viewer() {
		return viewer;
	}

	public StyledText widget() {
		return viewer.getTextWidget();
	}

	public AnnotationModel annotations() {
		return annotations;
	}

	/**
	 * What the hover shows at {@code offset}, or null: the problems whose evidence covers it, then the mention
	 * there.
	 */
	public @Nullable String hoverText(int offset) {
		Mention mention = mentionAt(offset);
		String about = mention == null ? null : describer.apply(mention);
		List<ProblemAnnotation> found = problems.at(offset);
		if (found.isEmpty()) {
			return about;
		}
		return ProblemLayer.describe(found) + (about == null ? "" : "\n\n" + about); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private final class MentionHover implements ITextHover {
		@Override
		public @Nullable IRegion getHoverRegion(ITextViewer textViewer, int offset) {
			Mention mention = mentionAt(offset);
			if (mention != null) {
				return new Region(mention.start(), mention.length());
			}
			List<ProblemAnnotation> found = problems.at(offset);
			return found.isEmpty() ? new Region(offset, 0)
					: new Region(found.get(0).start(), found.get(0).end() - found.get(0).start());
		}

		@Override
		@SuppressWarnings("deprecation")
		public @Nullable String getHoverInfo(ITextViewer textViewer, IRegion region) {
			return region.getLength() == 0 ? null : hoverText(region.getOffset());
		}
	}

	/** Annotation types are exact: no subtypes. Problems paint their own icon in the vertical ruler. */
	@SuppressWarnings("deprecation")
	private static final class ViewerAnnotationAccess implements IAnnotationAccess, IAnnotationAccessExtension {
		@Override
		public Object getType(Annotation annotation) {
			return annotation.getType();
		}

		@Override
		public boolean isMultiLine(Annotation annotation) {
			return false;
		}

		@Override
		public boolean isTemporary(Annotation annotation) {
			return true;
		}

		@Override
		public @Nullable String getTypeLabel(@Nullable Annotation annotation) {
			return null;
		}

		@Override
		public int getLayer(@Nullable Annotation annotation) {
			return annotation instanceof IAnnotationPresentation presentation ? presentation.getLayer()
					: IAnnotationAccessExtension.DEFAULT_LAYER;
		}

		@Override
		public void paint(@Nullable Annotation annotation, @Nullable GC gc, @Nullable Canvas canvas, @Nullable Rectangle bounds) {
			if (annotation instanceof IAnnotationPresentation presentation && gc != null && canvas != null && bounds != null) {
				presentation.paint(gc, canvas, bounds);
			}
		}

		@Override
		public boolean isPaintable(@Nullable Annotation annotation) {
			return annotation instanceof IAnnotationPresentation;
		}

		@Override
		public boolean isSubtype(@Nullable Object annotationType, @Nullable Object potentialSupertype) {
			return annotationType.equals(potentialSupertype);
		}

		@Override
		public Object[] getSupertypes(@Nullable Object annotationType) {
			return new Object[] { annotationType };
		}
	}
}
