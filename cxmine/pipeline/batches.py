"""The per-batch work of the ingest's passes 2 and 3, run in this process or in forked worker processes.

Each batch is an Arrow IPC file in the staging folder; a worker reads one, runs the text stages and writes the
result, so batches are independent and spread over the cores. Shared read-only context (thread map, names,
language map, configuration) is put in ``_CTX`` before the pool forks, so children inherit it without copying
it through pipes; the detectors and spaCy pipelines are loaded once in the parent (``warm_up``) for the same
reason.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from datetime import datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from cxmine.pipeline import stages
from cxmine.pipeline.staging import read_ipc, write_ipc
from cxmine.schema import MESSAGE_SCHEMA, QUESTION_SCHEMA, TS, stable_id
from cxmine.store import append_parts

_CTX: dict = {}
PARALLEL_MIN_ROWS = 20_000  # below this, starting workers costs more than it saves


def default_workers(n_rows: int) -> int:
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return 1 if n_rows < PARALLEL_MIN_ROWS else max(1, min(cores, 4))


def warm_up(text: stages.TextConfig) -> None:
    """Load detectors, patterns and spaCy pipelines once, before worker processes fork."""
    samples = ["Waar is mijn pakket?", "Hvor er min pakke?", "Where is my parcel?"]
    t = pa.table({
        "message_id": [f"w{i}" for i in range(3)], "contact_id": [f"w{i}" for i in range(3)],
        "channel": ["chat"] * 3, "speaker": ["customer"] * 3, "text": samples,
        "sent_at": pa.array([None] * 3, TS), "language": ["und"] * 3,
    })
    t = stages.redact_messages(stages.clean_messages(t, text), text)
    t = stages.detect_languages(t, text)
    if text.detect_language:
        # lingua/langdetect load their models lazily: load them here so forked workers share the pages
        stages.language_detector(tuple(text.languages), text.language_backend).preload()
    stages.extract_questions(t, text)


def apply_threads(t: pa.Table, contacts: dict[str, str], speakers: dict[str, str],
                  scores: Mapping[str, float] | None = None) -> pa.Table:
    """Fill in email contact ids and the speakers decided from whole threads / conversations (with the
    ``speaker_score`` of inferred roles, when ``scores`` are given)."""
    mids = t.column("message_id").to_pylist()
    cids = t.column("contact_id").to_pylist()
    spk = t.column("speaker").to_pylist()
    cids = [c if c is not None else contacts.get(m, stable_id("email", m)) for m, c in zip(mids, cids)]
    spk = [speakers.get(m, s) for m, s in zip(mids, spk)]
    t = t.set_column(t.column_names.index("contact_id"), "contact_id", pa.array(cids, pa.string()))
    t = t.set_column(t.column_names.index("speaker"), "speaker", pa.array(spk, pa.string()))
    if scores is None:
        return t
    return t.append_column("speaker_score", pa.array([scores.get(m) for m in mids], pa.float32()))


def clean_table(t: pa.Table, text: stages.TextConfig, names: Mapping[str, Sequence[str]]) -> pa.Table:
    """Clean -> redact -> language for staged rows whose contacts and speakers are final (both engines use it)."""
    t = t.append_column("text_raw_chars", pc.utf8_length(t.column("text")).cast(pa.int32()))
    t = stages.clean_messages(t, text)
    t = stages.redact_messages(t, text, names)
    t = stages.detect_languages(t, text)
    return t.drop_columns(["html", "author_name", "references", "recipient_keys"])


def clean_batch(src: str, dst: str) -> int:
    """Pass 2 for one batch: threads and speakers -> clean -> redact -> language."""
    c = _CTX
    t = apply_threads(read_ipc(src), c["contacts"], c["speakers"], c.get("speaker_scores"))
    t = clean_table(t, c["text"], c["names"])
    write_ipc(t, dst)
    return t.num_rows


def smoothed_languages(small: pa.Table, text: stages.TextConfig) -> pa.Table:
    """Languages smoothed per contact over ``small`` (whole contacts; the text's first 300 characters count)."""
    if not text.detect_language:
        return small
    small = small.set_column(
        small.column_names.index("text"), "text", pc.utf8_slice_codeunits(small.column("text"), 0, 300)
    )
    return stages.smooth_languages(small)


def finish_batch(src: str, new_dir: str) -> dict:
    """Pass 3 for one batch: smoothed language, order in contact, questions; writes new Parquet parts."""
    c = _CTX
    t, questions = finish_table(read_ipc(src), c["lang_of"], c["score_of"], c["seq_of"], c["text"], c["now"])
    append_parts(t, Path(new_dir) / "messages", MESSAGE_SCHEMA, partition_by=["channel"])
    append_parts(questions, Path(new_dir) / "questions", QUESTION_SCHEMA, partition_by=["channel"])
    return batch_summary(t, questions)


def finish_table(t: pa.Table, lang: Mapping[str, str], score: Mapping[str, float | None], seq: Mapping[str, int],
                 text: stages.TextConfig, now: datetime) -> tuple[pa.Table, pa.Table]:
    """Smoothed language, order in contact, customer key, questions: the messages and questions to write."""
    mids = t.column("message_id").to_pylist()
    t = stages._replace(t, "language", pa.array([lang.get(m, "und") for m in mids], pa.string()))
    t = stages._replace(t, "language_score", pa.array([score.get(m) for m in mids], pa.float32()))
    t = t.append_column("seq", pa.array([seq.get(m) for m in mids], pa.int32()))
    t = t.append_column("customer_key", pc.if_else(pc.equal(t.column("speaker"), "customer"),
                                                  t.column("author_key"), pa.scalar(None, pa.string())))
    t = t.append_column("ingested_at", pa.array([now] * t.num_rows, TS))
    return t, stages.extract_questions(t, text)


def batch_summary(t: pa.Table, questions: pa.Table) -> dict:
    """What one finished batch added: counts of messages and questions, by channel, format and language."""
    return {
        "messages": t.num_rows,
        "questions": questions.num_rows,
        "channel": Counter(t.column("channel").to_pylist()),
        "format": Counter(t.column("source_format").to_pylist()),
        "language": Counter(t.column("language").to_pylist()),
    }


def map_batches(
    fn: Callable, jobs: Sequence[tuple], context: dict, workers: int, on_done: Callable[[object], None]
) -> list:
    """Run ``fn(*job)`` for every job, in order of completion reported to ``on_done``; returns the results."""
    _CTX.clear()
    _CTX.update(context)
    results = []
    try:
        if workers <= 1 or len(jobs) < 2:
            for job in jobs:
                r = fn(*job)
                on_done(r)
                results.append(r)
            return results
        ctx = multiprocessing.get_context("fork")
        # The cyclic garbage collector writes to every object it visits, which copies each page of the parent's
        # objects (models, word lists, the context) into every child; frozen objects are left alone.
        gc.collect()
        gc.freeze()
        try:
            with ProcessPoolExecutor(max_workers=min(workers, len(jobs)), mp_context=ctx) as pool:
                for r in pool.map(fn, *zip(*jobs)):
                    on_done(r)
                    results.append(r)
        finally:
            gc.unfreeze()
        return results
    finally:
        _CTX.clear()
