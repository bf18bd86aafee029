"""Generate made-up identifiers that pass their check digits.
Usage: python3 tools/pool.py [seed]  -> prints a batch of each kind."""
import random, sys, os
sys.path.insert(0, os.path.dirname(__file__))
from checks import *

R = random.Random(int(sys.argv[1]) if len(sys.argv) > 1 else 20)

def rd(n):
    return "".join(R.choice("0123456789") for _ in range(n))

def until(gen, ok):
    while True:
        v = gen()
        if ok(v):
            return v

def bsn():
    return until(lambda: R.choice("1236") + rd(8), bsn_ok)

def be_rrn():
    yy, mm, dd = R.randint(50, 99), R.randint(1, 12), R.randint(1, 28)
    base = "%02d%02d%02d%03d" % (yy, mm, dd, R.randint(1, 997))
    c = 97 - int(base) % 97
    return "%s.%s.%s-%s.%02d" % (base[:2], base[2:4], base[4:6], base[6:9], c)

def iban(cc):
    if cc == "NL":
        b = R.choice(["ABNA", "RABO", "INGB", "SNSB", "TRIO", "ASNB"]) + rd(10)
    elif cc == "BE":
        x = rd(10); b = x + "%02d" % ((int(x) % 97) or 97)
    elif cc in ("DK", "FO", "GL"):
        b = rd(14)
    elif cc in ("GB", "IE"):
        b = R.choice(["NWBK", "BARC", "LOYD", "MIDL"] if cc == "GB" else ["AIBK", "BOFI"]) + rd(14)
    elif cc == "DE":
        b = rd(18)
    return iban_make(cc, b)

def card(prefix="4", n=16):
    return until(lambda: prefix + rd(n - len(prefix)), luhn_ok)

def nhs():
    return until(lambda: rd(10), nhs_ok)

def ppsn():
    d = rd(7); t = sum(int(a) * b for a, b in zip(d, [8, 7, 6, 5, 4, 3, 2])); r = t % 23
    return d + ("W" if r == 0 else chr(64 + r))

def sin():
    return until(lambda: R.choice("1234567") + rd(8), sin_ok)

def aadhaar():
    b = R.choice("23456789") + rd(10)
    return b + str(verhoeff_digit(b))

def sa_id():
    return until(lambda: "%02d%02d%02d" % (R.randint(60, 99), R.randint(1, 12), R.randint(1, 28)) + rd(4) + "08" + rd(1), sa_id_ok)

def ird():
    return until(lambda: R.choice(["0", "1"]) + rd(8) if R.random() < .5 else rd(8), lambda v: ird_ok(v) and 10000000 < int(v) < 150000000)

def medicare():
    return until(lambda: R.choice("23456") + rd(9), medicare_ok)

def tfn():
    return until(lambda: rd(9), tfn_ok)

def cpr():
    return "%02d%02d%02d-%s" % (R.randint(1, 28), R.randint(1, 12), R.randint(50, 99), rd(4))

if __name__ == "__main__":
    for name, f in [("bsn", bsn), ("be_rrn", be_rrn), ("nhs", nhs), ("ppsn", ppsn), ("sin", sin),
                    ("aadhaar", aadhaar), ("sa_id", sa_id), ("ird", ird), ("medicare", medicare),
                    ("tfn", tfn), ("cpr", cpr), ("visa", card), ("mc", lambda: card("5")),
                    ("amex", lambda: card("37", 15))]:
        print(name, [f() for _ in range(6)])
    for cc in ["NL", "BE", "DK", "FO", "GL", "GB", "IE", "DE"]:
        print("iban", cc, [iban(cc) for _ in range(5)])
