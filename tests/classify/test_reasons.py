"""Contact reasons (``reasons``) and the request focus / previous-turn fallback (``focus``)."""

from __future__ import annotations

import numpy as np
import pytest

from cxmine.classify.intents.focus import classify_focused, request_part
from cxmine.classify.intents.reasons import ReasonUnit, carries_no_reason, contact_reason


@pytest.mark.parametrize("text", ["hej", "tak!", "Tak for hjælpen!", "bedankt 👍", "Thanks so much!", "100234871",
                                  "<ORDER>", "ok top, dank je wel", "Hej hej"])
def test_greetings_thanks_and_bare_numbers_carry_no_reason(text: str) -> None:
    assert carries_no_reason(text)


@pytest.mark.parametrize("text", ["hvor er min pakke", "Waar blijft mijn bestelling?", "thanks, but where is it?",
                                  "tak, men hvornår kommer den"])
def test_requests_carry_a_reason(text: str) -> None:
    assert not carries_no_reason(text)


def _u(text: str, intent: str, conf: float = 0.9, top: str | None = None) -> ReasonUnit:
    return ReasonUnit(text, intent, top or intent, conf)


def test_hej_and_tak_never_become_the_reason_even_when_the_model_is_sure() -> None:
    units = [_u("hej", "order_status", 0.99), _u("tak!", "complaint_service", 0.99),
             _u("kan jeg returnere skoene?", "return_request", 0.7), _u("100234871", "order_status", 0.95)]
    r = contact_reason(units)
    assert r.intent == "return_request"
    assert r.intents == ["return_request"]


def test_reasons_in_order_of_first_appearance_main_is_the_first() -> None:
    units = [_u("where is my parcel?", "order_status", 0.8), _u("and can I change the address?", "change_address"),
             _u("also, where is it now?", "order_status", 0.6)]
    r = contact_reason(units)
    assert r.intent == "order_status"
    assert r.intents == ["order_status", "change_address"]


def test_other_and_unknown_are_dropped_a_clearly_dominant_later_reason_wins() -> None:
    units = [_u("I have a question", "other"), _u("is it in stock?", "product_question", 0.55),
             _u("hmm", "unknown", 0.3, top="refund_status"),
             *[_u(f"the parcel is broken ({k})", "delivery_damage", 0.95) for k in range(3)]]
    r = contact_reason(units, dominance=2.0)
    assert r.intents == ["product_question", "delivery_damage"]
    assert r.intent == "delivery_damage"  # 2.85 >= 2 x 0.55
    assert contact_reason(units, dominance=10.0).intent == "product_question"


def test_without_a_confident_reason_the_best_guess_then_other_then_none() -> None:
    assert contact_reason([_u("hmm?", "unknown", 0.3, top="refund_status"),
                           _u("mjah?", "unknown", 0.4, top="order_status")]).intent == "order_status"
    assert contact_reason([_u("I would like a job", "other", 0.9)]).intents == ["other"]
    assert contact_reason([_u("hej", "other"), _u("tak", "other")]).intent is None
    assert contact_reason([]).intents == []


def test_request_part_skips_thanks_and_keeps_the_question() -> None:
    assert request_part("Tak for hjælpen! En anden ting: kan jeg hente min ordre i butikken?", "da") == (
        "En anden ting: kan jeg hente min ordre i butikken?")
    assert request_part("Where is my parcel?", "en") is None  # one sentence: the whole text is the request


class _Stub:
    """A classifier that is sure of ``other`` whenever thanks are in the text, else reads the request."""

    classes_ = np.array(["change_address", "other"], dtype=object)
    threshold_ = 0.75
    unknown_label = "unknown"

    def predict_proba(self, texts, languages):
        rows = []
        for t in texts:
            t = t.lower()
            if "thanks" in t or "thank you" in t:
                rows.append([0.4, 0.6])
            elif "address" in t:
                rows.append([1.0, 0.0])
            else:
                rows.append([0.3, 0.7] if "deliver to" not in t else [0.9, 0.1])
        return np.asarray(rows, dtype=float)

    def classify(self, texts, language=None):  # only used for empty input
        from cxmine.classify.intents.model import IntentPrediction

        return IntentPrediction([], [], np.zeros(0, np.float32), np.zeros(0, bool))


def test_thanks_then_question_picks_the_question_intent() -> None:
    text = "Thanks so much for your help yesterday, really appreciated! One more thing: can you change the address?"
    pred = classify_focused(_Stub(), [text], ["en"])
    assert pred.top_intent == ["change_address"]
    assert classify_focused(_Stub(), [text], ["en"], focus_weight=0.0).top_intent == ["other"]


def test_a_low_confidence_follow_up_is_read_with_the_previous_agent_turn() -> None:
    pred = classify_focused(_Stub(), ["the other one"], ["en"], previous=["Which address should we deliver to?"])
    assert pred.intent == ["change_address"]
    assert classify_focused(_Stub(), ["the other one"], ["en"]).intent == ["unknown"]
