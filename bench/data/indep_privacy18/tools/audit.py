"""Reviewer aid: list digit-bearing tokens and capitalised words in each record
that are covered by neither a planted value, a must_not_survive string nor a
look-alike.  Output is for manual review only (not a rule)."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
only = sys.argv[1] if len(sys.argv) > 1 else ""
for line in open(os.path.join(ROOT, "corpus.jsonl"), encoding="utf-8"):
    r = json.loads(line)
    if only and not r["id"].startswith(only):
        continue
    t = r["text"]
    cov = [False] * len(t)
    subs = [p["value"] for p in r["planted"]] + [m for p in r["planted"] for m in p["must_not_survive"]] + [l["value"] for l in r["lookalikes"]]
    for s in subs:
        i = t.find(s)
        while i >= 0:
            for k in range(i, i + len(s)):
                cov[k] = True
            i = t.find(s, i + 1)
    dig, cap = [], []
    for m in re.finditer(r"[\w@.+/-]*\d[\w@.+/-]*", t):
        if not any(cov[m.start():m.end()]):
            dig.append(m.group())
    for m in re.finditer(r"(?<![.!?:\n>\-–] )(?<!^)\b[A-ZÆØÅÉÓÍÚÁÖÜ][a-zæøåéóíúáöüðıç'\-]+", t):
        if not any(cov[m.start():m.end()]):
            cap.append(m.group())
    print(r["id"], "| DIGITS:", " ".join(dig))
    print("   CAPS:", " ".join(sorted(set(cap))))
