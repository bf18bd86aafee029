"""Models saved before the package layout of 0.2 still load (their files record the old class paths)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import numpy as np

LEGACY = Path(__file__).resolve().parents[1] / "data" / "legacy"
TEXTS = ["waar is mijn pakket", "hvor er min pakke", "where is my parcel"]


def _class_paths(skops_file: Path) -> set[str]:
    found: set[str] = set()

    def walk(o: object) -> None:
        if isinstance(o, dict):
            if "__module__" in o:
                found.add(f"{o['__module__']}.{o.get('__class__')}")
            for v in o.values():
                walk(v)
        elif isinstance(o, list):
            for v in o:
                walk(v)

    with zipfile.ZipFile(skops_file) as z:
        walk(json.loads(z.read("schema.json")))
    return {p for p in found if p.startswith("cxmine")}


def test_topic_embedder_saved_by_0_1_loads_and_gives_the_same_vectors() -> None:
    from cxmine.classify.topics.embed import TfidfSvdEmbedder, load_embedder

    path = LEGACY / "topic_embedder_cxmine_0_1.skops"
    assert "cxmine.classify.topic_embed.TfidfSvdEmbedder" in _class_paths(path)  # the old path, as saved
    emb = load_embedder(path)
    assert isinstance(emb, TfidfSvdEmbedder)
    np.testing.assert_allclose(emb.transform(TEXTS), np.load(LEGACY / "topic_embedder_cxmine_0_1.vectors.npy"), atol=1e-6)


def test_shipped_intent_model_saved_before_the_move_loads() -> None:
    from cxmine.classify.intents import IntentClassifier
    from cxmine.classify.intents.store import default_model_dir, load_model

    assert _class_paths(default_model_dir() / "model.skops") == {"cxmine.classify.intents.IntentClassifier"}
    clf, meta = load_model(default_model_dir())
    assert isinstance(clf, IntentClassifier) and meta["labels"]
    assert clf.classify(["Waar blijft mijn pakket?"], language=["nl"]).intent[0] in meta["labels"] + ["unknown"]


def test_new_saves_record_stable_class_paths(tmp_path: Path) -> None:
    from cxmine.classify.topics.embed import TfidfSvdEmbedder, save_embedder

    emb = TfidfSvdEmbedder(n_components=2, random_state=0).fit(TEXTS * 2)
    save_embedder(emb, tmp_path / "e.skops")
    assert _class_paths(tmp_path / "e.skops") <= {
        "cxmine.classify.topics.embed.TfidfSvdEmbedder", "cxmine.classify.topics.embed.clean_for_embedding"
    }
    from cxmine.classify.intents import IntentClassifier

    assert IntentClassifier.__module__ == "cxmine.classify.intents"
