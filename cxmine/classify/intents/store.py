"""Reading labelled examples and saving/loading intent models (skops + ``model.json``), with version checks.

A model directory holds ``model.skops`` (the fitted ``IntentClassifier`` in skops' safe format: loading only
accepts types from scikit-learn, numpy, scipy and cxmine's own classifier) and ``model.json`` (labels, training
data hash, library versions, metrics, threshold, features per language, schema version). The default model is
looked up in ``$CXMINE_MODELS_DIR/intents``, then ``models/intents`` next to the package (a source checkout),
then ``cxmine/models/intents`` inside an installed wheel (``setup.py`` copies it there at build time).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import platform
import shutil
import uuid
import zipfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyarrow as pa

from cxmine.errors import ModelError, UsageError

MODEL_SCHEMA = "cxmine.intents"
MODEL_SCHEMA_VERSION = 1
MODEL_FILE = "model.skops"
META_FILE = "model.json"

_TRUSTED_PREFIXES = ("sklearn.", "numpy.", "scipy.", "builtins.", "collections.")
_TRUSTED_EXACT = {"cxmine.classify.intents.IntentClassifier"}


@dataclass
class Examples:
    """Labelled texts read from a file: texts, labels and languages (``und`` when the file has none)."""

    texts: list[str]
    labels: list[str]
    languages: list[str]
    dropped: int  # rows without text or label


def read_table(path: Path) -> pa.Table:
    """A CSV, TSV, JSON Lines or Parquet file (or Parquet folder) as an Arrow table."""
    path = Path(path)
    if not path.exists():
        raise UsageError(f"No such file: {path}")
    suffix = path.suffix.lower()
    try:
        if path.is_dir() or suffix in (".parquet", ".pq"):
            import pyarrow.dataset as ds

            return ds.dataset(path, format="parquet", partitioning="hive").to_table()
        if suffix in (".jsonl", ".ndjson", ".json"):
            import pyarrow.json as pj

            return pj.read_json(path)
        if suffix in (".csv", ".tsv", ".txt"):
            import pyarrow.csv as pc

            parse = pc.ParseOptions(delimiter="\t" if suffix == ".tsv" else ",", newlines_in_values=True)
            convert = pc.ConvertOptions(strings_can_be_null=False, auto_dict_encode=False)
            return pc.read_csv(path, parse_options=parse, convert_options=convert)
    except (pa.ArrowInvalid, OSError) as exc:
        # Arrow's messages can quote a row; keep only the file name and the kind of problem
        raise UsageError(f"Could not read {path.name} as {suffix.lstrip('.') or 'Parquet'}: {type(exc).__name__}") from None
    raise UsageError(f"Unsupported examples file {path.name}: use .csv, .tsv, .jsonl or .parquet")


def read_examples(
    path: Path, text_column: str = "text", label_column: str = "intent", language_column: str = "language"
) -> Examples:
    """Labelled examples from ``path``; a missing text or label column is a UsageError naming the columns."""
    table = read_table(path)
    cols = table.column_names
    for name, opt in ((text_column, "--text-column"), (label_column, "--label-column")):
        if name not in cols:
            raise UsageError(
                f"{Path(path).name} has no column {name!r} (columns: {', '.join(cols)}); pass {opt} NAME"
            )
    texts = table.column(text_column).to_pylist()
    labels = table.column(label_column).to_pylist()
    langs = table.column(language_column).to_pylist() if language_column in cols else [None] * len(texts)
    out = Examples([], [], [], 0)
    for t, y, lang in zip(texts, labels, langs, strict=True):
        if t is None or y is None or not str(t).strip() or not str(y).strip():
            out.dropped += 1
            continue
        out.texts.append(str(t))
        out.labels.append(str(y).strip())
        out.languages.append(str(lang).strip().lower() if lang else "und")
    if not out.texts:
        raise UsageError(f"{Path(path).name} has no rows with both a text and a label")
    return out


def data_hash(texts: list[str], labels: list[str], languages: list[str]) -> str:
    """An order-independent hash of the training rows (to tell which data a model saw)."""
    rows = sorted(hashlib.blake2b(f"{lang}\x00{y}\x00{t}".encode(), digest_size=16).hexdigest()
                  for t, y, lang in zip(texts, labels, languages, strict=True))
    return "blake2b:" + hashlib.blake2b("\n".join(rows).encode(), digest_size=16).hexdigest()


def library_versions() -> dict[str, str]:
    """Versions that decide whether a saved model loads: scikit-learn, skops, numpy, scipy, cxmine, Python."""
    import scipy
    import sklearn
    import skops

    from cxmine import __version__

    return {
        "scikit-learn": sklearn.__version__,
        "skops": skops.__version__,
        "numpy": np.__version__,
        "scipy": scipy.__version__,
        "cxmine": __version__,
        "python": platform.python_version(),
    }


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def save_model(clf, model_dir: Path, meta: dict) -> Path:  # IntentClassifier (import cycle)
    """Write ``clf`` and its metadata to ``model_dir`` atomically (a sibling folder swapped in)."""
    import skops.io as sio

    model_dir = Path(model_dir)
    model_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = model_dir.parent / f".{model_dir.name}.new-{uuid.uuid4().hex[:8]}"
    staging.mkdir()
    try:
        # skops stores the TF-IDF vocabularies as verbose JSON: deflate shrinks the file about tenfold
        sio.dump(clf, staging / MODEL_FILE, compression=zipfile.ZIP_DEFLATED, compresslevel=6)
        full = {
            "schema": MODEL_SCHEMA,
            "schema_version": MODEL_SCHEMA_VERSION,
            "created_at": dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat(),
            "labels": [str(c) for c in clf.classes_],
            "unknown_label": clf.unknown_label,
            "threshold": float(clf.threshold_),
            "confidence_scale": float(clf.confidence_scale_),
            "features": clf.features_by_language(),
            "embedding_model": clf.embedding_model,
            "embedding_weight": clf.embedding_weight,
            "params": {k: v for k, v in clf.get_params().items() if k != "embedding_cache_dir"},
            "library_versions": library_versions(),
            "files": {MODEL_FILE: {"sha256": _sha256(staging / MODEL_FILE)}},
            **meta,
        }
        (staging / META_FILE).write_text(json.dumps(_no_nan(full), indent=2, default=_json_default) + "\n")
        from cxmine.store import swap_in

        swap_in(staging, model_dir)
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    return model_dir


def _no_nan(value: object) -> object:
    """NaN is not JSON: write null instead (e.g. the accuracy of a branch without held-out rows)."""
    if isinstance(value, dict):
        return {k: _no_nan(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_no_nan(v) for v in value]
    if isinstance(value, float) and value != value:
        return None
    return value


def _json_default(value: object) -> object:
    if isinstance(value, np.generic):
        value = value.item()
        return None if isinstance(value, float) and value != value else value
    if isinstance(value, np.ndarray):
        return value.tolist()
    return str(value)


def read_meta(model_dir: Path) -> dict:
    """``model.json`` of ``model_dir``, checked for schema and version; ModelError when missing or newer."""
    model_dir = Path(model_dir)
    meta_path = model_dir / META_FILE
    if not meta_path.exists():
        raise ModelError(
            f"No intent model at {model_dir} ({META_FILE} is missing); train one with "
            "'cxmine classify train EXAMPLES --model DIR' or omit --model for the default model"
        )
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ModelError(f"{meta_path} is not valid JSON ({exc.__class__.__name__}); retrain the model") from None
    if meta.get("schema") != MODEL_SCHEMA:
        raise ModelError(f"{meta_path} is not a cxmine intent model (schema {meta.get('schema')!r})")
    version = meta.get("schema_version")
    if version != MODEL_SCHEMA_VERSION:
        raise ModelError(
            f"The intent model at {model_dir} has format version {version!r}; this cxmine reads version "
            f"{MODEL_SCHEMA_VERSION}. Retrain it with 'cxmine classify train' or use the matching cxmine"
        )
    return meta


def update_meta(model_dir: Path, extra: dict) -> dict:
    """Merge ``extra`` into ``model.json`` (e.g. test-set metrics added after training); returns the new metadata."""
    meta = read_meta(model_dir)
    meta.update(extra)
    path = Path(model_dir) / META_FILE
    tmp = path.with_name(f".{META_FILE}.tmp-{uuid.uuid4().hex[:8]}")
    tmp.write_text(json.dumps(_no_nan(meta), indent=2, default=_json_default) + "\n")
    os.replace(tmp, path)
    return meta


def load_model(model_dir: Path):  # IntentClassifier (import cycle)
    """Load the classifier in ``model_dir`` after checking metadata, checksum and the types in the file."""
    import sklearn
    import skops.io as sio

    model_dir = Path(model_dir)
    meta = read_meta(model_dir)
    path = model_dir / MODEL_FILE
    if not path.exists():
        raise ModelError(f"{model_dir} has {META_FILE} but no {MODEL_FILE}; copy the whole folder or retrain")
    expected = meta.get("files", {}).get(MODEL_FILE, {}).get("sha256")
    if expected and expected != _sha256(path):
        raise ModelError(f"{path} does not match the checksum in {META_FILE} (changed or damaged); retrain")
    trained = meta.get("library_versions", {}).get("scikit-learn", "?")
    untrusted = sio.get_untrusted_types(file=path)
    unsafe = [t for t in untrusted if not (t.startswith(_TRUSTED_PREFIXES) or t in _TRUSTED_EXACT)]
    if unsafe:
        raise ModelError(f"{path} contains types cxmine does not load ({', '.join(sorted(unsafe))}); retrain")
    try:
        clf = sio.load(path, trusted=untrusted)
    except Exception as exc:  # any failure here means "incompatible"; no customer text involved
        raise ModelError(
            f"Could not load the intent model at {model_dir} ({exc.__class__.__name__}); it was trained with "
            f"scikit-learn {trained}, this is {sklearn.__version__}. Retrain with 'cxmine classify train'"
        ) from None
    from cxmine.classify.intents.model import IntentClassifier, check_model_needs

    if not isinstance(clf, IntentClassifier) or not hasattr(clf, "branches_"):
        raise ModelError(f"{path} does not hold a fitted cxmine IntentClassifier; retrain")
    check_model_needs(clf)
    return clf, meta


def default_model_dir() -> Path:
    """The default intent model folder: ``$CXMINE_MODELS_DIR/intents``, the source tree, or package data."""
    env = os.environ.get("CXMINE_MODELS_DIR")
    if env:
        return Path(env).expanduser() / "intents"
    pkg = Path(__file__).resolve().parents[2]  # .../cxmine
    for candidate in (pkg.parent / "models" / "intents", pkg / "models" / "intents"):
        if (candidate / META_FILE).exists():
            return candidate
    raise ModelError(
        "The default intent model was not found (looked in models/intents next to the cxmine package and in "
        "cxmine/models/intents); set CXMINE_MODELS_DIR to the folder holding 'intents/' or pass --model DIR"
    )
