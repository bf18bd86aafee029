"""Per-batch work of the ingest: threads applied to a batch, the worker count, and the batch runner."""

from __future__ import annotations

import os

import pyarrow as pa
import pytest

from cxmine.pipeline import batches
from cxmine.schema import stable_id


def _batch() -> pa.Table:
    return pa.table({
        "message_id": ["e1", "e2", "e3", "c1"],
        "contact_id": pa.array([None, None, None, "chat-1"], pa.string()),
        "channel": ["email", "email", "email", "chat"],
        "speaker": ["unknown", "unknown", "unknown", "unknown"],
        "text": ["Waar is mijn pakket?", "Morgen.", "Hvor er min pakke?", "Where is my parcel?"],
    })


# --- apply_threads -------------------------------------------------------------------------------------------


def test_apply_threads_fills_email_contacts_and_speakers() -> None:
    contacts = {"e1": "thread-a", "e2": "thread-a"}
    speakers = {"e1": "customer", "e2": "agent", "c1": "customer"}
    out = batches.apply_threads(_batch(), contacts, speakers)
    assert out.column("contact_id").to_pylist() == ["thread-a", "thread-a", stable_id("email", "e3"), "chat-1"]
    assert out.column("speaker").to_pylist() == ["customer", "agent", "unknown", "customer"]
    assert out.column_names == _batch().column_names  # same columns, same order
    assert out.column("text").to_pylist() == _batch().column("text").to_pylist()


def test_apply_threads_keeps_a_contact_the_reader_gave() -> None:
    out = batches.apply_threads(_batch(), {"c1": "thread-x"}, {})
    assert out.column("contact_id").to_pylist()[3] == "chat-1"  # chats carry their own conversation id
    assert out.column("speaker").to_pylist() == ["unknown"] * 4


def test_apply_threads_gives_an_unthreaded_email_a_stable_contact_of_its_own() -> None:
    first = batches.apply_threads(_batch(), {}, {})
    again = batches.apply_threads(_batch(), {}, {})
    ids = first.column("contact_id").to_pylist()[:3]
    assert ids == again.column("contact_id").to_pylist()[:3] and len(set(ids)) == 3


# --- default_workers -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("cores", "rows", "expected"), [
    (8, 100, 1),  # a small input: starting processes costs more than it saves
    (8, batches.PARALLEL_MIN_ROWS - 1, 1),
    (8, batches.PARALLEL_MIN_ROWS, 4),  # capped at 4
    (2, 200_000, 2),
    (1, 200_000, 1),
])
def test_default_workers(monkeypatch: pytest.MonkeyPatch, cores: int, rows: int, expected: int) -> None:
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: set(range(cores)), raising=False)
    monkeypatch.setattr(os, "cpu_count", lambda: cores)
    assert batches.default_workers(rows) == expected


# --- map_batches ---------------------------------------------------------------------------------------------


def _scale(x: int, tag: str) -> tuple[str, int, int]:
    """A job: reads the shared context, as clean_batch and finish_batch do."""
    return tag, x * batches._CTX["factor"], os.getpid()


def _fail(x: int) -> int:
    raise ValueError(f"job {x} failed")


JOBS = [(1, "a"), (2, "b"), (3, "c"), (4, "d")]


def test_map_batches_serial_and_parallel_give_the_same_results() -> None:
    done_1: list = []
    done_2: list = []
    serial = batches.map_batches(_scale, JOBS, {"factor": 10}, 1, done_1.append)
    parallel = batches.map_batches(_scale, JOBS, {"factor": 10}, 2, done_2.append)
    assert [r[:2] for r in serial] == [r[:2] for r in parallel] == [("a", 10), ("b", 20), ("c", 30), ("d", 40)]
    assert done_1 == serial and done_2 == parallel  # on_done sees every result once
    assert {r[2] for r in serial} == {os.getpid()}  # workers=1 runs here
    assert os.getpid() not in {r[2] for r in parallel}  # workers=2 runs in forked processes


def test_map_batches_runs_a_single_job_here() -> None:
    (result,) = batches.map_batches(_scale, [(5, "only")], {"factor": 2}, 4, lambda r: None)
    assert result[:2] == ("only", 10) and result[2] == os.getpid()


def test_map_batches_clears_the_context_afterwards() -> None:
    batches.map_batches(_scale, JOBS[:2], {"factor": 3, "names": {"c": ["Karin"]}}, 1, lambda r: None)
    assert batches._CTX == {}  # customer names do not linger in the module
    with pytest.raises(ValueError, match="job 1 failed"):
        batches.map_batches(_fail, [(1,), (2,)], {"factor": 3}, 1, lambda r: None)
    assert batches._CTX == {}


def test_map_batches_passes_worker_errors_on() -> None:
    with pytest.raises(ValueError, match="failed"):
        batches.map_batches(_fail, [(1,), (2,)], {}, 2, lambda r: None)
    assert batches._CTX == {}


def test_map_batches_with_no_jobs() -> None:
    assert batches.map_batches(_scale, [], {"factor": 1}, 2, lambda r: None) == []
