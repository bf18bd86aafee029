"""Plain-text call transcripts: one ``Label: text`` (or ``[Name] text``) line per turn, optionally stamped.

Labels are roles in nl/da/en (``Agent``, ``Klant``, ``Kunde``, ``Customer``, ``Medewerker``, ``Medarbejder``,
``Caller``, ``Beller``, ``Opkalder``, ``Bot``) or names; ``[00:01:12]``, ``(00:01:12)`` or ``00:01:12`` may stand
before the label and goes to ``extra["offset_s"]``. A line without a label continues the previous turn; lines
before the first label (a title, a date) are skipped. The file is claimed only with two or more labelled lines
that make up a good share of its first lines and repeat, and never when it starts like an e-mail (RFC 822 headers).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from cxmine.errors import ReaderError
from cxmine.ingest.base import RawMessage, ReadOptions
from cxmine.ingest.call_webvtt import is_speaker_tag
from cxmine.ingest.textio import display_name, file_digest, head_text, normalize_speaker, read_text

_STAMP = r"^\s*(?:[\[(]?(?P<ts>\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?)[\])]?\s*[-–]?\s*)?"
_LABEL = r"[^\W\d_][^\W_:]*(?:[ .'’-][^\W_:]+){0,2}"
_LINE = re.compile(_STAMP + rf"(?P<label>{_LABEL})\s*:\s*(?P<text>.*)$")
# "[Agent] text" / "[00:01:12] [Klant]: text" (a bracketed tag that is a name, not "[muziek]")
_BRACKET_LINE = re.compile(_STAMP + rf"\[(?P<label>{_LABEL})\]:?\s+(?P<text>.*)$")
_WORDS = re.compile(r"[^\W\d_]{2,}")
_EMAIL_HEADERS = re.compile(
    r"^(?:from|to|cc|subject|date|message-id|received|return-path|mime-version|content-type|reply-to|"
    r"x-[\w-]+|delivered-to|in-reply-to|references|sender|van|aan|onderwerp|datum|fra|til|emne|dato)\s*:",
    re.I,
)


def _offset(ts: str | None) -> float | None:
    if not ts:
        return None
    parts = ts.replace(",", ".").split(":")
    secs = 0.0
    for p in parts:
        secs = secs * 60 + float(p)
    return secs


def _turn_start(line: str) -> re.Match | None:
    """The match of a line that starts a turn (``Label: text`` or ``[Name] text``), else ``None``."""
    m = _LINE.match(line)
    if m is None:
        m = _BRACKET_LINE.match(line)
        if m is not None and not is_speaker_tag(m["label"]):
            return None
    return m


def _looks_like_email(lines: list[str]) -> bool:
    headers = 0
    for line in lines[:20]:
        if not line.strip():
            break
        if _EMAIL_HEADERS.match(line):
            headers += 1
    return headers >= 2 or any(re.match(r"^(?:from|van|fra)\s*:.*@", x, re.I) for x in lines[:5])


class PlainTranscriptReader:
    """Reader for labelled plain-text call transcripts."""

    name = "transcript"
    channel = "call"
    extensions = (".txt", ".md", ".log")

    def sniff(self, path: Path, head: bytes) -> bool:
        lines = head_text(head).lstrip("\ufeff").splitlines()
        if _looks_like_email(lines):
            return False
        nonempty = [x for x in lines if x.strip()][:50]
        # Only lines whose text has words count: "Accuracy: 99.8%" or "margin:0in;" is not somebody speaking.
        labels = [m["label"].lower() for m in map(_turn_start, nonempty) if m and len(_WORDS.findall(m["text"])) >= 2]
        if len(labels) < 2 or len(labels) < 0.3 * len(nonempty):
            return False
        distinct = set(labels)
        if all(normalize_speaker(x) != "unknown" for x in distinct):  # Agent/Klant/Kunde/Caller...
            return True
        # Named speakers: a few who come back; a key/value file has keys that do not.
        return 2 <= len(distinct) < len(labels) and len(distinct) <= min(12, max(3, len(labels) // 2))

    def read(self, path: Path, options: ReadOptions) -> Iterator[RawMessage]:
        name = display_name(path, options.display_path)
        text, _ = read_text(path, options.encoding, options.max_file_bytes, name)
        conv = "file:" + file_digest(path)
        channel = options.channel or self.channel
        turn: dict | None = None
        ordinal = 0
        for line in text.lstrip("\ufeff").splitlines():
            m = _turn_start(line)
            if m:
                if turn is not None:
                    yield self._message(turn, conv, channel, ordinal)
                    ordinal += 1
                turn = {"label": m["label"].strip(), "ts": m["ts"], "lines": [m["text"].strip()]}
            elif turn is not None and line.strip():
                turn["lines"].append(line.strip())
        if turn is None:
            if not text.strip():
                raise ReaderError("empty", f"{name} is empty")
            raise ReaderError("unsupported", f"{name} has no 'Speaker: text' lines")
        yield self._message(turn, conv, channel, ordinal)

    @staticmethod
    def _message(turn: dict, conv: str, channel: str, ordinal: int) -> RawMessage:
        label = turn["label"]
        offset = _offset(turn["ts"])
        return RawMessage(
            text="\n".join(x for x in turn["lines"] if x),
            channel=channel,
            conversation=conv,
            speaker=normalize_speaker(label),
            author=label,
            author_name=label,
            ordinal=ordinal,
            extra={} if offset is None else {"offset_s": offset},
        )


READER = PlainTranscriptReader()
