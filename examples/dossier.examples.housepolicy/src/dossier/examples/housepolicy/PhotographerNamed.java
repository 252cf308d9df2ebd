// SPDX-License-Identifier: EPL-2.0
package dossier.examples.housepolicy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import dossier.licence.LicenceAnalysis;
import dossier.licence.LicenceRule;
import dossier.licence.Policy;
import dossier.licence.ThirdPartyItem;
import dossier.licence.Violation;

/**
 * House rule {@code house-photographer-named}: every photo credit names the photographer, not only the agency.
 * "© GAVRIIL GRIGOROV / POOL / AFP" and "Foto: Mario Rossi/ANSA" pass; "Photo: Reuters", "(أرشيفية - رويترز)" and
 * "AFP via Getty Images" do not. A credit is split at "/", ",", " - ", "via", "عبر", "per"; it passes when one part
 * is not an agency, pool or archive word. Stateless.
 */
public final class PhotographerNamed implements LicenceRule {

	/** Agencies, picture libraries and words that stand for no person. */
	private static final Pattern NOT_A_PERSON = Pattern.compile("(?:afp|reuters|ap|associated press|epa|epa-efe|efe|ansa|" //$NON-NLS-1$
			+ "lapresse|dpa|xinhua|sputnik|anadolu|anadolu agency|getty|getty images|shutterstock|istock|alamy|imago|" //$NON-NLS-1$
			+ "pool|handout|archive|archivio|archivo|archiv|file|file photo|wikimedia commons|flickr|unsplash|" //$NON-NLS-1$
			+ "رويترز|فرانس برس|أ ف ب|ا ف ب|الأناضول|أرشيفية|ارشيفية|أرشيف|وكالات|مواقع التواصل)" //$NON-NLS-1$
			+ "(?: images| photos?| agency)?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE); //$NON-NLS-1$
	private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:/|,|;|\\s[-–—]\\s|\\s(?:via|per|عبر)\\s)\\s*"); //$NON-NLS-1$
	private static final Pattern LABEL = Pattern.compile("^(?:©|\\(c\\)|photo|foto|image|credit|crédit|صورة|تصوير|الصورة)?\\s*[:：]?\\s*", //$NON-NLS-1$
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	@Override
	public List<Violation> check(LicenceAnalysis analysis, Policy policy) {
		List<Violation> violations = new ArrayList<>();
		for (ThirdPartyItem item : analysis.thirdParty()) {
			if (!namesAPerson(item.holder())) {
				violations.add(new Violation(Messages.format("photographer.missing", item.credit().text().strip()), //$NON-NLS-1$
						NoNonCommercialMaterial.spans(item.credit()), Messages.format("photographer.fix"))); //$NON-NLS-1$
			}
		}
		return violations;
	}

	/** Whether a credit's holder text names someone other than an agency, pool or archive. */
	public static boolean namesAPerson(String holder) {
		String text = LABEL.matcher(holder.strip()).replaceFirst("").replaceAll("[()\\[\\].]", " "); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		for (String part : SEPARATORS.split(" " + text + " ")) { //$NON-NLS-1$ //$NON-NLS-2$
			String name = part.strip().replaceAll("\\s+", " ").replaceAll("^\\d{4}\\s*", "").toLowerCase(Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			if (!name.isEmpty() && !NOT_A_PERSON.matcher(name).matches()) {
				return true;
			}
		}
		return false;
	}
}
