"""Numbers spoken in words in call transcripts: "nul zes vijf twee negen nul drie één acht zeven",
"fireogtyve seksogtres femoghalvfjerds toogtyve", "oh seven seven double oh nine hundred...".

Speech recognition often writes a phone number or an id the way it was said. A run of four or more number words
on one line is turned into its digits (one group per word: "fireogtyve seksogtres" is "24 66") and decided by the
same rules as a written number (:func:`cxmine.text.redact_numbers.classify_digits`, with the label before it):
a phone number, a CPR or BSN number, a card; a run the rules do not recognise is kept (an order number read out).
"""

from __future__ import annotations

import re

from .langdata import load_list
from .redact_cues import mostly_lower
from .redact_numbers import KEEP, classify_digits, nearest_label

_DIGIT_WORDS = {
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
_AMBIGUOUS = frozenset({"een", "en", "et", "to", "ni", "oh", "elf", "tre", "fire", "fem", "ti", "tres", "one"})
_NL_UNITS = {"een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9}
_NL_TENS = {"twintig": 2, "dertig": 3, "veertig": 4, "vijftig": 5, "zestig": 6, "zeventig": 7, "tachtig": 8, "negentig": 9}
_DA_UNITS = {"en": 1, "et": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "syv": 7, "otte": 8, "ni": 9}
_DA_TENS = {"tyve": 2, "tredive": 3, "fyrre": 4, "halvtreds": 5, "tres": 6, "halvfjerds": 7, "firs": 8, "halvfems": 9}
_EN_TENS = {"twenty": 2, "thirty": 3, "forty": 4, "fifty": 5, "sixty": 6, "seventy": 7, "eighty": 8, "ninety": 9}
_EN_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_NL_COMPOUND = re.compile(rf"({'|'.join(_NL_UNITS)})[eë]n({'|'.join(_NL_TENS)})")
_DA_COMPOUND = re.compile(rf"({'|'.join(_DA_UNITS)})og({'|'.join(_DA_TENS)})")
_EN_COMPOUND = re.compile(rf"({'|'.join(_EN_TENS)})-({'|'.join(_EN_UNITS)})")
_TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?")
_GAP = re.compile(r"[ \t,]*")
_REPEAT = {"double": 2, "dubbel": 2, "dobbelt": 2, "triple": 3}


def _value(word: str) -> str | None:
    """The digits one number word stands for ("zes" 6, "fireogtyve" 24, "twenty-one" 21), or None."""
    if word in _DIGIT_WORDS:
        return _DIGIT_WORDS[word]
    for rx, units, tens in ((_NL_COMPOUND, _NL_UNITS, _NL_TENS), (_DA_COMPOUND, _DA_UNITS, _DA_TENS),
                            (_EN_COMPOUND, _EN_UNITS, _EN_TENS)):
        m = rx.fullmatch(word)
        if m:
            u, t = (m.group(1), m.group(2)) if rx is not _EN_COMPOUND else (m.group(2), m.group(1))
            return str(tens[t] * 10 + units[u])
    return None


def number_word(word: str) -> str | None:
    """The digits a lower-case number word says, or None (for the values asked for in redact_cues)."""
    return _value(word)


_GATE_WORDS = frozenset(w for w in _DIGIT_WORDS if w not in _AMBIGUOUS)


_COMPOUND_GATE = re.compile(rf"(?:og|[eë]n)(?:{'|'.join(list(_NL_TENS) + list(_DA_TENS))})(?![^\W\d_])")


def may_have_spoken_number(text: str) -> bool:
    """A cheap test before :func:`spoken_numbers`: two different number words, or a compound one ("fireogtyve")."""
    low = text.lower()
    if len(_GATE_WORDS.intersection(low.replace(",", " ").replace(".", " ").split())) >= 2:
        return True
    return _COMPOUND_GATE.search(low) is not None


def spoken_numbers(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, TYPE)`` of phone numbers and ids spoken as words (four or more number words on a line)."""
    spans: list[tuple[int, int, str]] = []
    run: list[tuple[int, int, str]] = []  # (start, end, digits) of the words of the current run
    repeat = 1
    last_end = -1

    def close() -> None:
        if len(run) >= 4:
            raw = " ".join(d for _, _, d in run)
            if sum(len(d) for _, _, d in run) >= 7:
                s, e = run[0][0], run[-1][1]
                kind = classify_digits(raw, nearest_label(text, s, e))
                if kind is not None and kind != KEEP:
                    spans.append((s, e, kind))
        run.clear()

    for m in _TOKEN.finditer(text):
        word = m.group(0).lower()
        if run and not _GAP.fullmatch(text, last_end, m.start()):
            close()
            repeat = 1
        if word in _REPEAT:
            repeat = _REPEAT[word]
            if run:
                last_end = m.end()
            continue
        value = _value(word)
        if value is None or (not run and word in _AMBIGUOUS):
            close()
            repeat = 1
            continue
        run.append((m.start(), m.end(), value * repeat if len(value) == 1 else value))
        repeat = 1
        last_end = m.end()
    close()
    return spans


# ---- a house number said in words after a street in a lower-case transcript: "de vechtstraat honderdtwaalf twee
# hoog", "egevej seksten st th", "kirkebakken tre a"
_HOUSE_WORDS = (
    r"(?:(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen)?honderd[^\W\d_]*|(?:et|to|tre|fire|fem|seks|syv|otte|ni)?"
    r"[ \t]?hundrede(?:[ \t]+og)?[ \t]+[^\W\d_]+|[^\W\d_]*(?:tig|tyve|tredive|fyrre|halvtreds|tres|halvfjerds|firs|"
    r"halvfems)|" + "|".join(sorted((w for w in _DIGIT_WORDS if w not in ("oh", "zero", "nul", "en", "et", "een")),
                                    key=len, reverse=True)) + ")"
)


# words that end like a street but are not one ("onderweg", "snelweg", "motorvej"), and what follows a number
# that is no house number ("vier uur", "to dage")
_NOT_STREETS = (
    r"onderweg|halverwege|halfweg|snelweg|autoweg|rijksweg|zijweg|omweg|motorvej|motorvejen|landevej|parkeringsplads|"
    r"arbejdsplads|legeplads|undervejs|motorway|highway|railway|doorway|subway|halfway|anyway|someway|midway"
)
_UNITS = (
    r"uur|uren|minuten|minuut|seconden|dagen|dag|weken|week|maanden|maand|jaar|keer|kilometer|km|meter|euro|"
    r"timer|time|minutter|dage|døgn|uger|uge|måneder|måned|år|gange|kroner|kr|hours|hour|minutes|days|weeks|"
    r"months|years|times|miles|mile|pounds|quid|percent|procent"
)


def _street_rx() -> re.Pattern[str]:
    # nl and da only: their streets are one word ending in the suffix ("kerkstraat"); English suffixes as word
    # endings took "eerst twee" and "efter tre" for streets
    suffixes = sorted({s.lower() for lang in ("nl", "da") for s in load_list(lang, "street_suffixes")
                       if " " not in s}, key=len, reverse=True)
    ends = "|".join(re.escape(s) for s in suffixes)
    return re.compile(
        rf"(?<![\w'-])(?!(?:{_NOT_STREETS})[ \t])[a-zß-öø-ÿ][a-zß-öø-ÿ'-]+(?:{ends})[ \t]+{_HOUSE_WORDS}(?![^\W\d_])"
        rf"(?![ \t]+(?:{_UNITS})(?![^\W\d_]))"
        rf"(?:[ \t]+(?:(?:{_HOUSE_WORDS})[ \t]+(?:hoog|sal|etage|floor)|[a-h]|hoog|høj|st|th|tv|mf|sal|stuen|bis)"
        rf"(?![^\W\d_]))*"
    )


_STREET_RX: list[re.Pattern[str]] = []


_HOUSE_GATE = frozenset(_DIGIT_WORDS) - {"oh", "zero", "nul", "en", "et", "een", "to", "one", "ni", "elf", "fire", "fem"}


def spoken_addresses(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, "ADDRESS")`` of streets with a house number said in words, in a lower-case text."""
    low = text.lower()
    if _HOUSE_GATE.isdisjoint(low.split()) and "honderd" not in low and "hundrede" not in low \
            and _COMPOUND_GATE.search(low) is None:
        return []  # no number word: the common case
    if not mostly_lower(text):
        return []  # a capitalised text writes its house numbers in digits
    if not _STREET_RX:
        _STREET_RX.append(_street_rx())
    return [(m.start(), m.end(), "ADDRESS") for m in _STREET_RX[0].finditer(text)]
