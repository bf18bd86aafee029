"""The contacts table, rebuilt from the whole messages dataset: one row per conversation."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pyarrow as pa
import pyarrow.dataset as ds

from cxmine.pipeline.contacts import rebuild_contacts
from cxmine.schema import CONTACT_SCHEMA, MESSAGE_SCHEMA
from cxmine.store import append_parts, read_dataset, replace_dataset

T0 = datetime(2026, 11, 2, 9, 0, tzinfo=timezone.utc)


def _msg(mid: str, contact: str, speaker: str, language: str, minutes: int | None, seq: int | None,
         channel: str = "email", key: str | None = None, subject: str | None = None, text: str = "...") -> dict:
    return {
        "message_id": mid, "contact_id": contact, "channel": channel, "source_format": "eml" if channel == "email"
        else "chat_json", "source_file": "export", "sent_at": None if minutes is None else T0 + timedelta(minutes=minutes),
        "speaker": speaker, "text": text, "language": language, "seq": seq, "customer_key": key, "subject": subject,
    }


# a Dutch e-mail thread where the agent answered in English more often than the customer wrote, a Danish chat
# whose customer said nothing detectable, and an English call nobody could place in a language
MESSAGES = [
    _msg("e1", "mail", "customer", "nl", 0, 0, key="key-karin", subject="Waar is mijn pakket?",
         text="Waar is mijn pakket?"),
    _msg("e2", "mail", "agent", "en", 60, 1, subject="Re: Waar is mijn pakket?", text="It ships tomorrow."),
    _msg("e3", "mail", "agent", "en", 61, 2, text="Tracking: <URL>"),
    _msg("e4", "mail", "customer", "nl", 180, 3, key="key-karin-2", text="Dank u wel!"),
    _msg("e5", "mail", "agent", "en", None, 4, text="You're welcome."),  # undated: no effect on the span
    _msg("c1", "chat", "customer", "und", 10, 0, channel="chat", key="key-lars", text="ok"),
    _msg("c2", "chat", "agent", "da", 11, 1, channel="chat", text="Hej, hvad kan jeg hjælpe med?"),
    _msg("c3", "chat", "bot", "da", 9, 2, channel="chat", text="Velkommen til chatten"),
    _msg("k1", "call", "unknown", "und", 30, 0, channel="call", text="[inaudible]"),
]


def _write(out: Path, rows: list[dict]) -> None:
    replace_dataset(pa.Table.from_pylist(rows, schema=MESSAGE_SCHEMA), out / "messages", MESSAGE_SCHEMA,
                    partition_by=["channel"])


def _contacts(out: Path) -> dict[str, dict]:
    return {r["contact_id"]: r for r in read_dataset(out / "contacts", CONTACT_SCHEMA).to_pylist()}


def test_rebuild_counts_and_writes_one_row_per_contact(tmp_path: Path) -> None:
    _write(tmp_path, MESSAGES)
    assert rebuild_contacts(tmp_path) == (3, len(MESSAGES))
    contacts = _contacts(tmp_path)
    assert set(contacts) == {"mail", "chat", "call"}
    assert contacts["mail"]["n_messages"] == 5 and contacts["mail"]["n_customer_messages"] == 2
    assert contacts["chat"]["n_messages"] == 3 and contacts["chat"]["n_customer_messages"] == 1
    assert contacts["call"]["n_customer_messages"] == 0  # an unknown speaker is not counted as a customer
    assert {c["channel"] for c in contacts.values()} == {"email", "chat", "call"}
    assert contacts["mail"]["source_format"] == "eml"


def test_started_and_ended_at_span_the_dated_messages(tmp_path: Path) -> None:
    _write(tmp_path, MESSAGES)
    rebuild_contacts(tmp_path)
    contacts = _contacts(tmp_path)
    assert contacts["mail"]["started_at"] == T0
    assert contacts["mail"]["ended_at"] == T0 + timedelta(minutes=180)
    assert contacts["chat"]["started_at"] == T0 + timedelta(minutes=9)  # the bot's greeting came first
    assert contacts["chat"]["ended_at"] == T0 + timedelta(minutes=11)
    undated = [_msg("u1", "undated", "customer", "en", None, 0)]
    _write(tmp_path, undated)
    rebuild_contacts(tmp_path)
    assert _contacts(tmp_path)["undated"]["started_at"] is None and _contacts(tmp_path)["undated"]["ended_at"] is None


def test_language_is_the_customers_then_anyones_then_und(tmp_path: Path) -> None:
    _write(tmp_path, MESSAGES)
    rebuild_contacts(tmp_path)
    contacts = _contacts(tmp_path)
    assert contacts["mail"]["language"] == "nl"  # 2 Dutch customer messages beat 3 English agent messages
    assert contacts["chat"]["language"] == "da"  # the customer's "ok" is und: all messages decide
    assert contacts["call"]["language"] == "und"


def test_language_tie_is_broken_alphabetically(tmp_path: Path) -> None:
    rows = [_msg("t1", "tie", "customer", "nl", 0, 0), _msg("t2", "tie", "customer", "da", 1, 1)]
    _write(tmp_path, rows)
    rebuild_contacts(tmp_path)
    assert _contacts(tmp_path)["tie"]["language"] == "da"  # stable across runs, not file order


def test_customer_key_and_subject_come_from_the_first_message_in_the_contact(tmp_path: Path) -> None:
    # written in reverse order: seq, not row order, decides what "first" is
    _write(tmp_path, list(reversed(MESSAGES)))
    rebuild_contacts(tmp_path)
    contacts = _contacts(tmp_path)
    assert contacts["mail"]["customer_key"] == "key-karin"
    assert contacts["mail"]["subject"] == "Waar is mijn pakket?"
    assert contacts["chat"]["customer_key"] == "key-lars"
    assert contacts["call"]["customer_key"] is None and contacts["call"]["subject"] is None


def test_rebuild_after_new_messages_replaces_the_table(tmp_path: Path) -> None:
    _write(tmp_path, MESSAGES)
    rebuild_contacts(tmp_path)
    later = [_msg("e6", "mail", "customer", "nl", 24 * 60, 5, text="Nog steeds niets ontvangen"),
             _msg("w1", "whatsapp", "customer", "da", 5, 0, channel="chat", key="key-mette")]
    append_parts(pa.Table.from_pylist(later, schema=MESSAGE_SCHEMA), tmp_path / "messages", MESSAGE_SCHEMA,
                 partition_by=["channel"])
    assert rebuild_contacts(tmp_path) == (4, len(MESSAGES) + 2)
    contacts = _contacts(tmp_path)
    assert len(read_dataset(tmp_path / "contacts", CONTACT_SCHEMA)) == 4  # replaced, not appended
    assert contacts["mail"]["n_messages"] == 6 and contacts["mail"]["ended_at"] == T0 + timedelta(days=1)
    assert contacts["whatsapp"]["customer_key"] == "key-mette"


def test_contacts_are_partitioned_by_channel(tmp_path: Path) -> None:
    _write(tmp_path, MESSAGES)
    rebuild_contacts(tmp_path)
    assert sorted(p.name for p in (tmp_path / "contacts").iterdir()) == ["channel=call", "channel=chat",
                                                                       "channel=email"]
    table = ds.dataset(tmp_path / "contacts", partitioning="hive").to_table()
    assert table.num_rows == 3


def test_without_messages_the_contacts_table_is_empty(tmp_path: Path) -> None:
    assert rebuild_contacts(tmp_path) == (0, 0)
    contacts = read_dataset(tmp_path / "contacts")
    assert contacts.num_rows == 0 and contacts.schema.names == CONTACT_SCHEMA.names
