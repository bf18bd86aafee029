"""Language-independent concepts of customer-service text: "levering", "levering" and "delivery" are one.

Per-language word lists in ``cxmine/text/lang/<lang>/concepts.txt`` (``concept: word word ...``, the same concept
names in every language) map words to concepts. Words of five or more letters also match at the start or end of
a longer word, so Dutch and Danish compounds count ("fietsverzekering" -> insurance, "batterijen" -> battery).
Gaps and topics use the concept bags to link the same theme across languages without a translation model.

>>> concept_bag("Kan ik mijn oude accu bij jullie inleveren?", "nl")
['old_item', 'battery', 'recycling']
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from cxmine.text.langdata import load_list

_WORD = re.compile(r"[^\W\d_][^\W_]*(?:-[^\W\d_]+)*", re.UNICODE)
MIN_AFFIX = 5  # concept words this long also match inside compounds


@cache
def _lexicon(lang: str) -> dict[str, str]:
    """Word -> concept for ``lang``."""
    exact: dict[str, str] = {}
    for line in load_list(lang, "concepts"):
        name, _, words = line.partition(":")
        for w in words.split():
            exact.setdefault(w.lower(), name.strip())
    return exact


@lru_cache(maxsize=200_000)
def concept_of(word: str, lang: str) -> str | None:
    """The concept of one word in ``lang`` (exact, a plural-like ending, or a compound part), else None."""
    exact = _lexicon(lang)
    w = word.lower()
    if w in exact:
        return exact[w]
    for end in ("s", "en", "er", "e", "n", "ne", "erne"):
        if w.endswith(end) and w[: -len(end)] in exact and len(w) - len(end) >= 3:
            return exact[w[: -len(end)]]
    # a compound part: the longest known word of MIN_AFFIX+ letters at the start or the end (one lookup a length)
    for k in range(len(w) - 1, MIN_AFFIX - 1, -1):
        for part in (w[:k], w[-k:]):
            if part in exact:
                return exact[part]
    return None


def concept_bag(text: str, lang: str) -> list[str]:
    """The concepts of ``text`` in order of first mention (each once); empty for a language without a list."""
    if not load_list(lang, "concepts"):
        return []
    out: dict[str, None] = {}
    for m in _WORD.finditer(text or ""):
        c = concept_of(m.group(0), lang)
        if c:
            out.setdefault(c, None)
    return list(out)
