"""Saving, loading and matching topic models, so topic ids stay the same from one week to the next.

A model folder (``--save-model DIR``) holds::

    manifest.json                 format, versions, options, and per language the topic table
                                  (id, number, label, keywords, radius, first_seen, last_seen, size)
    <lang>/centroids.safetensors  one unit-length centroid per topic, in the manifest's order
    <lang>/embedder.skops         the fitted TF-IDF/SVD embedder (offline path only) that made the centroids
    <lang>/anchors.json           per topic up to 40 member texts (redacted, like OUT/topics examples), spread
                                  from most to least typical: next week they place each topic in that week's
                                  vector space (the TF-IDF embedder is refitted on new texts + anchors, so
                                  words first seen this week count)
    <lang>/bertopic/              the BERTopic model (safetensors serialization, c-TF-IDF included), whose
                                  custom labels are the cxmine topic ids; for inspection with BERTopic.load

Ids are ``"<lang>-<number>"`` (``"all-<number>"`` for a joint model); numbers never get reused: a new theme
gets ``next_number``.
"""

from __future__ import annotations

import json
import logging
import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import numpy as np

from cxmine.errors import ModelError

FORMAT = "cxmine-topics"
FORMAT_VERSION = 1


@dataclass
class TopicEntry:
    """One topic of a saved model (ids are strings like ``nl-3``)."""

    topic_id: str
    number: int
    label: str
    keywords: list[str]
    radius: float
    first_seen: str | None = None  # ISO 8601, UTC
    last_seen: str | None = None
    size: int = 0


@dataclass
class LanguageModel:
    """Everything needed to assign new documents of one language to known topics."""

    language: str
    topics: list[TopicEntry]
    centroids: np.ndarray
    next_number: int
    embedder: object | None = None  # TfidfSvdEmbedder, or None for a sentence model
    anchors: list[list[str]] = field(default_factory=list)  # per topic: member texts that define it next week


@dataclass
class SavedModel:
    """A loaded model folder."""

    embedding: dict  # {"kind": "tfidf"} or {"kind": "sentence", "model": "minilm"}
    languages: dict[str, LanguageModel]
    options: dict


def _versions() -> dict[str, str]:
    import importlib.metadata as md

    out = {}
    for pkg in ("cxmine", "bertopic", "scikit-learn", "umap-learn", "hdbscan", "skops", "spacy", "numpy"):
        try:
            out[pkg] = md.version(pkg)
        except md.PackageNotFoundError:
            out[pkg] = "unknown"
    return out


def save_model(
    path: Path,
    languages: dict[str, LanguageModel],
    embedding: dict,
    options: dict,
    bertopic_models: dict[str, object] | None = None,
) -> Path:
    """Write the model folder atomically (a hidden sibling folder, then a rename)."""
    from safetensors.numpy import save_file

    from cxmine.classify.topics.embed import save_embedder
    from cxmine.store import swap_in

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    staging = path.parent / f".{path.name}.new-{uuid.uuid4().hex[:8]}"
    staging.mkdir()
    try:
        manifest = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "created_at": datetime.now(timezone.utc).isoformat(),
            "versions": _versions(),
            "embedding": embedding,
            "options": options,
            "languages": {},
        }
        for lang, lm in sorted(languages.items()):
            (staging / lang).mkdir()
            save_file({"centroids": np.ascontiguousarray(lm.centroids, dtype=np.float32)}, str(staging / lang / "centroids.safetensors"))
            if lm.embedder is not None:
                save_embedder(lm.embedder, staging / lang / "embedder.skops")
            anchors = {t.topic_id: a for t, a in zip(lm.topics, lm.anchors, strict=True)}
            (staging / lang / "anchors.json").write_text(json.dumps(anchors, ensure_ascii=False), encoding="utf-8")
            bt = (bertopic_models or {}).get(lang)
            if bt is not None:
                with _quiet_bertopic():  # it warns that no embedding model is saved: on purpose (ours is saved apart)
                    bt.save(str(staging / lang / "bertopic"), serialization="safetensors", save_ctfidf=True,
                            save_embedding_model=False)
            manifest["languages"][lang] = {
                "next_number": lm.next_number,
                "topics": [vars(t) for t in lm.topics],
            }
        (staging / "manifest.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False), encoding="utf-8")
        swap_in(staging, path)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return path


def load_model(path: Path) -> SavedModel:
    """Read a model folder written by ``save_model``; a clear ``ModelError`` when it is not one."""
    from safetensors.numpy import load_file

    from cxmine.classify.topics.embed import load_embedder

    path = Path(path)
    mf = path / "manifest.json"
    if not mf.exists():
        raise ModelError(f"No topic model at {path} (manifest.json missing); create one with --save-model {path}")
    try:
        manifest = json.loads(mf.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelError(f"The manifest in {path} is not valid JSON ({type(exc).__name__}); save the model again") from exc
    if manifest.get("format") != FORMAT or manifest.get("format_version") != FORMAT_VERSION:
        raise ModelError(
            f"{path} is not a cxmine topic model of format version {FORMAT_VERSION} "
            f"(found {manifest.get('format')!r} v{manifest.get('format_version')!r}); save it again with this version"
        )
    languages = {}
    for lang, entry in manifest["languages"].items():
        try:
            centroids = load_file(str(path / lang / "centroids.safetensors"))["centroids"]
        except Exception as exc:  # any damage means the same thing to the user
            raise ModelError(f"Topic centroids for {lang!r} in {path} are missing or damaged; save the model again") from exc
        embedder = None
        if (path / lang / "embedder.skops").exists():
            embedder = load_embedder(path / lang / "embedder.skops")
        topics = [TopicEntry(**t) for t in entry["topics"]]
        try:
            by_id = json.loads((path / lang / "anchors.json").read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ModelError(f"Anchor texts for {lang!r} in {path} are missing or damaged; save the model again") from exc
        anchors = [list(by_id.get(t.topic_id, [])) for t in topics]
        if len(topics) != len(centroids):
            raise ModelError(f"{path}: {len(topics)} topics but {len(centroids)} centroids for {lang!r}; save it again")
        languages[lang] = LanguageModel(lang, topics, centroids, int(entry["next_number"]), embedder, anchors)
    return SavedModel(manifest["embedding"], languages, manifest.get("options", {}))


def jaccard(a: list[str], b: list[str]) -> float:
    sa, sb = set(a), set(b)
    return len(sa & sb) / len(sa | sb) if sa | sb else 0.0


def match_topics(
    new_centroids: np.ndarray,
    new_keywords: list[list[str]],
    old_centroids: np.ndarray,
    old_keywords: list[list[str]],
    centroid_threshold: float = 0.80,
    keyword_threshold: float = 0.30,
) -> dict[int, int]:
    """Greedy one-to-one matching of new topics to old ones: {new index: old index}.

    A pair matches when the centroids are very similar, or fairly similar (0.6) and the keyword lists
    overlap; the most similar pairs are taken first, so each old id is kept by at most one new topic.
    """
    if len(new_centroids) == 0 or len(old_centroids) == 0:
        return {}
    sims = new_centroids @ old_centroids.T
    pairs = []
    for i in range(sims.shape[0]):
        for j in range(sims.shape[1]):
            s = float(sims[i, j])
            kw = jaccard(new_keywords[i], old_keywords[j]) if i < len(new_keywords) and j < len(old_keywords) else 0.0
            if s >= centroid_threshold or (s >= 0.6 and kw >= keyword_threshold):
                pairs.append((-(s + kw), i, j))
    pairs.sort()
    out: dict[int, int] = {}
    used: set[int] = set()
    for _, i, j in pairs:
        if i not in out and j not in used:
            out[i] = j
            used.add(j)
    return out


@contextmanager
def _quiet_bertopic() -> Iterator[None]:
    """BERTopic's logger below ERROR for one call, restored afterwards (no global warning filters)."""
    logger = logging.getLogger("BERTopic")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)
