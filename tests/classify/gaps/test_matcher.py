"""``KbMatcher``: the nearest KB entry of each question, per language, lexically or with the entry classifier.

Tiny nl/da/en FAQ and chatbot tables written inline (KB columns), seeded, no network, no embedding model.
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pytest

import cxmine.classify.gaps.matcher as matcher_module
from cxmine.classify.gaps.kb import KB_SCHEMA
from cxmine.classify.gaps.matcher import KbMatcher
from cxmine.errors import ParameterError, UsageError

# one question per entry: a FAQ (id, language, question, answer, intent)
FAQ = [
    ("return-nl", "nl", "Hoe kan ik mijn bestelling retourneren?", "Via het retourportaal op onze website.", "retour"),
    ("delivery-nl", "nl", "Wanneer wordt mijn pakket bezorgd?", "Binnen twee werkdagen na je bestelling.", "levering"),
    ("address-nl", "nl", "Kan ik mijn bezorgadres wijzigen?", "Ja, zolang de bestelling niet verzonden is.", "adres"),
    ("return-da", "da", "Hvordan returnerer jeg en vare?", "Brug returportalen på vores hjemmeside.", "retour"),
    ("delivery-da", "da", "Hvornår kommer min pakke?", "Normalt inden for to hverdage.", "levering"),
    ("address-da", "da", "Kan jeg ændre min leveringsadresse?", "Ja, så længe ordren ikke er afsendt.", "adres"),
    ("return-en", "en", "How do I return an item?", "Use the returns portal on our website.", "retour"),
    ("delivery-en", "en", "When will my parcel arrive?", "Usually within two working days.", "levering"),
    ("address-en", "en", "Can I change my delivery address?", "Yes, as long as the order has not shipped.", "adres"),
]
# paraphrases a customer might write, with the entry that answers each
PARAPHRASES = [
    ("Hoe kan ik een bestelling terugsturen en retourneren?", "nl", "return-nl"),
    ("Wanneer wordt het pakket eindelijk bezorgd?", "nl", "delivery-nl"),
    ("Kan ik het bezorgadres nog wijzigen?", "nl", "address-nl"),
    ("Hvordan kan jeg returnere min vare?", "da", "return-da"),
    ("Hvornår kommer pakken?", "da", "delivery-da"),
    ("Kan jeg stadig ændre leveringsadressen?", "da", "address-da"),
    ("How can I return this item?", "en", "return-en"),
    ("When does my parcel arrive?", "en", "delivery-en"),
    ("Can I still change the delivery address?", "en", "address-en"),
]
# several training phrases per intent and language: chatbot training data
BOT = {
    ("track_parcel", "en"): ["Where is my parcel?", "Track my parcel", "My parcel has not arrived",
                             "When will my parcel be delivered?"],
    ("refund", "en"): ["I want my money back", "How do I get a refund?", "Refund my order please",
                       "When is my refund paid?"],
    ("track_parcel", "nl"): ["Waar is mijn pakket?", "Mijn pakket is niet aangekomen", "Wanneer wordt mijn pakket bezorgd?",
                             "Pakket volgen"],
    ("refund", "nl"): ["Ik wil mijn geld terug", "Hoe krijg ik een terugbetaling?", "Terugbetaling van mijn bestelling",
                       "Wanneer wordt mijn geld teruggestort?"],
    ("track_parcel", "da"): ["Hvor er min pakke?", "Min pakke er ikke kommet", "Hvornår bliver min pakke leveret?",
                             "Spor min pakke"],
    ("refund", "da"): ["Jeg vil have mine penge tilbage", "Hvordan får jeg refusion?", "Refusion af min ordre",
                       "Hvornår får jeg pengene tilbage?"],
}  # fmt: skip
BOT_QUESTIONS = [
    ("Where's my parcel now?", "en", "track_parcel-en"),
    ("Can I have a refund for the order?", "en", "refund-en"),
    ("Waar blijft mijn pakket?", "nl", "track_parcel-nl"),
    ("Ik wil graag mijn geld terug", "nl", "refund-nl"),
    ("Hvornår kommer min pakke?", "da", "track_parcel-da"),
    ("Kan jeg få mine penge tilbage?", "da", "refund-da"),
]


def faq_table(rows=FAQ) -> pa.Table:
    return pa.Table.from_pylist(
        [{"kb_id": i, "language": lang, "title": q, "text": q, "answer": a, "intent": intent, "kind": "faq",
          "source": "faq.csv"} for i, lang, q, a, intent in rows],
        schema=KB_SCHEMA,
    )


def bot_table() -> pa.Table:
    return pa.Table.from_pylist(
        [{"kb_id": f"{intent}-{lang}", "language": lang, "title": intent.replace("_", " "), "text": "\n".join(ex),
          "answer": "", "intent": intent, "kind": "chatbot", "source": "bot.csv"} for (intent, lang), ex in BOT.items()],
        schema=KB_SCHEMA,
    )


@pytest.fixture(scope="module")
def faq_matcher() -> KbMatcher:
    return KbMatcher().fit(faq_table())


@pytest.fixture(scope="module")
def bot_matcher() -> KbMatcher:
    return KbMatcher(random_state=0).fit(bot_table())


def language_of(kb_id: str) -> str:
    return kb_id.rsplit("-", 1)[1]


def test_paraphrase_finds_its_entry_in_its_own_language(faq_matcher):
    texts, langs, gold = zip(*PARAPHRASES)
    m = faq_matcher.match(list(texts), list(langs))
    assert m.kb_id == list(gold)
    assert all(language_of(k) == lang for k, lang in zip(m.kb_id, langs))
    assert m.similarity.shape == (len(texts),) and np.all((m.similarity >= 0) & (m.similarity <= 1))
    assert np.all(m.similarity > m.second_similarity)  # the right entry is clearly ahead of the runner-up
    assert np.all(m.similarity >= 0.6)


def test_the_same_question_in_another_language_is_matched_in_that_language(faq_matcher):
    # "retour" words are close in nl and da: the Danish entry must win for a Danish question all the same
    m = faq_matcher.match(["Hvordan returnerer jeg min bestilling?", "Hoe retourneer ik mijn bestelling?"], ["da", "nl"])
    assert m.kb_id == ["return-da", "return-nl"]


def test_language_the_kb_lacks_falls_back_to_all_entries(faq_matcher):
    assert "de" not in faq_matcher.branches_
    m = faq_matcher.match(["Can I change my delivery address, bitte?", "Kan ik mijn bezorgadres wijzigen?"],
                          ["de", "und"])
    # without a branch of its own, a question is compared with every entry, whatever its language
    assert m.kb_id == ["address-en", "address-nl"]
    assert np.all(m.similarity > 0.5)


def test_fallback_branch_scores_like_the_own_language_branch(faq_matcher):
    question = "Kan ik mijn bezorgadres wijzigen?"  # an entry's own wording
    tagged, untagged = faq_matcher.match([question, question], ["nl", "und"]).similarity
    assert untagged >= tagged - 0.1


def test_unrelated_question_scores_lower_than_related_one(faq_matcher):
    related = "When will my parcel arrive at my home?"
    unrelated = "Is the BL-220 blender safe after the recall?"
    m = faq_matcher.match([related, unrelated], ["en", "en"])
    assert m.kb_id[0] == "delivery-en"
    assert m.similarity[1] < m.similarity[0] - 0.3
    assert m.similarity[1] < 0.45  # below the default lexical threshold of run_gaps


def test_auto_matches_a_faq_lexically(faq_matcher):
    assert faq_matcher.method_ == "lexical" and faq_matcher.classifier_ is None


def test_auto_trains_the_classifier_on_chatbot_examples_and_finds_the_entry(bot_matcher):
    assert bot_matcher.method_ == "classifier" and bot_matcher.classifier_ is not None
    texts, langs, gold = zip(*BOT_QUESTIONS)
    m = bot_matcher.match(list(texts), list(langs))
    assert m.kb_id == list(gold)
    assert np.all(m.similarity > 0.5) and np.all(m.similarity > m.second_similarity)


def test_classifier_off_and_min_examples_switch_back_to_lexical():
    assert KbMatcher(classifier="off").fit(bot_table()).method_ == "lexical"
    assert KbMatcher(min_examples=5).fit(bot_table()).method_ == "lexical"  # 4 examples per entry
    with pytest.raises(UsageError, match="classifier needs"):
        KbMatcher(classifier="on").fit(faq_table())  # one question per entry: nothing to learn from


def test_intent_bonus_raises_the_entry_with_the_questions_intent():
    kb = faq_table()
    text = ["Can I get my order back to you?"]
    ret = list(KbMatcher().fit(kb).kb_ids_).index("return-en")
    # lexical evidence alone: the bonus is added as it is
    plain = KbMatcher(concept_weight=0.0).fit(kb)
    bonus = KbMatcher(concept_weight=0.0, intent_bonus=0.2).fit(kb)
    before = plain.entry_scores(text, "en", ["retour"])[0, ret]
    assert bonus.entry_scores(text, "en", ["retour"])[0, ret] == pytest.approx(min(1.0, before + 0.2), abs=1e-5)
    # no bonus without an intent, for "unknown", or for another intent
    for intent in (None, "unknown", "levering"):
        assert bonus.entry_scores(text, "en", [intent])[0, ret] == pytest.approx(before, abs=1e-6)
    # the bonus can change which entry is nearest
    question = ["Where is my package?"]
    assert plain.match(question, ["en"], ["adres"]).kb_id == ["delivery-en"]
    assert bonus.match(question, ["en"], [None]).kb_id == ["delivery-en"]
    assert bonus.match(question, ["en"], ["adres"]).kb_id == ["address-en"]
    # with the default concept evidence mixed in, the bonus still raises the entry
    plain, bonus = KbMatcher().fit(kb), KbMatcher(intent_bonus=0.2).fit(kb)
    assert bonus.entry_scores(text, "en", ["retour"])[0, ret] > plain.entry_scores(text, "en", ["retour"])[0, ret]


def test_intent_bonus_stays_within_the_questions_language():
    m = KbMatcher(intent_bonus=0.3).fit(faq_table())
    got = m.match(["Qwerty zxcv?"], ["en"], ["retour"])  # no word in common: only the bonus speaks
    assert language_of(got.kb_id[0]) == "en"


def test_unmatched_question_still_names_an_entry_of_its_language():
    got = KbMatcher().fit(faq_table()).match(["Qwerty zxcv"], ["en"])
    assert got.kb_id[0] is None or language_of(got.kb_id[0]) == "en"


@pytest.mark.parametrize(
    ("param", "value"),
    [("char_weight", 1.5), ("answer_weight", -0.1), ("embedding_weight", 2.0), ("intent_bonus", 1.1),
     ("classifier", "maybe"), ("neighbour_weight", 1.2)],
)
def test_bad_parameter_raises_parameter_error_naming_it(param, value):
    with pytest.raises(ParameterError) as info:
        KbMatcher(**{param: value}).fit(faq_table())
    assert info.value.param == param
    assert str(value) in str(info.value)


def test_constructor_only_stores_parameters():
    m = KbMatcher(char_weight=7.0)  # validated in fit, not in __init__ (scikit-learn contract)
    assert m.get_params()["char_weight"] == 7.0


def test_empty_kb_raises_usage_error():
    with pytest.raises(UsageError, match="no entries"):
        KbMatcher().fit(KB_SCHEMA.empty_table())


def _many() -> tuple[list[str], list[str]]:
    texts, langs = [], []
    for n in range(24):  # 72 questions per language: more than one chunk in each language's branch
        for text, lang, _ in PARAPHRASES:
            texts.append(f"{text} {n}" if n % 2 else text)
            langs.append(lang)
    texts += ["Wie geht es dir?", "Hej med dig"]
    langs += ["de", "da"]
    return texts, langs


@pytest.mark.parametrize("kb", ["faq", "bot"])
def test_match_in_chunks_equals_one_by_one(monkeypatch, faq_matcher, bot_matcher, kb):
    matcher = faq_matcher if kb == "faq" else bot_matcher
    texts, langs = _many()
    assert min(langs.count(lang) for lang in ("nl", "da", "en")) > 64  # the smallest chunk is 64 questions
    single = [matcher.match([t], [lang]) for t, lang in zip(texts, langs)]
    monkeypatch.setattr(matcher_module, "_CELLS", 1)
    chunked = matcher.match(texts, langs)
    assert chunked.kb_id == [s.kb_id[0] for s in single]
    np.testing.assert_allclose(chunked.similarity, [s.similarity[0] for s in single], atol=1e-5)
    np.testing.assert_allclose(chunked.second_similarity, [s.second_similarity[0] for s in single], atol=1e-5)


def _faq(questions: list[str]) -> pa.Table:
    return faq_table([(f"e{i}-en", "en", q, "", None) for i, q in enumerate(questions)])


def test_reference_similarity_is_higher_for_a_kb_of_nearby_entries():
    """The KB-adaptive threshold: a FAQ whose entries resemble each other (return vs refund vs exchange) lets an
    unanswered question come closer to some entry than a FAQ of unrelated entries does."""
    from cxmine.classify.gaps.run import ADAPTIVE_BOUNDS, default_threshold

    near = KbMatcher().fit(_faq([
        "How do I return my order?", "How do I return a damaged order?", "How long does a return of my order take?",
        "Can I return my order without a receipt?", "How do I exchange my order?", "When do I get my refund for my order?",
        "Can I return my order after 30 days?", "Who pays for the return of my order?",
    ]))
    far = KbMatcher().fit(_faq([
        "What are your opening hours?", "Do you ship to Norway?", "Can I pay with Klarna?", "How do I reset my password?",
        "Is the sofa fabric washable?", "Where is your warehouse?", "Do you sell gift cards?", "How do I unsubscribe?",
    ]))
    assert near.reference_similarity_ > far.reference_similarity_
    lo, hi = ADAPTIVE_BOUNDS
    t_near = default_threshold("lexical", False, near.reference_similarity_)
    t_far = default_threshold("lexical", False, far.reference_similarity_)
    assert lo <= t_far < t_near <= hi


def test_small_kb_and_classifier_keep_the_fixed_default_threshold(bot_matcher):
    from cxmine.classify.gaps.run import DEFAULT_THRESHOLDS, default_threshold

    small = KbMatcher().fit(_faq(["What are your opening hours?", "Do you ship to Norway?"]))
    assert small.reference_similarity_ is None
    assert default_threshold("lexical", False, small.reference_similarity_) == DEFAULT_THRESHOLDS["lexical"]
    assert bot_matcher.reference_similarity_ is None
    assert default_threshold("lexical", True, 0.4) == DEFAULT_THRESHOLDS["lexical+emb"]


def test_with_a_sentence_model_the_similarity_mixes_in_the_chosen_entrys_nearest_example():
    from cxmine.classify.embeddings import embed_texts

    alone = KbMatcher(embedding_model="minilm", neighbour_weight=0.0, random_state=0).fit(bot_table())
    mixed = KbMatcher(embedding_model="minilm", neighbour_weight=0.7, random_state=0).fit(bot_table())
    texts = [q for q, _, _ in BOT_QUESTIONS] + ["What will the weather be like on Mars tomorrow?"]
    langs = [lang for _, lang, _ in BOT_QUESTIONS] + ["en"]
    a, m = alone.match(texts, langs), mixed.match(texts, langs)
    assert a.kb_id == m.kb_id  # the neighbours change how close, not which entry
    q = embed_texts(texts, "minilm")
    for i, kb_id in enumerate(m.kb_id):
        intent, lang = kb_id.rsplit("-", 1)
        nearest = float(np.max(embed_texts(BOT[(intent, lang)], "minilm") @ q[i]))
        assert m.similarity[i] == pytest.approx(0.3 * a.similarity[i] + 0.7 * max(nearest, 0.0), abs=1e-4)
    # far from every example: the classifier may still be sure, the mix is not
    assert m.similarity[-1] < a.similarity[-1] and m.similarity[-1] < min(m.similarity[:-1])


def test_predict_proba_with_given_embeddings_equals_computing_them():
    from cxmine.classify.embeddings import embed_texts

    m = KbMatcher(embedding_model="minilm", neighbour_weight=0.0, random_state=0).fit(bot_table())
    texts = [q for q, _, _ in BOT_QUESTIONS]
    langs = [lang for _, lang, _ in BOT_QUESTIONS]
    given = m.classifier_.predict_proba(texts, language=langs, embeddings=embed_texts(texts, "minilm"))
    assert np.allclose(given, m.classifier_.predict_proba(texts, language=langs), atol=1e-6)
