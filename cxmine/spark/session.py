"""The Spark session the engine runs in: the user's own (Databricks, spark-submit) or one made for the CLI.

pyspark is optional (``pip install 'cxmine[spark]'``): nothing here imports it until a session is asked for, so
``cxmine --help`` and the local engine work without it.
"""

from __future__ import annotations

import os
import sys
import warnings
from typing import TYPE_CHECKING, Any

from cxmine.errors import CxmineError

if TYPE_CHECKING:
    from pyspark.sql import SparkSession

INSTALL_HINT = "pip install 'cxmine[spark]'"

# Settings for a session cxmine makes itself (a laptop, CI, a small machine). A session the user hands in keeps
# its own settings, except the two the engine relies on (see ``prepare``).
DEFAULT_CONF = {
    "spark.app.name": "cxmine",
    "spark.sql.execution.arrow.pyspark.enabled": "true",
    "spark.sql.session.timeZone": "UTC",
    "spark.driver.memory": "2g",
    "spark.sql.shuffle.partitions": "8",
    "spark.sql.adaptive.enabled": "true",
    "spark.ui.showConsoleProgress": "true",
    # shuffle files, spills and cached blocks hold unredacted text until the job ends: encrypted with a per-job key
    "spark.io.encryption.enabled": "true",
}


class SparkNotInstalled(CxmineError):
    """``--engine spark`` (or ``cxmine.spark``) was asked for, but pyspark is not installed."""

    def __init__(self) -> None:
        super().__init__(f"the Spark engine needs pyspark, which is not installed: {INSTALL_HINT}")


def require_pyspark() -> None:
    """Raise ``SparkNotInstalled`` (with the pip command) unless pyspark can be imported."""
    try:
        import pyspark  # noqa: F401
    except ImportError:
        raise SparkNotInstalled() from None


def make_session(master: str | None = None, conf: dict[str, str] | None = None, ui: bool = True) -> SparkSession:
    """A new (or the running) SparkSession with cxmine's defaults; ``master`` such as ``local[2]`` or
    ``spark://host:7077`` (default: ``local[*]`` unless spark-submit set one)."""
    require_pyspark()
    from pyspark.sql import SparkSession

    # the executors' Python must be the one cxmine is installed in (a local master starts them from here)
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    builder = SparkSession.builder
    settings: dict[str, Any] = {**DEFAULT_CONF, **({} if ui else {"spark.ui.enabled": "false"}), **(conf or {})}
    for key, value in settings.items():
        builder = builder.config(key, value)
    if master:
        builder = builder.master(master)
    elif "spark.master" not in os.environ.get("PYSPARK_SUBMIT_ARGS", "") and not os.environ.get("SPARK_HOME"):
        builder = builder.master("local[*]")
    with warnings.catch_warnings():  # pyspark warns about pandas 3 on import; cxmine's Spark code uses Arrow only
        warnings.filterwarnings("ignore", message="PySpark does not yet fully support pandas", category=FutureWarning)
        import pyspark.testing.utils  # noqa: F401 - the module that warns, imported here once, quietly
        spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel(os.environ.get("CXMINE_SPARK_LOG_LEVEL", "ERROR"))
    return prepare(spark)


def active_session() -> SparkSession | None:
    """The SparkSession already running in this process (a notebook's ``spark``), if any."""
    require_pyspark()
    from pyspark.sql import SparkSession

    return SparkSession.getActiveSession()


def prepare(spark: SparkSession) -> SparkSession:
    """The two settings the engine relies on, also in a session the user made: Arrow and UTC timestamps."""
    spark.conf.set("spark.sql.execution.arrow.pyspark.enabled", "true")
    spark.conf.set("spark.sql.session.timeZone", "UTC")
    return spark
