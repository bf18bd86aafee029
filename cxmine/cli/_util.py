"""Shared pieces of the commands: a group whose first argument may be its default command's argument."""

from __future__ import annotations

from pathlib import Path

import click
from typer.core import TyperGroup


class DefaultRunGroup(TyperGroup):
    """A group that treats ``NAME ARG ...`` as ``NAME run ARG ...`` when ARG is not a subcommand."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and not args[0].startswith("-") and args[0] not in self.commands:
            args = ["run", *args]
        elif args and args[0].startswith("-") and args[0] not in ("--help", "-h") and not ctx.resilient_parsing:
            # options before the argument (e.g. ``classify --model m out``) also belong to ``run``
            args = ["run", *args]
        return super().parse_args(ctx, args)


def writable_folder(out: Path, option: str = "--out") -> None:
    """Create ``out`` if missing and prove it takes a file, before anything is read (a UsageError otherwise)."""
    import tempfile

    from cxmine.errors import UsageError

    try:
        out.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=out, prefix=".cxmine-write-test-"):
            pass
    except OSError as err:
        raise UsageError(f"{option} {out}: cannot write there ({err.strerror or type(err).__name__})") from None
