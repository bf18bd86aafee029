"""The dated events the weekly report counts, read from the other stages' Parquet tables.

One ``Events`` per kind: a key (channel, language, intent, topic_id, gap_id), a UTC timestamp in microseconds and,
for intents, the contact. Rows without a date cannot be placed in a week and are left out. Every table but
``OUT/messages`` is optional: a missing one just means no rows of that kind.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from cxmine.errors import UsageError
from cxmine.schema import (
    ASSIGNMENT_SCHEMA,
    CONTACT_SCHEMA,
    GAP_SCHEMA,
    INTENT_SCHEMA,
    MESSAGE_SCHEMA,
    QUESTION_SCHEMA,
    TOPIC_SCHEMA,
    UNANSWERED_SCHEMA,
)
from cxmine.store import dataset_exists, read_dataset

DAY_US = 86_400_000_000
WEEK_US = 7 * DAY_US
REPEAT_WINDOW_US = 7 * DAY_US  # another contact of the same customer within 7 days before or after
CUSTOMER_SPEAKERS = ("customer", "unknown")  # as cxmine classify and topics count customer messages

CHANNEL_LABELS = {"email": "Email", "chat": "Chat", "call": "Call"}
LANGUAGE_LABELS = {"nl": "Dutch", "da": "Danish", "en": "English", "other": "Other languages", "und": "Undetermined"}
TOTAL_KEY, TOTAL_LABEL = "all", "Customer messages"


@dataclass
class Events:
    """Dated events of one kind: ``keys[i]`` happened at ``t[i]`` (µs since the epoch, UTC)."""

    keys: np.ndarray
    t: np.ndarray
    contacts: np.ndarray | None = None
    labels: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_table(cls, table: pa.Table, key: str, with_contacts: bool = False,
                   labels: dict[str, str] | None = None) -> Events:
        table = table.filter(pc.and_(pc.is_valid(table.column("sent_at")), pc.is_valid(table.column(key))))
        t = table.column("sent_at").cast(pa.int64()).to_numpy()
        keys = np.asarray(table.column(key).to_pylist(), dtype=object)
        contacts = np.asarray(table.column("contact_id").to_pylist(), dtype=object) if with_contacts else None
        return cls(keys, t, contacts, labels or {})


@dataclass
class Loaded:
    """Everything the report reads: events per kind, each contact's repeat flag, the span of the data."""

    events: dict[str, Events]
    repeated: dict[str, bool]  # contact_id -> another contact of its customer within 7 days (keyed contacts only)
    earliest: int  # µs, the first and last message timestamps in OUT/messages
    latest: int
    missing: list[str]  # optional tables that are not there


def _optional(out: Path, name: str, schema: pa.Schema, columns: list[str], missing: list[str]) -> pa.Table | None:
    if not dataset_exists(out / name):
        missing.append(name)
        return None
    return read_dataset(out / name, schema, columns=columns)


def _dated(units: pa.Table, key: str, questions: pa.Table | None, messages: pa.Table) -> pa.Table:
    """``units`` (intents or topic assignments) with the ``sent_at`` and ``contact_id`` of their question/message."""
    by_q = units.filter(pc.is_valid(units.column("question_id"))).select(["question_id", key])
    by_m = units.filter(pc.is_null(units.column("question_id"))).select(["message_id", key])
    cols = ["sent_at", "contact_id"]
    parts = [by_m.join(messages.select(["message_id", *cols]), "message_id", join_type="inner").select([key, *cols])]
    if questions is not None:
        joined = by_q.join(questions.select(["question_id", *cols]), "question_id", join_type="inner")
        parts.append(joined.select([key, *cols]))
    return pa.concat_tables(parts)


def _labels(table: pa.Table | None, id_col: str) -> dict[str, str]:
    if table is None:
        return {}
    return dict(zip(table.column(id_col).to_pylist(), table.column("label").to_pylist(), strict=True))


def repeat_flags(contacts: pa.Table) -> dict[str, bool]:
    """For each contact with a ``customer_key`` and a start: does the same customer have another contact that
    started within 7 days before or after it?"""
    contacts = contacts.filter(pc.and_(pc.is_valid(contacts.column("customer_key")),
                                       pc.is_valid(contacts.column("started_at"))))
    if contacts.num_rows == 0:
        return {}
    contacts = contacts.sort_by([("customer_key", "ascending"), ("started_at", "ascending")])
    ids = contacts.column("contact_id").to_pylist()
    keys = np.asarray(contacts.column("customer_key").to_pylist(), dtype=object)
    t = contacts.column("started_at").cast(pa.int64()).to_numpy()
    same = keys[1:] == keys[:-1]
    close = same & (np.diff(t) <= REPEAT_WINDOW_US)  # pair i, i+1: same customer, within the window
    flag = np.zeros(len(ids), dtype=bool)
    flag[1:] |= close
    flag[:-1] |= close
    return dict(zip(ids, flag.tolist(), strict=True))


def load(out: Path) -> Loaded:
    """Read OUT/messages (required) and the other stages' tables (optional) into dated events per kind."""
    out = Path(out)
    if not dataset_exists(out / "messages"):
        raise UsageError(f"{out} has no messages table; run 'cxmine ingest' first")
    messages = read_dataset(out / "messages", MESSAGE_SCHEMA, columns=[
        "message_id", "contact_id", "channel", "sent_at", "speaker", "language", "customer_key"])
    span = pc.min_max(messages.column("sent_at").cast(pa.int64()))
    earliest, latest = span["min"].as_py(), span["max"].as_py()
    if earliest is None:
        raise UsageError(f"{out / 'messages'} has no message with a date; the weekly report needs sent_at")
    customer = messages.filter(pc.is_in(messages.column("speaker"), value_set=pa.array(CUSTOMER_SPEAKERS)))
    total = customer.append_column("all", pa.array([TOTAL_KEY] * customer.num_rows, pa.string()))
    events = {
        "total": Events.from_table(total, "all", labels={TOTAL_KEY: TOTAL_LABEL}),
        "channel": Events.from_table(customer, "channel", labels=CHANNEL_LABELS),
        "language": Events.from_table(customer, "language", labels=LANGUAGE_LABELS),
    }
    missing: list[str] = []
    questions = _optional(out, "questions", QUESTION_SCHEMA, ["question_id", "sent_at", "contact_id"], missing)
    intents = _optional(out, "intents", INTENT_SCHEMA, ["message_id", "question_id", "intent"], missing)
    if intents is not None:
        events["intent"] = Events.from_table(_dated(intents, "intent", questions, messages), "intent", True)
    assignments = _optional(out, "topic_assignments", ASSIGNMENT_SCHEMA, ["message_id", "question_id", "topic_id"],
                            missing)
    if assignments is not None:
        topics = _optional(out, "topics", TOPIC_SCHEMA, ["topic_id", "label"], missing)
        dated = _dated(assignments, "topic_id", questions, messages)
        events["topic"] = Events.from_table(dated, "topic_id", labels=_labels(topics, "topic_id"))
    unanswered = _optional(out, "unanswered", UNANSWERED_SCHEMA, ["gap_id", "sent_at"], missing)
    if unanswered is not None:
        gaps = _optional(out, "gaps", GAP_SCHEMA, ["gap_id", "label"], missing)
        events["gap"] = Events.from_table(unanswered, "gap_id", labels=_labels(gaps, "gap_id"))
    contacts = _optional(out, "contacts", CONTACT_SCHEMA, ["contact_id", "started_at", "customer_key"], missing)
    if contacts is None:  # an OUT folder from before the contacts table: the same from the messages
        agg = messages.group_by("contact_id").aggregate([("sent_at", "min"), ("customer_key", "min")])
        contacts = pa.table({"contact_id": agg.column("contact_id"), "started_at": agg.column("sent_at_min"),
                             "customer_key": agg.column("customer_key_min")})
    return Loaded(events, repeat_flags(contacts), earliest, latest, missing)
