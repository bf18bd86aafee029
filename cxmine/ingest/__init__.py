"""Readers, one small module per export format, all emitting ``RawMessage`` (see ``base.py``).

``READER_MODULES`` lists them in sniffing order: the specific formats first, generic tables last. Each module
defines ``READER``, an object with ``name``, ``channel``, ``extensions``, ``sniff`` and ``read``.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from cxmine.errors import UsageError
from cxmine.ingest.base import RawMessage, Reader, ReadOptions, RecordError

__all__ = ["RawMessage", "ReadOptions", "Reader", "RecordError", "all_readers", "get_reader", "detect_reader"]

READER_MODULES = (
    "email_eml",
    "email_mbox",
    "email_maildir",
    "email_msg",
    "chat_zendesk",
    "chat_intercom",
    "chat_json",
    "chat_whatsapp",
    "call_webvtt",
    "call_srt",
    "call_sbv",
    "call_whisper",
    "call_aws",
    "call_plain",
    "table",
)


@lru_cache(maxsize=1)
def all_readers() -> tuple[Reader, ...]:
    readers = []
    for mod in READER_MODULES:
        try:
            module = importlib.import_module(f"cxmine.ingest.{mod}")
        except ModuleNotFoundError as exc:
            if exc.name and (exc.name == "cxmine" or exc.name.startswith("cxmine.")):
                raise  # a reader module of our own is missing: a packaging bug, not an optional extra
            continue  # an optional reader whose library is not installed (they import it lazily anyway)
        readers.append(module.READER)
    return tuple(readers)


def get_reader(name: str) -> Reader:
    for r in all_readers():
        if r.name == name:
            return r
    names = ", ".join(r.name for r in all_readers())
    raise UsageError(f"Unknown format {name!r}; use one of: {names}")


def detect_reader(path: Path, head: bytes, readers: Sequence[Reader] | None = None) -> Reader | None:
    """The first reader whose extension matches and that sniffs yes; else the first that sniffs yes.

    ``readers``: the readers to choose from, in order (default: all of them).
    """
    suffix = path.suffix.lower()
    readers = all_readers() if readers is None else readers
    for r in readers:
        if suffix in r.extensions and r.sniff(path, head):
            return r
    for r in readers:
        if suffix not in r.extensions and r.sniff(path, head):
            return r
    return None
