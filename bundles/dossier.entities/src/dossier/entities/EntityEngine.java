// SPDX-License-Identifier: EPL-2.0
package dossier.entities;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jdt.annotation.Nullable;

import dossier.core.model.Article;
import dossier.entities.Recognizer.Suggestion;
import dossier.entities.internal.AmbiguousPlaces;
import dossier.entities.internal.Gazetteer;
import dossier.entities.internal.PartialNames;

/**
 * The recogniser chain: a gazetteer over the corpus catalogue plus the lexicons recognisers contribute (the seed
 * catalogue, CLDR places), then the recognisers that find mentions themselves (dates, context rules), then
 * linking of later partial names to the full name before them. Overlaps resolve to the longest mention, then the
 * higher priority. Analysts' decisions feed back: a rejected mention is not suggested again, an accepted new
 * entity {@linkplain #addToCatalogue joins the catalogue} and is found in other articles.
 * <p>
 * Thread-safe for {@link #recognize}; the lexicon gazetteer is built once per JVM and language set.
 */
public final class EntityEngine {

	/** The languages whose names are matched unless an engine is built with others. */
	public static final Set<String> DEFAULT_LANGUAGES = Set.of("ar", "en", "it", "fr", "es", "de", "pt"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$

	/** The recogniser id on mentions the corpus catalogue's names produce. */
	public static final String CATALOGUE_RECOGNIZER = "dossier.catalogue"; //$NON-NLS-1$
	private static final int CATALOGUE_PRIORITY = 100;

	private record Lexicon(Gazetteer gazetteer, Catalogue entities) {
	}

	private static final Map<String, Lexicon> LEXICONS = new ConcurrentHashMap<>();

	private final TextNormalizer normalizer;
	private final List<Recognizer> recognizers;
	private final Map<String, Integer> priorities = new HashMap<>();
	private final Lexicon lexicon;
	private final Catalogue catalogue;
	private volatile @Nullable Gazetteer catalogueGazetteer;

	private EntityEngine(Catalogue catalogue, Set<String> languages, List<Recognizer> recognizers) {
		this.normalizer = TextNormalizer.standard();
		this.recognizers = List.copyOf(recognizers);
		this.catalogue = catalogue;
		for (Recognizer recognizer : recognizers) {
			priorities.put(recognizer.id(), recognizer.priority());
		}
		priorities.put(CATALOGUE_RECOGNIZER, CATALOGUE_PRIORITY);
		String key = String.join(",", new TreeSet<>(languages)) + "|" //$NON-NLS-1$ //$NON-NLS-2$
				+ String.join(",", recognizers.stream().map(Recognizer::id).sorted().toList()); //$NON-NLS-1$
		this.lexicon = LEXICONS.computeIfAbsent(key, k -> buildLexicon(languages, recognizers));
		rebuildCatalogueGazetteer();
	}

	/** An engine over {@code catalogue} with every recogniser and the default languages. */
	public static EntityEngine create(Catalogue catalogue) {
		return new EntityEngine(catalogue, DEFAULT_LANGUAGES, Recognizers.all());
	}

	/** An engine with chosen recognisers and name languages ({@code "*"} for every CLDR locale). */
	public static EntityEngine create(Catalogue catalogue, Set<String> languages, List<Recognizer> recognizers) {
		return new EntityEngine(catalogue, languages, recognizers);
	}

	private Lexicon buildLexicon(Set<String> languages, List<Recognizer> all) {
		Catalogue entities = new Catalogue();
		Gazetteer.Builder builder = Gazetteer.builder(normalizer);
		for (Recognizer recognizer : all) {
			Collection<Entity> contributed = recognizer.lexicon(languages);
			for (Entity entity : contributed) {
				Entity stored = entities.add(entity);
				for (String name : entity.allNames()) {
					builder.add(name, stored.id(), stored.type(), recognizer.id(), recognizer.priority() / 100.0);
				}
			}
		}
		return new Lexicon(builder.build(), entities);
	}

	/** The corpus catalogue this engine matches (live: see {@link #addToCatalogue}). */
	public Catalogue catalogue() {
		return catalogue;
	}

	/** The entity of this id from the corpus catalogue or a lexicon (seed, CLDR), or null. */
	public @Nullable Entity entity(String id) {
		Entity entity = catalogue.get(id);
		Entity fromLexicon = lexicon.entities.get(id);
		if (entity == null) {
			return fromLexicon;
		}
		return fromLexicon == null ? entity : entity.mergedWith(fromLexicon);
	}

	/** How many names the gazetteers hold (corpus catalogue + lexicons). */
	public int aliasCount() {
		return lexicon.gazetteer.aliasCount() + catalogueGazetteer.aliasCount();
	}

	/**
	 * Adds (or merges) an entity into the corpus catalogue and rebuilds the catalogue gazetteer, so its names are
	 * found from the next article on. This is how an accepted new entity or a new alias takes effect.
	 */
	public synchronized void addToCatalogue(Entity entity) {
		catalogue.add(entity);
		rebuildCatalogueGazetteer();
	}

	/** Rebuilds the gazetteer of the corpus catalogue after it was changed directly. */
	public synchronized void rebuildCatalogueGazetteer() {
		Gazetteer.Builder builder = Gazetteer.builder(normalizer);
		for (Entity entity : catalogue.entities()) {
			for (String name : entity.allNames()) {
				builder.add(name, entity.id(), entity.type(), CATALOGUE_RECOGNIZER, 1.0);
			}
		}
		catalogueGazetteer = builder.build();
	}

	/**
	 * The type of a suggestion that says "no name here": a recogniser may suggest the span of an event's, a law's or a
	 * prize's name ("the Paris Agreement") with it, so that no shorter name inside wins ("Paris"); such spans are
	 * resolved like the others and then dropped, never returned, and never set against an analyst's accepted mention.
	 */
	public static final String NOT_A_NAME = "-"; //$NON-NLS-1$

	/** Recognises entities in an article that has no stored decisions. */
	public ArticleEntities recognize(Article article) {
		return recognize(article, List.of());
	}

	/**
	 * Recognises entities in {@code article}, honouring the analysts' {@code decisions} (its stored mentions):
	 * accepted and rejected mentions are kept as they are, and no suggestion repeats a rejected one.
	 */
	public ArticleEntities recognize(Article article, List<Mention> decisions) {
		String language = languageOf(article);
		NormalizedText normalized = normalizer.normalize(article.text());
		Map<String, Entity> newEntities = new HashMap<>();
		List<Mention> candidates = new ArrayList<>();
		Gazetteer current = catalogueGazetteer;
		List<Gazetteer.Match> matches = new ArrayList<>(current.find(normalized));
		matches.addAll(lexicon.gazetteer.find(normalized));
		for (Gazetteer.Match match : AmbiguousPlaces.filter(normalized, matches)) {
			Gazetteer.Entry entry = match.entry();
			candidates.add(new Mention(article.id(), match.start(), match.end(),
					article.text().substring(match.start(), match.end()), entry.entityId(), entry.type(),
					entry.recognizer(), entry.recognizer().equals(CATALOGUE_RECOGNIZER) ? 0.95 : 0.9, MentionStatus.SUGGESTED));
		}
		List<Mention> kept = decisions.stream().filter(m -> m.status() != MentionStatus.SUGGESTED).toList();
		List<Mention> rejected = kept.stream().filter(m -> m.status() == MentionStatus.REJECTED).toList();
		List<Mention> chosen = resolve(kept.stream().filter(m -> m.status() == MentionStatus.ACCEPTED).toList(),
				candidates, rejected, article.text().length());
		Catalogue known = new Catalogue();
		RecognitionContext context = new RecognitionContext(article, normalized, language, chosen, known);
		List<Mention> more = new ArrayList<>();
		for (Recognizer recognizer : recognizers) {
			if (!recognizer.languages().isEmpty() && !"und".equals(language) //$NON-NLS-1$
					&& !recognizer.languages().contains(context.baseLanguage())) {
				continue;
			}
			for (Suggestion suggestion : recognizer.recognize(context)) {
				more.add(suggestion.mention());
				Entity suggested = suggestion.entity();
				if (suggested != null && !newEntities.containsKey(suggested.id()) && entity(suggested.id()) == null) {
					newEntities.putIfAbsent(suggested.id(), suggested);
				}
			}
		}
		List<Mention> accepted = kept.stream().filter(m -> m.status() == MentionStatus.ACCEPTED).toList();
		List<Mention> all = new ArrayList<>(chosen);
		all.removeAll(accepted);
		for (Mention mention : more) {
			// a span that holds no name (an event's, a law's) keeps shorter names inside it out, never an analyst's own
			if (!NOT_A_NAME.equals(mention.type()) || accepted.stream().noneMatch(mention::overlaps)) {
				all.add(mention);
			}
		}
		// an analyst's accepted mentions stay as they are, whatever a recogniser suggests over the same words
		chosen = resolve(accepted, all, rejected, article.text().length());
		chosen = chosen.stream().filter(m -> !NOT_A_NAME.equals(m.type())).toList();
		chosen = PartialNames.link(article, normalized, normalizer, chosen, rejected);
		List<Mention> result = new ArrayList<>(chosen);
		result.addAll(rejected);
		result.sort(Mention.TEXT_ORDER);
		Map<String, Entity> entities = new LinkedHashMap<>();
		Set<String> looked = new HashSet<>();
		for (Mention mention : result) {
			if (looked.add(mention.entityId())) { // once per entity, not per mention
				Entity entity = lookup(mention.entityId(), newEntities);
				if (entity != null) {
					entities.putIfAbsent(entity.id(), entity);
				}
			}
		}
		return new ArticleEntities(article, language, result, entities);
	}

	private @Nullable Entity lookup(String id, Map<String, Entity> newEntities) {
		Entity entity = entity(id);
		return entity != null ? entity : newEntities.get(id);
	}

	/**
	 * Longest first, then higher priority, then higher confidence, then leftmost; overlapping losers dropped.
	 * {@code fixed} mentions (accepted decisions) always stay; candidates equal to a rejected mention never do.
	 */
	private List<Mention> resolve(List<Mention> fixed, List<Mention> candidates, List<Mention> rejected, int length) {
		BitSet taken = new BitSet(length);
		List<Mention> chosen = new ArrayList<>(fixed);
		for (Mention mention : fixed) {
			taken.set(mention.start(), mention.end());
		}
		List<Ranked> sorted = new ArrayList<>(candidates.size());
		for (Mention mention : candidates) {
			sorted.add(new Ranked(mention, priorities.getOrDefault(mention.recognizer(), 50)));
		}
		sorted.sort(EntityEngine::resolutionOrder);
		Set<SpanAndEntity> rejectedKeys = new HashSet<>();
		for (Mention mention : rejected) {
			rejectedKeys.add(new SpanAndEntity(mention.start(), mention.end(), mention.entityId()));
			rejectedKeys.add(new SpanAndEntity(mention.start(), mention.end(), TYPE_KEY + mention.type()));
		}
		for (Ranked ranked : sorted) {
			Mention mention = ranked.mention();
			if (mention.length() == 0 || !rejectedKeys.isEmpty()
					&& (rejectedKeys.contains(new SpanAndEntity(mention.start(), mention.end(), mention.entityId()))
							|| rejectedKeys.contains(new SpanAndEntity(mention.start(), mention.end(), TYPE_KEY + mention.type())))) {
				continue; // see Mention#ruledOutBy
			}
			int next = taken.nextSetBit(mention.start());
			if (next >= 0 && next < mention.end()) {
				continue;
			}
			taken.set(mention.start(), mention.end());
			chosen.add(mention);
		}
		chosen.sort(Mention.TEXT_ORDER);
		return chosen;
	}

	/** A candidate with its recogniser's priority, looked up once per candidate rather than at every comparison of the sort. */
	private record Ranked(Mention mention, int priority) {
	}

	/** Longest first, then higher priority, then higher confidence, then leftmost, then by entity id. */
	private static int resolutionOrder(Ranked a, Ranked b) {
		int order = Integer.compare(b.mention().length(), a.mention().length());
		if (order == 0) {
			order = Integer.compare(b.priority(), a.priority());
		}
		if (order == 0) {
			order = Double.compare(b.mention().confidence(), a.mention().confidence());
		}
		if (order == 0) {
			order = Integer.compare(a.mention().start(), b.mention().start());
		}
		return order != 0 ? order : a.mention().entityId().compareTo(b.mention().entityId());
	}

	/** The identity a decision is remembered by (see {@link Mention#ruledOutBy}): a span with an entity id or a type. */
	private record SpanAndEntity(int start, int end, String entityId) {
	}

	/** Marks a type in {@link SpanAndEntity#entityId} (no entity id holds a NUL). */
	private static final String TYPE_KEY = "\u0000type:"; //$NON-NLS-1$

	/** The article's language, or a guess from its script when it is not known ("ar" for Arabic script). */
	public static String languageOf(Article article) {
		if (!Article.UNDETERMINED.equals(article.language())) {
			return article.language();
		}
		String text = article.text();
		int arabic = 0;
		int latin = 0;
		for (int i = 0, n = Math.min(text.length(), 20_000); i < n; i++) {
			char c = text.charAt(i);
			if (c >= 0x0600 && c <= 0x06FF) {
				arabic++;
			} else if (Character.isLetter(c) && c < 0x0250) {
				latin++;
			}
		}
		return arabic > latin ? "ar" : Article.UNDETERMINED; //$NON-NLS-1$
	}
}
