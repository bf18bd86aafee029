"""Read a company's knowledge base (FAQ, chatbot training data, help-centre articles) into one Arrow table.

``cxmine gaps`` matches customer questions against this table to find the questions nothing answers. Inputs
are files, folders (walked recursively) and .zip archives (read member by member, never extracted). This module
walks the inputs, reads the chatbot exports (Rasa NLU, Dialogflow ES agents), fills in languages and makes ids
unique; FAQ tables and articles are parsed in :mod:`cxmine.classify.gaps.kb_formats`. A file or record that
cannot be read becomes a :class:`KbProblem` and reading goes on.

>>> table, problems = read_kb(["kb/faq_nl.csv", "kb/helpcentre/", "kb/agent.zip"])  # doctest: +SKIP
>>> describe_kb(table)  # doctest: +SKIP
{'faq': {'nl': 12}, 'chatbot': {'da': 40}, 'article': {'en': 30, 'nl': 28}}
"""

from __future__ import annotations

import os
import re
import zipfile
import zlib
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from contextlib import ExitStack
from dataclasses import dataclass
from functools import partial
from pathlib import Path, PurePosixPath

import pyarrow as pa
import yaml

from cxmine.classify.gaps.kb_formats import (
    TABLE_SUFFIXES,
    USERSAYS,
    Entry,
    KbProblem,
    collapse,
    decode,
    intent_entry,
    load_json,
    normalize_language,
    read_article,
    read_table,
    rows_note,
)
from cxmine.errors import ReaderError, UsageError
from cxmine.schema import SCHEMA_VERSION

__all__ = ["KB_SCHEMA", "KINDS", "KbProblem", "read_kb", "describe_kb", "normalize_language"]

KB_SCHEMA = pa.schema(
    [
        pa.field("kb_id", pa.string(), nullable=False),
        pa.field("language", pa.string()),
        pa.field("title", pa.string(), nullable=False),
        pa.field("text", pa.string(), nullable=False),  # what customer questions are matched against
        pa.field("answer", pa.string(), nullable=False),
        pa.field("intent", pa.string()),
        pa.field("kind", pa.string(), nullable=False),  # faq | chatbot | article
        pa.field("source", pa.string(), nullable=False),  # file as given; zip members "a.zip!intents/x.json"
    ],
    metadata={"cxmine.table": "kb", "cxmine.schema_version": SCHEMA_VERSION},
)
KINDS = ("faq", "chatbot", "article")
UNKNOWN_LANGUAGE = "unknown"  # describe_kb's key for entries without a language
MAX_MEMBER_BYTES = 256 * 1024**2  # a zip member larger than this is refused (zip bombs)

_SKIP_STEMS = {"readme", "license", "licence", "changelog", "contributing", "copying"}
_JUNK = {"__macosx", "thumbs.db", "desktop.ini"}
_FORMATS = dict.fromkeys(TABLE_SUFFIXES, "table") | {
    ".yml": "yaml", ".yaml": "yaml", ".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html",
}  # fmt: skip
_SUPPORTED = ".csv, .tsv, .jsonl, .json, .parquet, Rasa .yml/.md, articles .md/.html, folders or .zip archives"
_LOAD_ERRORS = (OSError, RuntimeError, ValueError, EOFError, NotImplementedError, zipfile.BadZipFile, zlib.error)
_ENTITY = re.compile(r"\[([^\]]*)\](?:\([^)]*\)|\{[^}]*\})")  # Rasa: [Amsterdam](city), [x]{"entity": ...}
_RASA_MD_HEADING = re.compile(r"^##\s*(intent|synonym|regex|lookup)\s*:\s*(.*?)\s*$", re.I)


@dataclass(frozen=True)
class _Member:
    source: str  # as shown to the user
    rel: str  # POSIX path inside the folder or archive the user gave
    load: Callable[[], bytes]
    explicit: bool = False  # named by the user rather than found in a folder walk


def read_kb(
    paths: Sequence[Path | str],
    detect_language: Callable[[list[str]], list[str]] | None = None,
    languages: Sequence[str] = ("nl", "da", "en"),
) -> tuple[pa.Table, list[KbProblem]]:
    """Read KB files, folders and .zip archives into one ``KB_SCHEMA`` table with unique ``kb_id``.

    Entries without a language get ``detect_language`` (one batched call with their ``text``); without it they
    keep None. Languages outside ``languages`` are kept. Raises ``UsageError`` only when nothing was read.
    """
    paths = [paths] if isinstance(paths, (str, Path)) else list(paths)
    if not paths:
        raise UsageError("No knowledge-base input given; pass at least one FAQ file, chatbot export or folder")
    languages = tuple(str(x).lower() for x in languages)
    entries: list[Entry] = []
    problems: list[KbProblem] = []
    for given in paths:
        with ExitStack() as stack:  # keeps this input's zip archives open while their members are read
            for group in _collect(Path(given), str(given), stack, problems):
                _read_group(group, languages, entries, problems)
    for entry in entries:
        entry.language = normalize_language(entry.language, languages)
    _detect(entries, detect_language, languages, problems)
    kept = _unique(entries, problems)
    if not kept:
        shown = ", ".join(map(str, paths[:3])) + (", ..." if len(paths) > 3 else "")
        first = f" First problem: {problems[0].detail}." if problems else ""
        raise UsageError(
            f"Nothing could be read from the knowledge base {shown} ({len(problems)} problem(s)).{first} "
            f"Pass FAQ tables, chatbot training data or help-centre articles ({_SUPPORTED})."
        )
    return pa.table({f.name: [getattr(e, f.name) for e in kept] for f in KB_SCHEMA}, schema=KB_SCHEMA), problems


def describe_kb(table: pa.Table) -> dict[str, dict[str, int]]:
    """``{kind: {language: n_entries}}``: kinds in ``KINDS`` order, languages by count, None as ``"unknown"``."""
    counts = Counter(zip(table.column("kind").to_pylist(), table.column("language").to_pylist()))
    out: dict[str, Counter[str]] = {}
    for (kind, language), n in counts.items():
        out.setdefault(kind, Counter())[language or UNKNOWN_LANGUAGE] += n
    order = sorted(out, key=lambda k: (KINDS.index(k) if k in KINDS else len(KINDS), k))
    return {k: dict(sorted(out[k].items(), key=lambda kv: (-kv[1], kv[0]))) for k in order}


# --- inputs -------------------------------------------------------------------------------------------------


def _skipped(name: str) -> bool:
    low = name.lower()
    return low.startswith(".") or low in _JUNK or low.split(".")[0] in _SKIP_STEMS


def _collect(path: Path, display: str, stack: ExitStack, problems: list[KbProblem]) -> list[list[_Member]]:
    """The input's files in groups that share one folder tree (each archive is its own group)."""
    if not path.exists():
        problems.append(KbProblem(display, "not_found", f"{display} does not exist; check the path"))
        return []
    if path.is_file():
        if path.suffix.lower() == ".zip":
            return [_zip_members(path, display, stack, problems)]
        return [[_Member(display, path.name, path.read_bytes, explicit=True)]]
    groups: list[list[_Member]] = [[]]

    def unreadable(exc: OSError) -> None:
        detail = f"A folder in {display} could not be read ({exc.strerror}); check its permissions"
        problems.append(KbProblem(display, "unreadable", detail))

    for dirpath, dirnames, filenames in os.walk(path, onerror=unreadable):
        dirnames[:] = sorted(d for d in dirnames if not _skipped(d))
        for fname in sorted(f for f in filenames if not _skipped(f)):
            full = Path(dirpath) / fname
            rel = full.relative_to(path).as_posix()
            if fname.lower().endswith(".zip"):
                groups.append(_zip_members(full, os.path.join(display, rel), stack, problems))
            else:
                groups[0].append(_Member(os.path.join(display, rel), rel, full.read_bytes))
    return groups


def _zip_members(path: Path, display: str, stack: ExitStack, problems: list[KbProblem]) -> list[_Member]:
    try:
        archive = stack.enter_context(zipfile.ZipFile(path))
    except (zipfile.BadZipFile, OSError):
        problems.append(KbProblem(display, "corrupt", f"{display} is not a readable zip archive; create it again"))
        return []
    members = []
    for info in archive.infolist():
        if info.is_dir() or any(_skipped(p) for p in info.filename.split("/") if p):
            continue
        source = f"{display}!{info.filename}"
        if info.file_size > MAX_MEMBER_BYTES:
            problems.append(KbProblem(source, "too_large", f"{source} is larger than 256 MiB; unzip and split it"))
        elif info.filename.lower().endswith(".zip"):
            problems.append(KbProblem(source, "unsupported", f"{source} is a zip inside a zip; unzip the outer one"))
        else:
            members.append(_Member(source, info.filename, partial(archive.read, info)))
    return members


def _load(member: _Member) -> bytes:
    try:
        return member.load()
    except _LOAD_ERRORS:
        detail = f"Could not read {member.source}; check that it is not damaged or encrypted"
        raise ReaderError("unreadable", detail) from None


def _read_group(group: list[_Member], languages: Sequence[str], entries: list, problems: list) -> None:
    """Dialogflow agents (``agent.json`` next to ``intents/``) first, then every other file on its own."""
    consumed: set[str] = set()
    for agent in (m for m in group if PurePosixPath(m.rel).name.lower() == "agent.json"):
        root = agent.rel[: -len("agent.json")]
        intents = [m for m in group if m.rel.startswith(root + "intents/")]
        if intents:
            consumed.update(m.rel for m in group if m.rel.startswith((root + "intents/", root + "entities/")))
            consumed.update({agent.rel, root + "package.json"})
            _read_dialogflow(agent, intents, languages, entries, problems)
    for member in group:
        if member.rel not in consumed:
            _read_member(member, languages, entries, problems)


def _read_member(member: _Member, languages: Sequence[str], entries: list, problems: list) -> None:
    suffix = PurePosixPath(member.rel).suffix.lower()
    kind = _FORMATS.get(suffix)
    if kind is None:
        if member.explicit:
            what = f"{suffix} files are" if suffix else "a file without extension is"
            detail = f"{member.source}: {what} not read; pass {_SUPPORTED}"
            problems.append(KbProblem(member.source, "unsupported", detail))
        return
    try:
        data = _load(member)
        if not data.strip():
            raise ReaderError("empty", f"{member.source} is empty; remove it or add entries")
        if kind == "table":
            found, trouble = read_table(member.source, suffix, data, languages)
        elif kind == "yaml":
            found, trouble = _read_rasa_yaml(member.source, data)
        elif kind == "markdown" and re.search(r"(?mi)^##\s*intent\s*:", text := decode(data, member.source)):
            found, trouble = _read_rasa_markdown(member.source, text)
        else:
            found, trouble = [read_article(member.source, member.rel, data)], []
    except ReaderError as exc:
        if exc.error != "unsupported" or member.explicit:  # a folder's other YAML/JSON files are not KB content
            problems.append(KbProblem(member.source, exc.error, exc.detail))
        return
    entries.extend(found)
    problems.extend(trouble)


# --- chatbot exports: Rasa NLU (YAML and legacy Markdown), Dialogflow ES -------------------------------------


def _rasa_examples(value: object) -> list[str]:
    if isinstance(value, str):
        items = [ln.strip()[1:] for ln in value.splitlines() if ln.strip().startswith("-")]
    elif isinstance(value, list):  # Rasa 3: "- text: ..." items with metadata
        items = [v.get("text", "") if isinstance(v, dict) else v for v in value]
    else:
        return []
    return [ex for ex in (collapse(_ENTITY.sub(r"\1", str(i))) for i in items) if ex]


def _rasa_entries(name: str, intents: dict[str, list[str]], bad: list[int], unit: str) -> tuple:
    problems = [rows_note(name, bad, "no intent name or examples", "fix them", unit=unit)] if bad else []
    return [intent_entry(i, None, ex, name) for i, ex in intents.items()], problems


def _read_rasa_yaml(name: str, data: bytes) -> tuple[list[Entry], list[KbProblem]]:
    """Rasa NLU YAML: ``nlu:`` items ``- intent: NAME`` with an ``examples: |`` block; no language (detect it)."""
    try:
        doc = yaml.safe_load(decode(data, name))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f" (line {mark.line + 1})" if mark is not None else ""
        raise ReaderError("corrupt", f"{name} is not valid YAML{line}; fix it or export it again") from None
    if not isinstance(doc, dict) or "nlu" not in doc:
        raise ReaderError("unsupported", f"{name} has no 'nlu:' section; only Rasa NLU training data is read from YAML")
    items = doc["nlu"] or []
    if not isinstance(items, list):
        raise ReaderError("corrupt", f"{name}: 'nlu:' is not a list; write '- intent: NAME' items with 'examples: |'")
    intents: dict[str, list[str]] = {}
    bad = []
    for n, item in enumerate(items, 1):
        if isinstance(item, dict) and "intent" not in item and {"synonym", "regex", "lookup"} & item.keys():
            continue
        intent = collapse(str(item.get("intent") or "")) if isinstance(item, dict) else ""
        examples = _rasa_examples(item.get("examples")) if intent else []
        if examples:
            intents.setdefault(intent, []).extend(examples)
        else:
            bad.append(n)
    return _rasa_entries(name, intents, bad, "nlu item")


def _read_rasa_markdown(name: str, text: str) -> tuple[list[Entry], list[KbProblem]]:
    """Legacy Rasa ``nlu.md``: ``## intent:NAME`` headings followed by ``- example`` lines."""
    intents: dict[str, list[str]] = {}
    bad: list[int] = []
    current: str | None = None
    for n, line in enumerate(text.splitlines(), 1):
        s = line.strip()
        if s.startswith("#"):
            m = _RASA_MD_HEADING.match(s)
            current = m.group(2) if m and m.group(1).lower() == "intent" else None
            if current == "":
                bad.append(n)
        elif current and s[:1] in ("-", "*", "+") and (example := collapse(_ENTITY.sub(r"\1", s[1:]))):
            intents.setdefault(current, []).append(example)
    return _rasa_entries(name, intents, bad, "line")


def _load_json(member: _Member, problems: list[KbProblem], note: str = "") -> object:
    try:
        return load_json(_load(member), member.source)
    except ReaderError as exc:
        problems.append(KbProblem(member.source, exc.error, exc.detail + note))
        return None


def _phrase(item: object) -> str:
    """One Dialogflow training phrase: its ``data`` parts' texts joined (annotated parts hold entity values)."""
    parts = item.get("data") if isinstance(item, dict) else None
    if not isinstance(parts, list):
        return ""
    return collapse("".join(str(p.get("text", "")) for p in parts if isinstance(p, dict)))


def _read_dialogflow(
    agent: _Member, intents: list[_Member], languages: Sequence[str], entries: list, problems: list
) -> None:
    """One entry per (intent, language) from ``intents/NAME_usersays_<lang>.json``; the name from ``NAME.json``."""
    doc = _load_json(agent, problems, "; the intents are still read")
    default = normalize_language(doc.get("language"), languages) if isinstance(doc, dict) else None
    names: dict[str, str] = {}
    usersays = []
    for member in intents:
        fname = PurePosixPath(member.rel).name
        if m := USERSAYS.match(fname):
            usersays.append((m["stem"], normalize_language(m["lang"], languages), member))
        elif fname.lower().endswith(".json"):
            doc = _load_json(member, problems, "; the file name is used as the intent name")
            if isinstance(doc, dict) and doc.get("name"):
                names[fname[:-5]] = collapse(str(doc["name"]))
    for stem, language, member in usersays:
        doc = _load_json(member, problems)
        if doc is not None and not isinstance(doc, list):
            problems.append(KbProblem(member.source, "unsupported", f"{member.source} is not a list of phrases"))
        elif doc:
            examples = [t for t in map(_phrase, doc) if t]
            if examples:
                name = names.get(stem, stem)
                entries.append(intent_entry(name, language or default, examples, member.source))


# --- languages and ids --------------------------------------------------------------------------------------


def _detect(entries: list[Entry], detect: Callable | None, languages: Sequence[str], problems: list) -> None:
    todo = [e for e in entries if e.language is None]
    if not todo or detect is None:
        return
    found = list(detect([e.text for e in todo]))
    if len(found) != len(todo):
        detail = f"language detection returned {len(found)} results for {len(todo)} entries; languages left empty"
        problems.append(KbProblem("language detection", "language", detail))
        return
    for entry, language in zip(todo, found):
        entry.language = normalize_language(language, languages)


def _unique(entries: list[Entry], problems: list[KbProblem]) -> list[Entry]:
    """Suffix ``-<lang>`` to FAQ/chatbot ids met in several languages, then keep the first of equal ids."""
    id_languages: dict[tuple[str, str], set[str]] = defaultdict(set)
    for e in entries:
        if e.language:
            id_languages[e.kind, e.kb_id].add(e.language)
    for e in entries:
        if e.kind in ("faq", "chatbot") and e.language and len(id_languages[e.kind, e.kb_id]) > 1:
            e.kb_id = f"{e.kb_id}-{e.language}"
    first: dict[str, Entry] = {}
    for e in entries:
        if e.kb_id not in first:
            first[e.kb_id] = e
            continue
        here, there = (f"{x.source} {x.where}".strip() for x in (e, first[e.kb_id]))
        detail = f"{here}: id {e.kb_id[:80]!r} was already read from {there}; entry skipped (make the ids unique)"
        problems.append(KbProblem(e.source, "duplicate id", detail))
    return list(first.values())
