"""The generic table reader: CSV/TSV with delimiter sniffing, JSON Lines and Parquet."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from cxmine.errors import ReaderError
from cxmine.ingest.base import RawMessage, ReadOptions, RecordError
from cxmine.ingest.table import READER

TABLE = Path(__file__).resolve().parents[1] / "data" / "table"


def read(path: Path, **opts) -> tuple[list[RawMessage], list[RecordError]]:
    out = list(READER.read(path, ReadOptions(**opts)))
    return [m for m in out if isinstance(m, RawMessage)], [e for e in out if isinstance(e, RecordError)]


def test_csv_semicolon_with_all_columns() -> None:
    msgs, errors = read(
        TABLE / "questions_nl.csv",
        text_column="bericht",
        id_column="id",
        time_column="tijd",
        contact_column="klant_id",
        speaker_column="rol",
    )
    assert [m.native_id for m in msgs] == ["q1", "q2", "q3"]
    assert msgs[0].extra["message_id"] == "q1" and msgs[0].conversation == "K100"
    assert [m.speaker for m in msgs] == ["customer", "agent", "customer"]
    assert msgs[1].text == "Uw pakket komt morgen; excuses voor de vertraging."
    assert msgs[2].text == "Ik heb een vraag over mijn factuur.\nHet bedrag klopt niet."
    assert msgs[0].sent_at == datetime(2024, 1, 8, 9, tzinfo=timezone.utc)
    assert msgs[2].sent_at == datetime(2024, 1, 9, 10, tzinfo=timezone.utc)
    assert len(errors) == 1 and "row 4" in errors[0].detail and "bericht" in errors[0].detail


def test_csv_without_contact_column_has_no_conversation() -> None:
    msgs, _ = read(TABLE / "questions_nl.csv", text_column="bericht")
    assert all(m.conversation is None for m in msgs) and all(m.channel == "chat" for m in msgs)
    assert msgs[0].extra["fields"]["klant_id"] == "K100"


def test_tsv_autopicks_text_and_channel_option() -> None:
    msgs, errors = read(TABLE / "questions_da.tsv", channel="email")
    assert not errors
    assert [m.text for m in msgs] == ["Hvordan nulstiller jeg min adgangskode?", "Hvornår får jeg min refusion?"]
    assert msgs[1].extra["fields"] == {"category": "refund"} and msgs[1].channel == "email"


def test_utf8_bom_csv() -> None:
    msgs, _ = read(TABLE / "bom_en.csv")
    assert [m.text for m in msgs] == ["I want to cancel my order", "where is my invoice"]
    assert msgs[0].extra["fields"]["flags"] == "BM"  # the BOM is not part of the first column name


def test_jsonl_rows_with_broken_and_empty_lines() -> None:
    msgs, errors = read(TABLE / "questions_en.jsonl")
    assert [m.text for m in msgs] == ["How do I change my delivery address?", "I want a refund for my order"]
    assert [e.error for e in errors] == ["corrupt", "missing_field"]
    assert "line 3" in errors[0].detail and "line 4" in errors[1].detail


def test_missing_text_column_counts_the_columns() -> None:
    # a CSV's first row may be customer data (no header row): its cells are never printed, only their number
    with pytest.raises(ReaderError) as exc:
        read(TABLE / "no_text_column.csv")
    assert exc.value.error == "missing_column" and "2 columns" in exc.value.detail
    assert "kolom_a" not in exc.value.detail and "header row" in exc.value.detail
    with pytest.raises(ReaderError):
        read(TABLE / "questions_da.tsv", text_column="nope")


def test_empty_csv_raises() -> None:
    with pytest.raises(ReaderError) as exc:
        read(TABLE / "empty.csv")
    assert exc.value.error == "empty"


def test_parquet_in_batches(tmp_path: Path) -> None:
    n = 20_000  # more than one batch
    table = pa.table(
        {
            "msg_id": [f"m{i}" for i in range(n)],
            "question": [f"Waar is pakket {i}?" if i % 1000 else None for i in range(n)],
            "created": pa.array([datetime(2024, 1, 1, tzinfo=timezone.utc)] * n, pa.timestamp("ms", tz="UTC")),
        }
    )
    p = tmp_path / "q.parquet"
    pq.write_table(table, p, row_group_size=5000)
    assert READER.sniff(p, p.read_bytes()[:65536])
    msgs, errors = read(p, id_column="msg_id", time_column="created")
    assert len(msgs) == n - 20 and len(errors) == 20
    assert msgs[0].native_id == "m1" and msgs[0].text == "Waar is pakket 1?"
    assert msgs[0].sent_at == datetime(2024, 1, 1, tzinfo=timezone.utc)
    assert errors[0].detail.endswith("no text in column 'question'") and "row 1" in errors[0].detail


def test_sniff_only_table_extensions(tmp_path: Path) -> None:
    p = tmp_path / "x.txt"
    p.write_text("text,label\nhallo,1\n")
    assert not READER.sniff(p, p.read_bytes())
    q = tmp_path / "fake.parquet"
    q.write_text("text\nx\n")
    assert not READER.sniff(q, q.read_bytes())


def test_single_column_csv_with_commas_and_utf16(tmp_path: Path) -> None:
    p = tmp_path / "one.csv"
    p.write_text("question\nHallo, waar is mijn pakket?\nHej, hvor er min faktura?\n", encoding="utf-16")
    msgs, errors = read(p)
    assert not errors
    assert [m.text for m in msgs] == ["Hallo, waar is mijn pakket?", "Hej, hvor er min faktura?"]


def test_forced_json_array(tmp_path: Path) -> None:
    p = tmp_path / "rows.json"
    p.write_text('[{"query": "Hvor er min pakke?", "id": 7}, {"query": "Waar is mijn factuur?", "id": 8}]')
    msgs, _ = read(p, id_column="id")
    assert [(m.native_id, m.text) for m in msgs] == [("7", "Hvor er min pakke?"), ("8", "Waar is mijn factuur?")]


def test_malformed_csv_row_is_one_error_without_row_text(tmp_path: Path) -> None:
    p = tmp_path / "bad.csv"
    p.write_text("text,label\nWaar is mijn pakket?,a\nGeheime klanttekst,b,extra\nHvor er min pakke?,c\n")
    msgs, errors = read(p)
    assert [m.text for m in msgs] == ["Waar is mijn pakket?", "Hvor er min pakke?"]
    assert len(errors) == 1 and errors[0].error == "corrupt" and "row 2" in errors[0].detail
    assert "Geheime" not in errors[0].detail
