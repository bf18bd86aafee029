"""``cxmine report OUT`` through the Typer app: the table, JSON and Markdown outputs, OUT/report written, and a bad
``--week`` as a user sees it (through ``main()``: one red line naming the option, exit code 1).

A small OUT folder: five weeks of nl/da/en customer questions with steady themes, and a product recall that
starts in the last week (8 questions, so it is emerging); no network, no models.
"""

from __future__ import annotations

import json
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
from cxmine.schema import (
    ASSIGNMENT_SCHEMA,
    CONTACT_SCHEMA,
    GAP_SCHEMA,
    INTENT_SCHEMA,
    MESSAGE_SCHEMA,
    QUESTION_SCHEMA,
    TOPIC_SCHEMA,
    UNANSWERED_SCHEMA,
    stable_id,
)
from cxmine.store import replace_dataset

runner = CliRunner()

MONDAY = datetime(2026, 10, 19, tzinfo=timezone.utc)  # 2026-W43; the data runs to Thursday of 2026-W47
THEMES = [  # topic, language, channel, intent, text, gap
    ("nl-0", "nl", "chat", "order_status", "Waar blijft mijn pakket?", None),
    ("da-0", "da", "email", "refund_status", "Hvornår får jeg min refusion?", None),
    ("en-0", "en", "call", "cancel_order", "Can I cancel my order?", None),
]
RECALL = ("nl-3", "nl", "email", "product_recall", "Valt mijn BL-220 blender onder de terugroepactie?", "gap-0001")
LABELS = {"nl-0": "pakket · bezorgd", "da-0": "refusion · penge", "en-0": "cancel · order",
          "nl-3": "blender · terugroepactie — Valt mijn BL-220 blender onder de terugroepactie?"}


def _write(out: Path) -> Path:
    items = []
    for week in range(5):
        for theme in THEMES:
            items += [(theme, MONDAY + timedelta(weeks=week, hours=9 + 7 * i)) for i in range(10)]
    items += [(RECALL, MONDAY + timedelta(weeks=4, hours=10 + i)) for i in range(8)]
    msgs, contacts, questions, intents, assigned, unanswered = [], [], [], [], [], []
    for i, ((topic, lang, channel, intent, text, gap), t) in enumerate(items):
        cid, mid = stable_id("c", i), stable_id("m", i)
        qid = stable_id("q", mid)
        key = f"customer-{i % 40}"
        msgs.append({"message_id": mid, "contact_id": cid, "channel": channel, "source_format": "chat_json",
                     "source_file": "x.json", "sent_at": t, "speaker": "customer", "text": text, "language": lang,
                     "customer_key": key})
        contacts.append({"contact_id": cid, "channel": channel, "started_at": t, "n_messages": 1, "language": lang,
                         "customer_key": key})
        questions.append({"question_id": qid, "message_id": mid, "contact_id": cid, "language": lang, "text": text,
                          "start": 0, "end": len(text), "sent_at": t, "channel": channel})
        intents.append({"message_id": mid, "question_id": qid, "intent": intent, "confidence": 0.9,
                        "is_unknown": False, "language": lang, "channel": channel})
        assigned.append({"message_id": mid, "question_id": qid, "topic_id": topic, "topic_id_raw": topic,
                         "language": lang})
        if gap:
            unanswered.append({"message_id": mid, "question_id": qid, "gap_id": gap, "language": lang, "text": text,
                               "sent_at": t, "channel": channel, "similarity": 0.1})
    topics = [{"topic_id": k, "label": v, "size": 1, "share": 0.1, "language": k[:2]} for k, v in LABELS.items()]
    gaps = [{"gap_id": "gap-0001", "rank": 1, "label": RECALL[4], "n_questions": 8, "n_contacts": 8}]
    for name, rows, schema in (("messages", msgs, MESSAGE_SCHEMA), ("contacts", contacts, CONTACT_SCHEMA),
                               ("questions", questions, QUESTION_SCHEMA), ("intents", intents, INTENT_SCHEMA),
                               ("topics", topics, TOPIC_SCHEMA), ("topic_assignments", assigned, ASSIGNMENT_SCHEMA),
                               ("gaps", gaps, GAP_SCHEMA), ("unanswered", unanswered, UNANSWERED_SCHEMA)):
        replace_dataset(pa.Table.from_pylist(rows, schema=schema), out / name, schema)
    return out


@pytest.fixture
def out(tmp_path: Path) -> Path:
    return _write(tmp_path / "out")


def test_table_summary(out: Path) -> None:
    res = runner.invoke(app, ["report", str(out)])
    assert res.exit_code == 0, (res.output, res.exception)
    text = res.stdout
    assert text.startswith("2026-W47: 38 customer messages")
    assert "runs to Thu" in text  # the week is not over: like for like
    for section in ("Customer messages in 2026-W47", "Top intents", "Top topics", "Emerging", "Top gaps",
                    "Repeat contacts per intent"):
        assert section in text, section
    assert "product_recall" in text and "0→8 ▲ new" in text and "gap-0001" in text
    assert "report: " in res.stderr and "5 weeks written: 2026-W43 … 2026-W47" in res.stderr
    assert "report:" not in res.stdout  # diagnostics go to stderr
    written = ds.dataset(out / "report", format="parquet", partitioning="hive").to_table()
    assert sorted(set(written.column("week").to_pylist())) == [f"2026-W{w}" for w in range(43, 48)]


def test_json_prints_the_weeks_rows(out: Path) -> None:
    res = runner.invoke(app, ["report", str(out), "--format", "json", "--week", "2026-W46"])
    assert res.exit_code == 0, (res.output, res.exception)
    rows = json.loads(res.stdout)
    assert {r["week"] for r in rows} == {"2026-W46"} and not any(r["partial"] for r in rows)
    total = next(r for r in rows if r["kind"] == "total")
    assert (total["n"], total["n_before"], total["change"]) == (30, 30, 0.0)
    recall = [r for r in rows if r["key"] == "product_recall"]
    assert recall == []  # not there yet in 2026-W46
    assert {r["kind"] for r in rows} == {"total", "channel", "language", "intent", "topic"}


def test_json_shows_the_emerging_theme_with_its_p_value(out: Path) -> None:
    rows = json.loads(runner.invoke(app, ["report", str(out), "--format", "json"]).stdout)
    emerging = {(r["kind"], r["key"]) for r in rows if r["emerging"]}
    assert emerging == {("intent", "product_recall"), ("topic", "nl-3")}
    recall = next(r for r in rows if r["key"] == "nl-3")
    assert 0 < recall["p_value"] < 0.01 and recall["partial"]
    gap = next(r for r in rows if r["kind"] == "gap")
    assert (gap["unanswered"], gap["emerging"]) == (8, False)  # the only gap: no other gaps to compare with


def test_markdown_summary(out: Path) -> None:
    res = runner.invoke(app, ["report", str(out), "--format", "markdown", "--top", "2"])
    assert res.exit_code == 0, (res.output, res.exception)
    md = res.stdout
    assert md.startswith("## cxmine report 2026-W47\n")
    assert "### Top intents" in md and "### Emerging" in md and "### Top gaps" in md
    assert "| intent | n | share | vs week before |" in md
    intents = md.split("### Top intents")[1].split("###")[0]
    assert intents.count("\n| ") == 4  # header, alignment row and --top 2 rows
    emerging = md.split("### Emerging")[1].split("###")[0]
    assert "| topic | `nl-3` | blender · terugroepactie" in emerging and "| intent | `product_recall` |" in emerging
    assert "- 2026-W47 runs to Thu 00:00 UTC" in md  # the notes close the summary


def _main(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("CXMINE_DEBUG", "COLUMNS", "LINES")}
    return subprocess.run([sys.executable, "-m", "cxmine", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=120)


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--week", "2026-47"], "--week: must be an ISO week like 2026-W47"),
        (["--week", "2026-W30"], "--week: no customer messages in 2026-W30; weeks with data: 2026-W43, 2026-W44"),
        (["--format", "html"], "--format must be table, json or markdown, not 'html'"),
    ],
)
def test_bad_options_exit_1_with_one_line(out: Path, args: list[str], expected: str) -> None:
    proc = _main("report", str(out), *args, cwd=out.parent)
    assert proc.returncode == 1, proc.stderr
    lines = proc.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ") and expected in lines[0], proc.stderr
    assert "Traceback" not in proc.stderr and proc.stdout == ""
    assert not (out / "report").exists()


def test_usage_errors(tmp_path: Path) -> None:
    assert runner.invoke(app, ["report", str(tmp_path / "missing")]).exit_code == 2
    assert runner.invoke(app, ["report", str(tmp_path), "--top", "0"]).exit_code == 2
