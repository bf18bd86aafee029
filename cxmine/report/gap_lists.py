"""The knowledge-base editor's lists of gaps: a CSV (one row per gap) and a Markdown page (one section per gap).

Both read the gaps table (``cxmine.schema.GAP_SCHEMA``) and are written atomically. The Markdown tells "no
article covers this" from "an article exists, but customers' wording does not reach it", by how close the nearest
entry came against the threshold.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pyarrow as pa

from cxmine.store import write_text_atomic

NEAR_SHARE = 0.75  # nearest entry at >= 75 % of the threshold: an article exists that customers do not find


def _counts(items: list[dict] | None) -> str:
    return ", ".join(f"{c['key']} {c['n']}" for c in items or [])


def _trend(row: dict) -> str:
    g = row.get("growth")
    if g is None:
        return "no dates"
    weeks = row.get("weekly") or []
    last = f" ({weeks[-1]['key']}: {weeks[-1]['n']})" if weeks else ""
    return f"{g:+.0%} vs the same days of the week before{last}"


def nearest_note(row: dict, threshold: float, titles: dict[str, str]) -> str:
    """One sentence on the nearest KB entry: none, one that customers do not find, or only a distant one."""
    kb = row.get("nearest_kb_id")
    if not kb:
        return "No knowledge-base entry is near."
    sim = row.get("nearest_similarity") or 0.0
    title = titles.get(kb, kb)
    if sim >= NEAR_SHARE * threshold:
        return (f"An entry exists that may answer this, but customers' wording does not reach it: \"{title}\" "
                f"({kb}, similarity {sim:.2f} against threshold {threshold:.2f}). Check its wording or add these "
                "phrasings.")
    return f"No article covers this. Nearest entry: \"{title}\" ({kb}, similarity {sim:.2f})."


def gaps_csv(gaps: pa.Table, path: Path) -> Path:
    """One row per gap: rank, id, label, counts, trend, the nearest entry and examples joined with ' | '."""
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["rank", "gap_id", "label", "n_questions", "n_contacts", "languages", "channels", "growth",
                "first_seen", "last_seen", "keywords", "nearest_kb_id", "nearest_similarity", "examples"])
    for r in gaps.to_pylist():
        w.writerow([
            r["rank"], r["gap_id"], r["label"], r["n_questions"], r["n_contacts"], _counts(r["languages"]),
            _counts(r["channels"]), "" if r["growth"] is None else f"{r['growth']:.3f}",
            r["first_seen"].isoformat() if r["first_seen"] else "", r["last_seen"].isoformat() if r["last_seen"] else "",
            " | ".join(r["keywords"] or []), r["nearest_kb_id"] or "",
            "" if r["nearest_similarity"] is None else f"{r['nearest_similarity']:.3f}",
            " | ".join(f"[{e['language']}] {e['text']}" for e in r["examples"] or []),
        ])
    return write_text_atomic(path, buf.getvalue())


def gaps_markdown(gaps: pa.Table, path: Path, threshold: float, titles: dict[str, str] | None = None,
                  top: int | None = None) -> Path:
    """One section per gap: label, counts per language and channel, trend, three examples per language, and the
    nearest entry with how close it came."""
    titles = titles or {}
    rows = gaps.to_pylist()[:top] if top else gaps.to_pylist()
    out = ["# Questions the knowledge base does not answer", "",
           f"{gaps.num_rows} gaps, ranked by contacts and growth. Examples are redacted customer text.", ""]
    for r in rows:
        out += [f"## {r['rank']}. {r['label']}", "",
                f"- gap `{r['gap_id']}`: {r['n_questions']} questions in {r['n_contacts']} contacts",
                f"- languages: {_counts(r['languages'])}; channels: {_counts(r['channels'])}",
                f"- trend: {_trend(r)}"]
        if r["keywords"]:
            out.append(f"- key words: {', '.join(r['keywords'])}")
        out.append(f"- {nearest_note(r, threshold, titles)}")
        out.append("")
        for lang in [c["key"] for c in r["languages"] or []]:
            examples = [e["text"] for e in r["examples"] or [] if e["language"] == lang][:3]
            if examples:
                out.append(f"**{lang}**")
                out += [f"- {t}" for t in examples]
                out.append("")
    return write_text_atomic(path, "\n".join(out))
