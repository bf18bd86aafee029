"""One writer at a time on OUT: every command that writes OUT holds ``OUT/.cxmine.lock`` for its whole run.

A second run waits (saying for whom), then gives up with one red line (exit code 1); it never deletes the
staging folder of the run that holds the lock, and two ingests at once double nothing.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pyarrow.dataset as ds
import pytest

from cxmine.errors import CxmineError
from cxmine.pipeline.run import IngestConfig, run_ingest

DATA = Path(__file__).resolve().parents[1] / "data" / "pipeline"


def _hold(out: Path) -> int:
    """Take OUT's lock as another run would (its own open file), with this pid in the file; the fd."""
    out.mkdir(parents=True, exist_ok=True)
    fd = os.open(out / ".cxmine.lock", os.O_RDWR | os.O_CREAT, 0o600)
    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    os.ftruncate(fd, 0)
    os.write(fd, f"{os.getpid()}\n".encode())
    return fd


def _ingest(paths: list[Path], out: Path) -> object:
    return run_ingest(paths, out, IngestConfig(salt="test-salt", workers=1))


def test_a_held_lock_makes_ingest_give_up_and_keeps_the_live_staging(tmp_path: Path, monkeypatch) -> None:
    out = tmp_path / "out"
    fd = _hold(out)
    live = out / ".staging-live0001"  # the other run's work in progress
    (live / "new").mkdir(parents=True)
    monkeypatch.setenv("CXMINE_LOCK_TIMEOUT", "0.3")
    try:
        t0 = time.monotonic()
        with pytest.raises(CxmineError, match=rf"another cxmine run \(pid {os.getpid()}\)"):
            _ingest([DATA / "chat_mixed.jsonl"], out)
        assert time.monotonic() - t0 >= 0.25
    finally:
        os.close(fd)
    assert live.is_dir()
    assert not (out / "messages").exists()


def test_ingest_waits_for_the_other_run_and_says_so(tmp_path: Path, monkeypatch, capsys) -> None:
    out = tmp_path / "out"
    fd = _hold(out)
    monkeypatch.setenv("CXMINE_LOCK_TIMEOUT", "30")
    threading.Timer(0.5, os.close, (fd,)).start()  # the other run ends
    t0 = time.monotonic()
    res = _ingest([DATA / "chat_mixed.jsonl"], out)
    assert time.monotonic() - t0 >= 0.4
    assert res.new_messages == 5
    err = capsys.readouterr().err
    assert f"waiting for the other cxmine run on {out} (pid {os.getpid()})" in err


def test_two_ingests_at_once_double_nothing(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    for name in ("chat_mixed.jsonl", "thread_nl.mbox"):
        shutil.copy(DATA / name, inputs / name)
    out = tmp_path / "out"
    go = tmp_path / "go"
    pids = []
    for _ in range(2):
        pid = os.fork()
        if pid == 0:
            code = 1
            try:
                while not go.exists():  # start together
                    time.sleep(0.001)
                _ingest([inputs], out)
                code = 0
            finally:
                os._exit(code)
        pids.append(pid)
    go.touch()
    codes = [os.waitstatus_to_exitcode(os.waitpid(p, 0)[1]) for p in pids]
    assert codes == [0, 0]
    ids = ds.dataset(out / "messages", partitioning="hive").to_table().column("message_id").to_pylist()
    assert len(ids) == len(set(ids)) == 7
    q = ds.dataset(out / "questions", partitioning="hive").to_table().column("question_id").to_pylist()
    assert len(q) == len(set(q)) > 0


@pytest.mark.parametrize("command", ["topics", "classify", "gaps", "report"])
def test_every_command_that_writes_out_takes_the_lock(tmp_path: Path, monkeypatch, command: str) -> None:
    out = tmp_path / "out"
    _ingest([DATA / "chat_mixed.jsonl"], out)
    monkeypatch.setenv("CXMINE_LOCK_TIMEOUT", "0")
    fd = _hold(out)
    try:
        with pytest.raises(CxmineError, match="another cxmine run"):
            if command == "topics":
                from cxmine.classify.topics.run import run_topics

                run_topics(out, min_topic_size=2)
            elif command == "classify":
                from cxmine.classify.intents.run import classify_out

                classify_out(out)
            elif command == "gaps":
                from cxmine.classify.gaps.run import run_gaps

                run_gaps(out, [tmp_path / "kb.csv"])
            else:
                from cxmine.report.weekly import build_report, write_report

                res = build_report(out)
                write_report(out, res.table, res.weeks)
    finally:
        os.close(fd)


def test_the_cli_gives_up_with_one_red_line_and_exit_1(tmp_path: Path) -> None:
    out = tmp_path / "out"
    fd = _hold(out)
    try:
        env = {**os.environ, "CXMINE_LOCK_TIMEOUT": "0", "COLUMNS": "200"}
        p = subprocess.run([sys.executable, "-m", "cxmine", "ingest", str(DATA / "chat_mixed.jsonl"), "--out",
                            str(out)], env=env, capture_output=True, text=True, timeout=120)
    finally:
        os.close(fd)
    assert p.returncode == 1
    lines = [line for line in p.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("Error: another cxmine run") and "CXMINE_LOCK_TIMEOUT" in lines[0]
