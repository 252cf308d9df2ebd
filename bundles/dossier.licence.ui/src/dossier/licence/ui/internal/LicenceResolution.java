// SPDX-License-Identifier: EPL-2.0
package dossier.licence.ui.internal;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.OperationHistoryFactory;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.dialogs.IInputValidator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.operation.IRunnableWithProgress;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.statushandlers.StatusManager;
import org.eclipse.ui.views.markers.WorkbenchMarkerResolution;

import dossier.ui.HelpContexts;
import dossier.workspace.CorpusProjects;
import dossier.workspace.licence.ArticleLicenceChecks;
import dossier.workspace.licence.AttributionRecord;
import dossier.workspace.licence.LicenceMarkers;

/**
 * A quick fix of licence problems: asks what it needs once (a version, a notice, a name), then changes the
 * attribution records of the articles of every marker chosen, as one undoable operation.
 */
public class LicenceResolution extends WorkbenchMarkerResolution {

	/** Supplies what the analyst enters; tests replace it. */
	public interface Prompt {
		/** The value entered, or null when cancelled. */
		@Nullable String ask(LicenceFix fix, String proposal);
	}

	/** The prompt of the workbench: input dialogs. */
	public static final Prompt DIALOGS = LicenceResolution::askWithDialog;

	private static volatile Prompt prompt = DIALOGS;

	private final LicenceFix fix;
	private final IMarker marker;

	public LicenceResolution(LicenceFix fix, IMarker marker) {
		this.fix = fix;
		this.marker = marker;
	}

	/** Replaces the prompt (tests); null restores the dialogs. */
	public static void setPrompt(@Nullable Prompt value) {
		prompt = value == null ? DIALOGS : value;
	}

	public LicenceFix fix() {
		return fix;
	}

	@Override
	public String getLabel() {
		return fix.label();
	}

	@Override
	public String getDescription() {
		return fix.description();
	}

	@Override
	public Image getImage() {
		return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJ_ELEMENT);
	}

	@Override
	public IMarker[] findOtherMarkers(IMarker[] markers) {
		List<IMarker> others = new ArrayList<>();
		for (IMarker other : markers) {
			if (!other.equals(marker) && other.exists() && fix.rules.contains(other.getAttribute(LicenceMarkers.RULE, "")) //$NON-NLS-1$
					&& isLicenceMarker(other)) {
				others.add(other);
			}
		}
		return others.toArray(IMarker[]::new);
	}

	private static boolean isLicenceMarker(IMarker marker) {
		try {
			return marker.isSubtypeOf(LicenceMarkers.TYPE);
		} catch (CoreException e) {
			return false;
		}
	}

	@Override
	public void run(IMarker marker) {
		run(new IMarker[] { marker }, null);
	}

	@Override
	public void run(IMarker[] markers, @Nullable IProgressMonitor monitor) {
		Map<ArticleRef, List<IMarker>> byArticle = new LinkedHashMap<>();
		for (IMarker each : markers) {
			ArticleRef.of(each).ifPresent(ref -> byArticle.computeIfAbsent(ref, key -> new ArrayList<>()).add(each));
		}
		if (byArticle.isEmpty()) {
			return;
		}
		String proposal = null;
		String input = null;
		try {
			ArticleRef first = byArticle.keySet().iterator().next();
			switch (fix) {
			case LICENCE_VERSION -> proposal = "4.0"; //$NON-NLS-1$
			case MODIFICATION_NOTICE -> proposal = proposedNotice(first);
			case CREATOR -> proposal = ""; //$NON-NLS-1$
			default -> proposal = null;
			}
			if (proposal != null) {
				input = prompt.ask(fix, proposal);
				if (input == null) {
					return;
				}
			}
		} catch (Exception e) {
			Throwable cause = e instanceof InvocationTargetException wrapped ? wrapped.getCause() : e;
			StatusManager.getManager().handle(Status.error(cause.getMessage(), cause), StatusManager.SHOW | StatusManager.LOG);
			return;
		}
		// A notice left as proposed is each article's own default; an edited one applies to all.
		String entered = fix == LicenceFix.MODIFICATION_NOTICE && Objects.equals(input, proposal) && byArticle.size() > 1 ? null : input;
		AttributionRecordOperation operation = new AttributionRecordOperation(fix.label(), new ArrayList<>(byArticle.keySet()),
				(ref, record) -> {
					try {
						return fix.apply(ref, record, entered, byArticle.get(ref));
					} catch (Exception e) {
						throw new IllegalStateException(e.getMessage(), e);
					}
				});
		try {
			OperationHistoryFactory.getOperationHistory().execute(operation, monitor, null);
		} catch (ExecutionException | IllegalStateException e) {
			StatusManager.getManager().handle(Status.error(e.getMessage(), e), StatusManager.SHOW | StatusManager.LOG);
		}
	}

	/**
	 * The modification notice proposed for the first article ("Arabic translation of the Italian original"): reading
	 * and analysing the article is file and engine work, so on the UI thread it runs in the progress service's
	 * thread while the UI stays responsive (busy cursor, then a progress dialog).
	 */
	private static String proposedNotice(ArticleRef first) throws InvocationTargetException, InterruptedException {
		String[] notice = new String[1];
		IRunnableWithProgress compute = monitor -> {
			try {
				AttributionRecord record = ArticleLicenceChecks.record(CorpusProjects.corpus(first.project()), first.id());
				notice[0] = LicenceFix.defaultNotice(LicenceFix.analysis(first, record));
			} catch (IOException | CoreException e) {
				throw new InvocationTargetException(e);
			}
		};
		if (Display.getCurrent() != null && PlatformUI.isWorkbenchRunning()) {
			PlatformUI.getWorkbench().getProgressService().busyCursorWhile(compute);
		} else {
			compute.run(new NullProgressMonitor());
		}
		return notice[0];
	}

	private static @Nullable String askWithDialog(LicenceFix fix, String proposal) {
		Shell shell = Display.getCurrent() == null ? null : Display.getCurrent().getActiveShell();
		if (fix == LicenceFix.LICENCE_VERSION) {
			VersionDialog dialog = new VersionDialog(shell, proposal);
			return dialog.open() == Window.OK ? dialog.version() : null;
		}
		IInputValidator notBlank = value -> value.isBlank() ? Messages.Fix_input_required : null;
		String title = fix.label();
		String message = fix == LicenceFix.CREATOR ? Messages.Fix_creator_prompt : NLS.bind(Messages.Fix_notice_prompt, proposal);
		InputDialog dialog = new InputDialog(shell, title, message, proposal, notBlank);
		dialog.create();
		DialogShells.configure(dialog.getShell(), title, HelpContexts.QUICK_FIX_DIALOG);
		return dialog.open() == Window.OK ? dialog.getValue().strip() : null;
	}
}
