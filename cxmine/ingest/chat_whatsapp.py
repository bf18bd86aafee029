"""WhatsApp chat exports (.txt) from Android and iOS, in Dutch, Danish, English and other date locales.

Android: ``31/12/2023, 14:05 - Name: text``; iOS: ``[31/12/2023, 14:05:33] Name: text``. Dates may be
``dd/mm/yy``, ``dd-mm-yyyy``, ``dd.mm.yyyy``, ``m/d/yy``, ``yyyy-mm-dd``; times 24h or 12h with ``AM``/``PM``,
``a. m.``/``p. m.``. Whether the day or the month comes first is decided once per file from the data: the
reading under which every date is valid and the messages are most nearly in time order wins.

Choices (documented for the pipeline):
- Timestamps are the phone's local time without a zone; the wall-clock time is stored as UTC (the rule for
  naive times in ``RawMessage.sent_at``, cxmine/ingest/base.py).
- Lines without ``Name: `` (encryption notice, "created group", "joined", "changed the subject"), and
  encryption notices or "this message was deleted" under a name, are speaker ``system`` with no author.
- A media placeholder ("<Media omitted>", "image omitted", "afbeelding weggelaten", "<Medier udeladt>",
  "<attached: x.jpg>") keeps the author's message with the placeholder removed and ``n_attachments=1``: a
  customer sending a photo is still a customer turn. Its text is empty unless a caption follows.
- Every other message is speaker ``unknown`` with ``author`` = the name or number as exported; the pipeline
  (cxmine/pipeline/run.py) maps names to agents (``--agent-address``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

from cxmine.errors import ReaderError
from cxmine.ingest.base import RawMessage, ReadOptions, RecordError
from cxmine.ingest.textio import display_name, file_digest, head_text, read_text

# Direction marks and other invisible format characters WhatsApp sprinkles into exports.
_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_DATE = r"(?P<d1>\d{1,4})(?P<sep>[./-])(?P<d2>\d{1,2})(?P=sep)(?P<d3>\d{1,4})"
_TIME = r"(?P<h>\d{1,2})[:.](?P<mi>\d{2})(?:[:.](?P<s>\d{2}))?(?:\s?(?P<ampm>[AaPp]\.?\s?[Mm]\.?))?"
_ANDROID = re.compile(rf"^{_DATE},?\s{_TIME}\s[-–]\s(?P<rest>.*)$")
_IOS = re.compile(rf"^\[{_DATE},?\s{_TIME}\]\s?(?P<rest>.*)$")
_AUTHOR = re.compile(r"^(?P<author>[^:]{1,100}?):(?:\s(?P<text>.*)|$)", re.S)
_TIGHT = re.compile(r"^(?P<author>[^:]{1,100}?):(?P<text>\S.*)$", re.S)
_MEDIA = re.compile(
    r"^<?(?:media|medier|image|photo|video|audio|sticker|gif|document|contact card|afbeelding|foto|"
    r"billede|lyd|dokument|kontaktkort|contactkaart)\s+(?:omitted|weggelaten|udeladt)>?$"
    r"|^<(?:attached|bijgevoegd|vedhæftet):\s[^>]*>$"
    r"|^\S+\.\w{2,4} \((?:file attached|bestand bijgevoegd|fil vedhæftet)\)$",
    re.I,
)
_SYSTEM_TEXT = re.compile(
    r"end-to-end[- ](?:encrypted|versleuteld|krypteret)|end-to-end-krypteret|"
    r"^(?:this message was deleted|you deleted this message|dit bericht is verwijderd|"
    r"je hebt dit bericht verwijderd|denne besked blev slettet|du slettede denne besked)$",
    re.I,
)


def _match(line: str) -> re.Match | None:
    if not line:
        return None
    c = line[0]
    if c == "[":
        return _IOS.match(line)
    if c.isdigit():
        return _ANDROID.match(line)
    return None


def _clean(line: str) -> str:
    return _MARKS.sub("", line) if not line.isascii() else line


def _dates(parts: list[tuple[int, int, int]], order: str) -> list[tuple[int, int, int]] | None:
    out = []
    for a, b, c in parts:
        if order == "dmy":
            d, m, y = a, b, c
        elif order == "mdy":
            m, d, y = a, b, c
        elif order == "ymd":
            y, m, d = a, b, c
        else:  # "ydm", rare but listed among WhatsApp's header formats
            y, d, m = a, b, c
        if not (1 <= m <= 12 and 1 <= d <= 31):
            return None
        out.append((y + 2000 if y < 100 else y, m, d))
    return out


def choose_order(parts: list[tuple[int, int, int]], raw_first_len: int, ampm: bool) -> str:
    """Pick dmy / mdy / ymd / ydm for a file: all dates valid, fewest steps back in time, then locale preference."""
    if raw_first_len == 4:
        return "ymd"
    best: tuple[int, int, str] | None = None
    prefs = ("mdy", "dmy", "ymd", "ydm") if ampm else ("dmy", "mdy", "ymd", "ydm")
    for rank, order in enumerate(prefs):
        dates = _dates(parts, order)
        if dates is None:
            continue
        inversions = sum(1 for i in range(1, len(dates)) if dates[i] < dates[i - 1])
        key = (inversions, rank, order)
        if best is None or key < best:
            best = key
    return best[2] if best else "dmy"


def _to_datetime(date: tuple[int, int, int], m: re.Match) -> datetime | None:
    h, mi = int(m["h"]), int(m["mi"])
    s = int(m["s"]) if m["s"] else 0
    ampm = m["ampm"]
    if ampm:
        pm = ampm[0] in "pP"
        if h == 12:
            h = 12 if pm else 0
        elif pm:
            h += 12
    try:
        return datetime(date[0], date[1], date[2], h, mi, s, tzinfo=timezone.utc)
    except ValueError:
        return None


def _split_messages(text: str) -> tuple[list[tuple[re.Match, list[str]]], int]:
    """Each message header with its lines (continuation lines included), and the lines before the first header."""
    headers: list[tuple[re.Match, list[str]]] = []
    orphans = 0
    for line in text.splitlines():
        line = _clean(line)
        m = _match(line)
        if m:
            headers.append((m, [m["rest"]]))
        elif headers:
            headers[-1][1].append(line)
        elif line.strip():
            orphans += 1
    return headers, orphans


def _file_dates(headers: list[re.Match]) -> list[tuple[int, int, int]]:
    """(year, month, day) of every header, read in the one field order chosen for the whole file."""
    parts = [(int(m["d1"]), int(m["d2"]), int(m["d3"])) for m in headers]
    order = choose_order(parts, len(headers[0]["d1"]), any(m["ampm"] for m in headers))
    dates = _dates(parts, order)
    if dates is None:  # no reading fits every line: parse what fits, line by line
        dates = [(_dates([p], order) or [(0, 0, 0)])[0] for p in parts]
    return dates


def _known_authors(first_lines: list[str]) -> set[str]:
    """The names that write a ``Name: text`` message somewhere in the file."""
    known = set()
    for line in first_lines:
        am = _AUTHOR.match(line)
        if am:
            known.add(am["author"].strip())
    return known


def _split_author(rest: str, known: set[str]) -> tuple[str, str] | None:
    """(author, text) of a message, or None for a line without an author (a system line)."""
    am = _AUTHOR.match(rest)
    author = am["author"].strip() if am else None
    if author and ('"' in author or "“" in author):  # 'X changed the subject to "a: b"'
        am, author = None, None
    if am is None:  # "Name:." (no space after the colon) is a message when Name writes elsewhere too
        tight = _TIGHT.match(rest)
        if tight and tight["author"].strip() in known:
            am, author = tight, tight["author"].strip()
    if am is None:
        return None
    return author, (am["text"] or "").strip("\n")


def _to_message(
    rest: str, known: set[str], *, channel: str, conversation: str, sent_at: datetime | None, ordinal: int
) -> RawMessage:
    """The RawMessage of one message's text: a system line, or an author's words without a media placeholder."""
    place = {"channel": channel, "conversation": conversation, "sent_at": sent_at, "ordinal": ordinal}
    said = _split_author(rest, known)
    if said is None:
        return RawMessage(text=rest, speaker="system", extra={"system": True}, **place)
    author, msg = said
    first, _, more = msg.partition("\n")
    n_att = 0
    if _MEDIA.match(first.strip()):
        n_att, msg = 1, more.strip()
    if _SYSTEM_TEXT.search(msg):  # an encryption notice under the group's name, a deleted message
        return RawMessage(text=msg, speaker="system", n_attachments=n_att, extra={"system": True}, **place)
    return RawMessage(
        text=msg, speaker="unknown", author=author, author_name=author, n_attachments=n_att, extra={}, **place
    )


class WhatsAppReader:
    """Reader for WhatsApp .txt chat exports."""

    name = "whatsapp"
    channel = "chat"
    extensions = (".txt",)

    def sniff(self, path: Path, head: bytes) -> bool:
        lines = [_clean(x.strip()) for x in head_text(head).splitlines()[:40]]
        lines = [x for x in lines if x]
        if not lines or not _match(lines[0]):
            return False
        return sum(1 for x in lines if _match(x)) >= 2 or len(lines) == 1

    def read(self, path: Path, options: ReadOptions) -> Iterator[RawMessage | RecordError]:
        name = display_name(path, options.display_path)
        text, _ = read_text(path, options.encoding, options.max_file_bytes, name)
        headers, orphans = _split_messages(text)
        if not headers:
            if not text.strip():
                raise ReaderError("empty", f"{name} is empty")
            raise ReaderError("unsupported", f"{name} has no WhatsApp message lines (date, time, name)")
        if orphans:
            yield RecordError("corrupt", f"{name}: {orphans} line(s) before the first message header skipped")
        dates = _file_dates([m for m, _ in headers])
        known = _known_authors([body[0] for _, body in headers])
        conv = "file:" + file_digest(path)
        channel = options.channel or self.channel
        for i, ((m, body), date) in enumerate(zip(headers, dates, strict=True)):
            sent_at = _to_datetime(date, m)
            if sent_at is None:
                yield RecordError("corrupt", f"{name} message {i}: invalid date or time")
            rest = "\n".join(body).rstrip()
            yield _to_message(rest, known, channel=channel, conversation=conv, sent_at=sent_at, ordinal=i)


READER = WhatsAppReader()
