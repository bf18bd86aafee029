"""Check-digit and format validators for the identifiers used in the corpus.

Standard library only.  Every validator takes a string, strips the usual
separators itself and returns True/False.  `validate(scheme, value)` is the
single entry point used by build.py.
"""
import datetime
import re

SEP = re.compile(r"[\s.\-/]")


def only_alnum(s):
    return re.sub(r"[^0-9A-Za-z]", "", s)


def only_digits(s):
    return re.sub(r"\D", "", s)


# ---------------------------------------------------------------- generic

def luhn_ok(num):
    d = only_digits(num)
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
    """Check digit that makes partial+digit Luhn-valid."""
    for c in "0123456789":
        if luhn_ok(partial + c):
            return c
    raise ValueError(partial)


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
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_ok(num):
    c = 0
    for i, ch in enumerate(reversed(only_digits(num))):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


def verhoeff_digit(partial):
    c = 0
    for i, ch in enumerate(reversed(only_digits(partial))):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return str(_VINV[c])


def gs1_digit(partial):
    """GS1 (EAN/GTIN) check digit for any length."""
    d = only_digits(partial)
    total = 0
    for i, ch in enumerate(reversed(d)):
        total += int(ch) * (3 if i % 2 == 0 else 1)
    return str((10 - total % 10) % 10)


def gs1_ok(num):
    d = only_digits(num)
    return len(d) >= 8 and gs1_digit(d[:-1]) == d[-1]


# ---------------------------------------------------------------- IBAN

IBAN_LEN = {"NL": 18, "BE": 16, "DK": 18, "FO": 18, "GL": 18, "GB": 22,
            "IE": 22, "DE": 22, "FR": 27, "NO": 15, "SE": 24, "ES": 24,
            "LU": 20, "AT": 20, "CH": 21}


def iban_mod97(s):
    s = only_alnum(s).upper()
    r = s[4:] + s[:4]
    n = "".join(str(int(ch, 36)) for ch in r)
    return int(n) % 97


def iban_ok(s):
    s = only_alnum(s).upper()
    if len(s) < 5 or s[:2] not in IBAN_LEN:
        return False
    if len(s) != IBAN_LEN[s[:2]]:
        return False
    if not s[2:4].isdigit():
        return False
    if iban_mod97(s) != 1:
        return False
    bban = s[4:]
    if s[:2] == "BE":  # national check: first 10 digits mod 97
        first, chk = int(bban[:10]), int(bban[10:])
        return (first % 97 or 97) == chk
    if s[:2] == "NL":
        return bban[:4].isalpha() and bban[4:].isdigit()
    if s[:2] in ("DK", "FO", "GL"):
        return bban.isdigit()
    if s[:2] in ("GB", "IE"):
        return bban[:4].isalpha() and bban[4:].isdigit()
    return True


def iban_make(cc, bban):
    s = cc + "00" + bban
    chk = 98 - iban_mod97(s)
    return "%s%02d%s" % (cc, chk, bban)


def iban_group(s):
    s = only_alnum(s).upper()
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


# ---------------------------------------------------------------- NL / BE

def bsn_ok(s):
    d = only_digits(s)
    if len(d) == 8:
        d = "0" + d
    if len(d) != 9 or d == "000000000":
        return False
    total = sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])
    return total % 11 == 0


def rrn_ok(s):
    """Belgian rijksregisternummer / numéro national (11 digits)."""
    d = only_digits(s)
    if len(d) != 11:
        return False
    chk = int(d[9:])
    body = d[:9]
    ok19 = 97 - int(body) % 97 == chk
    ok20 = 97 - int("2" + body) % 97 == chk
    if not (ok19 or ok20):
        return False
    yy, mm, dd = int(d[:2]), int(d[2:4]), int(d[4:6])
    year = (2000 if ok20 else 1900) + yy
    if mm == 0 or dd == 0:  # allowed for unknown birth dates
        return True
    try:
        datetime.date(year, mm, dd)
    except ValueError:
        return False
    return True


def be_eid_ok(s):
    """Belgian eID card number: 12 digits, last two = first ten mod 97."""
    d = only_digits(s)
    if len(d) != 12:
        return False
    return (int(d[:10]) % 97 or 97) == int(d[10:])


# ---------------------------------------------------------------- DK / FO

def cpr_century(yy, c7):
    if c7 in (0, 1, 2, 3):
        return 1900
    if c7 in (4, 9):
        return 2000 if yy <= 36 else 1900
    return 2000 if yy <= 57 else 1800


def cpr_date(s):
    d = only_digits(s)
    if len(d) != 10:
        return None
    dd, mm, yy = int(d[:2]), int(d[2:4]), int(d[4:6])
    try:
        return datetime.date(cpr_century(yy, int(d[6])) + yy, mm, dd)
    except ValueError:
        return None


def cpr_mod11(s):
    d = only_digits(s)
    w = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1]
    return sum(int(a) * b for a, b in zip(d, w)) % 11 == 0


def cpr_ok(s):
    """Date must be valid; mod 11 is NOT required (post-2007 CPRs)."""
    return cpr_date(s) is not None


def cpr_mod11_ok(s):
    return cpr_ok(s) and cpr_mod11(s)


def ptal_ok(s):
    """Faroese p-tal DDMMYY-XXX: only the date part is checked."""
    d = only_digits(s)
    if len(d) != 9:
        return False
    dd, mm, yy = int(d[:2]), int(d[2:4]), int(d[4:6])
    for cent in (1900, 2000):
        try:
            datetime.date(cent + yy, mm, dd)
            return True
        except ValueError:
            pass
    return False


# ---------------------------------------------------------------- UK / IE

def nhs_ok(s):
    d = only_digits(s)
    if len(d) != 10:
        return False
    total = sum(int(d[i]) * (10 - i) for i in range(9))
    chk = 11 - total % 11
    if chk == 11:
        chk = 0
    if chk == 10:
        return False
    return chk == int(d[9])


NINO_RE = re.compile(
    r"^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")


def nino_ok(s):
    """UK National Insurance number format.  The QQ prefix is never issued
    and is the conventional example prefix, so it is accepted here."""
    s = only_alnum(s).upper()
    if re.match(r"^QQ\d{6}[A-D]$", s):
        return True
    return bool(NINO_RE.match(s))


def ppsn_ok(s):
    s = only_alnum(s).upper()
    m = re.match(r"^(\d{7})([A-W])([A-IW]?)$", s)
    if not m:
        return False
    digits, chk, extra = m.groups()
    total = sum(int(digits[i]) * (8 - i) for i in range(7))
    if extra:
        total += (0 if extra == "W" else ord(extra) - 64) * 9
    r = total % 23
    return chk == ("W" if r == 0 else chr(64 + r))


def ppsn_letter(digits, extra=""):
    total = sum(int(digits[i]) * (8 - i) for i in range(7))
    if extra:
        total += (0 if extra == "W" else ord(extra) - 64) * 9
    r = total % 23
    return "W" if r == 0 else chr(64 + r)


EIRCODE_RE = re.compile(r"^[AC-FHKNPRTV-Y]\d{2}|D6W ?[0-9AC-FHKNPRTV-Y]{4}$")


# ---------------------------------------------------------------- NA

def sin_ok(s):
    d = only_digits(s)
    return len(d) == 9 and d[0] != "8" and luhn_ok(d)


def ssn_ok(s):
    d = only_digits(s)
    if len(d) == 4:  # "last four"
        return d != "0000"
    if len(d) != 9:
        return False
    a, g, n = d[:3], d[3:5], d[5:]
    return a not in ("000", "666") and a[0] != "9" and g != "00" and n != "0000"


# ---------------------------------------------------------------- AU / NZ

def tfn_ok(s):
    d = only_digits(s)
    if len(d) != 9:
        return False
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    return sum(int(a) * b for a, b in zip(d, w)) % 11 == 0


def medicare_ok(s):
    d = only_digits(s)
    if len(d) not in (10, 11):
        return False
    if d[0] not in "23456":
        return False
    w = [1, 3, 7, 9, 1, 3, 7, 9]
    return sum(int(a) * b for a, b in zip(d[:8], w)) % 10 == int(d[8]) and d[9] != "0"


def ird_ok(s):
    d = only_digits(s)
    if len(d) not in (8, 9):
        return False
    n = int(d)
    if not 10_000_000 < n < 150_000_000:
        return False
    base, chk = d[:-1].zfill(8), int(d[-1])
    for w in ([3, 2, 7, 6, 5, 4, 3, 2], [7, 4, 3, 2, 5, 2, 7, 6]):
        r = sum(int(a) * b for a, b in zip(base, w)) % 11
        c = 0 if r == 0 else 11 - r
        if c != 10:
            return c == chk
    return False


# ---------------------------------------------------------------- ZA / IN

def said_ok(s):
    d = only_digits(s)
    if len(d) != 13 or d[10] not in "012":
        return False
    yy, mm, dd = int(d[:2]), int(d[2:4]), int(d[4:6])
    ok_date = False
    for cent in (1900, 2000):
        try:
            datetime.date(cent + yy, mm, dd)
            ok_date = True
        except ValueError:
            pass
    return ok_date and luhn_ok(d)


def aadhaar_ok(s):
    d = only_digits(s)
    return len(d) == 12 and d[0] not in "01" and verhoeff_ok(d)


def pan_ok(s):
    return bool(re.match(r"^[A-Z]{3}[PCHFATBLJG][A-Z]\d{4}[A-Z]$", only_alnum(s).upper()))


# ---------------------------------------------------------------- cards

def card_ok(s):
    d = only_digits(s)
    return 13 <= len(d) <= 19 and luhn_ok(d)


# ---------------------------------------------------------------- dispatch

SCHEMES = {
    "iban": iban_ok,
    "bsn": bsn_ok,
    "rrn": rrn_ok,
    "be_eid": be_eid_ok,
    "cpr": cpr_ok,
    "cpr_mod11": cpr_mod11_ok,
    "ptal": ptal_ok,
    "nhs": nhs_ok,
    "nino": nino_ok,
    "ppsn": ppsn_ok,
    "sin": sin_ok,
    "ssn": ssn_ok,
    "tfn": tfn_ok,
    "medicare": medicare_ok,
    "ird": ird_ok,
    "said": said_ok,
    "aadhaar": aadhaar_ok,
    "pan": pan_ok,
    "luhn": card_ok,
    "gs1": gs1_ok,
}


def validate(scheme, value):
    if scheme not in SCHEMES:
        raise KeyError("unknown scheme %r" % scheme)
    return SCHEMES[scheme](value)


if __name__ == "__main__":
    # self-test with textbook examples
    assert iban_ok("NL91ABNA0417164300")
    assert iban_ok("BE68539007547034")
    assert iban_ok("GB82WEST12345698765432")
    assert iban_ok("DK5000400440116243")
    assert iban_ok("IE29AIBK93115212345678")
    assert iban_ok("DE89370400440532013000")
    assert bsn_ok("111222333")
    assert nhs_ok("9434765919")
    assert ppsn_ok("1234567T") and ppsn_ok("1234567FA")
    assert sin_ok("046454286")
    assert luhn_ok("4111111111111111")
    assert verhoeff_ok("2363")
    assert tfn_ok("123456782")
    assert ird_ok("49091850") and ird_ok("136410132")
    assert medicare_ok("2123456701")
    assert gs1_ok("4006381333931")
    assert cpr_ok("070761-4285") and cpr_mod11("070761-4285")
    assert rrn_ok("85.07.30-033.28")
    print("checks.py self-test OK")
