"""The ingest orchestrator: files -> readers -> ids, threads, speakers -> text stages -> Parquet.

The only module that knows the order of the stages. It works in three passes over folders inside OUT (a private,
encrypted ``OUT/.work-*`` and the ``OUT/.staging-*`` of the new Parquet parts), so memory stays bounded however
large the input:

1. read every file with its reader, give each message its stable id, drop ids already in OUT (re-runs add
   nothing; of two copies in this run the more complete is kept), and spill the raw rows to Arrow IPC files;
2. rebuild email threads and speakers from a small projection, then per batch: clean -> redact -> language;
3. smooth languages per contact, extract questions, write new part files, then commit them to OUT together with
   the new contacts and errors tables (``store.commit``: all or nothing, through a journal).

The whole run holds OUT's lock (``store.out_lock``), so two runs never interleave. The raw rows (unredacted text)
and the cleaned batches live in an encrypted private folder (``staging.private_folder``), removed when the run
ends; a killed run leaves OUT as it was, or its commit is finished (or undone) by the next run that takes the lock.
"""

from __future__ import annotations

import shutil
import tempfile
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from cxmine.errors import ReaderError, UsageError
from cxmine.ingest import RawMessage, Reader, ReadOptions, RecordError, detect_reader, get_reader
from cxmine.ingest.discover import DiscoveryError, InputFile, ZipLimits, discover
from cxmine.ingest.source import ZipMember, copy_input, open_input
from cxmine.ingest.textio import file_digest
from cxmine.pipeline import batches, roles, stages
from cxmine.pipeline.contacts import rebuild_contacts
from cxmine.pipeline.staging import (
    STAGE1_SCHEMA,
    Seen,
    Spill,
    completeness,
    contact_id,
    identity_key,
    is_native_key,
    message_id,
    native_key,
    private_folder,
    remove_private_folder,
    salt_for,
    utc,
)
from cxmine.pipeline.threads import EmailRow, assign_threads, email_speakers
from cxmine.schema import ERROR_SCHEMA, QUESTION_SCHEMA, SPEAKERS
from cxmine.store import (
    JOURNAL,
    cleanup_temporaries,
    commit,
    dataset_exists,
    holds_out_lock,
    out_lock,
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
    zip_limits: ZipLimits = field(default_factory=ZipLimits)  # the zip-bomb limits of every archive read
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


def _existing_ids(out: Path, salt: str) -> tuple[set[str], dict[str, str]]:
    """Message ids already stored, and stored email native ids -> contact id (for threads across runs).

    Native ids are stored as salted keys (``native_key``); raw ones, from rows written by older versions, are keyed
    here, so this run's replies still find their threads."""
    path = out / "messages"
    if not dataset_exists(path):
        return set(), {}
    t = read_dataset(path, columns=["message_id", "native_id", "contact_id", "channel"])
    ids = set(t.column("message_id").to_pylist())
    email = t.filter(pc.equal(t.column("channel"), "email"))
    natives = {}
    for n, c in zip(email.column("native_id").to_pylist(), email.column("contact_id").to_pylist()):
        if n:
            natives[n if is_native_key(n) else native_key(n, salt)] = c
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
    with open_input(item.path) as f:
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
        "native_id": native_key(raw.native_id, salt),  # a Message-ID names hosts and people: stored keyed
        "parent_id": native_key(raw.in_reply_to, salt),
        "references": [k for k in (native_key(r, salt) for r in raw.references or ()) if k],
        "subject": raw.subject,
        "author_key": identity_key(raw.author, salt),
        "author_name": raw.author_name,
        "recipient_keys": [k for k in (identity_key(a, salt) for a in raw.recipients) if k],
        "is_agent": is_agent,
        "n_attachments": min(int(raw.n_attachments or 0), 32767),
        "ordinal": raw.ordinal,
    }


def _read_file(item: InputFile, cfg: IngestConfig, agents: _Agents, spill: Spill, seen: Seen, salt: str,
               result: IngestResult, progress: ProgressFn | None) -> None:
    """Read one input into the spill; record errors are noted, a file error raises ``ReaderError``."""
    reader = _reader_for(item, cfg.format)
    if isinstance(item.path, ZipMember) and not getattr(reader, "reads_streams", True):
        with _extracted(item.path) as copy:  # a reader that needs a real file (pyarrow tables, Outlook .msg)
            _read_into(replace(item, path=copy), reader, cfg, agents, spill, seen, salt, result, progress)
    else:
        _read_into(item, reader, cfg, agents, spill, seen, salt, result, progress)


@contextmanager
def _extracted(member: ZipMember) -> Iterator[Path]:
    """A zip member copied to a private temporary folder for as long as it is read, then deleted."""
    tmp = Path(tempfile.mkdtemp(prefix="cxmine-zip-"))
    try:
        yield copy_input(member, tmp / (member.name or "member"))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _read_into(item: InputFile, reader: Reader, cfg: IngestConfig, agents: _Agents, spill: Spill, seen: Seen,
               salt: str, result: IngestResult, progress: ProgressFn | None) -> None:
    digest = file_digest(item.path, length=32)
    opts = replace(cfg.read, display_path=item.display)
    n = 0
    for raw in reader.read(item.path, opts):
        if isinstance(raw, RecordError):
            result.errors.append(_error_row(item.display, raw.error, raw.detail, reader.name, scope="record"))
            continue
        mid = message_id(raw, reader.name, digest)
        keep, earlier = seen.keep(mid, raw)
        if earlier is not None or not keep:
            result.skipped_duplicates += 1
        if not keep:
            continue
        if earlier is not None:
            seen.dropped.append(earlier[2])  # removed from the spill after the read pass
        place = spill.add(_staged_row(raw, reader, mid, digest, item.display, salt, agents))
        seen.staged[mid] = (*completeness(raw), place)
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
    seen: Seen,
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


class Speakers(dict):
    """``message_id -> speaker`` where it changes, with ``scores``: ``message_id -> speaker_score`` of the roles
    that were inferred (``cxmine.pipeline.roles``); a plain dict to callers that only want the speakers."""

    def __init__(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003 - dict's own signature
        super().__init__(*args, **kwargs)
        self.scores: dict[str, float] = {}


_ROLE_COLS = ["message_id", "contact_id", "speaker", "channel", "author_key", "author_name", "sent_at", "ordinal"]


def _resolve_contacts(spill: Spill, existing_native: dict[str, str], agents: _Agents | None = None,
                      keep: tuple[str, ...] = ()) -> tuple[dict[str, str], Speakers]:
    """Email threads and speakers (``message_id -> contact_id``, ``message_id -> speaker`` where it changes).

    Chats and calls whose readers and ``--agent-address`` leave authors ``unknown`` get roles inferred by
    ``cxmine.pipeline.roles`` (company names from ``agents`` and ``keep``, wording, turn order); the returned
    ``Speakers`` carries their ``speaker_score``.
    """
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
    speakers = Speakers(email_speakers(rows, contacts) if rows else {})
    # chats and calls: once an agent is known in a conversation (reader or --agent-address), the other
    # unknown authors in it are customers; conversations without a known agent get inferred roles
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
    open_contacts: set[str] = set()
    for m, c in unknown:
        if c in with_agent:
            speakers[m] = "customer"
        else:
            open_contacts.add(c)
    if open_contacts:
        _infer_roles(spill, open_contacts, agents, keep, speakers)
    return contacts, speakers


def _infer_roles(spill: Spill, open_contacts: set[str], agents: _Agents | None, keep: tuple[str, ...],
                 speakers: Speakers) -> None:
    """Roles of the chats and calls in ``open_contacts`` (no agent known), into ``speakers`` and its scores."""
    scorer = roles.model()
    convs: dict[str, tuple[str, list[roles.Turn]]] = {}
    wanted = pa.array(sorted(open_contacts), pa.string())
    for t in spill.tables(_ROLE_COLS + ["text"]):
        t = t.filter(pc.is_in(t.column("contact_id"), value_set=wanted))
        t = t.filter(pc.is_in(t.column("speaker"), value_set=pa.array(["customer", "agent", "unknown"])))
        if not t.num_rows:
            continue
        texts = t.column("text").to_pylist()
        scores = scorer.text_scores(texts)
        for (m, c, sp, ch, key, name, at, o), s, txt in zip(zip(*(t.column(x).to_pylist() for x in _ROLE_COLS)),
                                                            scores, texts):
            order = (at is None, at.timestamp() if at else 0.0, o)
            turn = roles.Turn(m, key or name, name, sp, order, float(s), roles.turn_shape(txt))
            convs.setdefault(c, (ch, []))[1].append(turn)
    companies = roles.CompanyNames(agents.domains if agents else (), keep)
    for m, (speaker, score) in roles.assign(convs.values(), companies, scorer).items():
        speakers[m] = speaker
        if score is not None:
            speakers.scores[m] = score


def _prepare_out(out: Path) -> None:
    """Create OUT and remove what an interrupted earlier run left (temporary files, staging folders)."""
    if out.exists() and not out.is_dir():
        raise UsageError(f"the output folder {out} is a file; name a folder (it is created if missing)")
    out.mkdir(parents=True, exist_ok=True)
    with out_lock(out):  # another live run's staging folder is never removed (a no-op when the caller holds it)
        cleanup_temporaries(out)
        for stale in [*out.glob(".staging-*"), *out.glob(".work-*")]:  # a half-done commit was settled by the lock
            shutil.rmtree(stale, ignore_errors=True)


def _names_by_contact(raw: Spill, contacts: dict[str, str], agents: _Agents,
                      companies: roles.CompanyNames | None = None) -> dict[str, list[str]]:
    """Display names of the people in each contact, redacted wherever they appear in it. Names of bots, system
    senders, configured agent accounts and names of the company ("Nordhus Klantenservice") are not personal names."""
    names: dict[str, set[str]] = {}
    cols = ("contact_id", "message_id", "author_name", "speaker", "is_agent")
    for t in raw.tables(list(cols)):
        for c, m, nm, sp, ag in zip(*(t.column(x).to_pylist() for x in cols)):
            if nm and sp not in ("bot", "system") and not (ag and nm.lower() in agents.addresses) and \
                    not (companies and companies.is_company(nm)):
                names.setdefault(c or contacts.get(m, ""), set()).add(nm)
    return {k: sorted(v) for k, v in names.items()}


def _clean_pass(raw: Spill, staging: Path, cfg: IngestConfig, existing_native: dict[str, str],
                result: IngestResult, progress: ProgressFn | None) -> list[Path]:
    """Pass 2: threads and speakers, then clean -> redact -> language per spilled batch; returns the batch files."""
    contacts, speakers = _resolve_contacts(raw, existing_native, _Agents.of(cfg), tuple(cfg.text.keep_terms))
    if progress:
        progress("stage", 2)
    agents = _Agents.of(cfg)
    names = _names_by_contact(raw, contacts, agents, roles.CompanyNames(agents.domains, tuple(cfg.text.keep_terms)))
    workers = cfg.workers if cfg.workers else batches.default_workers(raw.count())
    result.workers = workers
    if workers > 1:
        batches.warm_up(cfg.text)  # load models before forking, so the workers share them
    clean_dir = staging / "clean"
    clean_dir.mkdir()
    jobs = [(str(f), str(clean_dir / f.name)) for f in raw.files]
    context = {"contacts": contacts, "speakers": speakers, "text": cfg.text, "names": names,
               "speaker_scores": speakers.scores}
    batches.map_batches(batches.clean_batch, jobs, context, workers, lambda n: progress and progress("cleaned", n))
    return [Path(j[1]) for j in jobs]


@holds_out_lock(create=True)
def run_ingest(
    paths: list[Path | str], out: Path, config: IngestConfig | None = None, progress: ProgressFn | None = None
) -> IngestResult:
    """Read every export under ``paths`` into the Parquet datasets of ``out`` (see the README's contract).

    Holds OUT's lock for the whole run (a second run waits, then gives up: ``store.out_lock``)."""
    cfg = config or IngestConfig()
    out = Path(out)
    _prepare_out(out)
    result = IngestResult(out=out)
    salt = salt_for(out, cfg.salt)
    stored, existing_native = _existing_ids(out, salt)
    seen = Seen(stored)
    staging = out / f".staging-{uuid.uuid4().hex[:8]}"  # the new Parquet parts and tables, until the commit
    work = private_folder(out)  # raw and cleaned rows: encrypted with a key that dies with this process
    files = discover(paths, cfg.zip_limits, exclude=out)  # OUT inside an input folder is not input
    try:
        raw = Spill(work / "raw", STAGE1_SCHEMA)
        _read_pass(files, cfg, raw, seen, salt, result, progress)
        raw.drop(seen.dropped)  # copies replaced by a more complete copy of the same message
        cleaned = _clean_pass(raw, work, cfg, existing_native, result, progress)
        _final_pass(cleaned, cfg, out, staging, result, progress, result.workers)
    finally:
        files.close()  # a zip member being read is deleted now, not whenever the generator is collected
        remove_private_folder(work)
        if not (out / JOURNAL).exists():  # else the next run finishes the commit from the staging folder
            shutil.rmtree(staging, ignore_errors=True)
    return result


def _final_pass(cleaned: list[Path], cfg: IngestConfig, out: Path, staging: Path, result: IngestResult,
                progress: ProgressFn | None, workers: int) -> None:
    """Pass 3: smoothed languages, order, questions -> new Parquet parts in ``staging``; then the new parts, the
    contacts and the errors are committed to OUT together (``store.commit``: all or nothing)."""
    new_dir = staging / "new"
    new_dir.mkdir(parents=True)
    if cleaned:
        _finish_batches(cleaned, cfg, new_dir, result, progress, workers)
    moves, tables, swaps = commit_plan(out, staging, new_dir)
    result.contacts_total, result.messages_total = rebuild_contacts(out, also=new_dir / "messages",
                                                                    into=tables / "contacts")
    finish_commit(out, staging, result, moves, swaps)


def commit_plan(out: Path, staging: Path, new_dir: Path) -> tuple[list, Path, list]:
    """What a run commits (both engines): the moves of the new message and question parts into OUT, the folder
    where the rebuilt tables go, and the table swaps so far (an empty questions table on a first run)."""
    moves = [(f, out / table / f.relative_to(new_dir / table))
             for table in ("messages", "questions") for f in sorted((new_dir / table).rglob("*.parquet"))]
    tables, swaps = staging / "tables", []
    if not dataset_exists(out / "questions") and not any(d.is_relative_to(out / "questions") for _, d in moves):
        swaps.append((replace_dataset(QUESTION_SCHEMA.empty_table(), tables / "questions", QUESTION_SCHEMA),
                      out / "questions"))
    return moves, tables, swaps


def finish_commit(out: Path, staging: Path, result: IngestResult, moves: list, swaps: list) -> None:
    """Write this run's errors next to the rebuilt contacts, then commit everything in one step."""
    tables = staging / "tables"
    _write_errors(out, result, into=tables / "errors")
    swaps = [*swaps, (tables / "contacts", out / "contacts"), (tables / "errors", out / "errors")]
    commit(out, staging, moves, swaps)


def _finish_batches(cleaned: list[Path], cfg: IngestConfig, new_dir: Path, result: IngestResult,
                    progress: ProgressFn | None, workers: int) -> None:
    cols = ["message_id", "contact_id", "language", "language_score", "text", "sent_at", "ordinal"]
    small = pa.concat_tables(batches.read_ipc(f).select(cols) for f in cleaned)
    small = batches.smoothed_languages(small, cfg.text)  # the Spark engine smooths with the same function
    mids = small.column("message_id").to_pylist()
    context = {
        "lang_of": dict(zip(mids, small.column("language").to_pylist())),
        "score_of": dict(zip(mids, small.column("language_score").to_pylist())),
        "seq_of": _sequence_numbers(small),
        "text": cfg.text,
        "now": datetime.now(timezone.utc),
    }
    del small, mids

    def done(r: dict) -> None:
        result.new_messages += r["messages"]
        result.new_questions += r["questions"]
        result.by_channel.update(r["channel"])
        result.by_format.update(r["format"])
        result.by_language.update(r["language"])
        if progress:
            progress("written", r["messages"])

    batches.map_batches(batches.finish_batch, [(str(f), str(new_dir)) for f in cleaned], context, workers, done)


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


def _write_errors(out: Path, result: IngestResult, into: Path | None = None) -> None:
    """Errors of this run join earlier ones (same file, kind and detail counted once); written to ``OUT/errors``, or
    to ``into`` for a commit."""
    old = read_dataset(out / "errors", ERROR_SCHEMA)
    new = pa.Table.from_pylist(result.errors, schema=ERROR_SCHEMA) if result.errors else ERROR_SCHEMA.empty_table()
    both = pa.concat_tables([old, new])
    seen, keep = set(), []
    for i, key in enumerate(zip(*(both.column(x).to_pylist() for x in ("source_file", "error", "detail")))):
        if key not in seen:
            seen.add(key)
            keep.append(i)
    replace_dataset(both.take(pa.array(keep, pa.int64())), into or out / "errors", ERROR_SCHEMA)
