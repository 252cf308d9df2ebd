// SPDX-License-Identifier: EPL-2.0
package dossier.licence;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.Nullable;

/**
 * A licence as the checker identifies it: a family (CC BY-SA, CC0, GFDL, all rights reserved...), a version
 * when the source states one, and a Creative Commons jurisdiction port ("UK", "JP", "IGO") when stated.
 *
 * @param family one of the {@code FAMILY_*} constants or a {@code CC-BY...} family such as {@code CC-BY-NC-SA}
 * @param version "4.0", "3.0", "1.3" (GFDL)... or null when the source names no version
 * @param port the upper-case port code ("UK", "JP", "IGO", "IT"), or null for the unported / international licence
 */
public record LicenceId(String family, @Nullable String version, @Nullable String port) {

	public static final String FAMILY_CC0 = "CC0"; //$NON-NLS-1$
	public static final String FAMILY_PDM = "PDM"; //$NON-NLS-1$
	public static final String FAMILY_GFDL = "GFDL"; //$NON-NLS-1$
	/** "Creative Commons" named without its elements ("sous licence Creative Commons"). */
	public static final String FAMILY_CC_UNSPECIFIED = "CC"; //$NON-NLS-1$
	public static final String FAMILY_ALL_RIGHTS_RESERVED = "ALL-RIGHTS-RESERVED"; //$NON-NLS-1$
	public static final String FAMILY_WITH_PERMISSION = "WITH-PERMISSION"; //$NON-NLS-1$
	public static final String FAMILY_GPL = "GPL"; //$NON-NLS-1$
	/** The UK Open Government Licence (OGL-UK-3.0): attribution only, compatible with CC BY 4.0. */
	public static final String FAMILY_OGL = "OGL-UK"; //$NON-NLS-1$
	/** The French Licence Ouverte / Open Licence (etalab-2.0): attribution only, compatible with CC BY and the OGL. */
	public static final String FAMILY_ETALAB = "ETALAB"; //$NON-NLS-1$
	/** A statement that the text is in the public domain (a government's own work, an expired copyright). */
	public static final String FAMILY_PUBLIC_DOMAIN = "PUBLIC-DOMAIN"; //$NON-NLS-1$

	public LicenceId {
		Objects.requireNonNull(family, "family"); //$NON-NLS-1$
	}

	/** A Creative Commons licence from its elements ("by-sa", "BY NC ND"), or null if they make no licence. */
	public static @Nullable LicenceId creativeCommons(String elements, @Nullable String version, @Nullable String port) {
		String upper = elements.toUpperCase(Locale.ROOT);
		boolean nc = upper.contains("NC"), sa = upper.contains("SA"), nd = upper.contains("ND"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		if (sa && nd) {
			return null;
		}
		String family = "CC-BY" + (nc ? "-NC" : "") + (sa ? "-SA" : "") + (nd ? "-ND" : ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
		return new LicenceId(family, version, port == null ? null : port.toUpperCase(Locale.ROOT));
	}

	/**
	 * The SPDX identifier ({@code CC-BY-SA-4.0}, {@code CC-BY-SA-2.0-UK}, {@code CC0-1.0}), or the versionless
	 * form ({@code CC-BY-SA}) when no version was stated; {@code LicenseRef-...} for what SPDX does not list.
	 */
	public String id() {
		switch (family) {
		case FAMILY_CC0:
			return "CC0-1.0"; //$NON-NLS-1$
		case FAMILY_PDM:
			return "LicenseRef-public-domain-mark"; //$NON-NLS-1$
		case FAMILY_ALL_RIGHTS_RESERVED:
			return "LicenseRef-all-rights-reserved"; //$NON-NLS-1$
		case FAMILY_WITH_PERMISSION:
			return "LicenseRef-used-with-permission"; //$NON-NLS-1$
		case FAMILY_CC_UNSPECIFIED:
			return "LicenseRef-creative-commons-unspecified"; //$NON-NLS-1$
		case FAMILY_PUBLIC_DOMAIN:
			return "LicenseRef-public-domain"; //$NON-NLS-1$
		case FAMILY_OGL:
			return version == null ? "LicenseRef-OGL-UK" : "OGL-UK-" + version; //$NON-NLS-1$ //$NON-NLS-2$
		case FAMILY_ETALAB:
			return "2.0".equals(version) ? "etalab-2.0" : version == null ? "LicenseRef-etalab" : "LicenseRef-etalab-" + version; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		case FAMILY_GFDL:
		case FAMILY_GPL:
			return version == null ? family : family + "-" + version + "-or-later"; //$NON-NLS-1$ //$NON-NLS-2$
		default:
			return family + (version == null ? "" : "-" + version) + (port == null ? "" : "-" + port); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		}
	}

	/** Parses an id as {@link #id()} writes it, or an SPDX id ({@code CC-BY-SA-4.0}, {@code GPL-3.0-only}); null if unknown. */
	public static @Nullable LicenceId parse(String id) {
		if (id == null) {
			return null;
		}
		String s = id.trim();
		String upper = s.toUpperCase(Locale.ROOT);
		switch (upper) {
		case "CC0-1.0", "CC0": //$NON-NLS-1$ //$NON-NLS-2$
			return new LicenceId(FAMILY_CC0, "1.0", null); //$NON-NLS-1$
		case "LICENSEREF-PUBLIC-DOMAIN-MARK", "PDM": //$NON-NLS-1$ //$NON-NLS-2$
			return new LicenceId(FAMILY_PDM, "1.0", null); //$NON-NLS-1$
		case "LICENSEREF-ALL-RIGHTS-RESERVED": //$NON-NLS-1$
			return new LicenceId(FAMILY_ALL_RIGHTS_RESERVED, null, null);
		case "LICENSEREF-USED-WITH-PERMISSION": //$NON-NLS-1$
			return new LicenceId(FAMILY_WITH_PERMISSION, null, null);
		case "LICENSEREF-CREATIVE-COMMONS-UNSPECIFIED": //$NON-NLS-1$
			return new LicenceId(FAMILY_CC_UNSPECIFIED, null, null);
		case "LICENSEREF-PUBLIC-DOMAIN": //$NON-NLS-1$
			return new LicenceId(FAMILY_PUBLIC_DOMAIN, null, null);
		case "LICENSEREF-OGL-UK": //$NON-NLS-1$
			return new LicenceId(FAMILY_OGL, null, null);
		case "ETALAB-2.0": //$NON-NLS-1$
			return new LicenceId(FAMILY_ETALAB, "2.0", null); //$NON-NLS-1$
		case "LICENSEREF-ETALAB": //$NON-NLS-1$
			return new LicenceId(FAMILY_ETALAB, null, null);
		case "LICENSEREF-ETALAB-1.0": //$NON-NLS-1$
			return new LicenceId(FAMILY_ETALAB, "1.0", null); //$NON-NLS-1$
		default:
			break;
		}
		Matcher ogl = Pattern.compile("OGL-UK-(\\d\\.\\d)").matcher(upper); //$NON-NLS-1$
		if (ogl.matches()) {
			return new LicenceId(FAMILY_OGL, ogl.group(1), null);
		}
		Matcher gnu = Pattern
				.compile("(GPL|GFDL)(?:-(\\d\\.\\d)(?:-ONLY|-OR-LATER|\\+)?)?").matcher(upper); //$NON-NLS-1$
		if (gnu.matches()) {
			return new LicenceId(gnu.group(1), gnu.group(2), null);
		}
		Matcher cc = Pattern
				.compile("CC[- ]?(BY(?:-(?:NC|SA|ND)){0,2})(?:-(\\d\\.\\d)(?:-([A-Z]{2,3}))?)?").matcher(upper); //$NON-NLS-1$
		if (cc.matches()) {
			return creativeCommons(cc.group(1), cc.group(2), cc.group(3));
		}
		return null;
	}

	public boolean isCreativeCommons() {
		return family.startsWith("CC-BY"); //$NON-NLS-1$
	}

	public boolean shareAlike() {
		return family.endsWith("-SA"); //$NON-NLS-1$
	}

	public boolean nonCommercial() {
		return family.contains("-NC"); //$NON-NLS-1$
	}

	public boolean noDerivatives() {
		return family.endsWith("-ND"); //$NON-NLS-1$
	}

	/** True for CC0, the Public Domain Mark and other public-domain statements: nothing is required. */
	public boolean publicDomain() {
		return family.equals(FAMILY_CC0) || family.equals(FAMILY_PDM) || family.equals(FAMILY_PUBLIC_DOMAIN);
	}

	/**
	 * True for an open licence other than Creative Commons that asks for attribution only (the Open Government
	 * Licence, the Licence Ouverte): reuse and adaptation are allowed with credit, like CC BY.
	 */
	public boolean attributionOnly() {
		return family.equals(FAMILY_OGL) || family.equals(FAMILY_ETALAB) || family.equals("CC-BY"); //$NON-NLS-1$
	}

	/** True for a licence that grants reuse to everyone (CC, CC0, public domain, GFDL, OGL, Licence Ouverte...). */
	public boolean open() {
		return isCreativeCommons() || publicDomain() || attributionOnly() || family.equals(FAMILY_GFDL) || family.equals(FAMILY_GPL);
	}

	/** True when reuse needs the holder's own permission (all rights reserved, used with permission). */
	public boolean needsPermission() {
		return family.equals(FAMILY_ALL_RIGHTS_RESERVED) || family.equals(FAMILY_WITH_PERMISSION);
	}

	/** The family without version, e.g. {@code CC-BY-SA}. */
	public LicenceId withoutVersion() {
		return new LicenceId(family, null, null);
	}

	/** The short name a credit uses: "CC BY-SA 4.0", "CC BY 2.0 UK", "CC0 1.0". */
	public String shortName() {
		if (isCreativeCommons()) {
			return "CC " + family.substring(3) + (version == null ? "" : " " + version) + (port == null ? "" : " " + port); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		}
		switch (family) {
		case FAMILY_CC0:
			return "CC0 1.0"; //$NON-NLS-1$
		case FAMILY_PDM:
			return "Public Domain Mark 1.0"; //$NON-NLS-1$
		case FAMILY_ALL_RIGHTS_RESERVED:
			return "All rights reserved"; //$NON-NLS-1$
		case FAMILY_WITH_PERMISSION:
			return "Used with permission"; //$NON-NLS-1$
		case FAMILY_CC_UNSPECIFIED:
			return "Creative Commons"; //$NON-NLS-1$
		case FAMILY_PUBLIC_DOMAIN:
			return "Public domain"; //$NON-NLS-1$
		case FAMILY_OGL:
			return "Open Government Licence" + (version == null ? "" : " v" + version); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		case FAMILY_ETALAB:
			return "Licence Ouverte" + (version == null ? "" : " " + version); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		default:
			return version == null ? family : family + " " + version; //$NON-NLS-1$
		}
	}

	/**
	 * The licence's URL: the legal code's deed for a CC licence (for a versionless CC licence, the latest
	 * version's, 4.0), or null when there is none.
	 */
	public @Nullable String url() {
		if (isCreativeCommons()) {
			String elements = family.substring(3).toLowerCase(Locale.ROOT);
			return "https://creativecommons.org/licenses/" + elements + "/" + (version == null ? "4.0" : version) + "/" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					+ (port == null ? "" : port.toLowerCase(Locale.ROOT) + "/"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		switch (family) {
		case FAMILY_CC0:
			return "https://creativecommons.org/publicdomain/zero/1.0/"; //$NON-NLS-1$
		case FAMILY_PDM:
			return "https://creativecommons.org/publicdomain/mark/1.0/"; //$NON-NLS-1$
		case FAMILY_GFDL:
			return "https://www.gnu.org/licenses/fdl-" + (version == null ? "1.3" : version) + ".html"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		case FAMILY_GPL:
			return "https://www.gnu.org/licenses/gpl-" + (version == null ? "3.0" : version) + ".html"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		case FAMILY_OGL:
			return "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/" + (version == null ? "3" : version.substring(0, 1)) + "/"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		case FAMILY_ETALAB:
			return "https://www.etalab.gouv.fr/licence-ouverte-open-licence/"; //$NON-NLS-1$
		default:
			return null;
		}
	}

	/** The version as a number for comparison (4.0 -> 40), 0 when unknown. */
	public int versionRank() {
		if (version == null) {
			return 0;
		}
		try {
			return Math.round(Float.parseFloat(Objects.requireNonNull(version)) * 10);
		} catch (NumberFormatException e) {
			return 0;
		}
	}

	@Override
	public String toString() {
		return id();
	}
}
