"""Tests for personal-data redaction: planted corpus, validators, number decisions, names, options."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
from pii_corpus import read_records as _records

from cxmine.errors import UsageError
from cxmine.text.redact import PLACEHOLDERS, Redactor, redact_text
from cxmine.text.redact_checks import cpr_valid, ean_valid, elfproef_valid, iban_valid, luhn_valid

PII_DIR = Path(__file__).resolve().parents[1] / "data" / "pii"
MARK = re.compile(r"\[\[([A-Z]+):(.*?)\]\]", re.DOTALL)




PLANTED = sorted(PII_DIR.glob("planted_*.txt"))



def _assert_gone(text: str, gone: list[str]) -> None:
    """None of ``gone`` (the parts of planted values) is left in the redacted ``text``."""
    out = redact_text(text)
    assert not [g for g in gone if g in out], out

def test_planted_corpus_present_in_three_languages():
    assert {p.stem.split("_")[1] for p in PLANTED} == {"nl", "da", "en"}
    assert all(len(_records(p)) >= 10 for p in PLANTED)


@pytest.mark.parametrize("path", PLANTED, ids=lambda p: p.stem)
def test_planted_values_gone_and_lookalikes_kept(path: Path):
    for marked, names in _records(path):
        source = MARK.sub(lambda m: m.group(2), marked)
        out = redact_text(source, names)
        for kind, value in MARK.findall(marked):
            if kind == "KEEP":
                assert value in out, f"look-alike lost in {path.name}"
            else:
                assert not re.search(rf"(?<!\w){re.escape(value)}(?!\w)", out), f"{kind} survived in {path.name}"
                assert f"<{kind}>" in out, f"{kind} placeholder missing in {path.name}"


@pytest.mark.parametrize("path", PLANTED, ids=lambda p: p.stem)
def test_planted_corpus_exact_output(path: Path):
    for marked, names in _records(path):
        source = MARK.sub(lambda m: m.group(2), marked)
        expected = MARK.sub(lambda m: m.group(2) if m.group(1) == "KEEP" else f"<{m.group(1)}>", marked)
        assert redact_text(source, names) == expected


# ------------------------------------------------------------------ validators


def test_iban_mod97():
    assert iban_valid("NL44RABO0123456789")
    assert iban_valid("dk5000400440116243")  # any case
    assert iban_valid("GB29NWBK60161331926819")
    assert not iban_valid("NL45RABO0123456789")  # check digits off by one
    assert not iban_valid("NL44RABO012345678")  # NL needs 18 characters
    assert not iban_valid("QQ44RABO0123456789")  # unknown country
    assert not iban_valid("NL44")


def test_luhn():
    assert luhn_valid("4111111111111111")
    assert luhn_valid("378282246310005")
    assert not luhn_valid("4111111111111112")
    assert not luhn_valid("41111111x1111111")


def test_elfproef():
    assert elfproef_valid("111222333")
    assert elfproef_valid("547280385")
    assert not elfproef_valid("123456789")
    assert not elfproef_valid("000000000")
    assert not elfproef_valid("11122233")


def test_cpr_date_and_century():
    assert cpr_valid("0707614285")
    assert not cpr_valid("3202611234")  # 32 February
    assert cpr_valid("2902004123")  # 7th digit 4, year 00 -> 2000, a leap year
    assert not cpr_valid("2902000123")  # 7th digit 0 -> 1900, not a leap year
    assert not cpr_valid("07076142")


def test_ean_check_digit():
    assert ean_valid("5701234567899")
    assert ean_valid("4006381333931")
    assert ean_valid("87123456")  # EAN-8
    assert not ean_valid("5701234567898")


# ------------------------------------------------------------------ decisions per type


@pytest.mark.parametrize(
    "text, placeholder",
    [
        ("bel 06-12345678 graag", "<PHONE>"),
        ("tel: +31 (0)20 123 4567", "<PHONE>"),
        ("ring +45 12 34 56 78", "<PHONE>"),
        ("call +44 20 7946 0958", "<PHONE>"),
        ("mobile 07700 900123", "<PHONE>"),
        ("tlf 28456789", "<PHONE>"),
        ("kaart 5555 5555 5555 4444", "<CARD>"),
        ("card 4111-1111-1111-1111", "<CARD>"),
        ("BSN 123456789", "<BSN>"),  # labelled: redacted even though the 11-proof fails
        ("nummer 111222333 graag", "<BSN>"),  # unlabelled but 11-proof
        ("CPR 070761-4285", "<CPR>"),
        ("it is 070761-4285", "<CPR>"),
        ("mail a.b+c@example.co.uk", "<EMAIL>"),
        ("zie https://example.nl/x?y=1", "<URL>"),
        ("iban nl44 rabo 0123 4567 89", "<IBAN>"),
        ("Kerkstraat 12a", "<ADDRESS>"),
        ("1234 AB", "<POSTCODE>"),
        ("SW1A 1AA", "<POSTCODE>"),
        ("DK-2100", "<POSTCODE>"),
        ("Mijn adres is Lange Voorhout 7 in Den Haag", "<ADDRESS>"),  # no street suffix, but labelled
        ("I live at Flat 3, 12 Baker Street", "<ADDRESS>"),
        ("mail jan(at)example(dot)nl", "<EMAIL>"),
        ("mail jan at example dot co dot uk", "<EMAIL>"),
        ("cvc 123", "<CARD>"),
    ],
)
def test_redacts(text: str, placeholder: str):
    assert placeholder in redact_text(text)


@pytest.mark.parametrize(
    "text",
    [
        "bestelnummer 111222333",  # 11-proof, but an order
        "ordre 4111111111111111",  # Luhn, but an order
        "factuur 0612345678",  # phone-shaped invoice number
        "EAN 5762611695727",  # EAN that also passes Luhn
        "4006381333931",  # unlabelled EAN-13
        "ordernummer: 2107901234",  # CPR-shaped order number
        "12345678 is mijn ordernummer",
        "3SABCD1234567 JVGL0123456789 1Z999AA10123456784 #A-55231 INV-2026-00431",
        "€ 49,95 of 1.299 kr. of £12.50 of $1,299.00 of 1.299.000",
        "op 12-03-2026, 12.03.2026, 2026-03-12 of 12/03/2026 om 14:30",
        "3 stuks, 250 gram, 12 34 pakken",
        "Ik woon al 10 jaar hier, onderweg 10 minuten, maat 42",
        "ring 0800-1234 voor service",
        "123456789",  # 9 digits failing the 11-proof, no label
        "87654321",  # 8 plain digits, no phone label
        "order 1234567890123456789",
        "in de periode 2002-2006 en 2000/2001, voor 2000 - 3000 mensen",  # year ranges, not a Danish phone
        "IP 65.95.82",  # three dotted groups: not an IP address, not a phone
        "ISBN 0375403744",
        "Kellers Park 2013 was full, on 12, 1999 Birds Hill",  # years are not house numbers
    ],
)
def test_keeps(text: str):
    assert redact_text(text) == text


def test_unit_letter_pairs_are_postcodes_only_in_address_context():
    assert redact_text("een 1024 GB ssd, 1080 HD scherm") == "een 1024 GB ssd, 1080 HD scherm"
    assert redact_text("Kerkstraat 1, 3333 GB Utrecht") == "<ADDRESS>, <POSTCODE> Utrecht"
    assert redact_text("postcode: 2160 CM") == "postcode: <POSTCODE>"


def test_service_numbers_kept_but_cpr_shape_wins():
    assert redact_text("bel 0900-1234567 of ring 70 10 20 30") == "bel 0900-1234567 of ring 70 10 20 30"
    assert redact_text("nummer 090652-9073") == "nummer <CPR>"
    assert redact_text("CPR-nummer 0906969949") == "CPR-nummer <CPR>"


def test_label_after_number_with_digits_between_does_not_apply():
    out = redact_text("Ordernummer 123456. Bel 0612345678 of 020-1234567")
    assert out == "Ordernummer 123456. Bel <PHONE> of <PHONE>"


def test_bracketed_area_code():
    assert redact_text("contact Sandy at (604)-822-2510 or") == "contact Sandy at <PHONE> or"
    assert redact_text("Jan (044-8744447) belt") == "<NAME> (<PHONE>) belt"  # a common first name is a name


def test_two_numbers_in_one_run_are_split():
    assert redact_text("order 1002345 0612345678") == "order 1002345 <PHONE>"


# ------------------------------------------------------------------ names


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Beste Anna,\nwaar is mijn pakket?", "Beste <NAME>,\nwaar is mijn pakket?"),
        ("Hej Mette! Tak", "Hej <NAME>! Tak"),
        ("Dear John Smith,", "Dear <NAME>,"),
        ("Geachte mevrouw De Vries,", "Geachte mevrouw <NAME>,"),
        ("Groet, Pieter de Vries", "Groet, <NAME>"),
        ("Mvh\nLars Nielsen\nKundeservice", "Mvh\n<NAME>\nKundeservice"),
        ("Kind regards,\n\nJ. van der Berg", "Kind regards,\n\n<NAME>"),
        ("Ok. Thanks, Rachel", "Ok. Thanks, <NAME>"),
        ("jeg hedder Ahmad og har et spørgsmål", "jeg hedder <NAME> og har et spørgsmål"),
        ("Van: Pieter de Vries\nOnderwerp: levering", "Van: <NAME>\nOnderwerp: levering"),
        ("Vriendelijke groeten, Jan-Willem van 't Hoff", "Vriendelijke groeten, <NAME>"),
        ("Ring til min mand Søren i morgen", "Ring til min mand <NAME> i morgen"),
        ("placed by my wife Sarah.", "placed by my wife <NAME>."),
        ("To: John S. Greene\nAbout John Greene", "To: <NAME>\nAbout <NAME>"),
    ],
)
def test_context_names(text: str, expected: str):
    assert redact_text(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Beste klantenservice, waar is mijn pakket?",
        "Hallo allemaal",
        "Hi there, Is this in stock?",
        "Dear Sir or Madam,",
        "Met vriendelijke groet,\nKlantenservice",
        "Hej med dig",
        "de beste Samsung telefoon",  # "beste" mid-sentence is an adjective
        "Thanks. The parcel arrived",
        "mijn man heeft gebeld",  # a relation word without a capitalised name after it
        "Het adres is mij niet bekend",
        "I live at home with 2 kids",
        "Hallo! Welkom bij Nordhus op WhatsApp.",
        "Dear Google Apps Sync user, Google Apps Sync was updated",  # "!" ends the greeting: a new sentence follows
        "Goedemiddag, u spreekt met Nordhus klantenservice.",  # a company, followed by an organisation word
    ],
)
def test_non_names_survive(text: str):
    assert redact_text(text) == text


def test_known_names_full_and_capitalised_parts():
    # (a surname that is also a word: common surnames such as "jensen" are names in any case, see below)
    out = redact_text("Anna Storm wrote; later Anna said storm is a storm-like mark", names=["Storm, Anna"])
    assert out == "<NAME> wrote; later <NAME> said storm is a storm-like mark"


def test_known_names_skip_short_parts_and_particles():
    out = redact_text("Pieter zegt: de wolf, Van Gogh en Wolf", names=["Pieter de Wolf", "Bo Li"])
    assert out == "<NAME> zegt: de wolf, Van Gogh en <NAME>"
    assert redact_text("Bo Li is here, Bo and Li", names=["Bo Li"]) == "<NAME> is here, Bo and Li"


def test_known_names_skip_companies_and_use_address_local_part():
    names = ["Coolblue Klantenservice", "no-reply@shop.example", "mette.holm@example.dk"]
    out = redact_text("Coolblue says: Mette Holm ordered via example.dk", names=names)
    assert out == "Coolblue says: <NAME> ordered via example.dk"


def test_name_found_in_greeting_is_redacted_elsewhere_too():
    assert redact_text("Hoi Sanne,\nSanne vroeg het ook.") == "Hoi <NAME>,\n<NAME> vroeg het ook."


def test_display_name_before_email():
    out = redact_text('"Pieter de Vries" <pieter@example.nl> schreef: Pieter')
    assert "Pieter" not in out and "<EMAIL>" in out


# ------------------------------------------------------------------ options


def test_extra_patterns_replace_with_upper_cased_name():
    r = Redactor(extra_patterns={"klantnr": r"KL-\d{6}", "ZAAK": r"Z\d{4}"})
    assert r.redact("klant KL-123456, zaak Z1234, bel 0612345678") == "klant <KLANTNR>, zaak <ZAAK>, bel <PHONE>"


def test_invalid_extra_pattern_is_usage_error_naming_the_pattern():
    with pytest.raises(UsageError, match="CUSTOMER") as info:
        Redactor(extra_patterns={"CUSTOMER": r"KL-(\d+"})
    assert "KL-(" not in str(info.value)
    with pytest.raises(UsageError, match="EMPTY"):
        Redactor(extra_patterns={"EMPTY": r"x*"})
    with pytest.raises(UsageError):
        Redactor(extra_patterns={"bad name": r"x"})


def test_types_limit_what_is_redacted():
    r = Redactor(types=["EMAIL", "<name>"])
    assert r.redact("Hoi Anna, mail a@b.nl of bel 0612345678") == "Hoi <NAME>, mail <EMAIL> of bel 0612345678"
    with pytest.raises(UsageError, match="SSN"):
        Redactor(types=["SSN"])


def test_placeholders_are_stable_and_not_reredacted():
    assert len(PLACEHOLDERS) == 15
    text = "mail a@b.nl, bel 0612345678, Groet, Anna"
    once = redact_text(text)
    assert redact_text(once) == once


def test_empty_and_plain_text_unchanged():
    assert redact_text("") == ""
    plain = "Waar blijft mijn pakket? Ik wacht al een week."
    assert redact_text(plain) is plain or redact_text(plain) == plain


def test_pathological_inputs_stay_fast():
    inputs = ["1 " * 5000 + "x", "a" * 20000, "Aaaa " * 5000 + "12", "x." * 5000 + "@", "Beste " + "Anna " * 5000]
    t0 = time.perf_counter()
    for text in inputs:
        redact_text(text)
    assert time.perf_counter() - t0 < 5.0


# ---- issue 14: misses and over-redaction found on realistic calls and chats (each failed before the fix)

@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Goedemiddag, eh, met Jeroen Smit, ik bel over mijn bestelling", ["Jeroen", "Smit"]),
        ("Hallo, met Henk Jansen.", ["Henk", "Jansen"]),
        ("Hej, det er Mette Kjær, jeg ringer om min ordre", ["Mette", "Kjær"]),
        ("Hi, this is John Thompson calling about my order", ["John", "Thompson"]),
        ("Graag overmaken t.n.v. J. Visser", ["Visser"]),
        ("Op naam van? M. de Groot-Verhoeven", ["Groot-Verhoeven"]),
        ("it's under the name Sarah O'Neill", ["Sarah", "O'Neill"]),
        ("den står i navnet Søren Østergaard-Nielsen", ["Søren", "Østergaard-Nielsen"]),
    ],
)
def test_self_introductions_and_account_names_are_redacted(text, gone):
    out = redact_text(text)
    for part in gone:
        assert part not in out
    assert "<NAME>" in out


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Hauptstraße 12, 10115 Berlin", ["Hauptstraße 12", "10115"]),
        ("I live at 3 Rue de la Gare, 75010 Paris", ["Rue de la Gare", "75010"]),
        ("Send it to Niels Finsens gøta 7, FO-100 Tórshavn", ["Finsens gøta 7", "FO-100"]),
        ("Adressen er Aqqusinersuaq 16, 3900 Nuuk", ["Aqqusinersuaq 16", "3900"]),
        ("Ik woon op Kerkstraat 12bis in Utrecht", ["Kerkstraat", "12bis"]),
        ("Het adres is Dorpsweg 5-hs, 1234 AB Amsterdam", ["Dorpsweg", "5-hs", "-hs"]),
    ],
)
def test_foreign_addresses_and_house_number_suffixes_are_redacted(text, gone):
    out = redact_text(text)
    for part in gone:
        assert part not in out, out


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("my email is john dot thompson at outlook dot com thanks", ["john", "thompson", "outlook"]),
        ("mijn mail is jan punt de vries apenstaartje gmail punt com", ["jan", "vries", "gmail"]),
        ("min mail er mette snabel-a mail punkt dk", ["mette"]),
    ],
)
def test_spelled_out_email_addresses_are_redacted_whole(text, gone):
    out = redact_text(text)
    assert "<EMAIL>" in out
    for part in gone:
        assert part not in out, out


@pytest.mark.parametrize(
    "text",
    [
        "Ordrenummer DK-2026-004417 er ikke kommet",
        "Gift card 4000 1234 5678 9011 doesn't work",
        "my card number is 4000 1234 5678 9011 but it fails",
        "voucher 1234567812345678 werkt niet",
    ],
)
def test_order_ids_and_numbers_failing_luhn_are_kept(text):
    assert redact_text(text) == text


def test_valid_card_with_label_is_still_redacted():
    assert redact_text("kaartnummer 4111 1111 1111 1111") == "kaartnummer <CARD>"


@pytest.mark.parametrize(
    "text",
    ["Ik betaal met Visa", "Hallo, met wie spreek ik?", "Hi, this is my second email", "this is Bol.com support"],
)
def test_call_introductions_do_not_take_ordinary_words(text):
    assert "<NAME>" not in redact_text(text)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("goedemiddag eh met jeroen smit ik bel over mijn bestelling", ["jeroen", "smit"]),
        ("hej det er mette kjær jeg ringer om min ordre", ["mette", "kjær"]),
        ("hi this is john thompson calling about my order", ["john", "thompson"]),
        ("hoi anna, is mijn pakket al onderweg?", ["anna"]),
        ("hej jeg hedder søren østergaard", ["søren", "østergaard"]),
        ("goedemorgen, met mevrouw jansen", ["jansen"]),
    ],
)
def test_lower_case_names_after_introductions_in_transcripts(text, gone):
    out = redact_text(text)
    for part in gone:
        assert part not in out, out


@pytest.mark.parametrize(
    "text", ["hi this is about my order", "ik betaal met ideal", "det er min ordre", "met de bus naar huis"]
)
def test_lower_case_words_after_cues_are_not_names(text):
    assert redact_text(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mijn geboortedatum is 12-03-1985", "mijn geboortedatum is <BIRTHDATE>"),
        ("født 3. juni 1990 i Aarhus", "født <BIRTHDATE> i Aarhus"),
        ("date of birth is March 3, 1979", "date of birth is <BIRTHDATE>"),
        ("kenteken 12-ABC-3 rijdt niet", "kenteken <PLATE> rijdt niet"),
        ("my reg is AB12 CDE", "my reg is <PLATE>"),
        ("nummerplade AB 12 345", "nummerplade <PLATE>"),
        ("log in from 203.0.113.20 failed", "log in from <IP> failed"),
        ("the router is 192.168.1.1.", "the router is 192.168.1.1."),  # a private address names no person
        ("static IP (198.51.100.88) since May.", "static IP (<IP>) since May."),
        ("bezorgd op 12-03-2026, model SM-S918B, order NL-88213", "bezorgd op 12-03-2026, model SM-S918B, order NL-88213"),
    ],
)
def test_birth_dates_plates_and_ip_addresses(text, expected):
    assert redact_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("geboortedatum? Dat is 12-03-1985 hoor", "geboortedatum? Dat is <BIRTHDATE> hoor"),
        ("born on the 3rd of June 1990", "born on the <BIRTHDATE>"),
        ("postnummer 2100 København", "postnummer <POSTCODE> København"),
        ("my post code is SW1A 1AA", "my post code is <POSTCODE>"),
        ("NI number AB 12 34 56 C", "NI number <NATIONAL_ID>"),
        ("my passport number is X1234567", "my passport number is <NATIONAL_ID>"),
        ("ipv6 2001:db8::1 blocked at 12:30:45", "ipv6 <IP> blocked at 12:30:45"),
        ("kennzeichen B-AB 1234", "kennzeichen <PLATE>"),
        ("Avenue Louise 54, 1050 Bruxelles", "<ADDRESS>, <POSTCODE> Bruxelles"),
        ("Storgata 5, 0155 Oslo", "<ADDRESS>, <POSTCODE> Oslo"),
        ("Gisteren belde Jeroen Smit over zijn order", "Gisteren belde <NAME> over zijn order"),
        ("Kan mevrouw Jansen mij terugbellen?", "Kan mevrouw <NAME> mij terugbellen?"),
        ("Ik heb met Lotte van der Berg gesproken", "Ik heb met <NAME> gesproken"),
        ("delivered 3 Jan 2026, flight KL1234, SK 925, POL-2026-118273", "delivered 3 Jan 2026, flight KL1234, SK 925, POL-2026-118273"),
        ("Anders gezegd: dan bent u te laat", "Anders gezegd: dan bent u te laat"),
    ],
)
def test_more_kinds_of_personal_data(text, expected):
    assert redact_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name found in lower case comes back in lower case
        ("goedemiddag met jeroen smit ja klopt helemaal smit met een t",
         "goedemiddag met <NAME> ja klopt helemaal <NAME> met een t"),
        # a title before a lower-case surname, anywhere
        ("dank u wel meneer de groot", "dank u wel meneer <NAME>"),
        ("tak for det fru østergaard", "tak for det fru <NAME>"),
        ("thanks mrs o'brien bye", "thanks mrs <NAME> bye"),
        # spelled letter by letter
        ("dat is s m i t met een t", "dat is <NAME> met een t"),
        ("it's j-e-n-s-e-n", "it's <NAME>"),
        # a whole date more than 16 years back
        ("ja dat is 17 maart 1982 en de postcode", "ja dat is <BIRTHDATE> en de postcode"),
        ("she was born 03/04/1979", "she was born <BIRTHDATE>"),
        # a common first name after a relation
        ("ja mijn vrouw anna heeft gebeld", "ja mijn vrouw <NAME> heeft gebeld"),
        ("min søn mads har ringet", "min søn <NAME> har ringet"),
    ],
)
def test_lower_case_repeats_titles_spelling_and_old_dates(text, expected):
    assert redact_text(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "ms teams werkt niet en de hr afdeling ook niet",  # titles that are other words without their dot
        "miss the bus", "meneer ik bel over mijn order", "d.w.z. a.s.a.p. n.v.t.", "keuze a, b of c",
        "levering op 12-05-2026, factuur van 3 juni 2025", "firmware versie 1.2.2003",
        "ring 20 12 45 67",  # a Danish phone number is no date, and stays a phone number
        "my wife called yesterday", "mijn man heeft het pakket",
    ],
)
def test_no_names_or_birth_dates_in_look_alikes(text):
    out = redact_text(text)
    assert "<NAME>" not in out and "<BIRTHDATE>" not in out, out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ja klopt jansen met een s", "ja klopt <NAME> met een s"),  # any case, anywhere
        ("u spreekt met sanne de vries", "u spreekt met <NAME>"),  # a particle name as a phrase
        ("hej det er jens jensen", "hej det er <NAME>"),  # with the first name before it
        ("Mrs Patel called about the delivery", "Mrs <NAME> called about the delivery"),
        ("Groeten, Henk Bakker", "Groeten, <NAME>"),  # a word-like surname when capitalised
    ],
)
def test_common_surnames_wherever_they_stand(text, expected):
    assert redact_text(text) == expected


@pytest.mark.parametrize(
    "text",
    ["bij de bakker om de hoek", "nissen kommer til jul", "the bakery on the corner", "I went to Jensens Bøfhus",
     "visit jansen.nl for the manual"],
)
def test_surnames_that_are_words_or_addresses_are_kept_in_lower_case(text):
    assert "<NAME>" not in redact_text(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("rijksregisternummer 85.07.30-033.28 graag", "rijksregisternummer <NATIONAL_ID> graag"),  # check digits
        ("nummer: 85.07.30-033.28", "nummer: <NATIONAL_ID>"),  # the shape and the check, without a label
        ("rijksregisternummer: 85.07.30-033.29", "rijksregisternummer: <NATIONAL_ID>"),  # the label, whole
        ("my pps is 1234567T thanks", "my pps is <NATIONAL_ID> thanks"),
        ("ref 1234567FA", "ref <NATIONAL_ID>"),  # a valid PPS number, whatever the label
        ("my PPSN is 7654321 X", "my PPSN is <NATIONAL_ID>"),
    ],
)
def test_belgian_and_irish_national_numbers(text, expected):
    assert redact_text(text) == expected


@pytest.mark.parametrize("text", ["order 1234567B shipped", "invoice 12.34.56-789.01", "the apps are slow"])
def test_codes_that_fail_the_national_number_checks_are_kept(text):
    assert redact_text(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ik woon op de kerkstraat 12 in utrecht", "ik woon op de <ADDRESS> in utrecht"),
        ("adressen er vestergade 12 2 th", "adressen er <ADDRESS>"),
        ("i live at 12 church street in leeds", "i live at <ADDRESS> in leeds"),
        ("it is flat 3 14 high road", "it is <ADDRESS>"),
    ],
)
def test_streets_in_lower_case_transcripts(text, expected):
    assert redact_text(text) == expected


@pytest.mark.parametrize(
    "text",
    ["het pakket is onderweg 2 pakketten later", "parkeringsplads 3 er ledig", "we have 3 lanes open",
     "Bel de kerkstraat 12 keer"],  # the last has a capital: lower-case streets count only in lower-case texts
)
def test_lower_case_street_look_alikes_are_kept(text):
    assert "<ADDRESS>" not in redact_text(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("ja de postcode is 2511 cv en", "ja de postcode is <POSTCODE> en"), ("it is sw1a 1aa yeah", "it is <POSTCODE> yeah")],
)
def test_postcodes_in_lower_case_transcripts(text, expected):
    assert redact_text(text) == expected


@pytest.mark.parametrize("text", ["dat kost 1500 en de rest", "kom om 3 pm", "een schijf van 1024 gb"])
def test_lower_case_postcode_look_alikes_are_kept(text):
    assert "<POSTCODE>" not in redact_text(text)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Please ship it to 88 N Lakeshore Dr, Madison, WI 53703.", ["Lakeshore", "53703"]),
        ("Our place is 615 Cedar Hollow Ave S, Tulsa, Oklahoma 74105 - thanks", ["Cedar Hollow", "74105"]),
        ("It's Unit 2, 9 Wattle Street, Manly, NSW 2095.", ["Wattle Street", "2095"]),
        ("The house is 4 Harbour View Rise, Cobh, Co. Cork P24 X7KD", ["Harbour View Rise", "P24 X7KD"]),
        ("Send it to 31 Maple Crescent, Ottawa, ON K1S 3N4 please", ["Maple Crescent", "K1S 3N4"]),
        ("Hun bor nu på Skovbrynet 19, 2. tv. i Odense", ["Skovbrynet 19"]),
        ("Ny adresse: Nordlyset 6, lejlighed 12, 3920 Qaqortoq", ["Nordlyset 6", "3920"]),
        ("Mój adres to ul. Lipowa 22/5, 31-514 Kraków", ["Lipowa 22", "31-514"]),
        ("Ik woon op de Sint-Jansvliet 40 bus 2 in 2000 Antwerpen", ["Sint-Jansvliet 40", "2000"]),
        ("Met vriendelijke groet,\nMarlies Oosting\nBeukenhorst 57\n7811 KL Emmen", ["Beukenhorst 57"]),
        ("Vi har Gøtugøta 3, 510 Gøta. Nej, det er Gøtugøta 33.", ["Gøtugøta 3", "Gøtugøta 33"]),
        ("ja da's de lindestraat achtenveertig in 8800 roeselare", ["lindestraat achtenveertig", "8800"]),
    ],
)
def test_addresses_by_their_local_forms(text, gone):
    _assert_gone(text, gone)


@pytest.mark.parametrize(
    "text",
    [
        "ik wil eerst twee dingen vragen",  # "eerst" is no street ending in "st"
        "de pinkode blev spærret efter tre forsøg",
        "we parked on level 2 car park and walked 3 mile trail",
        "In 2019 Heb ik het al gemeld",  # a year after "in", and no address before it
        "Order CA-2291-K1S and model K1S3N4X",
        "Lindelaan en Møllevej liggen naast elkaar",  # a street without a number says nothing about a person
    ],
)
def test_address_rules_keep_look_alikes(text):
    assert redact_text(text) == text


def test_post_office_box_above_a_postcode_is_no_street():
    assert redact_text("Postbus 411\n2300 AB Leiden").startswith("Postbus 411\n")


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Agent: Hi Dwayne! Sorry to hear that.", ["Dwayne"]),
        ("[09:14] Medewerker: Dank je, Robin. Ik zie de betaling.", ["Robin"]),
        ("Caller: It's about my dad, Roger Pemberton. He moved.", ["Roger", "Pemberton"]),
        ("Kunde: Det drejer sig om hendes søn, Storm.", ["Storm"]),
        ("Rep: What is the policyholder's full name?\nCustomer: Thi Lan Pham\nRep: Thanks", ["Thi Lan Pham"]),
        ("Gisteren belde Roger Jansen ons terug.", ["Roger", "Jansen"]),  # a first name that is also a word
    ],
)
def test_names_after_labels_relations_and_name_questions(text, gone):
    _assert_gone(text, gone)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Agent: Goedemiddag, Polderzorg Verzekeringen, u spreekt met Anouk.", "Polderzorg Verzekeringen"),
        ("Hello, BrightWave Support, you're speaking with Tom.", "BrightWave Support"),
        ("Subject: Hi there", "Hi there"),
        ("Ik heb gebeld met Klantenservice Noord", "Klantenservice Noord"),
    ],
)
def test_companies_in_greetings_are_kept(text, kept):
    assert kept in redact_text(text)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("brightline repairs this is shannon\nhi there my boiler is broken", ["shannon"]),
        ("autohuis goedemiddag met rob\nja goedemiddag ik bel over mijn auto", ["rob"]),
        ("hej det er line vestergaard jeg ringer om min regning", ["line", "vestergaard"]),
        ("membership team ben speaking\nhi i want to cancel", ["ben"]),
        ("Agent: Mag ik uw naam en telefoonnummer?\nKlant: Gert-Jan Wolters 06 12345678", ["Gert-Jan", "Wolters"]),
        ("Can I have her name and date of birth?\nCaller: Musa Ali, 12/06/2015", ["Musa", "Ali"]),
        ("And the account holder name?\nCustomer: Cian Ó Flaherty", ["Cian", "Flaherty"]),
    ],
)
def test_first_names_that_are_words_and_answers_to_name_and_more(text, gone):
    _assert_gone(text, gone)


@pytest.mark.parametrize(
    "text",
    [
        "det er fint\nja tak",
        "if this goes on i will sue her",
        "Mag ik uw naam en adres?\nKlant: Ja hoor, dat is goed",
        "What is your name and how can I help?\nCustomer: My internet is down",
        "may i help you with anything else",
    ],
)
def test_word_names_and_name_questions_leave_plain_words(text):
    assert redact_text(text) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Customer: I moved to Leeds, ls6 2ab is the new one.", ["ls6 2ab"]),  # lower case in a written chat
        ("Customer: Yes. It's t12 x4kp, Ballinlough. Thanks!", ["t12 x4kp"]),
        ("It's 9/31 Acacia Street, Carlton VIC 3053.", ["31 Acacia Street", "3053"]),
        ("Please deliver to Flat 6, Morland Court. Thanks!", ["Morland Court"]),
        ("og adressen er søndre allé 14 2 tv ja", ["søndre allé 14"]),
        ("het nieuwe adres is lange kaai 8 bus 2 in 2060 antwerpen", ["lange kaai 8", "2060"]),
    ],
)
def test_lower_case_postcodes_units_buildings_and_two_word_streets(text, gone):
    _assert_gone(text, gone)


@pytest.mark.parametrize(
    "text",
    [
        "we wonen op de laan 12 jaar",
        "Ik woon op de Kerkstraat sinds 2019 en heb het huis in 2019 gekocht",
        "order ab12 and version v2 3pm",
    ],
)
def test_postcode_and_street_rules_keep_years_and_codes(text):
    assert redact_text(text) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Agent: Sorry about that. I'm Poppy from ParcelPal. What's the new address?", ["Poppy"]),
        ("Klant: stuur het naar mijn zus. ik ben Sigrún Aðalsteinsdóttir, tel 06 12345678", ["Sigrún"]),
        ("customer: ok send it to my cousin. im torunn haugland thanks", ["torunn", "haugland"]),
    ],
)
def test_names_after_i_am(text, gone):
    _assert_gone(text, gone)


@pytest.mark.parametrize("text", ["I'm Dutch and I'm Sorry", "im realy upset about this", "I'm Back from holiday",
                                  "ik ben blij met de hulp"])
def test_i_am_before_plain_words(text):
    assert redact_text(text) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Må jeg få dit cpr-nummer?\nKunde: Ja, det er fireogtyve nul tre enoghalvfems, fem otte to ni.\nRådgiver: Tak.",
         ["fireogtyve nul tre enoghalvfems"]),
        ("hvad er dit mobilnummer\ndet er fire et syv otte to nul ni seks\ntak", ["fire et syv otte to nul ni seks"]),
        ("can I have the last four of your social?\nCustomer: Six two zero nine.\nRep: Thanks", ["Six two zero nine"]),
        ("Can you give me your TFN?\nMember: It's 523 118 904.\nConsultant: Thank you.", ["523 118 904"]),
        ("What's the best number to reach you?\nCustomer: (312) 555-0177.", ["555-0177"]),
        ("the other driver gave me his number, 604-555-0129. Agent: ok", ["604-555-0129"]),
        ("een kopie van mijn paspoort (nummer BX7K22LP1) en rijbewijs (nr. 5512093318).", ["BX7K22LP1", "5512093318"]),
        ("- Mads Holm, pas nr. 208331745", ["208331745"]),
        ("Her licence is K4411-20387-61520. Agent: thanks", ["K4411-20387-61520"]),
    ],
)
def test_ids_and_phones_said_in_words_or_after_their_labels(text, gone):
    _assert_gone(text, gone)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("de pas is 3 dagen geldig", "3 dagen"),
        ("zending 3SSNB0091183270 nog niet bezorgd", "3SSNB0091183270"),
        ("nummerplaat 1-KPL-634, 142.300 km", "142.300 km"),
        ("What about the social?\nAgent: the social event is on 12 May", "12 May"),
    ],
)
def test_id_labels_keep_ordinary_words_and_codes(text, kept):
    assert kept in redact_text(text)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Agent: Thanks for calling Brightwell Credit Union, this is Tashonda, can I get your name?", ["Tashonda"]),
        ("Hi Orla, it's Gráinne O'Donoghue. I'm calling about the subsidy.", ["Gráinne", "O'Donoghue"]),
        ("Operator: Goeiendag, Lumen Telecom, ge spreekt met Joke, waarmee kan ik u helpen?", ["Joke"]),
        ("Sinds het overlijden van mijn echtgenoot, Rob Lammers, is ons inkomen gedaald.", ["Rob", "Lammers"]),
        ("Mag ik uw achternaam nog even gespeld?\n- B-O-U-Z-I-D.\n- En uw adres?", ["B-O-U-Z-I-D"]),
        ("Dyrlæge Anders Friis er på vagt i aften.", ["Anders", "Friis"]),
        ("Caller: We're at Flat 2, 14 Cuba Street, Te Aro, Wellington 6011 now.", ["6011"]),
        ("Agent: Og adressen er Gudrunsvej 40, 3. th.?\nKunde: Ja, 8220 Brabrand.", ["8220"]),
    ],
)
def test_intros_in_written_text_spelling_and_postcodes_after_towns(text, gone):
    _assert_gone(text, gone)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("I paid, it's Netflix.", "Netflix"),
        ("Goedemiddag, met Voltana Energie, waarmee kan ik helpen?", "Voltana Energie"),
        ("I live at 12 Baker Street, London 2019 was great", "2019"),
        ("zie d.w.z. ook de bijlage", "d.w.z."),
    ],
)
def test_intros_and_postcode_rules_keep_brands_years_and_abbreviations(text, kept):
    assert kept in redact_text(text)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Her name is Ingrid Solberg, she is the account holder.", ["Ingrid", "Solberg"]),
        ("Hendes navn er Sofie Brandt.", ["Sofie", "Brandt"]),
        ("Zijn naam is Thijs Verbeke.", ["Thijs", "Verbeke"]),
        ("De monteur, Karel Dekker, komt dinsdag langs.", ["Karel", "Dekker"]),
        ("Vores vicevært, Bent, ringer i morgen.", ["Bent"]),
        ("Your late husband, Gerald Fisher, was the policyholder.", ["Gerald", "Fisher"]),
        ("Hij heet Pieter, Pieter Van Damme, en woont in Gent.", ["Pieter", "Damme"]),
        ("Klantendienst – Femke: Dag, waarmee kan ik helpen?", ["Femke"]),
        ("Jesper (Support): Hi there", ["Jesper"]),
        ("Passagiers: Tavita, 14-03-1988.", ["Tavita"]),
        ("Ik ben de vader van Thijs, uit groep 5.", ["Thijs"]),
        ("Ravi Sharma, he signed for the parcel.", ["Ravi", "Sharma"]),
    ],
)
def test_names_in_apposition_labels_and_before_ids(text, gone):
    _assert_gone(text, gone)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("mijn vriendin @lotte_vd_berg had hetzelfde", ["lotte_vd_berg"]),
        ("@sandermeijer: waar blijft mijn pakket?", ["sandermeijer"]),
        ("[20:11] NightOwl_77: my account is locked", ["NightOwl_77"]),
        ("Mijn gebruikersnaam op de site is pietje88, graag snel hulp.", ["pietje88"]),
        ("his gamertag is xShadowWolfx", ["xShadowWolfx"]),
        ("og i appen hedder du rasmus_k?\nJa, det er mig.", ["rasmus_k"]),
    ],
)
def test_user_handles_without_and_after_cues(text, gone):
    _assert_gone(text, gone)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Thanks @SkyLineTrains, and @fietsenwinkel_nl too", "@SkyLineTrains"),
        ("Thanks @SkyLineTrains, and @fietsenwinkel_nl too", "@fietsenwinkel_nl"),
        ("Volg ons op @velo.utrecht voor updates", "@velo.utrecht"),
        ("Uw account bij ons is AB-220190 geregistreerd.", "AB-220190"),
        ("Your login for MijnPortaal stays the same.", "MijnPortaal"),
        ("The driver, Tuesday, said nothing.", "Tuesday"),
        ("De monteur, Vaillant-gecertificeerd, komt.", "Vaillant-gecertificeerd"),
        ("Status (Open): waiting", "Open"),
        ("Medarbejder (Telenord): Hej", "Telenord"),
        ("Hotel Savoy, he said, was full.", "Savoy"),
    ],
)
def test_handle_and_apposition_rules_keep_companies_codes_and_days(text, kept):
    assert kept in redact_text(text)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("min bil står på p-pladsen, den har nummerplade CX 48 213", ["CX 48 213"]),
        ("Parkeringen blev registreret på BK 22 918 kl. 14.", ["BK 22 918"]),
        ("A van (reg 09-D-41877) hit my car.", ["09-D-41877"]),
        ("Kinderen: Mila (03-05-2016) en Daan (11-11-2019).", ["03-05-2016", "11-11-2019"]),
        ("Mijn man, Koen Bakker, 4 april 1979.", ["4 april 1979"]),
        ("Født: 01.02.1980 og 28. august 2015", ["28. august 2015"]),
        ("Pasnummers: Jonas 209845317, Ida 211073652", ["209845317", "211073652"]),
        ("I need the passport details. Mine is PX4821937.", ["PX4821937"]),
    ],
)
def test_plates_birth_dates_and_passports_by_shape_and_context(text, gone):
    _assert_gone(text, gone)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Reservation AH 55 210 is confirmed.", "AH 55 210"),
        ("Koden er TL 33 908.", "TL 33 908"),
        ("Hi Tom, 12/06/2026 is your appointment.", "12/06/2026"),
        ("Ordernummer 209845317 is verzonden.", "209845317"),
    ],
)
def test_shape_rules_keep_codes_orders_and_recent_dates(text, kept):
    assert kept in redact_text(text)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Delivery address:\nThe Old Forge, 5 Church Lane\nLittle Ouseburn\nYO26 9TS", ["The Old Forge"]),
        ("We live at Hazelbank Cottage, Mill Road, Ashby.", ["Hazelbank Cottage"]),
        ("Site address: Carrigmore, 14 Glenview Park, Co. Cork", ["Carrigmore"]),
        ("Send it to 40A Heol y Felin, Swansea please", ["40A Heol y Felin"]),
        ("My address is 4 Ard na Gréine, Galway.", ["4 Ard na Gréine"]),
        ("La mia casa: Via dei Serragli 41, Firenze", ["Via dei Serragli 41"]),
        ("Address: 7 The Paddocks, Clonee", ["7 The Paddocks"]),
    ],
)
def test_house_names_and_streets_whose_type_comes_first(text, gone):
    _assert_gone(text, gone)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Date: Sun, 9 Mar 2025 at 18:22", "Sun, 9 Mar 2025"),
        ("Customer: Marlowe House, block C", "Marlowe House"),
        ("Property: Swaledale Barn (ref DCH-114)", "Swaledale Barn"),
        ("It was sent via DHL 12 days ago", "DHL 12"),
        ("I have 3 shades of green in stock", "3 shades of green"),
    ],
)
def test_house_and_street_rules_keep_dates_buildings_and_carriers(text, kept):
    assert kept in redact_text(text)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Hoogachtend,\ndrs. W.F. van Rijswijk", ["Rijswijk"]),
        ("Betaald door M. Dunne via de app.", ["Dunne"]),
        ("i want to cancel. account name Kimberley Ashworth, dob 1990", ["Kimberley", "Ashworth"]),
        ("naam op de bel is Vandenberghe", ["Vandenberghe"]),
        ("My details:\nPenelope Carrington-Hughes\n12 Rose Street\nLondon", ["Penelope", "Carrington"]),
        ("Met groet,\nJolien Wagenaar", ["Jolien", "Wagenaar"]),
        ("Med vennlig hilsen\nEirik Haugland", ["Eirik", "Haugland"]),
        ("nordsø bank det er anne-mette hej det er mig", ["anne-mette"]),
        ("Your crew (a younger lad called Stevie) saw it.", ["Stevie"]),
    ],
)
def test_initials_name_fields_address_blocks_and_sign_offs(text, gone):
    _assert_gone(text, gone)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("P.S. Thanks for your help", "P.S. Thanks"),
        ("ref HHO-2291-B. Checkout now Monday", "HHO-2291-B. Checkout"),
        ("The U.S. Army base", "U.S. Army"),
        ("Brand name Samsung is fine", "Samsung"),
        ("met de klantenservice hallo", "klantenservice"),
        ("The message was received at Thu, 1 Mar 2012 01:23:47", "Thu"),
        ("Filter2: This message has been scanned", "Filter2"),
        ("On peut faire le J.T. Qu'est-ce qu'on attend?", "Qu'est-ce"),
    ],
)
def test_initials_and_name_field_rules_keep_abbreviations_codes_and_brands(text, kept):
    assert kept in redact_text(text)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Leveringsadresse:\nSkovvej 12, Tved\n6000 Kolding", ["6000"]),
        ("Ik woon op de Kerkstraat 4, 1e verdieping, 9000 Gent.", ["9000"]),
        ("det er skovvej 7 i ribe 6760 ja", ["6760"]),
        ("Send it to PO Box 118, Stornoway.", ["PO Box 118"]),
        ("Please pay into BSB 062-914, account 1048 3327.", ["1048 3327"]),
        ("Can it come out of my account? 12-3191-0458823-00, it's with ASB.", ["12-3191-0458823-00"]),
        ("Your account, 76-54-36 38186542, is safe.", ["38186542"]),
        ("het nieuwe nummer is nl 91 abna 0417 1643 00 graag", ["0417 1643 00"]),
    ],
)
def test_postcodes_near_addresses_po_boxes_and_account_forms(text, gone):
    _assert_gone(text, gone)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("We moved to Kerkstraat 4 in 2019 and love it", "2019"),
        ("order nl 12 abcd 1234 5678 90 is not an iban", "nl 12 abcd 1234 5678 90"),
        ("Invoice 20-24-11 was paid", "20-24-11"),
    ],
)
def test_postcode_and_account_rules_keep_years_and_codes(text, kept):
    assert kept in redact_text(text)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("his number is plus 44 7700 900 781 thanks", ["7700 900 781"]),
        ("Speaker 2: It's 987-65-4325.", ["987-65-4325"]),
        ("ID 9503025823083, Soweto", ["9503025823083"]),
        ("Can I start with your IRD number?\nCaller: It's 536-855-537.", ["536-855-537"]),
        ("Min søster hedder Malik Berthelsen. Så skal jeg bruge Maliks cpr-nummer.", ["Malik"]),
        ("agent and the name on the tenancy\nkelly-ann brooks\nand your date of birth", ["kelly-ann", "brooks"]),
    ],
)
def test_ids_by_form_genitive_names_and_name_questions(text, gone):
    _assert_gone(text, gone)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("EAN 8712345678906 op voorraad", "8712345678906"),
        ("Policy 412-118-906 renews in May", "412-118-906"),
        ("add plus 2 more items", "plus 2 more"),
        ("Hi Mark, the marks on the table are from transport.", "marks"),
    ],
)
def test_id_form_and_genitive_rules_keep_eans_policies_and_words(text, kept):
    assert kept in redact_text(text)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("agent hvad er adressen\nkunde skovbrynet 9 st\nagent og postnummer", ["skovbrynet 9"]),
        ("agent: wat is het nieuwe adres\nklant: het is de kromme elleboog 12 in gouda", ["kromme elleboog 12"]),
        ("Send it to 27 Mātai Street, Ilam please.", ["27 Mātai Street"]),
    ],
)
def test_streets_given_as_the_answer_to_an_address_question(text, gone):
    _assert_gone(text, gone)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("agent wat is uw adres\nklant ik woon nu 3 jaar in utrecht", "ik woon nu 3 jaar"),
        ("Agent: What is your address?\nCaller: Order 12 was wrong", "Order 12"),
    ],
)
def test_street_answers_keep_plain_sentences(text, kept):
    assert kept in redact_text(text)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Agent: ParcelPoint customer care, this is Dan speaking.", ["Dan"]),
        ("it's 07700 900123 and her name's Denise", ["Denise"]),
        ("my flatmate Ollie might collect it, that ok?", ["Ollie"]),
        ("Dia dhuit Máire,\n\nPlease find the forms attached.", ["Máire"]),
        ("Child: Saoirse Kavanagh\nDate of birth: 12/03/2019", ["Saoirse", "Kavanagh"]),
    ],
)
def test_english_speakers_flatmates_irish_greetings_and_child_fields(text, gone):
    _assert_gone(text, gone)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Generally speaking, yes.", "Generally"),
        ("We have English speaking staff.", "English"),
        ("Operator: Kia ora, you're through to Inland Revenue.", "Inland Revenue"),
    ],
)
def test_speaker_rules_keep_adverbs_languages_and_companies(text, kept):
    assert kept in redact_text(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Het polisnummer is 2093 4471 8.", "2093 4471 8"),
        ("huurcontractnummer 0019-3345-77 toch?", "0019-3345-77"),
        ("CJIB-kenmerk 3018 4420 9917 6632. Het boetebedrag", "3018 4420 9917 6632"),
        ("På den gamle adresse har jeg målernummer 0221-4478-19.", "0221-4478-19"),
        ("Nordlook ApS · CVR 39 87 21 04", "39 87 21 04"),
        ("Client: the policy number is FP 2208 4471.", "2208 4471"),
        ("Welk bestelnummer?\n00:12 klant: 1042 7789 3310.", "1042 7789 3310"),
        ("two passengers to Cancún on flight SA 1187, departing", "SA 1187"),
    ],
)
def test_record_numbers_after_compound_and_english_labels_are_kept(text, kept):
    assert kept in redact_text(text)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("ik ben bereikbaar op mijn telefoonnummer waar we u kunnen bereiken 0032 471 23 45 67", "471 23 45 67"),
        ("mijn telnr is 0031 6 5590 2817 mocht er iets zijn", "5590 2817"),
        ("uw rekeningnummer dat is eh n l 91 a b n a 0417 1643 00 dank u", "0417 1643 00"),
        ("[18/03/25, 9:21 am] Priya: 5209 4617 0528", "5209 4617 0528"),
        ("mijn rekeningnummer is 4471 9022", "4471 9022"),
    ],
)
def test_personal_numbers_keep_their_labels_and_spelled_ibans(text, gone):
    _assert_gone(text, [gone])


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("De schade is volgens de aannemer (Bouwbedrijf Hendriks) ongeveer € 3.800.", "Bouwbedrijf Hendriks"),
        ("Du kan køre bilen til Autoværkstedet Jensen & Søn, som er vores samarbejdspartner.", "Jensen & Søn"),
        ("De werkzaamheden worden uitgevoerd door Van Dijk Onderhoud en starten maandag.", "Van Dijk Onderhoud"),
        ("min nye arbejdsgiver Jensen Rådgivning ApS skal overføre løn", "Jensen Rådgivning ApS"),
        ("REP: Great. The car is at Johnny's Towing in Scarborough.", "Johnny's Towing"),
        ("Agent: Good afternoon, Shamrock Health, you're speaking with Aoife, how can I help?", "Shamrock Health"),
        ("Receptionist: Good morning, Meanwood Health Centre, Tracey speaking.", "Meanwood Health Centre"),
        ("Destiny: yes my dog Murphy, 35 lbs, lab mix", "Murphy"),
        ("[Chatbot Kiki] Hoi! Ik ben Kiki, de digitale assistent.", "Ik ben Kiki"),
        ('hej! jeg bestilte vasen "Ingrid" i røgfarvet glas', "Ingrid"),
        ("Subject: Refund for order WS-2291-884 (Henry HVR160 vacuum)", "Henry HVR160"),
        ("Aan: klantenservice@bouwmaatnoord.nl\nOnderwerp: bestelling", "klantenservice@bouwmaatnoord.nl"),
        ("Van: Waterbedrijf Veluwezoom <noreply@wbveluwezoom.nl>", "Waterbedrijf Veluwezoom"),
        ("i see a claim c l m two zero two five zero three from doctor patel's office", "c l m two"),
        ("Patient: Oh hello, it's about my prescription.", "Oh hello"),
    ],
)
def test_firms_pets_bots_products_mailboxes_and_references_are_not_people(text, kept):
    assert kept in redact_text(text)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Vi har tid tirsdag hos dyrlæge Anna Mikkelsen. Passer det?", ["Anna", "Mikkelsen"]),
        ("bij tandarts Wildschut, en de machtiging", ["Wildschut"]),
        ('Kunde: ring på hos "Dahl & Krogh"', ["Dahl"]),
        ("agent: good afternoon harbour bank ciara speaking", ["ciara"]),
        ("My username is bookings@jennysbeautyroom.co.uk and the licence", ["bookings@"]),
        ("we have it as R-U-T-H-E seven oh six two three five", ["R-U-T-H-E"]),
        ("his plate is h h k l 482 and his number", ["h h k l"]),
        ("Hoi, met Mila de Boer. Ik bel over mijn stoel.", ["Mila"]),
    ],
)
def test_not_a_person_rules_leave_people_in_trades_doorbells_and_spelled_ids(text, gone):
    _assert_gone(text, gone)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Heeft u uw polisnummer bij de hand?\nJa, dat is AV 4471 0382.", "4471 0382"),
        ("Målernummeret er 6512 0048.", "6512 0048"),
        ("[fietsfreak_020] advertentie 1209448321, Gazelle Orange C7 voor €385.", "1209448321"),
        ("- Wat is het nieuwe kenteken?\n- G als Gerard, Z als Zaandam, vier één acht", "G als Gerard"),
    ],
)
def test_numbers_asked_for_on_the_line_before_and_spelling_alphabets_are_kept(text, kept):
    assert kept in redact_text(text)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Can I have a good number in case the driver needs you?\n[2:19 PM] Guest: (614) 555-0127", "555-0127"),
        ("Would you like to add a mobile for flight updates?\nGuest: 0491 570 313", "0491 570 313"),
        ("Doe ik. En uw gsm-nummer is nog 0486 33 71 12?", "0486 33 71 12"),
        ("Or A for Andrew Smith, that's the account holder.", "Andrew"),
    ],
)
def test_question_labels_keep_personal_numbers_personal(text, gone):
    _assert_gone(text, [gone])


def test_verhoeff_check_digits_match_the_published_examples():
    from cxmine.text.redact_checks import verhoeff_valid

    assert verhoeff_valid("2363") and verhoeff_valid("123451")  # the examples of Verhoeff's scheme
    assert not verhoeff_valid("2364") and not verhoeff_valid("123452")
    # every one-digit change of a valid number is caught
    assert not any(verhoeff_valid(f"12345{d}") for d in "023456789")


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("spreker 2 uh n l vijf negen a s n b vijf vier zes vier acht negen zes twee negen twee\nspreker 1 ok",
         ["vier acht negen zes"]),
        ("Noodnummer 06 54 12 39 87 (ik) of van mijn vrouw", ["54 12 39 87"]),
        ("agent: and your pan number\ncustomer: r e v p i eight four nine two a\nagent: thank you", ["eight four"]),
        ("agent: and your aadhaar number please\ncustomer: it is nine four seven nine two five eight seven eight"
         " seven six one\nagent: ok", ["six one"]),
        ("Customer: my Aadhaar is 5139 0128 5194", ["5139 0128 5194"]),
    ],
)
def test_spoken_ibans_emergency_numbers_and_indian_ids(text, gone):
    _assert_gone(text, gone)


def test_aadhaar_shape_needs_spaces_so_dotted_references_stay():
    assert "2025.0318.4471" in redact_text("Klant: naheffing 2025.0318.4471")


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Customer: Oh seven seven double oh, nine double oh, one two three.", ["seven seven double"]),
        ("tenant: oh one four one four nine six oh two two seven", ["one four one four"]),
        ("[Client] 870514 6872 086.", ["870514 6872 086"]),
        ("Tlf. 75 31 08\n\nUdbetaling til konto", ["75 31 08"]),
        ("så ring til min kone Anna på 29 81 40.", ["29 81 40"]),
        ("CUSTOMER: 4417 Southeast Belmont Street, Apartment 3B, Portland, 97215.", ["97215"]),
        ("Hvad er adressen?\nVibevej 9, 3. tv. i Odense NV. 5210.\nOg du er lejer der?", ["5210"]),
        ("Customer: Flat 302, Sai Krupa Apartments, 5th Cross, Indiranagar, Bengaluru 560038.", ["560038"]),
        ("Agent: And for security, your date of birth?\n00:21 CALLER: Fourth of July, 1988.\n00:25 AGENT: ok",
         ["Fourth of July"]),
        ("can i take your date of birth please\nthird of the ninth nineteen forty nine\nand the first line",
         ["third of the ninth"]),
        ("agent and the date of birth\ncustomer september ninth nineteen eighty seven\nagent thank you",
         ["september ninth"]),
    ],
)
def test_spoken_phones_sa_ids_short_phones_closing_postcodes_and_spoken_birth_dates(text, gone):
    _assert_gone(text, gone)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("oh that is one two three four", "one two three four"),
        ("I live at 12 Main Street since 2019.", "2019"),
        ("I paid 12 Main Street costs 2500.", "2500"),
        ("Lejer: order 12 34 56, tak", "12 34 56"),
        ("I moved out of 9 Cranbrook Avenue, YO10 5LQ on 28 June and gave a closing reading of 45102.", "45102"),
    ],
)
def test_new_number_rules_keep_short_counts_years_amounts_and_readings(text, kept):
    assert kept in redact_text(text)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Spreker B: Ja, het is 09.06.14-262.63.", ["09.06.14-262.63"]),
        ("R: moana dot terangi at xtra dot co dot nz.", ["moana dot terangi"]),
        ("PAN for the GST invoice: BQRPD5821K\n", ["BQRPD5821K"]),
        ("Caller: Hang on... WHITF853147EJ9TK.", ["WHITF853147EJ9TK"]),
        ("Licence is T6512-48207-50815.", ["T6512-48207-50815"]),
        ("It's an Oregon license, 7391046.", ["7391046"]),
        ("Jeg skal lige have dit CPR-nummer for at finde dig.\nJa. 2-7-1-0-7-1-3-7-7-7.\nTak", ["2-7-1-0"]),
        ("REP: And your plate?\nCALLER: CKLM 482.", ["CKLM 482"]),
        ("Onze nummerplaat voor de parking: 1-KWT-482.", ["1-KWT-482"]),
        ("Mijn klantaccount is xiaomei_l.", ["xiaomei_l"]),
        ('med brugernavnet "solsikke_88" og', ["solsikke_88"]),
    ],
)
def test_id_forms_licences_plates_and_user_names_found_this_round(text, gone):
    _assert_gone(text, gone)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("we meet at home dot in the evening", "home dot in"),
        ("order ABCDE1234F arrived", "ABCDE1234F"),
        ("my license key 1234567-ABC", "1234567"),
        ("Mijn dochter doet dat, die belt u anders ook wel terug.\nWoonstad: Ik maak een verzoek aan, nummer 7734210.",
         "7734210"),
        ("my account is blocked", "blocked"),
    ],
)
def test_id_and_label_rules_keep_words_keys_and_case_numbers(text, kept):
    assert kept in redact_text(text)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Agent: Og dit postnummer? Så tjekker jeg lige dækningen\nKunde: 8900\nAgent Bo: Fin", ["8900"]),
        ("jeg bede om dit navn og dit postnummer?\nBesøgende: Anne Holm, 5000\nKundeservice: ok", ["5000"]),
        ("sendes til min adresse nørregade 12 anden sal til venstre 8000 aarhus c og min datter", ["8000"]),
        ("og du bor stadig på rosenvænget 12 i hillerød\nja rosenvænget 12 3400\nså er det noteret", ["3400"]),
    ],
)
def test_postcodes_answering_a_question_and_after_danish_floors(text, gone):
    _assert_gone(text, gone)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("[10:02] Lumi (chatbot): Dag! Ik ben Lumi. Waarmee kan ik helpen?", "Ik ben Lumi"),
        ("[14:02] Viggo 🤖: Hej! Jeg er Viggo, Østjysk Forsyning", "Jeg er Viggo"),
        ("Ellie (virtual assistant): Hi there, I'm Ellie", "I'm Ellie"),
        ("ShopKart Assistant: Hi! I'm Kiara, your ShopKart assistant. Please", "I'm Kiara"),
        ("een betaling van € 18,45 bij Albert Heijn, is die van u?", "Albert Heijn"),
        ("Jeg bestiller VVS-firmaet Brdr. Madsen, de kan komme torsdag", "Brdr. Madsen"),
        ("Den er fra Harald Nyborg, en havetrampolin.", "Harald Nyborg"),
    ],
)
def test_bots_person_named_brands_and_brothers_firms_stay(text, kept):
    assert kept in redact_text(text)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("[10:03] Klant: hoi, met Jan de Vries\n[10:02] Lumi (chatbot): Dag Jan!", ["Vries"]),
        ("Claims handler Mark Jones will call you back.", ["Jones"]),
        ("Værkfører: Autohuset Brødrene Dahl, det er Lasse.", ["Lasse"]),
    ],
)
def test_bot_and_brand_rules_leave_people(text, gone):
    _assert_gone(text, gone)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Instagram · Berichten\nlisa.vdberg\nHoii! Ik heb vorige week iets besteld", ["lisa.vdberg"]),
        ("hanne.gsns: hey!! ik heb vorige week de jurk besteld", ["hanne.gsns"]),
        ("stuur een bericht naar mijn vrouw via fb, facebook.com/griet.vercammen.3, zij is thuis", ["griet.vercammen"]),
        ("May I know your registered user ID?\nCustomer: arjun_menon_blr\nTejas: Thank you.", ["arjun_menon_blr"]),
        ("Bezoeker: oja en inloggen met demiwillems96 lukt niet", ["demiwillems96"]),
        ("Can you confirm the UPI ID?\nCustomer: ananya.iyer94@okaxis\nAgent: ok", ["ananya.iyer94"]),
    ],
)
def test_handles_as_labels_alone_on_a_line_in_profile_links_and_after_login_words(text, gone):
    _assert_gone(text, gone)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("firmware\nv2.8.14\nok", "v2.8.14"),
        ("see the attachment\nreadme.txt\nok", "readme.txt"),
        ("Instagram · @studio.ingrid.dk\nhej", "studio.ingrid.dk"),
    ],
)
def test_handle_rules_keep_versions_files_and_company_accounts(text, kept):
    assert kept in redact_text(text)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Customer: It's d dot whitworth eighty-nine at example dot com.", ["whitworth"]),
        ("— jonas punktum h m snabel-a example punktum net.", ["jonas"]),
        ("Klant: koen punt v d broeck apenstaartje example punt com.", ["koen"]),
        ("De bovenburen, da's de familie Haddouchi, zijn nie thuis.", ["Haddouchi"]),
        ("- De benedenburen (fam. Lemaire) hebben ook schade", ["Lemaire"]),
        ("Good morning! You're chatting with Thandi. Please send the meter number", ["Thandi"]),
        ("Turið: Hey! Du skriver med Turið fra Nøtnet.", ["Turið"]),
        ("Als ik niet thuis ben mag het bij mijn huisgenoot Daniël, die is er", ["Daniël"]),
        ("My partner is Emma and my little boy Oisín (4)", ["Oisín"]),
    ],
)
def test_spoken_local_parts_families_chat_intros_and_more_relations(text, gone):
    _assert_gone(text, gone)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("mijn familie is op vakantie", "familie is op vakantie"),
        ("the manager is on leave", "manager is on leave"),
        ("please mail it to the office at 9", "office"),
    ],
)
def test_family_and_relation_cues_need_a_name_after_them(text, kept):
    assert kept in redact_text(text)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Din Toyota Aygo (BK 41 905) er booket til syn", ["BK 41 905"]),
        ("her car is a white Polo, CY 118-447", ["CY 118-447"]),
        ("Your courtesy car will be the white Corolla, rego LZB718. Just bring your licence.", ["LZB718"]),
        ("And the number to text tracking to, (604) 555-0162?", ["555-0162"]),
        ("Customer: My wife's number, Lakshmi. 94480 17265.", ["94480 17265"]),
        ("Kunde: Mit mobilnummer er 22 33 44 55, eller hjemme 45 61 22.", ["45 61 22"]),
        ("Speaker A: og jeg har mobilnummeret otteogtyve femoghalvtreds tolv nul ni\nok", ["femoghalvtreds"]),
        ("Routing number: 272489019 (from the voided check)\nAccount number: 4471029385\nAccount type: Checking",
         ["4471029385"]),
        ("Refunds can be paid into my account: Capitec, account number 1452 0098 31.", ["1452 0098 31"]),
        ("Skal det stadig trækkes via Betalingsservice fra 3331-3365261414?", ["3365261414"]),
    ],
)
def test_plates_by_car_words_phones_past_keep_labels_and_bank_accounts_by_context(text, gone):
    _assert_gone(text, gone)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("order ABC123 shipped", "ABC123"),
        ("the car costs USD 249.00", "USD 249.00"),
        ("two passengers on flight 2231 from atlanta", "2231"),
        ("your account number 8800 4471 2291 for the bill", "8800 4471 2291"),
    ],
)
def test_plate_and_account_rules_keep_codes_prices_and_customer_accounts(text, kept):
    assert kept in redact_text(text)
