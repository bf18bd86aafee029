"""Check-digit and format validators for made-up identifiers (standard library only).

Every function takes a string as written in a text (spaces, dots, dashes allowed)
and returns True/False.  `spoken_to_chars` turns digit-by-digit speech
("nul zes twee", "en to tre", "double five oh") into a digit string so that
identifiers read out in call transcripts can be verified too.
"""
import datetime
import re

# ----------------------------------------------------------------- helpers

def digits(s):
    return re.sub(r"\D", "", s)


def compact(s):
    return re.sub(r"[\s.\-/]", "", s).upper()


def luhn_ok(s):
    d = digits(s)
    if not d:
        return False
    total = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def luhn_digit(partial):
    """Check digit to append to `partial` so that the result passes Luhn."""
    for c in "0123456789":
        if luhn_ok(partial + c):
            return c
    raise ValueError(partial)


# ----------------------------------------------------------------- IBAN

IBAN_LEN = {
    "NL": 18, "BE": 16, "DK": 18, "FO": 18, "GL": 18, "GB": 22, "IE": 22,
    "DE": 22, "FR": 27, "ES": 24, "IT": 27, "LU": 20, "SE": 24, "NO": 15,
    "IS": 26, "CH": 21, "AT": 20, "PL": 28, "PT": 25, "MT": 31, "FI": 18,
}


def _iban_numeric(s):
    return "".join(str(int(c, 36)) for c in s)


def iban_ok(s):
    s = re.sub(r"[\s\-]", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return False
    cc = s[:2]
    if cc in IBAN_LEN and len(s) != IBAN_LEN[cc]:
        return False
    if int(_iban_numeric(s[4:] + s[:4])) % 97 != 1:
        return False
    if cc == "BE":
        return be_account_ok(s[4:])
    return True


def iban_check_digits(cc, bban):
    n = int(_iban_numeric(bban + cc + "00"))
    return "%02d" % (98 - n % 97)


def be_account_ok(s):
    """Belgian bank account (old 3-7-2 format or the 12-digit BBAN)."""
    d = digits(s)
    if len(d) != 12:
        return False
    c = int(d[:10]) % 97 or 97
    return c == int(d[10:])


# ----------------------------------------------------------------- NL / BE

def bsn_ok(s):
    """Dutch BSN, 11-proef: 9*d1 + 8*d2 + ... + 2*d8 - 1*d9 = 0 (mod 11)."""
    d = digits(s)
    if len(d) == 8:
        d = "0" + d
    if len(d) != 9 or int(d) == 0:
        return False
    total = sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])
    return total % 11 == 0


def rrn_ok(s):
    """Belgian rijksregisternummer / INSZ: YYMMDD-SSS-CC, CC = 97 - (n mod 97)."""
    d = digits(s)
    if len(d) != 11:
        return False
    chk = int(d[9:])
    if chk == 97 - int(d[:9]) % 97:
        century = 1900
    elif chk == 97 - int("2" + d[:9]) % 97:
        century = 2000
    else:
        return False
    yy, mm, dd = int(d[:2]), int(d[2:4]), int(d[4:6])
    if mm == 0 or dd == 0:          # unknown birth date is legal
        return True
    if mm > 40:                      # BIS numbers (+40 / +20)
        mm -= 40
    elif mm > 20:
        mm -= 20
    try:
        datetime.date(century + yy, mm, dd)
    except ValueError:
        return False
    return True


# ----------------------------------------------------------------- DK

def cpr_century(yy, seventh):
    if seventh in (0, 1, 2, 3):
        return 1900
    if seventh in (4, 9):
        return 2000 if yy <= 36 else 1900
    return 2000 if yy <= 57 else 1800


def cpr_ok(s):
    """Danish/Greenlandic CPR: DDMMYY-SSSS with a real date.  The old mod-11
    rule is not required (numbers issued since 2007 need not satisfy it)."""
    d = digits(s)
    if len(d) != 10:
        return False
    dd, mm, yy = int(d[:2]), int(d[2:4]), int(d[4:6])
    try:
        datetime.date(cpr_century(yy, int(d[6])) + yy, mm, dd)
    except ValueError:
        return False
    return True


def cpr_mod11_ok(s):
    d = digits(s)
    w = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
    return len(d) == 10 and sum(int(a) * b for a, b in zip(d, w)) % 11 == 0


# ----------------------------------------------------------------- UK / IE

def nhs_ok(s):
    d = digits(s)
    if len(d) != 10:
        return False
    rem = sum(int(d[i]) * (10 - i) for i in range(9)) % 11
    chk = 11 - rem
    if chk == 11:
        chk = 0
    if chk == 10:
        return False
    return chk == int(d[9])


_NINO_BAD_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def nino_ok(s):
    c = compact(s)
    m = re.fullmatch(r"([A-Z])([A-Z])(\d{6})([A-D])", c)
    if not m:
        return False
    a, b = m.group(1), m.group(2)
    if a in "DFIQUV" or b in "DFIOQUV" or a + b in _NINO_BAD_PREFIX:
        return False
    return True


def ppsn_ok(s):
    """Irish PPSN: 7 digits + check letter (+ optional second letter)."""
    c = compact(s)
    m = re.fullmatch(r"(\d{7})([A-W])([A-IW]?)", c)
    if not m:
        return False
    num, chk, extra = m.groups()
    total = sum(int(num[i]) * (8 - i) for i in range(7))
    if extra and extra != "W":
        total += (ord(extra) - 64) * 9
    rem = total % 23
    return chk == ("W" if rem == 0 else chr(64 + rem))


# ----------------------------------------------------------------- North America

def sin_ok(s):
    d = digits(s)
    return len(d) == 9 and luhn_ok(d)


def ssn_ok(s):
    """US SSN format; 987-65-4320..4329 (reserved for advertising) allowed."""
    d = digits(s)
    if len(d) != 9:
        return False
    if d.startswith("98765432"):
        return True
    a, g, n = d[:3], d[3:5], d[5:]
    return a not in ("000", "666") and a[0] != "9" and g != "00" and n != "0000"


# ----------------------------------------------------------------- AU / NZ

def tfn_ok(s):
    d = digits(s)
    w = (1, 4, 3, 7, 5, 8, 6, 9, 10)
    return len(d) == 9 and sum(int(a) * b for a, b in zip(d, w)) % 11 == 0


def medicare_ok(s):
    """Australian Medicare card: 10 digits (+ optional IRN), first 2-6,
    9th digit = weighted sum of first eight mod 10."""
    d = digits(s)
    if len(d) not in (10, 11) or d[0] not in "23456":
        return False
    w = (1, 3, 7, 9, 1, 3, 7, 9)
    return sum(int(a) * b for a, b in zip(d[:8], w)) % 10 == int(d[8])


def ird_ok(s):
    d = digits(s)
    if len(d) not in (8, 9):
        return False
    n = int(d)
    if not 10_000_000 <= n <= 150_000_000:
        return False
    base = d[:-1].rjust(8, "0")
    for w in ((3, 2, 7, 6, 5, 4, 3, 2), (7, 4, 3, 2, 5, 2, 7, 6)):
        rem = sum(int(a) * b for a, b in zip(base, w)) % 11
        chk = 0 if rem == 0 else 11 - rem
        if chk != 10:
            return chk == int(d[-1])
    return False


# ----------------------------------------------------------------- ZA / IN

def za_id_ok(s):
    d = digits(s)
    if len(d) != 13 or not luhn_ok(d):
        return False
    yy, mm, dd = int(d[:2]), int(d[2:4]), int(d[4:6])
    ok = False
    for cent in (1900, 2000):
        try:
            datetime.date(cent + yy, mm, dd)
            ok = True
        except ValueError:
            pass
    return ok and d[10] in "01"


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
    return len(d) == 12 and d[0] not in "01" and verhoeff_ok(d)


def pan_ok(s):
    """Indian PAN format: AAAPA9999A, 4th letter P for a person."""
    return re.fullmatch(r"[A-Z]{3}P[A-Z]\d{4}[A-Z]", compact(s)) is not None


def card_ok(s):
    d = digits(s)
    return 13 <= len(d) <= 19 and luhn_ok(d)


# ----------------------------------------------------------------- speech

_WORD_DIGITS = {
    # nl
    "nul": "0", "een": "1", "één": "1", "eén": "1", "twee": "2", "drie": "3",
    "vier": "4", "vijf": "5", "zes": "6", "zeven": "7", "acht": "8",
    "negen": "9",
    # da
    "en": "1", "et": "1", "to": "2", "tre": "3", "fire": "4", "fem": "5",
    "seks": "6", "syv": "7", "otte": "8", "ni": "9",
    # en
    "zero": "0", "oh": "0", "nought": "0", "one": "1", "two": "2",
    "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
    "eight": "8", "nine": "9",
}
_REPEAT = {"double": 2, "dubbel": 2, "dobbelt": 2, "triple": 3, "treble": 3}
_FILLER = {
    "streepje", "bindestreg", "dash", "hyphen", "spatie", "space", "komma",
    "punt", "and", "en-", "uh", "uhm", "eh", "øh", "ehm", "um", "er", "erm",
    "ja", "yeah", "yes", "slash", "skråstreg", "then", "dan", "så", "og",
}


_TEENS = {
    # nl
    "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14,
    "vijftien": 15, "zestien": 16, "zeventien": 17, "achttien": 18,
    "negentien": 19, "twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50,
    "zestig": 60, "zeventig": 70, "tachtig": 80, "negentig": 90,
    # da
    "ti": 10, "elleve": 11, "tolv": 12, "tretten": 13, "fjorten": 14,
    "femten": 15, "seksten": 16, "sytten": 17, "atten": 18, "nitten": 19,
    "tyve": 20, "tredive": 30, "fyrre": 40, "halvtreds": 50, "tres": 60,
    "halvfjerds": 70, "firs": 80, "halvfems": 90,
    # en
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
_DA_COMPOUND = re.compile(r"^(en|et|to|tre|fire|fem|seks|syv|otte|ni)og(tyve|tredive|fyrre|halvtreds|tres|halvfjerds|firs|halvfems)$")
_NL_COMPOUND = re.compile(r"^(een|één|twee|drie|vier|vijf|zes|zeven|acht|negen)(?:en|ën)(twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)$")
_EN_TENS = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
_EN_UNITS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"}


def _two_digit(low):
    if low in _TEENS:
        return "%02d" % _TEENS[low]
    m = _DA_COMPOUND.match(low) or _NL_COMPOUND.match(low)
    if m:
        return "%d%s" % (_TEENS[m.group(2)] // 10, _WORD_DIGITS[m.group(1)])
    return None


def spoken_to_chars(text):
    """Digits (and capital/single letters) from speech: digit by digit,
    in pairs ("syvogfirs", "zevenentachtig", "twenty-one"), with "double"/"triple".
    Returns None if a word is not understood."""
    out = []
    repeat = 1
    toks = re.findall(r"[^\W_]+", text)
    i = 0
    while i < len(toks):
        tok = toks[i]
        low = tok.lower()
        i += 1
        if tok.isdigit():
            out.append(tok * repeat)
            repeat = 1
        elif low in _REPEAT:
            repeat = _REPEAT[low]
        elif low in _EN_TENS and i < len(toks) and toks[i].lower() in _EN_UNITS:
            out.append(str(_TEENS[low] // 10) + _WORD_DIGITS[toks[i].lower()])
            i += 1
        elif _two_digit(low) and not tok.isupper():
            out.append(_two_digit(low) * repeat)
            repeat = 1
        elif low in _WORD_DIGITS and not (tok.isupper() and len(tok) > 1):
            out.append(_WORD_DIGITS[low] * repeat)
            repeat = 1
        elif tok.isalpha() and (tok.isupper() or len(tok) == 1):
            out.append(tok.upper() * repeat)
            repeat = 1
        elif low in _FILLER:
            continue
        else:
            return None
    return "".join(out) or None


def doc_ok(s):
    """Passport / identity card / driving licence number: format only
    (alphanumeric, 6-16 characters, at least one digit); the check digits of
    these documents live in the machine-readable zone, not in the number."""
    c = compact(s)
    return re.fullmatch(r"[A-Z0-9]{6,16}", c) is not None and re.search(r"\d", c) is not None


SCHEMES = {
    "doc": doc_ok,
    "bsn": bsn_ok, "rrn": rrn_ok, "cpr": cpr_ok, "nhs": nhs_ok, "nino": nino_ok,
    "ppsn": ppsn_ok, "sin": sin_ok, "ssn": ssn_ok, "tfn": tfn_ok,
    "medicare": medicare_ok, "ird": ird_ok, "zaid": za_id_ok,
    "aadhaar": aadhaar_ok, "pan": pan_ok, "iban": iban_ok,
    "be_account": be_account_ok, "card": card_ok,
}


if __name__ == "__main__":
    # self-test against well-known published examples
    assert iban_ok("NL91 ABNA 0417 1643 00")
    assert iban_ok("GB82 WEST 1234 5698 7654 32")
    assert iban_ok("BE68 5390 0754 7034")
    assert iban_ok("DK50 0040 0440 1162 43")
    assert iban_ok("IE29 AIBK 9311 5212 3456 78")
    assert not iban_ok("NL92 ABNA 0417 1643 00")
    assert bsn_ok("111222333") and not bsn_ok("111222334")
    assert ppsn_ok("1234567T") and not ppsn_ok("1234567A")
    assert sin_ok("046 454 286")
    assert tfn_ok("123 456 782")
    assert luhn_ok("4111 1111 1111 1111")
    assert verhoeff_ok("2363")
    assert nhs_ok("943 476 5919")
    assert ird_ok("49091850") and ird_ok("136410132") and not ird_ok("136410133")
    assert spoken_to_chars("nul zes twee") == "062"
    assert spoken_to_chars("double five oh one") == "5501"
    assert spoken_to_chars("NL twee zes RABO nul") == "NL26RABO0"
    assert spoken_to_chars("g b eight two") == "GB82"
    assert spoken_to_chars("nul fire, nul seks, syvogfirs, to tre fire en") == "0406872341"
    assert spoken_to_chars("zevenentachtig drieëntwintig") == "8723"
    assert spoken_to_chars("twenty-one oh nine") == "2109"
    print("checks.py self-test OK")
