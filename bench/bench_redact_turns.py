"""Redaction of conversations turn by turn against the turns redacted together, on planted corpora.

Run from the repo root: ``.venv/bin/python bench/bench_redact_turns.py --corpus A.jsonl --corpus B.jsonl``
(``--out`` for the results file). The ingest stores a chat or a call as one message per turn; the redaction rules
that read a value as the answer to the turn before ("Og dit postnummer?" | "8900") only see that turn when the
turns of a conversation are redacted together (``cxmine.pipeline.stages.redact_messages``). This splits each call
and chat of a planted corpus into its lines (one turn each) and scores both ways, as
``bench/bench_redact_indep.py`` scores a corpus (a planted value survives when any of its ``must_not_survive``
strings is left, case ignored; a look-alike is kept when it is left verbatim). E-mails are one message either way.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from cxmine.pipeline.stages import _redact_turns  # noqa: E402
from cxmine.text.redact import Redactor  # noqa: E402


def score(path: Path) -> dict[str, int]:
    redactor = Redactor()
    c = dict.fromkeys(("planted", "alone", "together", "looks", "kept_alone", "kept_together", "fallbacks"), 0)
    for line in path.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        if rec["channel"] == "email":
            alone = together = redactor.redact(rec["text"]).lower()
        else:
            turns = rec["text"].split("\n")
            alone = "\n".join(redactor.redact(t) for t in turns).lower()
            joint = _redact_turns(redactor, turns, (), None)
            if joint is None:
                c["fallbacks"] += 1
                joint = [redactor.redact(t) for t in turns]
            together = "\n".join(joint).lower()
        for p in rec["planted"]:
            c["planted"] += 1
            c["alone"] += any(m.lower() in alone for m in p["must_not_survive"])
            c["together"] += any(m.lower() in together for m in p["must_not_survive"])
        for la in rec["lookalikes"]:
            c["looks"] += 1
            c["kept_alone"] += la["value"].lower() in alone
            c["kept_together"] += la["value"].lower() in together
    return c


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, action="append", required=True, help="a planted corpus.jsonl (repeat)")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "redact_turns.md")
    args = ap.parse_args()
    rows = []
    for path in args.corpus:
        c = score(path)
        n, m = c["planted"], c["looks"]
        rows.append(f"| {path.parent.name} | {c['alone']}/{n} ({c['alone'] / n:.3f}) | {c['together']}/{n} "
                    f"({c['together'] / n:.3f}) | {c['kept_alone'] / m:.3f} | {c['kept_together'] / m:.3f} | "
                    f"{c['fallbacks']} |")
    cmd = "`.venv/bin/python bench/bench_redact_turns.py " + " ".join(
        f"--corpus {p.relative_to(ROOT) if p.is_absolute() else p}" for p in args.corpus) + "`"
    text = "\n".join([
        "## Redaction of conversations: turn by turn or turns together",
        "",
        f"Date: {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC. Command: {cmd}. Calls and chats split into "
        "their lines (one turn each), as the ingest stores them; e-mails whole.",
        "",
        "| corpus | surviving, turn by turn | surviving, turns together | look-alikes kept, by turn | together | "
        "fallbacks |",
        "|---|---|---|---:|---:|---:|",
        *rows,
        "",
    ])
    args.out.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
