"""Build bench/data/questions_heldout.jsonl from the marked-up source, with exact character offsets.

Run from the repo root: `.venv/bin/python bench/build_questions_heldout.py`. Each ``[[...]]`` span in
bench/data/questions_heldout_src.py becomes a [start, end] pair in the marker-free text; the script then
re-checks every span against the written text so offsets cannot drift.
"""

from __future__ import annotations

import importlib.util
import json
import re
from collections import Counter
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
MARK = re.compile(r"\[\[(.+?)\]\]", re.S)


def _load_source(name: str = "MESSAGES") -> list[tuple[str, str, str, str]]:
    """Import a marked-up message list without making bench/data a package."""
    spec = importlib.util.spec_from_file_location("questions_heldout_src", DATA / "questions_heldout_src.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return getattr(module, name)


def unmark(marked: str) -> tuple[str, list[list[int]], list[str]]:
    """Strip ``[[ ]]`` markers and return the clean text, span offsets and the span strings."""
    out: list[str] = []
    spans: list[list[int]] = []
    labels: list[str] = []
    pos = 0
    length = 0
    for m in MARK.finditer(marked):
        before = marked[pos : m.start()]
        out.append(before)
        length += len(before)
        sentence = m.group(1)
        spans.append([length, length + len(sentence)])
        labels.append(sentence)
        out.append(sentence)
        length += len(sentence)
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), spans, labels


def main() -> None:
    """Write both jsonl files (first and second fresh set)."""
    build("MESSAGES", "questions_heldout.jsonl")
    build("MESSAGES2", "questions_heldout2.jsonl")


def build(source: str, filename: str) -> None:
    """Write one jsonl and print per-language/channel counts."""
    rows = []
    seen: set[str] = set()
    for msg_id, lang, channel, marked in _load_source(source):
        assert msg_id not in seen, msg_id
        seen.add(msg_id)
        text, spans, labels = unmark(marked)
        assert "[[" not in text and "]]" not in text, msg_id
        for (start, end), label in zip(spans, labels):
            # Offsets must reproduce the labelled sentence exactly and not start/end in whitespace.
            assert text[start:end] == label and label == label.strip(), msg_id
            assert text.find(label) >= 0
        rows.append({"id": msg_id, "language": lang, "channel": channel, "text": text, "questions": spans})
    out = DATA / filename
    with out.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    # Re-read and re-check so the file on disk is what was verified.
    for line in out.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        for start, end in row["questions"]:
            assert 0 <= start < end <= len(row["text"])
    by = Counter((r["language"], r["channel"]) for r in rows)
    spans_n = Counter(r["language"] for r in rows for _ in r["questions"])
    print(f"wrote {len(rows)} messages to {out}")
    for key in sorted(by):
        print(key, by[key])
    print("question spans per language:", dict(spans_n))


if __name__ == "__main__":
    main()
