"""Test-wide settings: caches go to a temporary folder, never to the user's ~/.cache; models stay offline."""

from __future__ import annotations

import os

import pytest


@pytest.fixture(autouse=True, scope="session")
def _isolated_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    if "CXMINE_CACHE_DIR" not in os.environ:
        os.environ["CXMINE_CACHE_DIR"] = str(tmp_path_factory.mktemp("cxmine-cache"))
