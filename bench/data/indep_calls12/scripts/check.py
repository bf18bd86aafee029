#!/usr/bin/env python3
"""Sanity checks for the indep_calls12 set: JSON parses, counts match gold, timestamps sane.
Prints per-language statistics. Exit code 1 on any problem."""
import json
import os
import re
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
problems = []


def bad(msg):
    problems.append(msg)


files = sorted(f for f in os.listdir(ROOT) if re.match(r"^(nl|da|en)-\d\d\.json$", f))
gold = [json.loads(l) for l in open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8") if l.strip()]
gold_files = [g["file"] for g in gold]
if gold_files != sorted(gold_files):
    bad("gold.jsonl not sorted by file")
if gold_files != files:
    bad(f"file list mismatch: json={files} gold={gold_files}")
per_lang_calls = defaultdict(int)
for lang in ("nl", "da", "en"):
    n = sum(1 for f in files if f.startswith(lang))
    if n != 12:
        bad(f"{lang}: {n} calls, expected 12")

stats = defaultdict(lambda: defaultdict(int))
SEG_KEYS = ["id", "seek", "start", "end", "text", "tokens", "temperature",
            "avg_logprob", "compression_ratio", "no_speech_prob"]
for g in gold:
    fn = g["file"]
    path = os.path.join(ROOT, fn)
    try:
        doc = json.load(open(path, encoding="utf-8"))
    except Exception as e:  # noqa
        bad(f"{fn}: does not parse: {e}")
        continue
    lang = fn[:2]
    if set(doc) != {"text", "segments", "language"}:
        bad(f"{fn}: top-level keys {sorted(doc)}")
    if doc.get("language") != lang or g.get("language") != lang:
        bad(f"{fn}: language mismatch")
    if g.get("format") != "whisper":
        bad(f"{fn}: gold format")
    segs = doc["segments"]
    roles = g["segment_roles"]
    if len(segs) != len(roles):
        bad(f"{fn}: {len(segs)} segments vs {len(roles)} roles")
    if not (20 <= len(segs) <= 70):
        bad(f"{fn}: {len(segs)} segments outside 20..70")
    if set(roles) - {"agent", "customer"}:
        bad(f"{fn}: unknown role")
    if "agent" not in roles or "customer" not in roles:
        bad(f"{fn}: only one role present")
    for m in g["mixed_segments"]:
        if not (0 <= m < len(segs)):
            bad(f"{fn}: mixed id {m} out of range")
    if doc["text"] != "".join(s["text"] for s in segs):
        bad(f"{fn}: text != join of segment texts")
    prev_end = -1.0
    for i, s in enumerate(segs):
        if list(s) != SEG_KEYS:
            bad(f"{fn}#{i}: keys {list(s)}")
        if s["id"] != i:
            bad(f"{fn}#{i}: id {s['id']}")
        if not s["text"].startswith(" ") or s["text"].startswith("  ") or not s["text"].strip():
            bad(f"{fn}#{i}: text spacing")
        if any(t in s["text"] for t in ("A|", "C|", "*|")):
            bad(f"{fn}#{i}: role marker leaked into text")
        if not (s["end"] > s["start"] >= prev_end - 1e-9):
            bad(f"{fn}#{i}: timestamps {s['start']}..{s['end']} prev_end {prev_end}")
        if s["seek"] > int(round(s["start"] * 100)):
            bad(f"{fn}#{i}: seek after start")
        wps = len(s["text"].split()) / (s["end"] - s["start"])
        if wps > 3.3:
            bad(f"{fn}#{i}: speech rate {wps:.2f} w/s")
        prev_end = s["end"]
    st = stats[lang]
    st["calls"] += 1
    st["segments"] += len(segs)
    st["agent"] += roles.count("agent")
    st["customer"] += roles.count("customer")
    st["mixed"] += len(g["mixed_segments"])
    st["first_customer"] += roles[0] == "customer"
    st["minutes"] += segs[-1]["end"] / 60

print(f"{'lang':5}{'calls':>6}{'segs':>6}{'agent':>7}{'cust':>6}{'mixed':>7}{'C-first':>8}{'minutes':>9}")
tot = defaultdict(float)
for lang in ("nl", "da", "en"):
    st = stats[lang]
    print(f"{lang:5}{st['calls']:>6}{st['segments']:>6}{st['agent']:>7}{st['customer']:>6}"
          f"{st['mixed']:>7}{st['first_customer']:>8}{st['minutes']:>9.1f}")
    for k, v in st.items():
        tot[k] += v
print(f"{'all':5}{int(tot['calls']):>6}{int(tot['segments']):>6}{int(tot['agent']):>7}{int(tot['customer']):>6}"
      f"{int(tot['mixed']):>7}{int(tot['first_customer']):>8}{tot['minutes']:>9.1f}")
for g in gold:
    r = g["segment_roles"]
    print(f"  {g['file']}: {len(r):3d} segs, agent {r.count('agent'):3d}, customer {r.count('customer'):3d}, "
          f"mixed {len(g['mixed_segments'])}, first={r[0]}")
if problems:
    print(f"\n{len(problems)} PROBLEM(S):")
    for p in problems:
        print("  " + p)
    sys.exit(1)
print("\nOK: all checks passed")
