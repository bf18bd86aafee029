"""Language-aware topic keywords: a spaCy tokenizer with lookup lemmas, stop words and customer-service filler.

Keywords come from BERTopic's class-based TF-IDF over a ``CountVectorizer`` (1-2-grams) whose tokenizer is
``spacy.blank(lang)`` plus the lookup lemmatizer from spacy-lookups-data (offline: the tables ship in that
package). Lemmas merge "pakketten"/"pakket" and "invoices"/"invoice", so a topic's keywords are not three
spellings of one word. Stop words are spaCy's for the language plus ``cxmine/text/lang/<lang>/filler.txt``
(greetings, thanks, sign-offs) and redaction placeholders, which say nothing about what a customer asks.
"""

from __future__ import annotations

import re
from functools import cache

import numpy as np
from sklearn.feature_extraction.text import CountVectorizer

from cxmine.schema import SUPPORTED_LANGUAGES
from cxmine.text.langdata import load_list

SPACY_LANGS = SUPPORTED_LANGUAGES
_PLACEHOLDER = re.compile(r"<[A-Za-z_]{2,20}>|\[[A-Z_]{2,20}\]")
_WORDLIKE = re.compile(r"^[^\W\d_][\w'-]*$")


@cache
def _nlp(lang: str):  # spacy.Language, imported lazily
    import spacy

    if lang not in SPACY_LANGS:
        return spacy.blank("xx")
    nlp = spacy.blank(lang)
    try:
        nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
        nlp.initialize()  # loads the lookup tables from spacy-lookups-data, no download
    except Exception:  # without the tables we still tokenise; lemmas then equal the words
        nlp = spacy.blank(lang)
    return nlp


@cache
def _keep_as_is(lang: str) -> frozenset[str]:
    """Words the lookup table lemmatises to a rarer reading ("number" -> "numb", "data" -> "datum"): kept as is.

    Per-language data in ``cxmine/text/lang/<lang>/lemma_keep.txt``.
    """
    from cxmine.text.langdata import load_list

    return frozenset(w.lower() for w in load_list(lang, "lemma_keep"))


@cache
def stop_words(lang: str) -> frozenset[str]:
    """spaCy's stop words for ``lang`` plus the single-word entries of its filler list (lower case)."""
    langs = (lang,) if lang in SPACY_LANGS else SPACY_LANGS  # a joint model ("all") uses every list
    words: set[str] = set()
    for code in langs:
        words.update(_nlp(code).Defaults.stop_words)
        words.update(w.lower() for w in load_list(code, "filler") if " " not in w)
    return frozenset(words)


@cache
def _filler_phrases(lang: str) -> re.Pattern[str] | None:
    langs = (lang,) if lang in SPACY_LANGS else SPACY_LANGS
    found = {p.lower() for code in langs for p in load_list(code, "filler") if " " in p}
    phrases = sorted(found, key=lambda p: (-len(p), p))
    if not phrases:
        return None
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in phrases) + r")\b")


class LemmaTokenizer:
    """Callable tokenizer for ``CountVectorizer``: lower-cased lookup lemmas without stop words or filler.

    >>> LemmaTokenizer("en")("Hello, my invoices were wrong. Thanks in advance!")
    ['invoice', 'wrong']
    """

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self._cache: dict[str, list[str]] = {}

    def __call__(self, text: str) -> list[str]:
        cached = self._cache.get(text)
        if cached is not None:
            return cached
        nlp = _nlp(self.lang)
        stops = stop_words(self.lang)
        clean = _PLACEHOLDER.sub(" ", text).lower()
        phrases = _filler_phrases(self.lang)
        if phrases is not None:
            clean = phrases.sub(" ", clean)
        doc = nlp(clean[:5000])  # a question is short; a pasted log must not stall the run
        out = []
        keep = _keep_as_is(self.lang)
        for tok in doc:
            if tok.is_punct or tok.is_space or tok.like_num or tok.like_email or tok.like_url:
                continue
            lemma = tok.lower_ if tok.lower_ in keep else (tok.lemma_ or tok.text).lower()
            if len(lemma) < 2 or not _WORDLIKE.match(lemma) or lemma in stops or tok.lower_ in stops:
                continue
            out.append(lemma)
        if len(self._cache) < 200_000:  # weekly data repeats many short questions
            self._cache[text] = out
        return out

    def __getstate__(self) -> dict:
        return {"lang": self.lang, "_cache": {}}


def make_vectorizer(lang: str, n_docs: int) -> CountVectorizer:
    """The ``CountVectorizer`` BERTopic uses for c-TF-IDF keywords in ``lang`` (1-2-grams)."""
    return CountVectorizer(
        tokenizer=LemmaTokenizer(lang),
        lowercase=False,
        token_pattern=None,
        ngram_range=(1, 2),
        # in small data every word counts; in large data a once-seen bigram is noise and costs memory
        min_df=1 if n_docs < 500 else 2,
    )


def keywords_by_topic(
    docs: list[str], labels: np.ndarray, lang: str, top_n: int = 10
) -> dict[int, list[str]]:
    """Top c-TF-IDF 1-2-grams for every label >= 0, over ``docs`` grouped by ``labels``."""
    from bertopic.vectorizers import ClassTfidfTransformer
    from scipy.sparse import csr_matrix

    topics = sorted({int(t) for t in labels if t >= 0})
    if not topics:
        return {}
    members = np.flatnonzero(labels >= 0)
    vec = make_vectorizer(lang, len(members))
    try:
        doc_counts = vec.fit_transform([docs[i] for i in members])
    except ValueError:  # only stop words and filler: no keywords to show
        return {t: [] for t in topics}
    # sum per topic over separate documents, so no bigram spans two questions (joining texts would make some)
    row_of = {t: r for r, t in enumerate(topics)}
    rows = np.array([row_of[int(labels[i])] for i in members])
    indicator = csr_matrix((np.ones(len(members)), (rows, np.arange(len(members)))), shape=(len(topics), len(members)))
    counts = indicator @ doc_counts
    ctfidf = ClassTfidfTransformer(reduce_frequent_words=True).fit_transform(counts)
    words = vec.get_feature_names_out()
    generic = generic_words(lang)
    # 0: names a theme; 1: a theme word with a generic one ("need refund"); 2: generic only ("need order")
    rank = np.array([_generic_rank(str(w), generic) for w in words])
    out: dict[int, list[str]] = {}
    for row, t in enumerate(topics):
        scores = ctfidf[row].toarray().ravel()
        found = np.flatnonzero(scores > 0)
        # phrases with a generic word only when too few others, generic ones only when nothing else is left;
        # stable order on ties: score descending, then the word
        n_rank = np.bincount(rank[found], minlength=3) if len(found) else np.zeros(3, dtype=np.int64)
        allowed = 0 if n_rank[0] >= 3 else (1 if n_rank[:2].sum() else 2)
        keep = [j for j in found if rank[j] <= allowed]
        order = sorted(keep, key=lambda j: (rank[j], -scores[j], words[j]))[:top_n]
        out[t] = [str(words[j]) for j in order]
    return out


@cache
def generic_words(lang: str) -> frozenset[str]:
    """Customer-service words every theme uses ("need", "order", "kunnen", "bestille"), from
    ``cxmine/text/lang/<lang>/generic_verbs.txt``: key phrases skip them unless nothing else is left."""
    langs = (lang,) if lang in SPACY_LANGS else SPACY_LANGS
    return frozenset(w.lower() for code in langs for w in load_list(code, "generic_verbs"))


def _generic_rank(phrase: str, generic: frozenset[str]) -> int:
    parts = phrase.split()
    n_generic = sum(p in generic for p in parts)
    return 2 if n_generic == len(parts) else (1 if n_generic else 0)


def key_phrases(keywords: list[str], n: int = 3) -> list[str]:
    """The first ``n`` keywords, skipping a word already inside a chosen phrase ("card" after "new card")."""
    chosen: list[str] = []
    for kw in keywords:
        parts = set(kw.split())
        if any(parts <= set(c.split()) for c in chosen):
            continue  # already said by a chosen phrase
        # a phrase replaces the single words it contains: "new card" reads better than "card"
        chosen = [c for c in chosen if not set(c.split()) < parts]
        chosen.append(kw)
        if len(chosen) >= n:
            break
    return chosen
