"""Authoring helpers shared by the part files in ../parts.

P(value, kind, *extra, scheme=None, canon=None)  -> planted item
L(value, kind)                                   -> look-alike
Rec(id, text, planted, lookalikes)               -> record

must_not_survive is derived automatically and then extended with *extra:
  name     : every given name / surname token (hyphenated surnames: whole + parts),
             particles (van, de, der, den, ter, ...) and one-letter initials left out
  email    : whole address + local part
  address  : NOT derived - pass street+number and postcode as extra strings
  others   : the value itself
scheme/canon are authoring-only fields (check-digit scheme, canonical digits for
spoken forms); they are stripped before corpus.jsonl is written.
"""
import re

PARTICLES = {
    "van", "de", "der", "den", "het", "ter", "ten", "te", "'t", "van't", "von", "zu", "du", "da",
    "di", "le", "la", "del", "della", "dos", "das", "al", "el", "bin", "ibn", "mc", "mac", "of",
    "op", "in", "vd", "v.d.", "ní", "nic", "ó", "ua", "af",
}


def name_parts(value):
    out = []
    for tok in value.split():
        tok = tok.strip(",.;:()\"")
        if not tok or tok.lower() in PARTICLES:
            continue
        if re.fullmatch(r"[A-Za-zÀ-ÿ]\.?", tok):  # initial
            continue
        if re.fullmatch(r"([A-Z]\.)+", tok):
            continue
        out.append(tok)
        if "-" in tok:
            out.extend(p for p in tok.split("-") if len(p) > 1 and p.lower() not in PARTICLES)
    return out


def P(value, kind, *extra, scheme=None, canon=None):
    if kind == "name":
        mns = name_parts(value)
    elif kind == "email":
        mns = [value, value.split("@")[0]] if "@" in value else [value]
    elif kind == "address":
        mns = []
    else:
        mns = [value]
    for e in extra:
        if e not in mns:
            mns.append(e)
    # de-duplicate, keep order
    seen, final = set(), []
    for m in mns:
        if m not in seen:
            seen.add(m)
            final.append(m)
    item = {"value": value, "kind": kind, "must_not_survive": final}
    if scheme:
        item["_scheme"] = scheme
    if canon:
        item["_canon"] = canon
    return item


def L(value, kind):
    return {"value": value, "kind": kind}


def Rec(rid, text, planted, lookalikes):
    lang, channel, _ = rid.split("-")
    return {"id": rid, "language": lang, "channel": channel, "text": text.strip("\n"),
            "planted": planted, "lookalikes": lookalikes}


# ------------------------------------------------------------ spoken numbers
def _nl_words():
    units = ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"]
    teens = ["tien", "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien",
             "achttien", "negentien"]
    tens = ["", "", "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig"]
    m = {w: str(i) for i, w in enumerate(units)}
    m["één"] = "1"
    m.update({w: str(10 + i) for i, w in enumerate(teens)})
    for t in range(2, 10):
        m[tens[t]] = str(t * 10)
        for u in range(1, 10):
            uw = units[u]
            for joiner in ("en", "ën"):
                m[uw + joiner + tens[t]] = str(t * 10 + u)
    return m


def _da_words():
    units = ["nul", "en", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni"]
    teens = ["ti", "elleve", "tolv", "tretten", "fjorten", "femten", "seksten", "sytten", "atten", "nitten"]
    tens = ["", "", "tyve", "tredive", "fyrre", "halvtreds", "tres", "halvfjerds", "firs", "halvfems"]
    m = {w: str(i) for i, w in enumerate(units)}
    m["et"] = "1"
    m.update({w: str(10 + i) for i, w in enumerate(teens)})
    for t in range(2, 10):
        m[tens[t]] = str(t * 10)
        for u in range(1, 10):
            m[units[u] + "og" + tens[t]] = str(t * 10 + u)
    return m


def _en_words():
    units = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    teens = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
             "eighteen", "nineteen"]
    tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    m = {w: str(i) for i, w in enumerate(units)}
    m["oh"] = "0"
    m["o"] = "0"
    m["nought"] = "0"
    m.update({w: str(10 + i) for i, w in enumerate(teens)})
    for t in range(2, 10):
        m[tens[t]] = str(t * 10)
        for u in range(1, 10):
            m[tens[t] + "-" + units[u]] = str(t * 10 + u)
    return m


WORDS = {"nl": _nl_words(), "da": _da_words(), "en": _en_words()}
FILLERS = {"eh", "ehm", "uh", "um", "uhm", "er", "erm", "øh", "øhm", "hmm", "mm", "and", "en-",
           "streepje", "bindestreg", "dash", "space", "spatie", "mellemrum", "og", "sort", "code", "account"}
DOUBLE = {"double": 2, "dubbel": 2, "dubbele": 2, "dobbelt": 2, "triple": 3, "tripel": 3}


def spoken_to_digits(text, lang):
    words = WORDS[lang]
    toks = [t for t in re.split(r"[\s,.;:…]+", text.lower().replace("—", " ")) if t]
    out = []
    i = 0
    while i < len(toks):
        t = toks[i].strip("()\"'?!")
        if not t or t in ("-",):
            i += 1
            continue
        if t in DOUBLE:
            nxt = toks[i + 1].strip("()\"'?!")
            if nxt not in words:
                raise ValueError(f"double before non-number {nxt!r}")
            out.append(words[nxt] * DOUBLE[t])
            i += 2
            continue
        if t in words:
            val = words[t]
            # "twenty one" / "fem og tyve"
            if lang == "en" and val.endswith("0") and len(val) == 2 and val != "10" and i + 1 < len(toks):
                nxt = toks[i + 1].strip("()\"'?!")
                if nxt in words and len(words[nxt]) == 1 and nxt not in ("oh", "o", "zero", "nought"):
                    out.append(str(int(val) + int(words[nxt])))
                    i += 2
                    continue
            if lang == "da" and len(val) == 1 and i + 2 < len(toks) and toks[i + 1] == "og":
                nxt = toks[i + 2].strip("()\"'?!")
                if nxt in words and len(words[nxt]) == 2 and words[nxt].endswith("0"):
                    out.append(str(int(words[nxt]) + int(val)))
                    i += 3
                    continue
            if lang == "en" and i + 1 < len(toks) and toks[i + 1] == "hundred" and len(val) == 1:
                out.append(val + "00")
                i += 2
                continue
            out.append(val)
            i += 1
            continue
        if t in FILLERS:
            i += 1
            continue
        if re.fullmatch(r"[a-z]", t):
            out.append(t.upper())
            i += 1
            continue
        if re.fullmatch(r"[0-9][0-9a-z]*", t):
            out.append(t.upper())
            i += 1
            continue
        raise ValueError(f"unknown token {t!r} in spoken form {text!r}")
    return "".join(out)
