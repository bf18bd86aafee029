"""Check-digit / format validators for the identifiers planted in the corpus.

Standard library only.  Every validator takes the identifier as written (spaces,
dots and dashes are tolerated) and returns True/False.  ``SCHEMES`` maps the
scheme names used in parts/*.py (key "chk") to validators.
"""
import datetime
import re

# ---------------------------------------------------------------- helpers


def digits(s):
    return re.sub(r"\D", "", s)


def compact(s):
    return re.sub(r"[\s.\-/]", "", s).upper()


def _date_ok(y, m, d):
    try:
        datetime.date(y, m, d)
        return True
    except ValueError:
        return False


def luhn_ok(s):
    ds = digits(s)
    if not ds:
        return False
    total = 0
    for i, ch in enumerate(reversed(ds)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


# ---------------------------------------------------------------- IBAN

IBAN_LEN = {
    "NL": 18, "BE": 16, "DK": 18, "FO": 18, "GL": 18, "GB": 22, "IE": 22,
    "DE": 22, "FR": 27, "ES": 24, "PL": 28, "SE": 24, "NO": 15, "LU": 20,
}


def iban_ok(s):
    s = re.sub(r"\s", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if IBAN_LEN.get(s[:2]) != len(s):
        return False
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def iban_make(country, bban):
    bban = bban.upper()
    r = bban + country + "00"
    n = "".join(str(int(c, 36)) for c in r)
    cd = 98 - int(n) % 97
    return f"{country}{cd:02d}{bban}"


# ---------------------------------------------------------------- NL / BE


def bsn_ok(s):
    d = digits(s)
    if len(d) != 9 or d[0] == "0" and d[:3] == "000":
        return False
    total = sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])
    return total % 11 == 0 and total != 0


def be_rrn_ok(s):
    """Belgian rijksregisternummer yy.mm.dd-xxx.cc (mod 97, 2000+ variant)."""
    d = digits(s)
    if len(d) != 11:
        return False
    base, cc = int(d[:9]), int(d[9:])
    yy, mm, dd = int(d[:2]), int(d[2:4]), int(d[4:6])
    if 97 - base % 97 == cc and _date_ok(1900 + yy, mm, dd):
        return True
    if 97 - int("2" + d[:9]) % 97 == cc and _date_ok(2000 + yy, mm, dd):
        return True
    return False


NL_PLATE = [
    r"[A-Z]{2}-\d{2}-\d{2}", r"\d{2}-\d{2}-[A-Z]{2}", r"\d{2}-[A-Z]{2}-\d{2}",
    r"[A-Z]{2}-\d{2}-[A-Z]{2}", r"[A-Z]{2}-[A-Z]{2}-\d{2}", r"\d{2}-[A-Z]{2}-[A-Z]{2}",
    r"\d{2}-[A-Z]{3}-\d", r"\d-[A-Z]{3}-\d{2}", r"[A-Z]{2}-\d{3}-[A-Z]",
    r"[A-Z]-\d{3}-[A-Z]{2}", r"[A-Z]{3}-\d{2}-[A-Z]", r"[A-Z]-\d{2}-[A-Z]{3}",
    r"\d-[A-Z]{2}-\d{3}", r"\d{3}-[A-Z]{2}-\d",
]


def nl_plate_ok(s):
    return any(re.fullmatch(p, s.upper()) for p in NL_PLATE)


def be_plate_ok(s):
    return re.fullmatch(r"[1-2]-[A-Z]{3}-\d{3}", s.upper()) is not None


# ---------------------------------------------------------------- DK / FO / GL


def cpr_ok(s):
    """Danish / Greenlandic CPR ddmmyy-ssss: date part must be a real date."""
    d = digits(s)
    if len(d) != 10:
        return False
    dd, mm, yy, s7 = int(d[:2]), int(d[2:4]), int(d[4:6]), int(d[6])
    if s7 in (0, 1, 2, 3):
        cent = 1900
    elif s7 in (4, 9):
        cent = 2000 if yy <= 36 else 1900
    elif s7 in (5, 6, 7, 8):
        cent = 2000 if yy <= 57 else 1800
    return _date_ok(cent + yy, mm, dd)


def fo_ptal_ok(s):
    """Faroese p-tal ddmmyy-xxx: date part must be a real date."""
    d = digits(s)
    if len(d) != 9:
        return False
    dd, mm, yy = int(d[:2]), int(d[2:4]), int(d[4:6])
    return _date_ok(1900 + yy, mm, dd) or _date_ok(2000 + yy, mm, dd)


def dk_plate_ok(s):
    return re.fullmatch(r"[A-Z]{2} ?\d{2} ?\d{3}", s.upper()) is not None


def dk_account_ok(s):
    """reg.nr. (4 digits) + kontonr. (up to 10 digits) -- format only."""
    d = digits(s)
    return 8 <= len(d) <= 14


# ---------------------------------------------------------------- UK / IE


def nhs_ok(s):
    d = digits(s)
    if len(d) != 10:
        return False
    total = sum(int(d[i]) * (10 - i) for i in range(9))
    chk = 11 - total % 11
    if chk == 11:
        chk = 0
    return chk != 10 and chk == int(d[9])


def nino_ok(s):
    s = re.sub(r"\s", "", s).upper()
    if not re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", s):
        return False
    return s[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")


def uk_plate_ok(s):
    return re.fullmatch(r"[A-Z]{2}\d{2} ?[A-Z]{3}", s.upper()) is not None


def uk_account_ok(s):
    """sort code 6 digits + account 8 digits -- format only."""
    return len(digits(s)) == 14


def ppsn_ok(s):
    s = re.sub(r"\s", "", s).upper()
    m = re.fullmatch(r"(\d{7})([A-W])([A-IW]?)", s)
    if not m:
        return False
    ds, chk, second = m.groups()
    total = sum(int(ds[i]) * (8 - i) for i in range(7))
    if second:
        total += 9 * (0 if second == "W" else ord(second) - 64)
    r = total % 23
    return chk == ("W" if r == 0 else chr(64 + r))


def ie_plate_ok(s):
    return re.fullmatch(r"\d{2,3}-[A-Z]{1,2}-\d{1,6}", s.upper()) is not None


# ---------------------------------------------------------------- US / CA


def ssn_ok(s):
    d = digits(s)
    if len(d) != 9:
        return False
    a, g, n = d[:3], d[3:5], d[5:]
    return a not in ("000", "666") and a[0] != "9" and g != "00" and n != "0000"


def aba_ok(s):
    d = digits(s)
    if len(d) != 9:
        return False
    w = [3, 7, 1] * 3
    return sum(int(x) * y for x, y in zip(d, w)) % 10 == 0


def us_account_ok(s):
    """routing (ABA) + account: first 9 digits must pass ABA."""
    d = digits(s)
    return len(d) >= 13 and aba_ok(d[:9])


def sin_ok(s):
    d = digits(s)
    return len(d) == 9 and d[0] not in "08" and luhn_ok(d)


# ---------------------------------------------------------------- AU / NZ


def tfn_ok(s):
    d = digits(s)
    if len(d) != 9:
        return False
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    return sum(int(x) * y for x, y in zip(d, w)) % 11 == 0


def medicare_ok(s):
    d = digits(s)
    if len(d) not in (10, 11) or d[0] not in "23456":
        return False
    w = [1, 3, 7, 9, 1, 3, 7, 9]
    return sum(int(d[i]) * w[i] for i in range(8)) % 10 == int(d[8])


def au_bank_ok(s):
    """BSB (6 digits) + account (6-10 digits) -- format only."""
    d = digits(s)
    return 12 <= len(d) <= 16


def ird_ok(s):
    d = digits(s)
    if len(d) not in (8, 9):
        return False
    base, chk = d[:-1].rjust(8, "0"), int(d[-1])
    for w in ([3, 2, 7, 6, 5, 4, 3, 2], [7, 4, 3, 2, 5, 2, 7, 6]):
        r = sum(int(x) * y for x, y in zip(base, w)) % 11
        c = 0 if r == 0 else 11 - r
        if c != 10:
            return c == chk
    return False


def nz_bank_ok(s):
    return re.fullmatch(r"\d{2}-\d{4}-\d{7}-\d{2,3}", s.strip()) is not None


# ---------------------------------------------------------------- ZA / IN


def za_id_ok(s):
    d = digits(s)
    if len(d) != 13:
        return False
    yy, mm, dd = int(d[:2]), int(d[2:4]), int(d[4:6])
    if not (_date_ok(1900 + yy, mm, dd) or _date_ok(2000 + yy, mm, dd)):
        return False
    return d[10] in "01" and luhn_ok(d)


def za_account_ok(s):
    return 9 <= len(digits(s)) <= 11


_VD = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
    [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
    [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
    [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
]
_VP = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
    [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
    [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
]


def verhoeff_ok(s):
    c = 0
    for i, ch in enumerate(reversed(digits(s))):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


def aadhaar_ok(s):
    d = digits(s)
    return len(d) == 12 and d[0] not in "01" and verhoeff_ok(d)


def pan_ok(s):
    return re.fullmatch(r"[A-Z]{3}P[A-Z]\d{4}[A-Z]", s.strip()) is not None


def in_account_ok(s):
    return 9 <= len(digits(s)) <= 18


# ---------------------------------------------------------------- DE / FR


def steuerid_ok(s):
    d = digits(s)
    if len(d) != 11 or d[0] == "0":
        return False
    p = 10
    for ch in d[:10]:
        t = (int(ch) + p) % 10
        if t == 0:
            t = 10
        p = (2 * t) % 11
    chk = 11 - p
    if chk == 10:
        chk = 0
    return chk == int(d[10])


def nir_ok(s):
    s = re.sub(r"\s", "", s).upper()
    if not re.fullmatch(r"[12]\d{2}(0[1-9]|1[0-2])(\d{2}|2A|2B)\d{6}\d{2}", s):
        return False
    body = s[:13].replace("2A", "19").replace("2B", "18")
    return 97 - int(body) % 97 == int(s[13:])


def de_plate_ok(s):
    return re.fullmatch(r"[A-ZÄÖÜ]{1,3}[- ][A-Z]{1,2} \d{1,4}[EH]?", s.upper()) is not None


def fr_plate_ok(s):
    return re.fullmatch(r"[A-Z]{2}-\d{3}-[A-Z]{2}", s.upper()) is not None


def za_plate_ok(s):
    return re.fullmatch(r"(C[A-Z]{1,2} \d{3}-\d{3}|[A-Z]{2} \d{2} [A-Z]{2} GP|[A-Z]{3} \d{3} [A-Z]{2})", s.upper()) is not None


def au_plate_ok(s):
    return re.fullmatch(r"[A-Z0-9]{3}[- ]?[A-Z0-9]{2,3}", s.upper()) is not None


def ca_plate_ok(s):
    return re.fullmatch(r"[A-Z]{4} \d{3}|[A-Z]{3} \d{3}|[A-Z]{2}\d \d[A-Z]{2}", s.upper()) is not None


def in_plate_ok(s):
    return re.fullmatch(r"[A-Z]{2} ?\d{2} ?[A-Z]{1,2} ?\d{4}", s.upper()) is not None


def passport_ok(s):
    return re.fullmatch(r"[A-Z0-9]{7,9}", s.strip().upper()) is not None



def nhi_ok(s):
    """New Zealand NHI, old format AAANNNC (mod 11)."""
    s = s.strip().upper()
    if not re.fullmatch(r"[A-HJ-NP-Z]{3}\d{4}", s):
        return False
    alpha = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    vals = [alpha.index(c) + 1 for c in s[:3]] + [int(c) for c in s[3:6]]
    r = sum(v * w for v, w in zip(vals, [7, 6, 5, 4, 3, 2])) % 11
    if r == 0:
        return False
    chk = (11 - r) % 10
    return chk == int(s[6])


def ca_account_ok(s):
    """transit (5) + institution (3) + account (7-12) -- format only."""
    d = digits(s)
    return 15 <= len(d) <= 20


SCHEMES = {
    "iban": iban_ok, "card": luhn_ok, "bsn": bsn_ok, "be_rrn": be_rrn_ok,
    "cpr": cpr_ok, "fo_ptal": fo_ptal_ok, "dk_account": dk_account_ok,
    "nhs": nhs_ok, "nino": nino_ok, "uk_account": uk_account_ok, "ppsn": ppsn_ok,
    "ssn": ssn_ok, "aba_account": us_account_ok, "sin": sin_ok, "tfn": tfn_ok,
    "medicare": medicare_ok, "au_bank": au_bank_ok, "ird": ird_ok,
    "nz_bank": nz_bank_ok, "za_id": za_id_ok, "za_account": za_account_ok,
    "aadhaar": aadhaar_ok, "pan": pan_ok, "in_account": in_account_ok,
    "steuerid": steuerid_ok, "nir": nir_ok, "passport": passport_ok,
    "nl_plate": nl_plate_ok, "be_plate": be_plate_ok, "dk_plate": dk_plate_ok,
    "uk_plate": uk_plate_ok, "ie_plate": ie_plate_ok, "de_plate": de_plate_ok,
    "fr_plate": fr_plate_ok, "za_plate": za_plate_ok, "au_plate": au_plate_ok,
    "ca_plate": ca_plate_ok, "in_plate": in_plate_ok,
    "nhi": nhi_ok, "ca_account": ca_account_ok,
}

# ---------------------------------------------------------------- spoken numbers

_NL_UNITS = {"nul": 0, "een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4,
             "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9}
_NL_TEENS = {"tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14,
             "vijftien": 15, "zestien": 16, "zeventien": 17, "achttien": 18,
             "negentien": 19}
_NL_TENS = {"twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50,
            "zestig": 60, "zeventig": 70, "tachtig": 80, "negentig": 90}
_DA_UNITS = {"nul": 0, "en": 1, "et": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5,
             "seks": 6, "syv": 7, "otte": 8, "ni": 9}
_DA_TEENS = {"ti": 10, "elleve": 11, "tolv": 12, "tretten": 13, "fjorten": 14,
             "femten": 15, "seksten": 16, "sytten": 17, "atten": 18, "nitten": 19}
_DA_TENS = {"tyve": 20, "tredive": 30, "tredve": 30, "fyrre": 40,
            "halvtreds": 50, "tres": 60, "halvfjerds": 70, "firs": 80,
            "halvfems": 90}
_EN = {"zero": "0", "oh": "0", "o": "0", "nought": "0", "one": "1", "two": "2",
       "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
       "eight": "8", "nine": "9"}
_EN_TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
             "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
             "eighteen": 18, "nineteen": 19}
_EN_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
            "seventy": 70, "eighty": 80, "ninety": 90}


def _word_nl(w):
    w = w.replace("ë", "e")
    if w in _NL_UNITS:
        return str(_NL_UNITS[w])
    if w in _NL_TEENS:
        return str(_NL_TEENS[w])
    if w in _NL_TENS:
        return str(_NL_TENS[w])
    for t, tv in _NL_TENS.items():
        if w.endswith("en" + t):
            u = w[: -len("en" + t)]
            if u in _NL_UNITS:
                return str(tv + _NL_UNITS[u])
    return None


def _word_da(w):
    if w in _DA_UNITS:
        return str(_DA_UNITS[w])
    if w in _DA_TEENS:
        return str(_DA_TEENS[w])
    if w in _DA_TENS:
        return str(_DA_TENS[w])
    for t, tv in _DA_TENS.items():
        if w.endswith("og" + t):
            u = w[: -len("og" + t)]
            if u in _DA_UNITS:
                return str(tv + _DA_UNITS[u])
    return None


def spoken_digits(text, lang):
    """Return the digit string a spoken number sequence stands for.

    Non-number words (fillers, letters, 'punt', ...) are ignored; numerals
    written as digits are kept.  English supports 'double'/'triple' and
    'twenty one' style pairs."""
    toks = re.findall(r"[0-9]+|[^\W\d_]+", text.lower())
    out = []
    rep = 1
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.isdigit():
            out.append(t * rep)
            rep = 1
            i += 1
            continue
        if lang == "en":
            if t == "double":
                rep = 2
            elif t == "triple":
                rep = 3
            elif t in _EN:
                out.append(_EN[t] * rep)
                rep = 1
            elif t in _EN_TEENS:
                out.append(str(_EN_TEENS[t]))
            elif t in _EN_TENS:
                v = _EN_TENS[t]
                if i + 1 < len(toks) and toks[i + 1] in _EN and toks[i + 1] not in ("oh", "o", "zero", "nought"):
                    v += int(_EN[toks[i + 1]])
                    i += 1
                out.append(str(v))
            elif t == "hundred":
                out.append("00")
        else:
            v = _word_nl(t) if lang == "nl" else _word_da(t)
            if v is not None:
                out.append(v * rep)
                rep = 1
            elif lang == "da" and t == "dobbelt":
                rep = 2
            elif lang == "nl" and t == "dubbel":
                rep = 2
        i += 1
    return "".join(out)


if __name__ == "__main__":
    assert iban_ok("NL91 ABNA 0417 1643 00")
    assert iban_ok("GB82 WEST 1234 5698 7654 32")
    assert bsn_ok("111222333")
    assert nhs_ok("943 476 5919")
    assert luhn_ok("4111 1111 1111 1111")
    assert ppsn_ok("1234567T")
    assert tfn_ok("123 456 782")
    assert luhn_ok("046 454 286")
    assert ird_ok("49-091-850")
    assert aba_ok("021000021")
    assert steuerid_ok("86095742719")
    assert spoken_digits("femogtyve tolv", "da") == "2512"
    assert spoken_digits("nul zes eh twaalf vierendertig", "nl") == "061234"
    assert spoken_digits("oh seven seven double oh nine", "en") == "077009"
    assert nhi_ok("ZAC5361")
    print("self-test ok")
