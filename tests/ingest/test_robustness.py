"""Bad input loses nothing else: a broken record, folder or zip member is one error, and the rest is read.

Covers deep or oversized records, files over the whole-file limit, header-less CSVs (no cell text in errors), folders with symlink loops and
unreadable subfolders, odd zip member names, zip bombs, and encodings (UTF-16 without BOM, damaged UTF-8).
"""

from __future__ import annotations

import io
import json
import os
import struct
import zipfile
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from cxmine.errors import ReaderError
from cxmine.ingest import get_reader
from cxmine.ingest.base import RawMessage, ReadOptions, RecordError
from cxmine.ingest.discover import DiscoveryError, InputFile, ZipLimits, discover

MSG = {"conversation_id": "c1", "author_type": "customer"}


def _line(text: str) -> str:
    return json.dumps({**MSG, "text": text}) + "\n"


def _read(reader: str, path: Path, **opts) -> tuple[list[RawMessage], list[RecordError]]:
    out = list(get_reader(reader).read(path, ReadOptions(**opts)))
    return [m for m in out if isinstance(m, RawMessage)], [e for e in out if isinstance(e, RecordError)]


# --- 1. one bad record ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("reader", ["chat_json", "table"])
def test_deeply_nested_jsonl_record_is_one_error(tmp_path: Path, reader: str) -> None:
    deep = '{"text": ' + "[" * 100_000 + "]" * 100_000 + "}\n"
    p = tmp_path / "chat.jsonl"
    p.write_text(_line("first message") + deep + _line("third message"))
    msgs, errors = _read(reader, p)
    assert [m.text for m in msgs] == ["first message", "third message"]
    assert len(errors) == 1 and "line 2" in errors[0].detail


def test_csv_field_larger_than_a_block_is_read(tmp_path: Path) -> None:
    big = "lang tekst " * 200_000  # 2.2 MB in one field: more than pyarrow's block and the csv module's limit
    p = tmp_path / "big.csv"
    p.write_text(f'text,id\nfirst,1\n"{big}",2\nthird,3\n')
    msgs, errors = _read("table", p)
    assert [m.text for m in msgs] == ["first", big, "third"] and not errors


def test_csv_record_over_the_limit_is_one_error(tmp_path: Path) -> None:
    p = tmp_path / "big.csv"
    p.write_text('text,id\nfirst,1\n"' + "geheim\n" * 300_000 + '",2\nthird,3\nfourth,4\n')
    msgs, errors = _read("table", p, max_record_bytes=1 << 20)
    assert [m.text for m in msgs] == ["first", "third", "fourth"]
    assert len(errors) == 1 and "row 2" in errors[0].detail and "geheim" not in errors[0].detail


def test_csv_row_with_extra_fields_after_a_bad_block_is_one_error(tmp_path: Path) -> None:
    p = tmp_path / "bad.csv"
    p.write_text('text,id\nfirst,1\n"' + "x" * 2_000_000 + '",2\nGeheime klanttekst,3,extra\nlast,4\n')
    msgs, errors = _read("table", p)
    assert [m.text for m in msgs][-1] == "last" and len(msgs) == 3
    assert len(errors) == 1 and "Geheime" not in errors[0].detail and "row 3" in errors[0].detail


def test_overlong_jsonl_line_is_one_error(tmp_path: Path) -> None:
    p = tmp_path / "chat.jsonl"
    p.write_text(_line("first") + _line("x" * 3_000_000) + _line("third"))
    msgs, errors = _read("chat_json", p, max_record_bytes=1 << 20)
    assert [m.text for m in msgs] == ["first", "third"]
    assert len(errors) == 1 and "line 2" in errors[0].detail and errors[0].error == "too_large"


# --- 1b. whole files over the limit -----------------------------------------------------------------------------

DATA = Path(__file__).resolve().parents[1] / "data"
WHOLE_FILES = [  # (reader, fixture, words of the fixture's text that must not show in the error)
    ("chat_json", "chat/chat_messages.json", ("parcel", "Anna")),
    ("whatsapp", "chat/whatsapp_android_nl.txt", ("pakket", "Sanne")),  # textio.read_text
    ("eml", "email/nl_plain.eml", ("@",)),
    ("zendesk", "chat/zendesk_tickets.json", ()),  # textio.read_json_records
    ("intercom", "chat/intercom_conversations.json", ()),
]


def test_the_whole_file_limit_is_1_gib_by_default() -> None:
    assert ReadOptions().max_file_bytes == 1024**3


@pytest.mark.parametrize(("reader", "fixture", "private"), WHOLE_FILES, ids=[w[0] for w in WHOLE_FILES])
def test_a_file_over_max_file_bytes_is_refused_whole_naming_size_and_limit(
    tmp_path: Path, reader: str, fixture: str, private: tuple[str, ...]
) -> None:
    path = DATA / fixture
    size = path.stat().st_size
    with pytest.raises(ReaderError) as exc:
        list(get_reader(reader).read(path, ReadOptions(max_file_bytes=size - 1, display_path="in/" + path.name)))
    err = exc.value
    assert err.error == "too_large"
    assert f"in/{path.name} is {size:,} bytes" in err.detail and f"({size - 1:,} bytes" in err.detail
    assert "max_file_mb limit" in err.detail and "--" not in err.detail  # which limit; the CLI names its option
    assert not any(word in err.detail for word in private)
    msgs, errors = _read(reader, path, max_file_bytes=size)  # at the limit: read as usual
    assert msgs and (msgs, errors) == _read(reader, path)


def test_a_file_over_the_limit_is_not_read_into_memory(tmp_path: Path) -> None:
    import tracemalloc

    p = tmp_path / "dump.json"  # a JSON array: chat_json reads it whole
    with open(p, "wb") as fh:
        fh.write(b'[{"conversation_id": "c1", "author_type": "customer", "text": "')
        fh.truncate(64 * 1024**2)  # sparse: 64 MiB on paper, nothing on disk
    tracemalloc.start()
    try:
        with pytest.raises(ReaderError) as exc:
            list(get_reader("chat_json").read(p, ReadOptions(max_file_bytes=1 << 20)))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert exc.value.error == "too_large" and peak < 1 << 20


def test_a_json_lines_file_is_streamed_whatever_max_file_bytes_says(tmp_path: Path) -> None:
    p = tmp_path / "chat.jsonl"
    p.write_text(_line("first") + _line("second"))
    msgs, errors = _read("chat_json", p, max_file_bytes=10)
    assert [m.text for m in msgs] == ["first", "second"] and not errors


def test_a_maildir_message_over_the_limit_is_one_record_error(tmp_path: Path) -> None:
    box = tmp_path / "Maildir"
    for sub in ("cur", "new", "tmp"):
        (box / sub).mkdir(parents=True)
    big, small = DATA / "email" / "nl_plain.eml", DATA / "email" / "en_mislabelled_utf8.eml"
    (box / "cur" / "1.big").write_bytes(big.read_bytes())
    (box / "cur" / "2.small").write_bytes(small.read_bytes())
    msgs, errors = _read("maildir", box, max_file_bytes=small.stat().st_size)
    assert len(msgs) == 1 and msgs[0].ordinal == 1  # the rest of the folder is read
    assert len(errors) == 1 and errors[0].error == "too_large" and "Maildir/cur/1.big is" in errors[0].detail


def test_a_msg_file_over_the_limit_is_refused_before_the_library_opens_it(tmp_path: Path, monkeypatch) -> None:
    import sys
    import types

    def open_msg(path: str) -> None:
        raise AssertionError("extract_msg.openMsg must not be called for a file over the limit")

    monkeypatch.setitem(sys.modules, "extract_msg", types.SimpleNamespace(openMsg=open_msg))
    p = tmp_path / "big.msg"
    p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 2000)
    with pytest.raises(ReaderError) as exc:
        list(get_reader("msg").read(p, ReadOptions(max_file_bytes=1000)))
    assert exc.value.error == "too_large" and "big.msg is 2,008 bytes" in exc.value.detail


# --- 2. header-less CSV ---------------------------------------------------------------------------------------


def test_headerless_csv_error_prints_no_cell_values(tmp_path: Path) -> None:
    p = tmp_path / "noheader.csv"
    p.write_text("Jan Jansen,Waar is mijn pakket 12345?,2024-01-01\nPiet,Hallo,2024-01-02\n")
    with pytest.raises(ReaderError) as exc:
        list(get_reader("table").read(p, ReadOptions()))
    msg = str(exc.value)
    assert exc.value.error == "missing_column"
    assert "Jan" not in msg and "pakket" not in msg and "2024" not in msg
    assert "3 columns" in msg and "header" in msg and "text" in msg


def test_headerless_csv_with_named_column_prints_no_cell_values(tmp_path: Path) -> None:
    p = tmp_path / "noheader.csv"
    p.write_text("Jan Jansen,Waar is mijn pakket?\n")
    with pytest.raises(ReaderError) as exc:
        list(get_reader("table").read(p, ReadOptions(text_column="body", time_column="when")))
    msg = str(exc.value)
    assert "Jan" not in msg and "pakket" not in msg and "'body'" in msg and "2 columns" in msg


# --- 3. folders and zip member names -------------------------------------------------------------------------


def _items(paths: list, **kw) -> tuple[list[InputFile], list[DiscoveryError]]:
    out = list(discover(paths, **kw))
    return [x for x in out if isinstance(x, InputFile)], [x for x in out if isinstance(x, DiscoveryError)]


def test_symlink_loop_and_links_are_named_and_the_walk_goes_on(tmp_path: Path) -> None:
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    (root / "sub" / "a.jsonl").write_text(_line("hi"))
    (root / "z.jsonl").write_text(_line("hi"))
    os.symlink("loop", root / "loop")  # a link to itself
    os.symlink("nowhere", root / "dangling")
    os.symlink("sub", root / "linked_dir")
    files, errors = _items([root])
    assert sorted(Path(f.display).name for f in files) == ["a.jsonl", "z.jsonl"]
    assert {Path(e.display).name: e.error for e in errors} == {
        "loop": "skipped",
        "dangling": "skipped",
        "linked_dir": "skipped",
    }


def test_unreadable_subfolder_is_named_and_the_walk_goes_on(tmp_path: Path, monkeypatch) -> None:
    root = tmp_path / "in"
    (root / "locked").mkdir(parents=True)
    (root / "z.jsonl").write_text(_line("hi"))
    real = os.scandir

    def scandir(path):  # noqa: ANN001, ANN202
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied")
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    files, errors = _items([root])
    assert [Path(f.display).name for f in files] == ["z.jsonl"]
    assert len(errors) == 1 and errors[0].display.endswith("locked") and errors[0].error == "unreadable"


def _set_utf8_flag(data: bytes) -> bytes:
    b = bytearray(data)
    for sig, off in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        i = b.find(sig)
        while i >= 0:
            struct.pack_into("<H", b, i + off, struct.unpack_from("<H", b, i + off)[0] | 0x800)
            i = b.find(sig, i + 4)
    return bytes(b)


def test_odd_zip_member_names_are_skipped_and_named(tmp_path: Path) -> None:
    z = tmp_path / "odd.zip"
    with zipfile.ZipFile(z, "w") as zf:
        for name in ("/abs/a.jsonl", "../up.jsonl", "a/../../b.jsonl", "ok.jsonl"):
            zf.writestr(zipfile.ZipInfo(name), _line("hi"))
    files, errors = _items([z])
    assert [f.display for f in files] == [f"{z}!ok.jsonl"]
    assert sorted(e.display.split("!")[1] for e in errors) == ["../up.jsonl", "/abs/a.jsonl", "a/../../b.jsonl"]
    assert {e.error for e in errors} == {"skipped"}


def test_docs_inside_a_zip_are_skipped_as_in_a_folder(tmp_path: Path) -> None:
    z = tmp_path / "export.zip"
    with zipfile.ZipFile(z, "w") as zf:
        for name in ("export/README.md", "export/LICENSE", "export/chats.jsonl"):
            zf.writestr(name, _line("hi"))
    files, errors = _items([z])
    assert [f.display for f in files] == [f"{z}!export/chats.jsonl"] and errors == []


def test_zip_with_invalid_utf8_member_name_is_an_error_not_a_crash(tmp_path: Path) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr(zipfile.ZipInfo("QQQQ.jsonl"), _line("hi"))
    z = tmp_path / "bad_names.zip"
    z.write_bytes(_set_utf8_flag(buf.getvalue().replace(b"QQQQ", b"\xff\xfeQQ")))
    files, errors = _items([z, tmp_path / "bad_names.zip"])
    assert not files and len(errors) == 2 and "UTF-8" in errors[0].detail


def test_odd_names_and_loops_reach_out_errors_and_nothing_is_written_outside(tmp_path: Path) -> None:
    from cxmine.pipeline.run import IngestConfig, run_ingest
    from cxmine.pipeline.stages import TextConfig

    root = tmp_path / "in"
    root.mkdir()
    (root / "a.jsonl").write_text(_line("Waar is mijn pakket?"))
    os.symlink("loop", root / "loop")
    with zipfile.ZipFile(root / "b.zip", "w") as zf:
        zf.writestr(zipfile.ZipInfo("../../escaped.jsonl"), _line("Hvor er min pakke?"))
        zf.writestr(zipfile.ZipInfo("fine.jsonl"), _line("Hvor er min pakke?"))
    out = tmp_path / "out"
    text = TextConfig(strip_quotes=False, redact=False, detect_language=False, extract_questions=False)  # fast
    result = run_ingest([root], out, IngestConfig(salt="s", text=text))
    kinds = {(e["source_file"], e["error"]) for e in result.errors}
    assert kinds == {(f"{root}/loop", "skipped"), (f"{root}/b.zip!../../escaped.jsonl", "skipped")}
    stored = pq.read_table(out / "errors").to_pylist()
    assert {(e["source_file"], e["error"]) for e in stored} == kinds
    assert result.new_messages == 2
    assert not list(tmp_path.rglob("escaped.jsonl"))


# --- 4. zip bombs -----------------------------------------------------------------------------------------------


def _bomb(path: Path, mb: int = 50) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        with zf.open("bomb.jsonl", "w", force_zip64=False) as dst:
            block = b"0" * (1 << 20)
            for _ in range(mb):
                dst.write(block)
        zf.writestr("good.jsonl", _line("Hvor er min pakke?"))


def test_zip_bomb_member_is_refused_by_its_ratio(tmp_path: Path) -> None:
    z = tmp_path / "bomb.zip"
    _bomb(z)
    assert z.stat().st_size < 1_000_000
    files, errors = _items([z], limits=ZipLimits(ratio_min_bytes=1 << 20))
    assert [f.display for f in files] == [f"{z}!good.jsonl"]
    assert len(errors) == 1 and errors[0].display == f"{z}!bomb.jsonl" and errors[0].error == "too_large"
    assert "ratio" in errors[0].detail


def test_zip_total_uncompressed_size_is_limited(tmp_path: Path) -> None:
    z = tmp_path / "many.zip"
    with zipfile.ZipFile(z, "w") as zf:
        for i in range(4):
            zf.writestr(f"m{i}.jsonl", _line(f"message {i} " + "y" * 400_000))
    files, errors = _items([z], limits=ZipLimits(max_total_bytes=1_000_000))
    assert [f.display.split("!")[1] for f in files] == ["m0.jsonl", "m1.jsonl"]
    assert [e.display.split("!")[1] for e in errors] == ["m2.jsonl", "m3.jsonl"]
    assert {e.error for e in errors} == {"too_large"}


def test_nested_zips_share_one_budget(tmp_path: Path) -> None:
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as zf:
        for i in range(3):
            zf.writestr(f"m{i}.jsonl", _line("z" * 400_000))
    z = tmp_path / "outer.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("a.zip", inner.getvalue())
        zf.writestr("b.zip", inner.getvalue())
    files, errors = _items([z], limits=ZipLimits(max_total_bytes=3_000_000))
    # a.zip (1.2 MB) and its three members (1.2 MB) fit; b.zip does not
    assert [f.display.split("!", 1)[1] for f in files] == ["a.zip!m0.jsonl", "a.zip!m1.jsonl", "a.zip!m2.jsonl"]
    assert [(e.display.split("!", 1)[1], e.error) for e in errors] == [("b.zip", "too_large")]


# --- 5. encodings --------------------------------------------------------------------------------------------------

VTT = "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Klant>Hej, jeg har et spørgsmål om min ordre.\n\n"


@pytest.mark.parametrize("text", [VTT, VTT.replace("spørgsmål", "sporgsmal")], ids=["latin", "ascii"])
def test_utf16_without_bom_vtt_is_decoded(tmp_path: Path, text: str) -> None:
    p = tmp_path / "call.vtt"
    p.write_bytes(text.encode("utf-16-le"))
    msgs, errors = _read("webvtt", p)
    assert [m.text for m in msgs] == [text.split("<v Klant>")[1].strip()] and not errors


def test_utf16_without_bom_jsonl_is_decoded_not_an_error_per_line(tmp_path: Path) -> None:
    p = tmp_path / "chat.jsonl"
    p.write_bytes((_line("first") + _line("Hvor er min pakke?")).encode("utf-16-le"))
    for reader in ("chat_json", "table"):
        msgs, errors = _read(reader, p)
        assert [m.text for m in msgs] == ["first", "Hvor er min pakke?"] and not errors


def test_utf16_without_bom_csv_is_decoded(tmp_path: Path) -> None:
    p = tmp_path / "rows.csv"
    p.write_bytes("text,id\nHvor er min pakke?,1\n".encode("utf-16-be"))
    msgs, errors = _read("table", p)
    assert [m.text for m in msgs] == ["Hvor er min pakke?"] and not errors


def test_damaged_utf8_vtt_is_one_clear_error_not_mojibake(tmp_path: Path) -> None:
    p = tmp_path / "call.vtt"
    p.write_bytes(VTT.encode("utf-8").replace(b"ordre", b"ord\xffre"))
    with pytest.raises(ReaderError) as exc:
        list(get_reader("webvtt").read(p, ReadOptions()))
    assert exc.value.error == "encoding" and "UTF-8" in exc.value.detail and "line 4" in exc.value.detail


def test_cp1252_vtt_is_decoded_correctly(tmp_path: Path) -> None:
    p = tmp_path / "call.vtt"
    p.write_bytes(VTT.encode("cp1252"))
    msgs, _ = _read("webvtt", p)
    assert [m.text for m in msgs] == ["Hej, jeg har et spørgsmål om min ordre."]


def _mbox_message(sender: str, subject: str, body: str) -> str:
    return (f"From {sender} Tue Nov  3 10:00:00 2020\nFrom: {sender}\nTo: shop@example.com\nSubject: {subject}\n"
            f"Date: Tue, 3 Nov 2020 10:00:00 +0000\n\n{body}\n\n")


@pytest.mark.parametrize("blob", ["x" * 5000, ("y" * 70 + "\n") * 80])  # one long line; many short lines
def test_mbox_message_over_the_record_limit_is_one_error_and_the_next_is_read(tmp_path: Path, blob: str) -> None:
    path = tmp_path / "box.mbox"
    path.write_text(_mbox_message("a@example.com", "first", "Hello, where is my order?")
                    + _mbox_message("b@example.com", "huge", blob)
                    + _mbox_message("c@example.com", "third", "Can I return the chair?"), encoding="utf-8")
    out = list(get_reader("mbox").read(path, ReadOptions(max_record_bytes=2000)))
    errors = [o for o in out if isinstance(o, RecordError)]
    messages = [o for o in out if isinstance(o, RawMessage)]
    assert [e.error for e in errors] == ["too_large"] and "message 2" in errors[0].detail
    assert "y" * 20 not in errors[0].detail and "x" * 20 not in errors[0].detail  # no text of the message
    assert [m.subject for m in messages] == ["first", "third"]
