"""Held-out splits, softmax confidence scaling and the ``unknown`` threshold for the intent classifier.

A linear SVM gives decision scores, not probabilities. A single temperature (``scale``) applied before a softmax
is fitted on held-out scores by minimising the log loss, which keeps the ranking and makes confidences
comparable across models. The threshold is then chosen on the same held-out rows.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import numpy as np
from sklearn.model_selection import KFold, StratifiedKFold, train_test_split


def softmax(scores: np.ndarray) -> np.ndarray:
    """Row-wise softmax, numerically stable."""
    if scores.size == 0:
        return np.zeros_like(scores, dtype=np.float64)
    z = scores - scores.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def heldout_splits(
    labels: np.ndarray, cv: int, holdout_above: int, random_state: int | None
) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """(train, test) index pairs: one stratified 80/20 split for large sets, else (stratified) k-fold."""
    n = len(labels)
    counts = Counter(labels.tolist())
    min_count = min(counts.values())
    idx = np.arange(n)
    if n >= holdout_above and min_count >= 2:
        train, test = train_test_split(idx, test_size=0.2, stratify=labels, random_state=random_state)
        yield np.sort(train), np.sort(test)
        return
    k = min(cv, n)
    if k < 2:
        return
    if min_count >= 2:
        splitter = StratifiedKFold(n_splits=min(k, min_count), shuffle=True, random_state=random_state)
        yield from splitter.split(idx, labels)
    else:
        # some intents have a single example: stratification is impossible, plain shuffled folds still work
        yield from KFold(n_splits=k, shuffle=True, random_state=random_state).split(idx)


def choose_scale(scores: np.ndarray, true: np.ndarray, classes: np.ndarray) -> float:
    """The softmax temperature (multiplier) with the lowest held-out log loss; 5.0 without held-out data.

    The grid stops at 16: when every held-out row is right the log loss keeps falling as the scale grows, and an
    unbounded scale would make every confidence 1.0 (no graded ``unknown`` left).
    """
    if len(true) == 0:
        return 5.0
    pos = {c: i for i, c in enumerate(classes)}
    col = np.array([pos[t] for t in true])
    best_scale, best_loss = 5.0, np.inf
    for scale in np.geomspace(0.25, 16.0, 37):
        p = softmax(scores * scale)[np.arange(len(col)), col]
        loss = -np.mean(np.log(np.clip(p, 1e-12, 1.0)))
        if loss < best_loss - 1e-12:
            best_scale, best_loss = float(scale), loss
    return best_scale


def choose_threshold(conf: np.ndarray, correct: np.ndarray, max_unknown_rate: float) -> float:
    """Confidence threshold maximising (correct kept + wrong rejected), rejecting at most ``max_unknown_rate``.

    Without held-out rows (or errors to reject) the threshold is 0: nothing becomes ``unknown``.
    """
    n = len(conf)
    if n == 0 or correct.all():
        return 0.0
    order = np.argsort(conf, kind="stable")
    c_sorted = conf[order]
    ok_sorted = correct[order].astype(int)
    # rejecting the k lowest-confidence rows: utility = correct among the rest + wrong among the k rejected
    kept_correct = ok_sorted.sum() - np.concatenate([[0], np.cumsum(ok_sorted)])
    rejected_wrong = np.concatenate([[0], np.cumsum(1 - ok_sorted)])
    utility = kept_correct + rejected_wrong
    max_k = int(np.floor(max_unknown_rate * n))
    best_k = 0
    for k in range(1, max_k + 1):
        # a threshold can only fall between distinct confidences
        if k < n and c_sorted[k] == c_sorted[k - 1]:
            continue
        if utility[k] > utility[best_k]:
            best_k = k
    if best_k == 0:
        return 0.0
    upper = c_sorted[best_k] if best_k < n else 1.0
    return float((c_sorted[best_k - 1] + upper) / 2.0)
