"""The Spark engine (``local[2]``) writes the same rows as the local engine: on the bundled examples, on the test
fixtures (bad files, a zip, two copies of one e-mail), and again on a re-run. Rows are compared sorted by id,
without ``ingested_at`` / ``recorded_at`` (the time of the run)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pyarrow.dataset as ds
import pytest

from cxmine.ingest import ReadOptions
from cxmine.ingest.discover import DiscoveryError, ZipLimits, discover
from cxmine.pipeline.run import IngestConfig, run_ingest
from cxmine.spark.files import Unit, plan

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
DATA = ROOT / "tests" / "data"
TABLES = {
    "messages": (["message_id"], ["ingested_at"]),
    "questions": (["question_id"], []),
    "contacts": (["contact_id"], []),
    "errors": (["source_file", "error", "detail"], ["recorded_at"]),
}


def rows(out: Path, name: str) -> list[dict]:
    key, drop = TABLES[name]
    t = ds.dataset(out / name, format="parquet", partitioning="hive").to_table()
    t = t.drop_columns([c for c in drop if c in t.column_names])
    return sorted(t.to_pylist(), key=lambda d: tuple(str(d[k]) for k in key))


def assert_same_tables(local: Path, spark: Path) -> None:
    for name in TABLES:
        a, b = rows(local, name), rows(spark, name)
        assert len(a) == len(b), f"{name}: {len(a)} rows locally, {len(b)} on Spark"
        for x, y in zip(a, b):
            assert x == y, f"{name}: first differing row: local {x} / spark {y}"


def both(spark, paths: list[Path], tmp: Path, cfg: IngestConfig):  # noqa: ANN001, ANN201
    from cxmine.spark import ingest

    local = run_ingest(paths, tmp / "local", cfg)
    remote = ingest(spark, paths, tmp / "spark", cfg)
    assert_same_tables(tmp / "local", tmp / "spark")
    for field in ("new_messages", "new_questions", "skipped_duplicates", "files_read", "files_failed",
                  "by_channel", "by_format", "by_language", "files_by_format", "contacts_total", "messages_total"):
        assert getattr(local, field) == getattr(remote, field), field
    assert [(e["source_file"], e["error"], e["scope"]) for e in local.errors] == \
        [(e["source_file"], e["error"], e["scope"]) for e in remote.errors]
    return local, remote


@pytest.fixture(scope="module")
def extras(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Inputs the fixture folders lack: a zip (a chat, a file no reader takes), a broken zip, and two copies of
    one e-mail, the truncated one read first (the more complete copy wins in both engines)."""
    d = tmp_path_factory.mktemp("extras")
    with zipfile.ZipFile(d / "bundle.zip", "w") as z:
        z.write(DATA / "chat" / "whatsapp_ios_da.txt", "chats/whatsapp_ios_da.txt")
        z.write(DATA / "pipeline" / "junk.bin", "junk.bin")
    (d / "broken.zip").write_bytes(b"PK\x03\x04" + b"\x00" * 40 + b"not a zip archive")
    full = (DATA / "email" / "nl_plain.eml").read_bytes()
    (d / "a_truncated.eml").write_bytes(full[: int(len(full) * 0.8)])
    (d / "b_full.eml").write_bytes(full)
    return d


def test_plan_lists_what_discover_lists_and_copies_zip_members(extras: Path, tmp_path: Path) -> None:
    paths = [DATA / "email", DATA / "pipeline", extras, ROOT / "no-such-folder"]
    local = [(i.display, type(i).__name__) for i in discover(paths)]
    planned = plan(paths, tmp_path / "copies")
    assert [(u.display, "DiscoveryError" if isinstance(u, DiscoveryError) else "InputFile") for u in planned] == local
    member = next(u for u in planned if isinstance(u, Unit) and u.display.endswith("bundle.zip!chats/whatsapp_ios_da.txt"))
    assert Path(member.path).is_relative_to(tmp_path / "copies") and Path(member.path).read_bytes() == \
        (DATA / "chat" / "whatsapp_ios_da.txt").read_bytes()



def test_plan_leaves_out_the_runs_own_out_folder(tmp_path: Path) -> None:
    exports = tmp_path / "exports"
    (exports / "out" / "messages").mkdir(parents=True)
    (exports / "thread_nl.mbox").write_bytes((DATA / "pipeline" / "thread_nl.mbox").read_bytes())
    (exports / "out" / "messages" / "part-0.parquet").write_bytes(b"PAR1")
    planned = plan([exports], tmp_path / "copies", exclude=exports / "out")
    assert [Path(u.display).name for u in planned] == ["thread_nl.mbox"]
    assert len(plan([exports], tmp_path / "copies2")) == 2  # without exclude the OUT file is listed

def test_plan_applies_the_zip_limits(extras: Path, tmp_path: Path) -> None:
    planned = plan([extras / "bundle.zip"], tmp_path / "copies", limits=ZipLimits(max_total_bytes=1))
    assert [(u.display.split("!")[1], u.error) for u in planned] == [("chats/whatsapp_ios_da.txt", "too_large"),
                                                                     ("junk.bin", "too_large")]


@pytest.mark.slow
def test_the_input_limits_give_the_same_error_rows(spark, tmp_path: Path, extras: Path) -> None:  # noqa: ANN001
    cfg = IngestConfig(salt="spark-test", read=ReadOptions(max_file_bytes=600),
                       zip_limits=ZipLimits(max_total_bytes=620))
    local, _ = both(spark, [extras, DATA / "chat"], tmp_path, cfg)
    too_large = {e["source_file"] for e in local.errors if e["error"] == "too_large"}
    chat = DATA / "chat"
    assert too_large == {
        f"{extras}/bundle.zip!chats/whatsapp_ios_da.txt",  # 612 bytes: over max_file_bytes
        f"{extras}/bundle.zip!junk.bin",  # past the zip's 620 bytes
        f"{extras}/b_full.eml",
        *(str(chat / n) for n in ("whatsapp_android_nl.txt", "whatsapp_ios_da.txt", "zendesk_tickets.json",
                                  "zendesk_incremental.jsonl", "intercom_conversations.json")),
    }, too_large


@pytest.mark.slow
def test_examples_give_the_same_rows(spark, tmp_path: Path) -> None:  # noqa: ANN001
    cfg = IngestConfig(salt="spark-test", agent_domains=("nordhus.example",),
                       agent_addresses=("Nordhus Klantenservice", "Nordhus Kundeservice"))
    local, _ = both(spark, [EXAMPLES / "email", EXAMPLES / "chat", EXAMPLES / "calls"], tmp_path, cfg)
    assert local.new_messages > 1000 and local.new_questions > 100


@pytest.mark.slow
def test_fixtures_and_corrupt_files_give_the_same_rows_and_error_rows(spark, tmp_path: Path,  # noqa: ANN001
                                                                        extras: Path) -> None:
    paths = [extras, DATA / "email", DATA / "chat", DATA / "call", DATA / "pipeline"]
    cfg = IngestConfig(salt="spark-test", agent_domains=("winkel.example",))
    local, remote = both(spark, paths, tmp_path, cfg)
    errors = {(e["source_file"], e["error"]) for e in remote.errors}
    assert (str(DATA / "pipeline" / "junk.bin"), "unsupported") in errors
    assert (f"{extras / 'bundle.zip'}!junk.bin", "unsupported") in errors
    assert any(f == str(extras / "broken.zip") for f, _ in errors)
    assert local.skipped_duplicates >= 2  # three copies of nl_plain.eml: truncated, complete, the fixture's own
    kept = [r["source_file"] for r in rows(tmp_path / "spark", "messages") if r["source_file"].endswith(".eml")
            and Path(r["source_file"]).parent == extras]
    assert kept == [str(extras / "b_full.eml")], "the complete copy, read after the truncated one, is kept"


@pytest.mark.slow
def test_a_rerun_adds_nothing_and_a_new_file_joins(spark, tmp_path: Path) -> None:  # noqa: ANN001
    from cxmine.spark import ingest

    cfg = IngestConfig(salt="spark-test", agent_domains=("winkel.example",))
    first = [DATA / "pipeline" / "thread_nl.mbox"]
    both(spark, first, tmp_path, cfg)
    again = ingest(spark, first + [DATA / "chat" / "chat_messages.json"], tmp_path / "spark", cfg)
    run_ingest(first + [DATA / "chat" / "chat_messages.json"], tmp_path / "local", cfg)
    assert again.new_messages > 0 and again.skipped_duplicates == len(rows(tmp_path / "local", "messages")) - \
        again.new_messages
    assert_same_tables(tmp_path / "local", tmp_path / "spark")
    assert not list((tmp_path / "spark").glob(".staging-*"))


@pytest.mark.slow
def test_cli_engine_spark(spark, tmp_path: Path) -> None:  # noqa: ANN001
    from typer.testing import CliRunner

    from cxmine.cli.app import app

    out = tmp_path / "out"
    res = CliRunner().invoke(app, ["ingest", str(DATA / "pipeline" / "chat_mixed.jsonl"), "--out", str(out),
                                   "--engine", "spark", "--spark-master", "local[2]", "--no-progress",
                                   "--salt", "s", "--no-language"])
    assert res.exit_code == 0, res.output
    assert len(rows(out, "messages")) == 5
    assert not spark.sparkContext._jsc.sc().isStopped()  # the running session is used, and left running


def test_spark_master_needs_engine_spark(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from cxmine.cli.app import app
    from cxmine.errors import UsageError

    res = CliRunner().invoke(app, ["ingest", str(DATA / "pipeline" / "chat_mixed.jsonl"), "--out", str(tmp_path),
                                   "--spark-master", "local[2]"])
    assert isinstance(res.exception, UsageError) and "--engine spark" in str(res.exception)
    res = CliRunner().invoke(app, ["ingest", str(DATA / "pipeline" / "chat_mixed.jsonl"), "--out", str(tmp_path),
                                   "--engine", "dask"])
    assert isinstance(res.exception, UsageError) and "local, spark" in str(res.exception)


@pytest.mark.slow
def test_the_ingest_stage_of_cxmine_run_on_spark(spark, tmp_path: Path) -> None:  # noqa: ANN001
    from cxmine.workflow import _ingest

    cfg = IngestConfig(salt="spark-test")
    res, summary = _ingest([DATA / "pipeline" / "chat_mixed.jsonl"], tmp_path / "out", cfg, None, "spark")
    assert res.new_messages == 5 and "5 new messages" in summary
    assert not spark.sparkContext._jsc.sc().isStopped()
