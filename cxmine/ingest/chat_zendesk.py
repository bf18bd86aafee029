"""Zendesk ticket exports: ``{"tickets": [...]}``, a JSON array of tickets, or JSON Lines (incremental export).

Each ticket has ``id``, ``subject``, ``requester_id`` and ``comments`` (``id``, ``author_id``, ``plain_body`` /
``body`` / ``html_body``, ``created_at``, ``public``, ``via``). A comment by the requester is the customer; any
other author is an agent. Private comments (``public: false``) are internal notes between staff, not customer
contact: they get speaker ``system`` (kept, so the pipeline can count or drop them, never mixed with agent turns).
The channel is "chat" unless the ticket came in by e-mail (``via.channel == "email"``), then "email".
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from cxmine.ingest.base import RawMessage, ReadOptions, RecordError
from cxmine.ingest.textio import display_name, head_text, parse_timestamp, read_json_records
from cxmine.text.html import html_to_text

_TICKET_MARKERS = ('"requester_id"', '"comments"')


def _channel(ticket: dict, default: str) -> str:
    via = ticket.get("via")
    ch = via.get("channel") if isinstance(via, dict) else None
    if ch in ("email", "mail"):
        return "email"
    if ch in ("voice", "phone"):
        return "call"
    return default


def _tickets(doc: object) -> list:
    """The tickets of one JSON document: an export with "tickets", a single "ticket" with its "comments", a list
    of tickets, or one bare ticket (a line of JSON Lines)."""
    if isinstance(doc, dict) and isinstance(doc.get("tickets"), list):
        return doc["tickets"]
    if isinstance(doc, dict) and isinstance(doc.get("ticket"), dict):
        return [dict(doc["ticket"], comments=doc.get("comments", doc["ticket"].get("comments", [])))]
    if isinstance(doc, list):
        return doc
    return [doc]


class ZendeskReader:
    """Reader for Zendesk ticket exports with comments."""

    name = "zendesk"
    channel = "chat"
    extensions = (".json", ".jsonl", ".ndjson")

    def sniff(self, path: Path, head: bytes) -> bool:
        s = head_text(head).lstrip()
        if not s.startswith(("{", "[")):
            return False
        start = s[:20000]
        if '"tickets"' in start and all(m in s for m in _TICKET_MARKERS):
            return True
        # One ticket per line / a bare array of tickets: both markers near the start, plus a subject or status.
        return all(m in start for m in _TICKET_MARKERS) and ('"subject"' in start or '"status"' in start)

    def read(self, path: Path, options: ReadOptions) -> Iterator[RawMessage | RecordError]:
        name = display_name(path, options.display_path)
        docs, errors = read_json_records(path, options.encoding, name, "Zendesk tickets", options.max_file_bytes)
        yield from errors
        tickets = [ticket for doc in docs for ticket in _tickets(doc)]
        default_channel = options.channel or self.channel
        ordinal = 0
        for ti, ticket in enumerate(tickets):
            if not isinstance(ticket, dict):
                yield RecordError("corrupt", f"{name} ticket {ti}: not a JSON object")
                continue
            comments = ticket.get("comments")
            if not isinstance(comments, list):
                yield RecordError("missing_field", f"{name} ticket {ti}: no comments list")
                continue
            tid = ticket.get("id")
            conv = None if tid is None else str(tid)
            requester = ticket.get("requester_id")
            subject = ticket.get("subject") or ticket.get("raw_subject")
            channel = _channel(ticket, default_channel)
            for ci, c in enumerate(comments):
                where = f"{name} ticket {ti} comment {ci}"
                if not isinstance(c, dict):
                    yield RecordError("corrupt", f"{where}: not a JSON object")
                    continue
                html = None
                body = c.get("plain_body")
                if not isinstance(body, str) or not body.strip():
                    body = c.get("body")
                if (not isinstance(body, str) or not body.strip()) and isinstance(c.get("html_body"), str):
                    html = c["html_body"]
                    body = html_to_text(html)
                if not isinstance(body, str):
                    yield RecordError("missing_field", f"{where}: no body")
                    continue
                author_id = c.get("author_id")
                if c.get("public") is False:
                    speaker = "system"
                elif author_id is not None and requester is not None and author_id == requester:
                    speaker = "customer"
                elif author_id is None or requester is None:
                    speaker = "unknown"
                else:
                    speaker = "agent"
                attachments = c.get("attachments")
                cid = c.get("id")
                yield RawMessage(
                    text=body,
                    channel=channel,
                    conversation=conv,
                    native_id=None if cid is None else str(cid),
                    sent_at=parse_timestamp(c.get("created_at")),
                    speaker=speaker,
                    author=None if author_id is None else str(author_id),
                    subject=subject if isinstance(subject, str) else None,
                    n_attachments=len(attachments) if isinstance(attachments, list) else 0,
                    html=html,
                    ordinal=ordinal,
                    extra={"public": c.get("public", True)},
                )
                ordinal += 1


READER = ZendeskReader()
