"""Review aid (not a rule check): lists things in corpus.jsonl a human should look at.

- e-mail addresses and long digit runs that are neither covered by a must_not_survive
  string nor by a look-alike (should only be organisation contact details);
- capitalised words that are not covered by anything, per record (to spot a forgotten name).

Usage: python3 tools/audit.py [--words]
"""
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def covered_spans(text, strings):
    spans = []
    for s in strings:
        start = 0
        while True:
            i = text.find(s, start)
            if i < 0:
                break
            spans.append((i, i + len(s)))
            start = i + 1
    return spans


def inside(span, spans):
    return any(a <= span[0] and span[1] <= b for a, b in spans)


def main():
    words = "--words" in sys.argv
    with open(os.path.join(ROOT, "corpus.jsonl"), encoding="utf-8") as fh:
        recs = [json.loads(l) for l in fh]
    for r in recs:
        t = r["text"]
        mns = [s for p in r["planted"] for s in p["must_not_survive"]] + [p["value"] for p in r["planted"]]
        look = [l["value"] for l in r["lookalikes"]]
        cov = covered_spans(t, mns + look)
        notes = []
        for m in re.finditer(r"[\w.+-]+@[\w.-]+", t):
            if not inside(m.span(), cov):
                notes.append("e-mail not annotated: " + m.group())
        for m in re.finditer(r"\+?\d[\d \-/().]{5,}\d", t):
            if sum(c.isdigit() for c in m.group()) >= 6 and not inside(m.span(), cov):
                notes.append("digits not annotated: " + m.group())
        if words:
            seen = set()
            for m in re.finditer(r"\b[A-ZÆØÅÁÍÓÚÉÖÜ][\w'-]+", t):
                if not inside(m.span(), cov) and m.group() not in seen:
                    seen.add(m.group())
            if seen:
                notes.append("uncovered capitalised words: " + " ".join(sorted(seen)))
        if notes:
            print(r["id"])
            for n in notes:
                print("   ", n)


if __name__ == "__main__":
    main()
