"""Shared e-mail parsing for the eml, mbox, Maildir and msg readers: headers, bodies, charsets and dates.

Parsing uses the standard library's ``email`` package with the ``compat32`` policy: it never raises on malformed
headers (the modern policy builds header objects that can) and it is several times faster. Everything it leaves
undecoded is decoded here, leniently: RFC 2047 words, raw 8-bit headers, transfer encodings and charsets, with
a fallback chain (declared charset, UTF-8, Western European, charset-normalizer, replacement characters) so one
bad part never loses the message.
"""

from __future__ import annotations

import binascii
import codecs
import email
import re
from datetime import datetime, timezone
from email.message import Message
from email.policy import compat32
from email.utils import getaddresses, parsedate_to_datetime, parsedate_tz

from cxmine.ingest.base import RawMessage, RecordError
from cxmine.text.html import html_to_text

__all__ = [
    "NotEmailError",
    "decode_text",
    "decode_header_value",
    "parse_addresses",
    "parse_date",
    "parse_email_bytes",
    "email_or_error",
    "message_to_raw",
    "headers_to_fields",
]


class NotEmailError(ValueError):
    """The bytes parsed to a message without a single header line."""


# --- charsets ---------------------------------------------------------------------------------------------

# Labels mapped to the superset encodings mail clients really use (the WHATWG encoding standard does the same).
# fmt: off
_CHARSET_ALIASES = {
    "ascii": "cp1252", "iso8859-1": "cp1252", "euc_kr": "cp949", "shift_jis": "cp932", "x-sjis": "cp932",
    "gb2312": "gb18030", "gbk": "gb18030", "big5": "big5hkscs", "iso-8859-8-i": "iso8859-8",
    "x-mac-roman": "mac-roman", "tis-620": "cp874", "windows-874": "cp874",
}
# fmt: on
# Labels that mean "no idea": go straight to detection.
_NO_CHARSET = {"unknown-8bit", "x-unknown", "unknown", "default", "8bit", "7bit", "binary", "none", "x-user-defined"}
# Encodings where ASCII bytes are not plain ASCII text (UTF-16 pairs, ISO-2022 escape sequences ...).
_CJK = ("big5", "gb", "cp93", "cp94", "cp95", "euc", "shift", "iso2022", "johab", "hz")
_NOT_ASCII_SAFE = ("utf-16", "utf-32", "utf-7", "iso2022", "hz")
_LATIN_OK = set(
    "àáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞßœŒšŠžŽ€‘’‚“”„–—…•«»°£§©®´·¨¸¹²³¼½¾×÷¡¿¢¤¥¦ªº¬¯±µ¶ \xa0"
)


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    name = str(label).strip().strip("\"'").lower()
    if not name or name in _NO_CHARSET:
        return None
    name = _CHARSET_ALIASES.get(name, name)
    try:
        name = codecs.lookup(name).name
    except LookupError:
        return None
    return _CHARSET_ALIASES.get(name, name)


def _try(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _western_guess(data: bytes) -> str | None:
    """cp1252 text when it reads like Western European text (few accented letters among ASCII ones)."""
    if b"\x00" in data:
        return None
    text = _try(data, "cp1252")
    if text is None:
        return None
    odd = [ch for ch in text if ord(ch) > 127]
    if any(ch not in _LATIN_OK for ch in odd):
        return None
    letters = sum(ch.isalpha() for ch in text)
    accented = sum(ch.isalpha() for ch in odd)
    # Cyrillic or Greek single-byte text decoded as cp1252 is almost all accented letters.
    if letters >= 12 and accented > 0.3 * letters:
        return None
    return text


def _detect(data: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:200_000]).best()
    except Exception:  # the detector is best effort
        return None
    if best is None:
        return None
    return _try(data, best.encoding)


def decode_text(data: bytes, charset: str | None = None, default: str | None = None) -> str:
    """Decode bytes of a body or header: declared charset, UTF-8, cp1252 if plausible, detection, replacement.

    A declared single-byte charset is overruled by valid UTF-8 (UTF-8 labelled as latin-1 is a common mislabel
    and valid UTF-8 by accident is very rare). Never raises.

    >>> decode_text("Hej Søren".encode("cp1252"), "utf-8")
    'Hej Søren'
    """
    if not data:
        return ""
    codec = _codec(charset) or _codec(default)
    ascii_only = data.isascii()
    if ascii_only and not (codec and codec.startswith(_NOT_ASCII_SAFE)):
        return data.decode("ascii")
    if codec and not ascii_only and not codec.startswith(("utf-16", "utf-32")) and codec != "utf-8":
        text = _try(data, "utf-8")
        if text is not None:
            return text.removeprefix("\ufeff")
    if codec:
        text = _try(data, codec)
        if text is not None:
            return text.removeprefix("\ufeff")
        if codec == "cp1252":  # bytes undefined in cp1252: latin-1 keeps them as C1 controls
            return data.decode("latin-1")
        if codec.startswith(_CJK):  # a few bad sequences in CJK text: keep the charset, replace those
            return data.decode(codec, errors="replace")
    if codec != "utf-8":
        text = _try(data, "utf-8")
        if text is not None:
            return text.removeprefix("\ufeff")
    text = _western_guess(data) or _detect(data)
    if text is not None:
        return text
    return data.decode(codec or "utf-8", errors="replace")


def _to_bytes(s: str) -> bytes:
    """The original bytes of a string the bytes parser made with surrogateescape."""
    try:
        return s.encode("ascii", "surrogateescape")
    except UnicodeEncodeError:
        return s.encode("utf-8", "surrogateescape")


def _b64decode(data: bytes) -> bytes:
    try:
        return binascii.a2b_base64(data)
    except binascii.Error:
        pass
    # Lenient: keep the alphabet, cut at the first padding and fix the length.
    clean = re.sub(rb"[^A-Za-z0-9+/]", b"", data.split(b"=", 1)[0])
    clean = clean[: len(clean) - 1] if len(clean) % 4 == 1 else clean
    try:
        return binascii.a2b_base64(clean + b"=" * (-len(clean) % 4))
    except binascii.Error:
        return b""


# --- headers ----------------------------------------------------------------------------------------------

_ENCODED_WORD = re.compile(r"=\?([^?\s]+)\?([QqBb])\?(.*?)\?=", re.S)
_FOLD = re.compile(r"\r?\n(?=[ \t])")


def decode_header_value(value: object, hint: str | None = None) -> str:
    """Unfold a raw header value and decode RFC 2047 words and raw 8-bit bytes (``hint``: charset to try).

    >>> decode_header_value("=?utf-8?q?Hj=C3=A6lp_med?= =?utf-8?q?_levering?=")
    'Hjælp med levering'
    """
    if value is None:
        return ""
    s = _FOLD.sub("", str(value)).replace("\r", "").replace("\n", " ")
    if "=?" not in s:
        return s if s.isascii() else decode_text(_to_bytes(s), hint)
    out: list[str] = []
    words: list[tuple[str | None, bytearray]] = []  # adjacent encoded words, merged per charset

    def flush() -> None:
        out.extend(decode_text(bytes(data), cs, hint) for cs, data in words)
        words.clear()

    pos = 0
    for m in _ENCODED_WORD.finditer(s):
        gap = s[pos : m.start()]
        if gap and not (words and gap.isspace()):  # whitespace between two encoded words is dropped
            flush()
            out.append(gap if gap.isascii() else decode_text(_to_bytes(gap), hint))
        cs = m.group(1).split("*", 1)[0].lower()
        raw = _to_bytes(m.group(3))
        data = _b64decode(raw) if m.group(2) in "Bb" else binascii.a2b_qp(raw, header=True)
        # Merged before decoding: encoders split multi-byte characters across words.
        if words and words[-1][0] == cs:
            words[-1][1].extend(data)
        else:
            words.append((cs, bytearray(data)))
        pos = m.end()
    flush()
    tail = s[pos:]
    out.append(tail if tail.isascii() else decode_text(_to_bytes(tail), hint))
    return "".join(out)


_ADDR = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+")


_SIMPLE_ADDR = re.compile(
    r"\s*(?:([^<>\"(),;:@]*?)\s*<([^<>\s\"(),;:@]+@[^<>\s\"(),;:@]+)>|([^<>\s\"(),;:@]+@[^<>\s\"(),;:@]+))\s*"
)


def _simple_addresses(values: list[str]) -> list[tuple[str, str]] | None:
    """Fast path for plain ``Name <a@b>`` / ``a@b`` lists (getaddresses is slow); None for anything else."""
    pairs = []
    for value in values:
        if '"' in value or "(" in value:
            return None
        for item in value.split(","):
            if not item.strip():
                continue
            m = _SIMPLE_ADDR.fullmatch(item)
            if m is None:
                return None
            pairs.append((m.group(1) or "", m.group(2) or m.group(3)))
    return pairs


def parse_addresses(values: list[str], hint: str | None = None) -> list[tuple[str, str]]:
    """``(display name, lower-case address)`` pairs from raw address headers, decoded; junk dropped."""
    if not values:
        return []
    unfolded = [_FOLD.sub("", v).replace("\r", " ").replace("\n", " ") for v in values]
    pairs = _simple_addresses(unfolded)
    if pairs is None:
        try:
            pairs = getaddresses(unfolded)
        except Exception:  # malformed lists: fall back to the regex below
            pairs = []
    found = []
    for name, addr in pairs:
        addr = decode_header_value(addr.strip(), hint).strip().strip("<>").lower()
        if addr:
            found.append((decode_header_value(name, hint).strip().strip('"').strip(), addr))
    with_at = [p for p in found if "@" in p[1]]
    if with_at:
        return with_at
    by_regex = [("", a.lower()) for v in unfolded for a in _ADDR.findall(decode_header_value(v, hint))]
    return by_regex or found


def parse_date(value: str | None) -> datetime | None:
    """An aware UTC datetime from a Date header (RFC 2822, or ISO 8601 as some tools write); None if unparseable."""
    if not value:
        return None
    v = _FOLD.sub("", value).strip()
    dt = None
    try:
        if parsedate_tz(v) is not None:
            dt = parsedate_to_datetime(v)
    except (TypeError, ValueError, OverflowError, IndexError):
        dt = None
    if dt is None:
        try:
            dt = datetime.fromisoformat(v.replace("Z", "+00:00"))
        except ValueError:
            return None
    try:
        if dt.tzinfo is None:  # "-0000" means "zone unknown": take it as UTC
            return dt.replace(tzinfo=timezone.utc)
        return dt.astimezone(timezone.utc)
    except (OverflowError, ValueError):
        return None


_MSGID = re.compile(r"<([^<>\s]+)>")


def _msg_ids(value: str | None) -> list[str]:
    if not value:
        return []
    ids = _MSGID.findall(value)
    if not ids:  # ids written without angle brackets
        ids = [t.strip("<>,;") for t in value.split() if "@" in t]
    return list(dict.fromkeys(i for i in ids if i))


def headers_to_fields(pairs: list[tuple[str, str]], hint: str | None = None) -> dict:
    """The RawMessage header fields from raw ``(name, value)`` pairs (first occurrence wins)."""
    h: dict[str, list[str]] = {}
    for name, value in pairs:
        h.setdefault(name.lower().strip(), []).append(value if isinstance(value, str) else str(value))

    def first(name: str) -> str | None:
        vals = h.get(name)
        return vals[0] if vals else None

    sender = parse_addresses(h.get("from") or h.get("sender") or [], hint)
    recipients = [a for _, a in parse_addresses(h.get("to", []) + h.get("cc", []), hint)]
    subject = first("subject")
    native = _msg_ids(first("message-id"))
    reply = _msg_ids(first("in-reply-to"))
    return {
        "native_id": native[0] if native else None,
        "in_reply_to": reply[0] if reply else None,
        "references": tuple(_msg_ids(" ".join(h.get("references", [])))),
        "subject": decode_header_value(subject, hint).strip() if subject is not None else None,
        "sent_at": parse_date(first("date")),
        "author": sender[0][1] if sender else None,
        "author_name": (sender[0][0] or None) if sender else None,
        "recipients": tuple(dict.fromkeys(recipients)),
    }


# --- bodies -----------------------------------------------------------------------------------------------

_BODY_TYPES = ("text/plain", "text/html")
_SIGNATURE_TYPES = {"application/pgp-signature", "application/pkcs7-signature", "application/x-pkcs7-signature"}
_ATTACHED_MESSAGES = {"message/rfc822", "message/global", "message/partial", "message/external-body"}


_CHARSET_PARAM = re.compile(r";\s*charset\s*=\s*[\"']?([^\"';\s]+)", re.I)
_STDLIB_CTES = {"base64", "quoted-printable", "x-uuencode", "uuencode", "uue", "x-uue"}


class _Body:
    def __init__(self) -> None:
        self.plain: list[str] = []
        self.html: list[str] = []
        self.attachments = 0
        self.charset: str | None = None  # first declared charset seen (hint for raw 8-bit headers)


def _part_bytes(part: Message) -> bytes:
    data = part.get_payload(decode=True)  # raw bytes back (surrogateescape undone), decoded for known CTEs
    if not isinstance(data, bytes):
        return b""
    cte_raw = str(part.get("content-transfer-encoding", "")).lower()
    if cte_raw in _STDLIB_CTES:
        return data
    # Spellings the stdlib leaves encoded: "base64 ", "quoted-printable;", "Quoted-Printable (x)".
    cte = cte_raw.strip().strip("\"'").split(";")[0].strip()
    if cte.startswith("base64"):
        return _b64decode(data)
    if cte.startswith("quoted"):
        return binascii.a2b_qp(data)
    return data


def _content_type(part: Message) -> str:
    """``Message.get_content_type`` without its parameter parsing (called for every part: hot)."""
    value = part.get("content-type")
    if value is None:
        return part.get_default_type()
    ctype = str(value).split(";", 1)[0].strip().lower()
    return ctype if ctype.count("/") == 1 else "text/plain"


def _walk(part: Message, body: _Body, default: str | None, depth: int = 0) -> None:
    ctype = _content_type(part)
    if ctype in _ATTACHED_MESSAGES:
        body.attachments += 1  # a forwarded mail as attachment: skipped, like any attachment
        return
    if ctype.startswith("message/"):
        return  # delivery-status, disposition-notification: header blocks, neither text nor attachments
    if part.is_multipart():
        if depth > 60:  # nesting bombs
            return
        children = [c for c in part.get_payload() if isinstance(c, Message)]
        if ctype != "multipart/alternative":
            for child in children:
                _walk(child, body, default, depth + 1)
            return
        subs = []
        for child in children:
            sub = _Body()
            _walk(child, sub, default, depth + 1)
            subs.append(sub)
            body.attachments += sub.attachments
            body.charset = body.charset or sub.charset
        # Alternatives come in increasing fidelity: take the plain text and, separately, the richest HTML.
        body.plain.extend(next((s.plain for s in subs if any(p.strip() for p in s.plain)), []))
        body.html.extend(next((s.html for s in reversed(subs) if s.html), []))
        return
    if ctype in _SIGNATURE_TYPES:
        return
    if ctype.startswith("multipart/"):  # boundary never found: the raw text is all there is
        ctype = "text/plain"
    disposition = str(part.get("content-disposition", "")).split(";")[0].strip().lower()
    if disposition == "attachment" or ctype not in _BODY_TYPES:
        body.attachments += 1  # inline images count too
        return
    content_type = str(part.get("content-type", ""))
    # An explicitly inline text part is body, even with a file name. (The "name" test skips slow param parsing.)
    if disposition != "inline" and "name" in (content_type + str(part.get("content-disposition", ""))).lower():
        try:
            filename = part.get_filename()
        except Exception:  # malformed RFC 2231 parameters
            filename = "?"
        if filename:
            body.attachments += 1
            return
    m = _CHARSET_PARAM.search(content_type)
    charset = m.group(1) if m else None
    if "charset*" in content_type.lower():  # RFC 2231 form: let the stdlib unpack it
        try:
            charset = part.get_content_charset()
        except Exception:  # undecodable RFC 2231 charset parameter
            charset = None
    body.charset = body.charset or _codec(charset)
    text = decode_text(_part_bytes(part), charset, default)
    (body.plain if ctype == "text/plain" else body.html).append(text)


def _clean(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").rstrip().lstrip("\n")


def message_to_raw(msg: Message, ordinal: int = 0, default_charset: str | None = None) -> RawMessage:
    """A RawMessage from a parsed (compat32) message: one body, attachments counted, headers decoded."""
    body = _Body()
    _walk(msg, body, default_charset)
    plain = [p for p in body.plain if p.strip()]
    html = None
    if plain:
        text = "\n\n".join(_clean(p) for p in plain)
    elif any(h.strip() for h in body.html):
        html = "\n".join(body.html)
        text = html_to_text(html)
    else:
        text = ""
    fields = headers_to_fields(list(msg.raw_items()), body.charset or default_charset)
    return RawMessage(
        text=text,
        channel="email",
        conversation=None,
        speaker="unknown",
        n_attachments=body.attachments,
        html=html,
        ordinal=ordinal,
        **fields,
    )


_OBS_NAME = re.compile(rb"(?m)^([!-9;-~]+)[ \t]+:")


def email_or_error(raw: bytes, ordinal: int, default_charset: str | None, where: str) -> RawMessage | RecordError:
    """One message parsed, or the ``RecordError`` that names ``where`` (never the message text) and says why."""
    if not raw.strip():
        return RecordError("empty", f"{where} is empty")
    try:
        return parse_email_bytes(raw, ordinal, default_charset)
    except NotEmailError:
        return RecordError("corrupt", f"{where} is not an e-mail message: it has no header lines")
    except Exception as exc:  # one bad message must not stop the batch
        return RecordError("corrupt", f"{where} could not be parsed as e-mail ({type(exc).__name__})")


def parse_email_bytes(raw: bytes, ordinal: int = 0, default_charset: str | None = None) -> RawMessage:
    """Parse one RFC 822 message. Raises ``NotEmailError`` when there is not a single header.

    ``default_charset`` is tried for text parts that declare none (before UTF-8 and detection).
    """
    raw = raw.removeprefix(codecs.BOM_UTF8).lstrip(b"\r\n")
    end = raw.find(b"\n\r\n")
    end = raw.find(b"\n\n") if end < 0 else end
    head = raw[: end if end >= 0 else 65536]
    # Obsolete "Subject  : x" syntax, which the parser would take for body text (cheap test first: hot path).
    if (b" :" in head or b"\t:" in head) and _OBS_NAME.search(head):
        raw = _OBS_NAME.sub(rb"\1:", head) + raw[len(head) :]
    msg = email.message_from_bytes(raw, policy=compat32)
    if not msg.keys():
        raise NotEmailError("no e-mail headers")
    return message_to_raw(msg, ordinal, default_charset)
