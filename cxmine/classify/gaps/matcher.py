"""``KbMatcher``: the nearest knowledge-base entry of each customer question, and how close it is.

A scikit-learn style estimator (parameters stored unchanged, fitted state in ``attr_``). ``fit`` takes the KB table
of ``cxmine.classify.gaps.kb.read_kb``; ``match`` takes questions with their languages and returns, per question,
the nearest entry in its language and a similarity in [0, 1]. Evidence, each switchable so the benchmark can
measure what it adds (bench/bench_gaps.py):

- lexical: TF-IDF cosine of words (1-2-grams) and of character 3-5-grams, against each of an entry's units (a
  FAQ question, each chatbot training example, an article's title and sentences); an entry scores its best unit;
- ``answer_weight``: a FAQ entry's answer as a weaker extra unit (the answer names what the question may not);
- ``embedding_model``: cosine of a local sentence-transformers model (``minilm`` or a folder), mixed in with
  ``embedding_weight``;
- ``concept_weight``: the cosine of concept bags (``cxmine.text.concepts``: "zending" and "pakket" are both a
  parcel) between the question and the whole entry (question and answer), mixed in for paraphrases that share
  few words (development set: kept-and-right 0.52 -> 0.66 with unanswered recall 0.72 -> 0.73);
- ``intent_bonus``: added (after the concept mix) when the question's intent (from ``cxmine classify``) equals the entry's intent;
- ``classifier``: when entries carry several examples each (chatbot training phrases), a per-language linear SVM
  trained on them (``cxmine.classify.intents.IntentClassifier`` with the entries as labels) gives a calibrated
  confidence, which is then the similarity: on BANKING77 it finds the right entry for 92 % of in-scope
  questions where the best lexical unit finds 82 %. ``"auto"`` uses it when the median entry has at least
  ``min_examples`` units; a FAQ of one question per entry is matched lexically;
- ``neighbour_weight``: with a classifier and an embedding model, the similarity is
  ``(1 - neighbour_weight) * confidence + neighbour_weight * nearest``, where ``nearest`` is the cosine between
  the question and the closest training example of the entry the classifier chose. The classifier is sure of
  its best class even far from every example; the nearest example says how far (BANKING77, 5 seeds: gap recall
  at in-scope 0.90 from 0.61 with the confidence alone to 0.69; chosen on seeds 0-4, checked on seeds 5-9).

Questions whose language has no entries are matched against every entry. Matching runs in chunks, so 100,000
questions against a few thousand entries stays within a few hundred MB.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pyarrow as pa
from sklearn.base import BaseEstimator
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import normalize

from cxmine.errors import ParameterError, UsageError
from cxmine.schema import SUPPORTED_LANGUAGES

ALL = "*"  # the branch of every entry, for questions in a language the KB lacks
_PLACEHOLDER = re.compile(r"<[A-Z_]+>")
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
_CHUNK = 2048
_CELLS = 16_000_000  # questions x units per chunk: about 64 MB of float32 similarities


@dataclass
class Matches:
    """Per question: the nearest entry (``kb_id``, ``None`` without one), its similarity, and the runner-up's."""

    kb_id: list[str | None]
    similarity: np.ndarray
    second_similarity: np.ndarray


def _clean(text: str) -> str:
    return _PLACEHOLDER.sub(" ", text or "").lower()


def entry_units(row: dict, max_units: int = 200) -> list[tuple[str, float]]:
    """The texts an entry is matched by, with a weight: its question/examples (1.0), the answer / body sentences."""
    kind = row.get("kind") or "faq"
    units: list[tuple[str, float]] = []
    if kind == "article":
        title = (row.get("title") or "").strip()
        if title:
            units.append((title, 1.0))
        body = row.get("answer") or row.get("text") or ""
        for sent in _SENTENCE.split(body)[:max_units]:
            if len(sent.split()) >= 3:
                units.append((sent.strip(), 0.85))
        return units or [(row.get("text") or "", 1.0)]
    for line in (row.get("text") or "").split("\n")[:max_units]:
        if line.strip():
            units.append((line.strip(), 1.0))
    if kind == "faq" and (row.get("answer") or "").strip():
        units.append((row["answer"].strip()[:1000], -1.0))  # weight set by answer_weight at fit time
    return units


class KbMatcher(BaseEstimator):
    """Nearest KB entry per question from lexical, embedding and intent evidence (see the module docstring).

    >>> m = KbMatcher().fit(kb_table)  # doctest: +SKIP
    >>> m.match(["Hoe lang duurt de levering?"], ["nl"]).kb_id  # doctest: +SKIP
    """

    def __init__(
        self,
        char_weight: float = 0.5,
        answer_weight: float = 0.8,
        embedding_model: str | None = None,
        embedding_weight: float = 0.5,
        intent_bonus: float = 0.0,
        concept_weight: float = 0.3,
        embedding_cache_dir: str | None = None,
        classifier: str = "auto",
        min_examples: int = 3,
        neighbour_weight: float = 0.7,
        random_state: int = 0,
    ) -> None:
        self.char_weight = char_weight
        self.answer_weight = answer_weight
        self.embedding_model = embedding_model
        self.embedding_weight = embedding_weight
        self.intent_bonus = intent_bonus
        self.concept_weight = concept_weight
        self.embedding_cache_dir = embedding_cache_dir
        self.classifier = classifier
        self.min_examples = min_examples
        self.neighbour_weight = neighbour_weight
        self.random_state = random_state

    def _validate(self) -> None:
        for name in ("char_weight", "answer_weight", "embedding_weight", "concept_weight", "neighbour_weight"):
            v = getattr(self, name)
            if not 0.0 <= v <= 1.0:
                raise ParameterError(name, f"must be in [0, 1]; got {v}")
        if self.classifier not in ("auto", "on", "off"):
            raise ParameterError("classifier", f"must be auto, on or off; got {self.classifier!r}")
        if not 0.0 <= self.intent_bonus <= 1.0:
            raise ParameterError("intent_bonus", f"must be in [0, 1]; got {self.intent_bonus}")

    # ------------------------------------------------------------------------------------------------------------
    def fit(self, kb: pa.Table, y: object = None) -> KbMatcher:
        """Index the entries of ``kb`` (the table of ``read_kb``) per language."""
        self._validate()
        rows = kb.to_pylist()
        if not rows:
            raise UsageError("the knowledge base has no entries to match questions against")
        self.kb_ids_ = np.array([r["kb_id"] for r in rows], dtype=object)
        self.intents_ = np.array([(r.get("intent") or None) for r in rows], dtype=object)
        self.languages_ = np.array([(r.get("language") or "und") for r in rows], dtype=object)
        units: list[str] = []
        owner: list[int] = []
        weight: list[float] = []
        example: list[bool] = []
        for i, r in enumerate(rows):
            for text, w in entry_units(r):
                units.append(text)
                owner.append(i)
                weight.append(self.answer_weight if w < 0 else w)
                example.append(w > 0)
        self.concepts_ = self._fit_concepts(rows)
        self.unit_owner_ = np.array(owner, dtype=np.int64)
        self.unit_weight_ = np.array(weight, dtype=np.float32)
        self.unit_example_ = np.array(example, dtype=bool)  # a question / training example (not an answer)
        self.unit_texts_ = units
        self.branches_ = {}
        for lang in sorted(set(self.languages_)) + [ALL]:
            idx = np.flatnonzero(self.languages_ == lang) if lang != ALL else np.arange(len(rows))
            if len(idx):
                self.branches_[lang] = self._fit_branch(idx, lang)
        self.classifier_ = self._fit_classifier(rows)
        self.method_ = "classifier" if self.classifier_ is not None else "lexical"
        self.reference_similarity_ = self._reference_similarity(rows) if self.method_ == "lexical" else None
        return self

    def _reference_similarity(self, rows: list[dict], quantile: float = 0.9) -> float | None:
        """How close a question that the KB does NOT answer can come to some entry, measured on the KB itself.

        Leave one out: each entry's question is matched against the other entries of its language (its own entry
        left out, intent evidence off); the ``quantile`` of those best similarities. A KB of many entries on
        nearby subjects (returns, refunds, exchanges) scores high, and so do customers' unanswered questions
        against it: on the two development FAQ sets the best threshold followed this figure (bench/bench_gaps.py).
        None for fewer than 8 entries, where a quantile says little.
        """
        if len(rows) < 8:
            return None
        best: list[float] = []
        for lang in self.branches_:
            if lang == ALL:
                continue
            idx = np.flatnonzero(self.languages_ == lang)
            titles = [rows[i].get("title") or (rows[i].get("text") or "").split("\n")[0] for i in idx]
            if len(idx) < 2:
                continue
            scores = self.entry_scores(titles, lang)
            scores[np.arange(len(idx)), idx] = -1.0
            best += scores.max(axis=1).tolist()
        return float(np.quantile(best, quantile)) if len(best) >= 8 else None

    def _fit_classifier(self, rows: list[dict]) -> object | None:
        """The SVM over the entries' examples, or None when entries have too few examples to learn from."""
        examples = [(u, r["kb_id"], r.get("language") or "und") for r in rows
                    for u, w in entry_units(r) if w > 0]
        per_entry = np.bincount(self.unit_owner_[self.unit_weight_ > 0], minlength=len(rows)) if rows else []
        enough = len(rows) >= 2 and float(np.median(per_entry)) >= self.min_examples and min(per_entry) >= 2
        if self.classifier == "off" or (self.classifier == "auto" and not enough):
            return None
        if not enough:
            raise UsageError(
                f"the classifier needs at least 2 entries with {self.min_examples}+ examples each (the median entry "
                f"has {float(np.median(per_entry)):.0f}); match lexically instead"
            )
        from cxmine.classify.intents import IntentClassifier

        features = "tfidf+emb" if self.embedding_model else "tfidf"
        clf = IntentClassifier(features=features, embedding_model=self.embedding_model or "minilm",
                               embedding_cache_dir=self.embedding_cache_dir, unknown_threshold=0.0,
                               random_state=self.random_state)
        texts, labels, langs = zip(*examples)
        return clf.fit(list(texts), list(labels), language=list(langs))

    def _fit_concepts(self, rows: list[dict]) -> tuple | None:
        """The vectorizer and the entries' concept vectors (title, text and answer together), or None when off."""
        if self.concept_weight <= 0:
            return None
        from cxmine.text.concepts import concept_bag

        bags = [" ".join(concept_bag(f"{r.get('title') or ''} {r.get('text') or ''} {r.get('answer') or ''}",
                                     r.get("language") or "und")) for r in rows]
        if not any(bags):
            return None
        vec = TfidfVectorizer(token_pattern=r"\S+", lowercase=False, sublinear_tf=True).fit(bags)
        vectors = normalize(vec.transform(bags))
        return vec, vectors, vectors.getnnz(axis=1) > 0

    def _fit_branch(self, entries: np.ndarray, lang: str) -> dict:
        unit_idx = np.flatnonzero(np.isin(self.unit_owner_, entries))
        texts = [_clean(self.unit_texts_[i]) for i in unit_idx]
        if lang in SUPPORTED_LANGUAGES:
            # lemmas without stop words and customer-service filler ("hi, I ordered ... last week, thanks"),
            # the same tokenizer as the topic keywords
            from cxmine.classify.topics.keywords import LemmaTokenizer

            word = TfidfVectorizer(tokenizer=LemmaTokenizer(lang), lowercase=False, token_pattern=None,
                                   ngram_range=(1, 2), sublinear_tf=True, min_df=1)
        else:
            word = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, strip_accents="unicode", min_df=1)
        char = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, min_df=1)
        branch = {"units": unit_idx, "word": word, "char": char}
        try:
            branch["W"] = word.fit_transform(texts)
        except ValueError:  # nothing but stop words
            branch["W"] = None
        branch["C"] = char.fit_transform(texts)
        if self.embedding_model:
            from cxmine.classify.embeddings import embed_texts

            branch["E"] = embed_texts([self.unit_texts_[i] for i in unit_idx], self.embedding_model,
                                      self.embedding_cache_dir)
        return branch

    def fill_entry_intents(self, intents: Sequence[str | None]) -> KbMatcher:
        """Give entries without an ``intent`` the one in ``intents`` (e.g. the intent model's label of the FAQ
        question), so that ``intent_bonus`` has something to compare; entries with an intent keep theirs."""
        self.intents_ = np.array([old if old else new for old, new in zip(self.intents_, intents)], dtype=object)
        return self

    # ------------------------------------------------------------------------------------------------------------
    def match(self, texts: Sequence[str], languages: Sequence[str], intents: Sequence[str | None] | None = None
              ) -> Matches:
        """The nearest entry of each text among the entries in its language (all entries when it has none)."""
        if self.classifier_ is not None:
            kb_ids, sim, second = self._classify(texts, languages, intents)
            return Matches(kb_ids, np.clip(sim, 0.0, 1.0), np.clip(second, 0.0, 1.0))
        n = len(texts)
        best = np.full(n, -1, dtype=np.int64)
        sim = np.zeros(n, dtype=np.float32)
        second = np.zeros(n, dtype=np.float32)
        langs = np.array([lang if lang in self.branches_ else ALL for lang in languages], dtype=object)
        for lang in sorted(set(langs)):
            rows = np.flatnonzero(langs == lang)
            chunk = max(64, min(_CHUNK, _CELLS // max(1, len(self.branches_[lang]["units"]))))
            for start in range(0, len(rows), chunk):
                part = rows[start : start + chunk]
                scores = self.entry_scores([texts[i] for i in part], lang,
                                           None if intents is None else [intents[i] for i in part])
                top2 = np.argsort(-scores, axis=1)[:, :2]
                best[part] = top2[:, 0]
                sim[part] = scores[np.arange(len(part)), top2[:, 0]]
                if scores.shape[1] > 1:
                    second[part] = scores[np.arange(len(part)), top2[:, 1]]
        kb_ids = [self.kb_ids_[b] if b >= 0 else None for b in best]
        return Matches(kb_ids, np.clip(sim, 0.0, 1.0), np.clip(second, 0.0, 1.0))

    def _classify(self, texts: Sequence[str], languages: Sequence[str], intents: Sequence[str | None] | None
                  ) -> tuple[list[str], np.ndarray, np.ndarray]:
        classes = self.classifier_.classes_
        cls_int = None
        if intents is not None and self.intent_bonus > 0:
            entry_intent = dict(zip(self.kb_ids_, self.intents_))
            entry_lang = dict(zip(self.kb_ids_, self.languages_))
            cls_int = np.array([entry_intent.get(c) for c in classes], dtype=object)
            cls_lang = np.array([entry_lang.get(c) for c in classes], dtype=object)
        kb_ids: list[str] = []
        sim = np.zeros(len(texts), dtype=np.float32)
        second = np.zeros(len(texts), dtype=np.float32)
        neighbours = self._neighbour_index(classes) if self.embedding_model and self.neighbour_weight > 0 else None
        n_cols = len(classes) if neighbours is None else max(len(classes), neighbours[0].shape[0])
        chunk = max(64, min(_CHUNK, _CELLS // max(1, n_cols)))
        for start in range(0, len(texts), chunk):
            part = slice(start, start + chunk)
            q = None
            if neighbours is not None:
                from cxmine.classify.embeddings import embed_texts

                q = embed_texts(list(texts[part]), self.embedding_model, self.embedding_cache_dir)
            proba = self.classifier_.predict_proba(list(texts[part]), language=list(languages[part]), embeddings=q)
            if cls_int is not None:
                q_int = np.array([i if i not in (None, "", "unknown") else "\0" for i in intents[part]], dtype=object)
                q_lang = np.array(list(languages[part]), dtype=object)
                same = (q_int[:, None] == cls_int[None, :]) & (q_lang[:, None] == cls_lang[None, :])
                proba = proba + self.intent_bonus * same
            order = np.argsort(-proba, axis=1)[:, :2]
            rows = np.arange(proba.shape[0])
            top, runner = proba[rows, order[:, 0]], proba[rows, order[:, -1]] if proba.shape[1] > 1 else None
            if neighbours is not None:
                top, runner = self._with_neighbours(q, order, top, runner, neighbours)
            kb_ids += [str(classes[j]) for j in order[:, 0]]
            sim[part] = top
            if runner is not None:
                second[part] = runner
        return kb_ids, sim, second

    def _neighbour_index(self, classes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The embeddings of every training example, grouped by class, and where each class's group starts (one
        start per column of ``classes``; -1 for a class without examples)."""
        branch = self.branches_[ALL]
        units = branch["units"]
        column = {str(c): j for j, c in enumerate(classes)}
        owner_col = np.array([column.get(str(self.kb_ids_[o]), -1) for o in self.unit_owner_[units]], dtype=np.int64)
        keep = np.flatnonzero(self.unit_example_[units] & (owner_col >= 0))
        keep = keep[np.argsort(owner_col[keep], kind="stable")]
        cols = owner_col[keep]
        starts = np.full(len(classes), -1, dtype=np.int64)
        firsts = np.flatnonzero(np.r_[True, cols[1:] != cols[:-1]]) if len(cols) else np.zeros(0, dtype=np.int64)
        starts[cols[firsts]] = firsts
        return np.ascontiguousarray(branch["E"][keep], dtype=np.float32), starts

    def _with_neighbours(self, q: np.ndarray, order: np.ndarray, top: np.ndarray, runner: np.ndarray | None,
                         neighbours: tuple[np.ndarray, np.ndarray]) -> tuple[np.ndarray, np.ndarray | None]:
        """Mix each chosen class's confidence with the cosine to that class's closest training example."""
        emb, starts = neighbours
        has = starts >= 0
        nearest = np.zeros((len(q), len(starts)), dtype=np.float32)  # questions x classes: the best example's cosine
        if has.any():
            nearest[:, has] = np.maximum.reduceat(q @ emb.T, starts[has], axis=1)
        nearest = np.clip(nearest, 0.0, 1.0)
        rows = np.arange(len(q))
        w = self.neighbour_weight
        top = (1.0 - w) * top + w * nearest[rows, order[:, 0]]
        if runner is not None:
            runner = (1.0 - w) * runner + w * nearest[rows, order[:, 1]]
        return top, runner

    def entry_scores(self, texts: Sequence[str], lang: str, intents: Sequence[str | None] | None = None
                     ) -> np.ndarray:
        """A (texts x all entries) matrix of similarities in [0, 1]; entries outside the branch score -1."""
        branch = self.branches_[lang]
        clean = [_clean(t) for t in texts]
        unit_sim = (1.0 - self.char_weight) * self._cos(branch, "word", "W", clean) if branch["W"] is not None else 0
        unit_sim = unit_sim + self.char_weight * self._cos(branch, "char", "C", clean)
        if branch["W"] is None:
            unit_sim = unit_sim / max(self.char_weight, 1e-9)
        if "E" in branch:
            from cxmine.classify.embeddings import embed_texts

            q = embed_texts(list(texts), self.embedding_model, self.embedding_cache_dir)
            emb = np.clip(q @ branch["E"].T, 0.0, 1.0)
            unit_sim = (1.0 - self.embedding_weight) * unit_sim + self.embedding_weight * emb
        unit_sim = unit_sim * self.unit_weight_[branch["units"]][None, :]
        scores = np.zeros((len(texts), len(self.kb_ids_)), dtype=np.float32)
        owners = self.unit_owner_[branch["units"]]
        # best unit per entry: units are grouped by owner in fit order, so a maximum over each run of owners
        starts = np.flatnonzero(np.r_[True, owners[1:] != owners[:-1]])
        scores[:, owners[starts]] = np.maximum.reduceat(unit_sim, starts, axis=1)
        in_branch = np.zeros(len(self.kb_ids_), dtype=bool)
        in_branch[np.unique(owners)] = True
        if self.concepts_ is not None:
            from cxmine.text.concepts import concept_bag

            vec, entry_vecs, entry_has = self.concepts_
            q = normalize(vec.transform([" ".join(concept_bag(t, lang)) for t in texts]))
            concept = (q @ entry_vecs.T).toarray()
            # only where both sides name concepts: a question or entry without any keeps its lexical score
            both = (q.getnnz(axis=1) > 0)[:, None] & entry_has[None, :]
            scores = np.where(both, (1.0 - self.concept_weight) * scores + self.concept_weight * concept, scores)
        if intents is not None and self.intent_bonus > 0:
            q_int = np.array([i if i not in (None, "", "unknown") else "\0" for i in intents], dtype=object)
            scores = scores + self.intent_bonus * ((q_int[:, None] == self.intents_[None, :]) & in_branch[None, :])
        scores = np.minimum(scores, 1.0).astype(np.float32)
        scores[:, ~in_branch] = -1.0  # another language's entry is never the nearest
        return scores

    @staticmethod
    def _cos(branch: dict, vec: str, mat: str, clean: list[str]) -> np.ndarray:
        q = normalize(branch[vec].transform(clean))
        return (q @ branch[mat].T).toarray().astype(np.float32)
