#!/usr/bin/env python3
"""Checks the entity evaluation set: every .txt has its .ann and .json, every T line's offsets cover its text,
no two mentions overlap, the sidecar has its fields, and prints counts per language, split, type and publisher.

  check.py [SET_DIR]      (default: the folder above this script)
  check.py --marked ID    prints one article back in [[TYPE:text]] form, to review it
"""
import glob
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIELDS = ["title", "author", "publisher", "domain", "url", "licence", "licence_url", "read", "split", "genre"]


def read(stem):
    with open(stem + ".txt", encoding="utf-8") as f:
        text = f.read()
    mentions = []
    with open(stem + ".ann", encoding="utf-8") as f:
        for line in f:
            if not line.startswith("T"):
                continue
            tid, type_span, covered = line.rstrip("\n").split("\t")
            typ, start, end = type_span.split(" ")
            mentions.append((int(start), int(end), typ, covered, tid))
    return text, sorted(mentions)


def main(root):
    problems, per = [], Counter()
    publishers, langs_pub = set(), Counter()
    for txt in sorted(glob.glob(os.path.join(root, "*", "*.txt"))):
        stem = txt[:-4]
        name = os.path.basename(stem)
        lang = os.path.basename(os.path.dirname(stem))
        if not os.path.exists(stem + ".ann") or not os.path.exists(stem + ".json"):
            problems.append(f"{name}: .ann or .json missing")
            continue
        text, mentions = read(stem)
        with open(stem + ".json", encoding="utf-8") as f:
            meta = json.load(f)
        for field in FIELDS:
            if field not in meta:
                problems.append(f"{name}: sidecar lacks {field}")
        if meta.get("split") not in ("dev", "test"):
            problems.append(f"{name}: split must be dev or test")
        publishers.add(meta.get("publisher"))
        end_before = -1
        for start, end, typ, covered, tid in mentions:
            if typ not in ("PERSON", "PLACE", "ORG", "DATE"):
                problems.append(f"{name} {tid}: type {typ}")
            if text[start:end].replace("\n", " ") != covered:
                problems.append(f"{name} {tid}: offsets cover {text[start:end]!r}, not {covered!r}")
            if start < end_before:
                problems.append(f"{name} {tid}: overlaps the previous mention")
            end_before = max(end_before, end)
            per[(lang, meta.get("split"), typ)] += 1
        per[(lang, meta.get("split"), "articles")] += 1
        per[(lang, meta.get("split"), "words")] += len(text.split())
    for p in problems:
        print("PROBLEM", p)
    langs = sorted({k[0] for k in per})
    print("lang split articles words PERSON PLACE ORG DATE")
    for lang in langs:
        for split in ("dev", "test"):
            row = [per[(lang, split, k)] for k in ("articles", "words", "PERSON", "PLACE", "ORG", "DATE")]
            print(lang, split, *row)
    print("publishers:", len(publishers), sorted(p for p in publishers if p))
    return 1 if problems else 0


def marked(stem_id):
    hits = glob.glob(os.path.join(HERE, "*", stem_id + ".txt"))
    text, mentions = read(hits[0][:-4])
    out, pos = [], 0
    for start, end, typ, covered, tid in mentions:
        out.append(text[pos:start])
        out.append(f"[[{typ}:{text[start:end]}]]")
        pos = end
    out.append(text[pos:])
    sys.stdout.write("".join(out))


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--marked":
        marked(sys.argv[2])
    else:
        sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else HERE))
