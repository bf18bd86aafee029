"""Decide what a run of digits is: phone, card, BSN, CPR, or something an analyst keeps (order, EAN, date).

The redactor's master regex finds *digit runs* (digit groups joined by single spaces, dashes, dots, slashes or a
"(0)"); this module classifies a run from its shape, its checksums and the nearest *label* word before it.

Decisions (documented in bench/results/redact.md too):

- A label wins: the nearest label in the 40 characters before the run, with no other digit and no line break
  between label and run, decides. Keep-labels (order, bestelling, ordre, factuur, faktura, invoice, EAN,
  artikel, vare, tracking, ref, ...) keep the run even when a checksum passes; PII labels (tel, tlf, bsn, cpr,
  card/kaart/kort, ...) redact a run of a plausible length even when a checksum fails.
- Without a label the shape decides: "+CC ..." or "00CC ..." -> phone; 13-19 digits starting 2-6 passing Luhn
  -> card, except a single 13/14-digit block that is also a valid EAN/GTIN (an EAN is more likely in a shop
  chat); 10 digits as DDMMYY-XXXX (dash or space) with a real date -> CPR, and 10 plain digits with a real date
  that do not start with 0 -> CPR (0 + 9 digits is a Dutch/UK phone); 9 digits passing the 11-proof -> BSN
  (so about 1 in 11 unlabelled 9-digit numbers is redacted: privacy first, a label keeps them); 10-11 digits
  starting 0[1-9] -> phone; 8 digits starting 2-9 written 2-2-2-2 or "4 4" -> Danish phone (8 plain digits only
  with a phone label, so unlabelled order numbers survive); 11 digits passing the Belgian national register
  check (written YY.MM.DD-XXX.CC, or plain not starting with 0) -> national id.
- Year ranges (2000-2003, 2002/2003) are kept; dotted IPv4 addresses become ``<IP>`` (found by their own pattern
  in cxmine/text/redact.py, so an 8-digit Danish phone is never read into one, and here when a bracket or a full
  stop kept that pattern from them).
- Company service numbers (0800/0808/0900/0906/0909, Danish 8-digit 70.. and 80..) are kept.
- Dates (D-M-Y, Y-M-D with one separator kind), thousands-grouped amounts (1.299.000) and runs shorter than 7
  digits are kept.
"""

from __future__ import annotations

import re

from .redact_checks import (
    aadhaar_valid,
    cpr_valid,
    ean_valid,
    elfproef_valid,
    looks_like_date,
    luhn_valid,
    nhs_valid,
    rrn_valid,
    za_id_valid,
)

# English nouns for a business's own records; with "number", "no", "ref" or "id" after them they label a number
# an analyst keeps ("policy number FP 2208 4471", "claim no. 77231045", "meter number 6512 0048")
_RECORD_NOUNS = (
    r"policy|claim|member|membership|meter|contract|job|pcn|fine|penalty|installation|subscription|order|case|"
    r"ticket|booking|reservation|account\s?ref|tracking|consignment|parcel|appointment|incident|fault|complaint|"
    r"reference|quote|repair|service\s?request|work\s?order|loan\s?application|application"
)
# Label words, lower-case. One alternation with a named group per decision; the longest words come first
# inside each group so "telefoonnummer" is not read as "tel".
_KEEP = (
    r"ordernumm?er|ordernr|orders?|bestelnumm?er|bestelnr|bestellingen|bestelling|bestel|ordrenumm?er|ordrenr|"
    r"ordre|factuurnumm?er|factuurnr|factuur|fakturanumm?er|fakturanr|faktura|invoice|inv|ean|gtin|upc|"
    r"isbn|issn|barcode|stregkode|streepjescode|artikelnumm?er|artikelnr|artikel|art\.?\s?nr|varenumm?er|varenr|vare|"
    r"item|productnumm?er|product|sku|model|modelnumm?er|serienumm?er|serial|tracking|track\s?&\s?trace|"
    r"track|trace|zendingnumm?er|zending|pakkenumm?er|pakke|forsendelse|shipment|parcel|pakket|pakketnumm?er|"
    r"klantnumm?er|kundenumm?er|customer\s?(?:number|no|id)|referentie|reference|ref|reservation|booking|"
    r"boeking|dossier|case|ticket|sagsnumm?er|sag|zaaknumm?er|zaak|kvittering|receipt|bonnumm?er|bon|retour|"
    r"return|rma|voucher|kode|code|nr\s?#|#|advertentie|annonce|annoncen|listing|"
    r"gift\s?card|giftcard|gavekort|cadeaukaart|cadeaubon|kadokaart|tegoedbon|waardebon|klantenkaart|"
    r"loyalty\s?card|member(?:ship)?\s?card|kundekort|medlemskort|bonuskaart|"
    # a company's registration is not a person's: "CVR 39 87 21 04", "KvK 12345678", "VAT GB 123 4567 89"
    r"cvr-?nr|cvr|kvk-?numm?er|kvk|btw-?numm?er|btw|vat|moms|se-?nr|abn|acn|company\s?(?:number|no|reg)|"
    # what a business numbers for its own records, with "number", "no", "ref" or "id" after it
    rf"(?:{_RECORD_NOUNS})\s?(?:number|numbers|no\.?|nr\.?|ref|id|#)|flight\s?number"
)
_PHONE = (
    r"telefoonnumm?er|telefoonnr|telefoon|telefonnumm?er|telefon|tel|tlf|mobielnumm?er|mobiel|mobilnumm?er|"
    r"mobilnr|mobil|mobile|cell|phone\s?number|phone|call|bel|bellen|belt|gebeld|ring|ringe|ringer|ringet|"
    r"sms|whatsapp|fax|gsm-?numm?er|gsm|telefonnummeret|mobilnummeret|mobilnumret|hjemme|fastnet|fastnettet|"
    r"landline|fastnetnumm?er|vaste?\s+numm?er|vaste\s+lijn|mijn\s+numm?er|mit\s+numm?er|min\s+numm?er|my\s+number|dit\s+nummer\s+er|"
    r"contact|bereikbaar|træffes|"
    r"kontakt"
)
_BSN = r"burgerservicenumm?er|bsn|sofi-?numm?er|sofi"
_CPR = r"cpr-?numm?er|cpr-?nr|cpr|personnumm?er"
_NATID = (
    r"aadhaar|aadhar|uidai|social\s?security(?:\s?number)?|ssn|sin|nino|ni\s?number|national\s?insurance(?:\s?number)?|"
    r"ppsn|pps\s?number|tfn|tax\s?file\s?number|ird(?:\s?number)?|medicare(?:\s?(?:number|card))?|rijksregisternumm?er|"
    r"rijksregister|insz|p-?tal|steuer-?id|steuer-?identifikationsnummer|steuernumm?er|skatte-?id|tax\s?id|(?:driver['’]?s?\s?|driving\s?)?licen[cs]e(?!\s?key)(?:\s?(?:number|no\.?))?|"
    r"rijbewijs(?:numm?er)?|kørekort(?:numm?er|et)?"
)
_CVC = r"cvc2?|cvv2?|cid|security\s?code|beveiligingscode|kontrolcifre|sikkerhedskode"
_CARD = (
    r"creditcard|credit\s?card|kaartnumm?er|betaalkaart|kaart|kortnumm?er|betalingskort|kort|card|visa|"
    r"mastercard|master\s?card|amex|american\s?express|dankort|maestro"
)
# A Dutch or Danish compound ending in "nummer", "nr" or "kenmerk" labels a record's number ("polisnummer",
# "boekingsnummer", "CJIB-kenmerk", "målernummer") unless its first part names a person's number (phone, bank,
# id, card: those have their own labels above or stay undecided).
_COMPOUND = r"[^\W\d_]{3,}-?(?:numm?eret|numm?er|numrene|numre|nr|kenmerk|kenmærket|kenmærke)"
_PERSONAL_STEMS = (
    "tel", "tlf", "nood", "nød", "alarm", "telefoon", "telefon", "mobiel", "mobil", "gsm", "fax", "rekening", "konto",
    "bank", "iban", "burgerservice", "bsn", "cpr", "person", "sofi", "paspoort", "pas", "kaart", "kort", "rijbewijs",
    "kørekort", "legitimatie", "identiteit", "id", "rijksregister", "register", "sociaal", "sozial", "huis", "hus",
    "post", "kenteken", "nummerplade", "registrering", "plade", "skat", "fiscaal", "patiënt", "patient",
    "sygesikring", "zorgpas", "verzekerings", "whatsapp", "sms", "kontakt", "contact", "privé", "prive", "direct",
    "vast",
)
_LABEL_RE = re.compile(
    rf"(?<!\w)(?:(?P<KEEP>{_KEEP})|(?P<PHONE>{_PHONE})|(?P<BSN>{_BSN})|(?P<CPR>{_CPR})|(?P<CARD>{_CARD})|(?P<NATID>{_NATID})|(?P<CVC>{_CVC})"
    rf"|(?P<CMPD>{_COMPOUND}))(?!\w)"
    r"|(?P<HASH>#)"
)
_AFTER_KEEP = re.compile(
    rf"[ \t]*,?[ \t]*(?:is|er|was|are|zijn|var)[ \t]+(?:\w+[ \t]+){{0,2}}(?:{_KEEP})(?!\w)", re.IGNORECASE
)
# Words joining two numbers of the same kind ("06-... of 020-...", "12 34 56 78 eller 87 65 43 21").
_CONNECTORS = frozenset({"of", "or", "en", "and", "og", "eller", "/", ",", "&", "+"})
# a timestamp and a speaker label opening a turn: "00:14 CALLER: ", "[09:12] Klant: "
_TURN_LEAD = re.compile(r"^[\[(]?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?[\])]?")
_NANP = re.compile(r"\(?\d{3}\)[ ]?\d{3}-\d{4}")
_RUN_BACK = re.compile(r"[\d()+][\d ().+/-]*$")
_DIGITS = re.compile(r"\d+")
_LAST_BREAK = re.compile(r"[\d\n](?=[^\d\n]*$)")
KEEP = "KEEP"
VERSION_BEFORE = re.compile(r"(?i:version|versie|versjon|firmware|build|v)[ .:]*$")
_SERVICE = ("0800", "0808", "0900", "0906", "0909")


def private_ip(octets: list[str]) -> bool:
    """A private, loopback or link-local IPv4 address (10/8, 172.16/12, 192.168/16, 127/8, 169.254/16): it names
    a device on someone's own network, not a person, and analysts need it ("de kassa is 192.168.2.14")."""
    a, b = int(octets[0]), int(octets[1])
    return a in (10, 127) or (a == 172 and 16 <= b <= 31) or (a == 192 and b == 168) or (a == 169 and b == 254)


def nearest_label(text: str, start: int, end: int, _depth: int = 0) -> str | None:
    """The label deciding a run at ``text[start:end]``: the last one before it, else a keep-label right after.

    A label carries over a connector from the previous run: in "tlf 22 33 44 55 eller 66 77 88 99" both are
    phones.
    """
    window = text[max(0, start - 40) : start]
    brk = _LAST_BREAK.search(window)
    if brk:
        tail = window[brk.end() :]
        if _depth == 0 and tail.strip().lower() in _CONNECTORS and brk.group() != "\n":
            prev_end = start - len(tail)
            back = _RUN_BACK.search(text, max(0, prev_end - 40), prev_end)
            if back:
                label = nearest_label(text, back.start(), prev_end, 1)
                if label is not None and label != KEEP:
                    return label
        window = tail
    label = None
    if window.strip():
        cut_word = start - len(window) > 0 and text[start - len(window) - 1].isalnum()
        for m in _LABEL_RE.finditer(window.lower()):
            if not (cut_word and m.start() == 0 and m.lastgroup == "CMPD"):  # not the end of a cut word ("[te]lefoon...")
                label = _label_kind(m) or label
    if label is not None:
        return KEEP if label == "HASH" else label
    # "12345678 is mijn ordernummer": a keep-label right after the run.
    if _AFTER_KEEP.match(text, end, end + 40):
        return KEEP
    # the answer to a question for a number on the line before: "Heeft u uw polisnummer bij de hand?\nJa, dat is
    # AV 4471 0382." (the label of the question, if the run is the first number of its line)
    line_start = text.rfind("\n", 0, start)
    if _depth == 0 and line_start > 0 and not any(c.isdigit() for c in _TURN_LEAD.sub("", text[line_start + 1 : start])):
        question = text[max(0, text.rfind("\n", 0, line_start) + 1) : line_start].rstrip()
        if not any(c.isdigit() for c in question[-60:]):
            return _question_label(question[-80:].lower(), question.endswith("?"))
    return None


def _label_kind(m: re.Match[str]) -> str | None:
    """The decision a label match stands for; a compound label ("polisnummer") is a keep-label unless its first
    part names a person's number ("rekeningnummer", "mobilnummeret"), which decides nothing."""
    if m.lastgroup != "CMPD":
        return m.lastgroup
    return None if m.group().startswith(_PERSONAL_STEMS) else KEEP


def _question_label(question: str, asked: bool) -> str | None:
    """The label a question on the line before gives the number answering it: a personal one anywhere in it
    ("add a mobile for flight updates?"), a keep-label only near its end ("Welk bestelnummer?", "Heeft u uw
    polisnummer bij de hand?"; not "a number in case the driver needs you?"). Without a question mark only an id's
    or a card's label counts ("Jeg skal lige have dit CPR-nummer for at finde dig."; not "die belt u terug.")."""
    keep = None
    for m in _LABEL_RE.finditer(question):
        kind = _label_kind(m)
        if kind is None:
            continue
        if kind not in (KEEP, "HASH") and (asked or kind != "PHONE"):
            return kind
        if asked and len(re.findall(r"\w+", question[m.end():])) <= 3:
            keep = KEEP
    return keep


def classify_digits(raw: str, label: str | None) -> str | None:
    """Type of one digit run (``PHONE``, ``CARD``, ``BSN``, ``CPR``), ``KEEP``, or None when unsure."""
    groups = _DIGITS.findall(raw)
    digits = "".join(groups)
    n = len(digits)
    if n >= 7 and all(len(g) == 1 for g in groups) and " " in raw:
        groups = [digits]  # spoken digit by digit, as a call transcript writes it: "5 3 3 9 3 9 9 6 3" is one number
    stripped = raw.lstrip("( ")
    intl = stripped.startswith("+") or (stripped.startswith("00") and n >= 10 and digits[2] != "0")
    if len(groups) == 3 and looks_like_date(groups):
        seps = {raw[i] for i in range(len(raw)) if raw[i] in "-./"}
        if len(seps) == 1:
            return KEEP
    if label == "CVC" and n in (3, 4) and len(groups) == 1:
        return "CARD"  # the card's security code belongs with the card
    if n < 7 and not intl and not (n == 6 and label == "PHONE"):
        return None
    if len(groups) == 2 and all(len(g) == 4 and g[:2] in ("19", "20") for g in groups):
        return KEEP  # a year range: 2000-2003, 2002/2003
    if len(groups) == 4 and all(len(g) <= 3 for g in groups) and raw.count(".") == 3:
        # an IPv4 address the IP pattern did not take ("(195.240.17.88)", "IP 87.62.104.19." at a sentence end)
        return "IP" if all(int(g) <= 255 for g in groups) and not private_ip(groups) else KEEP
    if label == KEEP and not _NANP.fullmatch(raw.strip()):
        return KEEP  # a keep-label, unless the number is written as a North American phone: "(604) 555-0162"
    if intl:
        return "PHONE" if 8 <= n <= 15 else None
    if label == "CPR" and n == 10:
        return "CPR"
    if label == "BSN" and n in (8, 9):
        return "BSN"
    if label == "NATID" and 7 <= n <= 13:
        return "NATIONAL_ID"  # "Aadhaar 5209 4617 0526", "SSN 123-45-6789", "PPSN 1234567"
    if label == "CARD" and 12 <= n <= 19:
        # a card-sized number that fails the Luhn check is not a payment card (a gift-card or voucher code); kept
        # whole, not split into "phone numbers"
        return "CARD" if luhn_valid(digits) else KEEP
    cpr_shaped = n == 10 and len(groups) == 2 and len(groups[0]) == 6 and cpr_valid(digits)
    if cpr_shaped:
        return "CPR"
    if n == 11 and [len(g) for g in groups] == [2, 2, 2, 3, 2] and rrn_valid(digits):
        return "NATIONAL_ID"  # 09.06.14-262.63: its form says so before a service prefix ("0906") can
    if digits.startswith(_SERVICE) or (n == 8 and digits[:2] in ("70", "80")):
        return KEEP  # company service numbers (0800, 0900, Danish 70/80) are not personal data
    if label == "PHONE" and 7 <= n <= 13:
        return "PHONE"
    if label == "PHONE" and n == 6 and [len(g) for g in groups] == [2, 2, 2]:
        return "PHONE"  # Faroese and Greenlandic numbers have six digits: "tlf. 75 31 08"
    if "." in raw and all(len(g) == 3 for g in groups[1:]) and len(groups[0]) <= 3 and len(groups) > 1:
        return KEEP  # 1.299.000: an amount
    if 13 <= n <= 19 and digits[0] in "23456" and luhn_valid(digits):
        if n in (13, 14) and len(groups) == 1 and ean_valid(digits):
            return KEEP
        return "CARD"
    if n in (12, 13, 14) and len(groups) == 1 and ean_valid(digits):
        return KEEP
    if n == 13 and [len(g) for g in groups] in ([13], [6, 4, 3], [6, 7], [6, 4, 2, 1]) and za_id_valid(digits):
        return "NATIONAL_ID"  # a South African id: 870514 6872 086 (birth date, Luhn check digit)
    if n == 10 and len(groups) == 1 and digits[0] != "0" and cpr_valid(digits):
        return "CPR"
    if n == 9 and elfproef_valid(digits) and (len(groups) == 1 or [len(g) for g in groups] in ([3, 3, 3], [4, 2, 3])):
        return "BSN"
    if n == 11 and rrn_valid(digits) and (
        [len(g) for g in groups] == [2, 2, 2, 3, 2] or (len(groups) == 1 and digits[0] != "0")
    ):
        return "NATIONAL_ID"  # a Belgian national register number: 85.07.30-033.28
    if digits[0] == "0" and digits[1] != "0" and n in (10, 11):
        return "PHONE"
    if n == 12 and [len(g) for g in groups] == [4, 4, 4] and raw.count(" ") == 2 and aadhaar_valid(digits):
        return "NATIONAL_ID"  # an Indian Aadhaar number as it is written: 5209 4617 0526 (Verhoeff check digit)
    if n == 10 and [len(g) for g in groups] == [5, 5] and digits[0] in "6789":
        return "PHONE"  # an Indian mobile as it is written: 94480 17265
    if n == 10 and [len(g) for g in groups] == [3, 3, 4] and nhs_valid(digits):
        return "NATIONAL_ID"  # an NHS number as it is written and said: 405 125 3899 (mod-11 check digit)
    if n == 10 and [len(g) for g in groups] == [3, 3, 4] and digits[0] in "23456789" and digits[3] in "23456789" \
            and (")" in raw or raw.count("-") == 2 or raw.count(".") == 2):
        return "PHONE"  # a North American number: (614) 555-0148, 416-555-0163, 604.555.0199
    if (
        n == 8
        and digits[0] in "23456789"
        and ([len(g) for g in groups] == [2, 2, 2, 2] or (len(groups) == 2 and raw == f"{groups[0]} {groups[1]}"))
    ):
        return "PHONE"
    return None


def classify_run(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Redactions ``(start, end, TYPE)`` inside the digit run ``text[start:end]``.

    When the whole run is not classified and it has space-separated parts, the longest classifiable sub-runs are
    tried left to right ("123456 0612345678" is an order number and a phone).
    """
    raw = text[start:end]
    label = nearest_label(text, start, end)
    if raw.startswith("(") and ")" not in raw:
        start, raw = start + 1, raw[1:]  # "(044-8744447)": the brackets are not part of the number
    kind = classify_digits(raw, label)
    if kind == "IP" and VERSION_BEFORE.search(text, max(0, start - 12), start):
        return []  # "versie 1.2.3.4": a version number
    # A keep-label covers the first number only: "order 1002345 0612345678" still holds a phone.
    if kind is not None and not (kind == KEEP and label == KEEP and " " in raw):
        return [] if kind == KEEP else [(start, end, kind)]
    if " " not in raw:
        return []
    lengths = [len(g) for g in raw.split(" ")]
    if len(lengths) >= 3 and min(lengths[:-1]) >= 3 and len(set(lengths[:-1])) == 1 and lengths[-1] <= lengths[0]:
        return []  # "1042 7789 3310", "2093 4471 8": one number written in even blocks, not a number and a phone
    # Segment boundaries at single spaces (the run regex allows no other whitespace).
    cuts = [0] + [i + 1 for i, ch in enumerate(raw) if ch == " "]
    segs = [(cuts[k], (cuts[k + 1] - 1) if k + 1 < len(cuts) else len(raw)) for k in range(len(cuts))]
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < len(segs):
        for j in range(len(segs), i, -1):
            if i == 0 and j == len(segs):
                continue
            s, e = start + segs[i][0], start + segs[j - 1][1]
            sub = text[s:e]
            if not sub[:1].isdigit() and not sub.startswith(("+", "(")):
                continue
            kind = classify_digits(sub, nearest_label(text, s, e))
            if kind is not None:
                if kind != KEEP:
                    out.append((s, e, kind))
                i = j
                break
        else:
            i += 1
    return out
