// SPDX-License-Identifier: EPL-2.0
package dossier.entities.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.Nullable;

import dossier.entities.Entity;
import dossier.entities.EntityEngine;
import dossier.entities.EntityType;
import dossier.entities.Mention;
import dossier.entities.MentionStatus;
import dossier.entities.RecognitionContext;
import dossier.entities.Recognizer;
import dossier.entities.internal.Words.Word;

/**
 * Open-vocabulary names: the people, organisations and places that no catalogue holds, found by their shape and
 * the evidence around them ({@link LatinNames}, {@link ArabicNames}), then made consistent over the article: a name
 * found once with evidence is found at its other occurrences too, and its partial forms — a person's surname, an
 * organisation's acronym given in brackets after it — link to it. A mention's confidence reflects its evidence
 * (a given name or a head word more than a bare run of capitals, an echo of another mention a little less than
 * its source).
 */
public final class OpenNames implements Recognizer {

	public static final OpenNames INSTANCE = new OpenNames(NameModel.shipped(), null);

	/** Marks, in the per-article map of entity ids, the ids whose entity was already handed to the engine. */
	private static final String CREATED = "\u0000created:"; //$NON-NLS-1$
	/** The id prefix of a first-level subdivision of ISO 3166-2 ({@code iso3166-2:ES-CT}), beside CLDR's {@code iso3166:XX} countries. */
	static final String SUBDIVISION = "iso3166-2:"; //$NON-NLS-1$
	private static final Pattern SLUG_SEPARATORS = Pattern.compile("[\\s'’.]+"); //$NON-NLS-1$

	/** A typed span found by one of the script-specific finders; {@code type} null when no evidence typed it. */
	record Candidate(int start, int end, @Nullable String type, double confidence, List<String> keys, String joined) {

		Candidate(int start, int end, @Nullable String type, double confidence, List<String> keys) {
			this(start, end, type, confidence, keys, keys.size() == 1 ? keys.get(0) : String.join(" ", keys)); //$NON-NLS-1$
		}

		Candidate typed(@Nullable String newType, double newConfidence) {
			return new Candidate(start, end, newType, newConfidence, keys, joined);
		}
	}

	/** A name found with evidence, which its other occurrences take their type and entity from. */
	private record Anchor(@Nullable String type, double confidence, @Nullable String entityId, boolean head) {

		Anchor(@Nullable String type, double confidence, @Nullable String entityId) {
			this(type, confidence, entityId, false);
		}
	}

	/** Receives each Latin-script candidate with its features, before the model relabels it (for training). */
	interface CandidateSink {
		void accept(String articleId, Candidate candidate, List<String> features);
	}

	/** The trained model that has the last word on Latin-script candidates; null: the rules decide alone. */
	private final @Nullable NameModel model;
	private final @Nullable CandidateSink sink;

	/** How far the model's best score must beat the rules' label before it types an untyped candidate, drops a typed one, or retypes one. */
	private final float[] margins;

	OpenNames(@Nullable NameModel model, @Nullable CandidateSink sink) {
		this(model, sink, DEFAULT_MARGINS);
	}

	OpenNames(@Nullable NameModel model, @Nullable CandidateSink sink, float[] margins) {
		this.model = model;
		this.sink = sink;
		this.margins = margins;
	}

	/** The margins chosen by cross-validation within dev ({@code NameModelTrainer}, in the test fragment): to type, to drop, to retype. */
	static final float[] DEFAULT_MARGINS = { 0f, 0f, 0f };

	@Override
	public String id() {
		return "dossier.names"; //$NON-NLS-1$
	}

	@Override
	public String name() {
		return "Open-vocabulary names"; //$NON-NLS-1$
	}

	@Override
	public Set<String> languages() {
		return Set.of(); // every language: Latin-script names occur in Arabic text and the other way round
	}

	@Override
	public int priority() {
		return 20;
	}

	@Override
	public List<Suggestion> recognize(RecognitionContext context) {
		NameLexicons lexicons = NameLexicons.get();
		String text = context.article().text();
		String language = context.baseLanguage();
		List<Word> words = Words.of(text, lexicons, "de".equals(language)); //$NON-NLS-1$
		Map<Long, Mention> foundBySpan = new HashMap<>();
		context.found().forEach(m -> foundBySpan.putIfAbsent(span(m.start(), m.end()), m));
		// the finders ask about the same words many times (each rule, each split of a run): once per span and article
		Map<Long, Integer> populations = new HashMap<>();
		LatinNames.PlaceTest places = (start, end) -> populations.computeIfAbsent(Gazetteer.spanKey(start, end),
				span -> placePopulation(context, foundBySpan, start, end));
		LatinNames latin = new LatinNames(lexicons);
		Set<Long> organisations = new HashSet<>();
		for (Mention mention : context.found()) {
			if (EntityType.ORG.id().equals(mention.type())) {
				organisations.add(span(mention.start(), mention.end()));
			}
		}
		latin.knownOrganisations(organisations);
		List<Candidate> candidates = new ArrayList<>(latin.find(words, "ar".equals(language) ? "und" : language, places)); //$NON-NLS-1$ //$NON-NLS-2$
		Set<String> nicknames = latin.teamNicknames();
		if (model != null || sink != null) {
			NameFeatures features = new NameFeatures(lexicons, words, language, places, context.found());
			for (int i = 0; i < candidates.size(); i++) {
				Candidate candidate = candidates.get(i);
				List<String> f = features.of(candidate);
				if (sink != null) {
					sink.accept(context.article().id(), candidate, f);
				}
				if (model != null) {
					candidates.set(i, relabel(candidate, model.scores(f), margins));
				}
			}
		}
		List<int[]> events = EventNames.find(words, lexicons, language);
		if (!events.isEmpty()) {
			// no name inside an event's, a law's or a prize's name: neither ours nor, through the engine, a gazetteer's
			candidates.removeIf(c -> events.stream().anyMatch(e -> e[0] <= c.start() && c.end() <= e[1]));
		}
		candidates = definedByAcronym(candidates, words, lexicons);
		candidates.addAll(ArabicNames.get().find(words));
		candidates = Coordination.type(candidates, context.found(), text);
		List<Candidate> typed = new ArrayList<>();
		Map<String, Candidate> untyped = new LinkedHashMap<>();
		for (Candidate candidate : candidates) {
			if (candidate.type() != null) {
				typed.add(candidate);
			} else {
				untyped.put(candidate.joined(), candidate);
			}
		}
		typed = companiesOverWeakPeople(typed);
		typed = strongOverWeak(typed, nicknames);
		typed = commonWordsNoPlaces(typed, untyped, words, language, lexicons, places);
		List<Suggestion> suggestions = new ArrayList<>();
		Map<String, String> entityIds = new HashMap<>();
		// full names first, so that a surname alone ("Kowalczyk ha detto") links to the person named in full, and
		// an acronym given in brackets after an organisation's name ("Partito Democratico (PD)") to the organisation
		Map<String, String> surnames = new HashMap<>();
		Map<String, String> acronyms = new HashMap<>();
		for (Mention mention : context.found()) {
			// "George W. Bush ... the Bush administration": the surname of a person a catalogue named in full, over a
			// weak cue of a place (a small town of that name)
			if (!EntityType.PERSON.id().equals(mention.type())) {
				continue;
			}
			String covered = mention.text().strip();
			int space = Math.max(covered.lastIndexOf(' '), covered.lastIndexOf('\n'));
			if (space > 0) {
				surnames.putIfAbsent(lexicons.key(covered.substring(space + 1)), mention.entityId());
			}
		}
		List<Candidate> fullFirst = new ArrayList<>(typed);
		fullFirst.sort(Comparator.comparingInt((Candidate c) -> -c.keys().size()));
		for (Candidate candidate : fullFirst) {
			if (foundBySpan.containsKey(span(candidate.start(), candidate.end()))) {
				continue; // a catalogue or gazetteer found this very span: it knows better (an id, a QID)
			}
			if (candidate.keys().size() == 1 && EntityType.PLACE.id().equals(candidate.type()) && candidate.confidence() <= 0.5
					&& surnames.containsKey(candidate.keys().get(0))) {
				// "De Cruyff a Guardiola" after "Pep Guardiola": the surname of a person the article names in full is
				// that person, whatever a weak cue (a preposition of place) said
				candidate = candidate.typed(EntityType.PERSON.id(), 0.5);
			}
			boolean person = EntityType.PERSON.id().equals(candidate.type());
			boolean org = EntityType.ORG.id().equals(candidate.type());
			String single = candidate.keys().size() == 1 ? candidate.keys().get(0) : null;
			String known = single == null ? null : person ? surnames.get(single) : org ? acronyms.get(single) : null;
			Suggestion suggestion = suggestion(context, candidate, candidate.type(), candidate.confidence(), entityIds, known);
			suggestions.add(suggestion);
			if (person && candidate.keys().size() > 1) {
				surnames.putIfAbsent(candidate.keys().get(candidate.keys().size() - 1), suggestion.mention().entityId());
			}
			Word acronym = org && candidate.keys().size() > 1 ? acronymAfter(words, candidate) : null;
			if (acronym != null) {
				acronyms.putIfAbsent(acronym.key(), suggestion.mention().entityId());
			}
		}
		suggestions.sort(Comparator.comparing(Suggestion::mention, Mention.TEXT_ORDER));
		suggestions.addAll(echoes(context, words, typed, untyped, entityIds, nicknames));
		if (!events.isEmpty()) {
			suggestions.removeIf(s -> events.stream().anyMatch(e -> e[0] <= s.mention().start() && s.mention().end() <= e[1]));
			for (int[] event : events) {
				suggestions.add(new Suggestion(new Mention(context.article().id(), event[0], event[1], text.substring(event[0], event[1]),
						"none", EntityEngine.NOT_A_NAME, id(), 1.0, MentionStatus.SUGGESTED), null)); //$NON-NLS-1$
			}
		}
		return suggestions;
	}

	/**
	 * "Bloc québécois (BQ)", "Česká strana sociálně demokratická (CSSD)", "Občanská demokratická strana (ODS)": a name
	 * written with lower-case words, which the runs of capitals cut, is whole when the acronym in brackets right after
	 * it spells its words' initials (a connector such as "de" or "of" may be skipped); it is the organisation's name,
	 * and the shorter candidates inside it give way.
	 */
	static List<Candidate> definedByAcronym(List<Candidate> candidates, List<Word> words, NameLexicons lexicons) {
		List<Candidate> defined = null;
		for (int k = 1; k + 1 < words.size(); k++) {
			Word acronym = words.get(k);
			if (!acronym.allCaps() || acronym.arabic() || acronym.text().length() < 2 || acronym.text().length() > 6
					|| !acronym.gap().equals(" (") || !words.get(k + 1).gap().startsWith(")")) { //$NON-NLS-1$ //$NON-NLS-2$
				continue;
			}
			String letters = lexicons.key(acronym.text());
			if (!letters.chars().allMatch(Character::isLetter)) {
				continue;
			}
			int next = letters.length() - 1;
			int from = -1;
			boolean lowerCaseWord = false;
			for (int i = k - 1; i >= 0 && next >= 0; i--) {
				Word word = words.get(i);
				if (word.arabic() || i < k - 1 && !" ".equals(words.get(i + 1).gap())) { //$NON-NLS-1$
					break;
				}
				String key = word.key();
				if (!key.isEmpty() && key.charAt(0) == letters.charAt(next)) {
					next--;
					from = i;
					lowerCaseWord |= !word.capitalised();
				} else if (!word.capitalised() && (NameWords.CONNECTORS.contains(key) || NameWords.AND_WORDS.contains(key)) && next < letters.length() - 1) {
					continue; // "Partido dos Trabalhadores (PT)"
				} else {
					break;
				}
			}
			if (next >= 0 || from < 0 || !lowerCaseWord || !words.get(from).capitalised() || k - from < 2) {
				continue; // every word capitalised: the runs already hold the name
			}
			if (defined == null) {
				defined = new ArrayList<>();
			}
			defined.add(new Candidate(words.get(from).start(), words.get(k - 1).end(), EntityType.ORG.id(), 0.6,
					words.subList(from, k).stream().map(Word::key).toList()));
		}
		if (defined == null) {
			return candidates;
		}
		List<Candidate> result = new ArrayList<>(candidates.size() + defined.size());
		for (Candidate candidate : candidates) {
			if (defined.stream().noneMatch(d -> d.start() < candidate.end() && candidate.start() < d.end())) {
				result.add(candidate);
			}
		}
		result.addAll(defined);
		return result;
	}

	/**
	 * "Motorola Inc. ... Motorola said": a company named with its legal form anywhere in the article is the company
	 * where a weak cue (a verb of speech, a preposition of place) took its short name for a person's or a place's.
	 */
	private static List<Candidate> companiesOverWeakPeople(List<Candidate> typed) {
		Set<String> companies = new HashSet<>();
		for (Candidate candidate : typed) {
			List<String> keys = candidate.keys();
			if (EntityType.ORG.id().equals(candidate.type()) && keys.size() > 1
					&& (NameLexicons.get().legalSuffixes.contains(keys.get(keys.size() - 1).replace(".", "")) //$NON-NLS-1$ //$NON-NLS-2$
							// "Universal Pictures ... also from Universal": a company's head word, as a legal form
							|| NameWords.COMPANY_HEADS.contains(keys.get(keys.size() - 1)))) {
				companies.add(String.join(" ", keys.subList(0, keys.size() - 1))); //$NON-NLS-1$
			}
		}
		if (companies.isEmpty()) {
			return typed;
		}
		List<Candidate> retyped = new ArrayList<>(typed.size());
		for (Candidate candidate : typed) {
			boolean weakPerson = EntityType.PERSON.id().equals(candidate.type()) && candidate.confidence() <= 0.55;
			// "Kmart Corp. ... brands from Kmart": nor where a preposition of place took it for a town
			boolean weakPlace = EntityType.PLACE.id().equals(candidate.type()) && candidate.confidence() <= 0.5;
			retyped.add((weakPerson || weakPlace) && companies.contains(candidate.joined()) ? candidate.typed(EntityType.ORG.id(), 0.55) : candidate);
		}
		return retyped;
	}

	/**
	 * "en Internet", "na Voz do Brasil": one capitalised word that is a common word of the language (or of English) and
	 * that only a weak cue, a preposition, took for a place is no place when no gazetteer knows it; it stays a candidate,
	 * which another occurrence's evidence can still type. A town the gazetteers know stays a place ("in Reading",
	 * "in Boston": the lists of common words hold many towns' names).
	 */
	static List<Candidate> commonWordsNoPlaces(List<Candidate> typed, Map<String, Candidate> untyped, List<Word> words, String language,
			NameLexicons lexicons, LatinNames.PlaceTest places) {
		List<Candidate> kept = new ArrayList<>(typed.size());
		for (Candidate candidate : typed) {
			Word word = candidate.keys().size() == 1 && EntityType.PLACE.id().equals(candidate.type()) && candidate.confidence() <= 0.5
					? wordAt(words, candidate.start()) : null;
			int population = word == null ? 0 : places.population(candidate.start(), candidate.end());
			if (word != null && word.end() == candidate.end() && !word.allCaps() && lexicons.commonWord(word.key(), language)
					// "suspender la Constitución", "ruined the Temple", "das Gericht": a town's name that is a common word takes
					// no lower-case article; the word does (a region does too: "la Lombardia", "o Pará")
					&& (population == 0 || population < PlaceNames.REGION && articleBefore(words, word, language))) {
				untyped.putIfAbsent(candidate.joined(), candidate.typed(null, 0.3));
				continue;
			}
			kept.add(candidate);
		}
		return kept.size() == typed.size() ? typed : kept;
	}

	/** A lower-case article right before the word, by language ("the", "la", "una", "o", "die"): no preposition fused with one. */
	private static boolean articleBefore(List<Word> words, Word word, String language) {
		Word before = word.index() > 0 && word.spaceBefore() ? words.get(word.index() - 1) : null;
		return before != null && !before.capitalised() && before.end() - before.start() <= 4
				&& NameWords.ARTICLES_ALONE.getOrDefault(language, Set.of()).contains(before.key());
	}

	/** The word that starts at {@code start}, or null. */
	private static @Nullable Word wordAt(List<Word> words, int start) {
		int index = firstWordFrom(words, start);
		return index < words.size() && words.get(index).start() == start ? words.get(index) : null;
	}

	/** The index of the first word that starts at or after {@code offset} ({@code words.size()} if none): a binary search. */
	private static int firstWordFrom(List<Word> words, int offset) {
		int low = 0;
		int high = words.size();
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (words.get(middle).start() < offset) {
				low = middle + 1;
			} else {
				high = middle;
			}
		}
		return low;
	}

	/**
	 * Document-level evidence: a name typed with good evidence somewhere in the article (a head, a legal form, a given
	 * name: confidence 0.6 or more) is that at its other occurrences where only a weak cue (a preposition, a
	 * coordination, a town of that name: 0.5 or less) typed it otherwise ("Kmart Corp. ... brands from Kmart"); so is a
	 * sports team's nickname ("Indiana Pacers ... the Pacers and Ben Wallace"). A name typed two ways with good evidence
	 * is left as it is.
	 */
	static List<Candidate> strongOverWeak(List<Candidate> typed, Set<String> nicknames) {
		Map<String, String> strong = new HashMap<>();
		Set<String> ambiguous = new HashSet<>();
		for (Candidate candidate : typed) {
			String type = candidate.type();
			if (type != null && candidate.confidence() >= 0.6 && !EntityType.DATE.id().equals(type)) {
				String before = strong.putIfAbsent(candidate.joined(), type);
				if (before != null && !before.equals(type)) {
					ambiguous.add(candidate.joined());
				}
			}
		}
		nicknames.forEach(n -> strong.putIfAbsent(n, EntityType.ORG.id()));
		ambiguous.forEach(strong::remove);
		if (strong.isEmpty()) {
			return typed;
		}
		List<Candidate> retyped = new ArrayList<>(typed.size());
		for (Candidate candidate : typed) {
			String type = candidate.confidence() <= 0.5 ? strong.get(candidate.joined()) : null;
			retyped.add(type != null && !type.equals(candidate.type()) ? candidate.typed(type, 0.55) : candidate);
		}
		return retyped;
	}

	/**
	 * The model's decision on a candidate: the rules' type and confidence when it agrees, none when it finds no name
	 * (the candidate can still be typed by another mention of the same name), else its own type with a modest
	 * confidence.
	 */
	static Candidate relabel(Candidate candidate, float[] scores, float[] margins) {
		int best = NameModel.argmax(scores);
		int rule = candidate.type() == null ? 0 : NameModel.LABELS.indexOf(candidate.type());
		if (best == rule) {
			return candidate;
		}
		float margin = scores[best] - scores[rule];
		if (rule == 0) {
			return margin > margins[0] ? candidate.typed(NameModel.LABELS.get(best), 0.5) : candidate;
		}
		if (best == 0) {
			return margin > margins[1] ? candidate.typed(null, 0.3) : candidate;
		}
		return margin > margins[2] ? candidate.typed(NameModel.LABELS.get(best), 0.55) : candidate;
	}

	/** A place the gazetteers found over exactly {@code [start, end)} (any size), or the population of the town GeoNames knows by that name. */
	private static int placePopulation(RecognitionContext context, Map<Long, Mention> foundBySpan, int start, int end) {
		Mention mention = foundBySpan.get(span(start, end));
		if (mention != null && EntityType.PLACE.id().equals(mention.type())) {
			return Integer.MAX_VALUE;
		}
		return PlaceNames.get().population(NameLexicons.get().key(context.article().text().substring(start, end)));
	}

	private static long span(int start, int end) {
		return (long) start << 32 | end;
	}

	/**
	 * Document-level consistency: the other occurrences of each typed name (and of a person's surname, an
	 * organisation's bracketed acronym) that no finder typed, each linked to the name's entity.
	 */
	private List<Suggestion> echoes(RecognitionContext context, List<Word> words, List<Candidate> typed,
			Map<String, Candidate> untyped, Map<String, String> entityIds, Set<String> nicknames) {
		Map<String, Anchor> anchors = new HashMap<>();
		// "Information Technology (IT) ... It leads the country": a name written in capitals refers back only where it is
		// written in capitals again, not through the capital of a sentence's first word
		Set<String> acronyms = new HashSet<>();
		String text = context.article().text();
		Set<String> sharedSurnames = new HashSet<>();
		Map<String, String> surnameOwners = new HashMap<>();
		for (Candidate candidate : typed) {
			if (candidate.confidence() < 0.45
					// "Twitter censors accounts ... shared on Twitter": the company acting, elsewhere the medium
					|| candidate.keys().size() == 1 && NameLexicons.get().platforms.contains(candidate.keys().get(0))) {
				continue;
			}
			String entityId = entityIds.get(entityKey(candidate.type(), candidate));
			Anchor anchor = new Anchor(candidate.type(), candidate.confidence() - 0.05, entityId);
			anchors.putIfAbsent(candidate.joined(), anchor);
			if (EntityType.PERSON.id().equals(candidate.type()) && candidate.keys().size() > 1) {
				String surname = candidate.keys().get(candidate.keys().size() - 1);
				String full = candidate.joined();
				if (surnameOwners.containsKey(surname) && !surnameOwners.get(surname).equals(full)) {
					sharedSurnames.add(surname); // two people of one family: the linker picks the nearest full name
				}
				surnameOwners.putIfAbsent(surname, full);
				if (surname.length() >= 3 && !NameLexicons.get().stopwords.contains(surname)) {
					anchors.putIfAbsent(surname, new Anchor(candidate.type(), candidate.confidence() - 0.1, entityId));
				}
			}
			if (EntityType.ORG.id().equals(candidate.type()) && candidate.keys().size() > 1) {
				// "European Commission ... the Commission": the head word alone refers back to the organisation
				for (String key : candidate.keys()) {
					if (NameLexicons.get().orgHeads.contains(key) && !NameLexicons.get().genericHeads.contains(key) && !NameWords.GENERIC_ALONE.contains(key)) {
						anchors.putIfAbsent(key, new Anchor(candidate.type(), candidate.confidence() - 0.15, entityId, true));
					}
				}
			}
			List<String> keys = candidate.keys();
			if (EntityType.ORG.id().equals(candidate.type()) && keys.size() > 1 && nicknames.contains(keys.get(keys.size() - 1))) {
				// "Indiana Pacers ... the Pacers": a team's nickname alone is the team
				anchors.putIfAbsent(keys.get(keys.size() - 1), new Anchor(candidate.type(), candidate.confidence() - 0.05, entityId));
			}
			if (EntityType.ORG.id().equals(candidate.type()) && keys.size() > 1
					&& NameLexicons.get().legalSuffixes.contains(keys.get(keys.size() - 1).replace(".", ""))) { //$NON-NLS-1$ //$NON-NLS-2$
				// "Motorola Inc. ... Motorola's phones", "Palm Inc. ... Palm reported": the company without its legal form
				anchors.putIfAbsent(String.join(" ", keys.subList(0, keys.size() - 1)), //$NON-NLS-1$
						new Anchor(candidate.type(), candidate.confidence() - 0.1, entityId));
			}
			Word after = acronymAfter(words, candidate);
			if (after != null && EntityType.ORG.id().equals(candidate.type())) {
				anchors.putIfAbsent(after.key(), new Anchor(candidate.type(), candidate.confidence(), entityId));
				if (allCapitals(text, after.start(), after.end())) {
					acronyms.add(after.key()); // not "AfD", "UnB": written so, they refer back written so, which no sentence's start mimics
				}
			}
			if (candidate.keys().size() == 1 && allCapitals(text, candidate.start(), candidate.end())) {
				acronyms.add(candidate.keys().get(0));
			}
		}
		// by identity (a record's hash reads all its fields), each distinct text normalised once ("Moscow" ten times)
		Map<Mention, String> foundKeys = new IdentityHashMap<>();
		Map<String, String> keysOfTexts = new HashMap<>();
		for (Mention mention : context.found()) {
			if (!EntityType.DATE.id().equals(mention.type())) {
				foundKeys.put(mention, keysOfTexts.computeIfAbsent(mention.text(), NameLexicons.get()::key));
			}
		}
		for (Mention mention : context.found()) {
			if (EntityType.PERSON.id().equals(mention.type())) {
				String[] parts = foundKeys.get(mention).split(" "); //$NON-NLS-1$
				String surname = parts[parts.length - 1];
				if (parts.length > 1 && surnameOwners.containsKey(surname) && !surnameOwners.get(surname).equals(String.join(" ", parts))) { //$NON-NLS-1$
					sharedSurnames.add(surname);
				}
				surnameOwners.putIfAbsent(surname, String.join(" ", parts)); //$NON-NLS-1$
			}
		}
		for (Mention mention : context.found()) {
			// "George W. Bush ... against Bush": a catalogue's person is found by the surname alone too
			String key = EntityType.PERSON.id().equals(mention.type()) ? foundKeys.get(mention) : null;
			int space = key == null ? -1 : key.lastIndexOf(' ');
			String surname = space > 0 ? key.substring(space + 1) : ""; //$NON-NLS-1$
			if (surname.length() >= 3 && !NameLexicons.get().stopwords.contains(surname)) {
				anchors.putIfAbsent(surname, new Anchor(mention.type(), 0.5, mention.entityId()));
			}
		}
		sharedSurnames.forEach(anchors::remove);
		if ("de".equals(context.baseLanguage())) { //$NON-NLS-1$
			// "Donald Trump ... Trumps Vorgänger", "Merkels Regierung": a German genitive of a person's surname is the person
			for (Map.Entry<String, Anchor> anchor : new ArrayList<>(anchors.entrySet())) {
				String key = anchor.getKey();
				if (EntityType.PERSON.id().equals(anchor.getValue().type()) && key.length() >= 3 && key.indexOf(' ') < 0
						&& "sxzß".indexOf(key.charAt(key.length() - 1)) < 0) { //$NON-NLS-1$
					anchors.putIfAbsent(key + "s", anchor.getValue()); //$NON-NLS-1$
				}
			}
		}
		for (Mention mention : context.found()) { // catalogue names typed the same way wherever they recur
			if (!EntityType.DATE.id().equals(mention.type())) {
				String key = foundKeys.getOrDefault(mention, ""); //$NON-NLS-1$
				anchors.putIfAbsent(key, new Anchor(mention.type(), 0.6, mention.entityId()));
				if (key.indexOf(' ') < 0 && allCapitals(mention.text(), 0, mention.text().length())) {
					acronyms.add(key);
				}
				if (EntityType.ORG.id().equals(mention.type())) {
					for (String word : key.split(" ")) { //$NON-NLS-1$
						if (NameLexicons.get().orgHeads.contains(word) && !NameLexicons.get().genericHeads.contains(word) && !NameWords.GENERIC_ALONE.contains(word)) {
							anchors.putIfAbsent(word, new Anchor(mention.type(), 0.5, mention.entityId(), true));
						}
					}
				}
			}
		}
		List<Suggestion> echoes = new ArrayList<>();
		for (Candidate candidate : untyped.values()) {
			Anchor anchor = anchors.get(candidate.joined());
			if (anchor != null && acronyms.contains(candidate.joined()) && !allCapitals(text, candidate.start(), candidate.end())) {
				continue;
			}
			if (anchor != null && !(anchor.head() && attributiveHead(words, candidate.start()))) {
				Candidate typedEcho = candidate.typed(anchor.type(), anchor.confidence());
				echoes.add(suggestion(context, typedEcho, anchor.type(), anchor.confidence(), entityIds, anchor.entityId()));
			}
		}
		// untyped runs are collected once per key above; find every other capitalised occurrence of those keys too
		BitSet covered = new BitSet(context.article().text().length());
		typed.forEach(c -> covered.set(c.start(), c.end()));
		echoes.forEach(e -> covered.set(e.mention().start(), e.mention().end()));
		boolean german = "de".equals(context.baseLanguage()); //$NON-NLS-1$
		for (Word word : words) {
			if (!word.capitalised() || word.arabic()) {
				continue;
			}
			Anchor anchor = anchors.get(word.key());
			int end = word.end();
			String key = word.key();
			if (anchor == null && german) {
				// "Snowden-Enthüllungen", "CSSD-Kandidaten", "Telekom-Lobby": a German compound whose first part is a
				// name found elsewhere in the article; the name part is the mention
				int hyphen = word.text().indexOf('-');
				if (hyphen > 1) {
					key = NameLexicons.get().key(word.text().substring(0, hyphen));
					anchor = anchors.get(key);
					end = word.start() + hyphen;
				}
			}
			if (anchor == null || context.taken(word.start(), end) || anchor.head() && attributiveHead(words, word.start())
					|| acronyms.contains(key) && !allCapitals(text, word.start(), end)) {
				continue;
			}
			int next = covered.nextSetBit(word.start());
			if (next >= 0 && next < end) {
				continue;
			}
			Candidate echo = new Candidate(word.start(), end, anchor.type(), anchor.confidence(), List.of(key));
			echoes.add(suggestion(context, echo, anchor.type(), anchor.confidence(), entityIds, anchor.entityId()));
			covered.set(word.start(), end);
		}
		return echoes;
	}

	/** Two or more letters, every one of them a capital ("IT", "ZCSA", "PP-DD"). */
	private static boolean allCapitals(String text, int start, int end) {
		int letters = 0;
		for (int i = start; i < end; i++) {
			char c = text.charAt(i);
			if (Character.isLowerCase(c)) {
				return false;
			}
			letters += Character.isLetter(c) ? 1 : 0;
		}
		return letters >= 2;
	}

	/**
	 * "Court officials say ..." after "Supreme Court": a head word that opens a sentence before a lower-case noun of
	 * people or papers qualifies that noun (court officials, council members) and refers back to no organisation;
	 * "Commission makes recommendations" does.
	 */
	private static boolean attributiveHead(List<Word> words, int start) {
		int low = firstWordFrom(words, start);
		if (low + 1 >= words.size() || words.get(low).start() != start || !words.get(low).sentenceStart()) {
			return false;
		}
		Word next = words.get(low + 1);
		return next.spaceBefore() && !next.capitalised() && NameWords.ATTRIBUTIVE_AFTER_HEAD.contains(next.key());
	}

	/** "Partito Democratico (PD)": the capitals in brackets right after a name. */
	private static @Nullable Word acronymAfter(List<Word> words, Candidate candidate) {
		int low = firstWordFrom(words, candidate.end());
		if (low == words.size()) {
			return null;
		}
		Word word = words.get(low);
		if (!word.gap().strip().equals("(")) { //$NON-NLS-1$
			return null;
		}
		return word.allCaps() || abbreviates(word.text(), words, candidate) ? word : null;
	}

	/**
	 * "Cape Amalgamated Taxi Association (Cata)", "Universidade de Brasília (UnB)", "Agência Brasil (ABr)": a word in
	 * mixed case whose letters, or whose capitals, are the initials of the name's capitalised words.
	 */
	static boolean abbreviates(String abbreviation, List<Word> words, Candidate candidate) {
		if (abbreviation.length() < 2 || abbreviation.length() > 8 || !Character.isUpperCase(abbreviation.charAt(0))) {
			return false;
		}
		StringBuilder initials = new StringBuilder();
		// from the candidate's first word on, found by a binary search: asked of every name before a bracket, and the
		// article's words from its start made this quadratic
		for (int i = firstWordFrom(words, candidate.start()); i < words.size() && words.get(i).start() < candidate.end(); i++) {
			Word word = words.get(i);
			if (word.capitalised()) {
				initials.appendCodePoint(Character.toLowerCase(word.text().codePointAt(0)));
			}
		}
		if (initials.length() < 2) {
			return false;
		}
		String letters = abbreviation.toLowerCase(Locale.ROOT);
		StringBuilder capitals = new StringBuilder();
		abbreviation.codePoints().filter(Character::isUpperCase).forEach(c -> capitals.appendCodePoint(Character.toLowerCase(c)));
		String wanted = initials.toString();
		return letters.equals(wanted) || capitals.length() >= 2 && capitals.toString().equals(wanted)
				// "Standing Committee on Public Accounts (Scopa)": a lower-case word's initial may be spelled too
				|| letters.length() > wanted.length() && spellsWithConnectors(letters, words, candidate)
				// "Jornalismo da Universidade de Brasília (UnB)": the capitals spell the name's last words, which a run began early
				|| capitals.length() >= 2 && capitals.length() < wanted.length() && wanted.endsWith(capitals.toString())
						&& capitals.length() < letters.length();
	}

	/** Every capitalised word's initial, in order, and some of the lower-case words inside the name ("on", "de"), spell {@code letters}. */
	private static boolean spellsWithConnectors(String letters, List<Word> words, Candidate candidate) {
		int next = 0;
		for (int i = firstWordFrom(words, candidate.start()); i < words.size() && words.get(i).start() < candidate.end(); i++) {
			Word word = words.get(i);
			if (word.key().isEmpty()) {
				continue;
			}
			char initial = word.key().charAt(0);
			if (word.capitalised()) {
				if (next >= letters.length() || letters.charAt(next) != initial) {
					return false;
				}
				next++;
			} else if (next < letters.length() && letters.charAt(next) == initial) {
				next++;
			}
		}
		return next == letters.length();
	}

	private Suggestion suggestion(RecognitionContext context, Candidate candidate, String type, double confidence,
			Map<String, String> entityIds) {
		return suggestion(context, candidate, type, confidence, entityIds, null);
	}

	private Suggestion suggestion(RecognitionContext context, Candidate candidate, @Nullable String type, double confidence,
			Map<String, String> entityIds, @Nullable String knownEntityId) {
		String kind = Objects.requireNonNull(type, "only typed candidates are suggested"); //$NON-NLS-1$
		String text = context.article().text();
		String covered = text.substring(candidate.start(), candidate.end());
		String entityId = knownEntityId != null ? knownEntityId : containedEntity(context, candidate, kind);
		String region = entityId == null && EntityType.PLACE.id().equals(kind)
				? PlaceNames.get().subdivision(NameLexicons.get().key(covered)) : null;
		if (region != null) {
			entityId = SUBDIVISION + region; // Bayern and Bavaria, Catalunya and Catalonia: one place
		}
		if (entityId == null) {
			entityId = entityIds.computeIfAbsent(entityKey(kind, candidate),
					k -> "new:" + kind.toLowerCase(Locale.ROOT) + ":" + slug(candidate.keys())); //$NON-NLS-1$ //$NON-NLS-2$
		}
		Mention mention = new Mention(context.article().id(), candidate.start(), candidate.end(), covered, entityId, kind, id(),
				confidence, MentionStatus.SUGGESTED);
		String language = "und".equals(context.baseLanguage()) ? "und" : context.baseLanguage(); //$NON-NLS-1$ //$NON-NLS-2$
		Entity entity = null;
		if ((entityId.startsWith("new:") || region != null) && entityIds.put(CREATED + entityId, entityId) == null) { //$NON-NLS-1$
			// the entity once per article, with the first form it was found under: the engine keeps the first
			entity = new Entity(entityId, kind, Map.of(language, covered), Map.of(), null, "suggested by the open-vocabulary name recogniser"); //$NON-NLS-1$
		}
		return new Suggestion(mention, entity);
	}

	/** A known entity of the same type named inside the candidate ("Vladimir Putin" around a catalogue "Putin"). */
	private static @Nullable String containedEntity(RecognitionContext context, Candidate candidate, @Nullable String type) {
		if (!EntityType.PERSON.id().equals(type)) {
			return null;
		}
		List<Mention> found = context.found();
		int low = 0;
		int high = found.size();
		while (low < high) { // the first mention starting at or after the candidate
			int middle = (low + high) >>> 1;
			if (found.get(middle).start() < candidate.start()) {
				low = middle + 1;
			} else {
				high = middle;
			}
		}
		for (int i = low; i < found.size() && found.get(i).start() < candidate.end(); i++) {
			Mention mention = found.get(i);
			if (mention.type().equals(type) && mention.end() <= candidate.end() && !mention.entityId().startsWith("new:")) { //$NON-NLS-1$
				return mention.entityId();
			}
		}
		return null;
	}

	private static String entityKey(@Nullable String type, Candidate candidate) {
		return type + '\u0000' + candidate.joined();
	}

	private static String slug(List<String> keys) {
		String slug = SLUG_SEPARATORS.matcher(String.join("-", keys)).replaceAll("-"); //$NON-NLS-1$ //$NON-NLS-2$
		return slug.isEmpty() ? "name" : slug; //$NON-NLS-1$
	}
}
