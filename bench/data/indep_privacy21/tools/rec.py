"""Small helpers used by parts/*.py to write annotated records compactly."""
import re

PARTICLES = {"van", "von", "de", "der", "den", "het", "'t", "ter", "ten", "te", "in", "la", "le", "du",
             "da", "di", "del", "della", "dos", "das", "el", "al", "bin", "ibn", "binti", "bint", "o",
             "ó", "mac", "mc", "ua", "ní", "nic", "uí", "ui", "í", "á", "af", "av", "zu", "op", "vande",
             "vanden", "vander", "d'", "st", "st."}

def name_parts(value):
    out = []
    for tok in value.split():
        tok = tok.strip(".,;:()")
        if not tok or tok.lower() in PARTICLES or len(tok.replace("-", "")) < 2:
            continue
        if "-" in tok and not re.fullmatch(r"(?:[^\W\d_]-)+[^\W\d_]", tok):  # hyphenated name, not spelled
            out.append(tok)
            out += [p for p in tok.split("-") if len(p) >= 2 and p.lower() not in PARTICLES]
        else:
            out.append(tok)
    seen = []
    for x in out:
        if x not in seen:
            seen.append(x)
    return seen

def N(value, *extra):
    """Name: mns = every given name/surname part (>=2 letters, no particles) + extra forms."""
    m = name_parts(value)
    for e in extra:
        if e not in m:
            m.append(e)
    return {"value": value, "kind": "name", "must_not_survive": m}

def P(value, kind, *extra, scheme=None, canon=None, only=None):
    """Generic planted item; mns = [value] + extra unless only= is given."""
    m = list(only) if only is not None else [value] + [e for e in extra if e != value]
    d = {"value": value, "kind": kind, "must_not_survive": m}
    if scheme:
        d["scheme"] = scheme
    if canon:
        d["canon"] = canon
    return d

def A(value, *mns):
    """Address: mns = street+number (or building name) and postcode, given explicitly."""
    return {"value": value, "kind": "address", "must_not_survive": list(mns)}

def E(value, *extra):
    """E-mail: whole address + local part + spoken forms."""
    m = [value]
    if "@" in value:
        m.append(value.split("@")[0])
    m += [e for e in extra if e not in m]
    return {"value": value, "kind": "email", "must_not_survive": m}

def U(value, *extra):
    h = value.lstrip("@")
    m = [h] + [e for e in extra if e != h]
    return {"value": value, "kind": "username", "must_not_survive": m}

def L(value, kind):
    return {"value": value, "kind": kind}

def R(id, text, planted, lookalikes):
    lang, ch, _ = id.split("-")
    return {"id": id, "language": lang, "channel": ch, "text": text.strip("\n"),
            "planted": planted, "lookalikes": lookalikes}
