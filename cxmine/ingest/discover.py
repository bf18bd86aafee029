"""Turn the paths a user gives into input files: folders recursively, Maildir folders, .zip archives.

Zip members are read as streams (``source.ZipMember``: decompressed as read, never written to disk) and reported
as ``archive.zip!member/path``; only a zip inside a zip is extracted, into a private temporary folder deleted
afterwards. Hidden files and folders (``.DS_Store``, ``.git``) and OS junk are skipped.
What cannot or must not be read is named as a ``DiscoveryError`` and the walk goes on: symbolic links to
folders, dangling links and link loops, unreadable folders, zip members with absolute paths, ``..`` or empty
names, and members beyond the zip-bomb limits of ``ZipLimits``.
"""

from __future__ import annotations

import errno
import os
import shutil
import stat
import tempfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from cxmine.ingest.source import ZipMember, copy_input

_JUNK = {"thumbs.db", "desktop.ini", ".ds_store"}
# documentation that sits next to exports; skipped in folder walks (a file named explicitly is still read)
_DOCS = ("readme", "license", "licence", "changelog")
_DOC_SUFFIXES = (".md", ".rst", ".toml", ".yml", ".yaml", ".cfg", ".ini")  # docs and configuration, never exports


def is_doc(name: str) -> bool:
    low = name.lower()
    return low.startswith(_DOCS) or low.endswith(_DOC_SUFFIXES)


MAX_ZIP_MEMBER = 8 * 1024**3  # refuse zip bombs: one member larger than 8 GiB uncompressed


@dataclass(frozen=True)
class ZipLimits:
    """Limits that real exports never reach and zip bombs do (each breach is an error row; the rest goes on).

    ``max_ratio``: uncompressed / compressed size of a member larger than ``ratio_min_bytes`` (text exports
    compress 5-20:1; a bomb of zeros 1000:1). ``max_total_bytes``: everything one zip (with the zips inside it)
    may unpack to. ``max_member_bytes``: one member.
    """

    max_ratio: float = 100.0
    ratio_min_bytes: int = 8 * 1024**2
    max_total_bytes: int = 2 * 1024**3
    max_member_bytes: int = MAX_ZIP_MEMBER


@dataclass
class _Budget:
    """What is left of one top-level zip's ``max_total_bytes``, shared with the zips inside it."""

    left: int
    limits: ZipLimits = field(default_factory=ZipLimits)


@dataclass(frozen=True)
class InputFile:
    path: Path | ZipMember  # where to read it (a zip member is read as a stream)
    display: str  # the path as the user gave it (zip members: "a.zip!dir/x.eml")
    is_dir: bool = False  # a Maildir folder


@dataclass(frozen=True)
class DiscoveryError:
    display: str
    error: str
    detail: str


_OUT_MARKERS = (".cxmine", ".cxmine.lock")  # what every cxmine OUT folder holds


def is_maildir(path: Path) -> bool:
    return path.is_dir() and (path / "cur").is_dir() and (path / "new").is_dir()


def _walk(root: Path, display_root: str, limits: ZipLimits) -> Iterator[InputFile | DiscoveryError]:
    try:
        if is_maildir(root):
            yield InputFile(root, display_root, is_dir=True)
            return
        entries = sorted(os.scandir(root), key=lambda e: e.name)
    except OSError as exc:
        yield DiscoveryError(display_root, "unreadable", f"could not list the folder ({_why(exc)})")
        return
    if any(e.name in _OUT_MARKERS for e in entries):
        # last week's OUT kept inside the export folder: its Parquet tables are cxmine's output, not an export
        yield DiscoveryError(display_root, "skipped", "an output folder of an earlier cxmine run (it holds "
                             ".cxmine); not read as input")
        return
    for entry in entries:
        if entry.name.startswith(".") or entry.name.lower() in _JUNK:
            continue
        disp = os.path.join(display_root, entry.name)
        try:
            yield from _entry(entry, disp, limits)
        except OSError as exc:  # a folder or file that vanished or may not be read: name it, go on
            yield DiscoveryError(disp, "unreadable", f"could not read it ({_why(exc)})")


def _why(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__


def _entry(entry: os.DirEntry, disp: str, limits: ZipLimits) -> Iterator[InputFile | DiscoveryError]:
    """One folder entry: a folder to walk, a file to read, or something named and skipped."""
    if entry.is_symlink():
        try:
            st = os.stat(entry.path)  # follows the link
        except OSError as exc:
            what = (
                "a symbolic link loop" if exc.errno == errno.ELOOP
                else "a symbolic link to nothing" if isinstance(exc, FileNotFoundError)
                else f"a symbolic link that cannot be followed ({_why(exc)})"
            )
            yield DiscoveryError(disp, "skipped", f"{what}; not read")
            return
        if stat.S_ISDIR(st.st_mode):
            yield DiscoveryError(disp, "skipped", "a symbolic link to a folder, not followed; name the folder to read it")
            return
        is_file = stat.S_ISREG(st.st_mode)
    elif entry.is_dir(follow_symlinks=False):
        yield from _walk(Path(entry.path), disp, limits)
        return
    else:
        is_file = entry.is_file(follow_symlinks=False)
    if not is_file:
        yield DiscoveryError(disp, "skipped", "not a regular file (a device, socket or pipe); not read")
    elif not is_doc(entry.name):
        yield from _file(Path(entry.path), disp, limits)


def _file(
    path: Path, display: str, limits: ZipLimits, budget: _Budget | None = None
) -> Iterator[InputFile | DiscoveryError]:
    if path.suffix.lower() == ".zip" and zipfile.is_zipfile(path):
        yield from _zip(path, display, budget or _Budget(limits.max_total_bytes, limits))
    else:
        yield InputFile(path, display)


def _odd_name(name: str) -> str | None:
    """Why a zip member's name is not one to read (it could point outside any folder), or None."""
    parts = name.replace("\\", "/").split("/")
    if not name.strip("/\\ "):
        return "has an empty name"
    if parts[0] == "" or (len(parts[0]) >= 2 and parts[0][1] == ":"):
        return "has an absolute path"
    if ".." in parts:
        return "has '..' in its path"
    return None


def _too_large(info: zipfile.ZipInfo, budget: _Budget) -> str | None:
    """Why a member breaks the zip-bomb limits, or None (sizes from the archive; zipfile holds a member to them)."""
    lim = budget.limits
    size = info.file_size
    if size > lim.max_member_bytes:
        return (f"zip member is {size} bytes uncompressed, more than {lim.max_member_bytes}; if it is a real export, "
                "raise the max_zip_member_mb limit")
    if size > lim.ratio_min_bytes and size > lim.max_ratio * max(info.compress_size, 1):
        ratio = size / max(info.compress_size, 1)
        return (f"zip member's compression ratio is {ratio:.0f}:1, above {lim.max_ratio:g}:1 (a zip bomb?); if it is "
                "a real export, raise the max_zip_ratio limit")
    if size > budget.left:
        return (f"the archive unpacks to more than {lim.max_total_bytes} bytes; members from here on are not read "
                "(the max_zip_mb limit)")
    return None


def _zip(path: Path, display: str, budget: _Budget) -> Iterator[InputFile | DiscoveryError]:
    try:
        zf = zipfile.ZipFile(path)
    except UnicodeDecodeError:
        yield DiscoveryError(display, "corrupt", "a member name is marked as UTF-8 but is not valid UTF-8")
        return
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        yield DiscoveryError(display, "corrupt", f"not a readable zip archive ({type(exc).__name__})")
        return
    tmp = Path(tempfile.mkdtemp(prefix="cxmine-zip-"))  # for zips inside this zip only
    try:
        with zf:
            for info in sorted(zf.infolist(), key=lambda i: i.filename):
                name = info.filename
                disp = f"{display}!{name}"
                odd = _odd_name(name)
                if odd:
                    yield DiscoveryError(disp, "skipped", f"zip member {odd}; not read")
                    continue
                base = name.rstrip("/").split("/")[-1]
                if info.is_dir() or base.startswith(".") or "__MACOSX" in name or base.lower() in _JUNK or is_doc(base):
                    continue
                why = _too_large(info, budget)
                if why:
                    yield DiscoveryError(disp, "too_large", why)
                    continue
                budget.left -= info.file_size
                if not base.lower().endswith(".zip"):
                    # read as a stream by the reader, never written to disk (the limits above still hold:
                    # zipfile stops a member at its stated size)
                    yield InputFile(ZipMember(path, info), disp)
                    continue
                # a zip inside the zip: extracted to the private temporary folder to be opened in turn
                target = tmp / f"m{info.header_offset}" / base
                target.parent.mkdir(parents=True, exist_ok=True)
                try:
                    copy_input(ZipMember(path, info), target)
                except (zipfile.BadZipFile, OSError, RuntimeError, EOFError, ValueError) as exc:
                    yield DiscoveryError(disp, "corrupt", f"could not extract zip member ({type(exc).__name__})")
                    continue
                yield from _file(target, disp, budget.limits, budget)
                try:
                    target.unlink()
                except OSError:
                    pass
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def discover(paths: list[Path | str], limits: ZipLimits | None = None, exclude: Path | str | None = None
             ) -> Iterator[InputFile | DiscoveryError]:
    """Every input file below ``paths`` in a stable (sorted) order; missing paths become errors.

    ``limits``: the zip-bomb limits (default ``ZipLimits()``); each zip named in ``paths`` or found in a folder
    has its own ``max_total_bytes``, shared with the zips inside it. ``exclude``: a folder whose files are never
    input (the run's OUT, when it was placed inside an input folder).
    """
    if exclude is not None:
        yield from _outside(discover(paths, limits), Path(exclude))
        return
    limits = limits or ZipLimits()
    for raw in paths:
        p = Path(raw)
        disp = str(raw)
        try:
            if not p.exists():
                yield DiscoveryError(disp, "not_found", "no such file or folder")
            elif p.is_dir():
                yield from _walk(p, disp, limits)
            else:
                yield from _file(p, disp, limits)
        except OSError as exc:
            yield DiscoveryError(disp, "unreadable", f"could not read it ({_why(exc)})")


def _outside(items: Iterator[InputFile | DiscoveryError], folder: Path) -> Iterator[InputFile | DiscoveryError]:
    """``items`` without the files inside ``folder``: an OUT folder placed inside an input folder is not read back
    as input on the next run."""
    root = Path(folder).resolve()
    for item in items:
        # this run's own OUT, named as an output folder: not an error of the input (realpath: a link loop named
        # as an error must not raise here)
        if isinstance(item, DiscoveryError) and "!" not in item.display and os.path.realpath(item.display) == str(root):
            continue
        if isinstance(item, InputFile) and not item.display.count("!"):
            try:
                if item.path.resolve().is_relative_to(root):
                    continue
            except OSError:
                pass
        yield item
