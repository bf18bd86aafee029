"""Intercom conversation exports: ``{"conversations": [...]}``, a JSON array, or one conversation object.

A conversation has ``id``, ``created_at`` (unix seconds), ``source`` (the opening message: ``body`` HTML,
``author {type, id, name, email}``, ``subject``) and ``conversation_parts.conversation_parts`` (``part_type``,
``body``, ``author``, ``created_at``). Author type ``user``/``lead``/``contact`` is the customer, ``admin`` an
agent, ``bot`` a bot. Parts without a body (assignments, open/close, snoozes) are skipped silently. Notes
(``part_type == "note"``) are internal: speaker ``system``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from cxmine.ingest.base import RawMessage, ReadOptions, RecordError
from cxmine.ingest.textio import display_name, head_text, normalize_speaker, parse_timestamp, read_json_records
from cxmine.text.html import html_to_text


def _conversations(doc: object) -> list:
    if isinstance(doc, dict):
        if isinstance(doc.get("conversations"), list):
            return doc["conversations"]
        return [doc]
    if isinstance(doc, list):
        return doc
    return []


def _parts(conv: dict) -> list:
    cp = conv.get("conversation_parts")
    if isinstance(cp, dict):
        cp = cp.get("conversation_parts")
    return cp if isinstance(cp, list) else []


class IntercomReader:
    """Reader for Intercom conversation exports."""

    name = "intercom"
    channel = "chat"
    extensions = (".json", ".jsonl", ".ndjson")

    def sniff(self, path: Path, head: bytes) -> bool:
        s = head_text(head).lstrip()
        if not s.startswith(("{", "[")):
            return False
        return '"conversation_parts"' in s or ('"conversations"' in s[:2000] and '"source"' in s)

    def read(self, path: Path, options: ReadOptions) -> Iterator[RawMessage | RecordError]:
        name = display_name(path, options.display_path)
        docs, errors = read_json_records(path, options.encoding, name, "Intercom conversations",
                                          options.max_file_bytes)
        yield from errors
        convs = [conv for doc in docs for conv in _conversations(doc)]
        channel = options.channel or self.channel
        ordinal = 0
        for ci, conv in enumerate(convs):
            if not isinstance(conv, dict):
                yield RecordError("corrupt", f"{name} conversation {ci}: not a JSON object")
                continue
            cid = conv.get("id")
            conv_id = None if cid is None else str(cid)
            source = conv.get("source") if isinstance(conv.get("source"), dict) else {}
            subject_html = source.get("subject") or (conv.get("title") if isinstance(conv.get("title"), str) else None)
            subject = html_to_text(subject_html) if isinstance(subject_html, str) and subject_html else None
            entries: list[tuple[dict, object, str]] = []
            if source:
                entries.append((source, conv.get("created_at"), "source"))
            for pi, part in enumerate(_parts(conv)):
                if isinstance(part, dict):
                    entries.append((part, part.get("created_at"), f"part {pi}"))
            for entry, created, _where in entries:
                body = entry.get("body")
                if not isinstance(body, str) or not body.strip():
                    continue  # assignment, state change, empty source of an outbound message
                author = entry.get("author") if isinstance(entry.get("author"), dict) else {}
                if entry.get("part_type") == "note":
                    speaker = "system"
                else:
                    speaker = normalize_speaker(author.get("type"))
                author_id = author.get("email") or author.get("id")
                attachments = entry.get("attachments")
                pid = entry.get("id")
                native = None if pid is None else str(pid)
                if native is None and conv_id is not None and entry is source:
                    native = f"{conv_id}:source"
                yield RawMessage(
                    text=html_to_text(body),
                    channel=channel,
                    conversation=conv_id,
                    native_id=native,
                    sent_at=parse_timestamp(created),
                    speaker=speaker,
                    author=None if author_id is None else str(author_id),
                    author_name=author.get("name") if isinstance(author.get("name"), str) else None,
                    subject=subject,
                    n_attachments=len(attachments) if isinstance(attachments, list) else 0,
                    html=body,
                    ordinal=ordinal,
                    extra={"part_type": entry.get("part_type", "source")},
                )
                ordinal += 1


READER = IntercomReader()
