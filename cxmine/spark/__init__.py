"""cxmine on Apache Spark: the ingest spread over executors, with the same tables, rows and ids as on one machine.

``pip install 'cxmine[spark]'`` (pyspark); on a cluster, install cxmine on the driver and on every executor.
In a Spark job (spark-submit, a Databricks job or notebook)::

    from pyspark.sql import SparkSession
    import cxmine.spark
    from cxmine.pipeline.run import IngestConfig

    spark = SparkSession.builder.getOrCreate()
    result = cxmine.spark.ingest(spark, ["/dbfs/exports/2026-w48"], "/dbfs/cxmine-out",
                                 IngestConfig(agent_domains=("shop.example",)))
    print(result.new_messages, result.new_questions, len(result.errors))

Input paths and OUT must be visible at the same path on the driver and the executors (``local[N]``: any local
path; a cluster: a shared mount such as ``/dbfs/...`` or NFS). Then ``cxmine topics OUT``, ``cxmine report OUT``
(or ``cxmine.workflow.run_all(paths, out, cfg, engine="spark")`` for the whole pipeline) run on the driver as
usual. ``cxmine ingest ... --engine spark [--spark-master local[2]]`` does the same from the command line.
docs/spark.md: what is shuffled, what is collected or broadcast, memory per executor.

Importing this package does not import pyspark; using it without pyspark raises ``SparkNotInstalled`` with the
pip command.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from cxmine.spark.session import INSTALL_HINT, SparkNotInstalled, active_session, make_session, require_pyspark

if TYPE_CHECKING:
    from pyspark.sql import SparkSession

    from cxmine.pipeline.run import IngestConfig, IngestResult, ProgressFn

__all__ = ["INSTALL_HINT", "SparkNotInstalled", "ingest", "ingest_on_spark", "make_session", "require_pyspark"]


def ingest(spark: SparkSession, paths: list[Path | str], out: Path | str, config: IngestConfig | None = None,
           progress: ProgressFn | None = None) -> IngestResult:
    """Read every export under ``paths`` into the Parquet datasets of ``out`` on ``spark`` (``run_ingest``'s
    contract: same tables, partitioning, ids and rows; bad files become rows of OUT/errors)."""
    require_pyspark()
    from cxmine.spark.engine import run_spark_ingest

    return run_spark_ingest(spark, paths, out, config, progress)


def ingest_on_spark(paths: list[Path | str], out: Path | str, config: IngestConfig | None = None,
                    master: str | None = None, progress: ProgressFn | None = None) -> IngestResult:
    """``ingest`` in the running SparkSession, else in a new one on ``master`` (stopped afterwards); what
    ``--engine spark`` calls."""
    require_pyspark()
    spark = active_session()  # a notebook's or a job's session is used as it is (and not stopped)
    own = spark is None
    if own:
        spark = make_session(master)
    try:
        return ingest(spark, paths, out, config, progress)
    finally:
        if own:
            spark.stop()
