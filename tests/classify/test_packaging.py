"""The wheel carries the default intent model: setup.py's copy step, checked without building a wheel."""

from __future__ import annotations

import filecmp
import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from cxmine.classify.intents.store import META_FILE, MODEL_FILE, default_model_dir, read_meta

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def setup_py() -> ModuleType:
    """The repository's setup.py as a module, without running setup()."""
    spec = importlib.util.spec_from_file_location("cxmine_setup", ROOT / "setup.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # named cxmine_setup, not __main__
    return module


def test_copy_puts_the_model_where_an_installed_package_looks(setup_py: ModuleType, tmp_path: Path) -> None:
    assert set(setup_py.MODEL_FILES) == {META_FILE, MODEL_FILE}
    copied = setup_py.copy_default_model(tmp_path)
    target = tmp_path / "cxmine" / "models" / "intents"
    assert copied == [target / name for name in setup_py.MODEL_FILES]
    for name in setup_py.MODEL_FILES:
        assert filecmp.cmp(target / name, ROOT / "models" / "intents" / name, shallow=False)
    read_meta(target)  # a valid model folder, not just two files
    assert not (tmp_path / "cxmine" / "models" / "data").exists()


def test_copy_refuses_to_build_without_the_model(setup_py: ModuleType, tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="make model"):
        setup_py.copy_default_model(tmp_path / "build", root=tmp_path)


def test_sdist_manifest_carries_the_model_files(setup_py: ModuleType) -> None:
    included = {
        word
        for line in (ROOT / "MANIFEST.in").read_text().splitlines()
        if line.startswith("include ")
        for word in line.split()[1:]
    }
    assert {f"models/intents/{name}" for name in setup_py.MODEL_FILES} <= included


def test_source_checkout_uses_the_top_level_model(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CXMINE_MODELS_DIR", raising=False)
    assert default_model_dir() == ROOT / "models" / "intents"
