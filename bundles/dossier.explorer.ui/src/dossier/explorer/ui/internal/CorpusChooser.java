// SPDX-License-Identifier: EPL-2.0
package dossier.explorer.ui.internal;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;

import dossier.ui.DossierUi;
import dossier.workspace.CorpusProjects;
import dossier.workspace.RemoteCorpora;

/**
 * The explorer's drop-down of the corpus projects in the workspace and the shared corpora on Solr servers
 * ({@link RemoteCorpora}), remembering the one chosen in the explorer's
 * state: a corpus appearing never takes the place of the one shown.
 */
final class CorpusChooser {

	private final Combo combo;
	private final ExplorerState state;
	private IProject[] corpora = new IProject[0];

	/** @param chosen run when the user chose another corpus */
	CorpusChooser(Composite parent, ExplorerState state, Runnable chosen) {
		this.state = state;
		combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		combo.setToolTipText(Messages.View_corpusTooltip);
		combo.addListener(SWT.Selection, event -> {
			int index = combo.getSelectionIndex();
			if (index >= 0 && index < corpora.length) {
				state.corpus = corpora[index].getName();
				state.save();
				chosen.run();
			}
		});
	}

	/**
	 * Lists the corpus projects of the workspace again, then the shared corpora on Solr servers (marked as such),
	 * keeping the one chosen.
	 */
	void fill() {
		IProject shown = current();
		corpora = Stream.concat(Arrays.stream(CorpusProjects.all()), Arrays.stream(RemoteCorpora.all()))
				.toArray(IProject[]::new);
		String[] names = Arrays.stream(corpora).map(IProject::getName).toArray(String[]::new);
		combo.setItems(Arrays.stream(corpora).map(CorpusChooser::label).toArray(String[]::new));
		int selected = state.corpus == null ? -1 : Arrays.asList(names).indexOf(state.corpus);
		if (selected < 0 && shown != null) {
			// A corpus appearing (the Samples on first start, a new one) never takes the place of the one shown.
			selected = Arrays.asList(names).indexOf(shown.getName());
		}
		if (selected < 0) {
			selected = Arrays.asList(names).indexOf(DossierUi.SAMPLES_PROJECT);
		}
		if (selected < 0 && names.length > 0) {
			selected = 0;
		}
		if (selected >= 0) {
			combo.select(selected);
		}
		combo.getParent().layout(true);
	}

	/** What the drop-down shows for {@code project}: its name, and for a shared corpus its server's collection. */
	static String label(IProject project) {
		if (!RemoteCorpora.isRemote(project)) {
			return project.getName();
		}
		try {
			return NLS.bind(Messages.View_sharedCorpus, project.getName(),
					RemoteCorpora.descriptor(project).getProperty("collection", "")); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (CoreException e) {
			return NLS.bind(Messages.View_sharedCorpus, project.getName(), "?"); //$NON-NLS-1$
		}
	}

	/** The corpus project chosen, or null when there is none. */
	@Nullable IProject current() {
		int index = combo.isDisposed() ? -1 : combo.getSelectionIndex();
		return index >= 0 && index < corpora.length ? corpora[index] : null;
	}

	/**
	 * Chooses {@code project} after listing the corpora again, remembering it even when it was chosen already (as
	 * the only corpus, say): another corpus appearing later must not take its place. True when the choice changed.
	 */
	boolean choose(IProject project) {
		fill();
		int index = Arrays.asList(corpora).indexOf(project);
		if (index < 0) {
			return false;
		}
		state.corpus = project.getName();
		state.save();
		if (index == combo.getSelectionIndex()) {
			return false;
		}
		combo.select(index);
		return true;
	}

	boolean isDisposed() {
		return combo.isDisposed();
	}

	/** The names of the corpora listed, in the drop-down's order. */
	List<String> names() {
		return Arrays.stream(corpora).map(IProject::getName).toList();
	}
}
