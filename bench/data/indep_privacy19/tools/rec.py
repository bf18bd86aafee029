"""Tiny helpers used by parts/*.py to write records compactly.

R(...) returns a plain dict in the corpus format.  Keys starting with "_"
(check scheme, canonical digits of a spoken number) are only used by
build.py for validation and are stripped from corpus.jsonl.
"""


def P(value, kind, *mns, check=None, canon=None):
    d = {"value": value, "kind": kind,
         "must_not_survive": list(mns) if mns else [value]}
    if check:
        d["_check"] = check
    if canon:
        d["_canon"] = canon
    return d


def L(value, kind):
    return {"value": value, "kind": kind}


def R(rid, text, planted, lookalikes, note=None):
    lang, channel, _ = rid.split("-")
    rec = {"id": rid, "language": lang, "channel": channel,
           "text": text.strip("\n"), "planted": planted,
           "lookalikes": lookalikes}
    if note:
        rec["_note"] = note
    return rec
