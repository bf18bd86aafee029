"""Small helpers shared by the part files (standard library only).

Keys starting with "_" (check-digit hints) are used by tools/build.py for
validation and are stripped from corpus.jsonl.
"""
import re
import textwrap

PARTICLES = {"van", "de", "der", "den", "af", "von", "ter", "ten", "te", "het", "'t",
             "du", "da", "di", "la", "le", "del", "des", "op", "in", "al", "el", "bin", "ben", "mac"}


TITLES = {"mw", "mevr", "mevrouw", "meneer", "dhr", "hr", "fru", "frk", "mr", "mrs", "ms", "miss",
          "dr", "prof", "sir", "dame", "dokter", "doctor"}


def T(s):
    """Dedent and trim a text block."""
    return textwrap.dedent(s).strip("\n")


def _uniq(xs):
    out = []
    for x in xs:
        if x and x not in out:
            out.append(x)
    return out


def name_tokens(value):
    toks = re.split(r"[\s\-]+", value)
    out = []
    for t in toks:
        if re.fullmatch(r"(\w\.)+\w?\.?", t):  # initials such as A.M. or J.
            continue
        t = t.strip(".,;:()\"")
        if t.lower() in PARTICLES or t.lower() in TITLES:
            continue
        if sum(c.isalpha() for c in t) < 2:
            continue
        out.append(t)
    return out


def N(value, *extra, only=None):
    """A personal name. must_not_survive = each given name / surname (>= 2 letters,
    particles left out) plus any extra strings. `only` overrides the derivation."""
    mns = list(only) if only is not None else name_tokens(value)
    return {"value": value, "kind": "name", "must_not_survive": _uniq(mns + list(extra))}


def E(value, *extra):
    """A written e-mail address: whole address + local part."""
    local = value.split("@")[0]
    return {"value": value, "kind": "email", "must_not_survive": _uniq([value, local] + list(extra))}


def P(value, kind, *mns, check=None, digits=None):
    """Any other planted item; must_not_survive defaults to the value itself."""
    d = {"value": value, "kind": kind, "must_not_survive": _uniq(list(mns) or [value])}
    if check:
        d["_check"] = check
    if digits:
        d["_digits"] = digits
    return d


def L(value, kind):
    return {"value": value, "kind": kind}


def R(rid, text, planted, lookalikes):
    lang, channel, _ = rid.split("-")
    return {"id": rid, "language": lang, "channel": channel, "text": T(text),
            "planted": planted, "lookalikes": lookalikes}
