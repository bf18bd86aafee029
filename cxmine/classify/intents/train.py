"""Training and evaluating intent models: the library functions behind ``cxmine classify train|evaluate``."""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path

import numpy as np
from sklearn.metrics import accuracy_score, f1_score, precision_recall_fscore_support

from cxmine.classify.intents.model import IntentClassifier
from cxmine.classify.intents.store import Examples, data_hash, load_model, read_examples, save_model


def metrics(true: list[str], pred: list[str], languages: list[str] | None = None, top_confusions: int = 10) -> dict:
    """Accuracy, macro-F1, per-intent precision/recall/F1/support, per-language accuracy, top confused pairs."""
    true_a = np.asarray(true, dtype=object)
    pred_a = np.asarray(pred, dtype=object)
    labels = sorted(set(true_a.tolist()))
    out: dict = {
        "n": len(true_a),
        "accuracy": float(accuracy_score(true_a, pred_a)) if len(true_a) else 0.0,
        "macro_f1": float(f1_score(true_a, pred_a, labels=labels, average="macro", zero_division=0))
        if len(true_a)
        else 0.0,
    }
    p, r, f, s = precision_recall_fscore_support(true_a, pred_a, labels=labels, zero_division=0)
    out["per_intent"] = {
        lab: {"precision": float(p[i]), "recall": float(r[i]), "f1": float(f[i]), "support": int(s[i])}
        for i, lab in enumerate(labels)
    }
    if languages is not None:
        langs = np.asarray(languages, dtype=object)
        out["per_language"] = {
            lang: {"n": int((langs == lang).sum()), "accuracy": float(np.mean(true_a[langs == lang] == pred_a[langs == lang]))}
            for lang in sorted(set(langs.tolist()))
        }
    pairs = Counter((t, q) for t, q in zip(true_a.tolist(), pred_a.tolist(), strict=True) if t != q)
    out["confused_pairs"] = [
        {"true": t, "predicted": q, "count": c} for (t, q), c in pairs.most_common(top_confusions)
    ]
    return out


def train_intents(
    examples: Path | Examples,
    model_dir: Path,
    text_column: str = "text",
    label_column: str = "intent",
    language_column: str = "language",
    params: dict | None = None,
    extra_meta: dict | None = None,
) -> dict:
    """Fit an ``IntentClassifier`` on labelled examples and save it to ``model_dir``; returns ``model.json``."""
    ex = examples if isinstance(examples, Examples) else read_examples(
        Path(examples), text_column, label_column, language_column
    )
    clf = IntentClassifier(**(params or {}))
    start = time.perf_counter()
    clf.fit(ex.texts, ex.labels, language=ex.languages)
    seconds = time.perf_counter() - start
    held = clf.heldout_
    heldout = {
        "method": "stratified 80/20 split" if len(ex.texts) >= clf.holdout_above else f"{clf.cv}-fold cross-validation",
        "per_branch": clf.heldout_metrics_,
        "unknown_rate_at_threshold": float(np.mean(held["confidence"] < clf.threshold_)) if len(held["confidence"]) else 0.0,
        "accuracy_of_kept": float(np.mean(held["correct"][held["confidence"] >= clf.threshold_]))
        if np.any(held["confidence"] >= clf.threshold_)
        else None,
    }
    meta = {
        "training_data": {
            "source": str(examples) if not isinstance(examples, Examples) else "in-memory",
            "hash": data_hash(ex.texts, ex.labels, ex.languages),
            "n_examples": len(ex.texts),
            "n_dropped": ex.dropped,
            "per_language": dict(Counter(ex.languages)),
            "per_intent": dict(sorted(Counter(ex.labels).items())),
        },
        "metrics": {"heldout": heldout},
        "training_seconds": round(seconds, 2),
        **(extra_meta or {}),
    }
    save_model(clf, model_dir, meta)
    return load_model(model_dir)[1]


def evaluate_intents(
    examples: Path | Examples,
    model_dir: Path | None = None,
    text_column: str = "text",
    label_column: str = "intent",
    language_column: str = "language",
    clf: IntentClassifier | None = None,
) -> dict:
    """Score a saved model on labelled examples: metrics on the top intent plus the effect of the threshold."""
    ex = examples if isinstance(examples, Examples) else read_examples(
        Path(examples), text_column, label_column, language_column
    )
    if clf is None:
        from cxmine.classify.intents.store import default_model_dir

        clf, _meta = load_model(Path(model_dir) if model_dir else default_model_dir())
    start = time.perf_counter()
    pred = clf.classify(ex.texts, language=ex.languages)
    seconds = time.perf_counter() - start
    out = metrics(ex.labels, pred.top_intent, ex.languages)
    kept = ~pred.is_unknown
    out["unknown_rate"] = float(np.mean(pred.is_unknown)) if len(kept) else 0.0
    out["accuracy_of_kept"] = (
        float(np.mean(np.asarray(pred.top_intent, dtype=object)[kept] == np.asarray(ex.labels, dtype=object)[kept]))
        if kept.any()
        else None
    )
    out["threshold"] = float(clf.threshold_)
    out["unknown_labels_in_data"] = int(sum(1 for y in ex.labels if y not in set(clf.classes_)))
    out["seconds"] = round(seconds, 3)
    return out
