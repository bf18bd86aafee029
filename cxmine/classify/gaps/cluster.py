"""Unanswered questions -> gaps: clusters per language, then linked across languages into one gap per theme.

1. Per language: TF-IDF of lemmas (spaCy lookup tables, as for topics) and of character 3-5-grams; average-linkage
   agglomerative clustering on cosine distance with a distance threshold, so the number of gaps follows the
   data. Above ``max_cluster_sample`` questions a seeded sample is clustered and the rest join the nearest
   cluster centroid.
2. Across languages: two clusters are one gap when they share language-independent evidence: names and codes
   ("BL-220", "HYGGE15", "Klarna", "Bornholm") used by a good part of both, or character n-grams close enough
   (cognates: "retour" / "retur" / "return"), or a weaker n-gram likeness backed by the same intent or the same
   nearest KB article (translations of one article share an id). A user's multilingual embedding model,
   when configured, adds its centroid cosine as one more link.
Clusters smaller than ``min_gap_size`` go to one ``misc`` gap, ranked last.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from scipy.sparse import hstack
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


@dataclass
class Cluster:
    """One language's cluster of unanswered questions (row indices into the input)."""

    language: str
    rows: list[int]
    anchors: set[str] = field(default_factory=set)
    intent: str | None = None
    kb: str | None = None


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


def cluster_language(texts: list[str], lang: str, distance: float, max_sample: int, seed: int) -> np.ndarray:
    """Cluster labels (0..k-1) of one language's texts."""
    n = len(texts)
    if n == 1:
        return np.zeros(1, dtype=np.int64)
    X = _vectors(texts, lang)
    rng = np.random.default_rng(seed)
    sample = np.arange(n) if n <= max_sample else np.sort(rng.choice(n, max_sample, replace=False))
    S = (X[sample] @ X[sample].T).toarray()
    D = np.clip(1.0 - S, 0.0, 2.0)
    np.fill_diagonal(D, 0.0)
    model = AgglomerativeClustering(n_clusters=None, metric="precomputed", linkage="average",
                                    distance_threshold=distance)
    sample_labels = model.fit_predict(D)
    if len(sample) == n:
        return sample_labels.astype(np.int64)
    k = sample_labels.max() + 1
    ind = np.zeros((k, len(sample)))
    ind[sample_labels, np.arange(len(sample))] = 1.0
    centroids = normalize(ind @ X[sample].toarray() if X.shape[1] < 20000 else (ind @ X[sample]).A)
    labels = np.asarray((X @ centroids.T).argmax(axis=1)).ravel()
    labels[sample] = sample_labels
    return labels.astype(np.int64)


def _majority(values: Sequence[str | None], min_share: float = 0.5) -> str | None:
    counts = Counter(v for v in values if v not in (None, "", "unknown"))
    if not counts:
        return None
    value, n = counts.most_common(1)[0]
    return value if n >= min_share * len(values) else None


def _frequent_anchors(sets: list[set[str]], min_share: float = 0.25) -> set[str]:
    counts = Counter(a for s in sets for a in s)
    need = max(1.0, min_share * len(sets))
    return {a for a, n in counts.items() if n >= need}


def _ratio(value: float, threshold: float) -> float:
    """``value`` as a share of its link threshold (a threshold of 0 or less always links)."""
    return 1.0 if threshold <= 0 else value / threshold


@dataclass
class GapClustering:
    """How unanswered questions become gaps; parameters as in the module docstring."""

    distance: float = 0.85
    min_gap_size: int = 2
    max_cluster_sample: int = 3000
    anchor_link: float = 0.5
    char_link: float = 0.45
    weak_char_link: float = 0.2
    embedding_link: float = 0.75
    # KB-article profiles as cross-language evidence: measured on the development set they merged different
    # themes (unanswered questions are far from every article alike), so it is off unless set.
    profile_link: float | None = None
    link_score: float = 0.9  # average cross-language score two groups need to become one gap
    random_state: int = 0

    def fit_predict(self, texts: Sequence[str], languages: Sequence[str], intents: Sequence[str | None] | None = None,
                    kb_ids: Sequence[str | None] | None = None, embeddings: np.ndarray | None = None,
                    profiles: np.ndarray | None = None) -> np.ndarray:
        """A gap index per text (-1: the misc gap), numbered by size, largest first."""
        n = len(texts)
        if n == 0:
            return np.zeros(0, dtype=np.int64)
        texts = list(texts)
        langs = np.array(list(languages), dtype=object)
        clusters = self._per_language(texts, langs, intents, kb_ids)
        big = [c for c in clusters if len(c.rows) >= self.min_gap_size]
        groups = self._link(big, texts, embeddings, profiles)
        out = np.full(n, -1, dtype=np.int64)
        sizes = sorted(((sum(len(big[i].rows) for i in g), min(r for i in g for r in big[i].rows), g) for g in groups),
                       key=lambda x: (-x[0], x[1]))
        for gap, (_, _, members) in enumerate(sizes):
            for i in members:
                out[big[i].rows] = gap
        return out

    def _per_language(self, texts: list[str], langs: np.ndarray, intents, kb_ids) -> list[Cluster]:
        clusters: list[Cluster] = []
        for lang in sorted(set(langs)):
            rows = np.flatnonzero(langs == lang)
            labels = cluster_language([texts[i] for i in rows], lang, self.distance, self.max_cluster_sample,
                                      self.random_state)
            for k in range(int(labels.max()) + 1):
                members = [int(r) for r in rows[labels == k]]
                if not members:
                    continue
                c = Cluster(lang, members)
                c.anchors = _frequent_anchors([anchors(texts[r], lang) for r in members])
                if intents is not None:
                    c.intent = _majority([intents[r] for r in members])
                if kb_ids is not None:
                    c.kb = _majority([kb_base(kb_ids[r]) for r in members])
                clusters.append(c)
        return clusters

    def _link(self, clusters: list[Cluster], texts: list[str], embeddings: np.ndarray | None,
              profiles: np.ndarray | None = None) -> list[list[int]]:
        """Groups of clusters that are one gap: average linkage over the cross-language link scores, so one strong
        pair does not chain unrelated themes together (as single linkage would)."""
        k = len(clusters)
        if k < 2:
            return [[i] for i in range(k)]
        score = self._link_scores(clusters, texts, embeddings, profiles)
        cross = np.array([[a.language != b.language for b in clusters] for a in clusters], dtype=float)
        total = score * cross  # sums and counts of cross-language pairs between groups
        count = cross.copy()
        members = {i: [i] for i in range(k)}
        alive = np.ones(k, dtype=bool)
        while True:
            with np.errstate(invalid="ignore", divide="ignore"):
                avg = np.where(count > 0, total / np.maximum(count, 1), -1.0)
            avg[~alive, :] = -1.0
            avg[:, ~alive] = -1.0
            np.fill_diagonal(avg, -1.0)
            i, j = np.unravel_index(int(np.argmax(avg)), avg.shape)
            if avg[i, j] < self.link_score:
                break
            i, j = min(i, j), max(i, j)
            total[i, :] += total[j, :]
            total[:, i] = total[i, :]
            count[i, :] += count[j, :]
            count[:, i] = count[i, :]
            alive[j] = False
            members[i] += members.pop(j)
        return list(members.values())

    def _link_scores(self, clusters: list[Cluster], texts: list[str], embeddings: np.ndarray | None,
                     profiles: np.ndarray | None) -> np.ndarray:
        """Per pair of clusters, how strongly the evidence says "same theme": 1 where a link rule fires fully."""
        char = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, lowercase=True)
        X = normalize(char.fit_transform([_PLACEHOLDER.sub(" ", t) for t in texts]))
        cent = normalize(np.vstack([np.asarray(X[c.rows].mean(axis=0)).ravel() for c in clusters]))
        char_sim = cent @ cent.T
        emb_sim = prof_sim = None
        if embeddings is not None:
            ecent = normalize(np.vstack([embeddings[c.rows].mean(axis=0) for c in clusters]))
            emb_sim = ecent @ ecent.T
        if profiles is not None and profiles.shape[1] > 1:
            pcent = normalize(np.vstack([profiles[c.rows].mean(axis=0) for c in clusters]))
            prof_sim = pcent @ pcent.T
        k = len(clusters)
        out = np.zeros((k, k))
        for i in range(k):
            for j in range(i + 1, k):
                out[i, j] = out[j, i] = self._score(
                    clusters[i], clusters[j], float(char_sim[i, j]),
                    None if emb_sim is None else float(emb_sim[i, j]),
                    None if prof_sim is None else float(prof_sim[i, j]))
        return out

    def _score(self, a: Cluster, b: Cluster, char: float, emb: float | None, prof: float | None) -> float:
        """The strongest piece of evidence, scaled so that 1.0 is its link threshold (capped at 1)."""
        parts = [_ratio(char, self.char_link)]
        if a.anchors and b.anchors:
            parts.append(_ratio(len(a.anchors & b.anchors) / min(len(a.anchors), len(b.anchors)), self.anchor_link))
        if emb is not None:
            parts.append(_ratio(emb, self.embedding_link))
        if prof is not None and self.profile_link:
            parts.append(_ratio(prof, self.profile_link))
        same_evidence = (a.intent is not None and a.intent == b.intent) or (a.kb is not None and a.kb == b.kb)
        if same_evidence:
            parts.append(_ratio(char, self.weak_char_link))
        return min(1.0, max(parts))
