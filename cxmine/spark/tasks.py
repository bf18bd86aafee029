"""What the executors run: reading files, and the per-message stages over whole contacts, on Arrow batches.

Plain functions over iterators of ``pyarrow.RecordBatch`` (the shape of ``DataFrame.mapInArrow``), so they are
testable without Spark and use the local engine's own code: the readers and ``_staged_row`` of
``cxmine.pipeline.run`` for stage 1, ``batches.clean_table`` / ``smoothed_languages`` / ``finish_table`` for the text
stages, ``build_contacts`` for the contacts table, ``cxmine.store.append_parts`` for every file written.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from cxmine.errors import ReaderError
from cxmine.ingest import RecordError
from cxmine.ingest.textio import file_digest
from cxmine.pipeline import batches as local_batches
from cxmine.pipeline import roles
from cxmine.pipeline.contacts import build_contacts
from cxmine.pipeline.run import (
    IngestConfig,
    _Agents,
    _names_by_contact,
    _reader_for,
    _resolve_contacts,
    _sequence_numbers,
    _staged_row,
)
from cxmine.pipeline.staging import BATCH_ROWS, STAGE1_SCHEMA, completeness, message_id
from cxmine.pipeline.threads import normalize_subject
from cxmine.schema import CONTACT_SCHEMA, MESSAGE_SCHEMA, QUESTION_SCHEMA
from cxmine.spark.files import Unit
from cxmine.store import append_parts

# Stage 1's rows: the local engine's staging schema plus where the row came from and what it is.
PRIVATE = [
    ("_unit", pa.int64()),  # the input unit's position in discovery order
    ("_pos", pa.int64()),  # the row's position inside its unit (messages and record errors in order)
    ("_kind", pa.string()),  # m: a message; e: an error row; f: a file read to its end
    ("_error", pa.string()),
    ("_detail", pa.string()),
    ("_scope", pa.string()),  # errors: file | record
    ("_subject_key", pa.string()),  # email thread fallback: a hash of the normalised subject, never the subject
    ("_size", pa.int64()),  # how complete this copy is (``staging.completeness``): of two copies the larger is kept
    ("_parts", pa.int64()),
]
READ_SCHEMA = pa.schema(list(STAGE1_SCHEMA) + [pa.field(n, t) for n, t in PRIVATE])
PRIVATE_NAMES = [n for n, _ in PRIVATE]
UNIT_SCHEMA = pa.schema([("index", pa.int64()), ("path", pa.string()), ("display", pa.string()),
                         ("is_dir", pa.bool_()), ("size", pa.int64())])
STATS_SCHEMA = pa.schema([("kind", pa.string()), ("key", pa.string()), ("n", pa.int64())])
SMALL = ["message_id", "contact_id", "language", "language_score", "text", "sent_at", "ordinal"]


def subject_key(subject: str | None) -> str | None:
    """A stand-in for a subject that threads the same (``normalize_subject``) but shows none of its words."""
    key, is_reply = normalize_subject(subject)
    if not key:
        return None
    return ("Re: " if is_reply else "") + hashlib.blake2b(key.encode(), digest_size=12).hexdigest()


def _error(unit: int, pos: int, display: str, error: str, detail: str, fmt: str | None, scope: str) -> dict:
    return {"source_file": display, "source_format": fmt, "_unit": unit, "_pos": pos, "_kind": "e",
            "_error": error, "_detail": detail, "_scope": scope}


def _rows_of(item, unit: int, cfg: IngestConfig, agents: _Agents, salt: str, pos: list[int]) -> Iterator[dict]:
    """One input file's rows, as ``run._read_file`` and ``run._read_pass`` make them (a failing file keeps the
    messages read before the failure, and becomes an error row)."""

    def at() -> int:
        pos[0] += 1
        return pos[0]

    try:
        reader = _reader_for(item, cfg.format)
        digest = file_digest(item.path, length=32)
        opts = replace(cfg.read, display_path=item.display)
        for raw in reader.read(item.path, opts):
            if isinstance(raw, RecordError):
                yield _error(unit, at(), item.display, raw.error, raw.detail, reader.name, "record")
                continue
            mid = message_id(raw, reader.name, digest)
            row = _staged_row(raw, reader, mid, digest, item.display, salt, agents)
            size, parts = completeness(raw)
            row.update(_unit=unit, _pos=at(), _kind="m", _size=size, _parts=parts,
                       _subject_key=subject_key(row["subject"]) if row["channel"] == "email" and
                       row["contact_id"] is None else None)
            yield row
        yield {"source_file": item.display, "source_format": reader.name, "_unit": unit, "_pos": at(), "_kind": "f"}
    except ReaderError as exc:
        yield _error(unit, at(), item.display, exc.error, exc.detail, None, "file")
    except Exception as exc:  # one bad file must not stop the batch (no customer text: the exception type only)
        yield _error(unit, at(), item.display, "unreadable", f"{type(exc).__name__} while reading the file", None,
                     "file")


def read_units(units: Iterator[pa.RecordBatch], cfg: IngestConfig, salt: str) -> Iterator[pa.RecordBatch]:
    """Stage 1 on an executor: every unit's files through their readers -> rows of ``READ_SCHEMA``."""
    agents = _Agents.of(cfg)
    rows: list[dict] = []
    for batch in units:
        for u in batch.to_pylist():
            unit = Unit(**u)
            for row in _rows_of(unit.input_file(), unit.index, cfg, agents, salt, [-1]):
                rows.append(row)
                if len(rows) >= BATCH_ROWS:
                    yield pa.RecordBatch.from_pylist(rows, schema=READ_SCHEMA)
                    rows = []
    if rows:
        yield pa.RecordBatch.from_pylist(rows, schema=READ_SCHEMA)


def contact_chunks(batches: Iterator[pa.RecordBatch], min_rows: int = BATCH_ROWS) -> Iterator[pa.Table]:
    """Tables of whole contacts from batches sorted by ``contact_id`` (a contact is never split)."""
    pending: list[pa.RecordBatch] = []
    n = 0
    for b in batches:
        if b.num_rows == 0:
            continue
        pending.append(b)
        n += b.num_rows
        if n < min_rows:
            continue
        t = pa.Table.from_batches(pending)
        cut = pc.index(t.column("contact_id"), t.column("contact_id")[-1]).as_py()
        if cut <= 0:
            continue  # one contact so far: keep collecting
        yield t.slice(0, cut)
        rest = t.slice(cut)
        pending, n = rest.to_batches(), rest.num_rows
    if n:
        yield pa.Table.from_batches(pending)


class _Chunk:
    """A table of whole contacts, shaped like the staging ``Spill`` that the local engine's functions read."""

    def __init__(self, table: pa.Table) -> None:
        self.table = table

    def tables(self, columns: list[str] | None = None) -> Iterator[pa.Table]:
        yield self.table.select(columns) if columns else self.table


def conversation_rules(t: pa.Table, cfg: IngestConfig) -> tuple[pa.Table, dict[str, list[str]]]:
    """Speakers and names as ``run._clean_pass`` decides them, for whole contacts: the e-mail speakers the driver
    worked out from the threads (column ``_t_speaker``), roles of chats and calls (``run._resolve_contacts``), the
    people's names redacted in their contact (``run._names_by_contact``); then ``batches.apply_threads``."""
    thread_speakers = t.column("_t_speaker").to_pylist() if "_t_speaker" in t.column_names else None
    raw = t.drop_columns([c for c in [*PRIVATE_NAMES, "_t_speaker"] if c in t.column_names])
    agents, keep = _Agents.of(cfg), tuple(cfg.text.keep_terms)
    view = _Chunk(raw)
    contacts, speakers = _resolve_contacts(view, {}, agents, keep)  # no e-mail thread is left open here
    if thread_speakers is not None:
        for m, sp in zip(raw.column("message_id").to_pylist(), thread_speakers):
            if sp is not None:
                speakers[m] = sp
    names = _names_by_contact(view, contacts, agents, roles.CompanyNames(agents.domains, keep))
    return local_batches.apply_threads(raw, contacts, speakers, speakers.scores), names


def finish_contacts(batches: Iterator[pa.RecordBatch], cfg: IngestConfig, new_dir: str, run: str,
                    now: datetime) -> Iterator[pa.RecordBatch]:
    """Passes 2 and 3 on an executor, over whole contacts: clean -> redact -> language -> smoothing -> seq ->
    questions, then the new messages and questions as Parquet parts in ``new_dir`` (named by task and chunk, so
    a retried task replaces its own files). Yields counts (``STATS_SCHEMA``)."""
    from pyspark import TaskContext

    ctx = TaskContext.get()
    task = ctx.partitionId() if ctx is not None else 0
    text = cfg.text
    for k, t in enumerate(contact_chunks(batches)):
        t, names = conversation_rules(t, cfg)
        t = local_batches.clean_table(t, text, names)
        small = local_batches.smoothed_languages(t.select(SMALL), text)
        mids = small.column("message_id").to_pylist()
        lang_of = dict(zip(mids, small.column("language").to_pylist()))
        score_of = dict(zip(mids, small.column("language_score").to_pylist()))
        t, questions = local_batches.finish_table(t, lang_of, score_of, _sequence_numbers(small), text, now)
        stem = f"part-{run}-{task:05d}-{k:05d}"
        append_parts(t, Path(new_dir) / "messages", MESSAGE_SCHEMA, partition_by=["channel"], stem=stem)
        append_parts(questions, Path(new_dir) / "questions", QUESTION_SCHEMA, partition_by=["channel"], stem=stem)
        yield stats_batch(local_batches.batch_summary(t, questions))


def stats_batch(summary: dict) -> pa.RecordBatch:
    """A batch summary (``batches.batch_summary``) as rows of ``STATS_SCHEMA``."""
    rows = [("messages", "", summary["messages"]), ("questions", "", summary["questions"])]
    for kind in ("channel", "format", "language"):
        rows += [(kind, key, n) for key, n in summary[kind].items()]
    return pa.RecordBatch.from_pylist([dict(zip(STATS_SCHEMA.names, r)) for r in rows], schema=STATS_SCHEMA)


def contacts_of(batches: Iterator[pa.RecordBatch], folder: str, run: str) -> Iterator[pa.RecordBatch]:
    """The contacts table over whole contacts of OUT/messages, written as parts into ``folder``."""
    from pyspark import TaskContext

    ctx = TaskContext.get()
    task = ctx.partitionId() if ctx is not None else 0
    for k, t in enumerate(contact_chunks(batches)):
        contacts = build_contacts(t)
        append_parts(contacts, Path(folder), CONTACT_SCHEMA, partition_by=["channel"],
                     stem=f"part-{run}-{task:05d}-{k:05d}")
        yield pa.RecordBatch.from_pylist([{"kind": "contacts", "key": "", "n": contacts.num_rows},
                                          {"kind": "messages", "key": "", "n": t.num_rows}], schema=STATS_SCHEMA)
