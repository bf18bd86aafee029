"""One local SparkSession (``local[2]``, no UI) for the whole test session; the Spark tests skip, saying why, when
pyspark or Java is missing (``make test`` installs pyspark through the ``dev`` extra)."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterator

import pytest

TEST_CONF = {
    "spark.ui.enabled": "false",
    "spark.ui.showConsoleProgress": "false",
    "spark.driver.memory": "1g",
    "spark.sql.shuffle.partitions": "4",
    "spark.default.parallelism": "2",
    "spark.pyspark.python": sys.executable,
}


@pytest.fixture(scope="session")
def spark() -> Iterator[object]:
    pytest.importorskip("pyspark", reason="the Spark engine's tests need pyspark: pip install -e '.[dev]'")
    if shutil.which("java") is None:
        pytest.skip("the Spark engine's tests need Java (17+) on PATH")
    from cxmine.spark import make_session

    session = make_session("local[2]", conf=TEST_CONF, ui=False)
    yield session
    session.stop()
