"""Unanswered questions -> gaps: one clustering over all languages, in a space where a theme asked in Dutch,
Danish and English lies together.

Two questions in one language compare by their language's lemma and character n-gram TF-IDF, character
3-5-grams and shared names; two in different languages by:
- concepts (``cxmine.text.concepts``: "verzekering" / "forsikring" / "insurance" are one), the main bridge;
- character 3-5-grams over all languages (cognates: "retour" / "retur" / "return");
- names, codes and numbers ("BL-220", "HYGGE15", "Klarna", "Bornholm"), which read the same in every language;
and both by a (multilingual) sentence model's embedding where a user configures one. Average-linkage
agglomerative clustering on cosine distance with a distance threshold decides the number of gaps. Above
``max_cluster_sample`` questions a seeded sample is clustered and the rest join the nearest centroid. Gaps
smaller than ``min_gap_size`` go to one ``misc`` gap, ranked last.

On the development set (bench/data/gaps_dev) this put 6 of 6 multi-language themes into one gap each where
clustering each language apart and linking the clusters afterwards managed 1, with BANKING77's one-language
clustering unchanged (NMI 0.80); see bench/bench_gaps.py and BENCHMARKS.md.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy.sparse import csr_matrix, hstack
from sklearn.cluster import AgglomerativeClustering
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import normalize

from cxmine.schema import SUPPORTED_LANGUAGES

MISC = "misc"
# Names, codes and numbers that read the same in every language: a token with a digit (BL-220, HYGGE15, 3-zits),
# an inner capital (MobilePay, iDEAL), all capitals (DKK, GLS), or a capitalised word inside a sentence (Klarna).
_TOKEN = re.compile(r"[^\W_][\w\-]*[^\W_]|[^\W_]", re.UNICODE)
_PLACEHOLDER = re.compile(r"<[A-Z_]+>")
_LANG_SUFFIX = re.compile(r"[-_](nl|da|en|de|sv|nb|fr)$")


def anchors(text: str, lang: str | None = None) -> set[str]:
    """Language-independent tokens of ``text`` (lower-cased): codes, numbers with letters, brand-like names."""
    from cxmine.classify.topics.keywords import stop_words

    text = _PLACEHOLDER.sub(" ", text or "")
    found: set[str] = set()
    stops = stop_words(lang) if lang in SUPPORTED_LANGUAGES else frozenset()
    for sent in re.split(r"(?<=[.!?])\s+|\n+", text):
        for i, m in enumerate(_TOKEN.finditer(sent)):
            tok = m.group(0)
            low = tok.lower()
            has_digit = any(c.isdigit() for c in tok)
            if has_digit:
                if sum(c.isalpha() for c in tok) >= 1 or sum(c.isdigit() for c in tok) >= 4:
                    found.add(low)
                continue
            if len(tok) < 3 or low in stops:
                continue
            inner_cap = any(c.isupper() for c in tok[1:])
            if inner_cap or (i > 0 and tok[0].isupper()):
                found.add(low)
    return found


def kb_base(kb_id: str | None) -> str | None:
    """A KB id without its language suffix: translations of one article share it ("delivery-time-nl")."""
    return _LANG_SUFFIX.sub("", kb_id) if kb_id else None


def _vectors(texts: list[str], lang: str):
    from cxmine.classify.topics.keywords import LemmaTokenizer

    parts = []
    if lang in SUPPORTED_LANGUAGES:
        word = TfidfVectorizer(tokenizer=LemmaTokenizer(lang), lowercase=False, token_pattern=None, sublinear_tf=True)
        try:
            parts.append(word.fit_transform(texts))
        except ValueError:  # only stop words
            pass
    char = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, lowercase=True)
    parts.append(char.fit_transform([_PLACEHOLDER.sub(" ", t) for t in texts]))
    return normalize(hstack([normalize(p) for p in parts]).tocsr())


def cluster_similarities(S: np.ndarray, distance: float) -> np.ndarray:
    """Average-linkage cluster labels (0..k-1) from a dense cosine-similarity matrix."""
    if S.shape[0] == 1:
        return np.zeros(1, dtype=np.int64)
    D = np.clip(1.0 - S, 0.0, 2.0)
    np.fill_diagonal(D, 0.0)
    model = AgglomerativeClustering(n_clusters=None, metric="precomputed", linkage="average",
                                    distance_threshold=distance)
    return model.fit_predict(D).astype(np.int64)


def _assign_rest(texts: list[str], langs: list[str], sample: np.ndarray, labels: np.ndarray, distance: float
                 ) -> np.ndarray:
    """Labels for every text: the sample's own, and for the rest the cluster of its most similar sampled text in
    its language (character n-grams), so memory stays bounded however many questions there are."""
    out = np.full(len(texts), -1, dtype=np.int64)
    out[sample] = labels
    vec = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True)
    X = normalize(vec.fit_transform([_PLACEHOLDER.sub(" ", t) for t in texts]))
    rest = np.setdiff1d(np.arange(len(texts)), sample)
    for start in range(0, len(rest), 2048):
        part = rest[start : start + 2048]
        sims = (X[part] @ X[sample].T).toarray()
        out[part] = labels[np.argmax(sims, axis=1)]
    return out


def _block(X, rows: int, weight: float):
    """A weighted, row-normalised block; an empty block when the vectorizer found nothing."""
    return normalize(X) * weight if X is not None else csr_matrix((rows, 0))


def _bag_block(docs: list[str], weight: float):
    if not any(docs):
        return csr_matrix((len(docs), 0))
    vec = TfidfVectorizer(token_pattern=r"\S+", lowercase=False, sublinear_tf=True)
    return _block(vec.fit_transform(docs), len(docs), weight)


def joint_similarity(texts: list[str], languages: Sequence[str], weights: dict[str, float],
                     embeddings: np.ndarray | None = None) -> np.ndarray:
    """Cosine similarities for the clustering of the module docstring (dense, texts x texts).

    Two questions in one language compare by their own language's words and characters and shared names; two in
    different languages by concepts, characters and shared names, discounted by ``weights["cross"]``. Concepts
    thus bridge languages without blurring themes inside one language (they are coarser than words).
    """
    from cxmine.text.concepts import concept_bag

    n = len(texts)
    langs = np.array(list(languages), dtype=object)
    own_parts = []
    for lang in sorted(set(langs)):
        idx = np.flatnonzero(langs == lang)
        X = _vectors([texts[i] for i in idx], lang).tocoo()
        own_parts.append(csr_matrix((X.data, (idx[X.row], X.col)), shape=(n, X.shape[1])))
    own = hstack(own_parts).tocsr()
    clean = [_PLACEHOLDER.sub(" ", t) for t in texts]
    char = _block(TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True).fit_transform(clean), n,
                  weights["char"])
    bags = [" ".join(concept_bag(t, lg)) for t, lg in zip(texts, langs)]
    concepts = _bag_block(bags, weights["concepts"])
    same_concepts = _bag_block(bags, weights["same_concepts"])
    names = _bag_block([" ".join(sorted(anchors(t, lg))) for t, lg in zip(texts, langs)], weights["anchors"])
    extra = [_block(csr_matrix(embeddings), n, weights["embedding"])] if embeddings is not None else []
    same = normalize(hstack([_block(own, n, weights["own"]), char, same_concepts, names, *extra]).tocsr())
    cross = normalize(hstack([char, concepts, names, *extra]).tocsr())
    s_same = (same @ same.T).toarray()
    s_cross = (cross @ cross.T).toarray() * weights["cross"]
    return np.where(langs[:, None] == langs[None, :], s_same, s_cross)


@dataclass
class GapClustering:
    """How unanswered questions become gaps; see the module docstring. Weights and distance were chosen on
    BANKING77 (one language) and the development set bench/data/gaps_dev (three languages)."""

    distance: float = 0.85
    min_gap_size: int = 2
    max_cluster_sample: int = 3000
    own_weight: float = 1.0
    char_weight: float = 0.5
    concept_weight: float = 1.5
    anchor_weight: float = 1.0
    embedding_weight: float = 1.0
    cross_weight: float = 0.8
    same_concept_weight: float = 0.3
    random_state: int = 0

    def fit_predict(self, texts: Sequence[str], languages: Sequence[str],
                    embeddings: np.ndarray | None = None) -> np.ndarray:
        """A gap index per text (-1: the misc gap), numbered by size, largest first."""
        n = len(texts)
        if n == 0:
            return np.zeros(0, dtype=np.int64)
        weights = {"own": self.own_weight, "char": self.char_weight, "concepts": self.concept_weight,
                   "anchors": self.anchor_weight, "embedding": self.embedding_weight, "cross": self.cross_weight,
                   "same_concepts": self.same_concept_weight}
        texts = list(texts)
        langs = list(languages)
        sample = np.arange(n)
        if n > self.max_cluster_sample:
            rng = np.random.default_rng(self.random_state)
            sample = np.sort(rng.choice(n, self.max_cluster_sample, replace=False))
        S = joint_similarity([texts[i] for i in sample], [langs[i] for i in sample], weights,
                             None if embeddings is None else embeddings[sample])
        labels = cluster_similarities(S, self.distance)
        if len(sample) < n:
            labels = _assign_rest(texts, langs, sample, labels, self.distance)
        sizes = Counter(labels.tolist())
        kept = sorted((k for k, v in sizes.items() if v >= self.min_gap_size), key=lambda k: (-sizes[k], k))
        renumber = {k: i for i, k in enumerate(kept)}
        return np.array([renumber.get(k, -1) for k in labels.tolist()], dtype=np.int64)
