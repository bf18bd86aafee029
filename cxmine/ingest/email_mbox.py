"""mbox files (one file, many messages, each after a ``From sender date`` line), read as a stream.

The file is split on separator lines here rather than with ``mailbox.mbox``, which indexes the whole file
first: memory stays bounded by the largest single message, whatever the size of the file. A separator is a
line ``From <sender> <date>`` with a clock time in it, so an unescaped "From time to time" in a body does not
split a message. ``>From`` lines are unescaped the mboxrd way (one ``>`` removed). A message larger than
``ReadOptions.max_record_bytes`` (a line of a bomb, a binary blob without line breaks) is one error row, skipped
without being held in memory, and the next message is read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from cxmine.errors import ReaderError
from cxmine.ingest.base import RawMessage, ReadOptions, RecordError
from cxmine.ingest.email_common import email_or_error
from cxmine.ingest.email_eml import looks_like_headers
from cxmine.ingest.source import open_input
from cxmine.ingest.textio import MAX_RECORD_BYTES, iter_lines

# After a blank line (how mbox writers separate messages) any "From x ... hh:mm" line separates; without the
# blank line only a strict asctime date does ("From alice@example.com Tue Nov  3 10:00:00 2020").
_SEPARATOR = re.compile(rb"From \S+ +.*\d{1,2}:\d\d")
_STRICT_SEPARATOR = re.compile(rb"From \S+ +[A-Z][a-z]{2} [A-Z][a-z]{2} +\d{1,2} \d{1,2}:\d\d")
_ESCAPED_FROM = re.compile(rb">+From ")


def iter_mbox_chunks(fh, max_bytes: int = MAX_RECORD_BYTES) -> Iterator[tuple[int, bytes | None]]:
    """Yield ``(first line number, raw message bytes)`` per message of an open binary mbox file; a message over
    ``max_bytes`` comes as ``(first line number, None)`` and is not kept in memory."""
    lines: list[bytes] = []
    size = 0
    too_large = False
    start = 0
    prev_blank = True
    lineno = 0
    for lineno, line in iter_lines(fh, max_bytes):
        if line is not None and line[:5] == b"From " and (
            lineno == 1 or (_SEPARATOR.match(line) if prev_blank else _STRICT_SEPARATOR.match(line))
        ):
            if lineno > 1:
                yield start, None if too_large else b"".join(lines)
            lines, size, too_large = [], 0, False
            start = lineno + 1
            prev_blank = False
            continue
        if line is None or too_large or size + len(line) > max_bytes:
            lines, too_large = [], True  # over the limit: drop what is held, wait for the next separator
            prev_blank = False
            continue
        if line[:1] == b">" and _ESCAPED_FROM.match(line):
            line = line[1:]
        lines.append(line)
        size += len(line)
        prev_blank = line == b"\n" or line == b"\r\n"
    if lineno:
        yield start, None if too_large else b"".join(lines)


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
            fh = open_input(path)  # closed by the with below, after the check
        except OSError as exc:
            raise ReaderError("unreadable", f"Could not read {name}: {exc.strerror}") from exc
        with fh:
            first = fh.read(5)
            if not first.strip():
                raise ReaderError("empty", f"{name} is empty")
            if first != b"From ":
                raise ReaderError("corrupt", f"{name} is not an mbox file: it does not start with a 'From ' line")
            fh.seek(0)
            for ordinal, (start, raw) in enumerate(iter_mbox_chunks(fh, options.max_record_bytes)):
                where = f"message {ordinal + 1} (line {start}) of {name}"
                if raw is None:
                    yield RecordError("too_large", f"{where}: larger than {options.max_record_bytes} bytes; skipped "
                                                   "(if it is a real message, raise the max_record_mb limit)")
                    continue
                yield email_or_error(raw, ordinal, options.encoding, where)


READER = MboxReader()
