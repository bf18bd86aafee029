"""Small helpers used by the parts files to declare records."""
import re
import textwrap

PARTICLES = {"van", "de", "der", "den", "het", "ter", "ten", "te", "op", "in", "t", "'t",
             "von", "zu", "la", "le", "du", "da", "di", "del", "des", "mc", "mac", "st", "st."}
TITLES = {"mr", "mrs", "ms", "miss", "dr", "dr.", "mr.", "mrs.", "ms.", "mevrouw", "meneer",
          "mevr.", "dhr.", "fru", "hr.", "prof.", "sir"}


def name_parts(value):
    toks = value.split()
    if len(toks) > 2 and all(len(t.strip(".,-")) <= 1 for t in toks):  # spelled: "k u i p e r s"
        return [value]
    out = []
    for tok in value.split():
        t = tok.strip(",.;:()\"")
        if not t:
            continue
        if t.lower() in PARTICLES or t.lower() in TITLES:
            continue
        if re.fullmatch(r"[A-Za-zÆØÅæøå]\.?", t):  # initial
            continue
        if re.fullmatch(r"([A-Za-z]\.)+", t):     # J.P.
            continue
        if "-" in t and not re.fullmatch(r"([A-Za-zÆØÅæøå]-)+[A-Za-zÆØÅæøå]", t):
            out.append(t)
            out.extend(p for p in t.split("-") if len(p) > 1)
        else:
            out.append(t)
    seen = []
    for x in out:
        if x not in seen:
            seen.append(x)
    return seen


def P(value, kind, mns=None, extra=(), scheme=None, norm=None, spoken=False):
    if mns is None:
        if kind == "name":
            mns = name_parts(value)
        elif kind == "email":
            mns = [value, value.split("@")[0]] if "@" in value else [value]
        elif kind == "address":
            raise ValueError(f"address needs explicit mns: {value}")
        else:
            mns = [value]
    mns = list(mns) + [e for e in extra if e not in mns]
    return {"value": value, "kind": kind, "must_not_survive": mns,
            "_scheme": scheme, "_norm": norm, "_spoken": spoken}


def L(value, kind):
    return {"value": value, "kind": kind}


def R(id, text, planted, look):
    lang, channel, _ = id.split("-")
    text = textwrap.dedent(text).strip("\n")
    return {"id": id, "language": lang, "channel": channel, "text": text,
            "planted": planted, "lookalikes": look}
