"""Terms that redaction must leave alone: the company's own name, its product names and phone number.

``keep_pattern`` turns ``--keep`` terms (and each agent domain's name) into one regex; a phone number matches
however its digits are grouped, an international one also in its national form. ``redact_keeping`` shields the
matches while the redactor runs, so "Nordhus" or the shop's service number survive redaction.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cxmine.text.redact import Redactor


def keep_terms(keep: Sequence[str], agent_domains: Sequence[str]) -> tuple[str, ...]:
    """Explicit keep words plus each agent domain's name ("nordhus" from "support.nordhus.nl")."""
    terms = [k for k in keep if k.strip()]
    for d in agent_domains:
        labels = [x for x in d.lower().lstrip("@").split(".") if x]
        if labels:
            terms.append(labels[-2] if len(labels) >= 2 else labels[0])
    return tuple(dict.fromkeys(terms))


@lru_cache(maxsize=8)
def keep_pattern(terms: tuple[str, ...]) -> re.Pattern[str] | None:
    """One regex for the keep terms (longest first, whole words, any case); None without terms."""
    terms = tuple(sorted({t.strip() for t in terms if t and t.strip()}, key=len, reverse=True))
    if not terms:
        return None
    return re.compile(r"(?<!\w)(" + "|".join(_keep_regex(t) for t in terms) + r")(?!\w)", re.IGNORECASE)


_NUMBER_TERM = re.compile(r"\+?[\d\s().\-/]+")


# Country codes and the prefix of their national form: a trunk 0 ("+31 20 ..." is dialled "020 ..." at home)
# or none (Danish and Norwegian numbers are the same eight digits at home).
_NATIONAL_PREFIX = {"31": "0", "32": "0", "33": "0", "41": "0", "43": "0", "44": "0", "46": "0", "49": "0",
                    "353": "0", "358": "0", "45": "", "47": ""}  # fmt: skip


def _digits_regex(digits: str) -> str:
    return r"[\s().\-/]*".join(digits)


def _keep_regex(term: str) -> str:
    """A keep term as a regex. A phone number matches however its digits are grouped, and an international one
    ("+31 20 123 4567") also in its "0031", "+31 (0)20" and national ("020 123 4567") forms."""
    digits = re.sub(r"\D", "", term)
    if len(digits) < 6 or not _NUMBER_TERM.fullmatch(term):
        return re.escape(term)
    if not term.lstrip().startswith("+"):
        return _digits_regex(digits)
    sep = r"[\s().\-/]*"
    forms = [rf"(?:\+|00){sep}{_digits_regex(digits)}"]
    for cc, prefix in _NATIONAL_PREFIX.items():
        if digits.startswith(cc) and len(digits) - len(cc) >= 6:
            rest = _digits_regex(digits[len(cc) :])
            forms = [rf"(?:\+|00){sep}{_digits_regex(cc)}{sep}(?:\(0\){sep})?{rest}", f"{prefix}{sep}{rest}"]
            break
    return "(?:" + "|".join(forms) + ")"


def redact_keeping(redactor: Redactor, text: str, names: Sequence[str], keep: re.Pattern[str] | None) -> str:
    """Redact ``text`` but leave the keep terms as they are (shielded by private-use sentinels meanwhile)."""
    if keep is None or not keep.search(text):
        return redactor.redact(text, names=names)
    kept: list[str] = []

    def shield(m: re.Match[str]) -> str:
        kept.append(m.group(0))
        return f"\ue000{len(kept) - 1}\ue001"

    shielded = keep.sub(shield, text)
    names = [n for n in names if not keep.fullmatch(n)]
    red = redactor.redact(shielded, names=names)
    return re.sub("\ue000(\\d+)\ue001", lambda m: kept[int(m.group(1))], red)
