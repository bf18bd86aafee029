"""``cxmine classify OUT`` fills the contact reasons of OUT/contacts and can count contacts (shipped model)."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pytest
from typer.testing import CliRunner

from cxmine.cli.app import app
from cxmine.pipeline.contacts import build_contacts
from cxmine.schema import CONTACT_SCHEMA, INTENT_SCHEMA, MESSAGE_SCHEMA, QUESTION_SCHEMA
from cxmine.store import read_dataset, replace_dataset
from cxmine.text.questions import extract_questions

runner = CliRunner()

CONVERSATIONS = {
    "c-da": ("da", [("customer", "hej"), ("agent", "Hej! Hvad kan jeg hjælpe med?"),
                    ("customer", "min pakke er ikke kommet endnu, hvor er den?"), ("agent", "Den kommer i morgen."),
                    ("customer", "100234871"), ("customer", "tak!")]),
    "c-en": ("en", [("customer", "Thanks so much for your help yesterday, really appreciated! One more thing: can I "
                                 "change the delivery address on my order to 8 Mill Lane?"),
                    ("agent", "Done!"), ("customer", "great thanks")]),
    "c-nl": ("nl", [("customer", "hoi"), ("agent", "Hoi! Waarmee kan ik helpen?"), ("customer", "bedankt 👍")]),
}


@pytest.fixture()
def out(tmp_path: Path) -> Path:
    rows = []
    for cid, (lang, turns) in CONVERSATIONS.items():
        for k, (speaker, text) in enumerate(turns):
            rows.append({"message_id": f"{cid}-{k}", "contact_id": cid, "channel": "chat", "source_format": "x",
                         "source_file": "f", "speaker": speaker, "text": text, "language": lang, "seq": k})
    messages = pa.Table.from_pylist(rows)
    replace_dataset(messages, tmp_path / "messages", MESSAGE_SCHEMA, partition_by=["channel"])
    replace_dataset(extract_questions(messages), tmp_path / "questions", QUESTION_SCHEMA)
    full = read_dataset(tmp_path / "messages", MESSAGE_SCHEMA)
    replace_dataset(build_contacts(full), tmp_path / "contacts", CONTACT_SCHEMA, partition_by=["channel"])
    return tmp_path


def _contacts(out: Path) -> dict[str, dict]:
    return {r["contact_id"]: r for r in read_dataset(out / "contacts", CONTACT_SCHEMA).to_pylist()}


def test_contacts_get_their_reasons_and_greetings_do_not_count(out: Path) -> None:
    res = runner.invoke(app, ["classify", str(out), "--count", "contacts"])
    assert res.exit_code == 0, res.output
    contacts = _contacts(out)
    assert contacts["c-da"]["intent"] == "order_status"
    assert contacts["c-da"]["intents"] == ["order_status"]  # "hej", "tak!" and the bare order number add nothing
    assert contacts["c-en"]["intent"] == "change_address"  # thanks first, then the question
    assert contacts["c-nl"]["intent"] is None and contacts["c-nl"]["intents"] == []  # only greetings and thanks
    # the terminal table counts contacts, by main reason, and says so
    assert "Contact reasons (3 contacts" in res.stdout
    rows = {line.split("│")[1].strip(): [c.strip() for c in line.split("│")[2:-1]]
            for line in res.stdout.splitlines() if line.startswith("│")}
    assert rows["order_status"][0] == "1" and rows["change_address"][0] == "1" and rows["(no reason)"][0] == "1"
    assert "Filled the contact reasons" in res.stderr


def test_intents_keep_the_top_label_and_the_contact(out: Path) -> None:
    res = runner.invoke(app, ["classify", str(out), "--unit", "message", "--count", "messages"])
    assert res.exit_code == 0, res.output
    assert "Intent volumes (messages)" in res.stdout
    intents = read_dataset(out / "intents", INTENT_SCHEMA).to_pylist()
    assert all(r["top_intent"] and r["contact_id"] in CONVERSATIONS for r in intents)
    assert all(r["intent"] in (r["top_intent"], "unknown") for r in intents)


def test_counting_a_unit_that_was_not_classified_is_an_error(out: Path) -> None:
    from cxmine.errors import ParameterError

    res = runner.invoke(app, ["classify", str(out), "--unit", "question", "--count", "messages"])
    assert isinstance(res.exception, ParameterError)
    assert "count" in str(res.exception) and "--unit question" in str(res.exception)
    assert not (out / "intents").exists()  # checked before anything is classified
