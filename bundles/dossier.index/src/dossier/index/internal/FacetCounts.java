// SPDX-License-Identifier: EPL-2.0
package dossier.index.internal;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The facet counts of a search's matches: per dimension the most frequent values. The facet state of a reader
 * costs a pass over its facet values, so the last one is kept until the reader changes.
 */
final class FacetCounts {

	private static final int FACET_VALUES = 20;
	private static final List<String> DIMENSIONS = List.of(Fields.FACET_PUBLISHER, Fields.FACET_LANGUAGE,
			Fields.FACET_LICENCE, Fields.FACET_YEAR);

	private record FacetState(IndexReader reader, @Nullable SortedSetDocValuesReaderState state) {
	}

	private final FacetsConfig config;
	private volatile @Nullable FacetState facetState;

	FacetCounts(FacetsConfig config) {
		this.config = config;
	}

	Map<String, Map<String, Integer>> count(IndexReader reader, FacetsCollector collected) throws IOException {
		Map<String, Map<String, Integer>> result = new LinkedHashMap<>();
		SortedSetDocValuesReaderState state = stateOf(reader);
		if (state == null) {
			return result;
		}
		SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, collected);
		for (String dimension : DIMENSIONS) {
			Map<String, Integer> values = new LinkedHashMap<>();
			FacetResult top;
			try {
				top = counts.getTopChildren(FACET_VALUES, dimension);
			} catch (IllegalArgumentException notIndexedYet) {
				top = null;
			}
			if (top != null) {
				for (LabelAndValue value : top.labelValues) {
					values.put(value.label, value.value.intValue());
				}
			}
			result.put(dimension, Collections.unmodifiableMap(values));
		}
		return result;
	}

	private @Nullable SortedSetDocValuesReaderState stateOf(IndexReader reader) throws IOException {
		FacetState current = facetState;
		if (current != null && current.reader == reader) {
			return current.state;
		}
		@Nullable SortedSetDocValuesReaderState state;
		try {
			state = new DefaultSortedSetDocValuesReaderState(reader, config);
		} catch (IllegalArgumentException noFacetsIndexed) {
			state = null;
		}
		facetState = new FacetState(reader, state);
		return state;
	}

	/** Drops the kept state (the index was closed). */
	void forget() {
		facetState = null;
	}
}
