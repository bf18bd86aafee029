"""Compact word lexicons for language detection: sorted arrays of 64-bit word hashes, cached on disk.

The word lists (spaCy lemma tables from spacy-lookups-data plus spaCy stop words) hold millions of forms. As
Python sets of ``str`` they cost ~475 MB and, because reference counting writes to every object, each forked
worker ends up with its own copy. Here each language is one sorted ``uint64`` numpy array of BLAKE2b-64
hashes (8 bytes a word; a false hit needs a 64-bit collision, about 1e-13 per look-up at these sizes), built
once, saved with ``np.save`` under the cache folder and memory-mapped read-only afterwards: start-up is a file
open, and the pages are shared by the page cache between all processes.

>>> lex = Lexicon.load("da")
>>> bool(lex.contains(["hvornår", "qqqzx"])[0])
True

:class:`WordFreq` stores word frequencies the same way (the hash array plus a parallel ``float32`` array of log
frequencies) from the `wordfreq <https://pypi.org/project/wordfreq/>`_ package, whose lists ship inside its
wheel (no download): a word-unigram model that tells "eerste" (Dutch, frequent) from "absolutely" (English).
"""

from __future__ import annotations

import gzip
import hashlib
import importlib
import json
import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from functools import cache
from pathlib import Path
from typing import BinaryIO

import numpy as np

import cxmine

FORMAT = 1  # bump when the hash or the word selection changes: old cache files are then ignored


def cache_dir() -> Path:
    """``$CXMINE_CACHE_DIR/lexicon``, else ``$XDG_CACHE_HOME/cxmine/lexicon`` (``~/.cache`` by default)."""
    if os.environ.get("CXMINE_CACHE_DIR"):
        return Path(os.environ["CXMINE_CACHE_DIR"]) / "lexicon"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "cxmine" / "lexicon"


def word_hash(word: str) -> int:
    """Stable 64-bit hash of a lower-cased word (the same in every process and Python version)."""
    return int.from_bytes(hashlib.blake2b(word.encode("utf-8"), digest_size=8).digest(), "little")


def hash_words(words: Iterable[str]) -> np.ndarray:
    """``uint64`` hashes of ``words``, in order."""
    return np.fromiter((word_hash(w) for w in words), dtype=np.uint64)


def _lookups_dir() -> Path | None:
    try:
        import spacy_lookups_data
    except ImportError:  # optional: the detector works without it, only less well on short texts
        return None
    return Path(spacy_lookups_data.__file__).parent / "data"


def _lookups_version() -> str:
    try:
        from importlib.metadata import version

        return version("spacy-lookups-data")
    except Exception:  # not installed or no metadata: the cache key still separates it from real versions
        return "none"


def stop_words(lang: str) -> frozenset[str]:
    """spaCy's stop words for ``lang`` (lower-cased; empty when spaCy has none)."""
    try:
        words = importlib.import_module(f"spacy.lang.{lang}.stop_words").STOP_WORDS
    except (ImportError, AttributeError):
        return frozenset()
    return frozenset(w.lower() for w in words)


def source_words(lang: str) -> set[str]:
    """All lower-cased word forms of ``lang``: lemma tables (forms and lemmas) plus stop words."""
    words: set[str] = set()
    data = _lookups_dir()
    if data is not None:
        for path in sorted(data.glob(f"{lang}_lemma_*.json.gz")):
            if "rules" in path.name:
                continue
            with gzip.open(path, "rt", encoding="utf-8") as fh:
                table = json.load(fh)
            if "index" in path.name:  # {pos: [lemma, ...]}
                for forms in table.values():
                    words.update(forms)
            elif "exc" in path.name:  # {pos: {form: [lemma, ...]}}
                for exc in table.values():
                    for form, lemmas in exc.items():
                        words.add(form)
                        words.update(lemmas)
            else:  # lookup: {form: lemma}
                words.update(table)
                words.update(v for v in table.values() if isinstance(v, str))
    words.update(stop_words(lang))
    return {w.lower() for w in words}


def _atomic_save(path: Path, array: np.ndarray) -> None:
    """Write ``array`` to ``path`` as ``.npy`` (see :func:`_atomic_write`)."""
    _atomic_write(path, lambda fh: np.save(fh, array, allow_pickle=False))


def _atomic_write(path: Path, write: Callable[[BinaryIO], object]) -> None:
    """Write ``path`` through a temporary file and a rename, so readers never see half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.stem, suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            write(fh)
        os.chmod(tmp, 0o644)  # mkstemp makes it private; a shared cache folder should stay readable
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _cache_path(folder: Path, stem: str) -> Path:
    return folder / f"{stem}-cx{cxmine.__version__}-f{FORMAT}.npy"


def _load_array(path: Path, dtype: type) -> np.ndarray | None:
    """Memory-map a cached 1-d array, or ``None`` when it is missing, unreadable or of another type."""
    try:
        arr = np.load(path, mmap_mode="r", allow_pickle=False)
    except (OSError, ValueError):
        return None
    if arr.dtype != dtype or arr.ndim != 1:
        return None
    return arr.view(np.ndarray) if isinstance(arr, np.memmap) else arr


class Lexicon:
    """Known word forms of one language as a sorted ``uint64`` hash array (possibly memory-mapped)."""

    def __init__(self, lang: str, hashes: np.ndarray) -> None:
        self.lang = lang
        # a plain ndarray view of a memmap: same shared pages, without np.memmap's per-index subclass overhead
        self.hashes = hashes.view(np.ndarray) if isinstance(hashes, np.memmap) else hashes

    def __len__(self) -> int:
        return int(self.hashes.shape[0])

    @classmethod
    def build(cls, lang: str) -> Lexicon:
        """Hash the source word lists of ``lang`` (a few seconds for the big lemma tables)."""
        return cls(lang, np.unique(hash_words(source_words(lang))))

    @classmethod
    @cache
    def load(cls, lang: str) -> Lexicon:
        """The lexicon of ``lang`` from the default cache folder, once per process (see :meth:`open`)."""
        return cls.open(lang)

    @classmethod
    def open(cls, lang: str, directory: Path | None = None) -> Lexicon:
        """Memory-map the cached lexicon of ``lang``; build and save it first when missing or unreadable.

        The file name carries the spacy-lookups-data and cxmine versions, so an upgrade rebuilds it. An
        unreadable file (truncated, other format) is rebuilt; an unwritable cache folder only costs speed.
        """
        folder = directory if directory is not None else cache_dir()
        path = _cache_path(folder, f"{lang}-sld{_lookups_version()}")
        arr = _load_array(path, np.uint64)
        if arr is not None:
            return cls(lang, arr)
        lex = cls.build(lang)
        try:
            _atomic_save(path, lex.hashes)
            lex = cls(lang, np.load(path, mmap_mode="r", allow_pickle=False))
        except OSError:  # read-only home or full disk: keep the in-memory array
            pass
        return lex

    def contains_hashes(self, hashes: np.ndarray) -> np.ndarray:
        """Boolean mask: which of ``hashes`` are in this lexicon (vectorised binary search)."""
        n = self.hashes.shape[0]
        if n == 0 or hashes.shape[0] == 0:
            return np.zeros(hashes.shape[0], dtype=bool)
        idx = np.searchsorted(self.hashes, hashes)
        idx[idx >= n] = n - 1
        return self.hashes[idx] == hashes

    def contains(self, words: Sequence[str]) -> np.ndarray:
        """Boolean mask: which of ``words`` (lower-cased) are known."""
        return self.contains_hashes(hash_words(words))


# --------------------------------------------------------------------------------------------------------------
# word frequencies (wordfreq)


def _wordfreq_version() -> str:
    try:
        from importlib.metadata import version

        return version("wordfreq")
    except Exception:
        return "none"


def wordfreq_lists(lang: str) -> tuple[str, ...]:
    """The wordfreq lists that exist for exactly ``lang`` (``("large", "small")``, ``("small",)`` or ``()``).

    wordfreq answers an unknown code with its "nearest match" (Danish "large" is Norwegian, Afrikaans is
    Dutch), so only the lists it names for the code itself count.
    """
    return tuple(wl for wl in ("large", "small") if lang in _wordfreq_index().get(wl, ()))


@cache
def _wordfreq_index() -> dict[str, list[str]]:
    """Which languages each wordfreq list has, kept in the cache folder next to the arrays.

    Importing wordfreq pulls in ftfy, langcodes and regex (~25 MB of Python objects) only to answer this; with
    the index and the arrays cached, detection never imports it. Empty when wordfreq is not installed.
    """
    path = cache_dir() / f"wordfreq-{_wordfreq_version()}-lists.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        pass
    try:
        import wordfreq
    except ImportError:
        return {}
    index = {wl: sorted(wordfreq.available_languages(wl)) for wl in ("large", "small")}
    try:
        _atomic_write(path, lambda fh: fh.write(json.dumps(index).encode("utf-8")))
    except OSError:  # read-only cache folder: ask wordfreq again next time
        pass
    return index


class WordFreq:
    """Word frequencies of one language: sorted ``uint64`` word hashes and their natural-log frequencies.

    ``cutoff`` is the smallest frequency the list holds (about 1e-8 for wordfreq's "large" lists, 1e-6 for the
    "small" ones): a word missing from the list is rarer than that, or unknown.
    """

    def __init__(self, lang: str, hashes: np.ndarray, logf: np.ndarray) -> None:
        self.lang = lang
        self.hashes = hashes
        self.logf = logf
        self.cutoff = float(np.exp(logf.min())) if len(logf) else 1.0

    def __len__(self) -> int:
        return int(self.hashes.shape[0])

    @classmethod
    def build(cls, lang: str, wordlist: str) -> WordFreq:
        """Hash wordfreq's ``wordlist`` ("large"/"small") for ``lang``; a word's case variants are summed."""
        import wordfreq

        merged: dict[int, float] = {}
        for word, freq in wordfreq.get_frequency_dict(lang, wordlist).items():
            h = word_hash(word.lower())
            merged[h] = merged.get(h, 0.0) + freq
        hashes = np.fromiter(merged, dtype=np.uint64, count=len(merged))
        order = np.argsort(hashes)
        logf = np.log(np.fromiter(merged.values(), dtype=np.float64, count=len(merged)))[order]
        return cls(lang, hashes[order], logf.astype(np.float32))

    @classmethod
    @cache
    def load(cls, lang: str, size: str = "best") -> WordFreq | None:
        """The frequencies of ``lang`` from the default cache folder, once per process (see :meth:`open`)."""
        return cls.open(lang, size=size)

    @classmethod
    def open(cls, lang: str, directory: Path | None = None, size: str = "best") -> WordFreq | None:
        """Memory-map the cached list of ``lang`` (``size`` "best": the large list where one exists, else "small").

        Built and cached on first use (well under a second). ``None`` when wordfreq is not installed or has no
        list for ``lang`` (e.g. Afrikaans, Nynorsk): callers then go without word frequencies.
        """
        lists = wordfreq_lists(lang)
        if size != "best":
            lists = tuple(wl for wl in lists if wl == size)
        if not lists:
            return None
        wordlist = lists[0]
        folder = directory if directory is not None else cache_dir()
        stem = f"{lang}-wf{_wordfreq_version()}-{wordlist}"
        hpath, fpath = _cache_path(folder, stem + "-hash"), _cache_path(folder, stem + "-logf")
        hashes, logf = _load_array(hpath, np.uint64), _load_array(fpath, np.float32)
        if hashes is not None and logf is not None and hashes.shape == logf.shape:
            return cls(lang, hashes, logf)
        built = cls.build(lang, wordlist)
        try:
            _atomic_save(fpath, built.logf)  # frequencies first: a crash in between leaves no hash file to trust
            _atomic_save(hpath, built.hashes)
        except OSError:  # read-only home or full disk: keep the in-memory arrays
            return built
        return cls.open(lang, folder, wordlist) or built

    def log_freqs(self, hashes: np.ndarray, floor: float) -> np.ndarray:
        """Natural-log frequency of each hashed word, at least ``log(floor)`` (also for unknown words)."""
        out = np.full(hashes.shape[0], np.log(floor), dtype=np.float64)
        n = self.hashes.shape[0]
        if n == 0 or hashes.shape[0] == 0:
            return out
        idx = np.searchsorted(self.hashes, hashes)
        idx[idx >= n] = n - 1
        hit = self.hashes[idx] == hashes
        out[hit] = np.maximum(self.logf[idx[hit]], out[hit])
        return out


class WordFreqTable:
    """Several languages' frequencies in one table: a sorted union of word hashes and a (words x languages)
    matrix of log frequencies, so that a text costs one binary search instead of one per language."""

    def __init__(self, freqs: dict[str, WordFreq]) -> None:
        self.languages = tuple(freqs)
        self.hashes = np.unique(np.concatenate([f.hashes for f in freqs.values()])) if freqs else np.empty(0, np.uint64)
        self.logf = np.full((self.hashes.shape[0], len(freqs)), -np.inf, dtype=np.float32)
        for j, f in enumerate(freqs.values()):
            self.logf[np.searchsorted(self.hashes, f.hashes), j] = f.logf

    def loglik(self, hashes: np.ndarray, floor: float) -> dict[str, float]:
        """Sum over the words of ``log(max(frequency, floor))`` per language (unknown words count ``floor``)."""
        n = self.hashes.shape[0]
        known = np.zeros(len(self.languages))
        unknown = hashes.shape[0]
        if n and unknown:
            idx = np.searchsorted(self.hashes, hashes)
            idx[idx >= n] = n - 1
            rows = self.logf[idx[self.hashes[idx] == hashes]]
            unknown -= rows.shape[0]
            known = np.maximum(rows, np.float32(np.log(floor))).sum(axis=0, dtype=np.float64)
        total = known + unknown * np.log(floor)
        return {c: float(v) for c, v in zip(self.languages, total)}
