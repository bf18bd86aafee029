"""Parquet datasets the Arrow way: cast to the schema, zstd, atomic writes, hive partitions when asked.

Every table is a folder ``OUT/<name>/`` of Parquet files readable with
``pyarrow.dataset.dataset(OUT / name, partitioning="hive")`` and by pandas, DuckDB, polars and Spark.

Two ways to write:
- ``append_parts``: add new part files to a dataset (each written to a hidden temporary name, then renamed);
- ``replace_dataset``: write a whole new version in a hidden sibling folder, then swap it in with renames, so a
  crash or Ctrl-C never leaves a half-written table (the previous version stays until the swap).
Readers skip hidden files and folders (names starting with ``.`` or ``_``), so temporaries are never read. A
written file is fsynced before it is renamed into place, and its folder after, so a power cut cannot leave a
renamed file without its data, nor lose a rename that the next step (the commit journal's removal) relies on.

Writers hold OUT's lock (``out_lock``, ``holds_out_lock``): one writing run per OUT at a time. A change that spans
tables (an ingest's new messages, questions, contacts and errors) goes in with ``commit``, all or nothing.
"""

from __future__ import annotations

import fcntl
import functools
import inspect
import json
import os
import shutil
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from cxmine.errors import OutLockedError, UsageError
from cxmine.schema import conform

COMPRESSION = "zstd"


def dataset_exists(path: Path) -> bool:
    path = Path(path)
    return path.is_dir() and any(p.suffix == ".parquet" for p in _visible_files(path))


def _visible_files(path: Path):
    for root, dirs, files in os.walk(path):
        dirs[:] = [d for d in dirs if not d.startswith((".", "_"))]
        for f in files:
            if not f.startswith((".", "_")):
                yield Path(root) / f


def read_dataset(path: Path, schema: pa.Schema | None = None, columns: list[str] | None = None) -> pa.Table:
    """The whole dataset at ``path`` as one table (an empty table of ``schema`` when there is none)."""
    path = Path(path)
    if not dataset_exists(path):
        if schema is None:
            raise FileNotFoundError(f"No Parquet dataset at {path}")
        t = schema.empty_table()
        return t.select([c for c in columns if c in schema.names]) if columns else t
    dataset = ds.dataset(path, format="parquet", partitioning="hive")
    if columns is not None:
        columns = [c for c in columns if c in dataset.schema.names] if schema is not None else columns
    table = dataset.to_table(columns=columns)
    if schema is not None:
        target = schema if columns is None else pa.schema([schema.field(c) for c in columns if c in schema.names])
        table = conform(table, target)
    return table


def _fsync_file(path: Path) -> None:
    """Flush a written file's data to the disk (before the rename that makes it visible)."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    """Flush a folder's entries (the renames into it) to the disk; skipped where folders cannot be fsynced."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:  # e.g. Windows, some network file systems
        pass
    finally:
        os.close(fd)


def _write_file(table: pa.Table, folder: Path, stem: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    tmp = folder / f".tmp-{stem}.parquet"
    final = folder / f"{stem}.parquet"
    pq.write_table(table, tmp, compression=COMPRESSION)
    _fsync_file(tmp)
    os.replace(tmp, final)
    _fsync_dir(folder)
    return final


def _partitions(table: pa.Table, partition_by: list[str]) -> Iterable[tuple[str, pa.Table]]:
    if not partition_by or table.num_rows == 0:
        yield "", table
        return
    keys = table.select(partition_by).to_pylist()
    groups: dict[tuple, list[int]] = {}
    for i, k in enumerate(keys):
        groups.setdefault(tuple(k[c] for c in partition_by), []).append(i)
    for key, idx in groups.items():
        sub = table.take(pa.array(idx)).drop_columns(partition_by)
        rel = "/".join(f"{c}={'__HIVE_DEFAULT_PARTITION__' if v is None else v}" for c, v in zip(partition_by, key))
        yield rel, sub


def append_parts(
    table: pa.Table, path: Path, schema: pa.Schema, partition_by: list[str] | None = None, stem: str | None = None
) -> list[Path]:
    """Add ``table`` (cast to ``schema``) to the dataset at ``path`` as new part files; returns the files."""
    table = conform(table, schema)
    if table.num_rows == 0:
        return []
    stem = stem or f"part-{uuid.uuid4().hex[:16]}"
    out = []
    for rel, sub in _partitions(table, partition_by or []):
        out.append(_write_file(sub, Path(path) / rel if rel else Path(path), stem))
    return out


def replace_dataset(
    table: pa.Table, path: Path, schema: pa.Schema, partition_by: list[str] | None = None
) -> Path:
    """Write ``table`` as the new, complete content of the dataset at ``path``, atomically."""
    path = Path(path)
    table = conform(table, schema)
    staging = path.parent / f".{path.name}.new-{uuid.uuid4().hex[:8]}"
    if table.num_rows == 0:
        _write_file(table, staging, "part-0")  # an empty dataset still has its schema
    else:
        for rel, sub in _partitions(table, partition_by or []):
            _write_file(sub, staging / rel if rel else staging, "part-0")
    swap_in(staging, path)
    return path


def replace_partitions(
    table: pa.Table, path: Path, schema: pa.Schema, column: str, values: list[str]
) -> Path:
    """Replace only the hive partitions ``column=value`` for ``values`` of the dataset at ``path``.

    Other partitions stay as they are (``cxmine topics --language en`` must not drop the Dutch topics). Each
    partition folder is swapped in atomically; a value with no rows leaves an empty partition behind.
    """
    path = Path(path)
    if not dataset_exists(path):
        return replace_dataset(table, path, schema, partition_by=[column])
    table = conform(table, schema)
    path.mkdir(parents=True, exist_ok=True)
    for value in values:
        sub = table.filter(pc.equal(table.column(column), value)).drop_columns([column])
        part_schema = schema.remove(schema.get_field_index(column))
        staging = path / f".{column}={value}.new-{uuid.uuid4().hex[:8]}"
        _write_file(conform(sub, part_schema), staging, "part-0")
        swap_in(staging, path / f"{column}={value}")
    return path


def swap_in(staging: Path, path: Path) -> None:
    """Replace folder ``path`` by folder ``staging`` with renames (the old one is removed afterwards)."""
    old = None
    if path.exists():
        old = path.parent / f".{path.name}.old-{uuid.uuid4().hex[:8]}"
        os.replace(path, old)
    os.replace(staging, path)
    _fsync_dir(path.parent)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def cleanup_temporaries(out: Path) -> None:
    """Remove leftovers of an interrupted run (hidden ``.tmp-*`` files, ``.*.new-*`` folders).

    An interrupted swap (the old table moved aside, the new one not yet in place) is rolled back.
    """
    out = Path(out)
    if not out.exists():
        return
    for p in list(out.iterdir()):
        if p.name.startswith(".") and ".old-" in p.name:
            name = p.name[1:].split(".old-")[0]
            if not (out / name).exists():
                os.replace(p, out / name)
            else:
                shutil.rmtree(p, ignore_errors=True)
        elif p.name.startswith(".") and ".new-" in p.name:
            shutil.rmtree(p, ignore_errors=True)
    for root, _dirs, files in os.walk(out):
        for f in files:
            if f.startswith(".tmp-"):
                try:
                    os.remove(Path(root) / f)
                except OSError:
                    pass


def write_text_atomic(path: Path, text: str) -> Path:
    """Write a text file (UTF-8) so that readers see the old file or the new one, never half of it; a failed write
    leaves no temporary file behind."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.parent / f".tmp-{uuid.uuid4().hex[:8]}-{path.name}"
    try:
        tmp.write_text(text, encoding="utf-8")
        _fsync_file(tmp)
        os.replace(tmp, path)
        _fsync_dir(path.parent)
    finally:
        tmp.unlink(missing_ok=True)  # gone already after a successful replace
    return path


# One writer at a time: the lock on OUT ------------------------------------------------------------------------------

LOCK_FILE = ".cxmine.lock"
LOCK_TIMEOUT = 600.0  # seconds a second run waits for the first; CXMINE_LOCK_TIMEOUT overrides it
_held: set[tuple[str, int]] = set()  # (OUT, thread) pairs this process holds: the lock is re-entrant per thread


def lock_timeout() -> float:
    """Seconds to wait for another run's lock: ``$CXMINE_LOCK_TIMEOUT``, else ``LOCK_TIMEOUT``."""
    raw = os.environ.get("CXMINE_LOCK_TIMEOUT", "").strip()
    if not raw:
        return LOCK_TIMEOUT
    try:
        return max(0.0, float(raw))
    except ValueError:
        raise UsageError(f"CXMINE_LOCK_TIMEOUT must be a number of seconds, got {raw!r}") from None


def _flock(fd: int, out: Path) -> bool:
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except BlockingIOError:
        return False
    except OSError as exc:  # e.g. a network file system without flock
        raise UsageError(f"cannot lock the output folder {out} ({exc.strerror}); use a folder on a local disk") from None


def _wait_for(fd: int, out: Path) -> None:
    if _flock(fd, out):
        return
    timeout = lock_timeout()
    pid = os.pread(fd, 32, 0).decode(errors="replace").strip() or "?"
    if timeout > 0:
        sys.stderr.write(f"waiting for the other cxmine run on {out} (pid {pid}) to finish (up to {timeout:g} s) …\n")
        sys.stderr.flush()
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        time.sleep(min(0.1, max(0.0, deadline - time.monotonic())))
        if _flock(fd, out):
            return
    raise OutLockedError(
        f"another cxmine run (pid {pid}) is using {out} and did not finish within {timeout:g} s; run again when it "
        "has finished, or wait longer with CXMINE_LOCK_TIMEOUT=SECONDS"
    )


@contextmanager
def out_lock(out: Path, create: bool = True) -> Iterator[None]:
    """Hold the exclusive lock on OUT (``fcntl.flock`` on ``OUT/.cxmine.lock``) for the ``with`` block.

    Every command that writes OUT holds it for its whole run, so two runs never interleave. Re-entrant within a
    thread (``cxmine run`` holds it once; its stages take it again for free). Another process waits, saying for
    which pid, up to ``lock_timeout()`` seconds, then raises ``OutLockedError``. The kernel drops the lock when its
    process dies, however it dies. Whoever takes it first finishes (or undoes) a commit that a killed run left
    half done (``recover_commit``). ``create=False``: a missing OUT is not created, and nothing is locked.
    """
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise UsageError(f"the output folder {out} is a file; name a folder (it is created if missing)")
    key = (os.path.realpath(out), threading.get_ident())
    if key in _held or (not create and not out.exists()):
        yield
        return
    out.mkdir(parents=True, exist_ok=True)
    fd = os.open(out / LOCK_FILE, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
    try:
        _wait_for(fd, out)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        _held.add(key)
        try:
            recover_commit(out)
            yield
        finally:
            _held.discard(key)
    finally:
        os.close(fd)  # releases the lock (the file stays: removing it would race with a waiting run)


def holds_out_lock(fn: Callable | None = None, *, create: bool = False) -> Callable:
    """Decorator: the function (with a parameter named ``out``) runs holding ``out_lock(out, create)``."""

    def wrap(f: Callable) -> Callable:
        sig = inspect.signature(f)

        @functools.wraps(f)
        def locked(*args: object, **kwargs: object) -> object:
            with out_lock(sig.bind_partial(*args, **kwargs).arguments["out"], create=create):
                return f(*args, **kwargs)

        return locked

    return wrap(fn) if fn is not None else wrap


# All or nothing across tables: the commit journal -------------------------------------------------------------------

JOURNAL = ".commit.json"


def commit(out: Path, staging: Path, moves: list[tuple[Path, Path]], swaps: list[tuple[Path, Path]]) -> None:
    """Make new part files (``moves``: file -> place in a dataset) and new whole tables (``swaps``: folder ->
    dataset folder, see ``swap_in``) part of OUT together. Call it holding ``out_lock``.

    The journal ``OUT/.commit.json`` (written atomically, before the first rename) lists every step; it is removed
    after the last. A run killed in between leaves it, and the next ``out_lock`` reads it: while the files are
    still in ``staging`` (which the caller must keep until the journal is gone) the commit is finished, else the
    files it had moved are removed again. All paths lie inside OUT (one file system: renames are atomic).
    """
    out = Path(out)

    def rel(p: Path) -> str:
        return os.path.relpath(p, out)

    journal = {"version": 1, "staging": rel(staging), "moves": [[rel(s), rel(d)] for s, d in moves],
               "swaps": [[rel(s), rel(d)] for s, d in swaps]}
    write_text_atomic(out / JOURNAL, json.dumps(journal))
    _roll_forward(out, journal)
    (out / JOURNAL).unlink()
    _fsync_dir(out)


def _roll_forward(out: Path, journal: dict) -> None:
    folders: set[Path] = set()
    for s, d in journal["moves"]:  # part files first: a table swapped in (contacts) is built from them
        if (out / s).exists():
            (out / d).parent.mkdir(parents=True, exist_ok=True)
            os.replace(out / s, out / d)
            folders.update(((out / d).parent, (out / d).parent.parent))  # with a partition folder made here
    for folder in sorted(folders):  # the moves are on disk before the journal that lists them goes
        _fsync_dir(folder)
    for s, d in journal["swaps"]:
        if (out / s).exists():
            swap_in(out / s, out / d)


def recover_commit(out: Path) -> str | None:
    """Finish or undo the commit a killed run left in ``OUT/.commit.json``: "rolled forward", "rolled back" or None.

    Finished when every file still to move is in the staging folder; undone (the moved part files removed) when
    some are gone, e.g. a staging folder deleted by hand. No table was swapped yet in that case: swaps come after
    the last move.
    """
    out = Path(out)
    path = out / JOURNAL
    if not path.exists():
        return None
    try:
        journal = json.loads(path.read_text(encoding="utf-8"))
        moves = [(out / s, out / d) for s, d in journal["moves"]]
    except (ValueError, KeyError, TypeError):
        raise UsageError(f"{path}, the journal of an interrupted ingest, cannot be read; restore {out} from a backup, "
                         "or remove the journal and the .staging-* folder and ingest again") from None
    cleanup_temporaries(out)  # an interrupted swap is put back first
    if all(s.exists() or d.exists() for s, d in moves):
        _roll_forward(out, journal)
        outcome = "rolled forward"
    else:
        for s, d in moves:
            if d.exists() and not s.exists():
                d.unlink()
        for folder in sorted({d.parent for _, d in moves}):
            _fsync_dir(folder)
        outcome = "rolled back"
    path.unlink()
    _fsync_dir(out)
    staging = str(journal.get("staging", ""))
    if staging.startswith(".staging-") and os.sep not in staging:  # never anything outside OUT's own folders
        shutil.rmtree(out / staging, ignore_errors=True)
    return outcome
