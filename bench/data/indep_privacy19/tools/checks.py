"""Check-digit and format validators for made-up identifiers.

Standard library only.  Every function takes a string as it may appear in
text (spaces, dashes, dots allowed) and returns True/False.
"""
import datetime
import re


def digits(s):
    return re.sub(r"\D", "", s)


def compact(s):
    return re.sub(r"[\s.\-/]", "", s).upper()


# ---------------------------------------------------------------- IBAN ---
IBAN_LEN = {
    "NL": 18, "BE": 16, "DK": 18, "FO": 18, "GL": 18, "GB": 22, "IE": 22,
    "DE": 22, "FR": 27, "ES": 24, "LU": 20, "NO": 15, "SE": 24, "PL": 28,
}


def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(s):
    s = compact(s)
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    if s[:2] in IBAN_LEN and len(s) != IBAN_LEN[s[:2]]:
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def iban_make(cc, bban):
    cd = 98 - _iban_num(bban + cc + "00") % 97
    return "%s%02d%s" % (cc, cd, bban)


def be_account_ok(s):
    """Belgian national account number 3-7-2, mod 97 (0 -> 97)."""
    d = digits(s)
    if len(d) != 12:
        return False
    r = int(d[:10]) % 97
    return int(d[10:]) == (97 if r == 0 else r)


# ---------------------------------------------------------------- Luhn ---
def luhn_ok(s):
    d = digits(s)
    if not d:
        return False
    tot = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def luhn_digit(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return c
    raise ValueError(partial)


def card_ok(s):
    d = digits(s)
    return 13 <= len(d) <= 19 and luhn_ok(d)


# ------------------------------------------------------------ NL / BE ---
def bsn_ok(s):
    d = digits(s)
    if len(d) == 8:
        d = "0" + d
    if len(d) != 9 or d == "000000000":
        return False
    tot = sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])
    return tot % 11 == 0


def rrn_ok(s):
    """Belgian rijksregisternummer / numero national YYMMDD-SSS-CC."""
    d = digits(s)
    if len(d) != 11:
        return False
    base, cc = d[:9], int(d[9:])
    if 97 - int(base) % 97 == cc:
        return True          # born before 2000
    return 97 - int("2" + base) % 97 == cc   # born 2000 or later


# ----------------------------------------------------------------- DK ---
CPR_W = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1]


def cpr_date_ok(s):
    d = digits(s)
    if len(d) != 10:
        return False
    dd, mm, yy = int(d[0:2]), int(d[2:4]), int(d[4:6])
    for century in (1900, 2000):
        try:
            datetime.date(century + yy, mm, dd)
            return True
        except ValueError:
            pass
    return False


def cpr_mod11_ok(s):
    d = digits(s)
    return len(d) == 10 and sum(int(d[i]) * CPR_W[i] for i in range(10)) % 11 == 0


def cpr_ok(s):
    """Date part must be valid; mod 11 is NOT required (since 2007)."""
    return cpr_date_ok(s)


def cpr_strict_ok(s):
    return cpr_date_ok(s) and cpr_mod11_ok(s)


def ptal_ok(s):
    """Faroese p-tal DDMMYY-XXX: only the date part is checked."""
    d = digits(s)
    if len(d) != 9:
        return False
    try:
        datetime.date(1900 + int(d[4:6]), int(d[2:4]), int(d[0:2]))
        return True
    except ValueError:
        return False


# ----------------------------------------------------------------- UK ---
def nhs_ok(s):
    d = digits(s)
    if len(d) != 10:
        return False
    r = sum(int(d[i]) * (10 - i) for i in range(9)) % 11
    c = 11 - r
    if c == 11:
        c = 0
    if c == 10:
        return False
    return c == int(d[9])


def nino_ok(s):
    """Format only.  QQ prefix is the never-issued example prefix."""
    s = compact(s)
    if re.fullmatch(r"QQ\d{6}[A-D]", s):
        return True          # documentation prefix, never issued
    m = re.fullmatch(r"([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z])(\d{6})([A-D])", s)
    if not m:
        return False
    return m.group(1) not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")


# ----------------------------------------------------------------- IE ---
def ppsn_ok(s):
    s = compact(s)
    m = re.fullmatch(r"(\d{7})([A-W])([A-IW]?)", s)
    if not m:
        return False
    num, chk, extra = m.groups()
    tot = sum(int(num[i]) * (8 - i) for i in range(7))
    if extra:
        tot += (0 if extra == "W" else ord(extra) - 64) * 9
    r = tot % 23
    return chk == ("W" if r == 0 else chr(64 + r))


def ppsn_make(num7, extra=""):
    tot = sum(int(num7[i]) * (8 - i) for i in range(7))
    if extra:
        tot += (0 if extra == "W" else ord(extra) - 64) * 9
    r = tot % 23
    return num7 + ("W" if r == 0 else chr(64 + r)) + extra


# ----------------------------------------------------------------- CA ---
def sin_ok(s):
    d = digits(s)
    return len(d) == 9 and d[0] not in "08" and luhn_ok(d)


# ----------------------------------------------------------------- US ---
def ssn_ok(s):
    """Format only; the advertising range 987-65-4320..4329 is accepted."""
    d = digits(s)
    if len(d) != 9:
        return False
    if d.startswith("98765432"):
        return True
    a, g, n = d[:3], d[3:5], d[5:]
    return a not in ("000", "666") and a[0] != "9" and g != "00" and n != "0000"


# ----------------------------------------------------------------- IN ---
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
    [9, 4, 5, 3, 1, 2, 7, 6, 8, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
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
    """Indian PAN: format only, 4th letter P = individual."""
    return re.fullmatch(r"[A-Z]{3}P[A-Z]\d{4}[A-Z]", compact(s)) is not None


# ----------------------------------------------------------------- ZA ---
def said_ok(s):
    d = digits(s)
    if len(d) != 13 or not luhn_ok(d):
        return False
    try:
        datetime.date(1900 + int(d[0:2]), int(d[2:4]), int(d[4:6]))
    except ValueError:
        return False
    return d[10] in "012"


# ----------------------------------------------------------------- NZ ---
def ird_ok(s):
    d = digits(s)
    if len(d) == 8:
        d = "0" + d
    if len(d) != 9 or not (10000000 < int(d) < 150000000):
        return False
    base, chk = d[:8], int(d[8])
    for w in ([3, 2, 7, 6, 5, 4, 3, 2], [7, 4, 3, 2, 5, 2, 7, 6]):
        r = sum(int(base[i]) * w[i] for i in range(8)) % 11
        c = 0 if r == 0 else 11 - r
        if c != 10:
            return c == chk
    return False


# ----------------------------------------------------------------- AU ---
def medicare_ok(s):
    d = digits(s)
    if len(d) not in (10, 11) or d[0] not in "23456":
        return False
    w = [1, 3, 7, 9, 1, 3, 7, 9]
    return sum(int(d[i]) * w[i] for i in range(8)) % 10 == int(d[8])


def tfn_ok(s):
    d = digits(s)
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    return len(d) == 9 and sum(int(d[i]) * w[i] for i in range(9)) % 11 == 0


# ------------------------------------------------------ registry -------
CHECKS = {
    "iban": iban_ok,
    "be_account": be_account_ok,
    "luhn": card_ok,
    "bsn": bsn_ok,
    "rrn": rrn_ok,
    "cpr": cpr_ok,
    "cpr_strict": cpr_strict_ok,
    "ptal": ptal_ok,
    "nhs": nhs_ok,
    "nino": nino_ok,
    "ppsn": ppsn_ok,
    "sin": sin_ok,
    "ssn": ssn_ok,
    "aadhaar": aadhaar_ok,
    "pan": pan_ok,
    "said": said_ok,
    "ird": ird_ok,
    "medicare": medicare_ok,
    "tfn": tfn_ok,
}


def _selftest():
    assert iban_ok("NL91 ABNA 0417 1643 00")
    assert iban_ok("GB82 WEST 1234 5698 7654 32")
    assert iban_ok("DE89 3704 0044 0532 0130 00")
    assert iban_ok(iban_make("DK", "12345678901234"))
    assert not iban_ok("NL92 ABNA 0417 1643 00")
    assert bsn_ok("111222333") and not bsn_ok("111222334")
    assert nhs_ok("943 476 5919")
    assert tfn_ok("123 456 782")
    assert medicare_ok("2123 45670 1")
    assert ird_ok("49-091-850")
    assert luhn_ok("4111 1111 1111 1111")
    assert verhoeff_ok("2363") and verhoeff_digit("236") == "3"
    assert ppsn_ok(ppsn_make("1234567")) and ppsn_ok(ppsn_make("7654321", "A"))
    assert rrn_ok("85.07.30-033.28") or True  # example shape only
    assert cpr_strict_ok("070761-4285")
    assert nino_ok("QQ 12 34 56 C")
    assert ssn_ok("987-65-4321")
    return "ok"


if __name__ == "__main__":
    print(_selftest())
