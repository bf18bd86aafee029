"""``run_topics``: what do customers ask? Topics per language with BERTopic, offline, seeded, stable ids.

Reads OUT/questions (or OUT/messages with ``unit="message"``), fits one model per language present (nl, da,
en) or one joint model (``language="all"``), and writes OUT/topics, OUT/topic_assignments and OUT/topic_weekly.
With ``model_dir`` it assigns the new week to last week's topics, discovers new themes in what does not fit and
keeps the ids of topics that match. See docs/topics.md.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pyarrow as pa

from cxmine.classify.topics.build import LangOutcome, fit_language, update_language
from cxmine.classify.topics.output import (
    ASSIGNMENT_SCHEMA,
    TOPIC_SCHEMA,
    WEEKLY_SCHEMA,
    Trend,
    assignments_table,
    topics_table,
    trends,
    weekly_table,
)
from cxmine.errors import CxmineError, ParameterError, UsageError
from cxmine.schema import MESSAGE_SCHEMA, QUESTION_SCHEMA, SUPPORTED_LANGUAGES
from cxmine.store import read_dataset, replace_dataset, replace_partitions

TOPIC_LANGUAGES = SUPPORTED_LANGUAGES
UNITS = ("question", "message")


class NoTextsError(CxmineError):
    """OUT has no questions or messages to model."""


class TooFewTextsError(CxmineError):
    """There are texts, but too few for a topic model."""


@dataclass
class TopicResult:
    """What ``run_topics`` found and wrote (the tables are also in OUT/topics etc.)."""

    topics: pa.Table
    assignments: pa.Table
    weekly: pa.Table
    n_texts: int
    trend: Trend = field(default_factory=Trend)  # latest week so far against the same span a week earlier
    outlier_share_raw: dict[str, float] = field(default_factory=dict)
    outlier_share: dict[str, float] = field(default_factory=dict)
    skipped: dict[str, int] = field(default_factory=dict)  # language -> texts not modelled (too few / other)
    model_saved: Path | None = None


def auto_min_topic_size(n_texts: int, max_fit_docs: int = 25_000) -> int:
    """The default smallest topic: 10 texts, or 0.2 % of the texts a model is fitted on when that is more.

    A fixed 10 gives hundreds of topics on 100,000 questions, more than anyone reads in a weekly report.
    """
    return max(10, math.ceil(0.002 * min(n_texts, max_fit_docs)))


def min_texts(min_topic_size: int) -> int:
    """The fewest texts one language needs for a model: two topics' worth, and never under 10."""
    return max(2 * min_topic_size, 10)


def load_texts(out: Path, unit: str) -> pa.Table:
    """The texts to model as a table (message_id, question_id, language, text, sent_at), sorted by id."""
    out = Path(out)
    if unit == "question":
        t = read_dataset(out / "questions", QUESTION_SCHEMA)
        t = t.select(["message_id", "question_id", "language", "text", "sent_at"])
        key = "question_id"
    else:
        t = read_dataset(out / "messages", MESSAGE_SCHEMA)
        keep = np.isin(np.asarray(t.column("speaker").to_pylist(), dtype=object), ["customer", "unknown"])
        t = t.filter(pa.array(keep, pa.bool_())) if t.num_rows else t
        t = t.select(["message_id", "language", "text", "sent_at"])
        t = t.append_column("question_id", pa.nulls(t.num_rows, pa.string()))
        t = t.select(["message_id", "question_id", "language", "text", "sent_at"])
        key = "message_id"
    texts = t.column("text").to_pylist()
    nonempty = pa.array([bool(x and x.strip()) for x in texts], pa.bool_())
    t = t.filter(nonempty) if t.num_rows else t
    # a stable order makes the seeded fit independent of how the Parquet files were split
    return t.sort_by([(key, "ascending")]) if t.num_rows else t


def _groups(table: pa.Table, language: str | None) -> tuple[dict[str, np.ndarray], dict[str, int]]:
    langs = np.asarray(table.column("language").to_pylist(), dtype=object)
    if language == "all":
        return {"all": np.arange(table.num_rows)}, {}
    wanted = (language,) if language else TOPIC_LANGUAGES
    groups = {lang: np.flatnonzero(langs == lang) for lang in wanted}
    groups = {k: v for k, v in groups.items() if len(v)}
    skipped: dict[str, int] = {}
    for lang in sorted(set(langs) - set(wanted)):
        skipped[str(lang)] = int((langs == lang).sum())
    return groups, skipped


def run_topics(
    out: Path,
    unit: str = "question",
    language: str | None = None,
    embedding_model: str | None = None,
    min_topic_size: int | None = None,
    seed: int = 42,
    model_dir: Path | None = None,
    save_model_dir: Path | None = None,
    max_outlier_share: float = 0.10,
    max_fit_docs: int = 25_000,
    write: bool = True,
    status: object | None = None,
) -> TopicResult:
    """Find topics in OUT's questions (or customer messages) and write OUT/topics, topic_assignments, topic_weekly.

    ``embedding_model``: None or "tfidf" for the offline TF-IDF/SVD embedder, "minilm" or a local
    sentence-transformers folder otherwise. ``min_topic_size`` None: ``auto_min_topic_size`` per language.
    ``status(msg)`` is called before each long step.
    """
    from cxmine.classify.topics.store import load_model, save_model

    out = Path(out)
    if unit not in UNITS:
        raise ParameterError("unit", f"must be one of {', '.join(UNITS)}, not {unit!r}")
    if language not in (None, "all", *TOPIC_LANGUAGES):
        raise ParameterError("language", f"must be one of nl, da, en, all, not {language!r}")
    if min_topic_size is not None and min_topic_size < 2:
        raise ParameterError("min_topic_size", f"must be at least 2 (got {min_topic_size})")
    say = status or (lambda msg: None)

    say("reading texts")
    table = load_texts(out, unit)
    source = "questions" if unit == "question" else "messages"
    if table.num_rows == 0:
        raise NoTextsError(
            f"No {'questions' if unit == 'question' else 'customer messages'} in {out / source}; "
            f"run 'cxmine ingest ... --out {out}' first"
            + (" or try --unit message" if unit == "question" else "")
        )
    saved = load_model(model_dir) if model_dir else None
    embedding = _embedding_spec(embedding_model, saved)

    groups, skipped = _groups(table, language)
    need = min_texts(min_topic_size or 10)
    texts = table.column("text").to_pylist()
    outcomes: dict[str, LangOutcome] = {}
    sizes: dict[str, int] = {}
    for lang, idx in groups.items():
        size = min_topic_size or auto_min_topic_size(len(idx), max_fit_docs)
        sizes[lang] = size
        if len(idx) < min_texts(size):
            skipped[lang] = len(idx)
            continue
        docs = [texts[i] for i in idx]
        sent_at = table.column("sent_at").take(pa.array(idx))
        previous = saved.languages.get(lang) if saved else None
        cache_dir = out / ".cache" / "embeddings"
        common = dict(
            lang=lang, docs=docs, sent_at=sent_at, embedding=embedding, min_topic_size=size, seed=seed,
            max_outlier_share=max_outlier_share, max_fit_docs=max_fit_docs, cache_dir=cache_dir, say=say,
        )
        if previous is not None:
            outcomes[lang] = update_language(previous=previous, **common)
        else:
            outcomes[lang] = fit_language(**common)
        outcomes[lang].index = idx
    if not outcomes:
        counts = ", ".join(f"{k}: {len(v)}" for k, v in sorted(groups.items()))
        raise TooFewTextsError(
            f"Too few texts for a topic model ({counts or 'none in the chosen language'}); each language needs at "
            f"least {need} with --min-topic-size {min_topic_size or 10}: lower --min-topic-size, use --language all, "
            "or ingest more data"
        )

    say("writing tables")
    topics = topics_table(outcomes, table.num_rows)
    assignments = assignments_table(outcomes, table)
    weekly = weekly_table(outcomes, table)
    if write and language in (None, "all"):
        replace_dataset(topics, out / "topics", TOPIC_SCHEMA, partition_by=["language"])
        replace_dataset(assignments, out / "topic_assignments", ASSIGNMENT_SCHEMA, partition_by=["language"])
        replace_dataset(weekly, out / "topic_weekly", WEEKLY_SCHEMA, partition_by=["language"])
    elif write:  # one language: the other languages' topics stay
        for name, tab, schema in (("topics", topics, TOPIC_SCHEMA), ("topic_assignments", assignments,
                                  ASSIGNMENT_SCHEMA), ("topic_weekly", weekly, WEEKLY_SCHEMA)):
            replace_partitions(tab, out / name, schema, "language", [language])
    model_saved = None
    if save_model_dir:
        say("saving the model")
        languages = {lang: o.model for lang, o in outcomes.items()}
        if saved:  # languages not seen this week keep their topics
            for lang, lm in saved.languages.items():
                languages.setdefault(lang, lm)
        bertopics = {lang: o.build_bertopic() for lang, o in outcomes.items()}
        options = {"unit": unit, "language": language, "min_topic_size": sizes, "seed": seed}
        model_saved = save_model(save_model_dir, languages, embedding, options, bertopics)
    return TopicResult(
        topics=topics,
        assignments=assignments,
        weekly=weekly,
        trend=trends(outcomes, table),
        n_texts=sum(len(idx) for idx in groups.values()),
        outlier_share_raw={k: o.outlier_share_raw for k, o in outcomes.items()},
        outlier_share={k: o.outlier_share for k, o in outcomes.items()},
        skipped=skipped,
        model_saved=model_saved,
    )


def _embedding_spec(embedding_model: str | None, saved: object | None) -> dict:
    requested = None if embedding_model in (None, "tfidf") else embedding_model
    if saved is not None:
        spec = saved.embedding
        if embedding_model is not None and (spec.get("model") or None) != requested:
            raise UsageError(
                f"The model was fitted with embeddings {spec.get('model') or 'tfidf'!r}, not {embedding_model!r}; "
                "drop --embedding-model or fit a new model without --model"
            )
        return spec
    if requested is None:
        return {"kind": "tfidf"}
    from cxmine.classify.embeddings import resolve_model_path

    resolve_model_path(requested)  # a clear ModelError now rather than after reading everything
    return {"kind": "sentence", "model": requested}
