"""The topic tables (OUT/topics, OUT/topic_assignments, OUT/topic_weekly) and the week-over-week trend.

Outliers have a row of their own, ``<lang>-outlier``, so sizes and shares add up to all texts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from cxmine.schema import ASSIGNMENT_SCHEMA, TOPIC_SCHEMA, WEEKLY_SCHEMA

__all__ = [
    "ASSIGNMENT_SCHEMA", "TOPIC_SCHEMA", "WEEKLY_SCHEMA", "Trend", "assignments_table", "iso_weeks", "themes_view",
    "topics_table", "trends", "weekly_table",
]


def _ids(outcome: object, labels: np.ndarray) -> list[str]:
    names = [t.topic_id for t in outcome.model.topics]
    outlier = f"{outcome.lang}-outlier"
    return [names[t] if t >= 0 else outlier for t in labels]


def topics_table(outcomes: dict, n_total: int, themes: list | None = None) -> pa.Table:
    """One row per topic with texts this run (plus the outlier row when there are outliers), by size.

    ``themes`` (``themes.link_themes``) fill ``theme_id`` / ``theme_label``; ``share`` is of the texts modelled
    in the topic's language.
    """
    theme_of = {m: (th.theme_id, th.label) for th in themes or [] for m in th.members}
    rows = []
    for lang, o in outcomes.items():
        n = len(o.labels)
        how = {"method": o.method, "method_reason": o.method_reason}
        for t, entry in enumerate(o.model.topics):
            if o.sizes[t] == 0:
                continue
            theme_id, theme_label = theme_of.get((lang, t), (None, None))
            rows.append(
                {
                    "topic_id": entry.topic_id,
                    "label": entry.label,
                    "keywords": entry.keywords,
                    "size": int(o.sizes[t]),
                    "share": float(o.sizes[t]) / n,
                    "language": lang,
                    "examples": o.examples[t],
                    "first_seen": o.first_seen[t],
                    "last_seen": o.last_seen[t],
                    "theme_id": theme_id,
                    "theme_label": theme_label,
                    **how,
                }
            )
        n_out = int((o.labels < 0).sum())
        if n_out:
            rows.append(
                {
                    "topic_id": f"{lang}-outlier",
                    "label": "(no topic)",
                    "keywords": [],
                    "size": n_out,
                    "share": n_out / n,
                    "language": lang,
                    "examples": [],
                    "first_seen": None,
                    "last_seen": None,
                    "theme_id": None,
                    "theme_label": None,
                    **how,
                }
            )
    rows.sort(key=lambda r: (-r["size"], r["topic_id"]))
    for r in rows:
        for k in ("first_seen", "last_seen"):
            if r[k] is not None:
                r[k] = r[k].astype("datetime64[us]").item()
    return pa.Table.from_pylist(rows, schema=TOPIC_SCHEMA)


def themes_view(topics: pa.Table) -> list[dict]:
    """One row per theme of a topics table: per language its texts, share of that language's texts and topics.

    Each row: ``theme_id``, ``label``, ``size``, ``languages`` ({lang: {"n", "share", "topics"}}) and
    ``example``; themes by size (ties in theme number order: theme-9 before theme-10), the outliers of every
    language last as one ``outlier`` row. The example comes from the topic the theme label is taken from
    (``themes.theme_label``: the largest English topic when the theme has one, else the largest topic), so label
    and example describe the same questions.
    """
    rows: dict[str, dict] = {}
    example_from: dict[str, tuple] = {}  # theme -> (English?, size) of the topic its example comes from
    for r in topics.to_pylist():
        outlier = r["topic_id"].endswith("-outlier")
        key = "outlier" if outlier else (r.get("theme_id") or r["topic_id"])
        row = rows.setdefault(key, {"theme_id": key, "label": "(no topic)" if outlier else (r.get("theme_label")
                                    or r["label"]), "size": 0, "languages": {}, "example": ""})
        row["size"] += r["size"]
        cell = row["languages"].setdefault(r["language"], {"n": 0, "share": 0.0, "topics": []})
        cell["n"] += r["size"]
        cell["share"] += r["share"]
        if not outlier:
            cell["topics"].append(r["topic_id"])
        rank = (r["language"] == "en", r["size"])
        if r["examples"] and (key not in example_from or rank > example_from[key]):
            row["example"] = r["examples"][0]
            example_from[key] = rank
    return sorted(rows.values(), key=lambda r: (r["theme_id"] == "outlier", -r["size"], _number(r["theme_id"])))


def _number(theme_id: str) -> tuple[int, str]:
    """Sort key of an id: ``theme-9`` before ``theme-10`` (a string sort puts it after)."""
    head, _, tail = theme_id.rpartition("-")
    return (int(tail), head) if tail.isdigit() else (-1, theme_id)


def assignments_table(outcomes: dict, table: pa.Table) -> pa.Table:
    """One row per modelled text, in input order within each language."""
    parts = []
    for lang, o in outcomes.items():
        idx = pa.array(o.index)
        parts.append(
            pa.table(
                {
                    "message_id": table.column("message_id").take(idx),
                    "question_id": table.column("question_id").take(idx),
                    "topic_id": pa.array(_ids(o, o.labels), pa.string()),
                    "probability": pa.array(o.probability, pa.float32()),
                    "topic_id_raw": pa.array(_ids(o, o.labels_raw), pa.string()),
                    "language": pa.array([lang] * len(o.index), pa.string()),
                },
                schema=ASSIGNMENT_SCHEMA,
            )
        )
    return pa.concat_tables(parts) if parts else ASSIGNMENT_SCHEMA.empty_table()


def iso_weeks(sent_at: pa.ChunkedArray | pa.Array) -> list[str | None]:
    """ISO week strings like ``2026-W47`` (null where the date is null)."""
    years = pc.iso_year(sent_at).to_pylist()
    weeks = pc.iso_week(sent_at).to_pylist()
    return [None if y is None else f"{y}-W{w:02d}" for y, w in zip(years, weeks, strict=True)]


def weekly_table(outcomes: dict, table: pa.Table) -> pa.Table:
    """Texts per ISO week, topic and language (for the weekly report and trends)."""
    counts: dict[tuple, int] = {}
    for lang, o in outcomes.items():
        weeks = iso_weeks(table.column("sent_at").take(pa.array(o.index)))
        for week, tid in zip(weeks, _ids(o, o.labels), strict=True):
            counts[(week, tid, lang)] = counts.get((week, tid, lang), 0) + 1
    rows = [{"iso_week": w, "topic_id": t, "language": la, "n": n} for (w, t, la), n in counts.items()]
    rows.sort(key=lambda r: (r["iso_week"] or "", r["language"], -r["n"], r["topic_id"]))
    return pa.Table.from_pylist(rows, schema=WEEKLY_SCHEMA)


@dataclass
class Trend:
    """Per topic "before→now change" strings, and one note per language whose latest week is not over."""

    cells: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def trends(outcomes: dict, table: pa.Table) -> Trend:
    """Per topic: texts in the latest ISO week so far against the same span of the week before.

    The span runs from Monday 00:00 UTC to the latest timestamp of that language (exports of one language may
    end before another's). An export that ends on a Wednesday compares Monday-Wednesday with Monday-Wednesday
    of the previous week, so a week still in progress does not read as a drop; at a week's end it is a
    plain week-on-week comparison.
    """
    out = Trend()
    for lang, o in outcomes.items():
        ids = _ids(o, o.labels)
        times = table.column("sent_at").take(pa.array(o.index)).to_pylist()
        known = [t for t in times if t is not None]
        if not known:
            continue
        latest = max(known)
        week_start = (latest - timedelta(days=latest.weekday())).replace(hour=0, minute=0, second=0, microsecond=0)
        prev_start, prev_end = week_start - timedelta(days=7), latest - timedelta(days=7)
        if not any(prev_start <= t <= prev_end for t in known):
            continue  # no earlier week in the data: nothing to compare with
        now: dict[str, int] = {}
        before: dict[str, int] = {}
        for tid, t in zip(ids, times, strict=True):
            if t is None:
                continue
            if week_start <= t <= latest:
                now[tid] = now.get(tid, 0) + 1
            elif prev_start <= t <= prev_end:
                before[tid] = before.get(tid, 0) + 1
        for tid in set(now) | set(before):
            out.cells[tid] = _change(before.get(tid, 0), now.get(tid, 0))
        if latest - week_start < timedelta(days=6, hours=12):
            year, week, _ = latest.isocalendar()
            out.notes.append(
                f"{lang}: {year}-W{week:02d} runs to {_WEEKDAYS[latest.weekday()]} {latest:%H:%M} UTC; its trend "
                "compares it with the week before up to the same day and time"
            )
    return out


def _change(before: int, now: int) -> str:
    # the counts, not only a percentage: "-100%" on 1→0 would alarm for nothing
    if before == 0:
        return f"0→{now} new"
    if before == now:
        return f"{before}→{now} ="
    return f"{before}→{now} {(now - before) / before:+.0%}"
