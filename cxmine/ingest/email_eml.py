"""Single e-mail files (``.eml``, and RFC 822 messages under any other extension, detected by content)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from cxmine.errors import ReaderError
from cxmine.ingest.base import RawMessage, ReadOptions, RecordError
from cxmine.ingest.email_common import NotEmailError, looks_like_headers, parse_email_bytes


class EmlReader:
    """One RFC 822 / MIME message per file."""

    name = "eml"
    channel = "email"
    extensions = (".eml",)

    def sniff(self, path: Path, head: bytes) -> bool:
        """True when the file starts with an RFC 822 header block."""
        # An mbox envelope line ("From sender date") first: let the mbox reader claim any non-.eml file.
        if head.startswith(b"From ") and path.suffix.lower() not in self.extensions:
            return False
        return looks_like_headers(head)

    def read(self, path: Path, options: ReadOptions) -> Iterator[RawMessage | RecordError]:
        """Yield the file's one message."""
        name = options.display_path or Path(path).name
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            raise ReaderError("unreadable", f"Could not read {name}: {exc.strerror}") from exc
        if not data.strip():
            raise ReaderError("empty", f"{name} is empty")
        try:
            yield parse_email_bytes(data, 0, options.encoding)
        except NotEmailError as exc:
            raise ReaderError("corrupt", f"{name} is not an e-mail message: it has no header lines") from exc
        except Exception as exc:  # noqa: BLE001 - report the file, never the message text
            raise ReaderError("corrupt", f"{name} could not be parsed as e-mail ({type(exc).__name__})") from exc


READER = EmlReader()
