"""One-file KB formats behind :func:`cxmine.classify.gaps.kb.read_kb`: FAQ / chatbot tables and articles.

Also the pieces every KB reader shares: ``Entry``, ``KbProblem``, decoding and language-code normalisation.
A parser takes a file's display name and bytes and returns entries (and problems with single records). A file
that cannot be read at all raises ``ReaderError``; its ``error`` is a short kind and ``unsupported`` means "not
knowledge-base content" (skipped quietly in folder walks). Messages name files, columns, rows and line numbers,
never KB text.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from html import unescape
from html.parser import HTMLParser
from pathlib import PurePosixPath

import pyarrow as pa
import pyarrow.parquet as pq
import yaml

from cxmine.errors import ReaderError
from cxmine.ingest.textio import decode_bytes

MAX_TEXT_CHARS = 2000  # article text (title + body) to match against; the full body stays in ``answer``
TABLE_SUFFIXES = (".csv", ".tsv", ".tab", ".jsonl", ".ndjson", ".json", ".parquet", ".pq")
FAQ_HINT = "a FAQ needs id, question, answer (id optional); chatbot training data needs intent, example"

_COLUMNS = {  # role -> accepted column names (compared lower-case), best first
    "id": ("id", "kb_id", "faq_id"),
    "question": ("question", "title", "vraag", "spørgsmål"),
    "answer": ("answer", "antwoord", "svar"),
    "language": ("language", "lang", "locale", "taal", "sprog"),
    "intent": ("intent",),
    "example": ("example", "text", "utterance"),
}
_LANGUAGE_NAMES = {
    "dutch": "nl", "nederlands": "nl", "nld": "nl", "dut": "nl", "flemish": "nl", "vlaams": "nl",
    "danish": "da", "dansk": "da", "dan": "da",
    "english": "en", "engels": "en", "engelsk": "en", "eng": "en",
}  # fmt: skip
_WS = re.compile(r"\s+")
USERSAYS = re.compile(r"^(?P<stem>.+)_usersays_(?P<lang>[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)?)\.json$", re.I)


@dataclass
class KbProblem:
    """A file or record that could not be read; reading goes on. ``detail`` never holds KB text."""

    source: str
    error: str
    detail: str


@dataclass
class Entry:
    """One KB entry before ids are made unique (``where`` says which row, for messages)."""

    kb_id: str
    language: str | None
    title: str
    text: str
    answer: str
    intent: str | None
    kind: str
    source: str
    where: str = ""


def collapse(text: str) -> str:
    return _WS.sub(" ", text).strip()


def readable(intent: str) -> str:
    """An intent name as a title: ``ask_refund`` -> ``ask refund``."""
    return collapse(intent.replace("_", " "))


def normalize_language(value: object, languages: Sequence[str] = ()) -> str | None:
    """``"nl-NL"``, ``"da_DK"``, ``"EN-gb"``, ``"Dansk"`` -> ``"nl"``, ``"da"``, ``"en"``, ``"da"``; empty -> None.

    A code listed in ``languages`` as it is (``"pt-br"``) is kept whole; anything else keeps its base code.
    """
    if value is None or isinstance(value, bool):
        return None
    code = str(value).strip().lower().replace("_", "-")
    if not code:
        return None
    if code in languages:
        return code
    base = code.split("-")[0]
    return _LANGUAGE_NAMES.get(base, base) or None


def decode(data: bytes, name: str) -> str:
    try:
        text, _ = decode_bytes(data, None, name)
    except ReaderError:
        raise ReaderError("encoding", f"Could not decode {name}; save it as UTF-8 and read it again") from None
    if not text.strip():
        raise ReaderError("empty", f"{name} is empty; remove it or add entries")
    return text


def load_json(data: bytes, name: str) -> object:
    try:
        return json.loads(decode(data, name))
    except ValueError as exc:
        line = getattr(exc, "lineno", "?")
        raise ReaderError("corrupt", f"{name} is not valid JSON (line {line}); fix it or export it again") from None


def _cell(value: object) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # ids from Parquet/pandas often arrive as 12.0
    return str(value).strip()


def rows_note(name: str, rows: list[int], what: str, fix: str, unit: str = "row") -> KbProblem:
    shown = ", ".join(map(str, rows[:10])) + (", ..." if len(rows) > 10 else "")
    label = unit if len(rows) == 1 else unit + "s"
    return KbProblem(name, "skipped_rows", f"{name}: {len(rows)} {label} skipped ({what}: {label} {shown}); {fix}")


# --- tables -----------------------------------------------------------------------------------------------


def _csv_rows(name: str, suffix: str, text: str) -> tuple[list[str], list[tuple[int, dict]]]:
    first = text.lstrip("\r\n").split("\n", 1)[0]
    counts = {d: first.count(d) for d in ",;\t|"}
    delimiter = "\t" if suffix in (".tsv", ".tab") else max(counts, key=counts.get) if any(counts.values()) else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next((r for r in reader if any(c.strip() for c in r)), [])
        records = [r for r in reader if any(c.strip() for c in r)]
    except csv.Error:
        raise ReaderError("corrupt", f"{name} is not valid CSV (line {reader.line_num}); check its quotes") from None
    columns = [h.strip() for h in header]
    return columns, [(n, dict(zip(columns, r))) for n, r in enumerate(records, 1)]


def _json_rows(name: str, text: str) -> tuple[list[str], list[tuple[int, dict]], list[KbProblem]]:
    problems: list[KbProblem] = []
    if text.lstrip().startswith("["):
        try:
            doc = json.loads(text)
        except ValueError as exc:
            raise ReaderError("corrupt", f"{name} is not valid JSON (line {exc.lineno}); fix or re-export it") from None
        if not all(isinstance(d, dict) for d in doc):
            raise ReaderError("unsupported", f"{name} is a JSON list but not of objects; {FAQ_HINT}")
        rows = list(enumerate(doc, 1))
    else:
        rows, bad = [], []
        for n, line in enumerate(text.splitlines(), 1):
            if line.strip():
                try:
                    doc = json.loads(line)
                except ValueError:
                    doc = None
                if isinstance(doc, dict):
                    rows.append((n, doc))
                else:
                    bad.append(n)
        if not rows:
            try:
                json.loads(text)
            except ValueError:
                raise ReaderError("corrupt", f"{name} is neither JSON Lines nor a JSON list; {FAQ_HINT}") from None
            raise ReaderError("unsupported", f"{name} is one JSON object, not a table; {FAQ_HINT}")
        if bad:
            problems.append(rows_note(name, bad, "not a JSON object", "fix or remove them", unit="line"))
    columns = list(dict.fromkeys(k for _, d in rows for k in d))
    return columns, rows, problems


def _table_rows(name: str, suffix: str, data: bytes) -> tuple[list[str], list[tuple[int, dict]], list[KbProblem]]:
    if suffix in (".parquet", ".pq") or data[:4] == b"PAR1":
        try:
            table = pq.read_table(pa.BufferReader(data))
        except (pa.ArrowException, OSError, ValueError):
            raise ReaderError("corrupt", f"{name} is not a readable Parquet file; export it again") from None
        return table.column_names, list(enumerate(table.to_pylist(), 1)), []
    text = decode(data, name)
    if suffix in (".jsonl", ".ndjson", ".json") or text.lstrip()[:1] in ("[", "{"):
        return _json_rows(name, text)
    columns, rows = _csv_rows(name, suffix, text)
    return columns, rows, []


def _pick(columns: list[str], role: str) -> str | None:
    lower: dict[str, str] = {}
    for c in columns:
        lower.setdefault(str(c).strip().lower(), c)
    return next((lower[a] for a in _COLUMNS[role] if a in lower), None)


def read_table(name: str, suffix: str, data: bytes, languages: Sequence[str]) -> tuple[list[Entry], list[KbProblem]]:
    """A FAQ table (question + answer) or chatbot training table (intent + example): CSV/TSV/JSONL/Parquet."""
    if USERSAYS.match(PurePosixPath(name.rsplit("!", 1)[-1]).name):
        raise ReaderError("dialogflow", f"{name} is part of a Dialogflow agent; pass the agent folder or .zip")
    columns, rows, problems = _table_rows(name, suffix, data)
    col = {role: _pick(columns, role) for role in _COLUMNS}
    shown = ", ".join(str(c)[:40] for c in columns[:12]) + (", ..." if len(columns) > 12 else "")
    if col["question"] and col["answer"]:
        make = _faq_entries
    elif col["intent"] and col["example"]:
        make = _chatbot_entries
    elif col["question"]:
        raise ReaderError("missing_column", f"{name} has no 'answer' column; columns: {shown}; {FAQ_HINT}")
    elif col["intent"]:
        raise ReaderError("missing_column", f"{name} has no 'example' column; columns: {shown}; {FAQ_HINT}")
    else:
        raise ReaderError(
            "missing_column", f"{name} has no 'question' or 'example' column; columns: {shown}; {FAQ_HINT}"
        )
    if not rows:
        raise ReaderError("empty", f"{name} has a header but no rows; add entries or remove it")
    entries, bad = make(name, rows, col, languages)
    if bad:
        what = "no question" if make is _faq_entries else "no intent or example"
        problems.append(rows_note(name, bad, what, "fill them in or remove them"))
    return entries, problems


def _faq_entries(name: str, rows: list, col: dict, languages: Sequence[str]) -> tuple[list[Entry], list[int]]:
    entries, bad = [], []
    for n, row in rows:
        question = collapse(_cell(row.get(col["question"])))
        if not question:
            bad.append(n)
            continue
        kb_id = _cell(row.get(col["id"])) if col["id"] else ""
        if not kb_id:  # stable across runs, file names and row order
            kb_id = "faq-" + hashlib.blake2b(question.lower().encode(), digest_size=6).hexdigest()
        language = normalize_language(row.get(col["language"]), languages) if col["language"] else None
        intent = _cell(row.get(col["intent"])) if col["intent"] else ""
        answer = _cell(row.get(col["answer"]))
        entries.append(Entry(kb_id, language, question, question, answer, intent or None, "faq", name, f"row {n}"))
    return entries, bad


def _chatbot_entries(name: str, rows: list, col: dict, languages: Sequence[str]) -> tuple[list[Entry], list[int]]:
    groups: dict[tuple[str, str | None], list[str]] = {}
    first: dict[tuple[str, str | None], int] = {}
    bad = []
    for n, row in rows:
        intent, example = collapse(_cell(row.get(col["intent"]))), collapse(_cell(row.get(col["example"])))
        if not intent or not example:
            bad.append(n)
            continue
        language = normalize_language(row.get(col["language"]), languages) if col["language"] else None
        groups.setdefault((intent, language), []).append(example)
        first.setdefault((intent, language), n)
    return [intent_entry(i, lang, ex, name, f"row {first[i, lang]}") for (i, lang), ex in groups.items()], bad


def intent_entry(intent: str, language: str | None, examples: list[str], source: str, where: str = "") -> Entry:
    text = "\n".join(dict.fromkeys(examples))
    return Entry(intent, language, readable(intent), text, "", intent, "chatbot", source, where)


# --- help-centre articles: Markdown and HTML ---------------------------------------------------------------

_FRONT = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_MD_H1 = re.compile(r"(?m)^ {0,3}#[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$")
_MD_RULES = [(re.compile(p, f), r) for p, f, r in (
    (r"<!--.*?-->", re.S, " "),  # comments
    (r"^ {0,3}(?:```|~~~).*$", re.M, " "),  # code fences (the code stays)
    (r"^ {0,3}\[[^\]]+\]:[ \t]*\S+.*$", re.M, " "),  # link definitions
    (r"!\[([^\]]*)\]\([^)]*\)", 0, r"\1"),  # images -> alt text
    (r"\[([^\]]+)\]\([^)]*\)", 0, r"\1"),  # links -> link text
    (r"\[([^\]]+)\]\[[^\]]*\]", 0, r"\1"),  # reference links
    (r"<(https?://[^>\s]+)>", 0, r"\1"),  # autolinks
    (r"</?[A-Za-z][^>]*>", 0, " "),  # inline HTML
    (r"^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$", re.M, r"\1"),  # headings
    (r"^[ \t]*(?:[-*_=][ \t]*){3,}$", re.M, " "),  # rules, setext underlines
    (r"^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$", re.M, " "),  # table separators
    (r"^[ \t]*>[ \t]?", re.M, ""),  # block quotes
    (r"^[ \t]*(?:[-*+]|\d+[.)])[ \t]+", re.M, ""),  # list markers
    (r"\|", 0, " "),
    (r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", 0, r"\2"),
    (r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?!\w)", 0, r"\1"),
    (r"(?<!\w)_(?=\S)(.+?)(?<=\S)_(?!\w)", 0, r"\1"),
    (r"~~(.+?)~~", 0, r"\1"),
    (r"`+([^`]*)`+", 0, r"\1"),
)]  # fmt: skip


def markdown_to_text(md: str) -> str:
    """Plain text of Markdown, whitespace collapsed: ``"**Retour** via [de site](/r)"`` -> ``"Retour via de site"``."""
    for pattern, repl in _MD_RULES:
        md = pattern.sub(repl, md)
    return collapse(unescape(md))


_HTML_SKIP = {"script", "style", "nav", "header", "footer", "head", "title", "noscript", "template", "svg"}
_HTML_INLINE = {"a", "abbr", "b", "cite", "code", "em", "font", "i", "kbd", "mark", "q", "s", "small", "span",
                "strong", "sub", "sup", "u", "var"}  # fmt: skip


class _HtmlArticle(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lang: str | None = None
        self.title: list[str] = []
        self.h1: list[str] = []
        self.body: list[str] = []
        self.skip = 0
        self.in_title = self.in_h1 = self.h1_done = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "html":
            self.lang = dict(attrs).get("lang") or dict(attrs).get("xml:lang")
        self.in_title = self.in_title or tag == "title"
        if tag in _HTML_SKIP:
            self.skip += 1
        elif tag == "h1" and not self.skip and not self.h1_done:
            self.in_h1 = True
        if tag not in _HTML_INLINE:
            self.body.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag in _HTML_SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag == "h1" and self.in_h1:
            self.in_h1, self.h1_done = False, True
        if tag not in _HTML_INLINE:
            self.body.append(" ")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        elif not self.skip:
            self.body.append(data)
            if self.in_h1:
                self.h1.append(data)


def _front_matter(text: str) -> tuple[dict[str, object], str]:
    m = _FRONT.match(text)
    if not m:
        return {}, text
    try:
        meta = yaml.safe_load(m.group(1))
    except yaml.YAMLError:  # "title: Retour: hoe werkt het?" is not YAML; read simple "key: value" lines
        meta = None
    if not isinstance(meta, dict):
        pairs = (ln.partition(":") for ln in m.group(1).splitlines() if ln[:1].isalpha())
        meta = {k: v.strip().strip("\"'") for k, sep, v in pairs if sep}
    return {str(k).strip().lower(): v for k, v in meta.items() if v is not None}, text[m.end() :]


def _clip(text: str, limit: int = MAX_TEXT_CHARS) -> str:
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit + 1)
    return text[: cut if cut > limit * 0.8 else limit].rstrip()


def read_article(name: str, rel: str, data: bytes) -> Entry:
    """One help-centre article (Markdown or HTML); ``kb_id`` is ``rel`` without its extension."""
    path = PurePosixPath(rel)
    meta, source = _front_matter(decode(data, name))
    title, language = collapse(str(meta.get("title", ""))), meta.get("lang") or meta.get("language")
    if path.suffix.lower() in (".html", ".htm"):
        parser = _HtmlArticle()
        try:
            parser.feed(source)
            parser.close()
        except Exception:  # noqa: BLE001 - malformed markup: strip the tags instead
            parser.body = [unescape(re.sub(r"<[^>]+>", " ", source))]
        body = collapse("".join(parser.body))
        title = title or collapse("".join(parser.title)) or collapse("".join(parser.h1))
        language = language or parser.lang
    else:
        heading = _MD_H1.search(source)
        if heading and not title:
            title = markdown_to_text(heading.group(1))
            source = source[: heading.start()] + source[heading.end() :]
        body = markdown_to_text(source)
    if not body:
        raise ReaderError("empty", f"{name} has no article text (only markup or navigation); add text or remove it")
    title = title or path.stem
    intent = collapse(str(meta.get("intent", ""))) or None
    kb_id = str(path.with_suffix("")) if path.suffix else str(path)
    return Entry(kb_id, language, title, _clip(f"{title}\n{body}"), body, intent, "article", name)
