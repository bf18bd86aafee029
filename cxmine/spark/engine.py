"""The ingest on Apache Spark: the same readers, stages, ids and Parquet datasets as ``cxmine.pipeline.run``.

What runs where (docs/spark.md has the picture):

1. driver: list the inputs in discovery order (``files.plan``: files, Maildir folders, zip members copied into
   the staging folder); executors: read them (``tasks.read_units`` via ``mapInArrow``) into rows of the local
   engine's staging schema;
2. duplicates: ids are aggregated (only ``message_id``, the copy's size and its position are shuffled), ids
   already in OUT found with a semi-join of ids; the rows to drop are broadcast;
3. e-mail threads need the whole export at once (a union-find over Message-ID / References): the driver collects
   the id and key columns of the e-mail rows (message, parent and reference ids, a hash of the normalised
   subject, hashed participants, time; never text, subjects or names), runs ``assign_threads`` and
   ``email_speakers`` and broadcasts ``message_id -> contact_id, speaker``;
4. one shuffle of the rows by ``contact_id``; each task takes whole contacts and runs the local engine's text
   stages on them (names to redact per contact, clean -> redact -> language, smoothing per contact, seq,
   questions) and writes Parquet parts with ``cxmine.store``; the driver moves them into OUT;
5. the contacts table: OUT/messages shuffled by ``contact_id``, ``build_contacts`` per task, swapped in whole.
"""

from __future__ import annotations

import math
import shutil
import uuid
import warnings
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path
from time import perf_counter
from typing import TYPE_CHECKING

import pyarrow as pa
import pyarrow.dataset as ds

from cxmine.ingest.discover import DiscoveryError
from cxmine.pipeline.run import (
    IngestConfig,
    IngestResult,
    ProgressFn,
    _error_row,
    _prepare_out,
    commit_plan,
    finish_commit,
)
from cxmine.pipeline.staging import is_native_key, native_key, salt_for
from cxmine.pipeline.threads import EmailRow, assign_threads, email_speakers
from cxmine.schema import CONTACT_SCHEMA
from cxmine.spark import tasks
from cxmine.spark.files import Unit, plan, spread
from cxmine.spark.session import prepare
from cxmine.store import JOURNAL, dataset_exists, out_lock, replace_dataset

if TYPE_CHECKING:
    from pyspark.sql import DataFrame, SparkSession

ROWS_PER_TASK = 20_000  # rows per task of the contact pass (more tasks than cores for large inputs)
BROADCAST_MAX = 2_000_000  # ids dropped (duplicates, already in OUT) up to this many are broadcast, not shuffled
THREAD_COLUMNS = ["message_id", "native_id", "parent_id", "references", "_subject_key", "author_key",
                  "recipient_keys", "sent_at", "ordinal", "is_agent", "_unit", "_pos"]


def _spark_schema(schema: pa.Schema):  # noqa: ANN202 - pyspark's StructType
    from pyspark.sql.pandas.types import from_arrow_schema

    return from_arrow_schema(schema)


def _read(spark: SparkSession, units: list[Unit], cfg: IngestConfig, salt: str) -> DataFrame:
    """Stage 1: units spread over tasks by size, read on the executors (rows of ``tasks.READ_SCHEMA``)."""
    sc = spark.sparkContext
    groups = spread(units, max(1, sc.defaultParallelism) * 4)
    rdd = sc.parallelize(groups, len(groups)).flatMap(lambda g: [(u.index, u.path, u.display, u.is_dir, u.size)
                                                                  for u in g])
    frame = spark.createDataFrame(rdd, _spark_schema(tasks.UNIT_SCHEMA))

    def read(batches):  # noqa: ANN001, ANN202 - runs on the executors
        return tasks.read_units(batches, cfg, salt)

    return _map_in_arrow(frame, read, tasks.READ_SCHEMA)


def _map_in_arrow(frame: DataFrame, fn, schema: pa.Schema) -> DataFrame:  # noqa: ANN001
    """``frame.mapInArrow(fn, schema)``; pyspark's warning about pandas 3 does not concern Arrow-only functions."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="PySpark does not yet fully support pandas", category=FutureWarning)
        return frame.mapInArrow(fn, _spark_schema(schema))


def _maybe_broadcast(frame: DataFrame, n: int) -> DataFrame:
    from pyspark.sql import functions as F

    return F.broadcast(frame) if n <= BROADCAST_MAX else frame


def _new_messages(spark: SparkSession, msgs: DataFrame, out: Path, cached: list[DataFrame]) -> DataFrame:
    """Messages not already in OUT, each id once: the copy the local engine keeps (the most complete, then the
    first read). The small id tables it caches are added to ``cached``."""
    from pyspark.sql import functions as F

    keep = msgs
    if dataset_exists(out / "messages"):
        stored = spark.read.parquet(str(out / "messages")).select("message_id")
        hits = msgs.select("message_id").join(stored, "message_id", "left_semi").distinct().persist()
        cached.append(hits)
        n_hits = hits.count()
        if n_hits:
            keep = keep.join(_maybe_broadcast(hits, n_hits), "message_id", "left_anti")
    # of several copies the most complete one wins, the first read among equals (as ``run._Seen`` decides)
    best = F.max(F.struct("_size", "_parts", (-F.col("_unit")).alias("u"), (-F.col("_pos")).alias("p")))
    first = (keep.groupBy("message_id")
             .agg(F.count(F.lit(1)).alias("_n"), best.alias("_best"))
             .where("_n > 1")
             .select("message_id", (-F.col("_best.u")).alias("_fu"), (-F.col("_best.p")).alias("_fp"))
             .persist())
    cached.append(first)
    n_dups = first.count()
    if n_dups:
        keep = (keep.join(_maybe_broadcast(first, n_dups), "message_id", "left")
                .where(F.col("_fu").isNull() | ((F.col("_unit") == F.col("_fu")) & (F.col("_pos") == F.col("_fp"))))
                .drop("_fu", "_fp"))
    return keep


def _existing_natives(out: Path, salt: str) -> dict[str, str]:
    """Stored e-mail native ids -> contact id, as ``run._existing_ids`` reads them (same order, ids of older versions
    keyed), without loading every message id: the driver reads two columns of the e-mail partition only."""
    if not dataset_exists(out / "messages"):
        return {}
    dataset = ds.dataset(out / "messages", format="parquet", partitioning="hive")
    t = dataset.to_table(columns=["native_id", "contact_id"], filter=ds.field("channel") == "email")
    return {n if is_native_key(n) else native_key(n, salt): c
            for n, c in zip(t.column("native_id").to_pylist(), t.column("contact_id").to_pylist()) if n}


def _threads(spark: SparkSession, new: DataFrame, out: Path, salt: str) -> DataFrame | None:
    """E-mail threads and speakers on the driver from id/key columns only; the mapping as a DataFrame."""
    from pyspark.sql import functions as F

    meta = (new.where((F.col("channel") == "email") & F.col("contact_id").isNull())
            .select(*THREAD_COLUMNS).toArrow())
    if meta.num_rows == 0:
        return None
    meta = meta.sort_by([("_unit", "ascending"), ("_pos", "ascending")])  # the local engine's reading order
    rows = [EmailRow(d["message_id"], d["native_id"], d["parent_id"], d["references"] or [], d["_subject_key"],
                     d["author_key"], d["recipient_keys"] or [], d["sent_at"], d["ordinal"], d["is_agent"])
            for d in meta.to_pylist()]
    del meta
    contacts = assign_threads(rows, _existing_natives(out, salt))
    speakers = email_speakers(rows, contacts)
    mids = [r.message_id for r in rows]
    mapping = pa.table({"message_id": mids, "_t_contact": [contacts[m] for m in mids],
                        "_t_speaker": [speakers.get(m) for m in mids]})
    return spark.createDataFrame(mapping)


def _tally(result: IngestResult, stats: pa.Table) -> None:
    for kind, key, n in zip(*(stats.column(c).to_pylist() for c in ("kind", "key", "n"))):
        if kind == "messages":
            result.new_messages += n
        elif kind == "questions":
            result.new_questions += n
        elif kind in ("channel", "format", "language"):
            getattr(result, f"by_{kind}")[key] += n


def _record_outcomes(result: IngestResult, planned: list, other: pa.Table) -> None:
    """Errors (in reading order, as the local engine lists them) and the files read per format."""
    found = [((i, -1), _error_row(e.display, e.error, e.detail)) for i, e in enumerate(planned)
             if isinstance(e, DiscoveryError)]
    for d in other.to_pylist():
        if d["_kind"] == "f":
            result.files_read += 1
            result.files_by_format[d["source_format"]] += 1
        else:
            found.append(((d["_unit"], d["_pos"]),
                          _error_row(d["source_file"], d["_error"], d["_detail"], d["source_format"], d["_scope"])))
    found.sort(key=lambda x: x[0])
    result.errors.extend(e for _, e in found)
    result.files_failed += sum(1 for _, e in found if e["scope"] == "file")


def run_spark_ingest(spark: SparkSession, paths: list[Path | str], out: Path | str,
                     config: IngestConfig | None = None, progress: ProgressFn | None = None,
                     timings: dict[str, float] | None = None) -> IngestResult:
    """``run_ingest`` on a SparkSession: the same tables, rows and ids (``cxmine.spark.ingest`` documents it).

    Holds OUT's lock for the whole run and commits the new parts, contacts and errors together, as the local
    engine does. ``timings``, when given, receives the seconds of each step (read, duplicates, threads, text,
    contacts).
    """
    result = IngestResult(out=Path(out))
    root = Path(out).resolve()  # the executors' working folder is not the driver's
    with out_lock(root, create=True), warnings.catch_warnings():
        # pyspark warns about pandas 3 on every Arrow call; cxmine's Spark code uses Arrow only, never pandas
        warnings.filterwarnings("ignore", message="PySpark does not yet fully support pandas", category=FutureWarning)
        _run(spark, paths, root, config or IngestConfig(), progress, _Clock(timings), result)
    return result


def _run(spark: SparkSession, paths: list[Path | str], out: Path, cfg: IngestConfig, progress: ProgressFn | None,
         clock: _Clock, result: IngestResult) -> None:
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    _prepare_out(out)
    prepare(spark)
    result.workers = spark.sparkContext.defaultParallelism
    salt = salt_for(out, cfg.salt)
    run = uuid.uuid4().hex[:8]
    staging = out / f".staging-{run}"  # the new Parquet parts and tables, until the commit
    new_dir = staging / "new"
    new_dir.mkdir(parents=True)
    cached: list[DataFrame] = []
    try:
        planned = plan(paths, staging / "inputs", exclude=out, limits=cfg.zip_limits)
        units = [u for u in planned if isinstance(u, Unit)]
        other = tasks.READ_SCHEMA.empty_table().select(["source_file", "source_format"] + tasks.PRIVATE_NAMES)
        if units:
            raw = _read(spark, units, cfg, salt).persist(StorageLevel.MEMORY_AND_DISK)
            cached.append(raw)
            other = raw.where(F.col("_kind") != "m").select(*other.column_names).toArrow()
        _record_outcomes(result, planned, other)
        clock("read")
        if progress:
            progress("file", len(planned))
        if units:
            _text_pass(spark, raw, out, new_dir, run, cfg, salt, progress, clock, result, cached)
        _commit(spark, out, staging, new_dir, result)
        clock("contacts")
    finally:
        for frame in cached:
            frame.unpersist()
        if not (out / JOURNAL).exists():  # else the next run finishes the commit from the staging folder
            shutil.rmtree(staging, ignore_errors=True)


def _text_pass(spark: SparkSession, raw: DataFrame, out: Path, new_dir: Path, run: str, cfg: IngestConfig,
               salt: str, progress: ProgressFn | None, clock: _Clock, result: IngestResult,
               cached: list[DataFrame]) -> None:
    """Duplicates, threads, then the text stages over whole contacts on the executors (parts into ``new_dir``)."""
    from pyspark.sql import functions as F

    msgs = raw.where(F.col("_kind") == "m").drop("_kind", "_error", "_detail", "_scope")
    n_read = msgs.count()
    if progress:
        progress("messages", n_read)
    new = _new_messages(spark, msgs, out, cached)
    clock("duplicates")
    threads = _threads(spark, new, out, salt)
    clock("threads")
    if threads is not None:
        new = (new.join(F.broadcast(threads), "message_id", "left")
               .withColumn("contact_id", F.coalesce("contact_id", "_t_contact"))
               .drop("_t_contact"))  # _t_speaker is applied per contact, after the names are taken
    if progress:
        progress("stage", 2)
    n_parts = max(spark.sparkContext.defaultParallelism, math.ceil(n_read / ROWS_PER_TASK))
    folder, now = str(new_dir), datetime.now(timezone.utc)

    def finish(batches):  # noqa: ANN001, ANN202 - runs on the executors
        return tasks.finish_contacts(batches, cfg, folder, run, now)

    by_contact = new.repartition(n_parts, "contact_id").sortWithinPartitions("contact_id", "_unit", "_pos")
    _tally(result, _map_in_arrow(by_contact, finish, tasks.STATS_SCHEMA).toArrow())
    clock("text")
    result.skipped_duplicates = n_read - result.new_messages
    if progress:
        progress("cleaned", result.new_messages)
        progress("written", result.new_messages)


def _commit(spark: SparkSession, out: Path, staging: Path, new_dir: Path, result: IngestResult) -> None:
    """The new parts, the contacts and the errors into OUT together, as ``run._final_pass`` commits them."""
    moves, tables, swaps = commit_plan(out, staging, new_dir)
    result.contacts_total, result.messages_total = build_contacts_table(
        spark, [out / "messages", new_dir / "messages"], tables / "contacts")
    finish_commit(out, staging, result, moves, swaps)


class _Clock:
    """Seconds since the previous step, added to ``timings`` under the step's name."""

    def __init__(self, timings: dict[str, float] | None) -> None:
        self.timings, self.last = timings, perf_counter()

    def __call__(self, step: str) -> None:
        now = perf_counter()
        if self.timings is not None:
            self.timings[step] = self.timings.get(step, 0.0) + now - self.last
        self.last = now


def build_contacts_table(spark: SparkSession, sources: list[Path], into: Path) -> tuple[int, int]:
    """``pipeline.contacts.rebuild_contacts`` on Spark: the messages of ``sources`` shuffled by contact,
    ``build_contacts`` per task, written as the dataset ``into``; returns (contacts, messages)."""
    from pyspark.sql import functions as F

    sources = [p for p in sources if dataset_exists(p)]
    if not sources:
        replace_dataset(CONTACT_SCHEMA.empty_table(), into, CONTACT_SCHEMA)
        return 0, 0
    cols = ["contact_id", "channel", "sent_at", "speaker", "language", "customer_key", "source_format",
            "subject", "seq"]
    messages = None
    for p in sources:  # each its own read: Spark infers the channel partitions per folder
        part = spark.read.parquet(str(p)).select(*cols)
        messages = part if messages is None else messages.unionByName(part)
    run = uuid.uuid4().hex[:8]
    n_parts = max(spark.sparkContext.defaultParallelism, math.ceil(messages.count() / (ROWS_PER_TASK * 5)))
    folder = str(into)

    def build(batches):  # noqa: ANN001, ANN202 - runs on the executors
        return tasks.contacts_of(batches, folder, run)

    by_contact = (messages.where(F.col("contact_id").isNotNull()).repartition(n_parts, "contact_id")
                  .sortWithinPartitions("contact_id"))
    stats = _map_in_arrow(by_contact, build, tasks.STATS_SCHEMA).toArrow()
    counts: Counter = Counter()
    for kind, n in zip(stats.column("kind").to_pylist(), stats.column("n").to_pylist()):
        counts[kind] += n
    if not counts["contacts"]:
        shutil.rmtree(into, ignore_errors=True)
        replace_dataset(CONTACT_SCHEMA.empty_table(), into, CONTACT_SCHEMA)
    return counts["contacts"], counts["messages"]
