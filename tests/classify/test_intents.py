"""Intent classifier: estimator contract, save/load, unknown threshold, CLI routing, input errors."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pyarrow as pa
import pytest
from sklearn.base import clone
from sklearn.exceptions import NotFittedError
from typer.testing import CliRunner

from cxmine.classify.intents.calibration import choose_threshold, softmax
from cxmine.classify.intents.model import IntentClassifier
from cxmine.classify.intents.run import INTENT_SCHEMA, classify_out
from cxmine.classify.intents.store import default_model_dir, load_model, read_examples
from cxmine.classify.intents.train import evaluate_intents, train_intents
from cxmine.cli.app import app
from cxmine.errors import ModelError, UsageError
from cxmine.schema import MESSAGE_SCHEMA, QUESTION_SCHEMA
from cxmine.store import read_dataset, replace_dataset

DATA = Path(__file__).resolve().parents[1] / "data" / "intents"
PARAMS = {"features": "tfidf", "min_language_samples": 10, "embedding_cache_dir": None, "cv": 3}


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("model") / "intents"
    train_intents(DATA / "train.csv", path, params=PARAMS)
    return path


@pytest.fixture(scope="module")
def examples():
    return read_examples(DATA / "train.csv")


def test_get_params_and_clone_keep_constructor_values() -> None:
    clf = IntentClassifier(features="tfidf", C=0.7, unknown_threshold=0.3, random_state=4)
    params = clf.get_params()
    assert params["C"] == 0.7 and params["unknown_threshold"] == 0.3 and params["random_state"] == 4
    twin = clone(clf)
    assert twin.get_params() == params and twin is not clf
    twin.set_params(C=2.0)
    assert twin.C == 2.0 and clf.C == 0.7


def test_invalid_params_fail_in_fit_not_init(examples) -> None:
    clf = IntentClassifier(features="bogus")  # constructing must not validate (sklearn contract)
    with pytest.raises(UsageError, match="features"):
        clf.fit(examples.texts, examples.labels)
    with pytest.raises(UsageError, match="unknown_threshold"):
        IntentClassifier(features="tfidf", unknown_threshold=1.5).fit(examples.texts, examples.labels)


def test_unfitted_predict_raises() -> None:
    with pytest.raises(NotFittedError):
        IntentClassifier().predict(["Where is my order?"])


def test_fit_builds_branches_per_language_and_predicts(examples) -> None:
    clf = IntentClassifier(**PARAMS).fit(examples.texts, examples.labels, language=examples.languages)
    assert set(clf.branches_) == {"nl", "da", "en", "*"}
    assert clf.features_by_language() == {"nl": "tfidf", "da": "tfidf", "en": "tfidf", "*": "tfidf"}
    assert list(clf.classes_) == ["account_login", "cancel_order", "order_status"]
    test = read_examples(DATA / "test.csv")
    pred = clf.predict(test.texts, language=test.languages)
    assert np.mean(pred == np.asarray(test.labels, dtype=object)) >= 8 / 9
    # an unseen language goes to the all-languages fallback branch
    assert clf.predict(["Wo ist meine order? order status"], language=["de"])[0] == "order_status"
    proba = clf.predict_proba(test.texts, language=test.languages)
    assert np.allclose(proba.sum(1), 1.0) and proba.shape == (9, 3)


def test_reserved_unknown_label_and_single_class_are_rejected() -> None:
    with pytest.raises(UsageError, match="reserved"):
        IntentClassifier(**PARAMS).fit(["a", "b", "c"], ["x", "unknown", "x"])
    with pytest.raises(UsageError, match="two different intents"):
        IntentClassifier(**PARAMS).fit(["a", "b"], ["x", "x"])


def test_save_load_roundtrip(model_dir: Path, examples) -> None:
    clf, meta = load_model(model_dir)
    assert meta["schema_version"] == 1 and meta["labels"] == ["account_login", "cancel_order", "order_status"]
    assert meta["training_data"]["hash"].startswith("blake2b:")
    assert meta["training_data"]["per_language"] == {"nl": 18, "da": 18, "en": 18}
    assert {"scikit-learn", "skops", "numpy"} <= set(meta["library_versions"])
    assert meta["features"]["nl"] == "tfidf" and 0.0 <= meta["threshold"] < 1.0
    fresh = IntentClassifier(**PARAMS).fit(examples.texts, examples.labels, language=examples.languages)
    test = read_examples(DATA / "test.csv")
    assert np.allclose(
        clf.decision_function(test.texts, test.languages), fresh.decision_function(test.texts, test.languages), atol=1e-5
    )


def test_load_errors_are_model_errors(model_dir: Path, tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="model.json is missing"):
        load_model(tmp_path / "nothing")
    broken = tmp_path / "old"
    broken.mkdir()
    meta = json.loads((model_dir / "model.json").read_text())
    meta["schema_version"] = 99
    (broken / "model.json").write_text(json.dumps(meta))
    (broken / "model.skops").write_bytes((model_dir / "model.skops").read_bytes())
    with pytest.raises(ModelError, match="format version 99"):
        load_model(broken)
    meta["schema_version"] = 1
    (broken / "model.json").write_text(json.dumps(meta))
    (broken / "model.skops").write_bytes(b"not a model")
    with pytest.raises(ModelError, match="checksum"):
        load_model(broken)


def test_unknown_threshold_behaviour(examples) -> None:
    test = read_examples(DATA / "test.csv")
    lenient = IntentClassifier(**{**PARAMS, "unknown_threshold": 0.0}).fit(
        examples.texts, examples.labels, language=examples.languages
    )
    res = lenient.classify(test.texts, language=test.languages)
    assert not res.is_unknown.any() and "unknown" not in res.intent
    assert ((res.confidence > 0) & (res.confidence <= 1)).all()
    cut = float(np.median(res.confidence))
    strict = clone(lenient).set_params(unknown_threshold=cut).fit(
        examples.texts, examples.labels, language=examples.languages
    )
    res2 = strict.classify(test.texts, language=test.languages)
    assert list(res2.is_unknown) == list(res.confidence < cut) and 0 < res2.is_unknown.sum() < len(test.texts)
    assert all((i == "unknown") == u for i, u in zip(res2.intent, res2.is_unknown, strict=True))
    assert res2.top_intent == res.top_intent  # the best guess is still reported for unknown rows


def test_choose_threshold_rejects_confident_errors_up_to_the_cap() -> None:
    conf = np.array([0.2, 0.25, 0.3, 0.6, 0.7, 0.8, 0.9, 0.9, 0.95, 0.99])
    correct = np.array([False, False, True, True, True, True, True, True, True, True])
    t = choose_threshold(conf, correct, max_unknown_rate=0.3)
    assert 0.25 < t < 0.3  # the two wrong, least confident rows become unknown, nothing else
    assert choose_threshold(conf, correct, max_unknown_rate=0.1) == pytest.approx(0.225)
    assert choose_threshold(conf, np.ones(10, dtype=bool), 0.3) == 0.0
    assert np.allclose(softmax(np.array([[1.0, 1.0]])), 0.5)


def test_missing_label_column_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("text,label\nhallo,greet\n", encoding="utf-8")
    with pytest.raises(UsageError, match=r"no column 'intent' \(columns: text, label\); pass --label-column"):
        read_examples(path)
    result = CliRunner().invoke(app, ["classify", "train", str(path), "--model", str(tmp_path / "m")])
    assert isinstance(result.exception, UsageError) and "--label-column" in str(result.exception)


def test_jsonl_with_other_column_names(tmp_path: Path) -> None:
    ex = read_examples(DATA / "train.jsonl", text_column="utterance", label_column="label")
    assert len(ex.texts) == 54 and set(ex.languages) == {"nl", "da", "en"}


def _write_out(out: Path) -> None:
    ts = pa.array([None, None, None], pa.timestamp("us", tz="UTC"))
    questions = pa.table({
        "question_id": ["q1", "q2", "q3"], "message_id": ["m1", "m2", "m3"], "contact_id": ["c1", "c2", "c3"],
        "language": ["nl", "da", "en"], "text": ["Waar blijft mijn pakket?", "Jeg vil annullere ordre 777",
                                                  "I forgot my password"],
        "start": [0, 0, 0], "end": [10, 10, 10], "sent_at": ts, "channel": ["email", "chat", "call"],
        "kind": ["question_mark"] * 3,
    })
    replace_dataset(questions, out / "questions", QUESTION_SCHEMA)
    messages = pa.table({
        "message_id": ["m1", "m2", "m3", "m4"], "contact_id": ["c1", "c2", "c3", "c3"],
        "channel": ["email", "chat", "call", "call"], "source_format": ["eml"] * 4, "source_file": ["f"] * 4,
        "speaker": ["customer", "unknown", "customer", "agent"],
        "text": ["Waar blijft mijn pakket?", "Jeg vil annullere ordre 777", "I forgot my password", "Hello"],
        "language": ["nl", "da", "en", "en"],
    })
    replace_dataset(messages, out / "messages", MESSAGE_SCHEMA)


def test_classify_out_writes_intents(model_dir: Path, tmp_path: Path) -> None:
    _write_out(tmp_path)
    res = classify_out(tmp_path, model_dir, unit="question")
    t = read_dataset(tmp_path / "intents", INTENT_SCHEMA)
    assert res.unit == "question" and t.num_rows == 3
    assert t.column("intent").to_pylist() == ["order_status", "cancel_order", "account_login"]
    assert t.column("question_id").to_pylist() == ["q1", "q2", "q3"]
    res = classify_out(tmp_path, model_dir, unit="message")
    t = read_dataset(tmp_path / "intents", INTENT_SCHEMA)
    assert t.num_rows == 3 and "m4" not in t.column("message_id").to_pylist()  # agent rows are skipped
    assert t.column("question_id").null_count == 3


def test_cli_routes_out_and_subcommands(model_dir: Path, tmp_path: Path) -> None:
    _write_out(tmp_path)
    runner = CliRunner()
    r = runner.invoke(app, ["classify", str(tmp_path), "--model", str(model_dir)])
    assert r.exit_code == 0, r.output
    assert "order_status" in r.output and read_dataset(tmp_path / "intents").num_rows == 3
    r = runner.invoke(app, ["classify", "--model", str(model_dir), str(tmp_path), "--unit", "message"])
    assert r.exit_code == 0, r.output
    r = runner.invoke(app, ["classify", "evaluate", str(DATA / "test.csv"), "--model", str(model_dir), "--json"])
    assert r.exit_code == 0, r.output
    res = json.loads(r.output)
    assert res["n"] == 9 and res["accuracy"] >= 8 / 9 and "per_intent" in res and "confused_pairs" in res
    new_model = tmp_path / "m2"
    r = runner.invoke(app, ["classify", "train", str(DATA / "train.csv"), "--model", str(new_model),
                            "--features", "tfidf", "--threshold", "0.2"])
    assert r.exit_code == 0, r.output
    assert json.loads((new_model / "model.json").read_text())["threshold"] == 0.2
    r = runner.invoke(app, ["classify", str(tmp_path / "missing"), "--model", str(model_dir)])
    assert isinstance(r.exception, UsageError)


def test_evaluate_reports_confusions(model_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "mislabelled.csv"
    path.write_text("text,intent,language\nWhere is my order?,cancel_order,en\nI forgot my password,account_login,en\n")
    res = evaluate_intents(path, model_dir)
    assert res["accuracy"] == 0.5
    assert res["confused_pairs"] == [{"true": "cancel_order", "predicted": "order_status", "count": 1}]


def test_default_model_dir_from_env(model_dir: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("CXMINE_MODELS_DIR", str(model_dir.parent))
    assert default_model_dir() == model_dir
    monkeypatch.setenv("CXMINE_MODELS_DIR", str(tmp_path))
    with pytest.raises(ModelError):  # the folder the variable names has no model
        load_model(default_model_dir())


def test_intent_volumes_count_by_language_and_channel_unknown_last() -> None:
    from cxmine.classify.intents.run import intent_volumes

    t = pa.table({"intent": ["unknown", "unknown", "unknown", "order_status", "cancel_order", "cancel_order"],
                  "language": ["nl", "da", "en", "nl", "da", "da"],
                  "channel": ["chat", "chat", "call", "email", "chat", "email"]})
    rows = intent_volumes(t)
    assert [r["intent"] for r in rows] == ["cancel_order", "order_status", "unknown"]
    assert rows[0]["by_language"] == {"da": 2} and rows[0]["by_channel"] == {"chat": 1, "email": 1}
    assert rows[2]["total"] == 3
