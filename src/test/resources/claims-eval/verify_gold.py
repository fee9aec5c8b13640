#!/usr/bin/env python3
"""Verify gold.json against the article files. Writes verify_report.txt next to this script."""
import json, os, re, glob, collections
D = os.path.dirname(os.path.abspath(__file__))
gold = json.load(open(os.path.join(D, 'gold.json'), encoding='utf-8'))
errors = collections.defaultdict(list)
texts = {}
for p in sorted(glob.glob(os.path.join(D, '*', '*.txt'))):
    rel = os.path.relpath(p, D); t = open(p, encoding='utf-8').read(); texts[rel] = t
    lines = t.split('\n')
    if not re.match(r'^By [^,]+, [^,]+, .+$', lines[1]) or lines[2] != '':
        errors[rel].append('header format (line 2 byline / line 3 blank)')
    body_words = len(' '.join(lines[3:]).split())
    if not 250 <= body_words <= 450:
        errors[rel].append(f'body word count {body_words} outside 250-450')
def split(t):
    out = []
    for para in t.split('\n')[3:]:
        out += [s for s in re.split(r'(?:(?<=[.!?])|(?<=[.!?]["\u201d]))\s+(?=["\u201c]?[A-Z0-9])', para.strip()) if s]
    return out
seen = {}; n_claims = n_members = 0; claim_lines = []
for st in gold['stories']:
    for c in st['claims']:
        n_claims += 1; files = []
        for m in c['members']:
            n_members += 1; f, s = m['file'], m['sentence']; files.append(f)
            if f not in texts: errors[f].append(f'missing file ({c["id"]})'); continue
            if texts[f].count(s) != 1: errors[f].append(f'{c["id"]}: count={texts[f].count(s)}: {s}')
            if '\n' in s or not s.endswith(('.', '!', '?')): errors[f].append(f'{c["id"]}: bad ending/newline')
            if s not in split(texts[f]): errors[f].append(f'{c["id"]}: not a whole sentence under naive split')
            if (f, s) in seen: errors[f].append(f'sentence in two claims: {seen[(f, s)]} and {c["id"]}')
            seen[(f, s)] = c['id']
        if len(set(files)) != len(files): errors['gold.json'].append(f'{c["id"]}: two members from one outlet')
        if len(set(files)) < 4: errors['gold.json'].append(f'{c["id"]}: only {len(set(files))} outlets')
        claim_lines.append(f'{c["id"]}: {len(files)} members')
rep = [f'stories={len(gold["stories"])} files={len(texts)} claims={n_claims} members={n_members}', '']
for rel in sorted(texts):
    nm = sum(1 for (f, _) in seen if f == rel)
    rep.append(f'{"PASS" if not errors[rel] else "FAIL"}  {rel}  ({nm} members)')
    rep += ['      ' + e for e in errors[rel]]
rep.append(f'{"PASS" if not errors["gold.json"] else "FAIL"}  gold.json structure')
rep += ['      ' + e for e in errors['gold.json']]
rep += [''] + claim_lines
ok = not any(errors.values())
rep.append('\nOVERALL: ' + ('PASS' if ok else 'FAIL'))
open(os.path.join(D, 'verify_report.txt'), 'w', encoding='utf-8').write('\n'.join(rep) + '\n')
print('\n'.join(rep))
