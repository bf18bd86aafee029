"""All-or-nothing commit of an ingest: a run killed after any rename, then run again, gives the tables of a clean run.

The kill is real: a forked child runs the ingest and ``os._exit``s right after its k-th ``os.replace`` (every
atomic step of the run: staged parts, the commit's moves, contacts, errors), for k = 1, 2, ... until a run
finishes before reaching k. The fixtures are tiny, so each child takes a few milliseconds.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pyarrow.dataset as ds
import pytest

from cxmine.pipeline.run import IngestConfig, run_ingest

DATA = Path(__file__).resolve().parents[1] / "data" / "pipeline"
KILLED = 17
MAX_STEPS = 80  # a bound, so a bug cannot loop forever; the run below has about 20 renames

CHAT2 = "\n".join([
    '{"conversation_id": "c9", "timestamp": "2026-11-05T10:00:00Z", "author_type": "customer", "text": '
    '"Where is my refund? Can you check order 100200301?"}',
    '{"conversation_id": "c9", "timestamp": "2026-11-05T10:01:00Z", "author_type": "agent", "text": '
    '"We sent it yesterday."}',
    '{"conversation_id": "c8", "timestamp": "2026-11-06T10:00:00Z", "author_type": "customer", "text": '
    '"Hvordan bytter jeg en stol? Kan I hente den?"}',
]) + "\n"


def _ingest(paths: list[Path], out: Path) -> object:
    return run_ingest(paths, out, IngestConfig(salt="test-salt", workers=1))


def _killed_after(k: int, paths: list[Path], out: Path) -> int:
    """Run the ingest in a forked child that dies right after its k-th rename; the child's exit code."""
    pid = os.fork()
    if pid == 0:  # the child: never returns to pytest
        code = 1
        try:
            real, n = os.replace, [0]

            def replace(src, dst, **kw):  # noqa: ANN001, ANN003, ANN202
                real(src, dst, **kw)
                n[0] += 1
                if n[0] == k:
                    os._exit(KILLED)

            os.replace = replace
            _ingest(paths, out)
            code = 0
        finally:
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status)


def _rows(out: Path, name: str, key: str) -> list[dict]:
    t = ds.dataset(out / name, partitioning="hive").to_table()
    t = t.drop_columns([c for c in ("ingested_at", "recorded_at") if c in t.column_names])
    return sorted(t.to_pylist(), key=lambda r: (r[key] is None, str(r[key])))


def _snapshot(out: Path) -> dict[str, list[dict]]:
    return {
        "messages": _rows(out, "messages", "message_id"),
        "questions": _rows(out, "questions", "question_id"),
        "contacts": _rows(out, "contacts", "contact_id"),
        "errors": _rows(out, "errors", "detail"),
    }


@pytest.fixture
def two_batches(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[list[Path], list[Path], dict]:
    import cxmine.pipeline.staging as staging

    monkeypatch.setattr(staging, "BATCH_ROWS", 2)  # several part files per table: many moves to kill between
    first = [shutil.copy(DATA / "chat_mixed.jsonl", tmp_path / "chat_mixed.jsonl")]
    (tmp_path / "second").mkdir()
    (tmp_path / "second" / "chat2.jsonl").write_text(CHAT2)
    shutil.copy(DATA / "thread_nl.mbox", tmp_path / "second" / "thread_nl.mbox")
    shutil.copy(DATA / "junk.bin", tmp_path / "second" / "junk.bin")  # an error row to commit too
    second = [tmp_path / "second"]
    ref = tmp_path / "ref"
    _ingest([Path(p) for p in first], ref)
    _ingest(second, ref)
    return [Path(p) for p in first], second, _snapshot(ref)


def test_kill_after_every_rename_then_rerun_equals_a_clean_run(tmp_path: Path, two_batches) -> None:
    first, second, expected = two_batches
    base = tmp_path / "base"
    _ingest(first, base)
    assert len(expected["questions"]) > len(_snapshot(base)["questions"])
    killed = 0
    for k in range(1, MAX_STEPS + 1):
        out = tmp_path / f"k{k}"
        shutil.copytree(base, out)
        code = _killed_after(k, second, out)
        if code == 0:
            break  # the run finished with fewer than k renames: every step has been killed once
        assert code == KILLED
        killed += 1
        _ingest(second, out)
        got = _snapshot(out)
        for name in expected:
            assert got[name] == expected[name], f"{name} differ after a kill after rename {k}"
        assert not (out / ".commit.json").exists()
        assert not list(out.glob(".staging-*"))
        shutil.rmtree(out)
    else:
        pytest.fail(f"the run did not finish within {MAX_STEPS} renames")
    assert killed >= 8


def test_a_commit_whose_staging_is_gone_is_rolled_back(tmp_path: Path, two_batches) -> None:
    first, second, expected = two_batches
    base = tmp_path / "base"
    _ingest(first, base)
    rolled_back = 0
    for k in range(1, MAX_STEPS + 1):
        out = tmp_path / f"k{k}"
        shutil.copytree(base, out)
        if _killed_after(k, second, out) == 0:
            break
        if not (out / ".commit.json").exists():
            shutil.rmtree(out)
            continue
        for staging in out.glob(".staging-*"):
            shutil.rmtree(staging)  # lost: what it had not yet moved cannot be finished
        rolled_back += 1
        _ingest(second, out)
        got = _snapshot(out)
        for name in expected:
            assert got[name] == expected[name], f"{name} differ after a kill after rename {k} and a lost staging"
        shutil.rmtree(out)
    assert rolled_back >= 4  # a kill after the journal and before its last move, at every move
