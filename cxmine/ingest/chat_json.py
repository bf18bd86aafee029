"""Generic chat messages as JSON Lines, a JSON array or ``{"messages": [...]}``, one object per message.

Keys (with the usual aliases): ``conversation_id``, ``timestamp``, ``author_type``, ``author_name``, ``text``,
optionally ``id`` and ``author_id``. A nested ``author: {type, name, id}`` works too. JSON Lines are streamed
line by line, so a file of any size reads in constant memory; a bad line is one ``RecordError``. A JSON document is
read whole, up to ``ReadOptions.max_file_bytes``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from cxmine.errors import ReaderError
from cxmine.ingest.base import RawMessage, ReadOptions, RecordError
from cxmine.ingest.source import open_input
from cxmine.ingest.textio import (
    decode_bytes,
    display_name,
    head_text,
    iter_lines,
    normalize_speaker,
    open_lines,
    parse_timestamp,
    read_whole,
)

TEXT_KEYS = ("text", "message", "body", "content", "msg", "utterance", "message_text", "messageText")
CONV_KEYS = (
    "conversation_id",
    "conversationId",
    "conversation",
    "chat_id",
    "chatId",
    "thread_id",
    "threadId",
    "session_id",
    "sessionId",
    "ticket_id",
    "ticketId",
    "contact_id",
    "contactId",
)
TIME_KEYS = (
    "timestamp",
    "time",
    "created_at",
    "createdAt",
    "date_unixtime",
    "date",
    "sent_at",
    "sentAt",
    "ts",
    "datetime",
)
ROLE_KEYS = ("author_type", "authorType", "role", "sender_type", "senderType", "from_type", "fromType", "speaker")
NAME_KEYS = ("author_name", "authorName", "sender_name", "senderName", "from_name", "fromName", "name", "user_name")
AUTHOR_ID_KEYS = ("author_id", "authorId", "sender_id", "senderId", "from_id", "fromId", "user_id", "userId")
# A plain string under one of these is a name, unless it is a role word ("agent", "klant").
AUTHOR_KEYS = ("author", "sender", "from", "user")
ID_KEYS = ("id", "message_id", "messageId", "msg_id", "uuid")
# Keys that mark other formats' JSON, which this reader must leave alone.
_FOREIGN_KEYS = frozenset(
    {
        "tickets",
        "ticket",
        "comments",
        "requester_id",
        "conversations",
        "conversation_parts",
        "segments",
        "results",
        "jobName",
        "type_conversation",
    }
)


def _first(obj: dict, keys: Iterable[str]) -> object:
    for k in keys:
        v = obj.get(k)
        if v is not None:
            return v
    return None


def _first_object(text: str) -> dict | None:
    """The first message-like object of a JSONL / JSON array / ``{"messages": [...]}`` head (may be cut off)."""
    s = text.lstrip()
    dec = json.JSONDecoder()
    try:
        if s.startswith("["):
            i = 1
            while i < len(s) and s[i] in " \t\r\n":
                i += 1
            obj, _ = dec.raw_decode(s, i)
            return obj if isinstance(obj, dict) else None
        if s.startswith("{"):
            try:
                obj, _ = dec.raw_decode(s)
            except ValueError:
                m = re.search(r'"messages"\s*:\s*\[\s*', s[:2000])
                if not m:
                    return None
                obj, _ = dec.raw_decode(s, m.end())
                return obj if isinstance(obj, dict) else None
            if isinstance(obj, dict) and isinstance(obj.get("messages"), list):
                msgs = obj["messages"]
                return msgs[0] if msgs and isinstance(msgs[0], dict) else None
            return obj if isinstance(obj, dict) else None
    except (ValueError, RecursionError):
        return None
    return None


def looks_like_message(obj: dict) -> bool:
    """True for an object with a text key and a conversation or author key (not a table row, not a foreign file)."""
    if not isinstance(obj, dict) or _FOREIGN_KEYS.intersection(obj):
        return False
    if not any(isinstance(obj.get(k), str) for k in TEXT_KEYS):
        return False
    has_author = any(k in obj for k in ROLE_KEYS) or any(k in obj for k in AUTHOR_KEYS)
    return has_author or any(k in obj for k in CONV_KEYS)


_MISSING = object()


def _pick(obj: dict, keys: tuple[str, ...]) -> str | None:
    for k in keys:
        if k in obj:
            return k
    return None


def _shape_spec(obj: dict) -> tuple | None:
    """The keys to read for objects with this set of keys; None when the general (slow) path is needed."""
    if any(k in obj for k in AUTHOR_KEYS):  # nested author objects and plain "from"/"sender" strings
        return None
    text_key = _pick(obj, TEXT_KEYS)
    if text_key is None:
        return None
    return (
        text_key,
        _pick(obj, CONV_KEYS),
        _pick(obj, TIME_KEYS),
        _pick(obj, ROLE_KEYS),
        _pick(obj, NAME_KEYS),
        _pick(obj, AUTHOR_ID_KEYS),
        _pick(obj, ID_KEYS),
    )


class ChatJsonReader:
    """Reader for generic chat JSON / JSON Lines."""

    name = "chat_json"
    channel = "chat"
    extensions = (".jsonl", ".ndjson", ".json")

    def __init__(self) -> None:
        self._shapes: dict[tuple, tuple | None] = {}
        self._roles: dict[str, str] = {}

    def sniff(self, path: Path, head: bytes) -> bool:
        obj = _first_object(head_text(head))
        return obj is not None and looks_like_message(obj)

    def read(self, path: Path, options: ReadOptions) -> Iterator[RawMessage | RecordError]:
        name = display_name(path, options.display_path)
        channel = options.channel or self.channel
        with open_input(path) as fh:
            head = fh.read(4096)
        text_head = head_text(head).lstrip()
        if not text_head:
            raise ReaderError("empty", f"{name} is empty")
        first_line = text_head.split("\n", 1)[0].strip()
        jsonl = False
        if first_line.startswith("{"):
            try:
                obj = json.loads(first_line)
                jsonl = isinstance(obj, dict) and not isinstance(obj.get("messages"), list)
            except (ValueError, RecursionError):
                jsonl = False  # a pretty-printed or cut-off first object: read the file as one document
        if jsonl:
            yield from self._read_lines(path, options, name, channel)
            return
        data, _ = decode_bytes(read_whole(path, name, options.max_file_bytes), options.encoding, name)
        try:
            doc = json.loads(data)
        except ValueError as exc:
            raise ReaderError(
                "corrupt",
                f"{name} is not valid JSON (line {exc.lineno}); expected JSON Lines or a JSON array of messages",
            ) from None
        except RecursionError:
            raise ReaderError("corrupt", f"{name}: JSON nested too deeply to read") from None
        default_conv = None
        if isinstance(doc, dict) and isinstance(doc.get("messages"), list):
            items = doc["messages"]
            conv = _first(doc, CONV_KEYS + ("id",))
            default_conv = None if conv is None or isinstance(conv, (dict, list)) else str(conv)
        elif isinstance(doc, list):
            items = doc
        elif isinstance(doc, dict):
            items = [doc]
        else:
            raise ReaderError("unsupported", f"{name}: expected a JSON array or object of messages")
        for i, obj in enumerate(items):
            msg = self._message(obj, i, f"{name} item {i}", channel)
            if default_conv is not None and isinstance(msg, RawMessage) and msg.conversation is None:
                msg.conversation = default_conv
            yield msg

    def _read_lines(self, path: Path, options: ReadOptions, name: str, channel: str) -> Iterator:
        message = self._message
        decode = json.JSONDecoder().decode  # skips json.loads' per-call encoding detection
        ordinal = 0
        with open_input(path) as binary:
            fh, enc = open_lines(binary, options.encoding)  # enc None: UTF-16/32 lines come decoded
            for lineno, raw in iter_lines(fh, options.max_record_bytes):
                if raw is None:
                    yield RecordError("too_large", f"{name} line {lineno}: longer than {options.max_record_bytes} bytes "
                                      "(the max_record_mb limit)")
                    ordinal += 1
                    continue
                if lineno == 1:
                    raw = raw.lstrip("\ufeff") if enc is None else raw.removeprefix(b"\xef\xbb\xbf")
                if raw.isspace() or not raw:
                    continue
                try:
                    obj = decode(raw if enc is None else raw.decode(enc))
                except (ValueError, UnicodeDecodeError):
                    yield RecordError("corrupt", f"{name} line {lineno}: not valid JSON")
                except RecursionError:
                    yield RecordError("corrupt", f"{name} line {lineno}: JSON nested too deeply to read")
                else:
                    yield message(obj, ordinal, f"{name} line {lineno}", channel)
                ordinal += 1  # position of the record in the file, bad records included

    def _speaker(self, role: object) -> str:
        if role is None:
            return "unknown"
        if isinstance(role, str):
            sp = self._roles.get(role)
            if sp is None:
                sp = self._roles[role] = normalize_speaker(role) if len(self._roles) < 10_000 else "unknown"
            return sp
        return normalize_speaker(role)

    def _message(self, obj: object, ordinal: int, where: str, channel: str) -> RawMessage | RecordError:
        if obj.__class__ is not dict:
            return RecordError("corrupt", f"{where}: not a JSON object")
        shape = tuple(obj)
        spec = self._shapes.get(shape, _MISSING)
        if spec is _MISSING:
            spec = _shape_spec(obj)  # type: ignore[arg-type]
            if len(self._shapes) < 1000:
                self._shapes[shape] = spec
        if spec is not None:
            text_k, conv_k, time_k, role_k, name_k, aid_k, id_k = spec
            text = obj[text_k]
            if text.__class__ is str:
                conv = obj[conv_k] if conv_k else None
                name = obj[name_k] if name_k else None
                author = obj[aid_k] if aid_k else None
                if author is None:
                    author = name
                native = obj[id_k] if id_k else None
                return RawMessage(
                    text=text,
                    channel=channel,
                    conversation=None if conv is None else str(conv),
                    native_id=None if native is None else str(native),
                    sent_at=parse_timestamp(obj[time_k]) if time_k else None,
                    speaker=self._speaker(obj[role_k]) if role_k else "unknown",
                    author=None if author is None else str(author),
                    author_name=None if name is None else str(name),
                    ordinal=ordinal,
                )
        return self._message_slow(obj, ordinal, where, channel)  # type: ignore[arg-type]

    def _message_slow(self, obj: dict, ordinal: int, where: str, channel: str) -> RawMessage | RecordError:
        text = _first(obj, TEXT_KEYS)
        if isinstance(text, list):  # rich text as a list of strings and {"type", "text"} entities (Telegram)
            text = "".join(
                x if isinstance(x, str) else str(x.get("text", "")) if isinstance(x, dict) else "" for x in text
            )
        if not isinstance(text, str):
            return RecordError("missing_field", f"{where}: no text field (text, message, body or content)")
        author_obj = obj.get("author")
        role = _first(obj, ROLE_KEYS)
        name = _first(obj, NAME_KEYS)
        author_id = _first(obj, AUTHOR_ID_KEYS)
        if isinstance(author_obj, dict):
            role = role if role is not None else _first(author_obj, ("type", "role", "kind"))
            name = name if name is not None else author_obj.get("name")
            author_id = author_id if author_id is not None else _first(author_obj, ("id", "email", "phone"))
        elif name is None:
            plain = _first(obj, AUTHOR_KEYS)
            if isinstance(plain, str):
                if role is None and normalize_speaker(plain) != "unknown":
                    role = plain
                else:
                    name = plain
        conv = _first(obj, CONV_KEYS)
        native = _first(obj, ID_KEYS)
        author = author_id if author_id is not None else name
        return RawMessage(
            text=text,
            channel=channel,
            conversation=None if conv is None else str(conv),
            native_id=None if native is None else str(native),
            sent_at=parse_timestamp(_first(obj, TIME_KEYS)),
            speaker=self._speaker(role),
            author=None if author is None else str(author),
            author_name=None if name is None else str(name),
            ordinal=ordinal,
        )


READER = ChatJsonReader()
