"""Number words in nl, da and en and the digits they say ("zes" 6, "fireogtyve" 24, "twenty-one" 21): used to read
numbers said in words in call transcripts (``redact_spoken``) and values given in answer to a question
(``redact_cues``)."""

from __future__ import annotations

import re

DIGIT_WORDS = {
    # nl
    "nul": "0", "één": "1", "een": "1", "twee": "2", "drie": "3", "vier": "4", "vijf": "5", "zes": "6", "zeven": "7",
    "acht": "8", "negen": "9", "tien": "10", "elf": "11", "twaalf": "12", "dertien": "13", "veertien": "14",
    "vijftien": "15", "zestien": "16", "zeventien": "17", "achttien": "18", "negentien": "19",
    "twintig": "20", "dertig": "30", "veertig": "40", "vijftig": "50", "zestig": "60", "zeventig": "70",
    "tachtig": "80", "negentig": "90",
    # da
    "en": "1", "et": "1", "to": "2", "tre": "3", "fire": "4", "fem": "5", "seks": "6", "syv": "7", "otte": "8",
    "ni": "9", "ti": "10", "elleve": "11", "tolv": "12", "tretten": "13", "fjorten": "14", "femten": "15",
    "seksten": "16", "sytten": "17", "atten": "18", "nitten": "19", "tyve": "20", "tredive": "30", "fyrre": "40",
    "halvtreds": "50", "tres": "60", "halvfjerds": "70", "firs": "80", "halvfems": "90",
    # en
    "zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
    "seven": "7", "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13",
    "fourteen": "14", "fifteen": "15", "sixteen": "16", "seventeen": "17", "eighteen": "18", "nineteen": "19",
    "twenty": "20", "thirty": "30", "forty": "40", "fifty": "50", "sixty": "60", "seventy": "70", "eighty": "80",
    "ninety": "90",
}
# words that are also ordinary words: they count inside a run, never at its start
AMBIGUOUS = frozenset({"een", "en", "et", "to", "ni", "oh", "elf", "tre", "fire", "fem", "ti", "tres", "one"})
_NL_UNITS = {"een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9}
NL_TENS = {"twintig": 2, "dertig": 3, "veertig": 4, "vijftig": 5, "zestig": 6, "zeventig": 7, "tachtig": 8, "negentig": 9}
_DA_UNITS = {"en": 1, "et": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "syv": 7, "otte": 8, "ni": 9}
DA_TENS = {"tyve": 2, "tredive": 3, "fyrre": 4, "halvtreds": 5, "tres": 6, "halvfjerds": 7, "firs": 8, "halvfems": 9}
_EN_TENS = {"twenty": 2, "thirty": 3, "forty": 4, "fifty": 5, "sixty": 6, "seventy": 7, "eighty": 8, "ninety": 9}
_EN_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_NL_COMPOUND = re.compile(rf"({'|'.join(_NL_UNITS)})[eë]n({'|'.join(NL_TENS)})")
_DA_COMPOUND = re.compile(rf"({'|'.join(_DA_UNITS)})og({'|'.join(DA_TENS)})")
_EN_COMPOUND = re.compile(rf"({'|'.join(_EN_TENS)})-({'|'.join(_EN_UNITS)})")

def number_word(word: str) -> str | None:
    """The digits one number word stands for ("zes" 6, "fireogtyve" 24, "twenty-one" 21), or None."""
    if word in DIGIT_WORDS:
        return DIGIT_WORDS[word]
    for rx, units, tens in ((_NL_COMPOUND, _NL_UNITS, NL_TENS), (_DA_COMPOUND, _DA_UNITS, DA_TENS),
                            (_EN_COMPOUND, _EN_UNITS, _EN_TENS)):
        m = rx.fullmatch(word)
        if m:
            u, t = (m.group(1), m.group(2)) if rx is not _EN_COMPOUND else (m.group(2), m.group(1))
            return str(tens[t] * 10 + units[u])
    return None
