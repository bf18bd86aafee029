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
from .number_words import AMBIGUOUS as _AMBIGUOUS
from .number_words import DA_TENS as _DA_TENS
from .number_words import DIGIT_WORDS as _DIGIT_WORDS
from .number_words import NL_TENS as _NL_TENS
from .number_words import number_word as _value
from .redact_cues import mostly_lower
from .redact_numbers import KEEP, classify_digits, nearest_label

_TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?")
_GAP = re.compile(r"[ \t,]*")
_REPEAT = {"double": 2, "dubbel": 2, "dobbelt": 2, "triple": 3}


_GATE_WORDS = frozenset(w for w in _DIGIT_WORDS if w not in _AMBIGUOUS)


_COMPOUND_GATE = re.compile(rf"(?:og|[eë]n)(?:{'|'.join(list(_NL_TENS) + list(_DA_TENS))})(?![^\W\d_])")


# The start of an IBAN spelled and said before its account number: the country's letters, its check digits in
# words or digits, and the bank's letters where the country has them ("n l vijf negen a s n b", "g b two nine n w
# b k", "d k fem nul"); the account number is the run of number words after it.
_IBAN_LEAD = re.compile(
    r"(?i)(?<![\w])(?P<cc>[a-z][ ][a-z]|(?-i:[A-Z]{2}))[ ,]+(?:[^\W_]+[ ,]+){1,3}(?:(?:[a-z][ ,]*){4})?$"
)
_IBAN_COUNTRIES = frozenset("NL BE DK GB IE DE FO GL SE NO FI FR ES IT LU AT CH PL PT".split())


def _number_next(text: str, tokens: list[re.Match[str]], k: int) -> bool:
    """Whether the words after token ``k`` (with only gaps between) are number words, the first of them one that
    is nothing else or "double", or at most two ambiguous ones before such a word: an ambiguous word then starts
    the number ("oh seven seven double oh nine", "oh one four one four")."""
    for j in range(k + 1, min(k + 4, len(tokens))):
        if not _GAP.fullmatch(text, tokens[j - 1].end(), tokens[j].start()):
            return False
        nxt = tokens[j].group(0).lower()
        if nxt in _REPEAT or (nxt not in _AMBIGUOUS and _value(nxt) is not None):
            return True
        if _value(nxt) is None:
            return False
    return False


def may_have_spoken_number(text: str) -> bool:
    """A cheap test before :func:`spoken_numbers`: two different number words, or a compound one ("fireogtyve")."""
    low = text.lower()
    if len(_GATE_WORDS.intersection(low.replace(",", " ").replace(".", " ").split())) >= 2:
        return True
    return _COMPOUND_GATE.search(low) is not None


# words for a bank account said right before its number
_BANK_BEFORE = re.compile(
    r"(?i)(?:sort[ \t]?code|account(?:[ \t]+(?:number|no))?|acct|a/c|konto(?:nummer(?:et)?|nr\.?)?|reg(?:\.|[ \t]*nr\.?|"
    r"istreringsnummer)?|rekening(?:nummer)?|bsb|iban)[ \t]*(?:is|er|was|number|nummer)?[ \t,:.]*$"
)


def spoken_numbers(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, TYPE)`` of phone numbers and ids spoken as words (four or more number words on a line)."""
    spans: list[tuple[int, int, str]] = []
    run: list[tuple[int, int, str]] = []  # (start, end, digits) of the words of the current run
    repeat = 1
    last_end = -1

    def close() -> None:
        line_start = text.rfind("\n", 0, run[0][0]) + 1 if run else 0
        if len(run) >= 3 and _BANK_BEFORE.search(text, max(line_start, run[0][0] - 40), run[0][0]):
            digits = sum(len(d) for _, _, d in run)
            if 6 <= digits <= 18:  # "sort code forty, eleven, sixty-two", "account four one five five ..."
                spans.append((run[0][0], run[-1][1], "IBAN"))
                run.clear()
                return
        if len(run) >= 4:
            raw = " ".join(d for _, _, d in run)
            if sum(len(d) for _, _, d in run) >= 7:
                s, e = run[0][0], run[-1][1]
                line_start = text.rfind("\n", 0, s) + 1
                iban = _IBAN_LEAD.search(text, max(line_start, s - 80), s)
                if iban and iban.group("cc").replace(" ", "").upper() in _IBAN_COUNTRIES:
                    spans.append((iban.start(), e, "IBAN"))  # "n l vijf negen a s n b vijf vier zes ..."
                else:
                    kind = classify_digits(raw, nearest_label(text, s, e))
                    if kind is not None and kind != KEEP:
                        spans.append((s, e, kind))
        run.clear()

    tokens = list(_TOKEN.finditer(text))
    for k, m in enumerate(tokens):
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
        if value is None or (not run and word in _AMBIGUOUS and not _number_next(text, tokens, k)):
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
        rf"(?<![\w'-])(?!(?:{_NOT_STREETS})[ \t])[a-zß-öø-ÿĀ-ſ][a-zß-öø-ÿĀ-ſ'-]+(?:{ends})[ \t]+{_HOUSE_WORDS}(?![^\W\d_])"
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


# ---- an English house number said in words before the street: "forty seven egerton road", "four twenty two maple
# ridge court", "fourteen larch avenue" (lower-case transcripts; the street names between are no number words,
# stop words or units)
_EN_NUMBER = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
    r"eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|oh|zero)"
)
_EN_SUFFIXES = (
    r"street|road|avenue|lane|drive|close|way|court|place|square|crescent|terrace|gardens|grove|mews|boulevard|"
    r"parade|row|walk|rise|park|hill|heights|wynd|view|glen|green|vale|mount|gate|boulevard|highway|circle|trail|"
    r"parkway|cres|ave|rd|st"
)
_EN_SPOKEN_STREET = re.compile(
    rf"(?<![\w'-]){_EN_NUMBER}(?:[ \t]+{_EN_NUMBER}){{0,4}}[ \t]+(?P<name>(?:[a-z][a-z'-]+[ \t]+){{1,3}})"
    rf"(?:{_EN_SUFFIXES})(?![\w'-])"
)
_NOT_STREET_NAME = frozenset(
    "days weeks months years hours minutes times pounds dollars euros items boxes parcels bags people kids the a an "
    "and or of on in at to for from my your his her our their this that these those more less".split()
)


def spoken_english_streets(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, "ADDRESS")`` of English streets with a house number said in words, in a lower-case text."""
    from .redact_cues import _stop  # the stop words of nl, da and en

    stop = _stop()
    spans = []
    for m in _EN_SPOKEN_STREET.finditer(text):
        words = m.group("name").split()
        if any(w in _NOT_STREET_NAME or w in stop or _value(w) is not None for w in words):
            continue
        spans.append((m.start(), m.end(), "ADDRESS"))
    return spans


# ---- a Danish or Dutch postcode said in words, 1000 to 9999: "toogtyve hundrede", "otte tusind", "tre tusind ni
# hundrede", "negenduizend", "tweeduizend vijfhonderd"
_THOUSANDS = re.compile(
    r"(?i)(?<![\w])(?:(?P<t>[^\W\d_]+)[ \t]+tusinde?(?:[ \t]+(?:og[ \t]+)?(?P<h>[^\W\d_]+)[ \t]+hundrede)?"
    r"(?:[ \t]+og[ \t]+(?P<r>[^\W\d_]+))?"
    r"|(?P<hh>[^\W\d_]+)[ \t]+hundrede(?:[ \t]+og[ \t]+(?P<r2>[^\W\d_]+))?"
    r"|(?P<nt>een|twee|drie|vier|vijf|zes|zeven|acht|negen)?[ \t]?duizend"
    r"(?:[ \t]?(?P<nh>een|twee|drie|vier|vijf|zes|zeven|acht|negen)?honderd(?P<nr>[^\W\d_]*))?)(?![\w])"
)


def _word_value(word: str | None, lo: int, hi: int) -> int | None:
    """The number a word says when it lies in [lo, hi], else None; 0 for no word."""
    if not word:
        return 0
    v = _value(word.lower())
    if v is None or not v.isdigit() or not lo <= int(v) <= hi:
        return None
    return int(v)


def spoken_thousands(text: str, pos: int, end: int) -> int | None:
    """The end of a number from 1000 to 9999 said in words at ``pos`` (Danish "toogtyve hundrede", "tre tusind ni
    hundrede", Dutch "negenduizend", "twee duizend vijfhonderd"), or None."""
    m = _THOUSANDS.match(text, pos, end)
    if m is None:
        return None
    if m.group("t") is not None:
        t, h, r = _word_value(m.group("t"), 1, 9), _word_value(m.group("h"), 1, 9), _word_value(m.group("r"), 1, 99)
        value = None if t is None or h is None or r is None else t * 1000 + h * 100 + r
    elif m.group("hh") is not None:
        hh, r = _word_value(m.group("hh"), 10, 99), _word_value(m.group("r2"), 1, 99)
        value = None if hh is None or r is None else hh * 100 + r
    else:
        t = _word_value(m.group("nt"), 1, 9) or 1
        has_h = "honderd" in m.group(0).lower()
        h = (_word_value(m.group("nh"), 1, 9) or 1) if has_h else 0
        r = _word_value(m.group("nr"), 1, 99)
        value = None if r is None else t * 1000 + h * 100 + r
    return m.end() if value is not None and 1000 <= value <= 9999 else None


_AFTER_STREET = re.compile(
    r"<ADDRESS>(?:[ \t]+(?:[^\W\d_]+[ \t]+)?(?:sal|etage|hoog|til[ \t]+(?:venstre|højre)|tv|th|st|stuen|mf))*"
    r"(?:[ \t]*,?[ \t]+(?:i|in|te)[ \t]+[^\W\d_]+)?[ \t]*,?[ \t]+"
)


_DIGIT_WORD = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
# an American ZIP code read digit by digit after the town and the state: "<ADDRESS> columbus ohio four three two one
# five"
_ZIP_AFTER_STREET = re.compile(
    rf"<ADDRESS>(?:[ \t]*,?[ \t]+[a-z]+){{0,3}}[ \t]*,?[ \t]+(?P<zip>{_DIGIT_WORD}(?:[ \t]+{_DIGIT_WORD}){{4}})"
    rf"(?![ \t]+{_DIGIT_WORD})(?![\w])"
)


def spoken_postcodes(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, "POSTCODE")`` of postcodes said in words right after a street redacted."""
    if "<ADDRESS>" not in text:
        return []
    spans = [(m.start("zip"), m.end("zip"), "POSTCODE") for m in _ZIP_AFTER_STREET.finditer(text)]
    for m in _AFTER_STREET.finditer(text):
        line_end = text.find("\n", m.end())
        found = spoken_thousands(text, m.end(), len(text) if line_end == -1 else line_end)
        if found:
            spans.append((m.end(), found, "POSTCODE"))
    return spans
