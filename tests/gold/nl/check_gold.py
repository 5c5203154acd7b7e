#!/usr/bin/env python3
"""Check the Dutch gold set: JSON parses, every evidence string occurs verbatim in
its .nl.txt and lies within one sentence; print counts per root and countries."""
import json, re, sys, glob, os, collections

HERE = os.path.dirname(os.path.abspath(__file__))
SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý'\"‘“])")

def sentences(text):
    out = []
    for para in text.splitlines():
        para = para.strip()
        if para:
            out.extend(s for s in SPLIT.split(para) if s.strip())
    return out

errors = []
docs = nsent = nfind = ndirected = nnot = nnothing = 0
roots = collections.Counter()
countries = set()
zsent = set()
for gpath in sorted(glob.glob(os.path.join(HERE, "*.gold.json"))):
    name = os.path.basename(gpath)[: -len(".gold.json")]
    tpath = os.path.join(HERE, name + ".nl.txt")
    try:
        gold = json.load(open(gpath, encoding="utf-8"))
    except Exception as e:
        errors.append(f"{name}: JSON does not parse: {e}")
        continue
    if not os.path.exists(tpath):
        errors.append(f"{name}: missing {tpath}")
        continue
    text = open(tpath, encoding="utf-8").read()
    sents = sentences(text)
    docs += 1
    nsent += len(sents)
    if gold.get("document_date") != name[-10:]:
        errors.append(f"{name}: document_date {gold.get('document_date')} != name")
    for section in ("must_find", "must_not_assert", "must_code_nothing"):
        for e in gold.get(section, []):
            ev = e["evidence"]
            hits = [i for i, s in enumerate(sents) if ev in s]
            if ev not in text:
                errors.append(f"{name}: {section}: evidence not in text: {ev!r}")
            elif not hits:
                errors.append(f"{name}: {section}: evidence crosses a sentence boundary: {ev!r}")
            if section == "must_code_nothing" and hits:
                zsent.add((name, hits[0]))
            if section != "must_code_nothing":
                for r in e["roots"]:
                    if not re.fullmatch(r"(0[1-9]|1[0-9]|20)", r):
                        errors.append(f"{name}: bad root {r}")
    for e in gold.get("must_find", []):
        nfind += 1
        ndirected += 2 if e.get("both_directions") else 1
        for r in e["roots"]:
            roots[r] += 1
        for c in [e["source"]] + (e["target"] if isinstance(e["target"], list) else [e["target"]]):
            countries.add(c)
    nnot += len(gold.get("must_not_assert", []))
    nnothing += len(gold.get("must_code_nothing", []))

for err in errors:
    print("ERROR", err)
print(f"documents: {docs}")
print(f"sentences: {nsent}")
print(f"must_find entries: {nfind}; directed events (both_directions = 2): {ndirected}")
print(f"must_not_assert: {nnot}; must_code_nothing: {nnothing} ({len(zsent)} sentences)")
print("entries per root (an entry counts once for each root it lists):")
print("  " + "  ".join(f"{r}:{roots[r]}" for r in sorted(roots)))
real = sorted(c for c in countries if c not in ("IGO", "IMG"))
print(f"countries as source/target: {len(real)} (+ {sorted(countries - set(real))})")
print("  " + " ".join(real))
sys.exit(1 if errors else 0)
