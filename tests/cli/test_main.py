"""``cxmine.cli.app.main()``, the console-script entry point: exit codes and what reaches stderr.

0 success (``--version``, ``--help``), 1 a cxmine error (one ``Error:`` line), 2 Click's usage errors,
3 an internal error (type and place only: the message may hold customer text), 130 Ctrl-C.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import cxmine.classify.topics.run as topics_run
from cxmine import __version__
from cxmine.cli.app import app, main

SECRET = "secret customer text: karin.visser@example.nl"


def _exit_code(monkeypatch: pytest.MonkeyPatch, *args: str) -> int:
    """Run ``main()`` in this process with ``sys.argv`` = ``cxmine ARGS``; its exit code."""
    monkeypatch.setattr(sys, "argv", ["cxmine", *args])
    monkeypatch.delenv("CXMINE_DEBUG", raising=False)
    with pytest.raises(SystemExit) as exc:
        main()
    code = exc.value.code
    return 0 if code is None else code


def _raise(exc: BaseException):  # noqa: ANN202
    def stub(*args: object, **kwargs: object) -> None:
        raise exc

    return stub


def test_version_exits_0(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    assert _exit_code(monkeypatch, "--version") == 0
    assert capsys.readouterr().out.strip() == f"cxmine {__version__}"


def test_help_exits_0_and_lists_the_commands(monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    assert _exit_code(monkeypatch, "--help") == 0
    out = capsys.readouterr().out
    for command in ("ingest", "topics", "classify"):
        assert command in out


def test_help_with_the_runner_lists_the_commands() -> None:
    res = CliRunner().invoke(app, ["--help"])
    assert res.exit_code == 0
    for command in ("ingest", "topics", "classify"):
        assert command in res.output


def test_no_arguments_shows_help_not_a_traceback(monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    code = _exit_code(monkeypatch)
    captured = capsys.readouterr()
    assert code == 2  # no_args_is_help: the help, as a usage error (Click >= 8.2)
    assert "ingest" in captured.out + captured.err and "Traceback" not in captured.err


def test_unknown_option_is_a_click_usage_error_exit_2(monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    assert _exit_code(monkeypatch, "ingest", ".", "--out", "x", "--no-such-option") == 2
    err = capsys.readouterr().err
    assert "--no-such-option" in err and "Traceback" not in err


def test_unknown_command_exits_2(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    assert _exit_code(monkeypatch, "ingets") == 2
    assert "ingets" in capsys.readouterr().err


def test_cxmine_error_exits_1_with_one_error_line(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("COLUMNS", "400")  # a path in the message must not wrap the line here
    empty = tmp_path / "out"
    empty.mkdir()
    assert _exit_code(monkeypatch, "topics", str(empty)) == 1  # NoTextsError: nothing ingested yet
    captured = capsys.readouterr()
    lines = captured.err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: No questions in ")
    assert "cxmine ingest" in lines[0]  # what to do
    assert captured.out == ""


def test_internal_error_exits_3_without_its_message(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(topics_run, "run_topics", _raise(RuntimeError(SECRET)))
    assert _exit_code(monkeypatch, "topics", str(tmp_path)) == 3
    captured = capsys.readouterr()
    assert "Internal error" in captured.err and "RuntimeError" in captured.err
    assert "CXMINE_DEBUG=1" in captured.err  # how to see more
    assert "secret" not in captured.err + captured.out and "karin" not in captured.err + captured.out
    assert "Traceback" not in captured.err


def test_internal_error_is_raised_with_cxmine_debug(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(topics_run, "run_topics", _raise(RuntimeError(SECRET)))
    monkeypatch.setattr(sys, "argv", ["cxmine", "topics", str(tmp_path)])
    monkeypatch.setenv("CXMINE_DEBUG", "1")
    with pytest.raises(RuntimeError, match="secret customer text"):
        main()


def test_keyboard_interrupt_exits_130(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(topics_run, "run_topics", _raise(KeyboardInterrupt()))
    assert _exit_code(monkeypatch, "topics", str(tmp_path)) == 130


def test_keyboard_interrupt_says_interrupted(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(topics_run, "run_topics", _raise(KeyboardInterrupt()))
    assert _exit_code(monkeypatch, "topics", str(tmp_path)) == 130
    assert "Interrupted" in capsys.readouterr().err
