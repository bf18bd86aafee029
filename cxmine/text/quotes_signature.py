"""Find where the signature block (sign-off, name, titles, phone, mobile footer, disclaimer) starts in a reply.

The rules work from the end of the reply: a legal disclaimer opener cuts everything after it; a mobile footer
("Sent from my iPhone") or a signature delimiter ("-- ") cuts a short tail; a sign-off line ("Met vriendelijke
groet,", "Best") cuts the tail only when what follows looks like a signature (short lines, names, phone numbers,
addresses), so a long message that merely contains "Best" is kept whole.
"""

from __future__ import annotations

from cxmine.text.quotes_patterns import EMAIL_RE, PHONE_RE, URL_RE, Patterns

SIGNOFF_WINDOW = 14  # a sign-off must be among the last N non-blank lines
SIGNOFF_TAIL = 9  # at most N non-blank lines after a sign-off (name, title, company, phone, address...)
DELIMITER_TAIL = 15  # "-- " and "____" blocks may be a little longer
MOBILE_TAIL = 4  # a mobile footer is the last thing in a message, give or take a short line


def _signature_like(line: str) -> bool:
    """A line that could be part of a signature: short and not a question, or a contact detail."""
    s = line.strip()
    if not s:
        return True
    if len(s) <= 120 and (PHONE_RE.search(s) or EMAIL_RE.search(s) or URL_RE.search(s)):
        return True
    return len(s) <= 60 and not s.endswith("?") and len(s.split()) <= 8


def _tail_count(lines: list[str], start: int, stop: int) -> int:
    return sum(1 for ln in lines[start:stop] if ln.strip())


def _name_like(line: str) -> bool:
    words = line.strip().rstrip(",").split()
    return 1 <= len(words) <= 4 and all(w[:1].isupper() or w in _PARTICLES for w in words) and not any(
        c in line for c in "?!:;")


_PARTICLES = {"van", "de", "der", "den", "von", "la", "le", "|", "-", "–"}


def _contact_block(lines: list[str], nonblank: list[int], first: int, cut: int) -> int | None:
    """Start of a trailing name + contact-details paragraph without a sign-off ("Anna Jansen / 06-1234 5678")."""
    tail = [j for j in nonblank if j < cut]
    if len(tail) < 3:
        return None
    start = tail[-1]
    while start > 0 and lines[start - 1].strip():
        start -= 1
    if start <= first or not _name_like(lines[start]):
        return None
    block = [ln for ln in lines[start:cut] if ln.strip()]
    if not 2 <= len(block) <= SIGNOFF_TAIL or not all(_signature_like(ln) for ln in block):
        return None
    contact = any(PHONE_RE.search(ln) or EMAIL_RE.search(ln) or URL_RE.search(ln) for ln in block[1:])
    return start if contact else None


def signature_start(lines: list[str], pats: Patterns) -> int:
    """Index of the first signature line in ``lines`` (``len(lines)`` when there is no signature)."""
    cut = len(lines)
    while cut and not lines[cut - 1].strip():
        cut -= 1
    nonblank = [i for i in range(cut) if lines[i].strip()]
    if not nonblank:
        return len(lines)
    first = nonblank[0]

    # Disclaimers can be long, so they are searched everywhere but the first line (then it is all disclaimer).
    for i in nonblank[1:]:
        if pats.disclaimer.match(lines[i]):
            cut = i
            break

    for i in [j for j in nonblank if j < cut][-(MOBILE_TAIL + 1):]:
        if pats.mobile.match(lines[i]):
            cut = i
            break

    for i in [j for j in nonblank if j < cut]:
        if i > first and pats.delimiter.match(lines[i].rstrip("\r\n")) and _tail_count(lines, i + 1, cut) <= DELIMITER_TAIL:
            if all(len(ln) <= 120 for ln in lines[i + 1:cut]):
                cut = i
                break

    block = _contact_block(lines, nonblank, first, cut)
    if block is not None:
        cut = block

    window = [j for j in nonblank if j < cut][-SIGNOFF_WINDOW:]
    for i in window:
        if i <= first:
            continue  # a message that is only "Thanks, Anna" keeps its text
        s = lines[i]
        if not (pats.signoff.match(s) or pats.signoff_line.match(s)):
            continue
        if _tail_count(lines, i + 1, cut) <= SIGNOFF_TAIL and all(_signature_like(ln) for ln in lines[i + 1:cut]):
            cut = i
            break
    return cut
