// SPDX-License-Identifier: EPL-2.0
package dossier.insight;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes what the insight engine computed as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted when
 * they hold a comma, a quote or a line break). Names stay in their own script; the caller writes UTF-8.
 */
public final class InsightCsv {

	private InsightCsv() {
	}

	/** One row per period: {@code start,end,<key>...,total,events}. */
	public static String timeline(Timeline timeline) {
		StringBuilder out = new StringBuilder();
		row(out, header(timeline));
		for (Bucket bucket : timeline.buckets()) {
			Object[] cells = new Object[timeline.keys().size() + 4];
			cells[0] = bucket.start();
			cells[1] = bucket.last();
			for (int k = 0; k < timeline.keys().size(); k++) {
				cells[k + 2] = bucket.counts().get(k);
			}
			cells[cells.length - 2] = bucket.total();
			cells[cells.length - 1] = bucket.events();
			row(out, cells);
		}
		return out.toString();
	}

	private static Object[] header(Timeline timeline) {
		Object[] cells = new Object[timeline.keys().size() + 4];
		cells[0] = "start"; //$NON-NLS-1$
		cells[1] = "end"; //$NON-NLS-1$
		for (int k = 0; k < timeline.keys().size(); k++) {
			cells[k + 2] = timeline.keys().get(k);
		}
		cells[cells.length - 2] = "total"; //$NON-NLS-1$
		cells[cells.length - 1] = "events"; //$NON-NLS-1$
		return cells;
	}

	/**
	 * One row per count: {@code section,key,detail,count}, where section is {@code articles}, {@code stories}, a
	 * dimension's id ({@code language}, {@code licence-check}), {@code finding} (key the rule, detail the severity)
	 * or {@code entity} (key the type, detail the entity's name, then its id).
	 */
	public static String overview(Overview overview) {
		StringBuilder out = new StringBuilder();
		row(out, "section", "key", "detail", "count"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		row(out, "articles", "", "", overview.articles()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		row(out, "stories", "", "", overview.stories()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		for (Map.Entry<Dimension, Map<String, Integer>> tally : overview.tallies().entrySet()) {
			for (Map.Entry<String, Integer> entry : tally.getValue().entrySet()) {
				row(out, tally.getKey().id(), entry.getKey(), "", entry.getValue()); //$NON-NLS-1$
			}
		}
		for (Map.Entry<String, Map<String, Integer>> rule : overview.findings().entrySet()) {
			for (Map.Entry<String, Integer> severity : rule.getValue().entrySet()) {
				row(out, "finding", rule.getKey(), severity.getKey(), severity.getValue()); //$NON-NLS-1$
			}
		}
		for (Map.Entry<String, List<EntityCount>> type : overview.topEntities().entrySet()) {
			for (EntityCount count : type.getValue()) {
				row(out, "entity", type.getKey(), count.entity().label() + " <" + count.entity().id() + '>', //$NON-NLS-1$ //$NON-NLS-2$
						count.articles());
			}
		}
		for (ImportDay day : overview.imports()) {
			for (Map.Entry<String, Integer> importer : day.byImporter().entrySet()) {
				row(out, "import", day.day(), importer.getKey(), importer.getValue()); //$NON-NLS-1$
			}
		}
		return out.toString();
	}

	/**
	 * One row per located place and per country: {@code kind,id,name,country,latitude,longitude,articles}, where
	 * kind is {@code place} (a town, a city, or a country named as such) or {@code country} (the articles that
	 * mention the country or a place in it).
	 */
	public static String map(PlaceMap map) {
		StringBuilder out = new StringBuilder();
		row(out, "kind", "id", "name", "country", "latitude", "longitude", "articles"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
		for (PlacePoint point : map.places()) {
			row(out, "place", point.place().id(), point.place().label(), point.country(), point.latitude(), //$NON-NLS-1$
					point.longitude(), point.articles());
		}
		Map<String, Country> countries = Geography.get().countries();
		map.countries().forEach((code, ids) -> {
			Country country = countries.get(code);
			row(out, "country", "iso3166:" + code, country == null ? code : country.name(), code, //$NON-NLS-1$ //$NON-NLS-2$
					country == null ? "" : country.latitude(), country == null ? "" : country.longitude(), ids.size()); //$NON-NLS-1$ //$NON-NLS-2$
		});
		return out.toString();
	}

	/** One row per edge: {@code a_id,a_label,a_type,b_id,b_label,b_type,weight}. */
	public static String coOccurrence(CoOccurrence network) {
		StringBuilder out = new StringBuilder();
		row(out, "a_id", "a_label", "a_type", "b_id", "b_label", "b_type", "weight"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
		for (Edge edge : network.edges()) {
			row(out, edge.a().id(), edge.a().label(), edge.a().type(), edge.b().id(), edge.b().label(), edge.b().type(),
					edge.weight());
		}
		return out.toString();
	}

	/**
	 * The nodes, then the links of a network: {@code kind,id,label,type,articles,degree,centrality,group,x,y,
	 * target_id,target_label,weight}, where kind is {@code node} (an entity: its articles, degree, betweenness,
	 * connected group and place in the layout) or {@code link} (id and target the two entities, and its weight).
	 */
	public static String network(Network network) {
		StringBuilder out = new StringBuilder();
		row(out, "kind", "id", "label", "type", "articles", "degree", "centrality", "group", "x", "y", "target_id", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
				"target_label", "weight"); //$NON-NLS-1$ //$NON-NLS-2$
		for (NetworkNode node : network.nodes()) {
			row(out, "node", node.entity().id(), node.entity().label(), node.entity().type(), node.articles(), //$NON-NLS-1$
					node.degree(), String.format(Locale.ROOT, "%.4f", node.centrality()), node.component(), //$NON-NLS-1$
					String.format(Locale.ROOT, "%.4f", node.x()), String.format(Locale.ROOT, "%.4f", node.y()), "", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					"", ""); //$NON-NLS-1$ //$NON-NLS-2$
		}
		for (NetworkLink link : network.links()) {
			EntityRef a = network.nodes().get(link.a()).entity();
			EntityRef b = network.nodes().get(link.b()).entity();
			row(out, "link", a.id(), a.label(), "", "", "", "", "", "", "", b.id(), b.label(), link.weight()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
		}
		return out.toString();
	}

	private static void row(StringBuilder out, Object... cells) {
		for (int i = 0; i < cells.length; i++) {
			if (i > 0) {
				out.append(',');
			}
			out.append(quoted(String.valueOf(cells[i])));
		}
		out.append("\r\n"); //$NON-NLS-1$
	}

	/** The cell as CSV: quoted, with its quotes doubled, when it holds a comma, a quote or a line break. */
	static String quoted(String cell) {
		if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
			return cell;
		}
		return '"' + cell.replace("\"", "\"\"") + '"'; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
