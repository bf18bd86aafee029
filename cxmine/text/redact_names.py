"""Find person names for redaction: after greetings and sign-offs, before ``<email>``, and known names.

Word lists come from ``cxmine/text/lang/<lang>/{greetings,signoffs,name_particles,name_stopwords}.txt`` for
every language folder that has them. A name is one to four capitalised words, optionally with an initial
("J. de Vries") and lower-case particles ("Jan van den Berg"); greeting words are kept, the name becomes
``<NAME>``: "Beste Anna," -> "Beste <NAME>,".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

from .langdata import load_all
from .number_words import number_word

_UP = "A-ZÀ-ÖØ-ÞĀ-ſ"
_LOW = "a-zß-öø-ÿĀ-ſ"
# One capitalised word: "Anna", "Anne-Marie", "O'Brien", "McDonald".
_TOKEN = rf"(?:[{_UP}]'[{_UP}]|Ma?c[{_UP}]|[{_UP}])[{_LOW}]+(?:-[{_UP}][{_LOW}]+)?"
_RUNS = re.compile(r"<NAME>(?:[ \t]+<NAME>)+")  # "Anna" + "Jensen" redacted apart are one name
# Display names with one of these words belong to a company or a mailbox, not a person; a "name" followed by one
# of them is a company or product ("Dear Google Apps user", "u spreekt met Nordhus klantenservice").
_ORG_WORDS = frozenset(
    "klantenservice klantendienst kundeservice kundeservicen kundecenter support helpdesk service team customer "
    "customerservice noreply no-reply info webshop shop afdeling department sales verkoop salg administratie "
    "administration billing facturatie notifications newsletter nieuwsbrief nyhedsbrev mailer user users "
    "gebruiker gebruikers bruger brugere klant klanten kunde kunder".split()
)
_NEXT_WORD = re.compile(r"[ \t]+([\w-]+)")
# Local parts of an organisation's functional mailboxes: an address made only of these words names a role, not a
# person ("klantenservice@...", "no-reply@...", "customer.relations@...", "udlejning@..."), and stays.
_ROLE_WORDS = frozenset(
    "info informatie information service services klantenservice klantendienst kundeservice kundecenter support "
    "helpdesk servicedesk contact kontakt help hello hallo sales verkoop salg billing facturatie facturen factuur "
    "faktura fakturering invoice invoices accounts admin administratie administration administrator noreply "
    "no reply donotreply do not booking bookings boeking boekingen reservations reservering reserveringen claims "
    "claim schade schades skade skader klachten complaints klage klager orders order ordre ordrer bestellingen "
    "returns retour retouren post mail office kantoor kontor reception receptie receptionen hr payroll salaris "
    "lonen team customer customers customerservice care relations webshop shop planning verhuur udlejning "
    "verhuring secretariaat sekretariat secretariat servicecenter kundeservicen privacy dpo "
    "marketing press pers presse jobs vacatures recruitment werving job karriere careers nieuwsbrief newsletter "
    "nyhedsbrev notifications notificaties meldingen notify alerts debiteuren crediteuren finance financien "
    "økonomi bogholderi accounting members membership leden medlem medlemmer patientenservice patiëntenservice "
    "patientservice patiëntservice klantcontact kundecentret storingen storing fejl support-team onderhoud "
    "maintenance repairs reparaties service-desk inkoop purchasing indkøb logistics logistiek levering delivery "
    "deliveries bezorging lost found gevonden aanvragen applications ansøgning ansøgninger declaraties refunds "
    "refund terugbetaling tilbagebetaling collections incasso inkasso debt credit kredit loans leningen lån "
    "webmaster postmaster abuse security".split()
)


# "my username is bookings@...": a sole trader's own address is theirs
_MY_BEFORE = re.compile(r"(?i)(?<![\w])(?:my|mijn|m'n|min|mit|mine)[ \t]+[^\n]*$")


def role_mailbox(text: str, start: int, end: int) -> bool:
    """Whether the e-mail address at ``text[start:end]`` is an organisation's functional mailbox by its local part
    (and nobody calls it "my ...")."""
    local = text[start:end].strip("<>").split("@", 1)[0].lower()
    parts = [p for p in re.split(r"[._+-]+", local) if p]
    return bool(parts) and all(p in _ROLE_WORDS for p in parts) and not _MY_BEFORE.search(text, max(0, start - 32), start)


_MAILBOX_AFTER = re.compile(r"[\"']?[ \t]*<([^<>\s@]+@[^<>\s]+)>")
_DOMAIN_AFTER = re.compile(r"\.[a-z]{2,6}(?![\w])")
_INITIALS = rf"[{_UP}]\.(?:[ ]?[{_UP}]\.)*"
# Titles stay in the text ("Geachte heer <NAME>"): they say nothing about who the person is.
# Spoken openings before a name in calls and chats, and the fillers an ASR engine writes around them.
_CALL_INTROS = (
    r"met|hier[ \t]+is|dit[ \t]+is|det[ \t]+er|her[ \t]+er|this[ \t]+is|it[’']s|it[ \t]+is|you've[ \t]+got|"
    r"you[ \t]+have"
)
_CALL_FILLERS = r"eh|ehm|euh|uh|uhm|um|öh|øh|øhm|æh|ja|jo|jep|yes|yeah|ok|oké|okay|nou|nå|hej|hallo|hello|hi"
_CALL_GATE = re.compile(rf"(?<![\w])(?i:{_CALL_INTROS})[ \t]*,?[ \t]+(?:[{_UP}]|(?i:heer|mevrouw|meneer|mr|mrs|ms)\b)")
# A speaker label or a timestamp before a turn in a pasted transcript ("[14:10] Klant: ", "Agent Maria (Acme): "):
# a greeting or an introduction after it stands at the turn's start.
_LABEL = r"(?:\[[^\]\n]{1,25}\][ \t]*)?(?:[^:\n\[\]<>.!?]{1,50}?:[ \t]+)?"
# what an agent says after the company's name in a greeting: "Goedemiddag, Helder Zorg, u spreekt met ..."
_AGENT_INTRO_AFTER = re.compile(
    r"[ \t]*[,.]?[ \t]*(?i:(?:u|je|ge|jij|du|you|you're|you[ \t]+are)[ \t]+(?:spreekt|spreek|taler|snakker|"
    r"speaking|are[ \t]+speaking|have[ \t]+reached|(?:have[ \t]+)?got|har[ \t]+fat)|(?:mijn[ \t]+naam|my[ \t]+name|"
    r"mit[ \t]+navn|det[ \t]+er|this[ \t]+is|hier[ \t]+is|met)(?![\w])|(?-i:[A-ZÀ-ÖØ-ÞĀ-ſ])[\w'’-]+[ \t]+speaking(?![\w]))"
)
_TITLES = r"(?:heer|mevrouw|meneer|mevr\.?|dhr\.?|hr\.?|fru|frk\.?|mr\.?|mrs\.?|ms\.?|miss|dr\.?|prof\.?)"


def _alternation(words: Iterable[str]) -> str:
    """Regex alternation of literal words, longest first, spaces matching any run of spaces/tabs."""
    parts = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in parts)


class NameData(NamedTuple):
    """Compiled name finders and word sets, built once from the language files."""

    lead: re.Pattern[str]  # greetings and sign-offs at a line or sentence start
    call: re.Pattern[str]  # "Goedemiddag, eh, met Jeroen Smit", "Hej, det er Mette", "Hi, this is John"
    intro: re.Pattern[str]  # "mijn naam is Anna" anywhere
    intro_keys: tuple[str, ...]  # lower-case words one of which must be in the text before ``intro`` runs
    email: re.Pattern[str]  # 'Pieter de Vries <pieter@example.nl>'
    stop: frozenset[str]
    particles: frozenset[str]


@lru_cache(maxsize=1)
def name_data() -> NameData:
    """Compiled name finders, stop words and particles (lower-case), built once."""
    greetings = load_all("greetings")
    # Entries of several words, or abbreviations ("t.n.v."), count anywhere; single words only at a line start.
    multi = [g for g in greetings if " " in g or "." in g.rstrip(".")]
    single = [g for g in greetings if g not in multi]
    signoffs = load_all("signoffs")
    particles = load_all("name_particles")
    stop = frozenset(w.lower() for w in load_all("name_stopwords"))
    part = _alternation(particles)
    # Particles are lower-case inside a name; capitalised only as its first word ("heer Van den Berg").
    name = (
        rf"(?:{_INITIALS}[ ]?(?:(?:{part})[ ]+)?|(?i:{part})[ ]+(?=[{_UP}]))?{_TOKEN}"
        rf"(?:[ ]+(?:[{_UP}]\.[ ]+)?(?:(?:{part})[ ]+){{0,2}}{_TOKEN}){{0,3}}"
    )
    title = rf"(?:(?i:{_TITLES})[ ]+)?"
    # The sentence-start case consumes ". " instead of a look-behind: measured 2x faster per message.
    lead = (
        rf"(?m)(?:^|[.!?][ ])[ \t>*-]*{_LABEL}(?:"
        # "Beste Anna", "Dear Mr. Smith", "Van: Pieter de Vries"
        rf"(?i:{_alternation(single)})(?![{_LOW}])[ \t]*[,:]?[ \t]+{title}(?P<g>{name})"
        # "Groet, Pieter" / "Mvh\nLars Nielsen" (name alone on the next non-empty line)
        rf"|(?i:{_alternation(signoffs)})(?![{_LOW}])"
        rf"(?:[ \t]*[,:-]?[ \t]+(?P<s>{name})"
        # a sign-off may go on for a few lower-case words ("Thanks heaps,", "Groetjes en een fijne dag,") and a
        # role in brackets may follow the name ("Lakshmi Iyer (daughter)")
        rf"|(?:[ \t]+[{_LOW}]+){{0,4}}[ \t]*[,!.:-]?[ \t]*\n(?:[ \t]*\n)?[ \t>]*(?P<n>{name})"
        rf"(?:[ \t]*\([{_LOW} ]{{2,25}}\))?[ \t]*[,.]?[ \t]*$))"
    )
    # "Goedemiddag, eh, met Jeroen Smit", "Hej, det er Mette Kjær", "Hi, this is John": how callers and agents
    # say who is speaking. Only at the start of a line or sentence or right after a greeting (with fillers), so
    # "ik betaal met Visa" is not a name.
    call = (
        # ("Hi Aoife, this is Ciarán": the greeting may name the one who answered)
        rf"(?m)(?:^|[.!?][ \t]+|(?i:{_alternation(single)})(?![{_LOW}])[ \t]*,?(?:[ \t]+{_TOKEN})?[ \t]*[,!.]?[ \t]+)"
        rf"[ \t>*-]*{_LABEL}"
        rf"(?:(?i:{_CALL_FILLERS})[ \t]*[,.]?[ \t]+)*(?i:{_CALL_INTROS})[ \t]*,?[ \t]+{title}(?P<c>{name})"
    )
    # "mijn naam is Anna", "Good morning John", "Op naam van? M. de Groot"
    intro = rf"(?<![\w])(?i:{_alternation(multi)})[ \t]*[,:?]?[ \t]+(?:of[ \t]+)?{title}(?P<m>{name})"
    # Gate words: the longest word of each phrase that is not a pronoun ("mijn man" -> "man"), so the intro regex
    # does not run on every Dutch text that says "mijn".
    common = {"mijn", "min", "mit", "my", "ik", "je", "jeg", "du", "you", "you're", "are", "is", "er", "met", "med"}
    keys = tuple(sorted({max([w for w in g.lower().split() if w not in common] or [g], key=len) for g in multi}))
    # 'Pieter de Vries <pieter@example.nl>' or a redacted '<EMAIL>'
    email = rf"(?<![\w])(?P<e>{name})[\"']?[ \t]*(?=<(?:EMAIL>|[^<>\s@]+@))"
    return NameData(
        re.compile(lead), re.compile(call), re.compile(intro), keys, re.compile(email), stop, frozenset(p.lower() for p in particles)
    )


@lru_cache(maxsize=1)
def _intro_gate(keys: tuple[str, ...]) -> re.Pattern[str]:
    """One regex for "is any intro key in the text" (faster than testing the keys one by one)."""
    return re.compile("|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True)))


def _trim(name: str, stop: frozenset[str]) -> str:
    """The name cut before its first stop word ("Anna Ik" -> "Anna"); empty when it starts with one.

    A particle followed by more words ("de" in "Pieter de Vries", "Van" in "Van den Berg") is never a stop word.
    """
    particles = name_data().particles
    words = name.split()
    keep: list[str] = []
    for i, w in enumerate(words):
        low = w.lower()
        if low in particles and i + 1 < len(words):
            keep.append(w)
            continue
        if low.rstrip(".") in stop:
            break
        keep.append(w)
    while keep and keep[-1].lower() in particles:
        keep.pop()  # a trailing particle belongs to no name
    return " ".join(keep)


def redact_context_names(text: str) -> tuple[str, list[str]]:
    """Replace names found after greetings/sign-offs/before e-mails with ``<NAME>``; also return the names."""
    data = name_data()
    matches = list(data.lead.finditer(text))
    low = text.lower()
    if _CALL_GATE.search(text):
        matches += data.call.finditer(text)
    if _intro_gate(data.intro_keys).search(low):
        matches += data.intro.finditer(text)
    if "@" in text or "<EMAIL>" in text:
        matches += data.email.finditer(text)
    tokens = _ANY_WORD.findall(text)  # one pass over the words for the first-name and surname checks
    has_lower, capital = _first_name_kinds(text, tokens)
    lower = has_lower and _LOWER_GATE.search(text) is not None
    titled = _TITLED_NAME.search(text) is not None
    lower_titled = _LOWER_TITLED.search(text) is not None
    spelled = _SPELLED.search(text) is not None
    surnames = _surname_spans(text, tokens)
    from .redact_cues import company_cut, cue_names, firm_context, not_people

    cues = cue_names(text, tokens)
    if not matches and not lower and not capital and not titled and not lower_titled and not spelled and not surnames \
            and not cues:
        return text, []
    spans = []
    for m in matches:
        group = next(g for g in ("g", "s", "n", "c", "m", "e") if g in m.re.groupindex and m.start(g) != -1)
        name = _trim(m.group(group), data.stop)
        after = _NEXT_WORD.match(text, m.start(group) + len(name))
        if after and after.group(1).lower() in _ORG_WORDS:
            continue  # "u spreekt met Nordhus klantenservice": a company
        if _DOMAIN_AFTER.match(text, m.start(group) + len(name)):
            continue  # "this is Bol.com": a company's web address
        end = m.start(group) + len(name)
        if end < len(text) and text[end].isalpha():
            continue  # "ClearDose": a name-shaped start of a company's one word
        if (box := _MAILBOX_AFTER.match(text, end)) and role_mailbox(text, *box.span(1)):
            continue  # "Waterbedrijf Veluwezoom <noreply@wbveluwezoom.nl>": the organisation's own mailbox
        if group in ("g", "m") and _AGENT_INTRO_AFTER.match(text, end):
            continue  # "Goedemiddag, Zorgverzekeraar Helder, u spreekt met Rachid": the company answers
        if len(name) >= 2:
            spans.append((m.start(group), m.start(group) + len(name), name))
    if lower:
        spans += _lower_case_names(text)
    if capital:
        spans += _capital_first_names(text, data.stop)
    if titled:
        spans += [(m.start("t"), m.start("t") + len(n), n) for m in _TITLED_NAME.finditer(text)
                  if len(n := _trim(m.group("t"), data.stop)) >= 2]
    if lower_titled:
        spans += _lower_titled_names(text, data.stop)
    if spelled:
        spans += [(m.start(), m.end(), m.group(0)) for m in _spelled_names(text)]
    spans += surnames
    spans += cues
    # "Kestrel Pensions", "Sanne van Stroomlijn Energie", "Kroonbank": a company in a span; cut it off or drop it
    brands, bots = not_people(text)
    cut_spans = []
    for s_, e_, n_ in spans:
        if s_ > 0 and text[s_ - 1].isalpha():
            continue  # the end of a longer word
        if text[e_:e_ + 1] == "-" and text[e_ + 1:e_ + 2].islower():
            continue  # "Billy-reol", "Emma-madras": a product's name joined to its noun
        if e_ < len(text) and text[e_].isalpha():
            # "JyotiNet", "Lotte van RailNoord": the span ends inside a word; keep its whole words before it
            cut = text.rfind(" ", s_, e_)
            if cut <= s_:
                continue
            n_ = text[s_:cut].rstrip()
            while (sp := n_.rfind(" ")) > 0 and n_[sp + 1:].lower() in name_data().particles:
                n_ = n_[:sp].rstrip()  # "Lotte van": the particle belonged to the company
            e_ = s_ + len(n_)
            if len(n_) < 2:
                continue
        if n_ in bots or any(b_s < e_ and s_ < b_e for b_s, b_e in brands):
            continue  # a chat bot's name ("Lumi (chatbot)"), a shop named like a person ("Albert Heijn")
        if firm_context(text, s_, e_):
            continue  # "Bouwbedrijf Hendriks", "Jensen & Søn": a firm named after a person, which the analyst needs
        cut = company_cut(n_)
        if cut is None:
            cut_spans.append((s_, e_, n_))
        elif cut >= 2:
            cut_spans.append((s_, s_ + cut, n_[:cut]))
    spans = cut_spans
    spans.sort(key=lambda sp: (sp[0], -sp[1]))  # of two spans starting together, the longer wins
    found: list[str] = []
    out: list[str] = []
    pos = 0
    for s, e, name in spans:
        if s < pos:
            continue  # overlaps a name already replaced
        found.append(name)
        out.append(text[pos:s])
        out.append("<NAME>")
        pos = e
    out.append(text[pos:])
    return "".join(out), found


@lru_cache(maxsize=4096)
def _known_names_regex(names: tuple[str, ...]) -> tuple[re.Pattern[str] | None, frozenset[str]]:
    """Regex for known names and the set of lower-cased single parts that need a capital in the text."""
    data = name_data()
    stop, particles = data.stop, data.particles
    fulls: set[str] = set()
    parts: set[str] = set()
    for raw in names:
        if "@" in raw:
            raw = raw.split("@", 1)[0]  # an address as display name: only its local part can be a name
        # "Smith, John", "john.smith", "Pieter de Vries (Klantenservice)": words only.
        words = [w for w in re.split(r"[^\w'-]+", raw) if w and not any(c.isdigit() for c in w)]
        if not words or any(w.lower() in _ORG_WORDS for w in words):
            continue  # "Coolblue Klantenservice", "noreply": a company, whose name the analyst needs
        if len(words) > 1:
            fulls.add(r"[ \t]+".join(re.escape(w) for w in words))
            if len(words) == 2:  # "Smith, John" is written "John Smith" in the text
                fulls.add(r"[ \t]+".join(re.escape(w) for w in reversed(words)))
        for w in words:
            if len(w) >= 3 and w.lower() not in particles and w.lower() not in stop:
                parts.add(w.lower())
    if not fulls and not parts:
        return None, frozenset()
    # a single part also with the genitive "s" of Danish and Dutch ("Maliks cpr-nummer", "Oscars les") or "'s"
    single = "|".join(sorted((re.escape(p) for p in parts), key=len, reverse=True))
    alts = "|".join([*sorted(fulls, key=len, reverse=True), *([f"(?:{single})(?:['’]?s)?"] if single else [])])
    return re.compile(rf"(?<![\w<])(?:{alts})(?![\w>])", re.IGNORECASE), frozenset(parts)


def redact_known_names(text: str, names: Iterable[str], lower_case: Iterable[str] = ()) -> str:
    """Replace known names: the full name in any case, single parts only where capitalised in the text.

    Parts of the names in ``lower_case`` (found in lower case in this text: a call transcript) count in any case.
    """
    key = tuple(sorted({n.strip() for n in names if n and n.strip()}))
    if not key:
        return text
    rx, parts = _known_names_regex(key)
    if rx is None:
        return text
    any_case = {w.lower() for n in lower_case for w in re.split(r"[^\w'-]+", n) if w}

    def repl(m: re.Match[str]) -> str:
        s = m.group(0)
        low = s.lower()
        base = low if low in parts or " " in low or "\t" in low else re.sub(r"['’]?s$", "", low)
        if base in parts and not s[0].isupper() and base not in any_case:
            return s
        if base != low and base not in parts:
            return s  # a full name's own last letter "s": no genitive to strip
        if base in parts:
            from .redact_cues import firm_context

            if firm_context(m.string, m.start(), m.end()):
                return s  # "onze hond Bella", "Autoschade Hermans": the same word as a pet's or a firm's name
        return "<NAME>"

    return _RUNS.sub("<NAME>", rx.sub(repl, text))


# ---- lower-case names in call transcripts and chats: "goedemiddag met jeroen smit", "hej det er mette",
# "hoi anna". Without a capital, a word is taken as a name only when it is a common first name (per-language lists
# in lang/<lang>/first_names.txt, which leave out names that are ordinary words) right after an introduction or a
# greeting; the next word joins it as a surname unless it is a stop word or a filler.
_LOWER_CUES = (
    r"met|hier[ \t]+is|dit[ \t]+is|det[ \t]+er|her[ \t]+er|this[ \t]+is|it[’']s|it[ \t]+is|"
    r"mijn[ \t]+naam[ \t]+is|ik[ \t]+heet|u[ \t]+spreekt[ \t]+met|je[ \t]+spreekt[ \t]+met|jeg[ \t]+hedder|"
    r"mit[ \t]+navn[ \t]+er|du[ \t]+taler[ \t]+med|du[ \t]+snakker[ \t]+med|my[ \t]+name[ \t]+is|"
    r"you're[ \t]+speaking[ \t]+(?:with|to)|speaking[ \t]+with|(?:you're|you[ \t]+are)[ \t]+through[ \t]+to|"
    r"op[ \t]+naam[ \t]+van|t\.n\.v\.|"
    r"i[ \t]+navnet|under[ \t]+the[ \t]+name(?:[ \t]+of)?|in[ \t]+the[ \t]+name[ \t]+of|"
    r"beste|hoi|hallo|hai|hey|hej|hejsa|kære|hi|hello|dear|goedemorgen|goedemiddag|goedenavond|goddag|"
    r"good[ \t]+(?:morning|afternoon)|morning|"
    # thanks to a first name at the end of a chat: "super bedankt laura!", "tak sara", "thank u neha"
    r"bedankt|dankjewel|dank[ \t]+je|thanks|thank[ \t]+you|thank[ \t]+u|thx|tak|tusind[ \t]+tak|mange[ \t]+tak|"
    # relations: "mijn vrouw anna", "min søn mads", "my wife sarah" (only common first names, as for every cue)
    r"(?:mijn|m'n|onze|de)[ \t]+(?:vrouw|man|zoon|dochter|moeder|vader|partner|vriend|vriendin|collega|buurman|"
    r"buurvrouw|zus|zusje|broer|papa|mama|oma|opa|schoonmoeder|schoonvader)|"
    r"(?:min|vores)[ \t]+(?:kone|mand|søn|datter|mor|far|kæreste|ven|veninde|kollega|nabo|søster|bror|"
    r"svigermor|svigerfar|mormor|farmor|morfar|farfar)|varmemester(?:en)?|viceværten|vicevært|"
    r"(?:my|our|her|his)[ \t]+(?:wife|husband|son|daughter|mum|mom|mother|dad|father|partner|boyfriend|girlfriend|"
    r"colleague|neighbour|sister|brother|nan|grandma|grandad|flatmate|housemate)"
)
_LOWER_GATE = re.compile(
    rf"(?<![\w])(?i:{_LOWER_CUES})[ \t]*[,:?.!]?[ \t]+(?:(?:{_CALL_FILLERS})[ \t]*[,.]?[ \t]+)*[a-zß-öø-ÿĀ-ſ]"
)
_LOWER_NAME = re.compile(
    rf"(?<![\w])(?i:{_LOWER_CUES})[ \t]*[,:?.!]?[ \t]+(?:(?:{_CALL_FILLERS})[ \t]*[,.]?[ \t]+)*"
    rf"(?P<title>(?i:{_TITLES})[ \t]+)?(?P<first>[a-zß-öø-ÿĀ-ſ][a-zß-öø-ÿĀ-ſ'-]+)"
    r"(?P<rest>(?:[ \t]+(?:van|de|der|den|ter|ten|'t|het|la|le|af|von|o'|mc)){0,3}[ \t]+[a-zß-öø-ÿĀ-ſ][a-zß-öø-ÿĀ-ſ'-]+)?"
)
_NOT_SURNAME = frozenset(
    "calling speaking here hier bel bellen belde ringer ringede ring call called again weer igen even lige "
    "just only alleen kun from fra van uit with met med and en og about over om bye doei dag hej farvel cheers ciao "
    "ziens daag hoi so too ook også also".split()
)


_LOWER_TITLE = re.compile(rf"(?<![\w])(?i:{_TITLES})[ \t]+[a-zß-öø-ÿĀ-ſ]")
_LOWER_WORD = re.compile(r"(?<![\w])[a-zß-öø-ÿĀ-ſ][a-zß-öø-ÿĀ-ſ'-]+")


@lru_cache(maxsize=1)
def _first_names() -> frozenset[str]:
    return frozenset(n.lower() for n in load_all("first_names"))


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from .language_lexicon import stop_words

    return frozenset().union(*(stop_words(lang) for lang in ("nl", "da", "en")))


@lru_cache(maxsize=1)
def word_first_names() -> frozenset[str]:
    """First names that are also words ("rob", "line", "grace"): names only where the place says so."""
    return frozenset(n.lower() for n in load_all("word_first_names"))


_TURN_END = re.compile(r"[ \t]*[,.!?]?[ \t]*(?:\n|\||$)")


def _word_name_here(text: str, m: re.Match[str], stop: frozenset[str], fillers: set[str]) -> bool:
    """A first name that is also a word, after an introduction: a name when the turn ends after it ("this is
    shannon") or a surname follows ("det er line bech")."""
    if _TURN_END.match(text, m.end("first")):
        return True
    rest = m.group("rest")
    if not rest:
        return False
    last = rest.split()[-1]
    from .redact_cues import unknown_word

    return last not in stop and last not in fillers and last not in _NOT_SURNAME and unknown_word(last)


def _lower_case_names(text: str) -> list[tuple[int, int, str]]:
    """Spans of lower-case first names (and a following surname) after an introduction or a greeting."""
    names, stop = _first_names(), _stop_words()
    fillers = set(_CALL_FILLERS.split("|"))
    spans = []
    pos = 0
    while (m := _LOWER_NAME.search(text, pos)) is not None:
        pos = m.start() + 1  # cues overlap ("hallo met jan", "hej jeg hedder søren"): try every start
        first = m.group("first")
        if first not in names and not (m.group("title") and first not in stop and first not in fillers) and not (
                first in word_first_names() and _word_name_here(text, m, stop, fillers)):
            continue
        start, end = m.start("first"), m.end("first")
        rest = m.group("rest")
        if rest:
            last = rest.split()[-1]
            if last not in stop and last not in fillers and last not in _NOT_SURNAME and last not in names \
                    and not _DOMAIN_AFTER.match(text, m.end("rest")):
                end = m.end("rest")
        spans.append((start, end, text[start:end]))
    return spans


# ---- capitalised first names anywhere ("Gisteren belde Jeroen Smit", "ask Mette in the shop") and a title before
# a surname ("mevrouw Jansen", "Mr Thompson", "fru Hansen"): a common first name (lang/<lang>/first_names.txt,
# which leaves out names that are ordinary words) is a name wherever it stands, with the capitalised words that
# follow it as a surname.
_CAP_WORD = re.compile(rf"(?<![\w<])[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?")
_SURNAME_AFTER = re.compile(
    rf"(?:[ \t]+(?:(?:van|de|der|den|ter|ten|het|'t|af|von|la|le|du|da|di|el|al)[ \t]+){{0,3}}"
    rf"(?:{_TOKEN}|[{_UP}]\.)){{1,3}}"
)
_TITLED_NAME = re.compile(
    rf"(?<![\w])(?:heer|mevrouw|meneer|mevr\.|dhr\.|hr\.|fru|frk\.|Mr\.?|Mrs\.?|Ms\.?|Miss|Dr\.|"
    rf"Heer|Mevrouw|Meneer|Mevr\.|Dhr\.|Hr\.|Fru|Frk\.)[ \t]+(?P<t>(?:(?:van|de|der|den|ter|ten|Van|De|Ter|Ten)[ \t]+)"
    rf"{{0,3}}{_TOKEN}(?:[ \t]+{_TOKEN})?)"
)
# a title before a lower-case surname, as call transcripts write it: "klopt meneer smit", "tak fru østergaard",
# "thanks mrs o'brien". Titles that are also other words without their dot ("ms teams", "hr afdeling", "miss the
# bus", "dr tv") need the dot here.
_LOWER_TITLED = re.compile(
    r"(?<![\w])(?:heer|mevrouw|meneer|mevr\.|dhr\.|hr\.|fru|frk\.|mr\.?|mrs\.?|ms\.|dr\.)[ \t]+"
    r"(?P<t>(?:(?:van|de|der|den|ter|ten|'t|het|el|al|af|von|o')[ \t]*){0,3}[a-zß-öø-ÿĀ-ſ][a-zß-öø-ÿĀ-ſ'-]+)"
)
# a word spelled letter by letter, on a call above all: "s m i t", "j-e-n-s-e-n" (3+ single letters apart by spaces
# or hyphens, maybe before a full stop: "B-O-U-Z-I-D."; abbreviations with dots such as "d.w.z." and "a.s.a.p."
# are not spelling)
# Letters apart by spaces and followed by a number are a reference read out, not a name: "r e f nine nine one
# four", "c l m 2024 0518", "i n c zeven zeven vier" (hyphens spell a name: "R-U-T-H-E seven oh six", a licence).
_SPELLED = re.compile(r"(?<![\w<>.'’-])(?:[^\W\d_](?:[ ]|[ ]?-[ ]?)){2,}[^\W\d_](?![\w>-])(?!\.\w)")
_NEXT_TOKEN = re.compile(r"[ \t-]*(\d|[^\W\d_]+)")
# number words that are also everyday words ("en", "to", "een"): after letters they do not make a reference
_WORDLIKE_NUMBERS = frozenset({"een", "en", "et", "to", "ni", "oh", "elf", "ti", "tres"})


def _number_next(text: str, pos: int) -> bool:
    """Whether a number follows ``pos``: a digit or a number word ("nine", "zeven", "double")."""
    m = _NEXT_TOKEN.match(text, pos)
    if m is None:
        return False
    tok = m.group(1).lower()
    return tok.isdigit() or tok in ("double", "dubbel") or (
        tok not in _WORDLIKE_NUMBERS and number_word(tok) is not None)
# ... unless what is read out is a person's number, asked for at the end of the line before or just before it: "his
# plate is h h k l 482", "and your pan number\ncustomer: r e v p i eight four nine two a"
_PERSONAL_NUMBER_BEFORE = re.compile(
    r"(?i)(?<!\w)(?:plate|plade|kenteken|licen[cs]e|rijbewijs|kørekort|rekening|konto|iban|bank|insurance|passport|"
    r"paspoort|pas|cpr|bsn|social|ppsn|ni|nhs|id|sin|ird|tfn|registration|reg|pan|aadhaar|aadhar|kyc)\w*"
    r"(?:[^\n\w]+\w+){0,3}[^\n\w]*(?:\n[^\n]{0,30})?$"
)


def _spelled_names(text: str) -> list[re.Match[str]]:
    """The spelled words of ``text`` that are names, not references read out."""
    return [
        m for m in _SPELLED.finditer(text)
        if "-" in m.group(0) or not _number_next(text, m.end())
        or _PERSONAL_NUMBER_BEFORE.search(text, max(0, m.start() - 80), m.start())
    ]
_DATE_AFTER = re.compile(r"[ \t.]*\d")
_PARTICLES = frozenset("van de der den ter ten het 't af von la le du da di el al".split())


_ANY_WORD = re.compile(r"(?<![\w<])[^\W\d_][\w'-]*")


def _first_name_kinds(text: str, tokens: list[str] | None = None) -> tuple[bool, bool]:
    """(a lower-case common first name or a title before a lower-case word, a capitalised common first name);
    ``tokens``: the text's words (``_ANY_WORD``) when the caller has them."""
    names = _first_names()
    word_names = word_first_names()
    lower = capital = False
    for w in _ANY_WORD.findall(text) if tokens is None else tokens:
        low = w.lower()
        if not lower and low in word_names and w[0].islower():
            lower = True  # "met rob", "det er line bech": _lower_case_names decides
        if low in names:
            if w[0].isupper():
                capital = True
            else:
                lower = True
            if lower and capital:
                break
    return lower or _LOWER_TITLE.search(text) is not None, capital


@lru_cache(maxsize=1)
def _surnames() -> tuple[frozenset[str], frozenset[str], dict[str, tuple[tuple[str, ...], ...]]]:
    """Common surnames (lang/<lang>/surnames.txt): (words in any case, words only when capitalised, phrases such as
    "de vries" by their first word)."""
    any_case: set[str] = set()
    capital: set[str] = set()
    phrases: dict[str, list[tuple[str, ...]]] = {}
    for entry in load_all("surnames"):
        words = entry.split()
        if len(words) > 1:
            phrases.setdefault(words[0].lower(), []).append(tuple(w.lower() for w in words))
        elif entry[:1].isupper():
            capital.add(entry.lower())
        else:
            any_case.add(entry.lower())
    by_first = {k: tuple(sorted(v, key=len, reverse=True)) for k, v in phrases.items()}
    return frozenset(any_case), frozenset(capital), by_first


@lru_cache(maxsize=1)
def _surname_keys() -> frozenset[str]:
    """Every word a surname match can start with (lower case)."""
    any_case, capital, phrases = _surnames()
    return any_case | capital | frozenset(phrases)


def _surname_spans(text: str, tokens: list[str] | None = None) -> list[tuple[int, int, str]]:
    """Spans of common surnames wherever they stand ("klopt, jansen", "Mrs Patel", "de Vries"), with a first name
    right before one ("jan jansen"); not before a company word ("Jansen Transport B.V.") or a web address.
    ``tokens``: the text's words (``_ANY_WORD``) when the caller has them."""
    any_case, capital, phrases = _surnames()
    keys = _surname_keys()
    if not any(w.lower() in keys for w in (_ANY_WORD.findall(text) if tokens is None else tokens)):
        return []  # the common case: no word a surname starts with
    words = list(_ANY_WORD.finditer(text))
    first = _first_names()
    spans = []
    i = 0
    while i < len(words):
        w = words[i].group(0)
        low = w.lower()
        last = None
        for ph in phrases.get(low, ()):
            j = i + len(ph) - 1
            if j < len(words) and all(words[i + k].group(0).lower() == ph[k] for k in range(1, len(ph))) and \
                    all(not text[words[k].end():words[k + 1].start()].strip(" \t") for k in range(i, j)):
                last = j
                break
        if last is None and (low in any_case or (low in capital and w[0].isupper())):
            last = i
        if last is None:
            i += 1
            continue
        s, e = words[i].start(), words[last].end()
        after = _NEXT_WORD.match(text, e)
        if not (after and after.group(1).lower() in _ORG_WORDS) and not _DOMAIN_AFTER.match(text, e):
            if i > 0 and words[i - 1].group(0).lower() in first and not text[words[i - 1].end():s].strip(" \t"):
                s = words[i - 1].start()
            spans.append((s, e, text[s:e]))
        i = last + 1
    return spans


def _lower_titled_names(text: str, stop: frozenset[str]) -> list[tuple[int, int, str]]:
    """Spans of lower-case surnames after a title ("meneer de groot"), not stop words, fillers or call words."""
    fillers = set(_CALL_FILLERS.split("|"))
    spans = []
    for m in _LOWER_TITLED.finditer(text):
        last = m.group("t").split()[-1]
        if last in stop or last in fillers or last in _NOT_SURNAME or last in _PARTICLES:
            continue
        spans.append((m.start("t"), m.end("t"), m.group("t")))
    return spans


def _capital_first_names(text: str, stop: frozenset[str]) -> list[tuple[int, int, str]]:
    """Spans of capitalised common first names, with a following surname (particles and capitalised words)."""
    names = _first_names()
    spans = []
    for m in _CAP_WORD.finditer(text):
        word = m.group(0)
        if word.lower() not in names or word.lower() in stop:
            continue
        if _DATE_AFTER.match(text, m.end()) and word in ("Jan", "Mar", "Jun", "Jul", "Aug", "Sep", "Dec"):
            continue  # "Jan 12": a month
        end = m.end()
        sur = _SURNAME_AFTER.match(text, end)
        if sur:
            last = end
            for w in re.finditer(r"\S+", sur.group(0)):
                word = w.group(0)
                if word[0].isupper() and (word.lower() in stop or word.lower() in _ORG_WORDS):
                    break
                if word.lower() not in _PARTICLES:
                    last = sur.start() + w.end()  # a name ends on a capitalised word, not on a particle
            end = last
        if _DOMAIN_AFTER.match(text, end):
            continue  # "Emma.nl": a web address
        spans.append((m.start(), end, text[m.start():end]))
    return spans
