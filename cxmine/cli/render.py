"""Every rich table and progress bar of the CLI: data goes to stdout (``stdout``), diagnostics to stderr.

The library returns results (``IngestResult``, ``TopicResult``, intent volumes and metrics); this module alone
turns them into tables for people.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from cxmine.ingest.discover import is_doc

if TYPE_CHECKING:  # the library modules load models and data: import them only when a command runs
    from cxmine.classify.gaps.calibrate import Calibration
    from cxmine.classify.gaps.run import GapsResult
    from cxmine.classify.topics.run import TopicResult
    from cxmine.pipeline.run import IngestConfig, IngestResult
    from cxmine.workflow import RunResult

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


def _ingest_callback(bar: Progress, total_files: int | None) -> Callable[[str, int], None]:
    """The ingest's progress events as bars: files, messages read, cleaning, questions and writing."""
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

    return progress


def ingest_with_progress(paths: list[Path], out: Path, cfg: IngestConfig, show: bool) -> IngestResult:
    """Run the ingest with a progress bar (files, then messages through the text stages) when ``show``."""
    from cxmine.pipeline.run import run_ingest

    with ingest_progress_bar(paths, show) as progress:
        return run_ingest(paths, out, cfg, progress)


# What the CLI adds to a reader error's own words: the option that acts on it (the library names no options).
ERROR_HINTS = {
    "unsupported": "choose a reader with --format NAME",
    "encoding": "name the encoding with --encoding NAME (for example cp1252)",
    "missing_column": "name the columns with --text-column / --id-column / --time-column",
}


# A limit named in a too_large detail ("raise the max_file_mb limit"): its option and its cxmine.toml key.
_LIMIT_IN_DETAIL = re.compile(r"\b(max_file_mb|max_record_mb|max_zip_mb|max_zip_member_mb|max_zip_ratio)\b")


def error_hint(error: str, detail: str) -> str:
    """The option hint for an error kind, unless the detail already says what to do (an optional extra)."""
    if error == "too_large" and (m := _LIMIT_IN_DETAIL.search(detail)):
        from cxmine.config import OPTION_NAMES

        return f" [{OPTION_NAMES[m.group(1)]}, or {m.group(1)} in cxmine.toml]"
    hint = ERROR_HINTS.get(error, "")
    return "" if not hint or "pip install" in detail else f" [{hint}]"


def print_ingest_errors(result: IngestResult, limit: int = 50) -> None:
    """Each file or record the ingest could not read, on stderr: which file, what kind, why, what to do."""
    for e in result.errors[:limit]:
        what = "record skipped in " if e.get("scope") == "record" else "not read: "
        stderr.print(Text.assemble((what, "yellow"), (e["source_file"], "bold"), f" ({e['error']}) {e['detail']}",
                                   (error_hint(e["error"], e["detail"]), "cyan")))
    if len(result.errors) > limit:
        stderr.print(f"... and {len(result.errors) - limit} more errors (see {result.out / 'errors'})")


def print_ingest_summary(result: IngestResult, console: Console = stdout) -> None:
    """The end-of-run table: messages per channel / format / language, files, contacts, errors."""
    print_ingest_errors(result)
    table = Table(title=f"cxmine ingest -> {result.out}", title_justify="left")
    table.add_column("what")
    table.add_column("value", overflow="fold")
    table.add_column("new messages", justify="right")

    def section(name: str, counter: dict) -> None:
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
            "[yellow]No input files found[/yellow] (README, LICENSE, Markdown and configuration files inside folders are skipped); "
            "check the paths you passed"
        )


def _topic_denominators(result: TopicResult) -> str:
    return " · ".join(f"{lang} {n:,}" for lang, n in sorted(result.n_by_language.items()))


def render_topics(result: TopicResult, console: Console = stdout, top: int = 30, by: str = "both") -> None:
    """Print the topics as rich tables: themes across languages and/or topics per language, then how each
    language was modelled (method and why) and its outliers. ``by``: theme, topic or both."""
    if by in ("theme", "both"):
        render_themes(result, console, top=top)
    if by in ("topic", "both"):
        _render_topic_table(result, console, top=top)
    unit = f"{result.unit}s"
    for lang, (method, why) in sorted(result.method.items()):
        console.print(f"{lang}: method {method} ({why})", highlight=False)
    for lang in sorted(result.outlier_share):
        console.print(
            f"{lang}: outliers {result.outlier_share_raw[lang]:.1%} of {lang} {unit} before reduction, "
            f"{result.outlier_share[lang]:.1%} after",
            highlight=False,
        )


def _render_topic_table(result: TopicResult, console: Console, top: int) -> None:
    """One row per topic, largest first: size, share of its language's texts, trend, theme, phrases, example."""
    trend = result.trend
    unit = f"{result.unit}s"
    counts = _topic_denominators(result)
    table = Table(title=f"Topics in {result.n_texts:,} {unit}" + (f" ({counts})" if counts else ""),
                  show_lines=False)
    for col, kw in (
        ("topic", {"no_wrap": True}),
        ("size", {"justify": "right"}),
        (f"share of its language's {unit}", {"justify": "right", "max_width": 12}),
        ("week before → latest week", {"justify": "right", "max_width": 13}),
        ("theme", {"no_wrap": True}),
        ("key phrases", {"max_width": 40}),
        ("example", {"max_width": 60}),
    ):
        table.add_column(col, **kw)
    rows = result.topics.to_pylist()
    for r in rows[:top]:
        phrases = r["label"].split(" — ")[0] if " — " in r["label"] else r["label"]
        example = (r["examples"] or [""])[0]
        table.add_row(
            r["topic_id"], f"{r['size']:,}", f"{r['share']:.1%} of {r['language']}",
            trend.cells.get(r["topic_id"], ""), r.get("theme_id") or "", phrases, example,
        )
    console.print(table)
    if len(rows) > top:
        console.print(f"… {len(rows) - top} more topics in the topics table")
    for note in trend.notes:
        console.print(f"trend: {note}", highlight=False)


def render_themes(result: TopicResult, console: Console = stdout, top: int = 30) -> None:
    """One row per theme across languages: per language its texts and share of that language's texts."""
    from cxmine.classify.topics.output import themes_view

    unit = f"{result.unit}s"
    langs = sorted(result.n_by_language)
    rows = themes_view(result.topics)
    table = Table(title=f"Themes across languages in {result.n_texts:,} {unit} ({_topic_denominators(result)})",
                  caption=f"per language: {unit} in the theme · share of that language's {unit}",
                  show_lines=False)
    table.add_column("theme", no_wrap=True)
    table.add_column("label", max_width=34)
    for lang in langs:
        table.add_column(f"{lang} (of {result.n_by_language[lang]:,})", justify="right", no_wrap=True)
    table.add_column("topics", max_width=18)
    table.add_column("example", max_width=50)
    for r in rows[:top]:
        cells = []
        for lang in langs:
            c = r["languages"].get(lang)
            cells.append(f"{c['n']:,} · {c['share']:.0%}" if c else "")
        topic_ids = " ".join(t for c in r["languages"].values() for t in c["topics"])
        table.add_row(r["theme_id"], r["label"], *cells, topic_ids, r["example"])
    console.print(table)
    if len(rows) > top:
        console.print(f"… {len(rows) - top} more themes in the topics table (theme_id)")


def intent_volume_table(volumes: list[dict], unit: str) -> Table:
    """Units per intent, with language and channel columns."""
    return _volume_table(volumes, f"Intent volumes ({unit}s)", "intent", "total")


def contact_reason_table(volumes: list[dict]) -> Table:
    """Contacts per main reason (with language and channel columns) and contacts with the reason anywhere."""
    n = sum(r["total"] for r in volumes)
    table = _volume_table(volumes, f"Contact reasons ({n} contacts, counted by main reason)", "reason", "contacts",
                          any_column="any reason")
    table.caption = ("contacts: main reason (first reason unless a later one clearly dominates); any reason: "
                     "contacts that raised it at all")
    return table


def _volume_table(volumes: list[dict], title: str, first: str, total: str, any_column: str | None = None) -> Table:
    """One row per intent: its total, then per language and per channel (and optionally the ``any`` count)."""
    langs = sorted({k for r in volumes for k in r["by_language"]})
    channels = sorted({k for r in volumes for k in r["by_channel"]})
    table = Table(title=title)
    table.add_column(first)
    table.add_column(total, justify="right")
    for lang in langs:
        table.add_column(lang, justify="right")
    for ch in channels:
        table.add_column(ch, justify="right", style="cyan")
    if any_column:
        table.add_column(any_column, justify="right", style="dim")
    for r in volumes:
        table.add_row(
            r["intent"],
            str(r["total"]),
            *(str(r["by_language"].get(x, 0)) for x in langs),
            *(str(r["by_channel"].get(x, 0)) for x in channels),
            *((str(r["any"]),) if any_column else ()),
        )
    return table


def render_trained(meta: dict, model: Path, console: Console = stdout) -> None:
    """The per-branch held-out accuracy of a freshly trained intent model, and its threshold."""
    held = meta["metrics"]["heldout"]
    table = Table(title=f"Trained {model} ({meta['training_data']['n_examples']} examples)")
    for col in ("branch", "features", "held-out accuracy", "n held-out"):
        table.add_column(col)
    for key, m in held["per_branch"].items():
        acc = m["accuracy"]
        table.add_row(key, meta["features"][key], "-" if acc is None or acc != acc else f"{acc:.3f}", str(m["n_heldout"]))
    console.print(table)
    stderr.print(
        f"threshold {meta['threshold']:.3f} ({held['unknown_rate_at_threshold']:.1%} of held-out rows -> unknown); "
        f"{len(meta['labels'])} intents; {meta['training_seconds']} s"
    )


def render_evaluation(res: dict, console: Console = stdout) -> None:
    """Accuracy, macro-F1, per-language and per-intent scores and the most confused pairs."""
    summary = Table(title="Intent evaluation")
    for col in ("n", "accuracy", "macro-F1", "unknown rate", "accuracy of kept"):
        summary.add_column(col, justify="right")
    kept = res["accuracy_of_kept"]
    summary.add_row(str(res["n"]), f"{res['accuracy']:.3f}", f"{res['macro_f1']:.3f}", f"{res['unknown_rate']:.1%}",
                    "-" if kept is None else f"{kept:.3f}")
    console.print(summary)
    if res.get("per_language"):
        lt = Table(title="Per language")
        lt.add_column("language")
        lt.add_column("n", justify="right")
        lt.add_column("accuracy", justify="right")
        for lang, m in res["per_language"].items():
            lt.add_row(lang, str(m["n"]), f"{m['accuracy']:.3f}")
        console.print(lt)
    it = Table(title="Per intent")
    for col in ("intent", "precision", "recall", "F1", "support"):
        it.add_column(col, justify="left" if col == "intent" else "right")
    for lab, m in res["per_intent"].items():
        it.add_row(lab, f"{m['precision']:.3f}", f"{m['recall']:.3f}", f"{m['f1']:.3f}", str(m["support"]))
    console.print(it)
    if res["confused_pairs"]:
        ct = Table(title="Most confused (true -> predicted)")
        for col in ("true", "predicted", "count"):
            ct.add_column(col)
        for p in res["confused_pairs"]:
            ct.add_row(p["true"], p["predicted"], str(p["count"]))
        console.print(ct)


def render_kb_read(result: GapsResult, console: Console = stderr) -> None:
    """What was read from the knowledge base (entries per kind and language) and what could not be."""
    parts = [f"{kind}: " + ", ".join(f"{lang} {n}" for lang, n in langs.items())
             for kind, langs in result.kb_summary.items()]
    console.print(f"knowledge base: {'; '.join(parts)} (matching: {result.method}, threshold {result.threshold:.2f})",
                  highlight=False)
    english = any("en" in langs for langs in result.kb_summary.values())
    if result.method == "classifier" and not result.embedding_model and english:
        # measured on BANKING77 (bench/results/gaps.md): same in-scope accuracy, gap recall 0.41 -> 0.70
        console.print("tip: for English entries, --embedding-model minilm (installed, offline) flags many more "
                      "unanswered questions at the same accuracy (BANKING77: 41 % -> 70 % of the unanswered found); "
                      "it takes longer", highlight=False)
    for p in result.kb_problems[:20]:
        console.print(Text.assemble(("kb: ", "yellow"), (p.source, "bold"), f" ({p.error}) {p.detail}"))
    if len(result.kb_problems) > 20:
        console.print(f"... and {len(result.kb_problems) - 20} more knowledge-base problems")


def render_gaps(result: GapsResult, console: Console = stdout, top: int = 20) -> None:
    """The ranked gaps: questions and contacts, languages, trend, nearest entry, an example."""
    answered = ", ".join(f"{lang} {share:.0%}" for lang, share in result.answered_share.items())
    table = Table(title=f"Gaps: {result.n_unanswered:,} of {result.n_units:,} {result.unit}s unanswered "
                        f"(answered by language: {answered})", title_justify="left")
    for col, kw in (("#", {"justify": "right"}), ("gap", {"no_wrap": True}),
                    ("questions / contacts", {"justify": "right", "max_width": 10}), ("languages", {"max_width": 9}),
                    ("trend", {"justify": "right", "no_wrap": True}),
                    ("label (a typical question)", {"min_width": 24, "ratio": 3}), ("nearest entry", {"ratio": 1})):
        table.add_column(col, **kw)
    rows = result.gaps.to_pylist()
    for r in rows[:top]:
        langs = " ".join(f"{c['key']} {c['n']}" for c in r["languages"] or [])
        trend = "" if r["growth"] is None else f"{r['growth']:+.0%}"
        near = "-" if not r["nearest_kb_id"] else f"{r['nearest_kb_id']} ({r['nearest_similarity']:.2f})"
        table.add_row(str(r["rank"]), r["gap_id"], f"{r['n_questions']:,} / {r['n_contacts']:,}", langs, trend,
                      r["label"], near)
    console.print(table)
    if len(rows) > top:
        console.print(f"… {len(rows) - top} more gaps in {result.out / 'gaps'}", highlight=False)
    console.print("trend: the latest week so far against the same days of the week before", highlight=False)


def render_calibration(cal: Calibration, console: Console = stdout) -> None:
    """The chosen threshold with precision and recall of 'unanswered', and the curve around it."""
    console.print(
        f"threshold [bold]{cal.threshold:.3f}[/bold] (matching: {cal.method}; {cal.n} labelled questions, "
        f"{cal.n_none} unanswered): unanswered precision {cal.precision:.3f}, recall {cal.recall:.3f}; "
        f"answerable questions matched to their entry and kept: {cal.answered_accuracy:.3f}"
    )
    table = Table(title="Around the chosen threshold")
    for col in ("threshold", "unanswered precision", "unanswered recall", "answered accuracy"):
        table.add_column(col, justify="right")
    i = next(k for k, c in enumerate(cal.curve) if c["threshold"] == cal.threshold)
    for c in cal.curve[max(0, i - 4) : i + 5]:
        style = "bold" if c["threshold"] == cal.threshold else None
        table.add_row(f"{c['threshold']:.3f}", f"{c['precision']:.3f}", f"{c['recall']:.3f}",
                      f"{c['answered_accuracy']:.3f}", style=style)
    console.print(table)
    console.print(f"use it: cxmine gaps OUT --kb ... --threshold {cal.threshold:.3f}", highlight=False)


class StageLines:
    """``cxmine run``'s stage callback: a spinner with the stage's current step, then one line per stage."""

    def __init__(self, console: Console = stderr, show: bool = True) -> None:
        self.console = console
        self.show = show
        self._status = None

    def __call__(self, stage: str, event: str, message: str) -> None:
        if event == "start" and self.show:
            self._status = self.console.status(f"{stage} …")
            self._status.start()
        elif event == "status" and self._status is not None:
            self._status.update(f"{stage}: {message}")
        elif event in ("done", "skipped"):
            if self._status is not None:
                self._status.stop()
                self._status = None
            mark = ("✓", "green") if event == "done" else ("–", "yellow")
            self.console.print(Text.assemble((f"{mark[0]} {stage:<8}", mark[1]), f" {message}"), highlight=False)


@contextmanager
def ingest_progress_bar(paths: list[Path], show: bool) -> Iterator[Callable[[str, int], None] | None]:
    """The ingest's progress bars (as in ``cxmine ingest``) as a callback for ``run_all``; None when not shown."""
    if not show:
        yield None
        return
    total_files = _count_inputs(paths)
    with Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), console=stderr, transient=True) as bar:
        yield _ingest_callback(bar, total_files)


def render_run_summary(result: RunResult, console: Console = stdout) -> None:
    """What each stage of ``cxmine run`` did and how long it took, then the week's report when there is one."""
    table = Table(title=f"cxmine run -> {result.out}", title_justify="left")
    for col, kw in (("stage", {}), ("", {}), ("seconds", {"justify": "right"}), ("result", {})):
        table.add_column(col, **kw)
    for s in result.stages:
        table.add_row(s.name, "done" if s.status == "done" else "skipped", f"{s.seconds:.1f}", s.summary)
    console.print(table)
    if result.ingest is not None and result.ingest.errors:
        print_ingest_errors(result.ingest, limit=20)
    if result.report is not None:
        from cxmine.cli.render_report import render_report

        render_report(result.report, console)
