"""Check-digit validators and generators for the identifiers planted in the corpus.

Standard library only.  `python3 tools/idcheck.py` prints a deterministic pool of
valid fictitious identifiers that the record authors picked from.
"""
import datetime
import random
import re
import string


def digits(s):
    return re.sub(r"\D", "", s)


# ---------------------------------------------------------------- Luhn
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


def luhn_complete(prefix_digits):
    for c in "0123456789":
        if luhn_ok(prefix_digits + c):
            return prefix_digits + c
    raise AssertionError


def make_card(rng, prefix, length):
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    return luhn_complete(body)


# ---------------------------------------------------------------- IBAN
IBAN_LEN = {"NL": 18, "BE": 16, "DK": 18, "FO": 18, "GL": 18, "GB": 22, "IE": 22,
            "DE": 22, "FR": 27, "ES": 24, "PL": 28, "SE": 24, "NO": 15, "LU": 20}


def iban_ok(iban):
    s = re.sub(r"\s", "", iban).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if s[:2] in IBAN_LEN and len(s) != IBAN_LEN[s[:2]]:
        return False
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    if int(n) % 97 != 1:
        return False
    if s[:2] == "BE":  # national check inside the Belgian BBAN
        b = s[4:]
        chk = int(b[:10]) % 97 or 97
        return chk == int(b[10:12])
    return True


def make_iban(cc, bban):
    r = bban + cc + "00"
    n = "".join(str(int(c, 36)) for c in r)
    check = 98 - int(n) % 97
    return "%s%02d%s" % (cc, check, bban)


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


# ---------------------------------------------------------------- NL BSN (11-proef)
def bsn_ok(num):
    d = digits(num)
    if len(d) != 9:
        return False
    w = [9, 8, 7, 6, 5, 4, 3, 2, -1]
    return d != "000000000" and sum(int(a) * b for a, b in zip(d, w)) % 11 == 0


def make_bsn(rng):
    while True:
        d = [rng.randint(1, 6)] + [rng.randint(0, 9) for _ in range(7)]
        s = sum(a * b for a, b in zip(d, [9, 8, 7, 6, 5, 4, 3, 2]))
        c = s % 11
        if c <= 9:
            return "".join(map(str, d)) + str(c)


# ---------------------------------------------------------------- BE rijksregisternummer
def rrn_ok(num):
    d = digits(num)
    if len(d) != 11:
        return False
    base, chk = int(d[:9]), int(d[9:])
    if 97 - base % 97 == chk:
        return True
    return 97 - int("2" + d[:9]) % 97 == chk


def make_rrn(date, seq):
    d9 = date.strftime("%y%m%d") + "%03d" % seq
    base = d9 if date.year < 2000 else "2" + d9
    chk = 97 - int(base) % 97
    s = d9 + "%02d" % chk
    return "%s.%s.%s-%s.%s" % (s[0:2], s[2:4], s[4:6], s[6:9], s[9:11])


# ---------------------------------------------------------------- DK CPR (modulus 11 variant)
CPR_W = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1]


def cpr_ok(num):
    d = digits(num)
    if len(d) != 10:
        return False
    try:
        datetime.date(1900 + int(d[4:6]), int(d[2:4]), int(d[0:2]))
    except ValueError:
        try:
            datetime.date(2000 + int(d[4:6]), int(d[2:4]), int(d[0:2]))
        except ValueError:
            return False
    return sum(int(a) * b for a, b in zip(d, CPR_W)) % 11 == 0


def make_cpr(rng, date, male):
    while True:
        seq = "%03d" % rng.randint(0, 3999 // 10 if date.year < 2000 else 999)
        if date.year >= 2000:
            seq = str(rng.choice([4, 5, 6, 7, 8, 9])) + seq[1:]
        pre = date.strftime("%d%m%y") + seq
        s = sum(int(a) * b for a, b in zip(pre, CPR_W[:9]))
        c = (-s) % 11
        if c == 10:
            continue
        if (c % 2 == 1) != male:
            continue
        return pre[:6] + "-" + pre[6:] + str(c)


# ---------------------------------------------------------------- UK NHS / Scottish CHI
def nhs_ok(num):
    d = digits(num)
    if len(d) != 10:
        return False
    s = sum(int(a) * b for a, b in zip(d[:9], range(10, 1, -1)))
    c = 11 - s % 11
    if c == 11:
        c = 0
    return c != 10 and c == int(d[9])


def make_nhs(rng, first9=None):
    while True:
        d = first9 or "".join(str(rng.randint(0, 9)) for _ in range(9))
        if first9 is None:
            d = str(rng.randint(4, 6)) + d[1:]
        s = sum(int(a) * b for a, b in zip(d, range(10, 1, -1)))
        c = 11 - s % 11
        if c == 11:
            c = 0
        if c == 10:
            if first9:
                return None
            continue
        x = d + str(c)
        return "%s %s %s" % (x[:3], x[3:6], x[6:])


# ---------------------------------------------------------------- UK NI number
def ni_ok(num):
    s = re.sub(r"\s", "", num).upper()
    if not re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", s):
        return False
    return s[:2] not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


# ---------------------------------------------------------------- IE PPSN
def ppsn_ok(num):
    s = re.sub(r"\s", "", num).upper()
    m = re.fullmatch(r"(\d{7})([A-W])([A-IW]?)", s)
    if not m:
        return False
    total = sum(int(a) * b for a, b in zip(m.group(1), range(8, 1, -1)))
    if m.group(3):
        total += (0 if m.group(3) == "W" else ord(m.group(3)) - 64) * 9
    r = total % 23
    return ("W" if r == 0 else chr(64 + r)) == m.group(2)


def make_ppsn(rng, second="A"):
    d = "".join(str(rng.randint(0, 9)) for _ in range(7))
    total = sum(int(a) * b for a, b in zip(d, range(8, 1, -1)))
    if second:
        total += (0 if second == "W" else ord(second) - 64) * 9
    r = total % 23
    return d + ("W" if r == 0 else chr(64 + r)) + (second or "")


# ---------------------------------------------------------------- US SSN (format rules only)
def ssn_ok(num):
    d = digits(num)
    if len(d) != 9:
        return False
    a, g, s = d[:3], d[3:5], d[5:]
    return a not in ("000", "666") and a[0] != "9" and g != "00" and s != "0000"


# ---------------------------------------------------------------- CA SIN
def sin_ok(num):
    d = digits(num)
    return len(d) == 9 and d[0] not in "08" and luhn_ok(d)


# ---------------------------------------------------------------- AU TFN / Medicare
def tfn_ok(num):
    d = digits(num)
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    return len(d) == 9 and sum(int(a) * b for a, b in zip(d, w)) % 11 == 0


def make_tfn(rng):
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    while True:
        d = "".join(str(rng.randint(0, 9)) for _ in range(9))
        if d[0] != "0" and sum(int(a) * b for a, b in zip(d, w)) % 11 == 0:
            return "%s %s %s" % (d[:3], d[3:6], d[6:])


def medicare_ok(num):
    d = digits(num)
    if len(d) not in (10, 11) or d[0] not in "23456":
        return False
    w = [1, 3, 7, 9, 1, 3, 7, 9]
    return sum(int(a) * b for a, b in zip(d[:8], w)) % 10 == int(d[8])


def make_medicare(rng):
    d = str(rng.randint(2, 6)) + "".join(str(rng.randint(0, 9)) for _ in range(7))
    c = sum(int(a) * b for a, b in zip(d, [1, 3, 7, 9, 1, 3, 7, 9])) % 10
    x = d + str(c) + str(rng.randint(1, 5))
    return "%s %s %s" % (x[:4], x[4:9], x[9])


# ---------------------------------------------------------------- NZ IRD
def ird_ok(num):
    d = digits(num)
    if len(d) not in (8, 9):
        return False
    n = int(d)
    if not 10000000 < n < 150000000:
        return False
    base = d[:-1].zfill(8)
    for w in ([3, 2, 7, 6, 5, 4, 3, 2], [7, 4, 3, 2, 5, 2, 7, 6]):
        r = sum(int(a) * b for a, b in zip(base, w)) % 11
        c = 0 if r == 0 else 11 - r
        if c != 10:
            return c == int(d[-1])
    return False


def make_ird(rng):
    while True:
        base = "%08d" % rng.randint(10000000, 14999999)
        cand = None
        for w in ([3, 2, 7, 6, 5, 4, 3, 2], [7, 4, 3, 2, 5, 2, 7, 6]):
            r = sum(int(a) * b for a, b in zip(base, w)) % 11
            c = 0 if r == 0 else 11 - r
            if c != 10:
                cand = base + str(c)
                break
        if cand and ird_ok(cand):
            return "%s-%s-%s" % (cand[:3], cand[3:6], cand[6:])


# ---------------------------------------------------------------- ZA ID
def said_ok(num):
    d = digits(num)
    if len(d) != 13:
        return False
    try:
        datetime.datetime.strptime(d[:6], "%y%m%d")
    except ValueError:
        return False
    return d[10] in "01" and luhn_ok(d)


def make_said(rng, date, male):
    g = rng.randint(5000, 9999) if male else rng.randint(0, 4999)
    return luhn_complete(date.strftime("%y%m%d") + "%04d" % g + "08")


# ---------------------------------------------------------------- US ABA routing number
def aba_ok(num):
    d = digits(num)
    if len(d) != 9:
        return False
    w = [3, 7, 1] * 3
    return sum(int(a) * b for a, b in zip(d, w)) % 10 == 0


CHECKS = {
    "luhn": luhn_ok, "iban": iban_ok, "bsn": bsn_ok, "rrn": rrn_ok, "cpr": cpr_ok,
    "nhs": nhs_ok, "chi": nhs_ok, "ni": ni_ok, "ppsn": ppsn_ok, "ssn": ssn_ok,
    "sin": sin_ok, "tfn": tfn_ok, "medicare": medicare_ok, "ird": ird_ok,
    "said": said_ok, "aba": aba_ok,
}


def check(kind, value):
    """kind 'none' means: identifier without a public check digit (passport, licence...)."""
    if kind == "none":
        return True
    return CHECKS[kind](value)


if __name__ == "__main__":
    rng = random.Random(20240612)
    print("BSN", [make_bsn(rng) for _ in range(14)])
    print("RRN", [make_rrn(datetime.date(1985, 7, 30), 33), make_rrn(datetime.date(1962, 11, 4), 152),
                  make_rrn(datetime.date(2001, 3, 9), 87), make_rrn(datetime.date(1990, 2, 17), 244),
                  make_rrn(datetime.date(1978, 9, 23), 411)])
    for cc, gen in [("NL", lambda: rng.choice(["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "BUNQ", "KNAB"]) + "%010d" % rng.randint(10 ** 8, 10 ** 10 - 1)),
                    ("DK", lambda: "%04d" % rng.randint(1000, 9899) + "%010d" % rng.randint(10 ** 6, 10 ** 10 - 1)),
                    ("GB", lambda: rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + "%06d" % rng.randint(10 ** 5, 10 ** 6 - 1) + "%08d" % rng.randint(10 ** 7, 10 ** 8 - 1)),
                    ("IE", lambda: rng.choice(["AIBK", "BOFI", "IPBS"]) + "%06d" % rng.randint(900000, 999999) + "%08d" % rng.randint(10 ** 7, 10 ** 8 - 1)),
                    ("DE", lambda: "%018d" % rng.randint(10 ** 17, 10 ** 18 - 1)),
                    ("FO", lambda: "%014d" % rng.randint(10 ** 13, 10 ** 14 - 1)),
                    ("GL", lambda: "%014d" % rng.randint(10 ** 13, 10 ** 14 - 1)),
                    ("PL", lambda: "%024d" % rng.randint(10 ** 23, 10 ** 24 - 1)),
                    ("SE", lambda: "%020d" % rng.randint(10 ** 19, 10 ** 20 - 1))]:
        print(cc, [group4(make_iban(cc, gen())) for _ in range(8)])
    be = []
    for _ in range(6):
        a = "%010d" % rng.randint(10 ** 9, 10 ** 10 - 1)
        be.append(group4(make_iban("BE", a + "%02d" % (int(a) % 97 or 97))))
    print("BE", be)
    print("VISA", [group4(make_card(rng, "4", 16)) for _ in range(10)])
    print("MC", [group4(make_card(rng, rng.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16)) for _ in range(8)])
    print("AMEX", [make_card(rng, rng.choice(["34", "37"]), 15) for _ in range(3)])
    print("DANKORT", [group4(make_card(rng, "5019", 16)) for _ in range(4)])
    for male, dt in [(True, datetime.date(1958, 3, 14)), (False, datetime.date(1987, 11, 2)),
                     (False, datetime.date(1972, 6, 21)), (True, datetime.date(1994, 1, 30)),
                     (False, datetime.date(1949, 8, 8)), (True, datetime.date(1966, 12, 5)),
                     (False, datetime.date(2003, 4, 17)), (True, datetime.date(1979, 9, 11)),
                     (False, datetime.date(1991, 5, 25)), (True, datetime.date(1983, 2, 28)),
                     (False, datetime.date(1968, 10, 3)), (True, datetime.date(1975, 7, 19))]:
        print("CPR", dt, male, make_cpr(rng, dt, male))
    print("NHS", [make_nhs(rng) for _ in range(6)])
    print("PPSN", [make_ppsn(rng) for _ in range(3)] + [make_ppsn(rng, None) for _ in range(2)])
    print("SIN", [luhn_complete(str(rng.randint(1, 7)) + "%07d" % rng.randint(0, 9999999)) for _ in range(4)])
    print("TFN", [make_tfn(rng) for _ in range(3)])
    print("MEDICARE", [make_medicare(rng) for _ in range(3)])
    print("IRD", [make_ird(rng) for _ in range(3)])
    print("SAID", [make_said(rng, datetime.date(1988, 4, 12), False), make_said(rng, datetime.date(1979, 10, 1), True),
                   make_said(rng, datetime.date(1995, 12, 24), True)])
    print("ABA", [d for d in ("%09d" % rng.randint(10 ** 8, 10 ** 9 - 1) for _ in range(400)) if aba_ok(d)][:4])
