"""Keep only the new text of a message: drop quoted replies, forwarded history, signatures and disclaimers.

>>> strip_reply("Waar blijft mijn pakket?\\n\\nOp ma 2 nov. 2026 om 10:12 schreef Anna <a@b.nl>:\\n> Hallo")
'Waar blijft mijn pakket?'

The rules read per-language data (``cxmine/text/lang/<lang>/quote_headers.txt``, ``signatures.txt``,
``disclaimers.txt``) compiled once by :mod:`cxmine.text.quotes_patterns`. Quoted history is found line by line:

* a *cut* header (``-----Original Message-----``, a ``From:/Sent:/To:/Subject:`` block, a forward divider) starts
  the history: everything from it to the end is quoted;
* an *attribution* (``On <date>, <name> wrote:``, possibly wrapped over several lines) followed by ``>`` lines
  quotes that block only, so text interleaved between quote blocks (inline replies) is kept; followed by plain
  text (Gmail/Outlook top-posting without ``>``) it quotes the rest;
* ``>`` blocks without an attribution are quoted too, unless a single ``>`` line sits inside a paragraph.

Then :func:`cxmine.text.quotes_signature.signature_start` splits the signature off the remaining text.
"""

from __future__ import annotations

from dataclasses import dataclass

from cxmine.text.quotes_html import split_html_quotes
from cxmine.text.quotes_patterns import DATE_RE, EMAIL_RE, TIME_RE, Patterns, get_patterns, patterns_for
from cxmine.text.quotes_signature import signature_start

__all__ = ["ReplyParts", "has_quote_markers", "split_reply", "strip_reply"]

MAX_HEADER_LINES = 4  # an attribution wraps over at most this many non-blank lines
MAX_HEADER_CHARS = 500
FIELD_WINDOW = 7  # non-blank lines searched for the other fields of a From:/Sent:/To: block


@dataclass
class ReplyParts:
    """A message split into its new text, its quoted history and its signature block.

    ``unquoted`` is the new text with the signature still attached (only quoted history removed), for callers
    that want the sign-off (for example to guess the sender's name).
    """

    body: str
    quoted: str = ""
    signature: str = ""
    unquoted: str = ""


def has_quote_markers(text: str) -> bool:
    """Cheap pre-check: False means :func:`strip_reply` returns the text unchanged (bar outer/trailing spaces)."""
    pats = get_patterns(None)
    if "\n" in text or "\r" in text:
        return pats.marker.search(text) is not None
    s = text.strip()
    return bool(s) and (
        s[0] == ">" or s[-1] == ":" or "--" in s or pats.marker_line.match(s) is not None
        or pats.verb_tail.search(s, max(0, len(s) - 40)) is not None
    )


def strip_reply(text: str, html: str | None = None, language: str | None = None) -> str:
    """Only the new text of a message: no quoted history, signature, legal disclaimer or mobile footer."""
    if not html and not has_quote_markers(text):
        return _clean(text)
    return split_reply(text, html, language).body


def _clean(text: str) -> str:
    """What split_reply does to text it leaves alone: one newline style, no trailing spaces, outer strip."""
    if "\n" not in text and "\r" not in text:
        return text.strip()
    return "\n".join(ln.rstrip() for ln in _normalize_newlines(text).split("\n")).strip()


def split_reply(text: str, html: str | None = None, language: str | None = None) -> ReplyParts:
    """Split a message into body, quoted history and signature (see the module docstring for the rules)."""
    pats = patterns_for(language)
    html_quoted = ""
    source = text or ""
    if html:
        new_text, html_quoted = split_html_quotes(html)
        if new_text.strip() or not source.strip():
            source = new_text
        else:
            html_quoted = ""  # the HTML had nothing we could use; fall back to the plain-text body
    lines = _presplit(_normalize_newlines(source).split("\n"), pats)
    quoted_flags = _mark_quotes(lines, pats)
    reply: list[str] = []
    quoted: list[str] = []
    removed_since = False
    for line, is_q in zip(lines, quoted_flags, strict=True):
        if is_q:
            quoted.append(line)
            removed_since = True
            continue
        # Blank lines right after a removed block belong to it (the seam), so text around it closes up.
        if removed_since and not line.strip():
            continue
        removed_since = False
        reply.append(line)
    cut = signature_start(reply, pats)
    quoted_text = "\n".join(quoted).strip()
    if html_quoted.strip():
        quoted_text = (quoted_text + "\n" + html_quoted.strip()).strip()
    return ReplyParts(
        body="\n".join(ln.rstrip() for ln in reply[:cut]).strip(),
        quoted=quoted_text,
        signature="\n".join(reply[cut:]).strip(),
        unquoted="\n".join(reply).strip(),
    )


def _normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def _presplit(lines: list[str], pats: Patterns) -> list[str]:
    """Split "reply text--- On <date>, <name> wrote:" into the reply and the attribution."""
    out: list[str] = []
    for i, line in enumerate(lines):
        if "--" in line:
            window = " ".join(lines[i:i + 3])
            m = pats.inline_split.search(line) or (
                pats.inline_split.search(window) if len(window) <= MAX_HEADER_CHARS else None
            )
            if m and m.start(1) < len(line):
                out.extend((line[:m.start(1)].rstrip(), line[m.start(1):]))
                continue
        out.append(line)
    return out


def _is_quote_line(s: str) -> bool:
    return s.startswith(">")


def _wrapped_in_quote(stripped: list[str], j: int) -> bool:
    """A link fragment broken out of a '>' block by line wrapping ("> see http://x/a?b\n_c=1)\n>")."""
    s = stripped[j]
    return (
        0 < j < len(stripped) - 1 and _is_quote_line(stripped[j - 1]) and _is_quote_line(stripped[j + 1])
        and not any(c.isspace() for c in s) and any(c in "=/_&%#" for c in s)
    )


def _has_evidence(joined: str) -> bool:
    return bool(EMAIL_RE.search(joined) or DATE_RE.search(joined) or TIME_RE.search(joined))


def _attribution_len(lines: list[str], stripped: list[str], i: int, pats: Patterns) -> int:
    """Number of raw lines of an attribution starting at line ``i`` ("On ... wrote:"), or 0."""
    first = stripped[i]
    if len(first) > 300:
        return 0
    opens = pats.start.match(first) is not None
    # Without an opening word ("On", "Op", "Den") the first line itself must carry the evidence, so that a
    # reply line right above an attribution ("Test reply" / "On ... wrote:") is never taken into it.
    evidence_first = first.startswith(("--", "<", '"', "'")) or _has_evidence(first)
    if not (opens or evidence_first):
        return 0
    parts: list[str] = []
    j = i
    n = len(lines)
    while j < n and j < i + MAX_HEADER_LINES + 2 and len(parts) < MAX_HEADER_LINES:
        s = stripped[j]
        j += 1
        if not s:
            continue
        if parts and (parts[-1][-1:] in ".?!" or (not opens and pats.start.match(s))):
            break  # a sentence end inside, or a later line that opens the attribution itself
        parts.append(s)
        joined = " ".join(parts)
        if len(joined) > MAX_HEADER_CHARS:
            break
        if not (s[-1] in ":-" or pats.verb_tail.search(s)):
            continue
        if opens and pats.attribution.match(joined) and _has_evidence(joined):
            return j - i
        if pats.dashed.match(joined):
            return j - i
        if not evidence_first:
            continue
        if pats.verb_end.search(joined) and EMAIL_RE.search(joined):
            return j - i
        # Any language: "<date> <time>, <name> <address>:" (Le ... a écrit:, W dniu ... napisał:, ...).
        if s.endswith(":") and EMAIL_RE.search(joined) and TIME_RE.search(joined) and DATE_RE.search(joined):
            return j - i
    return 0


def _field_block(stripped: list[str], i: int, pats: Patterns) -> bool:
    """True when line ``i`` opens a From:/Sent:/To:/Subject: block.

    A reply or forward header always carries a date and names a sender (a From field or an address), so a web
    form's "Onderwerp: ... / Datum: ..." lines are not taken for one.
    """
    m = pats.field.match(stripped[i])
    if not m:
        return False
    kinds = {m.lastgroup}
    address = EMAIL_RE.search(stripped[i]) is not None
    seen = 0
    for s in stripped[i + 1:]:
        if not s:
            if len(kinds) >= 3:
                break
            continue
        seen += 1
        if seen > FIELD_WINDOW:
            break
        f = pats.field.match(s)
        if not f:
            continue
        kinds.add(f.lastgroup)
        address = address or EMAIL_RE.search(s) is not None
    return len(kinds) >= 2 and "date" in kinds and ("from" in kinds or address)


def _header_kind(lines: list[str], stripped: list[str], i: int, pats: Patterns) -> tuple[str, int]:
    """("cut", 1) for history that runs to the end, ("attr", n) for an n-line attribution, ("", 0) otherwise."""
    s = stripped[i]
    if pats.divider.match(s) or _field_block(stripped, i, pats):
        return "cut", 1
    if len(s) >= 5 and set(s) <= {"-", "_", "=", " "}:
        # A rule line (Outlook's "____", "-----") directly above a header block starts the history.
        for k in range(i + 1, min(i + 4, len(stripped))):
            if stripped[k]:
                return ("cut", 1) if _field_block(stripped, k, pats) else ("", 0)
        return "", 0
    n = _attribution_len(lines, stripped, i, pats)
    return ("attr", n) if n else ("", 0)


def _weak_attribution(stripped: list[str], flags: list[bool], start: int) -> None:
    """Mark the line(s) right above a '>' block as quoted when they look like "<date> <name> <address>"."""
    above = [k for k in range(max(0, start - 3), start) if stripped[k] and not flags[k]]
    if not above or start - above[-1] > 2:
        return
    k = above[-1]
    s = stripped[k]
    if not (len(s) <= 300 and (EMAIL_RE.search(s) or (DATE_RE.search(s) and TIME_RE.search(s)))
            and s[-1] in ":>)"):
        return
    flags[k] = True
    if k > 0 and stripped[k - 1] and not flags[k - 1] and stripped[k - 1][-1:] in "<,(":
        flags[k - 1] = True


def _mark_quotes(lines: list[str], pats: Patterns) -> list[bool]:
    """Per line: True when it belongs to quoted history."""
    n = len(lines)
    stripped = [ln.strip() for ln in lines]
    flags = [False] * n
    i = 0
    after_header = False
    while i < n:
        s = stripped[i]
        if not s:
            i += 1
            continue
        if _is_quote_line(s):
            j = i
            last_q = i
            while j < n and (not stripped[j] or _is_quote_line(stripped[j]) or _wrapped_in_quote(stripped, j)):
                if stripped[j]:
                    last_q = j
                j += 1
            single_in_paragraph = (
                last_q == i and i > 0 and stripped[i - 1] and i + 1 < n and stripped[i + 1] and not after_header
            )
            if not single_in_paragraph:
                for k in range(i, last_q + 1):
                    flags[k] = True
                if not after_header:
                    _weak_attribution(stripped, flags, i)
            i = last_q + 1
            after_header = False
            continue
        kind, length = _header_kind(lines, stripped, i, pats)
        if kind == "cut":
            for k in range(i, n):
                flags[k] = True
            break
        if kind == "attr":
            m = i + length
            while m < n and not stripped[m]:
                m += 1
            if m < n and _is_quote_line(stripped[m]):
                for k in range(i, m):
                    flags[k] = True
                i, after_header = m, True
                continue
            for k in range(i, n):
                flags[k] = True
            break
        i += 1
    return flags
