"""Check-digit and format validators for made-up identifiers (standard library only).

Every validator takes a string as it may be written (spaces, dots, dashes allowed)
and returns True/False.  ``SCHEMES`` maps a scheme name to its validator; build.py
uses it for planted items that carry a scheme.

Also contains ``spoken_to_chars`` which turns a number read out in words
(nl / da / en, digit by digit or in pairs) into a digit/letter string, so that
spoken identifiers can be compared with the canonical value they stand for.
"""
import datetime
import re

# ----------------------------------------------------------------- helpers

def digits(s):
    return re.sub(r"\D", "", s)


def compact(s):
    return re.sub(r"[\s.\-/]", "", s).upper()


def _valid_date(y, m, d):
    try:
        datetime.date(y, m, d)
        return True
    except ValueError:
        return False


def luhn_ok(s):
    d = digits(s)
    if not d:
        return False
    tot = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def luhn_digit(partial):
    """Check digit to append to ``partial`` so that the result passes Luhn."""
    for c in "0123456789":
        if luhn_ok(partial + c):
            return c
    raise ValueError(partial)

# ----------------------------------------------------------------- IBAN

IBAN_LENGTHS = {
    "NL": 18, "BE": 16, "DK": 18, "FO": 18, "GL": 18, "GB": 22, "IE": 22,
    "DE": 22, "FR": 27, "ES": 24, "LU": 20, "NO": 15, "SE": 24, "IT": 27,
    "AT": 20, "CH": 21, "PL": 28, "PT": 25, "FI": 18, "IS": 26,
}


def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(s):
    s = compact(s)
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return False
    cc = s[:2]
    if cc in IBAN_LENGTHS and len(s) != IBAN_LENGTHS[cc]:
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def iban_make(cc, bban):
    cd = 98 - _iban_num(bban + cc + "00") % 97
    return "%s%02d%s" % (cc, cd, bban)


def iban_pretty(iban):
    iban = compact(iban)
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))

# ----------------------------------------------------------------- NL / BE

def bsn_ok(s):
    d = digits(s)
    if len(d) == 8:
        d = "0" + d
    if len(d) != 9 or d == "000000000":
        return False
    tot = sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])
    return tot % 11 == 0


def rrn_ok(s):
    """Belgian rijksregisternummer / numéro national: YY.MM.DD-SSS.CC."""
    d = digits(s)
    if len(d) != 11:
        return False
    yy, mm, dd = int(d[0:2]), int(d[2:4]), int(d[4:6])
    cc = int(d[9:])
    ok19 = 97 - int(d[:9]) % 97 == cc
    ok20 = 97 - int("2" + d[:9]) % 97 == cc
    if not (ok19 or ok20):
        return False
    year = (2000 if ok20 else 1900) + yy
    if mm == 0 or dd == 0:          # unknown birth date is allowed
        return True
    return _valid_date(year, mm, dd)

# ----------------------------------------------------------------- DK / FO

CPR_WEIGHTS = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1]


def cpr_century(yy, d7):
    if d7 <= 3:
        return 1900
    if d7 in (4, 9):
        return 2000 if yy <= 36 else 1900
    return 2000 if yy <= 57 else 1800


def cpr_date_ok(s):
    d = digits(s)
    if len(d) != 10:
        return False
    dd, mm, yy = int(d[0:2]), int(d[2:4]), int(d[4:6])
    return _valid_date(cpr_century(yy, int(d[6])) + yy, mm, dd)


def cpr_ok(s):
    """Danish CPR with the (pre-2007) modulus-11 check; made-up values pass it."""
    d = digits(s)
    return cpr_date_ok(s) and sum(int(a) * w for a, w in zip(d, CPR_WEIGHTS)) % 11 == 0


def cpr_loose_ok(s):
    """Modern CPR numbers need not pass modulus 11: only the date part is checked."""
    return cpr_date_ok(s)


def ptal_ok(s):
    """Faroese P-tal DDMMYY-XXX (format and date only)."""
    d = digits(s)
    if len(d) != 9:
        return False
    dd, mm, yy = int(d[0:2]), int(d[2:4]), int(d[4:6])
    return _valid_date(1900 + yy, mm, dd) or _valid_date(2000 + yy, mm, dd)

# ----------------------------------------------------------------- UK / IE

def nhs_ok(s):
    d = digits(s)
    if len(d) != 10:
        return False
    tot = sum(int(d[i]) * (10 - i) for i in range(9))
    c = 11 - tot % 11
    if c == 11:
        c = 0
    if c == 10:
        return False
    return c == int(d[9])


NINO_BAD_PREFIX = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def nino_ok(s):
    s = compact(s)
    m = re.fullmatch(r"([A-CEGHJ-PR-TW-Z])([A-CEGHJ-NPR-TW-Z])(\d{6})([A-D])", s)
    return bool(m) and (m.group(1) + m.group(2)) not in NINO_BAD_PREFIX


def ppsn_ok(s):
    s = compact(s)
    m = re.fullmatch(r"(\d{7})([A-W])([A-IW]?)", s)
    if not m:
        return False
    tot = sum(int(m.group(1)[i]) * (8 - i) for i in range(7))
    if m.group(3):
        tot += (0 if m.group(3) == "W" else ord(m.group(3)) - 64) * 9
    r = tot % 23
    return m.group(2) == ("W" if r == 0 else chr(64 + r))


def ppsn_letter(seven, second=""):
    tot = sum(int(seven[i]) * (8 - i) for i in range(7))
    if second:
        tot += (0 if second == "W" else ord(second) - 64) * 9
    r = tot % 23
    return "W" if r == 0 else chr(64 + r)

# ----------------------------------------------------------------- cards, CA, US

def card_ok(s):
    """Payment card: Visa 4, Mastercard 51-55 / 2221-2720, Amex 34/37, Discover/Dankort etc."""
    d = digits(s)
    if not (13 <= len(d) <= 19 and luhn_ok(d)):
        return False
    return d[0] in "3456" or 2221 <= int(d[:4]) <= 2720


def sin_ok(s):
    d = digits(s)
    return len(d) == 9 and d[0] not in "08" and luhn_ok(d)


def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})-?(\d{2})-?(\d{4})", s.strip())
    if not m:
        return False
    a, g, n = m.groups()
    return a not in ("000", "666") and a[0] != "9" and g != "00" and n != "0000"

# ----------------------------------------------------------------- India

_VD = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
    [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
    [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
    [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
    [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
    [9, 4, 5, 3, 1, 2, 7, 6, 8, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_ok(s):
    c = 0
    for i, ch in enumerate(reversed(digits(s))):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


def verhoeff_digit(partial):
    c = 0
    for i, ch in enumerate(reversed(digits(partial))):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return str(_VINV[c])


def aadhaar_ok(s):
    d = digits(s)
    return len(d) == 12 and d[0] in "23456789" and verhoeff_ok(d)


def pan_ok(s):
    return bool(re.fullmatch(r"[A-Z]{3}[PCHFATBLJG][A-Z]\d{4}[A-Z]", compact(s)))

# ----------------------------------------------------------------- ZA, NZ, AU

def said_ok(s):
    d = digits(s)
    if len(d) != 13 or d[10] not in "012":
        return False
    yy, mm, dd = int(d[0:2]), int(d[2:4]), int(d[4:6])
    if not (_valid_date(1900 + yy, mm, dd) or _valid_date(2000 + yy, mm, dd)):
        return False
    return luhn_ok(d)


def ird_ok(s):
    d = digits(s)
    if len(d) not in (8, 9):
        return False
    n = int(d)
    if not 10000000 <= n <= 150000000:
        return False
    d = d.zfill(9)
    base, check = d[:8], int(d[8])
    for weights in ([3, 2, 7, 6, 5, 4, 3, 2], [7, 4, 3, 2, 5, 2, 7, 6]):
        r = sum(int(a) * w for a, w in zip(base, weights)) % 11
        c = 0 if r == 0 else 11 - r
        if c != 10:
            return c == check
    return False


def medicare_ok(s):
    d = digits(s)
    if len(d) not in (10, 11) or d[0] not in "23456":
        return False
    w = [1, 3, 7, 9, 1, 3, 7, 9]
    return sum(int(a) * b for a, b in zip(d[:8], w)) % 10 == int(d[8]) and d[9] != "0"


def tfn_ok(s):
    d = digits(s)
    if len(d) == 9:
        w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    elif len(d) == 8:
        w = [10, 7, 8, 4, 6, 3, 5, 1]
    else:
        return False
    return sum(int(a) * b for a, b in zip(d, w)) % 11 == 0

# ----------------------------------------------------------------- GS1 (EAN, look-alikes)

def gs1_ok(s):
    d = digits(s)
    if len(d) < 8:
        return False
    body, check = d[:-1], int(d[-1])
    tot = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(body)))
    return (10 - tot % 10) % 10 == check


def gs1_digit(body):
    tot = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(body)))
    return str((10 - tot % 10) % 10)


def none_ok(s):
    """Identifiers without a public check digit (passport, driving licence...)."""
    return bool(s.strip())


SCHEMES = {
    "iban": iban_ok, "bsn": bsn_ok, "rrn": rrn_ok, "cpr": cpr_ok,
    "cpr_loose": cpr_loose_ok, "ptal": ptal_ok, "nhs": nhs_ok, "nino": nino_ok,
    "ppsn": ppsn_ok, "card": card_ok, "luhn": luhn_ok, "sin": sin_ok,
    "ssn": ssn_ok, "aadhaar": aadhaar_ok, "pan": pan_ok, "said": said_ok,
    "ird": ird_ok, "medicare": medicare_ok, "tfn": tfn_ok, "gs1": gs1_ok,
    "none": none_ok,
}

# ----------------------------------------------------------------- spoken numbers

_UNITS = {
    "nl": {"nul": 0, "een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5,
           "zes": 6, "zeven": 7, "acht": 8, "negen": 9},
    "da": {"nul": 0, "en": 1, "et": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5,
           "seks": 6, "syv": 7, "otte": 8, "ni": 9},
    "en": {"zero": 0, "oh": 0, "o": 0, "nought": 0, "one": 1, "two": 2, "three": 3,
           "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9},
}
_TEENS = {
    "nl": {"tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14,
           "vijftien": 15, "zestien": 16, "zeventien": 17, "achttien": 18, "negentien": 19},
    "da": {"ti": 10, "elleve": 11, "tolv": 12, "tretten": 13, "fjorten": 14,
           "femten": 15, "seksten": 16, "sytten": 17, "atten": 18, "nitten": 19},
    "en": {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
           "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19},
}
_TENS = {
    "nl": {"twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60,
           "zeventig": 70, "tachtig": 80, "negentig": 90},
    "da": {"tyve": 20, "tredive": 30, "fyrre": 40, "halvtreds": 50, "tres": 60,
           "halvfjerds": 70, "firs": 80, "halvfems": 90},
    "en": {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
           "seventy": 70, "eighty": 80, "ninety": 90},
}
_REPEAT = {"double": 2, "triple": 3, "dubbel": 2, "dubbele": 2, "dobbelt": 2, "tripel": 3}
_JOIN = {"nl": ("en", "ën"), "da": ("og",), "en": ()}


def _word_value(tok, lang):
    u, t, x = _UNITS[lang], _TEENS[lang], _TENS[lang]
    if tok in u:
        return str(u[tok])
    if tok in t:
        return str(t[tok])
    if tok in x:
        return str(x[tok])
    for j in _JOIN[lang]:
        for uw, uv in u.items():
            if uv == 0:
                continue
            for tw, tv in x.items():
                if tok == uw + j + tw:
                    return str(tv + uv)
    return None


def spoken_to_chars(text, lang):
    """'nul zes, twaalf vierendertig' -> '061234'; single letters kept as letters."""
    toks = [t for t in re.split(r"[\s,.;:!?()\-–—/]+", text.lower()) if t]
    out = []
    i = 0
    rep = 1
    while i < len(toks):
        tok = toks[i]
        if tok in _REPEAT:
            rep = _REPEAT[tok]
            i += 1
            continue
        val = None
        # unit + og/en + tens written as separate tokens (to og tyve / to-og-tyve)
        if (i + 2 < len(toks) and toks[i + 1] in _JOIN[lang] and toks[i] in _UNITS[lang]
                and toks[i + 2] in _TENS[lang]):
            val = str(_TENS[lang][toks[i + 2]] + _UNITS[lang][toks[i]])
            i += 3
        elif (lang == "en" and tok in _TENS["en"] and i + 1 < len(toks)
              and toks[i + 1] in _UNITS["en"] and _UNITS["en"][toks[i + 1]] > 0
              and toks[i + 1] not in ("o", "oh")):
            val = str(_TENS["en"][tok] + _UNITS["en"][toks[i + 1]])
            i += 2
        else:
            if tok.isdigit():
                val = tok
            elif lang == "en" and tok in ("o", "oh"):
                val = "0"
            elif len(tok) == 1 and tok.isalpha():
                val = tok.upper()
            else:
                val = _word_value(tok, lang)
            i += 1
        if val is not None:
            out.append(val * rep)
        rep = 1
    return "".join(out)
