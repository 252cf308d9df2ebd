#!/usr/bin/env python3
"""Authoring aid for the entity evaluation set (see docs/annotation-guidelines.md).

  unmark.py FILE.marked...   writes FILE.txt and FILE.ann beside each marked file's target name.

A marked file is the verbatim text with every mention written as [[TYPE:covered text]] (TYPE is PERSON, PLACE,
ORG or DATE). The markup is removed, the text written to <id>.txt and the mentions to <id>.ann in brat standoff
form with code-point offsets. An optional first line "#out DIR" names the folder to write to (default: beside).
"""
import os
import re
import sys

MARK = re.compile(r"\[\[(PERSON|PLACE|ORG|DATE):(.+?)\]\]", re.S)
TYPES = {"PERSON", "PLACE", "ORG", "DATE"}


def convert(path):
    with open(path, encoding="utf-8") as f:
        marked = f.read()
    out_dir = os.path.dirname(path) or "."
    if marked.startswith("#out "):
        first, marked = marked.split("\n", 1)
        out_dir = first[5:].strip()
    marked = marked.replace("\r\n", "\n")
    text, ann, pos, n = [], [], 0, 0
    length = 0
    for m in MARK.finditer(marked):
        before = marked[pos:m.start()]
        if "[[" in before or "]]" in before:
            raise SystemExit(f"{path}: malformed markup near: {before[-60:]!r}")
        text.append(before)
        length += len(before)
        covered = m.group(2)
        if covered != covered.strip() or not covered:
            raise SystemExit(f"{path}: span with outer blanks: {covered!r}")
        n += 1
        ann.append(f"T{n}\t{m.group(1)} {length} {length + len(covered)}\t{covered.replace(chr(10), ' ')}\n")
        text.append(covered)
        length += len(covered)
        pos = m.end()
    rest = marked[pos:]
    if "[[" in rest or "]]" in rest:
        raise SystemExit(f"{path}: malformed markup near: {rest[:60]!r}")
    text.append(rest)
    body = "".join(text)
    if not body.endswith("\n"):
        body += "\n"
    stem = os.path.splitext(os.path.basename(path))[0]
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, stem + ".txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(body)
    with open(os.path.join(out_dir, stem + ".ann"), "w", encoding="utf-8", newline="\n") as f:
        f.write("".join(ann))
    print(f"{stem}: {n} mentions, {len(body)} characters -> {out_dir}")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    for p in sys.argv[1:]:
        convert(p)
