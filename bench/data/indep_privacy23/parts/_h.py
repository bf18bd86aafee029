"""Small helpers used by the hand-written part files.

They only save typing: every must_not_survive list they derive can be extended
with extra strings (spelled forms, spoken forms, other spellings in the text).
Fields starting with "_" are for build.py only and are stripped from the output.
"""
import re

PARTICLES = {
    "van", "de", "der", "den", "het", "ten", "ter", "te", "von", "vom", "zu",
    "Van", "De", "Der", "Den", "Ten", "Ter", "Von", "'t", "in", "op",
    "Mc", "Mac", "la", "le", "La", "Le", "du", "Du", "da", "Da", "dos", "af", "El", "el",
    "al", "Al", "bin", "ibn", "O'",
}


def _name_parts(v):
    out = []
    for tok in re.split(r"\s+", v.strip()):
        tok = tok.strip(",;:")
        if not tok or tok in PARTICLES:
            continue
        if re.fullmatch(r"(\w\.)+\w?\.?", tok) or re.fullmatch(r"\w", tok):
            continue  # initials
        if "-" in tok:
            for piece in tok.split("-"):
                if piece and piece not in PARTICLES and len(piece) > 1:
                    out.append(piece)
            out.append(tok)
        else:
            out.append(tok)
    return out


def _uniq(seq):
    seen, out = set(), []
    for s in seq:
        if s not in seen:
            seen.add(s)
            out.append(s)
    return out


def name(value, *extra, drop=()):
    mns = [m for m in _name_parts(value) if m not in drop]
    return {"value": value, "kind": "name", "must_not_survive": _uniq(mns + list(extra))}


def em(value, *extra, local=True):
    mns = [value]
    if local and "@" in value:
        mns.append(value.split("@")[0])
    return {"value": value, "kind": "email", "must_not_survive": _uniq(mns + list(extra))}


def sem(value, local_part, *extra):
    """spoken e-mail address: value is the spoken form, local_part the spoken local part"""
    return {"value": value, "kind": "email", "must_not_survive": _uniq([value, local_part] + list(extra))}


def ad(value, street, postcode=None, *extra):
    mns = [street] + ([postcode] if postcode else []) + list(extra)
    return {"value": value, "kind": "address", "must_not_survive": _uniq(mns)}


def p(kind, value, *extra, chk=None, norm=None, mns=None):
    d = {"value": value, "kind": kind,
         "must_not_survive": _uniq(list(mns) if mns is not None else [value] + list(extra))}
    if chk:
        d["_chk"] = chk
    if norm:
        d["_norm"] = norm
    return d


def L(kind, value):
    return {"value": value, "kind": kind}


def rec(rid, channel, text, planted, look, org=()):
    lang = rid.split("-")[0]
    if text.startswith("\n"):
        text = text[1:]
    return {"id": rid, "language": lang, "channel": channel, "text": text.rstrip("\n"),
            "planted": planted, "lookalikes": look, "_org": list(org)}
