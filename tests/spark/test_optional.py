"""pyspark stays optional: ``cxmine --help`` and the local engine never import it, and ``--engine spark`` without
it is one line that names the pip command (exit code 1)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data" / "pipeline"
# a Python in which ``import pyspark`` fails, as on a machine without the extra
NO_PYSPARK = "import sys; sys.modules['pyspark'] = None; from cxmine.cli.app import main; sys.argv[0] = 'cxmine'; main()"


def _cxmine(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", NO_PYSPARK, *args], cwd=cwd, capture_output=True, text=True,
                          timeout=120)


def test_help_and_the_local_engine_do_not_import_pyspark() -> None:
    code = ("import sys, cxmine.cli.app, cxmine.spark, cxmine.workflow, cxmine.pipeline.run; "
            "print('pyspark' in sys.modules)")
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert res.stdout.strip() == "False", res.stderr


def test_engine_spark_without_pyspark_is_one_line_with_the_pip_command(tmp_path: Path) -> None:
    res = _cxmine("ingest", str(DATA / "chat_mixed.jsonl"), "--out", str(tmp_path / "out"), "--engine", "spark",
                  cwd=tmp_path)
    assert res.returncode == 1, res.stderr
    lines = [line for line in res.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "pip install 'cxmine[spark]'" in lines[0], res.stderr
    assert not (tmp_path / "out" / "messages").exists()  # nothing was read


def test_help_works_without_pyspark(tmp_path: Path) -> None:
    res = _cxmine("ingest", "--help", cwd=tmp_path)
    assert res.returncode == 0 and "--engine" in res.stdout and "--spark-master" in res.stdout
