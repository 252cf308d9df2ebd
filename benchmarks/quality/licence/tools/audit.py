#!/usr/bin/env python3
"""Structural audit of the real-notice licence set (issue 15, sixth session): prints COUNTS ONLY, dev and test side
by side, never a record's text, holders or labels: how gold credits are written (verbatim, NFC, line ends, spaces,
spanning lines, length, where the scorer anchors them), which fields are present, records per language and kind, and
the credits' form (whole line or part of one, cue word first, holders in credit-holders.tsv).
Usage: python3 benchmarks/quality/licence/tools/audit.py [SET_DIR]   (run from the repository root)"""
import json, glob, collections, unicodedata, re, sys, os
root = sys.argv[1] if len(sys.argv) > 1 else 'benchmarks/quality/licence'
C = {'dev': collections.Counter(), 'test': collections.Counter()}
K = {'dev': collections.Counter(), 'test': collections.Counter()}  # keys/fields
L = {'dev': collections.Counter(), 'test': collections.Counter()}  # lang/kind
LEN = {'dev': [], 'test': []}
ODD = re.compile('[\u200b-\u200f\u202a-\u202e\u2066-\u2069\u00a0\u0640\ufeff\u00ad]')
for f in sorted(glob.glob(os.path.join(root, '*.jsonl'))):
    for line in open(f, encoding='utf-8', newline=''):
        if not line.strip(): continue
        r = json.loads(line)
        s = r.get('split', '?')
        if s not in C: C[s] = collections.Counter(); K[s]=collections.Counter(); L[s]=collections.Counter(); LEN[s]=[]
        c = C[s]; k = K[s]
        c['records'] += 1
        for key in r: k['field:' + key] += 1
        lab = r.get('labels') or {}
        for key in lab: k['label:' + key] += 1
        L[s]['lang:' + r.get('lang', '?')] += 1
        L[s]['kind:' + r.get('kind', '?')] += 1
        text = r.get('text', '')
        heading = r.get('title') or r.get('publisher') or ''
        full = heading + '\n\n' + text
        if '\r' in text: c['text has CR'] += 1
        if text != unicodedata.normalize('NFC', text): c['text not NFC'] += 1
        if ODD.search(text): c['text has bidi/nbsp/tatweel/soft-hyphen'] += 1
        if text != text.strip(): c['text has outer space'] += 1
        if r.get('title'): c['has title'] += 1
        creds = lab.get('credits')
        if creds is None: c['labels without credits key'] += 1; continue
        if not isinstance(creds, list): c['credits not a list'] += 1; continue
        c['records with >=1 credit'] += 1 if creds else 0
        c['credits/record=%s' % (len(creds) if len(creds) < 4 else '4+')] += 1
        prev_end = 0
        for g in creds:
            c['gold credits'] += 1
            if not isinstance(g, dict): c['credit not an object'] += 1; continue
            for key in g: k['credit field:' + key] += 1
            t = g.get('text')
            if not isinstance(t, str): c['credit without text'] += 1; continue
            hs = g.get('holders')
            if not isinstance(hs, list): c['holders not a list'] += 1
            elif not hs: c['holders empty'] += 1
            LEN[s].append(len(t))
            if t != t.strip(): c['credit has outer space'] += 1
            if '\n' in t: c['credit spans lines'] += 1
            if '\r' in t: c['credit has CR'] += 1
            if t != unicodedata.normalize('NFC', t): c['credit not NFC'] += 1
            if ODD.search(t): c['credit has bidi/nbsp/tatweel/soft-hyphen'] += 1
            if not t.strip(): c['credit empty'] += 1
            if t in text: c['credit verbatim in text'] += 1
            else:
                c['credit NOT verbatim in text'] += 1
                if unicodedata.normalize('NFC', t) in unicodedata.normalize('NFC', text): c['  ...found after NFC'] += 1
                elif t.strip() in text: c['  ...found after strip'] += 1
                elif re.sub(r'\s+', ' ', t) in re.sub(r'\s+', ' ', text): c['  ...found after space folding'] += 1
                elif t.casefold() in text.casefold(): c['  ...found ignoring case'] += 1
                elif ODD.sub('', t) in ODD.sub('', text): c['  ...found without bidi/nbsp'] += 1
                else: c['  ...not found at all'] += 1
            at = full.find(t, prev_end)
            if at < 0: at = full.find(t)
            if at >= 0:
                if at < len(heading) + 2: c['scorer anchors credit in heading'] += 1
                if full.find(t, at + 1) >= 0: c['credit text occurs twice+'] += 1
                if at < prev_end: c['credit out of page order'] += 1
                prev_end = at + len(t)
            for key in ('start', 'end', 'offset', 'span', 'begin'):
                if key in g: c['credit has ' + key] += 1
        for it in lab.get('item_licences') or []:
            c['item licences'] += 1
        if lab.get('translation'): c['translation true'] += 1
        if lab.get('licence'): c['licence set'] += 1
def pct(xs, q):
    xs = sorted(xs); return xs[int(q * (len(xs) - 1))] if xs else '-'
splits = ['dev', 'test']
keys = sorted(set().union(*[C[s].keys() for s in splits]))
print('%-45s %8s %8s' % ('count', 'dev', 'test'))
for key in keys: print('%-45s %8d %8d' % (key, C['dev'][key], C['test'][key]))
print()
for key in sorted(set().union(*[K[s].keys() for s in splits])): print('%-45s %8d %8d' % (key, K['dev'][key], K['test'][key]))
print()
for key in sorted(set().union(*[L[s].keys() for s in splits])): print('%-45s %8d %8d' % (key, L['dev'][key], L['test'][key]))
print()
for q in (0.1, 0.25, 0.5, 0.75, 0.9, 1.0): print('credit length p%-3d %30s %8s %8s' % (q * 100, '', pct(LEN['dev'], q), pct(LEN['test'], q)))

# --- the credits' form: where a credit sits in its line, how it opens, whether its holders are listed agencies
tsv = 'bundles/dossier.licence/src/dossier/licence/data/credit-holders.tsv'
aliases = set()
for line in open(tsv, encoding='utf-8'):
    if line.startswith('#') or not line.strip(): continue
    p = line.rstrip('\n').split('\t')
    aliases.add(p[0].casefold()); aliases.update(a.casefold() for a in (p[2].split('|') if len(p) > 2 else []) if a)
F = {'dev': collections.Counter(), 'test': collections.Counter()}
CUE = re.compile(r'^[(\[]?\s*(©|\(c\)|photo|foto|image|imagen|bild|beeld|crédit|credit|source|fonte|fuente|quelle|bron|صورة|الصورة|مصدر|المصدر|تصوير|by|par|por|di|von|door|بقلم|via)', re.I)
ARABIC = re.compile('[\u0600-\u06ff]')
for f in sorted(glob.glob(os.path.join(root, '*.jsonl'))):
    for line in open(f, encoding='utf-8'):
        if not line.strip(): continue
        r = json.loads(line); s = r['split']; c = F[s]; text = r['text']
        pub = (r.get('publisher') or '').casefold()
        for g in r['labels'].get('credits') or []:
            t = g['text']; hs = g.get('holders') or []
            at = text.find(t)
            if at < 0: continue
            ls = text.rfind('\n', 0, at) + 1; le = text.find('\n', at + len(t)); le = len(text) if le < 0 else le
            line_ = text[ls:le]
            c['credit is its whole line'] += line_.strip() == t.strip()
            c['credit is whole line but for brackets/punct'] += line_.strip() != t.strip() and re.sub(r'^[\W_]+|[\W_]+$', '', line_) == re.sub(r'^[\W_]+|[\W_]+$', '', t)
            c['credit part of a longer line'] += len(line_.strip()) > len(t.strip()) + 3
            c['credit opens with a cue word/©/('] += bool(CUE.match(t))
            c['credit in Arabic script'] += bool(ARABIC.search(t))
            c['all holders listed agencies/libraries/press'] += bool(hs) and all(h.casefold() in aliases for h in hs)
            c['some holder listed'] += any(h.casefold() in aliases for h in hs)
            c['no holder listed'] += bool(hs) and not any(h.casefold() in aliases for h in hs)
            c['a holder = record publisher'] += any(h.casefold() == pub for h in hs)
            c['holders: 1'] += len(hs) == 1; c['holders: 2+'] += len(hs) >= 2
            c['a holder not verbatim in credit'] += any(h not in t for h in hs)
print()
for key in sorted(set(F['dev']) | set(F['test'])): print('%-45s %8d %8d' % (key, F['dev'][key], F['test'][key]))
