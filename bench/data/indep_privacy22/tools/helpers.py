"""Small constructors used by the hand-written parts files (parts/*.py).

Fields starting with an underscore (_scheme, _canon, _spoken, _domain) are
author-side metadata used by build.py for validation and are stripped from
corpus.jsonl.
"""
import re

PARTICLES = {"van", "de", "der", "den", "het", "'t", "ter", "ten", "te", "la", "le",
             "du", "von", "af", "da", "di", "del", "mc", "o'", "vd", "v.d.", "op"}


def _name_parts(value):
    out = []
    for tok in value.split():
        tok = tok.strip(",;:()")
        if not tok:
            continue
        if tok.lower() in PARTICLES:
            continue
        if re.fullmatch(r"[A-Za-zÆØÅæøå]\.?", tok):  # one-letter initial
            continue
        if re.fullmatch(r"([A-Za-z]\.)+", tok):  # initials like J.P.
            continue
        out.append(tok)
        if "-" in tok:
            out.extend(p for p in tok.split("-") if len(p) > 1)
    # dedupe, keep order
    seen, res = set(), []
    for p in out:
        if p not in seen:
            seen.add(p)
            res.append(p)
    return res


def N(value, extra=(), only=None):
    """A person's name. must_not_survive = given names and surnames (+ extra)."""
    mns = list(only) if only is not None else _name_parts(value)
    for e in extra:
        if e not in mns:
            mns.append(e)
    return {"value": value, "kind": "name", "must_not_survive": mns}


def A(value, street=None, postcode=None, extra=()):
    """An address. must_not_survive = street + number and the postcode (+ extra)."""
    mns = [x for x in (street, postcode) if x]
    for e in extra:
        if e not in mns:
            mns.append(e)
    if not mns:
        mns = [value]
    return {"value": value, "kind": "address", "must_not_survive": mns}


def E(value, local=None, extra=(), canon=None):
    """An e-mail address (written or spoken). must_not_survive = whole + local part."""
    if local is None:
        local = value.split("@")[0]
    mns = [value, local]
    for e in extra:
        if e not in mns:
            mns.append(e)
    d = {"value": value, "kind": "email", "must_not_survive": mns}
    d["_canon"] = canon or value
    return d


def P(value, kind, scheme=None, canon=None, spoken=False, extra=()):
    """Any other planted item (phone, national_id, iban, card, plate, ...)."""
    mns = [value]
    for e in extra:
        if e not in mns:
            mns.append(e)
    d = {"value": value, "kind": kind, "must_not_survive": mns}
    if scheme:
        d["_scheme"] = scheme
    if canon:
        d["_canon"] = canon
    if spoken:
        d["_spoken"] = True
    return d


def L(value, kind):
    return {"value": value, "kind": kind}


def rec(rid, text, planted, look):
    lang, channel, _ = rid.split("-")
    return {"id": rid, "language": lang, "channel": channel, "text": text.strip("\n"),
            "planted": planted, "lookalikes": look}
