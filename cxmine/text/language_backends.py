"""Scoring back ends for language detection: lingua, langdetect and a word-lexicon helper.

Each back end maps a cleaned text to ``(label, score)`` where the label is one of the candidate languages or
``"other"``. ``language.py`` does the cleaning, the ``"und"`` decision, caching and the public API.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from functools import cache, lru_cache

import numpy as np

from cxmine.text.langdata import load_list
from cxmine.text.language_lexicon import Lexicon, hash_words

# Languages a customer in a Dutch/Danish/English market plausibly writes in instead; used to decide "other".
# Non-Latin scripts are cheap for lingua (it filters by script first) and catch e.g. Russian or Arabic turns.
WIDE_LANGUAGES = (
    "da", "nl", "en", "de", "sv", "nb", "nn", "af", "fr", "es", "it", "pt", "pl",
    "ru", "uk", "ar", "el", "zh", "ja",
)  # fmt: skip
# Close relatives of a candidate: lingua often splits probability between them and the candidate, so calling
# "other" needs a larger margin (Norwegian vs Danish, Afrikaans vs Dutch).
CLOSE_RELATIVES = frozenset({"nb", "nn", "af"})
# Close relatives per candidate, checked even when the candidate's lexicon knows the words (the Danish lemma
# table also lists many Norwegian forms; the Dutch one many Afrikaans forms).
RELATIVES = {"da": ("nb", "nn"), "nl": ("af",)}
# A relative with its own big lemma table: for ``relative_margin`` it must know more of the words than the
# candidate's table (Afrikaans has only ~50 stop words in spaCy, so no such check for Dutch).
RELATIVE_LEXICON = {"da": "nb"}
# Languages whose confidences are summed before comparing: lingua splits Norwegian in two, and spreads a French
# or Spanish text over the Romance languages so that no single one beats English by the margin.
FAMILY = {"nn": "nb", "fr": "romance", "es": "romance", "it": "romance", "pt": "romance"}

TOKEN_RE = re.compile(r"[^\W\d_]+", re.UNICODE)


def tokens(text: str) -> list[str]:
    """Lower-cased letter runs of ``text`` (digits, punctuation and emoji dropped)."""
    return [t.lower() for t in TOKEN_RE.findall(text)]


def lexicon_tokens(text: str) -> list[str]:
    """Lower-cased words to look up in a lexicon: capitalised words (names, brands) are left out.

    Falls back to all words when fewer than two are not capitalised (short or all-caps texts).
    """
    words = TOKEN_RE.findall(text)
    lower = [w for w in words if w[0].islower()]
    return [w.lower() for w in (lower if len(lower) >= 2 else words)]


def lower_words(text: str) -> list[str]:
    """The words of ``text`` that start with a lower-case letter (no fallback, unlike :func:`lexicon_tokens`)."""
    return [w.lower() for w in TOKEN_RE.findall(text) if w[0].islower()]


# --------------------------------------------------------------------------------------------------------------
# word lexicon (sorted hash arrays, see language_lexicon.py)


def coverage(toks: Sequence[str], lex: Lexicon) -> float:
    """Share of ``toks`` found in ``lex`` (0 when there are no tokens)."""
    if not toks:
        return 0.0
    return np.count_nonzero(lex.contains(toks)) / len(toks)


def coverages(
    toks: Sequence[str], lexicons: dict[str, Lexicon], hashes: np.ndarray | None = None
) -> dict[str, float]:
    """Share of ``toks`` known per language; the words are hashed once (or passed in as ``hashes``)."""
    if not toks:
        return dict.fromkeys(lexicons, 0.0)
    if hashes is None:
        hashes = hash_words(toks)
    n = len(toks)
    return {c: np.count_nonzero(lex.contains_hashes(hashes)) / n for c, lex in lexicons.items()}


@cache
def marker_pattern(lang: str) -> re.Pattern[str] | None:
    """Words/spellings typical of ``lang`` against its close relative (``lang/<lang>/detect_markers.txt``)."""
    entries = load_list(lang, "detect_markers")
    if not entries:
        return None
    # most entries start at a word boundary: testing it once, before the alternatives, is ~3x faster than
    # letting every alternative test it at every position
    at_word = [e[2:] for e in entries if e.startswith(r"\b")]
    others = [e for e in entries if not e.startswith(r"\b")]
    parts = ([r"\b(?:" + "|".join(f"(?:{e})" for e in at_word) + ")"] if at_word else []) + [f"(?:{e})" for e in others]
    return re.compile("|".join(parts))


def count_markers(lang: str, lowered: str) -> int:
    """How many marker matches of ``lang`` the lower-cased text holds (0 without a marker file)."""
    pat = marker_pattern(lang)
    return len(pat.findall(lowered)) if pat is not None else 0


# --------------------------------------------------------------------------------------------------------------
# lingua


def _lingua_language(code: str):
    from lingua import IsoCode639_1, Language

    return Language.from_iso_code_639_1(IsoCode639_1.from_str(code))


@cache
def lingua_detector(codes: tuple[str, ...], low_accuracy: bool = False):
    """A cached lingua detector over ``codes`` (ISO 639-1); its n-gram models load lazily on first use."""
    from lingua import LanguageDetectorBuilder

    builder = LanguageDetectorBuilder.from_languages(*(_lingua_language(c) for c in codes))
    if low_accuracy:
        builder = builder.with_low_accuracy_mode()
    return builder.build()


def preload_langdetect() -> None:
    """Load langdetect's language profiles now (about 0.5 s) instead of on the first confirmation."""
    _langdetect_factory()


def lingua_confidences(detector, text: str) -> dict[str, float]:
    """Confidence per ISO code (only languages with a non-zero value)."""
    return {
        cv.language.iso_code_639_1.name.lower(): cv.value for cv in detector.compute_language_confidence_values(text)
    }


def other_decision(
    wide: dict[str, float],
    target: str,
    candidates: Sequence[str],
    margin: float,
    close_margin: float,
    short: bool = False,
) -> tuple[bool, float]:
    """Whether the wide-set confidences say "another language", and that language family's confidence.

    ``short`` (one or two words): n-gram evidence is thin, so a close relative never counts and any other
    language needs ``close_margin``.
    """
    fam: dict[str, float] = {}
    for code, value in wide.items():
        if code not in candidates:
            key = FAMILY.get(code, code)
            fam[key] = fam.get(key, 0.0) + value
    if not fam:
        return False, 0.0
    best = max(fam, key=fam.__getitem__)
    if short and best in CLOSE_RELATIVES:
        return False, fam[best]
    need = close_margin if best in CLOSE_RELATIVES or short else margin
    return fam[best] - wide.get(target, 0.0) > need, fam[best]


def combine(
    restricted: dict[str, float],
    cov: dict[str, float],
    weight: float,
    words: dict[str, float] | None = None,
    word_weight: float = 0.0,
) -> tuple[str, float]:
    """Pick a candidate from lingua's restricted confidences, lexicon coverage and word log-likelihoods.

    Returns the label and a softmax score.
    """
    logits = {
        c: math.log(restricted.get(c, 0.0) + 1e-6)
        + weight * cov.get(c, 0.0)
        + (word_weight * words[c] if words else 0.0)
        for c in cov
    }
    best = max(logits, key=logits.__getitem__)
    top = logits[best]
    total = sum(math.exp(v - top) for v in logits.values())
    return best, 1.0 / total


# --------------------------------------------------------------------------------------------------------------
# langdetect (the design card's original choice)


@lru_cache(maxsize=1)
def _langdetect_factory():
    from langdetect.detector_factory import DetectorFactory, init_factory

    init_factory()
    from langdetect import detector_factory

    DetectorFactory.seed = 0  # langdetect samples n-grams at random: fix the seed so runs repeat
    return detector_factory._factory


def langdetect_probs(text: str, candidates: Sequence[str] | None = None) -> dict[str, float]:
    """langdetect probabilities; with ``candidates`` all other languages get a zero prior (restriction)."""
    from langdetect.lang_detect_exception import LangDetectException

    factory = _langdetect_factory()
    det = factory.create()
    if candidates is not None:
        det.set_prior_map({lang: (1.0 if lang in candidates else 0.0) for lang in factory.get_lang_list()})
    det.append(text)
    try:
        return {p.lang[:2]: p.prob for p in det.get_probabilities()}
    except LangDetectException:  # no features (e.g. only symbols)
        return {}
