// SPDX-License-Identifier: EPL-2.0
package dossier.explorer.ui.internal;

/**
 * Reads the pages of rows the explorer's table asks for from the corpus index, in the order asked. Of high
 * priority: a user scrolling waits for these rows, never behind highlighting ({@link PassagesJob} runs beside it).
 */
final class RowPagesJob extends PageQueueJob {

	RowPagesJob() {
		super(Messages.View_rowsJob, INTERACTIVE);
	}

	@Override
	protected void process(RowModel model, int page) {
		model.fetch(page);
	}

	@Override
	protected void dropped(RowModel model, int page) {
		model.fetchDropped(page);
	}
}
