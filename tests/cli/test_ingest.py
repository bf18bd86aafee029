"""``cxmine ingest`` through the Typer app: summary table, exit codes, usage errors, bad files (no customer text)."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import zipfile
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


def test_an_earlier_out_inside_the_input_folder_is_named_and_not_read(tmp_path: Path) -> None:
    # last week's OUT kept inside the export folder: its Parquet tables (redacted messages) are no export
    exports = tmp_path / "exports"
    exports.mkdir()
    shutil.copy(DATA / "thread_nl.mbox", exports / "thread_nl.mbox")
    first = _ingest(str(exports), "--out", str(exports / "week1"), "--no-language")
    assert first.exit_code == 0, first.output
    week2 = tmp_path / "week2"
    second = _ingest(str(exports), "--out", str(week2), "--no-language")
    assert second.exit_code == 0, second.output
    assert _rows(week2, "messages") and len(_rows(week2, "messages")) == len(_rows(exports / "week1", "messages"))
    skipped = [r for r in _rows(week2, "errors") if r["error"] == "skipped"]
    assert [Path(r["source_file"]).name for r in skipped] == ["week1"]
    assert "earlier cxmine run" in skipped[0]["detail"]


# --- input limits: --max-file-mb, --max-record-mb and the zip limits ---------------------------------------------

CHAT = Path(__file__).resolve().parents[1] / "data" / "chat"
EMAIL = Path(__file__).resolve().parents[1] / "data" / "email"


def test_files_over_max_file_mb_are_error_rows_and_the_rest_is_read(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(CHAT / "whatsapp_android_nl.txt", src / "big_whatsapp.txt")  # 730 bytes
    shutil.copy(EMAIL / "nl_plain.eml", src / "big.eml")  # 747 bytes
    doc = {"messages": [{"conversation_id": "k-9", "author_type": "customer", "text": f"Vraag {i}: waar blijft het?"}
                        for i in range(20)]}
    (src / "big_chat.json").write_text(json.dumps(doc))  # over 1,000 bytes, read whole
    shutil.copy(CHAT / "whatsapp_us_en.txt", src / "small_whatsapp.txt")  # 519 bytes
    shutil.copy(EMAIL / "en_mislabelled_utf8.eml", src / "small.eml")  # 304 bytes
    shutil.copy(CHAT / "chat_messages.json", src / "small_chat.json")  # 377 bytes
    shutil.copy(DATA / "thread_nl.mbox", src / "thread_nl.mbox")  # streamed: no whole-file limit
    out = tmp_path / "out"
    res = _ingest(str(src), "--out", str(out), "--no-language", "--max-file-mb", "0.0006")  # 629 bytes
    assert res.exit_code == 0, res.output
    errors = {Path(e["source_file"]).name: e for e in _rows(out, "errors")}
    assert set(errors) == {"big_whatsapp.txt", "big.eml", "big_chat.json"}
    for name, e in errors.items():
        assert e["error"] == "too_large" and f"{name} is " in e["detail"] and "(629 bytes" in e["detail"], e
        # the library names the limit; only the CLI names its option (on stderr)
        assert "max_file_mb" in e["detail"] and "--max-file-mb" not in e["detail"]
        assert "Sanne" not in e["detail"] and "Vraag" not in e["detail"]
    assert "big.eml(too_large)" in _flat(res.stderr)
    assert "[--max-file-mb,ormax_file_mbincxmine.toml]" in _flat(res.stderr)
    read = {Path(m["source_file"]).name for m in _rows(out, "messages")}
    assert read == {"small_whatsapp.txt", "small.eml", "small_chat.json", "thread_nl.mbox"}
    assert "4 read, 3 failed" in res.stdout


def test_a_zip_over_max_zip_mb_is_an_error_row(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    with zipfile.ZipFile(src / "export.zip", "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("a.jsonl", json.dumps({"conversation_id": "c", "author_type": "customer", "text": "Hoi?"}) + "\n")
        zf.writestr("b.jsonl", "\n" * (2 << 20))  # 2 MiB unpacked
    shutil.copy(DATA / "thread_nl.mbox", src / "thread_nl.mbox")
    out = tmp_path / "out"
    res = _ingest(str(src), "--out", str(out), "--no-language", "--max-zip-mb", "1")
    assert res.exit_code == 0, res.output
    errors = [(e["source_file"], e["error"]) for e in _rows(out, "errors")]
    assert errors == [(f"{src}/export.zip!b.jsonl", "too_large")]
    assert "--max-zip-mb" in _flat(res.stderr)  # the CLI's hint for the max_zip_mb limit the error names
    assert {Path(m["source_file"].split("!")[-1]).name for m in _rows(out, "messages")} == {"a.jsonl",
                                                                                           "thread_nl.mbox"}


def test_the_limit_options_reach_read_options_and_zip_limits(tmp_path: Path, monkeypatch) -> None:
    import cxmine.cli.render

    seen = {}

    def capture(paths, out, cfg, show):  # noqa: ANN001, ANN202 - stands in for the ingest run
        seen["cfg"] = cfg
        raise SystemExit(0)

    monkeypatch.setattr(cxmine.cli.render, "ingest_with_progress", capture)
    _ingest(str(DATA / "thread_nl.mbox"), "--out", str(tmp_path / "out"), "--max-file-mb", "2",
            "--max-record-mb", "0.5", "--max-zip-mb", "3", "--max-zip-member-mb", "1.5", "--max-zip-ratio", "250")
    cfg = seen["cfg"]
    assert (cfg.read.max_file_bytes, cfg.read.max_record_bytes) == (2 << 20, 1 << 19)
    assert (cfg.zip_limits.max_total_bytes, cfg.zip_limits.max_member_bytes) == (3 << 20, 3 << 19)
    assert cfg.zip_limits.max_ratio == 250.0
    _ingest(str(DATA / "thread_nl.mbox"), "--out", str(tmp_path / "out"))
    from cxmine.ingest import ReadOptions
    from cxmine.ingest.discover import ZipLimits

    assert seen["cfg"].read == ReadOptions() and seen["cfg"].zip_limits == ZipLimits()  # none given: the defaults


@pytest.mark.parametrize("option", ["--max-file-mb", "--max-record-mb", "--max-zip-mb", "--max-zip-member-mb",
                                    "--max-zip-ratio"])
@pytest.mark.parametrize("value", ["0", "-1", "abc", "nan"])
def test_a_bad_limit_is_a_usage_error_before_reading(tmp_path: Path, option: str, value: str) -> None:
    out = tmp_path / "out"
    res = _ingest(str(DATA / "thread_nl.mbox"), "--out", str(out), f"{option}={value}")
    assert res.exit_code == 2, res.output
    assert f"Invalid value for '{option}'" in _flat(res.output).replace("Invalidvaluefor", "Invalid value for ")
    assert not out.exists()  # nothing was read or written


def test_a_bad_limit_is_one_error_sentence_on_stderr(tmp_path: Path) -> None:
    proc = _main("ingest", str(DATA / "thread_nl.mbox"), "--out", str(tmp_path / "out"), "--max-zip-ratio", "0.5",
                 cwd=tmp_path)
    assert proc.returncode == 2 and proc.stdout == ""
    errors = [line for line in proc.stderr.splitlines() if "Invalid value" in line]
    assert len(errors) == 1 and "'--max-zip-ratio': must be at least 1, got 0.5" in errors[0], proc.stderr
    assert "Traceback" not in proc.stderr and not (tmp_path / "out").exists()
