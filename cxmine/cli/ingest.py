"""``cxmine ingest``: export files -> OUT/messages, OUT/contacts, OUT/questions, OUT/errors.

A thin command: it turns the options into an ``IngestConfig`` and calls the ingest run (cxmine/pipeline/run.py).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from cxmine.cli import _limits
from cxmine.cli._engine import ENGINE_HELP, MASTER_HELP, check_engine
from cxmine.cli._util import writable_folder
from cxmine.cli.app import app
from cxmine.errors import UsageError

if TYPE_CHECKING:  # imported when the command runs, so that --help stays fast
    from cxmine.pipeline.stages import TextConfig


def _parse_patterns(values: list[str]) -> tuple[tuple[str, str], ...]:
    """--redact-pattern values NAME=REGEX as (NAME, REGEX) pairs; the regexes are compiled later."""
    out = []
    for v in values:
        if "=" not in v:
            raise UsageError(f"--redact-pattern needs NAME=REGEX, got a value without '=' ({len(v)} characters)")
        name, regex = v.split("=", 1)
        if not name.strip():
            raise UsageError("--redact-pattern needs a NAME before '='")
        out.append((name.strip(), regex))
    return tuple(out)


def _validate(out: Path, languages: str, channel: str | None) -> tuple[str, ...]:
    """Check --out, --languages and --channel before anything is read; the language codes, lower case."""
    from cxmine.schema import CHANNELS

    if out.exists() and not out.is_dir():
        raise UsageError(f"--out {out} is a file; pass a folder (it is created if missing)")
    langs = tuple(x.strip().lower() for x in languages.split(",") if x.strip())
    if not langs:
        raise UsageError("--languages needs at least one language code, e.g. nl,da,en")
    if channel and channel not in CHANNELS:
        raise UsageError(f"--channel must be one of {', '.join(CHANNELS)}; got {channel!r}")
    return langs


def _text_config(
    languages: tuple[str, ...],
    agent_domain: list[str],
    *,
    no_redact: bool,
    redact_pattern: list[str],
    keep: list[str],
    no_strip_quotes: bool,
    no_language: bool,
    no_questions: bool,
    language_backend: str,
) -> TextConfig:
    """The text stages' settings from the "Text stages" options; a UsageError for a --redact-pattern without '='."""
    from cxmine.pipeline.stages import TextConfig
    from cxmine.text.keep import keep_terms

    return TextConfig(
        strip_quotes=not no_strip_quotes,
        redact=not no_redact,
        redact_patterns=_parse_patterns(redact_pattern),
        keep_terms=keep_terms(keep, agent_domain),
        detect_language=not no_language,
        languages=languages,
        language_backend=language_backend,
        extract_questions=not no_questions,
    )


def _check_before_reading(encoding: str | None, format: str | None, text: TextConfig) -> None:
    """Fail now rather than after reading: an unknown --encoding or --format, or a --redact-pattern regex error."""
    if encoding:
        import codecs

        try:
            codecs.lookup(encoding)
        except LookupError:
            raise UsageError(
                f"--encoding {encoding!r} is not a text encoding Python knows (try utf-8, cp1252, latin-1)"
            ) from None
    if format:
        from cxmine.ingest import get_reader

        get_reader(format)  # fail early on a typo
    if text.redact and text.redact_patterns:
        from cxmine.text.redact import Redactor

        Redactor(extra_patterns=dict(text.redact_patterns))  # invalid regex -> UsageError now
    text.check()  # --languages, --language-backend


@app.command("ingest")
def ingest(
    paths: list[Path] = typer.Argument(..., help="Files, folders (read recursively), Maildir folders or .zip archives. A path that does not exist is reported (stderr, OUT/errors) and the others are read."),
    out: Path = typer.Option(..., "--out", "-o", help="Output folder for the Parquet datasets."),
    format: str | None = typer.Option(None, "--format", "-f", help="Force a reader: eml, mbox, maildir, msg, chat_json, zendesk, intercom, whatsapp, webvtt, srt, sbv, whisper, aws_transcribe, transcript, table.", rich_help_panel="Input"),
    agent_domain: list[str] = typer.Option([], "--agent-domain", help="E-mail domain of your company's agents (repeatable).", rich_help_panel="Input"),
    agent_address: list[str] = typer.Option([], "--agent-address", help="Address, number or chat name of an agent (repeatable).", rich_help_panel="Input"),
    languages: str = typer.Option("nl,da,en", "--languages", help="Expected languages; others become 'other'.", rich_help_panel="Text stages"),
    strict: bool = typer.Option(False, "--strict", help="Exit with code 2 when any file or record could not be read.", rich_help_panel="Input"),
    encoding: str | None = typer.Option(None, "--encoding", help="Text encoding of the input files (e.g. cp1252); default: detected per file.", rich_help_panel="Input"),
    text_column: str | None = typer.Option(None, "--text-column", help="Tables: the column with the message text.", rich_help_panel="Tables"),
    id_column: str | None = typer.Option(None, "--id-column", help="Tables: a column whose value becomes message_id.", rich_help_panel="Tables"),
    time_column: str | None = typer.Option(None, "--time-column", help="Tables: the timestamp column.", rich_help_panel="Tables"),
    contact_column: str | None = typer.Option(None, "--contact-column", help="Tables: conversation column (else each row is a contact).", rich_help_panel="Tables"),
    speaker_column: str | None = typer.Option(None, "--speaker-column", help="Tables: customer/agent/bot column.", rich_help_panel="Tables"),
    channel: str | None = typer.Option(None, "--channel", help="Tables: channel of the rows (email, chat, call; default chat).", rich_help_panel="Tables"),
    no_redact: bool = typer.Option(False, "--no-redact", help="Keep personal data in clear text (redaction is on by default).", rich_help_panel="Text stages"),
    redact_pattern: list[str] = typer.Option([], "--redact-pattern", help="Extra redaction NAME=REGEX, replaced by <NAME> (repeatable).", rich_help_panel="Text stages"),
    keep: list[str] = typer.Option([], "--keep", help="A word never redacted, e.g. your company or product name, or its phone number (matched however the digits are grouped; +31 numbers also in 0... form) (repeatable); the name in each --agent-domain is kept too.", rich_help_panel="Text stages"),
    no_strip_quotes: bool = typer.Option(False, "--no-strip-quotes", help="Keep quoted replies and signatures.", rich_help_panel="Text stages"),
    no_language: bool = typer.Option(False, "--no-language", help="Skip language detection (language = und).", rich_help_panel="Text stages"),
    no_questions: bool = typer.Option(False, "--no-questions", help="Skip question extraction.", rich_help_panel="Text stages"),
    language_backend: str = typer.Option("auto", "--language-backend", help="auto, lingua or langdetect.", rich_help_panel="Text stages"),
    salt: str | None = typer.Option(None, "--salt", envvar="CXMINE_SALT", help="Salt for customer_key hashes (default: a random one kept in OUT/.cxmine/salt).", rich_help_panel="Text stages"),
    progress: bool | None = typer.Option(None, "--progress/--no-progress", help="Progress bar (default: on when stderr is a terminal).", rich_help_panel="Run"),
    max_file_mb: float | None = _limits.max_file_mb(),
    max_record_mb: float | None = _limits.max_record_mb(),
    max_zip_mb: float | None = _limits.max_zip_mb(),
    max_zip_member_mb: float | None = _limits.max_zip_member_mb(),
    max_zip_ratio: float | None = _limits.max_zip_ratio(),
    workers: int | None = typer.Option(None, "--workers", min=1, help="Processes for the text stages (default: all cores for 20,000+ messages, else 1).", rich_help_panel="Run"),
    engine: str = typer.Option("local", "--engine", help=ENGINE_HELP, rich_help_panel="Run"),
    spark_master: str | None = typer.Option(None, "--spark-master", help=MASTER_HELP, rich_help_panel="Run"),
) -> None:
    """Read customer-contact exports into one message table (plus contacts, questions, errors).

    Formats are detected from content and extension. Bad files are recorded in OUT/errors and named on stderr;
    the rest of the batch goes through. Re-running on the same input adds nothing.
    """
    from cxmine.cli.render import ingest_with_progress, print_ingest_summary
    from cxmine.ingest import ReadOptions
    from cxmine.pipeline.run import IngestConfig

    langs = _validate(out, languages, channel)
    cfg = IngestConfig(
        format=format,
        agent_domains=tuple(agent_domain),
        agent_addresses=tuple(agent_address),
        strict=strict,
        read=ReadOptions(encoding=encoding, text_column=text_column, id_column=id_column, time_column=time_column,
                         contact_column=contact_column, speaker_column=speaker_column, channel=channel,
                         **_limits.read_limits(max_file_mb, max_record_mb)),
        zip_limits=_limits.zip_limits(max_zip_ratio, max_zip_mb, max_zip_member_mb),
        text=_text_config(
            langs, agent_domain, no_redact=no_redact, redact_pattern=redact_pattern, keep=keep,
            no_strip_quotes=no_strip_quotes, no_language=no_language, no_questions=no_questions,
            language_backend=language_backend,
        ),
        salt=salt,
        workers=workers,
    )
    _check_before_reading(encoding, format, cfg.text)
    writable_folder(out)
    show = sys.stderr.isatty() if progress is None else progress
    if check_engine(engine, spark_master) == "spark":
        from cxmine.spark import ingest_on_spark

        result = ingest_on_spark(paths, out, cfg, master=spark_master)  # Spark shows its own progress
    else:
        result = ingest_with_progress(paths, out, cfg, show)
    print_ingest_summary(result)
    if strict and result.errors:
        raise typer.Exit(2)
