"""Check-digit validators (and small generators) for the identifiers planted in the corpus.

Standard library only.  Every validator takes the canonical form of an identifier
(spaces / dashes / dots may be present; they are stripped where the scheme ignores them)
and returns True or False.

Run `python3 tools/checks.py` for a self-test.
"""
import datetime
import re

# ---------------------------------------------------------------- helpers

def digits(s):
    return re.sub(r"\D", "", s)


def luhn_ok(num):
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


def luhn_complete(partial):
    """Append a Luhn check digit to a digit string."""
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c
    raise ValueError(partial)


# ---------------------------------------------------------------- IBAN

IBAN_LEN = {"NL": 18, "BE": 16, "DK": 18, "FO": 18, "GL": 18, "GB": 22, "IE": 22,
            "DE": 22, "FR": 27, "SE": 24, "NO": 15}


def _iban_num(s):
    return int("".join(str(int(ch, 36)) for ch in s))


def iban_ok(iban):
    s = re.sub(r"\s", "", iban).upper()
    if len(s) < 5 or s[:2] not in IBAN_LEN or len(s) != IBAN_LEN[s[:2]]:
        return False
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if _iban_num(s[4:] + s[:4]) % 97 != 1:
        return False
    if s[:2] == "BE":
        return be_account_ok(s[4:])
    if s[:2] == "FR":
        return fr_rib_ok(s[4:])
    return True


def iban_make(country, bban):
    chk = 98 - _iban_num(bban + country + "00") % 97
    return "%s%02d%s" % (country, chk, bban)


def iban_group(iban):
    s = re.sub(r"\s", "", iban)
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def be_account_ok(acc):
    d = digits(acc)
    if len(d) != 12:
        return False
    chk = int(d[:10]) % 97 or 97
    return chk == int(d[10:])


def be_account_make(first10):
    chk = int(first10) % 97 or 97
    return "%s%02d" % (first10, chk)


def _rib_conv(s):
    table = {}
    for letters, vals in (("AJ", 1), ("BKS", 2), ("CLT", 3), ("DMU", 4), ("ENV", 5),
                          ("FOW", 6), ("GPX", 7), ("HQY", 8), ("IRZ", 9)):
        for ch in letters:
            table[ch] = str(vals)
    return "".join(table.get(ch, ch) for ch in s.upper())


def fr_rib_ok(bban):
    b = _rib_conv(bban)
    bank, branch, acc, key = int(b[:5]), int(b[5:10]), int(b[10:21]), int(b[21:23])
    return (89 * bank + 15 * branch + 3 * acc + key) % 97 == 0


def fr_rib_make(bank, branch, acc):
    b = _rib_conv(bank + branch + acc)
    key = 97 - (89 * int(b[:5]) + 15 * int(b[5:10]) + 3 * int(b[10:21])) % 97
    return bank + branch + acc + "%02d" % key


# ---------------------------------------------------------------- NL / BE

def bsn_ok(bsn):
    d = digits(bsn)
    if len(d) == 8:
        d = "0" + d
    if len(d) != 9:
        return False
    s = sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])
    return s % 11 == 0 and d != "000000000"


def be_rrn_ok(rrn):
    """Belgian rijksregisternummer YY.MM.DD-XXX.CC (also for people born >= 2000)."""
    d = digits(rrn)
    if len(d) != 11:
        return False
    base, cc = int(d[:9]), int(d[9:])
    for b in (base, int("2" + d[:9])):
        if 97 - (b % 97) == cc:
            return True
    return False


# ---------------------------------------------------------------- DK / FO / GL

def cpr_ok(cpr):
    """Danish / Greenlandic CPR: the date part DDMMYY must be a real date (no modulus-11)."""
    d = digits(cpr)
    if len(d) != 10:
        return False
    dd, mm, yy = int(d[:2]), int(d[2:4]), int(d[4:6])
    for century in (1900, 2000):
        try:
            datetime.date(century + yy, mm, dd)
            return True
        except ValueError:
            pass
    return False


def ptal_ok(ptal):
    """Faroese P-tal DDMMYY-XXX: date part must be valid."""
    d = digits(ptal)
    if len(d) != 9:
        return False
    return cpr_ok(d + "0")


# ---------------------------------------------------------------- UK / IE

def nhs_ok(n):
    d = digits(n)
    if len(d) != 10:
        return False
    s = sum(int(d[i]) * (10 - i) for i in range(9))
    chk = 11 - s % 11
    if chk == 11:
        chk = 0
    if chk == 10:
        return False
    return chk == int(d[9])


def nino_ok(n):
    s = re.sub(r"\s", "", n).upper()
    if not re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", s):
        return False
    return s[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")


def ppsn_ok(p):
    s = re.sub(r"\s", "", p).upper()
    m = re.fullmatch(r"(\d{7})([A-W])([ABHW]?)", s)
    if not m:
        return False
    num, chk, extra = m.groups()
    total = sum(int(num[i]) * (8 - i) for i in range(7))
    if extra:
        total += (ord(extra) - 64) * 9 if extra != "W" else 0
    r = total % 23
    expected = "W" if r == 0 else chr(64 + r)
    return expected == chk


# ---------------------------------------------------------------- US / CA

def ssn_ok(s):
    d = digits(s)
    if len(d) != 9:
        return False
    area, group, serial = d[:3], d[3:5], d[5:]
    return area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"


def aba_ok(r):
    d = digits(r)
    if len(d) != 9:
        return False
    w = [3, 7, 1] * 3
    return sum(int(d[i]) * w[i] for i in range(9)) % 10 == 0


def sin_ok(s):
    d = digits(s)
    return len(d) == 9 and d[0] not in "08" and luhn_ok(d)


# ---------------------------------------------------------------- AU / NZ

def tfn_ok(t):
    d = digits(t)
    if len(d) != 9:
        return False
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    return sum(int(d[i]) * w[i] for i in range(9)) % 11 == 0


def medicare_ok(m):
    d = digits(m)
    if len(d) not in (10, 11) or d[0] not in "23456":
        return False
    w = [1, 3, 7, 9, 1, 3, 7, 9]
    return sum(int(d[i]) * w[i] for i in range(8)) % 10 == int(d[8])


def ird_ok(n):
    d = digits(n)
    if len(d) == 8:
        d = "0" + d
    if len(d) != 9:
        return False
    base, chk = d[:8], int(d[8])
    for w in ([3, 2, 7, 6, 5, 4, 3, 2], [7, 4, 3, 2, 5, 2, 7, 6]):
        r = sum(int(base[i]) * w[i] for i in range(8)) % 11
        c = 0 if r == 0 else 11 - r
        if c != 10:
            return c == chk
    return False


# ---------------------------------------------------------------- ZA / IN / DE / FR

def za_id_ok(i):
    d = digits(i)
    if len(d) != 13 or not luhn_ok(d):
        return False
    try:
        yy, mm, dd = int(d[:2]), int(d[2:4]), int(d[4:6])
        datetime.date(1900 + yy, mm, dd)
    except ValueError:
        try:
            datetime.date(2000 + yy, mm, dd)
        except ValueError:
            return False
    return d[10] in "01"


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
       [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
       [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
       [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
       [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
       [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_ok(n):
    c = 0
    for i, ch in enumerate(reversed(digits(n))):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


def verhoeff_complete(partial):
    c = 0
    for i, ch in enumerate(reversed(partial)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return partial + str(_VINV[c])


def aadhaar_ok(a):
    d = digits(a)
    return len(d) == 12 and d[0] not in "01" and verhoeff_ok(d)


def pan_ok(p):
    return re.fullmatch(r"[A-Z]{3}[PCHFATBLJG][A-Z]\d{4}[A-Z]", p.replace(" ", "")) is not None


def de_steuerid_ok(s):
    d = digits(s)
    if len(d) != 11 or d[0] == "0":
        return False
    prod = 10
    for ch in d[:10]:
        total = (int(ch) + prod) % 10
        if total == 0:
            total = 10
        prod = (total * 2) % 11
    chk = 11 - prod
    if chk == 10:
        chk = 0
    return chk == int(d[10])


def fr_nir_ok(n):
    s = re.sub(r"\s", "", n).upper()
    if len(s) != 15:
        return False
    body = s[:13].replace("2A", "19").replace("2B", "18")
    if not body.isdigit():
        return False
    return 97 - int(body) % 97 == int(s[13:])


# ---------------------------------------------------------------- dispatcher

SCHEMES = {
    "iban": iban_ok, "luhn": luhn_ok, "bsn": bsn_ok, "be_rrn": be_rrn_ok, "cpr": cpr_ok,
    "ptal": ptal_ok, "nhs": nhs_ok, "nino": nino_ok, "ppsn": ppsn_ok, "ssn": ssn_ok,
    "aba": aba_ok, "sin": sin_ok, "tfn": tfn_ok, "medicare": medicare_ok, "ird": ird_ok,
    "za_id": za_id_ok, "aadhaar": aadhaar_ok, "pan": pan_ok, "de_steuerid": de_steuerid_ok,
    "fr_nir": fr_nir_ok, "be_account": be_account_ok,
}


def check(scheme, value):
    return SCHEMES[scheme](value)


if __name__ == "__main__":
    # self-test with textbook examples
    assert iban_ok("NL91 ABNA 0417 1643 00")
    assert iban_ok("GB82 WEST 1234 5698 7654 32")
    assert iban_ok("DE89 3704 0044 0532 0130 00")
    assert iban_ok("BE68 5390 0754 7034")
    assert iban_ok("FR14 2004 1010 0505 0001 3M02 606")
    assert not iban_ok("NL91 ABNA 0417 1643 01")
    assert bsn_ok("111222333") and not bsn_ok("111222334")
    assert nhs_ok("943 476 5919")
    assert luhn_ok("4111 1111 1111 1111")
    assert ppsn_ok("1234567T") and ppsn_ok("1234567FA")
    assert luhn_ok("046 454 286") and sin_ok("130 692 544")
    assert tfn_ok("123 456 782")
    assert aadhaar_ok(verhoeff_complete("23456789012"))
    assert aba_ok("011000015")
    assert de_steuerid_ok("86095742719")
    assert be_rrn_ok("85.07.30-033.28")
    assert ird_ok("49-091-850")
    print("checks.py self-test OK")
