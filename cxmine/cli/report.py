"""``cxmine report OUT``: the weekly report, written to OUT/report (one partition per ISO week) and summarised."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console

from cxmine.cli.app import app

FORMATS = ("table", "json", "markdown")


@app.command("report")
def report(
    out: Path = typer.Argument(..., help="The OUT folder written by 'cxmine ingest' (and topics, classify, gaps).",
                               exists=True, file_okay=False),
    week: str = typer.Option(None, "--week", help="The ISO week to report, like 2026-W47. Default: the latest week in the data."),
    fmt: str = typer.Option("table", "--format", help="table (rich summary for people), json (the week's rows of OUT/report, for scripts) or markdown (a summary for CI job summaries)."),
    top: int = typer.Option(10, "--top", min=1, help="Rows per section of the table and Markdown summaries (intents, topics, gaps, repeat contacts)."),
    html: Path | None = typer.Option(None, "--html", help="Also write the week as one self-contained HTML page (charts inline, nothing fetched) to this file."),
) -> None:
    """Weekly report: volumes by channel and language, intents, topics, gaps and what is emerging against the
    weeks before; writes OUT/report (partitioned by week) and prints a summary."""
    from cxmine.cli.render_report import render_report, report_json, report_markdown
    from cxmine.errors import UsageError
    from cxmine.report.weekly import build_report, write_report
    from cxmine.store import out_lock

    if fmt not in FORMATS:
        raise UsageError(f"--format must be table, json or markdown, not {fmt!r}")
    with out_lock(out):  # the report is built and written from one version of OUT
        result = build_report(out, week=week)
        path = write_report(out, result.table, result.weeks)
    err = Console(stderr=True)
    weeks = result.weeks[0] if len(result.weeks) == 1 else f"{result.weeks[0]} … {result.weeks[-1]}"
    err.print(f"report: {path} ({len(result.weeks)} week{'s' if len(result.weeks) > 1 else ''} written: {weeks})",
              highlight=False, soft_wrap=True)
    if fmt == "json":
        typer.echo(report_json(result))
    elif fmt == "markdown":
        typer.echo(report_markdown(result, top=top), nl=False)
    else:
        render_report(result, Console(), top=top)
    if html is not None:
        from cxmine.report.html import render_html

        err.print(f"page: {render_html(out, html, week=result.week)}", highlight=False, soft_wrap=True)
    if fmt != "markdown":  # the Markdown carries its notes
        for note in result.notes:
            err.print(f"note: {note}", highlight=False, soft_wrap=True)
