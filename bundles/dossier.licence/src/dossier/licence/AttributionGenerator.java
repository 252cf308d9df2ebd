// SPDX-License-Identifier: EPL-2.0
package dossier.licence;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.Nullable;

import dossier.core.model.TextDirection;
import dossier.licence.internal.Languages;
import dossier.licence.internal.Messages;

/**
 * Writes a TASL credit (Title, Author, Source, Licence) for reusing an article, with the indication of earlier
 * modifications (a translation) that 3(a)(1)(B) asks to keep, and third-party items excluded by name.
 * <p>
 * A licence whose version the source does not state is named without a version ("CC BY-SA, version not
 * stated") and linked to the latest version's deed for reference: the credit says only what is known, and the
 * {@code licence-version-missing} finding asks the user to confirm the version.
 */
public final class AttributionGenerator {

	/** A piece of a credit: text, optionally a link. */
	private record Part(String text, @Nullable String href, boolean licenceLink) {
	}

	/** The credit in {@code language} (English when there is no template in that language). */
	public SuggestedAttribution generate(LicenceAnalysis analysis, String language) {
		String lang = Messages.hasCredit(language) ? language : "en"; //$NON-NLS-1$
		String comma = Messages.credit(lang, "sep.comma"); //$NON-NLS-1$
		String semicolon = Messages.credit(lang, "sep.semicolon"); //$NON-NLS-1$
		List<List<Part>> clauses = new ArrayList<>();
		List<Part> tasl = new ArrayList<>();
		AttributionElements elements = analysis.elements();
		String source = elements.sourceUrl() == null ? null : elements.sourceUrl().text();
		if (!analysis.title().isBlank()) {
			tasl.add(new Part(Messages.credit(lang, "quote.open"), null, false)); //$NON-NLS-1$
			tasl.add(new Part(analysis.title().strip(), source, false));
			tasl.add(new Part(Messages.credit(lang, "quote.close") + " — ", null, false)); //$NON-NLS-1$ //$NON-NLS-2$
		}
		tasl.add(new Part(creators(elements, lang, comma), null, false));
		if (source != null) {
			tasl.add(new Part(comma, null, false));
			tasl.add(new Part(source, source, false));
		}
		DetectedLicence licence = analysis.licence();
		tasl.add(new Part(comma, null, false));
		tasl.addAll(licenceParts(licence, analysis, lang));
		clauses.add(tasl);
		Translation translation = analysis.translation();
		if (translation.detected() && !Languages.displayName(translation.textLanguage(), lang).isEmpty()
				&& !"und".equals(translation.textLanguage())) { //$NON-NLS-1$
			String target = Languages.displayName(translation.textLanguage(), lang);
			String text = translation.sourceLanguage() == null ? Messages.credit(lang, "translation.unknownsource", target) //$NON-NLS-1$
					: Messages.credit(lang, "translation", target, Languages.displayName(translation.sourceLanguage(), lang)); //$NON-NLS-1$
			clauses.add(List.of(new Part(text, null, false)));
		} else if (elements.modificationNotice() != null) {
			clauses.add(List.of(new Part(Messages.credit(lang, "modified"), null, false))); //$NON-NLS-1$
		}
		Set<String> holders = new LinkedHashSet<>();
		for (ThirdPartyItem item : analysis.thirdParty()) {
			if (item.ownLicence() == null) {
				holders.add(item.holder());
			}
		}
		if (!holders.isEmpty()) {
			clauses.add(List.of(new Part(Messages.credit(lang, "excluded", String.join(semicolon, holders)), null, false))); //$NON-NLS-1$
		}
		boolean rtl = TextDirection.firstStrong(Languages.displayName(lang, lang), TextDirection.LTR) == TextDirection.RTL;
		return new SuggestedAttribution(lang, render(clauses, semicolon, Format.TEXT), wrapHtml(render(clauses, semicolon, Format.HTML), lang, rtl),
				render(clauses, semicolon, Format.MARKDOWN));
	}

	private static String creators(AttributionElements elements, String lang, String comma) {
		if (!elements.authors().isEmpty()) {
			String names = String.join(comma, elements.authors().stream().map(Evidence::text).toList());
			return elements.publisher() == null ? names : names + " / " + elements.publisher().text(); //$NON-NLS-1$
		}
		return elements.publisher() == null ? Messages.credit(lang, "author.unknown.nopublisher") //$NON-NLS-1$
				: Messages.credit(lang, "author.unknown", elements.publisher().text()); //$NON-NLS-1$
	}

	private static List<Part> licenceParts(@Nullable DetectedLicence licence, LicenceAnalysis analysis, String lang) {
		if (licence == null) {
			return List.of(new Part(Messages.credit(lang, "licence.none"), null, false)); //$NON-NLS-1$
		}
		LicenceId id = licence.licence();
		if (id.needsPermission()) {
			return List.of(new Part(Messages.credit(lang, "licence.permission", licence.evidence().text()), null, false)); //$NON-NLS-1$
		}
		String link = licence.link() != null ? licence.link() : id.url();
		if (link != null && !link.startsWith("http")) { //$NON-NLS-1$
			link = "https://" + link; //$NON-NLS-1$
		}
		if (link == null) {
			return List.of(new Part(Messages.credit(lang, "licence.nolink", id.shortName()), null, false)); //$NON-NLS-1$
		}
		String key = id.publicDomain() ? "licence.publicdomain" : id.version() == null && !id.family().equals(LicenceId.FAMILY_CC_UNSPECIFIED) //$NON-NLS-1$
				&& licence.link() == null ? "licence.unversioned" : "licence.versioned"; //$NON-NLS-1$ //$NON-NLS-2$
		String[] around = Messages.credit(lang, key, "\u0000", "\u0001").split("[\u0000\u0001]", -1); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		// around = [before name, between name and link, after link]
		// an unstated version is not linked as rel="license": the link would assert a version the source never gave
		boolean unversioned = key.equals("licence.unversioned"); //$NON-NLS-1$
		return List.of(new Part(around[0], null, false), new Part(id.shortName(), unversioned ? null : link, !unversioned), new Part(around[1], null, false),
				new Part(link, link, false), new Part(around[2], null, false));
	}

	private enum Format { TEXT, HTML, MARKDOWN }

	private static String render(List<List<Part>> clauses, String semicolon, Format format) {
		StringBuilder out = new StringBuilder();
		for (int c = 0; c < clauses.size(); c++) {
			if (c > 0) {
				out.append(format == Format.HTML ? escape(semicolon) : semicolon);
			}
			List<Part> parts = clauses.get(c);
			for (Part part : parts) {
				boolean urlShownAsText = part.href() != null && part.href().equals(part.text());
				switch (format) {
				case TEXT -> out.append(part.text());
				case HTML -> {
					if (part.href() == null) {
						out.append(escape(part.text()));
					} else {
						out.append("<a href=\"").append(escape(part.href())).append('"') //$NON-NLS-1$
								.append(part.licenceLink() ? " rel=\"license\"" : "").append('>').append(escape(part.text())).append("</a>"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					}
				}
				case MARKDOWN -> {
					if (part.href() == null) {
						out.append(markdownEscape(part.text()));
					} else if (urlShownAsText) {
						out.append('<').append(part.href()).append('>');
					} else {
						out.append('[').append(markdownEscape(part.text())).append("](").append(part.href().replace(")", "%29")).append(')'); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					}
				}
				default -> throw new IllegalStateException();
				}
			}
		}
		out.append('.');
		return out.toString();
	}

	private static String wrapHtml(String inner, String lang, boolean rtl) {
		return "<p lang=\"" + lang + "\"" + (rtl ? " dir=\"rtl\"" : "") + ">" + inner + "</p>"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
	}

	static String escape(@Nullable String s) {
		return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
	}

	private static final Pattern MARKDOWN_SPECIAL = Pattern.compile("([\\\\`*_\\[\\]<>])"); //$NON-NLS-1$

	private static String markdownEscape(String s) {
		return MARKDOWN_SPECIAL.matcher(s).replaceAll("\\\\$1"); //$NON-NLS-1$
	}
}
