"""The weekly report: one row per (ISO week, kind, key) in ``REPORT_SCHEMA``, written to ``OUT/report``
partitioned by week (``OUT/report/week=2026-W47/``).

Kinds: ``total`` (one row a week), ``channel`` and ``language`` (customer messages), ``intent`` (classified
questions or messages, with the repeat-contact rate), ``topic`` (assigned texts) and ``gap`` (unanswered
questions). Each row compares the week with the week before (like for like when the week is not over in the
data) and says whether the key is emerging (``cxmine.report.emerging``). Only the other stages' Parquet tables
are read; see ``docs/report.md``.

>>> result = build_report(Path("out"))                       # doctest: +SKIP
>>> write_report(Path("out"), result.table, result.weeks)    # doctest: +SKIP
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import numpy as np
import pyarrow as pa

from cxmine.errors import ParameterError, UsageError
from cxmine.report.emerging import BASELINE_WEEKS, TESTED_KINDS, emerging_test
from cxmine.report.events import DAY_US, WEEK_US, Events, Loaded, load
from cxmine.schema import REPORT_SCHEMA
from cxmine.store import dataset_exists, holds_out_lock, read_dataset, replace_partitions

__all__ = ["KINDS", "ReportResult", "build_report", "iso_week_name", "parse_week", "read_report", "write_report"]

KINDS = ("total", "channel", "language", "intent", "topic", "gap")
_MONDAY0_US = 4 * DAY_US  # 1970-01-05, the first Monday after the epoch: week index 0
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_WEEK = re.compile(r"(\d{4})-W(\d{2})")
_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_SOURCES = {"intent": ("intents", "classify"), "topic": ("topic_assignments", "topics"), "gap": ("unanswered", "gaps")}


def _utc(us: int) -> datetime:
    return _EPOCH + timedelta(microseconds=int(us))


def _week_index(t_us):  # int or np.ndarray of µs -> weeks since 1970-01-05
    return (t_us - _MONDAY0_US) // WEEK_US


def iso_week_name(index: int) -> str:
    """``2026-W47`` for a week index (weeks since Monday 1970-01-05)."""
    year, week, _ = _utc(_MONDAY0_US + index * WEEK_US).isocalendar()
    return f"{year}-W{week:02d}"


def parse_week(week: str) -> int:
    """The week index of an ISO week name like ``2026-W47``; a ParameterError naming ``week`` otherwise."""
    m = _WEEK.fullmatch(week.strip()) if isinstance(week, str) else None
    try:
        monday = date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1) if m else None
    except ValueError:
        monday = None
    if monday is None:
        raise ParameterError("week", f"must be an ISO week like 2026-W47 (year, W, week 01-53 of that year); got {week!r}")
    return (monday - date(1970, 1, 5)).days // 7


@dataclass
class ReportResult:
    """The rows built (``table``, REPORT_SCHEMA) for ``weeks``; ``week`` is the one asked for (or the latest)."""

    table: pa.Table
    week: str
    weeks: list[str]  # built, oldest first; ``week`` is the last
    available: list[str]  # weeks with customer messages, oldest first
    partial: bool  # ``week`` is not over in the data
    latest: datetime  # the last message timestamp in OUT/messages
    notes: list[str] = field(default_factory=list)  # what the reader should know (stale or missing tables)
    out: Path | None = None

    def rows(self, week: str | None = None) -> list[dict]:
        """The rows of one week (default: ``week``) as dicts, in table order."""
        week = week or self.week
        return [r for r in self.table.to_pylist() if r["week"] == week]


@dataclass
class _Kind:
    """One kind's events with key codes and week indexes, computed once for all weeks."""

    events: Events
    keys: np.ndarray
    codes: np.ndarray
    weeks: np.ndarray

    @classmethod
    def of(cls, events: Events) -> _Kind:
        keys, codes = np.unique(events.keys.astype(str), return_inverse=True)
        return cls(events, keys, codes.reshape(-1), _week_index(events.t))

    def count(self, mask: np.ndarray) -> np.ndarray:
        return np.bincount(self.codes[mask], minlength=len(self.keys))


@holds_out_lock
def build_report(out: Path, week: str | None = None) -> ReportResult:
    """Build the report rows of ``week`` (default: the latest ISO week with customer messages) from OUT's tables.

    Earlier weeks with data that ``OUT/report`` lacks, or holds only as a partial week, are built too, so a first
    run fills the history and last week's partial rows are completed. Nothing is written: pass the result to
    ``write_report``.
    """
    out = Path(out)
    data = load(out)
    kinds = {k: _Kind.of(e) for k, e in data.events.items() if len(e.t)}
    if "total" not in kinds:
        raise UsageError(f"{out / 'messages'} has no dated customer message; the weekly report counts those")
    available = sorted(set(kinds["total"].weeks.tolist()))
    target = parse_week(week) if week is not None else available[-1]
    if target not in available:
        names = [iso_week_name(w) for w in available]
        shown = ", ".join(names) if len(names) <= 12 else f"{', '.join(names[:3])}, …, {', '.join(names[-8:])}"
        raise ParameterError("week", f"no customer messages in {iso_week_name(target)}; weeks with data: {shown}")
    existing = report_weeks(out)
    todo = [w for w in available if w < target and existing.get(iso_week_name(w), True)] + [target]
    rows = [r for w in todo for r in _week_rows(data, kinds, w)]
    table = pa.Table.from_pylist(rows, schema=REPORT_SCHEMA)
    partial = data.latest < _MONDAY0_US + (target + 1) * WEEK_US
    return ReportResult(table, iso_week_name(target), [iso_week_name(w) for w in todo],
                        [iso_week_name(w) for w in available], partial, _utc(data.latest),
                        _notes(data, kinds, target, partial), out)


def _week_rows(data: Loaded, kinds: dict[str, _Kind], w: int) -> list[dict]:
    start = _MONDAY0_US + w * WEEK_US
    partial = data.latest < start + WEEK_US
    has_before = w - 1 >= _week_index(data.earliest)
    name = iso_week_name(w)
    rows = []
    for kind in KINDS:
        k = kinds.get(kind)
        if k is None:
            continue
        now = k.count(k.weeks == w)
        if not has_before:
            before = None
        elif partial:  # like for like: Monday 00:00 up to the same weekday and time of the week before
            before = k.count((k.events.t >= start - WEEK_US) & (k.events.t <= data.latest - WEEK_US))
        else:
            before = k.count(k.weeks == w - 1)
        p = np.full(len(k.keys), np.nan)
        flag = np.zeros(len(k.keys), dtype=bool)
        if kind in TESTED_KINDS:
            p, flag = emerging_test(now, k.count((k.weeks >= w - BASELINE_WEEKS) & (k.weeks < w)))
        rates = _repeat_rates(k, w, data.repeated) if kind == "intent" else {}
        total = int(now.sum())
        keep = (now > 0) if before is None else (now > 0) | (before > 0)
        for i in sorted(np.flatnonzero(keep), key=lambda i: (-now[i], k.keys[i])):
            key, n = str(k.keys[i]), int(now[i])
            n_before = None if before is None else int(before[i])
            rows.append({
                "week": name, "kind": kind, "key": key, "label": k.events.labels.get(key) or key, "n": n,
                "share": n / total if total else 0.0, "n_before": n_before,
                "change": (n - n_before) / n_before if n_before else None,
                "emerging": bool(flag[i]), "p_value": None if np.isnan(p[i]) else float(p[i]),
                "repeat_contact_rate": rates.get(i), "unanswered": n if kind == "gap" else None, "partial": partial,
            })
    return rows


def _repeat_rates(k: _Kind, w: int, repeated: dict[str, bool]) -> dict[int, float | None]:
    """Per key code: the share of its contacts this week (with a customer_key) that are repeated within 7 days."""
    per: dict[int, set] = {}
    for i in np.flatnonzero(k.weeks == w):
        per.setdefault(int(k.codes[i]), set()).add(k.events.contacts[i])
    rates: dict[int, float | None] = {}
    for code, contacts in per.items():
        flags = [repeated[c] for c in contacts if c in repeated]
        rates[code] = sum(flags) / len(flags) if flags else None
    return rates


def _notes(data: Loaded, kinds: dict[str, _Kind], target: int, partial: bool) -> list[str]:
    name = iso_week_name(target)
    notes = []
    if partial:
        latest = _utc(data.latest)
        notes.append(f"{name} runs to {_WEEKDAYS[latest.weekday()]} {latest:%H:%M} UTC in the data; n_before counts "
                     f"the same span of {iso_week_name(target - 1)} (like for like)")
    for kind, (table, command) in _SOURCES.items():
        if table in data.missing:
            notes.append(f"no OUT/{table}: run 'cxmine {command} OUT' for the {kind} rows")
        elif kind in kinds and kinds[kind].weeks.max() < target:
            notes.append(f"OUT/{table} has nothing dated in {name} (its last week is "
                         f"{iso_week_name(int(kinds[kind].weeks.max()))}): rerun 'cxmine {command} OUT' after ingesting")
    return notes


def report_weeks(out: Path) -> dict[str, bool]:
    """The weeks OUT/report holds, each with whether it was built as a partial week."""
    path = Path(out) / "report"
    if not dataset_exists(path):
        return {}
    t = read_dataset(path, REPORT_SCHEMA, columns=["week", "partial"])
    weeks: dict[str, bool] = {}
    for w, p in zip(t.column("week").to_pylist(), t.column("partial").to_pylist(), strict=True):
        weeks[w] = weeks.get(w, False) or bool(p)
    return weeks


@holds_out_lock
def write_report(out: Path, table: pa.Table, weeks: list[str]) -> Path:
    """Replace the ``weeks`` partitions of OUT/report with their rows of ``table`` (other weeks stay); atomic."""
    return replace_partitions(table, Path(out) / "report", REPORT_SCHEMA, "week", list(weeks))


def read_report(out: Path, week: str | None = None) -> pa.Table:
    """OUT/report (REPORT_SCHEMA), or one week of it, sorted by week, kind and n."""
    t = read_dataset(Path(out) / "report", REPORT_SCHEMA)
    rows = [r for r in t.to_pylist() if week is None or r["week"] == week]
    rows.sort(key=lambda r: (r["week"], KINDS.index(r["kind"]) if r["kind"] in KINDS else 99, -r["n"], r["key"]))
    return pa.Table.from_pylist(rows, schema=REPORT_SCHEMA)
