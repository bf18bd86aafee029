"""Check-digit and format validators for made-up personal identifiers.

Standard library only. Every function takes a string (spaces, dashes, dots
allowed where people write them) and returns True/False.
"""
import datetime
import ipaddress
import re

# ---------------------------------------------------------------- helpers

def digits(s):
    return re.sub(r"\D", "", s)


def compact(s):
    return re.sub(r"[\s\-./]", "", s).upper()


def valid_date(yy, mm, dd, century=None):
    """yy may be 2 or 4 digits; with 2 digits try the given century or 1900/2000."""
    try:
        yy, mm, dd = int(yy), int(mm), int(dd)
    except ValueError:
        return False
    years = [yy] if yy > 99 else ([century + yy] if century else [1900 + yy, 2000 + yy])
    for y in years:
        try:
            datetime.date(y, mm, dd)
            return True
        except ValueError:
            pass
    return False


# ---------------------------------------------------------------- Luhn

def luhn_ok(s):
    d = digits(s)
    if len(d) < 2:
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


def luhn_digit(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return c
    raise ValueError(partial)


def card_ok(s):
    d = digits(s)
    return 13 <= len(d) <= 19 and luhn_ok(d)


# ---------------------------------------------------------------- IBAN

IBAN_LENGTHS = {
    "NL": 18, "BE": 16, "DK": 18, "FO": 18, "GL": 18, "GB": 22, "IE": 22,
    "DE": 22, "FR": 27, "ES": 24, "LU": 20, "SE": 24, "NO": 15, "PL": 28,
    "IT": 27, "CH": 21, "AT": 20, "FI": 18, "IS": 26, "PT": 25,
}
IBAN_BBAN = {
    "NL": r"[A-Z]{4}\d{10}",
    "BE": r"\d{12}",
    "DK": r"\d{14}", "FO": r"\d{14}", "GL": r"\d{14}",
    "GB": r"[A-Z]{4}\d{14}", "IE": r"[A-Z]{4}\d{14}",
    "DE": r"\d{18}",
}


def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(s):
    s = re.sub(r"\s", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    cc = s[:2]
    if cc in IBAN_LENGTHS and len(s) != IBAN_LENGTHS[cc]:
        return False
    if cc in IBAN_BBAN and not re.fullmatch(IBAN_BBAN[cc], s[4:]):
        return False
    if _iban_num(s[4:] + s[:4]) % 97 != 1:
        return False
    if cc == "BE":  # national check: last two digits = first ten mod 97 (0 -> 97)
        b = s[4:]
        chk = int(b[:10]) % 97 or 97
        if int(b[10:]) != chk:
            return False
    return True


def make_iban(cc, bban):
    bban = bban.upper()
    check = 98 - _iban_num(bban + cc + "00") % 97
    return "%s%02d%s" % (cc, check, bban)


def format_iban(s):
    s = re.sub(r"\s", "", s)
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


# ---------------------------------------------------------------- Netherlands / Belgium

def bsn_ok(s):
    d = digits(s)
    if len(d) == 8:
        d = "0" + d
    if len(d) != 9 or d == "000000000":
        return False
    total = sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])
    return total % 11 == 0


def rrn_ok(s):
    """Belgian rijksregisternummer / numéro national: YYMMDD SSS CC."""
    d = digits(s)
    if len(d) != 11:
        return False
    chk = int(d[9:])
    mm, dd = int(d[2:4]), int(d[4:6])
    if mm > 12 or dd > 31:  # 00 allowed for unknown date parts
        return False
    if 97 - int(d[:9]) % 97 == chk:
        return True
    if 97 - int("2" + d[:9]) % 97 == chk:  # born 2000 or later
        return True
    return False


# ---------------------------------------------------------------- Denmark / Faroe / Greenland

CPR_WEIGHTS = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1]


def cpr_format_ok(s):
    d = digits(s)
    if len(d) != 10:
        return False
    return valid_date(d[4:6], d[2:4], d[0:2])


def cpr_mod11_ok(s):
    d = digits(s)
    return len(d) == 10 and sum(int(a) * b for a, b in zip(d, CPR_WEIGHTS)) % 11 == 0


def ptal_ok(s):
    """Faroese p-tal: DDMMYY-NNN (format only, no public check digit)."""
    d = digits(s)
    return len(d) == 9 and valid_date(d[4:6], d[2:4], d[0:2])


# ---------------------------------------------------------------- UK / Ireland

def nhs_ok(s):
    d = digits(s)
    if len(d) != 10:
        return False
    total = sum(int(d[i]) * (10 - i) for i in range(9))
    c = 11 - total % 11
    if c == 11:
        c = 0
    return c != 10 and c == int(d[9])


NINO_RE = re.compile(r"^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")


def nino_ok(s):
    return bool(NINO_RE.match(compact(s)))


def ppsn_ok(s):
    s = compact(s)
    m = re.fullmatch(r"(\d{7})([A-W])([A-IW]?)", s)
    if not m:
        return False
    num, chk, second = m.groups()
    total = sum(int(c) * w for c, w in zip(num, [8, 7, 6, 5, 4, 3, 2]))
    if second and second != "W":
        total += (ord(second) - 64) * 9
    r = total % 23
    return chk == ("W" if r == 0 else chr(64 + r))


def eircode_ok(s):
    return bool(re.fullmatch(r"[AC-FHKNPRTV-Y]\d{2}|D6W", compact(s)[:3])) and \
        bool(re.fullmatch(r"[AC-FHKNPRTV-Y0-9]{4}", compact(s)[3:]))


# ---------------------------------------------------------------- North America

def sin_ok(s):
    d = digits(s)
    return len(d) == 9 and luhn_ok(d)


def ssn_format_ok(s):
    d = digits(s)
    if len(d) != 9:
        return False
    area, group, serial = d[:3], d[3:5], d[5:]
    return area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"


# ---------------------------------------------------------------- Australia / NZ

def tfn_ok(s):
    d = digits(s)
    if len(d) != 9:
        return False
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    return sum(int(a) * b for a, b in zip(d, w)) % 11 == 0


def medicare_ok(s):
    d = digits(s)
    if len(d) not in (10, 11) or d[0] not in "23456":
        return False
    w = [1, 3, 7, 9, 1, 3, 7, 9]
    return sum(int(a) * b for a, b in zip(d[:8], w)) % 10 == int(d[8])


def ird_ok(s):
    d = digits(s)
    if len(d) not in (8, 9):
        return False
    n = int(d)
    if not (10000000 < n < 150000000):
        return False
    d = d.zfill(9)
    base, chk = d[:8], int(d[8])
    for w in ([3, 2, 7, 6, 5, 4, 3, 2], [7, 4, 3, 2, 5, 2, 7, 6]):
        r = sum(int(a) * b for a, b in zip(base, w)) % 11
        c = 0 if r == 0 else 11 - r
        if c != 10:
            return c == chk
    return False


# ---------------------------------------------------------------- South Africa / India

def sa_id_ok(s):
    d = digits(s)
    if len(d) != 13:
        return False
    if not valid_date(d[0:2], d[2:4], d[4:6]):
        return False
    if d[10] not in "012":
        return False
    return luhn_ok(d)


_VD = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
    [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
    [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
    [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
    [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
    [9, 4, 5, 3, 1, 2, 7, 8, 6, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_ok(s):
    c = 0
    for i, ch in enumerate(reversed(digits(s))):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


def verhoeff_digit(partial):
    c = 0
    for i, ch in enumerate(reversed(digits(partial))):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return str(_VINV[c])


def aadhaar_ok(s):
    d = digits(s)
    return len(d) == 12 and d[0] not in "01" and verhoeff_ok(d)


def pan_ok(s):
    """Indian PAN: AAAPA9999A (4th letter = holder type, P for persons)."""
    return bool(re.fullmatch(r"[A-Z]{3}[ABCFGHLJPT][A-Z]\d{4}[A-Z]", compact(s)))


# ---------------------------------------------------------------- passports etc. (format only)

def passport_ok(s):
    return bool(re.fullmatch(r"[A-Z0-9]{6,10}", compact(s)))


# ---------------------------------------------------------------- fictitious ranges

OFCOM_DRAMA = [
    ("01134960", 3), ("01144960", 3), ("01154960", 3), ("01164960", 3),
    ("01174960", 3), ("01184960", 3), ("01214960", 3), ("01314960", 3),
    ("01414960", 3), ("01514960", 3), ("01614960", 3), ("01914980", 3),
    ("02079460", 3), ("02896496", 3), ("02920180", 3), ("01632960", 3),
    ("07700900", 3), ("08081570", 3), ("09098790", 3), ("03069990", 3),
]


def uk_drama_ok(s):
    d = digits(s)
    if d.startswith("44"):
        d = "0" + d[2:]
    return len(d) == 11 and any(d.startswith(p) for p, _ in OFCOM_DRAMA)


def nanp_fictional_ok(s):
    d = digits(s)
    if len(d) == 11 and d[0] == "1":
        d = d[1:]
    if len(d) == 7:
        return d[:3] == "555" and d[3:5] == "01"
    return len(d) == 10 and d[3:6] == "555" and d[6:8] == "01"


ACMA_MOBILE = {
    "0491570006", "0491570156", "0491570157", "0491570158", "0491570159",
    "0491570110", "0491570313", "0491570737", "0491571266", "0491571491",
    "0491571804", "0491572549", "0491572665", "0491572983", "0491573770",
    "0491573087", "0491574118", "0491574632", "0491575254", "0491575789",
    "0491576398", "0491576801", "0491577426", "0491577644", "0491578957",
    "0491578148", "0491578888", "0491579212", "0491579760", "0491579455",
}


def acma_ok(s):
    d = digits(s)
    if d.startswith("61"):
        d = "0" + d[2:]
    if d in ACMA_MOBILE:
        return True
    return len(d) == 10 and d[0] == "0" and d[1] in "2378" and d[2:6] in ("5550", "7010")


DOC_NETS = [ipaddress.ip_network(n) for n in
            ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")]


def doc_ip_ok(s):
    try:
        ip = ipaddress.ip_address(s.strip())
    except ValueError:
        return False
    return any(ip.version == n.version and ip in n for n in DOC_NETS)


EXAMPLE_DOMAIN_RE = re.compile(
    r"(^|\.)(example\.(com|net|org)|[a-z0-9-]+\.(example|test|invalid))$|(^|\.)example$")


def example_email_ok(s):
    s = s.strip().lower()
    if s.count("@") != 1:
        return False
    local, dom = s.split("@")
    return bool(local) and bool(EXAMPLE_DOMAIN_RE.search(dom))


# ---------------------------------------------------------------- registry used by build.py

NATIONAL_ID_SCHEMES = {
    "bsn": bsn_ok,
    "rrn": rrn_ok,
    "cpr": lambda s: cpr_format_ok(s) and cpr_mod11_ok(s),
    "cpr_modern": cpr_format_ok,  # post-2007 CPRs need not pass mod 11
    "ptal": ptal_ok,
    "nhs": nhs_ok,
    "nino": nino_ok,
    "ppsn": ppsn_ok,
    "sin": sin_ok,
    "ssn": ssn_format_ok,
    "tfn": tfn_ok,
    "medicare": medicare_ok,
    "ird": ird_ok,
    "sa_id": sa_id_ok,
    "aadhaar": aadhaar_ok,
    "pan": pan_ok,
    "passport": passport_ok,
}


def _selftest():
    assert verhoeff_digit("236") == "3" and verhoeff_ok("2363")
    assert ird_ok("49091850")
    assert tfn_ok("123456782")
    assert luhn_ok("79927398713")
    assert iban_ok("GB82 WEST 1234 5698 7654 32")
    assert iban_ok(make_iban("NL", "ABNA0417164300"))
    assert bsn_ok("111222333")
    assert nhs_ok("9434765919")
    assert ppsn_ok("1234567T") and ppsn_ok("1234567TW")
    assert doc_ip_ok("203.0.113.7") and not doc_ip_ok("8.8.8.8")
    assert uk_drama_ok("07700 900123") and nanp_fictional_ok("(212) 555-0143")
    assert acma_ok("0491 570 156") and acma_ok("(02) 5550 1234")
    return True


if __name__ == "__main__":
    print("selftest", _selftest())
