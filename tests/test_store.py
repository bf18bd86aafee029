"""Parquet datasets: atomic replacement, partition-wise replacement, crash leftovers, fsync before renames."""

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


# --- durability: fsync before each rename, the folder after ---------------------------------------------------


def _log_fsyncs_and_renames(monkeypatch) -> list[tuple]:  # noqa: ANN001
    """Record ``("fsync", path)``, ``("replace", src, dst)`` and ``("unlink", path)`` in order (Linux: the path of an
    fsynced descriptor from /proc)."""
    import os

    events: list[tuple] = []
    real_fsync, real_replace, real_unlink = os.fsync, os.replace, Path.unlink

    def fsync(fd: int) -> None:
        events.append(("fsync", Path(os.readlink(f"/proc/self/fd/{fd}"))))
        real_fsync(fd)

    def replace(src, dst) -> None:  # noqa: ANN001
        events.append(("replace", Path(src), Path(dst)))
        real_replace(src, dst)

    def unlink(self: Path, missing_ok: bool = False) -> None:
        events.append(("unlink", self))
        real_unlink(self, missing_ok=missing_ok)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    monkeypatch.setattr(Path, "unlink", unlink)
    return events


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc to name an fsynced descriptor")
def test_a_part_file_is_fsynced_before_its_rename_and_its_folder_after(tmp_path: Path, monkeypatch) -> None:
    from cxmine.store import append_parts

    events = _log_fsyncs_and_renames(monkeypatch)
    (final,) = append_parts(_t([("a", "nl")]), tmp_path / "messages", SCHEMA, stem="part-1")
    tmp = final.with_name(".tmp-part-1.parquet")
    assert events == [("fsync", tmp), ("replace", tmp, final), ("fsync", final.parent)]


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc to name an fsynced descriptor")
def test_an_atomic_text_write_is_fsynced_before_its_rename_and_its_folder_after(tmp_path: Path, monkeypatch) -> None:
    from cxmine.store import write_text_atomic

    events = _log_fsyncs_and_renames(monkeypatch)
    path = write_text_atomic(tmp_path / "note.txt", "hello")
    (_, tmp), *rest = events
    assert tmp.name.startswith(".tmp-") and tmp.parent == tmp_path
    assert rest[:2] == [("replace", tmp, path), ("fsync", tmp_path)]


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc to name an fsynced descriptor")
def test_a_commit_is_on_disk_before_its_journal_goes(tmp_path: Path, monkeypatch) -> None:
    from cxmine.store import JOURNAL, commit

    out = tmp_path / "out"
    staging = out / ".staging-x"
    replace_dataset(_t([("a", "nl")]), staging / "tables" / "contacts", SCHEMA)
    new = append_parts_for(staging / "new" / "messages" / "channel=chat")
    events = _log_fsyncs_and_renames(monkeypatch)
    target = out / "messages" / "channel=chat" / new.name
    commit(out, staging, [(new, target)], [(staging / "tables" / "contacts", out / "contacts")])
    done = events.index(("unlink", out / JOURNAL))
    (journal_tmp,) = [e[1] for e in events if e[0] == "fsync" and e[1].name.endswith(f"-{JOURNAL}")]
    # the journal is on disk, renamed into place, before the first move
    assert events.index(("fsync", journal_tmp)) < events.index(("replace", journal_tmp, out / JOURNAL)) < \
        events.index(("fsync", out)) < events.index(("replace", new, target))
    assert {("fsync", target.parent), ("fsync", out / "messages"), ("fsync", out)} <= set(events[:done])
    assert events[done + 1:] == [("fsync", out)]  # and the journal's removal


def append_parts_for(folder: Path) -> Path:
    from cxmine.store import append_parts

    return append_parts(_t([("b", "da")]), folder, SCHEMA, stem="part-2")[0]


def test_a_folder_that_cannot_be_fsynced_is_no_error(tmp_path: Path, monkeypatch) -> None:
    import os
    import stat

    real, refused = os.fsync, []

    def fsync(fd: int) -> None:
        if stat.S_ISDIR(os.fstat(fd).st_mode):
            refused.append(fd)
            raise OSError(22, "Invalid argument")  # as on platforms without directory fsync
        real(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    replace_dataset(_t([("a", "nl")]), tmp_path / "messages", SCHEMA)
    assert refused and read_dataset(tmp_path / "messages", SCHEMA).column("id").to_pylist() == ["a"]
