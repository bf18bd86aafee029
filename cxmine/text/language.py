"""Language detection for customer messages: ``nl``, ``da``, ``en``, ``other`` or ``und``.

The default back end ("cxmine") combines lingua restricted to the candidate languages with word-lexicon coverage
from spacy-lookups-data, and calls a text "other" only when lingua over a wider language set prefers a
non-candidate by a margin and the lexicon of the chosen candidate does not cover the words well, when a close
relative (Norwegian for Danish, Afrikaans for Dutch) wins in both lingua and langdetect, or when the text holds
more marker words of that relative than of the candidate (``lang/<lang>/detect_markers.txt``), or (Danish)
more words that only the Norwegian lemma table knows than words only the Danish one knows. Word lexicons
are memory-mapped hash arrays (:mod:`cxmine.text.language_lexicon`); call :meth:`LanguageDetector.preload`
before forking workers so that they share the models. Short turns ("ok", "tak!") are then best fixed per
conversation with :func:`smooth_by_contact`.

>>> LanguageDetector().detect("Hvornår kommer min pakke?")[0]
'da'
"""

from __future__ import annotations

import os
import re
from collections import Counter, OrderedDict
from collections.abc import Sequence
from functools import cache

import numpy as np

from cxmine.schema import SUPPORTED_LANGUAGES
from cxmine.text import language_backends as lb
from cxmine.text.language_lexicon import Lexicon, WordFreq, WordFreqTable, hash_words

BACKENDS = ("auto", "cxmine", "lingua", "langdetect")
UND = "und"
OTHER = "other"

# Redaction placeholders, URLs and e-mail addresses carry no language. An address is a whole token with an "@"
# (``_is_address`` checks it): ``\S+@\S+\.\w+`` would retry every start of a long word, time ~ length squared.
_NOISE_RE = re.compile(r"<[A-Z][A-Z_]*>|\b(?:https?://|www\.)\S+|(?<!\S)[^\s@]*@\S*", re.UNICODE)
_URL_OR_PLACEHOLDER_RE = re.compile(r"<[A-Z][A-Z_]*>|\b(?:https?://|www\.)\S+", re.UNICODE)
_DOT_WORD_RE = re.compile(r"\.\w")
# A run of letters longer than any real word (a base64 blob, "aaaa…"): lingua's time grows with the square of a
# word's length, and such a run says nothing about the language.
MAX_WORD_LETTERS = 100
_OVERLONG_WORD_RE = re.compile(rf"[^\W\d_]{{{MAX_WORD_LETTERS + 1},}}")
MIN_LETTERS = 2  # fewer letters than this (after removing noise) -> "und"
LEXICON_WEIGHT = 2.0  # weight of lexicon coverage (0..1) against lingua's log-confidence
# Word-unigram evidence (wordfreq lists): each word adds WORD_WEIGHT * ln(frequency) to its language's logit;
# unknown and rarer words count as WORD_FLOOR. Chosen on development sets that are not the benchmark's test
# files (word pairs from xSID and from models/data, see bench/results/language.md).
WORD_WEIGHT = 0.5
WORD_FLOOR = 1e-8
TRUST_COVERAGE = 0.8  # chosen candidate's lexicon covers this share of the words -> only the relatives check
SHORT_OTHER_TOKENS = 3  # texts with fewer words need stronger evidence before they are called "other"
# Word-list rule (Norwegian for Danish): texts of this many words or more; relative-only words need this many
# letters (2-3 letter "relative-only" forms are mostly abbreviations such as "kl", "ca", "kr").
WORDLIST_MIN_TOKENS = 4
WORDLIST_MIN_LETTERS = 4
CACHE_SIZE = 50_000
CACHE_MAX_CHARS = 80  # only short texts repeat often enough to be worth caching
# Texts that make lingua load its models: plain ASCII words keep every Latin-script language in play (a letter
# like "ø" would filter most out) and short texts use all n-gram orders; one line per other script.
PRELOAD_SAMPLES = ("where is the parcel now", "где посылка", "πού είναι", "أين الطرد", "包裹在哪里", "荷物はどこですか")


def _is_address(token: str) -> bool:
    """Whether a token with an "@" is an address: something before the "@", later a dot and a word character."""
    at = token.find("@", 1)
    return at > 0 and _DOT_WORD_RE.search(token, at + 2) is not None


def _drop_noise(m: re.Match[str]) -> str:
    token = m.group()
    if "@" not in token or token[0] == "<" or _is_address(token):
        return " "
    return _URL_OR_PLACEHOLDER_RE.sub(" ", token)  # "@everyone", "a@b": keep the words, drop what is noise


def clean_for_detection(text: str) -> str:
    """Text with placeholders, URLs, e-mail addresses and overlong "words" removed (time linear in its length)."""
    return _OVERLONG_WORD_RE.sub(" ", _NOISE_RE.sub(_drop_noise, text or ""))


class LanguageDetector:
    """Detect the language of short customer texts among a few candidate languages.

    ``backend``: "auto" (= "cxmine", the best measured), "cxmine", "lingua" (lingua restricted, "other" from a
    wider lingua set) or "langdetect" (langdetect restricted by priors, "other" from unrestricted langdetect).
    ``other_margin`` / ``close_margin``: how much more confident the wide detector must be in a non-candidate
    (in general / for a close relative such as Norwegian or Afrikaans) before a text is called "other".
    ``confirm_margin`` ("cxmine" only): a close relative that wins by this smaller margin also makes the text
    "other" when unrestricted langdetect, a second model with different errors, agrees; this check also runs
    when the candidate's lexicon knows the words. ``None`` switches it off.
    ``relative_margin`` ("cxmine" only): a Danish/Dutch text of 3+ words with no Danish/Dutch marker word is
    also "other" when lingua over {da, nb, nn} / {nl, af} prefers the relative by this margin, unrestricted
    langdetect agrees and, for Danish, the Norwegian lemma table knows more of its words than the Danish one.
    ``None`` switches it off. ``relative_for``: the candidates this check runs for; Danish is left out by
    default because on short Danish commands (xSID) it sent ~1 % to "other" (bench/results/language.md).
    ``wordlist_margin`` ("cxmine" only): a Danish text of 4+ words whose lower-case words hold more forms
    found only in the Norwegian lemma table than forms found only in the Danish one is "other" when lingua
    over {da, nb, nn} also prefers Norwegian by this margin. ``None`` switches it off.
    ``word_weight`` ("cxmine" only): weight of the word-frequency (wordfreq) log-likelihood in the choice
    between candidates; the same lists keep a one- or two-word text from being called "other" when its words
    are more frequent in the chosen candidate than in the language lingua prefers. 0 switches both off.
    ``word_other_margin`` ("cxmine" only): a text is also "other" when the wide lingua set puts a non-candidate
    (not a close relative) first and that language's word frequencies beat the label's by this many nats a
    word. ``None`` switches it off.
    """

    def __init__(
        self,
        languages: Sequence[str] = SUPPORTED_LANGUAGES,
        backend: str = "auto",
        *,
        other_margin: float = 0.2,
        close_margin: float = 0.6,
        confirm_margin: float | None = 0.6,
        relative_margin: float | None = 0.1,
        relative_for: Sequence[str] = ("nl",),
        wordlist_margin: float | None = 0.2,
        word_weight: float = WORD_WEIGHT,
        word_other_margin: float | None = 2.0,
        low_accuracy: bool = False,
    ) -> None:
        if backend not in BACKENDS:
            raise ValueError(f"unknown language backend {backend!r}; choose one of {', '.join(BACKENDS)}")
        if not languages:
            raise ValueError("LanguageDetector needs at least one candidate language")
        self.languages = tuple(languages)
        self.backend = "cxmine" if backend == "auto" else backend
        self.other_margin = other_margin
        self.close_margin = close_margin
        self.confirm_margin = confirm_margin
        self.relative_margin = relative_margin
        self.relative_for = tuple(relative_for)
        self.wordlist_margin = wordlist_margin
        self.low_accuracy = low_accuracy
        self.word_weight = word_weight if self.backend == "cxmine" else 0.0
        self.word_other_margin = word_other_margin
        self._use_word_veto = True  # the benchmark switches it off for an ablation row
        self._use_markers = self.backend == "cxmine"  # the benchmark switches it off for an ablation row
        self._loaded = False  # models and word lists load on first use (cheap constructor)
        self._cache: OrderedDict[str, tuple[str, float]] = OrderedDict()

    def _ensure_loaded(self) -> None:
        """Load the detectors, lexicons and word frequencies the first time they are needed."""
        if self._loaded:
            return
        wide = tuple(dict.fromkeys(self.languages + lb.WIDE_LANGUAGES))
        self._wide_codes = wide
        if self.backend in ("cxmine", "lingua"):
            self._restricted = lb.lingua_detector(tuple(sorted(self.languages)), self.low_accuracy)
            self._wide = lb.lingua_detector(self._wide_codes_sorted(), self.low_accuracy)
        self._lex = {c: Lexicon.load(c) for c in self.languages} if self.backend == "cxmine" else {}
        freqs = {c: WordFreq.load(c) for c in self.languages} if self.word_weight else {}
        # word frequencies only when every candidate has a list: one language without would always lose
        self._freq: dict[str, WordFreq] = freqs if all(f is not None for f in freqs.values()) else {}
        self._freq_table = WordFreqTable(self._freq) if self._freq else None
        self._other_freq: dict[str, WordFreq | None] = {}  # wide-set languages, loaded on first use
        self._relatives = {
            c: rel
            for c in self.languages
            if (rel := tuple(r for r in lb.RELATIVES.get(c, ()) if r not in self.languages))
        }
        use_pair = self.confirm_margin is not None or self.relative_margin is not None or self.wordlist_margin is not None
        self._pair = (
            {c: lb.lingua_detector(tuple(sorted((c, *rel))), self.low_accuracy) for c, rel in self._relatives.items()}
            if self.backend == "cxmine" and use_pair
            else {}
        )
        self._pair_memo: tuple[tuple[str, str] | None, dict[str, float]] = (None, {})
        # relative lexicons (Norwegian lemma table, memory-mapped hashes) for the word-list and relative rules
        wanted = set(self.relative_for) if self.relative_margin is not None else set()
        if self.wordlist_margin is not None:
            wanted |= set(lb.RELATIVE_LEXICON)
        self._rel_lex = (
            {c: Lexicon.load(r) for c, r in lb.RELATIVE_LEXICON.items() if c in self._relatives and c in wanted}
            if self.backend == "cxmine"
            else {}
        )
        self._loaded = True

    # ----------------------------------------------------------------------------------------------------------
    def preload(self) -> LanguageDetector:
        """Load every model now rather than on first use; returns ``self``.

        Call it in a parent process before forking workers (cxmine/pipeline/batches.py ``warm_up``): models loaded
        lazily inside each worker are private to it (~250 MB per worker for lingua's wide set + langdetect),
        models loaded before the fork stay shared. Costs one to two seconds, so it is not done by default.
        """
        self._ensure_loaded()
        if self.backend in ("cxmine", "lingua"):
            for detector in (self._restricted, self._wide, *self._pair.values()):
                for sample in PRELOAD_SAMPLES:
                    detector.compute_language_confidence_values(sample)
        if self.backend in ("cxmine", "langdetect"):
            lb.preload_langdetect()
        if self._freq:
            for code in self._wide_codes:
                self._other_words(code)
        return self

    def _wide_codes_sorted(self) -> tuple[str, ...]:
        """The wide language set, in the order used as the detector cache key."""
        return tuple(sorted(self._wide_codes))

    def detect(self, text: str) -> tuple[str, float]:
        """``(language, score)`` for one text; score in [0, 1] (0 for "und")."""
        self._ensure_loaded()
        cleaned = clean_for_detection(text)
        toks = lb.tokens(cleaned)
        if sum(len(t) for t in toks) < MIN_LETTERS:
            return UND, 0.0
        # keyed by the text detected, not its tokens: texts with the same words (other digits, case) can score
        # differently, and a result must not depend on which of them a process saw first (batches, workers, Spark)
        key = cleaned if len(cleaned) <= CACHE_MAX_CHARS else None
        if key is not None and key in self._cache:
            self._cache.move_to_end(key)
            return self._cache[key]
        label, score = self._detect_clean(cleaned, toks)
        # rounded: lingua's sums can differ in the last bits with what it has loaded before, and the score must not
        # depend on that either (the column is float32)
        result = (label, round(float(score), 6))
        if key is not None:
            self._cache[key] = result
            if len(self._cache) > CACHE_SIZE:
                self._cache.popitem(last=False)
        return result

    def detect_many(self, texts: Sequence[str]) -> tuple[list[str], list[float]]:
        """Detect every text; returns parallel lists of languages and scores."""
        self._ensure_loaded()
        langs: list[str] = []
        scores: list[float] = []
        seen: dict[str, tuple[str, float]] = {}
        for text in texts:
            res = seen.get(text)
            if res is None:
                res = seen[text] = self.detect(text)
            langs.append(res[0])
            scores.append(res[1])
        return langs, scores

    # ----------------------------------------------------------------------------------------------------------
    def _detect_clean(self, cleaned: str, toks: list[str]) -> tuple[str, float]:
        label, score = self._detect_core(cleaned, toks)
        if self._use_markers and label in self._relatives and len(toks) >= 2:
            return self._relative_evidence(cleaned, toks, label, score)
        return label, score

    def _relative_evidence(self, cleaned: str, toks: list[str], label: str, score: float) -> tuple[str, float]:
        """Marker words of the close relative ("meg", "ikke ... hva"; "nie", "'n") against the candidate's own."""
        lowered = cleaned.lower()
        own = lb.count_markers(label, lowered)
        rel = max(lb.count_markers(r, lowered) for r in self._relatives[label])
        if rel > own:
            return OTHER, float(rel / (rel + own + 1))
        if self._wordlist_says_relative(cleaned, toks, label):
            return OTHER, float(sum(self._pair_confidences(label, cleaned).get(r, 0.0) for r in self._relatives[label]))
        if (
            self.relative_margin is None
            or label not in self.relative_for
            or own
            or len(toks) < SHORT_OTHER_TOKENS
            or label not in self._pair
        ):
            return label, score
        pair = self._pair_confidences(label, cleaned)
        fam = sum(pair.get(r, 0.0) for r in self._relatives[label])
        if fam - pair.get(label, 0.0) <= self.relative_margin:
            return label, score
        rel_lex = self._rel_lex.get(label)
        if rel_lex is not None:  # a relative with a big lemma table must know more of the words
            hashes = lb.hash_words(toks)
            in_rel = rel_lex.contains_hashes(hashes)
            in_own = self._lex[label].contains_hashes(hashes)
            if int((in_rel & ~in_own).sum()) <= int((in_own & ~in_rel).sum()):
                return label, score
        if not self._langdetect_agrees(cleaned):  # a second model with different errors must agree
            return label, score
        return OTHER, float(fam)

    def _wordlist_says_relative(self, cleaned: str, toks: list[str], label: str) -> bool:
        """More relative-only than candidate-only words (lemma tables), and lingua over the pair agrees."""
        rel_lex = self._rel_lex.get(label)
        if self.wordlist_margin is None or rel_lex is None or len(toks) < WORDLIST_MIN_TOKENS:
            return False
        words = lb.lower_words(cleaned)  # capitalised words are names, brands and abbreviations
        if not words:
            return False
        hashes = lb.hash_words(words)
        in_rel = rel_lex.contains_hashes(hashes)
        in_own = self._lex[label].contains_hashes(hashes)
        long_enough = np.fromiter((len(w) >= WORDLIST_MIN_LETTERS for w in words), dtype=bool, count=len(words))
        if int((in_rel & ~in_own & long_enough).sum()) <= int((in_own & ~in_rel).sum()):
            return False
        pair = self._pair_confidences(label, cleaned)
        fam = sum(pair.get(r, 0.0) for r in self._relatives[label])
        return fam - pair.get(label, 0.0) > self.wordlist_margin

    def _detect_core(self, cleaned: str, toks: list[str]) -> tuple[str, float]:
        if self.backend == "langdetect":
            return self._detect_langdetect(cleaned)
        restricted = lb.lingua_confidences(self._restricted, cleaned)
        if self.backend == "cxmine":
            lex_toks = lb.lexicon_tokens(cleaned)
            hashes = hash_words(lex_toks)
            cov = lb.coverages(lex_toks, self._lex, hashes)
            words = self._freq_table.loglik(hashes, WORD_FLOOR) if self._freq_table is not None else None
            label, score = lb.combine(restricted, cov, LEXICON_WEIGHT, words, self.word_weight)
            if cov[label] >= TRUST_COVERAGE:  # the words are known in that language: skip the slower wide check
                return self._check_relatives(cleaned, toks, label, score)
        else:
            hashes = np.empty(0, dtype=np.uint64)  # no word lists outside the "cxmine" back end
            if not restricted:
                return OTHER, 0.0
            label = max(restricted, key=restricted.__getitem__)
            score = restricted[label]
        wide = lb.lingua_confidences(self._wide, cleaned)
        short = len(toks) < SHORT_OTHER_TOKENS
        is_other, other_conf = lb.other_decision(
            wide, label, self.languages, self.other_margin, self.close_margin, short=short
        )
        if is_other and not (short and self._use_word_veto and self._words_prefer(label, wide, hashes)):
            return OTHER, float(other_conf)
        if self.word_other_margin is not None and self._words_say_other(label, wide, hashes):
            return OTHER, float(max(wide.values()))
        if self.backend == "cxmine" and self.confirm_margin is not None and len(toks) >= SHORT_OTHER_TOKENS:
            weak, weak_conf = lb.other_decision(wide, label, self.languages, self.other_margin, self.confirm_margin)
            if weak and self._langdetect_agrees(cleaned):
                return OTHER, float(weak_conf)
        return label, float(score)

    def _words_say_other(self, label: str, wide: dict[str, float], hashes: np.ndarray) -> bool:
        """Two models agree on another language: lingua's wide set puts it first (above every candidate) and its
        word frequencies beat the label's by ``word_other_margin`` nats a word ("Wo ist mein Paket?": lingua
        prefers German only by 0.3, but no Dutch word list has "wo", "ist", "mein")."""
        if not wide:
            return False
        top = max(wide, key=wide.__getitem__)
        if top in self.languages or top in lb.CLOSE_RELATIVES:  # relatives have rules of their own
            return False
        gain = self._word_gain(top, label, hashes)
        return gain is not None and gain > self.word_other_margin * hashes.shape[0]

    def _words_prefer(self, label: str, wide: dict[str, float], hashes: np.ndarray) -> bool:
        """Whether word frequencies favour ``label`` over the wide detector's best non-candidate language.

        On one or two words lingua's n-grams are thin evidence: "anullér alle" looks Romance to them, but "alle"
        is a frequent Danish word. ``False`` when either language has no list.
        """
        others = [c for c in wide if c not in self.languages]
        if not others:
            return False
        top = max(others, key=wide.__getitem__)
        gain = self._word_gain("nb" if top == "nn" else top, label, hashes)  # wordfreq has one Norwegian list
        return gain is not None and gain < 0

    def _word_gain(self, other_code: str, label: str, hashes: np.ndarray) -> float | None:
        """Log-likelihood of the words in ``other_code`` minus in ``label`` (``None`` without both lists).

        Both lists are cut at the rarer one's cutoff, so a large list does not beat a small one on rare words.
        """
        own = self._freq.get(label)
        other = self._other_words(other_code) if own is not None and hashes.shape[0] else None
        if other is None:
            return None
        floor = max(own.cutoff, other.cutoff)
        return float(other.log_freqs(hashes, floor).sum()) - float(own.log_freqs(hashes, floor).sum())

    def _other_words(self, code: str) -> WordFreq | None:
        """The small wordfreq list of a non-candidate language (``None`` without one), loaded once."""
        if code not in self._other_freq:
            self._other_freq[code] = WordFreq.load(code, "small") if code not in self.languages else None
        return self._other_freq[code]

    def _check_relatives(self, cleaned: str, toks: list[str], label: str, score: float) -> tuple[str, float]:
        """A lexicon-trusted label can still be a close relative (Norwegian for Danish): two models must agree."""
        if label not in self._pair or len(toks) < SHORT_OTHER_TOKENS:
            return label, score
        pair = self._pair_confidences(label, cleaned)
        fam = sum(pair.get(r, 0.0) for r in self._relatives[label])
        if fam - pair.get(label, 0.0) > self.confirm_margin and self._langdetect_agrees(cleaned):
            return OTHER, float(fam)
        return label, score

    def _pair_confidences(self, label: str, cleaned: str) -> dict[str, float]:
        """lingua over the candidate and its relatives; the last answer is kept because two rules ask for it."""
        key = (label, cleaned)
        if self._pair_memo[0] != key:
            self._pair_memo = (key, lb.lingua_confidences(self._pair[label], cleaned))
        return self._pair_memo[1]

    def _langdetect_agrees(self, cleaned: str) -> bool:
        """Unrestricted langdetect also puts a non-candidate language first."""
        probs = lb.langdetect_probs(cleaned)
        return bool(probs) and max(probs, key=probs.__getitem__) not in self.languages

    def _detect_langdetect(self, cleaned: str) -> tuple[str, float]:
        restricted = lb.langdetect_probs(cleaned, self.languages)
        if not restricted:
            return UND, 0.0
        label = max(restricted, key=restricted.__getitem__)
        full = lb.langdetect_probs(cleaned)
        others = {code: p for code, p in full.items() if code not in self.languages}
        if not others:
            return label, float(restricted[label])
        top = max(others, key=others.__getitem__)
        top_other = others[top]
        # langdetect confuses Danish with Norwegian (and Dutch with Afrikaans) almost completely: never "other"
        # on a close relative's word alone
        if top in lb.CLOSE_RELATIVES or top == "no":
            return label, float(restricted[label])
        if top_other - full.get(label, 0.0) > self.other_margin:
            return OTHER, float(top_other)
        return label, float(restricted[label])


# --------------------------------------------------------------------------------------------------------------
SHORT_TOKENS = 3  # a turn of at most this many words is "short"
AMBIGUOUS_SCORE = 0.7  # below this score a turn is "ambiguous"
DOMINANT_SHARE = 0.6  # the conversation's top language must hold this share of its confident letters


def smooth_by_contact(
    languages: Sequence[str],
    scores: Sequence[float],
    contact_ids: Sequence[str],
    texts: Sequence[str],
) -> tuple[list[str], list[float]]:
    """Give short or ambiguous turns their conversation's dominant language.

    The dominant language is the one with most letters among the contact's long, confident turns labelled with
    a real language (not "other"/"und"), if it holds at least ``DOMINANT_SHARE`` of them. "und" turns stay
    "und"; a short turn labelled "other" ("Danke!") is also relabelled, a longer one keeps its label.
    """
    n = len(languages)
    if not (len(scores) == len(contact_ids) == len(texts) == n):
        raise ValueError("smooth_by_contact: languages, scores, contact_ids and texts must have the same length")
    ntoks = [len(lb.tokens(clean_for_detection(t))) for t in texts]
    weight: dict[str, Counter[str]] = {}
    for lang, score, cid, text, nt in zip(languages, scores, contact_ids, texts, ntoks, strict=True):
        if lang in (UND, OTHER) or nt <= SHORT_TOKENS or score < AMBIGUOUS_SCORE:
            continue
        weight.setdefault(cid, Counter())[lang] += len(text)
    dominant: dict[str, tuple[str, float]] = {}
    for cid, counter in weight.items():
        lang, top = counter.most_common(1)[0]
        share = top / sum(counter.values())
        if share >= DOMINANT_SHARE:
            dominant[cid] = (lang, share)
    out_l = list(languages)
    out_s = [float(s) for s in scores]
    for i, (lang, score, cid, nt) in enumerate(zip(languages, scores, contact_ids, ntoks, strict=True)):
        if lang == UND or cid not in dominant:
            continue
        dom, share = dominant[cid]
        # an "other" score is the foreign language's confidence, often below AMBIGUOUS_SCORE even for a clear
        # German or French sentence: only a short "other" turn ("Danke!") takes the conversation's language
        ambiguous = score < AMBIGUOUS_SCORE and lang != OTHER
        if lang != dom and (nt <= SHORT_TOKENS or ambiguous):
            out_l[i] = dom
            out_s[i] = float(share)
    return out_l, out_s


@cache
def known_language_codes() -> frozenset[str]:
    """ISO 639-1 codes ``--languages`` accepts: those lingua can tell apart (75), plus langdetect's when installed."""
    codes: set[str] = set()
    try:
        from lingua import Language

        codes.update(lang.iso_code_639_1.name.lower() for lang in Language.all())
    except ImportError:  # pragma: no cover - lingua is a dependency
        pass
    try:
        from langdetect.detector_factory import PROFILES_DIRECTORY

        codes.update(p.split("-")[0] for p in os.listdir(PROFILES_DIRECTORY))
    except (ImportError, OSError):  # pragma: no cover
        pass
    return frozenset(codes)
