"""Rich output of ``cxmine ingest``: a progress bar on stderr while it runs, a summary table at the end."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from cxmine.ingest.discover import is_doc
from cxmine.pipeline import IngestConfig, IngestResult, run_ingest

stdout = Console()
stderr = Console(stderr=True)


def _count_inputs(paths: list[Path]) -> int | None:
    n = 0
    for p in paths:
        if p.is_dir():
            for f in p.rglob("*"):
                if f.is_file() and not is_doc(f.name) and not any(part.startswith(".") for part in f.parts[len(p.parts):]):
                    n += 1
                    if n > 200_000:
                        return None
        else:
            n += 1
    return n


def ingest_with_progress(paths: list[Path], out: Path, cfg: IngestConfig, show: bool) -> IngestResult:
    """Run the ingest with a progress bar (files, then messages through the text stages) when ``show``."""
    if not show:
        return run_ingest(paths, out, cfg)
    total_files = _count_inputs(paths)
    with Progress(
        SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=stderr, transient=True,
    ) as bar:
        files = bar.add_task("Reading files", total=total_files)
        msgs = bar.add_task("Messages read", total=None)
        state: dict = {"clean": None, "read": 0}

        def progress(event: str, amount: int) -> None:
            if event == "file":
                bar.advance(files, amount)
            elif event == "messages":
                state["read"] += amount
                bar.advance(msgs, amount)
            elif event == "stage":
                state["clean"] = bar.add_task("Cleaning, redacting, language", total=state["read"])
            elif event == "cleaned" and state["clean"] is not None:
                bar.advance(state["clean"], amount)
            elif event == "written":
                if "write" not in state:
                    state["write"] = bar.add_task("Questions and writing", total=state["read"])
                bar.advance(state["write"], amount)

        return run_ingest(paths, out, cfg, progress)


def print_ingest_summary(result: IngestResult, console: Console = stdout) -> None:
    """The end-of-run table: messages per channel / format / language, files, contacts, errors."""
    for e in result.errors[:50]:
        what = "record skipped in " if e.get("scope") == "record" else "not read: "
        stderr.print(Text.assemble((what, "yellow"), (e["source_file"], "bold"), f" ({e['error']}) {e['detail']}"))
    if len(result.errors) > 50:
        stderr.print(f"... and {len(result.errors) - 50} more errors (see {result.out / 'errors'})")
    table = Table(title=f"cxmine ingest -> {result.out}", title_justify="left")
    table.add_column("what")
    table.add_column("value", overflow="fold")
    table.add_column("new messages", justify="right")

    def section(name: str, counter) -> None:  # noqa: ANN001
        first = True
        for key, n in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0]))):
            table.add_row(name if first else "", str(key), f"{n:,}")
            first = False

    section("channel", result.by_channel)
    section("format", result.by_format)
    section("language", result.by_language)
    table.add_section()
    table.add_row("files", f"{result.files_read:,} read, {result.files_failed:,} failed", "")
    table.add_row("new messages", "", f"{result.new_messages:,}")
    table.add_row("duplicates skipped", "", f"{result.skipped_duplicates:,}")
    table.add_row("new questions", "", f"{result.new_questions:,}")
    table.add_row("errors", f"{len(result.errors):,} (files and records)", "")
    table.add_row("dataset totals", f"{result.contacts_total:,} contacts, {result.messages_total:,} messages", "")
    console.print(table)
    if result.files_read == 0 and result.files_failed == 0:
        stderr.print(
            "[yellow]No input files found[/yellow] (README, LICENSE and Markdown files inside folders are skipped); "
            "check the paths you passed"
        )
