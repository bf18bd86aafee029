"""The editor's lists of gaps: one CSV row and one Markdown section per gap, written atomically."""

from __future__ import annotations

import csv
import re
from datetime import datetime, timezone

import pyarrow as pa
import pytest

import cxmine.report.gap_lists as gap_lists
from cxmine.report.gap_lists import gaps_csv, gaps_markdown, nearest_note
from cxmine.schema import GAP_SCHEMA

THRESHOLD = 0.4
TITLES = {"delivery-en": "When will my parcel arrive?", "giftcard-nl": "Cadeaubon gebruiken"}
MON = datetime(2026, 11, 16, 9, tzinfo=timezone.utc)


def _gap(rank: int, gap_id: str, label: str, examples: list[tuple[str, str]], nearest: str | None,
         similarity: float | None, growth: float | None = 0.5) -> dict:
    langs: dict[str, int] = {}
    for lang, _ in examples:
        langs[lang] = langs.get(lang, 0) + 1
    return {
        "gap_id": gap_id, "rank": rank, "label": label, "keywords": ["bl-220", "recall"] if rank == 1 else [],
        "n_questions": len(examples), "n_contacts": len(examples),
        "languages": [{"key": k, "n": n} for k, n in sorted(langs.items(), key=lambda kv: -kv[1])],
        "channels": [{"key": "email", "n": len(examples)}],
        "first_seen": MON if growth is not None else None, "last_seen": MON if growth is not None else None,
        "weekly": [{"key": "2026-W47", "n": len(examples)}] if growth is not None else [],
        "growth": growth,
        "examples": [{"language": lang, "text": text} for lang, text in examples],
        "nearest_kb_id": nearest, "nearest_similarity": similarity,
    }


ROWS = [
    # far from every entry: nothing covers it
    _gap(1, "gap-0001", "Is the BL-220 blender being recalled?", [
        ("en", "Is the BL-220 blender being recalled?"), ("en", "My BL-220 is part of the recall, what now?"),
        ("en", "Do I get a refund for the BL-220?"), ("en", "Is it safe to use the BL-220, yes or no?"),
        ("nl", "Is de BL-220 teruggeroepen?"), ("da", "Er BL-220 kaldt tilbage?"),
    ], "delivery-en", 0.12),
    # close to an entry, but under the threshold: the entry exists, the wording does not reach it
    _gap(2, "gap-0002", "Kan ik met een cadeaubon betalen?", [
        ("nl", "Kan ik met een cadeaubon betalen?"), ("nl", "Hoe gebruik ik mijn cadeaubon, met komma's?"),
    ], "giftcard-nl", 0.36, growth=None),
    _gap(3, "misc", "Questions that fit no gap (one-offs)", [("da", "Hvorfor er himlen blå?")], None, None,
         growth=None),
]


@pytest.fixture()
def gaps() -> pa.Table:
    return pa.Table.from_pylist(ROWS, schema=GAP_SCHEMA)


def leftovers(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def test_csv_has_one_row_per_gap_and_parses(tmp_path, gaps):
    path = gaps_csv(gaps, tmp_path / "lists" / "gaps.csv")  # the folder is created
    assert path == tmp_path / "lists" / "gaps.csv"
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [r["gap_id"] for r in rows] == ["gap-0001", "gap-0002", "misc"]
    assert [int(r["rank"]) for r in rows] == [1, 2, 3]
    first = rows[0]
    assert first["label"] == "Is the BL-220 blender being recalled?"
    assert (first["n_questions"], first["n_contacts"]) == ("6", "6")
    assert first["languages"] == "en 4, nl 1, da 1"
    assert first["nearest_kb_id"] == "delivery-en" and float(first["nearest_similarity"]) == pytest.approx(0.12)
    assert float(first["growth"]) == pytest.approx(0.5)
    assert first["keywords"] == "bl-220 | recall"
    assert "[nl] Is de BL-220 teruggeroepen?" in first["examples"]
    # a comma inside a text does not break the columns
    assert "met komma's?" in rows[1]["examples"]
    assert rows[1]["growth"] == "" and rows[2]["nearest_kb_id"] == "" and rows[2]["nearest_similarity"] == ""


def test_markdown_has_one_section_per_gap_and_three_examples_per_language(tmp_path, gaps):
    text = gaps_markdown(gaps, tmp_path / "gaps.md", THRESHOLD, TITLES).read_text(encoding="utf-8")
    sections = re.split(r"(?m)^## ", text)[1:]
    assert len(sections) == 3
    assert sections[0].startswith("1. Is the BL-220 blender being recalled?")
    assert sections[1].startswith("2. Kan ik met een cadeaubon betalen?")
    first = sections[0]
    en_examples = [e["text"] for e in ROWS[0]["examples"] if e["language"] == "en"]
    shown = [t for t in en_examples if f"- {t}" in first]
    assert shown == en_examples[:3]  # four English examples, three shown
    assert "- Is de BL-220 teruggeroepen?" in first and "- Er BL-220 kaldt tilbage?" in first
    assert "**en**" in first and "**nl**" in first and "**da**" in first
    assert "gap `gap-0001`: 6 questions in 6 contacts" in first


def test_markdown_tells_missing_article_from_unreached_article(tmp_path, gaps):
    text = gaps_markdown(gaps, tmp_path / "gaps.md", THRESHOLD, TITLES).read_text(encoding="utf-8")
    first, second, misc = re.split(r"(?m)^## ", text)[1:]
    assert "No article covers this" in first and "customers' wording does not reach it" not in first
    assert '"When will my parcel arrive?"' in first  # the entry's title, not only its id
    assert "An entry exists" in second and "customers' wording does not reach it" in second
    assert '"Cadeaubon gebruiken"' in second and "threshold 0.40" in second
    assert "No knowledge-base entry is near." in misc


def test_nearest_note_turns_on_the_share_of_the_threshold():
    row = {"nearest_kb_id": "delivery-en"}
    edge = gap_lists.NEAR_SHARE * THRESHOLD
    assert nearest_note({**row, "nearest_similarity": edge + 0.01}, THRESHOLD, {}).startswith("An entry exists")
    assert nearest_note({**row, "nearest_similarity": edge - 0.01}, THRESHOLD, {}).startswith("No article covers")
    # the same similarity reads differently against a higher threshold
    assert nearest_note({**row, "nearest_similarity": 0.36}, 0.9, {}).startswith("No article covers")
    assert "(delivery-en," in nearest_note({**row, "nearest_similarity": 0.1}, THRESHOLD, {})  # no title: the id


def test_markdown_top_limits_the_sections(tmp_path, gaps):
    text = gaps_markdown(gaps, tmp_path / "gaps.md", THRESHOLD, TITLES, top=1).read_text(encoding="utf-8")
    assert len(re.findall(r"(?m)^## ", text)) == 1


def test_files_are_replaced_atomically_without_temporaries(tmp_path, gaps):
    (tmp_path / "gaps.csv").write_text("old content", encoding="utf-8")
    gaps_csv(gaps, tmp_path / "gaps.csv")
    gaps_markdown(gaps, tmp_path / "gaps.md", THRESHOLD)
    gaps_markdown(gaps, tmp_path / "gaps.md", THRESHOLD)  # a second write replaces the first
    assert sorted(p.name for p in tmp_path.iterdir()) == ["gaps.csv", "gaps.md"]
    assert "old content" not in (tmp_path / "gaps.csv").read_text(encoding="utf-8")


def test_failed_write_keeps_the_previous_file(tmp_path, gaps, monkeypatch):
    (tmp_path / "gaps.md").write_text("last week's list", encoding="utf-8")

    def crash(src, dst):
        raise OSError("disk full")

    import cxmine.store as store

    monkeypatch.setattr(store.os, "replace", crash)
    with pytest.raises(OSError):
        gaps_markdown(gaps, tmp_path / "gaps.md", THRESHOLD)
    assert (tmp_path / "gaps.md").read_text(encoding="utf-8") == "last week's list"


def test_empty_gaps_table_gives_a_header_only(tmp_path):
    empty = GAP_SCHEMA.empty_table()
    with gaps_csv(empty, tmp_path / "g.csv").open(encoding="utf-8", newline="") as f:
        assert len(list(csv.reader(f))) == 1
    text = gaps_markdown(empty, tmp_path / "g.md", THRESHOLD).read_text(encoding="utf-8")
    assert "0 gaps" in text and "## " not in text
