"""Check-digit and format validators for the identifiers planted in the corpus.

Standard library only. Every validator takes a string (spaces, dots and dashes
are tolerated where the real-world format uses them) and returns True/False.
`validate(scheme, value)` dispatches by scheme name.
"""
import datetime
import re
import string

# ---------------------------------------------------------------- helpers

def digits(s):
    return re.sub(r"\D", "", s)


def compact(s):
    return re.sub(r"[\s.\-/]", "", s).upper()


def luhn_ok(num):
    num = digits(num)
    if not num:
        return False
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def valid_date(y, m, d):
    try:
        datetime.date(y, m, d)
        return True
    except ValueError:
        return False


# ---------------------------------------------------------------- IBAN

IBAN_LEN = {
    "NL": 18, "BE": 16, "DK": 18, "FO": 18, "GL": 18, "GB": 22, "IE": 22,
    "DE": 22, "FR": 27, "ES": 24, "IT": 27, "NO": 15, "SE": 24, "LU": 20,
    "AT": 20, "CH": 21,
}


def iban_ok(s):
    s = compact(s)
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    cc = s[:2]
    if cc in IBAN_LEN and len(s) != IBAN_LEN[cc]:
        return False
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    if int(n) % 97 != 1:
        return False
    if cc == "BE":  # national check: last two digits = first ten mod 97
        bban = s[4:]
        c = int(bban[:10]) % 97 or 97
        if c != int(bban[10:]):
            return False
    if cc == "FR":  # RIB key
        bban = s[4:]
        bank, guichet, compte, cle = bban[:5], bban[5:10], bban[10:21], bban[21:23]
        tr = {}
        for i, ch in enumerate(string.ascii_uppercase):
            tr[ch] = str("12345678912345678923456789"[i])
        compte_n = "".join(tr.get(c, c) for c in compte)
        k = 97 - ((89 * int(bank) + 15 * int(guichet) + 3 * int(compte_n)) % 97)
        if k != int(cle):
            return False
    return True


def iban_make(cc, bban):
    """Return a valid IBAN for country cc and BBAN (used to produce data)."""
    r = bban + cc + "00"
    n = "".join(str(int(c, 36)) for c in r)
    ck = 98 - int(n) % 97
    return f"{cc}{ck:02d}{bban}"


# ---------------------------------------------------------------- national ids

def bsn_ok(s):
    d = digits(s)
    if len(d) == 8:
        d = "0" + d
    if len(d) != 9:
        return False
    total = sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])
    return total % 11 == 0 and d != "000000000"


def cpr_ok(s):
    """Danish/Greenlandic CPR: DDMMYY-SSSS; date part must be a real date
    (century from the 7th digit)."""
    d = digits(s)
    if len(d) != 10:
        return False
    dd, mm, yy, c7 = int(d[0:2]), int(d[2:4]), int(d[4:6]), int(d[6])
    if c7 in (0, 1, 2, 3):
        century = 1900
    elif c7 in (4, 9):
        century = 2000 if yy <= 36 else 1900
    elif c7 in (5, 6, 7, 8):
        century = 2000 if yy <= 57 else 1800
    else:
        return False
    return valid_date(century + yy, mm, dd)


def ptal_ok(s):
    """Faroese P-tal: DDMMYY-NNN (nine digits); date part must be valid."""
    d = digits(s)
    if len(d) != 9:
        return False
    dd, mm, yy = int(d[0:2]), int(d[2:4]), int(d[4:6])
    return valid_date(1900 + yy, mm, dd) or valid_date(2000 + yy, mm, dd)


def nhs_ok(s):
    d = digits(s)
    if len(d) != 10:
        return False
    total = sum(int(d[i]) * (10 - i) for i in range(9))
    ck = 11 - total % 11
    if ck == 11:
        ck = 0
    if ck == 10:
        return False
    return ck == int(d[9])


def ppsn_ok(s):
    s = compact(s)
    m = re.fullmatch(r"(\d{7})([A-W])([ABHW]?)", s)
    if not m:
        return False
    num, ck, extra = m.groups()
    total = sum(int(num[i]) * (8 - i) for i in range(7))
    if extra:
        total += (0 if extra == "W" else ord(extra) - 64) * 9
    r = total % 23
    expect = "W" if r == 0 else chr(64 + r)
    return ck == expect


def rrn_ok(s):
    """Belgian rijksregisternummer YY.MM.DD-SSS.CC"""
    d = digits(s)
    if len(d) != 11:
        return False
    base, ck = int(d[:9]), int(d[9:])
    yy, mm, dd = int(d[0:2]), int(d[2:4]), int(d[4:6])
    if 97 - base % 97 == ck:
        return valid_date(1900 + yy, mm, dd) if mm else True
    if 97 - int("2" + d[:9]) % 97 == ck:
        return valid_date(2000 + yy, mm, dd) if mm else True
    return False


_VD = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
    [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
    [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
    [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
    [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
    [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]


def verhoeff_ok(num):
    c = 0
    for i, ch in enumerate(reversed(digits(num))):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


def aadhaar_ok(s):
    d = digits(s)
    return len(d) == 12 and d[0] not in "01" and verhoeff_ok(d)


def tfn_ok(s):
    d = digits(s)
    if len(d) != 9:
        return False
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    return sum(int(d[i]) * w[i] for i in range(9)) % 11 == 0


def medicare_ok(s):
    d = digits(s)
    if len(d) not in (10, 11):
        return False
    if d[0] not in "23456":
        return False
    w = [1, 3, 7, 9, 1, 3, 7, 9]
    return sum(int(d[i]) * w[i] for i in range(8)) % 10 == int(d[8])


def sin_ok(s):
    d = digits(s)
    return len(d) == 9 and d[0] not in "08" and luhn_ok(d)


def sa_id_ok(s):
    d = digits(s)
    if len(d) != 13:
        return False
    yy, mm, dd = int(d[0:2]), int(d[2:4]), int(d[4:6])
    if not (valid_date(1900 + yy, mm, dd) or valid_date(2000 + yy, mm, dd)):
        return False
    if d[10] not in "01":
        return False
    return luhn_ok(d)


def ssn_ok(s):
    d = digits(s)
    if len(d) != 9:
        return False
    a, g, n = d[:3], d[3:5], d[5:]
    return a not in ("000", "666") and a[0] != "9" and g != "00" and n != "0000"


def nino_ok(s):
    s = compact(s)
    m = re.fullmatch(r"([A-Z])([A-Z])(\d{6})([A-D])", s)
    if not m:
        return False
    a, b = m.group(1), m.group(2)
    if a in "DFIQUV" or b in "DFIQUVO":
        return False
    return a + b not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")


def ird_ok(s):
    d = digits(s)
    if len(d) not in (8, 9):
        return False
    n = int(d)
    if not (10_000_000 < n < 150_000_000):
        return False
    d = d.zfill(9)
    base, ck = d[:8], int(d[8])
    w1 = [3, 2, 7, 6, 5, 4, 3, 2]
    w2 = [7, 4, 3, 2, 5, 2, 7, 6]
    r = sum(int(base[i]) * w1[i] for i in range(8)) % 11
    c = 0 if r == 0 else 11 - r
    if c == 10:
        r = sum(int(base[i]) * w2[i] for i in range(8)) % 11
        c = 0 if r == 0 else 11 - r
        if c == 10:
            return False
    return c == ck


def steuerid_ok(s):
    d = digits(s)
    if len(d) != 11 or d[0] == "0":
        return False
    product = 10
    for ch in d[:10]:
        sm = (int(ch) + product) % 10
        if sm == 0:
            sm = 10
        product = (sm * 2) % 11
    ck = 11 - product
    if ck == 10:
        ck = 0
    if ck != int(d[10]):
        return False
    counts = sorted((d[:10].count(x) for x in set(d[:10])), reverse=True)
    return counts[0] in (2, 3)


def nir_ok(s):
    d = re.sub(r"\s", "", s)
    if not re.fullmatch(r"[12]\d{14}", d):
        return False
    return 97 - int(d[:13]) % 97 == int(d[13:])


def pan_ok(s):
    return re.fullmatch(r"[A-Z]{3}[PCHFATBLJG][A-Z]\d{4}[A-Z]", compact(s)) is not None


def aba_ok(s):
    d = digits(s)
    if len(d) != 9:
        return False
    t = 3 * (int(d[0]) + int(d[3]) + int(d[6])) + 7 * (int(d[1]) + int(d[4]) + int(d[7])) \
        + (int(d[2]) + int(d[5]) + int(d[8]))
    return t % 10 == 0


def card_ok(s):
    d = digits(s)
    return 13 <= len(d) <= 19 and luhn_ok(d)


def ukdl_ok(s):
    """UK driving licence number: SURNA + decade + month(+50 f) + day + year + initials + 9 + 2 chk"""
    s = compact(s)
    m = re.fullmatch(r"[A-Z9]{5}(\d)(\d{2})(\d{2})(\d)[A-Z9]{2}\d[A-Z0-9]{2}", s)
    if not m:
        return False
    dec, mm, dd, yr = m.groups()
    mm = int(mm) % 50
    return valid_date(1900 + int(dec + yr), mm, int(dd))


def passport_ok(s):
    return re.fullmatch(r"[A-Z0-9]{6,10}", compact(s)) is not None


# plain bank account formats (no public check digit): format only
ACCOUNT_FORMATS = {
    "dk_account": r"\d{4}[\s\-]*\d{6,10}",          # reg.nr + kontonr
    "uk_account": r"\d{2}-?\d{2}-?\d{2}\D{0,40}\d{8}",  # sort code ... account
    "uk_acct8": r"\d{8}",
    "au_bsb": r"\d{3}-?\d{3}\D{0,40}\d{6,10}",
    "nz_account": r"\d{2}-\d{4}-\d{7}-\d{2,3}",
    "us_account": r"\d{8,17}",
    "za_account": r"\d{9,11}",
    "in_account": r"\d{9,18}",
    "ca_account": r"\d{5}-\d{3}-\d{7}",
    "fo_account": r"\d{4}[\s\-]*\d{6,10}",
}


def account_ok(scheme, s):
    pat = ACCOUNT_FORMATS[scheme]
    return re.fullmatch(pat, s.strip()) is not None


def birth_ok(iso):
    try:
        y, m, d = map(int, iso.split("-"))
    except ValueError:
        return False
    return 1900 <= y <= 2024 and valid_date(y, m, d)


SCHEMES = {
    "iban": iban_ok, "bsn": bsn_ok, "cpr": cpr_ok, "ptal": ptal_ok,
    "nhs": nhs_ok, "ppsn": ppsn_ok, "rrn": rrn_ok, "aadhaar": aadhaar_ok,
    "tfn": tfn_ok, "medicare": medicare_ok, "sin": sin_ok, "sa_id": sa_id_ok,
    "ssn": ssn_ok, "nino": nino_ok, "ird": ird_ok, "steuerid": steuerid_ok,
    "nir": nir_ok, "pan": pan_ok, "aba": aba_ok, "card": card_ok,
    "passport": passport_ok, "ukdl": ukdl_ok, "birth": birth_ok,
}


def validate(scheme, value):
    if scheme in SCHEMES:
        return SCHEMES[scheme](value)
    if scheme in ACCOUNT_FORMATS:
        return account_ok(scheme, value)
    raise KeyError(f"unknown scheme {scheme}")


# ---------------------------------------------------------------- spoken numbers
# Turn a spoken/mixed rendering ("nul zes, twaalf vierendertig", "double four",
# "femogtyve tolv") into its digit string, so that spoken identifiers can be
# checked against the digits they are supposed to encode.

_EN_UNITS = {"zero": 0, "oh": 0, "nought": 0, "one": 1, "two": 2, "three": 3,
             "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_EN_TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
             "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
_EN_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
            "seventy": 70, "eighty": 80, "ninety": 90}

_NL_UNITS = {"nul": 0, "een": 1, "één": 1, "eén": 1, "twee": 2, "drie": 3, "vier": 4,
             "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9}
_NL_TEENS = {"tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14,
             "vijftien": 15, "zestien": 16, "zeventien": 17, "achttien": 18, "negentien": 19}
_NL_TENS = {"twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60,
            "zeventig": 70, "tachtig": 80, "negentig": 90}

_DA_UNITS = {"nul": 0, "en": 1, "et": 1, "én": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5,
             "seks": 6, "syv": 7, "otte": 8, "ni": 9}
_DA_TEENS = {"ti": 10, "elleve": 11, "tolv": 12, "tretten": 13, "fjorten": 14,
             "femten": 15, "seksten": 16, "sytten": 17, "atten": 18, "nitten": 19}
_DA_TENS = {"tyve": 20, "tredive": 30, "fyrre": 40, "halvtreds": 50, "tres": 60,
            "halvfjerds": 70, "firs": 80, "halvfems": 90}


def _word_value(tok, lang):
    """Return (string_of_digits) for one token, or None."""
    if tok.isdigit():
        return tok
    if lang == "en":
        if tok in _EN_UNITS:
            return str(_EN_UNITS[tok])
        if tok in _EN_TEENS:
            return str(_EN_TEENS[tok])
        if tok in _EN_TENS:
            return str(_EN_TENS[tok])
        return None
    if lang == "nl":
        t = tok.replace("ë", "e")
        if t in _NL_UNITS:
            return str(_NL_UNITS[t])
        if t in _NL_TEENS:
            return str(_NL_TEENS[t])
        if t in _NL_TENS:
            return str(_NL_TENS[t])
        for tens, tv in _NL_TENS.items():
            if t.endswith("en" + tens):
                u = t[: -len("en" + tens)]
                if u in _NL_UNITS:
                    return str(tv + _NL_UNITS[u])
        m = re.fullmatch(r"negentien(.+)", t)
        if m:  # negentienachtenzeventig -> 1978
            rest = _word_value(m.group(1), "nl")
            if rest is not None and len(rest) == 2:
                return "19" + rest
        m = re.fullmatch(r"tweeduizend(.*)", t)
        if m:
            rest = _word_value(m.group(1), "nl") if m.group(1) else "0"
            if rest is not None:
                return str(2000 + int(rest))
        return None
    if lang == "da":
        if tok in _DA_UNITS:
            return str(_DA_UNITS[tok])
        if tok in _DA_TEENS:
            return str(_DA_TEENS[tok])
        if tok in _DA_TENS:
            return str(_DA_TENS[tok])
        for tens, tv in _DA_TENS.items():
            if tok.endswith("og" + tens):
                u = tok[: -len("og" + tens)]
                if u in _DA_UNITS:
                    return str(tv + _DA_UNITS[u])
        return None
    return None


def spoken_to_digits(text, lang):
    """Best-effort: digits and single letters encoded by a spoken string."""
    toks = re.findall(r"[0-9]+|[^\W\d_]+", text.lower())
    out = []
    i = 0
    # words ignored between digits
    fillers = {"eh", "uh", "um", "øh", "ehm", "and", "en", "og", "then", "dan", "så",
               "streepje", "dash", "bindestreg", "punt", "spatie", "space", "ja", "yes",
               "yeah", "okay", "ok", "uhm", "sorry", "comma", "nee", "no", "konto",
               "kontonummer", "reg", "regnr", "nummer", "account", "number", "sort", "code",
               "hyphen", "slash", "og"}
    mult = {"en": {"double": 2, "triple": 3}, "nl": {"dubbel": 2, "dubbele": 2},
            "da": {"dobbelt": 2}}[lang]
    while i < len(toks):
        t = toks[i]
        if t in mult and i + 1 < len(toks):
            v = _word_value(toks[i + 1], lang)
            if v is not None and len(v) == 1:
                out.append(v * mult[t])
                i += 2
                continue
        if lang == "en" and t in _EN_TENS and i + 1 < len(toks) and toks[i + 1] in _EN_UNITS \
                and _EN_UNITS[toks[i + 1]] != 0 and toks[i + 1] not in ("oh", "o"):
            out.append(str(_EN_TENS[t] + _EN_UNITS[toks[i + 1]]))
            i += 2
            continue
        if lang == "en" and t == "hundred" and out:
            out.append("00")
            i += 1
            continue
        v = _word_value(t, lang)
        if v is not None and not (lang == "da" and t == "en" and False):
            out.append(v)
        elif len(t) == 1 and t.isalpha():
            out.append(t.upper())
        elif t in fillers:
            pass
        else:
            out.append("?" + t + "?")
        i += 1
    return "".join(out)
