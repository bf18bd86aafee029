"""Generate made-up identifiers that pass their checks.

Usage: python3 tools/pool.py [seed] [n]
Prints n examples of each kind; the record writer copies them by hand into
parts/*.py (build.py re-validates every one).
"""
import random
import sys

import checks as C

CONS = "BDFGHJKLNPRSTVXZ"   # letters used on Dutch plates


def rdig(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def bsn(rng):
    while True:
        d = rng.choice("123456789") + rdig(rng, 8)
        if C.bsn_ok(d):
            return d


def iban(rng, cc):
    if cc == "NL":
        bban = rng.choice(["INGB", "RABO", "ABNA", "SNSB", "ASNB", "TRIO", "BUNQ", "KNAB", "RBRB"]) + rdig(rng, 10)
    elif cc == "BE":
        b = rng.choice(["001", "063", "068", "143", "310", "363", "734", "737", "973"]) + rdig(rng, 7)
        r = int(b) % 97
        bban = b + "%02d" % (97 if r == 0 else r)
    elif cc in ("DK", "FO", "GL"):
        reg = {"DK": rng.choice(["1551", "2211", "3409", "5301", "9570", "6460", "7681", "0400"]),
               "FO": rng.choice(["6460", "9181", "9865"]),
               "GL": rng.choice(["6471", "6470"])}[cc]
        bban = reg + rdig(rng, 10)
    elif cc == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "SRLG", "MONZ"]) + rdig(rng, 14)
    elif cc == "IE":
        bban = rng.choice(["AIBK", "BOFI", "IPBS", "PTSB"]) + rdig(rng, 14)
    elif cc == "DE":
        bban = rdig(rng, 18)
    else:
        raise ValueError(cc)
    return C.iban_make(cc, bban)


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def rrn(rng):
    y = rng.randint(1940, 2006)
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    seq = "%03d" % rng.randint(1, 998)
    base = "%02d%02d%02d%s" % (y % 100, m, d, seq)
    cc = 97 - int(("2" if y >= 2000 else "") + base) % 97
    s = base + "%02d" % cc
    return "%s.%s.%s-%s.%s" % (s[0:2], s[2:4], s[4:6], s[6:9], s[9:])


def cpr(rng):
    while True:
        y = rng.randint(1940, 2004)
        d = "%02d%02d%02d" % (rng.randint(1, 28), rng.randint(1, 12), y % 100) + rdig(rng, 4)
        if C.cpr_strict_ok(d):
            return d[:6] + "-" + d[6:]


def nhs(rng):
    while True:
        d = "999" + rdig(rng, 6)      # 999 range is reserved for testing
        for c in "0123456789":
            if C.nhs_ok(d + c):
                return d[:3] + " " + d[3:6] + " " + d[6:] + c


def ppsn(rng):
    return C.ppsn_make(rdig(rng, 7), rng.choice(["", "", "A"]))


def sin(rng):
    p = rng.choice("1234567") + rdig(rng, 7)
    s = p + C.luhn_digit(p)
    return s[:3] + " " + s[3:6] + " " + s[6:]


def aadhaar(rng):
    p = rng.choice("23456789") + rdig(rng, 10)
    s = p + C.verhoeff_digit(p)
    return s[:4] + " " + s[4:8] + " " + s[8:]


def said(rng):
    while True:
        y = rng.randint(1950, 2004)
        p = "%02d%02d%02d" % (y % 100, rng.randint(1, 12), rng.randint(1, 28)) + rdig(rng, 4) + "08"
        s = p + C.luhn_digit(p)
        if C.said_ok(s):
            return s


def ird(rng):
    while True:
        s = "%09d" % rng.randint(10000001, 149999999)
        if C.ird_ok(s):
            s = s.lstrip("0") if len(s.lstrip("0")) == 8 else s
            return s[:-6] + "-" + s[-6:-3] + "-" + s[-3:]


def medicare(rng):
    p = rng.choice("23456") + rdig(rng, 7)
    w = [1, 3, 7, 9, 1, 3, 7, 9]
    c = str(sum(int(p[i]) * w[i] for i in range(8)) % 10)
    s = p + c + rng.choice("123")
    return s[:4] + " " + s[4:9] + " " + s[9]


def tfn(rng):
    while True:
        s = rdig(rng, 9)
        if s[0] != "0" and C.tfn_ok(s):
            return s[:3] + " " + s[3:6] + " " + s[6:]


def card(rng, prefix, length=16):
    p = prefix + rdig(rng, length - len(prefix) - 1)
    s = p + C.luhn_digit(p)
    if length == 15:
        return s[:4] + " " + s[4:10] + " " + s[10:]
    return group4(s)


def nl_plate(rng):
    L = lambda n: "".join(rng.choice(CONS) for _ in range(n))
    f = rng.choice([
        lambda: "%s-%s-%s" % (L(2), rdig(rng, 3), L(1)),
        lambda: "%s-%s-%s" % (rdig(rng, 1), L(3), rdig(rng, 2)),
        lambda: "%s-%s-%s" % (L(1), rdig(rng, 3), L(2)),
        lambda: "%s-%s-%s" % (L(3), rdig(rng, 2), L(1)),
        lambda: "%s-%s-%s" % (rdig(rng, 2), L(3), rdig(rng, 1)),
    ])
    return f()


def main():
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else 19
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 6
    rng = random.Random(seed)
    out = {
        "bsn": [bsn(rng) for _ in range(n)],
        "iban_NL": [group4(iban(rng, "NL")) for _ in range(n)],
        "iban_BE": [group4(iban(rng, "BE")) for _ in range(n)],
        "iban_DK": [group4(iban(rng, "DK")) for _ in range(n)],
        "iban_FO": [group4(iban(rng, "FO")) for _ in range(2)],
        "iban_GL": [group4(iban(rng, "GL")) for _ in range(2)],
        "iban_GB": [group4(iban(rng, "GB")) for _ in range(n)],
        "iban_IE": [group4(iban(rng, "IE")) for _ in range(n)],
        "iban_DE": [group4(iban(rng, "DE")) for _ in range(2)],
        "rrn": [rrn(rng) for _ in range(n)],
        "cpr": [cpr(rng) for _ in range(n)],
        "nhs": [nhs(rng) for _ in range(n)],
        "ppsn": [ppsn(rng) for _ in range(n)],
        "sin": [sin(rng) for _ in range(n)],
        "aadhaar": [aadhaar(rng) for _ in range(n)],
        "said": [said(rng) for _ in range(n)],
        "ird": [ird(rng) for _ in range(n)],
        "medicare": [medicare(rng) for _ in range(n)],
        "tfn": [tfn(rng) for _ in range(n)],
        "visa": [card(rng, "4") for _ in range(n)],
        "mc": [card(rng, rng.choice(["51", "52", "53", "54", "55", "2221"])) for _ in range(n)],
        "amex": [card(rng, rng.choice(["34", "37"]), 15) for _ in range(2)],
        "dankort": [card(rng, "5019") for _ in range(2)],
        "nl_plate": [nl_plate(rng) for _ in range(n)],
    }
    for k, v in out.items():
        print("%-9s %s" % (k, " | ".join(v)))


if __name__ == "__main__":
    main()
