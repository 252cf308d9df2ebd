// SPDX-License-Identifier: EPL-2.0
package dossier.examples.vessels;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dossier.entities.Entity;
import dossier.entities.Mention;
import dossier.entities.RecognitionContext;
import dossier.entities.Recognizer;

/**
 * Finds ships, entity type {@value #TYPE}, three ways, to show each part of the {@link Recognizer} contract:
 * <ul>
 * <li>{@link #lexicon(Set)}: a few well-known ships whose names the engine's gazetteer then matches everywhere,
 * in any script, with its normalisation (so "إيفر غيفن" is found with or without diacritics);</li>
 * <li>{@link #recognize(RecognitionContext)}: IMO numbers ("IMO 9811000", "IMO No. 9074729", "رقم IMO ٩٨١١٠٠٠"),
 * kept only when the check digit is right;</li>
 * <li>and names after a vessel prefix: "MV Ever Given", "M/T Front Altair", "la nave Diciotti", "le navire
 * «Ocean Viking»", "السفينة «روبيمار»" (in Arabic, where there are no capitals, only a quoted
 * name is taken).</li>
 * </ul>
 * A ship found by its IMO number and by its name is the same entity when the lexicon knows both. Stateless and
 * thread-safe.
 */
public final class VesselRecognizer implements Recognizer {

	/** The entity type this bundle contributes (see plugin.xml). */
	public static final String TYPE = "VESSEL"; //$NON-NLS-1$
	/** The recogniser id, recorded on every mention. */
	public static final String ID = "dossier.examples.vessels"; //$NON-NLS-1$

	private static final Pattern IMO = Pattern.compile(
			"(?<![\\p{L}\\p{N}])(?:IMO|رقم IMO|رقم المنظمة البحرية الدولية)(?:\\s*(?:No\\.?|Nr\\.?|N\\.|n°|number|numero|número|:|#))?\\s*(?<digits>\\p{Nd}{7})(?!\\p{N})", //$NON-NLS-1$
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** Prefixes written before a ship's name, Latin script: the name follows in capitals or in quotes. */
	private static final String LATIN_PREFIX = "(?<![\\p{L}])(?:M/?V|M/?T|SS|FV|RV|HMS|USS|INS|RFS" //$NON-NLS-1$
			+ "|(?i:la nave|la motonave|la petroliera|il mercantile|il peschereccio|il cargo|la portacontainer" //$NON-NLS-1$
			+ "|le navire|le cargo|le pétrolier|le porte-conteneurs|el buque|el petrolero|el carguero" //$NON-NLS-1$
			+ "|the ship|the vessel|the tanker|the freighter|the cargo ship|das Schiff|der Tanker|o navio))"; //$NON-NLS-1$
	private static final String CAPITALISED = "(?:\\p{Lu}[\\p{L}'’.-]*|\\p{N}+)"; //$NON-NLS-1$
	private static final String QUOTED = "[\"“«„‘'](?<quoted>[^\"”»“’'\\n]{2,40})[\"”»“’']"; //$NON-NLS-1$
	private static final Pattern LATIN_NAME = Pattern.compile(LATIN_PREFIX + "\\s+(?:" + QUOTED + "|(?<name>" //$NON-NLS-1$ //$NON-NLS-2$
			+ CAPITALISED + "(?:\\s(?:(?:of|de|di|del|la|le)\\s)?" + CAPITALISED + "){0,3}))"); //$NON-NLS-1$ //$NON-NLS-2$
	/** Arabic prefixes (ship, tanker, freighter, vessel, with and without the article); the name must be quoted. */
	private static final Pattern ARABIC_NAME = Pattern.compile("(?<![\\p{L}])(?:ال)?(?:سفينة|ناقلة|باخرة|سفينه|ناقله)" //$NON-NLS-1$
			+ "(?:\\s+(?:الشحن|النفط|الحاويات))?\\s+" + QUOTED); //$NON-NLS-1$

	/**
	 * The lexicon: ships known by name and number, IMO number as id, so a name and a number link to one entity. A
	 * real deployment would load a register here; one ship shows the mechanism.
	 */
	private static final List<Entity> KNOWN_SHIPS = List.of(
			ship("9811000", "Ever Given", Map.of("ar", List.of("إيفر غيفن", "إيفر جيفن")))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String name() {
		return ResourceBundle.getBundle("dossier.examples.vessels.messages", Locale.getDefault(), //$NON-NLS-1$
				VesselRecognizer.class.getClassLoader()).getString("recognizer.name"); //$NON-NLS-1$
	}

	@Override
	public Set<String> languages() {
		return Set.of(); // every language
	}

	@Override
	public int priority() {
		return 85;
	}

	@Override
	public Collection<Entity> lexicon(Set<String> matchLanguages) {
		return KNOWN_SHIPS;
	}

	@Override
	public List<Suggestion> recognize(RecognitionContext context) {
		String text = context.article().text();
		String articleId = context.article().id();
		List<Suggestion> found = new ArrayList<>();
		Matcher imo = IMO.matcher(text);
		while (imo.find()) {
			String digits = ImoNumber.toAscii(imo.group("digits")); //$NON-NLS-1$
			if (ImoNumber.isValid(digits)) {
				Entity ship = byImo(digits);
				found.add(new Suggestion(mention(articleId, text, imo.start(), imo.end(), ship.id(), 0.95), ship));
			}
		}
		for (Pattern pattern : List.of(LATIN_NAME, ARABIC_NAME)) {
			Matcher named = pattern.matcher(text);
			while (named.find()) {
				String group = named.group("quoted") != null ? "quoted" : "name"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				int start = named.start(group);
				int end = named.end(group);
				String name = text.substring(start, end).strip();
				end = start + name.length();
				if (name.length() < 2 || context.taken(start, end)) {
					continue; // the gazetteer already linked it (a known ship)
				}
				Entity ship = byName(name, context.language());
				found.add(new Suggestion(mention(articleId, text, start, end, ship.id(), 0.75), ship));
			}
		}
		return found;
	}

	private static Mention mention(String articleId, String text, int start, int end, String entityId, double confidence) {
		return new Mention(articleId, start, end, text.substring(start, end), entityId, TYPE, ID, confidence, null);
	}

	/** The ship with this IMO number: a known one, or a new entity named by its number. */
	private static Entity byImo(String digits) {
		for (Entity ship : KNOWN_SHIPS) {
			if (ship.id().equals(imoId(digits))) {
				return ship;
			}
		}
		return new Entity(imoId(digits), TYPE, Map.of("en", "IMO " + digits), Map.of(), null, ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** A ship known only by the name an article gives it. */
	private static Entity byName(String name, String language) {
		String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		String labelLanguage = language == null || language.equals("und") ? "en" : language.split("[-_]")[0]; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return new Entity("vessel:" + slug, TYPE, Map.of(labelLanguage, name), Map.of(), null, ""); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String imoId(String digits) {
		return "vessel:imo-" + digits; //$NON-NLS-1$
	}

	private static Entity ship(String imo, String name, Map<String, List<String>> aliases) {
		Map<String, List<String>> all = new HashMap<>(aliases);
		all.put(Entity.ANY_LANGUAGE, List.of(name, "IMO " + imo)); //$NON-NLS-1$
		return new Entity(imoId(imo), TYPE, Map.of("en", name), all, null, ""); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
