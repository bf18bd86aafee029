"""Gap clustering: language-independent anchors, per-language clusters linked across languages, the misc gap.

Tiny inline nl/da/en corpora, seeded, no network, no embedding model.
"""

from __future__ import annotations

import numpy as np
import pytest

from cxmine.classify.gaps.cluster import GapClustering, anchors, kb_base

# one named product recall asked about in three languages, and a theme without names (gift cards)
RECALL = {
    "nl": ["Is de BL-220 blender teruggeroepen?", "Mijn BL-220 blender valt onder de terugroepactie, wat nu?",
           "Hoe stuur ik de BL-220 terug voor de terugroeping?", "Krijg ik geld terug voor de BL-220 blender?"],
    "da": ["Er BL-220 blenderen kaldt tilbage?", "Min BL-220 er omfattet af tilbagekaldelsen, hvad gør jeg?",
           "Hvordan sender jeg BL-220 tilbage?", "Får jeg pengene tilbage for BL-220 blenderen?"],
    "en": ["Is the BL-220 blender being recalled?", "My BL-220 is part of the recall, what now?",
           "How do I send back the BL-220 for the recall?", "Do I get a refund for the BL-220 blender?"],
}
GIFT = {
    "nl": ["Kan ik een cadeaubon inwisselen in de winkel?", "Hoe lang is mijn cadeaubon geldig?",
           "Mijn cadeaubon werkt niet online", "Kan ik met een cadeaubon betalen?"],
    "da": ["Kan jeg bruge et gavekort i butikken?", "Hvor længe er mit gavekort gyldigt?",
           "Mit gavekort virker ikke online", "Kan jeg betale med gavekort?"],
    "en": ["Can I use a gift card in the shop?", "How long is my gift card valid?",
           "My gift card does not work online", "Can I pay with a gift card?"],
}
ONE_OFF = ("Waarom is de lucht vandaag zo blauw?", "nl")


def corpus(*themes: tuple[str, dict[str, list[str]]]) -> tuple[list[str], list[str], list[str]]:
    texts, langs, truth = [], [], []
    for name, by_lang in themes:
        for lang, items in by_lang.items():
            for text in items:
                texts.append(text)
                langs.append(lang)
                truth.append(name)
    return texts, langs, truth


# --- anchors -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Is de BL-220 blender veilig na de terugroepactie?", "nl", {"bl-220"}),
        ("Kan jeg bruge rabatkoden HYGGE15 på udsalgsvarer?", "da", {"hygge15"}),
        ("Can I pay with MobilePay at checkout?", "en", {"mobilepay"}),
        ("Kan ik achteraf betalen met Klarna bij jullie?", "nl", {"klarna"}),
        ("Jeg vil betale med MobilePay eller Klarna, går det?", "da", {"mobilepay", "klarna"}),
    ],
)
def test_anchors_find_codes_and_brand_names(text, lang, expected):
    assert anchors(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Where is my parcel? The parcel is late. Then I waited all week.", "en"),
        ("Waar is mijn pakket? Het is te laat. Daarna heb ik gewacht.", "nl"),
        ("Hvor er min pakke? Den er forsinket. Så ventede jeg hele ugen.", "da"),
        ("I want to know If The order is here", "en"),  # capitalised stop words inside a sentence
        ("Order 123 is late", "en"),  # a short number alone is no name or code
    ],
)
def test_anchors_skip_sentence_initial_words_and_stop_words(text, lang):
    assert anchors(text, lang) == set()


def test_anchors_are_lower_case_and_ignore_redaction_placeholders():
    found = anchors("Mijn order <ORDER_ID> met de BL-220 en HYGGE15", "nl")
    assert found == {"bl-220", "hygge15"}
    assert all(a == a.lower() for a in found)


# --- kb_base -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kb_id", "base"),
    [("delivery-time-nl", "delivery-time"), ("delivery-time-da", "delivery-time"), ("delivery-time-en", "delivery-time"),
     ("delivery_en", "delivery"), ("nl-001", "nl-001"), ("return", "return"), (None, None)],
)
def test_kb_base_strips_language_suffix(kb_id, base):
    assert kb_base(kb_id) == base


# --- GapClustering -------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def clustered() -> tuple[list[str], list[str], list[str], np.ndarray]:
    texts, langs, truth = corpus(("recall", RECALL), ("gift", GIFT))
    texts.append(ONE_OFF[0])
    langs.append(ONE_OFF[1])
    truth.append("one-off")
    return texts, langs, truth, GapClustering(random_state=0).fit_predict(texts, langs)


def test_one_named_recall_is_one_gap_across_languages(clustered):
    _, langs, truth, labels = clustered
    recall = {int(g) for g, t in zip(labels, truth) if t == "recall"}
    assert len(recall) == 1 and -1 not in recall
    (gap,) = recall
    assert {lg for lg, g in zip(langs, labels) if g == gap} == {"nl", "da", "en"}
    assert int((labels == gap).sum()) == 12  # nothing else joined it


def test_a_distinct_theme_stays_apart(clustered):
    _, _, truth, labels = clustered
    recall_gap = labels[truth.index("recall")]
    gift = [int(g) for g, t in zip(labels, truth) if t == "gift"]
    assert recall_gap not in gift
    assert all(g >= 0 for g in gift)  # four questions per language: a gap, not misc
    # within a language, the gift-card questions are one cluster
    for lang in ("nl", "da", "en"):
        assert len({g for g, t, lg in zip(labels, truth, clustered[1]) if t == "gift" and lg == lang}) == 1


def test_clusters_smaller_than_min_gap_size_go_to_misc(clustered):
    _, _, truth, labels = clustered
    assert labels[truth.index("one-off")] == -1
    texts, langs, _ = corpus(("recall", {"da": RECALL["da"]}))  # one theme, four questions
    assert set(GapClustering(min_gap_size=5).fit_predict(texts, langs).tolist()) == {-1}
    assert set(GapClustering(min_gap_size=4).fit_predict(texts, langs).tolist()) == {0}


def test_gap_numbers_follow_size_and_the_run_is_repeatable():
    texts, langs, truth = corpus(("recall", RECALL), ("gift", {"en": GIFT["en"]}))
    a = GapClustering(random_state=0).fit_predict(texts, langs)
    b = GapClustering(random_state=0).fit_predict(texts, langs)
    np.testing.assert_array_equal(a, b)
    sizes = np.bincount(a[a >= 0])
    assert list(sizes) == sorted(sizes, reverse=True)


def test_empty_input_gives_no_labels():
    assert GapClustering().fit_predict([], []).shape == (0,)
