"""Generate made-up identifiers that pass their check digits. Usage: python3 tools/pool.py [seed]"""
import random, sys, os
sys.path.insert(0, os.path.dirname(__file__))
import checks

R = random.Random(int(sys.argv[1]) if len(sys.argv) > 1 else 21)

def rd(n, first=None):
    s = first or str(R.randint(1, 9))
    return s + "".join(str(R.randint(0, 9)) for _ in range(n - len(s)))

def iban(cc, bban):
    r = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in r))
    return cc + "%02d" % (98 - n % 97) + bban

def iban_nl(bank=None):
    return iban("NL", (bank or R.choice(["ABNA", "RABO", "INGB", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ"])) + rd(10, "0"))
def iban_be():
    b = rd(10, str(R.randint(0, 9)))
    c = int(b) % 97 or 97
    return iban("BE", b + "%02d" % c)
def iban_dk(cc="DK"):
    return iban(cc, rd(14))
def iban_gb(bank=None):
    return iban("GB", (bank or R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ"])) + rd(14))
def iban_ie(bank=None):
    return iban("IE", (bank or R.choice(["AIBK", "BOFI", "IPBS"])) + rd(14, "9"))
def iban_de():
    return iban("DE", rd(18))

def bsn():
    while True:
        d = rd(8)
        r = sum(int(d[i]) * (9 - i) for i in range(8)) % 11
        if r < 10:
            return d + str(r)

def rrn(yy, mm, dd, male=True):
    seq = R.randrange(1 if male else 2, 998, 2)
    base = "%02d%02d%02d%03d" % (yy, mm, dd, seq)
    pre = "2" + base if yy < 25 else base
    c = 97 - int(pre) % 97
    return "%s.%s.%s-%s.%02d" % (base[:2], base[2:4], base[4:6], base[6:9], c)

def cpr(dd, mm, yy, mod11=True):
    while True:
        s = "%02d%02d%02d" % (dd, mm, yy) + rd(4, str(R.randint(0, 9)))
        if not mod11 or checks.cpr(s, True):
            return s[:6] + "-" + s[6:]

def nhs(prefix="999"):
    while True:
        d = prefix + rd(9 - len(prefix), str(R.randint(0, 9)))
        c = 11 - sum(int(d[i]) * (10 - i) for i in range(9)) % 11
        c = 0 if c == 11 else c
        if c != 10:
            return "%s %s %s" % (d[:3], d[3:6], d[6:] + str(c))

def ppsn(second=""):
    d = rd(7, str(R.randint(0, 9)))
    t = sum(int(d[i]) * (8 - i) for i in range(7)) + ((ord(second) - 64) * 9 if second and second != "W" else 0)
    r = t % 23
    return d + ("W" if r == 0 else chr(64 + r)) + second

def luhn_complete(p):
    for c in "0123456789":
        if checks.luhn(p + c):
            return p + c

def card(prefix):
    d = luhn_complete(prefix + rd(15 - len(prefix), str(R.randint(0, 9))))
    return " ".join(d[i:i + 4] for i in range(0, 16, 4))

def sin():
    d = luhn_complete(rd(8, R.choice("1234567")))
    return "%s %s %s" % (d[:3], d[3:6], d[6:])

def verhoeff_complete(p):
    for c in "0123456789":
        if checks.verhoeff(p + c):
            return p + c

def aadhaar():
    d = verhoeff_complete(rd(11, str(R.randint(2, 9))))
    return "%s %s %s" % (d[:4], d[4:8], d[8:])

def sa_id(yy, mm, dd, male=True):
    g = R.randint(5000, 9999) if male else R.randint(0, 4999)
    return luhn_complete("%02d%02d%02d%04d08" % (yy, mm, dd, g))

def ird():
    while True:
        d = str(R.randint(10000001, 149999999)).zfill(9)[:8]
        for c in "0123456789":
            if checks.ird(d + c):
                x = (d + c).lstrip("0")
                x = x.zfill(9)
                return "%s-%s-%s" % (x[:3], x[3:6], x[6:])

def tfn():
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    while True:
        d = rd(8)
        s = sum(int(a) * b for a, b in zip(d, w)) % 11
        if s < 10:
            x = d + str(s)
            if checks.tfn(x):
                return "%s %s %s" % (x[:3], x[3:6], x[6:])

def medicare():
    d = rd(8, str(R.randint(2, 6)))
    c = sum(int(a) * b for a, b in zip(d, [1, 3, 7, 9, 1, 3, 7, 9])) % 10
    return "%s %s%s %d" % (d[:4], d[4:], c, R.randint(1, 5))

if __name__ == "__main__":
    out = {
        "iban_nl": [iban_nl() for _ in range(12)], "iban_be": [iban_be() for _ in range(5)],
        "iban_dk": [iban_dk() for _ in range(12)], "iban_fo": [iban_dk("FO") for _ in range(3)],
        "iban_gl": [iban_dk("GL") for _ in range(3)], "iban_gb": [iban_gb() for _ in range(8)],
        "iban_ie": [iban_ie() for _ in range(4)], "iban_de": [iban_de() for _ in range(2)],
        "bsn": [bsn() for _ in range(10)],
        "rrn": [rrn(84, 3, 12), rrn(91, 11, 2, False), rrn(3, 6, 17, False), rrn(76, 1, 29)],
        "cpr": [cpr(R.randint(1, 28), R.randint(1, 12), R.randint(40, 99)) for _ in range(10)],
        "nhs": [nhs() for _ in range(4)], "ppsn": [ppsn() for _ in range(2)] + [ppsn("A")],
        "sin": [sin() for _ in range(3)], "aadhaar": [aadhaar() for _ in range(3)],
        "sa_id": [sa_id(88, 4, 14), sa_id(95, 9, 3, False)], "ird": [ird() for _ in range(2)],
        "tfn": [tfn() for _ in range(2)], "medicare": [medicare() for _ in range(2)],
        "visa": [card("4") for _ in range(6)], "mc": [card("5" + str(R.randint(1, 5))) for _ in range(6)],
    }
    for k, v in out.items():
        fn = {"iban_nl": checks.iban, "iban_be": checks.iban, "iban_dk": checks.iban, "iban_fo": checks.iban,
              "iban_gl": checks.iban, "iban_gb": checks.iban, "iban_ie": checks.iban, "iban_de": checks.iban,
              "cpr": lambda s: checks.cpr(s, True), "visa": checks.card, "mc": checks.card}.get(k) or checks.SCHEMES[k]
        assert all(fn(x) for x in v), (k, v)
        print(k, v)
