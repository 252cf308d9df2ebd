// SPDX-License-Identifier: EPL-2.0
package dossier.benchmarks;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import dossier.core.model.Article;
import dossier.core.model.Block;
import dossier.core.model.BlockType;
import dossier.core.model.LicenceStatement;
import dossier.core.model.Provenance;
import dossier.core.model.TextDirection;
import dossier.core.model.TextSpan;

/**
 * Realistic synthetic news articles for benchmarks: 3-5 KB of UTF-8 each, about half of them Arabic, the rest
 * in English, Italian, French, Spanish, German, Portuguese, Russian, Persian and Turkish. Sentences are drawn
 * from each language's real vocabulary (function words at their natural frequency, content words on a Zipf
 * curve, Arabic nouns with their clitics {@code و ب ل ال وال بال}), so analyzers and the index see the term
 * distribution of real text. Article {@code i} depends only on the seed and {@code i}: the set is the same on
 * every run, and any article can be made without making the others.
 */
public final class SyntheticArticles {

	private final long seed;

	public SyntheticArticles(long seed) {
		this.seed = seed;
	}

	/** Articles 0 .. count-1, made lazily. */
	public Stream<Article> stream(int count) {
		return IntStream.range(0, count).mapToObj(this::article);
	}

	/** Article number {@code i}. */
	public Article article(int i) {
		SplittableRandom random = new SplittableRandom(seed * 1_000_003L + i);
		Language language = pick(random);
		int targetBytes = 3000 + random.nextInt(2001);
		String title = sentence(language, random, 6 + random.nextInt(6), false);
		StringBuilder text = new StringBuilder(title).append("\n\n"); //$NON-NLS-1$
		List<Block> blocks = new ArrayList<>();
		blocks.add(new Block(BlockType.TITLE, new TextSpan(0, title.length()), language.direction));
		int bytes = utf8Length(text);
		while (bytes < targetBytes) {
			StringBuilder paragraph = new StringBuilder();
			int sentences = 2 + random.nextInt(4);
			for (int s = 0; s < sentences; s++) {
				if (s > 0) {
					paragraph.append(' ');
				}
				paragraph.append(sentence(language, random, 9 + random.nextInt(14), true));
			}
			int start = text.length();
			text.append(paragraph);
			blocks.add(new Block(BlockType.PARAGRAPH, new TextSpan(start, text.length()), language.direction));
			text.append("\n\n"); //$NON-NLS-1$
			bytes += utf8Length(paragraph) + 2;
		}
		String body = text.toString().strip();
		String publisher = PUBLISHERS[random.nextInt(PUBLISHERS.length)];
		int year = 2015 + random.nextInt(11);
		String date = String.format("%d-%02d-%02d", year, 1 + random.nextInt(12), 1 + random.nextInt(28)); //$NON-NLS-1$
		String licence = LICENCES[random.nextInt(LICENCES.length)];
		Article.Builder builder = Article.builder(body).title(title).blocks(blocks).language(language.tag)
				.direction(language.direction).publisher(publisher).published(date)
				.sourceUrl("https://news.example/" + language.tag + "/" + year + "/" + i) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.addAuthor(AUTHORS[random.nextInt(AUTHORS.length)])
				.provenance(new Provenance("synthetic:" + seed + "/" + i, Instant.parse("2026-01-01T00:00:00Z"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						"dossier.benchmarks.synthetic", null, "UTF-8", List.of(), List.of())); //$NON-NLS-1$ //$NON-NLS-2$
		if (!licence.isEmpty()) {
			builder.addLicence(new LicenceStatement(LicenceStatement.Origin.TEXT, licence, null, null));
		}
		return builder.build();
	}

	/** The bytes an importer would have read: the text as UTF-8. */
	public static byte[] original(Article article) {
		return article.text().getBytes(StandardCharsets.UTF_8);
	}

	private static int utf8Length(CharSequence text) {
		int bytes = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
		}
		return bytes;
	}

	private static Language pick(SplittableRandom random) {
		double r = random.nextDouble();
		for (Language language : Language.values()) {
			r -= language.share;
			if (r < 0) {
				return language;
			}
		}
		return Language.AR;
	}

	private static String sentence(Language language, SplittableRandom random, int words, boolean period) {
		StringBuilder sentence = new StringBuilder();
		for (int w = 0; w < words; w++) {
			String word;
			if (random.nextInt(100) < 35) {
				word = language.function[random.nextInt(language.function.length)];
			} else if (random.nextInt(100) < 8) {
				word = language.names[random.nextInt(language.names.length)];
			} else {
				// Real words make the analyzers' work real; the long tail of a news vocabulary is made of words
				// built from the language's letters and endings, so term statistics are not those of 200 words.
				word = random.nextInt(100) < 55 ? zipf(language.content, random) : zipf(language.tail(), random);
				if (language == Language.AR) {
					word = ARABIC_CLITICS[random.nextInt(ARABIC_CLITICS.length)] + word;
				}
			}
			if (w > 0) {
				sentence.append(' ');
			} else if (language.direction == TextDirection.LTR && !word.isEmpty()) {
				word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
			}
			sentence.append(word);
			if (w > 2 && w < words - 2 && random.nextInt(12) == 0) {
				sentence.append(language == Language.AR || language == Language.FA ? "،" : ","); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		if (period) {
			sentence.append('.');
		}
		return sentence.toString();
	}

	/** A word of the list, the first ones more often: rank r with weight about 1/(r+10) (Zipf-Mandelbrot). */
	private static String zipf(String[] words, SplittableRandom random) {
		double q = 10;
		double u = random.nextDouble();
		int rank = (int) Math.floor(Math.pow(words.length + q, u) * Math.pow(q, 1 - u) - q);
		return words[Math.max(0, Math.min(words.length - 1, rank))];
	}

	private static final int TAIL_WORDS = 20_000;

	/** {@code count} distinct made-up words of the script and shape of a language: stems and its endings. */
	static String[] tail(long seed, String letters, String vowels, String[] endings, int count) {
		SplittableRandom random = new SplittableRandom(seed);
		LinkedHashSet<String> words = new LinkedHashSet<>();
		StringBuilder word = new StringBuilder();
		while (words.size() < count) {
			word.setLength(0);
			int syllables = 2 + random.nextInt(2);
			for (int s = 0; s < syllables; s++) {
				word.append(letters.charAt(random.nextInt(letters.length())));
				if (!vowels.isEmpty()) {
					word.append(vowels.charAt(random.nextInt(vowels.length())));
				}
			}
			word.append(endings[random.nextInt(endings.length)]);
			words.add(word.toString());
		}
		return words.toArray(new String[0]);
	}

	private static final String[] ARABIC_CLITICS = { "", "", "", "", "ال", "ال", "و", "وال", "ب", "بال", "ل", "لل", "ف" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$

	private static final String[] PUBLISHERS = { "Lifegate", "Al Jazeera", "BBC", "Reuters", "Agence France-Presse", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"ANSA", "El País", "Deutsche Welle", "Público", "Al-Ahram", "Asharq Al-Awsat", "Global Voices", "Wikinews", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			"Hespress", "Enab Baladi", "Mada Masr", "Radio Farda", "Anadolu" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

	private static final String[] LICENCES = { "", "", "CC BY 4.0", "CC-BY-SA", "مرخصة تحت: CC-BY-SA", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"Creative Commons Attribution-NonCommercial 4.0", "CC BY-NC-ND 4.0", "© All rights reserved" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	private static final String[] AUTHORS = { "Marco Rossi", "Leila Haddad", "Omar Khalil", "Anna Müller", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"Sara Ahmadi", "John Smith", "María García", "Ayşe Yılmaz", "Ivan Petrov", "Fatima Zahra" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

	/** Per language, in {@link Language} order: consonants, vowels, endings of its made-up tail words. */
	private static final String[] TAIL_LETTERS = { "بتثجحخدذرزسشصضطظعغفقكلمنهوي", "bcdfghlmnprstvw", "bcdfglmnprstvz", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"bcdfglmnprstv", "bcdfglmnprstv", "bdfghklmnprstwz", "bcdfglmnprstv", "бвгдзклмнпрстх", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"بپتجچخدرزژسشفکگلمنوی", "bcdfgklmnprstyz" }; //$NON-NLS-1$ //$NON-NLS-2$
	private static final String[] TAIL_VOWELS = { "اوي", "aeiou", "aeiou", "aeiou", "aeiou", "aeiou", "aeiou", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			"аеиоу", "اوی", "aeıioöuü" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	private static final String[] TAIL_ENDINGS = { " ة ات ون ين ية ي ها", " s ing ed tion ment er", //$NON-NLS-1$ //$NON-NLS-2$
			"o a i e are ione ato ità", "e es ent tion ement é", "o a os as ción ado idad", "en ung keit er lich e", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"o a os as ção ado dade", "ов ия ать ый ой а", " ها ی ان ی‌ها", "lar ler lık lik de da" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	private enum Language {
		AR("ar", 0.50, TextDirection.RTL, //$NON-NLS-1$
				"في من على إلى أن التي الذي عن مع هذا هذه كان قد ما لا بين بعد حيث كما منذ خلال وقال إن", //$NON-NLS-1$
				"حكومة رئيس دولة وزير مجلس أمن حرب سلام اتفاق عقوبات اقتصاد سوق نفط غاز كهرباء ماء مدينة عاصمة شعب " //$NON-NLS-1$
						+ "انتخابات برلمان حزب معارضة جيش شرطة قوات مفاوضات زيارة علاقات تعاون أزمة لاجئين مساعدات صحة مستشفى " //$NON-NLS-1$
						+ "مدرسة جامعة طلاب تعليم أسعار تضخم بنك عملة دولار ميزانية ضرائب شركة عمال بطالة زراعة قمح جفاف مناخ " //$NON-NLS-1$
						+ "بيئة تلوث طاقة شمس رياح صحافة حرية حقوق إنسان محكمة قاضي قانون دستور مظاهرات احتجاج منظمة تقرير بيان " //$NON-NLS-1$
						+ "مؤتمر قمة سفير حدود منطقة ساحل صحراء نهر بحر ميناء طائرة قطار طريق بناء مشروع استثمار تجارة تصدير " //$NON-NLS-1$
						+ "استيراد أسلحة صواريخ برنامج نووي هجوم ضحايا مدنيين أطفال نساء شباب عائلات منازل غذاء وقود", //$NON-NLS-1$
				"كوريا بوتين روسيا موسكو أوكرانيا بيونغ يانغ كيم جونغ أون القاهرة بيروت دمشق بغداد الرياض الدوحة تونس " //$NON-NLS-1$
						+ "الجزائر المغرب السودان ليبيا غزة واشنطن بكين طهران"), //$NON-NLS-1$
		EN("en", 0.12, TextDirection.LTR, //$NON-NLS-1$
				"the of and to in a is that for on was with as by it at from his an are were which be this has have had said not", //$NON-NLS-1$
				"government president minister council security war peace agreement sanctions economy market oil gas " //$NON-NLS-1$
						+ "electricity water city capital people elections parliament party opposition army police forces talks " //$NON-NLS-1$
						+ "visit relations cooperation crisis refugees aid health hospital school university students prices " //$NON-NLS-1$
						+ "inflation bank currency budget taxes company workers unemployment farming drought climate energy " //$NON-NLS-1$
						+ "press freedom rights court judge law constitution protests report statement summit border region " //$NON-NLS-1$
						+ "interest rate central raised lowered announced reported warned expected", //$NON-NLS-1$
				"Korea Putin Russia Moscow Ukraine Pyongyang London Washington Beijing Brussels Cairo"), //$NON-NLS-1$
		IT("it", 0.10, TextDirection.LTR, //$NON-NLS-1$
				"il di che e la per un una in del della dei non è con sono alla nel gli le ha si da al anche più come ma", //$NON-NLS-1$
				"governo presidente ministro consiglio sicurezza guerra pace accordo sanzioni economia mercato petrolio " //$NON-NLS-1$
						+ "città capitale elezioni parlamento partito opposizione esercito polizia colloqui visita rapporti crisi " //$NON-NLS-1$
						+ "rifugiati aiuti salute ospedale scuola università studenti prezzi inflazione banca bilancio tasse " //$NON-NLS-1$
						+ "azienda lavoratori disoccupazione siccità clima energia stampa libertà diritti tribunale legge proteste", //$NON-NLS-1$
				"Corea Putin Russia Mosca Ucraina Roma Milano Sardegna Bruxelles"), //$NON-NLS-1$
		FR("fr", 0.06, TextDirection.LTR, //$NON-NLS-1$
				"le la les de des du et en un une est que qui dans pour pas sur au aux par avec il elle ce cette ont sont", //$NON-NLS-1$
				"gouvernement président ministre conseil sécurité guerre paix accord sanctions économie marché pétrole " //$NON-NLS-1$
						+ "ville capitale élections parlement parti opposition armée police négociations visite relations crise " //$NON-NLS-1$
						+ "réfugiés aide santé hôpital école université étudiants prix inflation banque budget impôts entreprise", //$NON-NLS-1$
				"Corée Poutine Russie Moscou Ukraine Paris Bruxelles Alger"), //$NON-NLS-1$
		ES("es", 0.06, TextDirection.LTR, //$NON-NLS-1$
				"el la los las de del y en que un una por con para se su es al lo como más pero fue ha este esta", //$NON-NLS-1$
				"gobierno presidente ministro consejo seguridad guerra paz acuerdo sanciones economía mercado petróleo " //$NON-NLS-1$
						+ "ciudad capital elecciones parlamento partido oposición ejército policía negociaciones visita crisis " //$NON-NLS-1$
						+ "refugiados ayuda salud hospital escuela universidad estudiantes precios inflación banco impuestos", //$NON-NLS-1$
				"Corea Putin Rusia Moscú Ucrania Madrid Bruselas"), //$NON-NLS-1$
		DE("de", 0.04, TextDirection.LTR, //$NON-NLS-1$
				"der die das und in den von zu mit ist im des dem nicht ein eine auf für sich auch es an als wird", //$NON-NLS-1$
				"Regierung Präsident Minister Rat Sicherheit Krieg Frieden Abkommen Sanktionen Wirtschaft Markt Öl " //$NON-NLS-1$
						+ "Stadt Hauptstadt Wahlen Parlament Partei Opposition Armee Polizei Verhandlungen Besuch Krise " //$NON-NLS-1$
						+ "Flüchtlinge Hilfe Gesundheit Krankenhaus Schule Universität Preise Inflation Bank Steuern", //$NON-NLS-1$
				"Korea Putin Russland Moskau Ukraine Berlin Brüssel"), //$NON-NLS-1$
		PT("pt", 0.04, TextDirection.LTR, //$NON-NLS-1$
				"o a os as de do da dos das e em no na que um uma por com para se não é ao mais como mas foi", //$NON-NLS-1$
				"governo presidente ministro conselho segurança guerra paz acordo sanções economia mercado petróleo " //$NON-NLS-1$
						+ "cidade capital eleições parlamento partido oposição exército polícia negociações visita crise " //$NON-NLS-1$
						+ "refugiados ajuda saúde hospital escola universidade estudantes preços inflação banco impostos", //$NON-NLS-1$
				"Coreia Putin Rússia Moscovo Ucrânia Lisboa Brasília"), //$NON-NLS-1$
		RU("ru", 0.03, TextDirection.LTR, //$NON-NLS-1$
				"и в не на что с по как из за от для о это к но он она они его было", //$NON-NLS-1$
				"правительство президент министр совет безопасность война мир соглашение санкции экономика рынок нефть " //$NON-NLS-1$
						+ "город столица выборы парламент партия оппозиция армия полиция переговоры визит кризис беженцы помощь", //$NON-NLS-1$
				"Корея Путин Россия Москва Украина Пхеньян"), //$NON-NLS-1$
		FA("fa", 0.03, TextDirection.RTL, //$NON-NLS-1$
				"است این که را از با به در می های برای آن شده کرد یک هم بود شد تا خود نیز", //$NON-NLS-1$
				"دولت رئیس وزیر شورا امنیت جنگ صلح توافق تحریم اقتصاد بازار نفت شهر پایتخت انتخابات مجلس حزب " //$NON-NLS-1$
						+ "ارتش پلیس مذاکرات سفر بحران پناهندگان کمک بهداشت بیمارستان مدرسه دانشگاه قیمت تورم بانک", //$NON-NLS-1$
				"کره پوتین روسیه مسکو اوکراین تهران"), //$NON-NLS-1$
		TR("tr", 0.02, TextDirection.LTR, //$NON-NLS-1$
				"ve bir bu da de için ile olarak olan çok daha gibi ama ancak sonra kadar her ne", //$NON-NLS-1$
				"hükümet başkan bakan konsey güvenlik savaş barış anlaşma yaptırımlar ekonomi piyasa petrol şehir " //$NON-NLS-1$
						+ "başkent seçimler meclis parti muhalefet ordu polis müzakereler ziyaret kriz mülteciler yardım", //$NON-NLS-1$
				"Kore Putin Rusya Moskova Ukrayna Ankara İstanbul"); //$NON-NLS-1$

		final String tag;
		final double share;
		final TextDirection direction;
		final String[] function;
		final String[] content;
		final String[] names;
		private String[] tail;

		synchronized String[] tail() {
			if (tail == null) {
				tail = SyntheticArticles.tail(ordinal(), TAIL_LETTERS[ordinal()], TAIL_VOWELS[ordinal()],
						TAIL_ENDINGS[ordinal()].split(" ", -1), TAIL_WORDS); //$NON-NLS-1$
			}
			return tail;
		}

		Language(String tag, double share, TextDirection direction, String function, String content, String names) {
			this.tag = tag;
			this.share = share;
			this.direction = direction;
			this.function = function.split(" "); //$NON-NLS-1$
			this.content = content.split(" "); //$NON-NLS-1$
			this.names = names.split(" "); //$NON-NLS-1$
		}
	}
}
