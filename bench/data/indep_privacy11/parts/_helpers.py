"""Tiny helpers for writing records in the part files.

P(value, kind, mns=None, check=None, digits=None)
    planted value; mns = must_not_survive (derived automatically when omitted,
    except for addresses and spoken e-mail addresses, which must be explicit);
    check = name of the check-digit rule that applies (validated by build.py),
    digits = the underlying digits when the value is spoken / written in words.
L(value, kind)
    look-alike that must be kept verbatim.
R(id, text, planted, lookalikes)
    one record; language and channel come from the id.
"""

PARTICLES = {
    "van", "de", "der", "den", "het", "ter", "ten", "te", "'t", "van't", "el", "al", "ní", "nic",
    "ó", "ui", "uí", "mhic", "bin", "ibn", "bint", "da", "das", "dos", "di", "du", "le", "la",
    "von", "zu", "af", "á", "í", "við", "op", "in", "aan", "vd", "v.d.", "abu", "st", "st.", "en", "og", "and", "&", "und",
}


def name_tokens(value):
    out = []
    for raw in value.replace("-", " ").replace(",", " ").split():
        tok = raw.strip(".,;:()\"")
        if not tok:
            continue
        if tok.lower() in PARTICLES:
            continue
        letters = [c for c in tok if c.isalpha()]
        if len(letters) < 2:
            continue
        if tok.endswith(".") and len(letters) <= 2:
            continue
        if tok not in out:
            out.append(tok)
    return out


def derive_mns(value, kind):
    if kind == "name":
        return name_tokens(value)
    if kind == "email":
        if "@" in value:
            return [value.split("@")[0], value]
        raise ValueError(f"spoken e-mail needs explicit must_not_survive: {value!r}")
    if kind == "username":
        return [value.lstrip("@")]
    if kind == "address":
        raise ValueError(f"address needs explicit must_not_survive: {value!r}")
    return [value]


def P(value, kind, mns=None, check=None, digits=None):
    d = {"value": value, "kind": kind,
         "must_not_survive": list(mns) if mns is not None else derive_mns(value, kind)}
    if check:
        d["_check"] = check
    if digits:
        d["_digits"] = digits
    return d


def L(value, kind):
    return {"value": value, "kind": kind}


def R(id, text, planted, lookalikes):
    lang, channel, _ = id.split("-")
    return {"id": id, "language": lang, "channel": channel,
            "text": text.strip("\n"), "planted": planted, "lookalikes": lookalikes}
