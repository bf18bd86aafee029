"""The contacts table: one row per conversation, rebuilt from the whole messages dataset after each ingest."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pyarrow as pa

from cxmine.schema import CONTACT_SCHEMA
from cxmine.store import dataset_exists, read_dataset, replace_dataset


def build_contacts(messages: pa.Table) -> pa.Table:
    """Aggregate messages (contact_id, channel, sent_at, speaker, language, customer_key, ...) per contact.

    The contact's language is the most common language of its customer messages (of all its messages when the
    customer said nothing detectable); ``customer_key`` is the first customer's key.
    """
    cols = ["contact_id", "channel", "sent_at", "speaker", "language", "customer_key", "source_format",
            "subject", "seq"]
    rows = messages.select(cols).to_pylist()
    acc: dict[str, dict] = {}
    for r in rows:
        a = acc.get(r["contact_id"])
        if a is None:
            a = acc[r["contact_id"]] = {
                "contact_id": r["contact_id"], "channel": r["channel"], "started_at": None, "ended_at": None,
                "n_messages": 0, "n_customer_messages": 0, "cust_langs": Counter(), "all_langs": Counter(),
                "customer_key": None, "key_seq": None, "source_format": r["source_format"], "subject": None,
                "subj_seq": None,
            }
        a["n_messages"] += 1
        t = r["sent_at"]
        if t is not None:
            a["started_at"] = t if a["started_at"] is None or t < a["started_at"] else a["started_at"]
            a["ended_at"] = t if a["ended_at"] is None or t > a["ended_at"] else a["ended_at"]
        seq = r["seq"] if r["seq"] is not None else 1 << 30
        if r["speaker"] in ("customer", "unknown"):
            if r["speaker"] == "customer":
                a["n_customer_messages"] += 1
            if r["language"] not in (None, "und"):
                a["cust_langs"][r["language"]] += 1
            if r["customer_key"] and (a["key_seq"] is None or seq < a["key_seq"]):
                a["customer_key"], a["key_seq"] = r["customer_key"], seq
        if r["language"] not in (None, "und"):
            a["all_langs"][r["language"]] += 1
        if r["subject"] and (a["subj_seq"] is None or seq < a["subj_seq"]):
            a["subject"], a["subj_seq"] = r["subject"], seq
    out = []
    for a in acc.values():
        langs = a.pop("cust_langs") or a["all_langs"]
        a.pop("all_langs")
        a["language"] = sorted(langs.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if langs else "und"
        a.pop("key_seq"), a.pop("subj_seq")
        out.append(a)
    out.sort(key=lambda a: a["contact_id"])
    return pa.Table.from_pylist(out, schema=CONTACT_SCHEMA)


def rebuild_contacts(out: Path, also: Path | None = None, into: Path | None = None) -> tuple[int, int]:
    """Rewrite ``OUT/contacts`` from ``OUT/messages``; returns (contacts, messages).

    ``also``: a messages dataset not yet in OUT whose rows count too; ``into``: write the table there instead (the
    ingest builds it in its staging folder and swaps it in with the new messages, all or nothing).
    """
    from cxmine.schema import MESSAGE_SCHEMA

    into = into or Path(out) / "contacts"
    sources = [p for p in (Path(out) / "messages", also) if p is not None and dataset_exists(p)]
    if not sources:
        replace_dataset(CONTACT_SCHEMA.empty_table(), into, CONTACT_SCHEMA)
        return 0, 0
    cols = ["contact_id", "channel", "sent_at", "speaker", "language", "customer_key", "source_format",
            "subject", "seq"]
    messages = pa.concat_tables(read_dataset(p, MESSAGE_SCHEMA, columns=cols) for p in sources)
    contacts = build_contacts(messages)
    replace_dataset(contacts, into, CONTACT_SCHEMA, partition_by=["channel"])
    return contacts.num_rows, messages.num_rows
