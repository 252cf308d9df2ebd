// SPDX-License-Identifier: EPL-2.0
package dossier.licence.internal;

import java.util.regex.Pattern;

/** The regular expressions the checker reads notices with, in one place so they can be reviewed together. */
final class Patterns {

	private Patterns() {
	}

	private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

	/** A CC licence URL; groups: elements, version, port, deed language. by-sa stays by-sa (scancode#3703). */
	static final Pattern CC_URL = Pattern.compile("(?:https?://)?(?:[a-z]+\\.)?creativecommons\\.org/licen[cs]es/" //$NON-NLS-1$
			+ "(by(?:-(?:nc|sa|nd)){0,2})/(\\d\\.\\d)(?:/(?!deed|legalcode|cc(?![a-z]))(?-i:([a-z]{2,3}))(?![\\p{L}]))?" //$NON-NLS-1$
			+ "(?:/(?:(?:deed|legalcode)(?:\\.([a-z]{2,3}(?:[-_][a-z0-9]+)?))?(?:\\.txt|\\.html)?)?)?", FLAGS); //$NON-NLS-1$

	/** A CC0 or Public Domain Mark URL; groups: zero|mark, deed language. */
	static final Pattern PD_URL = Pattern.compile("(?:https?://)?(?:[a-z]+\\.)?creativecommons\\.org/publicdomain/(zero|mark)/1\\.0" //$NON-NLS-1$
			+ "(?:/(?:(?:deed|legalcode)(?:\\.([a-z]{2,3}(?:[-_][a-z0-9]+)?))?)?)?", FLAGS); //$NON-NLS-1$

	/** A GNU FDL URL; group: version. */
	static final Pattern GFDL_URL = Pattern.compile("(?:https?://)?(?:www\\.)?gnu\\.org/(?:licenses|copyleft)/fdl(?:-(1\\.[123]))?(?:\\.html)?/?", FLAGS); //$NON-NLS-1$

	private static final String SEP = "[ \\-_\\u00A0]"; //$NON-NLS-1$

	/** A short form or SPDX id: CC-BY-SA, CC BY-SA 4.0, CC-BY-NC-ND-3.0-IGO, CC BY 2.0 UK; groups: elements, version, port. */
	static final Pattern CC_SHORT = Pattern.compile("(?<![\\p{L}\\p{N}/.])CC" + SEP + "?(BY(?:" + SEP + "?(?:NC|SA|ND)){0,2})" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			+ "(?:" + SEP + "?([1-4][.,][05]|2[.,]1)(?:" + SEP + "(?-i:(IGO|[A-Z]{2}))(?![\\p{L}]))?)?(?![\\p{L}\\p{N}])", FLAGS); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	static final Pattern CC0_SHORT = Pattern.compile("(?<![\\p{L}\\p{N}/.])(?:CC" + SEP + "?0|CC" + SEP + "?Zero|Creative Commons Zero)(?:" + SEP + "?1[.,]0)?(?![\\p{L}\\p{N}])", FLAGS); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	static final Pattern PDM = Pattern.compile("Public[ \\-]Domain[ \\-]Mark|Marque du domaine public|Marchio (?:di )?pubblico dominio|Marca de dominio público|Marca de domínio público|علامة الملكية العامة", FLAGS); //$NON-NLS-1$

	/** The UK Open Government Licence; group: version. */
	static final Pattern OGL = Pattern.compile("Open Government Licen[cs]e(?:\\s+for public sector information)?(?:\\s*\\(OGL\\))?(?:,?\\s*(?:v|version\\s*)(\\d(?:\\.\\d)?))?" //$NON-NLS-1$
			+ "|(?<![\\p{L}])OGL(?:[ \\-]?v?(\\d(?:\\.\\d)?))?(?![\\p{L}])", FLAGS); //$NON-NLS-1$

	/** The French Licence Ouverte / Open Licence (Etalab); group: version. */
	static final Pattern ETALAB = Pattern.compile("Licence Ouverte(?:\\s*/\\s*Open Licen[cs]e)?(?:\\s*(?:d['’]Etalab|Etalab))?(?:,?\\s*\\(?\\s*(?:v|version\\s*)?(\\d\\.\\d)\\)?)?" //$NON-NLS-1$
			+ "|licence Etalab(?:\\s*\\(?\\s*(?:v|version\\s*)?(\\d\\.\\d)\\)?)?", FLAGS); //$NON-NLS-1$

	/**
	 * A public-domain statement: "in the public domain", "a work of the U.S. Government", "domaine public", "dominio
	 * público", "pubblico dominio", "domínio público", "gemeinfrei", "ملكية عامة".
	 */
	static final Pattern PUBLIC_DOMAIN = Pattern.compile("(?:in|into|to) the public domain|public[ \\-]domain (?:work|image|photo|material|content)|(?<![\\p{L}])public domain(?= *[.,;)]|\\s*$)" //$NON-NLS-1$
			+ "|work of (?:the )?(?:U\\.?S\\.?|United States|US|federal) (?:federal )?government|(?:U\\.?S\\.?|United States) government work" //$NON-NLS-1$
			+ "|(?:dans le |du )?domaine public|(?:de |en el |del )?dominio p[uú]blico|(?:di |in )?pubblico dominio|(?:em |de |no )?dom[ií]nio p[uú]blico" //$NON-NLS-1$
			+ "|gemeinfrei|(?:im |in die )?(?:Public Domain|Gemeinfreiheit)|publiek domein|(?:في )?(?:ال)?ملك(?:ية)? (?:ال)?عام(?:ة)?", FLAGS); //$NON-NLS-1$

	/** GFDL; groups: version (short form), version (long form). */
	static final Pattern GFDL = Pattern.compile("(?<![\\p{L}])GFDL(?:[ \\-]?v?(1\\.[123]))?(?![\\p{L}])" //$NON-NLS-1$
			+ "|GNU Free Documentation Licen[cs]e(?:,?\\s*(?:version|v\\.?)\\s*(1\\.[123]))?" //$NON-NLS-1$
			+ "|Licenza per (?:la )?documentazione libera GNU|Licence de documentation libre GNU|Licencia de documentación libre de GNU" //$NON-NLS-1$
			+ "|GNU-Lizenz für freie Dokumentation|Licença de Documentação Livre GNU|رخصة جنو للوثائق الحرة", FLAGS); //$NON-NLS-1$

	/** A licence label followed by CC licence elements without "Creative Commons": "License: Attribution-NonCommercial", "حقوق الطبع:Attribution Non-commercial". */
	static final Pattern LABELLED_ELEMENTS = Pattern.compile("(?:licen[cs]e|licenza|licencia|licença|lizenz|licentie|الترخيص|الرخصة|حقوق الطبع|حقوق النشر)\\s*[:：]\\s*" //$NON-NLS-1$
			+ "(?=attribution|atribuci[oó]n|reconocimiento|attribuzione|namensnennung|atribui[cç][aã]o|paternit[ée]|naamsvermelding|نسب المصنف)", FLAGS); //$NON-NLS-1$

	/** "Creative Commons" in any of our languages: the anchor of a prose licence name. */
	static final Pattern CC_PROSE = Pattern.compile("Creative[\\s\\-]*Commons|المشاع\\s+ال[إا]بداعي" //$NON-NLS-1$
			// "CC-Attribution-NonCommercial-ShareAlike", "CC Namensnennung": the elements spelt out after the two letters
			+ "|(?<![\\p{L}\\p{N}/.])CC[ \\-](?=attribution|atribuci[oó]n|reconocimiento|attribuzione|namensnennung|atribui[cç][aã]o|paternit[ée]|naamsvermelding)", FLAGS); //$NON-NLS-1$

	static final Pattern WORD_BY = Pattern.compile("attribution|atribuci[oó]n|reconocimiento|attribuzione|namensnennung|atribui[cç][aã]o|paternit[ée]|naamsvermelding|نسب المصنف|النسبة|(?<![\\p{L}])BY(?![\\p{L}])", FLAGS); //$NON-NLS-1$
	static final Pattern WORD_SA = Pattern.compile("share[\\s\\-]?alike|compartir[\\s\\-]?igual|condividi allo stesso modo|partage dans les m[eê]mes conditions|weitergabe unter gleichen bedingungen|compartilha[\\s\\-]?igual|compartilhamento pela mesma licen[cç]a|gelijk[\\s\\-]?delen|الترخيص بالمثل|المشاركة بالمثل|(?<![\\p{L}])SA(?![\\p{L}])", FLAGS); //$NON-NLS-1$
	static final Pattern WORD_NC = Pattern.compile("non[\\s\\-]?commercial|no[\\s\\-]?comercial|non commerciale|pas d['’]utilisation commerciale|nicht[\\s\\-]?kommerziell|n[aã]o[\\s\\-]?comercial|niet[\\s\\-]?commercieel|غير ?(?:ال)?تجاري|(?<![\\p{L}])NC(?![\\p{L}])", FLAGS); //$NON-NLS-1$
	static final Pattern WORD_ND = Pattern.compile("no[\\s\\-]?derivatives|no[\\s\\-]?derivs|no derivative works|sin[\\s\\-]?derivadas|sin[\\s\\-]?obra[\\s\\-]?derivada|non opere derivate|pas de modification|keine bearbeitung(?:en)?|sem[\\s\\-]?deriva[cç][oõ]es|sem[\\s\\-]?derivados|geen[\\s\\-]?afgeleide[\\s\\-]?werken|(?:منع|بدون|بلا|لا) ?(?:ال)?اشتقاق|(?<![\\p{L}])ND(?![\\p{L}])", FLAGS); //$NON-NLS-1$
	static final Pattern WORD_ZERO = Pattern.compile("(?<![\\p{L}])(?:zero|CC0)(?![\\p{L}])|public domain dedication", FLAGS); //$NON-NLS-1$
	static final Pattern VERSION = Pattern.compile("(?<![\\p{N}.,])([1-4][.,][05]|2[.,]1)(?![\\p{N}])"); //$NON-NLS-1$
	static final Pattern PORT_WORD = Pattern.compile("(?<![\\p{L}])(IGO)(?![\\p{L}])|England and Wales|(?<![\\p{L}])(Japan|Giappone|Japon|Japón)(?![\\p{L}])", FLAGS); //$NON-NLS-1$

	static final Pattern ALL_RIGHTS_RESERVED = Pattern.compile("all rights reserved|alle rechte(?=[^.\\n]{0,120}?vorbehalten)[^.\\n]{0,120}?vorbehalten|tous droits(?=[^.\\n]{0,60}?réservés)[^.\\n]{0,60}?réservés" //$NON-NLS-1$
			+ "|urheberrechtlich geschützt|auteursrechtelijk beschermd|protégé(?:e|s|es)? par (?:le |les )?droits? d['’]auteur|protegid[oa]s? por (?:los )?derechos de autor|protegid[oa]s? por (?:direitos autorais|direitos de autor)" //$NON-NLS-1$
			+ "|protett[oaie] (?:dal|da|dalla)(?: legge sul| normativa sul| legislazione sul)? (?:diritto d['’]autore|copyright)|protected by copyright|(?:محمي|محمية)(?: بموجب)? (?:ب)?(?:قوانين |قانون )?حقوق(?: الملكية الفكرية| النشر| المؤلف| الطبع)?" //$NON-NLS-1$
			+ "|(?:tutti i )?diritti (?:sono )?riservati|riproduzione (?:\\w+ )?riservata|tous droits(?: de reproduction)? réservés|(?:todos los )?derechos reservados|reservados todos los derechos" //$NON-NLS-1$
			+ "|alle rechte vorbehalten|alle rechten voorbehouden|(?:todos os )?direitos reservados|(?:جميع|كل|كافة) (?:ال)?حقوق(?: \\p{IsArabic}+)? محفوظة|(?<![\\p{L}])(?:ال)?حقوق (?:النشر |الطبع |الملكية )?محفوظة" //$NON-NLS-1$
			// what a narrow permission leaves: "all other rights are reserved", in every language
			+ "|all other rights (?:are )?reserved|tutti gli altri diritti (?:sono )?riservati|tous (?:les )?autres droits (?:sont )?réservés|todos los demás derechos (?:están |quedan )?reservados" //$NON-NLS-1$
			+ "|alle (?:anderen|übrigen|weiteren) Rechte (?:bleiben |sind )?vorbehalten|todos os (?:outros|demais) direitos (?:são |estão |ficam )?reservados|alle (?:andere|overige) rechten (?:zijn |worden |blijven )?voorbehouden|(?:جميع|كل|كافة) الحقوق الأخرى محفوظة" //$NON-NLS-1$
			// copyright held, or the text subject to it, said with a verb: "are copyrighted by NAPPA", "remain the copyright of the Author",
			// "is subject to Crown copyright", "sont soumis au droit d'auteur", "unterliegt dem Urheberrecht", "يخضع لحقوق النشر"
			+ "|(?:is|are) copyrighted(?![\\p{L}])|remains? (?:the )?copyright of|(?:is|are) subject to (?:Crown |the )?copyright" //$NON-NLS-1$
			+ "|(?:est|sont) soumise?s? (?:au|aux) droits? d['’]auteur|(?:è|sono) soggett[oaie] (?:al|alla) (?:diritto d['’]autore|copyright|normativa sul diritto d['’]autore)" //$NON-NLS-1$
			+ "|(?:está|están) sujet[oa]s? a (?:los )?derechos de autor|(?:está|estão) sujeit[oa]s? (?:a|aos) direitos (?:autorais|de autor)" //$NON-NLS-1$
			+ "|unterlieg(?:t|en) dem (?:deutschen )?Urheberrecht|(?:valt|vallen) onder (?:het )?auteursrecht|(?:يخضع|تخضع) لحقوق (?:النشر|الملكية الفكرية|المؤلف|الطبع)", FLAGS); //$NON-NLS-1$

	/**
	 * Reproduction reserved in so many words ("Prohibida su reproducción", "È vietata la riproduzione", "Reproduction
	 * interdite", "Nachdruck nur mit Genehmigung", "No part of this publication may be reproduced", "يمنع نسخ"): the
	 * page keeps all its rights, as "all rights reserved" says.
	 */
	static final Pattern NO_REPRODUCTION = Pattern.compile("(?<![\\p{L}])(?:(?:queda |está )?prohibid[oa]s? (?:su |la |el )?(?:reproducción|copia|difusión|redistribución)|se prohíbe (?:la )?(?:reproducción|copia)" //$NON-NLS-1$
			+ "|(?:è |e['’] )?vietat[ao] (?:la |ogni )?(?:riproduzione|copia|diffusione|ripubblicazione)|riproduzione (?:vietata|non consentita)" //$NON-NLS-1$
			+ "|reproduction (?:strictement |formellement )?(?:interdite|prohibée)|(?:toute|la) (?:reproduction|représentation)[^.\\n]{0,80}?(?:est |sont )?(?:strictement |formellement )?(?:interdite|prohibée|constituerait[^.\\n]{0,30}?contrefaçon)" //$NON-NLS-1$
			+ "|(?:é |está )?proibid[ao] (?:a )?(?:reprodução|cópia|divulgação|redistribuição)|reprodução (?:proibida|vedada)" //$NON-NLS-1$
			+ "|(?:Nachdruck|Vervielfältigung|Weiterverbreitung|Reproduktion|Weiterverwendung)[^.\\n]{0,40}?(?:nur mit|verboten|untersagt|nicht gestattet|nicht erlaubt)" //$NON-NLS-1$
			+ "|niets uit deze (?:uitgave|publicatie|website|site) mag|(?:overname|verveelvoudiging|reproductie)[^.\\n]{0,40}?(?:verboden|niet toegestaan|alleen met)" //$NON-NLS-1$
			+ "|no part of this (?:publication|article|book|site|website|work|material) may|may not be (?:reproduced|republished|copied|published|redistributed)|(?:reproduction|republication|copying)[^.\\n]{0,30}?(?:is |are )?(?:strictly )?(?:prohibited|forbidden|not permitted)" //$NON-NLS-1$
			+ "|(?:يمنع|يُمنع|يحظر|يُحظر|ممنوع)(?: منعا باتا| منعاً باتاً)? (?:نسخ|النسخ|إعادة نشر|إعادة النشر|النقل|نقل|الاقتباس|اقتباس)|لا يجوز (?:نسخ|نشر|إعادة نشر|نقل|اقتباس)" //$NON-NLS-1$
			// copying not permitted, said with the verb: "لا يسمح بنسخ محتوى الموقع", "You are not permitted to copy", "No está permitido copiar",
			// "Non è consentito riprodurre", "Il est interdit de reproduire", "Não é permitido copiar"
			+ "|(?:لا (?:يسمح|يُسمح)|غير مسموح) ب(?:نسخ|النسخ|إعادة نشر|إعادة النشر|نقل|النقل|اقتباس)" //$NON-NLS-1$
			+ "|not (?:permitted|allowed) to (?:copy|reproduce|republish|redistribute)|no (?:está|esta) permitid[oa] (?:copiar|reproducir|la reproducción|la copia)" //$NON-NLS-1$
			+ "|non (?:è|e['’]) (?:consentit[oa]|permess[oa]) (?:copiare|riprodurre|ripubblicare|la riproduzione|la copia)|(?:il est )?interdit de (?:copier|reproduire)" //$NON-NLS-1$
			+ "|não (?:é|está) permitid[oa] (?:copiar|reproduzir|a reprodução|a cópia)" //$NON-NLS-1$
			// copying forbidden in the active voice: "Site users may not modify, copy, reproduce, republish … any material from this site"
			+ "|(?:may|must|shall) not (?:\\p{L}+,?\\s+){0,6}?(?:copy|reproduce|republish|redistribute)(?![\\p{L}]))", FLAGS); //$NON-NLS-1$

	/**
	 * The site's contents declared someone's property: "All the contents of the portal are exclusive and reserved property of X",
	 * "El contenido de la página web …, textos y datos, son propiedad y pertenecen a X", "Tous les contenus de ce site sont la propriété
	 * exclusive de X", "I contenuti del sito sono di proprietà di X", "O conteúdo deste site é propriedade de X", "Die Inhalte dieser
	 * Website sind Eigentum von X", "De inhoud van deze website is eigendom van X", "جميع محتويات الموقع ملكية خاصة ل". The contents
	 * (or texts, materials, pages) come first, then the site they are on, then a copula and the property ("are", "son", "sono", "sind"…:
	 * contents that "become their own property" in a sentence about copying are no one's), in one sentence: a reservation of the
	 * page's own text however long its paragraph. Pictures alone ("the images are property of their respective owners") are left out.
	 */
	static final Pattern PROPERTY_OF = Pattern.compile("(?<![\\p{L}])(?:contents?|contenidos?|contenus?|contenuti|contenuto|conteúdos?|Inhalte|inhoud|materials?|materiales|matériels?|materiale|materiali|materiais|texts|textos|textes|testi|Texte|teksten|pages|páginas|pagine|محتويات|محتوى)(?![\\p{L}])" //$NON-NLS-1$
			+ "(?:(?![.!?](?:\\s|$))[^\\n]){0,120}?(?<![\\p{L}])(?:portal|portale|site|sitio|sito|website|webstek|web|página|pagina|page|Seite|Webseite|Website|blog|الموقع|البوابة|المدونة)(?![\\p{L}])" //$NON-NLS-1$
			+ "(?:(?![.!?](?:\\s|$))[^\\n]){0,160}?(?<![\\p{L}])(?:are|is|remains?|sont|est|restent|reste|sono|è|e['’]|rimangono|rimane|son|es|permanecen|permanece|são|é|permanecem|permanece|sind|ist|bleiben|bleibt|zijn|blijven|blijft|هي|هو|تبقى|تعتبر)(?![\\p{L}])" //$NON-NLS-1$
			+ "(?:(?![.!?](?:\\s|$))[^\\n]){0,40}?(?<![\\p{L}])(?:property|propiedad|propriété|proprietà|propriedade|Eigentum|eigendom|ملكية|مملوكة)(?![\\p{L}])" //$NON-NLS-1$
			+ "(?!(?:(?![.!?](?:\\s|$))[^\\n]){0,60}?(?:respectiv|rispettiv|jeweilig|respectie|المعنية))", FLAGS); //$NON-NLS-1$

	/**
	 * The holder's leave that copying needs: "without the express written permission", "sans autorisation préalable", "se non sotto
	 * esplicita autorizzazione", "sin el permiso", "sem a autorização", "ohne schriftliche Genehmigung", "zonder voorafgaande schriftelijke
	 * toestemming", "دون إذن". Found first (its nouns are rare in running text), then {@link #COPYING_VERB} just before it (after it, in
	 * German) makes the page's reservation.
	 */
	static final Pattern LEAVE_NEEDED = Pattern.compile("(?<![\\p{L}])(?:without|sans|senza|se non (?:sotto|con|previa|dietro|su)|sin|sem|ohne|zonder|دون|بدون|من غير|إلا ب)\\s*" //$NON-NLS-1$
			+ "(?:(?:the|our|its|their|his|her|express|prior|explicit|written|l['’]|leur|son|sa|notre|votre|une|préalable|écrite?|expresse|la|il|previa|preventiva|esplicita|espressa" //$NON-NLS-1$
			+ "|esplicito|espresso|scritta|scritto|apposita|el|su|previo|expresa|expreso|escrita|escrito|a|o|sua|seu|prévia|prévio|expressa|expresso|die|eine|vorherige|vorheriger" //$NON-NLS-1$
			+ "|ausdrückliche|ausdrücklicher|schriftliche|schriftlicher|unsere|de|voorafgaande|uitdrukkelijke|schriftelijke|onze|الحصول على)\\s+){0,4}" //$NON-NLS-1$
			+ "(?:permission|consent|authori[sz]ation|autorisation|consentement|autorizzazione|permesso|consenso|autorización|permiso|consentimiento|autorização|permissão|consentimento" //$NON-NLS-1$
			+ "|Genehmigung|Zustimmung|Erlaubnis|Einwilligung|toestemming|goedkeuring|إذن|موافقة|ترخيص|تصريح)(?![\\p{L}])", FLAGS); //$NON-NLS-1$

	/**
	 * A verb of copying or using, with the negation before it that makes the prohibition ("should not be used", "ne pas rediffuser", "non
	 * possono essere copiati", "No se permite copiar"), in our languages: what {@link #LEAVE_NEEDED} is the leave for.
	 */
	static final Pattern COPYING_VERB = Pattern.compile("(?:(?<![\\p{L}])(?:not|non|no|não|nicht|niet|ne)\\s+(?:\\p{L}+\\s+){0,3}?)?(?<![\\p{L}])(?:cop(?:y|ied|ying)|reproduc(?:e|ed|ing)|republish(?:ed|ing)?" //$NON-NLS-1$
			+ "|redistribut(?:e|ed|ing)|transmit(?:ted)?|used?|publish(?:ed)?|reproduire|copier|recopier|rediffuser|republier|diffuser|utiliser|exploiter|reproduite?s?|copiée?s?" //$NON-NLS-1$
			+ "|rediffusée?s?|utilisée?s?|copiare|riprodurre|ripubblicare|pubblicare|diffondere|utilizzare|distribuire|copiat[oaie]|riprodott[oaie]|utilizzat[oaie]|pubblicat[oaie]" //$NON-NLS-1$
			+ "|copiar|reproducir|publicar|republicar|difundir|distribuir|utilizar|usar|copiad[oa]s?|reproducid[oa]s?|utilizad[oa]s?|publicad[oa]s?|reproduzir|divulgar|reproduzid[oa]s?" //$NON-NLS-1$
			+ "|kopier\\p{L}*|vervielfältig\\p{L}*|veröffentlich\\p{L}*|verbreit\\p{L}*|verwend\\p{L}*|übernomm\\p{L}*|übernehm\\p{L}*" //$NON-NLS-1$
			+ "|kopiëren|kopieren|gekopieerd|verveelvoudig\\p{L}*|overnemen|overgenomen|openbaar (?:te )?maken|openbaar gemaakt|publiceren|gepubliceerd|gebruiken|gebruikt)(?![\\p{L}])" //$NON-NLS-1$
			+ "|(?:(?<![\\p{L}])لا\\s+(?:\\p{L}+\\s+){0,3}?)?(?:نسخ|نشر|نقل|استخدام|استعمال|اقتباس)", FLAGS); //$NON-NLS-1$

	/** "only with permission", "nur mit Genehmigung", "solo con autorizzazione": permission required, a reservation. */
	static final Pattern ONLY_BEFORE = Pattern.compile("(?<![\\p{L}])(?:only|nur|solo|sólo|solamente|seulement|uniquement|soltanto|somente|apenas|alleen|إلا)\\s*$", FLAGS); //$NON-NLS-1$

	static final Pattern WITH_PERMISSION = Pattern.compile("(?:used|republished|reprinted|reproduced|published) (?:here )?with (?:kind )?permission" //$NON-NLS-1$
			+ "|utilis[ée]e?s? avec (?:l['’])?(?:aimable )?(?:permission|autorisation)|utilizad[oa]s? con (?:autorizaci[oó]n|permiso)|usad[oa]s? con (?:autorizaci[oó]n|permiso)" //$NON-NLS-1$
			+ "|utilizzat[oa] (?:con|su) (?:gentile )?(?:permesso|autorizzazione|concessione)|usad[oa]s? com (?:permissão|autorização)|utilizad[oa]s? com (?:permissão|autorização)" //$NON-NLS-1$
			+ "|verwendet mit (?:freundlicher )?(?:Genehmigung|Erlaubnis)|gebruikt met toestemming|استخدمت بإذن|تستخدم بإذن" //$NON-NLS-1$
			+ "|(?:ri)?pubblicat[oa] (?:con il|su) (?:gentile )?(?:permesso|autorizzazione)|(?:republié|reproduit|publié)e? avec (?:l['’])?(?:aimable )?autorisation" //$NON-NLS-1$
			+ "|(?:republicado|reproducido|publicado) con (?:el )?permiso|mit (?:freundlicher )?genehmigung|(?:republicado|reproduzido|publicado) com (?:a )?permissão" //$NON-NLS-1$
			+ "|(?:أعيد )?نشر(?:ه|ها|ت)? بإذن|بإذن من" //$NON-NLS-1$
			// the author's leave given to the page, in the first person: "che mi ha autorizzato a riprendere suoi scritti",
			// "L'auteur nous a permis de lire et de traduire cet article", "has kindly allowed us to republish", "أذن لنا بنشر"
			+ "|(?:mi|ci) ha(?:nno)? (?:gentilmente )?autorizzat[oaie] a|(?:m['’]|nous )(?:a|ont) (?:aimablement |gentiment )?(?:autorisée?s?|permis) (?:à|de|d['’])" //$NON-NLS-1$
			+ "|(?:kindly )?(?:allowed|authori[sz]ed|permitted) (?:me|us) to (?:re)?(?:publish|print|produce|post|translate)|gave (?:me|us) (?:kind )?permission to" //$NON-NLS-1$
			+ "|(?:me|nos) (?:ha |han )?(?:autorizó|autorizado|permitió|permitido) (?:a )?(?:publicar|reproducir|republicar|traducir)" //$NON-NLS-1$
			+ "|(?:hat|haben) (?:mir|uns) (?:freundlicherweise )?(?:erlaubt|gestattet)|(?:me|nos) (?:autorizou|autorizaram|permitiu|permitiram) (?:a )?(?:publicar|reproduzir|traduzir)" //$NON-NLS-1$
			+ "|(?:أذن|سمح)(?:ت)? (?:لنا|لي) ب(?:نشر|ترجمة|إعادة نشر)", FLAGS); //$NON-NLS-1$

	/** The first-person leave of {@link #WITH_PERMISSION}: given to this page, so it is the page's statement however long the sentence. */
	static final Pattern FIRST_PERSON_PERMISSION = Pattern.compile("(?:mi|ci) ha|(?:m['’]|nous )(?:a|ont)|(?:me|us) to|gave (?:me|us)|(?:me|nos) |(?:mir|uns) |لنا|لي", FLAGS); //$NON-NLS-1$

	/** "Used with permission" (an item used inside the text), as against "republished with permission" (the text itself). */
	static final Pattern USED_WITH_PERMISSION = Pattern.compile("(?<![\\p{L}])(?:used|utilis|utiliz|usad|verwendet|gebruikt|استخدمت|تستخدم)", FLAGS); //$NON-NLS-1$

	/** A licensing verb or label before a licence name: what makes a mention in running text a statement. */
	static final Pattern LICENSING_CUE = Pattern.compile("licen[cs]ed|licen[cs]e\\s*:|licen[cs]e\\b|available under|released under|published under|distributed under" //$NON-NLS-1$
			+ "|licenza|rilasciat[oa]|sotto licenza|licence|sous licence|publié sous|licencia|bajo licencia|publicado bajo|lizenz|unter der|lizenziert|licença|licenciado|sob a licença" //$NON-NLS-1$
			+ "|مرخص|مرخصة|رخصة|ترخيص|بموجب|منشور تحت|تحت رخصة", FLAGS); //$NON-NLS-1$

	/** Words that make a notice about this very text ("this article is licensed..."). */
	static final Pattern SELF_REFERENCE = Pattern.compile("this (?:article|work|text|post|story|page|content|site|website|report|translation|blog|paper|publication)|content on this|unless otherwise|except where" //$NON-NLS-1$
			+ "|this is an open[- ]access (?:article|journal|publication)|art[ií]culo de acceso abierto|article en (?:libre )?accès (?:libre|ouvert)|articolo ad accesso aperto|artigo de acesso aberto|Open-Access-Artikel" //$NON-NLS-1$
			+ "|(?:this|este|esta|ce|questo|dieses|deze) (?:material|matériel|materiale|Material|materiaal|obra|œuvre|opera|Werk|werk)" //$NON-NLS-1$
			+ "|the specific licen[cs]e is|(?:we|\\p{Lu}\\p{L}+) (?:uses?|publish(?:es)?|releases?) (?:all )?(?:our |its )?(?:content |work |articles )?under" //$NON-NLS-1$
			+ "|(?:our|all|the) (?:content|contents|articles|stories|papers|texts|works|publications) (?:is|are|on|of|published|here)|the contents of this" //$NON-NLS-1$
			+ "|(?:tod[oa]s l[oa]s|tutt[ie] (?:gli|le|i)|tou(?:te)?s les|alle|tod[oa]s [oa]s|al het|alle) (?:obras|artículos|contenidos|trabajos|textos|works|articles|contenus|textes|articoli|contenuti|testi|Inhalte|Beiträge|Artikel|Texte|artigos|conteúdos|trabalhos|werk|artikelen)" //$NON-NLS-1$
			+ "|(?:this|the) journal|la revista|la rivista|la revue|die Zeitschrift|a revista|het tijdschrift|المجلة|el trabajo|the work|l['’]œuvre|il lavoro|o trabalho|das Werk|tenzij anders|sauf indication|salvo indicación|salvo diversa indicazione|soweit nicht anders|exceto quando|ما لم يذكر" //$NON-NLS-1$
			+ "|quest[oa] (?:articolo|testo|contenuto|sito|opera|traduzione)|salvo (?:dove|ove) |cet article|ce texte|ce contenu|ce site|cette traduction|sauf mention" //$NON-NLS-1$
			+ "|este (?:artículo|texto|contenido|sitio|artigo|conteúdo|site)|esta (?:obra|tradu[cç][aã]o|traducción)|salvo (?:que|indicação)|dieser (?:Artikel|Text|Beitrag)|diese (?:Seite|Übersetzung)|sofern nicht" //$NON-NLS-1$
			+ "|deze (?:site|website|webstek|blog|pagina|tekst|vertaling)|dit (?:artikel|bericht|blog)" //$NON-NLS-1$
			+ "|هذا المقال|هذه المقالة|هذا النص|هذا المحتوى|محتوى هذا|هذه الترجمة|هذا الموقع", FLAGS); //$NON-NLS-1$

	/**
	 * What makes a bare "Creative Commons" (no elements) a statement about the text: a licensing verb or preposition
	 * ("licensed", "under", "bajo", "sous", "مرخص", "بموجب") or a label ("Licence:"), not the noun "licence" alone.
	 */
	static final Pattern UNSPECIFIED_CUE = Pattern.compile("licen[cs]ed|(?<![\\p{L}])(?:under|available|released|published|bajo|sous|sotto|unter|sob|nos termos|selon|secondo|según|gemäß|conforme|onder)(?![\\p{L}])" //$NON-NLS-1$
			+ "|distribu[ií]d|distribué|distribuit|rilasciat|publicad|publié|pubblicat|veröffentlicht|lizenziert|licenciad|licenziat|sujeto|soumis|soggett|sujeit|gelicentieerd" //$NON-NLS-1$
			+ "|(?<![\\p{L}])(?:aplic[oa]|aplicamos|applic[oa]|applichiamo|appliqu(?:e|ons)|apply|applies|applied)(?![\\p{L}])" //$NON-NLS-1$
			+ "|licen[cs]e\\s*:|licenza\\s*:|licencia\\s*:|licença\\s*:|lizenz\\s*:|licentie\\s*:|مرخص|بموجب|تحت|وفق|منشور|يخضع|الترخيص\\s*:|الرخصة\\s*:", FLAGS); //$NON-NLS-1$

	/** "©" or the word copyright in a sentence: a notice, whatever else it says. */
	static final Pattern COPYRIGHT_WORD = Pattern.compile("©|\\(c\\)\\s*\\d{4}|(?<![\\p{L}])copyright(?![\\p{L}])|حقوق (?:النشر|الطبع|التأليف)", FLAGS); //$NON-NLS-1$

	/** A licensing verb, preposition or label just before a licence's name: "licensed under", "bajo licencia", "sotto licenza", "بموجب". */
	static final Pattern DIRECT_LICENSING_CUE = Pattern.compile("licen[cs]ed|(?<![\\p{L}])(?:under|bajo|sous|sotto|unter|sob|onder|selon|secondo|según|gemäß|conforme|nos termos|available under)(?![\\p{L}])" //$NON-NLS-1$
			+ "|distribu[ií]d|distribué|distribuit|rilasciat|publicad|publié|pubblicat|veröffentlicht|lizenziert|licenciad|licenziat|gelicentieerd|(?:con|with|avec|com|mit|met) (?:(?:a|an|the|la|una|uma|une|der|einer|een|de) )?(?:licen[cs]e|licenza|licencia|licença|lizenz|licentie)|licen[cs]e\\s*:|licenza\\s*:|licencia\\s*:|licença\\s*:|lizenz\\s*:|licentie\\s*:" //$NON-NLS-1$
			+ "|مرخص|بموجب|تحت|وفق|منشور|الترخيص\\s*:|الرخصة\\s*:|(?:^|[.:;]\\s*)$", FLAGS); //$NON-NLS-1$

	/** What makes a clause about works in general: a modal or a condition ("must be published under", "un autore che adotta … può", "wenn"). */
	static final Pattern GENERIC_CLAUSE = Pattern.compile("(?<![\\p{L}])(?:require[sd]?|must|should|can|could|may|if|whether|puede|pueden|debe|deben|si|può|possono|deve|devono|se|peut|peuvent|doit|doivent|kann|können|muss|müssen|soll|sollen|wenn|falls|pode|podem|kan|kunnen|moet|moeten|als|يمكن|يجب|إذا|لو)(?![\\p{L}])", FLAGS); //$NON-NLS-1$

	/** A negation shortly before a licence name: "not licensed under", "non è rilasciato con", "ليس مرخصا". */
	static final Pattern NEGATION = Pattern.compile("(?<![\\p{L}])(?:not|never|no longer|isn['’]t|aren['’]t|wasn['’]t|non(?!\\s+(?:diversamente|altrimenti))|n['’](?:est|a|ont) (?:pas|jamais)|ne (?:sont|est) pas" //$NON-NLS-1$
			+ "|no (?:está|es|son|se|fue)|nicht|keine?[nr]?|não|ليس|ليست|لا (?:يخضع|تخضع)|غير مرخص|لم يعد|لم يكن)(?![\\p{L}])", FLAGS); //$NON-NLS-1$

	/** Words in a caption or credit that make a licence or credit about one item, not the article. */
	static final Pattern ITEM_CUE = Pattern.compile("(?<![\\p{L}])(?:photo|photos|photograph|foto|fotografia|fotografía|image|immagine|imagen|imagem|bild|picture|illustration|grafik|graphic|infographic|video|صورة|الصورة|تصوير)(?![\\p{L}])|wikimedia commons|flickr", FLAGS); //$NON-NLS-1$

	/**
	 * A file or an icon as what a statement licenses: "this file", "diese Datei", "هذا الملف", "Icon par ...",
	 * "PDmaybe-icon.png": the statement licenses that item, not the article around it.
	 */
	static final Pattern FILE_CUE = Pattern.compile("(?<![\\p{L}])(?:this file|this image file|diese(?:r|s)? Datei|ce fichier|questo file|este archivo|este arquivo|dit bestand" //$NON-NLS-1$
			+ "|icon|icons|icône|icona|icono|ícone)(?![\\p{L}])|الملف|\\.(?:png|jpe?g|svg|gif|webp|tiff?)(?![\\p{L}])", FLAGS); //$NON-NLS-1$

	/** What marks a © line as an agency's or photographer's credit rather than the article's notice. */
	static final Pattern AGENCY_CUE = Pattern.compile("/|(?<![\\p{L}])(?:via|pool|getty|afp|reuters|ap|epa|ansa|shutterstock|istock|alamy|imago|dpa|lapresse|xinhua|sputnik|anadolu|wikimedia|flickr|unsplash|associated press)(?![\\p{L}])|عبر|رويترز|فرانس برس|الأناضول|أ ف ب", FLAGS); //$NON-NLS-1$

	/** "© HOLDER" (the holder runs to the end of the line). */
	static final Pattern COPYRIGHT_SIGN = Pattern.compile("(?:©|\\(c\\)(?=\\s*\\p{L}|\\s*\\d{4}))\\s*(?<holder>[^©\\n]*[^©\\n\\s.;,)])", FLAGS); //$NON-NLS-1$

	/** A year after the © sign: "© 2024 Lifegate" is a notice, not a photo credit. */
	static final Pattern YEAR_AFTER_SIGN = Pattern.compile("^(?:©|\\(c\\))\\s*(?:copyright\\s*)?(?:19|20)\\d\\d", Pattern.CASE_INSENSITIVE); //$NON-NLS-1$

	/** A copyright notice line: "© 2024 Lifegate", "Copyright 2024 ...", "(c) X". */
	/**
	 * A blank to fill in on a notice given as a model: "Copyright (c) &lt;year&gt; by &lt;author's name or designee&gt;", "© [year]
	 * [name of the copyright holder]", "© [ANO] [NOME]", "© &lt;Jahr&gt; &lt;Name&gt;": the model licenses nothing on the page showing it.
	 */
	static final Pattern PLACEHOLDER = Pattern.compile("[<\\[](?:year|yyyy|name|author|owner|holder|copyright holder|organi[sz]ation|ann[ée]e|anno|año|ano|jahr|jaar|nom|nome|nombre|auteur|autore|autor|naam|سنة|السنة|الاسم)(?:['’]s)?(?:\\s[^<>\\[\\]\\n]{0,40})?[>\\]]", FLAGS); //$NON-NLS-1$

	static final Pattern COPYRIGHT_LINE = Pattern.compile("^(?:©|\\(c\\)|copyright|حقوق النشر|حقوق الطبع)", FLAGS); //$NON-NLS-1$

	/** The end of a credit's holder: end of line, a bracket or bar, the next label ("Lizenz:"), or a full stop that does not follow an initial. */
	private static final String HOLDER_END = "\\s*(?=$|[()|;\\n\\]]|\\s(?:Written|Text|Words|Story|Reporting|Texto|Testo|Texte|Reportage|Redacción|Redazione) (?:by|de|di|von|par|por)(?![\\p{L}])|\\s(?:Lizenz|License|Licence|Licencia|Licença|Licenza|Licentie)\\s*:|(?<![\\s.:(]\\p{Lu})(?<!(?<![\\p{L}])(?:Dr|Mr|Mrs|Ms|Prof|St|Jr|jr|Sr|Mme|Sra|Dra))\\.(?:\\s|$))"; //$NON-NLS-1$
	private static final String ITEM_WORD = "(?:photograph|photographie|photo|foto|fotografia|fotografía|image|immagine|immagini|imagen|imágenes|imagem|imagens|bild|bilder|bildrechte|bildquelle|beeld|picture|illustration|grafik|graphic|infographic|infografik" //$NON-NLS-1$
			// a plural in s, or the Dutch plural of a word ending in a vowel: "Foto's: ANP", "Video's: NOS"
			+ "|infograf[ií]a|video|vidéo|vídeo|map|karte|mapa|carte|grafico|gráfico|cartoon|vignetta|titelbild|aufmacherbild|foto de capa|foto di copertina|foto de portada|bildnachweis|fotonachweis|bildquellen|screenshot|capture d['’]écran|captura de pantalla|captura de tela|schermata|ausriss)(?:s|['’]s)?"; //$NON-NLS-1$

	/**
	 * "Photo: Reuters", "Foto: ANSA", "Image credit: X", "Bild: dpa", "Crédit photo : X", "Créditos: X", "Foto da: X" —
	 * label, then the holder.
	 */
	static final Pattern LABEL_CREDIT = Pattern.compile("(?<![\\p{L}])(?:" + ITEM_WORD //$NON-NLS-1$
			+ "(?:\\s+(?:credits?|crédits?|créditos?|courtesy|source))?(?:\\s+(?:by|di|de|da|do|par|por|von|from))?" //$NON-NLS-1$
			+ "|(?:credits?|crédits?|créditos?|credito|crediti)(?:\\s+(?:photos?|fotos?|images?|imagens?|d[aeo]s?\\s+(?:la\\s+)?(?:fotos?|imagen|imagem|imagens|foto)))?)" //$NON-NLS-1$
			+ "\\s*[:：]\\s*(?<holder>[\\p{L}\\p{N}©@][^\\n()|;]*?)" + HOLDER_END, FLAGS | Pattern.MULTILINE); //$NON-NLS-1$

	/** "Photo by X", "Foto di X", "Photo de X", "Foto von X", "Photo from X", "Photo courtesy of X": only in short lines (captions). */
	static final Pattern BY_CREDIT = Pattern.compile("(?<![\\p{L}])(?i:photo|foto|fotografia|fotografía|image|immagine|imagen|imagem|bild|picture|video|scatto|lo scatto|la foto|la photo|la imagen|a foto)s?\\s+(?i:(?:è|est|es|é|ist|is)\\s+)?(?i:(?:prises?|taken|scattat[ae]|tomadas?|tiradas?|aufgenommen|gemaakt)\\s+)?(?i:by|di|de|da|do|par|por|von|door|from|courtesy of|cortesía de|cortesia de)(?:\\s+(?i:by))?\\s+(?<holder>\\p{Lu}[^\\n()|;]*?)" //$NON-NLS-1$
			+ HOLDER_END, Pattern.UNICODE_CASE | Pattern.MULTILINE);

	/** A source line: "Fonte: ANSA", "Quelle: dpa", "Source : AFP", "المصدر: رويترز" (a credit when it names an agency). */
	static final Pattern SOURCE_CREDIT = Pattern.compile("(?<![\\p{L}])(?:source|sources|fonte|fonti|fuente|fuentes|quelle|bron|المصدر|منقول من|نقلا عن|نقلاً عن)\\s*[:：/]\\s*(?<holder>[\\p{L}\\p{N}©][^\\n()|;]{0,80}?)" + HOLDER_END, //$NON-NLS-1$
			FLAGS | Pattern.MULTILINE);

	/**
	 * A source word with no colon, or a semicolon, opening a short line, and the holder after it: "Fonte Carabinieri",
	 * "Fonte; PRF", "Quelle dpa", "Bron ANP", "Source AFP", "Fuente Europa Press", "المصدر وكالة الأنباء" (issue 15,
	 * fifteenth session). The holder is the rest of the line: a name's shape, no sentence; a word in lower case only when it is
	 * a listed holder's ("Quelle dpa").
	 */
	static final Pattern SOURCE_BARE = Pattern.compile("^[ \\t]*(?iu:source|sources|fonte|fonti|fuente|fuentes|quelle|quellen|bron|bronnen|المصدر)(?:[ \\t]*;[ \\t]*|[ \\t]+)(?<holder>[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N} .'’&/\\-]{0,58}?)[ \\t.]*$", //$NON-NLS-1$
			Pattern.MULTILINE);

	/** A short bracketed group that may name an agency: "(AFP)", "(Reuters)", "(AP Photo/Evan Vucci)", "(رويترز)". */
	static final Pattern BRACKETED = Pattern.compile("[(\\[]\\s*(?<holder>[^()\\[\\]\\n]{2,60}?)\\s*[)\\]]"); //$NON-NLS-1$

	/** What may stand beside an agency in a bracketed credit: cue words, dates, separators. */
	static final Pattern BRACKET_FILLER = Pattern.compile("(?iu)(?<![\\p{L}])(?:photo|photos|foto|fotos|file|archive|archivo|archivio|arquivo|archiv|pool|handout|video|image|bild|photographer|staff|str|ho"
			+ "|أرشيفية|ارشيفية|أرشيف|صورة|الصورة|تصوير|وكالات|via|عبر)(?![\\p{L}])|[\\p{N}/\\-–—:,،؛.·\\s]"); //$NON-NLS-1$

	/** One name of a credit chain: a capitalised word and up to four more, or up to three Arabic words, never the two scripts mixed. */
	private static final String NAME_WORD = "(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}\\p{M}'’\\-]*)"; //$NON-NLS-1$
	private static final String ARABIC_NAME = "\\p{IsArabic}+(?:[ \\u00A0]\\p{IsArabic}+){0,2}"; //$NON-NLS-1$
	private static final String SEGMENT = "(?:(?:www\\.)?[\\p{Ll}\\p{N}\\-]+\\.(?:com|org|net)|" + ARABIC_NAME + "|" + NAME_WORD + "(?:[ \\u00A0](?:" + NAME_WORD //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			+ "|(?:de|da|di|do|dos|das|del|della|van|von|der|den|la|le|bin|ibn|al|el|y|e)(?=[ \\u00A0]\\p{Lu}))){0,4})"; //$NON-NLS-1$

	/** "NAME/AGENCY/Getty Images", "NAME / POOL / AFP", "EFE/NAME", "Marcelo Camargo/Agência Brasil", optionally "via X". */
	static final Pattern CHAIN_CREDIT = Pattern.compile("(?<![\\p{L}\\p{N}/:.@])(?<holder>" + SEGMENT + "(?:\\s*/\\s*" + SEGMENT + "){1,4}(?:\\s+(?:via|عبر)\\s+" + SEGMENT + ")?)" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			+ "(?=\\s*(?:$|[)\\]|.;,]|\\s\\p{Lu}|\\s\\p{IsArabic}))", Pattern.UNICODE_CASE | Pattern.MULTILINE); //$NON-NLS-1$

	/** A publication's or person's name: capitalised words with their articles and particles ("the New York Times", "l'Humanité"), or a site. */
	private static final String PUBLICATION = "(?:(?:www\\.)?[\\p{Ll}\\p{N}\\-]+\\.(?:com|org|net|[a-z]{2})(?![\\p{L}])|(?:(?i:the|le|la|les|el|il|lo|der|die|das|o|a|de|het)\\s+|(?i:l)['’])?" //$NON-NLS-1$
			+ "[\\p{Lu}\\p{N}][\\p{L}\\p{N}.'’&\\-]*(?:\\s+(?:[\\p{Lu}\\p{N}][\\p{L}\\p{N}.'’&\\-]*|(?:of|de|di|du|del|della|der|des|da|do|dos|das|and|&|y|e|et|und)(?=\\s+\\p{Lu}))){0,5})"; //$NON-NLS-1$

	/**
	 * A text credited to the publication it was first published in: "first published in The Guardian", "publié dans Le
	 * Monde", "parue dans l'édition de samedi de l'Humanité", "pubblicato su", "publicado originalmente en", "erschienen
	 * in", "un articolo di Rolling Stones", "نشر في"; the holder is the publication (or the author and it).
	 */
	static final Pattern REPUBLISHED = Pattern.compile("(?<![\\p{L}])(?iu:" //$NON-NLS-1$
			+ "(?:(?:originally|first) )?(?:published|posted|appeared|printed|ran)(?: originally| first)?(?: on \\p{L}+ \\d{1,2}(?:, \\d{4})?)? (?:in|on|by|at)(?: the (?:site|website|blog|pages|edition) of)?" //$NON-NLS-1$
			+ "|republished (?:from|with permission from)|reprinted from|adapted from an article (?:in|by)" //$NON-NLS-1$
			+ "|(?:publi[ée]e?s?|parue?s?)(?: le \\d{1,2}(?:er)? \\p{L}+ \\d{4})?(?: initialement| d['’]abord| originellement)? (?:dans|sur|par|chez)(?: le (?:site|blog)(?: (?:du|de la|de l['’]|des|de))?)?(?: l['’]édition (?:\\p{L}+ )*?(?:du|de la|de l['’]|de))?" //$NON-NLS-1$
			+ "|(?:un article|une tribune|un entretien) (?:de|du|de la|d['’]) (?=[^\\n]{1,60}? pour )[^\\n]{1,60}? pour" //$NON-NLS-1$
			+ "|publicad[oa]s?(?: originalmente| por primera vez)? (?:en|por|em|no|na|pelo|pela)(?: el sitio (?:de|del))?" //$NON-NLS-1$
			+ "|(?:pubblicat|appars|compars|uscit)[oaie](?: originariamente| originalmente| per la prima volta| in questi giorni| ieri| oggi| di recente| recentemente)? (?:su|da|in|sul|sulla|nel|nella|dal|dalla)" //$NON-NLS-1$
			+ "|articolo su(?:l|lla)?(?= (?:settimanale|giornale|quotidiano|periodico|rivista|sito|blog) )|artículo en(?= (?:el )?(?:diario|periódico|semanario|revista) )" //$NON-NLS-1$
			+ "|(?<![^\\n])(?:l['’])?(?:articolo|artículo|artigo) (?:su|sul|sulla|en|no|na)(?= [“\"«]?\\p{Lu})" // a line that opens "Articolo su La Stampa del 27 aprile", "L’articolo su Repubblica online" //$NON-NLS-1$
			+ "|(?:un |\\p{L}*['’])articolo (?:di|del|della|dello|de)|(?:un )?artículo (?:de|del)(?= \\p{Lu})" //$NON-NLS-1$
			+ "|(?:erschienen|erschien|veröffentlicht|publiziert)(?: zuerst| ursprünglich| erstmals)? (?:in|bei|auf|im|in der)" //$NON-NLS-1$
			+ "|(?:verscheen|verschenen|gepubliceerd)(?: eerder| eerst| oorspronkelijk| ook)? (?:in|op|bij)" //$NON-NLS-1$
			+ "|publicad[oa]s?(?: originalmente)? (?:no|na) (?:site|blog|página|jornal|revista) d[aoe]s?" //$NON-NLS-1$
			+ "|(?:نشر|نُشر|نشرت|نُشرت)(?: أصلا| أصلاً| أولا)? (?:في|على|بموقع|في موقع|في صحيفة|في مجلة)|نقلا عن|نقلاً عن" //$NON-NLS-1$
			+ ")\\s+(?:(?i:el |the )?(?i:giornale|quotidiano|periodico|settimanale|sito|blog|rivista|journal|quotidien|hebdomadaire|site|newspaper|magazine|website|periódico|diario|semanario|revista|jornal)\\s+)?[“\"«„]?" //$NON-NLS-1$
			+ "(?<holder>" + PUBLICATION + "|[\\p{IsArabic}]+(?:\\s+[\\p{IsArabic}]+){0,3})", Pattern.UNICODE_CASE); //$NON-NLS-1$

	/**
	 * The publisher after a language a text was first published in: "(originally published in English) by Global Voices",
	 * "(zuerst erschienen auf Englisch) bei Netzpolitik".
	 */
	static final Pattern BY_PUBLICATION = Pattern.compile("\\s+(?:by|von|bei|door|par|por|da)\\s+(?<holder>" + PUBLICATION + ")", Pattern.UNICODE_CASE); //$NON-NLS-1$

	/** "PABLO VALADARES/CÂMARA_DOS_DEPUTADOS": a chain in capitals, one of its names a person's (two words or more). */
	static final Pattern CAPITALS_CHAIN = Pattern.compile("(?<![\\p{L}\\p{N}/])(?<holder>\\p{Lu}[\\p{Lu}_.'’\\-]+(?:[ _]\\p{Lu}[\\p{Lu}_.'’\\-]+){0,4}(?:\\s*/\\s*\\p{Lu}[\\p{Lu}_.'’\\-]+(?:[ _]\\p{Lu}[\\p{Lu}_.'’\\-]+){0,4}){1,3})(?![\\p{L}\\p{N}/])"); //$NON-NLS-1$

	/** "NAME via Getty Images", "X via Wikimedia Commons" (the last name must be a listed holder). */
	static final Pattern VIA_HOLDER = Pattern.compile("(?<![\\p{L}\\p{N}])(?<holder>" + SEGMENT + "\\s+(?:via|عبر)\\s+" + SEGMENT + ")" //$NON-NLS-1$ //$NON-NLS-2$
			+ "(?=\\s*(?:$|[)\\]|.;,]))", Pattern.UNICODE_CASE | Pattern.MULTILINE); //$NON-NLS-1$

	/** "(تصوير: X)", "(صورة: X)", "(أرشيفية - رويترز)", "الصورة: X", "صدر الصورة، Reuters" (BBC Arabic: "the picture's source"). */
	static final Pattern ARABIC_CREDIT = Pattern.compile("\\(\\s*(?:تصوير|صورة(?: من)?|الصورة|المصدر|مصدر (?:الصورة|النص|الخبر))\\s*[:：]?\\s*(?<holder>[^)\\n]+?)\\s*\\)" //$NON-NLS-1$
			+ "|\\(\\s*(?:صورة )?(?:أرشيفية|ارشيفية)\\s*[-–—:]\\s*(?<holder2>[^)\\n]+?)\\s*\\)" //$NON-NLS-1$
			+ "|(?<![\\p{L}])(?:(?:صدر|مصدر|حقوق) الصورة\\s*[:،]|(?:تصوير|الصورة|صورة(?: من)?|مصدر (?:النص|الخبر))\\s*:)\\s*(?<holder3>[^\\n(]+?)\\s*$", Pattern.MULTILINE); //$NON-NLS-1$


	/** "Courtesy of X", "per gentile concessione di X"...: the holder of an item used with permission. */
	static final Pattern COURTESY = Pattern.compile("(?:courtesy(?: of)?|per gentile concessione (?:di|del|della)|avec l['’]aimable autorisation (?:de|du|des)|cortes[ií]a (?:de|del)|mit freundlicher genehmigung (?:von|der|des)|cortesia (?:de|do|da)|بإذن من|بإذن)\\s+(?<holder>[^\\n()|;.]+)", FLAGS); //$NON-NLS-1$

	/** A byline: "By NAME", "di NAME", "بقلم: NAME" on a line of its own. */
	static final Pattern BYLINE = Pattern.compile("^\\s*(?i:by|di|par|por|von|autore|author|autor|auteur|written by|testo di|بقلم|كتب|كتبت|إعداد)\\s*:?\\s+(?<name>(?:the\\s+)?[\\p{Lu}\\p{IsArabic}][\\p{L}.'’\\- ]{1,60}?)\\s*$", Pattern.MULTILINE | Pattern.UNICODE_CASE); //$NON-NLS-1$

	static final Pattern URL = Pattern.compile("https?://[^\\s<>\"'«»“”()]+[^\\s<>\"'«»“”().,;:!?]"); //$NON-NLS-1$

	/** A labelled source line: "Source: Lifegate", "Fonte: X", "المصدر: X". */
	static final Pattern SOURCE_LABEL = Pattern.compile("^\\s*(?:source|fonte|fuente|quelle|المصدر)\\s*[:：]\\s*(?<name>[^\\n]{1,80}?)\\s*$", FLAGS | Pattern.MULTILINE); //$NON-NLS-1$

	static final Pattern DISCLAIMER = Pattern.compile("without warrant(?:y|ies)|provided [\"“]?as[ \\-]is|senza (?:alcuna )?garanzi[ae]|sans (?:aucune )?garantie|sin (?:ninguna )?garant[ií]a|ohne (?:jede )?gew[aä]hr|sem (?:qualquer )?garantia|دون (?:أي )?ضمان|بدون (?:أي )?ضمان", FLAGS); //$NON-NLS-1$

	/** A translation notice or a translator's credit, in the seven languages and Dutch. */
	static final Pattern TRANSLATION_NOTICE = Pattern.compile("(?<![\\p{L}])(?:(?:my|our) (?:own )?translation|(?:ma|notre) traduction|(?:nella |in )?(?:mia|nostra) traduzione|(?:mi|nuestra) traducción|(?:minha|nossa) tradução|(?:meine|unsere) Übersetzung|(?:mijn|onze) vertaling|ترجمتي|ترجمتنا)(?![\\p{L}])" // not "our translations", a translation service's menu
			+ "|translated (?:from|by|into|for)|translation (?:of|from|by)|(?<![\\p{L}])(?:translation|translator|translated by)\\s*:" //$NON-NLS-1$
			+ "|tradu(?:it|ite|its|ites|ction) (?:de|d['’]|par|du|des|en|pour|réalisée)|traduction\\s*:|traduit(?:e|s|es)? de l['’]\\p{L}+|traducteur|traductrice" //$NON-NLS-1$
			+ "|tradott[oaie] (?:da|dal|dall['’]|dallo|dalla|in|per)|traduzione (?:di|da|dal|dall['’]|a cura di)|traduzione\\s*:|traduciamo|traduttore|traduttrice" //$NON-NLS-1$
			+ "|traducid[oa]s? (?:por|del|de|para|al)|traducci[oó]n (?:de|del|por|al)|traducci[oó]n\\s*:|traductor(?:a)?\\s*:" //$NON-NLS-1$
			+ "|übersetzt (?:von|aus|durch)|ins \\p{L}+ übersetzt|übersetzung (?:aus|von|des|der)|übersetzung\\s*:|aus dem \\p{L}+ (?:übersetzt|von)|\\p{L}+(?:en|schen) Original|Originalartikel|Originalfassung" //$NON-NLS-1$
			+ "|traduzid[oa]s? (?:por|do|de|da|para|pel[oa])|tradução (?:de|do|da|por)|tradução\\s*:|tradutor(?:a)?\\s*:" //$NON-NLS-1$
			+ "|vertaald (?:uit|door|van)|vertaling\\s*:" //$NON-NLS-1$
			// a language version credited to its translator: "English version by X", "Version française : Anne Roy", "Deutsche Fassung: X"
			+ "|(?:(?:english|french|spanish|italian|german|portuguese|arabic|dutch) version|version (?:française|anglaise|arabe|espagnole|italienne|allemande|portugaise|néerlandaise)" //$NON-NLS-1$
			+ "|versión (?:en español|española|en inglés|inglesa|árabe|francesa|italiana|alemana|portuguesa)|versione (?:italiana|inglese|francese|spagnola|tedesca|araba|portoghese)" //$NON-NLS-1$
			+ "|(?:deutsche|englische|französische|arabische|spanische|italienische) (?:fassung|version|übertragung)|versão (?:em português|portuguesa|brasileira|em inglês|inglesa|em espanhol|árabe|francesa)" //$NON-NLS-1$
			+ "|(?:nederlandse|engelse|franse|duitse) (?:versie|vertaling)|النسخة (?:العربية|الإنجليزية|الفرنسية))" //$NON-NLS-1$
			+ "(?:\\s+(?:by|par|de|di|a cura di|von|door|por|بقلم)|\\s*:\\s*(?-i:\\p{Lu})[\\p{L}.'’\\-]+\\s+(?-i:\\p{Lu})[\\p{L}.'’\\-]*|\\s*:\\s*\\p{IsArabic}+\\s+\\p{IsArabic}+\\s*$)(?![\\p{L}])" //$NON-NLS-1$
			// a translation the page presents in running text: "dont nous proposons ici la traduction du texte", "ofrecemos esta traducción generalizada de la introducción"
			+ "|(?:nous (?:vous )?(?:proposons|publions|présentons|offrons)|we (?:present|publish|offer)|(?:presentiamo|pubblichiamo|proponiamo|offriamo)|(?:ofrecemos|presentamos|publicamos)|(?:apresentamos|oferecemos)|wir (?:veröffentlichen|präsentieren|bieten)|we (?:presenteren|publiceren)|(?:ننشر|نقدم))" //$NON-NLS-1$
			+ "(?:\\s+(?:ici|here|qui|aquí|aqui|hier|hieronder|below|ci-dessous|di seguito|a continuación|a seguir|هنا))?\\s+(?:la|cette|une|the|this|a|la|questa|una|esta|una|a|esta|uma|die|diese|eine|de|deze|een)\\s+(?:[\\p{L}]+\\s+)?(?:traduction|translation|traduzione|traducción|tradução|Übersetzung|vertaling)(?:\\s+[\\p{L}]+)?\\s+" //$NON-NLS-1$
			+ "(?:du|de l['’]|de la|des|d['’]|of the|of|del|della|dello|dell['’]|de|da|do|der|des|van het|van de|van)\\s*(?:texte|article|introduction|entretien|discours|poème|lettre|préface|texto|artículo|introducción|entrevista|discurso|poema|carta|prólogo|testo|articolo|introduzione|intervista|discorso|lettera|prefazione|text|interview|speech|poem|letter|preface|Textes|Artikels|Einleitung|Interviews|Rede|Gedichts|Briefes|Vorworts|tekst|artikel|inleiding|toespraak|gedicht|brief|voorwoord|artigo|introdução|prefácio)(?![\\p{L}])" //$NON-NLS-1$
			// leave to translate: "L'auteur nous a permis de lire et de traduire cet article", "who allowed us to translate his essay"
			+ "|(?:nous|us|ci|nos|uns|ons)\\s+(?:a |ont |ha |hanno |has |have |hat |haben |heeft |hebben )?(?:permis|autorisés?|allowed|permitted|permesso|autorizzat[oi]|permitió|permitieron|autorizó|permitiu|autorizou|erlaubt|gestattet|toegestaan)[^.\\n]{0,30}?(?:traduire|translate|tradurre|traducir|traduzir|übersetzen|vertalen)(?![\\p{L}])" //$NON-NLS-1$
			// a translator's note: "Translator's note", "Note on the English translation", "Nota del traductor", "Anmerkung des Übersetzers"
			+ "|translator['’]s (?:note|preface|introduction)|note on (?:the )?(?:\\p{L}+ )?translation|nota del traductor|nota de la traductora|nota do tradutor|nota da tradutora|nota del traduttore|nota della traduttrice|anmerkung (?:des übersetzers|der übersetzerin)|noot van de vertaler|ملاحظة المترجم|تنويه المترجم" //$NON-NLS-1$
			+ "|(?:free|machine|automatic) translation|machine[- ]translated|automatically translated|tradu(?:it|ite|its|ites|ction) (?:automatiquement|automatique|libre)" //$NON-NLS-1$
			+ "|traducid[oa] automáticamente|traducci[oó]n (?:libre|automática)|tradott[oa] automaticamente|traduzione (?:libera|automatica)|traduzid[oa] automaticamente" //$NON-NLS-1$
			+ "|tradução (?:livre|automática)|maschinell übersetzt|freie übersetzung|ترجمة (?:آلية|حرة)" //$NON-NLS-1$
			+ "|(?:قسم|وحدة|فريق) الترجمة|(?m:^\\s*ترجمات\\s*$)|(?<![\\p{L}])ترجمة|(?<![\\p{L}])ترجمه|(?<![\\p{L}])ترجمها|(?<![\\p{L}])ترجمته|مترجم(?:ة)? (?:عن|من)|نقله إلى العربية|نقلته إلى العربية|نقلها إلى العربية|المترجمة|المترجم(?!ين|ون|ة)" //$NON-NLS-1$
			// translating a page or a text: "Creado al traducir la página", "created by translating the article"
			+ "|(?:al |by |en |nel |ao )(?:traducir|traduciendo|translating|traduisant|tradurre|traducendo|traduzir|traduzindo|übersetzen|vertalen) (?:(?:de|del|la|el|the|le|il|lo|a|o|das|den|die|het) |l['’])?(?:página|page|pagina|article|artículo|articolo|artigo|texto|text|texte|testo|Artikel|artikel|Seite)(?![\\p{L}])" //$NON-NLS-1$
			+ "|(?:traduciendo|translating|traduisant|traducendo|traduzindo) (?:(?:la|el|the|le|la|il|lo|a|o) |l['’])(?:página|page|pagina|article|artículo|articolo|artigo)(?![\\p{L}])", FLAGS); //$NON-NLS-1$

	/**
	 * Words saying that an original exists ("originally published", "article original", "المقال الأصلي"): with the name
	 * of a language other than the text's, a translation.
	 */
	static final Pattern ORIGINAL = Pattern.compile("original|originale|originalmente|originariamente|initialement|ursprünglich|erstmals|zuerst|oorspronkelijk|الأصلي|الأصلية|الأصل|أصلا|أصلاً"
			// "rédigé à l'origine en arabe", "scritto in origine in inglese", "originellement paru en anglais"; not "à l'origine de"
			// (at the root of: "les Anglais sont à l'origine du football") nor "d'origine arabe" (of Arabic origin)
			+ "|à l['’]origine(?!\\s+(?:de|du|des|d['’]))|(?<![\\p{L}])in origine|originellement", FLAGS); //$NON-NLS-1$

	/** Any other modification notice ("adapted from", "modified", "abridged"). Format shifting is not one. */
	static final Pattern MODIFICATION_NOTICE = Pattern.compile("adapted (?:from|by)|modified (?:from|by)|(?:has been|was|were) (?:modified|edited|abridged|shortened)|changes (?:were )?made|abridged|adattat[oa] (?:da|dal)|modificat[oa]|adapt[ée]e? (?:de|d['’]|par)|modifi[ée]e? par" //$NON-NLS-1$
			+ "|adaptad[oa] (?:de|del|por)|modificad[oa]|bearbeitet (?:von|nach)|gekürzt|مقتبس(?:ة)? (?:عن|من)|معدل(?:ة)? عن|بتصرف", FLAGS); //$NON-NLS-1$

	/**
	 * The disclaimer every Creative Commons deed carries ("This deed ... is not a license", "Dit is geen licentie"): a page
	 * that says it is not a licence names licences without licensing anything (a copy of a deed, a licence chooser).
	 */
	static final Pattern NOT_A_LICENCE = Pattern.compile("(?:this|the deed|it) (?:is not|isn['’]t) a licen[cs]e|(?:ceci|cet acte|ce résumé) n['’]est pas une licence|esto no es una licencia|(?:questo|quest['’]atto) non è una licenza"
			+ "|isto não é uma licença|(?:dies|diese zusammenfassung) ist keine lizenz|dit is geen licentie|هذه ليست رخصة|هذا ليس ترخيصا|هذا ليس ترخيصاً", FLAGS); //$NON-NLS-1$
}
