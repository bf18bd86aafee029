"""The offline embedder for topics: word + character TF-IDF, reduced by SVD and L2-normalised.

It stands in for a sentence-transformers model (like ``bertopic/backend/_sklearn.py``), needs no download and
works for any language, which matters for Dutch and Danish where no small local sentence model ships. Word
n-grams carry the topic words; character n-grams (inside word boundaries) carry inflection and compounds
("pakketje", "pakketten", "pakkeleverance") that a word vocabulary would split apart. Both halves are weighted
equally; SVD turns the sparse vectors into dense ones so UMAP and centroid similarity behave.

Saved with skops (``save_embedder`` / ``load_embedder``), never pickle only.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.decomposition import TruncatedSVD
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.pipeline import FeatureUnion, Pipeline
from sklearn.preprocessing import Normalizer

# Placeholders written by redaction (<NAME>, <EMAIL>, <PHONE>, ...), numbers and punctuation say nothing about a
# topic (character n-grams of "?" would otherwise pull every question together).
_PLACEHOLDER = re.compile(r"<[A-Z_]{2,20}>|\[[A-Z_]{2,20}\]|\d+|[^\w\s]|_")


def clean_for_embedding(text: str) -> str:
    """Lower-case ``text`` without redaction placeholders, digits and punctuation (module-level for skops)."""
    return _PLACEHOLDER.sub(" ", text).lower()


class TfidfSvdEmbedder(BaseEstimator, TransformerMixin):
    """Dense, normalised text vectors from word (1-2) + char_wb (2-5) TF-IDF and a truncated SVD.

    >>> emb = TfidfSvdEmbedder(n_components=2).fit(["where is my parcel", "my parcel is late", "refund please"])
    >>> emb.transform(["parcel late"]).shape
    (1, 2)
    """

    def __init__(
        self,
        n_components: int = 192,
        word_ngram_range: tuple[int, int] = (1, 2),
        char_ngram_range: tuple[int, int] = (2, 5),
        min_df: int = 2,
        max_features: int = 200_000,
        stop_words: list[str] | None = None,
        random_state: int = 42,
    ) -> None:
        self.n_components = n_components
        self.word_ngram_range = word_ngram_range
        self.char_ngram_range = char_ngram_range
        self.min_df = min_df
        self.max_features = max_features
        self.stop_words = stop_words
        self.random_state = random_state

    def _min_df(self, n_docs: int) -> int:
        # a word seen once in a tiny test corpus is still all we have; in real data it is noise
        return 1 if n_docs < 200 else self.min_df

    def fit(self, texts: list[str], y: object = None) -> TfidfSvdEmbedder:
        """Fit the vocabularies and the SVD on ``texts``."""
        texts = list(texts)
        if not texts:
            raise ValueError("TfidfSvdEmbedder needs at least one text")
        min_df = self._min_df(len(texts))
        word = TfidfVectorizer(
            analyzer="word",
            ngram_range=tuple(self.word_ngram_range),
            preprocessor=clean_for_embedding,
            token_pattern=r"(?u)\b\w\w+\b",
            stop_words=list(self.stop_words) if self.stop_words else None,
            min_df=min_df,
            max_features=self.max_features // 2,
            sublinear_tf=True,
            dtype=np.float32,
        )
        char = TfidfVectorizer(
            analyzer="char_wb",
            ngram_range=tuple(self.char_ngram_range),
            preprocessor=clean_for_embedding,
            min_df=min_df,
            max_features=self.max_features // 2,
            sublinear_tf=True,
            dtype=np.float32,
        )
        union = FeatureUnion([("word", word), ("char", char)])
        sparse = union.fit_transform(texts)
        n_comp = max(1, min(self.n_components, sparse.shape[1] - 1, len(texts) - 1))
        svd = TruncatedSVD(n_components=n_comp, algorithm="randomized", n_iter=5, random_state=self.random_state)
        svd.fit(sparse)
        self.pipeline_ = Pipeline([("tfidf", union), ("svd", svd), ("norm", Normalizer(copy=False))])
        self.n_components_ = n_comp
        return self

    def transform(self, texts: list[str]) -> np.ndarray:
        """Dense float32 vectors (one row per text, unit length unless the text has no known feature)."""
        return np.asarray(self.pipeline_.transform(list(texts)), dtype=np.float32)

    def embed(self, documents: list[str], verbose: bool = False) -> np.ndarray:
        """BERTopic's backend interface, so the embedder can also be passed as ``embedding_model``."""
        return self.transform(documents)


def save_embedder(embedder: TfidfSvdEmbedder, path: Path) -> None:
    """Save a fitted embedder with skops (a safe, inspectable format)."""
    import skops.io as sio

    sio.dump(embedder, Path(path))


def load_embedder(path: Path) -> TfidfSvdEmbedder:
    """Load an embedder saved by ``save_embedder``, trusting only the types it is made of."""
    import skops.io as sio

    path = Path(path)
    untrusted = sio.get_untrusted_types(file=path)
    allowed = {
        "cxmine.classify.topics.embed.TfidfSvdEmbedder",
        "cxmine.classify.topics.embed.clean_for_embedding",
        # the class paths of models saved before the package layout of 0.2 (see cxmine/classify/topic_embed.py)
        "cxmine.classify.topic_embed.TfidfSvdEmbedder",
        "cxmine.classify.topic_embed.clean_for_embedding",
        "numpy.float32",
        "builtins.dict",
        "numpy.dtype",
    }
    unknown = [t for t in untrusted if t not in allowed]
    if unknown:
        from cxmine.errors import ModelError

        raise ModelError(f"The embedder in {path} contains unexpected types {unknown}; refusing to load it")
    return sio.load(path, trusted=untrusted)
