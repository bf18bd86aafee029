"""``cxmine classify OUT``: label the customer questions (or customer messages) of an output folder with intents.

Reads ``OUT/questions`` (unit ``question``) or the customer/unknown-speaker rows of ``OUT/messages`` (unit
``message``) and replaces ``OUT/intents`` with one row per unit: ids, intent, confidence, ``is_unknown``,
language and channel.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from cxmine.errors import ParameterError, UsageError
from cxmine.schema import INTENT_SCHEMA, MESSAGE_SCHEMA, QUESTION_SCHEMA
from cxmine.store import dataset_exists, read_dataset, replace_dataset

UNITS = ("auto", "question", "message")



@dataclass
class ClassifyResult:
    """What a run did: the unit used, rows written, the output path and the volume table's rows."""

    unit: str
    n_rows: int
    path: Path
    volumes: list[dict]
    model_dir: Path


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
        t = t.select(["message_id", "question_id", "text", "language", "channel", "start"])
        if has_m:
            t = t.set_column(2, "text", pa.array(_with_context(t, out), pa.string()))
        return unit, t.drop_columns(["start"])
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


def classify_out(out: Path, model_dir: Path | None = None, unit: str = "auto", batch_size: int = 20_000) -> ClassifyResult:
    """Classify the units of ``out`` with the model in ``model_dir`` (default model when None); write OUT/intents."""
    from cxmine.classify.intents.store import default_model_dir, load_model

    unit, units = load_units(out, unit)  # bad options and a missing table fail before the model loads
    model_dir = Path(model_dir) if model_dir else default_model_dir()
    clf, _meta = load_model(model_dir)
    texts = units.column("text").to_pylist()
    langs = [v or "und" for v in units.column("language").to_pylist()]
    intents: list[str] = []
    conf_parts, unk_parts = [], []
    for start in range(0, len(texts), batch_size):  # bounded memory for the TF-IDF matrices
        pred = clf.classify(texts[start : start + batch_size], language=langs[start : start + batch_size])
        intents.extend(pred.intent)
        conf_parts.append(pred.confidence)
        unk_parts.append(pred.is_unknown)
    conf = np.concatenate(conf_parts) if conf_parts else np.zeros(0, dtype=np.float32)
    unk = np.concatenate(unk_parts) if unk_parts else np.zeros(0, dtype=bool)
    table = pa.table(
        {
            "message_id": units.column("message_id"),
            "question_id": units.column("question_id"),
            "intent": pa.array(intents, pa.string()),
            "confidence": pa.array(conf.astype(np.float32), pa.float32()),
            "is_unknown": pa.array(unk, pa.bool_()),
            "language": pa.array(langs, pa.string()),
            "channel": units.column("channel").fill_null("unknown"),
        }
    )
    path = replace_dataset(table, Path(out) / "intents", INTENT_SCHEMA)
    return ClassifyResult(unit, table.num_rows, path, intent_volumes(table, clf.unknown_label), model_dir)


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
