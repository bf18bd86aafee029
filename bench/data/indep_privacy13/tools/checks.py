"""Check-digit validators (standard library only)."""
import re

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

def bsn_ok(s):
    d = digits(s)
    if len(d) != 9:
        return False
    tot = sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])
    return tot % 11 == 0

def be_rrn_ok(s):
    d = digits(s)
    if len(d) != 11:
        return False
    base, chk = int(d[:9]), int(d[9:])
    return 97 - base % 97 == chk or 97 - int("2" + d[:9]) % 97 == chk

def cpr_ok(s):
    d = digits(s)
    if len(d) != 10:
        return False
    dd, mm = int(d[:2]), int(d[2:4])
    if not (1 <= dd <= 31 and 1 <= mm <= 12):
        return False
    w = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1]
    return sum(int(a) * b for a, b in zip(d, w)) % 11 == 0

def nhs_ok(s):
    d = digits(s)
    if len(d) != 10:
        return False
    tot = sum(int(d[i]) * (10 - i) for i in range(9))
    c = 11 - tot % 11
    if c == 11:
        c = 0
    return c != 10 and c == int(d[9])

def ppsn_ok(s):
    m = re.fullmatch(r"(\d{7})([A-W])([A-IW]?)", re.sub(r"\s", "", s).upper())
    if not m:
        return False
    num, chk, extra = m.groups()
    tot = sum(int(num[i]) * (8 - i) for i in range(7))
    if extra:
        tot += 9 * (0 if extra == "W" else ord(extra) - 64)
    r = tot % 23
    return chk == ("W" if r == 0 else chr(64 + r))

def sin_ok(s):
    d = digits(s)
    return len(d) == 9 and luhn_ok(d)

_verh_d = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],[4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],[8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]]
_verh_p = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],[9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]]

def verhoeff_ok(s):
    c = 0
    for i, ch in enumerate(reversed(digits(s))):
        c = _verh_d[c][_verh_p[i % 8][int(ch)]]
    return c == 0

def aadhaar_ok(s):
    d = digits(s)
    return len(d) == 12 and d[0] not in "01" and verhoeff_ok(d)

IBAN_LEN = {"NL": 18, "BE": 16, "DK": 18, "GB": 22, "IE": 22, "DE": 22, "FO": 18, "GL": 18, "FR": 27, "ES": 24, "SE": 24, "NO": 15}

def iban_ok(s):
    x = re.sub(r"\s", "", s).upper()
    if len(x) < 15 or not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", x):
        return False
    if x[:2] in IBAN_LEN and len(x) != IBAN_LEN[x[:2]]:
        return False
    r = x[4:] + x[:4]
    n = "".join(str(int(ch, 36)) for ch in r)
    if int(n) % 97 != 1:
        return False
    if x[:2] == "BE":
        b = x[4:]
        if (int(b[:10]) % 97 or 97) != int(b[10:]):
            return False
    return True

def dk_account_ok(s):
    return bool(re.fullmatch(r"\d{4}[ -]?\d{6,10}", s.strip()))

def uk_sortcode_account_ok(s):
    return bool(re.search(r"\d{2}-\d{2}-\d{2}", s))

CHECKS = {
    "luhn": luhn_ok, "card": luhn_ok, "bsn": bsn_ok, "be_rrn": be_rrn_ok, "cpr": cpr_ok,
    "nhs": nhs_ok, "ppsn": ppsn_ok, "sin": sin_ok, "aadhaar": aadhaar_ok, "iban": iban_ok,
}

# ---------- generators (used once to build the identifier pool) ----------
def make_iban(cc, bban):
    r = bban + cc + "00"
    n = int("".join(str(int(ch, 36)) for ch in r))
    return f"{cc}{98 - n % 97:02d}{bban}"

def fmt4(x):
    return " ".join(x[i:i+4] for i in range(0, len(x), 4))

def tfn_ok(s):
    d = digits(s)
    if len(d) != 9:
        return False
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    return sum(int(a) * b for a, b in zip(d, w)) % 11 == 0

def za_id_ok(s):
    d = digits(s)
    return len(d) == 13 and int(d[2:4]) in range(1, 13) and luhn_ok(d)

CHECKS.update({"tfn": tfn_ok, "za_id": za_id_ok})

def au_medicare_ok(s):
    d = digits(s)
    if len(d) not in (10, 11) or d[0] not in "23456":
        return False
    w = [1, 3, 7, 9, 1, 3, 7, 9]
    return sum(int(a) * b for a, b in zip(d[:8], w)) % 10 == int(d[8])

def nz_ird_ok(s):
    d = digits(s)
    if len(d) == 8:
        d = "0" + d
    if len(d) != 9:
        return False
    base, chk = d[:8], int(d[8])
    for w in ([3, 2, 7, 6, 5, 4, 3, 2], [7, 4, 3, 2, 5, 2, 7, 6]):
        r = sum(int(a) * b for a, b in zip(base, w)) % 11
        c = 0 if r == 0 else 11 - r
        if c != 10:
            return c == chk
    return False

CHECKS.update({"au_medicare": au_medicare_ok, "nz_ird": nz_ird_ok})
