"""Check-digit helpers: generation and validation of identifiers used in the corpus."""
import random
import re
import string

# ---------------------------------------------------------------- IBAN

def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_valid(iban):
    s = re.sub(r"[\s.\-]", "", iban).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    lengths = {"NL": 18, "BE": 16, "DK": 18, "FO": 18, "GL": 18, "GB": 22, "IE": 22, "DE": 22}
    if s[:2] in lengths and len(s) != lengths[s[:2]]:
        return False
    if _iban_num(s[4:] + s[:4]) % 97 != 1:
        return False
    if s[:2] == "BE":  # national check digits of the Belgian account
        body, chk = int(s[4:14]), int(s[14:16])
        if (body % 97 or 97) != chk:
            return False
    return True


def make_iban(cc, bban):
    chk = 98 - _iban_num(bban + cc + "00") % 97
    return f"{cc}{chk:02d}{bban}"


def be_account(ten):
    return ten + f"{(int(ten) % 97) or 97:02d}"


def fmt4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))

# ---------------------------------------------------------------- BSN

def bsn_valid(b):
    d = re.sub(r"\D", "", b)
    if len(d) != 9:
        return False
    tot = sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])
    return tot % 11 == 0 and d[0] != "0" or (tot % 11 == 0 and len(d) == 9)

# ---------------------------------------------------------------- Belgian rijksregisternummer

def rrn_valid(r):
    d = re.sub(r"\D", "", r)
    if len(d) != 11:
        return False
    body, chk = int(d[:9]), int(d[9:])
    return 97 - body % 97 == chk or 97 - int("2" + d[:9]) % 97 == chk


def make_rrn(yymmdd, seq):
    body = yymmdd + f"{seq:03d}"
    chk = 97 - int(body) % 97
    return f"{body[0:2]}.{body[2:4]}.{body[4:6]}-{body[6:9]}.{chk:02d}"

# ---------------------------------------------------------------- CPR

CPR_W = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1]


def cpr_valid(c):
    d = re.sub(r"\D", "", c)
    if len(d) != 10:
        return False
    dd, mm, yy, c7 = int(d[0:2]), int(d[2:4]), int(d[4:6]), int(d[6])
    if not (1 <= dd <= 31 and 1 <= mm <= 12):
        return False
    # plausible century digit: person alive, born 1900-2024
    if c7 in (0, 1, 2, 3):
        pass
    elif c7 in (4, 9):
        pass
    elif c7 in (5, 6, 7, 8):
        if yy > 57:
            return False  # would be 1858-1899
    return sum(int(x) * w for x, w in zip(d, CPR_W)) % 11 == 0

# ---------------------------------------------------------------- Luhn (cards, Canadian SIN, South African ID)

def luhn_valid(n):
    d = [int(x) for x in re.sub(r"\D", "", n)]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def luhn_complete(prefix_digits):
    for c in range(10):
        if luhn_valid(prefix_digits + str(c)):
            return prefix_digits + str(c)

# ---------------------------------------------------------------- NHS

def nhs_valid(n):
    d = re.sub(r"\D", "", n)
    if len(d) != 10:
        return False
    tot = sum(int(d[i]) * (10 - i) for i in range(9))
    chk = 11 - tot % 11
    if chk == 11:
        chk = 0
    return chk != 10 and chk == int(d[9])

# ---------------------------------------------------------------- PPSN

PPS_LET = "WABCDEFGHIJKLMNOPQRSTUV"


def ppsn_valid(p):
    s = re.sub(r"\s", "", p).upper()
    m = re.fullmatch(r"(\d{7})([A-W])([A-IW]?)", s)
    if not m:
        return False
    digits, chk, second = m.groups()
    tot = sum(int(digits[i]) * (8 - i) for i in range(7))
    if second:
        tot += (0 if second == "W" else ord(second) - 64) * 9
    return PPS_LET[tot % 23] == chk

# ---------------------------------------------------------------- Australian TFN, NZ IRD

def tfn_valid(t):
    d = re.sub(r"\D", "", t)
    if len(d) != 9:
        return False
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    return sum(int(x) * y for x, y in zip(d, w)) % 11 == 0


def ird_valid(n):
    d = re.sub(r"\D", "", n)
    if len(d) not in (8, 9):
        return False
    d = d.zfill(9)
    base, chk = d[:8], int(d[8])
    for w in ([3, 2, 7, 6, 5, 4, 3, 2], [7, 4, 3, 2, 5, 2, 7, 6]):
        r = sum(int(x) * y for x, y in zip(base, w)) % 11
        c = 0 if r == 0 else 11 - r
        if c != 10:
            return c == chk
    return False


def medicare_valid(m):
    d = re.sub(r"\D", "", m)
    if len(d) not in (10, 11) or d[0] not in "23456":
        return False
    w = [1, 3, 7, 9, 1, 3, 7, 9]
    return sum(int(x) * y for x, y in zip(d[:8], w)) % 10 == int(d[8])


def sa_id_valid(n):
    d = re.sub(r"\D", "", n)
    return len(d) == 13 and luhn_valid(d)


if __name__ == "__main__":
    random.seed(11)
    print("NL IBAN")
    for bank in ["INGB", "RABO", "ABNA", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ"]:
        acct = "".join(random.choice(string.digits) for _ in range(10))
        print(" ", fmt4(make_iban("NL", bank + acct)))
    print("BE IBAN")
    for _ in range(6):
        ten = "".join(random.choice(string.digits) for _ in range(10))
        print(" ", fmt4(make_iban("BE", be_account(ten))))
    for cc in ["DK", "FO", "GL"]:
        print(cc, "IBAN")
        for _ in range(5):
            b = "".join(random.choice(string.digits) for _ in range(14))
            print(" ", fmt4(make_iban(cc, b)))
    print("GB IBAN")
    for bank in ["NWBK", "BARC", "LOYD", "MIDL", "HBUK"]:
        b = bank + "".join(random.choice(string.digits) for _ in range(14))
        print(" ", fmt4(make_iban("GB", b)))
    print("IE IBAN")
    for bank in ["AIBK", "BOFI", "IPBS"]:
        b = bank + "".join(random.choice(string.digits) for _ in range(14))
        print(" ", fmt4(make_iban("IE", b)))
    print("BSN")
    n = 0
    while n < 10:
        d = str(random.randint(100000000, 399999999))
        if bsn_valid(d):
            print(" ", d)
            n += 1
    print("RRN")
    for ymd in ["850412", "720903", "910127", "680615", "990301", "780822"]:
        print(" ", make_rrn(ymd, random.randint(1, 998)))
    print("CPR")
    n = 0
    while n < 14:
        yy = random.randint(40, 99)
        mm = random.randint(1, 12)
        dd = random.randint(1, 28)
        s = f"{dd:02d}{mm:02d}{yy:02d}{random.randint(0, 3)}{random.randint(0, 999):03d}"
        if cpr_valid(s):
            print(" ", s[:6] + "-" + s[6:])
            n += 1
    print("CARDS")
    for p in ["4", "4", "5", "5", "4", "5", "3"]:
        ln = 15 if p == "3" else 16
        body = p + ("7" if p == "3" else "") + "".join(random.choice(string.digits) for _ in range(ln - 2 - (1 if p == "3" else 0)))
        print(" ", luhn_complete(body))
    print("NHS")
    n = 0
    while n < 5:
        d = str(random.randint(400000000, 999999999))
        tot = sum(int(d[i]) * (10 - i) for i in range(9))
        c = 11 - tot % 11
        c = 0 if c == 11 else c
        if c == 10:
            continue
        print(" ", d[:3], d[3:6], d[6:] + str(c))
        n += 1
    print("PPSN")
    for _ in range(5):
        d = "".join(random.choice(string.digits) for _ in range(7))
        tot = sum(int(d[i]) * (8 - i) for i in range(7))
        print(" ", d + PPS_LET[tot % 23], end="")
        tot2 = tot + 1 * 9
        print("   ", d + PPS_LET[tot2 % 23] + "A")
    print("SIN")
    for _ in range(3):
        print(" ", luhn_complete("9" + "".join(random.choice(string.digits) for _ in range(7))))
    print("SA ID")
    for ymd in ["870514", "920308", "790226"]:
        print(" ", luhn_complete(ymd + str(random.randint(0, 9)) + "".join(random.choice(string.digits) for _ in range(3)) + "08"))
    print("TFN")
    n = 0
    while n < 3:
        d = str(random.randint(100000000, 999999999))
        if tfn_valid(d):
            print(" ", d[:3], d[3:6], d[6:])
            n += 1
    print("MEDICARE")
    n = 0
    while n < 3:
        d = str(random.randint(2000, 6999)) + "".join(random.choice(string.digits) for _ in range(4))
        w = [1, 3, 7, 9, 1, 3, 7, 9]
        c = sum(int(x) * y for x, y in zip(d, w)) % 10
        print(" ", d[:4], d[4:] + str(c) + str(random.randint(1, 9)), "+irn")
        n += 1
    print("IRD")
    n = 0
    while n < 3:
        d = str(random.randint(10000000, 99999999))
        if ird_valid(d + "0") or True:
            for c in range(10):
                if ird_valid(d + str(c)):
                    print(" ", d[:2] + "-" + d[2:5] + "-" + d[5:] + str(c))
                    n += 1
                    break
