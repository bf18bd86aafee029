"""Helper used while writing the corpus: prints valid example identifiers.
Deterministic (seeded) so the numbers in the parts can be reproduced."""
import random, sys
from checks import *

rnd = random.Random(int(sys.argv[1]) if len(sys.argv) > 1 else 24)

def rd(n, first="123456789"):
    return rnd.choice(first) + "".join(rnd.choice("0123456789") for _ in range(n - 1))

def until(gen, ok, tries=10000):
    for _ in range(tries):
        v = gen()
        if ok(v):
            return v

def group(s, n=4):
    return " ".join(s[i:i+n] for i in range(0, len(s), n))

out = {}
out["bsn"] = [until(lambda: rd(9), bsn_ok) for _ in range(8)]
banks = {"NL": ["INGB", "RABO", "ABNA", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ"]}
out["iban_nl"] = [group(iban_make("NL", rnd.choice(banks["NL"]) + rd(10, "0123456789"))) for _ in range(10)]
def be():
    b = rd(10, "0123456789"); c = int(b) % 97 or 97
    return iban_make("BE", b + f"{c:02d}")
out["iban_be"] = [group(be()) for _ in range(5)]
out["iban_dk"] = [group(iban_make("DK", rd(4) + rd(10, "0123456789"))) for _ in range(8)]
out["iban_fo"] = [group(iban_make("FO", "6460" + rd(10, "0123456789"))) for _ in range(3)]
out["iban_gl"] = [group(iban_make("GL", "6471" + rd(10, "0123456789"))) for _ in range(3)]
out["iban_gb"] = [group(iban_make("GB", rnd.choice(["NWBK","BARC","LOYD","HBUK","MIDL"]) + rd(6) + rd(8))) for _ in range(4)]
out["iban_ie"] = [group(iban_make("IE", rnd.choice(["AIBK","BOFI","IPBS"]) + rd(6,"9") + rd(8))) for _ in range(4)]
out["iban_de"] = [group(iban_make("DE", rd(8) + rd(10, "0123456789"))) for _ in range(4)]
def fr():
    while True:
        bank, gui, compte = rd(5,"123"), rd(5,"0"), rd(11,"0")
        k = 97 - ((89*int(bank) + 15*int(gui) + 3*int(compte)) % 97)
        v = iban_make("FR", f"{bank}{gui}{compte}{k:02d}")
        if iban_ok(v): return v
out["iban_fr"] = [group(fr()) for _ in range(3)]
def cpr(y0=1940, y1=2005):
    y = rnd.randint(y0, y1); m = rnd.randint(1, 12); d = rnd.randint(1, 28)
    c7 = rnd.choice("0123") if y < 2000 else "4"
    return f"{d:02d}{m:02d}{y%100:02d}-{c7}{rd(3,'0123456789')}"
out["cpr"] = [until(cpr, cpr_ok) for _ in range(10)]
out["ptal"] = [f"{rnd.randint(1,28):02d}{rnd.randint(1,12):02d}{rnd.randint(50,99)}-{rd(3,'0123456789')}" for _ in range(3)]
def nhs():
    return until(lambda: rd(10, "4"), nhs_ok)
out["nhs"] = [(lambda x: f"{x[:3]} {x[3:6]} {x[6:]}")(nhs()) for _ in range(4)]
def ppsn():
    n = rd(7); t = sum(int(n[i])*(8-i) for i in range(7)); r = t % 23
    return n + ("W" if r == 0 else chr(64+r))
out["ppsn"] = [ppsn() for _ in range(4)]
def rrn(y0=1950, y1=2004):
    y = rnd.randint(y0,y1); m = rnd.randint(1,12); d = rnd.randint(1,28); s = rd(3,"0123456789")
    base = f"{y%100:02d}{m:02d}{d:02d}{s}"
    ck = 97 - (int(("2" if y>=2000 else "")+base) % 97)
    return f"{base[:2]}.{base[2:4]}.{base[4:6]}-{base[6:9]}.{ck:02d}"
out["rrn"] = [rrn() for _ in range(4)]
out["aadhaar"] = [group(until(lambda: rd(12, "23456789"), aadhaar_ok)) for _ in range(3)]
out["tfn"] = [until(lambda: rd(9), tfn_ok) for _ in range(3)]
out["medicare"] = [until(lambda: rd(10, "23456"), medicare_ok) for _ in range(3)]
out["sin"] = [until(lambda: rd(9, "1234567"), sin_ok) for _ in range(3)]
def said():
    y = rnd.randint(1955, 2002); m = rnd.randint(1,12); d = rnd.randint(1,28)
    return f"{y%100:02d}{m:02d}{d:02d}{rd(4,'0123456789')}{rnd.choice('01')}8" + str(rnd.randint(0,9))
out["sa_id"] = [until(said, sa_id_ok) for _ in range(3)]
out["ssn"] = [until(lambda: rd(9, "12345678"), ssn_ok) for _ in range(3)]
out["ird"] = [until(lambda: rd(9, "01"), ird_ok) for _ in range(3)]
out["steuerid"] = [until(lambda: rd(11), steuerid_ok, 100000) for _ in range(3)]
def nir():
    base = rnd.choice("12") + f"{rnd.randint(50,99):02d}{rnd.randint(1,12):02d}" + f"{rnd.randint(1,95):02d}" + rd(3,"0123456789") + rd(3,"0123456789")
    return base + f"{97 - int(base)%97:02d}"
out["nir"] = [nir() for _ in range(3)]
def card(prefix, length):
    return until(lambda: prefix + "".join(rnd.choice("0123456789") for _ in range(length-len(prefix))), card_ok)
out["visa"] = [group(card(rnd.choice(["4539","4916","4024","4485"]), 16)) for _ in range(6)]
out["mc"] = [group(card(rnd.choice(["5425","5191","2221","5312"]), 16)) for _ in range(6)]
out["amex"] = [card("37", 15) for _ in range(2)]
out["aba"] = [until(lambda: rd(9, "0"), aba_ok) for _ in range(2)]
for k, v in out.items():
    print(k, v)
