"""``cxmine classify``: label an output folder with intents, or train/evaluate an intent model.

``cxmine classify OUT`` runs the default command ``run``; ``train`` and ``evaluate`` are subcommands. A small
click group routes a first argument that is not a subcommand name to ``run`` (a folder literally named
``train`` can still be classified with ``cxmine classify run train``).
"""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.console import Console

from cxmine.cli._util import DefaultRunGroup
from cxmine.cli.app import app
from cxmine.cli.render import contact_reason_table, intent_volume_table, render_evaluation, render_trained

classify_app = typer.Typer(
    cls=DefaultRunGroup,
    help=(
        "Intents: 'cxmine classify OUT' labels OUT/questions (or customer messages) and writes OUT/intents; "
        "'train' fits a model on your own labelled examples; 'evaluate' scores a model."
    ),
    no_args_is_help=True,
    rich_markup_mode="rich",
)
app.add_typer(classify_app, name="classify")

_err = Console(stderr=True)


@classify_app.command("run")
def run_cmd(
    out: Path = typer.Argument(..., help="Output folder of 'cxmine ingest' (reads questions/ or messages/)."),
    model: Path | None = typer.Option(None, "--model", help="Model folder (default: the shipped model)."),
    unit: str = typer.Option("auto", "--unit", help="question | message | auto (questions when present)."),
    count: str = typer.Option(
        "auto", "--count",
        help="What the table counts: contacts (by main reason) | questions | messages | auto (the classified unit).",
    ),
) -> None:
    """Classify OUT/questions (or customer messages), write OUT/intents and the reasons of OUT/contacts."""
    from cxmine.classify.intents.run import COUNTS, classify_out
    from cxmine.errors import ParameterError

    if count not in COUNTS:
        raise ParameterError("count", f"must be one of {', '.join(COUNTS)}; got {count!r}")
    if count in ("questions", "messages") and unit != "auto" and count != f"{unit}s":
        raise ParameterError("count", f"counts the classified unit; with --unit {unit} count {unit}s or contacts")
    result = classify_out(out, model, unit)
    _err.print(f"Wrote {result.n_rows} {result.unit} intents to {result.path} (model: {result.model_dir})")
    if result.contact_volumes is not None:
        _err.print(f"Filled the contact reasons (intent, intents) of {result.n_contacts} contacts in {out}/contacts")
    if count == "contacts":
        if result.contact_volumes is None:
            raise ParameterError("count", f"{out} has no contacts table to count; run 'cxmine ingest' again or "
                                          "count questions or messages")
        Console().print(contact_reason_table(result.contact_volumes))
        return
    if count != "auto" and count != f"{result.unit}s":
        _err.print(f"[yellow]OUT has no {count}: counting {result.unit}s (pass --unit {count[:-1]})[/yellow]")
    Console().print(intent_volume_table(result.volumes, result.unit))


@classify_app.command("train")
def train_cmd(
    examples: Path = typer.Argument(..., help="Labelled examples: CSV, TSV, JSON Lines or Parquet."),
    model: Path = typer.Option(..., "--model", help="Folder to write the model to (replaced atomically)."),
    text_column: str = typer.Option("text", "--text-column", help="Column with the example text."),
    label_column: str = typer.Option("intent", "--label-column", help="Column with the intent label."),
    language_column: str = typer.Option("language", "--language-column", help="Optional; per-language branches."),
    features: str = typer.Option("auto", "--features", help="auto | tfidf | tfidf+emb (sentence embeddings)."),
    threshold: str = typer.Option("auto", "--threshold", help="'auto' (held-out) or a confidence in [0, 1]."),
    seed: int = typer.Option(0, "--seed", help="random_state of splits and SVMs."),
) -> None:
    """Train an intent model on your own labelled examples."""
    from cxmine.classify.intents.train import train_intents
    from cxmine.errors import UsageError

    try:
        thr: str | float = threshold if threshold == "auto" else float(threshold)
    except ValueError:
        raise UsageError(f"--threshold must be 'auto' or a number in [0, 1]; got {threshold!r}") from None
    meta = train_intents(
        examples,
        model,
        text_column,
        label_column,
        language_column,
        params={"features": features, "unknown_threshold": thr, "random_state": seed},
    )
    render_trained(meta, model)


@classify_app.command("evaluate")
def evaluate_cmd(
    examples: Path = typer.Argument(..., help="Labelled examples: CSV, TSV, JSON Lines or Parquet."),
    model: Path | None = typer.Option(None, "--model", help="Model folder (default: the shipped model)."),
    text_column: str = typer.Option("text", "--text-column", help="Column with the example text."),
    label_column: str = typer.Option("intent", "--label-column", help="Column with the true intent label."),
    language_column: str = typer.Option("language", "--language-column", help="Optional column with nl/da/en (per-language scores)."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object instead of tables."),
) -> None:
    """Accuracy, macro-F1, per-intent precision/recall and the most confused pairs of a model."""
    from cxmine.classify.intents.train import evaluate_intents

    res = evaluate_intents(examples, model, text_column, label_column, language_column)
    if as_json:
        typer.echo(json.dumps(res, sort_keys=True))
        return
    render_evaluation(res)
