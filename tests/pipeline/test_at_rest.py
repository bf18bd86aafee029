"""What an ingest leaves on disk besides the tables: no unredacted text after a kill, no raw Message-IDs, no zip
members; and of two copies of one e-mail, the complete one is kept."""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
import zipfile
from pathlib import Path

import pyarrow.dataset as ds
import pytest

from cxmine.pipeline.run import IngestConfig, run_ingest
from cxmine.pipeline.stages import TextConfig

DATA = Path(__file__).resolve().parents[1] / "data" / "pipeline"
PLANTED = (b"karin.visser@example.nl", b"06-11223344", b"amy.w@example.com")


def _ingest(paths: list[Path], out: Path, **kw: object) -> object:
    return run_ingest(paths, out, IngestConfig(salt="test-salt", workers=1, **kw))


def _rows(out: Path, name: str = "messages") -> list[dict]:
    return ds.dataset(out / name, partitioning="hive").to_table().to_pylist()


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The temporary folder cxmine uses (``tempfile``), inside this test's folder so its leftovers can be seen."""
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    return tmp


def _files_with(root: Path, needles: tuple[bytes, ...]) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file() and any(n in p.read_bytes() for n in needles)]


def test_a_killed_ingest_leaves_no_readable_customer_text(tmp_path: Path, private_tmp: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    for name in ("thread_nl.mbox", "chat_mixed.jsonl"):
        shutil.copy(DATA / name, inputs / name)
    out = tmp_path / "out"
    pid = os.fork()
    if pid == 0:  # dies at its first rename: the raw rows are spilled, the text stages have run
        code = 1
        try:
            real = os.replace

            def replace(src, dst, **kw):  # noqa: ANN001, ANN003, ANN202
                real(src, dst, **kw)
                os._exit(17)

            os.replace = replace
            _ingest([inputs], out, text=TextConfig(redact=False))  # so the cleaned batches hold it too
            code = 0
        finally:
            os._exit(code)
    assert os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]) == 17
    # the new Parquet parts waiting in .staging-*/new are the output, in clear text as --no-redact asks
    assert [p for p in _files_with(out, PLANTED) if p.relative_to(out).parts[1:2] != ("new",)] == []
    assert _files_with(private_tmp, PLANTED) == []
    work = list(out.glob(".work-*"))  # what the kill left: encrypted, with a key that died with the process
    assert work and all(stat.S_IMODE(p.stat().st_mode) & 0o077 == 0 for p in work)
    assert [p for p in work[0].rglob("*.arrow")]
    _ingest([inputs], out)  # the next run removes it
    assert not list(out.glob(".work-*"))


def test_the_private_folder_is_removed_after_a_run_and_after_a_failure(tmp_path: Path, private_tmp: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    _ingest([DATA / "chat_mixed.jsonl"], out)
    assert list(private_tmp.iterdir()) == [] and not list(out.glob(".work-*"))
    import cxmine.pipeline.stages as st

    def boom(*a, **k):  # noqa: ANN002, ANN003, ANN202
        raise KeyboardInterrupt

    monkeypatch.setattr(st, "extract_questions", boom)
    with pytest.raises(KeyboardInterrupt):
        _ingest([DATA / "thread_nl.mbox"], out)
    assert list(private_tmp.iterdir()) == [] and not list(out.glob(".work-*"))


def test_an_interrupted_zip_leaves_no_extracted_member(tmp_path: Path, private_tmp: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    z = tmp_path / "export.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.write(DATA / "chat_mixed.jsonl", "a/chat_mixed.jsonl")
        zf.write(DATA / "thread_nl.mbox", "b/thread_nl.mbox")
    import cxmine.pipeline.run as run

    real = run._read_file

    def read_then_stop(item, *a, **k):  # noqa: ANN001, ANN002, ANN003, ANN202
        real(item, *a, **k)
        raise KeyboardInterrupt  # Ctrl-C while the first member is being read

    monkeypatch.setattr(run, "_read_file", read_then_stop)
    with pytest.raises(KeyboardInterrupt) as excinfo:
        _ingest([z], tmp_path / "out")
    assert excinfo.value is not None  # the traceback (and every frame in it) is still alive here
    assert [p for p in private_tmp.rglob("*") if p.is_file()] == []


def test_native_and_parent_ids_are_stored_as_salted_hashes(tmp_path: Path) -> None:
    out, other = tmp_path / "out", tmp_path / "other"
    _ingest([DATA / "thread_nl.mbox"], out)
    run_ingest([DATA / "thread_nl.mbox"], other, IngestConfig(salt="another-salt", workers=1))
    rows = _rows(out)
    stored = [r["native_id"] for r in rows] + [r["parent_id"] for r in rows if r["parent_id"]]
    assert len(stored) == 3
    for value in stored:
        assert "@" not in value and "example" not in value and "k1" not in value
    assert {r["parent_id"] for r in rows} - {None} <= {r["native_id"] for r in rows}  # the reply names its parent
    assert {r["native_id"] for r in rows}.isdisjoint({r["native_id"] for r in _rows(other)})  # salted
    assert sorted(r["message_id"] for r in rows) == sorted(r["message_id"] for r in _rows(other))  # ids unsalted


def test_a_reply_in_a_later_run_joins_the_stored_thread_by_its_hashed_ids(tmp_path: Path) -> None:
    raw = (DATA / "thread_nl.mbox").read_text()
    first, second = raw.split("\nFrom ")[0:2]
    (tmp_path / "week1.eml").write_text(first.split("\n", 1)[1])
    # the reply names its parent only in References (no In-Reply-To) and changes the subject
    reply = second.split("\n", 1)[1].replace("In-Reply-To: <k1@example.nl>\n", "").replace(
        "Subject: Re: Vraag over levering", "Subject: Uw levering")
    (tmp_path / "week2.eml").write_text(reply)
    out = tmp_path / "out"
    _ingest([tmp_path / "week1.eml"], out)
    _ingest([tmp_path / "week2.eml"], out)
    rows = _rows(out)
    assert len(rows) == 2 and len({r["contact_id"] for r in rows}) == 1
    assert all("@" not in (r["native_id"] or "") for r in rows)
    assert len(_rows(out, "contacts")) == 1


COMPLETE = """From: Karin Visser <karin@example.nl>
To: service@winkel.example
Subject: Retour
Date: Mon, 02 Nov 2026 10:12:00 +0100
Message-ID: <dup1@example.nl>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="XX"

--XX
Content-Type: text/plain; charset=utf-8

Beste mensen,

Ik wil de stoel retourneren. Hoe doe ik dat? De poot is gebroken bij de levering.
Kunnen jullie hem ophalen, of moet ik hem zelf terugbrengen naar de winkel?

Groet, Karin
--XX
Content-Type: application/pdf; name="bon.pdf"
Content-Disposition: attachment; filename="bon.pdf"
Content-Transfer-Encoding: base64

JVBERi0xLjQKJcfsj6IKNSAwIG9iago8PC9MZW5ndGggNiAwIFI+PgpzdHJlYW0K
--XX--
"""


@pytest.mark.parametrize("batch_rows", [5_000, 1])  # 1: the first copy is already spilled when the second comes
@pytest.mark.parametrize("names", [("a.eml", "b.eml"), ("b.eml", "a.eml")])
def test_of_two_copies_of_one_email_the_complete_one_is_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                              names: tuple[str, str], batch_rows: int) -> None:
    import cxmine.pipeline.staging as staging

    monkeypatch.setattr(staging, "BATCH_ROWS", batch_rows)
    complete_name, truncated_name = names
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / complete_name).write_text(COMPLETE)
    (tmp_path / "in" / truncated_name).write_text(COMPLETE[: COMPLETE.index("Kunnen jullie")])
    out = tmp_path / "out"
    res = _ingest([tmp_path / "in"], out)
    rows = _rows(out)
    assert len(rows) == 1 and res.new_messages == 1 and res.skipped_duplicates == 1
    assert "ophalen" in rows[0]["text"]
    assert rows[0]["n_attachments"] == 1
    assert rows[0]["source_file"].endswith(complete_name)
    q = _rows(out, "questions")
    assert len({r["question_id"] for r in q}) == len(q)
    assert any("ophalen" in r["text"] for r in q)


def test_zip_members_are_read_as_streams_and_never_written_to_disk(tmp_path: Path, private_tmp: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Members are decompressed as they are read; only a reader that needs a real file (pyarrow's CSV) gets a
    private copy, for as long as it reads it."""
    tests = DATA.parent
    z = tmp_path / "export.zip"
    members = {
        "chats/whatsapp_android_nl.txt": tests / "chat" / "whatsapp_android_nl.txt",
        "chats/chat_aliases.jsonl": tests / "chat" / "chat_aliases.jsonl",
        "mail/nl_plain.eml": tests / "email" / "nl_plain.eml",
        "mail/three.mbox": tests / "email" / "three.mbox",
        "calls/support_call_nl.vtt": tests / "call" / "support_call_nl.vtt",
        "calls/whisper_en.json": tests / "call" / "whisper_en.json",
        "tables/questions_da.tsv": tests / "table" / "questions_da.tsv",
    }
    with zipfile.ZipFile(z, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, src in members.items():
            zf.write(src, name)
    import cxmine.pipeline.run as run

    on_disk: dict[str, list[str]] = {}
    real = run._read_into

    def watch(item, *a, **k):  # noqa: ANN001, ANN002, ANN003, ANN202
        on_disk[item.display.split("!")[-1]] = [p.name for p in private_tmp.rglob("*") if p.is_file()]
        return real(item, *a, **k)

    monkeypatch.setattr(run, "_read_into", watch)
    out = tmp_path / "out"
    _ingest([z], out)
    assert set(on_disk) == set(members)  # every member was read
    assert {m: files for m, files in on_disk.items() if files} == {"tables/questions_da.tsv": ["questions_da.tsv"]}
    assert [p for p in private_tmp.rglob("*") if p.is_file()] == []  # the copy is gone after its read
    assert {r["source_file"].split("!")[-1] for r in _rows(out)} == set(members)
