"""Single e-mail files (``.eml``, and RFC 822 messages under any other extension, detected by content)."""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from pathlib import Path

from cxmine.errors import ReaderError
from cxmine.ingest.base import RawMessage, ReadOptions, RecordError
from cxmine.ingest.email_common import email_or_error
from cxmine.ingest.textio import read_whole

# Header names that make a block of "Name: value" lines e-mail headers (X-*, List-*, Resent-*, ARC-* too).
KNOWN_HEADERS = frozenset(
    """from to cc bcc subject date message-id received return-path mime-version content-type
    content-transfer-encoding content-disposition content-language content-id delivered-to reply-to sender
    in-reply-to references envelope-to dkim-signature domainkey-signature authentication-results received-spf
    thread-topic thread-index importance priority user-agent organization precedence errors-to comments keywords
    accept-language disposition-notification-to return-receipt-to mail-followup-to auto-submitted
    feedback-id message-id original-recipient original-message-id""".split()
)
_HEADER_PREFIXES = ("x-", "list-", "resent-", "arc-", "content-")
_HEADER_LINE = re.compile(r"([!-9;-~]+)[ \t]*:")


def looks_like_headers(head: bytes, skip_from_line: bool = True) -> bool:
    """True when ``head`` starts with an RFC 822 header block (>= 2 known names, more known lines than others).

    A transcript with ``Agent: ...`` / ``Customer: ...`` lines has "headers" with unknown names only, so it fails.
    """
    text = head[:32768].removeprefix(codecs.BOM_UTF8).decode("latin-1")
    lines = text.splitlines()
    if skip_from_line and lines and lines[0].startswith("From "):
        lines = lines[1:]
    if not lines or not _HEADER_LINE.match(lines[0]):
        return False
    known: set[str] = set()
    known_lines = unknown_lines = 0
    for line in lines[:300]:
        if not line.strip():
            break
        if line[0] in " \t":  # folded continuation of the previous header
            continue
        m = _HEADER_LINE.match(line)
        if not m:
            break  # a body without the blank separator line: judge the headers seen so far
        name = m.group(1).lower()
        if name in KNOWN_HEADERS or name.startswith(_HEADER_PREFIXES):
            known.add(name)
            known_lines += 1
        else:
            unknown_lines += 1
    return len(known) >= 2 and known_lines > unknown_lines


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
        data = read_whole(path, name, options.max_file_bytes)  # a file over the limit is refused unread
        result = email_or_error(data, 0, options.encoding, name)
        if isinstance(result, RecordError):  # the file is the one message: the whole file is refused
            raise ReaderError(result.error, result.detail)
        yield result


READER = EmlReader()
