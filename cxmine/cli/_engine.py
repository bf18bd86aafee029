"""``--engine`` and ``--spark-master``, shared by ``cxmine ingest`` and ``cxmine run`` (the Spark engine is optional)."""

from __future__ import annotations

from cxmine.errors import UsageError

ENGINES = ("local", "spark")
ENGINE_HELP = ("Where the ingest runs: local (this machine's cores) or spark (Apache Spark, the same tables and "
               "rows; needs pip install 'cxmine[spark]'; see docs/spark.md).")
MASTER_HELP = ("Spark master for --engine spark, e.g. local[2] or spark://host:7077 (default: the running session's, "
               "else local[*]).")


def check_engine(engine: str, spark_master: str | None) -> str:
    """The engine name, checked before anything is read; for spark, also that pyspark is installed."""
    engine = engine.strip().lower()
    if engine not in ENGINES:
        raise UsageError(f"--engine must be one of {', '.join(ENGINES)}; got {engine!r}")
    if spark_master and engine != "spark":
        raise UsageError("--spark-master needs --engine spark")
    if engine == "spark":
        from cxmine.spark import require_pyspark

        require_pyspark()  # SparkNotInstalled: one line with the pip command
    return engine
