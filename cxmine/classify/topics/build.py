"""Topics for one language: a first fit, or an update of a saved model that keeps matching topics' ids."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pyarrow as pa

from cxmine.classify.topics.fit import (
    assign_to_centroids,
    centroids_of,
    fit_clusters,
    radii_of,
    reduce_outliers,
    similarity_to_topic,
)
from cxmine.classify.topics.guided import SMALL_TEXTS, guided_clusters, guided_vectors
from cxmine.classify.topics.keywords import key_phrases, keywords_by_topic, make_vectorizer
from cxmine.classify.topics.store import LanguageModel, TopicEntry, match_topics
from cxmine.errors import ModelError

N_EXAMPLES = 3
N_ANCHORS = 40
EXAMPLE_CHARS = 240


@dataclass
class LangOutcome:
    """The topics of one language and every document's assignment (labels index ``model.topics``)."""

    lang: str
    model: LanguageModel
    labels_raw: np.ndarray
    labels: np.ndarray
    probability: np.ndarray
    sizes: np.ndarray
    examples: list[list[str]]
    first_seen: list[np.datetime64 | None]
    last_seen: list[np.datetime64 | None]
    docs: list[str] = field(repr=False, default_factory=list)
    embeddings: np.ndarray | None = field(repr=False, default=None)
    index: np.ndarray | None = None  # rows of the input table, set by run_topics
    method: str = "hdbscan"  # how the topics were found: hdbscan, guided (small week) or model (saved topics)
    method_reason: str = ""  # why, in words ("143 texts < 250: too few for density clustering")
    intents: list[str] | None = field(repr=False, default=None)  # the intent model's label per text, when used

    @property
    def outlier_share_raw(self) -> float:
        return float((self.labels_raw < 0).mean()) if len(self.labels_raw) else 0.0

    @property
    def outlier_share(self) -> float:
        return float((self.labels < 0).mean()) if len(self.labels) else 0.0

    def build_bertopic(self) -> object:
        """A BERTopic model of the final topics (manual mode: given labels), for saving with safetensors."""
        from bertopic import BERTopic
        from bertopic.cluster import BaseCluster
        from bertopic.dimensionality import BaseDimensionalityReduction
        from bertopic.vectorizers import ClassTfidfTransformer

        model = BERTopic(
            embedding_model=None,
            umap_model=BaseDimensionalityReduction(),
            hdbscan_model=BaseCluster(),
            vectorizer_model=make_vectorizer(self.lang, len(self.docs)),
            ctfidf_model=ClassTfidfTransformer(reduce_frequent_words=True),
            calculate_probabilities=False,
        )
        model.fit(self.docs, embeddings=self.embeddings, y=self.labels)
        # BERTopic renumbers topics by size; label each with its cxmine id so the saved model says which is which
        mapping = {int(b): int(c) for b, c in zip(model.topics_, self.labels, strict=True)}
        names = {b: (self.model.topics[c].topic_id if c >= 0 else f"{self.lang}-outlier") for b, c in mapping.items()}
        model.set_topic_labels(names)
        return model


def embed_documents(
    docs: list[str], embedding: dict, seed: int, max_fit_docs: int, cache_dir: Path, extra_fit: list[str] | None = None
) -> tuple[np.ndarray, object | None]:
    """Embeddings of ``docs`` and the fitted TF-IDF embedder (None for a sentence model).

    ``extra_fit``: texts the TF-IDF embedder also learns from (last week's anchors, so old and new vocabulary
    both have features).
    """
    if embedding.get("kind") == "sentence":
        from cxmine.classify.embeddings import embed_texts

        return embed_texts(docs, embedding["model"], cache_dir=cache_dir), None
    from cxmine.classify.topics.embed import TfidfSvdEmbedder

    fit_docs = docs
    if len(docs) > max_fit_docs:
        rng = np.random.default_rng(seed)
        fit_docs = [docs[i] for i in np.sort(rng.choice(len(docs), size=max_fit_docs, replace=False))]
    embedder = TfidfSvdEmbedder(n_components=256, random_state=seed).fit(fit_docs + list(extra_fit or []))
    return embedder.transform(docs), embedder


def anchors_of(docs: list[str], labels: np.ndarray, prob: np.ndarray, k: int, n: int = N_ANCHORS) -> list[list[str]]:
    """Per topic, up to ``n`` distinct member texts spread evenly from most to least typical.

    Next week they are embedded again to place the topic in that week's vector space: spread, not only the
    most typical, so the topic's radius (how far members reach) survives the trip.
    """
    out = []
    for t in range(k):
        members = np.flatnonzero(labels == t)
        ordered = members[np.lexsort((members, -prob[members]))]
        seen: dict[str, None] = {}
        for i in ordered:
            seen.setdefault(docs[i], None)
        uniq = list(seen)
        if len(uniq) > n:
            uniq = [uniq[int(j)] for j in np.linspace(0, len(uniq) - 1, n).round()]
        out.append(uniq)
    return out


def _iso(ts: np.datetime64 | None) -> str | None:
    return None if ts is None else str(np.datetime_as_string(ts, unit="us")) + "Z"


def _parse(s: str | None) -> np.datetime64 | None:
    return None if not s else np.datetime64(s.rstrip("Z"), "us")


def _finish(
    lang: str,
    docs: list[str],
    emb: np.ndarray,
    sent_at: pa.ChunkedArray,
    raw: np.ndarray,
    final: np.ndarray,
    centroids: np.ndarray,
    radius: np.ndarray,
    entries: list[TopicEntry],
    next_number: int,
    embedder: object | None,
    old_anchors: list[list[str]] | None = None,
    space: np.ndarray | None = None,
) -> LangOutcome:
    """Keywords, labels, examples and dates for the topics; the LanguageModel to save.

    ``space``: the vectors the topics were clustered in when not ``emb`` (the guided path); typical examples
    are the texts nearest their topic's centre there.
    """
    k = len(entries)
    keywords = keywords_by_topic(docs, final, lang)
    if space is None:
        prob = similarity_to_topic(emb, final, centroids)
    else:
        prob = similarity_to_topic(space, final, centroids_of(space, final, k))
    times = sent_at.to_numpy(zero_copy_only=False).astype("datetime64[us]") if len(sent_at) else np.array([], "datetime64[us]")
    sizes = np.bincount(final[final >= 0], minlength=k)[:k] if k else np.zeros(0, dtype=np.int64)
    examples: list[list[str]] = []
    first: list[np.datetime64 | None] = []
    last: list[np.datetime64 | None] = []
    for t, entry in enumerate(entries):
        members = np.flatnonzero(final == t)
        ex: list[str] = []
        # most typical first; ties by position, so the choice is reproducible
        for i in members[np.lexsort((members, -prob[members]))]:
            text = " ".join(docs[i].split())[:EXAMPLE_CHARS]
            if text not in ex:
                ex.append(text)
            if len(ex) >= N_EXAMPLES:
                break
        examples.append(ex)
        valid = times[members][~np.isnat(times[members])] if len(members) else times[:0]
        f = valid.min() if len(valid) else None
        la = valid.max() if len(valid) else None
        old_f, old_l = _parse(entry.first_seen), _parse(entry.last_seen)
        f = min(x for x in (f, old_f) if x is not None) if (f is not None or old_f is not None) else None
        la = max(x for x in (la, old_l) if x is not None) if (la is not None or old_l is not None) else None
        first.append(f)
        last.append(la)
        if len(members):
            entry.keywords = keywords.get(t, [])
            phrases = " · ".join(key_phrases(entry.keywords))
            lead = ex[0][:80] if ex else ""
            entry.label = f"{phrases} — {lead}" if phrases else lead
        entry.size = int(sizes[t]) if k else 0
        entry.first_seen, entry.last_seen = _iso(f), _iso(la)
        entry.radius = float(radius[t])
    anchors = anchors_of(docs, final, prob, k)
    for t, old in enumerate(old_anchors or []):
        # a kept topic remembers half from before, so one odd week does not redefine it
        anchors[t] = list(dict.fromkeys(anchors[t][: N_ANCHORS // 2] + old))[:N_ANCHORS] if anchors[t] else old
    model = LanguageModel(lang, entries, centroids.astype(np.float32), next_number, embedder, anchors=anchors)
    return LangOutcome(lang, model, raw, final, prob, sizes, examples, first, last, docs, emb)


@dataclass(frozen=True)
class FitSettings:
    """What every language's first fit or update shares; ``run_topics`` makes one per run."""

    embedding: dict  # {"kind": "tfidf"} or {"kind": "sentence", "model": ...}
    seed: int
    max_outlier_share: float
    max_fit_docs: int
    cache_dir: Path  # sentence-model embeddings are cached here
    say: Callable[[str], None]  # called before each long step
    small_texts: int = SMALL_TEXTS  # below this many texts in a language: guided clustering, not HDBSCAN
    intents: Callable[[list[str], str], list[str] | None] | None = None  # intent label per text, or None

    def embed(self, docs: list[str], extra_fit: list[str] | None = None) -> tuple[np.ndarray, object | None]:
        """``embed_documents`` with these settings."""
        return embed_documents(docs, self.embedding, self.seed, self.max_fit_docs, self.cache_dir, extra_fit)


def is_small(n_texts: int, settings: FitSettings) -> bool:
    """Whether a language's first fit takes the guided path (too few texts for density clustering)."""
    return n_texts < settings.small_texts


def fit_language(
    lang: str, docs: list[str], sent_at: pa.ChunkedArray, min_topic_size: int, settings: FitSettings
) -> LangOutcome:
    """A first fit: topics numbered by size, ``<lang>-0`` the largest."""
    settings.say(f"{lang}: embedding {len(docs):,} texts")
    emb, embedder = settings.embed(docs)
    if is_small(len(docs), settings):
        return _fit_guided(lang, docs, sent_at, min_topic_size, settings, emb, embedder)
    settings.say(f"{lang}: clustering")
    vectorizer = make_vectorizer(lang, len(docs))
    cl = fit_clusters(docs, emb, vectorizer, min_topic_size, settings.seed, settings.max_fit_docs)
    k = len(cl.centroids)
    settings.say(f"{lang}: reducing outliers and extracting keywords")
    final = reduce_outliers(emb, cl.labels_raw, cl.centroids, settings.max_outlier_share)
    centroids = centroids_of(emb, final, k)
    entries = [TopicEntry(f"{lang}-{t}", t, "", [], 0.0) for t in range(k)]
    # the bar for next week: what this week's members (outliers given a topic included) reach
    radius = radii_of(emb, final, centroids)
    out = _finish(lang, docs, emb, sent_at, cl.labels_raw, final, centroids, radius, entries, k, embedder)
    out.method_reason = f"{len(docs):,} texts >= {settings.small_texts:,}: density clustering (UMAP + HDBSCAN)"
    return out


def _fit_guided(
    lang: str,
    docs: list[str],
    sent_at: pa.ChunkedArray,
    min_topic_size: int,
    settings: FitSettings,
    emb: np.ndarray,
    embedder: object | None,
) -> LangOutcome:
    """The small-week fit of ``guided.py``: Ward clusters over words, concepts, intents and names."""
    settings.say(f"{lang}: {len(docs):,} texts, guided clustering")
    intents = settings.intents(docs, lang) if settings.intents else None
    space = guided_vectors(docs, lang, intents, emb)
    raw = guided_clusters(space, min_topic_size)
    k = int(raw.max()) + 1 if len(raw) else 0
    final = reduce_outliers(space, raw, centroids_of(space, raw, k), settings.max_outlier_share)
    centroids = centroids_of(emb, final, k)  # what is saved: next week places texts with the embedder alone
    entries = [TopicEntry(f"{lang}-{t}", t, "", [], 0.0) for t in range(k)]
    radius = radii_of(emb, final, centroids)
    out = _finish(lang, docs, emb, sent_at, raw, final, centroids, radius, entries, k, embedder, space=space)
    out.method = "guided"
    evidence = "words, concepts, " + ("intents, " if intents is not None else "") + "names"
    out.method_reason = (
        f"{len(docs):,} texts < {settings.small_texts:,}: too few for density clustering; "
        f"agglomerative clusters over {evidence}"
    )
    out.intents = intents
    return out


def update_language(
    lang: str,
    docs: list[str],
    sent_at: pa.ChunkedArray,
    min_topic_size: int,
    settings: FitSettings,
    previous: LanguageModel,
) -> LangOutcome:
    """Assign to the saved topics, find new themes in the rest, keep the ids of topics that match."""
    if not previous.anchors or len(previous.anchors) != len(previous.topics):
        raise ModelError(f"The saved model has no anchor texts for {lang!r}; fit a new model without --model")
    emb, embedder, old_c, old_r = _embed_with_saved_topics(lang, docs, previous, settings)
    entries = [TopicEntry(**vars(t)) for t in previous.topics]
    for e in entries:
        e.size = 0
    raw = assign_to_centroids(emb, old_c, old_r)
    raw, new_entries, new_c = _new_themes(
        lang, docs, emb, raw, old_c, [e.keywords for e in entries], previous.next_number, min_topic_size, settings
    )
    entries += new_entries
    final, centroids, radius = _settle(emb, raw, old_c, old_r, new_c, settings.max_outlier_share)
    next_number = previous.next_number + len(new_entries)
    out = _finish(
        lang, docs, emb, sent_at, raw, final, centroids, radius, entries, next_number, embedder, previous.anchors
    )
    out.method = "model"
    out.method_reason = (
        f"--model: {len(docs):,} texts assigned to {len(previous.topics)} saved topics, "
        f"{len(new_entries)} new in the rest"
    )
    return out


def _embed_with_saved_topics(
    lang: str, docs: list[str], previous: LanguageModel, settings: FitSettings
) -> tuple[np.ndarray, object | None, np.ndarray, np.ndarray]:
    """This week's embeddings and embedder, and the saved topics' centroids and radii in this week's vector space.

    The saved topics are placed through their anchor texts, embedded again with this week's embedder.
    """
    anchor_texts = [a for texts in previous.anchors for a in texts]
    anchor_labels = np.array([t for t, texts in enumerate(previous.anchors) for _ in texts], dtype=np.int64)
    settings.say(f"{lang}: embedding {len(docs):,} texts and {len(anchor_texts):,} texts of the saved topics")
    emb, embedder = settings.embed(docs, extra_fit=anchor_texts)
    if embedder is not None:
        anchor_emb = embedder.transform(anchor_texts)
    else:
        anchor_emb, _ = settings.embed(anchor_texts)
    n_topics = len(previous.topics)
    old_c = centroids_of(anchor_emb, anchor_labels, n_topics)
    old_r = radii_of(anchor_emb, anchor_labels, old_c)
    old_r[np.bincount(anchor_labels, minlength=n_topics) == 0] = 2.0  # no anchors: unreachable
    return emb, embedder, old_c, old_r


def _new_themes(
    lang: str,
    docs: list[str],
    emb: np.ndarray,
    raw: np.ndarray,
    old_c: np.ndarray,
    old_keywords: list[list[str]],
    next_number: int,
    min_topic_size: int,
    settings: FitSettings,
) -> tuple[np.ndarray, list[TopicEntry], list[np.ndarray]]:
    """Cluster the texts no saved topic reached: the labels with those texts placed, the new topics and their centroids.

    A cluster that matches a saved topic joins it; an unmatched one of ``min_topic_size`` texts or more becomes a
    new topic, numbered from ``next_number``; the texts of the other clusters stay outliers (-1).
    """
    rest = np.flatnonzero(raw < 0)
    if len(rest) < max(2 * min_topic_size, 10):
        return raw, [], []
    settings.say(f"{lang}: looking for new themes in {len(rest):,} texts")
    rest_docs = [docs[i] for i in rest]
    emb_rest = emb[rest]
    vectorizer = make_vectorizer(lang, len(rest))
    cl = fit_clusters(rest_docs, emb_rest, vectorizer, min_topic_size, settings.seed, settings.max_fit_docs)
    kw_new = keywords_by_topic(rest_docs, cl.labels_raw, lang)
    matched = match_topics(cl.centroids, [kw_new.get(j, []) for j in range(len(cl.centroids))], old_c, old_keywords)
    labels_rest = _drop_stragglers(emb_rest, cl.labels_raw, cl.centroids, matched, old_c)
    mapping: dict[int, int] = {}
    new_entries: list[TopicEntry] = []
    new_c: list[np.ndarray] = []
    for j in range(len(cl.centroids)):
        members = np.flatnonzero(labels_rest == j)
        if j in matched:
            mapping[j] = matched[j]
        elif len(members) >= min_topic_size:
            mapping[j] = len(old_keywords) + len(new_entries)
            number = next_number + len(new_entries)
            new_entries.append(TopicEntry(f"{lang}-{number}", number, "", [], 0.0))
            c = emb_rest[members].mean(axis=0)
            new_c.append(c / (np.linalg.norm(c) or 1.0))
    raw = raw.copy()
    raw[rest] = np.array([mapping.get(int(j), -1) for j in labels_rest], dtype=np.int64)
    return raw, new_entries, new_c


def _drop_stragglers(
    emb_rest: np.ndarray, labels: np.ndarray, centroids: np.ndarray, matched: dict[int, int], old_c: np.ndarray
) -> np.ndarray:
    """The new clusters' labels, with -1 for texts of an unmatched cluster that are at least as close to a known topic.

    A text joins a new theme only when it is closer to it than to every known topic; otherwise it is a straggler
    of a known topic, left for outlier reduction (which gives it that nearest known topic).
    """
    labels = labels.copy()
    if not len(centroids):
        return labels
    ok = labels >= 0
    s_new = np.zeros(len(emb_rest), dtype=np.float32)
    s_new[ok] = np.einsum("ij,ij->i", emb_rest[ok], centroids[labels[ok]])
    s_old = (emb_rest @ old_c.T).max(axis=1) if len(old_c) else np.full(len(emb_rest), -1.0)
    unmatched = np.array([j not in matched for j in range(len(centroids))])
    labels[ok & unmatched[np.maximum(labels, 0)] & (s_old >= s_new)] = -1
    return labels


def _settle(
    emb: np.ndarray,
    raw: np.ndarray,
    old_c: np.ndarray,
    old_r: np.ndarray,
    new_c: list[np.ndarray],
    max_outlier_share: float,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The final labels (outliers reduced), the centroids to save and every topic's radius."""
    centroids = np.vstack([old_c, *new_c]) if new_c else old_c
    radius = np.concatenate([old_r, np.zeros(len(new_c), dtype=np.float32)])
    final = reduce_outliers(emb, raw, centroids, max_outlier_share)
    current = centroids_of(emb, final, len(centroids))
    if new_c:  # new topics: the same bar as on a first fit
        radius[len(old_c) :] = radii_of(emb, final, current)[len(old_c) :]
    # the saved centroid follows this week's members; a topic not seen this week keeps its anchors' centroid
    present = np.bincount(final[final >= 0], minlength=len(centroids)) > 0
    blended = np.where(present[:, None], current, centroids).astype(np.float32)
    return final, blended, radius
