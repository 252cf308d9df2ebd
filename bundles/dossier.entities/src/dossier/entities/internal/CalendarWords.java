// SPDX-License-Identifier: EPL-2.0
package dossier.entities.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The month and weekday names of the seven languages that {@link DateRecognizer} reads dates by (Arabic in its
 * Egyptian/Gulf, Levantine/Iraqi and Maghrebi forms), and the test the name recognisers use to keep them out of
 * names.
 */
final class CalendarWords {

	private CalendarWords() {
	}

	/** Month names by month (January first), in every language and form, as written in lower case. */
	static final String[][] MONTHS = {
			{ "يناير", "كانون الثاني", "جانفي", "january", "jan", "janv", "gen", "ene", "gennaio", "janvier", "enero", "januar", "jänner", "janeiro" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
			{ "فبراير", "شباط", "فيفري", "february", "feb", "févr", "fevr", "fév", "fev", "febbraio", "février", "febrero", "februar", "fevereiro" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
			{ "مارس", "آذار", "march", "mar", "marzo", "mars", "märz", "março" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			{ "أبريل", "إبريل", "نيسان", "أفريل", "april", "apr", "avr", "abr", "aprile", "avril", "abril" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			{ "مايو", "أيار", "ماي", "may", "maggio", "mai", "mayo", "maio" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			{ "يونيو", "يونيه", "حزيران", "جوان", "june", "jun", "giu", "giugno", "juin", "junio", "juni", "junho" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
			{ "يوليو", "يوليه", "تموز", "جويلية", "يوليوز", "july", "jul", "juil", "lug", "luglio", "juillet", "julio", "juli", "julho" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$
			{ "أغسطس", "آب", "أوت", "غشت", "august", "aug", "ago", "agosto", "août", "agosto" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			{ "سبتمبر", "أيلول", "شتنبر", "september", "sep", "sept", "set", "settembre", "septembre", "septiembre", "setiembre", "setembro" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
			{ "أكتوبر", "تشرين الأول", "october", "oct", "okt", "ottobre", "octobre", "octubre", "oktober", "outubro" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			{ "نوفمبر", "تشرين الثاني", "نونبر", "november", "nov", "novembre", "noviembre", "novembro" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			{ "ديسمبر", "كانون الأول", "دجنبر", "december", "dec", "déc", "dic", "dez", "dicembre", "décembre", "diciembre", "dezember", "dezembro" } }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$

	/** Month names too common as ordinary words to stand alone (without a day or a year). */
	static final Set<String> AMBIGUOUS_ALONE = Stream.of("may", "mar", "mars", "mai", "jan", "sep", "آب", "ماي", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			"august", "jun", "jul", "aug", "oct", "nov", "dec", "feb", "apr", "sept",
			// abbreviations of it, fr, es, pt, de: a date only with a day or a year ("3 ago 2025", "5 févr.", "4. Dez.")
			"janv", "gen", "ene", "févr", "fevr", "fév", "fev", "avr", "abr", "giu", "juil", "lug", "ago", "set", "okt", "déc", "dic",
			"dez").collect(Collectors.toUnmodifiableSet()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$

	static final String WEEKDAYS = "(?:(?:يوم )?(?:ال)?(?:اثنين|ثلاثاء|اربعاء|خميس|جمعه|سبت|احد)" //$NON-NLS-1$
			+ "|monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunedi|martedi|mercoledi|giovedi|venerdi|sabato" //$NON-NLS-1$
			+ "|domenica|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miercoles|jueves|viernes" //$NON-NLS-1$
			+ "|sabado|domingo|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag" //$NON-NLS-1$
			+ "|segunda feira|terca feira|quarta feira|quinta feira|sexta feira)(?:, ?| )(?:(?:le|el|il|den|o) )?"; //$NON-NLS-1$

	static final List<String> WEEKDAY_NAMES = List.of("اثنين", "ثلاثاء", "أربعاء", "خميس", "جمعة", "سبت", "أحد", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "lunedì", "martedì", "mercoledì", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
			"giovedì", "venerdì", "sabato", "domenica", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
			"lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "montag", "dienstag", "mittwoch", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
			"donnerstag", "freitag", "samstag", "sonntag", "segunda feira", "terça feira", "quarta feira", "quinta feira", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			"sexta feira"); //$NON-NLS-1$

	/** Month and weekday names of the seven languages, in lower case as written. */
	static final Set<String> CALENDAR_WORDS = calendarWords();

	private static Set<String> calendarWords() {
		Set<String> words = new HashSet<>();
		for (String[] month : MONTHS) {
			for (String name : month) {
				words.add(name.toLowerCase(Locale.ROOT));
			}
		}
		WEEKDAY_NAMES.forEach(name -> words.add(name.toLowerCase(Locale.ROOT)));
		words.addAll(List.of("lunedi", "martedi", "mercoledi", "giovedi", "venerdi", "miercoles", "sabado")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
		return Set.copyOf(words);
	}

	/**
	 * True for a month or weekday name as written, in lower case: never the start of a name. Compared unfolded, so
	 * that the given name Marco is not the Portuguese month março.
	 */
	static boolean isCalendarWord(String lowerCase) {
		return CALENDAR_WORDS.contains(lowerCase);
	}
}
