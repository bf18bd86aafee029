"""Shared helpers for the text-based readers: decoding, content hashes, timestamps and speaker labels.

Every chat / call reader needs the same four things: turn bytes into text whatever the encoding, name a
one-conversation file by its content (so the same export under another path gets the same ids), turn the many
timestamp spellings into aware UTC datetimes, and map author types ("klant", "operator", "end-user") to the
five speaker roles of the message schema.
"""

from __future__ import annotations

import codecs
import hashlib
import io
import json
import re
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from pathlib import Path

from cxmine.errors import ReaderError
from cxmine.ingest.base import RecordError
from cxmine.ingest.source import ZipMember, input_size, open_input
from cxmine.schema import SPEAKERS

__all__ = [
    "decode_bytes",
    "read_whole",
    "check_file_size",
    "read_text",
    "read_json",
    "read_json_records",
    "head_text",
    "file_digest",
    "parse_timestamp",
    "normalize_speaker",
    "display_name",
    "MAX_RECORD_BYTES",
    "MAX_FILE_BYTES",
    "iter_lines",
    "open_lines",
    "sniff_encoding",
]

# A line / record larger than any real export's (a bomb, a binary file read as text): one error, then the next.
MAX_RECORD_BYTES = 64 * 1024**2
# A file read whole (a JSON document, a transcript, a WhatsApp chat, one e-mail) larger than any real export of
# these kinds: each is one conversation, one message or one API page (mail servers stop an e-mail with its
# attachments at 25-150 MB; years of a WhatsApp chat are tens of MB). Reading one takes 2-4 times its size in
# memory, so a bigger file (a bomb, a mis-named dump) is refused before it is read.
MAX_FILE_BYTES = 1024**3

# Longest BOMs first: the UTF-32-LE BOM starts with the UTF-16-LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def _guess_bomless_utf16_32(data: bytes) -> str | None:
    """UTF-16/32 without a BOM, told apart by where the zero bytes of ASCII text fall."""
    sample = data[:4096]
    if len(sample) < 8:
        return None
    n = len(sample) - len(sample) % 4
    z = [sum(1 for i in range(k, n, 4) if sample[i] == 0) for k in range(4)]
    quarter = n // 4
    if z[1] > 0.8 * quarter and z[2] > 0.8 * quarter and z[3] > 0.8 * quarter:
        return "utf-32-le"
    if z[0] > 0.8 * quarter and z[1] > 0.8 * quarter and z[2] > 0.8 * quarter:
        return "utf-32-be"
    if z[1] + z[3] > 0.7 * 2 * quarter and z[0] + z[2] < 0.1 * 2 * quarter:
        return "utf-16-le"
    if z[0] + z[2] > 0.7 * 2 * quarter and z[1] + z[3] < 0.1 * 2 * quarter:
        return "utf-16-be"
    return None


def decode_bytes(data: bytes, encoding: str | None = None, name: str = "input") -> tuple[str, str]:
    """Decode ``data``: forced encoding, else BOM, else UTF-8, else UTF-16/32 by zero bytes, else charset-normalizer.

    Returns ``(text, encoding)``. The BOM is removed. Raises ``ReaderError("encoding", ...)`` when a forced
    encoding fails or nothing fits.
    """
    if encoding:
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            raise ReaderError("encoding", f"Could not decode {name} as {encoding}; name another encoding") from None
        return text.lstrip("\ufeff"), encoding
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(enc), enc
            except UnicodeDecodeError:
                break  # a BOM followed by garbage: let the detector have a go
    # UTF-16/32 of ASCII text is valid UTF-8 too (with a NUL between the letters): the zero bytes decide first
    enc = _guess_bomless_utf16_32(data) if b"\x00" in data[:4096] else None
    if enc:
        try:
            return data.decode(enc), enc
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        _refuse_damaged_utf8(data, exc, name)
    enc = _guess_bomless_utf16_32(data)
    if enc:
        try:
            return data.decode(enc), enc
        except UnicodeDecodeError:
            pass
    if _single_byte_letters(data):
        best = None  # Western European 8-bit text: a detector's guess on a few letters is often a CJK codec
    else:
        try:
            from charset_normalizer import from_bytes

            best = from_bytes(data[:1_000_000]).best()
        except Exception:  # the detector is a best effort; fall through to cp1252
            best = None
    candidates = [best.encoding] if best is not None else []
    candidates.append("cp1252")  # the usual suspect for Western European exports
    for enc in candidates:
        try:
            return data.decode(enc), enc
        except (UnicodeDecodeError, LookupError):
            continue
    raise ReaderError("encoding", f"Could not decode {name}; name its encoding (for example cp1252)")


# A UTF-8 multi-byte sequence: a file that has these is UTF-8; its invalid bytes are damage, not another encoding.
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


_HIGH_RUN = re.compile(rb"[\x80-\xff]+")


def _single_byte_letters(data: bytes) -> bool:
    """Whether the non-ASCII bytes stand alone between ASCII ones ("sp\xf8rgsm\xe5l"), as the letters of an 8-bit
    Western encoding do; double-byte encodings (Shift-JIS, GBK) come in pairs."""
    runs = [len(r) for r in _HIGH_RUN.findall(data[:1_000_000])]
    return bool(runs) and sum(1 for n in runs if n == 1) >= 0.9 * len(runs)


def _refuse_damaged_utf8(data: bytes, exc: UnicodeDecodeError, name: str) -> None:
    """Raise when ``data`` is UTF-8 with invalid bytes: a guessed 8-bit encoding would turn its letters to mojibake."""
    if _UTF8_MULTIBYTE.search(data) is None:
        return  # no UTF-8 letters at all: an 8-bit encoding (cp1252 ...) the detector can name
    line = data.count(b"\n", 0, exc.start) + 1
    raise ReaderError(
        "encoding",
        f"{name} is UTF-8 but has bytes that are not valid UTF-8 (first on line {line}); the file may be damaged: "
        "repair it, or name its encoding if it is not UTF-8",
    )


def sniff_encoding(head: bytes) -> str | None:
    """The encoding a file's first bytes show: a BOM's, or UTF-16/32 told by its zero bytes; else None.

    The codecs returned for a BOM (``utf-8-sig``, ``utf-16``, ``utf-32``) remove it while decoding.
    """
    for bom, enc in _BOMS:
        if head.startswith(bom):
            return "utf-8-sig" if enc == "utf-8" else enc[:6]
    return _guess_bomless_utf16_32(head) if b"\x00" in head[:4096] else None


def iter_lines(fh, max_bytes: int = MAX_RECORD_BYTES) -> Iterator[tuple[int, bytes | str | None]]:
    """``(line number, line)`` of an open file (binary or text), each line at most ``max_bytes`` long.

    A longer line is skipped in 1 MiB steps, so memory stays bounded, and comes as ``(line number, None)``.
    """
    lineno = 0
    while True:
        line = fh.readline(max_bytes + 1)
        if not line:
            return
        lineno += 1
        nl = b"\n" if isinstance(line, bytes) else "\n"
        if len(line) > max_bytes and not line.endswith(nl):
            while line and not line.endswith(nl):
                line = fh.readline(1 << 20)
            yield lineno, None
            continue
        yield lineno, line


def open_lines(fh, encoding: str | None = None):  # binary file in, (file to read lines from, codec) out
    """The lines of an open binary file: the file itself for ASCII-compatible encodings (lines are bytes to decode
    with the returned codec), a text wrapper for UTF-16/32 (lines are str; codec None)."""
    head = fh.peek(4096)[:4096] if hasattr(fh, "peek") else b""
    enc = encoding or sniff_encoding(head) or "utf-8"
    if codecs.lookup(enc).name.startswith(("utf-16", "utf-32")):
        return io.TextIOWrapper(fh, encoding=enc), None
    return fh, enc


def check_file_size(path: Path, name: str, max_bytes: int = MAX_FILE_BYTES, size: int | None = None) -> None:
    """Refuse a file larger than ``max_bytes`` by its size (``os.stat``, or ``size`` when known), before it is read.

    Raises ``ReaderError("too_large", ...)`` naming ``name``, its size, the limit and how to raise it.
    """
    if size is None:
        try:
            size = input_size(path)
        except OSError as exc:
            raise ReaderError("unreadable", f"Could not read {name}: {exc.strerror}") from exc
    if size > max_bytes:
        raise ReaderError(
            "too_large",
            f"{name} is {size:,} bytes, more than the limit for a file read whole ({max_bytes:,} bytes = "
            f"{max_bytes / 1024**2:g} MiB); if it is a real export, raise the max_file_mb limit",
        )


def read_whole(path: Path, name: str, max_bytes: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of a file read whole; a file over ``max_bytes`` is refused by its size before it is read.

    Raises ``ReaderError("too_large", ...)`` for a larger file (``check_file_size``), ``ReaderError("unreadable",
    ...)`` when it cannot be read; both name ``name``.
    """
    try:
        with open_input(path) as fh:
            check_file_size(path, name, max_bytes, size=input_size(path, fh))
            return fh.read()
    except OSError as exc:
        raise ReaderError("unreadable", f"Could not read {name}: {exc.strerror}") from exc


def read_text(path: Path, encoding: str | None = None, max_bytes: int = MAX_FILE_BYTES, name: str | None = None
              ) -> tuple[str, str]:
    """Read a whole text file (at most ``max_bytes``, see ``read_whole``) with encoding detection; returns
    ``(text, encoding)``. Errors name ``name`` (default: the file's name)."""
    name = name or Path(path).name
    return decode_bytes(read_whole(path, name, max_bytes), encoding, name)


def _read_nonempty(path: Path, encoding: str | None, name: str, max_bytes: int) -> str:
    text, _ = decode_bytes(read_whole(path, name, max_bytes), encoding, name)
    if not text.strip():
        raise ReaderError("empty", f"{name} is empty")
    return text


def read_json(path: Path, encoding: str | None, name: str, max_bytes: int = MAX_FILE_BYTES) -> object:
    """The JSON document in ``path``; an empty file, invalid JSON or a file over ``max_bytes`` is a ``ReaderError``
    naming ``name``."""
    text = _read_nonempty(path, encoding, name, max_bytes)
    try:
        return json.loads(text)
    except ValueError as exc:
        raise ReaderError("corrupt", f"{name} is not valid JSON (line {exc.lineno})") from None
    except RecursionError:
        raise ReaderError("corrupt", f"{name}: JSON nested too deeply to read") from None


def read_json_records(path: Path, encoding: str | None, name: str, what: str, max_bytes: int = MAX_FILE_BYTES
                      ) -> tuple[list, list[RecordError]]:
    """One JSON document, or JSON Lines: ``([document], [])`` or ``(line documents, errors for bad lines)``.

    ``what`` names the expected content in the error when neither reading gives anything ("Zendesk tickets"); a
    file over ``max_bytes`` is refused before it is read.
    """
    text = _read_nonempty(path, encoding, name, max_bytes)
    try:
        return [json.loads(text)], []
    except (ValueError, RecursionError):
        pass
    docs: list = []
    errors: list[RecordError] = []
    for lineno, line in enumerate(text.splitlines(), 1):
        if line.strip():
            try:
                docs.append(json.loads(line))
            except ValueError:
                errors.append(RecordError("corrupt", f"{name} line {lineno}: not valid JSON"))
            except RecursionError:
                errors.append(RecordError("corrupt", f"{name} line {lineno}: JSON nested too deeply to read"))
    if not docs:
        raise ReaderError("corrupt", f"{name} is neither JSON nor JSON Lines of {what}")
    return docs, errors


def head_text(head: bytes) -> str:
    """Best-effort text of a file's first bytes for sniffing (never raises; a cut multi-byte char is dropped)."""
    for bom, enc in _BOMS:
        if head.startswith(bom):
            body = head[len(bom) :]
            unit = 4 if "32" in enc else 2 if "16" in enc else 1
            return body[: len(body) - len(body) % unit].decode(enc, "ignore")
    enc = _guess_bomless_utf16_32(head)
    if enc:
        unit = 4 if "32" in enc else 2
        return head[: len(head) - len(head) % unit].decode(enc, "ignore")
    try:
        return head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start >= len(head) - 3:  # only the cut at the end of the 64 KiB head
            return head[: exc.start].decode("utf-8", "ignore")
        return head.decode("cp1252", "replace")


def file_digest(path: Path, length: int = 16) -> str:
    """A content hash of a file, or of a folder's files and their relative names (hex, ``length`` chars): equal
    content gets equal digests wherever it lives."""
    h = hashlib.blake2b(digest_size=max(8, (length + 1) // 2))
    if isinstance(path, ZipMember):
        _hash_file(h, path)
        return h.hexdigest()[:length]
    path = Path(path)
    if path.is_dir():
        for p in sorted(path.rglob("*")):
            if p.is_file():
                h.update(str(p.relative_to(path)).encode())
                _hash_file(h, p)
        return h.hexdigest()[:length]
    _hash_file(h, path)
    return h.hexdigest()[:length]


def _hash_file(h: hashlib.blake2b, path: Path) -> None:
    with open_input(path) as fh:  # in blocks: a Maildir's message files may be large too
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)


_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_NUMERIC = re.compile(r"^-?\d+(\.\d+)?$")
# "2023-12-31 14:05:00 +0100", "2023-12-31T14:05:00.123456789Z": fromisoformat in 3.11 handles most of it;
# these fix the rest (nanoseconds, "+0100", " UTC").
_FRACTION = re.compile(r"(\.\d{6})\d+")
_TZ_COMPACT = re.compile(r"([+-]\d{2})(\d{2})$")


def _from_number(x: float) -> datetime | None:
    ax = abs(x)
    if ax >= 1e17:  # nanoseconds
        x /= 1e9
    elif ax >= 1e14:  # microseconds
        x /= 1e6
    elif ax >= 1e11:  # milliseconds (1e11 s would be the year 5138)
        x /= 1e3
    try:
        return _EPOCH + timedelta(seconds=x)
    except OverflowError:
        return None


def parse_timestamp(value: object) -> datetime | None:
    """An aware UTC datetime from ISO 8601, RFC 2822, unix seconds/millis or a datetime; None when unparseable.

    Naive values are taken as UTC.

    >>> parse_timestamp("2023-12-31T14:05:00+01:00").isoformat()
    '2023-12-31T13:05:00+00:00'
    >>> parse_timestamp(1704031500000).isoformat()
    '2023-12-31T14:05:00+00:00'
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, datetime):
        dt = value
    elif isinstance(value, (int, float)):
        if value != value:  # NaN
            return None
        return _from_number(float(value))
    elif isinstance(value, str):
        s = value.strip()
        if not s:
            return None
        try:
            dt = datetime.fromisoformat(s)
        except ValueError:
            dt = None
        if dt is None:
            if _NUMERIC.match(s):
                return _from_number(float(s))
            t = s.replace("Z", "+00:00").replace(" UTC", "+00:00").replace(" GMT", "+00:00")
            t = _TZ_COMPACT.sub(r"\1:\2", _FRACTION.sub(r"\1", t))
            try:
                dt = datetime.fromisoformat(t)
            except ValueError:
                try:
                    dt = parsedate_to_datetime(s)
                except (TypeError, ValueError, IndexError):
                    return None
    else:
        return None
    if dt.tzinfo is None:
        return dt.replace(tzinfo=timezone.utc)
    return dt.astimezone(timezone.utc)


_SPEAKER_ALIASES = {
    "customer": (
        "customer",
        "user",
        "lead",
        "contact",
        "end-user",
        "enduser",
        "end_user",
        "requester",
        "visitor",
        "client",
        "klant",
        "kunde",
        "caller",
        "beller",
        "opkalder",
        "consumer",
        "guest",
        "member",
        "human",
        "klient",
    ),
    "agent": (
        "agent",
        "admin",
        "operator",
        "employee",
        "medewerker",
        "support",
        "medarbejder",
        "rep",
        "representative",
        "staff",
        "teammate",
        "assistant_human",
        "advisor",
        "adviseur",
        "consultant",
        "servicedesk",
        "helpdesk",
        "callcenter",
        "kundeservice",
        "klantenservice",
        "customer service",
        "customer_service",
        "supporter",
        "medewerkster",
        "rådgiver",
        "raadgiver",
    ),
    "bot": (
        "bot",
        "operator-bot",
        "operator_bot",
        "chatbot",
        "automation",
        "assistant",
        "virtual agent",
        "virtual_agent",
        "ai",
        "fin",
        "auto",
        "autoresponder",
        "workflow",
    ),
    "system": ("system", "systeem", "notification", "note", "internal", "event"),
}
_SPEAKER_MAP = {alias: role for role, aliases in _SPEAKER_ALIASES.items() for alias in aliases}


def normalize_speaker(label: object) -> str:
    """Map an author type / role label to customer | agent | bot | system | unknown.

    >>> normalize_speaker("Klant"), normalize_speaker("end-user"), normalize_speaker("operator-bot")
    ('customer', 'customer', 'bot')
    """
    if label is None:
        return "unknown"
    s = str(label).strip().lower()
    if not s:
        return "unknown"
    role = _SPEAKER_MAP.get(s)
    if role:
        return role
    s2 = s.replace("_", "-").replace(" ", "-")
    role = _SPEAKER_MAP.get(s2)
    if role:
        return role
    return s if s in SPEAKERS else "unknown"


def display_name(path: Path, display_path: str | None) -> str:
    """The file name to show in error details (the user's path when the pipeline gave one)."""
    return display_path or Path(path).name
