"""Small helpers the parts/*.py files use to write records compactly.
Extra keys 'scheme' and 'digits' on planted items are used by build.py for
check-digit validation and are stripped from corpus.jsonl."""
import re

PARTICLES = {"van", "de", "der", "den", "het", "'t", "ten", "ter", "te", "von", "vom", "zu",
             "el", "al", "la", "le", "du", "da", "di", "dos", "das", "do", "del", "della",
             "ó", "o", "o'", "mac", "mc", "ní", "nic", "ua", "mhic", "bin", "bint", "ibn",
             "af", "st", "st.", "in", "op", "vd", "v.d.", "í", "á", "við", "ap"}

def name_tokens(v):
    out = []
    for tok in v.split():
        tok = tok.strip(",.;:()")
        if not tok or tok.lower() in PARTICLES or len(tok) < 2 or re.fullmatch(r"(\w\.)+", tok):
            continue
        if "-" in tok:
            for p in tok.split("-"):
                if len(p) >= 2 and p.lower() not in PARTICLES and p not in out:
                    out.append(p)
        if tok not in out:
            out.append(tok)
    return out

def _dedup(xs):
    out = []
    for x in xs:
        if x not in out:
            out.append(x)
    return out

def name(v, *extra):
    return {"value": v, "kind": "name", "must_not_survive": _dedup(name_tokens(v) + list(extra))}

def addr(v, *mns):
    return {"value": v, "kind": "address", "must_not_survive": _dedup(list(mns) or [v])}

def email(v, *extra):
    mns = [v]
    if "@" in v:
        mns.append(v.split("@")[0])
    return {"value": v, "kind": "email", "must_not_survive": _dedup(mns + list(extra))}

def user(v, *extra):
    return {"value": v, "kind": "username", "must_not_survive": _dedup([v.lstrip("@")] + list(extra))}

def num(kind, v, *extra, scheme=None, digits=None):
    d = {"value": v, "kind": kind, "must_not_survive": _dedup([v] + list(extra))}
    if scheme:
        d["scheme"] = scheme
    if digits:
        d["digits"] = digits
    return d

def phone(v, *e): return num("phone", v, *e)
def pc(v, *e): return num("postcode", v, *e)
def dob(v, *e): return num("birth_date", v, *e)
def plate(v, *e): return num("plate", v, *e)
def ip(v, *e): return num("ip", v, *e)
def iban(v, *e, digits=None): return num("iban", v, *e, scheme="iban" if re.match(r"[A-Z]{2}\d\d", v.replace(" ", "")) or digits else None, digits=digits)
def acct(v, *e): return num("iban", v, *e)
def card(v, *e, digits=None): return num("card", v, *e, scheme="card", digits=digits)
def nid(v, scheme, *e, digits=None): return num("national_id", v, *e, scheme=scheme, digits=digits)

def L(v, kind):
    return {"value": v, "kind": kind}

def rec(rid, text, planted, looks):
    lang, ch, _ = rid.split("-")
    return {"id": rid, "language": lang, "channel": ch, "text": text,
            "planted": planted, "lookalikes": looks}
