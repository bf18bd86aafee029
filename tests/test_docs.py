"""The docs are complete (sqlite-utils' ``tests/test_docs.py``): every command and option of the CLI has help text,
and the README names every top-level command as ``cxmine NAME``.

The checks are functions run on the real app and on a throwaway app with known holes, so a check that silently
stopped looking (a Typer upgrade, a group it no longer recurses into) fails here too.
"""

from __future__ import annotations

from pathlib import Path

import typer
import typer.main

from cxmine.cli.app import app

README = Path(__file__).resolve().parents[1] / "README.md"

# Holes in the help known when this test was written, in cxmine/cli/classify.py; the list may only shrink:
# delete an entry when its option gets a help text (a new hole anywhere else fails the test).
KNOWN_GAPS: set[str] = set()  # options known to lack help text; keep it empty


def _subcommands(command: object) -> dict:
    # Typer >= 0.26 vendors Click, so its groups are not ``click.Group``: a group is what has subcommands
    commands = getattr(command, "commands", None)
    return commands if isinstance(commands, dict) else {}


def undocumented(command: object, path: str = "cxmine") -> list[str]:
    """Every command (recursing into groups) and parameter under ``command`` that has no help text."""
    problems = []
    if not (command.help or "").strip():
        problems.append(f"{path}: command has no help text")
    for param in command.params:
        if param.name == "help":
            continue
        if not (getattr(param, "help", None) or "").strip():
            kind = param.param_type_name
            name = param.opts[0] if kind == "option" else param.name.upper()
            problems.append(f"{path} {name}: {kind} has no help text")
    for name, sub in sorted(_subcommands(command).items()):
        problems.extend(undocumented(sub, f"{path} {name}"))
    return problems


def missing_from_readme(command: object, readme: str) -> list[str]:
    """Top-level commands the README never names as ``cxmine NAME``."""
    return sorted(name for name in _subcommands(command) if f"cxmine {name}" not in readme)


def _throwaway_app() -> typer.Typer:
    """An app with one hole of each kind: an option, an argument, a command in a sub-group without help."""
    toy = typer.Typer()

    @toy.callback()
    def root() -> None:
        """A toy."""

    @toy.command()
    def hello(
        who: str = typer.Argument(...),
        loud: bool = typer.Option(False, "--loud"),
        times: int = typer.Option(1, "--times", help="How often."),
    ) -> None:
        """Say hello."""

    sub = typer.Typer(help="Sub-commands.")
    toy.add_typer(sub, name="sub")

    @sub.command("quiet")
    def quiet(level: int = typer.Option(0, "--level", help="How quiet.")) -> None:
        pass

    return toy


def test_every_command_and_option_has_help() -> None:
    problems = undocumented(typer.main.get_command(app))
    new = sorted(set(problems) - KNOWN_GAPS)
    assert not new, "add help= to:\n" + "\n".join(new)


def test_the_checker_finds_holes_in_a_throwaway_app() -> None:
    problems = undocumented(typer.main.get_command(_throwaway_app()), "toy")
    assert sorted(problems) == [
        "toy hello --loud: option has no help text",
        "toy hello WHO: argument has no help text",
        "toy sub quiet: command has no help text",
    ]


def test_the_checker_reaches_the_options_of_nested_commands() -> None:
    # get_command builds fresh Click objects: take the help from an option two levels down and from a group
    cli = typer.main.get_command(app)
    train = _subcommands(_subcommands(cli)["classify"])["train"]
    assert typer.main.get_command(app) is not cli
    next(p for p in train.params if p.name == "model").help = None
    _subcommands(cli)["classify"].help = ""
    problems = set(undocumented(cli))
    assert "cxmine classify train --model: option has no help text" in problems
    assert "cxmine classify: command has no help text" in problems


def test_readme_names_every_command() -> None:
    cli = typer.main.get_command(app)
    assert set(_subcommands(cli)) >= {"ingest", "topics", "classify"}
    missing = missing_from_readme(cli, README.read_text(encoding="utf-8"))
    assert not missing, f"README.md does not mention: {', '.join(f'cxmine {m}' for m in missing)}"


def test_the_readme_check_finds_a_missing_command() -> None:
    toy = typer.main.get_command(_throwaway_app())
    assert missing_from_readme(toy, "Run `cxmine hello` first.") == ["sub"]
    assert missing_from_readme(toy, "cxmine hello, then cxmine sub quiet") == []
