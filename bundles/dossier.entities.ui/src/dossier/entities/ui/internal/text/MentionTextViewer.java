package dossier.entities.ui.internal.text;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.AnnotationModel;
import org.eclipse.jface.text.source.AnnotationPainter;
import org.eclipse.jface.text.source.IAnnotationAccess;
import org.eclipse.jface.text.source.IAnnotationHover;
import org.eclipse.jface.text.source.ISharedTextColors;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.OverviewRuler;
import org.eclipse.jface.text.source.SourceViewer;
import org.eclipse.jface.text.source.SourceViewerConfiguration;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;

import dossier.core.model.TextDirection;
import dossier.entities.Mention;
import dossier.entities.MentionStatus;

/**
 * The read-only text of an article with its mentions: a {@link SourceViewer} over the article text, an
 * annotation model of {@link MentionAnnotation}s painted by type and status, an overview ruler, a hover, and a
 * direction per paragraph. Plain SWT/JFace (no workbench), so the benchmark can drive it on its own.
 */
public final class MentionTextViewer {

	private final SourceViewer viewer;
	private final AnnotationModel annotations = new AnnotationModel();
	private final AnnotationPainter painter;
	private final OverviewRuler overview;
	private final ISharedTextColors colours;
	private MentionStyles styles;
	private final Set<String> knownTypes = new HashSet<>();
	private Function<Mention, String> describer = Mention::text;
	/** Shown mentions by start, for lookups by offset in O(log n). */
	private Mention[] byStart = new Mention[0];
	private TextDirection fallback = TextDirection.LTR;

	public MentionTextViewer(Composite parent, MentionStyles styles, ISharedTextColors colours) {
		this.styles = styles;
		this.colours = colours;
		IAnnotationAccess access = new MentionAnnotationAccess();
		overview = new OverviewRuler(access, 14, colours);
		viewer = new SourceViewer(parent, null, overview, true,
				SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL | SWT.WRAP | SWT.READ_ONLY | SWT.FULL_SELECTION);
		viewer.configure(new SourceViewerConfiguration() {
			@Override
			public ITextHover getTextHover(ISourceViewer sourceViewer, String contentType) {
				return new MentionHover();
			}

			@Override
			public IAnnotationHover getOverviewRulerAnnotationHover(ISourceViewer sourceViewer) {
				return (sourceViewer1, lineNumber) -> null;
			}
		});
		viewer.setEditable(false);
		painter = new AnnotationPainter(viewer, access);
		viewer.addPainter(painter);
		viewer.addTextPresentationListener(painter);
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
		viewer.setDocument(new Document(text), annotations);
		ParagraphDirections.apply(widget, direction);
		setMentions(mentions);
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
		Annotation[] removed = toArray(annotations.getAnnotationIterator());
		byStart = shown;
		annotations.replaceAnnotations(removed, added);
	}

	private static Annotation[] toArray(Iterator<Annotation> iterator) {
		java.util.ArrayList<Annotation> list = new java.util.ArrayList<>();
		iterator.forEachRemaining(list::add);
		return list.toArray(Annotation[]::new);
	}

	/** Tells the painter and the overview ruler how to draw mentions of an entity type, once per type. */
	private void registerType(String entityType) {
		if (!knownTypes.add(entityType)) {
			return;
		}
		Color colour = colours.getColor(styles.colour(entityType));
		Color tint = colours.getColor(styles.tint(entityType));
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
		painter.paint(org.eclipse.jface.text.IPainter.CONFIGURATION);
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
	public Mention mentionAt(int offset) {
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
	public Mention neighbour(int offset, boolean forward) {
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

	/** The hover text of the mention at {@code offset}, or null: what the hover shows. */
	public String hoverText(int offset) {
		Mention mention = mentionAt(offset);
		return mention == null ? null : describer.apply(mention);
	}

	private final class MentionHover implements ITextHover {
		@Override
		public IRegion getHoverRegion(ITextViewer textViewer, int offset) {
			Mention mention = mentionAt(offset);
			return mention == null ? new Region(offset, 0) : new Region(mention.start(), mention.length());
		}

		@Override
		@SuppressWarnings("deprecation")
		public String getHoverInfo(ITextViewer textViewer, IRegion region) {
			return region.getLength() == 0 ? null : hoverText(region.getOffset());
		}
	}

	/** Annotation types are exact: no subtypes. */
	@SuppressWarnings("deprecation")
	private static final class MentionAnnotationAccess implements IAnnotationAccess {
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
	}
}
