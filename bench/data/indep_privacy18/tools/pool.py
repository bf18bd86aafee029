"""Generate valid, made-up identifiers (check digits pass).

    python3 tools/pool.py [seed] [n]

prints n examples of each kind.  The corpus parts copy values from here by
hand and build.py re-validates them.
"""
import random
import sys

import checks as C


def _d(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def bsn(rng):
    while True:
        s = str(rng.randint(1, 6)) + _d(rng, 8)
        if C.bsn_ok(s):
            return s


def rrn(rng, y=None, m=None, d=None, male=None):
    y = y or rng.randint(1950, 2005)
    m = m or rng.randint(1, 12)
    d = d or rng.randint(1, 28)
    seq = rng.randint(1, 997)
    if male is not None:
        if (seq % 2 == 1) != male:
            seq += 1
    base = "%02d%02d%02d%03d" % (y % 100, m, d, seq)
    n = int(("2" if y >= 2000 else "") + base)
    chk = 97 - n % 97
    s = base + "%02d" % chk
    return "%s.%s.%s-%s.%s" % (s[:2], s[2:4], s[4:6], s[6:9], s[9:])


def cpr(rng, y=None, m=None, d=None, male=None):
    y = y or rng.randint(1945, 2004)
    m = m or rng.randint(1, 12)
    d = d or rng.randint(1, 28)
    while True:
        if y >= 2000:
            d7 = rng.choice([4, 5, 6, 7, 8, 9])
        else:
            d7 = rng.choice([0, 1, 2, 3])
        rest = str(d7) + _d(rng, 3)
        s = "%02d%02d%02d%s" % (d, m, y % 100, rest)
        if male is not None and (int(s[-1]) % 2 == 1) != male:
            continue
        if C.cpr_mod11(s) and C.cpr_ok(s):
            return s[:6] + "-" + s[6:]


def ptal(rng, y=None, m=None, d=None):
    y = y or rng.randint(1950, 2000)
    m = m or rng.randint(1, 12)
    d = d or rng.randint(1, 28)
    return "%02d%02d%02d-%s" % (d, m, y % 100, _d(rng, 3))


def nhs(rng):
    while True:
        s = "999" + _d(rng, 7)  # 999 range is reserved for testing
        if C.nhs_ok(s):
            return "%s %s %s" % (s[:3], s[3:6], s[6:])


def ppsn(rng, second=""):
    num = _d(rng, 7)
    total = sum(int(num[i]) * (8 - i) for i in range(7))
    if second:
        total += (0 if second == "W" else ord(second) - 64) * 9
    return num + C.PPS_LETTERS[total % 23] + second


def sin(rng):
    payload = "0" + _d(rng, 7)  # 0xx: never issued
    s = payload + C.luhn_check_digit(payload)
    return "%s %s %s" % (s[:3], s[3:6], s[6:])


def aadhaar(rng):
    payload = str(rng.randint(2, 9)) + _d(rng, 10)
    s = payload + C.verhoeff_check_digit(payload)
    return "%s %s %s" % (s[:4], s[4:8], s[8:])


def said(rng, y=None, m=None, d=None, male=None):
    y = y or rng.randint(1955, 2003)
    m = m or rng.randint(1, 12)
    d = d or rng.randint(1, 28)
    g = rng.randint(5000, 9999) if male else rng.randint(0, 4999)
    if male is None:
        g = rng.randint(0, 9999)
    payload = "%02d%02d%02d%04d08" % (y % 100, m, d, g)
    return payload + C.luhn_check_digit(payload)


def tfn(rng):
    while True:
        s = _d(rng, 9)
        if s[0] != "0" and C.tfn_ok(s):
            return "%s %s %s" % (s[:3], s[3:6], s[6:])


def medicare(rng):
    w = [1, 3, 7, 9, 1, 3, 7, 9]
    first8 = str(rng.randint(2, 6)) + _d(rng, 7)
    chk = sum(int(a) * b for a, b in zip(first8, w)) % 10
    issue = str(rng.randint(1, 5))
    s = first8 + str(chk) + issue
    return "%s %s %s" % (s[:4], s[4:9], s[9])


def ird(rng):
    while True:
        s = str(rng.randint(20000000, 139999999))
        if C.ird_ok(s):
            s = s.zfill(9)
            return "%s-%s-%s" % (s[:3], s[3:6], s[6:])


def card(rng, prefix="4", length=16):
    payload = prefix + _d(rng, length - len(prefix) - 1)
    s = payload + C.luhn_check_digit(payload)
    if length == 15:
        return "%s %s %s" % (s[:4], s[4:10], s[10:])
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def iban(rng, cc, bank=None):
    if cc == "NL":
        bank = bank or rng.choice(["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ"])
        bban = bank + _d(rng, 10)
    elif cc == "BE":
        bban = C.be_bban_make(_d(rng, 10))
    elif cc in ("DK", "FO", "GL"):
        bban = (bank or _d(rng, 4)) + _d(rng, 10)
    elif cc in ("GB", "IE"):
        bban = (bank or ("AIBK" if cc == "IE" else "NWBK")) + _d(rng, 14)
    elif cc == "DE":
        bban = _d(rng, 18)
    else:
        raise ValueError(cc)
    s = C.iban_make(cc, bban)
    assert C.iban_ok(s), s
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def main():
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else 18
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 6
    rng = random.Random(seed)
    out = {
        "bsn": [bsn(rng) for _ in range(n)],
        "rrn": [rrn(rng) for _ in range(n)],
        "cpr": [cpr(rng) for _ in range(n)],
        "ptal": [ptal(rng) for _ in range(n)],
        "nhs": [nhs(rng) for _ in range(n)],
        "ppsn": [ppsn(rng) for _ in range(n)] + [ppsn(rng, "A")],
        "sin": [sin(rng) for _ in range(n)],
        "aadhaar": [aadhaar(rng) for _ in range(n)],
        "said": [said(rng) for _ in range(n)],
        "tfn": [tfn(rng) for _ in range(n)],
        "medicare": [medicare(rng) for _ in range(n)],
        "ird": [ird(rng) for _ in range(n)],
        "visa": [card(rng, "4") for _ in range(n)],
        "mc": [card(rng, "5" + str(rng.randint(1, 5))) for _ in range(n)],
        "amex": [card(rng, "37", 15) for _ in range(2)],
    }
    for cc in ("NL", "BE", "DK", "FO", "GL", "GB", "IE", "DE"):
        out["iban_" + cc] = [iban(rng, cc) for _ in range(n)]
    for k, vals in out.items():
        print(k.ljust(10), " | ".join(vals))


if __name__ == "__main__":
    main()
