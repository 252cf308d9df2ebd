// SPDX-License-Identifier: EPL-2.0
package dossier.explorer.ui.internal;

import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

import dossier.ui.BidiText;

/**
 * The explorer's top bar: the corpus chosen, the search field (which follows the direction of the text typed, and
 * searches once typing stops for {@link ExplorerView#SEARCH_DELAY_MS}), and the grouping.
 */
final class SearchBar {

	/** The least width of the search field: a query of a few words stays readable as it is typed. */
	static final int SEARCH_WIDTH = 180;

	private final CorpusChooser corpora;
	private final Text searchText;
	private final Combo groupingCombo;

	/**
	 * @param search runs the query of the explorer's state (again)
	 * @param update makes a query the explorer's and runs it
	 */
	SearchBar(Composite parent, ExplorerState state, Runnable search, Consumer<ExplorerQuery> update) {
		Composite bar = new Composite(parent, SWT.NONE);
		bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		GridLayout layout = new GridLayout(3, false);
		layout.marginHeight = 0;
		layout.marginWidth = 0;
		bar.setLayout(layout);
		corpora = new CorpusChooser(bar, state, search);
		searchText = new Text(bar, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		GridData searchData = new GridData(SWT.FILL, SWT.CENTER, true, false);
		// Not the width of its long hint: the field takes the bar's room left by the two drop-downs, at least this.
		searchData.widthHint = SEARCH_WIDTH;
		searchData.minimumWidth = SEARCH_WIDTH;
		searchText.setLayoutData(searchData);
		searchText.setMessage(Messages.View_searchHint);
		searchText.setText(state.query.text());
		searchText.setToolTipText(Messages.View_searchTooltip);
		int defaultOrientation = (parent.getShell().getStyle() & SWT.RIGHT_TO_LEFT) != 0 ? SWT.RIGHT_TO_LEFT
				: SWT.LEFT_TO_RIGHT;
		searchText.addModifyListener(event -> {
			// Typing in Arabic: the field follows the text's direction.
			String text = searchText.getText();
			int orientation = BidiText.isRightToLeft(text) ? SWT.RIGHT_TO_LEFT : defaultOrientation;
			if (searchText.getOrientation() != orientation) {
				searchText.setOrientation(orientation);
			}
			state.query = state.query.withText(text);
			searchText.getDisplay().timerExec(-1, search);
			searchText.getDisplay().timerExec(ExplorerView.SEARCH_DELAY_MS, search);
		});
		searchText.addListener(SWT.DefaultSelection, event -> search.run());
		groupingCombo = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
		groupingCombo.setToolTipText(Messages.View_groupingTooltip);
		for (Grouping grouping : Grouping.values()) {
			groupingCombo.add(NLSBind.groupBy(grouping));
		}
		groupingCombo.select(state.query.grouping().ordinal());
		groupingCombo.addListener(SWT.Selection,
				event -> update.accept(state.query.groupedBy(Grouping.values()[groupingCombo.getSelectionIndex()])));
	}

	CorpusChooser corpora() {
		return corpora;
	}

	Text searchField() {
		return searchText;
	}

	Combo groupingCombo() {
		return groupingCombo;
	}
}
