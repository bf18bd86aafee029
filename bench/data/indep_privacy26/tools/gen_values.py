"""Scratch generator used once while writing the corpus: prints valid identifiers."""
import random, sys, datetime
sys.path.insert(0, __file__.rsplit('/', 1)[0])
from checks import *
R = random.Random(int(sys.argv[1]) if len(sys.argv) > 1 else 26)
def rd(n): return "".join(str(R.randint(0, 9)) for _ in range(n))
out = []
for bank in ["ABNA","INGB","RABO","SNSB","TRIO","ASNB","KNAB","BUNQ","INGB","RABO","ABNA","INGB","RABO","SNSB","INGB"]:
    out.append(("NL", iban_group(iban_make("NL", bank + rd(10)))))
for _ in range(6):
    out.append(("BE", iban_group(iban_make("BE", be_account_make(R.choice(["001","063","068","735","363","979"]) + rd(7))))))
for reg in ["1551","3409","5470","9570","2191","0400","7780","6880","8065","3000"]:
    out.append(("DK", iban_group(iban_make("DK", reg + rd(10)))))
for reg in ["6460","9181"]:
    out.append(("FO", iban_group(iban_make("FO", reg + rd(10)))))
for reg in ["6471","6471"]:
    out.append(("GL", iban_group(iban_make("GL", reg + rd(10)))))
for b, sc in [("BARC","20"),("NWBK","60"),("LOYD","30"),("HBUK","40")]:
    out.append(("GB", iban_group(iban_make("GB", b + sc + rd(4) + rd(8)))))
for b in ["AIBK","BOFI","IPBS","AIBK"]:
    out.append(("IE", iban_group(iban_make("IE", b + "9" + rd(5) + rd(8)))))
for blz in ["37040044","10070000","50010517","21750000"]:
    out.append(("DE", iban_group(iban_make("DE", blz + rd(10)))))
for _ in range(2):
    out.append(("FR", iban_group(iban_make("FR", fr_rib_make("30003", rd(5), rd(11))))))
def gen(f, make, n):
    res = []
    while len(res) < n:
        v = make()
        if f(v): res.append(v)
    return res
out += [("BSN", v) for v in gen(bsn_ok, lambda: str(R.randint(1,6)) + rd(8), 12)]
def rrn():
    y, m, d = R.randint(50, 99), R.randint(1, 12), R.randint(1, 28)
    base = "%02d%02d%02d%03d" % (y, m, d, R.randint(1, 997))
    cc = 97 - int(base) % 97
    return "%s.%s.%s-%s.%02d" % (base[:2], base[2:4], base[4:6], base[6:9], cc)
out += [("RRN", rrn()) for _ in range(6)]
def cpr():
    y, m, d = R.randint(40, 99), R.randint(1, 12), R.randint(1, 28)
    return "%02d%02d%02d-%s" % (d, m, y, rd(4))
out += [("CPR", cpr()) for _ in range(14)]
out += [("PTAL", cpr()[:-1]) for _ in range(2)]
out += [("NHS", v[:3]+" "+v[3:6]+" "+v[6:]) for v in gen(nhs_ok, lambda: "4" + rd(9), 3)]
def nino():
    return R.choice("ACEHJKLMNPRSTWY") + R.choice("ABCEHJKLMNPRSTWY") + " " + rd(2)+" "+rd(2)+" "+rd(2)+" "+R.choice("ABCD")
out += [("NINO", nino()) for _ in range(3)]
def ppsn():
    n = rd(7); extra = R.choice(["", "A"])
    t = sum(int(n[i])*(8-i) for i in range(7)) + (9 if extra == "A" else 0)
    r = t % 23
    return n + ("W" if r == 0 else chr(64+r)) + extra
out += [("PPSN", ppsn()) for _ in range(3)]
out += [("SSN", v[:3]+"-"+v[3:5]+"-"+v[5:]) for v in gen(ssn_ok, lambda: rd(9), 5)]
out += [("ABA", v) for v in gen(aba_ok, lambda: R.choice(["0","1","2","3"]) + rd(8), 2)]
out += [("SIN", v[:3]+" "+v[3:6]+" "+v[6:]) for v in (luhn_complete(str(R.randint(1,7)) + rd(7)) for _ in range(3))]
out += [("TFN", v[:3]+" "+v[3:6]+" "+v[6:]) for v in gen(tfn_ok, lambda: rd(9), 3)]
out += [("MEDICARE", v) for v in gen(medicare_ok, lambda: str(R.randint(2,6)) + rd(9), 2)]
out += [("IRD", v) for v in gen(ird_ok, lambda: "1" + rd(8), 2)]
def zaid():
    y, m, d = R.randint(60, 99), R.randint(1, 12), R.randint(1, 28)
    return luhn_complete("%02d%02d%02d%s0%s" % (y, m, d, rd(4), R.choice("89")))
out += [("ZAID", zaid()) for _ in range(3)]
def aad():
    v = verhoeff_complete(str(R.randint(2,9)) + rd(10))
    return v[:4]+" "+v[4:8]+" "+v[8:]
out += [("AADHAAR", aad()) for _ in range(3)]
out += [("STEUERID", v) for v in gen(de_steuerid_ok, lambda: str(R.randint(1,9)) + rd(10), 2)]
def nir():
    b = "1" + "%02d" % R.randint(60, 99) + "%02d" % R.randint(1, 12) + "75" + "1" + rd(2) + rd(3)
    return b + "%02d" % (97 - int(b) % 97)
out += [("NIR", nir())]
def card(prefix, length):
    v = luhn_complete(prefix + rd(length - len(prefix) - 1))
    return v
for p, l in [("4", 16), ("4", 16), ("4", 16), ("5", 16), ("5", 16), ("37", 15), ("5019", 16), ("6703", 17), ("4571", 16), ("2221", 16), ("4", 16), ("5", 16)]:
    out.append(("CARD", card(p, l)))
for k, v in out: print(k, v)
