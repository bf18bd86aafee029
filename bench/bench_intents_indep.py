"""Score intent models on messages written independently of the training data (bench/data/indep_intents).

Run from the repo root:
  .venv/bin/python bench/bench_intents_indep.py --data bench/data/intents_dev/messages.csv --out -   # development
  .venv/bin/python bench/bench_intents_indep.py --before OLD_MODEL_DIR                               # ONCE, final

The independent set is scored once, untuned (its README). Each model is scored two ways: ``plain`` is
``IntentClassifier.classify`` on the message text alone (what ``cxmine classify`` did before); ``focused`` is
``classify_focused`` (request part of long messages + the previous agent turn for low-confidence follow-ups,
what ``cxmine classify`` does now). Accuracy is given without the threshold (the top intent) and with it
(``unknown`` counts as wrong). Writes bench/results/intents_indep.md unless ``--out -``.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import os
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from cxmine.classify.intents.focus import classify_focused  # noqa: E402
from cxmine.classify.intents.store import load_model  # noqa: E402
from cxmine.classify.intents.train import metrics  # noqa: E402

LANGS = ("nl", "da", "en")


def read_rows(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def score_model(model_dir: Path, rows: list[dict]) -> dict:
    """{mode: {lang: metrics}} for the plain and the focused classification."""
    clf, meta = load_model(model_dir)
    texts = [r["text"] for r in rows]
    langs = [r["language"] for r in rows]
    prev = [r.get("previous") or None for r in rows]
    y = np.asarray([r["intent"] for r in rows], dtype=object)
    preds = {"plain": clf.classify(texts, language=langs), "focused": classify_focused(clf, texts, langs, prev)}
    out: dict = {"created_at": meta.get("created_at"), "threshold": float(clf.threshold_)}
    for mode, pred in preds.items():
        top = np.asarray(pred.top_intent, dtype=object)
        shown = np.asarray(pred.intent, dtype=object)
        res = {}
        for lang in (*LANGS, "all"):
            m = np.ones(len(y), bool) if lang == "all" else np.asarray(langs, dtype=object) == lang
            if not m.any():
                continue
            mt = metrics(list(y[m]), list(top[m]))
            res[lang] = {
                "n": int(m.sum()),
                "accuracy": mt["accuracy"],
                "accuracy_threshold": float(np.mean(shown[m] == y[m])),
                "macro_f1": mt["macro_f1"],
                "unknown": float(np.mean(pred.is_unknown[m])),
                "confused": mt["confused_pairs"][:6],
            }
        has_prev = np.asarray([bool(p) for p in prev])
        if has_prev.any():
            res["with previous turn"] = {"n": int(has_prev.sum()),
                                         "accuracy": float(np.mean(top[has_prev] == y[has_prev])),
                                         "accuracy_threshold": float(np.mean(shown[has_prev] == y[has_prev])),
                                         "macro_f1": float("nan"), "unknown": float(np.mean(pred.is_unknown[has_prev])),
                                         "confused": []}
        out[mode] = res
    return out


def lines_for(name: str, res: dict) -> list[str]:
    lines = [f"### {name} (models trained {res['created_at']}, threshold {res['threshold']:.3f})", "",
             "| mode | subset | n | accuracy (top intent) | accuracy with threshold | macro-F1 | unknown |",
             "|---|---|---|---|---|---|---|"]
    for mode in ("plain", "focused"):
        for lang, m in res[mode].items():
            f1 = "-" if m["macro_f1"] != m["macro_f1"] else f"{m['macro_f1']:.3f}"
            lines.append(f"| {mode} | {lang} | {m['n']} | {m['accuracy']:.3f} | {m['accuracy_threshold']:.3f} | "
                         f"{f1} | {m['unknown']:.1%} |")
    conf = res["focused"]["all"]["confused"]
    lines += ["", "Most confused, focused, all languages (true -> predicted): "
              + (", ".join(f"{p['true']} -> {p['predicted']} ({p['count']})" for p in conf) or "none") + ".", ""]
    return lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT / "bench" / "data" / "indep_intents" / "messages.csv")
    ap.add_argument("--model", type=Path, default=ROOT / "models" / "intents", help="the model to score (after)")
    ap.add_argument("--before", type=Path, default=None, help="an earlier model to score alongside (before)")
    ap.add_argument("--out", default=str(ROOT / "bench" / "results" / "intents_indep.md"), help="'-': print only")
    args = ap.parse_args()
    rows = read_rows(args.data)
    counts = Counter(r["language"] for r in rows)
    cmd = "`.venv/bin/python bench/bench_intents_indep.py" + (f" --before {args.before}" if args.before else "") + (
        f" --data {args.data.relative_to(ROOT) if args.data.is_absolute() else args.data}`"
        if args.data.name != "messages.csv" or "indep_intents" not in str(args.data) else "`")
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    lines = ["## Intents on independently written messages (bench/data/indep_intents)", "",
             f"Run {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC, load average {load:.1f}. Command: {cmd}. "
             f"Data: {args.data.name} in {args.data.parent.name}, "
             + ", ".join(f"{lang} {counts[lang]}" for lang in LANGS) + " messages. Scored once, untuned: neither "
             "model was trained, tuned or chosen on this set. `plain`: the message text alone; `focused`: request "
             "part of long messages + previous agent turn for low-confidence follow-ups (what `cxmine classify` "
             "does). Accuracy with threshold counts `unknown` as wrong.", ""]
    if args.before:
        lines += lines_for(f"Before: {args.before.name}", score_model(args.before, rows))
    lines += lines_for(f"After: {args.model.name}", score_model(args.model, rows))
    print("\n".join(lines))
    if args.out != "-":
        Path(args.out).write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
