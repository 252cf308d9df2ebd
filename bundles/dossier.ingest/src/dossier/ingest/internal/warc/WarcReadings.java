// SPDX-License-Identifier: EPL-2.0
package dossier.ingest.internal.warc;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

import org.eclipse.jdt.annotation.Nullable;

import dossier.ingest.Ingest.Reading;
import dossier.ingest.Source;
import dossier.ingest.internal.Messages;

/**
 * {@link dossier.ingest.Ingest#readWarc}'s iterator: each step pulls records from the archive until a page has
 * been read (by {@code reader}) or a record failed, so that nothing but the current record is held.
 */
public final class WarcReadings implements Iterator<Reading> {

	private final WarcPages pages;
	private final String name;
	private final Function<Source, Reading> reader;
	private @Nullable Reading next;
	private boolean done;

	public WarcReadings(WarcPages pages, String name, Function<Source, Reading> reader) {
		this.pages = pages;
		this.name = name;
		this.reader = reader;
	}

	@Override
	public boolean hasNext() {
		if (next == null && !done) {
			next = pull();
		}
		return next != null;
	}

	@Override
	public Reading next() {
		Reading reading = hasNext() ? next : null;
		if (reading == null) {
			throw new NoSuchElementException();
		}
		next = null;
		return reading;
	}

	private @Nullable Reading pull() {
		WarcPages.Item item = pages.next();
		if (item == null) {
			done = true;
			return pages.htmlPages() == 0 && pages.records() > 0
					? new Reading(List.of(), List.of(name + ": " + Messages.format("warcNoHtml"))) //$NON-NLS-1$ //$NON-NLS-2$
					: null;
		}
		Source page = item.page();
		if (page == null) {
			String part = item.part().isEmpty() ? name : name + ": " + item.part(); //$NON-NLS-1$
			return new Reading(List.of(), List.of(part + ": " + item.failure())); //$NON-NLS-1$
		}
		return reader.apply(page);
	}
}
