"""The ingest orchestrator: files -> readers -> ids, threads, speakers -> text stages -> Parquet.

The only module that knows the order of the stages. It works in three passes over a private staging folder
inside OUT (``OUT/.staging-*``), so memory stays bounded however large the input:

1. read every file with its reader, give each message its stable id, drop ids already in OUT (re-runs add
   nothing), and spill the raw rows to Arrow IPC files;
2. rebuild email threads and speakers from a small projection, then per batch: clean -> redact -> language;
3. smooth languages per contact, extract questions, write new part files and move them into OUT at the end.

A crash before step 3's final renames leaves OUT as it was; the staging folder is removed on the next run.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from cxmine.errors import ReaderError, UsageError
from cxmine.ingest import RawMessage, Reader, ReadOptions, RecordError, detect_reader, get_reader
from cxmine.ingest.discover import DiscoveryError, InputFile, discover
from cxmine.ingest.textio import file_digest
from cxmine.pipeline import batches, stages
from cxmine.pipeline.contacts import rebuild_contacts
from cxmine.pipeline.staging import (
    STAGE1_SCHEMA,
    Spill,
    contact_id,
    identity_key,
    message_id,
    salt_for,
    utc,
)
from cxmine.pipeline.threads import EmailRow, assign_threads, email_speakers
from cxmine.schema import ERROR_SCHEMA, QUESTION_SCHEMA, SPEAKERS
from cxmine.store import (
    cleanup_temporaries,
    dataset_exists,
    read_dataset,
    replace_dataset,
)

SNIFF_BYTES = 64 * 1024

@dataclass
class IngestConfig:
    """Everything ``cxmine ingest`` can be told; defaults are what the command uses."""

    format: str | None = None
    agent_domains: tuple[str, ...] = ()
    agent_addresses: tuple[str, ...] = ()
    strict: bool = False
    read: ReadOptions = field(default_factory=ReadOptions)
    text: stages.TextConfig = field(default_factory=stages.TextConfig)
    salt: str | None = None  # for customer_key; default: a random salt kept in OUT/.cxmine/salt
    workers: int | None = None  # processes for the text stages; None: all cores for large inputs, else 1


@dataclass
class IngestResult:
    out: Path
    files_read: int = 0
    files_failed: int = 0
    new_messages: int = 0
    skipped_duplicates: int = 0
    new_questions: int = 0
    errors: list[dict] = field(default_factory=list)
    by_channel: Counter = field(default_factory=Counter)
    by_format: Counter = field(default_factory=Counter)
    by_language: Counter = field(default_factory=Counter)
    files_by_format: Counter = field(default_factory=Counter)
    contacts_total: int = 0
    messages_total: int = 0
    workers: int = 1


ProgressFn = Callable[[str, int], None]  # (event, amount): "file" done / "messages" read / "stage" name


def _error_row(source_file: str, error: str, detail: str, fmt: str | None = None, scope: str = "file") -> dict:
    return {
        "scope": scope,  # file | record (for the summary; not stored)
        "source_file": source_file,
        "error": error,
        "detail": detail,
        "source_format": fmt,
        "recorded_at": datetime.now(timezone.utc),
    }


def _existing_ids(out: Path) -> tuple[set[str], dict[str, str]]:
    """Message ids already stored, and stored email native ids -> contact id (for threads across runs)."""
    path = out / "messages"
    if not dataset_exists(path):
        return set(), {}
    t = read_dataset(path, columns=["message_id", "native_id", "contact_id", "channel"])
    ids = set(t.column("message_id").to_pylist())
    email = t.filter(pc.equal(t.column("channel"), "email"))
    natives = {}
    for n, c in zip(email.column("native_id").to_pylist(), email.column("contact_id").to_pylist()):
        if n:
            natives[n] = c
    return ids, natives


@dataclass(frozen=True)
class _Agents:
    """The configured agent domains and addresses, normalised once (lower case, no leading '@')."""

    domains: tuple[str, ...]
    addresses: tuple[str, ...]

    @classmethod
    def of(cls, cfg: IngestConfig) -> _Agents:
        return cls(tuple(d.lower().lstrip("@") for d in cfg.agent_domains), tuple(a.lower() for a in cfg.agent_addresses))

    def is_agent(self, raw: RawMessage) -> bool | None:
        """True / False when the options decide it, None when they say nothing about this author."""
        if not (self.domains or self.addresses):
            return None
        author = (raw.author or "").strip().lower()
        name = (raw.author_name or "").strip().lower()
        if author and author in self.addresses or name and name in self.addresses:
            return True
        if "@" in author and author.rsplit("@", 1)[1] in self.domains:
            return True
        return False if raw.channel == "email" else None


def _reader_for(item: InputFile, fmt: str | None) -> Reader:
    """The reader for one input: Maildir for folders, the forced format, or the one that recognises the file."""
    if item.is_dir:
        return get_reader("maildir")
    if fmt:
        return get_reader(fmt)
    with open(item.path, "rb") as f:
        head = f.read(SNIFF_BYTES)
    if not head.strip():
        raise ReaderError("empty", "the file is empty")
    reader = detect_reader(item.path, head)
    if reader is None:
        raise ReaderError("unsupported", "no reader recognises this file; name its format to choose a reader")
    return reader


def _staged_row(raw: RawMessage, reader: Reader, mid: str, digest: str, display: str, salt: str,
                agents: _Agents) -> dict:
    """One message as the staging spill stores it (ids, speaker, hashed identities; text still unredacted)."""
    is_agent = agents.is_agent(raw)
    speaker = raw.speaker if raw.speaker in SPEAKERS else "unknown"
    if is_agent and raw.channel != "email":
        speaker = "agent"
    return {
        "message_id": mid,
        "contact_id": contact_id(raw, reader.name, digest),
        "channel": raw.channel or reader.channel,
        "source_format": reader.name,
        "source_file": display,
        "sent_at": utc(raw.sent_at),
        "speaker": speaker,
        "text": raw.text or "",
        "html": raw.html,
        "native_id": raw.native_id,
        "parent_id": raw.in_reply_to,
        "references": list(raw.references or ()),
        "subject": raw.subject,
        "author_key": identity_key(raw.author, salt),
        "author_name": raw.author_name,
        "recipient_keys": [k for k in (identity_key(a, salt) for a in raw.recipients) if k],
        "is_agent": is_agent,
        "n_attachments": min(int(raw.n_attachments or 0), 32767),
        "ordinal": raw.ordinal,
    }


def _read_file(item: InputFile, cfg: IngestConfig, agents: _Agents, spill: Spill, seen: set[str], salt: str,
               result: IngestResult, progress: ProgressFn | None) -> None:
    """Read one input into the spill; record errors are noted, a file error raises ``ReaderError``."""
    reader = _reader_for(item, cfg.format)
    digest = file_digest(item.path, length=32)
    opts = replace(cfg.read, display_path=item.display)
    n = 0
    for raw in reader.read(item.path, opts):
        if isinstance(raw, RecordError):
            result.errors.append(_error_row(item.display, raw.error, raw.detail, reader.name, scope="record"))
            continue
        mid = message_id(raw, reader.name, digest)
        if mid in seen:
            result.skipped_duplicates += 1
            continue
        seen.add(mid)
        spill.add(_staged_row(raw, reader, mid, digest, item.display, salt, agents))
        n += 1
        if progress and n % 1000 == 0:
            progress("messages", 1000)
    if progress:
        progress("messages", n % 1000)
    result.files_read += 1
    result.files_by_format[reader.name] += 1


def _read_pass(
    files: Iterator[InputFile | DiscoveryError],
    cfg: IngestConfig,
    spill: Spill,
    seen: set[str],
    salt: str,
    result: IngestResult,
    progress: ProgressFn | None,
) -> None:
    """Pass 1: every input file through its reader into the staging spill; a bad file is an error row."""
    agents = _Agents.of(cfg)
    for item in files:
        if isinstance(item, DiscoveryError):
            result.errors.append(_error_row(item.display, item.error, item.detail))
            result.files_failed += 1
            continue
        try:
            _read_file(item, cfg, agents, spill, seen, salt, result, progress)
        except ReaderError as exc:
            result.errors.append(_error_row(item.display, exc.error, exc.detail, None))
            result.files_failed += 1
        except Exception as exc:  # one bad file must not stop the batch
            # a reader bug or an unforeseen file: record it (no customer text: only the exception type) and go on
            result.errors.append(_error_row(item.display, "unreadable", f"{type(exc).__name__} while reading the file"))
            result.files_failed += 1
        if progress:
            progress("file", 1)
    spill.flush()


def _resolve_contacts(spill: Spill, existing_native: dict[str, str]) -> tuple[dict[str, str], dict[str, str]]:
    """Email threads and speakers (``message_id -> contact_id``, ``message_id -> speaker`` where it changes)."""
    cols = ["message_id", "channel", "native_id", "parent_id", "references", "subject", "author_key",
            "recipient_keys", "sent_at", "ordinal", "is_agent", "contact_id"]
    rows: list[EmailRow] = []
    for t in spill.tables(cols):
        t = t.filter(pc.and_(pc.equal(t.column("channel"), "email"), pc.is_null(t.column("contact_id"))))
        for d in t.to_pylist():
            rows.append(
                EmailRow(d["message_id"], d["native_id"], d["parent_id"], d["references"] or [], d["subject"],
                         d["author_key"], d["recipient_keys"] or [], d["sent_at"], d["ordinal"], d["is_agent"])
            )
    contacts = assign_threads(rows, existing_native) if rows else {}
    speakers = email_speakers(rows, contacts) if rows else {}
    # chats and calls: once an agent is known in a conversation (reader or --agent-address), the other
    # unknown authors in it are customers
    with_agent: set[str] = set()
    unknown: list[tuple[str, str]] = []
    for t in spill.tables(["message_id", "contact_id", "speaker", "channel"]):
        for m, c, sp, ch in zip(*(t.column(x).to_pylist() for x in ("message_id", "contact_id", "speaker", "channel"))):
            if ch == "email" or c is None:
                continue
            if sp == "agent":
                with_agent.add(c)
            elif sp == "unknown":
                unknown.append((m, c))
    for m, c in unknown:
        if c in with_agent:
            speakers[m] = "customer"
    return contacts, speakers


def _prepare_out(out: Path) -> None:
    """Create OUT and remove what an interrupted earlier run left (temporary files, staging folders)."""
    if out.exists() and not out.is_dir():
        raise UsageError(f"the output folder {out} is a file; name a folder (it is created if missing)")
    out.mkdir(parents=True, exist_ok=True)
    cleanup_temporaries(out)
    for stale in out.glob(".staging-*"):
        shutil.rmtree(stale, ignore_errors=True)


def _names_by_contact(raw: Spill, contacts: dict[str, str], agents: _Agents) -> dict[str, list[str]]:
    """Display names of the people in each contact, redacted wherever they appear in it. Names of bots, system
    senders and configured agent accounts (the company itself) are not personal names."""
    names: dict[str, set[str]] = {}
    cols = ("contact_id", "message_id", "author_name", "speaker", "is_agent")
    for t in raw.tables(list(cols)):
        for c, m, nm, sp, ag in zip(*(t.column(x).to_pylist() for x in cols)):
            if nm and sp not in ("bot", "system") and not (ag and nm.lower() in agents.addresses):
                names.setdefault(c or contacts.get(m, ""), set()).add(nm)
    return {k: sorted(v) for k, v in names.items()}


def _clean_pass(raw: Spill, staging: Path, cfg: IngestConfig, existing_native: dict[str, str],
                result: IngestResult, progress: ProgressFn | None) -> list[Path]:
    """Pass 2: threads and speakers, then clean -> redact -> language per spilled batch; returns the batch files."""
    contacts, speakers = _resolve_contacts(raw, existing_native)
    if progress:
        progress("stage", 2)
    names = _names_by_contact(raw, contacts, _Agents.of(cfg))
    workers = cfg.workers if cfg.workers else batches.default_workers(raw.count())
    result.workers = workers
    if workers > 1:
        batches.warm_up(cfg.text)  # load models before forking, so the workers share them
    clean_dir = staging / "clean"
    clean_dir.mkdir()
    jobs = [(str(f), str(clean_dir / f.name)) for f in raw.files]
    context = {"contacts": contacts, "speakers": speakers, "text": cfg.text, "names": names}
    batches.map_batches(batches.clean_batch, jobs, context, workers, lambda n: progress and progress("cleaned", n))
    return [Path(j[1]) for j in jobs]


def run_ingest(
    paths: list[Path | str], out: Path, config: IngestConfig | None = None, progress: ProgressFn | None = None
) -> IngestResult:
    """Read every export under ``paths`` into the Parquet datasets of ``out`` (see the README's contract)."""
    cfg = config or IngestConfig()
    out = Path(out)
    _prepare_out(out)
    result = IngestResult(out=out)
    salt = salt_for(out, cfg.salt)
    seen, existing_native = _existing_ids(out)
    staging = out / f".staging-{uuid.uuid4().hex[:8]}"
    try:
        raw = Spill(staging / "raw", STAGE1_SCHEMA)
        _read_pass(discover(paths), cfg, raw, seen, salt, result, progress)
        cleaned = _clean_pass(raw, staging, cfg, existing_native, result, progress)
        _final_pass(cleaned, cfg, out, staging, result, progress, result.workers)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    _write_errors(out, result)
    result.contacts_total, result.messages_total = rebuild_contacts(out)
    return result


def _final_pass(cleaned: list[Path], cfg: IngestConfig, out: Path, staging: Path, result: IngestResult,
                progress: ProgressFn | None, workers: int) -> None:
    if not cleaned:
        return
    cols = ["message_id", "contact_id", "language", "language_score", "text", "sent_at", "ordinal"]
    small = pa.concat_tables(batches.read_ipc(f).select(cols) for f in cleaned)
    if cfg.text.detect_language:
        small = small.set_column(
            small.column_names.index("text"), "text", pc.utf8_slice_codeunits(small.column("text"), 0, 300)
        )
        small = stages.smooth_languages(small)
    mids = small.column("message_id").to_pylist()
    context = {
        "lang_of": dict(zip(mids, small.column("language").to_pylist())),
        "score_of": dict(zip(mids, small.column("language_score").to_pylist())),
        "seq_of": _sequence_numbers(small),
        "text": cfg.text,
        "now": datetime.now(timezone.utc),
    }
    del small, mids
    new_dir = staging / "new"
    new_dir.mkdir()

    def done(r: dict) -> None:
        result.new_messages += r["messages"]
        result.new_questions += r["questions"]
        result.by_channel.update(r["channel"])
        result.by_format.update(r["format"])
        result.by_language.update(r["language"])
        if progress:
            progress("written", r["messages"])

    batches.map_batches(batches.finish_batch, [(str(f), str(new_dir)) for f in cleaned], context, workers, done)
    # move the new parts into OUT: each rename is atomic, and ids already present are skipped on a re-run
    for table in ("messages", "questions"):
        src = new_dir / table
        if not src.exists():
            continue
        for f in sorted(src.rglob("*.parquet")):
            dest = out / table / f.relative_to(src)
            dest.parent.mkdir(parents=True, exist_ok=True)
            os.replace(f, dest)
    if not dataset_exists(out / "questions"):
        replace_dataset(QUESTION_SCHEMA.empty_table(), out / "questions", QUESTION_SCHEMA)


def _sequence_numbers(small: pa.Table) -> dict[str, int]:
    order: dict[str, list[tuple]] = {}
    for m, c, s, o in zip(*(small.column(x).to_pylist() for x in ("message_id", "contact_id", "sent_at", "ordinal"))):
        order.setdefault(c, []).append((s is None, s.timestamp() if s else 0.0, o, m))
    seq = {}
    for items in order.values():
        items.sort()
        for i, item in enumerate(items):
            seq[item[3]] = i
    return seq


def _write_errors(out: Path, result: IngestResult) -> None:
    """Errors of this run join earlier ones (same file, kind and detail counted once)."""
    old = read_dataset(out / "errors", ERROR_SCHEMA)
    new = pa.Table.from_pylist(result.errors, schema=ERROR_SCHEMA) if result.errors else ERROR_SCHEMA.empty_table()
    both = pa.concat_tables([old, new])
    seen, keep = set(), []
    for i, key in enumerate(zip(*(both.column(x).to_pylist() for x in ("source_file", "error", "detail")))):
        if key not in seen:
            seen.add(key)
            keep.append(i)
    replace_dataset(both.take(pa.array(keep, pa.int64())), out / "errors", ERROR_SCHEMA)
