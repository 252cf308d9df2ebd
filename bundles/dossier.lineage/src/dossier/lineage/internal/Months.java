// SPDX-License-Identifier: EPL-2.0
package dossier.lineage.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * Month names of the languages Dossier reads (folded: lower case, no accents or hamza), so that "26 octobre
 * 2004", "October 26, 2004" and "26 أكتوبر 2004" give the same date. Only names, no grammar: a date is taken only
 * where a month name stands beside a day or a year.
 */
final class Months {

	private static final Map<String, Integer> MONTHS = new HashMap<>();

	static {
		String[][] names = {
				{ "january", "jan", "janvier", "gennaio", "enero", "janeiro", "januar", "janner", "يناير" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
				{ "february", "feb", "fevrier", "febbraio", "febrero", "fevereiro", "februar", "فبراير", "شباط" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
				{ "march", "mar", "mars", "marzo", "marco", "marz", "مارس", "اذار" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
				{ "april", "apr", "avril", "aprile", "abril", "ابريل", "نيسان" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
				{ "may", "mai", "maggio", "mayo", "maio", "مايو", "ايار" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
				{ "june", "jun", "juin", "giugno", "junio", "junho", "juni", "يونيو", "يونيه", "حزيران" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
				{ "july", "jul", "juillet", "luglio", "julio", "julho", "juli", "يوليو", "يوليه", "تموز" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
				{ "august", "aug", "aout", "agosto", "اغسطس", "اب" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
				{ "september", "sep", "sept", "septembre", "settembre", "septiembre", "setiembre", "setembro", "سبتمبر", "ايلول" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
				{ "october", "oct", "octobre", "ottobre", "octubre", "outubro", "oktober", "اكتوبر" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
				{ "november", "nov", "novembre", "noviembre", "novembro", "نوفمبر" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
				{ "december", "dec", "decembre", "dicembre", "diciembre", "dezembro", "dezember", "ديسمبر" } }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
		for (int month = 0; month < names.length; month++) {
			for (String name : names[month]) {
				MONTHS.put(TextFolding.fold(name), month + 1);
			}
		}
	}

	private Months() {
	}

	/** The month (1–12) named by the folded {@code word}, or 0. */
	static int of(String foldedWord) {
		return MONTHS.getOrDefault(foldedWord, 0);
	}
}
