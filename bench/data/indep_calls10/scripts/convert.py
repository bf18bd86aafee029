#!/usr/bin/env python3
"""Convert role-tagged call scripts into Whisper-style JSON (no speaker info) + gold.jsonl.

Script format (one line per Whisper segment):
  A|text                      agent segment
  C|text                      customer segment
  X|A|text|C|text             mixed segment (either order); role = speaker with most words
  H|secs                      hold / long silence (no segment)
  # ...                       comment (ignored)
"""
import glob
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
WPS = {"nl": 2.6, "da": 2.8, "en": 2.7}
ROLE = {"A": "agent", "C": "customer"}
WINDOW = 30.0


def q(x):
    return round(round(x / 0.02) * 0.02, 2)


def nwords(text):
    return sum(1 for w in text.split() if re.search(r"\w", w))


def parse(path):
    items = []
    for ln, raw in enumerate(open(path, encoding="utf-8"), 1):
        line = raw.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("|")
        tag = parts[0]
        if tag in ("A", "C"):
            if len(parts) != 2 or not parts[1].strip():
                sys.exit(f"{path}:{ln}: bad line")
            items.append(("seg", ROLE[tag], parts[1].strip(), False))
        elif tag == "H":
            items.append(("hold", float(parts[1])))
        elif tag == "X":
            if len(parts) != 5 or parts[1] not in ROLE or parts[3] not in ROLE or parts[1] == parts[3]:
                sys.exit(f"{path}:{ln}: bad X line")
            t1, t2 = parts[2].strip(), parts[4].strip()
            w1, w2 = nwords(t1), nwords(t2)
            if w1 == w2:
                sys.exit(f"{path}:{ln}: tie in mixed segment ({w1} words each)")
            role = ROLE[parts[1]] if w1 > w2 else ROLE[parts[3]]
            items.append(("seg", role, t1 + " " + t2, True))
        else:
            sys.exit(f"{path}:{ln}: unknown tag {tag!r}")
    return items


def new_window_params(rng, after_hold):
    return {
        "avg_logprob": round(rng.uniform(-0.48, -0.12), 6),
        "compression_ratio": round(rng.uniform(1.15, 1.85), 6),
        "no_speech_prob": round(
            rng.uniform(0.08, 0.55) if after_hold
            else (rng.uniform(0.05, 0.25) if rng.random() < 0.15 else rng.uniform(0.001, 0.05)), 6),
    }


def convert(path):
    base = os.path.basename(path)[:-4]
    lang = base.split("-")[0]
    fname = base + ".json"
    rng = random.Random(fname)
    items = parse(path)
    segs, roles, mixed = [], [], []
    t = 0.0 if rng.random() < 0.5 else rng.uniform(0.0, 1.5)
    pending_hold = 0.0
    first = True
    win_start, win_params, prev_end = 0.0, None, 0.0
    for it in items:
        if it[0] == "hold":
            pending_hold += it[1]
            continue
        _, role, text, is_mixed = it
        if first:
            gap = t
        elif pending_hold:
            gap = pending_hold + rng.uniform(0.0, 0.6)
        else:
            r = rng.random()
            if r < 0.45:
                gap = 0.0
            elif r < 0.88:
                gap = rng.uniform(0.1, 1.0)
            else:
                gap = rng.uniform(1.0, 3.0)
        start = q(prev_end + gap) if not first else q(gap)
        dur = nwords(text) / WPS[lang] * rng.uniform(0.8, 1.25) + rng.uniform(0.15, 0.45)
        end = q(start + max(dur, 0.4))
        if end <= start:
            end = q(start + 0.4)
        after_hold = bool(pending_hold)
        if win_params is None or after_hold or end > win_start + WINDOW:
            if win_params is not None:
                win_start = start
            win_params = new_window_params(rng, after_hold or first)
        sid = len(segs)
        segs.append({
            "id": sid,
            "seek": int(round(win_start * 100)),
            "start": start,
            "end": end,
            "text": " " + text,
            "tokens": [],
            "temperature": 0.0,
            "avg_logprob": win_params["avg_logprob"],
            "compression_ratio": win_params["compression_ratio"],
            "no_speech_prob": win_params["no_speech_prob"],
        })
        roles.append(role)
        if is_mixed:
            mixed.append(sid)
        prev_end = end
        pending_hold = 0.0
        first = False
    doc = {"text": "".join(s["text"] for s in segs), "segments": segs, "language": lang}
    with open(os.path.join(OUT, fname), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
    gold = {"file": fname, "language": lang, "format": "whisper",
            "segment_roles": roles, "mixed_segments": mixed}
    return gold


def main():
    paths = sorted(glob.glob(os.path.join(HERE, "*-[0-9][0-9].txt")))
    golds = [convert(p) for p in paths]
    with open(os.path.join(OUT, "gold.jsonl"), "w", encoding="utf-8") as f:
        for g in golds:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"wrote {len(golds)} files")


if __name__ == "__main__":
    main()
