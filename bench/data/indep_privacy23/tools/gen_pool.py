"""Prints a pool of random, check-digit-valid identifiers (seeded) that the author
copied by hand into the part files. Not used by build.py."""
import random, datetime
from checks import *
R = random.Random(2311)
def rd(n): return "".join(R.choice("0123456789") for _ in range(n))
def bsn_gen():
    while True:
        d = str(R.randint(1,6)) + rd(7)
        s = sum(int(c)*w for c,w in zip(d, range(9,1,-1)))
        c = s % 11
        if c < 10:
            v = d + str(c)
            if bsn(v): return v
def date(y0,y1):
    return datetime.date(R.randint(y0,y1), R.randint(1,12), R.randint(1,28))
def cpr_gen():
    dt = date(1940,2012)
    y = dt.year
    c7 = R.choice("0123") if y < 2000 else R.choice("49") if y<=2036 else "5"
    if y >= 2000: c7 = R.choice("4")
    return dt.strftime("%d%m%y") + "-" + c7 + rd(3)
def card(prefix, n=16):
    p = prefix + rd(n-1-len(prefix))
    return p + luhn_check_digit(p)
def nhs_gen():
    while True:
        d = R.choice("4679") + rd(8)
        s = sum(int(c)*w for c,w in zip(d, range(10,1,-1)))
        c = 11 - s % 11
        if c == 11: c = 0
        if c != 10: return d+str(c)
def ppsn_gen(new=False):
    d = rd(7); t = sum(int(c)*w for c,w in zip(d, range(8,1,-1)))
    suf = ""
    if new:
        suf = R.choice("AH"); t += 9*(ord(suf)-64)
    r = t % 23
    return d + ("W" if r==0 else chr(64+r)) + suf
def aadhaar_gen():
    while True:
        d = R.choice("23456789") + rd(10)
        for c in "0123456789":
            if aadhaar(d+c): return d+c
def tfn_gen():
    while True:
        d = rd(9)
        if tfn(d) and d[0]!="0": return d
def sin_gen():
    p = R.choice("1234567") + rd(7); return p + luhn_check_digit(p)
def said_gen():
    dt = date(1955,2003)
    p = dt.strftime("%y%m%d") + rd(4) + "0" + "8"
    return p + luhn_check_digit(p)
def aba_gen():
    while True:
        d = R.choice(["0","1","2","3"]) + rd(8)
        if aba(d): return d
def detax_gen():
    while True:
        d = str(R.randint(1,9)) + rd(9)
        counts = sorted(d.count(c) for c in set(d))
        if counts[-1] not in (2,3) or counts.count(counts[-1])>1 and counts[-1]==2 and False: continue
        for c in "0123456789":
            if de_taxid(d+c): return d+c
def nir_gen():
    dt = date(1950,2000)
    body = R.choice("12") + dt.strftime("%y%m") + R.choice(["75","69","13","33","59"]) + rd(3) + rd(3)
    return body + "%02d" % (97 - int(body) % 97)
def rrn_gen():
    dt = date(1950,2005)
    body = dt.strftime("%y%m%d") + rd(3)
    n = int(("2" if dt.year>=2000 else "") + body)
    return body + "%02d" % (97 - n % 97)
def be_bban():
    p = R.choice(["001","063","068","310","363","735","751","973","088"]) + rd(7)
    return p + "%02d" % (int(p) % 97 or 97)
def fr_bban():
    while True:
        b = R.choice(["30004","30003","20041","10278","11306"]) + rd(5) + rd(11)
        for k in range(100):
            if fr_rib(b + "%02d" % k): return b + "%02d" % k
def ird_gen():
    while True:
        d = str(R.randint(10,150)).zfill(3)+rd(5)
        for c in "0123456789":
            if ird(d+c): return d+c
def gsrn(prefix):
    p = prefix + rd(17-len(prefix))
    for c in "0123456789":
        if ean13(p+c): return p+c
def grp(s): return " ".join(s[i:i+4] for i in range(0,len(s),4))
print("BSN", [bsn_gen() for _ in range(16)])
for bank in ["ABNA","INGB","RABO","SNSB","ASNB","TRIO","KNAB","BUNQ","RABO","INGB","ABNA","INGB","RABO","ABNA","INGB","RABO","SNSB","INGB","RABO","ABNA"]:
    print("NLIBAN", grp(iban_make("NL", bank + ("000"+rd(7) if bank=="INGB" and R.random()<.5 else rd(10)))))
for _ in range(6): print("BEIBAN", grp(iban_make("BE", be_bban())))
print("RRN", [rrn_gen() for _ in range(6)])
print("CPR", [cpr_gen() for _ in range(22)])
for _ in range(10): print("DKIBAN", grp(iban_make("DK", R.choice(["5301","2200","9570","3409","1551","6400","7780","0400"]) + rd(10))))
for _ in range(2): print("FOIBAN", grp(iban_make("FO", R.choice(["6460","9181","7600"]) + rd(10))))
for _ in range(2): print("GLIBAN", grp(iban_make("GL", R.choice(["6471","6472"]) + rd(10))))
print("PTAL", [date(1950,2000).strftime("%d%m%y")+"-"+rd(3) for _ in range(3)])
print("VISA", [card("4") for _ in range(12)])
print("MC", [card(R.choice(["51","52","53","54","55","2221"])) for _ in range(10)])
print("AMEX", [card(R.choice(["34","37"]),15) for _ in range(3)])
print("DANKORT", [card("5019") for _ in range(3)], [card("4571") for _ in range(3)])
print("NHS", [nhs_gen() for _ in range(6)])
print("PPSN", [ppsn_gen() for _ in range(3)], [ppsn_gen(True) for _ in range(3)])
for _ in range(5): print("GBIBAN", grp(iban_make("GB", R.choice(["NWBK","BARC","LOYD","HBUK","MIDL"]) + rd(6) + rd(8))))
for _ in range(4): print("IEIBAN", grp(iban_make("IE", R.choice(["AIBK","BOFI","ULSB","IPBS"]) + rd(6) + rd(8))))
for _ in range(4): print("DEIBAN", grp(iban_make("DE", R.choice(["10010010","37040044","50010517","70020270","43060967"]) + rd(10))))
for _ in range(3): print("FRIBAN", grp(iban_make("FR", fr_bban())))
print("AADHAAR", [aadhaar_gen() for _ in range(4)])
print("TFN", [tfn_gen() for _ in range(4)])
print("SIN", [sin_gen() for _ in range(4)])
print("SAID", [said_gen() for _ in range(4)])
print("ABA", [aba_gen() for _ in range(4)])
print("DETAX", [detax_gen() for _ in range(3)])
print("NIR", [nir_gen() for _ in range(3)])
print("IRD", [ird_gen() for _ in range(3)])
print("GSRN_NL", [gsrn("871687") for _ in range(6)], [gsrn("871694") for _ in range(3)])
print("GSRN_DK", [gsrn("5713131") for _ in range(6)], [gsrn("5710000") for _ in range(2)])
