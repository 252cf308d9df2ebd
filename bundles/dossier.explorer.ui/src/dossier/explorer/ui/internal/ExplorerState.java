// SPDX-License-Identifier: EPL-2.0
package dossier.explorer.ui.internal;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jdt.annotation.Nullable;

import dossier.index.SortKey;

/**
 * What the explorer remembers across restarts, in the instance preferences of this bundle: the corpus shown, the
 * query (search text, filters, sort, grouping), column widths, and link-with-editor.
 */
public final class ExplorerState {

	static final String NODE = "dossier.explorer.ui"; //$NON-NLS-1$
	private static final String CORPUS = "corpus"; //$NON-NLS-1$
	private static final String TEXT = "search"; //$NON-NLS-1$
	private static final String FILTER = "filter."; //$NON-NLS-1$
	private static final String SORT = "sort"; //$NON-NLS-1$
	private static final String DESCENDING = "descending"; //$NON-NLS-1$
	private static final String GROUPING = "grouping"; //$NON-NLS-1$
	private static final String WIDTH = "width."; //$NON-NLS-1$
	private static final String LINKING = "linkWithEditor"; //$NON-NLS-1$
	private static final String SAMPLE_SHOWN = "sampleShown"; //$NON-NLS-1$
	private static final String SORT_ENTITIES = "sortByEntities"; //$NON-NLS-1$
	private static final String SORT_COPIES = "sortByCopies"; //$NON-NLS-1$
	private static final String[] DIMENSIONS = { "language", "publisher", "licence", ExplorerQuery.STATUS }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	/** How soon after a change the state is written to disk. */
	private static final int FLUSH_DELAY_MS = 500;
	private static final SaveStateJob FLUSH = new SaveStateJob();

	public String corpus;
	public ExplorerQuery query = ExplorerQuery.initial();
	public final Map<Column, Integer> widths = new EnumMap<>(Column.class);
	public boolean linking;
	public boolean sampleShown;

	public static ExplorerState load() {
		IEclipsePreferences prefs = InstanceScope.INSTANCE.getNode(NODE);
		ExplorerState state = new ExplorerState();
		state.corpus = prefs.get(CORPUS, null);
		Map<String, String> filters = new TreeMap<>();
		for (String dimension : DIMENSIONS) {
			String value = prefs.get(FILTER + dimension, null);
			if (value != null) {
				filters.put(dimension, value);
			}
		}
		state.query = new ExplorerQuery(prefs.get(TEXT, ""), filters, //$NON-NLS-1$
				enumOf(SortKey.class, prefs.get(SORT, null), SortKey.RELEVANCE), prefs.getBoolean(DESCENDING, false),
				enumOf(Grouping.class, prefs.get(GROUPING, null), Grouping.NONE), prefs.getBoolean(SORT_ENTITIES, false),
				prefs.getBoolean(SORT_COPIES, false) && !prefs.getBoolean(SORT_ENTITIES, false));
		for (Column column : Column.values()) {
			int width = prefs.getInt(WIDTH + column.name(), -1);
			if (width > 0) {
				state.widths.put(column, width);
			}
		}
		state.linking = prefs.getBoolean(LINKING, false);
		state.sampleShown = prefs.getBoolean(SAMPLE_SHOWN, false);
		return state;
	}

	public void save() {
		IEclipsePreferences prefs = InstanceScope.INSTANCE.getNode(NODE);
		put(prefs, CORPUS, corpus);
		put(prefs, TEXT, query.text());
		for (String dimension : DIMENSIONS) {
			put(prefs, FILTER + dimension, query.filters().get(dimension));
		}
		prefs.put(SORT, query.sort().name());
		prefs.putBoolean(DESCENDING, query.descending());
		prefs.putBoolean(SORT_ENTITIES, query.byEntities());
		prefs.putBoolean(SORT_COPIES, query.byCopies());
		prefs.put(GROUPING, query.grouping().name());
		for (Map.Entry<Column, Integer> width : widths.entrySet()) {
			prefs.putInt(WIDTH + width.getKey().name(), width.getValue());
		}
		prefs.putBoolean(LINKING, linking);
		prefs.putBoolean(SAMPLE_SHOWN, sampleShown);
		// Written to disk shortly after, off the UI thread: typing a search saves the state at every keystroke.
		FLUSH.schedule(FLUSH_DELAY_MS);
	}

	/** Writes the saved state to disk now (the view closing). */
	public static void flush() {
		FLUSH.cancel();
		SaveStateJob.flushNow();
	}

	private static void put(IEclipsePreferences prefs, String key, @Nullable String value) {
		if (value == null || value.isEmpty()) {
			prefs.remove(key);
		} else {
			prefs.put(key, value);
		}
	}

	private static <E extends Enum<E>> E enumOf(Class<E> type, String name, E fallback) {
		if (name == null) {
			return fallback;
		}
		try {
			return Enum.valueOf(type, name);
		} catch (IllegalArgumentException e) {
			return fallback;
		}
	}
}
