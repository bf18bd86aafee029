"""The shipped training data of the default intent model passes its own checks (labels, balance, no leaks)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_default_model_data_is_valid() -> None:
    spec = importlib.util.spec_from_file_location("check_data", ROOT / "models" / "data" / "check_data.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert mod.main([]) == 0
