#!/usr/bin/env python3
"""Sanity checks for the indep_calls13 evaluation set (standard library only)."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SEG_KEYS = ["id", "seek", "start", "end", "text", "tokens", "temperature",
            "avg_logprob", "compression_ratio", "no_speech_prob"]
errors = []


def err(msg):
    errors.append(msg)


files = sorted(f for f in os.listdir(ROOT) if re.match(r"^(nl|da|en)-\d\d\.json$", f))
with open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8") as f:
    gold_lines = [json.loads(l) for l in f if l.strip()]
gold = {g["file"]: g for g in gold_lines}

if [g["file"] for g in gold_lines] != sorted(g["file"] for g in gold_lines):
    err("gold.jsonl not sorted by file name")
if set(gold) != set(files):
    err(f"gold/file mismatch: {set(gold) ^ set(files)}")
for lang in ("nl", "da", "en"):
    expected = {f"{lang}-{i:02d}.json" for i in range(1, 13)}
    if not expected <= set(files):
        err(f"missing files for {lang}: {sorted(expected - set(files))}")

stats = {}
for fn in files:
    lang = fn[:2]
    with open(os.path.join(ROOT, fn), encoding="utf-8") as f:
        doc = json.load(f)
    if set(doc) != {"text", "segments", "language"}:
        err(f"{fn}: top-level keys {sorted(doc)}")
    if doc.get("language") != lang:
        err(f"{fn}: language {doc.get('language')}")
    segs = doc["segments"]
    if doc["text"] != "".join(s["text"] for s in segs):
        err(f"{fn}: text != join of segment texts")
    prev_end = -1.0
    prev_seek = 0
    for i, s in enumerate(segs):
        if list(s) != SEG_KEYS:
            err(f"{fn}[{i}]: keys {list(s)}")
        if s["id"] != i:
            err(f"{fn}[{i}]: id {s['id']}")
        if not s["text"].startswith(" ") or not s["text"].strip():
            err(f"{fn}[{i}]: text must start with a space and be non-empty")
        if any(k in s for k in ("speaker", "role")):
            err(f"{fn}[{i}]: speaker info present")
        if not (s["start"] < s["end"]):
            err(f"{fn}[{i}]: start >= end")
        if s["start"] < prev_end - 1e-9:
            err(f"{fn}[{i}]: overlaps previous segment")
        if s["seek"] < prev_seek or s["seek"] > int(round(s["start"] * 100)):
            err(f"{fn}[{i}]: bad seek {s['seek']}")
        words = len(s["text"].split())
        dur = s["end"] - s["start"]
        if words >= 4 and not (words / 3.2 <= dur <= words / 2.2 + 0.6):
            err(f"{fn}[{i}]: implausible duration {dur:.2f}s for {words} words")
        prev_end, prev_seek = s["end"], s["seek"]
    g = gold.get(fn)
    if not g:
        continue
    if g.get("language") != lang or g.get("format") != "whisper":
        err(f"{fn}: gold language/format")
    roles = g["segment_roles"]
    if len(roles) != len(segs):
        err(f"{fn}: {len(roles)} roles vs {len(segs)} segments")
    if any(r not in ("agent", "customer") for r in roles):
        err(f"{fn}: bad role value")
    if any(not isinstance(m, int) or m < 0 or m >= len(segs) for m in g["mixed_segments"]):
        err(f"{fn}: mixed segment id out of range")
    if not (20 <= len(segs) <= 80):
        err(f"{fn}: {len(segs)} segments outside 20-80")
    if len(set(roles)) < 2:
        err(f"{fn}: only one role present")
    st = stats.setdefault(lang, {"calls": 0, "segments": 0, "agent": 0, "customer": 0, "mixed": 0,
                                 "min": 999, "max": 0, "first_customer": 0, "minutes": 0.0})
    st["calls"] += 1
    st["segments"] += len(segs)
    st["agent"] += roles.count("agent")
    st["customer"] += roles.count("customer")
    st["mixed"] += len(g["mixed_segments"])
    st["min"] = min(st["min"], len(segs))
    st["max"] = max(st["max"], len(segs))
    st["first_customer"] += roles[0] == "customer"
    st["minutes"] += segs[-1]["end"] / 60

print(f"{'lang':4} {'calls':>5} {'segs':>5} {'agent':>5} {'cust':>5} {'mixed':>5} {'min':>4} {'max':>4} {'cust1st':>7} {'audio_min':>9}")
for lang in ("nl", "da", "en"):
    st = stats.get(lang)
    if st:
        print(f"{lang:4} {st['calls']:5} {st['segments']:5} {st['agent']:5} {st['customer']:5} {st['mixed']:5} "
              f"{st['min']:4} {st['max']:4} {st['first_customer']:7} {st['minutes']:9.1f}")
tot = {k: sum(s[k] for s in stats.values()) for k in ("calls", "segments", "agent", "customer", "mixed")}
print("all ", tot)
for fn in files:
    print(fn, len(gold[fn]["segment_roles"]), "mixed:", gold[fn]["mixed_segments"])
if errors:
    print(f"\n{len(errors)} ERROR(S):")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("\nOK: all checks passed")
