"""Generate valid, made-up identifiers for the corpus (standard library only).

Usage:  python3 tools/pool.py [seed] [how_many]

Prints a few candidates per scheme.  The values in parts/*.py were picked from this
output (and sometimes re-formatted by hand, e.g. grouped the way people write them).
Every value is re-validated by build.py.
"""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import checks as C  # noqa: E402


def rnd_digits(rng, n, first_nonzero=False):
    s = "".join(rng.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(rng.randint(1, 9)) + s[1:]
    return s


def bsn(rng):
    while True:
        d = rnd_digits(rng, 9, True)
        if C.bsn_ok(d):
            return d


def rrn(rng, y=None, m=None, d=None):
    y = y if y is not None else rng.randint(1940, 2012)
    m = m or rng.randint(1, 12)
    d = d or rng.randint(1, 28)
    seq = "%03d" % rng.randint(1, 996)
    base = "%02d%02d%02d%s" % (y % 100, m, d, seq)
    n = int(("2" + base) if y >= 2000 else base)
    cc = 97 - n % 97
    s = "%s%02d" % (base, cc)
    return "%s.%s.%s-%s.%s" % (s[0:2], s[2:4], s[4:6], s[6:9], s[9:])


def cpr(rng, y=None, m=None, d=None, female=None):
    """CPR passing modulus 11; last digit even for women, odd for men."""
    y = y if y is not None else rng.randint(1940, 2005)
    m = m or rng.randint(1, 12)
    d = d or rng.randint(1, 28)
    while True:
        if y >= 2000:
            d7 = rng.choice("4")
        else:
            d7 = rng.choice("0123")
        s = "%02d%02d%02d%s%s" % (d, m, y % 100, d7, rnd_digits(rng, 3))
        if C.cpr_ok(s) and (female is None or (int(s[-1]) % 2 == 0) == female):
            return s[:6] + "-" + s[6:]


def ptal(rng):
    y = rng.randint(1950, 2000)
    return "%02d%02d%02d-%s" % (rng.randint(1, 28), rng.randint(1, 12), y % 100, rnd_digits(rng, 3))


def nhs(rng):
    while True:
        d = rnd_digits(rng, 9, True)
        tot = sum(int(d[i]) * (10 - i) for i in range(9))
        c = 11 - tot % 11
        if c == 11:
            c = 0
        if c != 10:
            s = d + str(c)
            return "%s %s %s" % (s[:3], s[3:6], s[6:])


def nino(rng):
    first = "ABCEGHJKLMNPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = rng.choice(first) + rng.choice(second)
        if p not in C.NINO_BAD_PREFIX:
            d = rnd_digits(rng, 6)
            return "%s %s %s %s %s" % (p, d[:2], d[2:4], d[4:], rng.choice("ABCD"))


def ppsn(rng, second=""):
    d = rnd_digits(rng, 7)
    return d + C.ppsn_letter(d, second) + second


def card(rng, prefix="4", length=16):
    body = prefix + rnd_digits(rng, length - len(prefix) - 1)
    s = body + C.luhn_digit(body)
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def sin(rng):
    body = str(rng.choice([1, 2, 3, 4, 5, 6, 7])) + rnd_digits(rng, 7)
    s = body + C.luhn_digit(body)
    return "%s %s %s" % (s[:3], s[3:6], s[6:])


def ssn(rng):
    while True:
        a = "%03d" % rng.randint(1, 899)
        if a != "666":
            return "%s-%02d-%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


def aadhaar(rng):
    body = str(rng.randint(2, 9)) + rnd_digits(rng, 10)
    s = body + C.verhoeff_digit(body)
    return "%s %s %s" % (s[:4], s[4:8], s[8:])


def pan(rng):
    L = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    return "".join(rng.choice(L) for _ in range(3)) + "P" + rng.choice(L) + rnd_digits(rng, 4) + rng.choice(L)


def said(rng, y=None, m=None, d=None, female=None):
    y = y if y is not None else rng.randint(1950, 2004)
    m = m or rng.randint(1, 12)
    d = d or rng.randint(1, 28)
    female = rng.random() < 0.5 if female is None else female
    g = rng.randint(0, 4999) if female else rng.randint(5000, 9999)
    body = "%02d%02d%02d%04d08" % (y % 100, m, d, g)
    return body + C.luhn_digit(body)


def ird(rng):
    while True:
        n = rng.randint(10000000, 14999999)
        base = str(n).zfill(9)[:8]
        for c in "0123456789":
            s = base + c
            if C.ird_ok(s):
                return "%s-%s-%s" % (s[:3], s[3:6], s[6:])


def medicare(rng):
    body = str(rng.randint(2, 6)) + rnd_digits(rng, 7)
    w = [1, 3, 7, 9, 1, 3, 7, 9]
    c = sum(int(a) * b for a, b in zip(body, w)) % 10
    s = body + str(c) + str(rng.randint(1, 9))
    return "%s %s %s" % (s[:4], s[4:9], s[9:])


def tfn(rng):
    while True:
        s = rnd_digits(rng, 9, True)
        if C.tfn_ok(s):
            return "%s %s %s" % (s[:3], s[3:6], s[6:])


def iban(rng, cc):
    L = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    if cc == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ"]) + rnd_digits(rng, 10)
    elif cc == "BE":
        b = rnd_digits(rng, 10)
        b += "%02d" % ((int(b) % 97) or 97)
        bban = b
    elif cc in ("DK", "FO", "GL"):
        bban = rnd_digits(rng, 14)
    elif cc in ("GB", "IE"):
        bban = rng.choice(["NWBK", "BARC", "LOYD", "MIDL", "AIBK", "BOFI"] if cc == "GB" else ["AIBK", "BOFI", "IPBS"]) + rnd_digits(rng, 14)
    elif cc == "DE":
        bban = rnd_digits(rng, 18)
    else:
        bban = "".join(rng.choice(L) for _ in range(4)) + rnd_digits(rng, 14)
    return C.iban_pretty(C.iban_make(cc, bban))


def gsrn(rng, prefix="871687"):
    body = prefix + rnd_digits(rng, 17 - len(prefix))
    return body + C.gs1_digit(body)


def main():
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 4
    rng = random.Random(seed)
    gens = {
        "bsn": bsn, "rrn": rrn, "cpr": cpr, "ptal": ptal, "nhs": nhs, "nino": nino,
        "ppsn": ppsn, "card_visa": card, "card_mc": lambda r: card(r, "5"),
        "sin": sin, "ssn": ssn, "aadhaar": aadhaar, "pan": pan, "said": said,
        "ird": ird, "medicare": medicare, "tfn": tfn,
        "iban_NL": lambda r: iban(r, "NL"), "iban_BE": lambda r: iban(r, "BE"),
        "iban_DK": lambda r: iban(r, "DK"), "iban_FO": lambda r: iban(r, "FO"),
        "iban_GL": lambda r: iban(r, "GL"), "iban_GB": lambda r: iban(r, "GB"),
        "iban_IE": lambda r: iban(r, "IE"), "iban_DE": lambda r: iban(r, "DE"),
        "ean_nl": gsrn, "gsrn_dk": lambda r: gsrn(r, "571313"),
    }
    for name, g in gens.items():
        print("%-10s %s" % (name, "   ".join(g(rng) for _ in range(n))))


if __name__ == "__main__":
    main()
