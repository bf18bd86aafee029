"""The Typer app. Each command lives in its own module under ``cxmine/cli/`` and only parses options, then
calls a library function. Errors from ``cxmine.errors`` become one red line on stderr and exit code 1, with no
traceback (tracebacks could show customer text in local variables)."""

from __future__ import annotations

import os
import sys

import typer

from cxmine import __version__

app = typer.Typer(
    name="cxmine",
    help=(
        "What do our customers really ask us? Reads customer-contact exports (email, chat, call transcripts) in "
        "Dutch, Danish and English, cleans and redacts them, extracts the questions, finds topics and intents, "
        "and writes Parquet tables.\n\nTypical run: cxmine ingest examples/ --out out/ ; cxmine topics out/ ; "
        "cxmine classify out/"
    ),
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode="rich",
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"cxmine {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Show the version and exit."),
) -> None:
    """cxmine: customer-contact mining."""


def _register() -> None:
    from cxmine.cli import classify, ingest, topics  # noqa: F401 - each module adds its command(s) to ``app``


_register()


def main() -> None:
    """Console-script entry point: run the app, turning cxmine errors into one line on stderr."""
    from cxmine.errors import CxmineError

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    try:
        app()
    except CxmineError as exc:
        from rich.console import Console

        Console(stderr=True).print(f"[bold red]Error:[/] {exc}", highlight=False, markup=True)
        sys.exit(1)
    except KeyboardInterrupt:
        sys.stderr.write("Interrupted; outputs written so far are complete (writes are atomic).\n")
        sys.exit(130)
