"""Score redaction on the independent planted corpus (bench/data/indep_privacy), once, untuned.

Run from the repo root: ``.venv/bin/python bench/bench_redact_indep.py`` (``--out`` for the results file).

The corpus was written by an author who had not seen the redaction rules (bench/data/indep_privacy/README.md):
180 call, chat and e-mail texts in nl, da and en with planted personal data (each with the identifying parts
that must not survive) and look-alikes that must be kept (order, invoice, tracking and EAN numbers, vouchers
failing the Luhn check, prices, dates, model numbers). Scoring:

- a planted value *survives* when any of its ``must_not_survive`` strings is still in the redacted text (case
  ignored, as the author checked that no such string occurs elsewhere in the text);
- a look-alike is *kept* when its value is still in the redacted text verbatim.

The texts are redacted as the ingest pipeline redacts a message whose author's name is unknown (``names=()``):
a call transcript or a chat without a display name. No per-item output is printed: the figures are the result.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from cxmine.text.redact import redact_text  # noqa: E402

CORPUS = ROOT / "bench" / "data" / "indep_privacy" / "corpus.jsonl"


def score(records: list[dict]) -> tuple[dict[str, Counter], dict[str, Counter]]:
    """Per-group counters: ``planted``/``survived`` and ``lookalikes``/``kept``, by kind, language and channel."""
    planted: dict[str, Counter] = {"kind": Counter(), "lang": Counter(), "channel": Counter(), "survived_kind": Counter(),
                                   "survived_lang": Counter(), "survived_channel": Counter()}
    looks: dict[str, Counter] = {"kind": Counter(), "lang": Counter(), "kept_kind": Counter(), "kept_lang": Counter()}
    for rec in records:
        out = redact_text(rec["text"]).lower()
        lang, channel = rec["language"], rec["channel"]
        for p in rec["planted"]:
            gone = not any(part.lower() in out for part in p["must_not_survive"])
            for key, val in (("kind", p["kind"]), ("lang", lang), ("channel", channel)):
                planted[key][val] += 1
                if not gone:
                    planted[f"survived_{key}"][val] += 1
        for la in rec["lookalikes"]:
            kept = la["value"].lower() in out
            for key, val in (("kind", la["kind"]), ("lang", lang)):
                looks[key][val] += 1
                if kept:
                    looks[f"kept_{key}"][val] += 1
    return planted, looks


def table(title: str, total: Counter, hit: Counter, hit_name: str) -> list[str]:
    lines = [f"| {title} | n | {hit_name} | share |", "|---|---:|---:|---:|"]
    for key in sorted(total, key=lambda k: (-total[k], k)):
        lines.append(f"| {key} | {total[key]} | {hit[key]} | {hit[key] / total[key]:.3f} |")
    n, h = sum(total.values()), sum(hit.values())
    lines.append(f"| **all** | {n} | {h} | {h / n:.3f} |")
    return lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS, help="corpus.jsonl (default: the first independent corpus)")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "redact_indep.md")
    args = ap.parse_args()
    records = [json.loads(line) for line in args.corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    rel = args.corpus.resolve().relative_to(ROOT)
    planted, looks = score(records)
    n_planted, n_survived = sum(planted["kind"].values()), sum(planted["survived_kind"].values())
    n_looks, n_kept = sum(looks["kind"].values()), sum(looks["kept_kind"].values())
    lines = [
        f"## Redaction on an independent planted corpus: `{rel.parent.name}` (scored once, untuned)",
        "",
        f"Date: {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC. Command: `.venv/bin/python "
        f"bench/bench_redact_indep.py --corpus {rel} --out {os.path.relpath(args.out.resolve(), ROOT)}`. Corpus: `{rel}`, "
        f"{len(records)} call, chat and e-mail texts in nl, da and en written by an author who had not seen the "
        "rules (its README says how). Texts are redacted without known names, as a call or a chat without display "
        "names is.",
        "",
        f"**Planted values surviving: {n_survived} of {n_planted} ({n_survived / n_planted:.1%}); look-alikes kept: "
        f"{n_kept} of {n_looks} ({n_kept / n_looks:.1%}).** Aim: 0 surviving, >= 97 % kept.",
        "",
        *table("planted kind", planted["kind"], planted["survived_kind"], "survived"),
        "",
        *table("language", planted["lang"], planted["survived_lang"], "survived"),
        "",
        *table("channel", planted["channel"], planted["survived_channel"], "survived"),
        "",
        *table("look-alike kind", looks["kind"], looks["kept_kind"], "kept"),
        "",
        *table("language", looks["lang"], looks["kept_lang"], "kept"),
    ]
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
