#!/usr/bin/env python3
"""Sanity checks for the converted files: JSON parses, gold counts match, stats."""
import json, os, collections
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = {"id", "seek", "start", "end", "text", "tokens", "temperature",
        "avg_logprob", "compression_ratio", "no_speech_prob"}
golds = [json.loads(l) for l in open(os.path.join(OUT, "gold.jsonl"), encoding="utf-8")]
tot = collections.defaultdict(lambda: collections.Counter())
gaps = collections.defaultdict(list)
ok = True
for g in golds:
    d = json.load(open(os.path.join(OUT, g["file"]), encoding="utf-8"))
    segs = d["segments"]
    assert set(d) == {"text", "segments", "language"}, g["file"]
    assert d["language"] == g["language"]
    for i, s in enumerate(segs):
        assert set(s) == KEYS, (g["file"], i)
        assert s["id"] == i and s["text"].startswith(" ") and s["end"] > s["start"]
        if i:
            assert s["start"] >= segs[i - 1]["end"]
            gaps[g["segment_roles"][i - 1] == g["segment_roles"][i]].append(
                round(s["start"] - segs[i - 1]["end"], 2))
    assert d["text"] == "".join(s["text"] for s in segs)
    if len(segs) != len(g["segment_roles"]):
        ok = False
        print("MISMATCH", g["file"], len(segs), len(g["segment_roles"]))
    c = tot[g["language"]]
    c["calls"] += 1
    c["segments"] += len(segs)
    c["agent"] += g["segment_roles"].count("agent")
    c["customer"] += g["segment_roles"].count("customer")
    c["mixed"] += len(g["mixed_segments"])
print(f"{'lang':5}{'calls':>6}{'segments':>10}{'agent':>7}{'customer':>10}{'mixed':>7}")
allc = collections.Counter()
for lang in ("nl", "da", "en"):
    c = tot[lang]; allc.update(c)
    print(f"{lang:5}{c['calls']:>6}{c['segments']:>10}{c['agent']:>7}{c['customer']:>10}{c['mixed']:>7}")
print(f"{'all':5}{allc['calls']:>6}{allc['segments']:>10}{allc['agent']:>7}{allc['customer']:>10}{allc['mixed']:>7}")
for same, gs in sorted(gaps.items()):
    gs2 = [x for x in gs if x < 5]
    print("same-speaker" if same else "speaker-change", "n=%d" % len(gs),
          "zero=%.2f" % (sum(1 for x in gs if x == 0) / len(gs)),
          "mean(<5s)=%.2f" % (sum(gs2) / len(gs2)))
print("OK" if ok else "FAILED")
