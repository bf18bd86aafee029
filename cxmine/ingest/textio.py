"""Shared helpers for the text-based readers: decoding, content hashes, timestamps and speaker labels.

Every chat / call reader needs the same four things: turn bytes into text whatever the encoding, name a
one-conversation file by its content (so the same export under another path gets the same ids), turn the many
timestamp spellings into aware UTC datetimes, and map author types ("klant", "operator", "end-user") to the
five speaker roles of the message schema.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import re
from datetime import datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from pathlib import Path

from cxmine.errors import ReaderError
from cxmine.ingest.base import RecordError
from cxmine.schema import SPEAKERS

__all__ = [
    "decode_bytes",
    "read_text",
    "read_json",
    "read_json_records",
    "head_text",
    "file_digest",
    "parse_timestamp",
    "normalize_speaker",
    "display_name",
]

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
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    enc = _guess_bomless_utf16_32(data)
    if enc:
        try:
            return data.decode(enc), enc
        except UnicodeDecodeError:
            pass
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


def read_text(path: Path, encoding: str | None = None) -> tuple[str, str]:
    """Read a whole text file with encoding detection; returns ``(text, encoding)``."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise ReaderError("unreadable", f"Could not read {Path(path).name}: {exc.strerror}") from exc
    return decode_bytes(data, encoding, Path(path).name)


def _read_nonempty(path: Path, encoding: str | None, name: str) -> str:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise ReaderError("unreadable", f"Could not read {name}: {exc.strerror}") from exc
    text, _ = decode_bytes(data, encoding, name)
    if not text.strip():
        raise ReaderError("empty", f"{name} is empty")
    return text


def read_json(path: Path, encoding: str | None, name: str) -> object:
    """The JSON document in ``path``; an empty file or invalid JSON is a ``ReaderError`` naming ``name``."""
    text = _read_nonempty(path, encoding, name)
    try:
        return json.loads(text)
    except ValueError as exc:
        raise ReaderError("corrupt", f"{name} is not valid JSON (line {exc.lineno})") from None


def read_json_records(path: Path, encoding: str | None, name: str, what: str) -> tuple[list, list[RecordError]]:
    """One JSON document, or JSON Lines: ``([document], [])`` or ``(line documents, errors for bad lines)``.

    ``what`` names the expected content in the error when neither reading gives anything ("Zendesk tickets").
    """
    text = _read_nonempty(path, encoding, name)
    try:
        return [json.loads(text)], []
    except ValueError:
        pass
    docs: list = []
    errors: list[RecordError] = []
    for lineno, line in enumerate(text.splitlines(), 1):
        if line.strip():
            try:
                docs.append(json.loads(line))
            except ValueError:
                errors.append(RecordError("corrupt", f"{name} line {lineno}: not valid JSON"))
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
    path = Path(path)
    if path.is_dir():
        for p in sorted(path.rglob("*")):
            if p.is_file():
                h.update(str(p.relative_to(path)).encode())
                h.update(p.read_bytes())
        return h.hexdigest()[:length]
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()[:length]


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
