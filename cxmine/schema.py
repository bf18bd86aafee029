"""The Arrow schemas every stage reads and writes, defined once.

Each schema carries metadata (``cxmine.table`` and ``cxmine.schema_version``) so a Parquet dataset says what
it is. Timestamps are UTC (``timestamp[us, tz=UTC]``). Ids are hex strings derived from content, so the same
input gives the same id on every run and on every machine.
"""

from __future__ import annotations

import hashlib

import pyarrow as pa

SCHEMA_VERSION = "1"

CHANNELS = ("email", "chat", "call")
SPEAKERS = ("customer", "agent", "bot", "system", "unknown")
# The languages cxmine has rules, word lists and models for: the one definition every stage's default uses.
SUPPORTED_LANGUAGES = ("nl", "da", "en")
LANGUAGES = (*SUPPORTED_LANGUAGES, "other", "und")

TS = pa.timestamp("us", tz="UTC")


def _schema(name: str, fields: list[pa.Field]) -> pa.Schema:
    return pa.schema(fields, metadata={"cxmine.table": name, "cxmine.schema_version": SCHEMA_VERSION})


MESSAGE_SCHEMA = _schema(
    "messages",
    [
        pa.field("message_id", pa.string(), nullable=False),
        pa.field("contact_id", pa.string(), nullable=False),
        pa.field("channel", pa.string(), nullable=False),
        pa.field("source_format", pa.string(), nullable=False),
        pa.field("source_file", pa.string(), nullable=False),
        pa.field("sent_at", TS),
        pa.field("speaker", pa.string(), nullable=False),
        pa.field("text", pa.string(), nullable=False),
        pa.field("language", pa.string(), nullable=False),
        pa.field("language_score", pa.float32()),
        # extra columns, useful downstream
        pa.field("seq", pa.int32()),  # position of the message inside its contact (0-based, by time/order)
        pa.field("native_id", pa.string()),  # id in the source system (Message-ID header, chat message id)
        pa.field("parent_id", pa.string()),  # In-Reply-To (email) when known
        pa.field("subject", pa.string()),  # email subject / ticket subject, redacted like text
        pa.field("customer_key", pa.string()),  # salted hash of the author's address/number (customers only)
        pa.field("n_attachments", pa.int16()),
        pa.field("text_raw_chars", pa.int32()),  # length of the body before cleaning (quotes, signatures)
        pa.field("ingested_at", TS),
        # added later (older datasets read it as null): confidence in an inferred speaker role (0.5-1); null
        # when a reader label, --agent-address/--agent-domain or an e-mail thread decided it (pipeline/roles.py)
        pa.field("speaker_score", pa.float32()),
    ],
)

CONTACT_SCHEMA = _schema(
    "contacts",
    [
        pa.field("contact_id", pa.string(), nullable=False),
        pa.field("channel", pa.string(), nullable=False),
        pa.field("started_at", TS),
        pa.field("ended_at", TS),
        pa.field("n_messages", pa.int32(), nullable=False),
        pa.field("n_customer_messages", pa.int32()),
        pa.field("language", pa.string(), nullable=False),
        pa.field("customer_key", pa.string()),
        pa.field("source_format", pa.string()),
        pa.field("subject", pa.string()),
        # filled by ``cxmine classify`` (null until it runs): the main contact reason and all reasons in order
        pa.field("intent", pa.string()),
        pa.field("intents", pa.list_(pa.string())),
    ],
)

ERROR_SCHEMA = _schema(
    "errors",
    [
        pa.field("source_file", pa.string(), nullable=False),
        pa.field("error", pa.string(), nullable=False),
        pa.field("detail", pa.string(), nullable=False),
        pa.field("source_format", pa.string()),
        pa.field("recorded_at", TS),
    ],
)

QUESTION_SCHEMA = _schema(
    "questions",
    [
        pa.field("question_id", pa.string(), nullable=False),
        pa.field("message_id", pa.string(), nullable=False),
        pa.field("contact_id", pa.string(), nullable=False),
        pa.field("language", pa.string(), nullable=False),
        pa.field("text", pa.string(), nullable=False),
        pa.field("start", pa.int32(), nullable=False),
        pa.field("end", pa.int32(), nullable=False),
        pa.field("sent_at", TS),
        pa.field("channel", pa.string(), nullable=False),
        pa.field("kind", pa.string()),  # question_mark | interrogative | request
    ],
)


TOPIC_SCHEMA = _schema(
    "topics",
    [
        pa.field("topic_id", pa.string(), nullable=False),
        pa.field("label", pa.string(), nullable=False),
        pa.field("keywords", pa.list_(pa.string())),
        pa.field("size", pa.int64(), nullable=False),
        pa.field("share", pa.float64(), nullable=False),  # of all modelled texts in its language
        pa.field("language", pa.string(), nullable=False),
        pa.field("examples", pa.list_(pa.string())),  # redacted texts, most typical first
        pa.field("first_seen", TS),
        pa.field("last_seen", TS),
        # nullable, added later (datasets written before read them as null); theme: one theme across languages
        pa.field("theme_id", pa.string()),
        pa.field("theme_label", pa.string()),
        pa.field("method", pa.string()),  # hdbscan, guided (small week) or model (saved topics)
        pa.field("method_reason", pa.string()),  # why that method, e.g. "143 texts < 250: ..."
    ],
)

ASSIGNMENT_SCHEMA = _schema(
    "topic_assignments",
    [
        pa.field("message_id", pa.string(), nullable=False),
        pa.field("question_id", pa.string()),  # null for --unit message
        pa.field("topic_id", pa.string(), nullable=False),
        pa.field("probability", pa.float32()),  # cosine similarity to the topic centroid, 0 for outliers
        pa.field("topic_id_raw", pa.string(), nullable=False),  # before outlier reduction
        pa.field("language", pa.string(), nullable=False),
    ],
)

WEEKLY_SCHEMA = _schema(
    "topic_weekly",
    [
        pa.field("iso_week", pa.string()),  # "2026-W47"; null when the text has no date
        pa.field("topic_id", pa.string(), nullable=False),
        pa.field("language", pa.string(), nullable=False),
        pa.field("n", pa.int64(), nullable=False),
    ],
)

_COUNT = pa.struct([pa.field("key", pa.string()), pa.field("n", pa.int64())])
_EXAMPLE = pa.struct([pa.field("language", pa.string()), pa.field("text", pa.string())])

KB_MATCH_SCHEMA = _schema(
    "kb_matches",
    [
        pa.field("message_id", pa.string(), nullable=False),
        pa.field("question_id", pa.string()),  # null for --unit message
        pa.field("language", pa.string(), nullable=False),
        pa.field("kb_id", pa.string()),  # the nearest entry in the question's language (null: empty KB branch)
        pa.field("similarity", pa.float32(), nullable=False),  # in [0, 1]
        pa.field("answered", pa.bool_(), nullable=False),  # similarity >= the threshold
    ],
)

GAP_SCHEMA = _schema(
    "gaps",
    [
        pa.field("gap_id", pa.string(), nullable=False),
        pa.field("rank", pa.int32(), nullable=False),  # 1 = most pressing (volume, then growth)
        pa.field("label", pa.string(), nullable=False),  # a representative question
        pa.field("keywords", pa.list_(pa.string())),
        pa.field("n_questions", pa.int64(), nullable=False),
        pa.field("n_contacts", pa.int64(), nullable=False),
        pa.field("languages", pa.list_(_COUNT)),  # per-language counts, largest first
        pa.field("channels", pa.list_(_COUNT)),
        pa.field("first_seen", TS),
        pa.field("last_seen", TS),
        pa.field("weekly", pa.list_(_COUNT)),  # ISO week -> questions, oldest first
        pa.field("growth", pa.float64()),  # latest week against the same span of the week before; null: no dates
        pa.field("examples", pa.list_(_EXAMPLE)),  # redacted, up to three per language, most typical first
        pa.field("nearest_kb_id", pa.string()),
        pa.field("nearest_similarity", pa.float32()),
    ],
)

UNANSWERED_SCHEMA = _schema(
    "unanswered",
    [
        pa.field("message_id", pa.string(), nullable=False),
        pa.field("question_id", pa.string()),
        pa.field("gap_id", pa.string(), nullable=False),
        pa.field("language", pa.string(), nullable=False),
        pa.field("text", pa.string(), nullable=False),
        pa.field("sent_at", TS),
        pa.field("channel", pa.string(), nullable=False),
        pa.field("kb_id", pa.string()),  # the nearest entry, not close enough
        pa.field("similarity", pa.float32(), nullable=False),
    ],
)

REPORT_SCHEMA = _schema(
    "report",
    [
        pa.field("week", pa.string(), nullable=False),  # ISO week "2026-W47"; the dataset is partitioned by it
        pa.field("kind", pa.string(), nullable=False),  # channel | language | intent | topic | gap | total
        pa.field("key", pa.string(), nullable=False),  # the channel, language, intent, topic_id or gap_id
        pa.field("label", pa.string(), nullable=False),  # a readable name
        pa.field("n", pa.int64(), nullable=False),  # questions (intent, topic, gap) or messages (channel, language)
        pa.field("share", pa.float64(), nullable=False),  # of the week's n of the same kind
        pa.field("n_before", pa.int64()),  # the same span of the week before (like for like for a partial week)
        pa.field("change", pa.float64()),  # (n - n_before) / n_before; null when n_before is 0
        pa.field("emerging", pa.bool_(), nullable=False),
        pa.field("p_value", pa.float64()),  # of the emerging test (docs/report.md); null below the minimum count
        pa.field("repeat_contact_rate", pa.float64()),  # intent rows: share of contacts repeated within 7 days
        pa.field("unanswered", pa.int64()),  # gap rows: unanswered questions this week
        pa.field("partial", pa.bool_(), nullable=False),  # the week is not over in the data
    ],
)

INTENT_SCHEMA = _schema(
    "intents",
    [
        pa.field("message_id", pa.string(), nullable=False),
        pa.field("question_id", pa.string()),  # null when the unit is a whole message
        pa.field("intent", pa.string(), nullable=False),
        pa.field("confidence", pa.float32(), nullable=False),
        pa.field("is_unknown", pa.bool_(), nullable=False),
        pa.field("language", pa.string(), nullable=False),
        pa.field("channel", pa.string(), nullable=False),
        pa.field("top_intent", pa.string()),  # the best label even when ``intent`` is unknown (null: older tables)
        pa.field("contact_id", pa.string()),
    ],
)


def stable_id(*parts: object, length: int = 16) -> str:
    """A short, stable hex id from the given parts (``None`` and strings and numbers).

    >>> stable_id("chat", "conv-1", 3) == stable_id("chat", "conv-1", 3)
    True
    """
    h = hashlib.blake2b(digest_size=max(8, length // 2 + length % 2))
    for p in parts:
        b = b"\x00" if p is None else str(p).encode("utf-8", "surrogatepass")
        h.update(len(b).to_bytes(4, "little"))
        h.update(b)
    return h.hexdigest()[:length]


def empty_table(schema: pa.Schema) -> pa.Table:
    return schema.empty_table()


def conform(table: pa.Table, schema: pa.Schema) -> pa.Table:
    """Cast ``table`` to ``schema``: add missing nullable columns as nulls, drop extras, keep the order."""
    cols = []
    for field in schema:
        if field.name in table.column_names:
            cols.append(table.column(field.name).cast(field.type))
        else:
            cols.append(pa.nulls(table.num_rows, type=field.type))
    return pa.Table.from_arrays(cols, schema=schema)
