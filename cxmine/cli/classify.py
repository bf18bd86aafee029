"""``cxmine classify``: label an output folder with intents, or train/evaluate an intent model.

``cxmine classify OUT`` runs the default command ``run``; ``train`` and ``evaluate`` are subcommands. A small
click group routes a first argument that is not a subcommand name to ``run`` (a folder literally named
``train`` can still be classified with ``cxmine classify run train``).
"""

from __future__ import annotations

import json
from pathlib import Path

import click
import typer
from rich.console import Console
from rich.table import Table
from typer.core import TyperGroup

from cxmine.cli.app import app


class _DefaultRunGroup(TyperGroup):
    """A group that treats ``classify OUT ...`` as ``classify run OUT ...``."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and not args[0].startswith("-") and args[0] not in self.commands:
            args = ["run", *args]
        elif args and args[0].startswith("-") and args[0] not in ("--help", "-h") and not ctx.resilient_parsing:
            # options before OUT (e.g. ``classify --model m out``) also belong to ``run``
            args = ["run", *args]
        return super().parse_args(ctx, args)


classify_app = typer.Typer(
    cls=_DefaultRunGroup,
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
) -> None:
    """Classify OUT/questions (or customer messages) and write OUT/intents."""
    from cxmine.classify.intent_run import classify_out

    result = classify_out(out, model, unit)
    _err.print(f"Wrote {result.n_rows} {result.unit} intents to {result.path} (model: {result.model_dir})")
    Console().print(_volume_table(result.volumes, result.unit))


def _volume_table(volumes: list[dict], unit: str) -> Table:
    langs = sorted({k for r in volumes for k in r["by_language"]})
    channels = sorted({k for r in volumes for k in r["by_channel"]})
    table = Table(title=f"Intent volumes ({unit}s)")
    table.add_column("intent")
    table.add_column("total", justify="right")
    for lang in langs:
        table.add_column(lang, justify="right")
    for ch in channels:
        table.add_column(ch, justify="right", style="cyan")
    for r in volumes:
        table.add_row(
            r["intent"],
            str(r["total"]),
            *(str(r["by_language"].get(x, 0)) for x in langs),
            *(str(r["by_channel"].get(x, 0)) for x in channels),
        )
    return table


@classify_app.command("train")
def train_cmd(
    examples: Path = typer.Argument(..., help="Labelled examples: CSV, TSV, JSON Lines or Parquet."),
    model: Path = typer.Option(..., "--model", help="Folder to write the model to (replaced atomically)."),
    text_column: str = typer.Option("text", "--text-column"),
    label_column: str = typer.Option("intent", "--label-column"),
    language_column: str = typer.Option("language", "--language-column", help="Optional; per-language branches."),
    features: str = typer.Option("auto", "--features", help="auto | tfidf | tfidf+emb (sentence embeddings)."),
    threshold: str = typer.Option("auto", "--threshold", help="'auto' (held-out) or a confidence in [0, 1]."),
    seed: int = typer.Option(0, "--seed", help="random_state of splits and SVMs."),
) -> None:
    """Train an intent model on your own labelled examples."""
    from cxmine.classify.intent_train import train_intents
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
    held = meta["metrics"]["heldout"]
    table = Table(title=f"Trained {model} ({meta['training_data']['n_examples']} examples)")
    for col in ("branch", "features", "held-out accuracy", "n held-out"):
        table.add_column(col)
    for key, m in held["per_branch"].items():
        acc = m["accuracy"]
        table.add_row(key, meta["features"][key], "-" if acc is None or acc != acc else f"{acc:.3f}", str(m["n_heldout"]))
    Console().print(table)
    _err.print(
        f"threshold {meta['threshold']:.3f} ({held['unknown_rate_at_threshold']:.1%} of held-out rows -> unknown); "
        f"{len(meta['labels'])} intents; {meta['training_seconds']} s"
    )


@classify_app.command("evaluate")
def evaluate_cmd(
    examples: Path = typer.Argument(..., help="Labelled examples: CSV, TSV, JSON Lines or Parquet."),
    model: Path | None = typer.Option(None, "--model", help="Model folder (default: the shipped model)."),
    text_column: str = typer.Option("text", "--text-column"),
    label_column: str = typer.Option("intent", "--label-column"),
    language_column: str = typer.Option("language", "--language-column"),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object instead of tables."),
) -> None:
    """Accuracy, macro-F1, per-intent precision/recall and the most confused pairs of a model."""
    from cxmine.classify.intent_train import evaluate_intents

    res = evaluate_intents(examples, model, text_column, label_column, language_column)
    if as_json:
        typer.echo(json.dumps(res, sort_keys=True))
        return
    con = Console()
    summary = Table(title="Intent evaluation")
    for col in ("n", "accuracy", "macro-F1", "unknown rate", "accuracy of kept"):
        summary.add_column(col, justify="right")
    kept = res["accuracy_of_kept"]
    summary.add_row(str(res["n"]), f"{res['accuracy']:.3f}", f"{res['macro_f1']:.3f}", f"{res['unknown_rate']:.1%}",
                    "-" if kept is None else f"{kept:.3f}")
    con.print(summary)
    if res.get("per_language"):
        lt = Table(title="Per language")
        lt.add_column("language")
        lt.add_column("n", justify="right")
        lt.add_column("accuracy", justify="right")
        for lang, m in res["per_language"].items():
            lt.add_row(lang, str(m["n"]), f"{m['accuracy']:.3f}")
        con.print(lt)
    it = Table(title="Per intent")
    for col in ("intent", "precision", "recall", "F1", "support"):
        it.add_column(col, justify="left" if col == "intent" else "right")
    for lab, m in res["per_intent"].items():
        it.add_row(lab, f"{m['precision']:.3f}", f"{m['recall']:.3f}", f"{m['f1']:.3f}", str(m["support"]))
    con.print(it)
    if res["confused_pairs"]:
        ct = Table(title="Most confused (true -> predicted)")
        for col in ("true", "predicted", "count"):
            ct.add_column(col)
        for p in res["confused_pairs"]:
            ct.add_row(p["true"], p["predicted"], str(p["count"]))
        con.print(ct)
