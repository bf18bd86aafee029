"""Outlook ``.msg`` files, through the optional GPL-3.0 library ``extract-msg`` (``pip install 'cxmine[msg]'``).

The library is imported inside ``read`` only, so cxmine itself stays free of it. The transport headers an
Outlook message keeps (when it came in over SMTP) are decoded with the same code as every other e-mail; the
MAPI properties fill whatever the headers lack (messages composed in Outlook have no transport headers).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

from cxmine.errors import ReaderError
from cxmine.ingest.base import RawMessage, ReadOptions, RecordError
from cxmine.ingest.email_common import decode_text, headers_to_fields, parse_addresses, parse_date
from cxmine.ingest.textio import check_file_size
from cxmine.text.html import html_to_text

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
MISSING = "Outlook .msg files need the optional extra: pip install 'cxmine[msg]' (extract-msg, GPL-3.0)"


def _fields(msg: object) -> dict:
    header = getattr(msg, "header", None)
    pairs = [(k, str(v)) for k, v in header.items()] if header is not None else []
    fields = headers_to_fields(pairs)
    if not fields["subject"] and getattr(msg, "subject", None):
        fields["subject"] = str(msg.subject).strip()
    if not fields["author"] and getattr(msg, "sender", None):
        sender = parse_addresses([str(msg.sender)])
        if sender:
            fields["author"], fields["author_name"] = sender[0][1], sender[0][0] or None
    if not fields["recipients"]:
        # extract-msg joins recipients with ";"; the address parser wants ",".
        raw = [str(v).replace(";", ",") for v in (getattr(msg, "to", None), getattr(msg, "cc", None)) if v]
        fields["recipients"] = tuple(dict.fromkeys(a for _, a in parse_addresses(raw)))
    if fields["sent_at"] is None:
        date = getattr(msg, "date", None)  # a datetime in extract-msg >= 0.42, a string before
        if isinstance(date, datetime):
            aware = date if date.tzinfo else date.replace(tzinfo=timezone.utc)
            fields["sent_at"] = aware.astimezone(timezone.utc)
        elif date:
            fields["sent_at"] = parse_date(str(date))
    if not fields["native_id"] and getattr(msg, "messageId", None):
        fields["native_id"] = str(msg.messageId).strip().strip("<>") or None
    if not fields["in_reply_to"] and getattr(msg, "inReplyTo", None):
        fields["in_reply_to"] = str(msg.inReplyTo).strip().strip("<>") or None
    return fields


class MsgReader:
    """Outlook .msg (OLE2 compound file) reader; needs the optional extract-msg library."""

    name = "msg"
    channel = "email"
    extensions = (".msg",)
    reads_streams = False  # extract-msg opens a real file: a zip member is copied out while it is read

    def sniff(self, path: Path, head: bytes) -> bool:
        """True for an OLE2 compound file with the .msg extension."""
        return head.startswith(OLE2_MAGIC[:4]) and Path(path).suffix.lower() == ".msg"

    def read(self, path: Path, options: ReadOptions) -> Iterator[RawMessage | RecordError]:
        """Yield the file's one message."""
        name = options.display_path or Path(path).name
        try:
            import extract_msg
        except ImportError as exc:
            raise ReaderError("unsupported", MISSING) from exc
        check_file_size(path, name, options.max_file_bytes)  # the library loads bodies and attachments whole
        try:
            msg = extract_msg.openMsg(str(path))
        except Exception as exc:  # the library raises many types for broken files
            raise ReaderError(
                "corrupt", f"{name} could not be opened as an Outlook message ({type(exc).__name__})"
            ) from exc
        try:
            fields = _fields(msg)
            body = getattr(msg, "body", None)
            html_raw = None if body and str(body).strip() else getattr(msg, "htmlBody", None)
            html = decode_text(html_raw) if isinstance(html_raw, bytes) else (html_raw or None)
            text = str(body).replace("\r\n", "\n").strip() if body and str(body).strip() else ""
            if not text and html:
                text = html_to_text(html)
            else:
                html = None
            n_attachments = len(getattr(msg, "attachments", None) or ())
        except Exception as exc:
            raise ReaderError(
                "corrupt", f"{name} could not be read as an Outlook message ({type(exc).__name__})"
            ) from exc
        finally:
            close = getattr(msg, "close", None)
            if close is not None:
                close()
        yield RawMessage(
            text=text,
            channel="email",
            n_attachments=n_attachments,
            html=html,
            ordinal=0,
            **fields,
        )


READER = MsgReader()
