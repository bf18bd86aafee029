"""``cxmine topics OUT``: what do customers ask? Topics per language, written to OUT/topics and friends."""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

import typer
from rich.console import Console

from cxmine.cli.app import app


@contextmanager
def _status(console: Console):
    """A spinner with the current step on stderr; silent when stderr is not a terminal."""
    if not console.is_terminal:
        yield lambda msg: None
        return
    with console.status("topics") as st:
        yield lambda msg: st.update(f"topics: {msg}")


@app.command("topics")
def topics(
    out: Path = typer.Argument(..., help="The OUT folder written by 'cxmine ingest'.", exists=True, file_okay=False),
    unit: str = typer.Option("question", "--unit", help="Model extracted questions, or whole customer messages."),
    language: str = typer.Option(None, "--language", help="nl, da, en, or all (one joint model). Default: one model per language."),
    embedding_model: str = typer.Option(
        None, "--embedding-model", help="tfidf (offline default), minilm (English, local package) or PATH to a local sentence-transformers model."
    ),
    min_topic_size: int = typer.Option(
        None, "--min-topic-size", min=2, help="Fewest texts a topic needs. Default: 10, or 0.2% of the texts when more."
    ),
    seed: int = typer.Option(42, "--seed", help="Random seed: same input and seed give the same topics."),
    model: Path = typer.Option(None, "--model", help="A model saved with --save-model: keep its topic ids."),
    save_model: Path = typer.Option(None, "--save-model", help="Save the fitted model to this folder for next week's --model."),
    top: int = typer.Option(30, "--top", help="Topics (and themes) to show in the tables."),
    by: str = typer.Option(
        "both", "--by", help="Tables to print: theme (one row per theme across languages, with per-language counts), "
        "topic (one row per topic of a language) or both."
    ),
    fmt: str = typer.Option("table", "--format", help="table (for people), json or csv (the topics table, for scripts)."),
) -> None:
    """Find the topics customers ask about (BERTopic, offline) and write OUT/topics, OUT/topic_assignments, OUT/topic_weekly."""
    from cxmine.classify.topics.run import run_topics
    from cxmine.cli.render import render_topics
    from cxmine.errors import UsageError

    if fmt not in ("table", "json", "csv"):
        raise UsageError(f"--format must be table, json or csv, not {fmt!r}")
    if by not in ("theme", "topic", "both"):
        raise UsageError(f"--by must be theme, topic or both, not {by!r}")

    err = Console(stderr=True)
    with _status(err) as say:
        result = run_topics(
            out,
            unit=unit,
            language=language,
            embedding_model=embedding_model,
            min_topic_size=min_topic_size,
            seed=seed,
            model_dir=model,
            save_model_dir=save_model,
            status=say,
        )
    if fmt == "json":
        import json

        rows = result.topics.to_pylist()
        for r in rows:
            r["first_seen"] = r["first_seen"].isoformat() if r["first_seen"] else None
            r["last_seen"] = r["last_seen"].isoformat() if r["last_seen"] else None
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=1))
    elif fmt == "csv":
        import sys

        import pyarrow.compute as pc
        import pyarrow.csv as pacsv

        flat = result.topics
        for col in ("keywords", "examples"):
            i = flat.column_names.index(col)
            flat = flat.set_column(i, col, pc.binary_join(flat.column(col), " | "))
        pacsv.write_csv(flat, sys.stdout.buffer)
    else:
        render_topics(result, Console(), top=top, by=by)
    for lang, n in sorted(result.skipped.items()):
        err.print(f"{n:,} texts in language {lang!r} not modelled (not selected, not nl/da/en, or too few)", highlight=False)
    if result.model_saved:
        err.print(f"model saved to {result.model_saved}", highlight=False)
