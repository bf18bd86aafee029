"""Names found from what stands around them, for words that are in no name list.

The name lists (``lang/<lang>/first_names.txt``, ``surnames.txt``) cannot hold every name a caller gives
("Rachida", "Kjærsgaard", "Oisín", "Baldewsingh"). A name that is in no list is still recognisable from its place:

- the answer to a name question: "en uw naam? | rachida bouzid", "og dit navn ida kaae tak", "can I take your name
  | margaret quinn";
- a field label: "Naam: Lowie Janssens", "Patiënt: Dirk-Jan 't Hart", "Account holder: Cian Ó Flaherty";
- after a profession used as a title: "dokter verbeek", "tandarts van der heijden", "dyrlæge kjærsgaard",
  "dr. Mahabier", "trainer Soekhai";
- before "speaking" on a call: "good afternoon harbour bank ciara speaking";
- next to a name already found (:func:`grow_names`): "<NAME>-de Groot", "gerrit-jan <NAME>", "Winston <NAME>",
  "<NAME> Anjali <NAME>", "ewan and <NAME>".

A word counts as a possible name there when it is a common first name or surname, or when it is in none of the
nl / da / en word lists (the spaCy lemma tables and stop words that language detection already uses, see
:mod:`cxmine.text.language_lexicon`): "bakker" after "dokter" is a name because of the title, "klopt" after "uw
naam?" is not a name because it is a Dutch word. Without those word lists (spacy-lookups-data missing) no word
counts as unknown and these rules only use the name lists.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from functools import lru_cache

from .langdata import load_all
from .language_lexicon import Lexicon, WordFreq, hash_words
from .number_words import number_word
from .redact_checks import iban_valid, ird_valid, luhn_valid, medicare_valid, za_id_valid
from .redact_names import (
    _CALL_FILLERS,
    _ORG_WORDS,
    _TITLES,
    _first_names,
    _stop_words,
    _surname_keys,
    name_data,
    word_first_names,
)

# weekday names in nl, da and en (redact.py's address patterns use the same)
WEEKDAYS = (
    "maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|"
    "søndag|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
)
# month names and abbreviations in nl, da and en (redact.py's date patterns use the same)
MONTHS = (
    "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
    "januar|februar|marts|maj|august|january|february|march|may|june|july|october|"
    "jan|feb|mrt|mar|apr|jun|jul|aug|sep|sept|okt|oct|nov|dec"
)
_L = r"[^\W\d_]"
# one word: letters with inner apostrophes or hyphens ("o'brien", "tjin-a-fong", "'t")
_WORD = re.compile(rf"(?:'t|{_L}+(?:['’-]{_L}+)*)(?![\w'’-])")
_INITIAL = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-ſ]\.(?:[ ]?[A-ZÀ-ÖØ-ÞĀ-ſ]\.)*")
_PARTICLES = frozenset("van de der den ter ten het 't af von la le du da di el al o' mc ó ní ua".split())
_FILLERS = frozenset(
    "eh ehm euh uh uhm um erm er hmm öh øh øhm æh ja jo jep jaa yes yeah yep ok oké okay sure nou nå well so "
    "dat het it det er is it's that's thats den".split()
)
_STOP_AFTER = frozenset(
    "calling speaking here hier bel bellen belde ringer ringede ring call called again weer igen even lige just only "
    "alleen kun from fra van uit with met med and en og about over om please graag tak thanks thank dank bedankt "
    "alstublieft alsjeblieft".split()
)


def _load_lists(load, min_size: int) -> tuple:
    """The nl, da and en lists that ``load(lang)`` gives (a ``Lexicon`` or a ``WordFreq``), leaving out missing and
    near-empty ones: without the word lists no word counts as unknown, and the rules use the name lists only."""
    out = []
    for lang in ("nl", "da", "en"):
        try:
            lst = load(lang)
        except Exception:  # noqa: BLE001 - spacy-lookups-data or wordfreq missing or unreadable
            continue
        if lst is not None and len(lst) > min_size:
            out.append(lst)
    return tuple(out)


@lru_cache(maxsize=1)
def _lexicons() -> tuple:
    return _load_lists(Lexicon.load, 1000)


@lru_cache(maxsize=1)
def _stop() -> frozenset[str]:
    return _stop_words() | name_data().stop


@lru_cache(maxsize=1)
def _name_words() -> frozenset[str]:
    return _first_names() | _surname_keys()


@lru_cache(maxsize=1)
def _freqs() -> tuple:
    return _load_lists(WordFreq.load, 0)


# a word this frequent in nl, da or en is an everyday word even when the lemma tables miss it ("meteen",
# "trouwens"); the wordfreq lists also hold names, but names are rarer (Zipf 1-4: "kramer" 3.9, "quinn" 4.1)
_COMMON_ZIPF = 4.2
_APOS_TAIL = re.compile(r"['’](?:s|ve|re|ll|d|t|m)$")


def _known(low: str) -> bool:
    lexes = _lexicons()
    h = hash_words([low])
    if any(bool(lex.contains_hashes(h)[0]) for lex in lexes):
        return True
    floor = 1e-12
    if any(float(wf.log_freqs(h, floor)[0]) >= (_COMMON_ZIPF - 9) * 2.302585 for wf in _freqs()):
        return True
    return False


@lru_cache(maxsize=65536)
def unknown_word(word: str) -> bool:
    """True when ``word`` is in none of the nl / da / en word lists and is no stop word (a name, most likely).

    Known: a form in the lemma tables, a word frequent in wordfreq's lists, a contraction of a known word
    ("name's"), a compound of two known words of 4+ letters ("contractnummer", "teamlederen").
    """
    low = _APOS_TAIL.sub("", word.lower())
    if len(low) < 2 or low in _stop() or low in _FILLERS:
        return False
    if not _lexicons():
        return False
    if _known(low):
        return False
    if len(low) >= 9 and "-" not in low:
        for k in range(4, len(low) - 3):
            if _known(low[k:]) and (_known(low[:k]) or (low[k - 1] in "se" and _known(low[: k - 1]))):
                return False
    return True


def name_like(word: str) -> bool:
    """A common first name or surname, or an unknown word (see :func:`unknown_word`)."""
    low = word.lower()
    if low in _stop() or low in _FILLERS or low in _STOP_AFTER:
        return False
    if low in _name_words():
        return True
    if "-" in low and any(p in _name_words() for p in low.split("-")):
        return True
    return unknown_word(word)


# words that make the name before them a company's ("groenlicht energie", "nordlys forsikring", "harbour bank")
_BUSINESS_WORDS = frozenset(
    "energie energy bank banken verzekeringen verzekering insurance forsikring forsikringer telecom mobile mobiel "
    "broadband services service group groep gruppen holding installatie installaties installations solutions "
    "kliniek klinik klinikken clinic apotheek apotek pharmacy wonen bolig boligselskab housing homes gemeente kommune "
    "council netwerk netværk network reizen rejser travel airways airlines lease leasing logistics logistiek "
    "transport fragt parcel pakket post shop winkel butik store stores online retail webwinkel webshop media "
    "finance financial credit lending hypotheken mortgages property properties lettings makelaardij ejendomme "
    "rental verhuur udlejning motors auto autos cars garage fitness gym sports sport energi el vand water varme "
    "fjernvarme heating utilities pensions pension pensioen pensioenen".split()
)


_BUSINESS_ENDINGS = (
    "bank", "banken", "energie", "energi", "energy", "telecom", "verzekeringen", "verzekering", "forsikring",
    "insurance", "pensions", "pensioen", "wonen", "bolig", "reizen", "rejser", "travel", "airways", "airlines",
    "leasing", "logistics", "logistiek", "fitness", "apotheek", "apotek", "kliniek", "klinik", "clinic", "winkel",
    "butik", "service", "services", "support", "solutions", "systems", "group", "groep", "holding", "water",
)


def company_cut(name: str) -> int | None:
    """Where a span taken for a person's name turns into a company's, or None when it does not: 0 for a company
    ("Kestrel Pensions", "Kroonbank"), the start of "van ..." for an agent's name with the company after it
    ("Sanne van Stroomlijn Energie" -> "Sanne")."""
    words = name.split()
    if not words:
        return None
    last = words[-1].lower().strip(".,")
    if len(words) > 1 and words[0].lower().endswith(_TRADE_ENDINGS):
        return 0  # "Waterbedrijf Veluwezoom", "Autoværkstedet Jensen": a trade and the firm's name
    if _org_word(last) or (len(last) >= 7 and last.endswith(_BUSINESS_ENDINGS)) \
            or len(words) > 1 and _FIRM_AFTER.fullmatch(" " + words[-1].strip(".,")):
        for i, w in enumerate(words[1:-1], start=1):
            if w in ("van", "fra", "from", "of", "bij", "at", "hos"):
                return len(" ".join(words[:i]))  # the agent's own name before "van <company>"
        return 0
    for i, w in enumerate(words[1:-1], start=1):
        nxt = words[i + 1]
        if w in ("van", "fra", "from", "bij", "hos") and nxt[:1].isupper() and (
                nxt.lower().endswith(_TRADE_ENDINGS) or _org_word(nxt)
                or len(nxt) >= 7 and nxt.lower().endswith(_BUSINESS_ENDINGS)):
            return len(" ".join(words[:i]))  # "Linda van Tandartsenpraktijk Het Zuiderpark" -> "Linda"
    return None


# A trade before a name makes it a firm's: "Bouwbedrijf Hendriks", "Loodgieterij Maes", "Autoværkstedet Jensen",
# "Hotel Niels Juel", "installatiebedrijf van dam" (compounds ending in one of these, or one of these words; not
# a person's trade: "tandarts Wildschut", "dyrlæge Anna Mikkelsen")
_TRADE_ENDINGS = (
    "bedrijf", "bedrijven", "onderneming", "loodgieterij", "schilderij", "drukkerij", "bakkerij", "slagerij",
    "kwekerij", "stucadoorsbedrijf", "werken", "herstel", "techniek", "teknik", "stichting", "vereniging",
    "forening", "foreningen", "værksted", "værkstedet", "værksteder", "klinikken", "tandlægerne", "lægerne",
    "praksis", "praktijk", "centrum", "center", "centret", "centre", "makelaardij", "makelaars", "notariaat",
    "notarissen", "advocaten", "advokater", "bureau", "bureauet", "kantoor", "hotel", "hotellet", "pension",
    "camping", "restaurant", "bloemenhuis", "blomsterhus", "blomsterhuset", "garage", "garagen", "fysio",
    "tandartspraktijk", "dierenkliniek", "bedemand",
    "begravelse", "begrafenisonderneming", "uitvaart", "uitvaartcentrum", "autobedrijf", "taxi", "taxa",
    "transport", "verhuizingen", "vognmand", "tømrerfirma", "elinstallatør",
    "autoschade", "rijwielhandel", "fietsenhandel", "handel", "cykelhandler", "wijnhuis", "huset", "ziekenfonds",
    "hospital", "hospitalet", "brdr", "brødrene", "gebroeders", "gebr", "firma", "firmaet", "salon", "kapsalon",
    "bageri", "apotheek", "apotek", "huis", "studio", "studie", "bageriet", "slagteriet", "apoteket", "butikken",
    "frisøren", "salonen", "sint",
)
# ... and so does a firm's word after it: "Dakwerken Brouwer BV", "Jensen & Søn", "Van Dijk Onderhoud",
# "De Vries Installatietechniek", "Jensen Rådgivning ApS", "Anderson & Reid Funerals", "Johnny's Towing"
_FIRM_AFTER = re.compile(
    r"(?:'s)?[ \t]+(?:&[ \t]+(?:Zn|Zonen|Zoon|Søn|Sønner|Sons?|Co|Partners|Dochters?|Døtre)\b|en[ \t]+Zonen\b"
    r"|(?:B\.V\.|BV|N\.V\.|NV|V\.O\.F\.|VOF|A/S|ApS|I/S|IVS|Ltd\.?|Limited|LLC|Inc\.?|GmbH|Pty|PLC|plc|bvba|BVBA)(?![\w])"
    r"|(?:Onderhoud|Installatietechniek|Installaties|Installatie|Rådgivning|Funerals|Towing|Plumbing|Electrical|"
    r"Removals|Roofing|Builders|Construction|Solicitors|Accountants|Bouw|Advies|Consultancy|Transport|Tandartsen|"
    r"Makelaardij|Schilders|Schilderwerken|Dakwerken|Loodgieters|Service|Services|Motors|Autoservice|Biler|Byg|"
    r"VVS|Tømrer|Malerfirma|El-service|Elservice|Begravelse|Uitvaartzorg|Bloemen|Blomster|Freight|"
    r"Broadband|Logistics|Logistiek|Mall|Trading|Holdings|Veterinary|Vets|Dental|Surgery|Bakery|Kitchens|Flooring|"
    r"Carpets|Property|Properties|Lettings|Estates|Cleaning|Gardening|Landscaping|Joinery|Glazing|Homes|Group|"
    r"Groep|Gruppen|Bakkerij|Slagerij|Optiek|Optik|Tandlæger|Advokater|Advocaten|Accountancy|Consulting|Staffing|"
    r"Recruitment|Associates|Insurance|Energy|Telecom|Building|Heating|Collision|Brothers|Bros\.?|Garage)(?![\w])"
    # two surnames joined by "&" name a firm ("Harrington & Cole", "Hansen & Larsen ApS"), not on a doorbell
    r"|&[ \t]+(?:Ma?c)?[A-ZÀ-ÖØ-ÞĀ-ſ][a-zß-öø-ÿĀ-ſ]+(?![\w]))"
)
_FIRM_KIN = re.compile(r"(?:'s)?[ \t]+&[ \t]+(?:Zn|Zonen|Zoon|Søn|Sønner|Sons?|Co|Partners|Dochters?|Døtre)\b")
_DOORBELL = re.compile(r"(?i)(?<![\w])(?:ring(?:e|er)?[ \t]+på|bel|doorbell|door|dør(?:en)?|deur|naambord\w*|dørskilt\w*|"
                       r"postkass\w*|brievenbus|letterbox|mailbox|naamplaatje)(?![\w])")
# a product named like a person, the product's noun after the name: "the Matilda linen dress", "de Lina jurk", "Harper
# 3-Seater Sofa"
_PRODUCT_AFTER = re.compile(
    r"(?i)[ \t]+(?:[\w-]+[ \t]+)?(?:dress|jurk|kjole|sofa|bankstel|couch|duvet|dekbed|dyne|kettle|waterkoker|elkedel|"
    r"toaster|chair|stoel|stol|armchair|fauteuil|lænestol|table|tafel|lamp|lampe|mattress|matras|madras|rug|vloerkleed|"
    r"tæppe|curtains?|gordijn(?:en)?|gardiner?|jacket|jas|jakke|coat|boots|laarzen|støvler|handbag|handtas|skirt|rok|"
    r"nederdel|blouse|bluse|jumper|sweater|trui|cardigan|vest|linen|collection|collectie|kollektion|edition|range|"
    r"pram|kinderwagen|barnevogn|stroller|buggy|\d-seater|seater|\d-zits|\d-personers|hoekbank|chaise|boekenkast|"
    r"kast|kasten|bookcase|shelf|shelves|reol|skab|kommode|dresser|wardrobe|garderobekast)(?![\w])"
)
# a car's make before its model named like a person: "Renault Zoe", "Seat Leon", "Kia Ceed"
_CAR_MAKES = frozenset(
    "renault seat cupra skoda škoda opel ford kia toyota vw volkswagen peugeot citroën citroen fiat nissan mazda honda "
    "hyundai volvo bmw audi mercedes tesla dacia suzuki mini jeep lexus porsche jaguar polestar mg byd subaru "
    "mitsubishi alfa lancia chevrolet".split()
)
# a place named after a saint or a king: "San Sebastián", "Kong Christians Allé", "Santa Ponsa"
_PLACE_BEFORE = frozenset("san santa são sankt sant sint saint st kong dronning koning koningin prins prinses".split())
# the noun of a product before its name: "kussenhoes Noa", "Billy-reol" (after), "3-zits bank Sofia", "kjolen Alma"
_PRODUCT_ENDINGS = (
    "hoes", "kussen", "jurk", "kjole", "kjolen", "stoel", "stol", "stolen", "lamp", "lampe", "lampen", "sofa", "sofaen",
    "kast", "skab", "skabet", "reol", "reolen", "matras", "madras", "madrassen", "dekbed", "dyne", "dynen", "trui",
    "jakke", "jakken", "taske", "tasken", "machine", "maskine", "maskinen", "model", "modellen", "serie", "serien",
    "bankstel", "kommode", "kommoden", "fauteuil", "plaid", "vaas", "vase", "vasen", "kinderwagen", "barnevogn",
)


# Names that are not people's by the word before them: a pet's ("my dog Murphy", "min hund Oscar"), a chat bot's
# ("Chatbot Kiki"), a product's ("de jurk Rosa", "the Harriet midi" has its own rule below)
_NOT_PERSON_BEFORE = frozenset(
    "hond hondje hondjes kat katje poes poesje konijn paard pup puppy kitten hamster cavia papegaai "
    "hund hunden hundehvalp hvalp kat katten killing kanin kaninen hest hesten marsvin undulat "
    "dog dogs cat cats puppy kitten rabbit horse pony parrot budgie tortoise "
    "chatbot bot botten assistent assistant "
    "jurk rok broek trui jas vest stoel tafel kast lamp vaas matras "
    "kjole nederdel bukser trøje jakke sofa sofaen stol stolen bord bordet skab lampe lampen vase vasen seng "
    "dress skirt jumper coat jacket sofa chair table lamp vase mattress".split()
)
# a model code after a name: "Henry HVR160", "Louis Poulsen PH 5", "Warmtewerk HR 28C"
# ... or a product line and the model code: "Weber Spirit E-325", "Burton Custom 158"
_MODEL_AFTER_WORD = re.compile(r"[ \t]+[A-Z][a-z]+[ \t]+(?:[A-Z]{1,3}-?\d{2,4}[A-Z]?|\d{2,4})(?![\w-])")
_MODEL_AFTER = re.compile(r"[ \t]+(?:[A-Z]{1,4}[ -]?\d{1,4}[A-Z]{0,2}|\d{1,4}[A-Z]{1,3})(?![\w-])(?![ \t]\d[A-Z]{2}(?![\w]))")
# a bot's introduction: "Ik ben Kiki, de digitale assistent", "I'm Nova, the virtual assistant"
_BOT_AFTER = re.compile(
    r"[ \t]*,[ \t]*(?:de|je|jouw|uw|onze|ons|din|jeres|den|vores|the|your|our|[A-Z][\w-]*(?:[ \t]+&[ \t]+[A-Z][\w-]*)?['’]s)[ \t]+(?:[A-Z][\w-]+[ \t]+)?(?:(?:digitale|virtuele|"
    r"virtuelle|virtual|digital|automatische|automatiske|automated)[ \t]+)?(?:assistent|assistant|chatbot|bot)(?![\w])",
    re.IGNORECASE
)


# A chat bot named in its label: "Lumi (chatbot):", "Ellie (virtual assistant):", "Vigga (digital assistent):",
# "Viggo 🤖:"; its name stays wherever it comes back ("Hoi! Ik ben Lumi")
_BOT_LABEL = re.compile(
    r"(?m)^[ \t]*(?:\[[^\]\n]{1,25}\][ \t]*|\d{1,2}[:.]\d{2}[ \t]+)?(?P<bot>[^\W\d_][\w-]{1,20})[ \t]*"
    r"(?:\((?:chat[ ]?bot|bot|(?:virtual|virtuele|virtuel|digital|digitale|ai)[ \t]+(?:assistant|assistent|agent))\)|🤖)"
    r"(?:[ \t]+\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)?[ \t]*[:>]",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _brand_rx() -> re.Pattern[str]:
    brands = sorted(load_all("person_brands"), key=len, reverse=True)
    return re.compile(r"(?<![\w])(?:" + "|".join(re.escape(b) for b in brands) + r")(?![\w])")


def not_people(text: str) -> tuple[list[tuple[int, int]], frozenset[str]]:
    """Spans of shops and brands named like a person ("Albert Heijn", "Harvey Norman": lang/*/person_brands.txt)
    and the names of the text's chat bots, which redaction keeps."""
    brands = [m.span() for m in _brand_rx().finditer(text)] if text else []
    bots = frozenset(m.group("bot") for m in _BOT_LABEL.finditer(text)) if "(" in text or "🤖" in text else frozenset()
    return brands, bots


_SPELLING_BEFORE = re.compile(r"(?<![\w'’])[A-ZÆØÅ][ \t]+(?:als|for|som|wie|as[ \t]+in)$")


_CAP_NEXT = re.compile(r"[ \t]+[A-ZÀ-ÖØ-ÞĀ-ſ][a-zß-öø-ÿĀ-ſ]+")
_LOWER_NEXT = re.compile(r"[ \t]+[a-zß-öø-ÿĀ-ſ]{3,}")


def firm_context(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is not a person's by the words around it: part of a firm's name
    ("Bouwbedrijf Hendriks", "Jensen & Søn"), a pet's, a bot's or a product's."""
    firm = _FIRM_AFTER.match(text, end)
    if firm and firm.group(0).lstrip(" \t'’s").startswith("&") and not _FIRM_KIN.match(firm.group(0)) and (
            _DOORBELL.search(text, max(0, start - 30), start) or text[start:end].lower() in _first_names()
            and firm.group(0).split()[-1].lower() in _first_names()):
        firm = None  # 'ring på hos "Dahl & Krogh"': the names on a doorbell; "Anna & Tom": two people
    if firm or _BOT_AFTER.match(text, end) or _MODEL_AFTER.match(text, end) \
            or _PRODUCT_AFTER.match(text, end) or _MODEL_AFTER_WORD.match(text, end):
        return True
    if (nxt := _CAP_NEXT.match(text, end)) and _FIRM_AFTER.match(text, nxt.end()):
        return True  # "Nore Valley Builders": a firm's name of two words before its trade
    if start > 0 and text[start - 1] in "\"“'‘" and text[end:end + 1] in "\"”'’" and _LOWER_NEXT.match(text, end + 1):
        return True  # 'the "Matilda" candle gift set': a product's name in quotes before its noun
    line_start = text.rfind("\n", 0, start) + 1
    lo = max(line_start, start - 40)
    before = text[lo:start]
    before = before.rstrip(" \t\"“„'[.")
    comma = before.endswith(",")
    before = before.rstrip(" \t,")  # "your cat, Mabel": a pet set off by a comma (a firm is not: "Hotel, Fiona")
    if len(before) == start - lo:
        return False  # no space between: not a word before the name
    if before.endswith("&"):  # "Hansen & Larsen ApS", "Harrington & Cole": a firm's, not "Anna & Tom" or a doorbell
        w0 = re.search(r"([^\W\d_]+)[ \t]*&$", before)
        return w0 is not None and w0.group(1)[:1].isupper() and w0.group(1).lower() not in _first_names() and \
            not _DOORBELL.search(text, max(0, lo + w0.start(1) - 30), lo + w0.start(1))
    word = re.search(r"([^\W\d_]+)$", before)
    if word is None:
        return False
    if comma:
        return word.group(1).lower() in _NOT_PERSON_BEFORE and word.group(1).lower() not in ("assistent", "assistant")
    if word.group(1)[:1].isupper() and not word.group(1).isupper() and text[start:start + 1].isupper():
        # "Hotel Maria Cristina", "Studio Anna Lind": a trade two capitalised words before
        prev = re.search(r"([^\W\d_]+)[ \t]+$", before[:word.start()])
        if prev and prev.group(1).lower().endswith(_TRADE_ENDINGS) and prev.group(1)[:1].isupper():
            return True
    if _SPELLING_BEFORE.search(before) and " " not in text[start:end]:
        return True  # the spelling alphabet: "G als Gerard", "K som Karl", "B for Bravo"
    if word.group(1).isupper():
        return False  # a heading in capitals ("HOT-DOGS Brian")
    low = word.group(1).lower()
    if low in _PLACE_BEFORE:
        return True  # "San Antonio", "Kong Christians Allé"
    if low in ("assistent", "assistant") and text[end:end + 1] == ":" and len(before) == len(word.group(1)) \
            and " " not in text[start:end]:
        return False  # "Assistent Marieke:": a pharmacy's assistant in the speaker label, not a chat bot
    return low.endswith(_TRADE_ENDINGS) or low in _NOT_PERSON_BEFORE or low.endswith(_PRODUCT_ENDINGS) \
        or low in _CAR_MAKES


def _org_word(word: str) -> bool:
    low = word.lower()
    return low in _ORG_WORDS or low in _BUSINESS_WORDS


_ANSWER_WORDS = frozenset(
    "sorry pardon moment momentje sekund wait hold klopt correct right precies præcis nee nej no jawel sure "
    "certainly natuurlijk selvfølgelig of course yes ja".split()
)


_NAME_CAMEL = re.compile(r"(?:Mc|Mac|O['’]|D['’]|Fitz|De|Van|Le|La|Di|Du)[A-ZÀ-ÖØ-ÞĀ-ſ]")


def take_name(text: str, pos: int, *, first_any: bool = False, loose: bool = False,
              line_end: int | None = None) -> int:
    """End of a name that starts at ``pos`` (after spaces), or ``pos`` when there is none.

    The first word must be name-like, or capitalised when ``first_any``, or any word but a stop word when ``loose``
    (the answer to a name question); particles and initials join; the words after the first join while they are
    name-like or capitalised (``loose``: any word but a stop word); at most four words; never past ``line_end``.
    """
    end = len(text) if line_end is None else line_end
    stop = _stop()
    i = last = pos
    words = 0
    while words < 4:
        j = i
        while j < end and text[j] in " \t":
            j += 1
        m = _INITIAL.match(text, j, end)
        if m:
            i = last = m.end()
            words += 1
            continue
        m = _WORD.match(text, j, end)
        if not m:
            break
        w = m.group(0)
        low = w.lower()
        if low in _PARTICLES:
            i = m.end()  # a particle joins only when a name word follows it
            continue
        if _org_word(w):
            return pos  # "u spreekt met Nordhus klantenservice": a company
        if words > 0 and any(ch.isupper() for ch in w[1:]) and not w.isupper() and _NAME_CAMEL.match(w) is None:
            break  # "Lotte van RailNoord": a company's name written in one word with capitals inside
        if low in stop or low in _FILLERS or low in _STOP_AFTER:
            break
        if loose and words == 0:
            ok = low not in _ANSWER_WORDS
        else:
            ok = name_like(w) or (w[0].isupper() and not w.isupper() and (first_any or words > 0))
        if not ok:
            break
        words += 1
        i = last = m.end()
    return last


# ---- name questions and their answers
_NAME_Q = re.compile(
    r"(?i)(?<![\w])(?:"
    r"(?:uw|je|jouw|zijn|haar|hun|dit|din|hans|hendes|jeres|your|his|her|their|the|(?!(?:company|business|firm|"
    r"shop|store|bedrijf|firma|winkel|firmaets|virksomhedens|butikkens)['’])[^\W\d_]+['’]s)[ \t]+"
    r"(?:(?:account[ \t]*holder|policy[ \t]*holder|card[ \t]*holder|patient|passenger|driver|member|customer|"
    r"child|rekeninghouder|pashouder|patiënt|klant|kontohaver|kortholder|kunde|passager)[ \t]+)?"
    r"(?:(?:volledige|fulde|full|complete|hele)[ \t]+)?(?:voor-?[ \t]+en[ \t]+achternaam|achternaam|voornaam|naam|"
    r"for-?[ \t]+og[ \t]+efternavn|efternavn|fornavn|navn|first[ \t]+name|surname|last[ \t]+name|name)"
    r"|hvad[ \t]+(?:er|var)[ \t]+navnet|what[ \t]+(?:is|was)[ \t]+the[ \t]+name|wat[ \t]+is[ \t]+de[ \t]+naam"
    r"|hvad[ \t]+hedder[ \t]+(?:du|han|hun|de|personen)|hoe[ \t]+heet[ \t]+(?:u|je|hij|zij|ze)"
    r"|hoe[ \t]+is[ \t]+(?:uw|je|de)[ \t]+naam|met[ \t]+wie[ \t]+spreek[ \t]+ik|hvem[ \t]+taler[ \t]+jeg[ \t]+med"
    r"|who[ \t]+am[ \t]+i[ \t]+(?:speaking|talking)[ \t]+(?:to|with)|hvem[ \t]+har[ \t]+jeg[ \t]+fornøjelsen[ \t]+af"
    r"|met[ \t]+wie[ \t]+heb[ \t]+ik[ \t]+het[ \t]+genoegen|who[ \t]+do[ \t]+i[ \t]+have[ \t]+the[ \t]+pleasure(?:[ \t]+of)?"
    r"|(?:hij|zij|ze)[ \t]+heet|heet[ \t]+(?:hij|zij|ze)|(?:han|hun)[ \t]+hedder|hedder[ \t]+(?:han|hun)"
    r"|(?:a[ \t]+)?(?:(?:young|younger|older)[ \t]+)?(?:man|woman|lady|guy|bloke|chap|lad|girl|boy|fella)[ \t]+called"
    r"|ved[ \t]+navn|genaamd|named|op[ \t]+wiens[ \t]+naam|på[ \t]+hvis[ \t]+navn|(?:in[ \t]+)?whose[ \t]+name"
    r"|(?:og|en|and)[ \t]+(?:du[ \t]+er|u[ \t]+bent|jij[ \t]+bent|you[ \t]+are)(?=[ \t]*\??[ \t]*\n)"
    r")(?![\w])"
)
_WHOSE = re.compile(r"(?i)op[ \t]+wiens|på[ \t]+hvis|(?:in[ \t]+)?whose")
_Q_TAIL = re.compile(
    r"(?i)(?:[ \t]+(?:please|alstublieft|alsjeblieft|graag|even|lige|så|tak|then|nog|også|also|again|weer|igen|"
    r"ook|van[ \t]+u|van[ \t]+je|for[ \t]+me|til[ \t]+mig|of[ \t]+the[ \t]+(?:account[ \t]+holder|policyholder)|"
    r"ter[ \t]+controle|ter[ \t]+verificatie|til[ \t]+kontrol|for[ \t]+(?:security|verification)|to[ \t]+confirm|"
    r"on[ \t]+the[ \t]+(?:tenancy|booking|account|policy|card|order|reservation|lease|contract)|"
    r"op[ \t]+de[ \t]+(?:boeking|bestelling|polis|rekening|kaart)|på[ \t]+(?:bookingen|ordren|policen|kontoen|kortet)))*"
    r"[ \t]*[?.,:!]*[ \t]*"
)
_LABEL = re.compile(
    r"(?m)^[ \t>*-]*(?:\[[^\]\n]{1,20}\][ \t]*)?(?P<who>[\w .'’-]{1,30}?)(?:[ \t]+\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)?"
    r"(?:[ \t]*\([\d:.]{4,8}\))?(?::|[ \t]+[-–—])[ \t]*"
)
_LABEL_HERE = re.compile(r"(?P<who>[\w .'’-]{1,30}):[ \t]*")
_DASH_LEAD = re.compile(r"[ \t>]*[-–—][ \t]+")
_TIMESTAMP = re.compile(r"[ \t>*-]*(?:\[[^\]\n]{1,20}\]|\(?\d{1,2}:\d{2}(?::\d{2})?(?:[ ]?[AaPp][Mm])?\)?)[ \t]*")


def _next_turn(text: str, line_end: int) -> tuple[int, int] | None:
    """(start of the words, end of the line) of the turn after the line that ends at ``line_end``, or None."""
    nxt = line_end
    while nxt < len(text) and text[nxt] in "\n\r \t":
        nxt += 1
    if nxt >= len(text):
        return None
    p = _turn_start(text, nxt)
    end = text.find("\n", p)
    return p, len(text) if end == -1 else end


def _turn_start(text: str, pos: int) -> int:
    """Where the words of the turn at ``pos`` start: after a timestamp ("[09:42]") and a speaker label ("Klant:",
    "spreker 2:"), but not after a time ("12:30 past")."""
    lab = _LABEL.match(text, pos)
    if lab and not re.search(r"\d:\d", lab.group("who")) and not lab.group("who").strip().isdigit():
        return lab.end()
    ts = _TIMESTAMP.match(text, pos)
    if ts is None:
        dash = _DASH_LEAD.match(text, pos)  # "- Zeven juli ...": a transcript's turns opened by dashes
        return dash.end() if dash else pos
    lab = _LABEL_HERE.match(text, ts.end())  # "00:21 CALLER: ...", "[09:12] Klant: ..."
    if lab and lab.start("who") == ts.end() and not re.search(r"\d", lab.group("who")):
        return lab.end()
    return ts.end()
_ANSWER_LEAD = re.compile(
    r"(?i)(?:(?:eh|ehm|uh|uhm|um|erm|øh|öh|ja|jo|jep|yes|yeah|yep|sure|okay|ok|oké|nou|jamen|altså|ah|oh)[ \t]*[,.]?[ \t]+"
    r"|(?:het[ \t]+is|dat[ \t]+is|it's|it[ \t]+is|that's|det[ \t]+er|mijn[ \t]+naam[ \t]+is|my[ \t]+name's|"
    r"my[ \t]+name[ \t]+is|mit[ \t]+navn[ \t]+er|jeg[ \t]+hedder|ik[ \t]+heet|ik[ \t]+ben|i'm|met|op|på|"
    r"voor|for|til)[ \t]+)*"
)


# a name question that asks for more at once: "uw naam en telefoonnummer?", "navn og nummer?", "name and email?"
_AND_MORE = re.compile(r"(?:[ \t]*,[ \t]*|[ \t]*(?:en|og|and|&)[ \t]+)[^?\n]{2,40}\?[ \t]*(?=\n|$)")
_FIELD_END = re.compile(r",|\d|<|@|[ \t]-[ \t]")  # where the name in such an answer stops


def answer_names(text: str) -> list[tuple[int, int, str]]:
    """Names given as the answer to a name question: the next turn when the question ends its line ("en uw naam? |
    rachida bouzid"), or the words right after it in a transcript without question marks ("og dit navn ida kaae
    tak"). An answer that is a whole turn of at most four words ("thijs kramer") is taken whole."""
    low_gate = text.lower()
    if not any(k in low_gate for k in ("naam", "navn", "name", "heet", "hedder", "called", "spreek", "taler",
                                        "speaking", "talking", "genaamd", "fornøjelsen", "genoegen", "pleasure")):
        return []
    unpunctuated = "?" not in text
    spans = []
    for m in _NAME_Q.finditer(text):
        same_line = False
        p = _Q_TAIL.match(text, m.end()).end()
        line_end = text.find("\n", p)
        if line_end == -1:
            line_end = len(text)
        if _WHOSE.match(m.group(0)) and text[p:line_end].rstrip().endswith("?") \
                and "?" not in text[p:line_end].rstrip()[:-1]:
            p = line_end  # "Op wiens naam staat het abonnement?": the question asks only for the name
        if p >= line_end:  # the question ends its line: the answer is the next turn, after its speaker label
            turn = _next_turn(text, p)
            if turn is None:
                continue
            p, line_end = turn
        elif not unpunctuated:
            more = _AND_MORE.match(text, p, line_end)
            if more is None:
                continue  # "Mag ik uw naam zien op de pas?": the question goes on about something else
            # "Mag ik uw naam en telefoonnummer?" | "Gert-Jan Wolters 038 ...": the answer starts with the name
            turn = _next_turn(text, line_end)
            if turn is None:
                continue
            p, line_end = turn
            p = _ANSWER_LEAD.match(text, p, line_end).end()
            cut = _FIELD_END.search(text, p, line_end)
            lower = mostly_lower(text)  # in a written text the name is capitalised ("Ja hoor, dat klopt" has none)
            e = take_name(text, p, loose=lower, first_any=not lower, line_end=cut.start() if cut else line_end)
            if e > p:
                spans.append((p, e, text[p:e]))
            continue
        else:
            same_line = True
        p = _ANSWER_LEAD.match(text, p, line_end).end()
        turn = text[p:line_end].strip(" \t.,!")
        words = turn.split()
        if m.end() < p and 0 < len(words) <= 4 and all(
            _WORD.fullmatch(w) and w.lower() not in _stop() and w.lower() not in _ANSWER_WORDS
            and w.lower() not in _FILLERS for w in words if w.lower() not in _PARTICLES
        ) and text.rfind("\n", 0, p) > m.end() - 1:
            e = p + len(text[p:line_end].rstrip(" \t.,!"))
        else:
            # on the question's own line the first word must itself look like a name ("uw achternaam even spellen")
            e = take_name(text, p, loose=not same_line, line_end=line_end)
        if e > p:
            spans.append((p, e, text[p:e]))
    return spans


# ---- field labels: "Naam: Lowie Janssens"
_FIELD = re.compile(
    r"(?im)^[ \t>*-]*(?:(?:child|kind|barn|leerling|elev|pupil)(?:[ \t]*\d)?|"
    r"volledige[ \t]+naam|naam|voornaam|achternaam|fulde[ \t]+navn|navn|fornavn|efternavn|"
    r"full[ \t]+name|name|first[ \t]+name|surname|last[ \t]+name|patiënt|patient|rekeninghouder|"
    r"account[ \t]*holder|kontohaver|kontoindehaver|tegenpartij|modpart|ontvanger|modtager|recipient|"
    r"policyholder|policy[ \t]+holder|verzekerde|verzekeringnemer|forsikringstager|aanvrager|ansøger|applicant|"
    r"contactpersoon|kontaktperson|contact[ \t]+person|naam[ \t]+[\w ]{1,20}|navn[ \t]+på[ \t]+[\w ]{1,20}|"
    r"name[ \t]+of[ \t]+[\w ]{1,20})[ \t]*:[ \t]*(?:(?:de[ \t]+heer|mevrouw|meneer|mevr\.|dhr\.|hr\.|fru|mr\.?|"
    r"mrs\.?|ms\.?|miss|dr\.?)[ \t]+)?"
)


def _names_after(rx: re.Pattern[str], text: str, skip: re.Pattern[str] | None = None, *, word_names: bool = False,
                 keep: Callable[[str, int, int], bool] | None = None) -> list[tuple[int, int, str]]:
    """A name (capitalised or name-like words, see :func:`take_name`) right after each match of ``rx``, on its line;
    not where ``skip`` matches there. ``word_names``: a common first name that is also a word ("Bent", "Hope") counts
    alone; ``keep(text, start, end)``: the span is kept only when it says so."""
    spans = []
    for m in rx.finditer(text):
        p = m.end()
        if skip is not None and skip.match(text, p):
            continue
        line_end = text.find("\n", p)
        e = take_name(text, p, first_any=True, line_end=len(text) if line_end == -1 else line_end)
        if e == p and word_names:
            w = _WORD.match(text, p)
            if w and (w.group(0).lower() in word_first_names() or w.group(0).lower() in _first_names()):
                e = w.end()
        if e > p and (keep is None or keep(text, p, e)):
            spans.append((p, e, text[p:e]))
    return spans


def field_names(text: str) -> list[tuple[int, int, str]]:
    """Names after a field label at a line start ("Naam: Lowie Janssens", "Rekeninghouder: M. 't Hart-Vos")."""
    return _names_after(_FIELD, text) if ":" in text else []


# ---- professions used as a title: "dokter verbeek", "dyrlæge kjærsgaard", "dr. Mahabier"
_PROFESSION_ALT = (
    r"(?:dokter|huisarts|tandarts|dierenarts|fysiotherapeut|fysio|verpleegkundige|verloskundige|"
    r"orthodontist|juf|juffrouw|meester|trainer|trainster|coach|monteur|notaris|advocaat|mentor|begeleider|instruktør|"
    r"instruktøren|instructeur|instructor|"
    r"zuster|bezorger|chauffeur|collega|medewerker|medewerkster|installateur|consulent|læge|lægen|dyrlæge|"
    r"dyrlægen|tandlæge|tandlægen|sygeplejerske|fysioterapeut|jordemoder|lærer|lærerinde|pædagog|træner|montør|"
    r"montøren|advokat|medarbejder|medarbejderen|kollega|kollegaen|chauffør|chaufføren|budet|installatør|"
    r"installatøren|konsulent|konsulenten|sagsbehandler|sagsbehandleren|optiker|optometrist|doctor|dr\.?|nurse|"
    r"dentist|vet|teacher|miss|physio|midwife|solicitor|counsellor|inspector|officer|professor|prof\.?|engineer|"
    r"technician|rider|driver|courier|colleague|caseworker|advisor|adviser|consultant|tekniker|teknikeren|"
    r"vicevært|viceværten|conciërge|huismeester|caretaker|janitor|landlord|verhuurder|huisbaas|udlejer|udlejeren)"
)
_PROFESSION = re.compile(
    r"(?i)(?<![\w])" + _PROFESSION_ALT
    + r"(?:[ \t]+(?:is|er|was|hedder|heet|heter|is[ \t]+called))?[ \t]+(?=[^\W\d_])"
)
_FROM_COMPANY = re.compile(r"(?:van|fra|from)[ \t]+(?!(?:de|der|den|ter|ten)[ \t])[A-ZÀ-ÖØ-ÞĀ-ſ]")


def profession_names(text: str) -> list[tuple[int, int, str]]:
    """A name after a profession used as a title; a capitalised word or a name-like one; not "monteur van Kone"."""
    return _names_after(_PROFESSION, text, skip=_FROM_COMPANY)


def _closed_apposition(text: str, start: int, end: int) -> bool:
    """The name ends at a comma or a full stop and every word is name-shaped ("Vaillant-gecertificeerd" is not)."""
    return _APPOSITION_END.match(text, end) is not None and all(
        _NAME_SHAPE.match(w) or w.lower() in _PARTICLES for w in text[start:end].split())


def apposition_names(text: str) -> list[tuple[int, int, str]]:
    """A capitalised name between commas after a profession or a relation ("Viceværten, Bent, kommer")."""
    if mostly_lower(text):
        return []
    return _names_after(_APPOSITION, text, skip=_FROM_COMPANY, word_names=True, keep=_closed_apposition)


# ---- a chat line's label that holds a person's name next to the company's or a role: "Zeehondenhulp – Anke:",
# "Arktisk Fragt – Naja:", "Medarbejder (Karina):", "[agent] Dani (Support):"
_LABEL_PAIR = re.compile(
    r"(?m)^[ \t>*-]*(?:\[[^\]\n]{1,25}\][ \t]*){0,2}"
    r"(?:(?P<a>[^\W\d_][^\n:–—()\[\]<>]{0,40}?)[ \t]+[–—-][ \t]+(?P<b>[^\W\d_][^\n:–—()\[\]<>]{0,40}?)"
    r"|(?P<c>[^\W\d_][^\n:()\[\]<>]{0,40}?)[ \t]*\((?P<d>[^\W\d_][^\n:()<>]{0,30})\))[ \t]*:[ \t]"
)


def _person_word(w: str, word_names: bool = False) -> bool:
    """A capitalised word that may be a name: name-like, a common first name, or a rare short word (names are rare
    in the word lists: "Sipho" 1.8, "Anke" 3.3 on the Zipf scale; a long rare word is a compound);
    ``word_names``: also a first name that is a word ("Anders", "Bent") where the place says it is a name."""
    low = w.lower()
    if not w.isalpha() and not w.replace("-", "").isalpha() or any(c.isupper() for c in w[1:]):
        return False  # "Boligstuen.dk", "ZonVakanties": a company
    if word_names and w[:1].isupper() and low in word_first_names():
        return True
    return w[:1].isupper() and not _org_word(w) and low not in _stop() and (
        name_like(w) or low in _first_names() or (len(w) < 9 and _zipf(w) < 3.8))


def _label_person(part: str, word_names: bool = False) -> bool:
    """One to three capitalised words that may be names: a person's name in a chat label."""
    words = part.split()
    return 1 <= len(words) <= 3 and all(_person_word(w, word_names) for w in words)


# a chat label of a role and a first name: "Agent Marie-Claude:", "Medewerker Sanne:"; or a role or an office with
# the person in brackets: "Gemeente (Sevda):", "Medarbejder (Søs):"
_ROLE_LABEL = re.compile(
    r"(?m)^[ \t>*-]*(?:\[[^\]\n]{1,25}\][ \t]*)?(?:\d{1,2}[:.]\d{2}[ \t]+)?(?P<role>(?i:agent|medewerker|medewerkster|medarbejder|"
    r"rådgiver|adviseur|advisor|adviser|consultant|support|kundeservice|klantenservice|servicedesk|helpdesk|"
    r"gemeente|kommune|council|operator|operatør|behandelaar|sagsbehandler|caseworker))"
    r"(?:[ \t]+(?P<a>[A-ZÀ-ÖØ-ÞĀ-ſ][a-zß-öø-ÿĀ-ſ]+(?:-[A-ZÀ-ÖØ-ÞĀ-ſ][a-zß-öø-ÿĀ-ſ]+)?)|[ \t]*\((?P<b>[A-ZÀ-ÖØ-ÞĀ-ſ][a-zß-öø-ÿĀ-ſ]+)\))"
    r"(?:[ \t]+\d{1,2}[:.]\d{2}(?::\d{2})?)?[ \t]*:"
)


_PLACE_ROLES = frozenset("gemeente kommune council support kundeservice klantenservice servicedesk helpdesk".split())


def role_label_names(text: str) -> list[tuple[int, int, str]]:
    spans = []
    for m in _ROLE_LABEL.finditer(text):
        g = "a" if m.group("a") else "b"
        w = m.group(g)
        if g == "a" and m.group("role").lower() in _PLACE_ROLES:
            continue  # "Gemeente Haarlemmerliede:": an office and its town
        if w.lower() in ("bot", "chatbot", "assistant", "assistent", "ai", "automat", "system", "systeem"):
            continue
        if g == "b" and w.lower() not in _first_names() and w.lower() not in word_first_names():
            continue  # "Medarbejder (Telenord)": in brackets a company as often as a person; only a common name
        if not _org_word(w) and w.lower() not in _stop() or w.lower() in word_first_names():
            spans.append((m.start(g), m.end(g), w))
    return spans


def label_names(text: str) -> list[tuple[int, int, str]]:
    """The person's part of a two-part chat label; in brackets only a common name ("Medarbejder (Telenord)" is a
    company as often as "Medarbejder (Karina)" is a person)."""
    spans = []
    for m in _LABEL_PAIR.finditer(text):
        x, y = ("a", "b") if m.group("a") is not None else ("c", "d")
        for me, other in ((x, y), (y, x)):
            part = m.group(me).strip()
            if me == "d" and not all(w.lower() in _name_words() for w in part.split()):
                continue
            # "Anders (Sydkysten Bank):": before a company in brackets a first name that is also a word is a name
            if _label_person(part, word_names=me == "c") and not _label_person(m.group(other).strip()):
                spans.append((m.start(me), m.start(me) + len(part), part))
                break
    return spans


# ---- a name right before an id or a birth date already redacted: "Og Nasteho, <CPR>", "Sara Lind (<BIRTHDATE>)"
_BEFORE_ID = re.compile(
    r"(?<![\w<])([A-ZÀ-ÖØ-ÞĀ-ſ][a-zß-öø-ÿĀ-ſ]+(?:-[A-ZÀ-ÖØ-ÞĀ-ſ][a-zß-öø-ÿĀ-ſ]+)?(?:[ \t]+[A-ZÀ-ÖØ-ÞĀ-ſ][a-zß-öø-ÿĀ-ſ]+){0,2})"
    r"[ \t]*[,:(]?[ \t]*(?=<(?:CPR|NATIONAL_ID|BIRTHDATE)>)"
)


def id_names(text: str) -> list[tuple[int, int, str]]:
    spans = []
    for m in _BEFORE_ID.finditer(text):
        words = [w for w in m.group(1).split()]
        if any(w.lower() in _CAL_WORDS or w.lower() in _DAY_ABBREVIATIONS for w in words):
            continue  # "received at Thu, <BIRTHDATE>": a date
        while words and not (name_like(words[0]) and not _org_word(words[0])):
            words.pop(0)  # "Og Nasteho": the sentence's first word is no part of it
        if words and all(name_like(w) and not _org_word(w) for w in words):
            name = " ".join(words)
            spans.append((m.end(1) - len(name), m.end(1), name))
    return spans


# ---- whose parent someone is: "de mama van Maksym", "the mother of Aiden", "far til Emil"
_PARENT_OF = re.compile(
    r"(?i)(?<![\w])(?:mama|papa|moeder|vader|mother|father|mum|mom|dad|mor|far|oma|opa|grandmother|grandfather|"
    r"bedstemor|bedstefar)[ \t]+(?:van|of|til)[ \t]+(?=[A-ZÀ-ÖØ-ÞĀ-ſ])"
)


# ---- a name that a pronoun takes up: "Sipho Dlamini, he gave me his details", "Ilse Bakker, zij belt morgen"
_PRONOUN_AFTER = re.compile(
    r"(?<![\w<])([A-ZÀ-ÖØ-ÞĀ-ſ][a-zß-öø-ÿĀ-ſ]+)[ \t]+([A-ZÀ-ÖØ-ÞĀ-ſ][a-zß-öø-ÿĀ-ſ]+(?:-[A-ZÀ-ÖØ-ÞĀ-ſ][a-zß-öø-ÿĀ-ſ]+)?)"
    r"[ \t]*,[ \t]+(?:he|she|hij|zij|ze|han|hun)(?![\w])"
)


def pronoun_names(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(1), m.end(2), m.group(1) + text[m.end(1):m.start(2)] + m.group(2))
            for m in _PRONOUN_AFTER.finditer(text)
            if all(_person_word(w) for w in (m.group(1), m.group(2)))]


# ---- "ciara speaking", "kayleigh here"
_SPEAKING = re.compile(r"(?i)(?<![\w'’-])([^\W\d_]+(?:-[^\W\d_]+)?)[ \t]+(?:speaking|her|hier|here)(?![\w])")


def speaking_names(text: str) -> list[tuple[int, int, str]]:
    if "speaking" not in text and "her" not in text and "hier" not in text:
        return []
    spans = []
    for m in _SPEAKING.finditer(text):
        w = m.group(1)
        low = w.lower()
        word_name = low in word_first_names() and m.group(0).lower().endswith("speaking")  # not "sue her"
        if m.group(0).lower().endswith("speaking") and w[:1].isupper() and not w.isupper() and not low.endswith("ly") \
                and low not in _NOT_SPEAKERS and not mostly_lower(text):
            spans.append((m.start(1), m.end(1), w))  # "ParcelPoint, Dan speaking": a capitalised name, common or not
            continue
        if not word_name and (low in _stop() or low in _FILLERS or low in _STOP_AFTER):
            continue
        if low in _name_words() or word_name or (unknown_word(w) and not w.isupper()):
            spans.append((m.start(1), m.end(1), w))
    return spans


# words before "speaking" that are no one's name: "Who's speaking", "English speaking staff", "Generally speaking"
_NOT_SPEAKERS = frozenset(
    "who this that it is am are was were i you he she we they english dutch danish german french spanish polish "
    "arabic turkish flemish norwegian swedish italian portuguese chinese public plain broadly roughly".split()
)
_PROFESSION_WORDS = frozenset(
    w.rstrip(".") for w in re.findall(r"[^\W\d_]+\.?", _PROFESSION_ALT)
)
_FIELD_GATE = frozenset(
    "naam voornaam achternaam navn fornavn efternavn name surname patiënt patient rekeninghouder account accountholder "
    "holder kontohaver kontoindehaver tegenpartij modpart ontvanger modtager recipient policyholder verzekerde "
    "verzekeringnemer forsikringstager aanvrager ansøger applicant contactpersoon kontaktperson contact child kind barn "
    "leerling elev pupil".split()
)
_ANSWER_GATE = frozenset("naam navn name heet hedder called spreek taler speaking talking genaamd achternaam voornaam "
                         "fornøjelsen genoegen pleasure "
                         "efternavn fornavn surname navnet named".split())


# ---- introductions: "u spreekt met arjen", "jeg hedder rami al-khatib", "min svigermor hodan abdi"; after a
# plainer opening ("met", "det er", "this is") only two name-like words of which the first is in no word list
# ("det er sadia iqbal"), since companies follow the same openings ("goedemiddag met Voltana Energie")
_RELATIONS = (
    r"(?:mijn|m'n|onze|zijn|haar|hun|uw|jouw)[ \t]+(?:ex-?(?:vrouw|man|partner)|vrouw|man|echtgenoot|echtgenote|zoon|dochter|moeder|vader|partner|vriend|vriendin|neef|nicht|neefje|"
    r"nichtje|broer|zus|zusje|schoonmoeder|schoonvader|kleinzoon|kleindochter|oma|opa|buurman|buurvrouw|collega|"
    r"huisgenoot|huisgenote|schoonzus|zwager|schoonzoon|schoondochter|kleinkind|baas|leidinggevende|huisbaas|"
    r"verhuurder|stiefvader|stiefmoeder|tante|oom)"
    r"|(?:de|onze)[ \t]+kinderen|(?:min|mit|vores|hans|hendes|deres|din|jeres)[ \t]+(?:tidligere[ \t]+)?(?:kone|ægtefælle|mand|søn|datter|mor|far|bror|søster|svigermor|"
    r"svigerfar|svigersøn|svigerdatter|kæreste|nevø|niece|barnebarn|nabo|kollega|veninde|ven|bedstemor|farmor|"
    r"mormor|farfar|morfar|eksmand|ekskone|leder|chef|udlejer|samlever|svoger|svigerinde|bonusmor|bonusfar|"
    r"stedfar|stedmor|lillebror|lillesøster|storebror|storesøster|moster|faster|onkel|fætter|kusine)|børnene|(?:my|our|his|her|their|your)[ \t]+(?:(?:former|late|ex-?)[ \t]*)?(?:wife|husband|spouse|son|daughter|mum|mom|mother|dad|father|"
    r"partner|brother|sister|nephew|niece|grandson|granddaughter|grandma|nan|neighbour|neighbor|colleague|"
    r"boyfriend|girlfriend|friend|fiancée?|kids|children|flatmate|housemate|roommate|little[ \t]+(?:boy|girl|one)|"
    r"landlord|landlady|manager|boss|carer|stepdad|stepmum|stepmom|aunt|auntie|uncle|cousin|grandad|granddad|grandpa|"
    r"(?:brother|sister|son|daughter|mother|father)-in-law)"
    # a neighbour or someone met, named without a possessive: "de buurman, Gert-Jan Hofman", "naboen Jóhanna Dam",
    # "a lady, Thandiwe Mokoena", "travel companion Kayla Ortiz"
    r"|(?:de|het)[ \t]+(?:buurman|buurvrouw|overbuurman|overbuurvrouw|buurjongen|buurmeisje)|naboen|genboen|nabokonen"
    r"|(?:the|a|an)[ \t]+(?:neighbour|neighbor|lady|gentleman|woman|man)|(?:travel[ \t]+)?companion"
)
# a profession or a relation with the name set off by commas: "Viceværten, Bent, kommer i morgen", "your former
# spouse, Javad Karimi, is no longer", "the nurse, Sister Fitzgerald, or": a capitalised name closed by a comma or
# a full stop
_APPOSITION = re.compile(r"(?i)(?<![\w])(?:" + _PROFESSION_ALT + "|" + _RELATIONS + r")[ \t]*,[ \t]+(?=[A-ZÀ-ÖØ-ÞĀ-ſ])")
_APPOSITION_END = re.compile(r"[ \t]*[,.]")
_CALLED = re.compile(r"(?i)[ \t](?:hedder|heet|hed|heter|called)[ \t]")
_NAME_SHAPE = re.compile(r"(?:[A-ZÀ-ÖØ-ÞĀ-ſ]\.|[A-ZÀ-ÖØ-ÞĀ-ſ][a-zß-öø-ÿĀ-ſ'’]+(?:-[A-ZÀ-ÖØ-ÞĀ-ſ][a-zß-öø-ÿĀ-ſ'’]+)*)$")
_STRONG_INTRO = re.compile(
    r"(?i)(?<![\w])(?:u[ \t]+spreekt[ \t]+met|je[ \t]+spreekt[ \t]+met|ge[ \t]+spreekt[ \t]+met|"
    r"gij[ \t]+spreekt[ \t]+met|mijn[ \t]+naam[ \t]+is|ik[ \t]+heet|"
    r"jeg[ \t]+hedder|mit[ \t]+navn[ \t]+er|du[ \t]+taler[ \t]+med|du[ \t]+snakker[ \t]+med|my[ \t]+name[ \t]+is|"
    r"my[ \t]+name's|you're[ \t]+speaking[ \t]+(?:with|to)|you[ \t]+are[ \t]+speaking[ \t]+(?:with|to)|"
    r"you're[ \t]+talking[ \t]+to|speaking[ \t]+with|(?:han|hun|hij|zij|ze)[ \t]+(?:hedder|heet)|"
    r"(?:his|her|their)[ \t]+name[ \t]+is|(?:his|her)[ \t]+name['’]s|(?:zijn|haar|hun)[ \t]+naam[ \t]+is|"
    r"(?:hans|hendes|deres)[ \t]+navn[ \t]+er|"
    r"my[ \t]+names|(?:wordt|word|bent)[ \t]+(?:nu[ \t]+)?geholpen[ \t]+door|bliver[ \t]+(?:nu[ \t]+)?hjulpet[ \t]+af|"
    r"(?:you're|you[ \t]+are)[ \t]+(?:now[ \t]+)?(?:being[ \t]+helped[ \t]+by|connected[ \t]+(?:with|to))|"
    r"(?:noemt|noemen|zegt|zeggen)[ \t]+(?:me|mij)|kalder[ \t]+mig|kald[ \t]+mig|(?:everyone|everybody|people)[ \t]+calls?[ \t]+me|"
    r"(?:you're|you[ \t]+are)[ \t]+(?:now[ \t]+)?chatting[ \t]+(?:with|to)|(?:je|u|ge)[ \t]+chat[ \t]+(?:nu[ \t]+)?met|"
    r"du[ \t]+(?:skriver|chatter)[ \t]+(?:nu[ \t]+)?med|(?:de|der|van[ \t]+de)[ \t]+familie|fam\.|familien|"
    + "(?:" + _RELATIONS + r")(?:[ \t]+(?:hedder|heet|hed|heter|is[ \t]+called|was[ \t]+called|er|is))?"
    r"|(?:en|nogen|one|someone|een|iemand|a|an)[ \t]+(?:[^\W\d_]{2,12}[ \t]+)?(?:der|die|who)[ \t]+(?:hed|hedder|heet|heette|was[ \t]+called|is[ \t]+called)"
    r")[ \t]*[,:]?[ \t]+(?:(?:eh|ehm|uh|um|øh|öh|vist|tror[ \t]+jeg)[ \t]*,?[ \t]+)*"
)
_NAMING = re.compile(
    r"(?i)u[ \t]+spreekt|je[ \t]+spreekt|ge[ \t]+spreekt|gij[ \t]+spreekt|mijn[ \t]+naam|ik[ \t]+heet|jeg[ \t]+hedder|mit[ \t]+navn|du[ \t]+taler|"
    r"du[ \t]+snakker|my[ \t]+name|you're[ \t]+speaking|you[ \t]+are[ \t]+speaking|you're[ \t]+talking|speaking|"
    r"(?:his|her|their)[ \t]+name|(?:zijn|haar|hun)[ \t]+naam|(?:hans|hendes|deres)[ \t]+navn|chatting|chat[ \t]+met|"
    r"skriver[ \t]+med|chatter[ \t]+med|familie|fam\.|familien|my[ \t]+names|wordt|word|bent|bliver|"
    r"being[ \t]+helped|connected|noemt|noemen|zegt|zeggen|kalder|kald|everyone|everybody|people"
)
_WEAK_INTRO = re.compile(
    r"(?i)(?<![\w])(?:met|det[ \t]+er|her[ \t]+er|this[ \t]+is|it's|it[ \t]+is|hier[ \t]+is|dit[ \t]+is)[ \t]*,?[ \t]+"
    r"(?:(?:eh|ehm|uh|um|øh|öh)[ \t]*,?[ \t]+)*(?=[^\W\d_])"
)
_INTRO_GATE = frozenset(
    "spreekt naam heet hedder navn taler snakker name name's speaking talking met er is it's chatting chat skriver "
    "chatter familie fam familien names geholpen hjulpet helped connected noemt noemen zegt zeggen kalder kald calls call "
    "echtgenoot echtgenote ægtefælle vrouw man zoon dochter moeder vader partner vriend vriendin neef nicht neefje nichtje broer zus zusje "
    "schoonmoeder schoonvader kleinzoon kleindochter oma opa buurman buurvrouw collega kinderen kone mand søn datter "
    "mor far bror søster svigermor svigerfar svigersøn svigerdatter kæreste nevø niece barnebarn nabo kollega "
    "veninde ven bedstemor farmor mormor farfar morfar børnene wife husband son daughter mum mom mother dad father "
    "brother sister nephew grandson granddaughter grandma nan neighbour neighbor colleague boyfriend girlfriend "
    "friend fiancé fiancée kids children flatmate housemate roommate spouse eksmand ekskone ex-vrouw ex-man exvrouw exman ex-partner "
    "huisgenoot huisgenote schoonzus zwager schoonzoon schoondochter kleinkind baas leidinggevende huisbaas verhuurder "
    "stiefvader stiefmoeder tante oom leder chef udlejer samlever svoger svigerinde bonusmor bonusfar stedfar stedmor "
    "lillebror lillesøster storebror storesøster moster faster onkel fætter kusine little landlord landlady manager "
    "boss carer stepdad stepmum stepmom aunt auntie uncle cousin grandad granddad grandpa brother-in-law "
    "sister-in-law son-in-law daughter-in-law mother-in-law father-in-law overbuurman overbuurvrouw buurjongen "
    "buurmeisje naboen genboen nabokonen lady gentleman woman companion".split()
)


_WEAK_GATE = frozenset("met er is it's it’s".split())
_RELATION_WORDS = _INTRO_GATE - frozenset("spreekt naam heet hedder navn taler snakker name name's speaking talking met er "
                                          "is it's chatting chat skriver chatter familie fam familien names geholpen "
                                          "hjulpet helped connected noemt noemen zegt zeggen kalder kald calls call"
                                          .split())
_COMMA_CAP = re.compile(r",[ \t]+[A-ZÀ-ÖØ-ÞĀ-ſ]")
_PARENT_GATE = frozenset("van of til".split())
_PRONOUN_GATE = frozenset("he she hij zij ze han hun".split())
_NAME_FIELD_GATE = frozenset("klantnaam kundenavn name naam navn navnet".split())
_INITIALS_GATE = re.compile(r"(?<![\w./-])[A-ZÀ-ÖØ-ÞĀ-ſ]\.[ ]?(?:[A-ZÀ-ÖØ-ÞĀ-ſ]\.[ ]?)*[ ]?(?:\(|[a-z']{1,3}[ ]|[A-ZÀ-ÖØ-ÞĀ-ſ][a-zß-öø-ÿĀ-ſ])")
_CAP_START = re.compile(r"(?<![\w<])[A-ZÀ-ÖØ-ÞĀ-ſ]")


_SENTENCE_START = re.compile(
    # a speaker label in brackets ("[SPEAKER 2] ", "[TALER 1] ") or before a colon opens the line, not the sentence
    r"(?:^|[.!?][ \t]+|\n[ \t]*)(?:\[[^\]\n]{1,25}\][ \t]*)?(?:[^\W\d_][\w .'’-]{0,29}:[ \t]*)?[-–\[(\"'¿¡ \t]*"
    r"(<[A-Z_]+>|[^\W\d_])"
)


@lru_cache(maxsize=8)  # asked by several rules about the same message in a row
def mostly_lower(text: str) -> bool:
    """A transcript written in lower case: its sentences start in lower case (a few capitals from codes, plates or
    "I" allowed: "CV 47 218"), unlike an ordinary text, whose sentences start with a capital ("Je devrais être avec
    mille autres hommes" is not one). Capitalised names and streets have their own rules."""
    if text.islower():
        return True
    starts = _SENTENCE_START.findall(text)
    if starts:  # the sentences decide; a placeholder was a capitalised word
        return sum(c[0] == "<" or c.isupper() for c in starts) * 2 < len(starts)
    # words counted by their separators: a cheap estimate, good enough for a one-in-ten share
    return len(_CAP_START.findall(text)) * 10 < text.count(" ") + text.count("\n") + 1


_ENDS_NAME = re.compile(r"[ \t]*(?:[,.!?]|$)", re.M)
_GREETING_AFTER = re.compile(
    r"[ \t]+(?:hej|hejsa|hallo|hello|hi|hiya|goedemorgen|goedemiddag|goeiemiddag|goedenavond|goeiemorgen|goedendag|"
    r"dag|good[ \t]+(?:morning|afternoon|evening)|morning|afternoon|god[ \t]+(?:morgen|eftermiddag|dag))(?![\w])"
)


def intro_names(text: str, weak: bool = True, cap: bool = False) -> list[tuple[int, int, str]]:
    """Names after an introduction or a relation, in any case, when they are in no word list; after a plainer
    opening ("met", "det er") only when ``weak`` (a lower-case transcript: two name-like words) or ``cap`` (a
    written text: a capitalised word in no list, alone before a comma or a full stop or before a capitalised
    name-like word)."""
    spans = []
    for m in _STRONG_INTRO.finditer(text):
        p = m.end()
        line_end = text.find("\n", p)
        # after "jeg hedder", "u spreekt met" any word is taken for the first name ("rami" is also an English
        # word); after a relation ("mijn man belt") only a name-like one
        naming = (_NAMING.match(m.group(0)) is not None or _CALLED.search(m.group(0)) is not None) \
            and _WORD.match(text, p) is not None \
            and _WORD.match(text, p).group(0).lower() not in _PARTICLES
        # "my mom, Dolores Whitfield": a capitalised word set off after a relation is the name, common or not
        nxt = _WORD.match(text, p)
        named = text[p:p + 1].isupper() and (
            "," in m.group(0) and not mostly_lower(text)
            or nxt is not None and _person_word(nxt.group(0), word_names=True))  # "my flatmate Ollie", "her dad Ben"
        e = take_name(text, p, loose=naming, first_any=named, line_end=len(text) if line_end == -1 else line_end)
        if e == p and named and nxt is not None and nxt.group(0).lower() in word_first_names():
            e = nxt.end()  # "mijn buurvrouw Joke", "min rådgiver er Bent": a first name that is also a word
        if e > p:
            spans.append((p, e, text[p:e]))
    for m in _WEAK_INTRO.finditer(text) if weak or cap else ():
        p = m.end()
        first = _WORD.match(text, p)
        if not first or first.group(0).isupper():
            continue
        listed = weak and first.group(0).lower() in _first_names()
        if cap and not weak and _ENDS_NAME.match(text, first.end()) and first.group(0)[:1].isupper() \
                and m.group(0)[:2].lower() in ("th", "di", "de", "he", "hi") and (
                first.group(0).lower() in _first_names() or first.group(0).lower() in word_first_names()):
            listed = True  # "Greenleaf Pharmacy, this is Jordan.": a first name closing the introduction
        if not unknown_word(first.group(0)) and not listed:
            continue
        second = _WORD.match(text, first.end() + 1) if text[first.end():first.end() + 1] == " " else None
        if weak and _GREETING_AFTER.match(text, first.end()):
            # "nordsø bank det er anne-mette hej": an agent's first name alone, then the caller's greeting
            spans.append((p, first.end(), first.group(0)))
            continue
        if weak:
            if listed and not unknown_word(first.group(0)):
                continue
            if not second or _org_word(second.group(0)) or not (
                    name_like(second.group(0))
                    # "this is uh tamika reynolds": after a first word in no list, a rare second word
                    or not m.group(0).lower().startswith("met") and unknown_word(first.group(0))
                    and second.group(0).lower() not in _stop()
                    and second.group(0).lower() not in _FILLERS and _zipf(second.group(0)) < _COMMON_ZIPF):
                continue
        elif not first.group(0)[0].isupper() or _org_word(first.group(0)) or not (
                _ENDS_NAME.match(text, first.end()) and not m.group(0).lower().startswith("it")  # "it's Netflix."
                or second and second.group(0)[0].isupper() and name_like(second.group(0))
                and not _org_word(second.group(0))):
            continue  # a written text: "this is Tasha, ...", "it's Gráinne O'Donoghue", not "met Voltana Energie"
        line_end = text.find("\n", p)
        e = take_name(text, p, line_end=len(text) if line_end == -1 else line_end)
        if weak and second is not None and e > p:
            e = max(e, second.end())  # the rare second word taken above ("tamika reynolds")
        elif listed and not weak:
            e = max(e, first.end())
        if e > p:
            spans.append((p, e, text[p:e]))
    return spans


# ---- "I'm Poppy from PillPost", "ik ben Björn Lindqvist", "jeg er Torunn": who says who they are with "I'm";
# the name must be capitalised and in no word list (or a common first name), since "I'm Dutch", "ik ben blij" and
# typos ("im realy upset") follow the same words; in a lower-case text only a common first name
_IM = re.compile(r"(?i)(?<![\w'’])(?:i'm|i’m|im|i[ \t]+am|ik[ \t]+ben|jeg[ \t]+er)[ \t]+(?:(?:eh|uh|um|øh)[ \t]*,?[ \t]+)?"
                 r"(?=[^\W\d_])")


def im_names(text: str) -> list[tuple[int, int, str]]:
    lower = mostly_lower(text)
    firsts = _first_names()
    spans = []
    for m in _IM.finditer(text):
        p = m.end()
        w = _WORD.match(text, p)
        if not w:
            continue
        word = w.group(0)
        nxt = _WORD.match(text, w.end() + 1) if text[w.end():w.end() + 1] == " " else None
        pair = nxt is not None and unknown_word(word) and name_like(nxt.group(0))  # "im torunn haugland"
        if lower:
            if word.lower() not in firsts and not pair:
                continue
        elif not (word[0].isupper() and not word.isupper() and (
                word.lower() in firsts or unknown_word(word) or pair
                or (nxt is not None and nxt.group(0).lower() in _FROM_WORDS))):  # "I'm Poppy from PillPost"
            continue
        line_end = text.find("\n", p)
        e = take_name(text, p, first_any=not lower, line_end=len(text) if line_end == -1 else line_end)
        if e == p and not lower and word[:1].isupper() and word.lower() in word_first_names() and (
                nxt is not None and nxt.group(0).lower() in _FROM_OR_AND or _ENDS_NAME.match(text, w.end())):
            e = w.end()  # "Ik ben Floor en help je", "I'm Grace from ...": a first name that is also a word
        if e > p:
            spans.append((p, e, text[p:e]))
    return spans


# ---- a common first name and a surname-like word after it in a lower-case transcript ("tak og du hedder |
# camilla thorsen", "den står til emma holt", "helen ashworth"): the pair is a name even without a cue
_PAIR = re.compile(r"(?<![\w<'’-])([a-zß-öø-ÿĀ-ſ]{2,})[ \t]+([a-zß-öø-ÿĀ-ſ][a-zß-öø-ÿĀ-ſ'’-]+)(?![\w'’-])")


@lru_cache(maxsize=65536)
def _zipf(word: str) -> float:
    """The word's highest Zipf frequency in nl, da and en (wordfreq; -3 when in no list)."""
    h = hash_words([word.lower()])
    return max((float(wf.log_freqs(h, 1e-12)[0]) / 2.302585 + 9 for wf in _freqs()), default=-3.0)


def pair_names(text: str) -> list[tuple[int, int, str]]:
    first = _first_names()
    spans = []
    pos = 0
    while (m := _PAIR.search(text, pos)) is not None:
        pos = m.start(2)
        a, b = m.group(1), m.group(2)
        if a not in first or b == a or b in _stop() or b in _FILLERS or b in _STOP_AFTER or _org_word(b):
            continue
        if b in _name_words() or (unknown_word(b) or _zipf(b) < 3.8) and (len(b) <= 12 or "-" in b):
            spans.append((m.start(1), m.end(2), m.group(0)))
            pos = m.end(2)
    return spans


# ---- who joined a chat ("Ben joined the chat", "Sanne heeft het gesprek overgenomen") and who signs a chat message
# with a dash or a caret at its end ("... Get well soon! - Shauna", "Which service? ^Dan")
_JOINED = re.compile(
    r"(?m)^[ \t]*(?:[\[(][^\]\n)]{1,25}[\])][ \t]*)?(?:\*+[ \t]*)?(?:[^:\n]{1,25}:[ \t]+)?([A-ZÀ-ÖØ-ÞĀ-ſ][a-zß-öø-ÿĀ-ſ'-]+(?:[ \t][A-ZÀ-ÖØ-ÞĀ-ſ][a-zß-öø-ÿĀ-ſ'-]+)?)"
    r"[ \t]+(?:has[ \t]+)?(?:joined|entered|heeft[ \t]+(?:het[ \t]+gesprek|de[ \t]+chat)[ \t]+overgenomen|"
    r"is[ \t]+(?:toegevoegd|binnengekomen)|er[ \t]+(?:nu[ \t]+)?(?:med|kommet[ \t]+ind)|har[ \t]+overtaget)"
    r"(?![\w])"
)
_SIGNED = re.compile(
    r"(?m)(?:(?P<end>[.!?)😊🙂👍])|[ \t])[ \t]*(?:[-–—]|\^|/)[ \t]?([A-ZÀ-ÖØ-ÞĀ-ſ][a-zß-öø-ÿĀ-ſ'-]+)[ \t]*$"
)


def chat_names(text: str) -> list[tuple[int, int, str]]:
    spans = []
    for m in _JOINED.finditer(text):
        if all(not _org_word(w) for w in m.group(1).split()):
            spans.append((m.start(1), m.end(1), m.group(1)))
    for m in _SIGNED.finditer(text):
        w = m.group(2)
        low = w.lower()
        # a word in no list only after a sentence's end ("Get well soon! - Shauna", not "Subject: ... – Eltroxin")
        if low in _first_names() or low in word_first_names() or (
                m.group("end") and unknown_word(w) and not _org_word(w)):
            spans.append((m.start(2), m.end(2), w))
    return spans


# ---- a word spelled with a spelling alphabet: "k van karel u van utrecht i van izaak", "b som i bernhard a som i
# anna", "S som Søren, K som Karen", "p for papa r for romeo", "sierra echo one five two november bravo"
_SPELL_ITEM = r"(?:ij|[^\W\d_])[ \t]+(?:van|als|voor|wie|som(?:[ \t]+i)?|for|as[ \t]+in|like)[ \t]+[^\W\d_]+"
_SPELL_RUN = re.compile(rf"(?i)(?<![\w]){_SPELL_ITEM}(?:[ \t]*[,.]?[ \t]+{_SPELL_ITEM}){{2,}}(?![\w])")
_NATO = (
    r"alfa|alpha|bravo|charlie|delta|echo|foxtrot|golf|hotel|india|juliet|juliett|kilo|lima|mike|november|oscar|papa|"
    r"quebec|romeo|sierra|tango|uniform|victor|whiskey|whisky|x-ray|xray|yankee|zulu"
)
_NATO_NUM = r"zero|oh|one|two|three|four|five|six|seven|eight|nine|nul|een|twee|drie|vier|vijf|zes|zeven|acht|negen"
_NATO_RUN = re.compile(
    rf"(?i)(?<![\w])(?:{_NATO})(?:[ \t]*,?[ \t]+(?:{_NATO}|{_NATO_NUM})){{2,}}(?![\w])"
)
# the alphabet's words that are rare in a text otherwise (not "golf", "hotel", "india", "mike", "oscar", "victor"):
# a run can only start where one of them stands
_NATO_GATE = re.compile(r"(?<![\w])(?:" + "|".join(
    w for w in _NATO.split("|") if w not in ("alfa", "alpha", "golf", "hotel", "india", "juliet", "juliett", "mike",
                                             "oscar", "victor")) + r")(?![\w])")
_SPELL_GATE = re.compile(r"[ \t](?:van|als|voor|wie|som|for|as[ \t]+in|like)[ \t]")
_SPELL_KIND = re.compile(r"(?i)(postcode|postnummer|post[ ]code|eircode|zip|kenteken|nummerplade|registration|reg\b|"
                         r"rego|plate)")


def spelled_runs(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, TYPE)`` of words spelled letter by letter with a spelling alphabet: a name unless the turn
    before asks for a postcode or a plate."""
    spans = []
    low = text.lower()
    gates = (_SPELL_GATE.search(low) is not None, _NATO_GATE.search(low) is not None)
    for rx, gate in zip((_SPELL_RUN, _NATO_RUN), gates):
        if not gate:
            continue
        for m in rx.finditer(text):
            if rx is _NATO_RUN and len(re.findall(_NATO, m.group(0), re.IGNORECASE)) < 2:
                continue
            ask = _SPELL_KIND.findall(text, max(0, m.start() - 100), m.start())
            kind = "NAME"
            if ask:
                last = ask[-1].lower()
                kind = "POSTCODE" if last.startswith(("post", "eir", "zip")) else "PLATE"
            spans.append((m.start(), m.end(), kind))
    return spans


def cue_names(text: str, tokens: list[str] | None = None) -> list[tuple[int, int, str]]:
    """Every span the rules of this module find (they may overlap; the caller keeps the longest).

    ``tokens``: the text's words when the caller has them (one pass decides which rules can fire at all)."""
    words = {t.lower() for t in (re.findall(r"[^\W\d_]+", text) if tokens is None else tokens)}
    spans: list[tuple[int, int, str]] = []
    if not words.isdisjoint(_ANSWER_GATE):
        spans += answer_names(text)
    if ":" in text and not words.isdisjoint(_FIELD_GATE):
        spans += field_names(text)
    if not words.isdisjoint(_PROFESSION_WORDS):
        spans += profession_names(text)
    if "," in text and not (words.isdisjoint(_PROFESSION_WORDS) and words.isdisjoint(_RELATION_WORDS)) \
            and _COMMA_CAP.search(text):
        spans += apposition_names(text)
    if ":" in text and ("(" in text or "–" in text or " - " in text or "—" in text):
        spans += label_names(text)
    if ":" in text:
        spans += role_label_names(text)
    if "<CPR>" in text or "<NATIONAL_ID>" in text or "<BIRTHDATE>" in text:
        spans += id_names(text)
    if not words.isdisjoint(_PARENT_GATE):
        spans += _names_after(_PARENT_OF, text)
    if "," in text and not words.isdisjoint(_PRONOUN_GATE):
        spans += pronoun_names(text)
    if "." in text and _INITIALS_GATE.search(text):
        spans += initials_names(text)
    if not words.isdisjoint(_NAME_FIELD_GATE):
        spans += field_word_names(text)
    if "<ADDRESS>" in text:
        spans += name_above_address(text)
    lower = None
    if not words.isdisjoint(_first_names()):
        lower = mostly_lower(text)
        if lower:
            spans += pair_names(text)
    if not words.isdisjoint(_INTRO_GATE):
        gate = not words.isdisjoint(_WEAK_GATE)
        lower = lower if lower is not None else mostly_lower(text)
        spans += intro_names(text, weak=gate and lower, cap=gate and not lower)
    if "speaking" in words or "her" in words or "hier" in words or "here" in words:
        spans += speaking_names(text)
    if not words.isdisjoint(_IM_GATE):
        spans += im_names(text)
    if "-" in text or "^" in text or "–" in text or "—" in text or "/" in text or not words.isdisjoint(_JOIN_GATE):
        spans += chat_names(text)
    return spans


_JOIN_GATE = frozenset("joined entered overgenomen toegevoegd binnengekomen med kommet overtaget".split())


_FROM_WORDS = frozenset("from van fra at with bij hos here hier her".split())
_FROM_OR_AND = _FROM_WORDS | frozenset("en og and".split())
_IM_GATE = frozenset("i'm i’m im am ben er".split())


# ---- growing names already redacted over their neighbours
_AFTER_HYPHEN = re.compile(
    r"<NAME>((?:-(?:(?:van|de|der|den|ter|ten|'t|a|el|al)[ -])*[^\W\d_]+(?:['’][^\W\d_]+)?)+)(?![\w])", re.IGNORECASE
)
_BEFORE_HYPHEN = re.compile(r"(?<![\w<>'’-])([^\W\d_]+(?:-[^\W\d_]+)+)-?[ \t]*(?=<NAME>)")
_BETWEEN = re.compile(r"<NAME>[ \t]+(\(?[^\W\d_]+(?:['’-][^\W\d_]+)*\)?|[A-ZÀ-ÖØ-ÞĀ-ſ]\.)[ \t]+<NAME>")
_BEFORE = re.compile(r"(?<![\w<>'’.-])([^\W\d_]+(?:['’][^\W\d_]+)?)[ \t]+(?=<NAME>)")
_AFTER = re.compile(r"<NAME>[ \t]+([^\W\d_]+(?:['’-][^\W\d_]+)*)(?![\w'’-])")
# "&" is left out: "Hornung & Møller" is a company
# a capitalised particle and a surname after a name: "<NAME> De Wilde", "<NAME> Te Whata", "<NAME> Van den Berg"
_AFTER_PARTICLE = re.compile(
    r"<NAME>[ \t]+((?:De|Van|Van[ \t]+de[rn]?|Le|La|Da|Di|Du|Del|Dos|Ó|Ní|Ui|Mac|Ter|Ten|Te|Von|Al|El)[ \t]+"
    r"([A-ZÀ-ÖØ-ÞĀ-ſ][a-zß-öø-ÿĀ-ſ]+(?:-[A-ZÀ-ÖØ-ÞĀ-ſ][a-zß-öø-ÿĀ-ſ]+)?))(?![\w'’-])"
)
_AND_BEFORE = re.compile(r"(?<![\w<>'’.-])([^\W\d_]+)[ \t]+(?:en|og|and)[ \t]+(?=<NAME>)")
_AND_AFTER = re.compile(r"<NAME>[ \t]+(?:en|og|and)[ \t]+([^\W\d_]+)(?![\w'’-])")
_RUNS = re.compile(r"<NAME>(?:[ \t]*-?[ \t]*<NAME>)+")


@lru_cache(maxsize=1)
def _not_grown() -> frozenset[str]:
    """Titles, greetings, sign-offs and call fillers: they stand next to names without being part of them."""
    words = {w.lower() for w in load_all("greetings") + load_all("signoffs") if " " not in w}
    words |= set(re.findall(r"[a-z]+", _TITLES))
    words |= set(_CALL_FILLERS.split("|"))
    return frozenset(words | {"hiya", "heya", "hej", "hejsa", "hoi", "hi", "hey", "merci", "vh", "mvh", "mvg", "gr",
                              "groetjes", "kh", "dear", "kære", "beste", "fru", "frk", "hr", "dhr", "mr", "mrs", "ms"})


def _grow_ok_word(word: str) -> bool:
    """A word next to a name that belongs to it: a name-like word, not all capitals, not a company word."""
    if any(c.isupper() for c in word[1:]) or _org_word(word):  # "KLM", "FitFabriek": a company
        return False
    if word.lower().strip("'’") in _not_grown():
        return False
    if word[:1].islower() and word.lower() not in _name_words() and _zipf(word) >= 3.3:
        return False  # "mevrouw <NAME> opgehaald": a lower-case word next to a name must be rare to join it
    return name_like(word)


_DAY_ABBREVIATIONS = frozenset("mon tue tues wed thu thur thurs fri sat sun ma di wo do vr za zo man tir ons tor fre lør "
                               "søn".split())
_CAL_WORDS = frozenset(MONTHS.split("|") + WEEKDAYS.split("|"))  # "Monday <NAME>" is no first name


def _cap_before(text: str, m: re.Match[str]) -> bool:
    """A capitalised word right before a name inside a written sentence ("met Griet <NAME>", "Roger <NAME> en"):
    a first name even when it is also a word, unless it starts the sentence or is a title, greeting or company."""
    word = m.group(1)
    if not word[:1].isupper() or word.isupper() or len(word) < 2:
        return False
    low = word.lower()
    if (low in _stop() and low not in word_first_names()) or low in _not_grown() or low in _CAL_WORDS \
            or low in _FILLERS or _org_word(word) or low.endswith(_TRADE_ENDINGS):
        return False  # a stop word that is also a first name ("Anders <NAME>", "Hans <NAME>") is a name here
    before = text[:m.start()].rstrip(" \t")
    if (not before or before[-1] in ":\n") and (low in _first_names() or low in word_first_names()):
        return True  # "Kunde: Hans <NAME>, <CPR>", "Griet <NAME> (ouder van ...)": a first name opening the turn
    return bool(before) and before[-1] not in ".!?:;\n\"'(-–—*>|[" and not before.endswith("<NAME>")


def grow_names(text: str) -> str:
    """Grow every ``<NAME>`` over the name parts next to it that no rule found by itself (lower-case words only in
    a lower-case transcript: in a written text a lower-case word next to a name is not part of it)."""
    if "<NAME>" not in text:
        return text
    lower = mostly_lower(text)

    def _grow_ok(word: str) -> bool:
        return (lower or word[:1].isupper()) and _grow_ok_word(word)

    for _ in range(4):
        before = text
        text = _AFTER_HYPHEN.sub("<NAME>", text)
        text = _BEFORE_HYPHEN.sub(lambda m: "" if name_like(m.group(1)) or unknown_word(m.group(1)) else m.group(0),
                                  text)
        text = _BETWEEN.sub(
            lambda m: "<NAME> <NAME>" if _grow_ok(m.group(1).strip("()")) or m.group(1).strip("()")[:1].isupper()
            and m.group(1).strip("()").lower() not in _stop() else m.group(0), text
        )
        text = _BEFORE.sub(lambda m: "" if _grow_ok(m.group(1)) or (not lower and _cap_before(m.string, m)) else m.group(0),
                           text)
        text = _AFTER.sub(lambda m: "<NAME>" if _grow_ok(m.group(1)) else m.group(0), text)
        text = _AFTER_PARTICLE.sub(lambda m: "<NAME>" if not _org_word(m.group(2)) else m.group(0), text)
        text = _AND_BEFORE.sub(lambda m: "<NAME> " + m.group(0)[len(m.group(1)):].lstrip()
                               if _grow_ok(m.group(1)) else m.group(0), text)
        text = _AND_AFTER.sub(lambda m: m.group(0)[: m.start(1) - m.start()] + "<NAME>"
                              if _grow_ok(m.group(1)) else m.group(0), text)
        text = _RUNS.sub("<NAME>", text)
        if text == before:
            break
    return text


# ---- values given as the answer to a question for them: "en de postcode | 3815 k d", "hvad er nummerpladen |
# ar 22 714", "your nhs number if you have it | 522 271 6988", "dit cpr-nummer | 2 3 1 2 6 4 1 6 8 5". Call
# transcripts write them in lower case, spaced or spelled, which the patterns for written values do not match.
_ASKED = re.compile(
    r"(?i)(?<![\w<])(?:(?P<POSTCODE>postcode|postnummer|postnummeret|postnr|post[ \t]code|postal[ \t]code|eircode|"
    r"zip[ \t]?code)|(?P<PLATE>kenteken|nummerplaat|nummerplade|nummerpladen|nummerplader|registreringsnummer|"
    r"registreringsnummeret|number[ \t]plate|licen[cs]e[ \t]plate|registration(?:[ \t]number)?|reg[ \t]number|rego|"
    r"(?:her|his|your|my|the|their|car)[ \t]+reg|(?:her|his|your|my|the|their)[ \t]+plate|"
    r"kennzeichen)"
    r"|(?P<NATIONAL_ID>paspoortnummer|pasnummer|pasnummeret|pasnumrene|pasnumre|passport[ \t]number|rijbewijsnummer|kørekortnummer|"
    r"driving[ \t]licen[cs]e[ \t]number|nhs[ \t]number|national[ \t]insurance[ \t]number|ni[ \t]number|"
    r"rijksregisternummer|burgerservicenummer|bsn|cpr-?nummer|cpr-?nummeret|cpr|personnummer|pps[ \t]?number|"
    r"ppsn|social[ \t]security[ \t]number|social[ \t]insurance[ \t]number|social|ssn|tfn|tax[ \t]file[ \t]number|"
    r"ird[ \t]number|ird|sin|medicare[ \t]number|medicare|(?:driving|driver['’]?s)[ \t]licen[cs]e|"
    r"licen[cs]e[ \t]number|rijbewijs|kørekort|kørekortet|pan[ \t]number|pan[ \t]card|aadhaa?r(?:[ \t]number)?)"
    r"|(?P<BIRTHDATE>fødselsdato(?:en)?|fødselsdatoer(?:ne)?|fødselsdag|geboortedat(?:um|a)|geboortedag|"
    r"dates?[ \t]of[ \t]birth|birth[ \t]?dates?|dob|d\.o\.b\.?|birthday|født|geboren|born)"
    r"|(?P<ADDRESS>(?:nieuwe[ \t]+|huidige[ \t]+|nye[ \t]+|new[ \t]+|home[ \t]+)?(?:bezorg|leverings|post)?(?:adres|adresse|adressen|address)|"
    r"first[ \t]+line[ \t]+of[ \t]+(?:the|your)[ \t]+address|"
    # "Woont u nog op Ravelijn 4A?", "Bor du stadig på Skovbrynet 3?", "Hvor skal du flytte hen? | Til ..."
    r"woon[t]?[ \t]+(?:u|je|jij|ik|hij|zij|ze|jullie)[ \t]+(?:nog[ \t]+|nu[ \t]+)?(?:op|aan)|"
    r"bor[ \t]+(?:du|jeg|han|hun|i|vi)[ \t]+(?:stadig[ \t]+|nu[ \t]+)?på|flytte[ \t]+hen|flytter[ \t]+til|"
    r"verhuist?[ \t]+(?:u|je|jij|ik)?[ \t]*naar|(?:still|now)[ \t]+(?:living[ \t]+)?at|moving[ \t]+to|moved[ \t]+to)"
    r"|(?P<PHONE>telefoonnummer|telefonnummer|telefonnummeret|mobielnummer|mobilnummer|mobilnummeret|gsm-?nummer|"
    r"phone[ \t]number|mobile[ \t]number|contact[ \t]number|(?:mobiel|mobile)[ \t]nummer|"
    # "hvad er nummeret", "og dit nummer": in a call the number asked for is the phone's (a record's has its name)
    r"(?:(?:hvad|hvilket|hvilke)[ \t]+(?:er[ \t]+)?(?:nummer(?:et)?|numre(?:ne)?)|(?:og|en)[ \t]+(?:dit|je|jouw|uw)[ \t]+nummer)"
    r"(?![ \t]+(?:på|for|til|af|van|of|op|voor|from|fra)(?![\w]))|"
    r"vaste?[ \t]+nummer|vaste[ \t]+lijn|fastnetnummer(?:et)?|call[ \t-]?back[ \t]+number|best[ \t]+number|"
    r"number[ \t]+to[ \t]+reach[ \t]+you)"
    r"|(?P<USERNAME>gebruikersnaam|brugernavn(?:et)?|username|user[ \t]name|inlognaam|loginnaam|login|"
    r"kundekonto(?:en)?|klantaccount|klantenaccount|brugerkonto(?:en)?|upi[ \t]id|upi|user[ \t]?id|bruger-?id|"
    r"gebruikers-?id|inloggen[ \t]met|authenticated[ \t]user|"
    r"account(?:naam|[ \t]name)?(?![ \t]*(?:number|nummer|nr|no|num|ref|reference|id|code|#)(?![^\W\d_]))|handle|"
    r"profielnaam|profilnavn|kontoen|kontonavn(?:et)?|gamertag|gamer[ \t]tag|spelersnaam|spillernavn|"
    r"logged[ \t]in[ \t]as|logget[ \t]ind[ \t]som|ingelogd[ \t]als|(?:heet|hedder)[ \t]+(?:je|u|du)|"
    r"profil[ \t]+i[ \t]+appen|profiel[ \t]+in[ \t]+de[ \t]+app))(?![\w>-])"
)
_DATE_VALUE = re.compile(
    rf"(?i)(?:the[ \t]+)?\d{{1,2}}(?:st|nd|rd|th|e|\.)?(?:[ \t]+of)?(?:[ \t]+the)?[ \t./-]+"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?|(?:{MONTHS})\.?)(?:,?[ \t./-]+(?:19|20)?\d{{2}})?(?![\w])"
    rf"|(?i:{MONTHS})\.?[ \t]+\d{{1,2}}(?:st|nd|rd|th)?,?[ \t]+(?:19|20)?\d{{2}}(?![\w])"
)
# a date of birth said in words: "veertien februari 1979", "fjortende marts toogfirs", "zeven maart
# negentienhonderd achtennegentig", "the fourteenth of august eighty eight", "den tyvende juli nitten hundrede og
# femoghalvfems"
_NL_DAY = (
    r"één|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|"
    r"achttien|negentien|twintig|dertig|(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen)[eë]ntwintig|eenendertig"
)
_DA_DAY = (
    r"første|anden|tredje|fjerde|femte|sjette|syvende|ottende|niende|tiende|ellevte|tolvte|trettende|fjortende|"
    r"femtende|sekstende|syttende|attende|nittende|tyvende|tredivte|(?:en|to|tre|fire|fem|seks|syv|otte|ni)ogtyvende|"
    r"enogtredivte|(?:en|to|tre|fire|fem|seks|syv|otte|ni)ogtyve|enogtredive|tredive|tyve|elleve|tolv|tretten|"
    r"fjorten|femten|seksten|sytten|atten|nitten|et|en|to|tre|fire|fem|seks|syv|otte|ni|ti"
)
_EN_DAY = (
    r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|"
    r"fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|"
    r"(?:twenty|thirty)[ -](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
)
_YEAR_WORD = (
    r"(?:negentienhonderd|tweeduizend|nitten[ \t]+hundrede(?:[ \t]+og)?|totusinde(?:[ \t]+og)?|to[ \t]+tusind(?:[ \t]+og)?|"
    r"nineteen|two[ \t]+thousand(?:[ \t]+and)?|[^\W\d_]*(?:tig|tyve|tredive|fyrre|halvtreds|tres|halvfjerds|firs|halvfems|"
    r"ty|teen|ten|één|een|twee|drie|vier|vijf|zes|zeven|acht|negen|one|two|three|four|five|six|seven|eight|nine)|oh)"
)
_MONTH_ORDINAL = (
    r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
)
_SPOKEN_YEAR = rf"(?:,?[ \t]+(?:(?:19|20)?\d{{2}}(?!\d)|{_YEAR_WORD}(?:[ \t]+{_YEAR_WORD}){{0,2}}))"
# "the fourteenth of august eighty eight", "third of the ninth nineteen forty nine" (the month as an ordinal, with
# a year), "september ninth nineteen eighty seven" (the month first)
_SPOKEN_DATE = re.compile(
    rf"(?i)(?:(?:the|den|de)[ \t]+)?(?:\d{{1,2}}\.?|{_NL_DAY}|{_DA_DAY}|{_EN_DAY})(?:[ \t]+of)?[ \t]+"
    rf"(?:(?:{MONTHS})(?![^\W\d_]){_SPOKEN_YEAR}?|(?:the[ \t]+)?(?:{_MONTH_ORDINAL})(?![^\W\d_]){_SPOKEN_YEAR})"
    rf"(?![^\W\d_])"
    rf"|(?:{MONTHS})[ \t]+(?:\d{{1,2}}(?:st|nd|rd|th)?|{_EN_DAY}){_SPOKEN_YEAR}(?![^\W\d_])"
)
_ASK_TAIL_WORDS = frozenset(
    "van uw je jouw de het wagen auto bil din dit dine your his her the car vehicle if you have it please graag "
    "even lige tak og og en and also ook også then dan så er is nog the a of op on card kaart kort pas er".split()
)
# what an answer starts with before the value itself: fillers, "it's", "dat is", "mijn", "nummer"
_VALUE_LEAD = re.compile(
    r"(?i)(?:(?:eh|ehm|uh|um|erm|øh|öh|ja|jo|yes|yeah|yep|sure|okay|ok|oké|dat|het|is|it['’]s|it|that['’]s|det|er|"
    r"the|de|den|was|mijn|my|min|mit|nummer|number|no|nr|customer|caller|klant|kunde|beller|member|patient|"
    r"patiënt|borger|lejer|tenant)[ \t,.:]+)*"
)
_VALUE_TOKEN = re.compile(r"\+?\d{1,12}(?![\w])|[^\W_]{1,4}(?![\w])|[A-Za-z0-9]{5,16}(?![\w])")


_USERNAME = re.compile(r"@?[^\W_][\w.-]{1,38}\w(?:@[A-Za-z]{2,15}(?![\w.@]))?|@[^\W_]{2,}")


_MIXED_CASE = re.compile(r"[a-zß-ÿ][A-ZÀ-Þ]")
# "gebruikersnaam op jullie site is svenm84", "brugernavnet \"solsikke_88\"", "login is still shaz.p_lifts right?"
_USERNAME_LATER = re.compile(r"(?i)[^\n]{0,40}?(?:[ \t](?:is|er|blijft|bliver|was|var|remains)[ \t]+(?:still[ \t]+|stadig[ \t]+|nog[ \t]+)?"
                             r"|[ \t]*[:=][ \t]*|[ \t]+)[\"'“”‘’]?(?=[^\W_])")


def _username_end(text: str, pos: int, line_end: int) -> tuple[int, int]:
    """(start, end) of a user name at ``pos``: one token with a digit, an underscore, a dot inside or an @."""
    p = _VALUE_LEAD.match(text, pos, line_end).end()
    quoted = p < line_end and text[p] in "\"“'„«"
    m = _USERNAME.match(text, p + quoted, line_end)
    if not m or "@" in m.group(0)[1:] and "." in m.group(0).rsplit("@", 1)[1]:
        return pos, pos  # an e-mail address has its own rule (a UPI id "ananya.iyer94@okaxis" is a user name)
    tok = m.group(0)
    shaped = tok.startswith("@") or any(c.isdigit() or c in "_." for c in tok) or (
        tok[0].islower() and _MIXED_CASE.search(tok) is not None)
    if not shaped or not any(c.isalpha() for c in tok):
        return pos, pos  # a plain word is no user name ("account is blocked"); "xXDaanTheManXx" is one
    if text[m.end():m.end() + 1] not in ("", " ", "\t", ",", ".", "!", "?", ")", "\n", *("\"”'»" if quoted else ())):
        return pos, pos
    return m.start(), m.end() - (1 if tok.endswith(".") else 0)


# ---- a person's handle without a cue: "@tessavdrijn_", "mijn collega @jorisbouwmeester", a chat author
# "FrostByte_Kai:" or "[19:02] xX_D3stroyer_Xx:". Companies' handles stay: CamelCase ("@SkyBridgeAir"), a country
# suffix ("@zomerfest_nl"), or no part that is a name and no digit ("@velo.delft")
_AT_HANDLE = re.compile(r"(?<![\w@.<])@([^\W_][\w.]{1,29}\w|[^\W_]{2})(?![\w@]|\.\w)")
_LABEL_HANDLE = re.compile(
    r"(?m)^[ \t>*-]*(?:\[[^\]\n]{1,25}\][ \t]*){0,2}(?:\d{1,2}[:.]\d{2}(?:[:.]\d{2})?[ \t]+)?([^\W\d][\w.]{1,28}\w)"
    r"(?:[ \t]*\(\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\))?:[ \t]"
)
# a handle by the words of a portal or a log: "Signed in as: kwashington", "Gebruiker ingelogd: mtahiri_1989",
# "bvanleeuwen84 (ingelogd)", "pernille.k84 (logget ind via MitID)", 'gebruiker "marloes_r"', "hosting-account jverhagen"
_SIGNED_IN = re.compile(
    r"(?im)(?:(?:signed|logged)[ \t]+in(?:[ \t]+as)?|ingelogd(?:[ \t]+als)?|\((?:ingelogd|logged[ \t]+in|logget[ \t]+ind)\)|"
    r"logget[ \t]+ind(?:[ \t]+som)?|gebruiker[ \t]+ingelogd|brugeren|gebruiker=|user=|bruger=|"
    r"bruger[ \t]+logget[ \t]+ind|(?:ftp|ssh|wordpress|hosting|cpanel)-?(?:gebruiker|user|bruger|account|konto)(?:[ \t]+van[ \t]+gebruiker)?|"
    r"(?:account|konto)[ \t]+van[ \t]+gebruiker|gebruiker|bruger|user(?:name)?)[ \t]*[:=]?[ \t]*[\"“'‘]?"
    r"(?P<h>[a-z][\w.-]{1,30}[\w])(?=[\"”'’]|[ \t]*(?:[|·,;()]|$)|[ \t]+[a-z]+=)"
    r"|^[^\n:]{0,20}:[ \t]*(?P<h2>[a-z][\w.-]{1,30}[\w])[ \t]*\((?:ingelogd|logget[ \t]+ind|logged[ \t]+in|signed[ \t]+in)"
)
# a handle alone on its line, as Instagram and Messenger exports head a message: "lisa.vdberg", "mia.kaye_"
_LINE_HANDLE = re.compile(r"(?m)^[ \t]*([a-z][a-z0-9]*(?:[._][a-z0-9]+)+_?|[a-z][a-z0-9]*_)[ \t]*$")
_FILE_TAIL = re.compile(r"(?i)\.(?:txt|pdf|jpe?g|png|gif|docx?|xlsx?|csv|zip|html?|com|net|org|io|app|eu)$")
# a profile address without its scheme: "facebook.com/griet.vercammen.3"
_PROFILE_URL = re.compile(
    r"(?i)(?<![\w/.@])(?:www\.)?(?:facebook|fb|instagram|twitter|x|tiktok|linkedin|threads)\.com/(?:in/)?([\w.-]*\w)"
)
_COUNTRY_TAIL = re.compile(r"(?i)[_.](?:nl|dk|uk|us|be|ie|au|nz|ca|za|de|fo|gl|official|support|help|team|care)$")
_HANDLE_PARTS = re.compile(r"[^\W\d_]+")
_LETTER_DIGIT = re.compile(r"[a-z]\d|\d[a-z]")


_SPEAKER_HANDLE = re.compile(
    r"(?i)(?:spk|speaker|spreker|taler|ch|channel|chan|agent|customer|caller|klant|kunde|user|bruger|gebruiker|"
    r"participant|deelnemer|person|persoon)[_.-]?\d{0,3}"
)


def _person_handle(h: str, *, label: bool = False) -> bool:
    if _COUNTRY_TAIL.search(h) or _SPEAKER_HANDLE.fullmatch(h):
        return False  # "spk_1", "speaker_0": a transcript's speaker, not an account
    camel = _MIXED_CASE.search(h) is not None
    has_digit = any(c.isdigit() for c in h)
    if label:  # an author label: a handle-shaped one only ("FrostByte_Kai", "xX_D3stroyer_Xx", "hanne.gsns"), not
        # "Klant", "Filter2", "Dr.Smith"
        return "_" in h or (has_digit and h[0].islower() and not h.isdigit()) or (
            "." in h and h.islower() and not _FILE_TAIL.search(h)
            and any(len(p) >= 3 for p in _HANDLE_PARTS.findall(h)))
    if camel and not has_digit and "_" not in h:
        return False  # "@SkyBridgeAir", "@NorthernLinkRail"
    if has_digit or "_" in h:
        return True
    names = _name_words()
    low = h.lower()
    firsts = _first_names()
    return any(p in names for p in _HANDLE_PARTS.findall(low)) or any(
        low[:k] in firsts for k in range(4, len(low) + 1))  # "tessavdrijn_" starts with "tessa"


def user_handles(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, "USERNAME")`` of people's handles (see above)."""
    spans = []
    if "@" in text:
        spans += [(m.start(), m.end(), "USERNAME") for m in _AT_HANDLE.finditer(text) if _person_handle(m.group(1))]
    if ":" in text and ("_" in text or "." in text or _LETTER_DIGIT.search(text)):
        spans += [(m.start(1), m.end(1), "USERNAME") for m in _LABEL_HANDLE.finditer(text)
                  if _person_handle(m.group(1), label=True)]
    if "\n" in text and ("." in text or "_" in text):
        spans += [(m.start(1), m.end(1), "USERNAME") for m in _LINE_HANDLE.finditer(text)
                  if _person_handle(m.group(1), label=True) and any(len(p) >= 3 for p in _HANDLE_PARTS.findall(m.group(1)))]
    if ".com/" in text.lower():
        spans += [(m.start(1), m.end(1), "USERNAME") for m in _PROFILE_URL.finditer(text)]
    low = text.lower()
    if any(k in low for k in ("signed in", "logged in", "ingelogd", "logget ind", "gebruiker", "bruger", "user", "=",
                              "-account", "-konto")):
        for m in _SIGNED_IN.finditer(text):
            g = "h" if m.group("h") else "h2"
            h = m.group(g)
            lead = m.group(0)[: m.start(g) - m.start()].lower()
            explicit = g == "h2" or any(k in lead for k in ("in as", "ingelogd", "logget", "ftp", "ssh", "wordpress",
                                                             "hosting", "cpanel", "account", "konto", "logged in",
                                                             "signed in", "brugeren", "="))
            if explicit or _LETTER_DIGIT.search(h) or "_" in h or "." in h or _person_handle(h, label=True):
                spans.append((m.start(g), m.end(g), "USERNAME"))
    return spans


# a street said in answer to a question for the address, in a lower-case call: "de vlasakker 3 in ede",
# "skovbrynet 7 st", "helperzoom 9 a", "twelve weavers close" is left (the number first: the address patterns')
_STREET_ANSWER = re.compile(
    r"(?:(?:de|het|op|på|at|it's|is|dat[ \t]+is|det[ \t]+er|til|naar|to|aan)[ \t]+)*"
    r"(?P<street>[a-zß-öø-ÿĀ-ſ][a-zß-öø-ÿĀ-ſ'-]{2,}(?:[ \t][a-zß-öø-ÿĀ-ſ][a-zß-öø-ÿĀ-ſ'-]{2,}){0,2})[ \t]+"
    r"(?P<num>\d{1,4}(?:[ \t]?[a-z](?![\w]))?(?:[ \t]+(?:st|th|tv|hs|bus[ \t]+\d{1,3})(?![\w]))?)(?![\w])"
)


# ... and in a written answer, capitalised, the number first or last: "Vlasakkers 112.", "Til Skovbrynet 3 i Risskov",
# "22 Headingley Mount"; the answer must end there (a comma, a full stop, "in"/"i" and a town, or the line's end)
_STREET_ANSWER_CAP = re.compile(
    r"(?:(?:[Oo]p|[Pp]å|[Aa]t|[Tt]il|[Nn]aar|[Tt]o|[Aa]an|[Dd]e|[Hh]et)[ \t]+)?"
    r"(?P<street>[A-ZÀ-ÖØ-ÞĀ-ſ][\w'’-]+(?:[ ](?:(?:van|de|der|den|het|'t)[ ])*[A-ZÀ-ÖØ-ÞĀ-ſ][\w'’-]+){0,2}[ ]\d{1,4}"
    r"(?:[ ]?[a-zA-Z](?![\w]))?|\d{1,4}[a-zA-Z]?[ ][A-ZÀ-ÖØ-ÞĀ-ſ][\w'’-]+(?:[ ][A-ZÀ-ÖØ-ÞĀ-ſ][\w'’-]+){0,2})"
    r"(?=[ \t]*(?:[,.?!]|$|(?:in|i|te)[ \t]+[A-ZÀ-ÖØ-ÞĀ-ſ]))",
    re.MULTILINE,
)


def _street_end(text: str, pos: int, line_end: int) -> tuple[int, int]:
    """(start, end) of a street and house number at ``pos`` (after fillers) in a lower-case answer, or empty."""
    i = _VALUE_LEAD.match(text, pos, line_end).end()
    if not mostly_lower(text):
        c = _STREET_ANSWER_CAP.match(text, i, line_end)
        if c and not any(w.lower() in _stop() or w.lower() in _CAL_WORDS or _org_word(w)
                         for w in re.findall(r"[^\W\d_]{2,}", c.group("street"))):
            return c.start("street"), c.end()
        return pos, pos
    m = _STREET_ANSWER.match(text, i, line_end)
    if not m:
        return pos, pos
    words = m.group("street").split()
    if all(w in _stop() or w in _FILLERS for w in words) or words[-1] in _stop() or number_word(words[-1]) is not None:
        return pos, pos  # "ik woon nu 3 jaar", "nummer twee 4"
    while words and (words[0] in _stop() or words[0] in _FILLERS):
        words.pop(0)  # "het is de vlasakker 3": the street starts at its own name
    start = m.end("street") - len(" ".join(words)) if words else m.start("street")
    return start, m.end("num")


def _username_later(text: str, pos: int, line_end: int) -> tuple[int, int]:
    """A user name a few words after its cue, on the same line: the first handle-shaped word there."""
    for m in _USERNAME_LATER.finditer(text, pos, line_end):
        s, e = _username_end(text, m.end(), line_end)
        if e > s and sum(c.islower() for c in text[s:e]) >= 2:  # not a code ("CB-660291", "SORRY5X")
            return s, e
        if m.end() - pos > 45:
            break
    return pos, pos


def _date_end(text: str, pos: int, line_end: int) -> tuple[int, int]:
    """(start, end) of a date at ``pos`` (after fillers), or an empty span."""
    i = _VALUE_LEAD.match(text, pos, line_end).end()
    while i < line_end and text[i] in " \t:":
        i += 1
    m = _DATE_VALUE.match(text, i, line_end) or _SPOKEN_DATE.match(text, i, line_end)
    if m is None and (q := _DATE_SKIP.match(text, i, line_end)):  # "kloppen hun geboortedata nog? 03-08-2015"
        m = _DATE_VALUE.match(text, q.end(), line_end) or _SPOKEN_DATE.match(text, q.end(), line_end)
    return (m.start(), m.end()) if m else (pos, pos)


_DATE_SKIP = re.compile(r"(?:[^\W\d_]+[ \t]+){0,2}[^\W\d_]*\?[ \t]+")


def _postcode_end(text: str, pos: int, line_end: int) -> tuple[int, int]:
    """(start, end) of a postcode at ``pos``: said as a number of thousands ("toogtyve hundrede") or spoken or
    written as a run of short tokens (:func:`_value_end`)."""
    from .redact_spoken import spoken_thousands

    i = _VALUE_LEAD.match(text, pos, line_end).end()
    e = spoken_thousands(text, i, line_end)
    return (i, e) if e else _value_end(text, pos, line_end)


def _digit_count(value: str) -> int:
    """Digits in a value written or said: "06 12" 4, "tre et fire" 3, "syvogtyve nul" 3."""
    return sum(c.isdigit() for c in value) + sum(len(d) for w in re.findall(r"[^\W\d_]+", value.lower())
                                                 if (d := number_word(w)) is not None)


_SPOKEN_NEXT = re.compile(r",[ \t]+([^\W\d_]+)")


def _spoken_after(text: str, pos: int) -> bool:
    """A comma at ``pos`` followed by a number word (a pause in a number said aloud, not the end of the value)."""
    m = _SPOKEN_NEXT.match(text, pos)
    return m is not None and number_word(m.group(1).lower()) is not None


def _value_end(text: str, pos: int, line_end: int) -> tuple[int, int]:
    """(start, end) of a spoken value at ``pos``: a run of short tokens (digits, letters, codes) with a digit."""
    i = _VALUE_LEAD.match(text, pos, line_end).end()
    start = -1
    end = pos
    tokens = digits = 0
    while i < line_end and tokens < 14:
        j = i
        while j < line_end and (text[j] in " \t-" or text[j] == "," and tokens and _spoken_after(text, j)):
            j += 1  # "syvogtyve nul et enoghalvfems, ni otte fire to": a pause written as a comma
        m = _VALUE_TOKEN.match(text, j, line_end)
        if not m:
            break
        tok = m.group(0)
        low = tok.lower()
        has_digit = any(c.isdigit() for c in tok) or number_word(low) is not None  # "tre", "syvogtyve"
        if start < 0:
            start = m.start()
        if not has_digit and (len(tok) > 1 and low in _stop() or len(tok) >= 3 and not unknown_word(tok)
                              and not tok.isupper()):
            break  # a word: the value has ended ("3815 k d in ede", "9741 t w nummer 8")
        if not has_digit and len(tok) == 2 and tokens > 0 and low in _stop():
            break
        if tokens > 1 and re.fullmatch(r"(?:19|20)\d\d", tok):
            break  # "191 d 40517 a 2019 toyota": the car's year after the plate
        tokens += 1
        digits += has_digit
        i = end = m.end()
    if start < 0 or digits == 0:
        return pos, pos
    return start, end


_ASK_GATE = re.compile(
    "post|eircode|zip|kenteken|nummerpla|registr|reg |kennzeichen|plate|pas|rijbewijs|kørekort|driving|nhs|"
    "insurance|ni number|rijksregister|burgerservice|bsn|cpr|personnummer|pps|social|ssn|tfn|tax file|ird| sin|"
    "medicare|licen|rijbewijs|kørekort|fødsel|geboorte|pan number|pan card|aadhaa|"
    "birth|dob|d.o.b|telefo|mobiel|mobil|gsm|phone|contact number|gebruikersnaam|brugernavn|username|user name|inlognaam|loginnaam|login|account|handle|"
    "født|geboren|born|rego|nummer|vast|fastnet|profil|callback|call back|best number|reach you|"
    "adres|address|woon|bor |flytte|verhuis|moving to|moved to|still at|now at|still living at|now living at|"
    "profielnaam|profilnavn|konto|kontonavn|upi|user id|userid|bruger-id|brugerid|gebruikers|inloggen|authenticated|gamer|spelersnaam|spillernavn|logged in|logget ind|ingelogd|heet je|"
    "heet u|hedder du"
)


_ANSWER_POSTCODE = re.compile(r"(?<![\w<>.,:/-])\d{4,5}(?:[ ]?[A-Z]{2})?(?![\w>]|[.,:/-]\d)")


def asked_values(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, TYPE)`` of postcodes, plates and national ids given as the answer to a question for them."""
    if _ASK_GATE.search(text.lower()) is None:
        return []  # the common case: no question for such a value (a cheap scan without case folding)
    unpunctuated = "?" not in text  # a transcript without punctuation: a question need not end in "?"
    spans = []
    for m in _ASKED.finditer(text):
        kind = m.lastgroup
        line_end = text.find("\n", m.end())
        if line_end == -1:
            line_end = len(text)
        rest = text[m.end():line_end]
        words = re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)?", rest)
        value = _date_end if kind == "BIRTHDATE" else _username_end if kind == "USERNAME" else \
            _street_end if kind == "ADDRESS" else _postcode_end if kind == "POSTCODE" else _value_end
        if kind == "USERNAME":  # a handle-shaped word on the same line wins over the next turn
            inline = _username_later(text, m.end(), line_end)
            if inline[1] > inline[0]:
                spans.append((*inline, kind))
                continue
        if not re.search(r"\d|<", rest) and line_end < len(text) and (
            all(w.lower() in _ASK_TAIL_WORDS for w in words) and len(words) <= 6
            or len(words) <= 8 and (rest.rstrip(" \t").endswith("?") or unpunctuated)
            or kind == "POSTCODE" and rest.lstrip(" \t").startswith("?")  # "Og dit postnummer? Så tjekker jeg ..."
        ):
            # the question ends its line: the value opens the next turn, after its speaker label
            turn = _next_turn(text, line_end)
            if turn is None:
                continue
            s, e = value(text, *turn)
            if e <= s and unpunctuated and re.search(r"[^\W\d_]", rest):
                # "og postnummeret er toogtyve hundrede": in a transcript without question marks the value may
                # follow on the question's own line
                p = m.end()
                while p < line_end and text[p] in " \t:?,.":
                    p += 1
                s, e = value(text, p, line_end)
            if e <= s and kind == "POSTCODE":
                # "<NAME>, 5000", "<BIRTHDATE> and 78704": the one postcode-shaped number of the answer
                pcs = list(_ANSWER_POSTCODE.finditer(text, *turn))
                if len(pcs) == 1:
                    s, e = pcs[0].span()
        else:
            p = m.end()
            while p < line_end and text[p] in " \t:?,.":
                p += 1
            s, e = value(text, p, line_end)
        if e > s and kind == "PHONE" and _digit_count(text[s:e]) < 6:
            continue  # too short for a phone number
        if e > s and kind == "USERNAME" and m.group(0).lower().startswith("account") and text[s:e] != text[s:e].lower():
            continue  # "account CB-660291": an account number; user names are written in lower case
        if e > s:
            spans.append((s, e, kind))
    return spans


# ---- number plates by their local form: Danish "AB 12 345" (spaced; written near a word for a vehicle or for
# parking, since reservation codes share the form) and Irish "10-G-27734", "161-KY-2209" (year, county, number)
_DK_PLATE = re.compile(r"(?<![\w-])[A-Z]{2}[ ]\d{2}[ ]\d{3}(?![\w-]|[ ]?\d)")
_IE_PLATE = re.compile(
    r"(?<![\w-])\d{2}[12]?-(?:C|CE|CN|CW|D|DL|G|KE|KK|KY|L|LD|LH|LM|LS|MH|MN|MO|OY|RN|SO|T|TN|TS|W|WD|WH|WX|WW)"
    r"-\d{1,6}(?![\w-])"
)
_VEHICLE = re.compile(
    r"(?i)(?<![\w])(?:(?!mobil)\w*bil|bilen|bilens|biler|bilerne|nummerplade[nr]?|plade|reg|registrering\w*|parkering\w*|"
    r"p-bøde\w*|p-afgift\w*|afgift\w*|varevogn\w*|scooter\w*|motorcykel\w*|kenteken|auto|car|van|vehicle|rego|"
    r"plates?|parking|toll|rental|taxi|wof|toyota|skoda|škoda|peugeot|vw|volkswagen|ford|opel|renault|citroën|citroen|"
    r"kia|hyundai|volvo|bmw|audi|mercedes|tesla|nissan|mazda|honda|fiat|suzuki|seat|dacia|subaru|mitsubishi|polo|golf|"
    r"corolla|yaris|octavia|fortuner|outback|aygo|hilux|ranger|qashqai)(?![\w])"
)
# South African "CA 412-908", "CY 552-817" (a town's letters, 3-3 digits) and New Zealand or Australian "KLM482"
# (three letters, three digits) near a word for a vehicle
_ZA_PLATE = re.compile(r"(?<![\w-])[A-Z]{2,3}[ ]\d{3}(?:-\d{3}|[ ]\d{3})(?![\w-])")
_NZ_PLATE = re.compile(
    r"(?<![\w-])(?!(?:USD|EUR|GBP|DKK|NOK|SEK|ISK|AUD|NZD|CAD|ZAR|INR|CHF|JPY|KWH|MHZ|GHZ)\b)[A-Z]{3}[ ]?\d{3}"
    r"(?![\w-]|[.,]\d)"
)


def _after_word(shape: re.Pattern[str], word: re.Pattern[str], text: str, kind: str, window: int,
                check: Callable[[str], bool] | None = None) -> list[tuple[int, int, str]]:
    """``(start, end, kind)`` of each match of ``shape`` that has a match of ``word`` in the ``window`` characters
    before it (and passes ``check`` on its digits)."""
    return [(m.start(), m.end(), kind) for m in shape.finditer(text)
            if (check is None or check(re.sub(r"\D", "", m.group(0))))
            and word.search(text, max(0, m.start() - window), m.start())]


def vehicle_plates(text: str) -> list[tuple[int, int, str]]:
    spans = [(m.start(), m.end(), "PLATE") for m in _IE_PLATE.finditer(text)] if "-" in text else []
    return (spans + _after_word(_DK_PLATE, _VEHICLE, text, "PLATE", 100) + _after_word(_ZA_PLATE, _VEHICLE, text,
            "PLATE", 60) + _after_word(_NZ_PLATE, _VEHICLE, text, "PLATE", 40))


# ---- a birth date right after a person's name or after another birth date: "<NAME> (14-08-2017)", "<NAME>, f.
# 27.05.2016", "<NAME>, fourth of December 1958", "<BIRTHDATE> og 28. august 2015". Only a full date of a year at
# least three years back: an appointment or a delivery after a name ("Hi <NAME>, 12/06/2026 ...") is recent.
_AFTER_PERSON = re.compile(
    r"(?:<NAME>|<BIRTHDATE>)[ \t]*(?:[,(.:–-]|(?:og|en|and|&)(?![\w]))?[ \t]*"
    r"(?:(?:f\.|født|geb\.|geboren|born|b\.|d\.o\.b\.?|dob)[ \t:]*)?(?:(?:on|op|den|the|de)[ \t]+)?"
)
_FULL_DATE = re.compile(
    rf"(?i)(?:\d{{1,2}}[-./]\d{{1,2}}[-./](?P<y1>(?:19|20)?\d{{2}})|\d{{1,2}}/\d{{1,2}}-(?P<y2>(?:19|20)\d{{2}})"
    rf"|(?:\d{{1,2}}(?:st|nd|rd|th|e)?\.?|{_EN_DAY}|{_NL_DAY}|{_DA_DAY})(?:[ \t]+of)?[ \t]+(?:{MONTHS})\.?,?[ \t]+(?P<y3>(?:19|20)\d{{2}})"
    rf"|(?:{MONTHS})\.?[ \t]+\d{{1,2}}(?:st|nd|rd|th)?,?[ \t]+(?P<y4>(?:19|20)\d{{2}}))(?![\w/-])"
)


def dates_after_people(text: str) -> list[tuple[int, int, str]]:
    latest = dt.date.today().year - 3
    spans = []
    for m in _AFTER_PERSON.finditer(text):
        d = _FULL_DATE.match(text, m.end())
        if not d:
            continue
        y = next(g for g in (d.group("y1"), d.group("y2"), d.group("y3"), d.group("y4")) if g)
        year = int(y) if len(y) == 4 else (1900 + int(y) if int(y) > latest % 100 else 2000 + int(y))
        if 1900 <= year <= latest:
            spans.append((d.start(), d.end(), "BIRTHDATE"))
    return spans


# ---- passport and id-card numbers by their shape near a word for the document: "Mine is PX4821937", "<NAME> –
# 209845317", "<NAME> heeft IH3K9P7R2 en <NAME> IH5M2W8T4" after "pasnummer", "documentnummers", "passport"
_PASS_SHAPE = re.compile(
    r"(?<![\w-])(?:\d{9}|[A-Z]{1,2}\d{7}|[A-NP-Z]{2}[A-NP-Z0-9]{6}\d)(?![\w-])"
)
_PASS_WORD = re.compile(
    r"(?i)(?<![\w])(?:pas|passet|pasnr|passnr|pasnummer|pasnummers|pasnumre|passport|passports|paspoort|paspoorten|"
    r"paspoortnummer|paspoortnummers|documentnummer|documentnummers|document[ \t]number|id-kaart|identiteitskaart|"
    r"id[ \t]card|identity[ \t]card|rejsepas|pas-?nummer)(?![\w])"
)


def passport_numbers(text: str) -> list[tuple[int, int, str]]:
    low = text.lower()
    if "pas" not in low and "document" not in low and "id" not in low:
        return []
    return _after_word(_PASS_SHAPE, _PASS_WORD, text, "NATIONAL_ID", 150)


# ---- house names, which stand for the number in British and Irish addresses: a house-name word ("The Old
# Forge", "Rosebank Cottage", "Ivy House") where an address is given, or any capitalised name right before an
# address already redacted or before a numbered street ("Ardcarne, <ADDRESS>", "Ty Gwyn, 18 Heol y Coed")
_HOUSE_WORDS = (
    r"Cottage|Cottages|House|Farm|Farmhouse|Lodge|Forge|Barn|Manor|Grange|Croft|Villa|Bungalow|Rectory|Vicarage|"
    r"Mill|Hall|Cabin"
)
_HOUSE_NAME = re.compile(
    rf"(?<![\w<])(?:The[ \t]+)?(?:[A-ZÀ-ÖØ-ÞĀ-ſ][\w'’-]+[ \t]+){{0,2}}(?:{_HOUSE_WORDS})(?![\w])"
)
_ADDRESS_BEFORE = re.compile(
    r"(?i)(?:address|adresse|adres|house|home|live|living|lives|moved|moving|at|in|to|is|deliver\w*|"
    r"send|post)\W{1,3}$"
)
_BEFORE_STREET = re.compile(
    r"(?m)(?:^|(?<=:[ \t])|(?<=\b(?:at|is|to)[ \t]))[ \t]*((?:The[ \t]+)?[A-ZÀ-ÖØ-ÞĀ-ſ][\w'’-]+"
    r"(?:[ \t]+(?:na|an|y|yr|of|[A-ZÀ-ÖØ-ÞĀ-ſ][\w'’-]+)){0,3}),[ \t]*(?=<ADDRESS>|\d{1,4}[A-Za-z]?[ \t]+"
    rf"(?!(?i:{MONTHS})(?![\w]))[A-ZÀ-ÖØ-ÞĀ-ſ])"
)


_HOUSE_GATE = re.compile(_HOUSE_WORDS)
_STREET_GATE = re.compile(r",[ \t]*(?:<ADDRESS>|\d{1,4}[A-Za-z]?[ \t]+[A-ZÀ-ÖØ-ÞĀ-ſ])")


def house_names(text: str) -> list[tuple[int, int, str]]:
    spans = []
    for m in _HOUSE_NAME.finditer(text) if _HOUSE_GATE.search(text) else ():
        line_start = text.rfind("\n", 0, m.start()) + 1
        before = text[max(line_start, m.start() - 40):m.start()]
        after = text[m.end():m.end() + 120]
        if _ADDRESS_BEFORE.search(before) or "<ADDRESS>" in after or "<POSTCODE>" in after:
            spans.append((m.start(), m.end(), "ADDRESS"))
    for m in _BEFORE_STREET.finditer(text) if _STREET_GATE.search(text) else ():
        words = m.group(1).split()
        if words[0].lower() in _stop() and words[0] != "The" or any(_org_word(w) for w in words) or \
                words[0].lower().rstrip(".") in _CAL_WORDS:
            continue  # "Hi, <ADDRESS>"; a company's name before its address
        spans.append((m.start(1), m.end(1), "ADDRESS"))
    return spans


# ---- initials and a surname without a cue: "M. de Groot-Verhoeven", "W.F. van Rijswijk", "R. Chaudhry"; the surname
# must look like one (a particle before it, or a name-like word: not "P.S. Thanks")
_INITIALS_NAME = re.compile(
    rf"(?<![\w./-])({_INITIAL.pattern})[ ]?(?:\((?P<call>[A-ZÀ-ÖØ-ÞĀ-ſ][a-zß-öø-ÿĀ-ſ]+)\)[ ])?"
    r"(?P<part>(?:(?:van|de|der|den|ter|ten|te|'t|van[ ]der|van[ ]den|van[ ]de|le|la|du|da|di|von|mc|o')[ ]))?"
    r"(?P<sur>[A-ZÀ-ÖØ-ÞĀ-ſ][a-zß-öø-ÿĀ-ſ'’]+(?:-[A-ZÀ-ÖØ-ÞĀ-ſ][a-zß-öø-ÿĀ-ſ'’]+)*)(?![\w.@'’-])"
)


def initials_names(text: str) -> list[tuple[int, int, str]]:
    spans = []
    for m in _INITIALS_NAME.finditer(text):
        sur = m.group("sur")
        if all(_person_word(x) or x.lower() in _surname_keys() or (
                x.lower() not in _stop() and not _org_word(x) and _zipf(x) < 4.5) for x in sur.split("-")):
            spans.append((m.start(), m.end(), m.group(0)))
    return spans


# ---- a name given in a name field without a colon: "klantnaam R. Jagroep", "account name Kimberley Ashworth",
# "naam op de bel is Vandenberghe", "name on the booking is Dev Raghunathan", "payee name M. Dunne"
_NAME_FIELD = re.compile(
    r"(?i)(?<![\w])(?:klantnaam|kundenavn|account[ \t]?(?:holder[ \t]+)?name|payee[ \t]+name|customer[ \t]+name|"
    r"booking[ \t]+name|(?:the[ \t]+)?name[ \t]+on[ \t]+the[ \t]+(?:booking|account|card|order|reservation|bell|door|ticket)|"
    r"naam[ \t]+op[ \t]+de[ \t]+(?:bel|boeking|bestelling|kaart|rekening|deur)|"
    r"navn(?:et)?[ \t]+på[ \t]+(?:bookingen|kontoen|kortet|ordren|døren|billetten)|"
    r"(?<![\w'’])name(?=[ \t]+[A-ZÀ-ÖØ-ÞĀ-ſ]))(?:[ \t]+(?:is|er|was|var))?[ \t]*[:,]?[ \t]+"
    r"(?:(?:under|staat[ \t]+op|står[ \t]+på)[ \t]+)?"
)


def _person_in_field(text: str, start: int, end: int) -> bool:
    """An initial, a word that may be a name, or a lower-case answer in a lower-case text: not "Brand name Samsung"."""
    taken = [w.rstrip(".,") for w in text[start:end].split()]
    return len(taken[0]) == 1 or any(_person_word(w) for w in taken) or (
        mostly_lower(text) and not text[start].isupper())


def field_word_names(text: str) -> list[tuple[int, int, str]]:
    return _names_after(_NAME_FIELD, text, keep=_person_in_field)


# ---- a name alone on the line above an address (a letter's or a form's address block)
_NAME_ABOVE_ADDRESS = re.compile(
    r"(?m)^[ \t]*((?:[A-ZÀ-ÖØ-ÞĀ-ſ][\w'’-]+[ \t]+){1,3}[A-ZÀ-ÖØ-ÞĀ-ſ][\w'’-]+)[ \t]*\n[ \t]*<ADDRESS>"
)


def name_above_address(text: str) -> list[tuple[int, int, str]]:
    spans = []
    for m in _NAME_ABOVE_ADDRESS.finditer(text):
        words = m.group(1).split()
        if all(all(_person_word(x) for x in w.split("-")) for w in words):
            spans.append((m.start(1), m.end(1), m.group(1)))
    return spans


# ---- national ids and phone numbers by their form alone: a US social security number or ITIN "987-65-4325" (not
# area 000, group 00 or serial 0000), a South African id number (a date of birth, Luhn), a Canadian SIN or New
# Zealand IRD number "536-855-537" near a word for it, and a phone number said with "plus" for the country code
# ("plus 44 7700 900 781")
_SSN = re.compile(r"(?<![\w-])(?!000|666)\d{3}-(?!00)\d{2}-(?!0000)\d{4}(?![\w-])")
_ZA_ID = re.compile(r"(?<![\w-])\d{13}(?![\w-])")
_THREE_THREE = re.compile(r"(?<![\w-])(?:\d{3}[- ]\d{3}[- ]\d{3}|\d{2}-\d{3}-\d{3})(?![\w-]|[ ]\d)")
_SIN_IRD_WORD = re.compile(r"(?i)(?<![\w])(?:sin|ird|social[ \t]insurance|inland[ \t]revenue|tax[ \t]number|tax[ \t]file)(?![\w])")
_PLUS_PHONE = re.compile(r"(?i)(?<![\w+])plus[ \t]+(\d{1,3}(?:[ \t]+\d{1,4}){2,5})(?![\w])")
# ids whose form alone says what they are: an Indian PAN (five letters, four digits, a letter: "BQRPD5821K"), a
# UK driving licence number (the surname's first five letters, six digits, two initials, a digit, two letters:
# "WHITF853147EJ9TK"), an Ontario driving licence ("T6512-48207-50815") and health card ("4512-778-905-KT")
_ID_FORMS = re.compile(
    r"(?<![\w-])(?:[A-Z]{3}[PCHFATBLJG][A-Z]\d{4}[A-Z]|[A-Z9]{5}\d{6}[A-Z9]{2}\d[A-Z]{2}|[A-Z]\d{4}-\d{5}-\d{5}"
    r"|\d{4}-\d{3}-\d{3}-[A-Z]{2})(?![\w-])"
)


# an Australian Medicare card number as printed on the card, "2752 44950 1" (its check digit decides)
_MEDICARE = re.compile(r"(?<![\w-])[2-6]\d{3}[ ]\d{5}[ ]\d(?![\w-]|[ ]\d)")


def ids_by_form(text: str) -> list[tuple[int, int, str]]:
    spans = []
    if "-" in text:
        spans += [(m.start(), m.end(), "NATIONAL_ID") for m in _SSN.finditer(text)]
    spans += [(m.start(), m.end(), "NATIONAL_ID") for m in _ZA_ID.finditer(text) if za_id_valid(m.group(0))]
    spans += [(m.start(), m.end(), "NATIONAL_ID") for m in _ID_FORMS.finditer(text)]
    spans += [(m.start(), m.end(), "NATIONAL_ID") for m in _MEDICARE.finditer(text)
              if medicare_valid(m.group(0).replace(" ", ""))]
    spans += _after_word(_THREE_THREE, _SIN_IRD_WORD, text, "NATIONAL_ID", 120,
                         check=lambda d: luhn_valid(d) or ird_valid(d))
    if "plus" in text.lower():
        for m in _PLUS_PHONE.finditer(text):
            if 8 <= sum(c.isdigit() for c in m.group(1)) <= 15:
                spans.append((m.start(), m.end(), "PHONE"))
    return spans


# ---- domestic bank accounts: "reg. 2200 konto 5493066683", "Reg.nr. 3409, kontonr. 3651826028", "konto 9470450810",
# "sort code 30-99-21, account 34439372" (an IBAN has its own rule)
_DK_ACCOUNT = re.compile(
    r"(?i)(?<![\w])(?:(?:reg(?:istrerings)?(?:\.|[ \t]*-?(?:nr|nummer)\.?)*[ \t:.]*(?P<reg>\d{4})[ \t,]*"
    r"(?:[\w]*konto(?:nr|nummer)?\.?[ \t:.]*)?)|[\w]*konto(?:nr|nummer)?\.?[ \t:.]*(?:(?P<reg2>\d{4})[ \t]+)?)"
    r"(?P<acc>\d{10}|(?<=[ \t:.,])\d{6,9}(?=\D|$)(?<=\d)|\d{2,4}(?:[ ]\d{2,4}){1,3}(?![ ]?\d))(?![\w])"
)
_UK_ACCOUNT = re.compile(
    r"(?i)(?<![\w])sort[ \t-]?code[ \t:.]*(?P<sort>\d{2}[- ]?\d{2}[- ]?\d{2})[ \t,]*\n?[ \t]*"
    r"(?:(?:and[ \t]+)?(?:the[ \t]+)?acc(?:ount|t)?(?:[ \t]*(?:number|no|nr|num)\.?)?[ \t:.]*)?(?P<acc>\d{8})(?![\w])"
)


# Australian "BSB 062-914, account 1048 3327", New Zealand "12-3191-0458823-00", a UK sort code and account written
# together "76-54-36 38186542"
_AU_ACCOUNT = re.compile(
    r"(?i)(?<![\w])bsb[ \t:]*\d{3}[- ]?\d{3}[ \t,]*(?:(?:and[ \t]+)?(?:the[ \t]+)?acc(?:ount|t)?\.?(?:[ \t]*(?:number|no|nr|num)\.?)?"
    r"[ \t:.]*)?(?P<acc>\d(?:[ ]?\d){4,9}|<(?:PHONE|IBAN)>)(?![\w])"
)
_NZ_ACCOUNT = re.compile(r"(?<![\w-])\d{2}-\d{4}-\d{7}-\d{2,3}(?![\w-])")
_UK_PAIR = re.compile(r"(?<![\w-])\d{2}-\d{2}-\d{2}[ \t,]+(?P<acc>\d{8})(?![\w-])")
# an IBAN written in lower case with spaces or spelled out in a call transcript, kept unless its check digits pass:
# "nl 38 rbrb 1440 9749 92", "n l 67 a b n a 8615 8275 41", "g b 23 n w b k 3457 5456 8003 90"
_IBAN_SPACED = re.compile(
    r"(?i)(?<![\w])[a-z][ ]?[a-z][ ]?\d[ ]?\d[ ]?(?:[a-z][ ]?){3}[a-z][ ]?(?:\d[ ]?){5,21}\d(?![\w])"
)


# a Danish account written as reg.nr. and account joined by a dash: "3331-3365261414" (the account is redacted)
_DK_DASH_ACCOUNT = re.compile(r"(?<![\w-])\d{4}-(\d{10})(?![\w-])")
# an account number near words of banking ("Account number: 4471029385" with a routing number or a cheque, "my
# account 62481937750" that a premium is paid from, "Capitec, account number 1452 0098 31")
_ACCOUNT_NUMBER = re.compile(
    r"(?i)(?<![\w])(?:account(?:[ \t]+(?:number|no\.?|nr\.?))?|acc(?:t|ount)?[ \t]*no\.?|a/c|full[ \t]+number)"
    r"[ \t]*[:#.]?[ \t]*(\d(?:[ ]?\d){5,17})(?![\w]|[.,]\d)"
)
_BANK_CONTEXT = re.compile(
    r"(?i)(?<![\w])(?:bank|banking|savings|cheque|check|checking|ifsc|transit|institution|branch[ \t]+code|routing|"
    r"capitec|fnb|absa|nedbank|hdfc|icici|sbi|kotak|bsb|sort[ \t]?code|direct[ \t]+debit|debit[ \t]+order|paid[ \t]+from|"
    r"pay[ \t]+(?:it[ \t]+)?into|paid[ \t]+into|refunds?|deposit|salary|premium|account[ \t]+(?:holder|type|name))(?![\w])"
)


def bank_accounts(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, "IBAN")`` of Danish and UK bank account numbers with their reg. number or sort code, and the
    account forms above."""
    low = text.lower()
    spans = []
    if "-" in text:
        spans += [(m.start(), m.end(), "IBAN") for m in _NZ_ACCOUNT.finditer(text)]
        spans += [(m.start(), m.end(), "IBAN") for m in _UK_PAIR.finditer(text)]
    if "bsb" in low:
        # the branch's number stays (it names a bank's branch, not a person)
        spans += [(m.start("acc"), m.end("acc"), "IBAN") for m in _AU_ACCOUNT.finditer(text)]
    spans += [(m.start(), m.end(), "IBAN") for m in _IBAN_SPACED.finditer(text)
              if iban_valid(m.group(0).replace(" ", "").upper())]
    if "-" in text:
        spans += [(m.start(1), m.end(1), "IBAN") for m in _DK_DASH_ACCOUNT.finditer(text)]
    if "acc" in low or "a/c" in low or "full number" in low:
        spans += [(m.start(1), m.end(1), "IBAN") for m in _ACCOUNT_NUMBER.finditer(text)
                  if _BANK_CONTEXT.search(text, max(0, m.start() - 150), min(len(text), m.end() + 100))]
    if "konto" not in low and "sort" not in low and "reg" not in low:
        return spans
    for m in _DK_ACCOUNT.finditer(text):
        has_reg = m.group("reg") or m.group("reg2")
        digits = sum(c.isdigit() for c in m.group("acc"))
        if " " in m.group("acc") and not (has_reg and 6 <= digits <= 10):
            continue  # spaced groups only with a reg. number, and as long as an account
        if len(m.group("acc")) == 10 or has_reg:
            spans.append((m.start("acc"), m.end("acc"), "IBAN"))
    for m in _UK_ACCOUNT.finditer(text):
        spans.append((m.start("sort"), m.end("sort"), "IBAN"))
        spans.append((m.start("acc"), m.end("acc"), "IBAN"))
    return spans
