"""Manual-review helper: list digit strings and capitalised words in each
record that are covered by neither a planted item nor a look-alike.
Everything printed should be neutral text (timestamps, greetings, places,
organisation footers).  Usage: python3 tools/audit.py [corpus.jsonl]"""
import json
import os
import re
import sys

path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "corpus.jsonl")
for line in open(path, encoding="utf-8"):
    r = json.loads(line)
    t = r["text"]
    cov = [0] * len(t)
    spans = [s for p in r["planted"] for s in [p["value"]] + p["must_not_survive"]]
    spans += [l["value"] for l in r["lookalikes"]]
    for s in spans:
        i = t.find(s)
        while i >= 0:
            for k in range(i, i + len(s)):
                cov[k] = 1
            i = t.find(s, i + 1)
    nums, caps = [], set()
    for m in re.finditer(r"[\w@.+\-/:]*\d[\w@.+\-/:]*", t):
        if not any(cov[m.start():m.end()]):
            nums.append(m.group(0))
    for m in re.finditer(r"\b[A-ZÆØÅÁÉÍÓÚÐ][\w'’-]+", t):
        if not any(cov[m.start():m.end()]):
            caps.add(m.group(0))
    print(r["id"], "| numbers:", " ".join(sorted(set(nums))) or "-")
    print("   capitalised:", " ".join(sorted(caps)) or "-")
