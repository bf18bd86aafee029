"""Checksum and date validators used by redaction: IBAN mod-97, Luhn, Dutch 11-proof, Danish CPR, EAN/GTIN.

Each validator takes the digits (or compact IBAN) as a string and returns a bool; none of them raises on odd
input, so the redactor can call them on any candidate a cheap regex found.
"""

from __future__ import annotations

from datetime import date

# IBAN length per country (SWIFT IBAN registry). An IBAN is only accepted when its country is known and its
# length matches: together with mod-97 this keeps random letter+digit codes from being taken for an IBAN.
IBAN_LENGTHS: dict[str, int] = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22, "BR": 29,
    "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "DO": 28, "EE": 20, "EG": 29,
    "ES": 24, "FI": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28,
    "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20,
    "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MD": 24, "ME": 22, "MK": 19,
    "MR": 27, "MT": 31, "MU": 30, "NL": 18, "NO": 15, "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29,
    "RO": 24, "RS": 22, "SA": 24, "SC": 31, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "ST": 25, "SV": 28,
    "TL": 23, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20,
}  # fmt: skip


def iban_valid(compact: str) -> bool:
    """True when ``compact`` (no spaces, any case) is an IBAN of a known country with a valid mod-97 check."""
    s = compact.upper()
    if len(s) < 15 or not s[:2].isalpha() or not s[2:4].isdigit() or not s.isalnum() or not s.isascii():
        return False
    if IBAN_LENGTHS.get(s[:2]) != len(s):
        return False
    rearranged = s[4:] + s[:4]
    # int() of the letter-expanded string is exact in Python, so no chunked arithmetic is needed.
    number = "".join(str(int(c, 36)) for c in rearranged)
    return int(number) % 97 == 1


def luhn_valid(digits: str) -> bool:
    """True when ``digits`` passes the Luhn (mod-10) check used by payment cards."""
    if not digits.isdigit() or len(digits) < 2:
        return False
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def elfproef_valid(digits: str) -> bool:
    """True when ``digits`` is a 9-digit Dutch BSN passing the 11-proof (weights 9..2 and -1)."""
    if len(digits) != 9 or not digits.isdigit() or digits == "000000000":
        return False
    total = sum((9 - i) * (ord(c) - 48) for i, c in enumerate(digits[:8])) - (ord(digits[8]) - 48)
    return total % 11 == 0


def ean_valid(digits: str) -> bool:
    """True when ``digits`` is a GTIN-8/12/13/14 (EAN/UPC) with a valid check digit."""
    if len(digits) not in (8, 12, 13, 14) or not digits.isdigit():
        return False
    body, check = digits[:-1], ord(digits[-1]) - 48
    # Weights alternate 3,1,3,... starting from the digit next to the check digit.
    total = sum((3 if i % 2 == 0 else 1) * (ord(c) - 48) for i, c in enumerate(reversed(body)))
    return (10 - total % 10) % 10 == check


def _cpr_century(yy: int, seventh: int) -> int:
    """Century of a CPR birth year from the 7th digit (CPR office rules)."""
    if seventh <= 3:
        return 1900
    if seventh in (4, 9):
        return 2000 if yy <= 36 else 1900
    return 2000 if yy <= 57 else 1800


def cpr_valid(digits: str) -> bool:
    """True when ``digits`` (10 digits, DDMMYYSSSS) starts with a real birth date.

    The old modulus-11 check is not applied: CPR numbers issued since 2007 need not pass it.
    """
    if len(digits) != 10 or not digits.isdigit():
        return False
    day, month, yy, seventh = int(digits[0:2]), int(digits[2:4]), int(digits[4:6]), ord(digits[6]) - 48
    return valid_date(_cpr_century(yy, seventh) + yy, month, day)


def valid_date(year: int, month: int, day: int) -> bool:
    """True when year-month-day is a real calendar date."""
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def looks_like_date(parts: list[str]) -> bool:
    """True when three numeric parts read as D-M-Y (2- or 4-digit year) or Y-M-D."""
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        return False
    a, b, c = parts
    if len(a) <= 2 and len(b) <= 2 and len(c) in (2, 4):
        year = int(c) if len(c) == 4 else 2000 + int(c)
        # Both day-month and month-day orders are dates people write.
        return valid_date(year, int(b), int(a)) or valid_date(year, int(a), int(b))
    if len(a) == 4 and len(b) <= 2 and len(c) <= 2:
        return valid_date(int(a), int(b), int(c))
    return False


def rrn_valid(digits: str) -> bool:
    """True for a Belgian national register number (rijksregisternummer, YYMMDD + 3-digit serial + 2 check digits):
    97 - (first 9 digits mod 97), with a 2 in front for births from 2000; the month may be 0 (date unknown) or
    shifted by 20/40 (bis numbers), the day 0-31."""
    if len(digits) != 11 or not digits.isdigit():
        return False
    month, day = int(digits[2:4]) % 20, int(digits[4:6])
    if month > 12 or day > 31:
        return False
    base, check = int(digits[:9]), int(digits[9:])
    return check in (97 - base % 97, 97 - (2_000_000_000 + base) % 97)


def ppsn_valid(code: str) -> bool:
    """True for an Irish PPS number: 7 digits, a check letter, optionally a second letter (A, B, H, W, T ...).

    Check letter: the digits weighted 8..2, plus 9 x the second letter's value (A=1 ... I=9, W or none = 0),
    mod 23; 0 is W, 1-22 are A-V.
    """
    s = code.upper()
    if not (8 <= len(s) <= 9) or not s[:7].isdigit() or not s[7:].isalpha() or not s.isascii():
        return False
    total = sum(int(d) * w for d, w in zip(s[:7], range(8, 1, -1)))
    if len(s) == 9 and s[8] != "W":
        total += 9 * (ord(s[8]) - ord("A") + 1)
    return s[7] == "WABCDEFGHIJKLMNOPQRSTUV"[total % 23]


def nhs_valid(number: str) -> bool:
    """True for an NHS number (England, Wales, Isle of Man): 10 digits, the last a mod-11 check digit.

    The first nine digits weighted 10..2; 11 minus the sum mod 11 is the check digit (11 is 0, 10 is invalid).
    """
    digits = [int(c) for c in number if c.isdigit()]
    if len(digits) != 10:
        return False
    check = 11 - sum(d * w for d, w in zip(digits[:9], range(10, 1, -1))) % 11
    if check == 11:
        check = 0
    return check != 10 and check == digits[9]


def ird_valid(digits: str) -> bool:
    """New Zealand IRD number (8 or 9 digits): mod 11 with the first weights, or the second when the first give 10."""
    if not digits.isdigit() or len(digits) not in (8, 9):
        return False
    d = [int(c) for c in digits.zfill(9)]
    for weights in ((3, 2, 7, 6, 5, 4, 3, 2), (7, 4, 3, 2, 5, 2, 7, 6)):
        r = sum(a * b for a, b in zip(d[:8], weights)) % 11
        check = 0 if r == 0 else 11 - r
        if check != 10:
            return check == d[8]
    return False


def za_id_valid(digits: str) -> bool:
    """South African id number: a date of birth (YYMMDD), citizenship 0 or 1, Luhn check digit."""
    if len(digits) != 13 or not digits.isdigit() or digits[10] not in "01" or not luhn_valid(digits):
        return False
    yy, mm, dd = int(digits[:2]), int(digits[2:4]), int(digits[4:6])
    return valid_date(1900 + yy, mm, dd) or valid_date(2000 + yy, mm, dd)


_VERHOEFF_D = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9), (1, 2, 3, 4, 0, 6, 7, 8, 9, 5), (2, 3, 4, 0, 1, 7, 8, 9, 5, 6),
    (3, 4, 0, 1, 2, 8, 9, 5, 6, 7), (4, 0, 1, 2, 3, 9, 5, 6, 7, 8), (5, 9, 8, 7, 6, 0, 4, 3, 2, 1),
    (6, 5, 9, 8, 7, 1, 0, 4, 3, 2), (7, 6, 5, 9, 8, 2, 1, 0, 4, 3), (8, 7, 6, 5, 9, 3, 2, 1, 0, 4),
    (9, 8, 7, 6, 5, 4, 3, 2, 1, 0),
)
_VERHOEFF_P = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9), (1, 5, 7, 6, 2, 8, 3, 0, 9, 4), (5, 8, 0, 3, 7, 9, 6, 1, 4, 2),
    (8, 9, 1, 6, 0, 4, 3, 5, 2, 7), (9, 4, 5, 3, 1, 2, 7, 6, 8, 0), (4, 2, 8, 6, 5, 7, 3, 9, 0, 1),
    (2, 7, 9, 3, 8, 0, 6, 4, 1, 5), (7, 0, 4, 6, 9, 1, 3, 2, 5, 8),
)


def verhoeff_valid(digits: str) -> bool:
    """Whether a digit string ends in a correct Verhoeff check digit ("2363", "123451")."""
    c = 0
    for i, ch in enumerate(reversed(digits)):
        c = _VERHOEFF_D[c][_VERHOEFF_P[i % 8][int(ch)]]
    return c == 0


def aadhaar_valid(digits: str) -> bool:
    """An Indian Aadhaar number: 12 digits, not starting with 0 or 1, with a Verhoeff check digit."""
    return len(digits) == 12 and digits.isdigit() and digits[0] not in "01" and verhoeff_valid(digits)


def medicare_valid(digits: str) -> bool:
    """An Australian Medicare card number: 10 digits, the first 2-6, the ninth the check digit of the first eight
    (weights 1 3 7 9 1 3 7 9, modulo 10); the tenth is the card's issue number."""
    if len(digits) != 10 or not digits.isdigit() or digits[0] not in "23456":
        return False
    return sum(int(d) * w for d, w in zip(digits[:8], (1, 3, 7, 9, 1, 3, 7, 9))) % 10 == int(digits[8])
