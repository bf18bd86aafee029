"""Small helpers used by parts/*.py to write annotation dicts by hand.

They only save typing: every helper returns a plain dict in the corpus format.
    name("Anne-Marie van den Berg", "A-N-N-E")   -> kind name, must_not_survive
        ["Anne-Marie", "Anne", "Marie", "Berg", "A-N-N-E"]
    pii("phone", "06 4182 7730", "zes vier een ...")  -> must_not_survive [value, extras]
    email("a.berg@example.com")  -> must_not_survive [address, local part]
    handle("@annie_b")           -> must_not_survive ["annie_b"]
    la("order_number", "A-88123")
"""
import re

# Name particles and prefixes that are never listed in must_not_survive on their own.
PARTICLES = {
    # Dutch / Flemish
    "van", "de", "der", "den", "het", "'t", "ter", "ten", "te", "op", "in", "'s",
    "vander", "vanden", "vande", "d'", "du", "le", "la",
    # German / Scandinavian / Faroese
    "von", "zu", "vom", "af", "av", "á", "í", "við", "úr",
    # Irish / Scottish
    "ó", "o", "ní", "nic", "ui", "uí", "mac", "mc", "mag",
    # Romance / Arabic / other
    "el", "al", "da", "di", "del", "della", "dos", "das", "do", "des", "y",
    "bin", "bint", "ibn", "abu", "ter",
}

INITIAL_RE = re.compile(r"^(?:[^\W\d_]\.?-?)+$")


def is_particle(tok):
    return tok.lower().strip(".,") in PARTICLES


def is_initial(tok):
    letters = [c for c in tok if c.isalpha()]
    return len(letters) <= 1 or (INITIAL_RE.match(tok) is not None and "." in tok and all(len(p) <= 1 for p in re.split(r"[.\-]", tok) if p))


def name_parts(value):
    out = []
    for tok in value.split():
        tok = tok.strip(",;:()")
        if not tok or is_particle(tok) or is_initial(tok):
            continue
        out.append(tok)
        if "-" in tok:
            for p in tok.split("-"):
                if p and not is_particle(p) and not is_initial(p):
                    out.append(p)
    return out


def _dedupe(xs):
    seen, out = set(), []
    for x in xs:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out


def name(value, *extra):
    return {"value": value, "kind": "name", "must_not_survive": _dedupe(name_parts(value) + list(extra))}


def pii(kind, value, *extra):
    return {"value": value, "kind": kind, "must_not_survive": _dedupe([value] + list(extra))}


def only(kind, value, *mns):
    """Planted item whose must_not_survive is given explicitly (e.g. addresses)."""
    return {"value": value, "kind": kind, "must_not_survive": _dedupe(list(mns))}


def email(value, *extra):
    local = value.split("@")[0] if "@" in value else None
    xs = [value] + ([local] if local else []) + list(extra)
    return {"value": value, "kind": "email", "must_not_survive": _dedupe(xs)}


def handle(value, *extra):
    return {"value": value, "kind": "username", "must_not_survive": _dedupe([value.lstrip("@")] + list(extra))}


def la(kind, value):
    return {"value": value, "kind": kind}


def rec(rid, text, planted, lookalikes):
    lang, channel, _ = rid.split("-")
    return {"id": rid, "language": lang, "channel": channel, "text": text.strip("\n"),
            "planted": planted, "lookalikes": lookalikes}
