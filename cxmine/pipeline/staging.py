"""Pass 1 of the ingest: stable ids, salted identity keys and the staging spill of raw rows.

Ids are content-derived (a file's content hash, a conversation's id in its source, a message's native id or its
position and text), so the same input gives the same ids on every run, machine and path.
"""

from __future__ import annotations

import hashlib
import os
import secrets
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

import pyarrow as pa
import pyarrow.ipc as ipc

from cxmine.schema import TS, stable_id

BATCH_ROWS = 5_000
BATCH_BYTES = 32 * 1024 * 1024


STAGE1_SCHEMA = pa.schema(
    [
        ("message_id", pa.string()),
        ("contact_id", pa.string()),
        ("channel", pa.string()),
        ("source_format", pa.string()),
        ("source_file", pa.string()),
        ("sent_at", TS),
        ("speaker", pa.string()),
        ("text", pa.string()),
        ("html", pa.string()),
        ("native_id", pa.string()),
        ("parent_id", pa.string()),
        ("references", pa.list_(pa.string())),
        ("subject", pa.string()),
        ("author_key", pa.string()),
        ("author_name", pa.string()),
        ("recipient_keys", pa.list_(pa.string())),
        ("is_agent", pa.bool_()),
        ("n_attachments", pa.int16()),
        ("ordinal", pa.int64()),
    ]
)


def utc(dt: datetime | None) -> datetime | None:
    if dt is None:
        return None
    if dt.tzinfo is None:
        return dt.replace(tzinfo=timezone.utc)
    return dt.astimezone(timezone.utc)


def salt_for(out: Path, given: str | None) -> str:
    if given:
        return given
    env = os.environ.get("CXMINE_SALT")
    if env:
        return env
    path = out / ".cxmine" / "salt"
    if path.exists():
        return path.read_text().strip()
    path.parent.mkdir(parents=True, exist_ok=True)
    salt = secrets.token_hex(16)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(salt)
    os.replace(tmp, path)
    return salt


def identity_key(identity: str | None, salt: str) -> str | None:
    """The salted hash that stands for a customer's address or number (never stored in clear)."""
    if not identity:
        return None
    norm = identity.strip().lower()
    if not norm:
        return None
    return hashlib.blake2b(norm.encode(), key=salt.encode()[:64], digest_size=12).hexdigest()


def read_ipc(path: str | Path) -> pa.Table:
    """One Arrow IPC file of the staging folder, whole."""
    with ipc.open_file(path) as r:
        return r.read_all()


def write_ipc(table: pa.Table, path: str | Path) -> None:
    """Write ``table`` as one Arrow IPC file (the staging folder's spill format)."""
    with ipc.new_file(path, table.schema) as w:
        w.write_table(table)


class Spill:
    """Rows accumulated in memory and spilled to Arrow IPC files in batches."""

    def __init__(self, folder: Path, schema: pa.Schema) -> None:
        self.folder, self.schema = folder, schema
        self.rows: list[dict] = []
        self.bytes = 0
        self.files: list[Path] = []
        folder.mkdir(parents=True, exist_ok=True)

    def add(self, row: dict) -> None:
        self.rows.append(row)
        self.bytes += len(row.get("text") or "") + len(row.get("html") or "")
        if len(self.rows) >= BATCH_ROWS or self.bytes >= BATCH_BYTES:
            self.flush()

    def flush(self) -> None:
        if not self.rows:
            return
        self.write(pa.Table.from_pylist(self.rows, schema=self.schema))
        self.rows, self.bytes = [], 0

    def write(self, table: pa.Table) -> None:
        path = self.folder / f"{len(self.files):06d}.arrow"
        write_ipc(table, path)
        self.files.append(path)

    def tables(self, columns: list[str] | None = None) -> Iterator[pa.Table]:
        for path in self.files:
            t = read_ipc(path)
            yield t.select(columns) if columns else t

    def count(self) -> int:
        return sum(t.num_rows for t in self.tables(["message_id"]))


def message_id(raw, source_format: str, digest: str) -> str:
    if raw.extra.get("message_id") not in (None, ""):
        return str(raw.extra["message_id"])
    if raw.channel == "email":
        if raw.native_id:
            return stable_id("email", raw.native_id)
        return stable_id("email", digest, raw.ordinal, raw.sent_at, raw.author, raw.text)
    if raw.native_id:
        return stable_id(raw.channel, source_format, raw.conversation or digest, raw.native_id)
    return stable_id(raw.channel, source_format, raw.conversation or digest, raw.ordinal, raw.sent_at, raw.text)


def contact_id(raw, source_format: str, digest: str) -> str | None:
    if raw.channel == "email" and raw.conversation is None:
        return None  # threads are rebuilt in pass 2
    if raw.conversation is not None:
        return stable_id(raw.channel, source_format, raw.conversation)
    return stable_id(raw.channel, source_format, digest, "row", raw.ordinal)
