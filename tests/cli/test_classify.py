"""``cxmine classify``: ``classify OUT`` (the default ``run``), ``classify train`` and ``classify evaluate``."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import pyarrow as pa
import pytest
from typer.testing import CliRunner

from cxmine.cli.app import app, main
from cxmine.schema import INTENT_SCHEMA, MESSAGE_SCHEMA, QUESTION_SCHEMA
from cxmine.store import read_dataset, replace_dataset

runner = CliRunner()

# labelled examples in nl, da and en (JUNK_FOOD_DOCS style): 3 intents x 3 languages x 5 phrasings
EXAMPLES = {
    "order_status": {
        "nl": ["Waar is mijn bestelling?", "Wanneer komt mijn pakket?", "Is mijn bestelling al verzonden?",
               "Mijn pakket is nog niet bezorgd", "Wat is de status van mijn bestelling?"],
        "da": ["Hvor er min ordre?", "Hvornår kommer min pakke?", "Er min ordre sendt?",
               "Min pakke er ikke leveret", "Hvad er status på min ordre?"],
        "en": ["Where is my order?", "When will my parcel arrive?", "Has my order shipped yet?",
               "My parcel has not been delivered", "What is the status of my order?"],
    },
    "cancel_order": {
        "nl": ["Ik wil mijn bestelling annuleren", "Kan ik de order nog annuleren?", "Annuleer mijn bestelling",
               "Hoe annuleer ik een bestelling?", "Bestelling annuleren graag"],
        "da": ["Jeg vil annullere min ordre", "Kan jeg annullere ordren?", "Annuller venligst min ordre",
               "Hvordan annullerer jeg en ordre?", "Ordren skal annulleres"],
        "en": ["I want to cancel my order", "Can I still cancel the order?", "Please cancel my order",
               "How do I cancel an order?", "Cancel the order please"],
    },
    "account_login": {
        "nl": ["Ik kan niet inloggen", "Wachtwoord vergeten", "Hoe reset ik mijn wachtwoord?",
               "Inloggen op mijn account lukt niet", "Mijn account is geblokkeerd"],
        "da": ["Jeg kan ikke logge ind", "Glemt adgangskode", "Hvordan nulstiller jeg min adgangskode?",
               "Login på min konto virker ikke", "Min konto er spærret"],
        "en": ["I cannot log in", "Forgot my password", "How do I reset my password?",
               "Login to my account does not work", "My account is locked"],
    },
}
HELD_OUT = [
    ("Waar blijft mijn bestelling?", "order_status", "nl"),
    ("Ik wil de bestelling annuleren", "cancel_order", "nl"),
    ("Hvor bliver min pakke af?", "order_status", "da"),
    ("Jeg har glemt min adgangskode", "account_login", "da"),
    ("Please cancel my order now", "cancel_order", "en"),
    ("I forgot my password again", "account_login", "en"),
]


def _write_csv(path: Path, rows: list[tuple[str, str, str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["text", "intent", "language"])
        w.writerows(rows)
    return path


@pytest.fixture(scope="module")
def trained(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, object]:
    """``classify train`` on the inline examples, once for the module: (model folder, the run's result)."""
    root = tmp_path_factory.mktemp("classify-cli")
    rows = [(t, intent, lang) for intent, by_lang in EXAMPLES.items() for lang, ts in by_lang.items() for t in ts]
    examples = _write_csv(root / "labelled.csv", rows)
    model = root / "model"
    res = runner.invoke(app, ["classify", "train", str(examples), "--model", str(model), "--features", "tfidf",
                              "--seed", "0"])
    return model, res


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An output folder as ingest leaves it: three customer questions (nl, da, en) and their messages."""
    texts = ["Waar is mijn bestelling?", "Jeg vil annullere min ordre", "I forgot my password"]
    questions = pa.table({
        "question_id": ["q1", "q2", "q3"], "message_id": ["m1", "m2", "m3"], "contact_id": ["c1", "c2", "c3"],
        "language": ["nl", "da", "en"], "text": texts, "start": [0, 0, 0], "end": [len(t) for t in texts],
        "channel": ["email", "chat", "chat"],
    })
    replace_dataset(questions, tmp_path / "questions", QUESTION_SCHEMA)
    messages = pa.table({
        "message_id": ["m1", "m2", "m3", "m4"], "contact_id": ["c1", "c2", "c3", "c3"],
        "channel": ["email", "chat", "chat", "chat"], "source_format": ["eml", "chat_json", "chat_json", "chat_json"],
        "source_file": ["f"] * 4, "speaker": ["customer", "customer", "customer", "agent"],
        "text": [*texts, "Here is the reset link"], "language": ["nl", "da", "en", "en"],
    })
    replace_dataset(messages, tmp_path / "messages", MESSAGE_SCHEMA, partition_by=["channel"])
    return tmp_path


def test_classify_out_writes_intents_and_prints_volumes(out: Path) -> None:
    res = runner.invoke(app, ["classify", str(out)])  # the shipped default model
    assert res.exit_code == 0, res.output
    intents = read_dataset(out / "intents", INTENT_SCHEMA).sort_by("question_id")
    assert intents.column("question_id").to_pylist() == ["q1", "q2", "q3"]
    assert intents.column("language").to_pylist() == ["nl", "da", "en"]
    assert intents.column("intent").to_pylist() == ["order_status", "cancel_order", "account_login"]
    assert "Intent volumes (questions)" in res.stdout
    volume_rows = {line.split("│")[1].strip(): line for line in res.stdout.splitlines() if line.startswith("│")}
    assert set(volume_rows) == {"order_status", "cancel_order", "account_login"}
    assert [c.strip() for c in volume_rows["cancel_order"].split("│")[2:3]] == ["1"]  # total
    assert "Wrote 3 question intents" in res.stderr and "Wrote" not in res.stdout


def test_train_writes_a_model_and_prints_its_scores(trained: tuple[Path, object]) -> None:
    model, res = trained
    assert res.exit_code == 0, res.output
    meta = json.loads((model / "model.json").read_text())
    assert meta["labels"] == ["account_login", "cancel_order", "order_status"]
    assert meta["training_data"]["n_examples"] == 45
    assert meta["training_data"]["per_language"] == {"nl": 15, "da": 15, "en": 15}
    assert f"Trained{model}(45examples)" in "".join(res.stdout.split())  # the title (rich wraps it)
    assert "threshold" in res.stderr and "3 intents" in res.stderr


def test_evaluate_json_scores_the_trained_model(trained: tuple[Path, object], tmp_path: Path) -> None:
    model, _ = trained
    test_csv = _write_csv(tmp_path / "test.csv", HELD_OUT)
    res = runner.invoke(app, ["classify", "evaluate", str(test_csv), "--model", str(model), "--json"])
    assert res.exit_code == 0, res.output
    scores = json.loads(res.stdout)  # one JSON object, nothing else on stdout
    assert scores["n"] == len(HELD_OUT)
    assert set(scores["per_intent"]) == {"order_status", "cancel_order", "account_login"}
    assert sum(m["support"] for m in scores["per_intent"].values()) == len(HELD_OUT)
    assert set(scores["per_language"]) == {"nl", "da", "en"}
    assert scores["accuracy"] >= 5 / 6  # near-paraphrases of the training examples
    assert {"macro_f1", "unknown_rate", "confused_pairs", "threshold"} <= set(scores)


def test_evaluate_without_json_prints_tables(trained: tuple[Path, object], tmp_path: Path) -> None:
    model, _ = trained
    test_csv = _write_csv(tmp_path / "test.csv", HELD_OUT)
    res = runner.invoke(app, ["classify", "evaluate", str(test_csv), "--model", str(model)])
    assert res.exit_code == 0, res.output
    assert "Intent evaluation" in res.stdout and "Per intent" in res.stdout
    with pytest.raises(json.JSONDecodeError):
        json.loads(res.stdout)


def test_classify_with_own_model_and_message_unit(trained: tuple[Path, object], out: Path) -> None:
    model, _ = trained
    res = runner.invoke(app, ["classify", "--model", str(model), str(out), "--unit", "message"])  # options first
    assert res.exit_code == 0, res.output
    intents = read_dataset(out / "intents", INTENT_SCHEMA)
    assert sorted(intents.column("message_id").to_pylist()) == ["m1", "m2", "m3"]  # the agent's m4 is skipped
    assert intents.column("question_id").null_count == 3
    assert "Intent volumes (messages)" in res.stdout


def test_bad_unit_names_the_option(trained: tuple[Path, object], out: Path, monkeypatch: pytest.MonkeyPatch,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    model, _ = trained
    monkeypatch.setattr(sys, "argv", ["cxmine", "classify", str(out), "--model", str(model), "--unit", "nope"])
    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.delenv("CXMINE_DEBUG", raising=False)
    with pytest.raises(SystemExit) as exc:
        main()  # the console-script entry point, in this process
    assert exc.value.code == 1
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: --unit:") and "'nope'" in lines[0]
    assert "auto, question, message" in lines[0]
    assert not (out / "intents").exists()


def test_bad_threshold_is_a_usage_error(tmp_path: Path) -> None:
    examples = _write_csv(tmp_path / "x.csv", [("Waar is mijn bestelling?", "order_status", "nl")])
    res = runner.invoke(app, ["classify", "train", str(examples), "--model", str(tmp_path / "m"), "--threshold", "hoog"])
    assert res.exit_code != 0
    assert "--threshold" in str(res.exception) and "'hoog'" in str(res.exception)
    assert not (tmp_path / "m").exists()
