package dossier.licence.internal;

import java.util.regex.Pattern;

/** The regular expressions the checker reads notices with, in one place so they can be reviewed together. */
final class Patterns {

	private Patterns() {
	}

	private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

	/** A CC licence URL; groups: elements, version, port, deed language. by-sa stays by-sa (scancode#3703). */
	static final Pattern CC_URL = Pattern.compile("(?:https?://)?(?:[a-z]+\\.)?creativecommons\\.org/licen[cs]es/" //$NON-NLS-1$
			+ "(by(?:-(?:nc|sa|nd)){0,2})/(\\d\\.\\d)(?:/(?!deed|legalcode)([a-z]{2,3})(?![a-z]))?" //$NON-NLS-1$
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

	/** GFDL; groups: version (short form), version (long form). */
	static final Pattern GFDL = Pattern.compile("(?<![\\p{L}])GFDL(?:[ \\-]?v?(1\\.[123]))?(?![\\p{L}])" //$NON-NLS-1$
			+ "|GNU Free Documentation Licen[cs]e(?:,?\\s*(?:version|v\\.?)\\s*(1\\.[123]))?" //$NON-NLS-1$
			+ "|Licenza per (?:la )?documentazione libera GNU|Licence de documentation libre GNU|Licencia de documentación libre de GNU" //$NON-NLS-1$
			+ "|GNU-Lizenz für freie Dokumentation|Licença de Documentação Livre GNU|رخصة جنو للوثائق الحرة", FLAGS); //$NON-NLS-1$

	/** "Creative Commons" in any of our languages: the anchor of a prose licence name. */
	static final Pattern CC_PROSE = Pattern.compile("Creative[\\s\\-]*Commons|المشاع\\s+ال[إا]بداعي", FLAGS); //$NON-NLS-1$

	static final Pattern WORD_BY = Pattern.compile("attribution|atribuci[oó]n|reconocimiento|attribuzione|namensnennung|atribui[cç][aã]o|paternit[ée]|نسب المصنف|النسبة|(?<![\\p{L}])BY(?![\\p{L}])", FLAGS); //$NON-NLS-1$
	static final Pattern WORD_SA = Pattern.compile("share[\\s\\-]?alike|compartir[\\s\\-]?igual|condividi allo stesso modo|partage dans les m[eê]mes conditions|weitergabe unter gleichen bedingungen|compartilha[\\s\\-]?igual|compartilhamento pela mesma licen[cç]a|الترخيص بالمثل|المشاركة بالمثل|(?<![\\p{L}])SA(?![\\p{L}])", FLAGS); //$NON-NLS-1$
	static final Pattern WORD_NC = Pattern.compile("non[\\s\\-]?commercial|no[\\s\\-]?comercial|non commerciale|pas d['’]utilisation commerciale|nicht[\\s\\-]?kommerziell|n[aã]o[\\s\\-]?comercial|غير تجاري|غير التجاري|(?<![\\p{L}])NC(?![\\p{L}])", FLAGS); //$NON-NLS-1$
	static final Pattern WORD_ND = Pattern.compile("no[\\s\\-]?derivatives|no[\\s\\-]?derivs|no derivative works|sin[\\s\\-]?derivadas|sin[\\s\\-]?obra[\\s\\-]?derivada|non opere derivate|pas de modification|keine bearbeitung(?:en)?|sem[\\s\\-]?deriva[cç][oõ]es|sem[\\s\\-]?derivados|منع الاشتقاق|بدون اشتقاق|لا اشتقاق|(?<![\\p{L}])ND(?![\\p{L}])", FLAGS); //$NON-NLS-1$
	static final Pattern WORD_ZERO = Pattern.compile("(?<![\\p{L}])(?:zero|CC0)(?![\\p{L}])|public domain dedication", FLAGS); //$NON-NLS-1$
	static final Pattern VERSION = Pattern.compile("(?<![\\p{N}.,])([1-4][.,][05]|2[.,]1)(?![\\p{N}])"); //$NON-NLS-1$
	static final Pattern PORT_WORD = Pattern.compile("(?<![\\p{L}])(IGO)(?![\\p{L}])|England and Wales|(?<![\\p{L}])(Japan|Giappone|Japon|Japón)(?![\\p{L}])", FLAGS); //$NON-NLS-1$

	static final Pattern ALL_RIGHTS_RESERVED = Pattern.compile("all rights reserved|tutti i diritti (?:sono )?riservati|tous droits réservés|todos los derechos reservados" //$NON-NLS-1$
			+ "|alle rechte vorbehalten|todos os direitos reservados|جميع الحقوق محفوظة|كل الحقوق محفوظة|حقوق (?:النشر|الطبع) محفوظة", FLAGS); //$NON-NLS-1$

	static final Pattern WITH_PERMISSION = Pattern.compile("(?:used|republished|reprinted|reproduced|published) (?:here )?with (?:kind )?permission" //$NON-NLS-1$
			+ "|(?:ri)?pubblicat[oa] (?:con il|su) (?:gentile )?(?:permesso|autorizzazione)|(?:republié|reproduit|publié)e? avec (?:l['’])?(?:aimable )?autorisation" //$NON-NLS-1$
			+ "|(?:republicado|reproducido|publicado) con (?:el )?permiso|mit (?:freundlicher )?genehmigung|(?:republicado|reproduzido|publicado) com (?:a )?permissão" //$NON-NLS-1$
			+ "|(?:أعيد )?نشر(?:ه|ها|ت)? بإذن|بإذن من", FLAGS); //$NON-NLS-1$

	/** A licensing verb or label before a licence name: what makes a mention in running text a statement. */
	static final Pattern LICENSING_CUE = Pattern.compile("licen[cs]ed|licen[cs]e\\s*:|licen[cs]e\\b|available under|released under|published under|distributed under" //$NON-NLS-1$
			+ "|licenza|rilasciat[oa]|sotto licenza|licence|sous licence|publié sous|licencia|bajo licencia|publicado bajo|lizenz|unter der|lizenziert|licença|licenciado|sob a licença" //$NON-NLS-1$
			+ "|مرخص|مرخصة|رخصة|ترخيص|بموجب|منشور تحت|تحت رخصة", FLAGS); //$NON-NLS-1$

	/** Words that make a notice about this very text ("this article is licensed..."). */
	static final Pattern SELF_REFERENCE = Pattern.compile("this (?:article|work|text|post|story|page|content|site|website|report|translation)|content on this|unless otherwise|except where" //$NON-NLS-1$
			+ "|quest[oa] (?:articolo|testo|contenuto|sito|opera|traduzione)|salvo (?:dove|ove) |cet article|ce texte|ce contenu|ce site|cette traduction|sauf mention" //$NON-NLS-1$
			+ "|este (?:artículo|texto|contenido|sitio|artigo|conteúdo|site)|esta (?:obra|tradu[cç][aã]o|traducción)|salvo (?:que|indicação)|dieser (?:Artikel|Text|Beitrag)|diese (?:Seite|Übersetzung)|sofern nicht" //$NON-NLS-1$
			+ "|هذا المقال|هذه المقالة|هذا النص|هذا المحتوى|محتوى هذا|هذه الترجمة|هذا الموقع", FLAGS); //$NON-NLS-1$

	/** A negation shortly before a licence name: "not licensed under", "non è rilasciato con", "ليس مرخصا". */
	static final Pattern NEGATION = Pattern.compile("(?<![\\p{L}])(?:not|never|no longer|isn['’]t|aren['’]t|wasn['’]t|non(?!\\s+(?:diversamente|altrimenti))|n['’](?:est|a|ont) (?:pas|jamais)|ne (?:sont|est) pas" //$NON-NLS-1$
			+ "|no (?:está|es|son|se|fue)|nicht|keine?[nr]?|não|ليس|ليست|لا (?:يخضع|تخضع)|غير مرخص|لم يعد|لم يكن)(?![\\p{L}])", FLAGS); //$NON-NLS-1$

	/** Words in a caption or credit that make a licence or credit about one item, not the article. */
	static final Pattern ITEM_CUE = Pattern.compile("(?<![\\p{L}])(?:photo|photos|photograph|foto|fotografia|fotografía|image|immagine|imagen|imagem|bild|picture|illustration|grafik|graphic|infographic|video|صورة|الصورة|تصوير)(?![\\p{L}])|wikimedia commons|flickr", FLAGS); //$NON-NLS-1$

	/** What marks a © line as an agency's or photographer's credit rather than the article's notice. */
	static final Pattern AGENCY_CUE = Pattern.compile("/|(?<![\\p{L}])(?:via|pool|getty|afp|reuters|ap|epa|ansa|shutterstock|istock|alamy|imago|dpa|lapresse|xinhua|sputnik|anadolu|wikimedia|flickr|unsplash|associated press)(?![\\p{L}])|عبر|رويترز|فرانس برس|الأناضول|أ ف ب", FLAGS); //$NON-NLS-1$

	/** "© HOLDER" (the holder runs to the end of the line). */
	static final Pattern COPYRIGHT_SIGN = Pattern.compile("(?:©|\\(c\\)(?=\\s*\\p{L}|\\s*\\d{4}))\\s*(?<holder>[^©\\n]*[^©\\n\\s.;,)])", FLAGS); //$NON-NLS-1$

	/** A year after the © sign: "© 2024 Lifegate" is a notice, not a photo credit. */
	static final Pattern YEAR_AFTER_SIGN = Pattern.compile("^(?:©|\\(c\\))\\s*(?:copyright\\s*)?(?:19|20)\\d\\d", Pattern.CASE_INSENSITIVE); //$NON-NLS-1$

	/** A copyright notice line: "© 2024 Lifegate", "Copyright 2024 ...", "(c) X". */
	static final Pattern COPYRIGHT_LINE = Pattern.compile("^(?:©|\\(c\\)|copyright|حقوق النشر|حقوق الطبع)", FLAGS); //$NON-NLS-1$

	/** "Photo: Reuters", "Foto: ANSA", "Image credit: X", "Bild: dpa" — label, then the holder. */
	static final Pattern LABEL_CREDIT = Pattern.compile("(?<![\\p{L}])(?:photo|foto|fotografia|fotografía|image|immagine|imagen|imagem|bild|picture|credit|crédit|crédito|credito|credits|illustration|grafik)s?" //$NON-NLS-1$
			+ "(?:\\s+(?:credit|crédit))?\\s*[:：]\\s*(?<holder>[\\p{L}\\p{N}©][^\\n()|;]*?)\\s*(?=$|[)|;\\n]|\\.(?:\\s|$))", FLAGS | Pattern.MULTILINE); //$NON-NLS-1$

	/** "Photo by X", "Foto di X", "Photo de X", "Foto von X": only in short lines (captions). */
	static final Pattern BY_CREDIT = Pattern.compile("(?<![\\p{L}])(?i:photo|foto|image|immagine|imagen|imagem|bild|picture)s?\\s+(?i:by|di|de|par|por|von)\\s+(?<holder>\\p{Lu}[^\\n()|;]*?)\\s*(?=$|[)|;\\n]|\\.(?:\\s|$))", Pattern.UNICODE_CASE | Pattern.MULTILINE); //$NON-NLS-1$

	/** "(تصوير: X)", "(صورة: X)", "(أرشيفية - رويترز)", "الصورة: X". */
	static final Pattern ARABIC_CREDIT = Pattern.compile("\\(\\s*(?:تصوير|صورة|الصورة|المصدر)\\s*[:：]?\\s*(?<holder>[^)\\n]+?)\\s*\\)" //$NON-NLS-1$
			+ "|\\(\\s*(?:صورة )?(?:أرشيفية|ارشيفية)\\s*[-–—:]\\s*(?<holder2>[^)\\n]+?)\\s*\\)" //$NON-NLS-1$
			+ "|(?<![\\p{L}])(?:تصوير|الصورة)\\s*:\\s*(?<holder3>[^\\n(]+?)\\s*$", Pattern.MULTILINE); //$NON-NLS-1$

	/** "NAME / AGENCY via Getty Images" without ©. */
	static final Pattern VIA_CREDIT = Pattern.compile("(?<holder>\\p{L}[\\p{L}.'’\\- ]*(?:\\s*/\\s*[\\p{L}.'’\\- ]+)+\\s+(?:via|عبر)\\s+(?:Getty Images|Wikimedia Commons|Flickr|Shutterstock|Reuters|AP|Imago))"); //$NON-NLS-1$

	/** "Courtesy of X", "per gentile concessione di X"...: the holder of an item used with permission. */
	static final Pattern COURTESY = Pattern.compile("(?:courtesy(?: of)?|per gentile concessione (?:di|del|della)|avec l['’]aimable autorisation (?:de|du|des)|cortes[ií]a (?:de|del)|mit freundlicher genehmigung (?:von|der|des)|cortesia (?:de|do|da)|بإذن من|بإذن)\\s+(?<holder>[^\\n()|;.]+)", FLAGS); //$NON-NLS-1$

	/** A byline: "By NAME", "di NAME", "بقلم: NAME" on a line of its own. */
	static final Pattern BYLINE = Pattern.compile("^\\s*(?i:by|di|par|por|von|autore|author|autor|auteur|written by|testo di|بقلم|كتب|كتبت|إعداد)\\s*:?\\s+(?<name>(?:the\\s+)?[\\p{Lu}\\p{IsArabic}][\\p{L}.'’\\- ]{1,60}?)\\s*$", Pattern.MULTILINE | Pattern.UNICODE_CASE); //$NON-NLS-1$

	static final Pattern URL = Pattern.compile("https?://[^\\s<>\"'«»“”()]+[^\\s<>\"'«»“”().,;:!?]"); //$NON-NLS-1$

	/** A labelled source line: "Source: Lifegate", "Fonte: X", "المصدر: X". */
	static final Pattern SOURCE_LABEL = Pattern.compile("^\\s*(?:source|fonte|fuente|quelle|المصدر)\\s*[:：]\\s*(?<name>[^\\n]{1,80}?)\\s*$", FLAGS | Pattern.MULTILINE); //$NON-NLS-1$

	static final Pattern DISCLAIMER = Pattern.compile("without warrant(?:y|ies)|provided [\"“]?as[ \\-]is|senza (?:alcuna )?garanzi[ae]|sans (?:aucune )?garantie|sin (?:ninguna )?garant[ií]a|ohne (?:jede )?gew[aä]hr|sem (?:qualquer )?garantia|دون (?:أي )?ضمان|بدون (?:أي )?ضمان", FLAGS); //$NON-NLS-1$

	/** A translation notice. */
	static final Pattern TRANSLATION_NOTICE = Pattern.compile("translated (?:from|by|into)|translation (?:of|from|by)|traduction (?:de|d['’]|par)|traduit (?:de|d['’]|par|du)|tradott[oa] (?:da|dal|dall['’]|dallo|in)|traduzione (?:di|da|dal|dall['’]|a cura di)" //$NON-NLS-1$
			+ "|traducid[oa] (?:por|del|de)|traducci[oó]n (?:de|del|por)|übersetzt (?:von|aus)|übersetzung (?:aus|von)|aus dem \\p{L}+ übersetzt|traduzid[oa] (?:por|do|de|da)|tradução (?:de|do|da|por)" //$NON-NLS-1$
			+ "|(?<![\\p{L}])ترجمة|(?<![\\p{L}])ترجمه|مترجم(?:ة)? (?:عن|من)|نقله إلى العربية|نقلته إلى العربية", FLAGS); //$NON-NLS-1$

	/** Any other modification notice ("adapted from", "modified", "abridged"). Format shifting is not one. */
	static final Pattern MODIFICATION_NOTICE = Pattern.compile("adapted (?:from|by)|modified (?:from|by)|(?:has been|was|were) (?:modified|edited|abridged|shortened)|changes (?:were )?made|abridged|adattat[oa] (?:da|dal)|modificat[oa]|adapt[ée]e? (?:de|d['’]|par)|modifi[ée]e? par" //$NON-NLS-1$
			+ "|adaptad[oa] (?:de|del|por)|modificad[oa]|bearbeitet (?:von|nach)|gekürzt|مقتبس(?:ة)? (?:عن|من)|معدل(?:ة)? عن|بتصرف", FLAGS); //$NON-NLS-1$
}
