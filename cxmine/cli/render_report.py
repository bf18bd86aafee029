"""The weekly report for people: rich tables in the terminal, a Markdown summary (CI job summaries), JSON rows.

All three take a ``ReportResult`` (``cxmine.report.weekly``) and show its selected week; the rows are the ones
written to OUT/report.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from rich.console import Console
from rich.table import Table
from rich.text import Text

from cxmine.report.emerging import ALPHA, BASELINE_WEEKS, MIN_COUNT, MIN_RATIO

if TYPE_CHECKING:
    from cxmine.report.weekly import ReportResult

RULE = (f"one-sided binomial test against the {BASELINE_WEEKS} weeks before: p < {ALPHA:g}, at least {MIN_COUNT} "
        f"texts and {MIN_RATIO:g}x the earlier rate; docs/report.md")

_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def arrow(n: int, n_before: int | None) -> str:
    """▲ ▼ or = for a count against the week before; empty when there is no week before."""
    if n_before is None:
        return ""
    return "▲" if n > n_before else "▼" if n < n_before else "="


def trend(row: dict) -> str:
    """``12→18 ▲ +50%``: the counts as well as the change, so 1→0 does not read as an alarm of -100 %."""
    n, before = row["n"], row["n_before"]
    if before is None:
        return ""
    if before == 0:
        return f"0→{n} ▲ new"
    change = "" if n == before else f" {row['change']:+.0%}"
    return f"{before}→{n} {arrow(n, before)}{change}"


def _p(p: float | None) -> str:
    return "" if p is None else f"{p:.1e}" if p < 0.001 else f"{p:.3f}"


def _kind(rows: list[dict], kind: str, top: int | None = None) -> list[dict]:
    sel = [r for r in rows if r["kind"] == kind]
    return sel if top is None else sel[:top]


def _repeats(rows: list[dict], top: int) -> list[dict]:
    keyed = [r for r in _kind(rows, "intent") if r["repeat_contact_rate"] is not None and r["n"]]
    return sorted(keyed, key=lambda r: (-r["repeat_contact_rate"], -r["n"], r["key"]))[:top]


def headline(result: ReportResult) -> str:
    """One sentence: the week, its customer messages against the week before, whether it is over."""
    total = next((r for r in result.rows() if r["kind"] == "total"), None)
    n = total["n"] if total else 0
    text = f"{result.week}: {n:,} customer messages"
    if total and total["n_before"] is not None:
        text += f" ({trend(total)} against the week before)"
    if result.partial:
        latest = result.latest
        text += (f"; the week runs to {_WEEKDAYS[latest.weekday()]} {latest:%H:%M} UTC in the data, so every "
                 "comparison is with the same span of the week before")
    return text


def _table(title: str, columns: list[tuple[str, dict]]) -> Table:
    table = Table(title=title, title_justify="left")
    for name, kw in columns:
        table.add_column(name, **kw)
    return table


def _trend_text(row: dict) -> Text:
    cell = trend(row)
    style = "green" if "▲" in cell else "red" if "▼" in cell else "dim"
    return Text(cell, style=style)


_RIGHT = {"justify": "right"}


def render_report(result: ReportResult, console: Console, top: int = 10) -> None:
    """The week's summary: totals by channel and language, top intents and topics with trends, what is emerging,
    top gaps with unanswered counts, repeat contacts per intent."""
    rows = result.rows()
    console.print(Text(headline(result), style="bold"))
    volume = _table(f"Customer messages in {result.week}",
                    [("by", {}), ("", {}), ("messages", _RIGHT), ("share", _RIGHT), ("vs week before", _RIGHT)])
    for kind in ("channel", "language"):
        for i, r in enumerate(_kind(rows, kind)):
            volume.add_row(kind if i == 0 else "", r["label"], f"{r['n']:,}", f"{r['share']:.1%}", _trend_text(r))
        volume.add_section()
    console.print(volume)
    sections = [
        ("intent", "Top intents", [("intent", {"no_wrap": True})], lambda r: [r["key"]]),
        ("topic", "Top topics", [("topic", {"no_wrap": True}), ("label", {"max_width": 60})],
         lambda r: [r["key"], r["label"]]),
    ]
    for kind, title, cols, first in sections:
        picked = _kind(rows, kind, top)
        if not picked:
            continue
        table = _table(title, [*cols, ("n", _RIGHT), ("share", _RIGHT), ("vs week before", _RIGHT)])
        for r in picked:
            table.add_row(*first(r), f"{r['n']:,}", f"{r['share']:.1%}", _trend_text(r))
        console.print(table)
    emerging = [r for r in rows if r["emerging"]]
    if emerging:
        table = _table(f"Emerging (binomial test against the {BASELINE_WEEKS} weeks before)",
                       [("kind", {}), ("key", {"no_wrap": True}), ("label", {"max_width": 60}), ("n", _RIGHT),
                        ("vs week before", _RIGHT), ("p-value", _RIGHT)])
        for r in sorted(emerging, key=lambda r: (r["p_value"], -r["n"])):
            table.add_row(r["kind"], r["key"], r["label"], f"{r['n']:,}", _trend_text(r), _p(r["p_value"]))
        console.print(table)
    else:
        console.print(f"Emerging: nothing this week ({RULE})", highlight=False)
    gaps = _kind(rows, "gap", top)
    if gaps:
        table = _table("Top gaps (unanswered questions)", [("gap", {"no_wrap": True}), ("label", {"max_width": 60}),
                                                           ("unanswered", _RIGHT), ("vs week before", _RIGHT)])
        for r in gaps:
            table.add_row(r["key"], r["label"], f"{r['unanswered']:,}", _trend_text(r))
        console.print(table)
    repeats = _repeats(rows, top)
    if repeats:
        table = _table("Repeat contacts per intent (within 7 days)",
                       [("intent", {"no_wrap": True}), ("repeat rate", _RIGHT), ("n", _RIGHT)])
        for r in repeats:
            table.add_row(r["key"], f"{r['repeat_contact_rate']:.0%}", f"{r['n']:,}")
        console.print(table)


def report_json(result: ReportResult) -> str:
    """The week's rows (REPORT_SCHEMA) as a JSON array."""
    return json.dumps(result.rows(), ensure_ascii=False, indent=1)


def _cell(value: object) -> str:
    return str(value).replace("|", "\\|").replace("\n", " ")


def _md_table(header: list[str], rows: list[list[object]]) -> list[str]:
    align = ["---" if i == 0 else "---:" for i in range(len(header))]
    lines = ["| " + " | ".join(header) + " |", "| " + " | ".join(align) + " |"]
    lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
    return [*lines, ""]


def report_markdown(result: ReportResult, top: int = 10) -> str:
    """A Markdown summary of the week (for a CI job summary or a chat message)."""
    rows = result.rows()
    lines = [f"## cxmine report {result.week}", "", headline(result) + ".", ""]
    lines += ["### Customer messages by channel and language", ""]
    lines += _md_table(["", "messages", "share", "vs week before"],
                       [[f"{r['kind']}: {r['label']}", f"{r['n']:,}", f"{r['share']:.1%}", trend(r)]
                        for kind in ("channel", "language") for r in _kind(rows, kind)])
    for kind, title in (("intent", "Top intents"), ("topic", "Top topics")):
        picked = _kind(rows, kind, top)
        if picked:
            lines += [f"### {title}", ""]
            lines += _md_table([kind, "n", "share", "vs week before"],
                               [[r["key"] if kind == "intent" else f"`{r['key']}` {r['label']}", f"{r['n']:,}",
                                 f"{r['share']:.1%}", trend(r)] for r in picked])
    emerging = sorted((r for r in rows if r["emerging"]), key=lambda r: (r["p_value"], -r["n"]))
    lines += ["### Emerging", ""]
    if emerging:
        lines += _md_table(["kind", "key", "label", "n", "vs week before", "p-value"],
                           [[r["kind"], f"`{r['key']}`", r["label"], f"{r['n']:,}", trend(r), _p(r["p_value"])]
                            for r in emerging])
    else:
        lines += [f"Nothing this week ({RULE}).", ""]
    gaps = _kind(rows, "gap", top)
    if gaps:
        lines += ["### Top gaps", ""]
        lines += _md_table(["gap", "label", "unanswered", "vs week before"],
                           [[f"`{r['key']}`", r["label"], f"{r['unanswered']:,}", trend(r)] for r in gaps])
    repeats = _repeats(rows, top)
    if repeats:
        lines += ["### Repeat contacts per intent (within 7 days)", ""]
        lines += _md_table(["intent", "repeat rate", "n"],
                           [[r["key"], f"{r['repeat_contact_rate']:.0%}", f"{r['n']:,}"] for r in repeats])
    if result.notes:
        lines += [f"- {n}" for n in result.notes] + [""]
    return "\n".join(lines).rstrip() + "\n"
