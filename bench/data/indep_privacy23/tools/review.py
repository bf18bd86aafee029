"""Prints each text with planted spans masked as [kind] and look-alikes as {..}, for manual review."""
import json, sys
pat = sys.argv[1] if len(sys.argv) > 1 else ""
for line in open("corpus.jsonl", encoding="utf-8"):
    r = json.loads(line)
    if pat not in r["id"]:
        continue
    t = r["text"]
    spans = []
    for it in r["planted"]:
        for s in [it["value"]] + it["must_not_survive"]:
            i = t.find(s)
            while i >= 0:
                spans.append((i, i + len(s), "[" + it["kind"][:4] + "]"))
                i = t.find(s, i + 1)
    spans.sort(key=lambda x: (x[0], -x[1]))
    out, pos = [], 0
    for a, b, lab in spans:
        if a < pos:
            if b > pos:
                pos = b
            continue
        out.append(t[pos:a]); out.append(lab); pos = b
    out.append(t[pos:])
    print("=" * 20, r["id"], len(r["planted"]), len(r["lookalikes"]))
    print("".join(out))
