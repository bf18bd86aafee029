"""Parquet datasets: atomic replacement, partition-wise replacement, crash leftovers."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pyarrow as pa
import pytest

from cxmine.store import cleanup_temporaries, read_dataset, replace_dataset, replace_partitions

SCHEMA = pa.schema([("id", pa.string()), ("language", pa.string())])


def _t(rows: list[tuple[str, str]]) -> pa.Table:
    return pa.table({"id": [r[0] for r in rows], "language": [r[1] for r in rows]}, schema=SCHEMA)


def test_replace_partitions_keeps_the_other_languages(tmp_path: Path) -> None:
    path = tmp_path / "topics"
    replace_dataset(_t([("nl-0", "nl"), ("da-0", "da"), ("en-0", "en")]), path, SCHEMA, partition_by=["language"])
    replace_partitions(_t([("en-0", "en"), ("en-1", "en")]), path, SCHEMA, "language", ["en"])
    got = sorted(read_dataset(path, SCHEMA).column("id").to_pylist())
    assert got == ["da-0", "en-0", "en-1", "nl-0"]
    assert not [p for p in path.iterdir() if p.name.startswith(".")]  # no staging left behind


def test_interrupted_swap_is_rolled_back(tmp_path: Path) -> None:
    path = tmp_path / "messages"
    replace_dataset(_t([("a", "nl")]), path, SCHEMA)
    path.rename(tmp_path / ".messages.old-12345678")  # as if the process died between the two renames
    cleanup_temporaries(tmp_path)
    assert read_dataset(path, SCHEMA).column("id").to_pylist() == ["a"]


def test_the_lock_is_reentrant_in_a_thread_and_exclusive_across_threads(tmp_path: Path, monkeypatch) -> None:
    from cxmine.errors import OutLockedError, UsageError
    from cxmine.store import out_lock

    monkeypatch.setenv("CXMINE_LOCK_TIMEOUT", "0")
    out = tmp_path / "out"
    got: list[BaseException | None] = []

    def other() -> None:
        try:
            with out_lock(out):
                got.append(None)
        except BaseException as exc:  # noqa: BLE001 - reported to the test thread
            got.append(exc)

    with out_lock(out), out_lock(out):  # cxmine run: the stages take it again inside the run's hold
        t = threading.Thread(target=other)
        t.start()
        t.join()
    assert isinstance(got[0], OutLockedError)
    with out_lock(out):  # released by the outer block
        pass
    with pytest.raises(UsageError, match="is a file"):
        with out_lock(tmp_path / "out" / ".cxmine.lock"):
            pass


def test_a_journal_without_its_staging_is_rolled_back(tmp_path: Path) -> None:
    from cxmine.store import JOURNAL, recover_commit

    out = tmp_path / "out"
    replace_dataset(_t([("a", "nl")]), out / "messages", SCHEMA)
    moved = out / "messages" / "part-new.parquet"
    replace_dataset(_t([("b", "nl")]), tmp_path / "tmp", SCHEMA)
    (tmp_path / "tmp" / "part-0.parquet").rename(moved)
    journal = {"version": 1, "staging": ".staging-gone", "swaps": [],
               "moves": [[".staging-gone/new/messages/part-new.parquet", "messages/part-new.parquet"],
                         [".staging-gone/new/messages/part-two.parquet", "messages/part-two.parquet"]]}
    (out / JOURNAL).write_text(json.dumps(journal))
    assert recover_commit(out) == "rolled back"
    assert read_dataset(out / "messages", SCHEMA).column("id").to_pylist() == ["a"]
    assert not (out / JOURNAL).exists() and recover_commit(out) is None
