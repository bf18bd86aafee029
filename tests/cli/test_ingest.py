"""``cxmine ingest`` through the Typer app: summary table, exit codes, usage errors, bad files (no customer text)."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pyarrow.dataset as ds
import pytest
from typer.testing import CliRunner

from cxmine.cli.app import app
from cxmine.errors import UsageError

DATA = Path(__file__).resolve().parents[1] / "data" / "pipeline"
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
runner = CliRunner()


def _ingest(*args: str):  # noqa: ANN202 - click.testing.Result
    return runner.invoke(app, ["ingest", *args, "--no-progress", "--salt", "test-salt"])


def _rows(out: Path, name: str) -> list[dict]:
    return ds.dataset(out / name, partitioning="hive").to_table().to_pylist()


def _flat(text: str) -> str:
    """``text`` without whitespace: rich wraps (and folds long paths) at 80 columns when not on a terminal."""
    return "".join(text.split())


def _main(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    """``cxmine.cli.app.main()`` as a user runs it: its own process, stderr not a terminal, default width."""
    env = {k: v for k, v in os.environ.items() if k not in ("CXMINE_DEBUG", "COLUMNS", "LINES")}
    return subprocess.run([sys.executable, "-m", "cxmine", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=120)


def test_successful_run_prints_the_summary_table(tmp_path: Path) -> None:
    out = tmp_path / "out"
    # --no-language: detection builds its word lists on first use (~10 s with the fresh test cache);
    # tests/pipeline/test_run.py covers languages and questions
    res = _ingest(str(DATA / "chat_mixed.jsonl"), str(DATA / "thread_nl.mbox"), "--out", str(out),
                  "--agent-domain", "winkel.example", "--no-language")
    assert res.exit_code == 0, res.output
    table = res.stdout  # data (the summary) on stdout, diagnostics on stderr
    assert _flat(f"cxmine ingest -> {out}") in _flat(table)  # the title names OUT
    lines = table.splitlines()

    def row(label: str) -> str:
        return next(line for line in lines if line.startswith(f"│ {label} "))

    assert row("files").split("│")[2].strip() == "2 read, 0 failed"
    assert row("new messages").split("│")[3].strip() == "7"  # 5 good chat lines + 2 e-mails
    assert [c.strip() for c in row("channel").split("│")[1:4]] == ["channel", "chat", "5"]  # largest first
    assert row("new questions").split("│")[3].strip() == "0"
    assert "3 contacts, 7 messages" in row("dataset totals")
    assert [c.strip() for c in row("language").split("│")[2:4]] == ["und", "7"]  # --no-language
    assert "chat_mixed.jsonl" in _flat(res.stderr)  # its truncated last line is a record error, named on stderr
    assert "chat_mixed.jsonl" not in table
    assert "amy.w@example.com" not in res.output and "karin.visser@example.nl" not in res.output
    assert len(_rows(out, "messages")) == 7


def test_strict_with_a_bad_file_exits_2(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(DATA / "thread_nl.mbox", src / "thread_nl.mbox")
    shutil.copy(DATA / "junk.bin", src / "junk.bin")
    out = tmp_path / "out"
    res = _ingest(str(src), "--out", str(out), "--strict", "--no-language")
    assert res.exit_code == 2, res.output
    assert "junk.bin" in _flat(res.stderr)
    assert len(_rows(out, "messages")) == 2  # the good file is still ingested
    # without --strict the same input is a success
    assert _ingest(str(src), "--out", str(tmp_path / "lenient"), "--no-language").exit_code == 0


def test_strict_without_errors_exits_0(tmp_path: Path) -> None:
    res = _ingest(str(DATA / "thread_nl.mbox"), "--out", str(tmp_path / "out"), "--strict", "--no-language")
    assert res.exit_code == 0, res.output


def test_unknown_format_is_a_usage_error_naming_the_value(tmp_path: Path) -> None:
    out = tmp_path / "out"
    res = _ingest(str(DATA / "chat_mixed.jsonl"), "--out", str(out), "--format", "nope")
    assert res.exit_code != 0
    assert isinstance(res.exception, UsageError)
    message = str(res.exception)
    assert "'nope'" in message and "chat_json" in message  # the value seen and the formats to choose from
    assert not out.exists()  # failed before writing anything


def test_out_that_is_a_file_is_a_usage_error(tmp_path: Path) -> None:
    target = tmp_path / "report.parquet"
    target.write_bytes(b"not a folder")
    res = _ingest(str(DATA / "chat_mixed.jsonl"), "--out", str(target))
    assert res.exit_code != 0
    assert isinstance(res.exception, UsageError)
    assert "--out" in str(res.exception) and "is a file; pass a folder" in str(res.exception)
    assert target.read_bytes() == b"not a folder"  # untouched


def test_bad_redact_pattern_names_the_option(tmp_path: Path) -> None:
    out = tmp_path / "out"
    proc = _main("ingest", str(DATA / "chat_mixed.jsonl"), "--out", str(out), "--no-progress",
                 "--redact-pattern", r"KLANTNR=KL-(\d+", cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    assert proc.stderr.startswith("Error: --redact-pattern: KLANTNR: invalid regular expression")
    assert "redact_pattern" not in proc.stderr  # the library's parameter name is worded as the option
    assert "Traceback" not in proc.stderr and proc.stdout == ""
    assert not out.exists()  # checked before any file is read


def test_a_long_error_is_one_line_on_stderr(tmp_path: Path) -> None:
    proc = _main("ingest", str(DATA / "chat_mixed.jsonl"), "--out", str(tmp_path / "out"),
                 "--redact-pattern", r"KLANTNR=KL-(\d+", cwd=tmp_path)
    assert proc.returncode == 1
    assert len(proc.stderr.splitlines()) == 1, proc.stderr


def test_redact_pattern_without_name_is_a_usage_error(tmp_path: Path) -> None:
    res = _ingest(str(DATA / "chat_mixed.jsonl"), "--out", str(tmp_path / "out"), "--redact-pattern", "KL-\\d+")
    assert isinstance(res.exception, UsageError) and "--redact-pattern needs NAME=REGEX" in str(res.exception)


def test_corrupt_file_is_recorded_and_the_rest_is_ingested(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "orders.parquet").write_bytes(b"PAR1\x00\x01 truncated by the export tool PAR1")
    shutil.copy(DATA / "thread_nl.mbox", src / "thread_nl.mbox")
    out = tmp_path / "out"
    res = _ingest(str(src), "--out", str(out), "--no-language")
    assert res.exit_code == 0, res.output
    errors = {Path(e["source_file"]).name: e for e in _rows(out, "errors")}
    assert set(errors) == {"orders.parquet"}
    assert errors["orders.parquet"]["error"] == "corrupt"
    assert "notread:" in _flat(res.stderr) and "orders.parquet(corrupt)" in _flat(res.stderr)
    assert "1 read, 1 failed" in res.stdout
    messages = _rows(out, "messages")
    assert {Path(m["source_file"]).name for m in messages} == {"thread_nl.mbox"} and len(messages) == 2


@pytest.mark.skipif(importlib.util.find_spec("extract_msg") is not None, reason="extract-msg is installed")
def test_msg_without_extract_msg_says_how_to_install_it(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "x.msg").write_bytes(OLE2_MAGIC + b"\x00" * 24 + b"not really a compound file")
    shutil.copy(DATA / "thread_nl.mbox", src / "thread_nl.mbox")
    out = tmp_path / "out"
    res = _ingest(str(src), "--out", str(out), "--no-language")
    assert res.exit_code == 0, res.output
    errors = [e for e in _rows(out, "errors") if Path(e["source_file"]).name == "x.msg"]
    assert len(errors) == 1
    assert "pip install 'cxmine[msg]'" in errors[0]["detail"]
    assert "x.msg(unsupported)" in _flat(res.stderr) and "pipinstall'cxmine[msg]'" in _flat(res.stderr)
    assert len(_rows(out, "messages")) == 2  # the other file went through


def test_table_with_named_columns(tmp_path: Path) -> None:
    csv = tmp_path / "q.csv"
    csv.write_text("id,question,when\nq1,Where is my parcel?,2026-11-02T10:00:00Z\nq2,Hvor er min pakke?,\n")
    out = tmp_path / "out"
    res = _ingest(str(csv), "--out", str(out), "--format", "table", "--text-column", "question", "--id-column",
                  "id", "--time-column", "when", "--no-language")
    assert res.exit_code == 0, res.output
    rows = _rows(out, "messages")
    assert sorted(r["message_id"] for r in rows) == ["q1", "q2"]
    assert len({r["contact_id"] for r in rows}) == 2  # every row its own contact


def test_without_input_files_says_so(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "README.md").write_text("# notes\n")
    res = _ingest(str(empty), "--out", str(tmp_path / "out"))
    assert res.exit_code == 0
    assert "Noinputfilesfound" in _flat(res.stderr)


def test_missing_path_is_reported_and_the_other_paths_are_read(tmp_path: Path) -> None:
    out = tmp_path / "out"
    res = _ingest(str(tmp_path / "nowhere"), str(DATA / "thread_nl.mbox"), "--out", str(out), "--no-language")
    assert res.exit_code == 0, res.output  # not the usage-error code: the batch went through
    assert "nowhere(not_found)" in _flat(res.stderr)
    assert _rows(out, "messages")
    assert any(r["error"] == "not_found" and r["source_file"].endswith("nowhere") for r in _rows(out, "errors"))
    strict = _ingest(str(tmp_path / "nowhere"), "--out", str(tmp_path / "out2"), "--strict")
    assert strict.exit_code == 2


@pytest.mark.parametrize(
    ("option", "value", "says"),
    [("--languages", "nl,xx", "'xx' is not a language code"), ("--language-backend", "nonsense", "unknown backend")],
)
def test_bad_language_options_fail_before_reading(tmp_path: Path, option: str, value: str, says: str) -> None:
    out = tmp_path / "out"
    res = _ingest(str(DATA / "thread_nl.mbox"), "--out", str(out), option, value)
    assert res.exit_code != 0
    assert isinstance(res.exception, UsageError), res.exception
    assert says in str(res.exception)
    assert not (out / "messages").exists()  # nothing was read or written


def test_out_that_cannot_be_written_is_a_usage_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    res = _ingest(str(DATA / "thread_nl.mbox"), "--out", str(blocker / "out"))
    assert isinstance(res.exception, UsageError), res.exception
    assert "cannot write there" in str(res.exception)


def test_help_documents_the_exit_codes() -> None:
    res = runner.invoke(app, ["--help"], env={"COLUMNS": "200"})
    text = _flat(res.output)
    for code in ("0success", "1anerror", "2acommand-lineusageerror", "3aninternalerror", "130interrupted"):
        assert code in text, code


def test_out_inside_the_input_folder_is_not_read_as_input(tmp_path: Path) -> None:
    exports = tmp_path / "exports"
    exports.mkdir()
    shutil.copy(DATA / "thread_nl.mbox", exports / "thread_nl.mbox")
    out = exports / "out"
    first = _ingest(str(exports), "--out", str(out), "--no-language")
    assert first.exit_code == 0, first.output
    second = _ingest(str(exports), "--out", str(out), "--no-language", "--strict")
    assert second.exit_code == 0, second.stderr  # OUT's own Parquet files were not taken for exports
    assert not [r for r in _rows(out, "errors") if "/out/" in r["source_file"] or r["source_file"].startswith("out")]
