#!/usr/bin/env python3
"""Convert role-tagged call scripts (scripts/<lang>-<nn>.txt) into Whisper-style
JSON files without any speaker information, plus one gold.jsonl with roles.

Script line format:
  A|text                      agent segment
  C|text                      customer segment
  X|A|agent part|C|cust part  one segment holding a turn change (either order)
  H|secs                      hold / long silence (no segment)
Blank lines and lines starting with '#' are ignored.
"""
import glob
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
RATE = {"nl": 2.6, "da": 2.8, "en": 2.7}   # words per second
ROLE = {"A": "agent", "C": "customer"}
MIN_SEG, MAX_SEG = 25, 45


def q(x):
    """Quantise to 0.02 s."""
    return round(round(x / 0.02) * 0.02, 2)


def parse(path):
    items = []  # ("seg", text, role, mixed) or ("hold", secs)
    with open(path, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            line = raw.rstrip("\n").strip()
            if not line or line.startswith("#"):
                continue
            parts = line.split("|")
            tag = parts[0]
            where = f"{os.path.basename(path)}:{n}"
            if tag in ("A", "C"):
                if len(parts) != 2 or not parts[1].strip():
                    raise ValueError(f"{where}: bad line")
                items.append(("seg", parts[1].strip(), ROLE[tag], False))
            elif tag == "X":
                if len(parts) != 5 or parts[1] not in ROLE or parts[3] not in ROLE \
                        or parts[1] == parts[3]:
                    raise ValueError(f"{where}: bad mixed line")
                t1, t2 = parts[2].strip(), parts[4].strip()
                w1, w2 = len(t1.split()), len(t2.split())
                if w1 == w2:
                    raise ValueError(f"{where}: mixed segment tie ({w1} words each)")
                role = ROLE[parts[1]] if w1 > w2 else ROLE[parts[3]]
                items.append(("seg", t1 + " " + t2, role, True))
            elif tag == "H":
                items.append(("hold", float(parts[1])))
            else:
                raise ValueError(f"{where}: unknown tag {tag!r}")
    return items


def window_stats(rng, after_hold):
    nsp = rng.uniform(0.002, 0.09)
    if after_hold or rng.random() < 0.12:
        nsp = rng.uniform(0.1, 0.45)
    return {
        "avg_logprob": round(rng.uniform(-0.52, -0.11), 6),
        "compression_ratio": round(rng.uniform(1.18, 1.92), 6),
        "no_speech_prob": round(nsp, 6),
    }


def convert(path):
    name = os.path.splitext(os.path.basename(path))[0]
    lang = name.split("-")[0]
    fname = name + ".json"
    rng = random.Random(fname)
    items = parse(path)

    segments, roles, mixed = [], [], []
    t = q(rng.uniform(0.0, 1.2))
    first_seg = next(it for it in items if it[0] == "seg")
    if first_seg[1][:1].islower():  # recording starts mid-sentence
        t = 0.0
    first = True
    pending_hold = 0.0
    window_start, stats = 0.0, window_stats(rng, False)
    for it in items:
        if it[0] == "hold":
            pending_hold += it[1]
            continue
        _, text, role, is_mixed = it
        if not first:
            if pending_hold > 0:
                gap = pending_hold
            else:
                r = rng.random()
                if r < 0.45:
                    gap = 0.0
                elif r < 0.87:
                    gap = rng.uniform(0.1, 1.0)
                else:
                    gap = rng.uniform(1.0, 3.0)
            t = q(t + gap)
        elif pending_hold > 0:
            t = q(t + pending_hold)
        nwords = len(text.split())
        dur = nwords / RATE[lang] * rng.uniform(0.8, 1.25) + rng.uniform(0.15, 0.45)
        dur = max(dur, 0.4)
        start, end = t, q(t + dur)
        if end <= start:
            end = q(start + 0.4)
        if end > window_start + 30.0:
            window_start = start
            stats = window_stats(rng, pending_hold > 0)
        seg = {
            "id": len(segments),
            "seek": int(round(window_start * 100)),
            "start": start,
            "end": end,
            "text": " " + text,
            "tokens": [],
            "temperature": 0.0,
            "avg_logprob": stats["avg_logprob"],
            "compression_ratio": stats["compression_ratio"],
            "no_speech_prob": stats["no_speech_prob"],
        }
        if is_mixed:
            mixed.append(seg["id"])
        segments.append(seg)
        roles.append(role)
        t = end
        first = False
        pending_hold = 0.0

    if not (MIN_SEG <= len(segments) <= MAX_SEG):
        raise ValueError(f"{fname}: {len(segments)} segments, outside {MIN_SEG}-{MAX_SEG}")
    doc = {
        "text": "".join(s["text"] for s in segments),
        "segments": segments,
        "language": lang,
    }
    with open(os.path.join(OUT, fname), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")
    gold = {
        "file": fname,
        "language": lang,
        "format": "whisper",
        "segment_roles": roles,
        "mixed_segments": mixed,
    }
    return gold


def main():
    paths = sorted(glob.glob(os.path.join(HERE, "*-[0-9][0-9].txt")))
    if not paths:
        sys.exit("no scripts found")
    golds = [convert(p) for p in paths]
    with open(os.path.join(OUT, "gold.jsonl"), "w", encoding="utf-8") as f:
        for g in golds:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"wrote {len(golds)} files + gold.jsonl")


if __name__ == "__main__":
    main()
