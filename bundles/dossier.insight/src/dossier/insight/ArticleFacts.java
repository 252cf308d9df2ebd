// SPDX-License-Identifier: EPL-2.0
package dossier.insight;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.Nullable;

/**
 * What the insight engine knows of one article.
 *
 * @param id the article's id
 * @param published the day it was published, or null when unknown or only partly known (a month, a year)
 * @param language its language code ({@code und} when undetermined)
 * @param publisher its publisher (blank when unknown)
 * @param licence its licence label (as the Explorer's licence facet shows it: {@code CC-BY-SA}, {@code none})
 * @param licenceCheck the licence check's verdict ({@code CLEAN}, {@code WARNINGS}, {@code ERRORS},
 *        {@code NOT_CHECKED})
 * @param findings its licence findings
 * @param entities the distinct entities it mentions (dates included), each once
 * @param dates the days its DATE mentions name, each once
 * @param imported the day (UTC) it was imported, or null when its corpus did not record it
 * @param importer the importer that read it ({@code dossier.importers} id; {@link #UNKNOWN} when not recorded)
 */
public record ArticleFacts(String id, @Nullable LocalDate published, String language, String publisher, String licence,
		String licenceCheck, List<FindingFact> findings, List<EntityRef> entities, List<LocalDate> dates,
		@Nullable LocalDate imported, String importer) {

	/** Facts without their import (an article whose corpus did not record it, a generated one). */
	public ArticleFacts(String id, @Nullable LocalDate published, String language, String publisher, String licence,
			String licenceCheck, List<FindingFact> findings, List<EntityRef> entities, List<LocalDate> dates) {
		this(id, published, language, publisher, licence, licenceCheck, findings, entities, dates, null, UNKNOWN);
	}

	/** The value shown for a missing publisher, language or licence. */
	public static final String UNKNOWN = "unknown"; //$NON-NLS-1$

	private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})"); //$NON-NLS-1$

	public ArticleFacts {
		Objects.requireNonNull(id, "id"); //$NON-NLS-1$
		language = orUnknown(language);
		publisher = orUnknown(publisher);
		licence = orUnknown(licence);
		licenceCheck = orUnknown(licenceCheck);
		findings = List.copyOf(findings);
		entities = distinct(entities);
		dates = List.copyOf(new LinkedHashSet<>(dates));
		importer = orUnknown(importer);
	}

	/** These facts with {@code entities} instead (relabelled, say). */
	public ArticleFacts withEntities(List<EntityRef> entities) {
		return new ArticleFacts(id, published, language, publisher, licence, licenceCheck, findings, entities, dates,
				imported, importer);
	}

	/** These facts with another licence check: its verdict ({@code licenceCheck}) and its findings. */
	public ArticleFacts withLicenceCheck(String licenceCheck, List<FindingFact> findings) {
		return new ArticleFacts(id, published, language, publisher, licence, licenceCheck, findings, entities, dates,
				imported, importer);
	}

	private static List<EntityRef> distinct(List<EntityRef> entities) {
		Map<String, EntityRef> byId = new LinkedHashMap<>();
		for (EntityRef entity : entities) {
			byId.putIfAbsent(entity.id(), entity);
		}
		return List.copyOf(byId.values());
	}

	private static String orUnknown(@Nullable String value) {
		return value == null || value.isBlank() ? UNKNOWN : value.strip();
	}

	/**
	 * The day an ISO 8601 value names ({@code 2024-06-17}, {@code 2024-06-17T08:00:00Z}); null for a partial date
	 * ({@code 2024-06}), anything else, or null.
	 */
	public static @Nullable LocalDate day(@Nullable String iso) {
		if (iso == null) {
			return null;
		}
		Matcher matcher = DAY.matcher(iso.strip());
		if (!matcher.lookingAt()) {
			return null;
		}
		try {
			return LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
					Integer.parseInt(matcher.group(3)));
		} catch (DateTimeException e) {
			return null;
		}
	}
}
