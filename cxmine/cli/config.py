"""``cxmine config show`` prints the effective settings and where each comes from; ``cxmine config init`` writes a
commented example cxmine.toml. The settings themselves are read by ``cxmine.config.load_settings``.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from cxmine.cli.app import app

config_app = typer.Typer(
    help=(
        "Settings: 'cxmine config show' prints the effective settings and where each comes from; 'cxmine config "
        "init' writes an example cxmine.toml. Precedence, key by key: defaults < cxmine.toml (else \\[tool.cxmine] "
        "in pyproject.toml) < CXMINE_* environment variables < command-line options."
    ),
    no_args_is_help=True,
    rich_markup_mode="rich",
)
app.add_typer(config_app, name="config")

EXAMPLE_TOML = """\
# cxmine settings. Precedence, key by key: defaults < this file < CXMINE_* environment variables
# (CXMINE_LANGUAGES=nl,da, CXMINE_AGENT_DOMAINS=a.example,b.example, ...) < command-line options.
# Relative paths are relative to this file's folder. Uncomment what you need; check with: cxmine config show

# Expected languages (nl, da, en); texts in other languages become "other".
# languages = ["nl", "da", "en"]

# Your agents: e-mail domains, and addresses, phone numbers or chat names. Their replies are not questions.
# agent_domains = ["example.com"]
# agent_addresses = ["Example Customer Service", "+31 20 123 4567"]

# Personal-data redaction is on by default. Words it must never remove (company, products, your own phone
# number), and extra patterns NAME = 'REGEX' (replaced by <NAME>; single quotes keep backslashes as they are).
# redact = true
# keep = ["Example", "+31 20 123 4567"]
# redact_patterns = { ORDER = 'EX-\\d{6}', TICKET = 'T-\\d{5}' }

# Salt of the customer_key hashes. Better kept out of files that are shared: set CXMINE_SALT instead.
# Unset: a random salt kept in OUT/.cxmine/salt.
# salt = "change-me"

# Knowledge base for gaps: FAQ tables, chatbot training data, Rasa/Dialogflow exports, help-centre folders.
# kb = ["faq.csv", "help-centre"]
# gap_threshold = 0.35            # similarity below which a question is unanswered (default: measured)

# Models: your intent model ('cxmine classify train'), a local sentence model (minilm or a folder), and the
# topic and gap models saved last week (topic and gap ids stay stable from week to week).
# intent_model = "models/intents"
# embedding_model = "minilm"
# topic_model = "models/topics"
# gap_model = "models/gaps"

# Run: worker processes, the smallest topic, the random seed, and what to model (question or message).
# workers = 4
# min_topic_size = 10
# seed = 42
# unit = "question"

# Input limits (MiB; the defaults are shown). Raise one when a real export is refused as too_large in OUT/errors:
# the largest file read whole (JSON documents, transcripts, WhatsApp chats, e-mails), the longest line of a
# streamed file (JSON Lines, CSV), what one .zip may unpack to, its largest member, and a member's highest
# compression ratio (a zip bomb's is 1000:1).
# max_file_mb = 1024
# max_record_mb = 64
# max_zip_mb = 2048
# max_zip_member_mb = 8192
# max_zip_ratio = 100
"""


def _cell(value: object) -> Text:
    """A value as a table cell, never read as rich markup (a path may hold square brackets)."""
    if value is None or value == [] or value == {}:
        return Text("-", style="dim")
    if isinstance(value, bool):
        return Text(str(value).lower())
    if isinstance(value, list):  # one item a line when items have spaces ("Nordhus Klantenservice") or are long
        items = [str(v) for v in value]
        wide = any(" " in v for v in items) or sum(map(len, items)) > 40
        return Text(("\n" if wide else ", ").join(items))
    if isinstance(value, dict):
        return Text("\n".join(f"{k}={v}" for k, v in value.items()))
    return Text(str(value))


def _settings_table(values: dict[str, object], sources: dict[str, str]) -> Table:
    table = Table(title="cxmine settings", title_justify="left")
    table.add_column("setting", style="bold")
    table.add_column("value")
    table.add_column("source")
    for key, value in values.items():
        source = sources[key]
        table.add_row(key, _cell(value), Text(source, style="dim" if source == "default" else "green"))
    return table


@config_app.command("show")
def show_cmd(
    config: Path | None = typer.Option(None, "--config", help="A cxmine.toml (or a pyproject.toml with \\[tool.cxmine]) to read instead of ./cxmine.toml or ./pyproject.toml."),
    fmt: str = typer.Option("table", "--format", help="table (for people) or json (settings, sources and the config file, for scripts)."),
) -> None:
    """Print the effective settings and where each comes from (default, the config file, the environment).

    A salt that is set is shown as <hidden>.
    """
    from cxmine.config import discover_config, display_path, load_settings, settings_dict
    from cxmine.errors import UsageError

    if fmt not in ("table", "json"):
        raise UsageError(f"--format must be table or json, not {fmt!r}")
    settings, sources = load_settings(config)
    used = Path(os.path.abspath(config)) if config is not None else discover_config()
    values = settings_dict(settings)
    if fmt == "json":
        doc = {"config_file": str(used) if used else None, "settings": values, "sources": sources}
        typer.echo(json.dumps(doc, ensure_ascii=False, indent=1))
        return
    err = Console(stderr=True)
    err.print(Text(f"config file: {display_path(used)}" if used else "no config file (./cxmine.toml or [tool.cxmine] in ./pyproject.toml)"))
    Console().print(_settings_table(values, sources))


@config_app.command("init")
def init_cmd(
    path: Path = typer.Argument(Path("cxmine.toml"), help="Where to write the file (a folder: its cxmine.toml)."),
    force: bool = typer.Option(False, "--force", help="Overwrite the file if it exists."),
) -> None:
    """Write a commented example cxmine.toml: every setting, explained, commented out."""
    from cxmine.errors import UsageError

    target = path / "cxmine.toml" if path.is_dir() else path
    if target.exists() and not force:
        raise UsageError(f"{target} exists; pass --force to overwrite it")
    if not target.parent.is_dir():
        raise UsageError(f"folder {target.parent} does not exist; create it first")
    tmp = target.with_name(f".{target.name}.tmp")
    try:
        tmp.write_text(EXAMPLE_TOML, encoding="utf-8")
        os.replace(tmp, target)  # never a half-written file
    finally:
        tmp.unlink(missing_ok=True)
    check = "cxmine config show" + ("" if target.resolve() == (Path.cwd() / "cxmine.toml").resolve() else f" --config {target}")
    Console(stderr=True).print(Text(f"wrote {target}; edit it, then check it with: {check}"))
