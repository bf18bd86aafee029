"""Parquet datasets the Arrow way: cast to the schema, zstd, atomic writes, hive partitions when asked.

Every table is a folder ``OUT/<name>/`` of Parquet files readable with
``pyarrow.dataset.dataset(OUT / name, partitioning="hive")`` and by pandas, DuckDB, polars and Spark.

Two ways to write:
- ``append_parts``: add new part files to a dataset (each written to a hidden temporary name, then renamed);
- ``replace_dataset``: write a whole new version in a hidden sibling folder, then swap it in with renames, so a
  crash or Ctrl-C never leaves a half-written table (the previous version stays until the swap).
Readers skip hidden files and folders (names starting with ``.`` or ``_``), so temporaries are never read.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterable
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds
import pyarrow.parquet as pq

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


def _write_file(table: pa.Table, folder: Path, stem: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    tmp = folder / f".tmp-{stem}.parquet"
    final = folder / f"{stem}.parquet"
    pq.write_table(table, tmp, compression=COMPRESSION)
    os.replace(tmp, final)
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
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)  # gone already after a successful replace
    return path
