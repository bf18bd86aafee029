"""Parquet datasets: atomic replacement, partition-wise replacement, crash leftovers."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa

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
