"""Small helpers used by parts/*.py to write records compactly.

P(value, kind, *extra, mns=None, check=None, canon=None)
    planted item.  must_not_survive defaults to:
      name      -> every given name / surname part (particles and one-letter
                   initials left out; hyphenated forms whole + each part)
      email     -> whole address + local part (written form only)
      username  -> handle without '@'
      otherwise -> [value]
    plus any *extra strings (spelled forms, repeated forms ...).
    `mns=` replaces the default completely.
    `check=` names the check-digit routine (national_id), `canon=` gives the
    digit form of a spoken value.  Both are used by build.py and stripped
    from corpus.jsonl.
L(value, kind)
    look-alike.
"""
import re

PARTICLES = {
    "van", "de", "der", "den", "het", "ter", "ten", "te", "'t", "in", "op",
    "vande", "vander", "vanden", "la", "le", "du", "da", "di", "del", "della",
    "dos", "das", "do", "von", "zu", "af", "el", "al", "bin", "binti", "bint",
    "ibn", "o", "ó", "ua", "mac", "mc", "ní", "nic", "ni", "mhic",
    "st", "st.", "y", "e", "van't", "d'", "l'",
}

INITIAL = re.compile(r"(?:[A-ZÆØÅÉÖÜa-zæøå]\.?)+$")


def is_initial(tok):
    t = tok.replace(".", "")
    return len(t) <= 1 or (tok.count(".") >= 1 and all(len(x) <= 1 for x in tok.split(".")))


def name_parts(value):
    out = []
    for tok in re.split(r"\s+", value.strip()):
        tok = tok.strip(",;:()\"")
        if not tok:
            continue
        if tok.lower() in PARTICLES or is_initial(tok):
            continue
        if "-" in tok:
            out.append(tok)
            for p in tok.split("-"):
                if len(p) >= 2 and p.lower() not in PARTICLES and not is_initial(p):
                    out.append(p)
        else:
            out.append(tok)
    seen = []
    for x in out:
        if x not in seen:
            seen.append(x)
    return seen


def P(value, kind, *extra, mns=None, check=None, canon=None):
    if mns is None:
        if kind == "name":
            mns = name_parts(value)
        elif kind == "email" and "@" in value:
            mns = [value, value.split("@")[0]]
        elif kind == "username":
            mns = [value.lstrip("@")]
        else:
            mns = [value]
    mns = list(mns)
    for e in extra:
        if e not in mns:
            mns.append(e)
    d = {"value": value, "kind": kind, "must_not_survive": mns}
    if check:
        d["check"] = check
    if canon:
        d["canon"] = canon
    return d


def L(value, kind):
    return {"value": value, "kind": kind}
