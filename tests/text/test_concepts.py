"""Language-independent concepts: the same names in every language's list, compounds, plurals."""

from __future__ import annotations

import pytest

from cxmine.text.concepts import concept_bag, concept_of
from cxmine.text.langdata import load_list


def _names(lang: str) -> set[str]:
    return {line.split(":", 1)[0].strip() for line in load_list(lang, "concepts")}


def test_every_language_lists_the_same_concepts() -> None:
    assert _names("nl") == _names("da") == _names("en")
    assert len(_names("en")) >= 50


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Dekt mijn verzekering diefstal van de fiets?", "nl"),
        ("Dækker min forsikring tyveri af cyklen?", "da"),
        ("Does my insurance cover theft of the bike?", "en"),
    ],
)
def test_one_question_in_three_languages_gives_one_bag(text: str, lang: str) -> None:
    assert {"insurance", "theft", "bike"} <= set(concept_bag(text, lang))


def test_compounds_and_plurals_match() -> None:
    assert concept_of("fietsverzekering", "nl") == "insurance"  # end of a compound
    assert concept_of("batterijen", "nl") == "battery"  # plural
    assert concept_of("leveringstiden", "da") in {"delivery_time", "delivery"}
    assert concept_of("pakker", "da") == "parcel"


def test_unrelated_words_and_unknown_languages_give_nothing() -> None:
    assert concept_bag("Het weer is mooi vandaag.", "nl") == []
    assert concept_bag("Wo ist mein Paket?", "de") == []
    assert concept_of("kat", "nl") is None  # short words match only exactly
