"""The command line: help, version, ingest's exit codes and what it prints (no customer text in errors)."""

from __future__ import annotations

import shutil
from pathlib import Path

from typer.testing import CliRunner

from cxmine import __version__
from cxmine.cli.app import app

DATA = Path(__file__).parent / "data" / "pipeline"
runner = CliRunner()


def test_help_lists_commands() -> None:
    res = runner.invoke(app, ["--help"])
    assert res.exit_code == 0
    for cmd in ("ingest", "topics", "classify"):
        assert cmd in res.output


def test_version() -> None:
    res = runner.invoke(app, ["--version"])
    assert res.exit_code == 0 and __version__ in res.output


def test_ingest_reports_bad_files_and_strict_exit(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    for name in ("chat_mixed.jsonl", "junk.bin"):
        shutil.copy(DATA / name, src / name)
    out = tmp_path / "out"
    res = runner.invoke(app, ["ingest", str(src), "--out", str(out), "--salt", "s", "--no-progress"])
    assert res.exit_code == 0, res.output
    assert "junk.bin" in res.output  # named (stderr is mixed into output by CliRunner)
    assert "amy.w@example.com" not in res.output
    res = runner.invoke(app, ["ingest", str(src), "--out", str(out), "--strict", "--no-progress"])
    assert res.exit_code == 2


def test_ingest_unknown_format_is_a_clear_error(tmp_path: Path) -> None:
    res = runner.invoke(app, ["ingest", str(DATA / "chat_mixed.jsonl"), "--out", str(tmp_path), "--format", "nope"])
    assert res.exit_code != 0
    assert "Unknown format" in str(res.exception) or "Unknown format" in res.output


def test_ingest_table_with_columns(tmp_path: Path) -> None:
    csv = tmp_path / "q.csv"
    csv.write_text("id,question,when\nq1,Where is my parcel?,2026-11-02T10:00:00Z\nq2,Hvor er min pakke?,\n")
    out = tmp_path / "out"
    res = runner.invoke(
        app,
        ["ingest", str(csv), "--out", str(out), "--format", "table", "--text-column", "question", "--id-column",
         "id", "--time-column", "when", "--no-progress"],
    )
    assert res.exit_code == 0, res.output
    import pyarrow.dataset as ds

    rows = ds.dataset(out / "messages", partitioning="hive").to_table().to_pylist()
    assert sorted(r["message_id"] for r in rows) == ["q1", "q2"]
    assert len({r["contact_id"] for r in rows}) == 2  # every row its own contact


def test_ingest_out_that_is_a_file_is_a_usage_error(tmp_path: Path) -> None:
    target = tmp_path / "report.parquet"
    target.write_bytes(b"not a folder")
    res = runner.invoke(app, ["ingest", str(DATA / "chat_mixed.jsonl"), "--out", str(target), "--no-progress"])
    assert res.exit_code != 0
    from cxmine.errors import UsageError

    assert isinstance(res.exception, UsageError) and "is a file; pass a folder" in str(res.exception)
    assert target.read_bytes() == b"not a folder"  # untouched


def test_ingest_without_input_files_says_so(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "README.md").write_text("# notes\n")
    res = runner.invoke(app, ["ingest", str(empty), "--out", str(tmp_path / "out"), "--no-progress"])
    assert res.exit_code == 0
    assert "No input files found" in res.output
