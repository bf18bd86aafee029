"""Stable gap ids from week to week: a gap model folder (``--save-model DIR`` / ``--model DIR``).

The folder holds ``gaps.json``: per gap its id, label, anchors and up to ``MAX_TEXTS`` member questions per
language (redacted text, as in OUT), plus the next free id number. Next week's gaps take the id of the saved gap
they resemble most (TF-IDF cosine of their questions in a shared language, or shared names and codes), one to
one; new themes get new ids. Plain JSON: inspectable, and nothing is unpickled.
"""

from __future__ import annotations

import json
import shutil
import uuid
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import normalize

from cxmine.errors import ModelError
from cxmine.store import swap_in

MODEL_FILE = "gaps.json"
FORMAT = "cxmine.gaps/1"
MAX_TEXTS = 40


def new_id(number: int) -> str:
    return f"gap-{number:04d}"


def save_gap_model(path: Path, gaps: list[dict], next_number: int) -> Path:
    """Write the model atomically. ``gaps``: dicts with gap_id, label, anchors, texts ({language: [text]})."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    staging = path.parent / f".{path.name}.new-{uuid.uuid4().hex[:8]}"
    staging.mkdir()
    doc = {"format": FORMAT, "next_number": next_number,
           "gaps": [{**g, "texts": {k: v[:MAX_TEXTS] for k, v in g["texts"].items()},
                     "anchors": sorted(g["anchors"])} for g in gaps]}
    try:
        (staging / MODEL_FILE).write_text(json.dumps(doc, ensure_ascii=False, indent=1), encoding="utf-8")
        swap_in(staging, path)
    finally:
        shutil.rmtree(staging, ignore_errors=True)  # gone already after a successful swap
    return path


def load_gap_model(path: Path) -> dict:
    """The saved model; a missing or damaged folder is a ``ModelError`` that says what to do."""
    file = Path(path) / MODEL_FILE
    if not file.is_file():
        raise ModelError(f"No gap model at {path} ({MODEL_FILE} missing); save one with 'cxmine gaps ... --save-model'")
    try:
        doc = json.loads(file.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError):
        raise ModelError(f"{file} is not valid JSON; save the model again with --save-model") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT or not isinstance(doc.get("gaps"), list):
        raise ModelError(f"{file} is not a cxmine gap model of format {FORMAT}; save the model again")
    for i, g in enumerate(doc["gaps"]):
        ok = (isinstance(g, dict) and isinstance(g.get("gap_id"), str) and isinstance(g.get("texts"), dict)
              and isinstance(g.get("anchors", []), list))
        if not ok:
            raise ModelError(f"{file}: gap {i + 1} lacks gap_id, texts or anchors; save the model again")
        g.setdefault("anchors", [])
    if not isinstance(doc.get("next_number", 1), int):
        raise ModelError(f"{file}: next_number is not a number; save the model again")
    return doc


def _centroids(vec: TfidfVectorizer, groups: list[dict], idx: list[int], lang: str) -> np.ndarray:
    return normalize(np.vstack([np.asarray(vec.transform(groups[k]["texts"][lang]).mean(axis=0)) for k in idx]))


def similarity_matrix(new: list[dict], saved: list[dict]) -> np.ndarray:
    """(new x saved) likeness: the best shared language's centroid cosine (character n-grams), or the share of
    shared anchors (names and codes), whichever is higher."""
    sim = np.zeros((len(new), len(saved)))
    if not new or not saved:
        return sim
    for lang in sorted({lg for g in new + saved for lg in g["texts"]}):
        a = [i for i, g in enumerate(new) if g["texts"].get(lang)]
        b = [j for j, g in enumerate(saved) if g["texts"].get(lang)]
        if not a or not b:
            continue
        vec = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True)
        vec.fit([t for i in a for t in new[i]["texts"][lang]] + [t for j in b for t in saved[j]["texts"][lang]])
        block = _centroids(vec, new, a, lang) @ _centroids(vec, saved, b, lang).T
        sim[np.ix_(a, b)] = np.maximum(sim[np.ix_(a, b)], block)
    for i, g in enumerate(new):
        na = set(g["anchors"])
        for j, s in enumerate(saved):
            oa = set(s["anchors"])
            if na and oa:
                sim[i, j] = max(sim[i, j], len(na & oa) / min(len(na), len(oa)))
    return sim


def assign_ids(gaps: list[dict], model: dict | None, min_similarity: float = 0.5) -> tuple[list[str], int]:
    """An id for each new gap (``texts``/``anchors`` as in the model) and the next free number.

    Greedy one-to-one: the most alike (new, saved) pairs first; a new gap without a saved one at
    ``min_similarity`` or more gets a new id.
    """
    saved = model["gaps"] if model else []
    number = int(model.get("next_number", 1)) if model else 1
    sim = similarity_matrix(gaps, saved)
    pairs = sorted(((sim[i, j], i, j) for i in range(len(gaps)) for j in range(len(saved))), reverse=True)
    ids: list[str | None] = [None] * len(gaps)
    used: set[int] = set()
    for sim, i, j in pairs:
        if sim < min_similarity:
            break
        if ids[i] is None and j not in used:
            ids[i] = saved[j]["gap_id"]
            used.add(j)
    for i in range(len(gaps)):
        if ids[i] is None:
            ids[i] = new_id(number)
            number += 1
    return [str(x) for x in ids], number
