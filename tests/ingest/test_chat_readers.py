"""Chat readers (chat_json, zendesk, intercom, whatsapp), the shared textio helpers and sniffing."""

from __future__ import annotations

import importlib
import shutil
from datetime import datetime, timezone
from pathlib import Path

import pytest

from cxmine.errors import ReaderError
from cxmine.ingest import READER_MODULES
from cxmine.ingest.base import RawMessage, ReadOptions, RecordError
from cxmine.ingest.textio import decode_bytes, file_digest, normalize_speaker, parse_timestamp

DATA = Path(__file__).resolve().parents[1] / "data"
CHAT = DATA / "chat"
MINE = tuple(m for m in READER_MODULES if m.startswith(("chat_", "call_")) or m == "table")


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=timezone.utc)


def read(module: str, path: Path, **opts) -> tuple[list[RawMessage], list[RecordError]]:
    reader = importlib.import_module(f"cxmine.ingest.{module}").READER
    out = list(reader.read(path, ReadOptions(**opts)))
    return [m for m in out if isinstance(m, RawMessage)], [e for e in out if isinstance(e, RecordError)]


def detect_mine(path: Path) -> str | None:
    """The registry's detection rule (extension first, then content), over this helper's readers only."""
    readers = [importlib.import_module(f"cxmine.ingest.{m}").READER for m in READER_MODULES if m in MINE]
    head = path.read_bytes()[:65536]
    suffix = path.suffix.lower()
    for r in readers:
        if suffix in r.extensions and r.sniff(path, head):
            return r.name
    for r in readers:
        if suffix not in r.extensions and r.sniff(path, head):
            return r.name
    return None


@pytest.mark.parametrize(
    ("rel", "expected"),
    [
        ("chat/whatsapp_android_nl.txt", "whatsapp"),
        ("chat/whatsapp_ios_da.txt", "whatsapp"),
        ("chat/whatsapp_us_en.txt", "whatsapp"),
        ("chat/zendesk_tickets.json", "zendesk"),
        ("chat/zendesk_incremental.jsonl", "zendesk"),
        ("chat/intercom_conversations.json", "intercom"),
        ("chat/chat_aliases.jsonl", "chat_json"),
        ("chat/chat_messages.json", "chat_json"),
        ("call/support_call_nl.vtt", "webvtt"),
        ("call/support_call_da.srt", "srt"),
        ("call/support_call_en.txt", "transcript"),
        ("call/support_call_nl.txt", "transcript"),
        ("call/whisper_nl.json", "whisper"),
        ("call/aws_speakers.json", "aws_transcribe"),
        ("call/aws_channels.json", "aws_transcribe"),
        ("call/not_a_transcript.txt", None),
        ("table/questions_nl.csv", "table"),
        ("table/questions_en.jsonl", "table"),
        ("table/bom_en.csv", "table"),
    ],
)
def test_sniffing_picks_the_right_reader(rel: str, expected: str | None) -> None:
    assert detect_mine(DATA / rel) == expected


def test_parse_timestamp_variants() -> None:
    assert parse_timestamp("2024-05-01T12:00:00+02:00") == utc(2024, 5, 1, 10)
    assert parse_timestamp("2024-05-01T10:00:00Z") == utc(2024, 5, 1, 10)
    assert parse_timestamp("2024-05-01 10:00:00") == utc(2024, 5, 1, 10)
    assert parse_timestamp("2024-05-01T10:00:00.123456789Z") == utc(2024, 5, 1, 10, 0, 0, 123456)
    assert parse_timestamp("2024-05-01 10:00:00 +0200") == utc(2024, 5, 1, 8)
    assert parse_timestamp(1714557600) == utc(2024, 5, 1, 10)
    assert parse_timestamp(1714557600000) == utc(2024, 5, 1, 10)
    assert parse_timestamp("1714557600") == utc(2024, 5, 1, 10)
    assert parse_timestamp("Wed, 01 May 2024 12:00:00 +0200") == utc(2024, 5, 1, 10)
    assert parse_timestamp("gisteren") is None
    assert parse_timestamp(None) is None and parse_timestamp("") is None


def test_normalize_speaker_aliases() -> None:
    for label in ("klant", "Kunde", "end-user", "requester", "Visitor", "lead", "contact", "Caller", "beller"):
        assert normalize_speaker(label) == "customer", label
    for label in ("admin", "Medewerker", "medarbejder", "operator", "rep", "support", "employee"):
        assert normalize_speaker(label) == "agent", label
    assert normalize_speaker("operator-bot") == "bot"
    assert normalize_speaker("automation") == "bot"
    assert normalize_speaker("system") == "system"
    assert normalize_speaker("Sanne de Vries") == "unknown"
    assert normalize_speaker(None) == "unknown"


def test_decode_bytes_boms_and_fallback() -> None:
    text = "Hvornår får jeg min refusion?"
    for enc in ("utf-16", "utf-32", "utf-8-sig"):
        assert decode_bytes(text.encode(enc)) == (text, decode_bytes(text.encode(enc))[1])
        assert decode_bytes(text.encode(enc))[0] == text
    assert decode_bytes(text.encode("utf-16-le"))[0] == text  # no BOM: told by the zero bytes
    got, enc = decode_bytes(("Factuur ontvangen, bedankt. Groeten, Hélène en Søren. " * 5).encode("cp1252"))
    assert "Hélène" in got and "Søren" in got and enc != "utf-8"
    with pytest.raises(ReaderError):
        decode_bytes(b"\xff\xfe\x00", encoding="ascii")


def test_file_digest_is_content_based(tmp_path: Path) -> None:
    copy = tmp_path / "elsewhere.txt"
    shutil.copy(CHAT / "whatsapp_us_en.txt", copy)
    assert file_digest(copy) == file_digest(CHAT / "whatsapp_us_en.txt")
    msgs, _ = read("chat_whatsapp", copy)
    assert msgs[0].conversation == "file:" + file_digest(CHAT / "whatsapp_us_en.txt")


def test_chat_json_aliases_and_bad_line() -> None:
    msgs, errors = read("chat_json", CHAT / "chat_aliases.jsonl")
    assert [m.conversation for m in msgs] == ["c-100", "c-100", "200", "200", "t-9"]
    assert [m.speaker for m in msgs] == ["customer", "agent", "customer", "bot", "customer"]
    assert msgs[0].sent_at == utc(2024, 5, 1, 10) and msgs[0].native_id == "m1"
    assert msgs[0].author == "Jan" and msgs[0].author_name == "Jan"
    assert msgs[2].sent_at == utc(2024, 5, 1, 10)  # unix seconds; the next line has millis
    assert msgs[3].sent_at == utc(2024, 5, 1, 10, 1)
    assert msgs[4].text.startswith("Hvordan ændrer")
    assert [e.error for e in errors] == ["corrupt", "missing_field"]
    assert "line 3" in errors[0].detail and "line 7" in errors[1].detail
    assert "{" not in errors[0].detail  # never the record's text
    assert [m.ordinal for m in msgs] == [0, 1, 3, 4, 5]


def test_chat_json_messages_object_with_nested_author() -> None:
    msgs, errors = read("chat_json", CHAT / "chat_messages.json")
    assert not errors
    assert [(m.speaker, m.author, m.author_name) for m in msgs] == [
        ("customer", "cust-1", "Anna"),
        ("agent", "ag-3", "Tom"),
    ]
    assert msgs[1].sent_at == utc(2024, 6, 10, 8, 5)


def test_chat_json_empty_file_raises() -> None:
    with pytest.raises(ReaderError) as exc:
        read("chat_json", CHAT / "empty.jsonl")
    assert exc.value.error == "empty"


def test_chat_json_does_not_claim_foreign_json() -> None:
    reader = importlib.import_module("cxmine.ingest.chat_json").READER
    for rel in (
        "chat/zendesk_tickets.json",
        "chat/intercom_conversations.json",
        "call/whisper_nl.json",
        "call/aws_speakers.json",
        "table/questions_en.jsonl",
    ):
        path = DATA / rel
        assert not reader.sniff(path, path.read_bytes()[:65536]), rel


def test_zendesk_tickets() -> None:
    msgs, errors = read("chat_zendesk", CHAT / "zendesk_tickets.json")
    assert [m.native_id for m in msgs] == ["1", "2", "3", "4", "6"]
    assert [m.speaker for m in msgs] == ["customer", "system", "agent", "customer", "agent"]
    assert msgs[0].conversation == "4711" and msgs[0].subject == "Factuur klopt niet"
    assert msgs[2].text == "Beste klant,\n\nHet bedrag is de verzendkosten. We storten het terug."
    assert msgs[2].html is not None and msgs[2].sent_at == utc(2024, 3, 1, 8)
    assert msgs[3].channel == "email" and msgs[3].n_attachments == 1
    assert msgs[4].sent_at == utc(2024, 3, 2, 11)
    assert len(errors) == 1 and errors[0].error == "missing_field" and "comment 1" in errors[0].detail


def test_zendesk_incremental_jsonl() -> None:
    msgs, errors = read("chat_zendesk", CHAT / "zendesk_incremental.jsonl")
    assert not errors
    assert [(m.conversation, m.speaker) for m in msgs] == [("801", "customer"), ("801", "agent"), ("802", "customer")]
    assert msgs[0].subject == "Pakke ikke modtaget"


def test_intercom_conversations() -> None:
    msgs, errors = read("chat_intercom", CHAT / "intercom_conversations.json")
    assert not errors
    assert [m.speaker for m in msgs] == ["customer", "bot", "system", "agent"]  # assignment and close skipped
    assert msgs[0].text == "Hoi, waar blijft mijn terugbetaling voor bestelling 1001?"
    assert msgs[0].author == "pieter@example.nl" and msgs[0].author_name == "Pieter Jansen"
    assert msgs[0].sent_at == utc(2024, 3, 1, 8) and msgs[0].conversation == "215471"
    assert msgs[3].text == "Hoi Pieter, de terugbetaling is gisteren verstuurd.\nJe ziet het binnen 3 werkdagen."
    assert msgs[3].native_id == "p-4"


def test_whatsapp_android_nl() -> None:
    msgs, errors = read("chat_whatsapp", CHAT / "whatsapp_android_nl.txt")
    assert not errors
    assert [m.speaker for m in msgs] == ["system", "unknown", "unknown", "unknown", "unknown", "unknown", "system"]
    assert msgs[1].author == "Sanne de Vries" and msgs[1].sent_at == utc(2024, 3, 12, 9, 15)
    assert msgs[1].text == "Goedemorgen, mijn pakket is nog steeds niet bezorgd.\nHet trackingnummer is 3SABC1234567."
    assert msgs[3].n_attachments == 1 and msgs[3].text == "" and msgs[3].author == "Sanne de Vries"
    assert msgs[5].sent_at == utc(2024, 3, 13, 18, 2)
    assert msgs[6].author is None  # "X heeft het onderwerp gewijzigd naar "a: b"" is not a message by X


def test_whatsapp_ios_da() -> None:
    msgs, _ = read("chat_whatsapp", CHAT / "whatsapp_ios_da.txt")
    assert msgs[0].speaker == "system" and msgs[0].author is None  # encryption notice under the chat's name
    assert msgs[1].author == "Mette Hansen" and msgs[1].sent_at == utc(2024, 2, 3, 10, 1, 40)
    assert msgs[2].n_attachments == 1 and msgs[2].text == ""
    assert msgs[4].text == "Hvornår kommer pengene?\nJeg kan stadig ikke se dem."
    assert msgs[4].sent_at == utc(2024, 2, 13, 8, 30)
    assert msgs[5].n_attachments == 1


def test_whatsapp_us_month_first_and_pm() -> None:
    msgs, _ = read("chat_whatsapp", CHAT / "whatsapp_us_en.txt")
    assert msgs[0].speaker == "system"
    assert msgs[1].author == "+1 555 0100" and msgs[1].sent_at == utc(2024, 1, 5, 9, 3)
    assert msgs[4].sent_at == utc(2024, 1, 13, 12, 30)
    assert msgs[5].sent_at == utc(2024, 1, 13, 12, 45) and msgs[5].n_attachments == 1


def test_whatsapp_day_first_from_data(tmp_path: Path) -> None:
    # 05/02 alone is ambiguous; 13/02 later in the file settles it as day-first.
    p = tmp_path / "chat.txt"
    p.write_text("05/02/2024, 10:00 - Kunde: Hej, hvor er min pakke?\n13/02/2024, 11:00 - Kunde: Hallo?\n")
    msgs, _ = read("chat_whatsapp", p)
    assert [m.sent_at for m in msgs] == [utc(2024, 2, 5, 10), utc(2024, 2, 13, 11)]


def test_whatsapp_not_a_chat_raises(tmp_path: Path) -> None:
    p = tmp_path / "notes.txt"
    p.write_text("Just some notes\nabout an invoice\n")
    with pytest.raises(ReaderError):
        read("chat_whatsapp", p)


def test_whatsapp_spanish_style_am_pm_and_tight_colon(tmp_path: Path) -> None:
    p = tmp_path / "chat.txt"
    p.write_text(
        "01/20/2024, 12:05 a. m. - Kees: Mijn factuur is te hoog.\n"
        "01/20/2024, 03:55 p. m. - Kees:?\n"
        "01/21/2024, 12:10 p. m. - Support: Wij kijken ernaar.\n",
        encoding="utf-8",
    )
    msgs, _ = read("chat_whatsapp", p)
    assert [m.sent_at for m in msgs] == [utc(2024, 1, 20, 0, 5), utc(2024, 1, 20, 15, 55), utc(2024, 1, 21, 12, 10)]
    assert (msgs[1].author, msgs[1].text, msgs[1].speaker) == ("Kees", "?", "unknown")
