// SPDX-License-Identifier: EPL-2.0
package dossier.insight.ui.internal;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import dossier.workspace.CorpusProjects;

/** A label and a drop-down of the open corpus projects, remembering the chosen one by name. */
final class CorpusPicker {

	/** The grid columns it takes: its label and its drop-down. */
	static final int COLUMNS = 2;

	private final Combo combo;
	private IProject[] corpora = new IProject[0];

	CorpusPicker(Composite parent, Runnable onChange) {
		new Label(parent, SWT.NONE).setText(Messages.Corpus);
		combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		combo.addListener(SWT.Selection, event -> onChange.run());
	}

	/** Lists the corpora again, keeping the chosen one when it is still there (else the first). */
	void fill() {
		IProject chosen = current();
		corpora = CorpusProjects.all();
		String[] names = Arrays.stream(corpora).map(IProject::getName).toArray(String[]::new);
		if (!Arrays.equals(names, combo.getItems())) {
			combo.setItems(names);
		}
		int index = chosen == null ? -1 : Arrays.asList(corpora).indexOf(chosen);
		combo.select(index >= 0 ? index : 0);
		combo.getParent().layout(true);
	}

	/** The chosen corpus project, or null when there is none. */
	@Nullable IProject current() {
		int index = combo.getSelectionIndex();
		return index >= 0 && index < corpora.length ? corpora[index] : null;
	}

	/** Chooses {@code project}; returns whether it is listed. */
	boolean choose(IProject project) {
		fill();
		int index = Arrays.asList(corpora).indexOf(project);
		if (index >= 0) {
			combo.select(index);
		}
		return index >= 0;
	}

	List<String> names() {
		return List.of(combo.getItems());
	}

	Combo combo() {
		return combo;
	}
}
