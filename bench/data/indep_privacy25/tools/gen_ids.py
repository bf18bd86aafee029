"""Helper used while authoring: prints a pool of freshly generated identifiers
that pass checks.py. The corpus texts were written by hand; identifiers were
picked from this pool (and re-checked by build.py)."""
import random
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0])
import checks  # noqa: E402

R = random.Random(int(sys.argv[1]) if len(sys.argv) > 1 else 25)


def rd(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def iban_from(cc, bban):
    r = bban + cc + "00"
    n = int("".join(str(int(ch, 36)) for ch in r))
    kk = 98 - n % 97
    return f"{cc}{kk:02d}{bban}"


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def nl_iban(bank):
    while True:
        a = rd(10)
        if checks.nl_account(a) and a[0] != "0":
            return iban_from("NL", bank + a)


def be_iban():
    b = rd(10)
    c = int(b) % 97 or 97
    return iban_from("BE", f"{b}{c:02d}")


def fr_iban():
    bank, br, acct = rd(5), rd(5), rd(11)
    key = 97 - ((89 * int(bank) + 15 * int(br) + 3 * int(acct)) % 97)
    return iban_from("FR", f"{bank}{br}{acct}{key:02d}")


def bsn():
    while True:
        d = R.choice("123456") + rd(8)
        if checks.bsn(d):
            return d


def be_rrn(y, m, d, seq):
    base = f"{y % 100:02d}{m:02d}{d:02d}{seq:03d}"
    chk = 97 - int(("2" if y >= 2000 else "") + base) % 97
    return f"{base[:2]}.{base[2:4]}.{base[4:6]}-{base[6:9]}.{chk:02d}"


def nhs():
    while True:
        d = R.choice("4679") + rd(8)
        s = sum(int(c) * w for c, w in zip(d, range(10, 1, -1)))
        r = 11 - s % 11
        r = 0 if r == 11 else r
        if r != 10:
            x = d + str(r)
            return f"{x[:3]} {x[3:6]} {x[6:]}"


def ppsn(extra=""):
    n = rd(7)
    t = sum(int(c) * w for c, w in zip(n, range(8, 1, -1)))
    if extra:
        t += (ord(extra) - 64) * 9
    return n + "WABCDEFGHIJKLMNOPQRSTUV"[t % 23] + extra


def aadhaar():
    while True:
        d = R.choice("23456789") + rd(11)
        if checks.aadhaar(d):
            return f"{d[:4]} {d[4:8]} {d[8:]}"


def tfn():
    while True:
        d = rd(9)
        if checks.tfn(d) and d[0] != "0":
            return f"{d[:3]} {d[3:6]} {d[6:]}"


def sin():
    p = R.choice("1234567") + rd(7)
    d = p + checks.luhn_check_digit(p)
    return f"{d[:3]} {d[3:6]} {d[6:]}"


def sa_id(y, m, d, male):
    g = R.randint(5000, 9999) if male else R.randint(0, 4999)
    p = f"{y % 100:02d}{m:02d}{d:02d}{g:04d}08"
    return p + checks.luhn_check_digit(p)


def ird():
    while True:
        d = str(R.randint(10_000_000, 149_999_999))
        if checks.ird(d):
            return d


def nir(sex, y, m, dep, com, order):
    base = f"{sex}{y % 100:02d}{m:02d}{dep}{com}{order}"
    return base + f"{97 - int(base) % 97:02d}"


def steuer():
    while True:
        d = R.choice("123456789") + rd(10)
        if checks.steuer_id(d):
            return d


def card(prefix, length):
    p = prefix + rd(length - len(prefix) - 1)
    d = p + checks.luhn_check_digit(p)
    return group4(d) if length == 16 else d


if __name__ == "__main__":
    print("NL", [group4(nl_iban(b)) for b in ["ABNA", "RABO", "INGB", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ"] for _ in range(2)])
    print("BE", [group4(be_iban()) for _ in range(8)])
    print("DK", [group4(iban_from("DK", rd(14))) for _ in range(6)])
    print("FO", [group4(iban_from("FO", "6460" + rd(10))) for _ in range(2)])
    print("GL", [group4(iban_from("GL", "6471" + rd(10))) for _ in range(2)])
    print("GB", [group4(iban_from("GB", b + rd(14))) for b in ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]])
    print("IE", [group4(iban_from("IE", b + rd(14))) for b in ["AIBK", "BOFI", "IPBS"]])
    print("DE", [group4(iban_from("DE", rd(18))) for _ in range(4)])
    print("FR", [group4(fr_iban()) for _ in range(3)])
    print("BSN", [bsn() for _ in range(12)])
    print("NHS", [nhs() for _ in range(6)])
    print("PPSN", [ppsn() for _ in range(3)] + [ppsn("A") for _ in range(2)])
    print("AADHAAR", [aadhaar() for _ in range(4)])
    print("TFN", [tfn() for _ in range(4)])
    print("SIN", [sin() for _ in range(4)])
    print("IRD", [ird() for _ in range(4)])
    print("STEUER", [steuer() for _ in range(3)])
    print("VISA", [card("4", 16) for _ in range(8)])
    print("MC", [card(R.choice(["51", "52", "53", "54", "55"]), 16) for _ in range(6)])
    print("DANKORT", [card("5019", 16) for _ in range(4)], [card("4571", 16) for _ in range(3)])
    print("AMEX", [card(R.choice(["34", "37"]), 15) for _ in range(4)])
    print("MAESTRO", [card("6759", 16) for _ in range(2)])
