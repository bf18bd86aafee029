"""``calibrate``: the answered / unanswered threshold from a small labelled nl/da/en sample."""

from __future__ import annotations

import csv

import numpy as np
import pyarrow as pa
import pytest

from cxmine.classify.gaps.calibrate import GRID, calibrate
from cxmine.classify.gaps.kb import read_kb
from cxmine.errors import UsageError

FAQ = [
    ("return-nl", "nl", "Hoe kan ik mijn bestelling retourneren?", "Via het retourportaal op onze website."),
    ("delivery-nl", "nl", "Wanneer wordt mijn pakket bezorgd?", "Binnen twee werkdagen."),
    ("return-da", "da", "Hvordan returnerer jeg en vare?", "Brug returportalen på vores hjemmeside."),
    ("delivery-da", "da", "Hvornår bliver min pakke leveret?", "Normalt inden for to hverdage."),
    ("return-en", "en", "How do I return an item?", "Use the returns portal on our website."),
    ("delivery-en", "en", "When will my parcel be delivered?", "Usually within two working days."),
]
# (text, kb_id or none, language); a label may name the entry without its language suffix
LABELLED = [
    ("Hoe kan ik mijn bestelling retourneren", "return-nl", "nl"),
    ("Wanneer wordt mijn pakket eindelijk bezorgd?", "delivery-nl", "nl"),
    ("Hvordan kan jeg returnere en vare?", "return-da", "da"),
    ("Hvornår bliver pakken leveret?", "delivery", "da"),
    ("How can I return an item?", "return-en", "en"),
    ("When will the parcel be delivered?", "delivery-en", "en"),
    ("Is de BL-220 blender teruggeroepen?", "none", "nl"),
    ("Gælder rabatkoden HYGGE15 også på udsalgsvarer?", "none", "da"),
    ("Is it safe to keep using the BL-220 blender?", "none", "en"),
    ("Does the discount code HYGGE15 work on sale items?", "NONE", "en"),
]


def write_csv(path, header, rows):
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)
    return path


@pytest.fixture()
def faq(tmp_path):
    return write_csv(tmp_path / "faq.csv", ["id", "language", "question", "answer"], FAQ)


def labels(tmp_path, rows=LABELLED, name="labels.csv"):
    return write_csv(tmp_path / name, ["text", "kb_id", "language"], rows)


def similarities(faq) -> tuple[np.ndarray, np.ndarray]:
    """The matcher's similarity of each labelled row, and which rows are labelled 'none'."""
    from cxmine.classify.gaps.run import fit_matcher, question_intents

    kb, _ = read_kb([faq])
    texts, gold, langs = zip(*LABELLED)
    matcher = fit_matcher(kb, None, None)  # the matching 'cxmine gaps' does, intent evidence included
    intents = question_intents(list(texts), list(langs), [None] * len(texts), matcher, kb)
    sim = matcher.match(list(texts), list(langs), intents).similarity
    return sim, np.array([g.lower() == "none" for g in gold])


def test_threshold_lies_between_unanswered_and_answered_similarities(tmp_path, faq):
    cal = calibrate(labels(tmp_path), [faq])
    sim, none = similarities(faq)
    assert sim[none].max() < cal.threshold <= sim[~none].min()
    assert cal.threshold in GRID
    assert (cal.precision, cal.recall, cal.answered_accuracy) == (1.0, 1.0, 1.0)
    assert (cal.n, cal.n_none, cal.method) == (10, 4, "lexical")


def test_curve_reports_precision_and_recall_at_every_threshold(tmp_path, faq):
    cal = calibrate(labels(tmp_path), [faq])
    assert [c["threshold"] for c in cal.curve] == [float(t) for t in GRID]
    chosen = next(c for c in cal.curve if c["threshold"] == cal.threshold)
    assert (chosen["precision"], chosen["recall"]) == (cal.precision, cal.recall)
    # at the lowest threshold nothing is flagged; at the highest, every unanswered row is
    assert cal.curve[0]["recall"] == 0.0 and cal.curve[0]["answered_accuracy"] == 1.0
    sim, none = similarities(faq)
    flagged = sim < GRID[-1]
    assert cal.curve[-1]["recall"] == 1.0
    assert cal.curve[-1]["precision"] == pytest.approx(none.sum() / flagged.sum())
    assert cal.curve[-1]["answered_accuracy"] == pytest.approx(1 - (flagged & ~none).sum() / (~none).sum())


def test_a_wrong_match_is_no_answered_hit(tmp_path, faq):
    # labelled with the other entry: the matcher's right answer counts against answered accuracy
    rows = [("How can I return an item?", "delivery-en", "en"), *LABELLED[6:]]
    cal = calibrate(labels(tmp_path, rows), [faq])
    assert cal.answered_accuracy == 0.0


def test_language_column_is_optional_with_a_detector(tmp_path, faq):
    path = write_csv(tmp_path / "nolang.csv", ["text", "kb_id"], [(t, y) for t, y, _ in LABELLED])
    by_text = {t: lang for t, _, lang in LABELLED}
    cal = calibrate(path, [faq], detect_language=lambda texts: [by_text[t] for t in texts])
    assert (cal.precision, cal.recall, cal.answered_accuracy) == (1.0, 1.0, 1.0)


def test_sample_without_none_rows_is_a_usage_error(tmp_path, faq):
    with pytest.raises(UsageError) as info:
        calibrate(labels(tmp_path, LABELLED[:6]), [faq])
    message = str(info.value)
    assert "labels.csv" in message and "'none'" in message and "it has 6 and 0" in message


def test_sample_of_only_none_rows_is_a_usage_error(tmp_path, faq):
    with pytest.raises(UsageError, match="it has 0 and 4"):
        calibrate(labels(tmp_path, LABELLED[6:]), [faq])


def test_sample_naming_an_unknown_kb_id_is_a_usage_error(tmp_path, faq):
    rows = [*LABELLED, ("Kan ik met een cadeaubon betalen?", "giftcard-nl", "nl")]
    with pytest.raises(UsageError) as info:
        calibrate(labels(tmp_path, rows), [faq])
    message = str(info.value)
    assert "labels.csv" in message and "giftcard-nl" in message and "does not have" in message
    assert "cadeaubon" not in message  # names ids, never customer text


def test_missing_text_column_is_a_usage_error(tmp_path, faq):
    path = write_csv(tmp_path / "bad.csv", ["question", "kb_id"], [("How can I return an item?", "return-en")])
    with pytest.raises(UsageError, match="text"):
        calibrate(path, [faq])


def test_parquet_sample_and_chatbot_kb(tmp_path):
    # a chatbot KB (several examples per intent) is matched by the classifier; calibrate says so
    bot = write_csv(tmp_path / "bot.csv", ["intent", "example", "language"], [
        ("track_parcel", t, "en") for t in ("Where is my parcel?", "Track my parcel", "My parcel has not arrived",
                                            "When will my parcel be delivered?")
    ] + [
        ("refund", t, "en") for t in ("I want my money back", "How do I get a refund?", "Refund my order please",
                                      "When is my refund paid?")
    ])
    sample = pa.table({"text": ["Where's my parcel now?", "Can I have a refund for the order?",
                                "Is the BL-220 blender being recalled?", "Does HYGGE15 work on sale items?"],
                       "kb_id": ["track_parcel", "refund", "none", "none"], "language": ["en"] * 4})
    import pyarrow.parquet as pq

    pq.write_table(sample, tmp_path / "labels.parquet")
    cal = calibrate(tmp_path / "labels.parquet", [bot])
    assert cal.method == "classifier" and cal.n == 4 and cal.n_none == 2
    assert 0.0 < cal.threshold < 1.0
