// SPDX-License-Identifier: EPL-2.0
package dossier.entities.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import dossier.entities.internal.Words.Word;

/**
 * The words {@link LatinNames} reads names by, in the seven languages' Latin script: connectors inside a name,
 * articles and prepositions around one, saints, governments, geographic nouns, qualifiers of places, surname endings,
 * and the shapes of single words (an elided article, a capital inside a word, a name's own article).
 */
final class NameWords {

	private NameWords() {
	}

	/** Prepositions that, between a person's name and an organisation's, say whom the person works for. */
	static final Set<String> PARTICLES_BEFORE_BODIES = Set.of("of", "de", "di", "da", "do", "du", "del", "della", "dello", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			"des", "dos", "das", "von", "vom"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

	/** "Without" in the seven languages, and "borders": "Reporters Without Borders" and its namesakes are organisations. */
	static final Set<String> WITHOUT = Set.of("without", "sans", "sin", "senza", "sem", "ohne"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

	static final Set<String> BORDERS = Set.of("borders", "frontieres", "fronteras", "frontiere", "fronteiras", "grenzen"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

	/** Words that name news media after a country's or a city's name and a hyphen ("Algerie-Focus", "Maroc-Hebdo"). */
	static final Set<String> MEDIA_WORDS = Set.of("focus", "presse", "press", "hebdo", "info", "infos", "actu", "actualites", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			"online", "news", "today", "times", "soir", "matin", "tribune", "journal", "express", "post", "net", "web", "tv", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$
			"radio", "medias", "media", "mag", "magazine", "daily", "noticias", "notizie", "noticia", "diario", "jornal", "hoy", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$
			"direct", "live", "eco", "economie", "politique", "sport", "sports", "nachrichten", "zeitung", "aktuell"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$

	/** Lower-case words allowed between two capitalised words of one name. */
	static final Set<String> CONNECTORS = Set.of("of", "for", "de", "del", "della", "dello", "delle", "degli", "dei", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			"di", "da", "do", "dos", "das", "du", "des", "la", "le", "los", "las", "von", "van", "der", "den", "zu", "für", "fur", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$ //$NON-NLS-16$ //$NON-NLS-17$ //$NON-NLS-18$
			"the", "al", "el", "bin", "ibn", "bint", "y", "e"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$

	/** Further connectors inside an organisation's name ("Centro ... sobre la Evolución Humana", "Partners in Health"). */
	static final Set<String> ORG_CONNECTORS = Set.of("sobre", "para", "per", "pour", "por", "sur", "contro", "contra", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			"against", "on", "in", "and", "et", "und", "y", "e", "la", "le", "el", "lo", "il", "les", "los", "las", "die", "dos", "das"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$ //$NON-NLS-16$ //$NON-NLS-17$ //$NON-NLS-18$ //$NON-NLS-19$

	/** "and" in the seven languages: after a lone acronym it separates two names ("CGT et Force ouvrière", "EU and NATO"). */
	static final Set<String> AND_WORDS = Set.of("and", "et", "und", "y", "e", "i"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

	/** Connectors that join only inside an organisation's name ("Ministerio de Asuntos Exteriores y Cooperación"). */
	static final Set<String> ORG_ONLY_CONNECTORS = Set.of("y", "e", "the"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	/** In German, nouns are capitalised: "Sicherheit von Kindern", "Verordnung der Kommission" are not names. */
	/** German articles that join no person's name, whatever the name's first word ("Dietmar Bartsch das Gesetz"). */
	static final Set<String> GERMAN_ARTICLES_NOT_IN_NAMES = Set.of("das", "dem", "des"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	static final Set<String> GERMAN_ARTICLES = Set.of("von", "der", "den", "des", "zu", "van", "für", "fur"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$

	static final Set<String> OF_WORDS = Set.of("of", "di", "de", "da", "do", "du", "von"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$

	/** A saint's name begins many a place's: "San Giovanni", "Santa Cruz", "São Paulo", "Saint-Denis", "St. Joseph"; so do "Mt." and "Ft.". */
	static final Set<String> SAINTS = Set.of("san", "santa", "santo", "sao", "saint", "sainte", "st", "st.", "sankt", "santiago", "mt", "ft"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$

	/** Lower-case words for a government that, before a person's name, name an organisation ("governo Bolsonaro"). */
	static final Set<String> GOVERNMENTS = Set.of("governo", "gobierno", "gouvernement", "government", "regierung"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

	static final Set<String> ROMANCE = Set.of("it", "fr", "es", "pt"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	/**
	 * Lower-case geographic nouns that French, Italian, Spanish and Portuguese write before a place's name, as part of
	 * it or in apposition: a sea, a lake, a mountain, a river, an island, a street, a square, a quarter.
	 */
	static final Map<String, Set<String>> GEOGRAPHIC_NOUNS = Map.of(
			"fr", Set.of("mer", "ocean", "golfe", "lac", "mont", "fleuve", "riviere", "ile", "rue", "avenue", "boulevard", "quartier"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$
			"it", Set.of("mar", "mare", "oceano", "golfo", "lago", "monte", "fiume", "isola", "via", "viale", "piazza", "corso", "quartiere", "valle"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$
			"es", Set.of("mar", "oceano", "golfo", "lago", "monte", "rio", "isla", "calle", "avenida", "plaza", "barrio", "sierra", "valle"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$
			"pt", Set.of("mar", "oceano", "golfo", "lago", "monte", "rio", "ilha", "rua", "avenida", "praca", "bairro", "aldeia", "serra", "vale")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$

	/** Definite articles, alone and fused with a preposition, by language: French, Spanish, Italian and Portuguese news put none before a person's name. */
	static final Map<String, Set<String>> DEFINITE_ARTICLES = Map.of(
			"fr", Set.of("le", "la", "les", "du", "des", "au", "aux"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			"de", Set.of("der", "die", "das", "den", "dem", "des", "zum", "zur", "im", "am", "vom", "beim", "ins"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$
			"en", Set.of("the"), //$NON-NLS-1$ //$NON-NLS-2$
			"es", Set.of("el", "la", "los", "las", "del", "al"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			"it", Set.of("il", "lo", "la", "i", "gli", "le", "del", "dello", "della", "dei", "degli", "delle", "al", "allo", "alla", "ai", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$ //$NON-NLS-16$ //$NON-NLS-17$
					"agli", "alle", "dal", "dallo", "dalla", "dai", "dagli", "dalle", "nel", "nello", "nella", "nei", "negli", "nelle", "sul", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$
					"sulla", "sui", "sulle"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"pt", Set.of("o", "a", "os", "as", "do", "da", "dos", "das", "no", "na", "nos", "nas", "ao", "aos", "à", "às", "pelo", "pela", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$ //$NON-NLS-16$ //$NON-NLS-17$ //$NON-NLS-18$
					"pelos", "pelas")); //$NON-NLS-1$ //$NON-NLS-2$

	/** Articles alone, not fused with a preposition, by language: a town's name takes none ("la Constitución" is the law). */
	static final Map<String, Set<String>> ARTICLES_ALONE = Map.of(
			"en", Set.of("the", "a", "an"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"es", Set.of("el", "la", "los", "las", "un", "una"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			"it", Set.of("il", "lo", "la", "i", "gli", "le", "un", "una", "uno"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
			"fr", Set.of("le", "la", "les", "un", "une"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			"pt", Set.of("o", "os", "as", "um", "uma"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			"de", Set.of("der", "die", "das", "den", "dem", "ein", "eine", "einen", "einem")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$

	/** Endings of Romance adjectives ("nationale", "québécois", "socialista", "democratico", "constitucional", "solidaire"). */
	static final Pattern ROMANCE_ADJECTIVE = Pattern.compile(
			".{2,}(?:al|ale|ales|aux|el|elle|els|ien|ienne|iens|ique|iques|ico|ica|icos|icas|ista|iste|istes|istas|ais|aise|ois|oise|ano|ana|ense|es|esa|ario|aria|ário|ária|aire|aires|ivo|iva|if|ive|ero|eira|eiro|ino|ina|ile|il|ivo|ore|eur|ice|rice|oso|osa|eux|euse|ont|onte)"); //$NON-NLS-1$

	/** Abbreviations that begin a place's name: "St. Joseph", "Mt. Kenya", "Ft. Lauderdale". */
	static final Set<String> PLACE_ABBREVIATIONS = Set.of("St", "Mt", "Ft"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	/**
	 * Endings that mark a family name in many languages, whatever the lexicons hold: Armenian "-yan", Georgian
	 * "-shvili", "-dze", Ukrainian "-enko", "-chuk", South Slavic "-vić", "-vich", Polish "-ski", "-ska", Turkish "-oglu",
	 * Greek "-opoulos", "-akis", Romanian "-escu", "-eanu" (on the folded key: "Sukiasyan", "Saakashvili", "Mandžukić").
	 */
	static final Pattern SURNAME_ENDINGS = Pattern.compile(
			"\\p{L}{3,}(?:yan|shvili|dze|enko|chuk|vic|vich|ovic|evic|ski|ska|sky|skaya|oglu|opoulos|akis|escu|eanu)"); //$NON-NLS-1$

	/** A word's key without the elided article or preposition it is written with ("l'associazione", "dell’ospedale", "d'avocat"). */
	/**
	 * German compounds' last parts that name a kind of organisation ("Hilfsorganisation", "PKW-Hersteller",
	 * "Energiekonzern", "Nachrichtenagentur", "Tageszeitung"; keys, accents folded): right before a name, the name is
	 * that organisation's.
	 */
	static final List<String> GERMAN_ORG_KIND_ENDINGS = List.of("organisation", "verein", "verband", "partei", "konzern", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"hersteller", "unternehmen", "zeitung", "zeitschrift", "magazin", "sender", "agentur", "gewerkschaft", "stiftung", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			"firma", "bundnis", "netzwerk", "anbieter", "autobauer", "verlag", "kette", "klub", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			"fluggesellschaft", "reederei", "brauerei", "bewegung", "initiative", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			// plurals, before a list ("die Fußballvereine VfB Stuttgart und Hannover 96")
			"organisationen", "vereine", "verbande", "parteien", "konzerne", "zeitungen", "agenturen", "gewerkschaften", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			"stiftungen", "firmen", "klubs", "fluggesellschaften"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	/** German nouns of time that follow a noun without naming anything ("die Stiftung Anfang Mai gegründet"). */
	static final Set<String> GERMAN_TIME_NOUNS = Set.of("anfang", "ende", "mitte", "beginn", "start", "schluss", "zeit"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$

	static boolean germanOrgKind(String key) {
		for (String ending : GERMAN_ORG_KIND_ENDINGS) {
			if (key.endsWith(ending)) {
				return true;
			}
		}
		return false;
	}

	static String elided(Word word) {
		String key = word.key();
		int apostrophe = Math.max(key.indexOf('\''), key.indexOf('’'));
		return apostrophe > 0 && apostrophe <= 4 && apostrophe < key.length() - 1 ? key.substring(apostrophe + 1) : key;
	}

	/** Words that qualify a place in its name or before it: compass points, size, age ("Southeast Asia", "Greater Cairo", "Nazi Germany"). */
	static final Set<String> PLACE_QUALIFIERS = Set.of("north", "south", "east", "west", "northern", "southern", "eastern", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			"western", "central", "northeast", "northwest", "southeast", "southwest", "upper", "lower", "greater", "little", "new", "old", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$
			"great", "mainland", "continental", "inner", "outer", "metro", "downtown", "rural", "urban", "ancient", "modern", "imperial", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$
			"soviet", "nazi", "colonial", "medieval", "postwar", "occupied", "sub-saharan", "francophone", "anglophone", "nord", "sud", "est", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$
			"ouest", "norte", "sur", "sul", "oeste", "este", "nordeste", "sudeste", "noroeste", "sudoeste", "nuova", "nova", "nueva", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$
			"nouvelle", "neu", "neues", "alt", "ober", "unter", "nieder", "gross", "klein", "alta", "alto", "baja", "bajo", "haute", "basse", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$
			"grande", "grand", "gran", "grao", "petite", "petit", "centro", "meridional", "oriental", "occidental", "septentrional", "media", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$
			"mittel", "sued", "nordrhein", "ost", "the"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

	/** "of" and its forms fused with an article, in the seven languages' Latin script. */
	static final Set<String> OF_FORMS = Set.of("of", "di", "de", "da", "do", "du", "von", "del", "della", "dello", "delle", "dei", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$
			"degli", "des", "dos", "das", "der"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

	static final Set<String> ARTICLES_AFTER_OF = Set.of("the", "la", "le", "el", "l"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

	/** Opening quotation marks. */
	static final String OPENING_QUOTES = "“\"«„‘‹"; //$NON-NLS-1$

	/** Nouns of communities and circles that, like an organisation's head, take a quoted name ("Comunità “Ernesto Balducci”"). */
	static final Set<String> QUOTED_HEADS = Set.of("comunita", "comunidad", "comunidade", "communaute", "community", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"circolo", "circulo", "cercle", "collettivo", "colectivo", "coletivo", "collectif", "cooperativa", "cooperative", "verein", "initiative"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$

	/** A capital inside a word after two lower-case letters: "GroundUp", "BioNTech"; not a person's "MacArthur", "FitzGerald". */
	static boolean intercapped(Word word) {
		String text = word.text();
		if (text.startsWith("Mac") || text.startsWith("Fitz")) { //$NON-NLS-1$ //$NON-NLS-2$
			return false;
		}
		for (int i = 3; i < text.length(); i++) {
			if (Character.isUpperCase(text.charAt(i)) && Character.isLowerCase(text.charAt(i - 1)) && Character.isLowerCase(text.charAt(i - 2))) {
				return true;
			}
		}
		return false;
	}

	/** Articles that begin a name when written capitalised inside a sentence ("La Paz", "The Hague", "Le Monde", "Die Zeit"). */
	static final Set<String> NAME_ARTICLES = Set.of("the", "der", "die", "das", "el", "la", "los", "las", "il", "lo", "le", "les", "o", "os"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$

	/**
	 * A definite article written capitalised inside a sentence (not its first word, not in a headline), right before a
	 * capitalised word: it belongs to the name, as the annotation guidelines keep it ("La Habana", "The Conversation").
	 */
	static boolean nameArticle(Word article, Word next, String language) {
		return article.capitalised() && !article.allCaps() && !article.sentenceStart() && !article.titleLine() && next.capitalised()
				&& next.spaceBefore() && NAME_ARTICLES.contains(article.key()) && !("de".equals(language) && article.index() == 0)
				&& (article.key().length() > 1 || "pt".equals(language));
	}

	/**
	 * Capitalised roles and ranks that stand inside a run of capitals before the name of the person who holds them,
	 * beside {@link NameLexicons#titles} and the nouns of people: "City Manager T.C. Broadnax", "Police Chief John
	 * Spindler", "Fresno County Sheriff Margaret Mims", "Assistant Attorney General Matthew Olsen".
	 */
	static final Set<String> ROLE_TITLES = Set.of("attorney", "administrator", "sheriff", "judge", "justice", "superintendent", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			"councilman", "councilwoman", "councillor", "councilor", "councilmember", "detective", "sergeant", "captain", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			"lieutenant", "trooper", "agent", "inspector", "prosecutor", "clerk", "treasurer", "auditor", "commander", "marshal", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
			"constable", "rabbi", "pastor", "reverend", "chair", "chairperson", "leader", "speaker", "whip", "envoy", "rapporteur"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$

	/**
	 * Heads that name a generic body when they stand alone ("the police", "die Polizei", "la polizia" are no mentions by
	 * the annotation guidelines): inside "Northumbria Police" or "Polizei Osterode" they make an organisation, but they do
	 * not refer back to it on their own.
	 */
	static final Set<String> GENERIC_ALONE = Set.of("police", "polizia", "policia", "polizei"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	/**
	 * German prepositions of place before a town's name ("in Minden", "nach Finsterwalde", "aus Osterode"). Every German noun
	 * is capitalised, so they count only before a town the gazetteers know that is no common word.
	 */
	static final Set<String> GERMAN_PLACE_PREPOSITIONS = Set.of("in", "nach", "aus"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	/**
	 * Words before a name that say whom a statement is from without being a verb of speech ("secondo Coldiretti",
	 * "según Naciones Unidas", "told Reuters"): a single word after them may be an organisation.
	 */
	static final Set<String> NOT_SPEECH_BEFORE_ONE = Set.of("segun", "secondo", "selon", "segundo", "told", "asked"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

	/** German verbs of speech before the speaker's name at the end of a quotation (", sagte Steinmeyer."). */
	static final Set<String> GERMAN_SPEECH_BEFORE = Set.of("sagte", "sagt", "erklarte", "erklart", "betonte", "meinte", "schreibt", "schrieb"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$

	/**
	 * English nouns of places written in lower case after a place's name ("Hamar Jajab district", "the Hanta-Dheer
	 * area", "Rakhine state", "Kalobeyei settlement"): the name before them is the place, without the noun.
	 */
	static final Set<String> PLACE_NOUNS_AFTER = Set.of("district", "province", "region", "county", "township", "village", "town", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			"city", "state", "governorate", "oblast", "neighbourhood", "neighborhood", "area", "settlement", "municipality", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			"suburb", "valley", "river", "island", "islands", "peninsula", "prefecture", "constituency"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$

	/** Nouns that a head word opening a sentence qualifies ("Court officials", "Council members", "Police sources"). */
	static final Set<String> ATTRIBUTIVE_AFTER_HEAD = Set.of("officials", "official", "members", "member", "staff", "documents", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			"records", "sources", "papers", "filings", "employees", "workers", "spokesman", "spokeswoman", "spokesperson", "officers"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$

	/**
	 * Words that open a sports club's name before its town ("Real Madrid", "Borussia Dortmund", "Werder Bremen",
	 * "Olympique de Marseille", "AS Roma", "VfB Stuttgart"); not "Stade" (a stadium is a place) nor "US" (a state).
	 */
	static final Set<String> CLUB_WORDS = Set.of("real", "atletico", "athletic", "borussia", "werder", "eintracht", "hertha", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			"bayer", "olympique", "olympiakos", "olympiacos", "sporting", "racing", "deportivo", "dynamo", "dinamo", "lokomotiv", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
			"spartak", "fortuna", "hapoel", "maccabi", "inter", "internazionale", "rapid", "celtic", "ac", "as", "ss", "ssc", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$
			"fc", "cf", "cd", "sc", "sv", "vfb", "vfl", "tsg", "rb", "fk", "sk", "afc", "rcd", "ud", "sd", "ogc", "aj", "stade-rennais"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$ //$NON-NLS-16$ //$NON-NLS-17$ //$NON-NLS-18$

	/** The short forms among {@link #CLUB_WORDS}, which open a club's name only in capitals ("AS Roma", "VfB", not "As Paris"). */
	static final Set<String> CLUB_ABBREVIATIONS = Set.of("ac", "as", "ss", "ssc", "fc", "cf", "cd", "sc", "sv", "vfb", "vfl", "tsg", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$
			"rb", "fk", "sk", "afc", "rcd", "ud", "sd", "ogc", "aj"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$

	/**
	 * English roles of a company's or a team's people, right after its name and before a person's ("Sears CEO Alan
	 * Lacy", "Pacers guard Anthony Johnson", "Arsenal manager Arsène Wenger"): the name before them is the body's.
	 */
	static final Set<String> BODY_ROLES_AFTER = Set.of("ceo", "cfo", "coo", "chairman", "chairwoman", "spokesman", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			"spokeswoman", "spokesperson", "coach", "manager", "striker", "midfielder", "defender", "goalkeeper", "quarterback", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			"guard", "forward", "pitcher", "winger"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	/** English adverbs of time and sequence that open a sentence capitalised ("Yesterday manager X said"): no name. */
	static final Set<String> OPENING_ADVERBS = Set.of("yesterday", "today", "tomorrow", "meanwhile", "however", "now", "then", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			"later", "earlier", "also", "here", "there", "tonight", "still", "instead", "finally"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$

	/** Prepositions of place that can stand inside a run ("Court in Texas", "Embajada en Berlín", "Partners in Health"). */
	static final Set<String> IN_WORDS = Set.of("in", "en", "em", "im"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	/**
	 * English lower-case nouns of a trade right before a company's name, beside the kinds of organisation of
	 * {@code NameLexicons.orgKinds}: "department store operator Sears", "the retailer Target", "carmaker Toyota".
	 */
	static final Set<String> COMPANY_NOUNS_BEFORE = Set.of("retailer", "chain", "manufacturer", "maker", "carmaker", "automaker", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			"chipmaker", "carrier", "airline", "operator", "insurer", "lender", "watchdog", "regulator", "website", "site", "studio", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
			"station", "daily", "tabloid", "conglomerate", "developer", "supplier", "provider", "distributor", "label", "giant"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$

	/** German indefinite articles that open an apposition ("X, ein Unternehmen aus Bonn"). */
	static final Set<String> GERMAN_INDEFINITE = Set.of("ein", "eine", "einer", "eines"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	/** Words that go on after an organisation's noun in an apposition without opening a longer noun ("a site based in"). */
	static final Set<String> AFTER_ORG_NOUN = Set.of("based", "owned", "founded", "headquartered", "run", "led", "known", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			"created", "established", "funded", "listed", "specialised", "specialized"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

	/**
	 * Plural words after a place that are no sports team's nickname ("Beijing Olympics", "Paris Accords", "Golan
	 * Heights"): the team rule ({@code LatinNames}) leaves them alone.
	 */
	static final Set<String> NOT_TEAM_NICKNAMES = Set.of("games", "olympics", "accords", "agreements", "conventions", "talks", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			"protests", "riots", "attacks", "bombings", "elections", "awards", "islands", "isles", "mountains", "hills", "heights", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
			"falls", "springs", "plains", "lakes", "gardens", "docks", "highlands", "lowlands", "keys", "rapids", "woods", "fields", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$
			"towers", "studios", "times", "news", "records", "motors", "airlines", "airways", "industries", "services", "systems", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
			"streets", "lines", "waters", "straits", "narrows", "sands", "marshes", "cliffs", "wetlands", "dunes", "canyons", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
			"residents", "citizens", "people", "officials", "police", "forces", "troops", "schools", "hospitals", "courts"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$

	/** Mayors in the seven languages: the name after "of" is their town ("il sindaco di Capistrello", "maire de Sfax"). */
	static final Set<String> MAYORS = Set.of("mayor", "mayoress", "sindaco", "sindaca", "maire", "alcalde", "alcaldesa", "prefeito", "prefeita", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			"burgermeister", "oberburgermeister", "burgermeisterin", "oberburgermeisterin", "bourgmestre", "intendente"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

	/**
	 * Nouns of kin right before one or two capitalised words, by language: the words are a person's name ("his pregnant
	 * wife Laci", "sua moglie Anna", "son épouse Marie", "su hijo Mateo", "o filho Pedro"). Keys (accents folded).
	 */
	static final Map<String, Set<String>> KIN_BEFORE = Map.of(
			"en", Set.of("wife", "husband", "son", "daughter", "brother", "sister", "mother", "father", "widow", "widower", "uncle", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$
					"aunt", "nephew", "niece", "cousin", "grandson", "granddaughter", "grandmother", "grandfather", "fiancee", "fiance", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
					"girlfriend", "boyfriend", "stepfather", "stepmother", "stepson", "stepdaughter"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			"it", Set.of("moglie", "marito", "figlio", "figlia", "fratello", "sorella", "madre", "padre", "zio", "zia", "cugino", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$
					"cugina", "nonno", "nonna", "fidanzata", "fidanzato", "vedova"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			"fr", Set.of("epouse", "mari", "fils", "fille", "frere", "pere", "oncle", "tante", "neveu", "cousine", "veuve", "compagne"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$
			"es", Set.of("esposa", "esposo", "marido", "hijo", "hija", "hermano", "hermana", "tio", "tia", "sobrino", "sobrina", "abuela", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$
					"abuelo", "viuda", "novia", "novio"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"pt", Set.of("esposa", "marido", "filho", "filha", "irmao", "irma", "mae", "pai", "tio", "tia", "sobrinho", "sobrinha", "viuva", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$
					"namorada", "namorado")); //$NON-NLS-1$ //$NON-NLS-2$

	/** English verbs of reporting after "the X": a name that takes "the" and reports is a body or an outlet ("the Indian Express reported", "the Pentagon said"). */
	static final Set<String> REPORT_VERBS_AFTER = Set.of("reported", "reports", "said", "says", "wrote", "writes", "announced", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			"revealed", "published", "quoted", "claimed", "stated"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

	/**
	 * Heads of companies' names whose first words alone name the company elsewhere in the article ("Universal Pictures
	 * ... from Universal", "Apple Computer ... Apple"), beside the legal forms.
	 */
	static final Set<String> COMPANY_HEADS = Set.of("pictures", "entertainment", "studios", "records", "motors", "airlines", "airways", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			"computer", "computers", "communications", "technologies", "systems", "holdings", "industries", "pharmaceuticals", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			"electronics", "software", "networks"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	/** Hyphenated words after a place's name that keep it a name: "Delhi-based", "Texas-born", "London-headquartered". */
	static final Pattern PLACE_THEN_PARTICIPLE = Pattern.compile("(\\p{Lu}[\\p{L}.'’]*)-(?:based|born|headquartered)"); //$NON-NLS-1$

	/** English lower-case nouns that only a company has, right after its name or its possessive ("Boeing's shareholders", "Kmart employees"). */
	/**
	 * The word at {@code index} ("shares", "stores") is a verb here, not a company's noun: a determiner or a pronoun
	 * follows it ("Turkey shares her story", "Kravmoor shares the concern"; "Boeing shares fell" stays the company's).
	 */
	static boolean verbBeforeObject(List<Word> words, int index) {
		return index + 1 < words.size() && words.get(index + 1).spaceBefore() && OBJECT_OPENERS.contains(words.get(index + 1).key());
	}

	private static final Set<String> OBJECT_OPENERS = Set.of("her", "his", "their", "its", "our", "my", "your", "the", "a", "an", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
			"this", "that", "these", "those", "some", "many", "him", "them", "us", "it", "with", "what", "how", "concerns", "views"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$

	/** English verbs of a company acting, after a platform's name: "Twitter censors", "Facebook removed", "YouTube said". */
	static final Set<String> COMPANY_ACTS = Set.of("censors", "censored", "removed", "removes", "deleted", "deletes", "suspended", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			"suspends", "banned", "bans", "blocked", "blocks", "said", "says", "announced", "announces", "debuts", "debuted", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
			"launched", "launches", "agreed", "agrees", "refused", "refuses", "complied", "complies", "sued", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			"took", "takes", "denied", "denies", "told", "confirmed", "confirms", "restricted", "restricts"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$

	static final Set<String> COMPANY_NOUNS_AFTER = Set.of("shares", "stock", "shareholders", "stockholders", "employees", "executives", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			"headquarters", "subsidiary", "subsidiaries", "workforce", "subscribers", "customers", "revenue", "revenues", "profits", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			"earnings", "stores", "chairman", "chairwoman", "board"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

	/** "shares of X", "a stake in X": what is bought and sold of a company, before "of" or "in". */
	static final Set<String> STAKES_BEFORE = Set.of("shares", "stake", "stakes", "stock", "shareholders", "stockholders"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

	/** "of" and "in" between a stake and the company. */
	static final Set<String> IN_OR_OF = Set.of("of", "in"); //$NON-NLS-1$ //$NON-NLS-2$

	/** German verbs of reporting after "wie X": the outlet a report is taken from ("wie der Spiegel berichtet"). */
	static final Set<String> GERMAN_REPORT_VERBS = Set.of("berichtet", "berichtete", "berichten", "meldet", "meldete", "schreibt", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			"schrieb", "enthullte"); //$NON-NLS-1$ //$NON-NLS-2$

	/** Top-level domains after a capitalised name that make it a company's or a site's ("Yahoo.com", "SciDev.net"). */
	static final Set<String> COMPANY_DOMAINS = Set.of("com", "net", "org"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	/**
	 * Nouns, by the seven Latin-script languages, of the people who speak for a body or belong to it, before "of" and its
	 * name: "members of Cuba Decide", "miembro del Equipo de Investigación", "portavoz de Pressenza", "Sprecher der
	 * Telekom", "porte-parole de Greenpeace", "membros do Cami". Keys (accents folded).
	 */
	static final Set<String> SPEAKERS_AND_MEMBERS = Set.of("spokesman", "spokeswoman", "spokesperson", "spokespeople", "member", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"members", "portavoce", "membro", "membri", "porte-parole", "membre", "membres", "portavoz", "vocero", "vocera", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
			"miembro", "miembros", "integrante", "integrantes", "porta-voz", "membros", "sprecher", "sprecherin", "mitglied", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			"mitglieder"); //$NON-NLS-1$

	/**
	 * Nouns of who founded, leads or works for a body, before "of" and its name ("directora de Pressenza", "the team of"),
	 * as keys (diacritics folded: "gründer", "équipe", "funcionário").
	 */
	static final Set<String> STAFF_OF_BODY = Set.of("founder", "founders", "co-founder", "cofounder", "fundador", "fundadora", "fundadores", "fundadoras", "fondateur", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			"fondatrice", "fondateurs", "fondatore", "fondatori", "grunder", "grunderin", "director", "directora", "directores", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			"directeur", "directrice", "direttore", "direttrice", "diretor", "diretora", "direktor", "direktorin", "editor", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			"editora", "editors", "redacteur", "redactrice", "redattore", "redattrice", "redakteur", "redakteurin", "coordinator", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			"coordinador", "coordinadora", "coordinateur", "coordinatrice", "coordinatore", "coordenador", "coordenadora", "team", "equipo", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			"equipe", "squadra", "staff", "employee", "employees", "empleado", "empleada", "empleados", "funcionario", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			"funcionaria", "funcionarios", "dipendente", "dipendenti", "salarie", "salaries", "mitarbeiter", "mitarbeiterin", "chairman", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			"chairwoman", "executive", "executives", "ceo", "consultant", "consultants", "consultor", "consultora", "consulente", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			"analyst", "analysts", "analista", "researcher", "researchers", "investigador", "investigadora", "investigadores", "pesquisador", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			"pesquisadora", "pesquisadores", "ricercatore", "ricercatrice", "ricercatori", "chercheur", "chercheuse", "chercheurs", "forscher", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			"forscherin", "professor", "professora", "professores", "professeur", "professore", "professoressa", "student", "students", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			"estudiante", "estudiantes", "studente", "studenti", "etudiant", "etudiante", "etudiants", "estudante", "estudantes", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			"worker", "workers", "trabajador", "trabajadores", "lavoratore", "lavoratori", "travailleur", "travailleurs", "trabalhador", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			"trabalhadores"); //$NON-NLS-1$

	/** "of" between such a noun and the body, with the articles fused into it ("del", "della", "du", "do", "der"). */
	static final Set<String> OF_BEFORE_BODY = Set.of("of", "for", "de", "del", "di", "della", "dello", "dei", "degli", "delle", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
			"du", "des", "da", "do", "das", "dos", "von", "vom", "der"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$

	/** Articles between "of" and the body's name ("members of the Lycos board" no: "de la Seguridad", "von der Telekom"). */
	static final Set<String> ARTICLES_BEFORE_BODY = Set.of("the", "la", "le", "el", "il", "lo", "les", "los", "las", "o", "a", "os", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$
			"as", "der", "die", "das", "den", "dem"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

	/** Auxiliaries before a participle in the passive ("is owned", "fue fundada", "è stata fondata", "a été fondée", "has been acquired"). */
	static final Set<String> PASSIVE_AUXILIARIES = Set.of("is", "was", "has", "had", "fue", "es", "foi", "e", "fu", "est", "a"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$

	/** Participles that only a body takes in the passive: people are not founded, owned or acquired. Keys (accents folded). */
	static final Set<String> BODY_PARTICIPLES = Set.of("owned", "founded", "acquired", "headquartered", "fundada", "fundado", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			"fondata", "fondato", "fondee", "adquirida", "adquirido", "acquisita", "acquisito", "rachetee", "rachete"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$

	/** Words of attribution before an outlet's quoted name ("according to", "según", "segundo", "selon", "secondo", "laut", "gegenüber", "nach Angaben"). Keys. */
	static final Set<String> ATTRIBUTION_BEFORE = Set.of("to", "segun", "segundo", "selon", "secondo", "laut", "gegenuber", "angaben"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$

	/** The singular nouns of a spokesperson right after a body's name: "a Lycos spokesperson said". */
	static final Set<String> SPOKESPERSON = Set.of("spokesman", "spokeswoman", "spokesperson"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	/** English nouns of people who speak for a body: "a spokeswoman for Kravco said" names the body, not the speaker. */
	static final Set<String> SPOKESPEOPLE = Set.of("spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"representative", "representatives"); //$NON-NLS-1$ //$NON-NLS-2$
}
