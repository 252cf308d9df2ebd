// SPDX-License-Identifier: EPL-2.0
package dossier.explorer.ui.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jdt.annotation.Nullable;

/**
 * The pages of rows of a {@link RowModel} read so far, by page number; safe to read and write from any thread. A
 * page read before the rows were forgotten ({@link #forget()}) is not kept: {@link #reading()} before the read,
 * {@link #keep} after it.
 */
final class LoadedPages {

	private final int pageSize;
	private final Map<Integer, Object[]> pages = new ConcurrentHashMap<>();
	/** Counts {@link #forget()}. Guarded by {@link #pages}. */
	private int readings;

	LoadedPages(int pageSize) {
		this.pageSize = pageSize;
	}

	/** Page {@code page}, or null when it was not read. */
	Object @Nullable [] get(int page) {
		return pages.get(page);
	}

	/** Keeps {@code rows} as page {@code page}. */
	void put(int page, Object[] rows) {
		pages.put(page, rows);
	}

	/** Which reading of the rows a read starting now belongs to. */
	int reading() {
		synchronized (pages) {
			return readings;
		}
	}

	/** Keeps {@code rows} as page {@code page} unless the rows were forgotten since {@code reading} began. */
	void keep(int reading, int page, Object[] rows) {
		synchronized (pages) {
			if (reading == readings) {
				pages.put(page, rows);
			}
		}
	}

	/** Forgets every page: each is read again when asked for. */
	void forget() {
		synchronized (pages) {
			pages.clear();
			readings++;
		}
	}

	/** The row at {@code row} if its page was read, else null. */
	@Nullable Object row(int row) {
		Object[] loaded = pages.get(row / pageSize);
		return loaded != null && row % pageSize < loaded.length ? loaded[row % pageSize] : null;
	}

	/** The rows of the articles {@code ids} among the pages read, by id (an id whose row was not read is absent). */
	Map<String, Integer> rowsOf(Set<String> ids) {
		Map<String, Integer> rows = new HashMap<>();
		for (Map.Entry<Integer, Object[]> page : pages.entrySet()) {
			Object[] loaded = page.getValue();
			for (int i = 0; i < loaded.length; i++) {
				if (loaded[i] instanceof ArticleRef ref && ids.contains(ref.id())) {
					rows.put(ref.id(), page.getKey() * pageSize + i);
				}
			}
		}
		return rows;
	}

	/** The row of the article {@code id} among the pages read. */
	Optional<Integer> rowOf(String id) {
		for (Map.Entry<Integer, Object[]> page : pages.entrySet()) {
			Object[] rows = page.getValue();
			for (int i = 0; i < rows.length; i++) {
				if (rows[i] instanceof ArticleRef ref && ref.id().equals(id)) {
					return Optional.of(page.getKey() * pageSize + i);
				}
			}
		}
		return Optional.empty();
	}
}
