"""Turn the paths a user gives into input files: folders recursively, Maildir folders, .zip archives.

Zip members are extracted one at a time into a temporary folder (deleted afterwards) and reported as
``archive.zip!member/path``. Hidden files and folders (``.DS_Store``, ``.git``) and OS junk are skipped.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

_JUNK = {"thumbs.db", "desktop.ini", ".ds_store"}
# documentation that sits next to exports; skipped in folder walks (a file named explicitly is still read)
_DOCS = ("readme", "license", "licence", "changelog")
_DOC_SUFFIXES = (".md", ".rst", ".toml", ".yml", ".yaml", ".cfg", ".ini")  # docs and configuration, never exports


def is_doc(name: str) -> bool:
    low = name.lower()
    return low.startswith(_DOCS) or low.endswith(_DOC_SUFFIXES)
MAX_ZIP_MEMBER = 8 * 1024**3  # refuse zip bombs: one member larger than 8 GiB uncompressed


@dataclass(frozen=True)
class InputFile:
    path: Path  # where to read it (a temporary copy for zip members)
    display: str  # the path as the user gave it (zip members: "a.zip!dir/x.eml")
    is_dir: bool = False  # a Maildir folder


@dataclass(frozen=True)
class DiscoveryError:
    display: str
    error: str
    detail: str


def is_maildir(path: Path) -> bool:
    return path.is_dir() and (path / "cur").is_dir() and (path / "new").is_dir()


def _walk(root: Path, display_root: str) -> Iterator[InputFile | DiscoveryError]:
    if is_maildir(root):
        yield InputFile(root, display_root, is_dir=True)
        return
    entries = sorted(os.scandir(root), key=lambda e: e.name)
    for entry in entries:
        if entry.name.startswith(".") or entry.name.lower() in _JUNK:
            continue
        if entry.is_file() and is_doc(entry.name):
            continue
        p = Path(entry.path)
        disp = os.path.join(display_root, entry.name)
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(p, disp)
        elif entry.is_file():
            yield from _file(p, disp)


def _file(path: Path, display: str) -> Iterator[InputFile | DiscoveryError]:
    if path.suffix.lower() == ".zip" and zipfile.is_zipfile(path):
        yield from _zip(path, display)
    else:
        yield InputFile(path, display)


def _zip(path: Path, display: str) -> Iterator[InputFile | DiscoveryError]:
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        yield DiscoveryError(display, "corrupt", f"not a readable zip archive ({type(exc).__name__})")
        return
    tmp = Path(tempfile.mkdtemp(prefix="cxmine-zip-"))
    try:
        with zf:
            for info in sorted(zf.infolist(), key=lambda i: i.filename):
                name = info.filename
                base = name.rstrip("/").split("/")[-1]
                if info.is_dir() or base.startswith(".") or "__MACOSX" in name or base.lower() in _JUNK:
                    continue
                disp = f"{display}!{name}"
                if info.file_size > MAX_ZIP_MEMBER:
                    yield DiscoveryError(disp, "too_large", f"zip member is {info.file_size} bytes uncompressed")
                    continue
                target = tmp / f"m{info.header_offset}" / base
                target.parent.mkdir(parents=True, exist_ok=True)
                try:
                    with zf.open(info) as src, open(target, "wb") as dst:
                        shutil.copyfileobj(src, dst, 1 << 20)
                except (zipfile.BadZipFile, OSError, RuntimeError, EOFError) as exc:
                    yield DiscoveryError(disp, "corrupt", f"could not extract zip member ({type(exc).__name__})")
                    continue
                yield from _file(target, disp)
                try:
                    target.unlink()
                except OSError:
                    pass
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def discover(paths: list[Path | str]) -> Iterator[InputFile | DiscoveryError]:
    """Every input file below ``paths`` in a stable (sorted) order; missing paths become errors."""
    for raw in paths:
        p = Path(raw)
        disp = str(raw)
        if not p.exists():
            yield DiscoveryError(disp, "not_found", "no such file or folder")
        elif p.is_dir():
            yield from _walk(p, disp)
        else:
            yield from _file(p, disp)
