"""Generic tables: CSV/TSV (delimiter sniffed), JSON Lines and Parquet, one message per row.

Columns come from ``ReadOptions``: ``text_column`` (picked automatically from text, message, body, utterance,
question, query, content when not given), ``id_column`` (-> ``native_id`` and ``extra["message_id"]``),
``time_column``, ``contact_column`` (-> ``conversation``; without it ``conversation`` is None and the pipeline
makes each row its own contact), ``speaker_column`` and ``channel`` (default "chat"). Other columns are kept in
``extra["fields"]`` (for evaluation labels such as an intent category; the pipeline decides what to store).
Files are streamed in record batches (``pyarrow.csv.open_csv``, ``ParquetFile.iter_batches``). This reader is
the last resort of the registry: it claims only .csv/.tsv/.parquet/.jsonl/.ndjson files.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from cxmine.errors import ReaderError
from cxmine.ingest.base import RawMessage, ReadOptions, RecordError
from cxmine.ingest.textio import decode_bytes, display_name, head_text, normalize_speaker, parse_timestamp, read_json

TEXT_COLUMNS = ("text", "message", "body", "utterance", "question", "query", "content")
_BATCH_ROWS = 8192


def _pick_text_column(columns: list[str], wanted: str | None, name: str) -> str:
    if wanted:
        if wanted in columns:
            return wanted
        lower = {c.lower(): c for c in columns}
        if wanted.lower() in lower:
            return lower[wanted.lower()]
        raise ReaderError("missing_column", f"{name} has no column {wanted!r}; columns: {', '.join(columns)}")
    lower = {c.strip().lower(): c for c in columns}
    for cand in TEXT_COLUMNS:
        if cand in lower:
            return lower[cand]
    raise ReaderError(
        "missing_column",
        f"{name}: no text column found; name the text column, one of: {', '.join(columns)}",
    )


def _column(columns: list[str], wanted: str | None, name: str, option: str) -> str | None:
    if not wanted:
        return None
    if wanted in columns:
        return wanted
    lower = {c.lower(): c for c in columns}
    if wanted.lower() in lower:
        return lower[wanted.lower()]
    raise ReaderError("missing_column", f"{name} has no column {wanted!r} ({option}); columns: {', '.join(columns)}")


def _sniff_delimiter(sample: str, suffix: str) -> str:
    if suffix == ".tsv":
        return "\t"
    first = sample.split("\n", 1)[0]
    present = "".join(d for d in ",;\t|" if d in first)
    if not present:  # one column: commas in the text must not split it
        return "\x1f"
    try:
        return csv.Sniffer().sniff(sample[:20000], delimiters=present).delimiter
    except csv.Error:
        return max(present, key=first.count)


class TableReader:
    """Reader for CSV, TSV, JSON Lines and Parquet tables."""

    name = "table"
    channel = "chat"
    extensions = (".csv", ".tsv", ".parquet", ".jsonl", ".ndjson")

    def sniff(self, path: Path, head: bytes) -> bool:
        suffix = path.suffix.lower()
        if suffix == ".parquet":
            return head.startswith(b"PAR1")
        if suffix in (".csv", ".tsv"):
            return bool(head.strip())
        if suffix in (".jsonl", ".ndjson"):
            return head_text(head).lstrip().startswith("{")
        return False

    def read(self, path: Path, options: ReadOptions) -> Iterator[RawMessage | RecordError]:
        name = display_name(path, options.display_path)
        suffix = path.suffix.lower()
        if suffix == ".parquet":
            batches, columns = self._parquet(path, name)
        elif suffix in (".jsonl", ".ndjson", ".json"):  # .json only when forced with --format table
            with open(path, "rb") as fh:
                array = head_text(fh.read(1024)).lstrip().startswith("[")
            yield from (self._json_array(path, options, name) if array else self._jsonl(path, options, name))
            return
        else:
            batches, columns = self._csv(path, options, name, suffix)
        cols = self._columns(columns, options, name)
        row = 0
        for batch in batches:
            data = {c: batch.column(c).to_pylist() for c in batch.schema.names}
            for i in range(batch.num_rows):
                row += 1
                yield self._message({c: v[i] for c, v in data.items()}, row, cols, options, name)

    @staticmethod
    def _columns(columns: list[str], options: ReadOptions, name: str) -> dict:
        return {
            "text": _pick_text_column(columns, options.text_column, name),
            "id": _column(columns, options.id_column, name, "id_column"),
            "time": _column(columns, options.time_column, name, "time_column"),
            "contact": _column(columns, options.contact_column, name, "contact_column"),
            "speaker": _column(columns, options.speaker_column, name, "speaker_column"),
        }

    def _parquet(self, path: Path, name: str) -> tuple[Iterator[pa.RecordBatch], list[str]]:
        try:
            pf = pq.ParquetFile(path)
        except (pa.ArrowInvalid, OSError) as exc:
            raise ReaderError("corrupt", f"{name} is not a readable Parquet file") from exc
        return pf.iter_batches(batch_size=_BATCH_ROWS), pf.schema_arrow.names

    def _csv(
        self, path: Path, options: ReadOptions, name: str, suffix: str
    ) -> tuple[Iterator[pa.RecordBatch], list[str]]:
        with open(path, "rb") as fh:
            head = fh.read(65536)
        if not head.strip(b"\xef\xbb\xbf \r\n\t"):
            raise ReaderError("empty", f"{name} is empty")
        encoding = options.encoding
        if encoding is None and head.startswith((b"\xff\xfe", b"\xfe\xff")):
            # the codec without an endianness suffix removes the BOM, so it does not end up in a column name
            encoding = "utf-32" if head.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")) else "utf-16"
        if encoding is None:
            try:
                head.decode("utf-8")
                encoding = "utf-8"
            except UnicodeDecodeError as exc:
                # a multi-byte character cut by the 64 KiB head is still UTF-8
                encoding = "utf-8" if exc.start >= len(head) - 3 else decode_bytes(head, None, name)[1]
        sample = head.decode(encoding, "ignore").lstrip("\ufeff")
        delimiter = _sniff_delimiter(sample, suffix)
        header = next(csv.reader([sample.split("\n", 1)[0].rstrip("\r")], delimiter=delimiter), [])
        if not header:
            raise ReaderError("empty", f"{name} has no header row")
        try:
            reader = pacsv.open_csv(
                path,
                read_options=pacsv.ReadOptions(encoding=encoding, block_size=1 << 20),
                parse_options=pacsv.ParseOptions(delimiter=delimiter, newlines_in_values=True),
                convert_options=pacsv.ConvertOptions(
                    column_types={c: pa.string() for c in header}, strings_can_be_null=True
                ),
            )
        except (pa.ArrowInvalid, UnicodeDecodeError):
            raise ReaderError("corrupt", f"{name} could not be read as CSV; check the delimiter and encoding") from None
        return self._csv_batches(reader, name), reader.schema.names

    @staticmethod
    def _csv_batches(reader: pacsv.CSVStreamingReader, name: str) -> Iterator[pa.RecordBatch]:
        rows = 0
        while True:
            try:
                batch = reader.read_next_batch()
            except StopIteration:
                return
            except pa.ArrowInvalid as exc:  # a row with the wrong number of fields: the rest cannot be aligned
                # pyarrow's message quotes the row itself (customer text): keep only the column counts
                counts = re.search(r"Expected \d+ columns, got \d+", str(exc))
                why = counts.group(0).lower() if counts else "a row that does not parse"
                raise ReaderError(
                    "corrupt", f"{name}: malformed CSV ({why}) after {rows} rows; check quoting and the delimiter"
                ) from None
            rows += batch.num_rows
            yield batch

    def _jsonl(self, path: Path, options: ReadOptions, name: str) -> Iterator[RawMessage | RecordError]:
        cols: dict | None = None
        row = 0
        with open(path, "rb") as fh:
            for lineno, raw in enumerate(fh, 1):
                if lineno == 1 and raw.startswith(b"\xef\xbb\xbf"):
                    raw = raw[3:]
                if not raw.strip():
                    continue
                row += 1
                try:
                    obj = json.loads(raw.decode(options.encoding) if options.encoding else raw)
                except (ValueError, UnicodeDecodeError):
                    yield RecordError("corrupt", f"{name} line {lineno}: not valid JSON")
                    continue
                if not isinstance(obj, dict):
                    yield RecordError("corrupt", f"{name} line {lineno}: not a JSON object")
                    continue
                if cols is None:
                    cols = self._columns(list(obj), options, name)
                yield self._message(obj, row, cols, options, name, f"line {lineno}")
        if cols is None:
            raise ReaderError("empty", f"{name} has no rows")

    def _json_array(self, path: Path, options: ReadOptions, name: str) -> Iterator[RawMessage | RecordError]:
        rows = read_json(path, options.encoding, name)
        cols: dict | None = None
        for i, obj in enumerate(rows, 1):
            if not isinstance(obj, dict):
                yield RecordError("corrupt", f"{name} item {i}: not a JSON object")
                continue
            if cols is None:
                cols = self._columns(list(obj), options, name)
            yield self._message(obj, i, cols, options, name)
        if cols is None:
            raise ReaderError("empty", f"{name} has no rows")

    @staticmethod
    def _message(
        rec: dict, row: int, cols: dict, options: ReadOptions, name: str, where: str | None = None
    ) -> RawMessage | RecordError:
        text = rec.get(cols["text"])
        if text is None or (isinstance(text, str) and not text.strip()):
            return RecordError("missing_field", f"{name} {where or f'row {row}'}: no text in column {cols['text']!r}")
        if not isinstance(text, str):
            text = str(text)
        mid = rec.get(cols["id"]) if cols["id"] else None
        contact = rec.get(cols["contact"]) if cols["contact"] else None
        spk = rec.get(cols["speaker"]) if cols["speaker"] else None
        used = {c for c in cols.values() if c}
        extra: dict = {"fields": {k: v for k, v in rec.items() if k not in used}}
        if mid is not None:
            extra["message_id"] = str(mid)
        return RawMessage(
            text=text,
            channel=options.channel or "chat",
            conversation=None if contact is None else str(contact),
            native_id=None if mid is None else str(mid),
            sent_at=parse_timestamp(rec.get(cols["time"])) if cols["time"] else None,
            speaker=normalize_speaker(spk),
            author=None if spk is None else str(spk),
            ordinal=row - 1,
            extra=extra,
        )


READER = TableReader()
