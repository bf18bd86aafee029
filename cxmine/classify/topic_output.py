"""The topic tables (OUT/topics, OUT/topic_assignments, OUT/topic_weekly) and the rich summary for people.

Outliers have a row of their own, ``<lang>-outlier``, so sizes and shares add up to all texts.
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from cxmine.schema import ASSIGNMENT_SCHEMA, TOPIC_SCHEMA, WEEKLY_SCHEMA  # noqa: F401 - re-exported


def _ids(outcome: object, labels: np.ndarray) -> list[str]:
    names = [t.topic_id for t in outcome.model.topics]
    outlier = f"{outcome.lang}-outlier"
    return [names[t] if t >= 0 else outlier for t in labels]


def topics_table(outcomes: dict, n_total: int) -> pa.Table:
    """One row per topic with texts this run (plus the outlier row when there are outliers), by size."""
    rows = []
    for lang, o in outcomes.items():
        n = len(o.labels)
        for t, entry in enumerate(o.model.topics):
            if o.sizes[t] == 0:
                continue
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
                }
            )
    rows.sort(key=lambda r: (-r["size"], r["topic_id"]))
    for r in rows:
        for k in ("first_seen", "last_seen"):
            if r[k] is not None:
                r[k] = r[k].astype("datetime64[us]").item()
    return pa.Table.from_pylist(rows, schema=TOPIC_SCHEMA)


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


def trends(weekly: pa.Table) -> dict[str, str]:
    """Per topic: texts in the previous ISO week → the last week, and the change ("10→14 +40%").

    Weeks are taken per language: exports of one language may end a week before another's.
    """
    by_lang: dict[str, list[dict]] = {}
    for r in weekly.to_pylist():
        if r["iso_week"]:
            by_lang.setdefault(r["language"], []).append(r)
    out: dict[str, str] = {}
    for rows in by_lang.values():
        weeks = sorted({r["iso_week"] for r in rows})
        if len(weeks) < 2:
            continue
        last, prev = weeks[-1], weeks[-2]
        now: dict[str, int] = {}
        before: dict[str, int] = {}
        for r in rows:
            if r["iso_week"] == last:
                now[r["topic_id"]] = now.get(r["topic_id"], 0) + r["n"]
            elif r["iso_week"] == prev:
                before[r["topic_id"]] = before.get(r["topic_id"], 0) + r["n"]
        for tid in set(now) | set(before):
            a, b = now.get(tid, 0), before.get(tid, 0)
            # the counts, not only a percentage: in a partial last week "-100%" alone would alarm for nothing
            if b == 0:
                out[tid] = f"0→{a} new"
            elif a == b:
                out[tid] = f"{b}→{a} ="
            else:
                out[tid] = f"{b}→{a} {(a - b) / b:+.0%}"
    return out


def render_topics(result: object, console: object, top: int = 30) -> None:
    """Print the topics as a rich table, largest first, with share, trend and an example."""
    from rich.table import Table

    trend = trends(result.weekly)
    table = Table(title=f"Topics in {result.n_texts:,} texts", show_lines=False)
    for col, kw in (
        ("topic", {"no_wrap": True}),
        ("size", {"justify": "right"}),
        ("share", {"justify": "right"}),
        ("trend", {"justify": "right"}),
        ("key phrases", {"max_width": 40}),
        ("example", {"max_width": 60}),
    ):
        table.add_column(col, **kw)
    rows = result.topics.to_pylist()
    for r in rows[:top]:
        phrases = r["label"].split(" — ")[0] if " — " in r["label"] else r["label"]
        example = (r["examples"] or [""])[0]
        table.add_row(r["topic_id"], f"{r['size']:,}", f"{r['share']:.1%}", trend.get(r["topic_id"], ""), phrases, example)
    console.print(table)
    if len(rows) > top:
        console.print(f"… {len(rows) - top} more topics in the topics table")
    for lang in sorted(result.outlier_share):
        console.print(
            f"{lang}: outliers {result.outlier_share_raw[lang]:.1%} before reduction, "
            f"{result.outlier_share[lang]:.1%} after",
            highlight=False,
        )
