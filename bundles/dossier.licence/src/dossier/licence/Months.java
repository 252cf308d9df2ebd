// SPDX-License-Identifier: EPL-2.0
package dossier.licence;

/** Month and weekday names in the checker's languages, as one regular-expression alternation. */
final class Months {

	static final String ALTERNATION = String.join("|", //$NON-NLS-1$
			"january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec", //$NON-NLS-1$
			"janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre", //$NON-NLS-1$
			"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre", //$NON-NLS-1$
			"gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre", //$NON-NLS-1$
			"januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember", //$NON-NLS-1$
			"janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro", //$NON-NLS-1$
			"januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december", //$NON-NLS-1$
			"يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر", //$NON-NLS-1$
			"كانون الثاني|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين الأول|تشرين الثاني|كانون الأول|كانون", //$NON-NLS-1$
			"monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche", //$NON-NLS-1$
			"lunes|martes|miércoles|jueves|viernes|sábado|domingo|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica", //$NON-NLS-1$
			"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|segunda|terça|quarta|quinta|sexta", //$NON-NLS-1$
			"الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|الأحد|عام|سنة|يوم"); //$NON-NLS-1$

	private Months() {
	}
}
