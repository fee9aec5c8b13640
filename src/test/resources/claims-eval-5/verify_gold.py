#!/usr/bin/env python3
"""Mechanical checks for the claims-eval-5 gold set (stdlib only).

Run from this folder:  python3 verify_gold.py
Exit code 0 when every check passes, 1 otherwise.
"""
import json, os, re, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SPLIT = re.compile(r'(?:(?<=[.!?])|(?<=[.!?]["\u201d]))\s+(?=["\u201c]?[A-Z0-9])')
FILE_RE = re.compile(r'^([a-z0-9-]+)/(0[1-6])-([a-z0-9-]+)\.txt$')
ABBREV = re.compile(r'\b(?:Mr|Mrs|Ms|Dr|St|Sgt|Col|Gen|Lt|No|vs|etc|Inc|Ltd|Jr|Sr)\.|\b(?:[A-Za-z]\.){2,}')
errors = []
def err(msg): errors.append(msg)

def body_paragraphs(lines):
    return [l.strip() for l in lines[3:] if l.strip()]

def split_sentences(para):
    return [s for s in SPLIT.split(para.strip()) if s]

with open(os.path.join(HERE, 'gold.json'), encoding='utf-8') as fh:
    gold = json.load(fh)

if set(gold) != {'stories'} or not isinstance(gold['stories'], list):
    err('gold.json: top level must be {"stories": [...]}')
stories = gold.get('stories', [])
texts = {}
per_file_members = Counter()
sentence_owner = {}
claim_ids = set()
n_claims = n_members = 0

for st in stories:
    if set(st) != {'story', 'claims'}:
        err(f'story keys wrong: {sorted(st)}')
    slug = st.get('story')
    sdir = os.path.join(HERE, slug)
    files = sorted(f for f in os.listdir(sdir) if f.endswith('.txt')) if os.path.isdir(sdir) else []
    if len(files) != 6:
        err(f'{slug}: expected 6 article files, found {len(files)}')
    nums = sorted(f[:2] for f in files)
    if nums != ['01', '02', '03', '04', '05', '06']:
        err(f'{slug}: article numbers must be 01..06, got {nums}')
    outlets = [f[3:-4] for f in files]
    if len(set(outlets)) != len(outlets):
        err(f'{slug}: duplicate outlet slugs')
    for f in files:
        rel = f'{slug}/{f}'
        if not FILE_RE.match(rel):
            err(f'{rel}: bad file name')
        raw = open(os.path.join(sdir, f), encoding='utf-8').read()
        texts[rel] = raw
        lines = raw.split('\n')
        if len(lines) < 4 or not lines[0].strip():
            err(f'{rel}: missing headline')
        if not lines[1].startswith('By ') or not re.search(r'20\d\d', lines[1]):
            err(f'{rel}: line 2 is not a byline: {lines[1]!r}')
        if lines[2].strip():
            err(f'{rel}: line 3 must be blank')
        body = '\n'.join(lines[3:])
        wc = len(body.split())
        if not 250 <= wc <= 450:
            err(f'{rel}: body has {wc} words (need 250-450)')
        m = ABBREV.search(body)
        if m:
            err(f'{rel}: dotted abbreviation {m.group(0)!r}')
    claims = st.get('claims', [])
    if not 7 <= len(claims) <= 9:
        err(f'{slug}: {len(claims)} claims (need 7-9)')
    for c in claims:
        n_claims += 1
        if set(c) != {'id', 'description', 'members'}:
            err(f'claim keys wrong: {sorted(c)}')
        cid = c.get('id', '')
        if cid in claim_ids:
            err(f'duplicate claim id {cid}')
        claim_ids.add(cid)
        if not cid.startswith(slug + '-'):
            err(f'{cid}: id must start with story slug')
        if not str(c.get('description', '')).strip():
            err(f'{cid}: empty description')
        mem = c.get('members', [])
        if not 4 <= len(mem) <= 6:
            err(f'{cid}: {len(mem)} members (need 4-6)')
        seen_files = set()
        for mbr in mem:
            n_members += 1
            if set(mbr) != {'file', 'sentence'}:
                err(f'{cid}: member keys wrong: {sorted(mbr)}')
            rel, sent = mbr.get('file', ''), mbr.get('sentence', '')
            if not rel.startswith(slug + '/'):
                err(f'{cid}: member file {rel} outside story {slug}')
            if rel in seen_files:
                err(f'{cid}: two members from {rel}')
            seen_files.add(rel)
            if rel not in texts:
                p = os.path.join(HERE, rel)
                if not os.path.isfile(p):
                    err(f'{cid}: file {rel} does not exist'); continue
                texts[rel] = open(p, encoding='utf-8').read()
            raw = texts[rel]
            per_file_members[rel] += 1
            cnt = raw.count(sent)
            if cnt != 1:
                err(f'{cid}: sentence occurs {cnt} times in {rel}: {sent[:60]!r}')
                continue
            if '\n' in sent or sent != sent.strip():
                err(f'{cid}: sentence spans lines or has outer whitespace: {sent[:60]!r}')
            if not re.search(r'[.!?]["\u201d]?$', sent):
                err(f'{cid}: sentence does not end with . ! or ?: {sent[:60]!r}')
            lines = raw.split('\n')
            if any(sent in l for l in lines[:3]):
                err(f'{cid}: sentence is in the header of {rel}')
            line = next((l for l in lines[3:] if sent in l), None)
            if line is None:
                err(f'{cid}: sentence not within one body line of {rel}')
            elif sent not in split_sentences(line):
                err(f'{cid}: not a whole sentence under the splitter in {rel}: {sent[:60]!r}')
            key = (rel, sent)
            if key in sentence_owner and sentence_owner[key] != cid:
                err(f'sentence is a member of {sentence_owner[key]} and {cid}: {sent[:60]!r}')
            sentence_owner[key] = cid

print('claims-eval-5 verification')
print('per article: words / sentences / gold members')
for rel in sorted(texts):
    lines = texts[rel].split('\n')
    wc = len('\n'.join(lines[3:]).split())
    ns = sum(len(split_sentences(p)) for p in body_paragraphs(lines))
    print(f'  {rel:48s} {wc:4d} words {ns:3d} sentences {per_file_members[rel]:2d} members')
print('per story: claims / members')
for st in stories:
    ms = sum(len(c.get('members', [])) for c in st.get('claims', []))
    print(f"  {st.get('story')}: {len(st.get('claims', []))} claims, {ms} members")
print(f'stories: {len(stories)}')
print(f'articles: {len(texts)}')
print(f'claims: {n_claims}')
print(f'members: {n_members}')
if errors:
    print(f'FAILED: {len(errors)} error(s)')
    for e in errors:
        print('  ERROR ' + e)
    sys.exit(1)
print('OK: all checks passed')
