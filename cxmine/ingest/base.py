"""What every reader produces, and the registry that finds the reader for a file.

A reader is small: a ``name``, a ``channel``, ``sniff(path, head) -> bool`` and
``read(path, options) -> Iterator[RawMessage | RecordError]``. It knows its format and nothing else: ids,
language, cleaning, redaction and writing are done by the pipeline (``cxmine.pipeline.run``), the same for all.

To add a format: write one module with a reader object and add it to ``READERS`` in ``cxmine/ingest/__init__.py``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Protocol


@dataclass
class RawMessage:
    """One message / turn as the source file has it, before ids, cleaning and redaction."""

    text: str
    channel: str  # email | chat | call
    # The conversation this message belongs to, as the source names it (ticket id, conversation id, a file's
    # content hash for one-conversation files). None for email: the pipeline rebuilds threads from headers.
    conversation: str | None = None
    native_id: str | None = None  # Message-ID header, chat message id, cue id ...
    sent_at: datetime | None = None  # aware datetimes are converted to UTC; naive ones are taken as UTC
    speaker: str = "unknown"  # customer | agent | bot | system | unknown
    author: str | None = None  # email address / phone number / user id of the author (hashed, never stored)
    author_name: str | None = None  # display name (used for redaction of names, never stored)
    recipients: tuple[str, ...] = ()  # email To/Cc addresses (direction of a thread)
    subject: str | None = None
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    n_attachments: int = 0
    html: str | None = None  # the HTML body when the text was converted from HTML (quote stripping uses it)
    ordinal: int = 0  # position of this message in its file (for stable ids of messages without a native id)
    extra: dict = field(default_factory=dict)


@dataclass
class RecordError:
    """A record inside a file that could not be read; the rest of the file goes on."""

    error: str  # short kind: corrupt, encoding, missing_field, ...
    detail: str  # a sentence without customer text (say which record: line number, index)


@dataclass
class ReadOptions:
    """Options a reader may use; most readers ignore most of them."""

    text_column: str | None = None
    id_column: str | None = None
    time_column: str | None = None
    contact_column: str | None = None
    speaker_column: str | None = None
    channel: str | None = None  # for table inputs
    encoding: str | None = None  # force a text encoding
    display_path: str | None = None  # the path as the user gave it (for messages); zip members: "a.zip!x.eml"
    # the longest line / record a streaming reader reads (64 MiB; see textio.MAX_RECORD_BYTES); longer: an error
    max_record_bytes: int = 64 * 1024**2
    # the largest file a reader reads whole into memory (1 GiB; see textio.MAX_FILE_BYTES); larger: the file is an
    # error row (``too_large``), checked before it is read
    max_file_bytes: int = 1024**3


class Reader(Protocol):
    name: str
    channel: str  # default channel of this reader's messages
    extensions: tuple[str, ...]  # lower-case, with dot: (".eml",)

    # Readers open their input with ``source.open_input`` (a zip member is then read as a stream); a reader that
    # needs a real file sets ``reads_streams = False`` and is given a temporary copy of a zip member instead.

    def sniff(self, path: Path, head: bytes) -> bool:
        """True when this file looks like this reader's format. ``head`` holds the first 64 KiB."""
        ...

    def read(self, path: Path, options: ReadOptions) -> Iterator[RawMessage | RecordError]:
        """Yield the file's messages in order. Raise ``cxmine.errors.ReaderError`` when the whole file fails."""
        ...
