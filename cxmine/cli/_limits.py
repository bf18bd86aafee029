"""The input limits of ``cxmine ingest`` and ``cxmine run``, declared once (spaCy's shared ``Opt``s): the largest
file read whole, the longest streamed record, and the zip-bomb limits of ``ZipLimits``.

Sizes are MiB (fractions allowed), the ratio a plain number. Click checks each value before anything is read: a
value that is not a number, or not above 0 (the ratio: below 1), is a usage error (exit code 2) naming the option.
"""

from __future__ import annotations

import math

import typer

MIB = 1024**2
PANEL = "Limits"


def _check(value: float | None, lowest: float, inclusive: bool) -> float | None:
    """``value`` when it is a finite number above ``lowest`` (or equal to it, when ``inclusive``); else a usage
    error short enough for one line of Click's error box."""
    if value is None:
        return value
    if value != value or value == math.inf:  # NaN, inf
        raise typer.BadParameter(f"must be a finite number, got {value:g}")
    if value < lowest or (value == lowest and not inclusive):
        raise typer.BadParameter(f"must be {'at least' if inclusive else 'above'} {lowest:g}, got {value:g}")
    return value


def _size(value: float | None) -> float | None:
    return _check(value, 0, inclusive=False)


def _ratio(value: float | None) -> float | None:
    return _check(value, 1, inclusive=True)


def max_file_mb(panel: str | None = PANEL) -> typer.models.OptionInfo:
    return typer.Option(None, "--max-file-mb", callback=_size, rich_help_panel=panel, help=(
        "Largest file read whole into memory (JSON documents, transcripts, WhatsApp chats, e-mails), in MiB; a "
        "larger one is an error row (default 1024)."))


def max_record_mb(panel: str | None = PANEL) -> typer.models.OptionInfo:
    return typer.Option(None, "--max-record-mb", callback=_size, rich_help_panel=panel, help=(
        "Longest line or record of a streamed file (JSON Lines, CSV), in MiB; a longer one is an error row "
        "(default 64)."))


def max_zip_mb(panel: str | None = PANEL) -> typer.models.OptionInfo:
    return typer.Option(None, "--max-zip-mb", callback=_size, rich_help_panel=panel, help=(
        "Most that one .zip (with the zips inside it) may unpack to, in MiB; members beyond it are error rows "
        "(default 2048)."))


def max_zip_member_mb(panel: str | None = PANEL) -> typer.models.OptionInfo:
    return typer.Option(None, "--max-zip-member-mb", callback=_size, rich_help_panel=panel, help=(
        "Largest single .zip member, uncompressed, in MiB; a larger one is an error row (default 8192)."))


def max_zip_ratio(panel: str | None = PANEL) -> typer.models.OptionInfo:
    return typer.Option(None, "--max-zip-ratio", callback=_ratio, rich_help_panel=panel, help=(
        "Highest compression ratio of a .zip member over 8 MiB, a sign of a zip bomb; a member above it is an "
        "error row (default 100)."))


def _bytes(mib: float | None) -> int | None:
    return None if mib is None else max(1, int(mib * MIB))


def read_limits(max_file_mb: float | None, max_record_mb: float | None) -> dict[str, int]:
    """``ReadOptions`` keyword arguments for the limits given (None: the reader's default)."""
    given = {"max_file_bytes": _bytes(max_file_mb), "max_record_bytes": _bytes(max_record_mb)}
    return {k: v for k, v in given.items() if v is not None}


def zip_limits(max_zip_ratio: float | None, max_zip_mb: float | None, max_zip_member_mb: float | None) -> object:
    """The ``ZipLimits`` for the limits given (None: the default)."""
    from cxmine.ingest.discover import ZipLimits

    given = {"max_ratio": max_zip_ratio, "max_total_bytes": _bytes(max_zip_mb),
             "max_member_bytes": _bytes(max_zip_member_mb)}
    return ZipLimits(**{k: v for k, v in given.items() if v is not None})
