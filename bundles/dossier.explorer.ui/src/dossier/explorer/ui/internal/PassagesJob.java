// SPDX-License-Identifier: EPL-2.0
package dossier.explorer.ui.internal;

/**
 * Highlights the passages of the pages of a search the explorer's table shows, in the order shown: a job of its
 * own beside {@link RowPagesJob}, so scrolling never waits behind highlighting (most of a search's cost).
 */
final class PassagesJob extends PageQueueJob {

	PassagesJob() {
		super(Messages.View_passagesJob, SHORT);
	}

	@Override
	protected void process(RowModel model, int page) {
		model.highlight(page);
	}

	@Override
	protected void dropped(RowModel model, int page) {
		model.highlightDropped(page);
	}
}
