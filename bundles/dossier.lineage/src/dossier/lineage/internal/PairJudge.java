// SPDX-License-Identifier: EPL-2.0
package dossier.lineage.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleFunction;

import org.eclipse.jdt.annotation.Nullable;

import dossier.core.UrlKeys;
import dossier.core.model.Article;
import dossier.lineage.Evidence;
import dossier.lineage.LineageLink;
import dossier.lineage.LinkStatus;
import dossier.lineage.LinkType;

/**
 * Decides whether two articles are linked, how, how surely, which is the original, and why. The thresholds are
 * explained in {@code docs/lineage.md}.
 */
public final class PairJudge {

	/** Share of the smaller text's shingles found in the other above which two texts are "the same or nearly". */
	static final double NEAR_SAME = 0.8;
	/**
	 * Shingles in common, and share of the smaller text, from which two texts of other publishers or addresses in one
	 * language are a republication though less than {@link #NEAR_SAME} of the smaller is in the other: two excerpts of
	 * one article that end at different places, each with lines of its own (a byline, a caption, a signature, a
	 * paragraph the other stops before), share one long passage, which a text written on its own does not (on the real
	 * set's development half no such pair shares more than 30% of its shingles, but posts on one template, which
	 * {@link #figuresDisagree} keeps apart).
	 */
	static final int SHARED_PASSAGE = 150;
	static final double PASSAGE_SHARE = 0.6;
	/**
	 * Fingerprint score, distinct things and numbers, dates, addresses or handles ({@link #carried}) in order from which
	 * two texts in one language, of other publishers or addresses, sharing {@link #SHARED_TEXT} of their shingles, are
	 * a republication: a copy whose every sentence was reworded a little ("poderão consultar" for "poderão conferir", a
	 * clause moved) shares a third of the original's 4-word shingles but keeps its names, figures and dates in order
	 * (on the real set's development half 0.83 and 0.91, 30 and 32 distinct things, 7 and 9 carried). Texts written apart
	 * on one event stay below: the same agency's second report of one announcement, reusing whole sentences, aligns at
	 * 0.60 (25 to 28 things), a short post written from an article at 0.81 with 14 things and no figure, posts on one
	 * template at 0.58 (and their figures disagree).
	 */
	static final double REWORDED = 0.75;
	/**
	 * Shingles of one text's end found at the other's start ({@code Shingles.edgeRun}) from which two texts in one
	 * language, of other publishers or addresses, that do not begin alike are a republication: two excerpts of one
	 * article cut at different places (a copy site that drops the first paragraphs, a page stored to a fixed length)
	 * share only the passage where one ends and the other begins, 43 words or more in one run, however little of
	 * either text that is. Texts written apart share a sentence or two where they share anything; posts on one template
	 * begin alike.
	 */
	static final int EDGE_RUN = 25;
	static final int REWORDED_DISTINCT = 20;

	/**
	 * Shingle containment under which two texts in one language were written apart (a summary, a report of its own):
	 * on the real set's development half no such pair shares more, but posts on one template, and a copy shares far
	 * more (two excerpts of one article that end at different places, 0.7 and up).
	 */
	static final double WRITTEN_APART = 0.3;
	/** Jaccard similarity above which two texts of one publisher are duplicates. */
	static final double SAME_TEXT = 0.9;
	/**
	 * Fingerprint score from which two articles in different languages are a translation (0.5 before the real
	 * lineage set; 0.45 keeps the Italian translation whose excerpt adds a sentence of context, and no pair of the
	 * set's development half that is not a translation reaches it with {@link #DISTINCT} things in common).
	 */
	static final double TRANSLATION = 0.45;
	/** Fingerprint score from which two articles tell the same story. */
	static final double SAME_STORY = 0.2;
	/** Shingle containment from which two texts in one language share a story (quotes, a common wire). */
	static final double SHARED_TEXT = 0.15;
	/** Content similarity that, with a weak pointer (a cited address, a named publisher), makes a derivation. */
	static final double SUPPORTED = 0.25;
	/**
	 * Distinct things a fingerprint alignment must hold for a translation on the fingerprint alone: a message that
	 * names only its author and its organisation aligns as well with another article about them as with its own
	 * translation (measured on the real lineage set, {@code benchmarks/quality/lineage}).
	 */
	static final int DISTINCT = 5;
	/**
	 * Share of the smaller text's cognate 4-grams ({@link Cognates}) found in the other from which two texts in
	 * different Latin-script languages are taken to say the same thing when their fingerprints hold too few distinct
	 * things: translations share a quarter or more, articles written on their own about the same people less.
	 */
	static final double COGNATES = 0.24;
	/**
	 * Cognate share from which a weaker fingerprint ({@link #SUPPORTED}) is enough for a translation between two
	 * Latin-script languages. It was 0.3 while no pair of the development half that is not a translation shared as much;
	 * the seventh widening brought reports written apart that share 0.33 (a Spanish and a Portuguese rendering of two
	 * posts on one arrest, an English report and a Portuguese one of the same statement) and dev's same stories reach
	 * 0.37: close languages share letter 4-grams whatever the texts say. The translations that need this rule share 0.5
	 * and more (an essay and its Portuguese edition, a quotation kept in English).
	 */
	static final double STRONG_COGNATES = 0.4;
	/**
	 * Distinct things in order from which a weaker fingerprint ({@link #SUPPORTED}) makes a translation in any pair of
	 * languages: long translations share many names and figures, but the names every article of a corpus holds
	 * weigh little ({@code rarity}), so their score stays below {@link #TRANSLATION}. Until the seventh widening no pair
	 * of the development half that is not a translation held more than six; it brought two reports written apart of one
	 * release (eight: "Alaa", "Abdel-Fattah", "Hosni", "Mubarak", "Mona", "Khaled", "Ali", Cairo) and of one day in
	 * Venezuela (nine, one of them a date), so {@link #MANY_CARRIED} of the things must be what a translator carries.
	 */
	static final int MANY_DISTINCT = 8;
	/**
	 * Numbers, dates, addresses or handles ({@link #carried}) among the {@link #MANY_DISTINCT} things: a translation keeps
	 * its original's figures and dates in order, two reports of one event written apart share names but seldom two of
	 * these (none of dev's pairs that are not translations shares two among eight things or more, but two posts that
	 * render one background paragraph, c55's Spanish version and n75).
	 */
	static final int MANY_CARRIED = 2;
	/**
	 * Distinct things in order, one of them a figure ({@link #figures}), from which a pair with one side written in
	 * Arabic script is a translation at the same-story score: Arabic renders most names by meaning ("الأصوات العالمية"
	 * for "Global Voices"), so only the figures and the transcribed names carry over, and fewer of them.
	 */
	static final int CROSS_SCRIPT_DISTINCT = 4;
	/**
	 * Weight, after rarity, that the things in common must reach for either rule above: many names that nearly every
	 * article of a corpus holds count as distinct but weigh little (the synthetic benchmark corpus, whose German and
	 * Arabic articles draw their names from one short list, matched 8 to 11 of them at a weight of 4.5 at most; the
	 * real translations these rules find weigh 6.7 and more).
	 */
	static final double MIN_SHARED_WEIGHT = 6;

	/**
	 * Figures each side must hold before {@link #figuresDisagree} may judge them: with fewer, a text says too little
	 * in numbers to tell a copy from a post written on the same template.
	 */
	static final int MIN_FIGURES = 2;
	/**
	 * Distinct figures in order ({@link #figures(Alignment.Result)}) that stand for {@link #MIN_SHARED_WEIGHT} and for
	 * one of the {@link #CROSS_SCRIPT_DISTINCT} things in the cross-script rule: an Arabic or Greek translation that
	 * renders every name in its own script keeps only its year and figures ("2,600", "6,300"), and two such figures in
	 * the same order are not a coincidence of common names.
	 */
	static final int CROSS_SCRIPT_FIGURES = 2;

	/** Languages written in Arabic script, whose names reach a fingerprint only as consonant skeletons. */
	/**
	 * A short text: a fingerprint lighter than this (a Quick Reads post, a brief of two or three sentences holds a
	 * handle, a date and two or three names, 15 to 25 after rarity). The score damps every match of less than 12, so a
	 * short translation that keeps all its few things stays under the same-story score; {@link #shortPair} takes it.
	 */
	static final double SHORT = 30;

	/** The share of the lighter of two short fingerprints that their alignment must hold, undamped. */
	static final double SHORT_SHARE = 0.35;

	private static final Set<String> ARABIC_SCRIPT = Set.of("ar", "fa", "ur", "ps", "ckb"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	/**
	 * Languages written in Cyrillic script (Serbian, written in both Cyrillic and Latin, is left out): like Greek,
	 * their names do not reach a fingerprint at all, so a translation into them keeps, like an Arabic one, only
	 * figures, dates and the names left in Latin letters.
	 */
	private static final Set<String> CYRILLIC = Set.of("ru", "uk", "bg", "mk", "be", "kk", "ky", "tg", "mn"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$

	private static final int SHOWN_TOKENS = 30;

	/** How much a page's listing of the other as its edition in another language ({@code hreflang}) weighs. */
	static final double EDITION = 0.9;

	/**
	 * Days apart within which two language editions of one publisher ({@link #siblingEditions}), both dated to the day,
	 * count as one story rendered: a publisher's editions translate a post within days (Global Voices' Arabic and
	 * Spanish editions of one post a day apart, its Portuguese and Arabic ones a week apart).
	 */
	static final int EDITION_DAYS = 14;
	/**
	 * Distinct numbers, dates, addresses or handles in order that two sibling editions must share, beside
	 * {@link #CROSS_SCRIPT_DISTINCT} distinct things and the same-story score: the publisher signal stands for the
	 * weight after rarity ({@link #MIN_SHARED_WEIGHT}) that a short Arabic edition cannot reach, whose few things are a
	 * date, two-digit numbers and a name; it does not stand for the things themselves.
	 */
	static final int EDITION_CARRIED = 2;

	/** How one article points at the other. */
	private record Pointer(double strength, boolean derives, Evidence evidence) {
	}

	private PairJudge() {
	}

	/** The link between {@code a} and {@code b}, suggested, or empty when they are not related. */
	public static Optional<LineageLink> judge(ArticleFeatures a, ArticleFeatures b) {
		return judge(a, b, key -> 1);
	}

	/** As {@link #judge(ArticleFeatures, ArticleFeatures)}, fingerprint tokens weighted by their {@code rarity} in the corpus. */
	public static Optional<LineageLink> judge(@Nullable ArticleFeatures first, ArticleFeatures second,
			ToDoubleFunction<String> rarity) {
		if (first.id.equals(second.id)) {
			return Optional.empty();
		}
		// The pair in id order, whichever arrived first: linking on import (one article at a time, in the order of the
		// imports) and 'dossier lineage' (in id order) then describe a link in the same words.
		ArticleFeatures a = first.id.compareTo(second.id) < 0 ? first : second;
		ArticleFeatures b = a == first ? second : first;
		Pointer aFromB = pointer(a, b);
		Pointer bFromA = pointer(b, a);
		Pointer pointer = aFromB == null ? bFromA
				: bFromA == null || aFromB.strength >= bFromA.strength ? aFromB : bFromA;
		boolean sameLanguage = a.language.equals(b.language);
		boolean unknownLanguage = a.language.equals(Article.UNDETERMINED) || b.language.equals(Article.UNDETERMINED);
		double[] overlap = Shingles.overlap(a.shingles, b.shingles);
		boolean sameText = a.hasText() && a.shingles.textHash == b.shingles.textHash;
		double containment = sameText ? 1 : overlap[2];
		double jaccard = sameText ? 1 : overlap[1];
		Alignment.Result alignment = Alignment.align(a.fingerprint, b.fingerprint, rarity);
		double fingerprint = alignment.score();
		double cognates = sameLanguage ? 0 : Cognates.containment(a.cognates, b.cognates);
		int distinct = distinct(alignment);
		boolean distinctEnough = distinct >= DISTINCT || cognates >= COGNATES;
		boolean crossScript = !script(a.language).equals(script(b.language));
		boolean otherPublisher = !a.publisher.isEmpty() && !b.publisher.isEmpty() && !a.publisher.equals(b.publisher);
		boolean otherUrl = !a.ownUrls.isEmpty() && !b.ownUrls.isEmpty() && Collections.disjoint(a.ownUrls, b.ownUrls);
		// Posts written on one template (a weekly report, a yearly list) share most of their wording and their list
		// numbers, but not their own figures: without a pointer that names the other's address they are no copies.
		Evidence edition = sameLanguage ? null : edition(a, b);
		boolean templateOnly = (pointer == null || !pointer.derives) && edition == null && figuresDisagree(a, b);
		// Weak fingerprint evidence (too light after rarity for the rules below) with a publisher signal: the two are
		// the same publisher's editions in two languages, dated days apart.
		Evidence sibling = !sameLanguage && !unknownLanguage && !templateOnly && fingerprint >= SAME_STORY
				&& distinct >= CROSS_SCRIPT_DISTINCT && carried(alignment) >= EDITION_CARRIED
				&& carriesMost(alignment, a.fingerprint, b.fingerprint) ? siblingEditions(a, b) : null;

		LinkType type;
		double score;
		List<Evidence> evidence = new ArrayList<>();
		boolean sharedPassage = (otherPublisher || otherUrl) && !templateOnly && overlap[0] >= SHARED_PASSAGE
				&& containment >= PASSAGE_SHARE;
		int edgeRun = Shingles.edgeRun(a.shingles, b.shingles);
		boolean overlapping = sameLanguage && (otherPublisher || otherUrl) && edgeRun >= EDGE_RUN;
		boolean reworded = sameLanguage && (otherPublisher || otherUrl) && !templateOnly && containment >= SHARED_TEXT
				&& fingerprint >= REWORDED && distinct >= REWORDED_DISTINCT && carried(alignment) >= MANY_CARRIED;
		if ((sameLanguage || unknownLanguage) && a.hasText() && b.hasText()
				&& (containment >= NEAR_SAME || sharedPassage || reworded || overlapping)) {
			evidence.add(textEvidence(sameText, containment, jaccard));
			if (containment < NEAR_SAME && !sharedPassage && !reworded) {
				evidence.add(new Evidence(Evidence.TEXT, String.format(Locale.ROOT,
						"%d shingles in common where one text ends and the other begins: two excerpts of one text", //$NON-NLS-1$
						edgeRun)));
			} else if (containment < NEAR_SAME && sharedPassage) {
				evidence.add(new Evidence(Evidence.TEXT, String.format(Locale.ROOT,
						"%.0f shingles in common: one passage, each text with lines of its own", overlap[0]))); //$NON-NLS-1$
			} else if (containment < NEAR_SAME) {
				evidence.add(fingerprintEvidence(alignment));
				evidence.add(new Evidence(Evidence.TEXT, String.format(Locale.ROOT,
						"%d things in the same order: the same text reworded", distinct))); //$NON-NLS-1$
			}
			if (otherPublisher || otherUrl) {
				type = LinkType.REPUBLICATION;
				score = containment >= NEAR_SAME || sharedPassage ? containment
						: reworded ? Math.min(1, fingerprint) : Math.min(1, (double) edgeRun / Shingles.EDGE);
				evidence.add(otherPublisher
						? new Evidence(Evidence.PUBLISHER, "other publishers: " + a.publisherShown + " and " + b.publisherShown) //$NON-NLS-1$ //$NON-NLS-2$
						: new Evidence(Evidence.URL, "other addresses: " + String.join(", ", a.ownUrls) + " and " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
								+ String.join(", ", b.ownUrls))); //$NON-NLS-1$
			} else {
				type = jaccard >= SAME_TEXT ? LinkType.DUPLICATE : LinkType.REPUBLICATION;
				score = jaccard >= SAME_TEXT ? jaccard : containment;
			}
		} else if (!sameLanguage && !templateOnly && (fingerprint >= TRANSLATION && distinctEnough
				|| fingerprint >= SUPPORTED && cognates >= STRONG_COGNATES
				|| fingerprint >= SUPPORTED && distinct >= MANY_DISTINCT && alignment.matchedWeight() >= MIN_SHARED_WEIGHT
						&& carried(alignment) >= MANY_CARRIED
				|| crossScript && fingerprint >= SAME_STORY && figures(alignment) >= 1
						&& (distinct >= CROSS_SCRIPT_DISTINCT && alignment.matchedWeight() >= MIN_SHARED_WEIGHT
								|| distinct >= CROSS_SCRIPT_DISTINCT - 1 && figures(alignment) >= CROSS_SCRIPT_FIGURES)
				|| shortPair(alignment, distinct)
				|| sibling != null
				|| edition != null
				|| pointer != null
				&& (pointer.derives || fingerprint >= SUPPORTED))) {
			type = LinkType.TRANSLATION;
			score = pointer == null ? fingerprint : 1 - (1 - Math.min(1, fingerprint)) * (1 - pointer.strength);
			if (edition != null) {
				score = 1 - (1 - Math.min(1, score)) * (1 - EDITION);
				evidence.add(edition);
			}
			if (sibling != null) {
				evidence.add(sibling);
			}
			evidence.add(fingerprintEvidence(alignment));
			if ((distinct(alignment) < DISTINCT || fingerprint < TRANSLATION) && cognates > 0) {
				evidence.add(cognateEvidence(cognates));
			}
		} else if ((sameLanguage || unknownLanguage) && pointer != null && !templateOnly
				&& (pointer.derives && containment >= SHARED_TEXT || containment >= SUPPORTED)) {
			type = LinkType.REPUBLICATION;
			score = 1 - (1 - containment) * (1 - pointer.strength);
			evidence.add(textEvidence(false, containment, jaccard));
		} else if (!templateOnly
				&& (fingerprint >= SAME_STORY || (sameLanguage || unknownLanguage) && containment >= SHARED_TEXT)) {
			type = LinkType.SAME_STORY;
			score = Math.max(Math.min(1, fingerprint), containment);
			if (!alignment.matched().isEmpty()) {
				evidence.add(fingerprintEvidence(alignment));
			}
			if (containment >= SHARED_TEXT) {
				evidence.add(textEvidence(false, containment, jaccard));
			}
		} else {
			return Optional.empty();
		}
		if (pointer != null) {
			evidence.add(pointer.evidence);
		}
		if (!sameLanguage) {
			evidence.add(new Evidence(Evidence.FINGERPRINT, "languages: " + a.language + " and " + b.language)); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (a.truncated || b.truncated) {
			evidence.add(new Evidence(Evidence.TEXT, "compared on the first " + TextFolding.MAX_CHARS //$NON-NLS-1$
					+ " characters of " + (a.truncated ? a.id : b.id))); //$NON-NLS-1$
		}
		return Optional.of(direct(a, b, aFromB, bFromA, type, score, evidence));
	}

	/**
	 * The numbers the judge reads for two texts in one language, as a line for the quality runner ({@code benchmarks/run
	 * quality lineage --scores}): each text's shingles, the shingles in common, the containment of the smaller and the
	 * Jaccard similarity, the fingerprint alignment (every token weighing fully: the corpus's rarity is the index's),
	 * other publisher or address, whether the figures disagree, the strongest pointer.
	 */
	public static String measures(ArticleFeatures first, ArticleFeatures second) {
		ArticleFeatures a = first.id.compareTo(second.id) < 0 ? first : second;
		ArticleFeatures b = a == first ? second : first;
		double[] overlap = Shingles.overlap(a.shingles, b.shingles);
		Pointer aFromB = pointer(a, b);
		Pointer bFromA = pointer(b, a);
		Pointer pointer = aFromB == null ? bFromA : bFromA == null || aFromB.strength >= bFromA.strength ? aFromB : bFromA;
		boolean otherPublisher = !a.publisher.isEmpty() && !b.publisher.isEmpty() && !a.publisher.equals(b.publisher);
		boolean otherUrl = !a.ownUrls.isEmpty() && !b.ownUrls.isEmpty() && Collections.disjoint(a.ownUrls, b.ownUrls);
		Alignment.Result alignment = Alignment.align(a.fingerprint, b.fingerprint, key -> 1);
		return String.format(Locale.ROOT,
				"shingles %d/%d, shared %.0f, containment %.2f, jaccard %.2f, edge run %d, fingerprint %.2f (%d distinct, %d carried, " //$NON-NLS-1$
						+ "weight %.1f of %.1f/%.1f, rarity 1), %s, figures %d/%d%s, pointer %s", //$NON-NLS-1$
				a.shingles.count, b.shingles.count, overlap[0], overlap[2], overlap[1], Shingles.edgeRun(a.shingles, b.shingles),
				alignment.score(),
				distinct(alignment), carried(alignment), alignment.matchedWeight(), alignment.weightA(), alignment.weightB(),
				otherPublisher ? "other publisher" : otherUrl ? "other address" : "same publisher and address", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				a.figures.size(), b.figures.size(), figuresDisagree(a, b) ? " (disagree)" : "", //$NON-NLS-1$ //$NON-NLS-2$
				pointer == null ? "none" : String.format(Locale.ROOT, "%.2f", pointer.strength)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * Whether two texts in one language were written apart: they share less than {@link #WRITTEN_APART} of the smaller
	 * text's shingles and neither points at the other. Two such texts cannot both be the source of one translation.
	 */
	public static boolean writtenApart(ArticleFeatures a, ArticleFeatures b) {
		return a.language.equals(b.language) && !a.language.equals(Article.UNDETERMINED) && a.hasText() && b.hasText()
				&& Shingles.overlap(a.shingles, b.shingles)[2] < WRITTEN_APART && pointer(a, b) == null
				&& pointer(b, a) == null;
	}

	/**
	 * The weight, after rarity, of the things two articles have in common in order: what a translation shares with its
	 * source is more than with a summary of it, whose fingerprint is lighter and so scores as high.
	 */
	public static double sharedWeight(ArticleFeatures a, ArticleFeatures b, ToDoubleFunction<String> rarity) {
		ArticleFeatures first = a.id.compareTo(b.id) < 0 ? a : b;
		return Alignment.align(first.fingerprint, (first == a ? b : a).fingerprint, rarity).matchedWeight();
	}

	/**
	 * {@code link}, a translation, as a same story: a text in the other language is the translation's source, and the
	 * linked text, written apart from it in its language, only tells the same story ({@code LineageIndex}).
	 */
	public static LineageLink sameStoryInstead(LineageLink link, String source) {
		List<Evidence> evidence = new ArrayList<>(link.evidence());
		evidence.add(new Evidence(Evidence.TEXT, "not a translation: " + source //$NON-NLS-1$
				+ " in the same language, written apart from this text, is the closer source"));  //$NON-NLS-1$
		return new LineageLink(link.from().compareTo(link.to()) < 0 ? link.from() : link.to(),
				link.from().compareTo(link.to()) < 0 ? link.to() : link.from(), LinkType.SAME_STORY, link.score(), false,
				evidence, link.status());
	}

	/**
	 * Whether two articles in two languages, each linked as a derivation to one third article, share enough of what a
	 * translator carries to be closed into a translation ({@link #closed}): {@link #MANY_CARRIED} numbers, dates,
	 * addresses or handles in order. Names alone do not: a false derivation in a cluster (two reports of one release
	 * written apart) would otherwise pass itself on to every article sharing the release's names with it.
	 */
	public static boolean closable(ArticleFeatures first, ArticleFeatures second, ToDoubleFunction<String> rarity) {
		ArticleFeatures a = first.id.compareTo(second.id) < 0 ? first : second;
		return carried(Alignment.align(a.fingerprint, (a == first ? second : first).fingerprint, rarity)) >= MANY_CARRIED;
	}

	/**
	 * {@code judged}, a same story between {@code first} and {@code second} in two languages, as a translation: both are
	 * derivations of, or sources of, the article {@code via} (a cluster's two editions each linked to one third text),
	 * so what they share in order is what a translation carries ({@code LineageIndex}, cluster closure). Directed as
	 * any link (pointer, dates, publisher named, credit); the evidence names the links through {@code via}.
	 */
	public static LineageLink closed(ArticleFeatures first, ArticleFeatures second, LineageLink judged, String via,
			LinkType firstToVia, LinkType secondToVia) {
		ArticleFeatures a = first.id.compareTo(second.id) < 0 ? first : second;
		ArticleFeatures b = a == first ? second : first;
		List<Evidence> evidence = new ArrayList<>();
		for (Evidence item : judged.evidence()) {
			if (!item.kind().equals(Evidence.ORDER)) {
				evidence.add(item); // the order is worked out again below, for a derivation
			}
		}
		// in id order, as every link is described: the same words whichever of the three arrived last
		evidence.add(new Evidence(Evidence.CLUSTER, String.format(Locale.ROOT,
				"one cluster: %s and %s are each linked to %s (%s, %s)", a.id, b.id, via, //$NON-NLS-1$
				(a == first ? firstToVia : secondToVia).id(), (a == first ? secondToVia : firstToVia).id())));
		return direct(a, b, pointer(a, b), pointer(b, a), LinkType.TRANSLATION, judged.score(), evidence);
	}

	/** Orders the link: the article pointed at, else the older one, is the original. */
	private static LineageLink direct(ArticleFeatures a, ArticleFeatures b, @Nullable Pointer aFromB, @Nullable Pointer bFromA, LinkType type,
			double score, List<Evidence> evidence) {
		int byDate = compareDates(a.published, b.published);
		ArticleFeatures original;
		ArticleFeatures copy;
		boolean directed = true;
		double adjusted = score;
		if (type.isDerivation() && (aFromB != null) != (bFromA != null)) {
			original = aFromB != null ? b : a;
			copy = original == a ? b : a;
			int copyFirst = original == a ? -byDate : byDate;
			if (copyFirst < 0) {
				adjusted *= 0.8;
				evidence.add(new Evidence(Evidence.ORDER, "conflict: " + copy.id + " points at " + original.id //$NON-NLS-1$ //$NON-NLS-2$
						+ " but is dated earlier (" + copy.published + " before " + original.published + ")")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			} else {
				evidence.add(new Evidence(Evidence.ORDER, copy.id + " points at " + original.id)); //$NON-NLS-1$
			}
		} else if (byDate != 0) {
			original = byDate < 0 ? a : b;
			copy = original == a ? b : a;
			directed = type.isDerivation();
			evidence.add(new Evidence(Evidence.ORDER, "published " + original.published + " before " + copy.published)); //$NON-NLS-1$ //$NON-NLS-2$
		} else if (type.isDerivation() && namedByBoth(a.publisher, a, b) != namedByBoth(b.publisher, a, b)) {
			// The text both carry names one side's publisher and not the other's: it was written for that publisher (a
			// Global Voices post says "our top 20 list of most read posts on Global Voices"; its copy on GroundReport,
			// its Italian edition on "Global Voices in Italiano" say the same), so that side is the original.
			original = namedByBoth(a.publisher, a, b) ? a : b;
			copy = original == a ? b : a;
			evidence.add(new Evidence(Evidence.ORDER, "both texts name " + original.publisherShown + ", the publisher of " //$NON-NLS-1$
					+ original.id + ", not " + (copy.publisherShown.isEmpty() ? "the other's publisher" : copy.publisherShown))); //$NON-NLS-1$ //$NON-NLS-2$
		} else if (type.isDerivation() && credited(a, b) != credited(b, a)) {
			// One text credits the other's publisher in a credit line and is not credited back: a copy's byline "by Jeff
			// Errington, The Conversation" on a news site, the article on The Conversation's own site naming no news site.
			// A publisher named elsewhere in a text (an original naming its partner or its own edition in another
			// language) does not count.
			original = credited(a, b) ? a : b;
			copy = original == a ? b : a;
			evidence.add(new Evidence(Evidence.ORDER, copy.id + " names " + original.publisherShown + ", the publisher of " //$NON-NLS-1$ //$NON-NLS-2$
					+ original.id + ", which does not name " //$NON-NLS-1$
					+ (copy.publisherShown.isEmpty() ? "the other's publisher" : copy.publisherShown))); //$NON-NLS-1$
		} else {
			original = a.id.compareTo(b.id) < 0 ? a : b;
			copy = original == a ? b : a;
			directed = false;
			if (type.isDerivation()) {
				evidence.add(new Evidence(Evidence.ORDER, "which came first is unknown (no pointer, no dates to compare)")); //$NON-NLS-1$
			}
		}
		return new LineageLink(original.id, copy.id, type, adjusted, directed && type.isDerivation(), evidence,
				LinkStatus.SUGGESTED);
	}

	/** Whether both texts name {@code publisher} (folded): its words, capitalised in the text, one after the other. */
	static boolean namedByBoth(String publisher, ArticleFeatures a, ArticleFeatures b) {
		return namedBy(publisher, a) && namedBy(publisher, b);
	}

	/** Whether the text of {@code article} names {@code publisher} (folded), as {@link #namedByBoth} reads it. */
	static boolean namedBy(String publisher, ArticleFeatures article) {
		if (publisher.isEmpty()) {
			return false;
		}
		String[] words = publisher.split("[^\\p{L}\\p{N}]+"); //$NON-NLS-1$
		if (words.length == 0 || words[0].isEmpty()) {
			return false;
		}
		return names(article.fingerprint, words);
	}

	/**
	 * Whether a credit line of {@code copy} ({@code ArticleFeatures.credits}: "originally published by …", "Source: …", a
	 * byline at its head) names the publisher of {@code original}, its words one after the other.
	 */
	static boolean credited(ArticleFeatures original, ArticleFeatures copy) {
		if (original.publisherShown.isEmpty() || copy.credits.isEmpty()) {
			return false;
		}
		List<String> words = TextFolding.words(original.publisherShown, 20);
		if (words.isEmpty()) {
			return false;
		}
		for (List<String> line : copy.credits) {
			if (Collections.indexOfSubList(line, words) >= 0) {
				return true;
			}
		}
		return false;
	}

	/** Whether {@code fingerprint} holds the names {@code words} one after the other. */
	private static boolean names(List<FingerprintToken> fingerprint, String[] words) {
		for (int i = 0; i + words.length <= fingerprint.size(); i++) {
			int k = 0;
			while (k < words.length && fingerprint.get(i + k).key().equals("w:" + words[k])) { //$NON-NLS-1$
				k++;
			}
			if (k == words.length) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether one page lists the other as its edition in another language ({@code hreflang}): the two are one story in
	 * two languages, so one is a translation of the other — which, the listing does not say (both editions usually
	 * list each other), so it gives no direction.
	 */
	private static @Nullable Evidence edition(ArticleFeatures a, ArticleFeatures b) {
		for (ArticleFeatures[] pair : new ArticleFeatures[][] { { a, b }, { b, a } }) {
			for (String url : pair[1].ownUrls) {
				String language = pair[0].editions.get(url);
				if (language != null) {
					return new Evidence(Evidence.URL, pair[0].id + " lists " + url + ", the address of " + pair[1].id //$NON-NLS-1$ //$NON-NLS-2$
							+ ", as its edition in " + language + " (hreflang)"); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
		}
		return null;
	}

	/**
	 * Whether the two articles are one publisher's editions in their two languages, dated to the day and at most
	 * {@link #EDITION_DAYS} apart: their addresses differ only by a language label — a first host label or a first path
	 * segment naming the article's own language ("ar.globalvoices.org/…" in Arabic, "es.globalvoices.org/…" in Spanish,
	 * "globalvoices.org/…", the main edition, unlabelled) — on one host. A publisher's own editions, not another site's.
	 */
	static @Nullable Evidence siblingEditions(ArticleFeatures a, ArticleFeatures b) {
		long days = daysApart(a.published, b.published);
		if (days < 0 || days > EDITION_DAYS) {
			return null;
		}
		for (String keyA : a.ownUrls) {
			Edition editionA = edition(keyA, a.language);
			for (String keyB : b.ownUrls) {
				Edition editionB = edition(keyB, b.language);
				if (editionA.base.equals(editionB.base) && (editionA.labelled() || editionB.labelled())) {
					return new Evidence(Evidence.PUBLISHER, "one publisher's editions: " + editionA.shown + " (" //$NON-NLS-1$ //$NON-NLS-2$
							+ a.language + ") and " + editionB.shown + " (" + b.language + "), published " + days //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
							+ (days == 1 ? " day" : " days") + " apart"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				}
			}
		}
		return null;
	}

	/**
	 * The edition of a publisher an address belongs to: {@code base}, the host without the language label, and
	 * {@code shown}, the host with it; {@code base} equals {@code shown} when the address names no language.
	 */
	private record Edition(String base, String shown) {
		boolean labelled() {
			return !base.equals(shown);
		}
	}

	/**
	 * The edition of address {@code key} in {@code language}: labelled when {@code language} is its first host label
	 * ("ar.globalvoices.org") or its first path segment ("pressenza.com/es").
	 */
	private static Edition edition(String key, String language) {
		String host = UrlKeys.host(key);
		if (host.startsWith(language + ".") && host.indexOf('.', language.length() + 1) > 0) { //$NON-NLS-1$
			return new Edition(host.substring(language.length() + 1), host);
		}
		if (key.startsWith(host + "/" + language + "/")) { //$NON-NLS-1$ //$NON-NLS-2$
			return new Edition(host, host + "/" + language); //$NON-NLS-1$
		}
		return new Edition(host, host);
	}

	/** Days between two dates given to the day, or -1 when either is not. */
	static long daysApart(@Nullable String a, @Nullable String b) {
		if (a == null || b == null || a.length() < 10 || b.length() < 10) {
			return -1;
		}
		try {
			return Math.abs(ChronoUnit.DAYS.between(LocalDate.parse(a.substring(0, 10)), LocalDate.parse(b.substring(0, 10))));
		} catch (DateTimeParseException e) {
			return -1;
		}
	}

	/** How many different numbers, dates, addresses and handles (what a translator carries over) the alignment matched. */
	static int carried(Alignment.Result alignment) {
		return carriedKeys(alignment.matched()).size();
	}

	/**
	 * Whether the alignment holds at least half of the numbers, dates, addresses and handles of the text that gives fewer
	 * of them ({@link #carried}): one publisher's two editions of a post keep its figures, where another post of the same
	 * publisher on the same story, days later, shares a date and a name or two but brings figures of its own.
	 */
	static boolean carriesMost(Alignment.Result alignment, List<FingerprintToken> a, List<FingerprintToken> b) {
		int fewer = Math.min(carriedKeys(a).size(), carriedKeys(b).size());
		return carried(alignment) * 2 >= fewer;
	}

	/** The keys of the numbers, dates, addresses and handles of {@code tokens}. */
	private static Set<String> carriedKeys(List<FingerprintToken> tokens) {
		Set<String> keys = new HashSet<>();
		for (FingerprintToken token : tokens) {
			if (carries(token.key())) {
				keys.add(token.key());
			}
		}
		return keys;
	}

	private static boolean carries(String key) {
		return key.startsWith("n:") || key.startsWith("d:") || key.startsWith("u:") || key.startsWith("h:"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	/** How {@code copy} points at {@code original}, the strongest way, or null. */
	private static @Nullable Pointer pointer(ArticleFeatures copy, ArticleFeatures original) {
		if (copy.basedOn != null && original.ownUrls.contains(copy.basedOn)) {
			return new Pointer(0.95, true, new Evidence(Evidence.URL, copy.id + " declares it is based on " + copy.basedOn //$NON-NLS-1$
					+ ", the address of " + original.id)); //$NON-NLS-1$
		}
		for (int i = 0; i < copy.statements.size(); i++) {
			String statement = copy.statements.get(i);
			for (String url : original.ownUrls) {
				if (statement.contains(url.toLowerCase(Locale.ROOT))) {
					return new Pointer(0.95, true, new Evidence(Evidence.STATEMENT, copy.id + " says \"" //$NON-NLS-1$
							+ copy.statementsShown.get(i) + "\", naming the address of " + original.id)); //$NON-NLS-1$
				}
			}
		}
		for (String url : copy.ownUrls) {
			if (original.ownUrls.contains(url) && copy.textUrls.contains(url) && !original.textUrls.contains(url)) {
				return new Pointer(0.85, true, new Evidence(Evidence.URL, copy.id + " gives " + url //$NON-NLS-1$
						+ " as its source in its text, the address of " + original.id)); //$NON-NLS-1$
			}
		}
		for (int i = 0; i < copy.statements.size(); i++) {
			if (original.publisher.length() >= 3 && copy.statements.get(i).contains(original.publisher)) {
				return new Pointer(0.5, false, new Evidence(Evidence.STATEMENT, copy.id + " says \"" //$NON-NLS-1$
						+ copy.statementsShown.get(i) + "\", naming " + original.publisherShown + ", the publisher of " //$NON-NLS-1$ //$NON-NLS-2$
						+ original.id));
			}
		}
		for (String url : copy.textUrls) {
			if (original.ownUrls.contains(url) && !copy.ownUrls.contains(url)) {
				return new Pointer(0.5, false, new Evidence(Evidence.URL, copy.id + " names " + url //$NON-NLS-1$
						+ " in its text, the address of " + original.id)); //$NON-NLS-1$
			}
		}
		return null;
	}

	/** The script a language's texts write their names in: "arabic", "greek", "cyrillic" or "latin" (the rest). */
	static String script(String language) {
		return ARABIC_SCRIPT.contains(language) ? "arabic" //$NON-NLS-1$
				: language.equals("el") ? "greek" : CYRILLIC.contains(language) ? "cyrillic" : "latin"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	/** The keys of the numbers of three digits or more, years left out, in {@code tokens}. */
	static Set<String> figures(List<FingerprintToken> tokens) {
		Set<String> keys = new HashSet<>();
		for (FingerprintToken token : tokens) {
			String key = token.key();
			if (key.startsWith("n:") && key.length() >= 5 && key.indexOf('.') < 0 && !year(key.substring(2))) { //$NON-NLS-1$
				keys.add(key);
			}
		}
		return keys.isEmpty() ? Set.of() : Set.copyOf(keys);
	}

	/**
	 * Whether both texts give {@link #MIN_FIGURES} figures or more and share at most one of them, less than half of the
	 * smaller set: two posts on one template (two weeks of a readership report share none or one of their five or
	 * six), or one story's two different reports; a copy or a translation keeps its original's figures (an excerpt
	 * keeps some of them, a translation may write one in words).
	 */
	static boolean figuresDisagree(ArticleFeatures a, ArticleFeatures b) {
		if (a.figures.size() < MIN_FIGURES || b.figures.size() < MIN_FIGURES) {
			return false;
		}
		Set<String> smaller = a.figures.size() <= b.figures.size() ? a.figures : b.figures;
		Set<String> larger = smaller == a.figures ? b.figures : a.figures;
		int common = 0;
		for (String figure : smaller) {
			if (larger.contains(figure)) {
				common++;
			}
		}
		return common <= 1 && common * 2 < smaller.size();
	}

	/**
	 * Two short texts of about one length (neither fingerprint {@link #SHORT} or heavier, the heavier at most twice the
	 * lighter) whose alignment holds {@link #SHORT_SHARE} of the lighter, undamped: {@link #CROSS_SCRIPT_DISTINCT}
	 * distinct things weighing {@link #MIN_SHARED_WEIGHT}, one of them an address, a handle, a date or a figure, which a
	 * translator carries over and an article written apart seldom shares in order. A Quick Reads post and its
	 * Portuguese edition share "@badiucao", "25", "June 4" and Beijing and nothing else: all they hold.
	 */
	static boolean shortPair(Alignment.Result alignment, int distinct) {
		double lighter = Math.min(alignment.weightA(), alignment.weightB());
		double heavier = Math.max(alignment.weightA(), alignment.weightB());
		if (lighter <= 0 || heavier >= SHORT || heavier > 2 * lighter || distinct < CROSS_SCRIPT_DISTINCT
				|| alignment.matchedWeight() < MIN_SHARED_WEIGHT || alignment.matchedWeight() / lighter < SHORT_SHARE) {
			return false;
		}
		for (FingerprintToken token : alignment.matched()) {
			String key = token.key();
			if (key.startsWith("u:") || key.startsWith("h:") || key.startsWith("d:")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				return true;
			}
		}
		return figures(alignment) >= 1;
	}

	/** How many different numbers of three digits or more, years left out, the alignment matched. */
	static int figures(Alignment.Result alignment) {
		Set<String> keys = new HashSet<>();
		for (FingerprintToken token : alignment.matched()) {
			String key = token.key();
			if (key.startsWith("n:") && key.length() >= 5 && !year(key.substring(2))) { //$NON-NLS-1$
				keys.add(key);
			}
		}
		return keys.size();
	}

	private static boolean year(String digits) {
		return digits.length() == 4 && digits.compareTo("1800") >= 0 && digits.compareTo("2100") <= 0; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** How many different things (names, numbers, dates) the alignment matched. */
	private static int distinct(Alignment.Result alignment) {
		Set<String> keys = new HashSet<>();
		for (FingerprintToken token : alignment.matched()) {
			keys.add(token.key());
		}
		return keys.size();
	}

	private static Evidence cognateEvidence(double cognates) {
		return new Evidence(Evidence.TEXT, String.format(Locale.ROOT,
				"%.0f%% of the shorter text's letter 4-grams (words of %d letters or more) are in the other", //$NON-NLS-1$
				cognates * 100, Cognates.MIN_WORD));
	}

	private static Evidence textEvidence(boolean sameText, double containment, double jaccard) {
		if (sameText) {
			return new Evidence(Evidence.TEXT, "the same words in the same order"); //$NON-NLS-1$
		}
		return new Evidence(Evidence.TEXT, String.format(Locale.ROOT,
				"%.0f%% of the shorter text's %d-word shingles are in the other (Jaccard %.2f)", //$NON-NLS-1$
				containment * 100, Shingles.SIZE, jaccard));
	}

	private static Evidence fingerprintEvidence(Alignment.Result alignment) {
		if (alignment.matched().isEmpty()) {
			return new Evidence(Evidence.FINGERPRINT, String.format(Locale.ROOT,
					"nothing in common to align (fingerprint weights %.1f and %.1f)", alignment.weightA(), //$NON-NLS-1$
					alignment.weightB()));
		}
		// each matched thing once, in the order of its first match
		Set<String> shown = new LinkedHashSet<>();
		for (FingerprintToken token : alignment.matched()) {
			if (shown.size() == SHOWN_TOKENS) {
				shown.add("…"); //$NON-NLS-1$
				break;
			}
			shown.add(token.key().substring(2));
		}
		return new Evidence(Evidence.FINGERPRINT, String.format(Locale.ROOT,
				"%d tokens in the same order, weight %.1f of %.1f and %.1f: %s", alignment.matched().size(), //$NON-NLS-1$
				alignment.matchedWeight(), alignment.weightA(), alignment.weightB(), String.join(", ", shown))); //$NON-NLS-1$
	}

	/** Compares two ISO 8601 dates on the precision both have: negative when {@code a} is earlier, 0 when unknown. */
	static int compareDates(@Nullable String a, @Nullable String b) {
		if (a == null || b == null || a.isBlank() || b.isBlank()) {
			return 0;
		}
		int length = Math.min(Math.min(a.length(), b.length()), 10);
		return Integer.signum(a.substring(0, length).compareTo(b.substring(0, length)));
	}
}
