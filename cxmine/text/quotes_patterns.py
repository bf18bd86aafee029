"""Compiled quote, signature and disclaimer patterns, built once per language set from the lang data files.

The data lives in ``cxmine/text/lang/<lang>/{quote_headers,signatures,disclaimers}.txt``; this module only knows
how to combine the per-language fragments into a few regexes (one alternation per kind), so adding a language or
a phrase never touches code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from cxmine.text.langdata import available_languages, load_list

_FIELD_KINDS = ("from", "date", "to", "subject", "cc")

# Language-independent structure: e-mail addresses, clock times, dates. These are facts about mail clients, not
# about a language, so they stay in code.
EMAIL = r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+"
TIME = r"\b\d{1,2}\s*[:.]\s*\d{2}\b"
DATE = r"\b(?:\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}|(?:19|20)\d\d)\b"
EMAIL_RE = re.compile(EMAIL)
TIME_RE = re.compile(TIME)
DATE_RE = re.compile(DATE)
PHONE_RE = re.compile(r"(?:\+|\b)\d[\d ()./-]{6,}\d\b")
URL_RE = re.compile(r"(?i)\b(?:https?://|www\.)\S+")


@dataclass(frozen=True)
class Patterns:
    """The compiled regexes for one set of languages."""

    attribution: re.Pattern[str]  # "On <date> <name> wrote:" (whole joined line)
    start: re.Pattern[str]  # a line opening with an attribution's first word ("On", "Op", "Den", "Am")
    verb_end: re.Pattern[str]  # a line ending with a quote verb and a colon ("... wrote:", "... skrev:")
    verb_tail: re.Pattern[str]  # a line ending with a quote verb, colon optional (cheap candidate gate)
    dashed: re.Pattern[str]  # "---- John Smith wrote ----" (Android)
    inline_split: re.Pattern[str]  # "reply text--- On <date> ... wrote:" sharing one line
    divider: re.Pattern[str]  # "-----Original Message-----", "Begin forwarded message:"
    field: re.Pattern[str]  # "From:", "*Van:*", "De :" at line start; group names = field kinds
    signoff: re.Pattern[str]  # whole line: closing phrase + optional punctuation + optional name
    mobile: re.Pattern[str]  # whole line: "Sent from my iPhone"
    delimiter: re.Pattern[str]  # whole line: "-- "
    signoff_line: re.Pattern[str]  # whole line: "-Abhishek Kona"
    disclaimer: re.Pattern[str]  # line start: "This email and any attachments are confidential"
    marker: re.Pattern[str]  # fast pre-check for multi-line text: anything that could make a rule fire
    marker_line: re.Pattern[str]  # the same for a single line: a footer or a divider at its start


def _kinds(lang: str, name: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for entry in load_list(lang, name):
        kind, _, rx = entry.partition(" ")
        out.setdefault(kind.strip(), []).append(rx.strip())
    return out


def _alt(parts: list[str]) -> str:
    # Longest first so "met vriendelijke groet" wins over "groet" inside one alternation.
    uniq = sorted(set(parts), key=len, reverse=True)
    return "(?:" + "|".join(uniq) + ")" if uniq else r"(?!x)x"


@lru_cache(maxsize=32)
def get_patterns(languages: tuple[str, ...] | None = None) -> Patterns:
    """Compile (once per language tuple) the patterns of ``languages``; ``None`` means every language folder."""
    langs = languages or available_languages()
    headers: dict[str, list[str]] = {}
    sigs: dict[str, list[str]] = {}
    disclaimers: list[str] = []
    for lang in langs:
        for kind, rxs in _kinds(lang, "quote_headers").items():
            headers.setdefault(kind, []).extend(rxs)
        for kind, rxs in _kinds(lang, "signatures").items():
            sigs.setdefault(kind, []).extend(rxs)
        disclaimers.extend(load_list(lang, "disclaimers"))

    start, verb = _alt(headers.get("start", [])), _alt(headers.get("verb", []))
    flags = re.IGNORECASE
    # A sender after the verb has an address or is a capitalised name, so "Op 2 nov. schreef ik u:" is no header.
    sender = r"(?:[^\n]{0,160}@[^\n]{0,160}|(?-i:[A-ZÆØÅÄÖÜ\"'][^\s:]*)(?:\s+[^\s:]+){0,4})"
    # The verb ends the line ("... John wrote:") or is followed by the sender ("... schreef Anna <a@b.nl>:").
    attribution = re.compile(
        rf"^[-\s>]*{start}\b.{{4,400}}?\b{verb}(?:\s*:?|\s+{sender}:)[\s-]*$", flags | re.DOTALL
    )
    start_re = re.compile(rf"^[-\s>]*{start}\b", flags)
    verb_end = re.compile(rf"\b{verb}\s*:[\s-]*$", flags)
    verb_tail = re.compile(rf"\b{verb}\s*:?[\s-]*$", flags)
    dashed = re.compile(rf"^-{{2,}}\s*\S.{{0,120}}\b{verb}\s*-{{2,}}$", flags)
    inline_split = re.compile(rf"\S\s*(-{{2,}}\s*{start}\s.*\b{verb}\s*:?\s*)$", flags)
    divider = re.compile(rf"^[\s*>]*{_alt(headers.get('divider', []))}[\s*]*$", flags)
    fields = []
    for kind in _FIELD_KINDS:
        labels = headers.get(kind, [])
        if labels:
            fields.append(rf"(?P<{kind}>{_alt(labels)})")
    field = re.compile(r"^[*_\s]{0,4}(?:" + "|".join(fields) + r")[*_]{0,2}\s?:", flags)

    # Names after a sign-off must be capitalised ("Regards, Roman"), so "Thanks for your help" is no sign-off.
    name = r"(?-i:(?:[\s,]+(?:[A-ZÆØÅÄÖÜ][\w.'’-]*|van|de|der|den|von|la|le)){0,4})"
    phrase = _alt(sigs.get("signoff", []))
    # Bilingual closings are common in nl/da business mail: "Met vriendelijke groet / Kind regards,".
    signoff = re.compile(rf"^[-–—\s]*{phrase}(?:\s*[,.!]?\s*/\s*{phrase})?\s*[,.!:;]*{name}\s*[,.!]*$", flags)
    # Footers often carry a link: "Get Outlook for iOS<https://aka.ms/o0ukef>".
    mobile = re.compile(rf"^\s*{_alt(sigs.get('mobile', []))}\s*(?:<[^>\s]*>|\([^)\s]*\))?\s*[.!]?\s*$", flags)
    delimiter = re.compile(rf"^{_alt(sigs.get('delimiter', []))}$")
    signoff_line = re.compile(rf"^\s*{_alt(sigs.get('line', []))}\s*$")  # case matters: a capitalised name
    disclaimer = re.compile(rf"^[\s*>]*{_alt(disclaimers)}", flags)

    # The pre-checks are a superset of every rule above, built so that a message without any marker never needs
    # the line-by-line pass: every rule needs a line start (">", a dash, a field label, a sign-off, a footer, a
    # disclaimer, a divider), a "--"/"__"/"==" rule, a line ending in ":", a quote verb or a contact detail.
    line_start = _alt(sigs.get("signoff", []) + sigs.get("mobile", []) + disclaimers + headers.get("divider", []))
    marker = re.compile(
        rf"^[^\S\n]*(?:[>\-–—_*]|{line_start}|\w+[*_]*\s?:)|--|__|==|:[^\S\n]*$|\b{verb}\b"
        rf"|@|www\.|://|\d[\d ()./-]{{6,}}\d",  # contact details: a trailing name + phone block is a signature
        flags | re.MULTILINE,
    )
    # One line alone can only be cut by a footer, a divider or an attribution (sign-offs need text above them).
    marker_line = re.compile(rf"^\s*(?:{_alt(sigs.get('mobile', []))}|{_alt(headers.get('divider', []))})", flags)
    return Patterns(
        attribution=attribution, start=start_re, verb_end=verb_end, verb_tail=verb_tail, dashed=dashed,
        inline_split=inline_split, divider=divider, field=field, signoff=signoff, mobile=mobile, delimiter=delimiter, signoff_line=signoff_line,
        disclaimer=disclaimer, marker=marker, marker_line=marker_line,
    )


@lru_cache(maxsize=1)
def _languages() -> frozenset[str]:
    return frozenset(available_languages())


def patterns_for(language: str | None) -> Patterns:
    """Patterns for a language hint: that language plus English (mail clients often answer in English)."""
    lang = (language or "").lower()
    if lang in _languages():
        return get_patterns(tuple(sorted({lang, "en"})))
    return get_patterns(None)
