"""``cxmine gaps OUT --kb FAQ`` and ``cxmine gaps calibrate LABELS --kb FAQ`` through the Typer app.

A tiny OUT folder (nl/da/en questions: some the FAQ answers, a product recall it does not) and a FAQ CSV written
to tmp_path; no network.
"""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pyarrow as pa
import pyarrow.dataset as ds
import pytest
from typer.testing import CliRunner

from cxmine.cli.app import app
from cxmine.schema import QUESTION_SCHEMA, stable_id
from cxmine.store import replace_dataset

runner = CliRunner()

FAQ = [
    ("return-nl", "nl", "Hoe kan ik mijn bestelling retourneren?", "Via het retourportaal op onze website."),
    ("delivery-nl", "nl", "Wanneer wordt mijn pakket bezorgd?", "Binnen twee werkdagen."),
    ("return-da", "da", "Hvordan returnerer jeg en vare?", "Brug returportalen på vores hjemmeside."),
    ("delivery-da", "da", "Hvornår bliver min pakke leveret?", "Normalt inden for to hverdage."),
    ("return-en", "en", "How do I return an item?", "Use the returns portal on our website."),
    ("delivery-en", "en", "When will my parcel be delivered?", "Usually within two working days."),
]
QUESTIONS = {
    "nl": ["Hoe kan ik mijn bestelling retourneren", "Wanneer wordt mijn pakket eindelijk bezorgd?",
           "Is de BL-220 blender teruggeroepen?", "Mijn BL-220 blender valt onder de terugroepactie, wat nu?",
           "Krijg ik geld terug voor de BL-220 blender?"],
    "da": ["Hvordan kan jeg returnere en vare?", "Hvornår bliver pakken leveret?",
           "Er BL-220 blenderen kaldt tilbage?", "Min BL-220 blender er omfattet af tilbagekaldelsen, hvad gør jeg?",
           "Får jeg pengene tilbage for BL-220 blenderen?"],
    "en": ["How can I return an item?", "When will the parcel be delivered?",
           "Is the BL-220 blender being recalled?", "My BL-220 blender is part of the recall, what now?",
           "Do I get a refund for the BL-220 blender?"],
}
LABELLED = [
    ("Hoe kan ik mijn bestelling retourneren", "return-nl", "nl"),
    ("Hvornår bliver pakken leveret?", "delivery-da", "da"),
    ("How can I return an item?", "return-en", "en"),
    ("Is de BL-220 blender teruggeroepen?", "none", "nl"),
    ("Er BL-220 blenderen kaldt tilbage?", "none", "da"),
    ("Is it safe to keep using the BL-220 blender?", "none", "en"),
]
START = datetime(2026, 11, 9, 9, 0, tzinfo=timezone.utc)


def write_csv(path: Path, header: list[str], rows) -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)
    return path


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("cli-gaps")
    rows = []
    for lang, texts in QUESTIONS.items():
        for i, text in enumerate(texts):
            mid = stable_id("cli", lang, i)
            rows.append({"question_id": stable_id("q", mid), "message_id": mid, "contact_id": stable_id("c", mid),
                         "language": lang, "text": text, "start": 0, "end": len(text), "channel": "email",
                         "sent_at": START + timedelta(days=i)})
    out = root / "out"
    out.mkdir()
    replace_dataset(pa.Table.from_pylist(rows, schema=QUESTION_SCHEMA), out / "questions", QUESTION_SCHEMA)
    return out, write_csv(root / "faq.csv", ["id", "language", "question", "answer"], FAQ)


@pytest.fixture(scope="module")
def gaps_run(folder, tmp_path_factory):
    out, faq = folder
    lists = tmp_path_factory.mktemp("lists")
    # --intent-bonus 0: the default intent evidence loads the shipped intent model (seconds); it is covered by
    # tests/classify/gaps/test_run.py, and test_options_reach_run_gaps checks the defaults are passed on
    res = runner.invoke(app, ["gaps", str(out), "--kb", str(faq), "--csv", str(lists / "gaps.csv"),
                              "--markdown", str(lists / "gaps.md"), "--intent-bonus", "0"])
    return res, lists


def test_gaps_exits_0_and_prints_the_gaps_table(gaps_run):
    res, _ = gaps_run
    assert res.exit_code == 0, (res.output, res.exception)
    assert "Gaps: 9 of 15 questions unanswered" in res.stdout
    assert "gap-0001" in res.stdout and "BL-220" in res.stdout
    assert "knowledge base" not in res.stdout  # diagnostics go to stderr


def test_gaps_says_what_was_read_from_the_kb(gaps_run):
    res, _ = gaps_run
    assert "knowledge base: faq: " in res.stderr
    line = next(ln for ln in res.stderr.splitlines() if ln.startswith("knowledge base: "))
    assert all(f"{lang} 2" in line for lang in ("nl", "da", "en"))
    assert "matching: lexical" in line and "threshold" in line


def test_gaps_writes_both_editor_lists(gaps_run, folder):
    res, lists = gaps_run
    with (lists / "gaps.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    out, _ = folder
    gap_ids = ds.dataset(out / "gaps", format="parquet").to_table().column("gap_id").to_pylist()
    assert [r["gap_id"] for r in rows] == gap_ids
    assert rows[0]["gap_id"] == "gap-0001" and "BL-220" in rows[0]["label"]
    markdown = (lists / "gaps.md").read_text(encoding="utf-8")
    assert markdown.startswith("# Questions the knowledge base does not answer")
    assert "## 1. " in markdown and "BL-220" in markdown
    assert str(lists / "gaps.csv") in res.stderr and str(lists / "gaps.md") in res.stderr
    assert sorted(p.name for p in lists.iterdir()) == ["gaps.csv", "gaps.md"]


def test_gaps_saves_a_model_and_reuses_it(folder, tmp_path):
    out, faq = folder
    base = ["gaps", str(out), "--kb", str(faq), "--threshold", "0.5", "--intent-bonus", "0"]
    first = runner.invoke(app, [*base, "--save-model", str(tmp_path / "model")])
    assert first.exit_code == 0, first.output
    assert "gap model saved to" in first.stderr and (tmp_path / "model" / "gaps.json").is_file()
    second = runner.invoke(app, [*base, "--model", str(tmp_path / "model")])
    assert second.exit_code == 0, second.output
    assert "gap-0001" in second.stdout and "threshold 0.50" in second.stderr


def test_kb_problems_are_reported_and_the_run_goes_on(folder, tmp_path):
    out, faq = folder
    (tmp_path / "notes.txt").write_text("not a knowledge base", encoding="utf-8")
    res = runner.invoke(app, ["gaps", str(out), "--kb", str(faq), "--kb", str(tmp_path / "missing.csv"),
                              "--kb", str(tmp_path / "notes.txt"), "--intent-bonus", "0"])
    assert res.exit_code == 0, (res.output, res.exception)
    err = " ".join(res.stderr.split())  # rich wraps long lines at the non-terminal width
    problems = err.split("kb: ")[1:]
    assert any("missing.csv (not_found)" in p for p in problems), res.stderr
    assert any("notes.txt (unsupported)" in p for p in problems), res.stderr
    assert "knowledge base: faq: " in res.stderr


def test_options_reach_run_gaps(folder, monkeypatch):
    import cxmine.classify.gaps.run as gaps_run_module

    seen: dict = {}

    def stub(out, kb, **kwargs):
        seen.update(out=out, kb=kb, **kwargs)
        raise SystemExit(0)

    monkeypatch.setattr(gaps_run_module, "run_gaps", stub)
    out, faq = folder
    assert runner.invoke(app, ["gaps", str(out), "--kb", str(faq), "--kb", str(faq.parent)]).exit_code == 0
    assert seen["out"] == out and seen["kb"] == [faq, faq.parent]
    assert (seen["unit"], seen["threshold"], seen["intent_bonus"], seen["model_dir"]) == ("question", None, None, None)
    runner.invoke(app, ["gaps", "--kb", str(faq), str(out), "--unit", "message", "--threshold", "0.4"])
    assert (seen["unit"], seen["threshold"]) == ("message", 0.4)  # options before OUT work too


def test_calibrate_prints_the_chosen_threshold(folder, tmp_path):
    _, faq = folder
    labels = write_csv(tmp_path / "labels.csv", ["text", "kb_id", "language"], LABELLED)
    res = runner.invoke(app, ["gaps", "calibrate", str(labels), "--kb", str(faq)])
    assert res.exit_code == 0, (res.output, res.exception)
    assert "threshold " in res.stdout and "precision 1.000, recall 1.000" in res.stdout
    assert "use it: cxmine gaps OUT --kb ... --threshold 0." in res.stdout
    assert "6 labelled questions, 3 unanswered" in res.stdout


def test_missing_kb_is_a_usage_error(folder):
    out, _ = folder
    res = runner.invoke(app, ["gaps", str(out)])
    assert res.exit_code == 2
    assert "--kb" in res.output
    res = runner.invoke(app, ["gaps", "calibrate", str(out / "missing.csv")])
    assert res.exit_code == 2


def test_intent_bonus_out_of_range_is_a_usage_error(folder):
    out, faq = folder
    res = runner.invoke(app, ["gaps", str(out), "--kb", str(faq), "--intent-bonus", "1.5"])
    assert res.exit_code == 2 and "--intent-bonus" in res.output


def test_bad_threshold_is_one_red_line_naming_the_option(folder):
    out, faq = folder
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "200"}
    proc = subprocess.run([sys.executable, "-m", "cxmine", "gaps", str(out), "--kb", str(faq), "--threshold", "1.5"],
                          capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 1, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: --threshold:") and "1.5" in lines[0], proc.stderr
    assert "Traceback" not in proc.stderr and proc.stdout == ""


def test_a_chatbot_kb_with_english_entries_gets_the_sentence_model_tip_and_a_faq_does_not(gaps_run):
    from rich.console import Console

    from cxmine.classify.gaps.run import GapsResult
    from cxmine.cli.render import render_kb_read

    res, _ = gaps_run
    assert "tip:" not in res.stderr  # lexical FAQ matching: the tip is about the classifier
    empty = pa.table({"x": []})

    def told(method: str, langs: dict, embedding: str | None) -> bool:
        console = Console(record=True, width=200)
        render_kb_read(GapsResult(Path("."), "question", {"chatbot": langs}, [], method, 0.5, 0, 0, empty, empty,
                                  embedding_model=embedding), console)
        return "--embedding-model minilm" in console.export_text()

    assert told("classifier", {"en": 40, "nl": 40}, None)
    assert not told("classifier", {"en": 40}, "minilm") and not told("classifier", {"nl": 40, "da": 40}, None)
