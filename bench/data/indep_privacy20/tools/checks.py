"""Check-digit validators (standard library only)."""
import re, datetime

def digits(s):
    return re.sub(r"\D", "", s)

IBAN_LEN = {"NL": 18, "BE": 16, "DK": 18, "FO": 18, "GL": 18, "GB": 22, "IE": 22,
            "DE": 22, "FR": 27, "ES": 24, "SE": 24, "NO": 15, "LU": 20}

def iban_ok(s):
    s = re.sub(r"[\s-]", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    if s[:2] in IBAN_LEN and len(s) != IBAN_LEN[s[:2]]:
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

def iban_make(cc, bban):
    r = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in r))
    return cc + "%02d" % (98 - n % 97) + bban

def bsn_ok(s):
    d = digits(s)
    if len(d) != 9 or int(d) == 0:
        return False
    t = sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])
    return t % 11 == 0

def be_rrn_ok(s):
    d = digits(s)
    if len(d) != 11:
        return False
    c = int(d[9:])
    return 97 - int(d[:9]) % 97 == c or 97 - int("2" + d[:9]) % 97 == c

def _date_ok(dd, mm, yy):
    for century in (1900, 2000):
        try:
            datetime.date(century + yy, mm, dd)
            return True
        except ValueError:
            pass
    return False

def cpr_ok(s, strict=False):
    """Danish/Greenlandic CPR: ddmmyy-xxxx. Modern CPRs need not pass mod 11."""
    d = digits(s)
    if len(d) != 10 or not _date_ok(int(d[:2]), int(d[2:4]), int(d[4:6])):
        return False
    if strict:
        w = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1]
        return sum(int(a) * b for a, b in zip(d, w)) % 11 == 0
    return True

def ptal_ok(s):
    """Faroese p-tal: ddmmyy-xxx (9 digits), date part valid."""
    d = digits(s)
    return len(d) == 9 and _date_ok(int(d[:2]), int(d[2:4]), int(d[4:6]))

def nhs_ok(s):
    d = digits(s)
    if len(d) != 10:
        return False
    t = sum(int(d[i]) * (10 - i) for i in range(9))
    c = 11 - t % 11
    if c == 11:
        c = 0
    return c != 10 and c == int(d[9])

def ppsn_ok(s):
    m = re.fullmatch(r"(\d{7})([A-W])([A-IW]?)", re.sub(r"\s", "", s).upper())
    if not m:
        return False
    t = sum(int(a) * b for a, b in zip(m.group(1), [8, 7, 6, 5, 4, 3, 2]))
    if m.group(3):
        t += (0 if m.group(3) == "W" else ord(m.group(3)) - 64) * 9
    r = t % 23
    return m.group(2) == ("W" if r == 0 else chr(64 + r))

def luhn_ok(s):
    d = digits(s)
    if not d:
        return False
    t = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2:
            n *= 2
            if n > 9:
                n -= 9
        t += n
    return t % 10 == 0

def card_ok(s):
    d = digits(s)
    return 13 <= len(d) <= 19 and luhn_ok(d)

def sin_ok(s):
    d = digits(s)
    return len(d) == 9 and luhn_ok(d)

_VD = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],
       [3,4,0,1,2,8,9,5,6,7],[4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],
       [6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],[8,7,6,5,9,3,2,1,0,4],
       [9,8,7,6,5,4,3,2,1,0]]
_VP = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],
       [8,9,1,6,0,4,3,5,2,7],[9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],
       [2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]]
_VINV = [0,4,3,2,1,5,6,7,8,9]

def verhoeff_ok(s):
    c = 0
    for i, ch in enumerate(reversed(digits(s))):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0

def verhoeff_digit(s):
    c = 0
    for i, ch in enumerate(reversed(digits(s))):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return _VINV[c]

def aadhaar_ok(s):
    d = digits(s)
    return len(d) == 12 and d[0] not in "01" and verhoeff_ok(d)

def sa_id_ok(s):
    d = digits(s)
    return (len(d) == 13 and _date_ok(int(d[4:6]), int(d[2:4]), int(d[:2]))
            and d[10] in "01" and luhn_ok(d))

def ird_ok(s):
    d = digits(s)
    if len(d) not in (8, 9):
        return False
    base, chk = d[:-1].zfill(8), int(d[-1])
    for w in ([3, 2, 7, 6, 5, 4, 3, 2], [7, 4, 3, 2, 5, 2, 7, 6]):
        r = sum(int(a) * b for a, b in zip(base, w)) % 11
        c = 0 if r == 0 else 11 - r
        if c != 10:
            return c == chk
    return False

def medicare_ok(s):
    d = digits(s)
    if len(d) not in (10, 11) or d[0] not in "23456":
        return False
    t = sum(int(a) * b for a, b in zip(d[:8], [1, 3, 7, 9, 1, 3, 7, 9]))
    return t % 10 == int(d[8])

def tfn_ok(s):
    d = digits(s)
    return len(d) == 9 and sum(int(a) * b for a, b in zip(d, [1, 4, 3, 7, 5, 8, 6, 9, 10])) % 11 == 0

def nino_ok(s):
    s = re.sub(r"\s", "", s).upper()
    return bool(re.fullmatch(r"(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", s))

def ssn_ok(s):
    d = digits(s)
    return (len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9"
            and d[3:5] != "00" and d[5:] != "0000")

def pan_ok(s):
    return bool(re.fullmatch(r"[A-Z]{3}[PCHFATBLJG][A-Z]\d{4}[A-Z]", s))

SCHEMES = {"iban": iban_ok, "bsn": bsn_ok, "be_rrn": be_rrn_ok, "cpr": cpr_ok,
           "cpr_strict": lambda s: cpr_ok(s, True), "ptal": ptal_ok, "nhs": nhs_ok,
           "ppsn": ppsn_ok, "luhn": luhn_ok, "card": card_ok, "sin": sin_ok,
           "aadhaar": aadhaar_ok, "sa_id": sa_id_ok, "ird": ird_ok,
           "medicare": medicare_ok, "tfn": tfn_ok, "nino": nino_ok, "ssn": ssn_ok,
           "pan": pan_ok,
           # documents without a check digit: format only
           "nl_rijbewijs": lambda s: len(digits(s)) == 10,
           "passport": lambda s: bool(re.fullmatch(r"[A-Z0-9]{6,9}", re.sub(r"\s", "", s))),
           "dk_kørekort": lambda s: len(digits(s)) == 8,
           "uk_driving": lambda s: bool(re.fullmatch(r"[A-Z9]{5}\d{6}[A-Z9]{2}\d[A-Z]{2}", re.sub(r"\s", "", s)))}

def _selftest():
    assert iban_ok("NL91 ABNA 0417 1643 00") and iban_ok("GB82 WEST 1234 5698 7654 32")
    assert iban_ok("BE68 5390 0754 7034") and iban_ok("DK50 0040 0440 1162 43")
    assert bsn_ok("111222333") and not bsn_ok("111222334")
    assert nhs_ok("943 476 5919") and ppsn_ok("1234567T") and sin_ok("046 454 286")
    assert tfn_ok("123 456 782") and ird_ok("49-091-850") and ird_ok("136-410-132")
    assert ird_ok("35-901-981") and sa_id_ok("8001015009087") and verhoeff_ok("2363")
    assert medicare_ok("2123456701") and card_ok("4111 1111 1111 1111")
    print("selftest ok")

if __name__ == "__main__":
    _selftest()
