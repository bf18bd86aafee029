"""Tiny helpers used by the hand-written part files."""


def P(value, kind, mns=None, chk=None, digits=None, also=None):
    """A planted personal-data item.

    mns    -- explicit must_not_survive list (default derived in build.py)
    also   -- extra must_not_survive strings added to the default (spelled forms, ...)
    chk    -- check scheme name from tools/checks.py SCHEMES
    digits -- canonical written form when value is spoken / partly spoken
    """
    d = {"value": value, "kind": kind}
    if mns is not None:
        d["mns"] = list(mns)
    if also:
        d["also"] = list(also)
    if chk:
        d["chk"] = chk
    if digits:
        d["digits"] = digits
    return d


def L(value, kind):
    return {"value": value, "kind": kind}


def R(rid, text, planted, lookalikes):
    lang, channel, _ = rid.split("-")
    return {"id": rid, "language": lang, "channel": channel, "text": text.strip("\n"),
            "planted": planted, "lookalikes": lookalikes}
