"""The gaps table: one row per gap with counts per language and channel, weekly counts, growth, examples and the
nearest KB entry, ranked by volume and growth."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from cxmine.classify.gaps.cluster import MISC, anchors
from cxmine.schema import GAP_SCHEMA, UNANSWERED_SCHEMA, conform


def iso_week(ts) -> str | None:  # datetime | None
    if ts is None:
        return None
    y, w, _ = ts.isocalendar()
    return f"{y}-W{w:02d}"


def growth(times: list, latest) -> float | None:
    """Questions in the latest ISO week so far against the same span of the week before; None without dates.

    Like for like: when the data ends on a Wednesday, Monday-Wednesday is compared with Monday-Wednesday.
    """
    if latest is None:
        return None
    start = (latest - timedelta(days=latest.weekday())).replace(hour=0, minute=0, second=0, microsecond=0)
    span = latest - start
    now = sum(1 for t in times if t is not None and start <= t <= latest)
    before = sum(1 for t in times if t is not None and start - timedelta(days=7) <= t <= start - timedelta(days=7) + span)
    return (now - before) / max(before, 1)


def _representative(idx: list[int], texts: list[str], vectors) -> int:
    """The member closest to the group's centroid (the most typical question)."""
    if vectors is None or len(idx) <= 2:
        return min(idx, key=lambda i: (abs(len(texts[i]) - 60), i))
    sub = vectors[idx]
    centroid = np.asarray(sub.mean(axis=0)).ravel()
    scores = np.asarray(sub @ centroid).ravel()
    return idx[int(np.argmax(scores))]


def _counts(values: list[str]) -> list[dict]:
    return [{"key": k, "n": n} for k, n in sorted(Counter(values).items(), key=lambda kv: (-kv[1], kv[0]))]


def gap_rows(units: pa.Table, labels: np.ndarray, gap_ids: dict[int, str], keywords: dict[int, list[str]],
             vectors=None, examples_per_language: int = 3) -> list[dict]:
    """One dict per gap (unsorted), from the unanswered ``units`` and their gap index ``labels`` (-1: misc)."""
    cols = {c: units.column(c).to_pylist() for c in
            ("text", "language", "channel", "contact_id", "sent_at", "kb_id", "similarity")}
    latest = max((t for t in cols["sent_at"] if t is not None), default=None)
    rows = []
    for gap in sorted(set(labels.tolist())):
        idx = [int(i) for i in np.flatnonzero(labels == gap)]
        times = [cols["sent_at"][i] for i in idx]
        langs = [cols["language"][i] for i in idx]
        examples = []
        for lang in sorted(set(langs), key=lambda x: (-langs.count(x), x)):
            members = [i for i in idx if cols["language"][i] == lang]
            first = _representative(members, cols["text"], vectors)
            rest = sorted((i for i in members if i != first), key=lambda i: -cols["similarity"][i])
            for i in [first, *rest][:examples_per_language]:
                examples.append({"language": lang, "text": cols["text"][i]})
        label_row = _representative(idx, cols["text"], vectors) if gap >= 0 else None
        nearest = Counter(k for k in (cols["kb_id"][i] for i in idx) if k).most_common(1)
        kb = nearest[0][0] if nearest else None
        sims = [cols["similarity"][i] for i in idx if cols["kb_id"][i] == kb]
        weeks = [w for w in (iso_week(t) for t in times) if w]
        rows.append({
            "gap_id": gap_ids[gap],
            "label": cols["text"][label_row] if label_row is not None else "Questions that fit no gap (one-offs)",
            "keywords": keywords.get(gap, []),
            "n_questions": len(idx),
            "n_contacts": len({cols["contact_id"][i] for i in idx}),
            "languages": _counts(langs),
            "channels": _counts([cols["channel"][i] for i in idx]),
            "first_seen": min((t for t in times if t is not None), default=None),
            "last_seen": max((t for t in times if t is not None), default=None),
            "weekly": [{"key": w, "n": n} for w, n in sorted(Counter(weeks).items())],
            "growth": growth(times, latest) if gap >= 0 else None,
            "examples": examples,
            "nearest_kb_id": kb,
            "nearest_similarity": float(np.mean(sims)) if sims else None,
            "_misc": gap < 0,
        })
    return rows


def rank(rows: list[dict]) -> pa.Table:
    """The gaps table, most pressing first: contacts, then questions, then growth; the misc gap last."""
    rows = sorted(rows, key=lambda r: (r["_misc"], -r["n_contacts"], -r["n_questions"], -(r["growth"] or 0.0),
                                       r["gap_id"]))
    for i, r in enumerate(rows, 1):
        r["rank"] = i
        r.pop("_misc")
    return conform(pa.Table.from_pylist(rows, schema=GAP_SCHEMA), GAP_SCHEMA)


def keywords_for(units: pa.Table, labels: np.ndarray, top: int = 6) -> dict[int, list[str]]:
    """Names and codes shared in the gap first, then the top lemma keywords of each language (c-TF-IDF)."""
    from cxmine.classify.topics.keywords import key_phrases, keywords_by_topic

    texts = units.column("text").to_pylist()
    langs = units.column("language").to_pylist()
    out: dict[int, list[str]] = {}
    for gap in sorted(set(labels.tolist()) - {-1}):
        idx = np.flatnonzero(labels == gap)
        common = Counter(a for i in idx for a in anchors(texts[i], langs[i]))
        out[gap] = [a for a, n in common.most_common(3) if n >= max(2, 0.3 * len(idx))]
    for lang in sorted(set(langs)):
        rows = [i for i, lg in enumerate(langs) if lg == lang and labels[i] >= 0]
        if not rows:
            continue
        kw = keywords_by_topic([texts[i] for i in rows], labels[rows], lang if lang in ("nl", "da", "en") else "en")
        for gap, words in kw.items():
            for w in key_phrases(words, 3):
                if w not in out[gap] and len(out[gap]) < top:
                    out[gap].append(w)
    return out


def unanswered_table(units: pa.Table, labels: np.ndarray, gap_ids: dict[int, str]) -> pa.Table:
    ids = pa.array([gap_ids[int(g)] for g in labels], pa.string())
    t = units.select(["message_id", "question_id", "language", "text", "sent_at", "channel", "kb_id", "similarity"])
    t = t.append_column("gap_id", ids)
    t = t.set_column(t.column_names.index("similarity"), "similarity", pc.cast(t.column("similarity"), pa.float32()))
    return conform(t, UNANSWERED_SCHEMA)


__all__ = ["MISC", "gap_rows", "growth", "keywords_for", "rank", "unanswered_table"]
