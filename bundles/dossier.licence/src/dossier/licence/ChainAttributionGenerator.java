// SPDX-License-Identifier: EPL-2.0
package dossier.licence;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.Nullable;

import dossier.core.model.TextDirection;
import dossier.licence.internal.Languages;
import dossier.licence.internal.Messages;

/**
 * Writes the credit of a derived article that names its chain: "“T” — Arabic translation by X of “O” by A,
 * published by P, URL, licensed under CC BY-SA 4.0 (link); original under …; third-party material excluded: …".
 * The original's title, author, publisher and address come from the {@link LicenceChain} (its analysis when it is
 * in the corpus; its address and its publisher's policy when it is not); the licence named is the one the article
 * states, and the original's is added when it differs; third-party material excluded from the original stays
 * excluded (CC BY-SA 4.0 §3(a)(1)(B): keep the indication of earlier modifications; preamble: material not under
 * the licence). The checker uses it for {@link LicenceReport#attribution()} whenever the chain is not empty.
 * Languages: English, Arabic, French and Italian; others get the English credit.
 */
public final class ChainAttributionGenerator {

	private static final List<String> LANGUAGES = List.of("en", "ar", "fr", "it"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	private static final String BUNDLE = "dossier.licence.internal.chaincredit"; //$NON-NLS-1$
	private static final Map<String, ResourceBundle> BUNDLES = new ConcurrentHashMap<>();

	/** A piece of a credit: text, optionally a link. */
	private record Part(String text, @Nullable String href, boolean licenceLink) {
		Part(String text) {
			this(text, null, false);
		}
	}

	/**
	 * The chain credit of {@code analysis} in {@code language} (English when there is no template in it); the
	 * plain {@link AttributionGenerator} credit when the chain is empty.
	 */
	public SuggestedAttribution generate(LicenceAnalysis analysis, LicenceChain chain, String language) {
		if (chain.isEmpty()) {
			return new AttributionGenerator().generate(analysis, language);
		}
		String lang = LANGUAGES.contains(language) ? language : "en"; //$NON-NLS-1$
		String comma = Messages.credit(lang, "sep.comma"); //$NON-NLS-1$
		String semicolon = Messages.credit(lang, "sep.semicolon"); //$NON-NLS-1$
		List<LicenceChain.Source> translations = chain.translations();
		LicenceChain.Source source = translations.isEmpty() ? chain.sources().get(0) : translations.get(0);
		List<List<Part>> clauses = new ArrayList<>();
		List<Part> main = new ArrayList<>();
		String sourceUrl = analysis.article().sourceUrl();
		String ownUrl = sourceUrl != null && !sameAddress(sourceUrl, source.url()) ? sourceUrl : analysis.article().canonicalUrl();
		if (!analysis.title().isBlank()) {
			main.add(new Part(Messages.credit(lang, "quote.open"))); //$NON-NLS-1$
			main.add(new Part(analysis.title().strip(), ownUrl, false));
			main.add(new Part(Messages.credit(lang, "quote.close") + " — ")); //$NON-NLS-1$ //$NON-NLS-2$
		}
		String adapter = adapter(analysis, source);
		if (source.relation() == LicenceChain.Relation.TRANSLATION) {
			String target = Languages.displayName(analysis.translation().textLanguage().equals("und") ? analysis.language() //$NON-NLS-1$
					: analysis.translation().textLanguage(), lang);
			main.add(new Part(adapter == null ? phrase(lang, "translation", capitalised(target, lang)) //$NON-NLS-1$
					: phrase(lang, "translation.by", capitalised(target, lang), adapter))); //$NON-NLS-1$
		} else {
			main.add(new Part(adapter == null ? phrase(lang, "republication") : phrase(lang, "republication.by", adapter))); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (!source.title().isEmpty()) {
			main.add(new Part(phrase(lang, "of.titled") + Messages.credit(lang, "quote.open"))); //$NON-NLS-1$ //$NON-NLS-2$
			main.add(new Part(source.title(), source.url(), false));
			main.add(new Part(Messages.credit(lang, "quote.close"))); //$NON-NLS-1$
		} else {
			main.add(new Part(phrase(lang, "of.untitled"))); //$NON-NLS-1$
		}
		if (!source.authors().isEmpty()) {
			main.add(new Part(phrase(lang, "author", String.join(comma, source.authors())))); //$NON-NLS-1$
		} else if (source.inCorpus()) {
			main.add(new Part(phrase(lang, "author.unknown"))); //$NON-NLS-1$
		}
		String publisher = source.publisher();
		if (publisher != null) {
			main.add(new Part(phrase(lang, "publisher", publisher))); //$NON-NLS-1$
		}
		String url = source.url();
		if (url != null) {
			main.add(new Part(comma));
			main.add(new Part(url, url, false));
		}
		main.add(new Part(comma));
		DetectedLicence own = analysis.licence();
		main.addAll(licenceParts(own, lang));
		clauses.add(main);
		LicenceChain.OriginalLicence original = source.licence();
		if (original != null && (own == null || !own.licence().equals(original.licence()))) {
			String key = original.statedOnOriginal() ? "original.licence" : "original.licence.policy"; //$NON-NLS-1$ //$NON-NLS-2$
			clauses.add(List.of(new Part(phrase(lang, key, original.licence().shortName())))); // the original's licence as known
		}
		Set<String> holders = new LinkedHashSet<>();
		for (ThirdPartyItem item : analysis.thirdParty()) {
			if (item.ownLicence() == null) {
				holders.add(item.holder());
			}
		}
		for (LicenceChain.Source s : chain.sources()) {
			for (ThirdPartyItem item : s.exclusions()) {
				holders.add(item.holder());
			}
		}
		if (!holders.isEmpty()) {
			clauses.add(List.of(new Part(Messages.credit(lang, "excluded", String.join(semicolon, holders))))); //$NON-NLS-1$
		}
		boolean rtl = TextDirection.firstStrong(Languages.displayName(lang, lang), TextDirection.LTR) == TextDirection.RTL;
		return new SuggestedAttribution(lang, render(clauses, semicolon, false, false), "<p lang=\"" + lang + "\"" //$NON-NLS-1$ //$NON-NLS-2$
				+ (rtl ? " dir=\"rtl\"" : "") + ">" + render(clauses, semicolon, true, false) + "</p>", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				render(clauses, semicolon, false, true));
	}

	/**
	 * Who made the derived article: its authors, else its publisher when that is not the original's (a translation
	 * that credits the original's publisher names no translator); null when unknown.
	 */
	private static @Nullable String adapter(LicenceAnalysis analysis, LicenceChain.Source source) {
		if (!analysis.article().authors().isEmpty()) {
			return String.join(", ", analysis.article().authors()); //$NON-NLS-1$
		}
		if (!analysis.elements().authors().isEmpty()) {
			return String.join(", ", analysis.elements().authors().stream().map(Evidence::text).toList()); //$NON-NLS-1$
		}
		String publisher = analysis.article().publisher();
		Evidence element = analysis.elements().publisher();
		if (publisher == null && element != null) {
			publisher = element.text();
		}
		String originalPublisher = source.publisher();
		if (publisher == null || originalPublisher != null && (publisher.toLowerCase(Locale.ROOT).contains(originalPublisher.toLowerCase(Locale.ROOT))
				&& publisher.length() <= originalPublisher.length())) {
			return null;
		}
		return publisher;
	}

	/** Whether two addresses name the same page (scheme, "www.", case of the host and a final slash aside). */
	static boolean sameAddress(@Nullable String a, @Nullable String b) {
		return a != null && b != null && addressKey(a).equals(addressKey(b));
	}

	/** An address without scheme, "www.", fragment and final slash, host in lower case: how texts are searched for it. */
	static String addressKey(String url) {
		String key = url.strip().replaceFirst("(?i)^[a-z][a-z0-9+.-]*://", "").replaceFirst("(?i)^www\\.", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		int hash = key.indexOf('#');
		if (hash >= 0) {
			key = key.substring(0, hash);
		}
		while (key.endsWith("/")) { //$NON-NLS-1$
			key = key.substring(0, key.length() - 1);
		}
		int slash = key.indexOf('/');
		return slash < 0 ? key.toLowerCase(Locale.ROOT) : key.substring(0, slash).toLowerCase(Locale.ROOT) + key.substring(slash);
	}

	private static String capitalised(String name, String lang) {
		return lang.equals("en") && !name.isEmpty() ? Character.toUpperCase(name.charAt(0)) + name.substring(1) : name; //$NON-NLS-1$
	}

	private static String phrase(String lang, String key, Object... arguments) {
		ResourceBundle bundle = BUNDLES.computeIfAbsent(lang, l -> ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(l),
				ChainAttributionGenerator.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
		return new MessageFormat(bundle.getString(key), Locale.forLanguageTag(lang)).format(arguments);
	}

	/** The licence the derived article states, as {@link AttributionGenerator} names it. */
	private static List<Part> licenceParts(@Nullable DetectedLicence licence, String lang) {
		if (licence == null) {
			return List.of(new Part(Messages.credit(lang, "licence.none"))); //$NON-NLS-1$
		}
		LicenceId id = licence.licence();
		if (id.needsPermission()) {
			return List.of(new Part(Messages.credit(lang, "licence.permission", licence.evidence().text()))); //$NON-NLS-1$
		}
		String link = licence.link() != null ? licence.link() : id.url();
		if (link != null && !link.startsWith("http")) { //$NON-NLS-1$
			link = "https://" + link; //$NON-NLS-1$
		}
		if (link == null) {
			return List.of(new Part(Messages.credit(lang, "licence.nolink", id.shortName()))); //$NON-NLS-1$
		}
		String key = id.publicDomain() ? "licence.publicdomain" : id.version() == null && !id.family().equals(LicenceId.FAMILY_CC_UNSPECIFIED) //$NON-NLS-1$
				&& licence.link() == null ? "licence.unversioned" : "licence.versioned"; //$NON-NLS-1$ //$NON-NLS-2$
		String[] around = Messages.credit(lang, key, "\u0000", "\u0001").split("[\u0000\u0001]", -1); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		boolean unversioned = key.equals("licence.unversioned"); //$NON-NLS-1$
		return List.of(new Part(around[0]), new Part(id.shortName(), unversioned ? null : link, !unversioned), new Part(around[1]),
				new Part(link, link, false), new Part(around[2]));
	}

	private static final Pattern MARKDOWN_SPECIAL = Pattern.compile("([\\\\`*_\\[\\]<>])"); //$NON-NLS-1$

	private static String render(List<List<Part>> clauses, String semicolon, boolean html, boolean markdown) {
		StringBuilder out = new StringBuilder();
		for (int c = 0; c < clauses.size(); c++) {
			if (c > 0) {
				out.append(html ? escape(semicolon) : semicolon);
			}
			for (Part part : clauses.get(c)) {
				String href = part.href();
				if (html) {
					out.append(href == null ? escape(part.text()) : "<a href=\"" + escape(href) + '"' //$NON-NLS-1$
							+ (part.licenceLink() ? " rel=\"license\"" : "") + '>' + escape(part.text()) + "</a>"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				} else if (markdown) {
					String text = MARKDOWN_SPECIAL.matcher(part.text()).replaceAll("\\\\$1"); //$NON-NLS-1$
					out.append(href == null ? text : href.equals(part.text()) ? '<' + href + '>' : '[' + text + "](" + href.replace(")", "%29") + ')'); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				} else {
					out.append(part.text());
				}
			}
		}
		return out.append('.').toString();
	}

	private static String escape(String s) {
		return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
	}
}
