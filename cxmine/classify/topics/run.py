"""``run_topics``: what do customers ask? Topics per language with BERTopic, offline, seeded, stable ids.

Reads OUT/questions (or OUT/messages with ``unit="message"``), fits one model per language present (nl, da,
en), for the one language asked for, or one joint model (``language="all"``), and writes OUT/topics,
OUT/topic_assignments and OUT/topic_weekly (for one language, only its part of each).
With ``model_dir`` it assigns the new week to last week's topics, discovers new themes in what does not fit and
keeps the ids of topics that match. See docs/topics.md.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pyarrow as pa

from cxmine.classify.topics.build import FitSettings, LangOutcome, fit_language, is_small, update_language
from cxmine.classify.topics.guided import SMALL_TEXTS, intents_for, small_min_topic_size
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
from cxmine.classify.topics.store import SavedModel, load_model, save_model
from cxmine.classify.topics.themes import link_themes
from cxmine.errors import CxmineError, ParameterError, UsageError
from cxmine.schema import MESSAGE_SCHEMA, QUESTION_SCHEMA, SUPPORTED_LANGUAGES
from cxmine.store import holds_out_lock, read_dataset, replace_dataset, replace_partitions

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
    method: dict[str, tuple[str, str]] = field(default_factory=dict)  # language -> (method, why)
    n_by_language: dict[str, int] = field(default_factory=dict)  # texts modelled per language (shares' denominators)
    unit: str = "question"


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
    """Row indices per language to model (one "all" group for a joint model), and texts per language left out."""
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


@holds_out_lock
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
    intent_model: Path | None | bool = None,
    small_texts: int = SMALL_TEXTS,
) -> TopicResult:
    """Find topics in OUT's questions (or customer messages) and write OUT/topics, topic_assignments, topic_weekly.

    ``embedding_model``: None or "tfidf" for the offline TF-IDF/SVD embedder, "minilm" or a local
    sentence-transformers folder otherwise. ``min_topic_size`` None: ``auto_min_topic_size`` per language.
    ``status(msg)`` is called before each long step. A language with fewer than ``small_texts`` texts is
    clustered by the guided small-week method (``guided.py``), which uses the intent model ``intent_model`` (a
    folder; None: the shipped default model when it is there; False: none). Topics of different languages that
    are the same theme share a ``theme_id`` (``themes.py``).
    """
    out = Path(out)
    _validate(unit, language, min_topic_size)
    say = status or (lambda msg: None)
    say("reading texts")
    table = _read_texts(out, unit)
    saved = load_model(model_dir) if model_dir else None
    embedding = _embedding_spec(embedding_model, saved)
    groups, skipped = _groups(table, language)
    settings = FitSettings(
        embedding, seed, max_outlier_share, max_fit_docs, out / ".cache" / "embeddings", say, small_texts,
        _intent_labeller(intent_model),
    )
    outcomes, sizes, too_small = _model_languages(table, groups, saved, min_topic_size, settings)
    skipped.update(too_small)
    if not outcomes:
        raise _too_few_texts(groups, min_topic_size)

    say("linking topics across languages")
    themes = link_themes(outcomes, multilingual=embedding.get("kind") == "sentence")
    say("writing tables")
    topics = topics_table(outcomes, table.num_rows, themes)
    assignments = assignments_table(outcomes, table)
    weekly = weekly_table(outcomes, table)
    if write:
        _write_tables(out, language, topics, assignments, weekly)
    model_saved = None
    if save_model_dir:
        say("saving the model")
        options = {"unit": unit, "language": language, "min_topic_size": sizes, "seed": seed}
        model_saved = _save_model(save_model_dir, outcomes, saved, embedding, options)
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
        method={k: (o.method, o.method_reason) for k, o in outcomes.items()},
        n_by_language={k: len(o.labels) for k, o in outcomes.items()},
        unit=unit,
    )


def _validate(unit: str, language: str | None, min_topic_size: int | None) -> None:
    """Raise ParameterError for an unknown unit or language, or a topic size under 2."""
    if unit not in UNITS:
        raise ParameterError("unit", f"must be one of {', '.join(UNITS)}, not {unit!r}")
    if language not in (None, "all", *TOPIC_LANGUAGES):
        raise ParameterError("language", f"must be one of nl, da, en, all, not {language!r}")
    if min_topic_size is not None and min_topic_size < 2:
        raise ParameterError("min_topic_size", f"must be at least 2 (got {min_topic_size})")


def _read_texts(out: Path, unit: str) -> pa.Table:
    """``load_texts``, or NoTextsError saying how to get some."""
    table = load_texts(out, unit)
    if table.num_rows == 0:
        source = "questions" if unit == "question" else "messages"
        raise NoTextsError(
            f"No {'questions' if unit == 'question' else 'customer messages'} in {out / source}; "
            f"run 'cxmine ingest ... --out {out}' first"
            + (" or try --unit message" if unit == "question" else "")
        )
    return table


def _model_languages(
    table: pa.Table,
    groups: dict[str, np.ndarray],
    saved: SavedModel | None,
    min_topic_size: int | None,
    settings: FitSettings,
) -> tuple[dict[str, LangOutcome], dict[str, int], dict[str, int]]:
    """Fit each language group, or update its saved model: the outcomes, each group's topic size, the too small."""
    texts = table.column("text").to_pylist()
    outcomes: dict[str, LangOutcome] = {}
    sizes: dict[str, int] = {}
    too_small: dict[str, int] = {}
    for lang, idx in groups.items():
        previous = saved.languages.get(lang) if saved else None
        if previous is None and is_small(len(idx), settings):
            size = min_topic_size or small_min_topic_size(len(idx))
        else:
            size = min_topic_size or auto_min_topic_size(len(idx), settings.max_fit_docs)
        sizes[lang] = size
        if len(idx) < min_texts(size):
            too_small[lang] = len(idx)
            continue
        docs = [texts[i] for i in idx]
        sent_at = table.column("sent_at").take(pa.array(idx))
        if previous is not None:
            outcome = update_language(lang, docs, sent_at, size, settings, previous)
        else:
            outcome = fit_language(lang, docs, sent_at, size, settings)
        outcome.index = idx
        outcomes[lang] = outcome
    return outcomes, sizes, too_small


def _too_few_texts(groups: dict[str, np.ndarray], min_topic_size: int | None) -> TooFewTextsError:
    """The error when no language has enough texts: the counts per language and what to change."""
    counts = ", ".join(f"{k}: {len(v)}" for k, v in sorted(groups.items()))
    return TooFewTextsError(
        f"Too few texts for a topic model ({counts or 'none in the chosen language'}); each language needs at "
        f"least {min_texts(min_topic_size or 10)} with --min-topic-size {min_topic_size or 10}: lower "
        "--min-topic-size, use --language all, or ingest more data"
    )


def _write_tables(out: Path, language: str | None, topics: pa.Table, assignments: pa.Table, weekly: pa.Table) -> None:
    """Replace OUT/topics, topic_assignments and topic_weekly; with one language, only that language's part."""
    for name, table, schema in (
        ("topics", topics, TOPIC_SCHEMA),
        ("topic_assignments", assignments, ASSIGNMENT_SCHEMA),
        ("topic_weekly", weekly, WEEKLY_SCHEMA),
    ):
        if language in (None, "all"):
            replace_dataset(table, out / name, schema, partition_by=["language"])
        else:  # the other languages' topics stay
            replace_partitions(table, out / name, schema, "language", [language])


def _save_model(
    path: Path, outcomes: dict[str, LangOutcome], saved: SavedModel | None, embedding: dict, options: dict
) -> Path:
    """Save this run's topic models; languages not seen this run keep their saved topics."""
    languages = {lang: o.model for lang, o in outcomes.items()}
    if saved:
        for lang, lm in saved.languages.items():
            languages.setdefault(lang, lm)
    bertopics = {lang: o.build_bertopic() for lang, o in outcomes.items()}
    return save_model(path, languages, embedding, options, bertopics)


def _intent_labeller(intent_model: Path | None | bool):
    """A function giving the intent model's label per text (loaded on first use), or None for no model.

    None: the shipped default model, silently none when it is not installed (topics do not need it).
    """
    if intent_model is False:
        return None
    state: dict = {}

    def label(docs: list[str], lang: str) -> list[str] | None:
        if "model" not in state:
            from cxmine.classify.intents.store import default_model_dir
            from cxmine.classify.intents.store import load_model as load_intents
            from cxmine.errors import ModelError

            try:
                folder = default_model_dir() if intent_model in (None, True) else Path(intent_model)
                state["model"] = load_intents(folder)[0]
            except ModelError:
                if intent_model not in (None, True):
                    raise
                state["model"] = None
        return intents_for(docs, lang, state["model"])

    return label


def _embedding_spec(embedding_model: str | None, saved: SavedModel | None) -> dict:
    """The embedder to use: the saved model's, else the one asked for; a UsageError when the two differ."""
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
