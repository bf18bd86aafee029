"""mbox files (one file, many messages, each after a ``From sender date`` line), read as a stream.

The file is split on separator lines here rather than with ``mailbox.mbox``, which indexes the whole file
first: memory stays bounded by the largest single message, whatever the size of the file. A separator is a
line ``From <sender> <date>`` with a clock time in it, so an unescaped "From time to time" in a body does not
split a message. ``>From`` lines are unescaped the mboxrd way (one ``>`` removed).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from cxmine.errors import ReaderError
from cxmine.ingest.base import RawMessage, ReadOptions, RecordError
from cxmine.ingest.email_common import email_or_error
from cxmine.ingest.email_eml import looks_like_headers

# After a blank line (how mbox writers separate messages) any "From x ... hh:mm" line separates; without the
# blank line only a strict asctime date does ("From alice@example.com Tue Nov  3 10:00:00 2020").
_SEPARATOR = re.compile(rb"From \S+ +.*\d{1,2}:\d\d")
_STRICT_SEPARATOR = re.compile(rb"From \S+ +[A-Z][a-z]{2} [A-Z][a-z]{2} +\d{1,2} \d{1,2}:\d\d")
_ESCAPED_FROM = re.compile(rb">+From ")


def iter_mbox_chunks(fh) -> Iterator[tuple[int, bytes]]:  # any binary file object
    """Yield ``(first line number, raw message bytes)`` per message of an open binary mbox file."""
    lines: list[bytes] = []
    start = 0
    lineno = 0
    prev_blank = True
    for line in fh:
        lineno += 1
        if line[:5] == b"From " and (
            lineno == 1 or (_SEPARATOR.match(line) if prev_blank else _STRICT_SEPARATOR.match(line))
        ):
            if lineno > 1:
                yield start, b"".join(lines)
            lines = []
            start = lineno + 1
            prev_blank = False
            continue
        if line[:1] == b">" and _ESCAPED_FROM.match(line):
            line = line[1:]
        lines.append(line)
        prev_blank = line == b"\n" or line == b"\r\n"
    if lineno:
        yield start, b"".join(lines)


class MboxReader:
    """Streaming mbox reader (mboxo / mboxrd, LF or CRLF)."""

    name = "mbox"
    channel = "email"
    extensions = (".mbox", ".mbx")

    def sniff(self, path: Path, head: bytes) -> bool:
        """True when the first line is a ``From `` separator followed by e-mail headers."""
        if not head.startswith(b"From "):
            return False
        return looks_like_headers(head, skip_from_line=True)

    def read(self, path: Path, options: ReadOptions) -> Iterator[RawMessage | RecordError]:
        """Yield each message in file order; a message that cannot be parsed becomes a RecordError."""
        name = options.display_path or Path(path).name
        try:
            fh = open(path, "rb")  # closed by the with below, after the check
        except OSError as exc:
            raise ReaderError("unreadable", f"Could not read {name}: {exc.strerror}") from exc
        with fh:
            first = fh.read(5)
            if not first.strip():
                raise ReaderError("empty", f"{name} is empty")
            if first != b"From ":
                raise ReaderError("corrupt", f"{name} is not an mbox file: it does not start with a 'From ' line")
            fh.seek(0)
            for ordinal, (start, raw) in enumerate(iter_mbox_chunks(fh)):
                where = f"message {ordinal + 1} (line {start}) of {name}"
                yield email_or_error(raw, ordinal, options.encoding, where)


READER = MboxReader()
