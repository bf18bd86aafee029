"""Generate made-up identifiers that pass their check digits.

    python3 tools/pool.py [seed]      # prints a pool to copy from by hand

The records in parts/*.py were written by hand; this script only provided
numbers that are valid-looking and pass their checks.  Every value it
prints is re-validated with checks.py.
"""
import datetime
import random
import sys

import checks as C


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def nl_iban(rng, bank):
    return C.iban_make("NL", bank + digits(rng, 10))


def be_iban(rng):
    first = str(rng.randint(1, 9)) + digits(rng, 9)
    chk = int(first) % 97 or 97
    return C.iban_make("BE", "%s%02d" % (first, chk))


def dk_iban(rng, cc="DK", reg=None):
    reg = reg or digits(rng, 4)
    return C.iban_make(cc, reg + digits(rng, 10))


def gb_iban(rng, bank, cc="GB"):
    return C.iban_make(cc, bank + digits(rng, 14))


def de_iban(rng):
    return C.iban_make("DE", digits(rng, 18))


def bsn(rng):
    while True:
        d = str(rng.randint(1, 6)) + digits(rng, 8)
        if C.bsn_ok(d):
            return d


def rrn(rng, born, male):
    seq = rng.randrange(1, 998)
    if (seq % 2 == 1) != male:
        seq += 1
    body = born.strftime("%y%m%d") + "%03d" % seq
    base = int(("2" if born.year >= 2000 else "") + body)
    return body + "%02d" % (97 - base % 97)


def cpr(rng, born, male, mod11=True):
    while True:
        if born.year < 2000:
            c7 = rng.choice("0123")
        else:
            c7 = rng.choice("4")
        seq = c7 + digits(rng, 3)
        if (int(seq[-1]) % 2 == 1) != male:
            continue
        s = born.strftime("%d%m%y") + seq
        if C.cpr_ok(s) and (C.cpr_mod11(s) == mod11):
            return s[:6] + "-" + s[6:]


def nhs(rng):
    while True:
        d = "999" + digits(rng, 7)  # 999 range is used for test patients
        if C.nhs_ok(d):
            return d[:3] + " " + d[3:6] + " " + d[6:]


def ppsn(rng, extra=""):
    d = digits(rng, 7)
    return d + C.ppsn_letter(d, extra) + extra


def sin(rng, first):
    p = first + digits(rng, 7)
    d = p + C.luhn_digit(p)
    return d[:3] + " " + d[3:6] + " " + d[6:]


def card(rng, prefix, length=16):
    p = prefix + digits(rng, length - 1 - len(prefix))
    d = p + C.luhn_digit(p)
    return " ".join(d[i:i + 4] for i in range(0, len(d), 4))


def aadhaar(rng):
    p = str(rng.randint(2, 9)) + digits(rng, 10)
    d = p + C.verhoeff_digit(p)
    assert C.aadhaar_ok(d)
    return d[:4] + " " + d[4:8] + " " + d[8:]


def said(rng, born, male):
    g = rng.randint(5000, 9999) if male else rng.randint(0, 4999)
    p = born.strftime("%y%m%d") + "%04d" % g + "08"
    return p + C.luhn_digit(p)


def ird(rng):
    while True:
        d = str(rng.randint(10_000_001, 149_999_999))
        if C.ird_ok(d):
            return d


def tfn(rng):
    while True:
        d = digits(rng, 9)
        if d[0] != "0" and C.tfn_ok(d):
            return d


def medicare(rng):
    first = str(rng.randint(2, 6)) + digits(rng, 7)
    w = [1, 3, 7, 9, 1, 3, 7, 9]
    c = sum(int(a) * b for a, b in zip(first, w)) % 10
    d = first + str(c) + str(rng.randint(1, 3))
    assert C.medicare_ok(d)
    return d[:4] + " " + d[4:9] + " " + d[9:]


def ean18_energy(rng):
    p = "8716" + digits(rng, 13)
    return p + C.gs1_digit(p)


def main():
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else 14
    rng = random.Random(seed)
    D = datetime.date
    out = []
    for bank in ("INGB", "RABO", "ABNA", "SNSB", "TRIO", "KNAB", "ASNB", "BUNQ"):
        out.append(("nl_iban", C.iban_group(nl_iban(rng, bank))))
    for _ in range(5):
        out.append(("be_iban", C.iban_group(be_iban(rng))))
    for _ in range(8):
        out.append(("dk_iban", C.iban_group(dk_iban(rng))))
    out.append(("fo_iban", C.iban_group(dk_iban(rng, "FO", "6460"))))
    out.append(("fo_iban", C.iban_group(dk_iban(rng, "FO", "9181"))))
    out.append(("gl_iban", C.iban_group(dk_iban(rng, "GL", "6471"))))
    out.append(("gl_iban", C.iban_group(dk_iban(rng, "GL", "6471"))))
    for bank in ("NWBK", "BARC", "LOYD", "MIDL", "HBUK"):
        out.append(("gb_iban", C.iban_group(gb_iban(rng, bank))))
    for bank in ("AIBK", "BOFI", "IPBS"):
        out.append(("ie_iban", C.iban_group(gb_iban(rng, bank, "IE"))))
    out.append(("de_iban", C.iban_group(de_iban(rng))))
    for _ in range(10):
        out.append(("bsn", bsn(rng)))
    for b, m in ((D(1984, 3, 12), True), (D(1991, 11, 2), False), (D(1967, 6, 28), True),
                 (D(2001, 8, 9), False), (D(1975, 1, 30), False)):
        r = rrn(rng, b, m)
        out.append(("rrn %s" % b, "%s.%s.%s-%s.%s" % (r[:2], r[2:4], r[4:6], r[6:9], r[9:])))
    for b, m, mod in ((D(1982, 4, 17), False, True), (D(1958, 12, 3), True, True),
                      (D(1990, 7, 21), True, False), (D(1973, 2, 9), False, True),
                      (D(2003, 5, 30), False, False), (D(1966, 10, 14), True, True),
                      (D(1995, 1, 6), False, True), (D(1987, 9, 25), True, False),
                      (D(1949, 3, 3), False, True), (D(1979, 8, 11), True, True)):
        out.append(("cpr %s" % b, cpr(rng, b, m, mod)))
    for _ in range(6):
        out.append(("nhs", nhs(rng)))
    for e in ("", "", "A", ""):
        out.append(("ppsn", ppsn(rng, e)))
    for f in ("4", "5", "1", "7"):
        out.append(("sin", sin(rng, f)))
    for p in ("4", "4", "5", "5", "4571", "5019", "37", "4"):
        out.append(("card", card(rng, p, 15 if p == "37" else 16)))
    for _ in range(4):
        out.append(("aadhaar", aadhaar(rng)))
    for b, m in ((D(1988, 2, 14), False), (D(1976, 9, 3), True), (D(1993, 12, 20), True)):
        out.append(("said %s" % b, said(rng, b, m)))
    for _ in range(3):
        out.append(("ird", ird(rng)))
    for _ in range(3):
        out.append(("tfn", tfn(rng)))
    for _ in range(3):
        out.append(("medicare", medicare(rng)))
    for _ in range(6):
        out.append(("ean18", ean18_energy(rng)))
    for k, v in out:
        print("%-22s %s" % (k, v))


if __name__ == "__main__":
    main()
