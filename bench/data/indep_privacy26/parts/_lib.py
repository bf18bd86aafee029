"""Tiny helpers used by the hand-written part files.

p(value, kind, ...) builds one planted item.  must_not_survive is derived for the simple
cases (name -> given names and surnames, e-mail -> whole address + local part, others ->
the value itself) and can be replaced (mns=[...]) or extended (add=[...]).  `scheme` names
the check-digit rule in tools/checks.py; `canon` is the written-out form to check when the
text only contains a spoken / partial form.
"""
import re

PARTICLES = {"van", "de", "der", "den", "het", "'t", "ter", "ten", "te", "op", "in", "von", "zu",
             "af", "la", "le", "du", "da", "di", "del", "des", "mc", "mac", "st.", "bin", "al", "el", "ten", "o"}


def name_parts(value):
    out = []
    for tok in value.split():
        tok = tok.strip(",.;:()")
        if not tok or tok.lower() in PARTICLES:
            continue
        if re.fullmatch(r"[A-ZÆØÅ]\.?", tok):        # one-letter initial
            continue
        if "-" in tok:
            for part in tok.split("-"):
                if len(part) > 1 and part.lower() not in PARTICLES:
                    out.append(part)
        out.append(tok)
    seen, res = set(), []
    for t in out:
        if t not in seen:
            seen.add(t)
            res.append(t)
    return res


def p(value, kind, mns=None, add=(), scheme=None, canon=None):
    if mns is None:
        if kind == "name":
            mns = name_parts(value)
        elif kind == "email":
            mns = [value, value.split("@")[0]]
        else:
            mns = [value]
    mns = list(mns) + [a for a in add if a not in mns]
    item = {"value": value, "kind": kind, "must_not_survive": mns}
    if scheme:
        item["_scheme"] = scheme
        item["_canon"] = canon or value
    return item


def rec(rid, text, planted, look):
    lang, channel, _ = rid.split("-")
    return {"id": rid, "language": lang, "channel": channel, "text": text.strip("\n"),
            "planted": planted, "lookalikes": [{"value": v, "kind": k} for v, k in look]}
