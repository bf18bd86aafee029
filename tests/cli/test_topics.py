"""``cxmine topics OUT`` through the Typer app: table / json / csv output, options, errors worded as options.

The first BERTopic fit in a process costs about 20 s (importing bertopic, then numba compiling UMAP), so the
end-to-end tests on an ingested fixture are marked ``slow``; the fast tests check the command's own work (options
passed on, output formats, messages) with ``run_topics`` replaced by a stub, and the errors through ``main()``.
"""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import pyarrow as pa
import pyarrow.dataset as ds
import pytest
from typer.testing import CliRunner

import cxmine.classify.topics.run as topics_run
from cxmine.classify.topics.output import Trend
from cxmine.cli.app import app
from cxmine.schema import TOPIC_SCHEMA

runner = CliRunner()

# two themes per language, asked in several ways (JUNK_FOOD_DOCS style); one CSV row is one customer message
MESSAGES = {
    "en": [
        "Where is my parcel?", "My parcel has not arrived yet", "When will my parcel be delivered?",
        "Can you track my parcel?", "The parcel delivery is late", "Has my parcel been shipped?",
        "Why is my parcel delayed?", "Is my parcel lost?",
        "I forgot my password", "How do I reset my password?", "The password reset link does not work",
        "I cannot log in with my password", "My password is not accepted", "How do I change my password?",
        "Password reset email never came", "Login fails with my new password",
    ],
    "nl": [
        "Waar is mijn pakket?", "Mijn pakket is nog niet bezorgd", "Wanneer wordt mijn pakket bezorgd?",
        "Kunt u mijn pakket volgen?", "Het pakket is te laat", "Is mijn pakket al verzonden?",
        "Waarom is mijn pakket vertraagd?", "Is mijn pakket kwijt?",
        "De factuur klopt niet", "Waarom is mijn factuur zo hoog?", "Kunt u de factuur opnieuw sturen?",
        "Ik heb de factuur niet ontvangen", "Er staat een fout op de factuur", "Hoe betaal ik de factuur?",
        "Factuur dubbel betaald, wat nu?", "De factuur heeft een verkeerd bedrag",
    ],
    "da": [
        "Hvor er min pakke?", "Min pakke er ikke leveret endnu", "Hvornår bliver min pakke leveret?",
        "Kan I spore min pakke?", "Pakken er forsinket igen", "Er min pakke sendt?",
        "Hvorfor er min pakke forsinket?", "Er pakken blevet væk?",
        "Hvornår får jeg min refusion?", "Jeg vil have refusion for min ordre", "Refusion er ikke udbetalt endnu",
        "Hvor lang tid tager refusion?", "Min refusion mangler stadig", "Refusion for det ødelagte produkt?",
        "Hvor er refusion for min returnering?", "Kan jeg få refusion for varen?",
    ],
}
N_MESSAGES = sum(len(v) for v in MESSAGES.values())


def _main(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("CXMINE_DEBUG", "COLUMNS", "LINES")}
    return subprocess.run([sys.executable, "-m", "cxmine", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=120)


# --- errors, through main() as a user sees them -------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "option", "choices"),
    [
        (["--format", "nope"], "--format", "table, json or csv"),
        (["--unit", "nope"], "--unit", "question, message"),
        (["--language", "xx"], "--language", "nl, da, en, all"),
    ],
)
def test_bad_option_value_exits_1_naming_the_option(tmp_path: Path, args: list[str], option: str,
                                                    choices: str) -> None:
    proc = _main("topics", str(tmp_path), *args, cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    lines = proc.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"Error: {option}"), proc.stderr
    assert repr(args[1]) in lines[0] and choices in lines[0]  # the value seen and what to pass instead
    assert "Traceback" not in proc.stderr and proc.stdout == ""
    assert not (tmp_path / "topics").exists()


def test_out_must_be_an_existing_folder(tmp_path: Path) -> None:
    res = runner.invoke(app, ["topics", str(tmp_path / "missing")])
    assert res.exit_code == 2  # Click's usage error
    res = runner.invoke(app, ["topics", str(tmp_path), "--min-topic-size", "1"])
    assert res.exit_code == 2 and "--min-topic-size" in res.output


# --- the command's own work, with run_topics stubbed ----------------------------------------------------------


def _result() -> topics_run.TopicResult:
    seen = datetime(2026, 11, 9, 10, tzinfo=timezone.utc)
    topics = pa.Table.from_pylist(
        [
            {"topic_id": "da-0", "label": "pakke · levering — Hvor er min pakke?", "keywords": ["pakke", "levering"],
             "size": 8, "share": 0.8, "language": "da", "examples": ["Hvor er min pakke?", "Er min pakke sendt?"],
             "first_seen": seen, "last_seen": seen, "theme_id": "theme-0", "theme_label": "parcel · delivery",
             "method": "guided", "method_reason": "10 texts < 400: too few for density clustering"},
            {"topic_id": "da-outlier", "label": "(no topic)", "keywords": [], "size": 2, "share": 0.2,
             "language": "da", "examples": [], "first_seen": None, "last_seen": None},
        ],
        schema=TOPIC_SCHEMA,
    )
    return topics_run.TopicResult(topics=topics, assignments=pa.table({}), weekly=pa.table({}), n_texts=10,
                                  trend=Trend(cells={"da-0": "3→5 +67%"}), skipped={"und": 4},
                                  method={"da": ("guided", "10 texts < 400: too few for density clustering")},
                                  n_by_language={"da": 10})


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[dict]:
    seen: list[dict] = []

    def stub(out: Path, **kwargs: object) -> topics_run.TopicResult:
        seen.append({"out": out, **kwargs})
        return _result()

    monkeypatch.setattr(topics_run, "run_topics", stub)
    return seen


def test_options_reach_run_topics(tmp_path: Path, calls: list[dict]) -> None:
    res = runner.invoke(app, ["topics", str(tmp_path), "--unit", "message", "--language", "da", "--min-topic-size",
                              "3", "--seed", "7", "--embedding-model", "tfidf"])
    assert res.exit_code == 0, res.output
    (call,) = calls
    assert call["out"] == tmp_path
    assert (call["unit"], call["language"], call["min_topic_size"], call["seed"], call["embedding_model"]) == (
        "message", "da", 3, 7, "tfidf")
    assert call["model_dir"] is None and call["save_model_dir"] is None


def test_table_format_prints_topics_and_skipped_languages(tmp_path: Path, calls: list[dict]) -> None:
    res = runner.invoke(app, ["topics", str(tmp_path)], env={"COLUMNS": "200"})
    assert res.exit_code == 0, res.output
    assert "Topics in 10 questions (da 10)" in res.stdout
    assert "da-0" in res.stdout and "da-outlier" in res.stdout and "80.0% of da" in res.stdout
    assert "3→5 +67%" in res.stdout  # the trend column
    assert "4 texts in language 'und' not modelled" in res.stderr and "und" not in res.stdout
    # the method and why, and the themes table with its denominators
    assert "da: method guided (10 texts < 400" in res.stdout
    assert "Themes across languages in 10 questions (da 10)" in res.stdout
    assert "share of that language's questions" in res.stdout and "8 · 80%" in res.stdout


def test_by_option_chooses_the_tables(tmp_path: Path, calls: list[dict]) -> None:
    themes = runner.invoke(app, ["topics", str(tmp_path), "--by", "theme"])
    topics = runner.invoke(app, ["topics", str(tmp_path), "--by", "topic"])
    assert themes.exit_code == 0 and topics.exit_code == 0, themes.output + topics.output
    assert "Themes across languages" in themes.stdout and "Topics in" not in themes.stdout
    assert "Topics in" in topics.stdout and "Themes across languages" not in topics.stdout
    bad = runner.invoke(app, ["topics", str(tmp_path), "--by", "week"])
    assert bad.exit_code == 1 and "--by must be theme, topic or both, not 'week'" in str(bad.exception)


def test_json_format_is_parseable(tmp_path: Path, calls: list[dict]) -> None:
    res = runner.invoke(app, ["topics", str(tmp_path), "--format", "json"])
    assert res.exit_code == 0, res.output
    rows = json.loads(res.stdout)  # stdout holds the JSON only; notes go to stderr
    assert [r["topic_id"] for r in rows] == ["da-0", "da-outlier"]
    assert rows[0]["keywords"] == ["pakke", "levering"] and rows[0]["size"] == 8
    assert rows[0]["first_seen"] == "2026-11-09T10:00:00+00:00" and rows[1]["first_seen"] is None
    assert "not modelled" in res.stderr


def test_csv_format_is_parseable(tmp_path: Path, calls: list[dict]) -> None:
    res = runner.invoke(app, ["topics", str(tmp_path), "--format", "csv"])
    assert res.exit_code == 0, res.output
    rows = list(csv.DictReader(io.StringIO(res.stdout)))
    assert [r["topic_id"] for r in rows] == ["da-0", "da-outlier"]
    assert set(rows[0]) == set(TOPIC_SCHEMA.names)
    assert rows[0]["keywords"] == "pakke | levering"  # lists joined, one row per topic
    assert rows[0]["examples"] == "Hvor er min pakke? | Er min pakke sendt?"
    assert int(rows[1]["size"]) == 2 and rows[1]["keywords"] == ""


# --- end to end on an ingested fixture (slow: the first fit in a process) ------------------------------------


@pytest.fixture(scope="module")
def ingested(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("topics-cli")
    path = root / "messages.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "text", "when"])
        for lang, texts in MESSAGES.items():
            for i, text in enumerate(texts):
                w.writerow([f"{lang}-{i}", text, f"2026-11-{9 + i % 10:02d}T10:00:00Z"])
    out = root / "out"
    res = runner.invoke(app, ["ingest", str(path), "--out", str(out), "--format", "table", "--text-column", "text",
                              "--id-column", "id", "--time-column", "when", "--salt", "s", "--no-progress"])
    assert res.exit_code == 0, res.output
    return out


@pytest.mark.slow
def test_topics_on_ingested_messages(ingested: Path) -> None:
    res = runner.invoke(app, ["topics", str(ingested), "--unit", "message", "--min-topic-size", "3"])
    assert res.exit_code == 0, res.output
    assert f"Topics in {N_MESSAGES} messages" in res.stdout
    topics = ds.dataset(ingested / "topics", partitioning="hive").to_table()
    assert sum(topics.column("size").to_pylist()) == N_MESSAGES
    assert set(topics.column("language").to_pylist()) <= {"nl", "da", "en"}
    shown = {tid for tid in topics.column("topic_id").to_pylist() if tid in res.stdout}
    assert shown == set(topics.column("topic_id").to_pylist())  # every topic in the table (fewer than --top)
    assignments = ds.dataset(ingested / "topic_assignments", partitioning="hive").to_table()
    assert assignments.num_rows == N_MESSAGES


@pytest.mark.slow
def test_json_and_csv_on_ingested_messages_agree(ingested: Path) -> None:
    args = ["topics", str(ingested), "--unit", "message", "--min-topic-size", "3"]
    res_json = runner.invoke(app, [*args, "--format", "json"])
    res_csv = runner.invoke(app, [*args, "--format", "csv"])
    assert res_json.exit_code == 0 and res_csv.exit_code == 0, res_json.output + res_csv.output
    rows = json.loads(res_json.stdout)
    table = list(csv.DictReader(io.StringIO(res_csv.stdout)))
    assert sum(r["size"] for r in rows) == N_MESSAGES
    # same input and seed: the same topics in both formats
    assert [(r["topic_id"], r["size"]) for r in rows] == [(r["topic_id"], int(r["size"])) for r in table]
    assert all(" | ".join(r["keywords"]) == t["keywords"] for r, t in zip(rows, table))
