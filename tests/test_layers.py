"""The one-way flow of STYLE.md (cli -> pipeline / classify / report -> ingest -> text -> store -> schema /
errors) is an import-linter contract in pyproject.toml; this runs it with the test suite."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _lint_imports() -> str:
    exe = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    if exe is None:
        pytest.fail("import-linter is not installed: pip install -e '.[dev]'")
    return exe


def test_layers_contract_is_kept() -> None:
    res = subprocess.run([_lint_imports(), "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stdout[-3000:]
    assert "1 kept, 0 broken" in res.stdout


def test_layers_contract_catches_an_upward_import(tmp_path: Path) -> None:
    # the contract is not vacuous: a copy of the package where the store imports the CLI breaks it
    pkg = tmp_path / "cxmine"
    shutil.copytree(ROOT / "cxmine", pkg, ignore=shutil.ignore_patterns("__pycache__", "lang", "models"))
    store = pkg / "store.py"
    store.write_text(store.read_text() + "\nfrom cxmine.cli import render  # upward\n")
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    env = {"PYTHONPATH": str(tmp_path), "PATH": str(Path(sys.executable).parent)}
    res = subprocess.run([_lint_imports(), "--no-cache"], cwd=tmp_path, capture_output=True, text=True, env=env,
                         timeout=120)
    assert res.returncode != 0
    assert "cxmine.store -> cxmine.cli.render" in res.stdout
