"""Check-digit / format validators for the identifiers planted in the corpus.

Standard library only. Every function takes the identifier as written (spaces,
dots, dashes allowed) and returns True/False.  `validate(scheme, value)` is the
dispatcher used by build.py.
"""
import datetime
import re


def digits(s):
    return re.sub(r"\D", "", s)


def compact(s):
    return re.sub(r"[\s.\-/]", "", s).upper()


# ---------------------------------------------------------------- generic
def luhn(num):
    d = digits(num)
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


def luhn_check_digit(partial):
    for c in "0123456789":
        if luhn(partial + c):
            return c
    raise ValueError(partial)


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


def verhoeff(num):
    c = 0
    for i, ch in enumerate(reversed(digits(num))):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


# ---------------------------------------------------------------- banking
def iban(value):
    s = compact(value)
    lengths = {"NL": 18, "BE": 16, "DK": 18, "FO": 18, "GL": 18, "GB": 22,
               "IE": 22, "DE": 22, "FR": 27, "ES": 24, "NO": 15, "SE": 24}
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if s[:2] in lengths and len(s) != lengths[s[:2]]:
        return False
    r = s[4:] + s[:4]
    n = "".join(str(int(ch, 36)) for ch in r)
    if int(n) % 97 != 1:
        return False
    if s[:2] == "NL" and not nl_account(s[8:]):
        return False
    if s[:2] == "BE" and not be_account(s[4:]):
        return False
    if s[:2] == "FR" and not fr_rib(s[4:]):
        return False
    return True


def nl_account(value):
    """Old Dutch 10-digit bank account, elfproef."""
    d = digits(value).zfill(10)
    if len(d) != 10:
        return False
    return sum(int(c) * w for c, w in zip(d, range(10, 0, -1))) % 11 == 0


def be_account(value):
    d = digits(value)
    if len(d) != 12:
        return False
    chk = int(d[:10]) % 97 or 97
    return chk == int(d[10:])


def fr_rib(bban):
    """French RIB key: bank(5) branch(5) account(11, may hold letters) key(2)."""
    s = bban.upper()
    if len(s) != 23:
        return False
    conv = {}
    for i, letters in enumerate(["AJ", "BKS", "CLT", "DMU", "ENV", "FOW", "GPX", "HQY", "IRZ"]):
        for L in letters:
            conv[L] = str(i + 1)
    s = "".join(conv.get(ch, ch) for ch in s)
    bank, branch, acct, key = int(s[:5]), int(s[5:10]), int(s[10:21]), int(s[21:])
    return 97 - ((89 * bank + 15 * branch + 3 * acct) % 97) == key


def plain_account(value):
    """Plain account numbers without a public checksum (DK, UK, AU, NZ, ZA, IN, US):
    only a sanity check that it holds 6-18 digits."""
    return 6 <= len(digits(value)) <= 22


# ---------------------------------------------------------------- national ids
def bsn(value):
    d = digits(value)
    if len(d) == 8:
        d = "0" + d
    if len(d) != 9:
        return False
    s = sum(int(c) * w for c, w in zip(d[:8], range(9, 1, -1))) - int(d[8])
    return s % 11 == 0 and int(d) != 0


def _date_ok(y, m, d):
    try:
        datetime.date(y, m, d)
        return True
    except ValueError:
        return False


def cpr(value):
    """Danish/Greenlandic CPR: DDMMYY-SSSS, date part must be a real date.
    (The modulus-11 rule was dropped in 2007, so it is not required.)"""
    d = digits(value)
    if len(d) != 10:
        return False
    dd, mm, yy, s7 = int(d[:2]), int(d[2:4]), int(d[4:6]), int(d[6])
    if s7 in (0, 1, 2, 3):
        century = 1900
    elif s7 in (4, 9):
        century = 2000 if yy <= 36 else 1900
    else:
        century = 2000 if yy <= 57 else 1800
    return _date_ok(century + yy, mm, dd)


def ptal(value):
    """Faroese P-tal: DDMMYY-SSS, date part must be a real date."""
    d = digits(value)
    if len(d) != 9:
        return False
    dd, mm, yy = int(d[:2]), int(d[2:4]), int(d[4:6])
    return _date_ok(1900 + yy, mm, dd) or _date_ok(2000 + yy, mm, dd)


def be_rrn(value):
    d = digits(value)
    if len(d) != 11:
        return False
    base, chk = d[:9], int(d[9:])
    ok19 = 97 - int(base) % 97 == chk
    ok20 = 97 - int("2" + base) % 97 == chk
    yy, mm, dd = int(d[:2]), int(d[2:4]), int(d[4:6])
    if ok19:
        return _date_ok(1900 + yy, mm, dd)
    if ok20:
        return _date_ok(2000 + yy, mm, dd)
    return False


def nhs(value):
    d = digits(value)
    if len(d) != 10:
        return False
    s = sum(int(c) * w for c, w in zip(d[:9], range(10, 1, -1)))
    r = 11 - s % 11
    if r == 11:
        r = 0
    if r == 10:
        return False
    return r == int(d[9])


def nino(value):
    s = compact(value)
    if not re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", s):
        return False
    return s[:2] not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def ppsn(value):
    s = compact(value)
    m = re.fullmatch(r"(\d{7})([A-W])([A-IW]?)", s)
    if not m:
        return False
    num, chk, extra = m.groups()
    total = sum(int(c) * w for c, w in zip(num, range(8, 1, -1)))
    if extra and extra != "W":
        total += (ord(extra) - 64) * 9
    return "WABCDEFGHIJKLMNOPQRSTUV"[total % 23] == chk


def aadhaar(value):
    d = digits(value)
    return len(d) == 12 and d[0] not in "01" and verhoeff(d)


def tfn(value):
    d = digits(value)
    if len(d) != 9:
        return False
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    return sum(int(c) * x for c, x in zip(d, w)) % 11 == 0


def sin(value):
    d = digits(value)
    return len(d) == 9 and d[0] not in "08" and luhn(d)


def sa_id(value):
    d = digits(value)
    if len(d) != 13 or not luhn(d):
        return False
    yy, mm, dd = int(d[:2]), int(d[2:4]), int(d[4:6])
    return (_date_ok(1900 + yy, mm, dd) or _date_ok(2000 + yy, mm, dd)) and d[10] in "01"


def ssn(value):
    m = re.fullmatch(r"(\d{3})-?(\d{2})-?(\d{4})", value.strip())
    if not m:
        return False
    a, g, s = m.groups()
    return a not in ("000", "666") and a[0] != "9" and g != "00" and s != "0000"


def ird(value):
    d = digits(value)
    n = int(d) if d else 0
    if not (10_000_000 <= n <= 150_000_000):
        return False
    base, chk = d[:-1].zfill(8), int(d[-1])
    for w in ([3, 2, 7, 6, 5, 4, 3, 2], [7, 4, 3, 2, 5, 2, 7, 6]):
        r = sum(int(c) * x for c, x in zip(base, w)) % 11
        c = 0 if r == 0 else 11 - r
        if c != 10:
            return c == chk
    return False


def nir(value):
    d = digits(value)
    if len(d) != 15:
        return False
    return 97 - int(d[:13]) % 97 == int(d[13:])


def steuer_id(value):
    d = digits(value)
    if len(d) != 11 or d[0] == "0":
        return False
    product = 10
    for c in d[:10]:
        s = (int(c) + product) % 10
        if s == 0:
            s = 10
        product = (2 * s) % 11
    chk = 11 - product
    if chk == 10:
        chk = 0
    return chk == int(d[10])


def pan(value):
    return bool(re.fullmatch(r"[A-Z]{3}[PCHFATBLJG][A-Z]\d{4}[A-Z]", value.strip()))


def card(value):
    d = digits(value)
    return 13 <= len(d) <= 19 and luhn(d)


SCHEMES = {
    "iban": iban, "nl_account": nl_account, "be_account": be_account, "plain_account": plain_account,
    "bsn": bsn, "cpr": cpr, "ptal": ptal, "be_rrn": be_rrn, "nhs": nhs, "nino": nino, "ppsn": ppsn,
    "aadhaar": aadhaar, "tfn": tfn, "sin": sin, "sa_id": sa_id, "ssn": ssn, "ird": ird, "nir": nir,
    "steuer_id": steuer_id, "pan": pan, "card": card,
}


def validate(scheme, value):
    return SCHEMES[scheme](value)


def _selftest():
    assert verhoeff("2363")
    assert ppsn("1234567T")
    assert tfn("123 456 782")
    assert luhn("046 454 286")
    assert ird("49-091-850") and ird("35-901-981") and ird("136-410-132")
    assert steuer_id("86095742719")
    assert iban("NL91 ABNA 0417 1643 00")
    assert iban("GB82 WEST 1234 5698 7654 32")
    assert iban("DE89 3704 0044 0532 0130 00")
    assert iban("BE68 5390 0754 7034")
    assert iban("FR14 2004 1010 0505 0001 3M02 606")
    assert bsn("111222333")
    assert luhn("4111 1111 1111 1111")
    assert nhs("943 476 5919")
    return True


if __name__ == "__main__":
    print("selftest ok" if _selftest() else "fail")
