"""``cxmine classify OUT``: label the customer questions (or customer messages) of an output folder with intents.

Reads ``OUT/questions`` (unit ``question``) or the customer/unknown-speaker rows of ``OUT/messages`` (unit
``message``) and replaces ``OUT/intents`` with one row per unit: ids, intent, the top label, confidence,
``is_unknown``, language and channel. Long messages are also classified on their request part and low-confidence
follow-ups with the previous agent turn (``focus``). Then the contact reasons (``reasons``) fill the ``intent``
and ``intents`` columns of ``OUT/contacts``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from cxmine.errors import ParameterError, UsageError
from cxmine.schema import CONTACT_SCHEMA, INTENT_SCHEMA, MESSAGE_SCHEMA, QUESTION_SCHEMA
from cxmine.store import dataset_exists, holds_out_lock, read_dataset, replace_dataset

UNITS = ("auto", "question", "message")
COUNTS = ("auto", "questions", "messages", "contacts")
NO_REASON = "(no reason)"


@dataclass
class ClassifyResult:
    """What a run did: the unit used, rows written, the output path, the volume tables' rows, contacts updated."""

    unit: str
    n_rows: int
    path: Path
    volumes: list[dict]
    model_dir: Path
    contact_volumes: list[dict] | None = None  # None: no contacts table to fill
    n_contacts: int = 0


def load_units(out: Path, unit: str = "auto") -> tuple[str, pa.Table]:
    """The texts to classify and their ids, as (unit, table with message_id, question_id, text, language, channel)."""
    out = Path(out)
    if unit not in UNITS:
        raise ParameterError("unit", f"must be one of {', '.join(UNITS)}; got {unit!r}")
    if not out.is_dir():
        raise UsageError(f"{out} is not a folder; pass the output folder of 'cxmine ingest'")
    has_q = dataset_exists(out / "questions")
    has_m = dataset_exists(out / "messages")
    if unit == "auto":
        unit = "question" if has_q else "message"
    if unit == "question":
        if not has_q:
            raise UsageError(f"{out} has no questions table; run 'cxmine ingest' first or pass --unit message")
        t = read_dataset(out / "questions", QUESTION_SCHEMA)
        t = t.select(["message_id", "question_id", "text", "language", "channel", "start", "contact_id"])
        if has_m:
            t = t.set_column(2, "text", pa.array(_with_context(t, out), pa.string()))
        return unit, t
    if not has_m:
        raise UsageError(f"{out} has no messages table; run 'cxmine ingest' first")
    t = read_dataset(out / "messages", MESSAGE_SCHEMA)
    t = t.filter(pc.is_in(t.column("speaker"), value_set=pa.array(["customer", "unknown"])))
    t = t.filter(pc.greater(pc.utf8_length(pc.utf8_trim_whitespace(t.column("text"))), 0))
    ids = pa.nulls(t.num_rows, pa.string())
    return unit, pa.table(
        {
            "message_id": t.column("message_id"),
            "question_id": ids,
            "text": t.column("text"),
            "language": t.column("language"),
            "channel": t.column("channel"),
            "start": pa.array([0] * t.num_rows, pa.int32()),
            "contact_id": t.column("contact_id"),
        }
    )


SHORT_QUESTION_WORDS = 6
_SENTENCE_END = re.compile(r"(?<=[.!?\n])\s+")


def _with_context(questions: pa.Table, out: Path) -> list[str]:
    """Question texts, where a short one ("Wat moet ik doen?") is preceded by the sentence before it.

    A short question carries no intent on its own; the sentence before it in the same message ("De lamp is
    kapot aangekomen.") does. Only the text that is classified changes, not OUT/questions.
    """
    texts = questions.column("text").to_pylist()
    starts = questions.column("start").to_pylist()
    short = {m for m, t in zip(questions.column("message_id").to_pylist(), texts)
             if t and len(t.split()) <= SHORT_QUESTION_WORDS}
    if not short:
        return texts
    msgs = read_dataset(out / "messages", MESSAGE_SCHEMA, columns=["message_id", "text"])
    msgs = msgs.filter(pc.is_in(msgs.column("message_id"), value_set=pa.array(sorted(short), pa.string())))
    body = dict(zip(msgs.column("message_id").to_pylist(), msgs.column("text").to_pylist()))
    result = []
    for mid, text, start in zip(questions.column("message_id").to_pylist(), texts, starts):
        full = body.get(mid)
        if mid in short and full and start and len(text.split()) <= SHORT_QUESTION_WORDS:
            before = [p for p in _SENTENCE_END.split(full[max(0, start - 300) : start].strip()) if p.strip()]
            if before:
                text = f"{before[-1].strip()} {text}"
        result.append(text)
    return result


@holds_out_lock
def classify_out(
    out: Path, model_dir: Path | None = None, unit: str = "auto", batch_size: int = 20_000
) -> ClassifyResult:
    """Classify the units of ``out`` with the model in ``model_dir`` (default model when None); write OUT/intents
    and the ``intent``/``intents`` reasons of OUT/contacts."""
    from cxmine.classify.intents.store import default_model_dir, load_model

    unit, units = load_units(out, unit)  # bad options and a missing table fail before the model loads
    model_dir = Path(model_dir) if model_dir else default_model_dir()
    clf, _meta = load_model(model_dir)
    out = Path(out)
    msgs = _messages(out)
    previous = _previous_agent_turns(msgs)
    texts = units.column("text").to_pylist()
    langs = [v or "und" for v in units.column("language").to_pylist()]
    prev = [previous.get(m) for m in units.column("message_id").to_pylist()]
    pred = _classify(clf, texts, langs, prev, batch_size)
    table = pa.table(
        {
            "message_id": units.column("message_id"),
            "question_id": units.column("question_id"),
            "intent": pa.array(pred.intent, pa.string()),
            "confidence": pa.array(pred.confidence.astype(np.float32), pa.float32()),
            "is_unknown": pa.array(pred.is_unknown, pa.bool_()),
            "language": pa.array(langs, pa.string()),
            "channel": units.column("channel").fill_null("unknown"),
            "top_intent": pa.array(pred.top_intent, pa.string()),
            "contact_id": units.column("contact_id"),
        }
    )
    path = replace_dataset(table, out / "intents", INTENT_SCHEMA)
    result = ClassifyResult(unit, table.num_rows, path, intent_volumes(table, clf.unknown_label), model_dir)
    if dataset_exists(out / "contacts") and msgs is not None:
        reasons = _contact_reasons(clf, unit, units, pred, msgs, batch_size)
        contacts = read_dataset(out / "contacts", CONTACT_SCHEMA)
        ids = contacts.column("contact_id").to_pylist()
        main = [reasons[c].intent if c in reasons else None for c in ids]
        every = [reasons[c].intents if c in reasons else [] for c in ids]
        contacts = contacts.set_column(contacts.schema.get_field_index("intent"), "intent", pa.array(main, pa.string()))
        contacts = contacts.set_column(contacts.schema.get_field_index("intents"), "intents",
                                       pa.array(every, pa.list_(pa.string())))
        replace_dataset(contacts, out / "contacts", CONTACT_SCHEMA, partition_by=["channel"])
        result.contact_volumes = contact_volumes(contacts)
        result.n_contacts = contacts.num_rows
    return result


def _classify(clf, texts: list[str], langs: list[str], previous: list[str | None], batch_size: int):
    """``classify_focused`` in batches (bounded memory for the TF-IDF matrices), as one IntentPrediction."""
    from cxmine.classify.intents.focus import classify_focused
    from cxmine.classify.intents.model import IntentPrediction

    parts = [classify_focused(clf, texts[s : s + batch_size], langs[s : s + batch_size], previous[s : s + batch_size])
             for s in range(0, len(texts), batch_size)]
    if not parts:
        return IntentPrediction([], [], np.zeros(0, dtype=np.float32), np.zeros(0, dtype=bool))
    return IntentPrediction(
        [x for p in parts for x in p.intent], [x for p in parts for x in p.top_intent],
        np.concatenate([p.confidence for p in parts]), np.concatenate([p.is_unknown for p in parts]),
    )


_MESSAGE_COLUMNS = ["message_id", "contact_id", "seq", "sent_at", "speaker", "text", "language", "channel"]


def _messages(out: Path) -> pa.Table | None:
    """The messages of ``out`` in conversation order (contact, seq, time, id), or None without a messages table."""
    if not dataset_exists(out / "messages"):
        return None
    t = read_dataset(out / "messages", MESSAGE_SCHEMA, columns=_MESSAGE_COLUMNS)
    return t.sort_by([("contact_id", "ascending"), ("seq", "ascending"), ("sent_at", "ascending"),
                      ("message_id", "ascending")])


def _previous_agent_turns(msgs: pa.Table | None) -> dict[str, str]:
    """message_id -> the text of the agent message right before it in its contact (customer messages only)."""
    if msgs is None:
        return {}
    out: dict[str, str] = {}
    last_contact, last_agent = None, None
    for mid, cid, speaker, text in zip(*(msgs.column(c).to_pylist() for c in ("message_id", "contact_id", "speaker",
                                                                              "text")), strict=True):
        if cid != last_contact:
            last_contact, last_agent = cid, None
        if speaker in ("agent", "bot"):
            last_agent = text if text and text.strip() else last_agent
        elif last_agent:
            out[mid] = last_agent
    return out


def _customer_turns(msgs: pa.Table) -> list[dict]:
    """Consecutive customer (or unknown-speaker) messages of a contact joined into one turn, in order.

    Customers split one request over several chat lines ("I ordered the Aria lamp this morning." / "I'd rather
    cancel it"); the turn is what carries the request, so contact reasons classify turns.
    """
    turns: list[dict] = []
    last_contact, current, last_agent = None, None, None
    cols = ("message_id", "contact_id", "speaker", "text", "language")
    for pos, (mid, cid, speaker, text, lang) in enumerate(zip(*(msgs.column(c).to_pylist() for c in cols),
                                                              strict=True)):
        if cid != last_contact:
            last_contact, current, last_agent = cid, None, None
        if speaker not in ("customer", "unknown"):
            current = None
            if speaker in ("agent", "bot") and text and text.strip():
                last_agent = text
            continue
        if not text or not text.strip():
            continue
        if current is None:
            current = {"contact_id": cid, "pos": pos, "texts": [], "langs": [], "messages": set(),
                       "previous": last_agent}
            turns.append(current)
        current["texts"].append(text.strip())
        current["messages"].add(mid)
        if lang not in (None, "und", "other"):
            current["langs"].append(lang)
    return turns


def _contact_reasons(clf, unit: str, units: pa.Table, pred, msgs: pa.Table, batch_size: int) -> dict:
    """contact_id -> ContactReason from the contact's customer turns and question units, in conversation order.

    Each customer turn is classified as a whole (request focus, previous agent turn for low confidence); with unit
    ``question`` the turn's questions follow it as units of their own, so a second request inside one turn is
    counted too. With unit ``message`` the turns stand for their messages.
    """
    from cxmine.classify.intents.reasons import ReasonUnit, contact_reason

    turns = _customer_turns(msgs)
    t_pred = _classify(clf, ["\n".join(t["texts"]) for t in turns],
                       [max(set(t["langs"]), key=t["langs"].count) if t["langs"] else "und" for t in turns],
                       [t["previous"] for t in turns], batch_size)
    rows: list[tuple[str, int, int, ReasonUnit]] = []
    turn_of: dict[str, int] = {}
    for k, t in enumerate(turns):
        rows.append((t["contact_id"], t["pos"], -1, ReasonUnit("\n".join(t["texts"]), t_pred.intent[k],
                                                               t_pred.top_intent[k], float(t_pred.confidence[k]),
                                                               clf.unknown_label)))
        turn_of.update(dict.fromkeys(t["messages"], k))
    if unit == "question":
        mids = units.column("message_id").to_pylist()
        starts = units.column("start").to_pylist()
        texts = units.column("text").to_pylist()
        position = {m: i for i, m in enumerate(msgs.column("message_id").to_pylist())}
        for k, mid in enumerate(mids):
            if mid in turn_of:
                t = turns[turn_of[mid]]
                rows.append((t["contact_id"], t["pos"], position[mid] * 100_000 + (starts[k] or 0),
                             ReasonUnit(texts[k], pred.intent[k], pred.top_intent[k], float(pred.confidence[k]),
                                        clf.unknown_label)))
    rows.sort(key=lambda r: (r[0], r[1], r[2]))
    by_contact: dict[str, list] = {}
    for cid, _pos, _start, u in rows:
        by_contact.setdefault(cid, []).append(u)
    return {cid: contact_reason(us) for cid, us in by_contact.items()}


def contact_volumes(contacts: pa.Table) -> list[dict]:
    """Rows ``{intent, total, any, by_language, by_channel}`` counting contacts by main reason (``total``) and by
    any of their reasons (``any``); contacts without a reason last, as ``(no reason)``."""
    rows: dict[str, dict] = {}
    for main, every, lang, channel in zip(*(contacts.column(c).to_pylist()
                                            for c in ("intent", "intents", "language", "channel")), strict=True):
        key = main or NO_REASON
        r = rows.setdefault(key, {"intent": key, "total": 0, "any": 0, "by_language": {}, "by_channel": {}})
        r["total"] += 1
        r["by_language"][lang] = r["by_language"].get(lang, 0) + 1
        r["by_channel"][channel] = r["by_channel"].get(channel, 0) + 1
        for reason in every or []:
            a = rows.setdefault(reason, {"intent": reason, "total": 0, "any": 0, "by_language": {}, "by_channel": {}})
            a["any"] += 1
        if not every:
            r["any"] += 1 if key == NO_REASON else 0
    return sorted(rows.values(), key=lambda r: (r["intent"] == NO_REASON, -r["total"], -r["any"], r["intent"]))


def intent_volumes(table: pa.Table, unknown_label: str = "unknown") -> list[dict]:
    """Rows ``{intent, total, by_language: {...}, by_channel: {...}}``, largest first (``unknown`` last)."""
    rows: dict[str, dict] = {}
    for intent, lang, channel in zip(
        table.column("intent").to_pylist(), table.column("language").to_pylist(), table.column("channel").to_pylist(), strict=True
    ):
        r = rows.setdefault(intent, {"intent": intent, "total": 0, "by_language": {}, "by_channel": {}})
        r["total"] += 1
        r["by_language"][lang] = r["by_language"].get(lang, 0) + 1
        r["by_channel"][channel] = r["by_channel"].get(channel, 0) + 1
    return sorted(rows.values(), key=lambda r: (r["intent"] == unknown_label, -r["total"], r["intent"]))
