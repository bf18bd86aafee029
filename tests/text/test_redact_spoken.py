"""Numbers spoken in words or digit by digit in call transcripts (cxmine/text/redact_spoken.py, redact_numbers.py)."""

from __future__ import annotations

import pytest

from cxmine.text.redact import redact_text
from cxmine.text.redact_spoken import spoken_numbers


@pytest.mark.parametrize(
    ("text", "placeholder"),
    [
        ("klant: ja en anders mijn mobiel nul zes vijf twee negen nul drie één acht zeven", "<PHONE>"),
        ("kunde: det er fireogtyve seksogtres femoghalvfjerds toogtyve", "<PHONE>"),
        ("Mag ik uw BSN?\nKlant: Ja. 5 3 3 9 3 9 9 6 3.", "<BSN>"),
        ("må jeg få dit cpr-nummer\nja det er 2 3 1 2 6 4 1 6 8 5 tak", "<CPR>"),
    ],
)
def test_spoken_phone_numbers_and_ids(text, placeholder):
    out = redact_text(text)
    assert placeholder in out, out
    assert "negen nul drie" not in out and "seksogtres" not in out and "5 3 3 9" not in out and "2 3 1 2" not in out


@pytest.mark.parametrize(
    "text",
    [
        "ik heb twee drie vier vijf dozen besteld",  # quantities: too few digits
        "ordernummer vier vijf zes zeven acht negen twee",  # a number the rules do not recognise is kept
        "ordernummer 1 2 3 4 5 6 7 8",
        "en to tre fire fem",  # counting
    ],
)
def test_spoken_numbers_that_are_no_personal_data_are_kept(text):
    assert redact_text(text) == text


def test_compound_number_words():
    # "fireogtyve" is 24, "tweeëntwintig" 22, "twenty-one" 21: one group per word
    (s, e, kind), = spoken_numbers("ring på fireogtyve seksogtres femoghalvfjerds toogtyve i morgen")
    assert kind == "PHONE"
    assert spoken_numbers("nummer nul zes tweeëntwintig drieëndertig vierenveertig vijf zes")[0][2] == "PHONE"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("spreker 2: eh de vechtstraat honderdtwaalf twee hoog in amsterdam", "spreker 2: eh de <ADDRESS> in amsterdam"),
        ("send det gerne hjem til mig på egevej seksten st th i taastrup",
         "send det gerne hjem til mig på <ADDRESS> i taastrup"),
        ("ik woon op de kerkstraat twaalf", "ik woon op de <ADDRESS>"),
    ],
)
def test_house_numbers_said_in_words(text, expected):
    assert redact_text(text) == expected


@pytest.mark.parametrize(
    "text",
    ["we zitten op de snelweg vier uur vast", "dat is onderweg twee dagen", "we stonden op de dorpsweg vier uur lang",
     "the main road two miles on"],
)
def test_words_after_a_road_that_are_no_house_number(text):
    assert redact_text(text) == text
