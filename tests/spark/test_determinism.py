"""What the Spark engine relies on: a per-message stage gives a text the same result whatever batch, worker or
process sees it, and whatever it saw before (the engines split the messages differently)."""

from __future__ import annotations

from cxmine.pipeline import stages


def test_language_of_a_text_does_not_depend_on_the_texts_detected_before() -> None:
    detector = stages.language_detector(("nl", "da", "en"), "auto")
    text = "Mit ordrenummer er 103398383."
    detector._cache.clear()
    alone = detector.detect_many([text])
    detector._cache.clear()
    # same words, other digits and case: the same tokens, so a cache keyed by tokens answered for the first one
    after = detector.detect_many(["MIT ORDRENUMMER ER 555!", text])
    assert after[0][1:] == alone[0] and after[1][1:] == alone[1]
