#!/usr/bin/env python3
"""Consistency check for the claims-dev development set.

Run from anywhere:  python3 verify_gold.py
Writes verify_report.txt next to this script and exits 1 if any error is found.

Checks:
  * gold.json has exactly the shape {"stories":[{"story","claims":[{"id","description","members":[{"file","sentence"}]}]}]}
  * 3 stories, 8 claims per story, claim ids unique, descriptions non-empty
  * every story folder holds 6 articles named <nn>-<outlet-slug>.txt, UTF-8
  * article header: line 1 headline, line 2 "By <reporter>, <Outlet>, <d Month yyyy>", line 3 blank
  * body (after the 3 header lines) has 250-450 words
  * outlets (line 2) are distinct within a story
  * every claim has 4-6 members, from distinct files/outlets of its own story
  * every member sentence ends with . ! or ?, occurs exactly once in its file, not in the header,
    and is exactly one whole sentence under the naive splitter (applied per paragraph)
  * a (file, sentence) pair belongs to at most one claim
  * no dotted abbreviations (Mr. Dr. St. a.m. U.S. ...) in article bodies that would break the splitter
"""
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "gold.json")
REPORT = os.path.join(HERE, "verify_report.txt")

EXPECTED_STORIES = ["dam-breach", "data-breach", "crowd-crush"]
CLAIMS_PER_STORY = 8
ARTICLES_PER_STORY = 6
MIN_MEMBERS, MAX_MEMBERS = 4, 6
MIN_WORDS, MAX_WORDS = 250, 450

SPLIT_RE = re.compile(r'(?:(?<=[.!?])|(?<=[.!?]["\u201d]))\s+(?=["\u201c]?[A-Z0-9])')
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
BYLINE_RE = re.compile(r"^By ([^,]+), ([^,]+), (\d{1,2} (?:%s) \d{4})$" % MONTHS)
FILE_RE = re.compile(r"^(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\.txt$")
ABBREV_RE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|St|Prof|Sr|Jr|No|vs|etc|approx|Gen|Col|Capt|Supt|Insp|Sgt)\.|\b(?:[A-Za-z]\.){2,}")

errors = []
lines_out = []


def err(msg):
    errors.append(msg)


def split_sentences(body_lines):
    paras, cur = [], []
    for ln in body_lines:
        if ln.strip():
            cur.append(ln.strip())
        elif cur:
            paras.append(" ".join(cur))
            cur = []
    if cur:
        paras.append(" ".join(cur))
    sents = []
    for p in paras:
        sents.extend(s for s in SPLIT_RE.split(p.strip()) if s)
    return sents


def load_article(rel):
    path = os.path.join(HERE, rel)
    with open(path, "rb") as fh:
        raw = fh.read()
    text = raw.decode("utf-8")  # raises on invalid UTF-8
    lines = text.split("\n")
    return text, lines


# ---------------------------------------------------------------- gold shape
try:
    with open(GOLD, encoding="utf-8") as fh:
        gold = json.load(fh)
except Exception as e:  # noqa: BLE001
    err("gold.json unreadable: %s" % e)
    gold = {"stories": []}

if not isinstance(gold, dict) or set(gold.keys()) != {"stories"}:
    err("top level must be an object with exactly the key 'stories'")
stories = gold.get("stories", []) if isinstance(gold, dict) else []
story_names = [s.get("story") for s in stories if isinstance(s, dict)]
if story_names != EXPECTED_STORIES:
    err("stories must be %s, found %s" % (EXPECTED_STORIES, story_names))

# ---------------------------------------------------------------- articles
articles = {}  # rel path -> dict
stats_articles = 0
for story in EXPECTED_STORIES:
    sdir = os.path.join(HERE, story)
    if not os.path.isdir(sdir):
        err("missing story folder %s" % story)
        continue
    files = sorted(f for f in os.listdir(sdir) if f.endswith(".txt"))
    if len(files) != ARTICLES_PER_STORY:
        err("%s: expected %d articles, found %d" % (story, ARTICLES_PER_STORY, len(files)))
    nums, outlets = [], []
    for f in files:
        rel = story + "/" + f
        m = FILE_RE.match(f)
        if not m:
            err("%s: file name not <nn>-<outlet-slug>.txt" % rel)
        else:
            nums.append(m.group(1))
        try:
            text, lines = load_article(rel)
        except UnicodeDecodeError as e:
            err("%s: not valid UTF-8 (%s)" % (rel, e))
            continue
        stats_articles += 1
        if len(lines) < 4 or not lines[0].strip():
            err("%s: line 1 must be a non-empty headline" % rel)
        bm = BYLINE_RE.match(lines[1]) if len(lines) > 1 else None
        if not bm:
            err("%s: line 2 not 'By <reporter>, <Outlet>, <d Month yyyy>': %r" % (rel, lines[1] if len(lines) > 1 else None))
        else:
            outlets.append(bm.group(2))
        if len(lines) > 2 and lines[2] != "":
            err("%s: line 3 must be blank" % rel)
        body_lines = lines[3:]
        body = "\n".join(body_lines)
        words = len(body.split())
        if not (MIN_WORDS <= words <= MAX_WORDS):
            err("%s: body has %d words (need %d-%d)" % (rel, words, MIN_WORDS, MAX_WORDS))
        for am in ABBREV_RE.finditer(body):
            err("%s: dotted abbreviation %r may break the splitter" % (rel, am.group(0)))
        sents = split_sentences(body_lines)
        articles[rel] = {
            "text": text,
            "header": "\n".join(lines[:3]),
            "body": body,
            "sentences": sents,
            "words": words,
            "outlet": bm.group(2) if bm else None,
            "story": story,
        }
    if len(set(nums)) != len(nums):
        err("%s: duplicate article numbers" % story)
    dup = [o for o, c in Counter(outlets).items() if c > 1]
    if dup:
        err("%s: outlets repeated: %s" % (story, dup))

# ---------------------------------------------------------------- claims
seen_pairs = {}
claim_ids = Counter()
n_claims = n_members = 0
members_per_file = Counter()
for s in stories:
    if not isinstance(s, dict) or set(s.keys()) != {"story", "claims"}:
        err("story entry must have exactly keys story, claims: %r" % (list(s.keys()) if isinstance(s, dict) else s))
        continue
    story = s["story"]
    claims = s["claims"]
    if len(claims) != CLAIMS_PER_STORY:
        err("%s: %d claims (need %d)" % (story, len(claims), CLAIMS_PER_STORY))
    for c in claims:
        if not isinstance(c, dict) or set(c.keys()) != {"id", "description", "members"}:
            err("%s: claim must have exactly keys id, description, members" % story)
            continue
        n_claims += 1
        cid = c["id"]
        claim_ids[cid] += 1
        if not isinstance(c["description"], str) or not c["description"].strip():
            err("%s: empty description" % cid)
        mem = c["members"]
        if not (MIN_MEMBERS <= len(mem) <= MAX_MEMBERS):
            err("%s: %d members (need %d-%d)" % (cid, len(mem), MIN_MEMBERS, MAX_MEMBERS))
        files_in_claim, outlets_in_claim = [], []
        for m in mem:
            if not isinstance(m, dict) or set(m.keys()) != {"file", "sentence"}:
                err("%s: member must have exactly keys file, sentence" % cid)
                continue
            n_members += 1
            rel, sent = m["file"], m["sentence"]
            if not rel.startswith(story + "/"):
                err("%s: member file %s is outside story folder %s" % (cid, rel, story))
            a = articles.get(rel)
            if a is None:
                err("%s: member file %s does not exist" % (cid, rel))
                continue
            files_in_claim.append(rel)
            outlets_in_claim.append(a["outlet"])
            members_per_file[rel] += 1
            if not sent or sent[-1] not in ".!?":
                err("%s: sentence does not end with . ! or ?: %r" % (cid, sent))
            cnt = a["text"].count(sent)
            if cnt != 1:
                err("%s: sentence occurs %d times in %s: %r" % (cid, cnt, rel, sent))
            if sent in a["header"]:
                err("%s: sentence appears in the header/headline of %s" % (cid, rel))
            if sent not in a["sentences"]:
                err("%s: not a whole sentence under the splitter in %s: %r" % (cid, rel, sent))
            key = (rel, sent)
            if key in seen_pairs and seen_pairs[key] != cid:
                err("%s: sentence already used by claim %s: %r" % (cid, seen_pairs[key], sent))
            elif key in seen_pairs:
                err("%s: sentence listed twice in the same claim: %r" % (cid, sent))
            seen_pairs[key] = cid
        if len(set(files_in_claim)) != len(files_in_claim):
            err("%s: more than one member from the same file" % cid)
        if len(set(outlets_in_claim)) != len(outlets_in_claim):
            err("%s: more than one member from the same outlet" % cid)
        if len(set(m.get("sentence") for m in mem if isinstance(m, dict))) != len(mem):
            err("%s: members are not all worded differently" % cid)

for cid, c in claim_ids.items():
    if c > 1:
        err("claim id %s used %d times" % (cid, c))

# ---------------------------------------------------------------- report
lines_out.append("claims-dev verification report")
lines_out.append("==============================")
lines_out.append("stories: %d  articles: %d  claims: %d  members: %d" % (len(stories), stats_articles, n_claims, n_members))
lines_out.append("")
for rel in sorted(articles):
    a = articles[rel]
    lines_out.append("%-45s words=%3d sentences=%2d gold_members=%d non_gold=%d  outlet=%s" % (
        rel, a["words"], len(a["sentences"]), members_per_file[rel],
        len(a["sentences"]) - members_per_file[rel], a["outlet"]))
lines_out.append("")
for s in stories:
    if isinstance(s, dict):
        for c in s.get("claims", []):
            if isinstance(c, dict):
                lines_out.append("%-32s members=%d" % (c.get("id"), len(c.get("members", []))))
lines_out.append("")
if errors:
    lines_out.append("ERRORS (%d):" % len(errors))
    lines_out.extend("  - " + e for e in errors)
else:
    lines_out.append("RESULT: OK, no errors")

with open(REPORT, "w", encoding="utf-8") as fh:
    fh.write("\n".join(lines_out) + "\n")
print("\n".join(lines_out))
sys.exit(1 if errors else 0)
