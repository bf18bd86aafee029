"""The per-message text stages as plain functions over Arrow tables.

Each takes a table with at least the columns it names and returns a new table; none keeps state between
calls except compiled patterns and loaded detectors (cached per process), so they can run per record batch,
in worker processes, or on a distributed engine. ``cxmine.pipeline.run`` is the one place that knows their order:
clean (quotes, signatures) -> redact -> detect language -> smooth language per contact -> questions.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import pyarrow as pa

from cxmine.errors import ParameterError
from cxmine.schema import SUPPORTED_LANGUAGES
from cxmine.text.keep import keep_pattern, redact_keeping


@dataclass(frozen=True)
class TextConfig:
    """Switches and settings of the text stages (all on by default)."""

    strip_quotes: bool = True
    redact: bool = True
    redact_patterns: tuple[tuple[str, str], ...] = ()
    keep_terms: tuple[str, ...] = ()  # never redacted: the company's own and its product names
    detect_language: bool = True
    languages: tuple[str, ...] = SUPPORTED_LANGUAGES
    language_backend: str = "auto"
    extract_questions: bool = True
    extra: dict = field(default_factory=dict, compare=False, hash=False)

    def check(self) -> None:
        """Raise a ``ParameterError`` for a setting that would otherwise fail only after the whole read pass."""
        from cxmine.text.language import BACKENDS, known_language_codes

        if self.language_backend not in BACKENDS:
            raise ParameterError(
                "language_backend", f"unknown backend {self.language_backend!r}; choose one of {', '.join(BACKENDS)}"
            )
        if self.detect_language:
            known = known_language_codes()
            bad = [c for c in self.languages if c not in known]
            if bad:
                raise ParameterError(
                    "languages", f"{', '.join(repr(c) for c in bad)} is not a language code cxmine can detect; use "
                    "ISO 639-1 codes such as nl, da, en, de, sv"
                )


def _replace(table: pa.Table, name: str, values: pa.Array) -> pa.Table:
    if name in table.column_names:
        return table.set_column(table.column_names.index(name), name, values)
    return table.append_column(name, values)


def clean_messages(table: pa.Table, config: TextConfig = TextConfig()) -> pa.Table:
    """Keep only each message's own text: strip quoted history, signatures and disclaimers.

    Uses columns ``text``, ``channel`` and (optional) ``html``; emails are always cleaned, chat and call turns
    only when they show quote or signature markers (pasted history).
    """
    if not config.strip_quotes or table.num_rows == 0:
        return table
    from cxmine.text.quotes import has_quote_markers, strip_reply

    texts = table.column("text").to_pylist()
    channels = table.column("channel").to_pylist()
    htmls = table.column("html").to_pylist() if "html" in table.column_names else [None] * len(texts)
    out = []
    for text, channel, html in zip(texts, channels, htmls):
        if text is None:
            out.append("")
        elif channel == "email" or has_quote_markers(text):
            out.append(strip_reply(text, html=html))
        else:
            out.append(text)
    return _replace(table, "text", pa.array(out, pa.string()))


@lru_cache(maxsize=8)
def _redactor(patterns: tuple[tuple[str, str], ...]):
    from cxmine.text.redact import Redactor

    return Redactor(extra_patterns=dict(patterns) or None)


def redact_messages(
    table: pa.Table,
    config: TextConfig = TextConfig(),
    names_by_contact: Mapping[str, Sequence[str]] | None = None,
    columns: Sequence[str] = ("text", "subject"),
) -> pa.Table:
    """Replace personal data in ``columns`` by typed placeholders (``<EMAIL>``, ``<PHONE>``, ``<NAME>`` ...).

    ``names_by_contact`` maps a ``contact_id`` to the display names of its participants, which are redacted
    wherever they appear in that contact's messages.
    """
    if not config.redact or table.num_rows == 0:
        return table
    redactor = _redactor(config.redact_patterns)
    keep = keep_pattern(config.keep_terms)
    contacts = table.column("contact_id").to_pylist() if "contact_id" in table.column_names else None
    names_by_contact = names_by_contact or {}
    for col in columns:
        if col not in table.column_names:
            continue
        values = table.column(col).to_pylist()
        out: list[str | None] = [None] * len(values)
        done = [False] * len(values)
        if col == "text" and contacts is not None:
            # the turns of a chat or a call are redacted together, in order, so a value given in answer to the
            # question of the turn before ("Hvad er dit kontonummer?" | "5500 3187 22") is found as in one text
            for rows in _conversations(table):
                texts = [values[i] or "" for i in rows]
                red = _redact_turns(redactor, texts, names_by_contact.get(contacts[rows[0]], ()), keep)
                if red is not None:
                    for i, r in zip(rows, red):
                        out[i] = r if values[i] else values[i]
                        done[i] = True
        for i, v in enumerate(values):
            if done[i]:
                continue
            if not v:
                out[i] = v
                continue
            names = names_by_contact.get(contacts[i], ()) if contacts else ()
            out[i] = redact_keeping(redactor, v, names, keep)
        table = _replace(table, col, pa.array(out, pa.string()))
    return table


TURN_CHANNELS = ("chat", "call")
_TURN_WINDOW = 40  # turns redacted together; a window starts with the last turn of the one before as context


def _conversations(table: pa.Table) -> list[list[int]]:
    """Row indices of each chat or call contact in ``table``, in the order of their turns (``seq``, else rows)."""
    if "channel" not in table.column_names:
        return []
    channels = table.column("channel").to_pylist()
    contacts = table.column("contact_id").to_pylist()
    seqs = table.column("seq").to_pylist() if "seq" in table.column_names else [None] * len(channels)
    groups: dict[str, list[int]] = {}
    for i, (ch, c) in enumerate(zip(channels, contacts)):
        if ch in TURN_CHANNELS and c is not None:
            groups.setdefault(c, []).append(i)
    out = []
    for rows in groups.values():
        if len(rows) > 1:
            rows.sort(key=lambda i: (seqs[i] if seqs[i] is not None else -1, i))
            out.append(rows)
    return out


def _redact_turns(redactor, texts: list[str], names: Sequence[str], keep) -> list[str] | None:
    """``texts`` (the turns of one conversation) redacted as one text, window by window, or None when a
    replacement ran across the end of a turn (the caller then redacts each turn alone)."""
    out: list[str] = []
    for start in range(0, len(texts), _TURN_WINDOW):
        context = texts[start - 1 : start] if start else []
        window = context + texts[start : start + _TURN_WINDOW]
        counts = [t.count("\n") + 1 for t in window]
        lines = redact_keeping(redactor, "\n".join(window), names, keep).split("\n")
        if len(lines) != sum(counts):
            return None
        pos = counts[0] if context else 0
        for c in counts[len(context):]:
            out.append("\n".join(lines[pos : pos + c]))
            pos += c
    return out


@lru_cache(maxsize=4)
def language_detector(languages: tuple[str, ...], backend: str):
    from cxmine.text.language import LanguageDetector

    return LanguageDetector(languages=languages, backend=backend)


def detect_languages(table: pa.Table, config: TextConfig = TextConfig()) -> pa.Table:
    """Set ``language`` (nl|da|en|other|und, from the configured candidates) and ``language_score``."""
    n = table.num_rows
    if not config.detect_language:
        langs, scores = ["und"] * n, [None] * n
    elif n == 0:
        langs, scores = [], []
    else:
        texts = [t or "" for t in table.column("text").to_pylist()]
        langs, scores = language_detector(tuple(config.languages), config.language_backend).detect_many(texts)
    table = _replace(table, "language", pa.array(langs, pa.string()))
    return _replace(table, "language_score", pa.array(scores, pa.float32()))


def smooth_languages(table: pa.Table) -> pa.Table:
    """A short or ambiguous turn takes its conversation's language (columns contact_id, language, ...)."""
    if table.num_rows == 0:
        return table
    from cxmine.text.language import smooth_by_contact

    langs, scores = smooth_by_contact(
        table.column("language").to_pylist(),
        table.column("language_score").to_pylist(),
        table.column("contact_id").to_pylist(),
        table.column("text").to_pylist(),
    )
    table = _replace(table, "language", pa.array(langs, pa.string()))
    return _replace(table, "language_score", pa.array(scores, pa.float32()))


def extract_questions(table: pa.Table, config: TextConfig = TextConfig()) -> pa.Table:
    """The customers' questions and requests, one row per sentence (``cxmine.schema.QUESTION_SCHEMA``)."""
    from cxmine.schema import QUESTION_SCHEMA

    if not config.extract_questions or table.num_rows == 0:
        return QUESTION_SCHEMA.empty_table()
    from cxmine.text.questions import extract_questions as _extract

    return _extract(table)
