"""Rough second look at corpus.jsonl: list things that look personal but are
neither covered by a planted item nor by a look-alike.  Output is for a human
to read; nothing here is a rule (organisation mailboxes and hotlines are
expected to show up, and are left unannotated on purpose).

    python3 tools/audit.py
"""
import json
import os
import re

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def spans(text, s):
    i = text.find(s)
    while i != -1:
        yield (i, i + len(s))
        i = text.find(s, i + 1)


def main():
    recs = [json.loads(l) for l in open(os.path.join(ROOT, "corpus.jsonl"), encoding="utf-8")]
    name_parts = set()
    for r in recs:
        for p in r["planted"]:
            if p["kind"] == "name":
                name_parts.update(x for x in p["must_not_survive"] if x[:1].isupper() and " " not in x)
    for r in recs:
        t = r["text"]
        cov = []
        for p in r["planted"]:
            for s in [p["value"]] + p["must_not_survive"]:
                cov += list(spans(t, s))
        for la in r["lookalikes"]:
            cov += list(spans(t, la["value"]))

        def covered(a, b):
            return any(ca <= a and b <= cb for ca, cb in cov)

        found = []
        for m in re.finditer(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", t):
            if not covered(*m.span()):
                found.append(("email?", m.group(0)))
        for m in re.finditer(r"\+?\d[\d \-./()]{5,}\d", t):
            if sum(c.isdigit() for c in m.group(0)) >= 6 and not covered(*m.span()):
                found.append(("number?", m.group(0)))
        for m in re.finditer(r"\b[A-ZÀ-ÞØÆÅ][\w'’-]+", t):
            if m.group(0) in name_parts and not covered(*m.span()):
                found.append(("name?", m.group(0)))
        if found:
            print(r["id"], sorted(set(found)))


if __name__ == "__main__":
    main()
