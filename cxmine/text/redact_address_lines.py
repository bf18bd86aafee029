"""Addresses found by the shape of an address line rather than by a street word.

The street patterns of :mod:`cxmine.text.redact` know Dutch, Danish and English street words. Addresses written
elsewhere have other parts: an Irish house name ("Cnoc na Gréine, Kilcolgan, Co. Galway, H91 E2K3"), an Indian flat
and society ("B-704, Lotus Residency, Baner Road, Pune 411045"), a Greenlandic house number ("B-1027, lejl. 3, 3900
Nuuk"). What they share is the line: parts set off by commas and closed by a postcode. These functions run after
the postcodes are redacted and take the parts before the town.
"""

from __future__ import annotations

import re

from .redact_cues import _stop

# an Indian PIN code closing a line of address parts: "..., Kothrud, Pune 411038", "..., Haryana 121001"
_PIN = re.compile(r"(?<=[a-zß-ÿ])[ ]?[,-]?[ ](?P<pin>[1-9]\d{5})(?![\w-]|[.,]\d)")
_IN_ADDRESS_WORDS = re.compile(
    r"(?i)(?<![\w])(?:nagar|road|cross|main|sector|block|colony|layout|residency|society|apartments?|towers|heights|"
    r"chs|marg|chowk|lane|street|hills|flat|h\.?[ ]?no\.?|no\.|phase|stage|enclave|vihar|bagh|puram|pet|halli)(?![\w])"
)
# a Greenlandic house number and a town's postcode: "B-1027, lejl. 3, 3900 Nuuk", "Illorsuit B-1456, 3952 Ilulissat"
_GL_TOWNS = (
    r"Nuuk|Sisimiut|Ilulissat|Qaqortoq|Aasiaat|Maniitsoq|Tasiilaq|Paamiut|Narsaq|Nanortalik|Upernavik|Qasigiannguit|"
    r"Uummannaq|Qeqertarsuaq|Kangerlussuaq|Nuussuaq|Narsarsuaq|Ittoqqortoormiit|Qaanaaq|Kangaatsiaq|Kullorsuaq"
)
_GL_POSTCODE = re.compile(rf"(?<![\w-])39\d\d(?=[ ]+(?:{_GL_TOWNS})(?![\w]))")
_GL_HOUSE = re.compile(r"(?<![\w-])B-\d{2,4}(?![\w-])")
_GL_CONTEXT = re.compile(rf"(?:{_GL_TOWNS}|Grønland|Greenland|Kalaallit|lejl\.?|lejlighed|<POSTCODE>)")
# a neighbour's house number: "mijn buurvrouw ... op nr 14", "en nabo, ... på nummer 24", "my neighbour at number 7"
_NEIGHBOUR = re.compile(r"(?i)(?<![\w])(?:buurman|buurvrouw|buren|overbuurman|overbuurvrouw|nabo|naboen|genbo|"
                        r"neighbou?rs?)(?![\w])")
_NEIGHBOUR_NUMBER = re.compile(r"(?i)(?<![\w])(?:op|van|på|at|from|on|i)[ \t]+((?:nr\.?|nummer|no\.?|number)[ \t]+"
                               r"\d{1,4}[a-z]?)(?![\w])")
# the parts of an address line before a postcode redacted: each up to 45 characters, set off by commas
_PART = r"[^,\n<>]{1,45}"
_LINE_BEFORE_PC = re.compile(
    rf"(?P<parts>(?:(?:{_PART}|<ADDRESS>[^,\n<>]{{0,20}}),[ ]?){{2,6}})(?P<last>[^,\n<>]{{0,30}})<POSTCODE>"
)
_COUNTY = re.compile(r"(?i)^(?:co\.|county|dublin|cork|province|state|[A-Z]{2,3}$)")
_FIRM = re.compile(r"(?<![\w])(?:Ltd|Limited|LLC|Inc|B\.?V\.?|N\.?V\.?|ApS|A/S|GmbH|Pty|PLC|plc|bvba|Co\.?[ ]Ltd|"
                   r"Council|Gemeente|Kommune|Hospital|Ziekenhuis|University|School|Bank|Clinic|Plejecenter\w*|Plejehjem\w*|"
                   r"Verpleeghuis|Zorgcentrum|Care[ ]Home|Nursing[ ]Home|Hotel|Hostel|Kollegium|Hospice)(?![\w])")


# lower-case words inside a house's, a flat's or a street's name ("Cnoc na Gréine", "lejl. 3", "bus 2")
_SMALL_WORDS = frozenset("na an y de the van der den of no. no lejl. lejlighed st th tv sal bus".split())


def _house_name_part(part: str) -> bool:
    """A part that may name a house, a flat, a street or a district: capitalised words, numbers and particles,
    not a sentence."""
    words = part.split()
    if not words or len(words) > 6:
        return False
    return all((w[:1].isupper() or w[:1].isdigit() or w.lower() in _SMALL_WORDS or w == "<ADDRESS>" or w[:1] == "(")
               and not w.endswith(":") for w in words)  # "Address:" is a label


def _head_word(word: str, stop: frozenset[str]) -> bool:
    """A word that may open an address after a sentence: name-shaped, no stop word (a particle is), no reference."""
    low = word.lower()
    return _house_name_part(word) and (low not in stop or low in _SMALL_WORDS) \
        and not _REFERENCE.fullmatch(word.strip(",."))


def address_line_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, TYPE)`` of the parts of address lines that no street pattern took (see the module's doc)."""
    spans: list[tuple[int, int, str]] = []
    if "," in text and any(c.isdigit() for c in text):
        for m in _PIN.finditer(text):
            line_start = text.rfind("\n", 0, m.start()) + 1
            lo = max(line_start, m.start() - 150)
            if text.count(",", lo, m.start()) >= 2 and _IN_ADDRESS_WORDS.search(text, lo, m.start()):
                spans.append((m.start("pin"), m.end("pin"), "POSTCODE"))
    if "B-" in text or "39" in text:
        spans += [(m.start(), m.end(), "POSTCODE") for m in _GL_POSTCODE.finditer(text)]
        for m in _GL_HOUSE.finditer(text):
            if _GL_CONTEXT.search(text, m.end(), m.end() + 40):
                # "Illorsuit B-1456": the settlement's street name before the house number goes with it
                before = re.search(r"(?:^|(?<=[ \t,:]))([A-ZÆØÅ][a-zæøå]+[ ])$", text[max(0, m.start() - 30):m.start()])
                start = m.start() - len(before.group(1)) if before else m.start()
                spans.append((start, m.end(), "ADDRESS"))
    if _NEIGHBOUR.search(text):
        for m in _NEIGHBOUR_NUMBER.finditer(text):
            if _NEIGHBOUR.search(text, max(0, m.start() - 80), m.start()):
                spans.append((m.start(1), m.end(1), "ADDRESS"))
    return spans


def address_lines(text: str) -> str:
    """``text`` with the parts of comma-separated address lines before a town and a ``<POSTCODE>`` replaced:
    "Cnoc na Gréine, Kilcolgan, Co. Galway, <POSTCODE>" -> "<ADDRESS>, Kilcolgan, Co. Galway, <POSTCODE>"."""
    if "<POSTCODE>" not in text or "," not in text:
        return text
    stop = _stop()  # "New address is 22": the words of a sentence before the house number
    out: list[str] = []
    pos = 0
    for m in _LINE_BEFORE_PC.finditer(text):
        # the parts with their offsets in the text (the last one before the final comma)
        offsets = []
        at = m.start("parts")
        for p in m.group("parts").split(",")[:-1]:
            offsets.append((at, at + len(p)))
            at += len(p) + 1
        parts = [text[a:b] for a, b in offsets]
        # the town (and a county or a district number after it) stays: the last part, or the last two when the
        # last is a county ("Kinvara, Co. Galway"); none when the town is written with the postcode ("Cork <POSTCODE>")
        keep = 0 if m.group("last").strip() else 1
        if parts and _COUNTY.match(parts[-1].strip()) and keep:
            keep = 2
        n = len(parts) - keep
        if keep and "<ADDRESS>" in parts[-1]:
            continue  # "..., Kirkevej 14, 6000 Kolding": the street closes the line; what is before it is no address
        if n < 1 or any(_FIRM.search(p) for p in parts[:n]):
            continue  # "Acme Ltd, Unit 4, Harbour Park, Cork <POSTCODE>": a firm's address after its name
        # the parts right before the town that read as a house, a flat, a street or a district ...
        k = n
        while k > 0 and _house_name_part(parts[k - 1].strip()):
            k -= 1
        start = offsets[k][0] if k < n else offsets[n - 1][1]
        if k > 0:
            # ... and the last words of the part before them, after the words of a sentence ("New address is 22")
            a, b = offsets[k - 1]
            words = list(re.finditer(r"\S+", text[a:b]))
            j = len(words)
            while j > 0 and _head_word(words[j - 1].group(0), stop):
                j -= 1
            if j < len(words):
                start = a + words[j].start()
        while start < offsets[n - 1][1] and text[start] in " \t":
            start += 1
        end = offsets[n - 1][1]
        if start >= end or text[start:end].strip() == "<ADDRESS>" or start < pos:
            continue
        out += [text[pos:start], "<ADDRESS>"]
        pos = end
    if not out:
        return text
    out.append(text[pos:])
    return "".join(out)


# a record's reference, not a house number: "BHI-220-58731", "H-204187", "7118502"
_REFERENCE = re.compile(r"[A-Z]{2,}[-/]?\d[\w-]*|[A-Z]?-?\d{5,}|[A-Z]+-\d+-\d+")
