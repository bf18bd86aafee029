"""Where a reader's bytes come from: a file on disk, or a member of a .zip archive read as a stream.

Readers open their input with :func:`open_input` and ask its size with :func:`input_size`; a ``ZipMember`` is then
decompressed as it is read and never written to disk (no temporary copy of customer text, no disk filled by a
zip bomb). ``ZipMember`` is path-like for its name and suffix only ("a.zip!/dir/x.eml" -> "x.eml"): opening its
``os.fspath`` directly fails, which is what a reader that skipped :func:`open_input` should do.
"""

from __future__ import annotations

import os
import shutil
import zipfile
from pathlib import Path
from typing import BinaryIO


class ZipMember(os.PathLike):
    """One member of a .zip archive, opened afresh (and decompressed as read) each time it is read."""

    def __init__(self, archive: Path, info: zipfile.ZipInfo) -> None:
        self.archive = Path(archive)
        self.info = info

    def __fspath__(self) -> str:
        return f"{self.archive}!/{self.info.filename}"

    def __repr__(self) -> str:
        return f"ZipMember({self.archive.name!r}, {self.info.filename!r})"

    @property
    def name(self) -> str:
        return self.info.filename.rstrip("/").split("/")[-1]

    @property
    def suffix(self) -> str:
        return Path(self.name).suffix

    @property
    def size(self) -> int:
        """Uncompressed size as the archive states it (``zipfile`` never reads a member past it)."""
        return self.info.file_size

    def open(self) -> BinaryIO:
        """The member's bytes, decompressed as read (the archive file stays open until the stream is closed)."""
        with zipfile.ZipFile(self.archive) as zf:
            return zf.open(self.info)


def open_input(path: Path | ZipMember) -> BinaryIO:
    """The input's bytes as a binary stream (a zip member decompressed as read)."""
    return path.open() if isinstance(path, ZipMember) else open(path, "rb")


def input_size(path: Path | ZipMember, fh: BinaryIO | None = None) -> int:
    """The input's size in bytes (a zip member's uncompressed size)."""
    if isinstance(path, ZipMember):
        return path.size
    return os.fstat(fh.fileno()).st_size if fh is not None else os.stat(path).st_size


def copy_input(path: Path | ZipMember, target: Path) -> Path:
    """Copy the input's bytes to ``target`` (a zip member for a reader, a nested zip or a Spark task that needs a
    real file) and return ``target``."""
    with open_input(path) as src, open(target, "wb") as dst:
        shutil.copyfileobj(src, dst, 1 << 20)
    return target
