"""Clustering for topics: BERTopic (UMAP + HDBSCAN + c-TF-IDF) on given embeddings, then outlier reduction.

Everything here works on embeddings already computed (TF-IDF/SVD or a local sentence model), so the embedding
choice stays outside. Large inputs are fitted on a seeded sample and the rest is assigned to the nearest topic
centroid: UMAP is the step that stops scaling (its cost grows faster than linearly and it runs on one thread
when seeded), while centroid assignment is one matrix product.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

MAX_FIT_DOCS = 25_000


@dataclass
class Clustering:
    """Raw clustering of one language: labels per document (-1 = outlier) and unit-length topic centroids."""

    labels_raw: np.ndarray  # int, per document
    centroids: np.ndarray  # (n_topics, dim), row t = topic t
    radius: np.ndarray  # per topic: the 5th percentile of its members' similarity to the centroid
    model: object | None  # the fitted BERTopic model (None when there were too few documents)
    fit_index: np.ndarray  # indices of the documents the model was fitted on


def centroids_of(embeddings: np.ndarray, labels: np.ndarray, n_topics: int) -> np.ndarray:
    """Unit-length mean embedding of each topic 0..n_topics-1 (zeros for an empty topic)."""
    dim = embeddings.shape[1]
    out = np.zeros((n_topics, dim), dtype=np.float32)
    for t in range(n_topics):
        members = embeddings[labels == t]
        if len(members):
            c = members.mean(axis=0)
            norm = np.linalg.norm(c)
            out[t] = c / norm if norm > 0 else c
    return out


def radii_of(embeddings: np.ndarray, labels: np.ndarray, centroids: np.ndarray, quantile: float = 0.05) -> np.ndarray:
    """Per topic, a similarity almost all members reach: the bar a new document must pass to join it."""
    out = np.zeros(len(centroids), dtype=np.float32)
    for t in range(len(centroids)):
        members = embeddings[labels == t]
        if len(members):
            out[t] = float(np.quantile(members @ centroids[t], quantile))
    return out


def fit_clusters(
    docs: list[str],
    embeddings: np.ndarray,
    vectorizer: object,
    min_topic_size: int = 10,
    seed: int = 42,
    max_fit_docs: int = MAX_FIT_DOCS,
) -> Clustering:
    """Fit BERTopic on (a seeded sample of) ``docs``; documents outside the sample join their nearest topic."""
    from bertopic import BERTopic
    from bertopic.vectorizers import ClassTfidfTransformer
    from hdbscan import HDBSCAN
    from umap import UMAP

    n = len(docs)
    # a text with no known word or character n-gram has a zero vector: it cannot be placed, so it stays an
    # outlier instead of forming a cluster of "empty" texts
    content = np.flatnonzero(np.linalg.norm(embeddings, axis=1) > 0)
    if len(content) > max_fit_docs:
        rng = np.random.default_rng(seed)
        fit_index = np.sort(rng.choice(content, size=max_fit_docs, replace=False))
    else:
        fit_index = content
    n_fit = len(fit_index)
    umap_model = UMAP(
        n_neighbors=max(2, min(15, n_fit - 1)),
        n_components=max(2, min(5, n_fit - 2)),
        min_dist=0.0,
        metric="cosine",
        random_state=seed,  # makes UMAP deterministic (and single-threaded)
        init="spectral" if n_fit > 50 else "random",  # spectral init fails on tiny, disconnected graphs
        low_memory=True,
    )
    hdbscan_model = HDBSCAN(
        min_cluster_size=max(2, min_topic_size),
        # fewer core samples than BERTopic's default (= min_cluster_size) marks fewer questions as noise
        min_samples=max(1, min_topic_size // 3),
        metric="euclidean",
        cluster_selection_method="eom",
        prediction_data=False,
    )
    model = BERTopic(
        embedding_model=None,
        umap_model=umap_model,
        hdbscan_model=hdbscan_model,
        vectorizer_model=vectorizer,
        ctfidf_model=ClassTfidfTransformer(reduce_frequent_words=True),
        top_n_words=10,
        calculate_probabilities=False,
        verbose=False,
    )
    fit_docs = [docs[i] for i in fit_index]
    fit_emb = embeddings[fit_index]
    topics, _ = model.fit_transform(fit_docs, embeddings=fit_emb)
    fit_labels = np.asarray(topics, dtype=np.int64)
    n_topics = int(fit_labels.max()) + 1 if len(fit_labels) else 0
    centroids = centroids_of(fit_emb, fit_labels, n_topics)
    radius = radii_of(fit_emb, fit_labels, centroids)
    labels = np.full(n, -1, dtype=np.int64)
    labels[fit_index] = fit_labels
    if n_fit < len(content) and n_topics:
        rest = np.setdiff1d(content, fit_index)
        labels[rest] = assign_to_centroids(embeddings[rest], centroids, radius)
    return Clustering(labels, centroids, radius, model, fit_index)


def assign_to_centroids(embeddings: np.ndarray, centroids: np.ndarray, radius: np.ndarray, chunk: int = 20_000) -> np.ndarray:
    """Nearest topic for each row, or -1 where the similarity stays below that topic's radius."""
    out = np.full(len(embeddings), -1, dtype=np.int64)
    if len(centroids) == 0:
        return out
    for start in range(0, len(embeddings), chunk):
        sims = embeddings[start : start + chunk] @ centroids.T
        best = sims.argmax(axis=1)
        ok = sims[np.arange(len(best)), best] >= radius[best]
        out[start : start + chunk] = np.where(ok, best, -1)
    return out


def reduce_outliers(
    embeddings: np.ndarray,
    labels: np.ndarray,
    centroids: np.ndarray,
    max_outlier_share: float = 0.10,
    min_similarity: float = 0.30,
) -> np.ndarray:
    """Give outliers their nearest topic when similar enough, and always enough of them to leave <= the cap.

    Like BERTopic's ``reduce_outliers(strategy="embeddings")``, but keeps as outliers the questions that are
    like no topic at all ("ok", "see below") as long as they stay under ``max_outlier_share``.
    """
    labels = labels.copy()
    # zero vectors (no known word) are like no topic at all; they stay outliers whatever the cap
    out_idx = np.flatnonzero((labels < 0) & (np.linalg.norm(embeddings, axis=1) > 0))
    if len(out_idx) == 0 or len(centroids) == 0:
        return labels
    sims = embeddings[out_idx] @ centroids.T
    best = sims.argmax(axis=1)
    best_sim = sims[np.arange(len(best)), best]
    allowed = max(0, int(np.floor(max_outlier_share * len(labels))) - int((labels < 0).sum() - len(out_idx)))
    # most similar first; ties broken by position so the result does not depend on sort stability
    order = np.lexsort((out_idx, -best_sim))
    n_assign = max(int((best_sim >= min_similarity).sum()), len(out_idx) - allowed)
    chosen = order[:n_assign]
    labels[out_idx[chosen]] = best[chosen]
    return labels


def similarity_to_topic(embeddings: np.ndarray, labels: np.ndarray, centroids: np.ndarray) -> np.ndarray:
    """Cosine similarity of each document to its topic's centroid (0 for outliers), clipped to [0, 1]."""
    out = np.zeros(len(labels), dtype=np.float32)
    ok = labels >= 0
    if ok.any() and len(centroids):
        out[ok] = np.einsum("ij,ij->i", embeddings[ok], centroids[labels[ok]])
    return np.clip(out, 0.0, 1.0)
