"""Generate made-up identifiers that pass their check digits.

    python3 tools/pool.py [seed] [count]

prints a pool of candidates per scheme; the part files copy values from it by
hand. Every generated value is re-validated with tools/checks.py.
"""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import checks as C  # noqa: E402


def rdigits(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


def bsn(r):
    while True:
        d = r.choice("123456789") + rdigits(r, 7)
        for last in "0123456789":
            if C.bsn_ok(d + last):
                return d + last


def rrn(r, y, m, d, male):
    while True:
        seq = r.randrange(1, 998)
        if (seq % 2 == 1) != male:
            continue
        base = "%02d%02d%02d%03d" % (y % 100, m, d, seq)
        num = int(("2" + base) if y >= 2000 else base)
        chk = 97 - num % 97
        s = "%s.%s.%s-%s.%02d" % (base[0:2], base[2:4], base[4:6], base[6:9], chk)
        assert C.rrn_ok(s)
        return s


def cpr(r, y, m, d, male):
    while True:
        seq = "%d%s" % (r.choice([0, 1, 2, 3]) if y < 2000 else r.choice([4, 5, 6]), rdigits(r, 3))
        s = "%02d%02d%02d-%s" % (d, m, y % 100, seq)
        if C.cpr_mod11_ok(s) and (int(s[-1]) % 2 == 1) == male:
            return s


def ptal(r, y, m, d):
    return "%02d%02d%02d-%s" % (d, m, y % 100, rdigits(r, 3))


def nhs(r):
    while True:
        d = "999" + rdigits(r, 6)
        for last in "0123456789":
            if C.nhs_ok(d + last):
                return "%s %s %s" % ((d + last)[:3], (d + last)[3:6], (d + last)[6:])


def ppsn(r, second="A"):
    while True:
        d = rdigits(r, 7)
        for chk in "ABCDEFGHIJKLMNOPQRSTUVW":
            if C.ppsn_ok(d + chk + second):
                return d + chk + second


def sin(r):
    d = r.choice("1234567") + rdigits(r, 7)
    d += C.luhn_digit(d)
    return "%s %s %s" % (d[:3], d[3:6], d[6:])


def card(r, prefix, length=16):
    d = prefix + rdigits(r, length - len(prefix) - 1)
    d += C.luhn_digit(d)
    return " ".join(d[i:i + 4] for i in range(0, len(d), 4))


def aadhaar(r):
    d = r.choice("23456789") + rdigits(r, 10)
    d += C.verhoeff_digit(d)
    assert C.aadhaar_ok(d)
    return "%s %s %s" % (d[:4], d[4:8], d[8:])


def sa_id(r, y, m, d, male, citizen=True):
    g = r.choice("56789") if male else r.choice("01234")
    base = "%02d%02d%02d%s%s%d8" % (y % 100, m, d, g, rdigits(r, 3), 0 if citizen else 1)
    return base + C.luhn_digit(base)


def ird(r):
    while True:
        d = str(r.randrange(10000000, 149999999)).zfill(9)[:8]
        for last in "0123456789":
            if C.ird_ok(d + last):
                s = (d + last).lstrip("0")
                return s
        # no valid check digit -> try again


def medicare(r):
    d = r.choice("23456") + rdigits(r, 7)
    w = [1, 3, 7, 9, 1, 3, 7, 9]
    d += str(sum(int(a) * b for a, b in zip(d, w)) % 10)
    d += r.choice("123")
    return "%s %s %s" % (d[:4], d[4:9], d[9])


def tfn(r):
    while True:
        d = rdigits(r, 8)
        for last in "0123456789":
            if C.tfn_ok(d + last):
                s = d + last
                return "%s %s %s" % (s[:3], s[3:6], s[6:])


def iban(r, cc, bank=""):
    n = {"NL": 10, "BE": 12, "DK": 10, "FO": 10, "GL": 10, "GB": 14, "IE": 14, "DE": 18}[cc]
    if cc == "BE":
        first = (bank or "") + rdigits(r, 10 - len(bank))
        bban = first + "%02d" % (int(first) % 97 or 97)
    elif cc in ("GB", "IE"):
        bban = bank + rdigits(r, 18 - len(bank))
    else:
        bban = bank + rdigits(r, n)
    s = C.make_iban(cc, bban)
    assert C.iban_ok(s), s
    return C.format_iban(s)


def main():
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else 17
    k = int(sys.argv[2]) if len(sys.argv) > 2 else 6
    r = random.Random(seed)
    out = []
    out.append(("bsn", [bsn(r) for _ in range(k)]))
    out.append(("rrn", [rrn(r, r.randrange(1950, 2004), r.randrange(1, 13), r.randrange(1, 29), r.random() < .5) for _ in range(k)]))
    out.append(("cpr", [cpr(r, r.randrange(1940, 2000), r.randrange(1, 13), r.randrange(1, 29), r.random() < .5) for _ in range(k)]))
    out.append(("ptal", [ptal(r, r.randrange(1950, 2000), r.randrange(1, 13), r.randrange(1, 29)) for _ in range(3)]))
    out.append(("nhs", [nhs(r) for _ in range(k)]))
    out.append(("ppsn", [ppsn(r) for _ in range(k)]))
    out.append(("sin", [sin(r) for _ in range(k)]))
    out.append(("tfn", [tfn(r) for _ in range(k)]))
    out.append(("medicare", [medicare(r) for _ in range(k)]))
    out.append(("ird", [ird(r) for _ in range(k)]))
    out.append(("sa_id", [sa_id(r, r.randrange(1950, 2003), r.randrange(1, 13), r.randrange(1, 29), r.random() < .5) for _ in range(k)]))
    out.append(("aadhaar", [aadhaar(r) for _ in range(k)]))
    out.append(("visa", [card(r, "4" + rdigits(r, 5)) for _ in range(k)]))
    out.append(("mastercard", [card(r, "5" + r.choice("12345") + rdigits(r, 4)) for _ in range(k)]))
    out.append(("amex", [card(r, "37" + rdigits(r, 4), 15) for _ in range(2)]))
    for cc, banks in (("NL", ["INGB", "RABO", "ABNA", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ"]),
                      ("BE", ["001", "068", "363", "734", "751", "063"]),
                      ("DK", ["1551", "3001", "5470", "9570", "2200", "0400"]),
                      ("FO", ["6460", "9181"]), ("GL", ["6471"]),
                      ("GB", ["NWBK601613", "BARC203214", "LOYD309634", "MIDL401276", "HLFX110001"]),
                      ("IE", ["AIBK931152", "BOFI900017", "IPBS990604"]), ("DE", [""])):
        out.append(("iban_" + cc, [iban(r, cc, b) for b in banks]))
    for name, vals in out:
        print("%-11s %s" % (name, " | ".join(vals)))


if __name__ == "__main__":
    main()
