"""One view across languages: topics of different languages that are the same theme share a ``theme_id``.

Each language has its own topic model (its own words), so topics are linked afterwards through evidence that does
not depend on the language, computed over each topic's member texts (its anchors: up to 40 members spread from most
to least typical):
- customer-service concepts (``cxmine.text.concepts``: "levertijd" / "leveringstid" / "delivery time" are one),
- names, codes and numbers that read the same in every language ("BL-220", "Klarna", "MobilePay", "iDEAL"),
- the intent model's labels of the members (the small-week path has them; the big path skips the model's cost),
- character 3-5-grams (cognates: "retour" / "retur" / "return"), weighted low,
- the topic centroids of a sentence-embedding model when one is configured (``--embedding-model PATH``; a
  multilingual model places translations together; Dutch and Danish work without one).

Topics are grouped by average-linkage clustering on the cosine similarity of these evidence vectors, with topics of
one language counted as unrelated: a theme grows while its topics are on average similar enough, so a chain of weak
links never makes one giant theme, and a second topic of one language (a theme it split in two) joins only when the
other languages' topics are strongly like it. Theme ids are
``theme-<n>``, numbered by size within one run (largest first); unlike topic ids they are not kept week to week.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import numpy as np
from scipy.sparse import csr_matrix, hstack
from sklearn.preprocessing import normalize

from cxmine.classify.topics.guided import tfidf_block


@dataclass(frozen=True)
class ThemeLinking:
    """Weights of the evidence and the linking bar (chosen on bench/data/gaps_dev and xSID)."""

    concepts: float = 1.0
    names: float = 1.0
    intents: float = 0.7
    chars: float = 0.4
    embedding: float = 1.0
    link_bar: float = 0.25  # themes join while their topics are on average at least this similar


@dataclass
class Theme:
    """A theme: its id, readable label and member topics as (language, topic index) pairs."""

    theme_id: str
    label: str
    members: list[tuple[str, int]]


def _profile_texts(outcome: object, t: int) -> list[str]:
    anchors = outcome.model.anchors
    return list(anchors[t]) if t < len(anchors) else []


def _bag(items: Counter, n: int) -> str:
    """A document for a bag-of-ids vectorizer: each id repeated by how many texts have it (at most 5)."""
    return " ".join(f"{k} " * min(5, max(1, round(5 * v / max(n, 1)))) for k, v in sorted(items.items())).strip()


def topic_profiles(outcomes: dict, multilingual: bool, weights: ThemeLinking) -> tuple[list[tuple[str, int]], np.ndarray]:
    """The topics with texts this run as (language, index), and their unit evidence vectors (rows)."""
    from cxmine.classify.gaps.cluster import anchors
    from cxmine.classify.topics.embed import clean_for_embedding
    from cxmine.text.concepts import concept_bag

    keys: list[tuple[str, int]] = []
    concept_docs, name_docs, intent_docs, char_docs, cents = [], [], [], [], []
    for lang, o in sorted(outcomes.items()):
        for t in range(len(o.model.topics)):
            if o.sizes[t] == 0:
                continue
            texts = _profile_texts(o, t)
            keys.append((lang, t))
            concepts: Counter = Counter()
            names: Counter = Counter()
            for text in texts:
                concepts.update(set(concept_bag(text, lang)))
                names.update(anchors(text, lang))
            concept_docs.append(_bag(concepts, len(texts)))
            name_docs.append(_bag(Counter({k: v for k, v in names.items() if v >= 2 or len(texts) < 4}), len(texts)))
            if o.intents is not None:
                members = np.flatnonzero(o.labels == t)
                got = Counter(o.intents[i] for i in members if o.intents[i] not in ("unknown", "other"))
                intent_docs.append(_bag(got, len(members)))
            else:
                intent_docs.append("")
            char_docs.append(" ".join(clean_for_embedding(x) for x in texts))
            cents.append(o.model.centroids[t] if multilingual else None)
    n = len(keys)
    bag = {"token_pattern": r"\S+", "lowercase": False}
    blocks = [b for b in (tfidf_block(concept_docs, weights.concepts, **bag), tfidf_block(name_docs, weights.names, **bag),
                          tfidf_block(intent_docs, weights.intents, **bag),
                          tfidf_block(char_docs, weights.chars, analyzer="char_wb", ngram_range=(3, 5), min_df=2))
              if n and b is not None]
    if n and multilingual and all(c is not None for c in cents):
        blocks.append(csr_matrix(normalize(np.vstack(cents).astype(np.float64))) * weights.embedding)
    if not blocks:
        return keys, np.zeros((n, 1))
    return keys, np.asarray(normalize(hstack(blocks).tocsr()).toarray())


def _average_linkage(S: np.ndarray, langs: np.ndarray, bar: float) -> list[int]:
    """Average-linkage clusters of the topics where topics of one language count as unrelated (similarity 0):
    themes join while their topics are on average at least ``bar`` similar, so no chain of weak links makes one
    giant theme, and a second topic of a language joins only on strong evidence."""
    from sklearn.cluster import AgglomerativeClustering

    n = len(S)
    if n < 2:
        return list(range(n))
    sim = np.where(langs[:, None] == langs[None, :], 0.0, S)
    D = np.clip(1.0 - sim, 0.0, 1.0)
    np.fill_diagonal(D, 0.0)
    model = AgglomerativeClustering(n_clusters=None, metric="precomputed", linkage="average",
                                    distance_threshold=1.0 - bar)
    return model.fit_predict(D).tolist()


def link_themes(outcomes: dict, multilingual: bool = False, weights: ThemeLinking = ThemeLinking()) -> list[Theme]:
    """Themes over every language's topics (see the module docstring), largest first."""
    keys, X = topic_profiles(outcomes, multilingual, weights)
    S = X @ X.T if len(keys) else np.zeros((0, 0))
    langs = np.array([k[0] for k in keys], dtype=object)
    comp = _average_linkage(S, langs, weights.link_bar)
    groups: dict[int, list[int]] = {}
    for i, c in enumerate(comp):
        groups.setdefault(c, []).append(i)
    size = {c: sum(int(outcomes[keys[i][0]].sizes[keys[i][1]]) for i in m) for c, m in groups.items()}
    order = sorted(groups, key=lambda c: (-size[c], min(keys[i] for i in groups[c])))
    themes = []
    for number, c in enumerate(order):
        members = [keys[i] for i in groups[c]]
        themes.append(Theme(f"theme-{number}", theme_label(outcomes, members), members))
    return themes


def theme_label(outcomes: dict, members: list[tuple[str, int]]) -> str:
    """A readable label: the English topic's key phrases when the theme has one, else the largest topic's.

    Names shared by the theme's languages (a product, a payment provider, a code) come first when the chosen
    phrases do not already say them.
    """
    from cxmine.classify.topics.keywords import key_phrases

    def size(m: tuple[str, int]) -> int:
        return int(outcomes[m[0]].sizes[m[1]])

    english = [m for m in members if m[0] == "en"]
    lang, t = max(english or members, key=lambda m: (size(m), m[0], -m[1]))
    phrases = key_phrases(outcomes[lang].model.topics[t].keywords)
    shared = _shared_names(outcomes, members)
    said = " ".join(phrases).lower()
    extra = [s for s in shared if s.lower() not in said][:2]
    return " · ".join(extra + phrases) or outcomes[lang].model.topics[t].label


def _shared_names(outcomes: dict, members: list[tuple[str, int]]) -> list[str]:
    """Names and codes found in the member topics of at least two languages (or of the only one), most used first."""
    from cxmine.classify.gaps.cluster import anchors

    per_lang: dict[str, Counter] = {}
    for lang, t in members:
        c = per_lang.setdefault(lang, Counter())
        for text in _profile_texts(outcomes[lang], t):
            c.update(anchors(text, lang))
    total: Counter = Counter()
    for c in per_lang.values():
        total.update(c)
    need = 2 if len(per_lang) > 1 else 1
    spread = {k for k in total if sum(1 for c in per_lang.values() if c[k] >= 2) >= need}
    return [k for k, _ in sorted(total.items(), key=lambda kv: (-kv[1], kv[0])) if k in spread][:3]
