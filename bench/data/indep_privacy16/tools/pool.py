"""Generate made-up identifiers that pass their check-digit rules.

    python3 tools/pool.py [seed]      -> prints a pool to pick from by hand

Nothing here is looked up anywhere: numbers are random and only shaped to
satisfy the public check-digit algorithms in checks.py.  Where a fictitious
range exists it is used (NHS 999..., SIN 0..., SSN 987-65-432x).
"""
import datetime
import random
import sys

import checks as C


def _rd(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def iban(rng, cc, bank=None):
    if cc == "NL":
        bban = (bank or rng.choice(["INGB", "RABO", "ABNA", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ"])) + _rd(rng, 10)
    elif cc == "BE":
        first = (bank or rng.choice(["063", "068", "310", "001", "735", "973", "143"])) + _rd(rng, 7)
        bban = first + "%02d" % (int(first) % 97 or 97)
    elif cc in ("DK", "FO", "GL"):
        bban = (bank or {"DK": rng.choice(["2191", "3409", "9570", "5301", "1551", "7890"]),
                         "FO": rng.choice(["6460", "9181", "7600"]),
                         "GL": "6471"}[cc]) + _rd(rng, 10)
    elif cc == "GB":
        bban = (bank or rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ"])) + _rd(rng, 14)
    elif cc == "IE":
        bban = (bank or rng.choice(["AIBK", "BOFI", "IPBS", "PTSB"])) + _rd(rng, 14)
    elif cc == "DE":
        bban = _rd(rng, 18)
    else:
        raise ValueError(cc)
    s = cc + C.iban_check_digits(cc, bban) + bban
    assert C.iban_ok(s), s
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def bsn(rng):
    while True:
        d = rng.choice("123456789") + _rd(rng, 8)
        if C.bsn_ok(d):
            return d


def rrn(rng, born, male):
    yy = born.strftime("%y%m%d")
    while True:
        seq = rng.randrange(1, 998)
        if (seq % 2 == 1) != male:
            continue
        base = yy + "%03d" % seq
        pre = ("2" + base) if born.year >= 2000 else base
        chk = 97 - int(pre) % 97
        s = "%s.%s.%s-%s.%02d" % (base[:2], base[2:4], base[4:6], base[6:9], chk)
        assert C.rrn_ok(s), s
        return s


def cpr(rng, born, male, mod11=True):
    dd = born.strftime("%d%m%y")
    if born.year < 2000:
        sevenths = "0123"
    elif born.year <= 2036:
        sevenths = "49"
    else:
        raise ValueError
    while True:
        seq = rng.choice(sevenths) + _rd(rng, 3)
        if (int(seq[-1]) % 2 == 1) != male:
            continue
        s = dd + "-" + seq
        if mod11 and not C.cpr_mod11_ok(s):
            continue
        assert C.cpr_ok(s)
        return s


def nhs(rng):
    while True:
        d = "999" + _rd(rng, 7)
        if C.nhs_ok(d):
            return "%s %s %s" % (d[:3], d[3:6], d[6:])


def nino(rng):
    first = "ABCEGHJKLMNOPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = rng.choice(first) + rng.choice(second)
        if p in C._NINO_BAD_PREFIX:
            continue
        d = _rd(rng, 6)
        s = "%s %s %s %s %s" % (p, d[:2], d[2:4], d[4:], rng.choice("ABCD"))
        assert C.nino_ok(s)
        return s


def ppsn(rng, new=False):
    while True:
        num = _rd(rng, 7)
        extra = "A" if new else ""
        for L in "ABCDEFGHIJKLMNOPQRSTUVW":
            if C.ppsn_ok(num + L + extra):
                return num + L + extra


def sin(rng):
    p = "0" + _rd(rng, 7)
    d = p + C.luhn_digit(p)
    return "%s %s %s" % (d[:3], d[3:6], d[6:])


def card(rng, brand="visa"):
    if brand == "visa":
        p = "4" + _rd(rng, 14)
    elif brand == "mc":
        p = rng.choice(["51", "52", "53", "54", "55"]) + _rd(rng, 13)
    elif brand == "amex":
        p = rng.choice(["34", "37"]) + _rd(rng, 12)
        d = p + C.luhn_digit(p)
        return "%s %s %s" % (d[:4], d[4:10], d[10:])
    elif brand == "dankort":
        p = "5019" + _rd(rng, 11)
    else:
        raise ValueError(brand)
    d = p + C.luhn_digit(p)
    return " ".join(d[i:i + 4] for i in range(0, 16, 4))


def aadhaar(rng):
    p = rng.choice("23456789") + _rd(rng, 10)
    d = p + C.verhoeff_digit(p)
    assert C.aadhaar_ok(d), d
    return "%s %s %s" % (d[:4], d[4:8], d[8:])


def za_id(rng, born, male, citizen=True):
    seq = rng.randrange(5000, 9999) if male else rng.randrange(0, 4999)
    p = born.strftime("%y%m%d") + "%04d" % seq + ("0" if citizen else "1") + "8"
    d = p + C.luhn_digit(p)
    assert C.za_id_ok(d), d
    return d


def ird(rng):
    while True:
        n = rng.randrange(10_000_000, 149_999_999)
        d = str(n)
        if C.ird_ok(d):
            d = d.rjust(9, "0")
            return "%s-%s-%s" % (d[:3], d[3:6], d[6:])


def tfn(rng):
    while True:
        d = rng.choice("123456789") + _rd(rng, 8)
        if C.tfn_ok(d):
            return "%s %s %s" % (d[:3], d[3:6], d[6:])


def medicare(rng):
    p = rng.choice("23456") + _rd(rng, 7)
    w = (1, 3, 7, 9, 1, 3, 7, 9)
    chk = sum(int(a) * b for a, b in zip(p, w)) % 10
    d = p + str(chk) + rng.choice("123")
    assert C.medicare_ok(d)
    return "%s %s %s" % (d[:4], d[4:9], d[9:])


def pan(rng, surname_initial):
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    s = rng.choice(L) + rng.choice(L) + rng.choice(L) + "P" + surname_initial.upper() + _rd(rng, 4) + rng.choice(L)
    assert C.pan_ok(s)
    return s


def main():
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else 16
    rng = random.Random(seed)
    print("# seed", seed)
    for cc in ["NL", "NL", "NL", "BE", "BE", "DK", "DK", "DK", "FO", "GL", "GB", "GB", "IE", "IE"]:
        print("iban", cc, iban(rng, cc))
    for _ in range(4):
        print("bsn", bsn(rng))
    print("rrn", rrn(rng, datetime.date(1984, 3, 17), True))
    print("rrn", rrn(rng, datetime.date(2001, 11, 5), False))
    print("cpr", cpr(rng, datetime.date(1979, 6, 23), False))
    print("cpr", cpr(rng, datetime.date(2003, 2, 9), True))
    for _ in range(2):
        print("nhs", nhs(rng))
        print("nino", nino(rng))
        print("ppsn", ppsn(rng))
    print("ppsn new", ppsn(rng, True))
    print("sin", sin(rng))
    for b in ["visa", "visa", "mc", "mc", "amex", "dankort"]:
        print("card", b, card(rng, b))
    print("aadhaar", aadhaar(rng))
    print("za_id", za_id(rng, datetime.date(1991, 8, 14), True))
    print("ird", ird(rng))
    print("tfn", tfn(rng))
    print("medicare", medicare(rng))
    print("pan", pan(rng, "K"))


if __name__ == "__main__":
    main()
