"""The gap model (``gaps.json``): atomic save and load, damaged models, stable ids from week to week."""

from __future__ import annotations

import json

import pytest

from cxmine.classify.gaps.store import MODEL_FILE, assign_ids, load_gap_model, new_id, save_gap_model
from cxmine.errors import ModelError

RECALL = {
    "gap_id": "gap-0001",
    "label": "Is the BL-220 blender being recalled?",
    "anchors": {"bl-220"},
    "texts": {
        "en": ["Is the BL-220 blender being recalled?", "My BL-220 is part of the recall, what now?"],
        "nl": ["Is de BL-220 blender teruggeroepen?", "Krijg ik geld terug voor de BL-220?"],
    },
}
GIFT = {
    "gap_id": "gap-0002",
    "label": "Hvor længe er mit gavekort gyldigt?",
    "anchors": set(),
    "texts": {"da": ["Kan jeg bruge et gavekort i butikken?", "Hvor længe er mit gavekort gyldigt?",
                     "Mit gavekort virker ikke online"]},
}


def files(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_save_and_load_round_trip(tmp_path):
    path = save_gap_model(tmp_path / "model", [RECALL, GIFT], next_number=3)
    assert path == tmp_path / "model" and files(path) == [MODEL_FILE]
    doc = load_gap_model(path)
    assert doc["next_number"] == 3
    assert [g["gap_id"] for g in doc["gaps"]] == ["gap-0001", "gap-0002"]
    assert doc["gaps"][0]["texts"] == RECALL["texts"]
    assert doc["gaps"][0]["anchors"] == ["bl-220"]  # sets are saved as sorted lists (plain JSON)
    assert doc["gaps"][1]["label"] == GIFT["label"]  # non-ASCII text survives
    json.loads((path / MODEL_FILE).read_text(encoding="utf-8"))  # inspectable JSON


def test_second_save_replaces_the_first_and_leaves_no_temporaries(tmp_path):
    save_gap_model(tmp_path / "model", [RECALL, GIFT], next_number=3)
    save_gap_model(tmp_path / "model", [GIFT], next_number=5)
    doc = load_gap_model(tmp_path / "model")
    assert [g["gap_id"] for g in doc["gaps"]] == ["gap-0002"] and doc["next_number"] == 5
    assert files(tmp_path) == ["model"]  # no .model.new-* / .model.old-* left behind


def test_saved_texts_are_capped_per_language(tmp_path):
    many = {**GIFT, "texts": {"da": [f"Gavekort nummer {i}?" for i in range(100)]}}
    doc = load_gap_model(save_gap_model(tmp_path / "m", [many], next_number=2))
    assert 0 < len(doc["gaps"][0]["texts"]["da"]) < 100


def test_missing_model_raises_model_error(tmp_path):
    with pytest.raises(ModelError, match="--save-model"):
        load_gap_model(tmp_path / "nowhere")
    (tmp_path / "empty").mkdir()
    with pytest.raises(ModelError, match=MODEL_FILE):
        load_gap_model(tmp_path / "empty")


@pytest.mark.parametrize(
    "content",
    [b"{not json", b"\xff\xfe\x00garbage", json.dumps({"format": "something-else/9", "gaps": []}).encode(),
     json.dumps({"format": "cxmine.gaps/1", "gaps": "not a list"}).encode()],
    ids=["bad-json", "bad-bytes", "other-format", "gaps-not-a-list"],
)
def test_damaged_model_raises_model_error(tmp_path, content):
    model = save_gap_model(tmp_path / "model", [RECALL], next_number=2)
    (model / MODEL_FILE).write_bytes(content)
    with pytest.raises(ModelError, match="save"):
        load_gap_model(model)


def test_model_that_is_a_json_list_raises_model_error(tmp_path):
    model = save_gap_model(tmp_path / "model", [RECALL], next_number=2)
    (model / MODEL_FILE).write_text("[]", encoding="utf-8")
    with pytest.raises(ModelError):
        load_gap_model(model)


def _new(texts: dict[str, list[str]], anchors: set[str] | None = None) -> dict:
    return {"texts": texts, "anchors": anchors or set()}


def test_without_a_model_ids_are_numbered_from_one():
    ids, nxt = assign_ids([_new({"en": ["a b c"]}), _new({"nl": ["d e f"]})], None)
    assert ids == [new_id(1), new_id(2)] == ["gap-0001", "gap-0002"] and nxt == 3


def test_a_gap_that_comes_back_keeps_its_id_and_a_new_theme_gets_the_next_number(tmp_path):
    model = load_gap_model(save_gap_model(tmp_path / "m", [RECALL, GIFT], next_number=3))
    week2 = [
        # a new theme first, so position cannot explain the ids
        _new({"en": ["Does the discount code HYGGE15 work on sale items?", "The code HYGGE15 fails at checkout"]},
             {"hygge15"}),
        _new({"da": ["Kan jeg bruge mit gavekort i butikken?", "Hvor længe er gavekortet gyldigt?"]}),
        # the recall again, asked in Danish this week: the shared product code carries the id across languages
        _new({"da": ["Er BL-220 blenderen kaldt tilbage?", "Hvordan sender jeg BL-220 tilbage?"]}, {"bl-220"}),
    ]
    ids, nxt = assign_ids(week2, model)
    assert ids == ["gap-0003", "gap-0002", "gap-0001"]
    assert nxt == 4


def test_ids_are_given_one_to_one(tmp_path):
    model = load_gap_model(save_gap_model(tmp_path / "m", [GIFT], next_number=3))
    # two new gaps both like the one saved gift-card gap: the closer one keeps its id, the other gets a new one
    closer = _new({"da": ["Kan jeg bruge et gavekort i butikken?", "Hvor længe er mit gavekort gyldigt?"]})
    farther = _new({"da": ["Mit gavekort virker ikke online", "Gavekort online virker ikke"]})
    ids, nxt = assign_ids([farther, closer], model)
    assert ids == ["gap-0003", "gap-0002"]
    assert len(set(ids)) == 2 and nxt == 4


def test_unlike_gaps_get_new_ids(tmp_path):
    model = load_gap_model(save_gap_model(tmp_path / "m", [GIFT], next_number=7))
    ids, nxt = assign_ids([_new({"da": ["Hvornår åbner butikken i Aarhus om søndagen?"]})], model)
    assert ids == ["gap-0007"] and nxt == 8
