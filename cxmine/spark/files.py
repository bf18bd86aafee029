"""Input files for the executors: the driver lists them with ``cxmine.ingest.discover`` (the local engine's own
walk: same order, same files skipped, same errors), each task opens its own.

Zip members exist only as temporary copies while ``discover`` walks the archive, so the driver copies each one
into the run's private staging folder inside OUT, where the executors can read it as a file of its own (the
members of one large archive are then spread over the tasks like any other files). Every unit carries its position
in discovery order, so the executors' rows can be put back in the order the local engine reads them.
Paths must be readable by the executors at the same place (the local disk for ``local[N]``, a shared mount such
as ``/dbfs/...`` or NFS on a cluster); OUT too.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from cxmine.ingest.discover import DiscoveryError, InputFile, ZipLimits, discover
from cxmine.ingest.source import ZipMember, copy_input


@dataclass(frozen=True)
class Unit:
    """One input an executor reads: a file (or a copied zip member) or a Maildir folder."""

    index: int  # position in discovery order
    path: str  # absolute path, as the executors open it
    display: str  # the path as the user gave it (source_file, error rows); zip members "a.zip!x.eml"
    is_dir: bool = False
    size: int = 0  # bytes, to spread large files over the tasks

    def input_file(self) -> InputFile:
        return InputFile(Path(self.path), self.display, is_dir=self.is_dir)


def _is_copy(item: InputFile) -> bool:
    """A zip member: ``discover`` hands out a stream (``ZipMember``) or, inside a nested zip, a temporary copy whose
    path is not the one displayed."""
    return isinstance(item.path, ZipMember) or os.path.normpath(str(item.path)) != os.path.normpath(item.display)


def plan(paths: list[Path | str], copies: Path, exclude: Path | None = None, limits: ZipLimits | None = None
         ) -> list[Unit | DiscoveryError]:
    """Every input below ``paths`` in discovery order (none inside ``exclude``, the run's OUT); zip members are
    copied into ``copies`` (made 0700). ``limits``: the zip-bomb limits, as for ``discover``."""
    out: list[Unit | DiscoveryError] = []
    files = discover(paths, limits, exclude=exclude)
    try:
        for i, item in enumerate(files):
            if isinstance(item, DiscoveryError):
                out.append(item)
                continue
            path = item.path
            if not item.is_dir and _is_copy(item):
                copies.mkdir(mode=0o700, parents=True, exist_ok=True)
                target = copies / f"{i:08d}" / item.path.name
                target.parent.mkdir(mode=0o700)
                path = copy_input(item.path, target)  # the Spark tasks read real files
            size = 0 if item.is_dir else path.stat().st_size
            out.append(Unit(i, str(Path(path).resolve()), item.display, item.is_dir, size))
    finally:
        files.close()  # the member being read is deleted now
    return out


def spread(units: list[Unit], slots: int) -> list[list[Unit]]:
    """Units dealt into at most ``slots`` groups of about equal bytes (largest first, each to the lightest)."""
    slots = max(1, min(slots, len(units)))
    groups: list[list[Unit]] = [[] for _ in range(slots)]
    load = [0] * slots
    for u in sorted(units, key=lambda u: (-u.size, u.index)):
        k = load.index(min(load))
        groups[k].append(u)
        load[k] += u.size + 4096  # a small cost per file, so many tiny files are spread too
    return [g for g in groups if g]
