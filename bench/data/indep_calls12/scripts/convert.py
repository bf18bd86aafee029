#!/usr/bin/env python3
"""Convert role-tagged call scripts (scripts/<lang>-<nn>.txt) into Whisper-style
JSON files (no speaker information) plus gold.jsonl with the true role per segment.

Standard library only; randomness is seeded per file, so output is reproducible.
Script notation: see FORMAT.txt.
"""
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
NAME_RE = re.compile(r"^(nl|da|en)-(\d\d)\.txt$")
ROLE = {"A": "agent", "C": "customer"}


def parse(path):
    segs, cut, pending = [], False, 0.0
    with open(path, encoding="utf-8") as f:
        for lineno, raw in enumerate(f, 1):
            line = raw.rstrip("\n").strip()
            if not line or line.startswith("#"):
                continue
            if line == "@cut":
                cut = True
                continue
            if line.startswith("~"):
                pending += float(line[1:])
                continue
            m = re.match(r"^([AC])(\*?)\|(.+)$", line)
            if not m:
                raise ValueError(f"{path}:{lineno}: cannot parse: {line!r}")
            segs.append({"role": ROLE[m.group(1)], "mixed": bool(m.group(2)),
                         "text": m.group(3).strip(), "hold": pending})
            pending = 0.0
    return segs, cut


def q(x):
    """Quantise to Whisper's 0.02 s timestamp resolution."""
    return round(round(x * 50) / 50, 2)


def build(name, segs, cut, lang):
    rng = random.Random("indep_calls12/" + name)
    rate = rng.uniform(2.5, 2.8)          # words per second for this call
    t = 0.0 if cut else rng.uniform(0.3, 1.6)
    out = []
    window_start, window = None, None
    for i, s in enumerate(segs):
        words = len(s["text"].split())
        if i > 0:
            r = rng.random()              # gap independent of speaker
            if r < 0.30:
                gap = 0.0
            elif r < 0.70:
                gap = rng.uniform(0.1, 0.6)
            elif r < 0.93:
                gap = rng.uniform(0.6, 1.6)
            else:
                gap = rng.uniform(1.6, 3.2)
            t += gap
        if s["hold"]:
            t += s["hold"] * rng.uniform(0.9, 1.1)
        dur = words / rate * rng.uniform(0.92, 1.12) + rng.uniform(0.1, 0.4)
        dur = max(dur, 0.6)
        start, end = q(t), q(t + dur)
        if end <= start:
            end = q(start + 0.6)
        # 30-second decoding windows: seek and window-level stats
        if window_start is None or end > window_start + 30.0:
            # new window starts where the previous window's last segment ended;
            # windows that contain only silence (holds) are skipped 30 s at a time
            window_start = 0.0 if not out else out[-1]["end"]
            while start >= window_start + 30.0:
                window_start += 30.0
            window_start = q(window_start)
            window = {
                "seek": int(round(window_start * 100)),
                "compression_ratio": round(rng.uniform(1.15, 1.75), 6),
                "no_speech_prob": round(rng.uniform(0.1, 0.35) if s["hold"] > 5
                                        else rng.uniform(0.002, 0.06), 6),
                "temperature": 0.2 if rng.random() < 0.05 else 0.0,
            }
        if words <= 2:
            lp = rng.uniform(-0.75, -0.3)
        else:
            lp = rng.uniform(-0.42, -0.12)
        out.append({
            "id": i,
            "seek": window["seek"],
            "start": start,
            "end": end,
            "text": " " + s["text"],
            "tokens": [],
            "temperature": window["temperature"],
            "avg_logprob": round(lp, 6),
            "compression_ratio": window["compression_ratio"],
            "no_speech_prob": window["no_speech_prob"],
        })
        t = end
    doc = {"text": "".join(x["text"] for x in out), "segments": out, "language": lang}
    gold = {"file": name + ".json", "language": lang, "format": "whisper",
            "segment_roles": [s["role"] for s in segs],
            "mixed_segments": [i for i, s in enumerate(segs) if s["mixed"]]}
    return doc, gold


def main():
    names = sorted(f for f in os.listdir(HERE) if NAME_RE.match(f))
    golds = []
    for fn in names:
        lang = NAME_RE.match(fn).group(1)
        name = fn[:-4]
        segs, cut = parse(os.path.join(HERE, fn))
        doc, gold = build(name, segs, cut, lang)
        with open(os.path.join(ROOT, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=1)
            f.write("\n")
        golds.append(gold)
    golds.sort(key=lambda g: g["file"])
    with open(os.path.join(ROOT, "gold.jsonl"), "w", encoding="utf-8") as f:
        for g in golds:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"wrote {len(golds)} calls + gold.jsonl", file=sys.stderr)


if __name__ == "__main__":
    main()
