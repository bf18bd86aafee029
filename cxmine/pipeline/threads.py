"""Rebuild email threads (one thread = one contact) and tell customers from agents by a thread's direction.

Threads come from Message-ID / In-Reply-To / References (a union-find over all ids a message names), then a
subject fallback for replies that lost their headers ("Re: Waar is mijn pakket?" joins the thread with that
subject when they share a participant). Messages already in the output keep their contact id, so next week's
replies join this week's threads.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from cxmine.schema import stable_id

_REPLY_PREFIX = re.compile(
    r"^\s*((re|fw|fwd|aw|wg|sv|vs|antw|antwoord|doorst|tr|ref|rif|r)\s*(\[\d+\])?\s*[:：]\s*)+", re.IGNORECASE
)


def normalize_subject(subject: str | None) -> tuple[str, bool]:
    """The subject without reply/forward prefixes, lower-cased, and whether it had such a prefix."""
    if not subject:
        return "", False
    m = _REPLY_PREFIX.match(subject)
    core = subject[m.end() :] if m else subject
    return " ".join(core.lower().split()), bool(m)


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        parent = self.parent
        parent.setdefault(x, x)
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:  # path compression
            parent[x], x = root, parent[x]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


@dataclass
class EmailRow:
    message_id: str
    native_id: str | None
    parent_id: str | None
    references: Sequence[str]
    subject: str | None
    author_key: str | None
    recipient_keys: Sequence[str]
    sent_at: object  # datetime or None
    ordinal: int
    is_agent: bool | None  # True/False when --agent-domain/--agent-address decided it, else None


def assign_threads(rows: list[EmailRow], existing: dict[str, str] | None = None) -> dict[str, str]:
    """``message_id -> contact_id`` for every row. ``existing`` maps native ids already stored to their contact."""
    existing = existing or {}
    uf = _UnionFind()

    def node(r: EmailRow) -> str:
        return f"id:{r.native_id}" if r.native_id else f"msg:{r.message_id}"

    for r in rows:
        n = node(r)
        uf.find(n)
        for ref in list(r.references) + ([r.parent_id] if r.parent_id else []):
            if ref:
                uf.union(n, f"id:{ref}")

    # subject fallback: a reply without threading headers joins the earliest message with the same subject
    # that shares a participant
    by_subject: dict[str, list[EmailRow]] = {}
    for r in rows:
        key, _ = normalize_subject(r.subject)
        if key:
            by_subject.setdefault(key, []).append(r)
    for group in by_subject.values():
        if len(group) < 2:
            continue
        group.sort(key=lambda r: (r.sent_at is None, r.sent_at or 0, r.ordinal))
        first = group[0]
        first_people = {first.author_key, *first.recipient_keys} - {None}
        for r in group[1:]:
            _, is_reply = normalize_subject(r.subject)
            if not is_reply or r.references or r.parent_id:
                continue
            if first_people & ({r.author_key, *r.recipient_keys} - {None}):
                uf.union(node(r), node(first))

    # name each component: an id already stored wins; else the thread's original message (References[0]),
    # else the component's smallest node name — all content-derived, so stable across runs
    comp_contact: dict[str, str] = {}
    for native, contact in existing.items():
        key = f"id:{native}"
        if key in uf.parent:
            comp_contact.setdefault(uf.find(key), contact)
    comp_root: dict[str, str] = {}
    for r in rows:
        root = uf.find(node(r))
        origin = f"id:{r.references[0]}" if r.references else None
        if origin:
            prev = comp_root.get(root)
            comp_root[root] = origin if prev is None or origin < prev else prev
    out = {}
    for r in rows:
        root = uf.find(node(r))
        contact = comp_contact.get(root) or stable_id("email", comp_root.get(root) or root)
        out[r.message_id] = contact
    return out


def email_speakers(rows: list[EmailRow], contact_of: dict[str, str]) -> dict[str, str]:
    """``message_id -> speaker``: by agent options when they decide, else by thread direction.

    The author of a thread's earliest message is the customer; other authors in the thread are agents.
    """
    first_author: dict[str, tuple] = {}
    for r in rows:
        c = contact_of[r.message_id]
        key = (r.sent_at is None, r.sent_at.timestamp() if r.sent_at else 0, r.ordinal)
        if r.is_agent is not True and (c not in first_author or key < first_author[c][0]):
            first_author[c] = (key, r.author_key)
    out = {}
    for r in rows:
        if r.is_agent is not None:
            out[r.message_id] = "agent" if r.is_agent else "customer"
            continue
        first = first_author.get(contact_of[r.message_id])
        if first is None or r.author_key is None or first[1] is None:
            out[r.message_id] = "customer" if first is None or first[1] == r.author_key else "unknown"
        else:
            out[r.message_id] = "customer" if first[1] == r.author_key else "agent"
    return out
