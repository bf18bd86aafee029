"""The speaker-role model: is a chat or call turn the agent's or the customer's, from its wording and position.

A logistic regression over hashed word (1-2) and character (2-4, within words) n-grams, a few cues (agent
phrases of ``cxmine/text/lang/<lang>/agent_phrases.txt``, a question mark, digits, length) and the turn's
position in its conversation (first, second, last, relative; chat or call). The n-gram hashing has no fitted
state, so the whole model is its coefficients: ``model.json`` (settings, position weights, intercept) and
``weights.npz`` (the non-zero text weights), plain files that load with numpy alone, on any scikit-learn version.

The score is linear, so it is computed in two parts: ``text_scores`` for a batch of turns as they stream past,
and ``logit(text_score, index, n, channel)`` once the turn's place in its conversation is known. Built by
``models/build_role_model.py`` from ``models/data/roles_*.txt``; see ``models/ROLE_MODEL_CARD.md``.
"""

from __future__ import annotations

import json
import math
import os
import re
from collections.abc import Sequence
from functools import cache
from pathlib import Path

import numpy as np

from cxmine.text.langdata import load_all

MODEL_NAME = "roles"
N_HASH = 2**18
MAX_CHARS = 400  # a turn's first characters are enough to tell who speaks
CUE_NAMES = ("agent_phrases", "question_mark", "digits", "length", "short", "you_words", "i_words")
_DIGIT = re.compile(r"\d")  # what str.isdigit counts, one character at a time
# who a turn talks about: agents address the customer (u, uw, je, jouw; you, your; du, din, jer), customers speak
# of themselves (ik, mijn; I, my; jeg, min, mit). Words that mean something else in another language ("dit" is
# Danish "your" and Dutch "this") are left out.
_YOU = re.compile(r"(?<!\w)(?:u|uw|je|jouw|jij|jullie|you|your|yours|du|din|dine|dig|jer|jeres)(?!\w)")
_I = re.compile(r"(?<!\w)(?:ik|mijn|mij|me|i'm|i've|my|mine|jeg|min|mit|mig|vi|vores|we|our|ons|onze)(?!\w)")
POSITION_NAMES = ("first", "second", "last", "relative", "call", "first_call", "second_call")


@cache
def agent_phrase_pattern() -> re.Pattern[str]:
    """One pattern over the agent phrases of every language (whole words, case-insensitive)."""
    phrases = sorted(load_all("agent_phrases"), key=len, reverse=True)
    body = "|".join(re.escape(p.casefold()) for p in phrases) or r"(?!x)x"
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)")


def cue_features(text: str) -> list[float]:
    """The cue part of a turn's features, in ``CUE_NAMES`` order."""
    low = text.casefold()
    hits = len(agent_phrase_pattern().findall(low))
    n = len(text)
    digits = len(_DIGIT.findall(text))
    return [
        min(hits, 3) / 3.0,
        1.0 if "?" in text else 0.0,
        min(digits / n, 0.5) * 2 if n else 0.0,
        min(math.log1p(n) / 6.0, 1.0),
        1.0 if len(text.split()) <= 3 else 0.0,
        min(len(_YOU.findall(low)), 3) / 3.0,
        min(len(_I.findall(low)), 3) / 3.0,
    ]


def position_features(index: int, n: int, channel: str) -> list[float]:
    """The position part of a turn's features, in ``POSITION_NAMES`` order (``index`` 0-based of ``n`` turns)."""
    call = 1.0 if channel == "call" else 0.0
    first, second = float(index == 0), float(index == 1)
    return [first, second, float(index == n - 1 and n > 2), index / max(n - 1, 1), call, first * call,
            second * call]


def turn_shape(text: str | None) -> tuple[bool, bool]:
    """What the single-stream decoder needs of a turn besides its score: (ends in a question, at most 3 words)."""
    t = (text or "").strip()
    return t.endswith("?"), len(t.split()) <= 3


def switch_cell(prev: tuple[bool, bool], cur: tuple[bool, bool]) -> int:
    """Index into ``RoleModel.switch_``: previous turn asks (4), this turn is short (2), previous is short (1)."""
    return 4 * prev[0] + 2 * cur[1] + prev[1]


def switch_table(sequences: Sequence[Sequence[tuple[bool, str]]]) -> list[float]:
    """P(the next turn is the other role's | ``switch_cell``) from ``[(is_agent, text)]`` sequences (add-one)."""
    switched, total = [1] * 8, [2] * 8
    for seq in sequences:
        for (a0, t0), (a1, t1) in zip(seq, seq[1:]):
            k = switch_cell(turn_shape(t0), turn_shape(t1))
            switched[k] += a0 != a1
            total[k] += 1
    return [s / t for s, t in zip(switched, total)]


@cache
def _vectorizers() -> tuple:
    from sklearn.feature_extraction.text import HashingVectorizer

    common = {"n_features": N_HASH, "alternate_sign": False, "lowercase": True, "dtype": np.float32}
    words = HashingVectorizer(analyzer="word", ngram_range=(1, 2), token_pattern=r"(?u)\b\w+\b", **common)
    chars = HashingVectorizer(analyzer="char_wb", ngram_range=(2, 4), **common)
    return words, chars


def text_matrix(texts: Sequence[str]):  # noqa: ANN201 - a scipy sparse matrix
    """Hashed n-grams and cues of ``texts``: one row per text, ``2 * N_HASH + len(CUE_NAMES)`` columns."""
    import scipy.sparse as sp

    cut = [(t or "")[:MAX_CHARS] for t in texts]
    words, chars = _vectorizers()
    cues = sp.csr_matrix(np.array([cue_features(t) for t in cut], dtype=np.float32).reshape(len(cut), len(CUE_NAMES)))
    return sp.hstack([words.transform(cut), chars.transform(cut), cues], format="csr")


class RoleModel:
    """Agent-or-customer scores for turns; ``fit`` on labelled turns, ``save``/``load`` as plain files."""

    def __init__(self, C: float = 2.0, random_state: int = 0) -> None:
        self.C = C
        self.random_state = random_state

    def fit(self, texts: Sequence[str], positions: Sequence[Sequence[float]], is_agent: Sequence[bool]) -> RoleModel:
        """Learn from turns: their texts, ``position_features`` rows, and whether each is the agent's."""
        import scipy.sparse as sp
        from sklearn.linear_model import LogisticRegression

        if len(texts) != len(positions) or len(texts) != len(is_agent) or not texts:
            raise ValueError("fit needs as many positions and labels as texts, and at least one text")
        pos = sp.csr_matrix(np.asarray(positions, dtype=np.float32))
        x = sp.hstack([text_matrix(texts), pos], format="csr")
        clf = LogisticRegression(C=self.C, class_weight="balanced", max_iter=5000, random_state=self.random_state)
        clf.fit(x, np.asarray(is_agent, dtype=bool))
        coef = clf.coef_[0]
        n_text = 2 * N_HASH + len(CUE_NAMES)
        self.text_coef_ = coef[:n_text].astype(np.float32)
        self.position_coef_ = coef[n_text:].astype(np.float64)
        self.intercept_ = float(clf.intercept_[0])
        self.switch_: list[float] | None = None  # set by the builder from the same conversations (switch_table)
        return self

    def text_scores(self, texts: Sequence[str]) -> np.ndarray:
        """The text part of each turn's agent log-odds (add ``position_score`` for the whole)."""
        if not len(texts):
            return np.zeros(0, dtype=np.float64)
        # the product of text_matrix(texts) and the weights, block by block (no stacked copy of the matrix)
        cut = [(t or "")[:MAX_CHARS] for t in texts]
        uniq = list(dict.fromkeys(cut))  # "ok", "thanks", "Ja." come back often: score each text once
        if len(uniq) < len(cut):
            by_text = dict(zip(uniq, self.text_scores(uniq)))
            return np.array([by_text[t] for t in cut], dtype=np.float64)
        words, chars = _vectorizers()
        w = self.text_coef_
        out = words.transform(cut) @ w[:N_HASH] + chars.transform(cut) @ w[N_HASH : 2 * N_HASH]
        out = out + np.array([cue_features(t) for t in cut], dtype=np.float32) @ w[2 * N_HASH :]
        return np.asarray(out, dtype=np.float64).ravel()

    def position_score(self, index: int, n: int, channel: str) -> float:
        return float(np.dot(self.position_coef_, position_features(index, n, channel))) + self.intercept_

    def logit(self, text_score: float, index: int, n: int, channel: str) -> float:
        """Log-odds that the turn is the agent's."""
        return text_score + self.position_score(index, n, channel)

    def save(self, folder: Path | str, meta: dict | None = None) -> None:
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        nz = np.flatnonzero(self.text_coef_)
        np.savez_compressed(folder / "weights.npz", index=nz.astype(np.int32), value=self.text_coef_[nz])
        info = {
            "kind": "cxmine speaker roles", "n_hash": N_HASH, "cues": list(CUE_NAMES),
            "positions": list(POSITION_NAMES), "position_coef": [round(float(v), 6) for v in self.position_coef_],
            "intercept": round(self.intercept_, 6), "C": self.C,
            "switch": None if getattr(self, "switch_", None) is None else [round(v, 4) for v in self.switch_],
            **(meta or {}),
        }
        (folder / "model.json").write_text(json.dumps(info, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, folder: Path | str) -> RoleModel:
        folder = Path(folder)
        info = json.loads((folder / "model.json").read_text(encoding="utf-8"))
        if info.get("n_hash") != N_HASH or info.get("cues") != list(CUE_NAMES) or \
                info.get("positions") != list(POSITION_NAMES):
            raise ValueError(f"{folder} was built for other features; rebuild it with models/build_role_model.py")
        with np.load(folder / "weights.npz") as w:
            coef = np.zeros(2 * N_HASH + len(CUE_NAMES), dtype=np.float32)
            coef[w["index"]] = w["value"]
        model = cls(C=float(info.get("C", 2.0)))
        model.text_coef_ = coef
        model.position_coef_ = np.asarray(info["position_coef"], dtype=np.float64)
        model.intercept_ = float(info["intercept"])
        model.switch_ = info.get("switch")
        return model


def default_model_dir() -> Path | None:
    """``$CXMINE_MODELS_DIR/roles``, ``models/roles`` of a source checkout, or ``cxmine/models/roles`` in a wheel."""
    env = os.environ.get("CXMINE_MODELS_DIR")
    pkg = Path(__file__).resolve().parents[1]
    for d in ([Path(env) / MODEL_NAME] if env else []) + [pkg.parent / "models" / MODEL_NAME, pkg / "models" / MODEL_NAME]:
        if (d / "model.json").is_file():
            return d
    return None


@cache
def default_model() -> RoleModel | None:
    """The shipped role model, or None when it is missing (roles then come from names and phrases alone)."""
    d = default_model_dir()
    return RoleModel.load(d) if d else None
