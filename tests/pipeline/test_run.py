"""End-to-end behaviour of ``cxmine ingest``: the output contract, ids, threads, re-runs, errors, atomicity."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pyarrow as pa
import pyarrow.dataset as ds
import pytest

from cxmine.pipeline.run import IngestConfig, run_ingest
from cxmine.schema import MESSAGE_SCHEMA
from cxmine.store import read_dataset

DATA = Path(__file__).resolve().parents[1] / "data" / "pipeline"


def _table(out: Path, name: str) -> pa.Table:
    return ds.dataset(out / name, partitioning="hive").to_table()


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    d = tmp_path / "in"
    d.mkdir()
    for name in ("thread_nl.mbox", "chat_mixed.jsonl", "empty.eml", "junk.bin"):
        shutil.copy(DATA / name, d / name)
    return d


def _ingest(paths, out, **kw):  # noqa: ANN001, ANN202
    return run_ingest(paths, out, IngestConfig(salt="test-salt", **kw))


def test_contract_columns_types_and_counts(inputs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    res = _ingest([inputs], out, agent_domains=("winkel.example",))
    msgs = _table(out, "messages")
    for col in ("message_id", "contact_id", "channel", "source_format", "source_file", "sent_at", "speaker",
                "text", "language", "language_score"):
        assert col in msgs.column_names
    assert msgs.schema.field("sent_at").type == pa.timestamp("us", tz="UTC")
    assert msgs.num_rows == 2 + 5 == res.new_messages  # 2 emails, 5 good chat lines (the 6th is truncated)
    contacts = _table(out, "contacts")
    assert contacts.num_rows == 3  # one email thread, two chats
    assert set(contacts.column("channel").to_pylist()) == {"email", "chat"}
    errors = _table(out, "errors").to_pylist()
    files = {Path(e["source_file"]).name for e in errors}
    assert {"empty.eml", "junk.bin", "chat_mixed.jsonl"} <= files  # empty file, unsupported file, bad record
    # UTC: 09:00+01:00 is stored as 08:00Z
    first = [r for r in msgs.to_pylist() if r["text"].startswith("Hej, hvornår")][0]
    assert first["sent_at"].hour == 8 and str(first["sent_at"].tzinfo) in ("UTC", "+00:00")


def test_email_thread_is_one_contact_with_speakers(inputs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    _ingest([inputs / "thread_nl.mbox"], out)  # no agent options: direction decides
    rows = _table(out, "messages").to_pylist()
    assert len({r["contact_id"] for r in rows}) == 1
    by_time = sorted(rows, key=lambda r: r["sent_at"])
    assert [r["speaker"] for r in by_time] == ["customer", "agent"]
    assert [r["seq"] for r in by_time] == [0, 1]
    reply = by_time[1]["text"]
    assert "Wanneer wordt mijn bestelling" not in reply  # quoted history stripped
    assert "morgen geleverd" in reply


def test_same_input_same_ids_and_rerun_adds_nothing(inputs: Path, tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    _ingest([inputs], a)
    _ingest([inputs], b)
    ids_a = sorted(_table(a, "messages").column("message_id").to_pylist())
    ids_b = sorted(_table(b, "messages").column("message_id").to_pylist())
    assert ids_a == ids_b and len(set(ids_a)) == len(ids_a)
    res = _ingest([inputs], a)
    assert res.new_messages == 0 and res.skipped_duplicates == len(ids_a)
    assert _table(a, "messages").num_rows == len(ids_a)
    assert _table(a, "contacts").num_rows == 3
    n_err = _table(a, "errors").num_rows
    _ingest([inputs], a)
    assert _table(a, "errors").num_rows == n_err  # errors are not duplicated either


def test_new_file_appends_only_its_messages(inputs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    _ingest([inputs / "chat_mixed.jsonl"], out)
    before = _table(out, "messages").num_rows
    _ingest([inputs / "chat_mixed.jsonl", inputs / "thread_nl.mbox"], out)
    assert _table(out, "messages").num_rows == before + 2


def test_zip_members_are_read_and_named(inputs: Path, tmp_path: Path) -> None:
    z = tmp_path / "export.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.write(inputs / "chat_mixed.jsonl", "exports/chat_mixed.jsonl")
    out = tmp_path / "out"
    _ingest([z], out)
    files = set(_table(out, "messages").column("source_file").to_pylist())
    assert files == {f"{z}!exports/chat_mixed.jsonl"}


def test_redaction_on_by_default(inputs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    _ingest([inputs], out)
    texts = " ".join(_table(out, "messages").column("text").to_pylist())
    texts += " ".join(_table(out, "questions").column("text").to_pylist())
    for planted in ("amy.w@example.com", "06-11223344", "karin.visser@example.nl"):
        assert planted not in texts
    assert "100200300" in texts  # order numbers survive


def test_languages_and_questions(inputs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    _ingest([inputs], out)
    rows = {r["text"][:12]: r for r in _table(out, "messages").to_pylist()}
    assert rows["Hej, hvornår"]["language"] == "da"
    assert rows["ok tak"]["language"] == "da"  # short turn takes the conversation's language
    q = _table(out, "questions").to_pylist()
    assert any("return a chair" in r["text"] for r in q)
    assert all(r["language"] in ("nl", "da", "en") for r in q)
    msg_ids = set(_table(out, "messages").column("message_id").to_pylist())
    assert {r["message_id"] for r in q} <= msg_ids


def test_crash_midway_leaves_previous_output_intact(inputs: Path, tmp_path: Path, monkeypatch) -> None:
    out = tmp_path / "out"
    _ingest([inputs / "chat_mixed.jsonl"], out)
    before = read_dataset(out / "messages", MESSAGE_SCHEMA).num_rows

    import cxmine.pipeline.stages as st

    def boom(*a, **k):  # noqa: ANN002, ANN003, ANN202
        raise KeyboardInterrupt

    monkeypatch.setattr(st, "extract_questions", boom)
    with pytest.raises(KeyboardInterrupt):
        _ingest([inputs / "thread_nl.mbox"], out)
    monkeypatch.undo()
    assert read_dataset(out / "messages", MESSAGE_SCHEMA).num_rows == before
    assert not list(out.glob(".staging-*"))
    _ingest([inputs / "thread_nl.mbox"], out)
    assert read_dataset(out / "messages", MESSAGE_SCHEMA).num_rows == before + 2


def test_other_tools_read_the_output(inputs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    _ingest([inputs], out)
    pd = pytest.importorskip("pandas")
    duckdb = pytest.importorskip("duckdb")
    pl = pytest.importorskip("polars")
    n = _table(out, "messages").num_rows
    assert len(pd.read_parquet(out / "messages")) == n
    got = duckdb.sql(f"select count(*) from read_parquet('{out}/messages/**/*.parquet', hive_partitioning=true)")
    assert got.fetchall()[0][0] == n
    assert pl.scan_parquet(f"{out}/messages/**/*.parquet", hive_partitioning=True).collect().height == n


def test_reply_next_week_joins_the_stored_thread(tmp_path: Path) -> None:
    raw = (DATA / "thread_nl.mbox").read_text()
    first, second = [("From " + part) for part in raw.split("\nFrom ")[0:2]]
    first = first[len("From "):]
    (tmp_path / "week1.eml").write_text(first.split("\n", 1)[1])
    (tmp_path / "week2.eml").write_text(second.split("\n", 1)[1])
    out = tmp_path / "out"
    _ingest([tmp_path / "week1.eml"], out)
    _ingest([tmp_path / "week2.eml"], out)
    rows = _table(out, "messages").to_pylist()
    assert len(rows) == 2 and len({r["contact_id"] for r in rows}) == 1
    assert _table(out, "contacts").num_rows == 1


def test_maildir_folder_is_one_input(tmp_path: Path) -> None:
    md = tmp_path / "mail"
    for sub in ("cur", "new", "tmp"):
        (md / sub).mkdir(parents=True)
    body = (DATA / "thread_nl.mbox").read_text().split("\nFrom ")[0].split("\n", 1)[1]
    (md / "cur" / "1700000000.M1.host:2,S").write_text(body)
    out = tmp_path / "out"
    res = _ingest([tmp_path], out)
    assert res.new_messages == 1
    assert _table(out, "messages").column("source_format").to_pylist() == ["maildir"]


def test_worker_processes_give_the_same_tables(inputs: Path, tmp_path: Path, monkeypatch) -> None:
    import cxmine.pipeline.staging as staging

    monkeypatch.setattr(staging, "BATCH_ROWS", 2)  # several batches, so the pool really splits the work
    serial, parallel = tmp_path / "s", tmp_path / "p"
    _ingest([inputs], serial, workers=1)
    res = _ingest([inputs], parallel, workers=2)
    assert res.workers == 2
    for name, key in (("messages", "message_id"), ("questions", "question_id"), ("contacts", "contact_id")):
        a = _table(serial, name).drop_columns([c for c in ("ingested_at",) if c in _table(serial, name).column_names])
        b = _table(parallel, name).drop_columns([c for c in ("ingested_at",) if c in _table(parallel, name).column_names])
        assert a.sort_by(key).to_pylist() == b.select(a.column_names).sort_by(key).to_pylist()
