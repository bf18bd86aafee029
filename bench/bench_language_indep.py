"""Language detection on short customer texts written by authors who had not seen the detector (scored once).

Run from the repo root: ``.venv/bin/python bench/bench_language_indep.py``.

Texts: the customer messages of ``bench/data/indep_intents/messages.csv`` (360, nl/da/en; chat, e-mail and call
style, with typos and some English words in Dutch and Danish messages) and the questions of
``bench/data/indep_topics/questions.csv`` (180). Both sets were written for other evaluations by authors who
had not seen cxmine's code; their ``language`` column is the language the author wrote in (the
English set includes messages by Dutch and Danish customers writing English). Mismatches are counted, never
printed.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from cxmine.text.language import LanguageDetector  # noqa: E402

SETS = {
    "indep_intents": ROOT / "bench" / "data" / "indep_intents" / "messages.csv",
    "indep_topics": ROOT / "bench" / "data" / "indep_topics" / "questions.csv",
}


FORMAL = ROOT / "bench" / "data" / "indep_formal" / "sentences.tsv"


def formal(out: Path) -> None:
    """Formal, administrative nl/da sentences (and de/sv/nb/af controls in the same register): does `other` take
    clear Dutch and Danish?"""
    det = LanguageDetector(("nl", "da", "en"))
    with FORMAL.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    got, _ = det.detect_many([r["text"] for r in rows])
    lines = [
        "## Language detection on independent formal, administrative sentences (scored once)",
        "",
        f"Date: {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC. Command: `.venv/bin/python "
        "bench/bench_language_indep.py --formal`. `bench/data/indep_formal/sentences.tsv`, written by an author who "
        "had not seen the detector: Dutch and Danish in the register of decisions, terms and conditions, notices "
        "and standards (short 4-9 words, medium 10-20, long 21-45), and German, Swedish, Norwegian and Afrikaans "
        "in the same register as controls (they should become `other`). Default detector, candidates nl/da/en.",
        "",
        "| language | kind | n | right | accuracy | other/und | confused with |",
        "|---|---|---:|---:|---:|---:|---|",
    ]
    groups: dict[tuple[str, str], list[str]] = {}
    for r, g in zip(rows, got, strict=True):
        groups.setdefault((r["language"], r["kind"]), []).append(g)
    for (lang, kind), gs in sorted(groups.items(), key=lambda x: (x[0][0] not in ("nl", "da"), x[0])):
        target = lang if lang in ("nl", "da", "en") else "other"
        right = sum(1 for g in gs if g == target or (target == "other" and g == "und"))
        other = sum(1 for g in gs if g in ("other", "und"))
        wrong = Counter(g for g in gs if g != target and g not in ("other", "und"))
        conf = ", ".join(f"{k} {v}" for k, v in wrong.most_common()) or "-"
        lines.append(f"| {lang} | {kind} | {len(gs)} | {right} | {right / len(gs):.3f} | {other} | {conf} |")
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "language_indep.md")
    ap.add_argument("--formal", action="store_true", help="score bench/data/indep_formal (results: language_formal.md)")
    args = ap.parse_args()
    if args.formal:
        formal(ROOT / "bench" / "results" / "language_formal.md")
        return
    det = LanguageDetector(("nl", "da", "en"))
    lines = [
        "## Language detection on independent short customer texts (scored once)",
        "",
        f"Date: {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC. Command: `.venv/bin/python "
        "bench/bench_language_indep.py`. Default detector, candidates nl/da/en (others become `other`).",
        "",
        "| set | language | n | right | accuracy | other/und | confused with |",
        "|---|---|---:|---:|---:|---:|---|",
    ]
    for name, path in SETS.items():
        with path.open(encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f))
        got, _ = det.detect_many([r["text"] for r in rows])
        for lang in ("nl", "da", "en"):
            pairs = [(r["language"], g) for r, g in zip(rows, got, strict=True) if r["language"] == lang]
            right = sum(1 for t, g in pairs if g == t)
            other = sum(1 for _, g in pairs if g in ("other", "und"))
            wrong = Counter(g for t, g in pairs if g != t and g not in ("other", "und"))
            conf = ", ".join(f"{k} {v}" for k, v in wrong.most_common()) or "-"
            lines.append(f"| {name} | {lang} | {len(pairs)} | {right} | {right / len(pairs):.3f} | {other} | {conf} |")
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
