"""Pass 1 of the ingest: stable ids, salted identity keys and the staging spill of raw rows.

Ids are content-derived (a file's content hash, a conversation's id in its source, a message's native id or its
position and text), so the same input gives the same ids on every run, machine and path.

The spill holds unredacted customer text, so it lives in a private folder (``private_folder``: mode 0700, removed
when the run ends) and every Arrow file in it is encrypted (AES-256-GCM) with a key made for the run that exists
only in this process's memory (and its forked workers'): what a killed run leaves behind cannot be read.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
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


def native_key(native: str | None, salt: str) -> str | None:
    """The salted hash stored for an id in the source system (a Message-ID names the sender's host, often the
    sender): equal ids give equal keys within one OUT (its salt), so threads still join across runs."""
    if not native or not native.strip():
        return None
    data = native.strip().encode("utf-8", "surrogatepass")
    return hashlib.blake2b(data, key=salt.encode()[:64], digest_size=16, person=b"cxmine-native").hexdigest()


def is_native_key(value: str) -> bool:
    """Whether a stored ``native_id`` is already a ``native_key`` (rows written by cxmine 0.2.0 and earlier hold
    the raw id)."""
    return len(value) == 32 and all(c in "0123456789abcdef" for c in value)


_CIPHERS: dict[str, object] = {}  # private folder -> AESGCM with this run's key; forked workers inherit it
_NONCE = 12


def private_folder(parent: Path) -> Path:
    """A new folder only this user can read (0700) under ``parent``, whose Arrow files ``write_ipc`` encrypts with a
    fresh random key kept in memory only. Remove it with ``remove_private_folder``."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    folder = Path(tempfile.mkdtemp(prefix=".work-", dir=parent))
    _CIPHERS[os.path.abspath(folder)] = AESGCM(AESGCM.generate_key(bit_length=256))
    return folder


def remove_private_folder(folder: Path) -> None:
    """Forget the folder's key and delete it."""
    _CIPHERS.pop(os.path.abspath(folder), None)
    shutil.rmtree(folder, ignore_errors=True)


def _cipher(path: str | Path) -> object | None:
    parent = os.path.abspath(Path(path).parent)
    for folder, cipher in _CIPHERS.items():
        if parent == folder or parent.startswith(folder + os.sep):
            return cipher
    return None


def read_ipc(path: str | Path) -> pa.Table:
    """One Arrow IPC file of the staging folder, whole (decrypted when it lies in a ``private_folder``)."""
    cipher = _cipher(path)
    if cipher is None:
        with ipc.open_file(path) as r:
            return r.read_all()
    data = Path(path).read_bytes()
    plain = cipher.decrypt(data[:_NONCE], memoryview(data)[_NONCE:], Path(path).name.encode())
    with ipc.open_file(pa.BufferReader(plain)) as r:
        return r.read_all()


def write_ipc(table: pa.Table, path: str | Path) -> None:
    """Write ``table`` as one Arrow IPC file (the staging folder's spill format), encrypted in a private folder."""
    cipher = _cipher(path)
    if cipher is None:
        with ipc.new_file(path, table.schema) as w:
            w.write_table(table)
        return
    sink = pa.BufferOutputStream()
    with ipc.new_file(sink, table.schema) as w:
        w.write_table(table)
    nonce = os.urandom(_NONCE)
    sealed = cipher.encrypt(nonce, memoryview(sink.getvalue()).cast("B"), Path(path).name.encode())
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with open(fd, "wb") as f:
        f.write(nonce)
        f.write(sealed)


class Spill:
    """Rows accumulated in memory and spilled to Arrow IPC files in batches."""

    def __init__(self, folder: Path, schema: pa.Schema) -> None:
        self.folder, self.schema = folder, schema
        self.rows: list[dict] = []
        self.bytes = 0
        self.files: list[Path] = []
        folder.mkdir(parents=True, exist_ok=True)

    def add(self, row: dict) -> tuple[int, int]:
        """Add one row; returns its place (file number, row in file) for ``drop``."""
        place = (len(self.files), len(self.rows))
        self.rows.append(row)
        self.bytes += len(row.get("text") or "") + len(row.get("html") or "")
        if len(self.rows) >= BATCH_ROWS or self.bytes >= BATCH_BYTES:
            self.flush()
        return place

    def drop(self, places: Iterable[tuple[int, int]]) -> None:
        """Remove rows by their place (as ``add`` returned it), after the last ``flush``."""
        by_file: dict[int, set[int]] = {}
        for f, i in places:
            by_file.setdefault(f, set()).add(i)
        emptied = set()
        for f, rows in by_file.items():
            t = read_ipc(self.files[f])
            t = t.take(pa.array([i for i in range(t.num_rows) if i not in rows], pa.int64()))
            write_ipc(t, self.files[f])
            if t.num_rows == 0:
                emptied.add(f)
        self.files = [p for f, p in enumerate(self.files) if f not in emptied]

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


@dataclass
class Seen:
    """Which copy of each message a run keeps: ids already in OUT are skipped; of two copies read in this run
    (the same e-mail in two files, one of them truncated) the more complete one is kept, whichever came first."""

    stored: set[str]
    staged: dict[str, tuple[int, int, tuple[int, int]]] = field(default_factory=dict)  # id -> completeness, place
    dropped: list[tuple[int, int]] = field(default_factory=list)  # places in the spill of copies replaced later

    def keep(self, mid: str, raw) -> tuple[bool, tuple[int, int, tuple[int, int]] | None]:  # noqa: ANN001
        """(whether to spill this copy of a ``RawMessage``, the earlier copy it replaces)."""
        if mid in self.stored:
            return False, None
        prev = self.staged.get(mid)
        if prev is None:
            return True, None
        return completeness(raw) > prev[:2], prev


def completeness(raw) -> tuple[int, int]:  # noqa: ANN001
    """A copy with a longer body, then with more attachments, is the more complete one (a truncated file loses
    the end of the body, then the parts after it)."""
    return len(raw.text or "") + len(raw.html or ""), int(raw.n_attachments or 0)


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
