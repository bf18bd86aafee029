"""Small helpers used by parts/*.py to write annotations compactly.

N(value, spelled=[...], extra=[...])   name: must_not_survive derived from the
                                        tokens (particles and initials dropped,
                                        hyphenated forms split and kept whole)
E(value, *spoken)                       e-mail: whole address + local part
P(value, kind, *mns, **meta)            anything else (mns defaults to [value])
L(value, kind)                          look-alike
R(id, text, planted, lookalikes)        record

Meta keys (check, digits, why, canon, spelled) are used by build.py for
validation and are stripped from corpus.jsonl.
"""
import re

PARTICLES = {
    "van", "de", "der", "den", "het", "'t", "ter", "ten", "te", "in", "op",
    "von", "vom", "zu", "la", "le", "du", "des", "di", "da", "del", "della",
    "dos", "el", "al", "ó", "o", "ní", "nic", "mac", "mc", "ua", "af", "ap",
    "bint", "vd", "v.d.", "d'",
}

INITIAL_RE = re.compile(r"^(?:[^\W\d_]\.?)+$")


def is_initial(tok):
    t = tok.replace(".", "")
    return len(t) <= 1 or (("." in tok) and INITIAL_RE.match(tok) and len(t) <= 3)


def _clean(tok):
    tok = tok.strip(",;:()\"")
    if tok.endswith(".") and len(tok.rstrip(".")) > 1 and not INITIAL_RE.match(tok):
        tok = tok.rstrip(".")
    return tok


def name_parts(value):
    toks = [_clean(t) for t in value.split()]
    out = []
    for i, tok in enumerate(toks):
        if not tok or tok.lower() in PARTICLES or is_initial(tok):
            continue
        if "-" in tok:
            parts = tok.split("-")
            if parts[-1].lower() in PARTICLES:
                # "Kuijpers-van Dam": whole hyphenated form runs on to the next name token
                whole, j = [tok], i + 1
                while j < len(toks) and toks[j].lower() in PARTICLES:
                    whole.append(toks[j])
                    j += 1
                if j < len(toks):
                    whole.append(toks[j])
                out.append(" ".join(whole))
            else:
                out.append(tok)
            for p in parts:
                if p and p.lower() not in PARTICLES and not is_initial(p):
                    out.append(p)
        else:
            out.append(tok)
    seen, res = set(), []
    for t in out:
        if t not in seen:
            seen.add(t)
            res.append(t)
    return res


def N(value, spelled=(), extra=()):
    mns = name_parts(value) + [x for x in extra if x] + list(spelled)
    d = {"value": value, "kind": "name", "must_not_survive": mns}
    if spelled:
        d["spelled"] = list(spelled)
    return d


def E(value, *spoken, canon=None):
    mns = []
    if "@" in value:
        mns = [value, value.split("@")[0]]
    mns += list(spoken)
    d = {"value": value, "kind": "email", "must_not_survive": mns}
    if canon:
        d["canon"] = canon
    return d


def P(value, kind, *mns, **meta):
    d = {"value": value, "kind": kind, "must_not_survive": list(mns) or [value]}
    d.update(meta)
    return d


def L(value, kind):
    return {"value": value, "kind": kind}


def R(id_, text, planted, lookalikes):
    lang, channel, _ = id_.split("-")
    return {"id": id_, "language": lang, "channel": channel, "text": text,
            "planted": planted, "lookalikes": lookalikes}
