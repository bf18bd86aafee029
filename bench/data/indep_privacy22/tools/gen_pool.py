"""Generate a pool of random, check-digit-valid identifiers (author's helper).

The values used in the corpus were picked by hand from this output and then
rendered in different written / spoken formats.  Run: python3 gen_pool.py
"""
import random
import sys

import checks

R = random.Random(int(sys.argv[1]) if len(sys.argv) > 1 else 22)


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def iban(cc, bban):
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    return "%s%02d%s" % (cc, 98 - int(num) % 97, bban)


def gen_iban(cc):
    if cc == "NL":
        return iban("NL", R.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ"]) + digits(10))
    if cc == "BE":
        b = R.choice(["001", "068", "363", "735", "143"]) + digits(7)
        return iban("BE", b + "%02d" % (int(b) % 97 or 97))
    if cc in ("DK", "FO", "GL"):
        return iban(cc, R.choice(["6471", "9704", "5301", "3409", "1551", "7890", "0400"]) + digits(10))
    if cc == "GB":
        return iban("GB", R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(14))
    if cc == "IE":
        return iban("IE", R.choice(["AIBK", "BOFI", "IPBS"]) + digits(14))
    if cc == "DE":
        return iban("DE", digits(18))
    if cc == "FR":
        bank, gui, acc = digits(5), digits(5), digits(11)
        key = 97 - ((89 * int(bank) + 15 * int(gui) + 3 * int(acc)) % 97)
        return iban("FR", bank + gui + acc + "%02d" % key)


def gen_until(fn, check):
    while True:
        v = fn()
        if check(v):
            return v


def rand_date(y0=1940, y1=2004):
    import datetime
    d = datetime.date(y0, 1, 1) + datetime.timedelta(days=R.randrange((y1 - y0) * 365))
    return d


def gen_bsn():
    return gen_until(lambda: R.choice("12345678") + digits(8), checks.bsn_ok)


def gen_cpr():
    d = rand_date()
    return d.strftime("%d%m%y") + R.choice("0123") + digits(3) if d.year < 2000 else d.strftime("%d%m%y") + "4" + digits(3)


def gen_rrn():
    d = rand_date()
    base = d.strftime("%y%m%d") + digits(3)
    n = int(base) if d.year < 2000 else int("2" + base)
    return base + "%02d" % (97 - n % 97)


def gen_nhs():
    return gen_until(lambda: R.choice("4689") + digits(9), checks.nhs_ok)


def gen_ppsn():
    d = digits(7)
    total = sum(int(x) * w for x, w in zip(d, range(8, 1, -1)))
    r = total % 23
    return d + ("W" if r == 0 else chr(64 + r))


def gen_luhn(prefix, n):
    return gen_until(lambda: prefix + digits(n - len(prefix)), checks.luhn_ok)


def gen_aadhaar():
    return gen_until(lambda: R.choice("23456789") + digits(11), checks.aadhaar_ok)


def gen_tfn():
    return gen_until(lambda: digits(9), checks.tfn_ok)


def gen_sin():
    return gen_until(lambda: R.choice("1234567") + digits(8), checks.sin_ok)


def gen_za():
    d = rand_date(1950, 2003)
    return gen_until(lambda: d.strftime("%y%m%d") + digits(4) + R.choice("01") + "8" + digits(1), checks.za_id_ok)


def gen_steuer():
    return gen_until(lambda: R.choice("123456789") + digits(10), checks.steuerid_ok)


def gen_nir():
    d = rand_date()
    base = R.choice("12") + d.strftime("%y%m") + "%02d" % R.randint(1, 95) + digits(3) + digits(3)
    return base + "%02d" % (97 - int(base) % 97)


def gen_ird():
    return gen_until(lambda: str(R.randint(10_000_001, 149_999_999)), checks.ird_ok)


def gen_aba():
    return gen_until(lambda: R.choice(["0", "1", "2"]) + digits(8), checks.aba_ok)


def gen_nl_account():
    return gen_until(lambda: R.choice("1234567") + digits(8), checks.nl_account_ok)


def gen_medicare():
    def f():
        b = R.choice("23456") + digits(7)
        w = [1, 3, 7, 9, 1, 3, 7, 9]
        c = sum(int(d) * x for d, x in zip(b, w)) % 10
        return b + str(c) + R.choice("12345")
    return f()


if __name__ == "__main__":
    for cc in ["NL", "BE", "DK", "FO", "GL", "GB", "IE", "DE", "FR"]:
        print(cc, "IBAN", [gen_iban(cc) for _ in range(6)])
    print("BSN", [gen_bsn() for _ in range(12)])
    print("NL acct", [gen_nl_account() for _ in range(4)])
    print("CPR", [gen_cpr() for _ in range(12)])
    print("RRN", [gen_rrn() for _ in range(6)])
    print("NHS", [gen_nhs() for _ in range(6)])
    print("PPSN", [gen_ppsn() for _ in range(6)])
    print("VISA", [gen_luhn("4", 16) for _ in range(10)])
    print("MC", [gen_luhn("5" + R.choice("12345"), 16) for _ in range(8)])
    print("AMEX", [gen_luhn("3" + R.choice("47"), 15) for _ in range(4)])
    print("Dankort", [gen_luhn("5019", 16) for _ in range(4)])
    print("Aadhaar", [gen_aadhaar() for _ in range(4)])
    print("TFN", [gen_tfn() for _ in range(4)])
    print("SIN", [gen_sin() for _ in range(4)])
    print("ZA", [gen_za() for _ in range(4)])
    print("SteuerID", [gen_steuer() for _ in range(4)])
    print("NIR", [gen_nir() for _ in range(4)])
    print("IRD", [gen_ird() for _ in range(4)])
    print("ABA", [gen_aba() for _ in range(4)])
    print("Medicare", [gen_medicare() for _ in range(4)])
