// SPDX-License-Identifier: EPL-2.0
package dossier.index;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dossier.core.model.Article;
import dossier.core.model.LicenceStatement;

/**
 * A rough label for an article's licence statements, good enough for a facet: {@code CC-BY-SA},
 * {@code CC-BY-NC-ND}, {@code CC0}, {@code Public domain}, {@code All rights reserved}, {@value #OTHER} for a
 * statement it cannot read, {@value #NONE} when there is none. The licence checker decides what an article
 * may really be reused under; it can give the index its own labels through {@link IndexSource#licenceOf}.
 */
public final class LicenceLabels {

	/** The label of an article without licence statements. */
	public static final String NONE = "none"; //$NON-NLS-1$

	/** The label of statements this rough reading does not recognise. */
	public static final String OTHER = "other"; //$NON-NLS-1$

	private static final Pattern CC_URL = Pattern
			.compile("creativecommons\\.org/licen[cs]es/((?:by|nc|nd|sa)(?:-(?:by|nc|nd|sa))*)", Pattern.CASE_INSENSITIVE); //$NON-NLS-1$
	private static final Pattern CC_ZERO = Pattern
			.compile("creativecommons\\.org/publicdomain/zero|\\bcc[ -]?0\\b|\\bcc[ -]?zero\\b", Pattern.CASE_INSENSITIVE); //$NON-NLS-1$
	private static final Pattern PUBLIC_DOMAIN = Pattern
			.compile("creativecommons\\.org/publicdomain/mark|public domain|pubblico dominio|domaine public|dominio público|domínio público", //$NON-NLS-1$
					Pattern.CASE_INSENSITIVE);
	/** "CC BY-SA 4.0", "CC-BY-NC-ND", "Creative Commons Attribution-ShareAlike" and the like. */
	private static final Pattern CC_CODE = Pattern.compile(
			"\\b(?:cc|creative\\s+commons)[\\s:-]*((?:by|nc|nd|sa)(?:[\\s-]+(?:by|nc|nd|sa)\\b)*)", //$NON-NLS-1$
			Pattern.CASE_INSENSITIVE);
	private static final Pattern CC_WORDS = Pattern.compile("creative\\s+commons\\s+(attribution[\\w\\s-]*)", //$NON-NLS-1$
			Pattern.CASE_INSENSITIVE);
	private static final Pattern RESERVED = Pattern.compile(
			"all rights reserved|tutti i diritti riservati|tous droits réservés|todos los derechos reservados|alle rechte vorbehalten|جميع الحقوق محفوظة|©", //$NON-NLS-1$
			Pattern.CASE_INSENSITIVE);

	private LicenceLabels() {
	}

	/** The rough label of the article's first recognisable licence statement. */
	public static String rough(Article article) {
		if (article.licences().isEmpty()) {
			return NONE;
		}
		for (LicenceStatement statement : article.licences()) {
			String label = rough(statement.url() == null ? statement.text() : statement.url() + ' ' + statement.text());
			if (!OTHER.equals(label)) {
				return label;
			}
		}
		return OTHER;
	}

	/** The rough label of one statement's text (and URL). */
	public static String rough(String statement) {
		if (statement == null || statement.isBlank()) {
			return NONE;
		}
		Matcher matcher = CC_URL.matcher(statement);
		if (matcher.find()) {
			return "CC-" + matcher.group(1).toUpperCase(Locale.ROOT); //$NON-NLS-1$
		}
		if (CC_ZERO.matcher(statement).find()) {
			return "CC0"; //$NON-NLS-1$
		}
		if (PUBLIC_DOMAIN.matcher(statement).find()) {
			return "Public domain"; //$NON-NLS-1$
		}
		matcher = CC_CODE.matcher(statement);
		if (matcher.find()) {
			return "CC-" + matcher.group(1).toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "-"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		matcher = CC_WORDS.matcher(statement);
		if (matcher.find()) {
			String words = matcher.group(1).toLowerCase(Locale.ROOT);
			StringBuilder label = new StringBuilder("CC-BY"); //$NON-NLS-1$
			if (words.contains("noncommercial") || words.contains("non-commercial")) { //$NON-NLS-1$ //$NON-NLS-2$
				label.append("-NC"); //$NON-NLS-1$
			}
			if (words.contains("noderiv")) { //$NON-NLS-1$
				label.append("-ND"); //$NON-NLS-1$
			} else if (words.contains("sharealike") || words.contains("share-alike") || words.contains("share alike")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				label.append("-SA"); //$NON-NLS-1$
			}
			return label.toString();
		}
		if (RESERVED.matcher(statement).find()) {
			return "All rights reserved"; //$NON-NLS-1$
		}
		return OTHER;
	}
}
