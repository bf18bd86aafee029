#!/usr/bin/env python3
"""Convert role-tagged call scripts into openai-whisper style JSON + gold.jsonl.

Script notation (scripts/<lang>-<nn>.txt), one Whisper segment per line:
  A| text      segment spoken by the agent side (agent, IVR/queue message, colleague after transfer)
  C| text      segment spoken by the customer side (caller, relative, person answering an outbound call)
  A*| text     mixed segment (both speakers), majority of words by the agent
  C*| text     mixed segment, majority of words by the customer
  @lead S      leading silence before the first segment (seconds)
  @gap S       extra silence (seconds) before the next segment (e.g. menu key press)
  @hold S      hold / waiting time (seconds) before the next segment
  # ...        comment (first line describes the call)
Standard library only; randomness seeded per file so output is reproducible.
"""
import json
import os
import random
import re
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
GLOBAL_SEED = 13
LINE_RE = re.compile(r"^(A|C)(\*)?\|\s?(.*)$")


def q(x):
    """Whisper timestamps come in 20 ms steps."""
    return round(round(x / 0.02) * 0.02, 2)


def parse(path):
    items = []
    with open(path, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            line = raw.rstrip("\n").strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("@"):
                parts = line[1:].split()
                if len(parts) != 2 or parts[0] not in ("lead", "gap", "hold"):
                    raise ValueError(f"{path}:{n}: bad directive {line!r}")
                items.append(("dir", parts[0], float(parts[1])))
                continue
            m = LINE_RE.match(line)
            if not m:
                raise ValueError(f"{path}:{n}: cannot parse {line!r}")
            role = "agent" if m.group(1) == "A" else "customer"
            text = m.group(3).strip()
            if not text:
                raise ValueError(f"{path}:{n}: empty text")
            items.append(("seg", role, bool(m.group(2)), text))
    return items


def convert(path):
    name = os.path.splitext(os.path.basename(path))[0]
    lang = name.split("-")[0]
    rng = random.Random(GLOBAL_SEED * 1000003 + zlib.crc32(name.encode()))
    items = parse(path)

    t = rng.uniform(0.0, 0.6)
    pending = 0.0
    segments, roles, mixed = [], [], []
    window_start = 0.0
    window_cr = rng.uniform(1.25, 1.75)
    window_temp = 0.0
    first = True
    for it in items:
        if it[0] == "dir":
            _, kind, val = it
            if kind == "lead":
                t = val
            else:
                pending += val * rng.uniform(0.9, 1.1)
            continue
        _, role, is_mixed, text = it
        # gap between segments: independent of who speaks
        if not first:
            r = rng.random()
            if r < 0.35:
                gap = 0.0
            elif r < 0.85:
                gap = rng.uniform(0.1, 0.9)
            else:
                gap = rng.uniform(1.0, 2.6)
            t += gap
        t += pending
        pending = 0.0
        first = False
        words = len(text.split())
        rate = rng.uniform(2.5, 2.8)
        dur = words / rate + rng.uniform(0.15, 0.45)
        dur = max(dur, rng.uniform(0.6, 1.0))
        start = q(t)
        end = q(t + dur)
        if end <= start:
            end = q(start + 0.6)
        # Whisper decodes 30 s windows; seek is the window start in 10 ms frames
        if end > window_start + 30.0 or start > window_start + 30.0:
            window_start = segments[-1]["end"] if segments else start
            if start - window_start > 30.0:
                window_start = start
            window_cr = rng.uniform(1.25, 1.75)
            window_temp = 0.0 if rng.random() < 0.9 else 0.2
        short = words <= 2
        seg = {
            "id": len(segments),
            "seek": int(round(window_start * 100)),
            "start": start,
            "end": end,
            "text": " " + text,
            "tokens": [],
            "temperature": window_temp,
            "avg_logprob": round(rng.uniform(-0.55, -0.25) if short else rng.uniform(-0.42, -0.12), 6),
            "compression_ratio": round(window_cr, 6),
            "no_speech_prob": round(rng.uniform(0.02, 0.2) if short else rng.uniform(0.001, 0.06), 6),
        }
        segments.append(seg)
        roles.append(role)
        if is_mixed:
            mixed.append(seg["id"])
        t = end
    doc = {"text": "".join(s["text"] for s in segments), "segments": segments, "language": lang}
    gold = {"file": name + ".json", "language": lang, "format": "whisper",
            "segment_roles": roles, "mixed_segments": mixed}
    return name, doc, gold


def main():
    scripts = sorted(p for p in os.listdir(HERE) if re.match(r"^(nl|da|en)-\d\d\.txt$", p))
    golds = []
    for p in scripts:
        name, doc, gold = convert(os.path.join(HERE, p))
        with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=2)
            f.write("\n")
        golds.append(gold)
    golds.sort(key=lambda g: g["file"])
    with open(os.path.join(OUT, "gold.jsonl"), "w", encoding="utf-8") as f:
        for g in golds:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"wrote {len(golds)} calls")


if __name__ == "__main__":
    sys.exit(main())
