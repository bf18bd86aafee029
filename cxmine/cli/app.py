"""The Typer app. Each command lives in its own module under ``cxmine/cli/`` and only parses options, then
calls a library function. Errors from ``cxmine.errors`` become one red line on stderr and exit code 1, with no
traceback (tracebacks could show customer text in local variables)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import typer

from cxmine import __version__

app = typer.Typer(
    name="cxmine",
    help=(
        "What do our customers really ask us? Reads customer-contact exports (email, chat, call transcripts) in "
        "Dutch, Danish and English, cleans and redacts them, extracts the questions, finds topics and intents, "
        "and writes Parquet tables.\n\nTypical run: cxmine run exports/ --out out/ --kb faq.csv (or step by step: cxmine ingest exports/ --out out/ ; cxmine topics out/ ; "
        "cxmine classify out/ ; cxmine gaps out/ --kb faq.csv ; cxmine report out/)"
    ),
    epilog=(
        "Exit codes: 0 success (files that could not be read are named on stderr and in OUT/errors) · 1 an error "
        "explained in one red line (bad option value, missing table, output folder busy or not writable) · 2 a "
        "command-line usage error, or ingest --strict when a file or record could not be read · 3 an internal "
        "error (the message is withheld: it may hold customer text; CXMINE_DEBUG=1 shows it) · 130 interrupted."
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
    from cxmine.cli import classify, config, gaps, ingest, report, run, topics  # noqa: F401 - each module adds its command(s) to ``app``


_register()


INTERRUPTED = "Interrupted; outputs written so far are complete (writes are atomic).\n"


def option_name(param: str) -> str:
    """The command-line option of a library parameter: ``min_topic_size`` -> ``--min-topic-size``."""
    return "--" + param.replace("_", "-")


def error_text(exc: Exception) -> str:
    """A library error as the CLI says it: a parameter error names the option."""
    from cxmine.errors import ParameterError

    if isinstance(exc, ParameterError):
        return f"{option_name(exc.param)}: {exc.message}"
    return str(exc)


def main() -> None:
    """Console-script entry point: run the app, turning cxmine errors into one line on stderr."""
    from cxmine.errors import CxmineError

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    try:
        app()
    except CxmineError as exc:
        from rich.console import Console
        from rich.text import Text

        Console(stderr=True).print(Text.assemble(("Error: ", "bold red"), error_text(exc)), highlight=False,
                                   soft_wrap=True)
        sys.exit(1)
    except SystemExit as exc:
        if exc.code == 130:  # Typer turns Ctrl-C into exit code 130 before it reaches the handler below
            sys.stderr.write(INTERRUPTED)
        raise
    except (typer.Exit, typer.Abort):
        raise
    except KeyboardInterrupt:
        sys.stderr.write(INTERRUPTED)
        sys.exit(130)
    except Exception as exc:  # the last line of defence: no traceback, no message text
        if os.environ.get("CXMINE_DEBUG"):
            raise
        import traceback

        frame = traceback.extract_tb(exc.__traceback__)[-1]
        sys.stderr.write(
            f"Internal error: {type(exc).__name__} in {Path(frame.filename).name}:{frame.lineno}. The message is "
            "not shown because it may contain customer text; set CXMINE_DEBUG=1 to see the full traceback, "
            "and please report it.\n"
        )
        sys.exit(3)
