"""Print each record with planted spans as [[..]] and look-alikes as {{..}} for manual review."""
import sys, os
sys.argv += [] 
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
import build
recs = build.load()
want = sys.argv[1] if len(sys.argv) > 1 else ""
for r in recs:
    if not r["id"].startswith(want):
        continue
    t = r["text"]; marks = [0] * len(t)
    for it in r["planted"]:
        for s in set(it["must_not_survive"] + [it["value"]]):
            for a, b in build.spans(t, s):
                for i in range(a, b): marks[i] = 1
    for it in r["lookalikes"]:
        for a, b in build.spans(t, it["value"]):
            for i in range(a, b):
                if not marks[i]: marks[i] = 2
    out, prev = [], 0
    for i, ch in enumerate(t):
        m = marks[i]
        if m != prev:
            out.append({0: "", 1: "]]", 2: "}}"}[prev] if prev else "")
            out.append({1: "[[", 2: "{{"}.get(m, ""))
            prev = m
        out.append(ch)
    if prev: out.append("]]" if prev == 1 else "}}")
    print("=" * 20, r["id"]); print("".join(out))
