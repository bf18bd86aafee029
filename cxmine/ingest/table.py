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
from cxmine.ingest.textio import (
    decode_bytes,
    display_name,
    head_text,
    iter_lines,
    normalize_speaker,
    open_lines,
    parse_timestamp,
    read_json,
    sniff_encoding,
)

TEXT_COLUMNS = ("text", "message", "body", "utterance", "question", "query", "content")
_BATCH_ROWS = 8192


def _seen(columns: list[str], listed: bool) -> str:
    """The columns for an error: their names from JSON keys or Parquet; only their number from a CSV's first row,
    which may be a data row (customer text) when the file has no header row."""
    if listed:
        return f"columns: {', '.join(columns)}"
    return f"its first row has {len(columns)} columns (a file without a header row has data there: add one)"


def _pick_text_column(columns: list[str], wanted: str | None, name: str, listed: bool = True) -> str:
    if wanted:
        if wanted in columns:
            return wanted
        lower = {c.lower(): c for c in columns}
        if wanted.lower() in lower:
            return lower[wanted.lower()]
        raise ReaderError("missing_column", f"{name} has no column {wanted!r}; {_seen(columns, listed)}")
    lower = {c.strip().lower(): c for c in columns}
    for cand in TEXT_COLUMNS:
        if cand in lower:
            return lower[cand]
    raise ReaderError(
        "missing_column",
        f"{name}: no text column found (looked for {', '.join(TEXT_COLUMNS)}); name the text column; "
        + _seen(columns, listed),
    )


def _column(columns: list[str], wanted: str | None, name: str, option: str, listed: bool = True) -> str | None:
    if not wanted:
        return None
    if wanted in columns:
        return wanted
    lower = {c.lower(): c for c in columns}
    if wanted.lower() in lower:
        return lower[wanted.lower()]
    raise ReaderError("missing_column", f"{name} has no column {wanted!r} ({option}); {_seen(columns, listed)}")


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


# pyarrow's reading of null cells, kept by the csv-module fallback so both give the same rows
_NULLS = frozenset(pacsv.ConvertOptions().null_values)
# Within a record that is over the size limit only quotes, delimiters and line ends matter to the csv module's
# state; every other run of characters stands in as one "x", so the rest of the record is skipped in little memory.
_SKELETON_CACHE: dict[str, re.Pattern[str]] = {}


def _skeleton(text: str, delimiter: str) -> str:
    rx = _SKELETON_CACHE.get(delimiter)
    if rx is None:
        rx = _SKELETON_CACHE[delimiter] = re.compile(f'[^"\r\n{re.escape(delimiter)}]+')
    return rx.sub("x", text)


class _BoundedLines:
    """Lines for ``csv.reader`` from a text file; the lines of a record beyond ``max_chars`` come as skeletons."""

    def __init__(self, fh, delimiter: str, max_chars: int, name: str) -> None:  # fh: a text file or lines
        self.lines = iter_lines(fh, max_chars) if hasattr(fh, "readline") else ((0, x) for x in fh)
        self.fh, self.delimiter, self.max_chars, self.name = fh, delimiter, max_chars, name
        self.used = 0
        self.overflow = False

    def start_record(self) -> None:
        self.used, self.overflow = 0, False

    def __iter__(self) -> _BoundedLines:
        return self

    def __next__(self) -> str:
        lineno, line = next(self.lines)
        if line is None or self.used + len(line) > self.max_chars:
            self.overflow = True
        if not self.overflow:
            self.used += len(line)
            return line
        if line is None:  # a line longer than the limit: iter_lines skipped it, so its quotes are unknown
            raise ReaderError("too_large", f"{self.name} line {lineno}: longer than {self.max_chars} characters; "
                              "the rest of the file cannot be aligned (the max_record_mb limit)")
        return _skeleton(line, self.delimiter)


def _csv_rows(fh, delimiter: str, max_chars: int, name: str) -> Iterator[list[str] | RecordError | None]:
    """Rows of a CSV by the csv module: a list of cells, ``None`` for a record over ``max_chars`` (its text is not
    kept), a ``RecordError`` for a record the module refuses."""
    if csv.field_size_limit() < max_chars:
        csv.field_size_limit(max_chars)  # the limit is the record's, checked by _BoundedLines
    src = _BoundedLines(fh, delimiter, max_chars, name)
    reader = csv.reader(src, delimiter=delimiter)
    while True:
        src.start_record()
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:  # "line contains NUL" and the like; the message holds no cell text
            yield RecordError("corrupt", f"{name} line {reader.line_num}: not a CSV record ({exc})")
            continue
        yield None if src.overflow else row


class _CsvFallback:
    """Reads a CSV with the csv module from a given data row on, one error per bad record (see _csv_batches)."""

    def __init__(self, path: Path, encoding: str, delimiter: str, max_bytes: int, name: str) -> None:
        self.path, self.encoding, self.delimiter = path, encoding, delimiter
        self.max_bytes, self.name = max_bytes, name

    def batches(self, skip: int) -> Iterator[dict | RecordError]:
        """Data rows after the first ``skip`` (``{column: cell}``), or errors naming the row."""
        header: list[str] | None = None
        row = 0
        try:
            with open(self.path, encoding=self.encoding, newline="") as fh:
                for cells in _csv_rows(fh, self.delimiter, self.max_bytes, self.name):
                    if cells == []:
                        continue  # a blank line, as pyarrow skips them
                    if header is None:
                        header = cells if isinstance(cells, list) else []
                        continue
                    row += 1
                    if row <= skip:
                        continue
                    if cells is None:
                        yield RecordError("too_large", f"{self.name} row {row}: record longer than {self.max_bytes} "
                                          "characters (the max_record_mb limit)")
                    elif isinstance(cells, RecordError):
                        yield cells
                    elif len(cells) != len(header):
                        yield RecordError("corrupt", f"{self.name} row {row}: {len(cells)} fields, expected "
                                          f"{len(header)}; check quoting and the delimiter")
                    else:
                        values = [None if c in _NULLS else c for c in cells]
                        yield dict(zip(header, values, strict=True))
        except UnicodeDecodeError:
            raise ReaderError("encoding", f"{self.name} row {row + 1}: not valid {self.encoding}; "
                              "name its encoding") from None


class TableReader:
    """Reader for CSV, TSV, JSON Lines and Parquet tables."""

    name = "table"
    channel = "chat"
    extensions = (".csv", ".tsv", ".parquet", ".jsonl", ".ndjson")
    reads_streams = False  # pyarrow opens a real file: a zip member is copied out while it is read

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
        cols = self._columns(columns, options, name, listed=suffix == ".parquet")
        row = 0
        for batch in batches:
            if not isinstance(batch, pa.RecordBatch):  # one row of the CSV fallback: its cells, or its error
                row += 1
                yield batch if isinstance(batch, RecordError) else self._message(batch, row, cols, options, name)
                continue
            data = {c: batch.column(c).to_pylist() for c in batch.schema.names}
            for i in range(batch.num_rows):
                row += 1
                yield self._message({c: v[i] for c, v in data.items()}, row, cols, options, name)

    @staticmethod
    def _columns(columns: list[str], options: ReadOptions, name: str, listed: bool = True) -> dict:
        return {
            "text": _pick_text_column(columns, options.text_column, name, listed),
            "id": _column(columns, options.id_column, name, "id_column", listed),
            "time": _column(columns, options.time_column, name, "time_column", listed),
            "contact": _column(columns, options.contact_column, name, "contact_column", listed),
            "speaker": _column(columns, options.speaker_column, name, "speaker_column", listed),
        }

    def _parquet(self, path: Path, name: str) -> tuple[Iterator[pa.RecordBatch], list[str]]:
        try:
            pf = pq.ParquetFile(path)
        except (pa.ArrowInvalid, OSError) as exc:
            raise ReaderError("corrupt", f"{name} is not a readable Parquet file") from exc
        return pf.iter_batches(batch_size=_BATCH_ROWS), pf.schema_arrow.names

    def _csv(
        self, path: Path, options: ReadOptions, name: str, suffix: str
    ) -> tuple[Iterator, list[str]]:  # record batches, or rows / errors from the fallback
        with open(path, "rb") as fh:
            head = fh.read(65536)
        if not head.strip(b"\xef\xbb\xbf \r\n\t"):
            raise ReaderError("empty", f"{name} is empty")
        # a BOM's codec (it removes the BOM, so it does not end up in a column name), or UTF-16/32 without one
        encoding = options.encoding or sniff_encoding(head)
        if encoding == "utf-8-sig":
            encoding = None  # the BOM is stripped from the sample below and by pyarrow
        if encoding is None:
            try:
                head.decode("utf-8")
                encoding = "utf-8"
            except UnicodeDecodeError as exc:
                # a multi-byte character cut by the 64 KiB head is still UTF-8
                encoding = "utf-8" if exc.start >= len(head) - 3 else decode_bytes(head, None, name)[1]
        sample = head.decode(encoding, "ignore").lstrip("\ufeff")
        delimiter = _sniff_delimiter(sample, suffix)
        # the header from the csv module: a first line too long for the field limit is not a header anyway
        header = next(_csv_rows([sample.split("\n", 1)[0].rstrip("\r")], delimiter, 1 << 20, name), None) or []
        if not header:
            raise ReaderError("empty", f"{name} has no header row")
        text_encoding = "utf-8-sig" if encoding in (None, "utf-8") else encoding  # the fallback drops a BOM too
        fallback = _CsvFallback(path, text_encoding, delimiter, options.max_record_bytes, name)
        try:
            reader = pacsv.open_csv(
                path,
                read_options=pacsv.ReadOptions(encoding=encoding or "utf-8", block_size=1 << 20),
                parse_options=pacsv.ParseOptions(delimiter=delimiter, newlines_in_values=True),
                convert_options=pacsv.ConvertOptions(
                    column_types={c: pa.string() for c in header}, strings_can_be_null=True
                ),
            )
        except UnicodeDecodeError:
            raise ReaderError("corrupt", f"{name} could not be read as CSV; check the delimiter and encoding") from None
        except pa.ArrowInvalid:  # the first block does not parse (a record larger than a block): record by record
            return fallback.batches(0), header
        return self._csv_batches(reader, fallback), reader.schema.names

    @staticmethod
    def _csv_batches(reader: pacsv.CSVStreamingReader, fallback: _CsvFallback) -> Iterator:
        rows = 0
        while True:
            try:
                batch = reader.read_next_batch()
            except StopIteration:
                return
            except pa.ArrowInvalid:
                # a record larger than a block or with the wrong number of fields: pyarrow cannot go on, so the
                # csv module reads on from the first row of the failed block, one error per bad record
                yield from fallback.batches(rows)
                return
            rows += batch.num_rows
            yield batch

    def _jsonl(self, path: Path, options: ReadOptions, name: str) -> Iterator[RawMessage | RecordError]:
        cols: dict | None = None
        row = 0
        with open(path, "rb") as binary:
            fh, enc = open_lines(binary, options.encoding)  # enc None: UTF-16/32 lines come decoded
            for lineno, raw in iter_lines(fh, options.max_record_bytes):
                if raw is None:
                    row += 1
                    yield RecordError("too_large", f"{name} line {lineno}: longer than {options.max_record_bytes} bytes "
                                      "(the max_record_mb limit)")
                    continue
                if lineno == 1:
                    raw = raw.lstrip("\ufeff") if enc is None else raw.removeprefix(b"\xef\xbb\xbf")
                if not raw.strip():
                    continue
                row += 1
                try:
                    obj = json.loads(raw if enc is None else raw.decode(enc))
                except (ValueError, UnicodeDecodeError):
                    yield RecordError("corrupt", f"{name} line {lineno}: not valid JSON")
                    continue
                except RecursionError:
                    yield RecordError("corrupt", f"{name} line {lineno}: JSON nested too deeply to read")
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
        rows = read_json(path, options.encoding, name, options.max_file_bytes)
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
