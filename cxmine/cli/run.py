"""``cxmine run`` and ``cxmine demo``: the whole pipeline in one command, with a line per stage and a summary."""

from __future__ import annotations

import tempfile
from pathlib import Path

import typer
from rich.console import Console

from cxmine.cli import _limits
from cxmine.cli._engine import ENGINE_HELP, MASTER_HELP, check_engine
from cxmine.cli.app import app
from cxmine.errors import UsageError


def _options(**given: object) -> dict[str, object]:
    """The options the user passed (None and empty lists mean "not passed", so the config file decides)."""
    return {k: (tuple(v) if isinstance(v, list) else v) for k, v in given.items() if v not in (None, [], ())}


def run_pipeline(paths: list[Path], out: Path, settings: object, html: Path | None, show: bool,
                 console: Console, engine: str = "local", spark_master: str | None = None) -> object:
    """Run every stage with the effective settings, printing a line per stage; returns the ``RunResult``."""
    from cxmine.cli.render import StageLines
    from cxmine.ingest import ReadOptions
    from cxmine.pipeline.run import IngestConfig
    from cxmine.pipeline.stages import TextConfig
    from cxmine.text.keep import keep_terms
    from cxmine.workflow import run_all

    s = settings
    cfg = IngestConfig(
        agent_domains=tuple(s.agent_domains), agent_addresses=tuple(s.agent_addresses),
        read=ReadOptions(**_limits.read_limits(s.max_file_mb, s.max_record_mb)),
        zip_limits=_limits.zip_limits(s.max_zip_ratio, s.max_zip_mb, s.max_zip_member_mb),
        text=TextConfig(redact=s.redact, redact_patterns=tuple(s.redact_patterns.items()),
                        keep_terms=keep_terms(list(s.keep), list(s.agent_domains)), languages=tuple(s.languages)),
        salt=s.salt, workers=s.workers,
    )
    return run_all(paths, out, cfg, kb=list(s.kb), gap_threshold=s.gap_threshold, intent_model=s.intent_model,
                   embedding_model=s.embedding_model, min_topic_size=s.min_topic_size, seed=s.seed, html=html,
                   on_stage=StageLines(console, show), engine=engine, spark_master=spark_master)


@app.command("run")
def run_cmd(
    paths: list[Path] = typer.Argument(..., help="Export files, folders, Maildir folders or .zip archives (as for 'cxmine ingest'); a missing path is reported and the others are read."),
    out: Path = typer.Option(..., "--out", "-o", help="Output folder; a re-run into the same folder appends new exports and updates every table."),
    kb: list[Path] = typer.Option([], "--kb", help="Knowledge base for the gaps stage (repeatable; as for 'cxmine gaps'). Without one, gaps are skipped."),
    config: Path | None = typer.Option(None, "--config", help="A cxmine.toml (default: ./cxmine.toml, else [tool.cxmine] in ./pyproject.toml)."),
    agent_domain: list[str] = typer.Option([], "--agent-domain", help="E-mail domain of your company's agents (repeatable)."),
    agent_address: list[str] = typer.Option([], "--agent-address", help="Address, number or chat name of an agent (repeatable)."),
    keep: list[str] = typer.Option([], "--keep", help="A word never redacted: your company or product name, your phone number (repeatable)."),
    languages: str | None = typer.Option(None, "--languages", help="Expected languages, comma-separated (default nl,da,en)."),
    gap_threshold: float | None = typer.Option(None, "--gap-threshold", help="Gap similarity threshold (default: the measured one; see 'cxmine gaps calibrate')."),
    html: Path | None = typer.Option(None, "--html", help="Also write the report as one self-contained HTML page to this file."),
    max_file_mb: float | None = _limits.max_file_mb(),
    max_record_mb: float | None = _limits.max_record_mb(),
    max_zip_mb: float | None = _limits.max_zip_mb(),
    max_zip_member_mb: float | None = _limits.max_zip_member_mb(),
    max_zip_ratio: float | None = _limits.max_zip_ratio(),
    progress: bool | None = typer.Option(None, "--progress/--no-progress", help="Progress lines (default: on when stderr is a terminal)."),
    engine: str = typer.Option("local", "--engine", help=ENGINE_HELP),
    spark_master: str | None = typer.Option(None, "--spark-master", help=MASTER_HELP),
) -> None:
    """Run the whole pipeline: ingest -> topics -> intents -> gaps -> report, then print a summary.

    Settings come from defaults < cxmine.toml < CXMINE_* environment variables < these options
    ('cxmine config show' prints them). A failing stage names itself and exits 1; the tables of the stages
    before it stay intact.
    """
    from cxmine.config import load_settings

    if out.exists() and not out.is_dir():
        raise UsageError(f"--out {out} is a file; pass a folder (it is created if missing)")
    langs = tuple(x.strip().lower() for x in languages.split(",") if x.strip()) if languages else None
    settings, _ = load_settings(config, options=_options(
        kb=kb, agent_domains=agent_domain, agent_addresses=agent_address, keep=keep, languages=langs,
        gap_threshold=gap_threshold, max_file_mb=max_file_mb, max_record_mb=max_record_mb, max_zip_mb=max_zip_mb,
        max_zip_member_mb=max_zip_member_mb, max_zip_ratio=max_zip_ratio))
    err = Console(stderr=True)
    show = err.is_terminal if progress is None else progress
    engine = check_engine(engine, spark_master)
    result = run_pipeline(paths, out, settings, html, show, err, engine, spark_master)
    _summary(result)


@app.command("demo")
def demo_cmd(
    out: Path | None = typer.Option(None, "--out", "-o", help="Folder for the demo's output (default: a new temporary folder); replaced if it exists."),
    progress: bool | None = typer.Option(None, "--progress/--no-progress", help="Progress lines (default: on when stderr is a terminal)."),
) -> None:
    """The whole pipeline on the bundled examples (e-mail, chat and calls of a fictional shop, with its FAQ).

    Shows the summary and where the tables, the editor's gap list and the HTML page are.
    """
    import shutil

    from cxmine.config import load_settings

    examples = _examples_folder()
    if out is None:
        out = Path(tempfile.mkdtemp(prefix="cxmine-demo-"))
    elif out.exists():
        if not (out / ".cxmine").exists() and any(out.iterdir()):
            raise UsageError(f"--out {out} exists and is not a cxmine output folder; pass a new or empty folder")
        shutil.rmtree(out)
    settings, _ = load_settings(examples / "cxmine.toml", options={})
    err = Console(stderr=True)
    show = err.is_terminal if progress is None else progress
    html = out / "report.html"
    result = run_pipeline([examples / "email", examples / "chat", examples / "calls"], out, settings, html, show, err)
    _summary(result)
    if result.gaps is not None:
        from cxmine.report.gap_lists import gaps_markdown

        gaps_markdown(result.gaps.gaps, out / "gaps.md", result.gaps.threshold, result.gaps.kb_titles)
    con = Console()
    con.print(f"\nTables (Parquet): {out}\nEditor's gap list: {out / 'gaps.md'}\nHTML page: {html}", highlight=False)
    con.print(f"Next: cxmine report {out} ; cxmine topics {out} ; duckdb -c \"select * from "
              f"read_parquet('{out}/report/**/*.parquet', hive_partitioning=true) limit 20\"", highlight=False)


def _examples_folder() -> Path:
    """The bundled ``examples/`` of a source checkout (a wheel does not carry them)."""
    import cxmine

    folder = Path(cxmine.__file__).resolve().parents[1] / "examples"
    if not (folder / "kb").is_dir():
        raise UsageError("The demo's examples/ folder was not found next to the cxmine package; run the demo from a "
                         "source checkout (make demo)")
    return folder


def _summary(result: object) -> None:
    from cxmine.cli.render import render_run_summary

    render_run_summary(result, Console())
