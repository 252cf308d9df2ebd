#!/usr/bin/env python3
"""Regenerates src/dossier/entities/internal/subdivisions.tsv, the states, regions and provinces of the world (the
first level of ISO 3166-2) that the open-vocabulary name recogniser takes as places: California, Lombardia,
Bayern, Catalunya, Western Cape, Minas Gerais. GeoNames' cities1000 (places.py) holds towns, not regions.

Sources, all from the npm registry:
  - iso-3166 4.4.0 (MIT, https://github.com/wooorm/iso-3166): every ISO 3166-2 code with the subdivision's name in
    the country's own language as ISO publishes it (Bayern, Catalunya, Toscana, Bretagne);
      npm pack iso-3166@4.4.0 && mkdir iso && tar xzf iso-3166-4.4.0.tgz -C iso
  - cldr-subdivisions-full 48.2.0 (Unicode License v3, https://github.com/unicode-org/cldr-json): the English
    names CLDR gives the same codes (Bavaria, Catalonia, Tuscany, Brittany);
      npm pack cldr-subdivisions-full@48.2.0 && mkdir cldr && tar xzf cldr-subdivisions-full-48.2.0.tgz -C cldr
  - iso3166-2-db 2.3.11 (MIT, https://github.com/esosedi/3166): the same first-level subdivisions' names in Italian,
    German, French, Spanish, Portuguese and Arabic (Baviera, Katalonien, Californie, Cataluña, كاليفورنيا, حضرموت),
    gathered from OpenStreetMap and Wikipedia; optional third argument, the folder of its i18n/*.json files;
      npm pack iso3166-2-db@2.3.11 && mkdir isodb && tar xzf iso3166-2-db-2.3.11.tgz -C isodb
and run
  python3 bundles/dossier.entities/tools/subdivisions.py iso/package/2.js cldr/package/subdivisions/en/en.json \
      isodb/package/i18n

Kept: first-level subdivisions (whose parent is a country) under every name; where a country's first level is its
municipalities (Slovenia, Malta, North Macedonia...) those are kept too: Koper and Bled are places news names. ISO's inverted forms lose their
generic part ("Asturias, Principado de" -> Asturias, "Madrid, Comunidad de" -> Madrid), bracketed notes go
("Guyane (française)"), and names given as alternatives ("Elgeyo/Marakwet", "Trentino-Alto Adige, Trentino-Südtirol")
give each alternative. Left out: names shorter than four letters, and one-word names that are also compass points
or common words in one of the seven languages (Centre, Nord, Delta, Guarda, Littoral), which the recogniser would
otherwise take for places wherever a sentence starts with them. One line per name: name, ISO 3166-2 code.
"""
import json
import os
import re
import sys

OUT = os.path.join(os.path.dirname(__file__), "..", "src", "dossier", "entities", "internal", "subdivisions.tsv")
ENTRY = re.compile(r"code: '([^']+)',\s*name: '((?:[^'\\]|\\.)*)',\s*parent: '([^']+)'")
# the generic part of an inverted ISO name, after its comma: "Principado de", "Comunidad Foral de", "Respublika"
GENERIC = re.compile(r"^(?:[a-zà-ÿ].*|The|City of|County|Region|Republic|Respublika|Comunidad.*|Región de|"
                     r"Principado de|Provincia de|Hlavní město|Unitatea.*|.*\bde)$")
COMMON = {
    # compass points and generic words that name subdivisions somewhere and are ordinary words in our languages
    "centre", "center", "central", "centro", "capital", "nord", "norte", "north", "northern", "sud", "sul", "sur",
    "south", "southern", "est", "este", "leste", "east", "eastern", "ouest", "oeste", "west", "western",
    "oriental", "occidental", "orientale", "occidentale", "littoral", "plateau", "plateaux", "coast", "lakes",
    "islands", "delta", "guarda", "mar", "river", "upper", "lower", "interior", "frontier", "border", "lagunes",
    "savanes", "maritime", "montagnes", "mountains", "valley", "nile", "red sea", "capitale", "distrito",
    "federal", "kara", "lac", "lacs", "mer", "sea", "mountain", "hills", "highlands", "sahel", "sahara", "atlantique",
    "atlántico", "pacific", "pacífico", "acre", "faro", "beja", "bay", "uri", "vaud", "gard", "ain",
    "lot", "var", "cher", "eure", "indre", "loire", "marne", "meuse", "oise", "orne", "saône", "somme", "tarn",
    "vienne", "yonne", "jura", "doubs", "aude", "aisne", "allier", "creuse", "gers", "landes", "manche", "nièvre",
    "sarthe", "vendée", "vosges", "north-west", "south-west", "north-east", "south-east",
}


def names(raw):
    raw = re.sub(r"\s*\([^)]*\)", "", raw.replace("\\'", "'")).strip()
    parts = [p.strip() for p in re.split(r"\s*/\s*", raw) if p.strip()]
    out = []
    for part in parts:
        if ", " in part:
            first, rest = part.split(", ", 1)
            out.append(first)
            if not GENERIC.match(rest):
                out.append(rest)
        else:
            out.append(part)
    return out


def keep(name):
    if len(name) < (3 if ARABIC.search(name) else 4) or name.isupper() or any(c.isdigit() for c in name):
        return False
    return name.lower() not in COMMON


EXONYM_LANGUAGES = ("it", "de", "fr", "es", "pt", "ar")
ARABIC = re.compile("[\u0600-\u06ff]")
# the generic head of an Arabic subdivision's name ("محافظة حمص", "ولاية الخرطوم", "شعبية بنغازي"): the bare name is
# what running text names after its own head or a preposition, and ArabicNames reads the head itself
ARABIC_HEAD = re.compile("^(?:محافظة|ولاية|منطقة|شعبية|إقليم|إمارة|بلدية|مقاطعة|جهة|الجهة|مديرية|قضاء|لواء) ")
# Arabic names of subdivisions that are also everyday words or people's names ("قوة" power, "صباح" morning, "يورو"
# euro, "مدينة" city, "عمران" Imran), or compass and generic words, left out like COMMON
COMMON_AR = {
    "قوة", "صباح", "يورو", "مدينة", "مركزي", "ليمون", "مين", "ميه", "جوهر", "خليج", "دلتا", "قدح", "عطار", "مغار",
    "بالي", "فارس", "قم", "السند", "مليحة", "عمران", "المثنى", "صلاح الدين", "مبارك الكبير", "الأحمدي", "حولي", "ريمة",
    "الجوف", "الباحة", "الشرقية", "الشمال", "الشمالية", "الغربية", "الجنوب", "الجنوبية", "الوسطى", "العاصمة",
    "الداخلية", "البحيرة", "الجزيرة", "الوادي", "الجبل", "المركز", "الساحل", "الشرق", "الغرب", "البيضاء", "الواحات",
    "الزاوية", "المرج", "الخور", "واسط", "معان", "حماة", "الأقصر", "سرت", "البقاع", "النقاط الخمس", "الكاف", "باري",
    "براق", "هيرا", "كارا", "بارا", "براني", "موش", "شكي", "الظاهرة", "المهرة", "الوكرة", "الحدود", "النيل", "المنطقة الوسطى",
    "المنطقة الداخلية", "الجهة الشرقية", "السفلى", "الكبرى", "الأوسط", "الكبير",
}


def exonyms(i18n_folder, top):
    """Names of the first-level subdivisions in our Latin-script languages, by ISO 3166-2 code."""
    names = {}
    for language in EXONYM_LANGUAGES:
        with open(os.path.join(i18n_folder, language + ".json"), encoding="utf-8") as f:
            countries = json.load(f)
        for country, entry in countries.items():
            for region in entry.get("regions", []):
                code = country + "-" + str(region.get("iso", ""))
                if code in top and region.get("name"):
                    name = region["name"]
                    if language == "ar":
                        if not ARABIC.search(name):
                            continue  # a Latin fallback: the other languages give it already
                        name = ARABIC_HEAD.sub("", name)
                        if name in COMMON_AR:
                            continue
                    names.setdefault(code, set()).add(name)
    return names


def main(iso_path, cldr_path, i18n_folder=None):
    with open(iso_path, encoding="utf-8") as f:
        top = {code: name for code, name, parent in ENTRY.findall(f.read()) if "-" not in parent}
    with open(cldr_path, encoding="utf-8") as f:
        english = json.load(f)["subdivisions"]["localeDisplayNames"]["subdivisions"]
    translated = exonyms(i18n_folder, top) if i18n_folder else {}
    rows = set()
    for code, name in top.items():
        candidates = names(name)
        cldr = english.get(code.replace("-", "").lower())
        if cldr:
            candidates += names(cldr)
        for other in sorted(translated.get(code, ())):
            candidates += names(other)
        for n in candidates:
            if keep(n):
                rows.add((n, code))
    with open(OUT, "w", encoding="utf-8", newline="\n") as out:
        out.write("# First-level subdivisions of ISO 3166-2: names from the npm packages iso-3166 4.4.0 (MIT),\n")
        out.write("# cldr-subdivisions-full 48.2.0 (Unicode License v3) and iso3166-2-db 2.3.11 (MIT, Arabic too); regenerated by\n")
        out.write("# bundles/dossier.entities/tools/subdivisions.py. name<TAB>ISO 3166-2 code\n")
        for n, code in sorted(rows):
            out.write(f"{n}\t{code}\n")
    print(f"{len(rows)} names of {len(top)} subdivisions -> {os.path.normpath(OUT)} ({os.path.getsize(OUT):,} bytes)",
          file=sys.stderr)


if __name__ == "__main__":
    main(*sys.argv[1:4])
