"""``calibrate``: pick the answered / unanswered threshold from a small labelled sample.

The sample is a table of question texts with the KB entry that answers each (``kb_id``) or ``none``. Every
threshold from 0.05 to 0.95 is tried; the chosen one maximises the share of answerable questions matched to
their entry and kept as answered plus the share of ``none`` questions flagged as unanswered (both count
equally, so a sample with few ``none`` rows does not push the threshold to zero). Precision and recall of the
unanswered flag are reported at that point.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from cxmine.classify.gaps.cluster import kb_base
from cxmine.classify.gaps.kb import read_kb
from cxmine.errors import UsageError

NONE_LABELS = {"none", "", "-", "null", "geen", "ingen"}
GRID = np.round(np.arange(0.05, 0.951, 0.025), 3)


@dataclass
class Calibration:
    threshold: float
    precision: float  # of the unanswered flag
    recall: float
    answered_accuracy: float  # answerable questions matched to their entry and kept as answered
    n: int
    n_none: int
    method: str
    curve: list[dict]  # per threshold: threshold, precision, recall, answered_accuracy


def _same_entry(pred: str | None, gold: str) -> bool:
    return pred is not None and (pred == gold or kb_base(pred) == kb_base(gold))


def calibrate(labels_path: Path, kb: Sequence[Path | str], text_column: str = "text", label_column: str = "kb_id",
              language_column: str = "language", detect_language=None, embedding_model: str | None = None,
              intent_bonus: float | None = None) -> Calibration:
    """The threshold that best separates answered from unanswered questions on a labelled sample."""
    from cxmine.classify.intents.store import read_examples

    ex = read_examples(Path(labels_path), text_column, label_column, language_column)
    kb_table, _ = read_kb(kb, detect_language=detect_language)
    langs = list(ex.languages)
    missing = [i for i, lg in enumerate(langs) if lg in ("und", "")]
    if missing and detect_language is not None:
        found = detect_language([ex.texts[i] for i in missing])
        for i, lg in zip(missing, found):
            langs[i] = lg
    gold_none = np.array([y.strip().lower() in NONE_LABELS for y in ex.labels])
    if gold_none.all() or not gold_none.any():
        raise UsageError(
            f"{Path(labels_path).name} needs both answered rows (a kb_id) and unanswered rows ('none') to choose a "
            f"threshold; it has {int((~gold_none).sum())} and {int(gold_none.sum())}"
        )
    known = set(kb_table.column("kb_id").to_pylist()) | {kb_base(k) for k in kb_table.column("kb_id").to_pylist()}
    unknown = sorted({y for y, n in zip(ex.labels, gold_none) if not n and y not in known and kb_base(y) not in known})
    if unknown:
        raise UsageError(f"{Path(labels_path).name} names kb_ids the knowledge base does not have: "
                         f"{', '.join(unknown[:5])}{' ...' if len(unknown) > 5 else ''}")
    from cxmine.classify.gaps.run import fit_matcher, question_intents

    matcher = fit_matcher(kb_table, embedding_model, intent_bonus)  # the same matching as 'cxmine gaps'
    intents = None
    if matcher.intent_bonus > 0:
        intents = question_intents(ex.texts, langs, [None] * len(langs), matcher, kb_table)
    m = matcher.match(ex.texts, langs, intents)
    right = np.array([_same_entry(p, y) for p, y in zip(m.kb_id, ex.labels)])
    curve = []
    for thr in GRID:
        flag = m.similarity < thr
        tp = float(np.sum(flag & gold_none))
        curve.append({
            "threshold": float(thr),
            "precision": tp / max(1.0, float(flag.sum())),
            "recall": tp / float(gold_none.sum()),
            "answered_accuracy": float(np.mean(right[~gold_none] & ~flag[~gold_none])),
        })
    best = max(curve, key=lambda c: (c["recall"] + c["answered_accuracy"], -c["threshold"]))
    return Calibration(best["threshold"], best["precision"], best["recall"], best["answered_accuracy"], len(ex.texts),
                       int(gold_none.sum()), matcher.method_, curve)
