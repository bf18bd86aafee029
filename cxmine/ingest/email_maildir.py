"""Maildir folders: one message per file in ``cur/`` and ``new/`` (``tmp/`` holds deliveries in progress)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from cxmine.errors import ReaderError
from cxmine.ingest.base import RawMessage, ReadOptions, RecordError
from cxmine.ingest.email_common import email_or_error
from cxmine.ingest.textio import read_whole

_SUBDIRS = ("cur", "new")


class MaildirReader:
    """A Maildir directory; its messages in file-name order (Maildir names start with the delivery time)."""

    name = "maildir"
    channel = "email"
    extensions: tuple[str, ...] = ()

    def sniff(self, path: Path, head: bytes) -> bool:
        """True for a directory with ``cur/`` and ``new/`` subfolders (``head`` is ignored)."""
        p = Path(path)
        return p.is_dir() and all((p / sub).is_dir() for sub in _SUBDIRS)

    def read(self, path: Path, options: ReadOptions) -> Iterator[RawMessage | RecordError]:
        """Yield one message per file; unreadable, headerless or too large files become RecordErrors."""
        root = Path(path)
        name = options.display_path or root.name
        if not self.sniff(root, b""):
            raise ReaderError("corrupt", f"{name} is not a Maildir folder: it needs cur/ and new/ subfolders")
        try:
            files = sorted(
                (f.name, sub, f)
                for sub in _SUBDIRS
                for f in (root / sub).iterdir()
                if not f.name.startswith(".") and f.is_file()
            )
        except OSError as exc:
            raise ReaderError("unreadable", f"Could not list {name}: {exc.strerror}") from exc
        for ordinal, (fname, sub, f) in enumerate(files):
            where = f"{name}/{sub}/{fname}"
            try:
                data = read_whole(f, where, options.max_file_bytes)
            except ReaderError as exc:  # one message file: the rest of the folder goes on
                yield RecordError(exc.error, exc.detail)
                continue
            yield email_or_error(data, ordinal, options.encoding, where)


READER = MaildirReader()
