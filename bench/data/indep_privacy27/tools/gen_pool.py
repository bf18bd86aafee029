"""Print a pool of check-digit-valid identifiers (used while hand-writing parts/).

Deterministic (fixed seed).  Values were copied by hand into the records; build.py
re-verifies every one of them with checks.py.
"""
import random
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0])
import checks as C  # noqa: E402

R = random.Random(2718)


def rd(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def luhn_complete(prefix, length):
    while True:
        body = prefix + rd(length - len(prefix) - 1)
        for c in "0123456789":
            if C.luhn_ok(body + c):
                return body + c


def grp(s, n=4):
    return " ".join(s[i:i + n] for i in range(0, len(s), n))


def main():
    out = {}
    out["NL iban"] = [grp(C.iban_make("NL", b + rd(10))) for b in
                      ["RABO", "INGB", "ABNA", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RABO", "INGB", "ABNA", "RBRB"]]
    be = []
    for _ in range(5):
        b = rd(10)
        k = int(b) % 97 or 97
        be.append(grp(C.iban_make("BE", f"{b}{k:02d}")))
    out["BE iban"] = be
    out["DK iban"] = [grp(C.iban_make("DK", r + rd(10))) for r in ["5301", "2191", "3409", "9570", "1551", "7780"]]
    out["FO iban"] = [grp(C.iban_make("FO", r + rd(10))) for r in ["6460", "9181", "6460"]]
    out["GL iban"] = [grp(C.iban_make("GL", r + rd(10))) for r in ["6471", "6471"]]
    out["GB iban"] = [grp(C.iban_make("GB", b + rd(14))) for b in ["BARC", "NWBK", "LOYD", "MIDL"]]
    out["IE iban"] = [grp(C.iban_make("IE", b + rd(14))) for b in ["AIBK", "BOFI", "IPBS"]]
    out["DE iban"] = [grp(C.iban_make("DE", rd(18))) for _ in range(4)]
    fr = []
    for _ in range(3):
        bank, gui, acc = rd(5), rd(5), rd(11)
        key = 97 - (89 * int(bank) + 15 * int(gui) + 3 * int(acc)) % 97
        fr.append(grp(C.iban_make("FR", f"{bank}{gui}{acc}{key:02d}")))
    out["FR iban"] = fr
    bsn = []
    while len(bsn) < 12:
        c = str(R.randint(1, 7)) + rd(8)
        if C.bsn_ok(c):
            bsn.append(c)
    out["BSN"] = bsn
    rrn = []
    for y, m, d in [(85, 7, 30), (92, 11, 3), (78, 2, 14), (3, 5, 21), (66, 9, 9)]:
        seq = R.randint(1, 997)
        base = f"{y:02d}{m:02d}{d:02d}{seq:03d}"
        if y < 20:
            cc = 97 - int("2" + base) % 97
        else:
            cc = 97 - int(base) % 97
        s = f"{y:02d}.{m:02d}.{d:02d}-{seq:03d}.{cc:02d}"
        assert C.be_rrn_ok(s), s
        rrn.append(s)
    out["BE RRN"] = rrn
    cpr = []
    for d, m, y, s7 in [(12, 4, 84, "1"), (3, 11, 71, "2"), (29, 2, 96, "3"), (17, 8, 5, "4"),
                        (1, 1, 62, "0"), (24, 6, 90, "1"), (8, 3, 12, "4"), (30, 9, 88, "2"),
                        (15, 12, 55, "0"), (21, 7, 79, "3"), (5, 5, 18, "5"), (11, 10, 93, "1")]:
        c = f"{d:02d}{m:02d}{y:02d}-{s7}{rd(3)}"
        assert C.cpr_ok(c), c
        cpr.append(c)
    out["CPR"] = cpr
    out["FO ptal"] = [f"{d:02d}{m:02d}{y:02d}-{rd(3)}" for d, m, y in [(14, 2, 81), (2, 9, 67), (27, 6, 99)]]
    nhs = []
    while len(nhs) < 5:
        c = str(R.randint(4, 6)) + rd(9)
        if C.nhs_ok(c):
            nhs.append(f"{c[:3]} {c[3:6]} {c[6:]}")
    out["NHS"] = nhs
    pp = []
    while len(pp) < 4:
        ds = rd(7)
        t = sum(int(ds[i]) * (8 - i) for i in range(7))
        r = t % 23
        pp.append(ds + ("W" if r == 0 else chr(64 + r)))
    ds = rd(7)
    t = sum(int(ds[i]) * (8 - i) for i in range(7)) + 9 * 1
    r = t % 23
    pp.append(ds + ("W" if r == 0 else chr(64 + r)) + "A")
    assert all(C.ppsn_ok(p) for p in pp)
    out["PPSN"] = pp
    out["SSN"] = [f"{R.randint(100, 665)}-{R.randint(10, 99)}-{R.randint(1000, 9999)}" for _ in range(4)]
    aba = []
    while len(aba) < 4:
        c = rd(9)
        if c[0] in "0123" and C.aba_ok(c):
            aba.append(c)
    out["ABA"] = aba
    sins = []
    while len(sins) < 4:
        c = luhn_complete(str(R.randint(1, 7)), 9)
        sins.append(f"{c[:3]} {c[3:6]} {c[6:]}")
    out["SIN"] = sins
    tfn = []
    while len(tfn) < 4:
        c = rd(9)
        if C.tfn_ok(c):
            tfn.append(f"{c[:3]} {c[3:6]} {c[6:]}")
    out["TFN"] = tfn
    med = []
    while len(med) < 3:
        c = str(R.randint(2, 6)) + rd(7)
        w = [1, 3, 7, 9, 1, 3, 7, 9]
        ck = sum(int(c[i]) * w[i] for i in range(8)) % 10
        m = c + str(ck) + str(R.randint(1, 9))
        assert C.medicare_ok(m)
        med.append(f"{m[:4]} {m[4:9]} {m[9]}")
    out["Medicare"] = med
    ird = []
    while len(ird) < 4:
        c = str(R.randint(1, 1)) + rd(8)
        if C.ird_ok(c):
            ird.append(f"{c[:3]}-{c[3:6]}-{c[6:]}")
    out["IRD"] = ird
    za = []
    for y, m, d, g in [(88, 6, 14, 5), (75, 1, 30, 0), (92, 10, 2, 4), (1, 3, 19, 6)]:
        base = f"{y:02d}{m:02d}{d:02d}{g}{rd(3)}08"
        for c in "0123456789":
            if C.za_id_ok(base + c):
                za.append(base + c)
                break
    out["ZA ID"] = za
    aad = []
    while len(aad) < 4:
        c = str(R.randint(2, 9)) + rd(11)
        if C.aadhaar_ok(c):
            aad.append(f"{c[:4]} {c[4:8]} {c[8:]}")
    out["Aadhaar"] = aad
    st = []
    while len(st) < 3:
        c = str(R.randint(1, 9)) + rd(10)
        if C.steuerid_ok(c) and len(set(c[:10])) == 9:
            st.append(f"{c[:2]} {c[2:5]} {c[5:8]} {c[8:]}")
    out["Steuer-ID"] = st
    nir = []
    for sx, yy, mm, dep in [("1", 84, 3, "75"), ("2", 91, 7, "69")]:
        body = f"{sx}{yy:02d}{mm:02d}{dep}{rd(3)}{rd(3)}"
        key = 97 - int(body) % 97
        s = f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"
        assert C.nir_ok(s), s
        nir.append(s)
    out["NIR"] = nir
    out["Visa"] = [grp(luhn_complete("4", 16)) for _ in range(6)]
    out["MC"] = [grp(luhn_complete(p, 16)) for p in ["51", "53", "55", "2221", "54"]]
    amex = []
    for _ in range(2):
        a = luhn_complete("37", 15)
        amex.append(f"{a[:4]} {a[4:10]} {a[10:]}")
    out["Amex"] = amex
    out["Dankort"] = [grp(luhn_complete("5019", 16)) for _ in range(2)]
    out["Visa/Dankort"] = [grp(luhn_complete("4571", 16)) for _ in range(2)]
    out["Maestro BE"] = [grp(luhn_complete("6703", 17)) for _ in range(1)]
    for k, v in out.items():
        print(f"{k}:")
        for x in v:
            print("   ", x)


if __name__ == "__main__":
    main()
