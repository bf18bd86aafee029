"""Tests for ``cxmine topics``: tiny nl/da/en question tables, seeded, no network."""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta, timezone

import numpy as np
import pyarrow as pa
import pyarrow.dataset as ds
import pytest

from cxmine.classify.topics.keywords import LemmaTokenizer, key_phrases
from cxmine.classify.topics.run import NoTextsError, TooFewTextsError, run_topics
from cxmine.errors import CxmineError
from cxmine.schema import MESSAGE_SCHEMA, QUESTION_SCHEMA, stable_id
from cxmine.store import replace_dataset

# three themes per language, each asked in several ways (JUNK_FOOD_DOCS style)
CORPUS = {
    "en": {
        "parcel": [
            "Where is my parcel?", "My parcel has not arrived yet", "When will my parcel be delivered?",
            "Can you track my parcel for me?", "The parcel delivery is late again", "Has my parcel been shipped?",
            "Parcel still not delivered, where is it?", "Why is my parcel delivery delayed?",
            "I am waiting for my parcel since Monday", "Is the parcel lost in delivery?",
        ],
        "refund": [
            "How do I get a refund?", "When will I receive my refund?", "I want a refund for my order",
            "Refund has not been paid back yet", "Can I get my money back as a refund?", "How long does a refund take?",
            "My refund is still missing", "Please refund the returned item", "Refund for the broken product?",
            "Where is the refund for my return?",
        ],
        "login": [
            "I cannot log in to my account", "How do I reset my password?", "Password reset link does not work",
            "My account login fails every time", "I forgot my password, how can I log in?",
            "Login page says wrong password", "Why is my account locked after login attempts?",
            "Can you unlock my account login?", "The password reset email never came", "How do I change my password?",
        ],
    },
    "nl": {
        "pakket": [
            "Waar is mijn pakket?", "Mijn pakket is nog niet bezorgd", "Wanneer wordt mijn pakket bezorgd?",
            "Kunt u mijn pakket volgen?", "Het pakket is te laat bezorgd", "Is mijn pakket al verzonden?",
            "Pakket nog steeds niet ontvangen, waar is het?", "Waarom is de bezorging van mijn pakket vertraagd?",
            "Ik wacht al sinds maandag op mijn pakket", "Is het pakket kwijt bij de bezorging?",
        ],
        "factuur": [
            "Ik heb een vraag over mijn factuur", "De factuur klopt niet", "Waarom is mijn factuur zo hoog?",
            "Kunt u de factuur opnieuw sturen?", "Ik heb de factuur niet ontvangen", "Er staat een fout op de factuur",
            "Hoe kan ik de factuur betalen?", "Factuur dubbel betaald, wat nu?", "Waar vind ik mijn facturen?",
            "De factuur heeft een verkeerd bedrag",
        ],
        "inloggen": [
            "Ik kan niet inloggen op mijn account", "Hoe reset ik mijn wachtwoord?", "Wachtwoord vergeten, hoe log ik in?",
            "Inloggen lukt niet meer", "Mijn account is geblokkeerd na inloggen", "De link voor het wachtwoord werkt niet",
            "Waarom kan ik niet inloggen?", "Hoe wijzig ik mijn wachtwoord?", "Inloggen geeft een foutmelding",
            "Account inloggen met nieuw wachtwoord lukt niet",
        ],
    },
    "da": {
        "pakke": [
            "Hvor er min pakke?", "Min pakke er ikke leveret endnu", "Hvornår bliver min pakke leveret?",
            "Kan I spore min pakke?", "Pakken er forsinket igen", "Er min pakke sendt?",
            "Pakken er stadig ikke leveret, hvor er den?", "Hvorfor er levering af min pakke forsinket?",
            "Jeg har ventet på min pakke siden mandag", "Er pakken blevet væk under levering?",
        ],
        "refusion": [
            "Hvordan får jeg pengene tilbage?", "Hvornår får jeg min refusion?", "Jeg vil have refusion for min ordre",
            "Refusion er ikke udbetalt endnu", "Kan jeg få pengene tilbage for varen?", "Hvor lang tid tager refusion?",
            "Min refusion mangler stadig", "Refunder venligst den returnerede vare", "Refusion for det ødelagte produkt?",
            "Hvor er refusion for min returnering?",
        ],
        "login": [
            "Jeg kan ikke logge ind på min konto", "Hvordan nulstiller jeg min adgangskode?",
            "Adgangskode glemt, hvordan logger jeg ind?", "Login virker ikke længere", "Min konto er spærret efter login",
            "Linket til adgangskode virker ikke", "Hvorfor kan jeg ikke logge ind?", "Hvordan ændrer jeg min adgangskode?",
            "Login giver en fejl", "Kan ikke logge ind med ny adgangskode",
        ],
    },
}
START = datetime(2026, 11, 9, 9, 0, tzinfo=timezone.utc)  # a Monday: ISO week 2026-W46


def _questions(languages=("en", "nl", "da"), week: int = 0, repeat: int = 1) -> tuple[pa.Table, dict[str, str]]:
    rows, truth = [], {}
    for lang in languages:
        for theme, texts in CORPUS[lang].items():
            for r in range(repeat):
                for i, text in enumerate(texts):
                    mid = stable_id(lang, theme, i, r, week)
                    qid = stable_id("q", mid)
                    truth[qid] = theme
                    # spread over two ISO weeks so the weekly table and the trend have something to show
                    sent = START + timedelta(weeks=week, days=(i % 2) * 7, hours=i)
                    rows.append(
                        {
                            "question_id": qid, "message_id": mid, "contact_id": stable_id("c", mid), "language": lang,
                            "text": text, "start": 0, "end": len(text), "sent_at": sent, "channel": "email",
                        }
                    )
    return pa.Table.from_pylist(rows, schema=QUESTION_SCHEMA), truth


def _out(tmp_path, table: pa.Table):
    replace_dataset(table, tmp_path / "questions", QUESTION_SCHEMA)
    return tmp_path


def _purity(result, truth) -> float:
    """Share of texts whose topic's majority theme is their own theme."""
    by_topic: dict[str, list[str]] = {}
    for r in result.assignments.to_pylist():
        by_topic.setdefault(r["topic_id"], []).append(truth[r["question_id"]])
    good = sum(max(v.count(t) for t in set(v)) for v in by_topic.values())
    return good / sum(len(v) for v in by_topic.values())


@pytest.fixture(scope="module")
def three_languages(tmp_path_factory):
    """One run over the nl/da/en corpus, shared by the tests that only read its results (a fit costs seconds)."""
    table, truth = _questions()
    out = _out(tmp_path_factory.mktemp("three"), table)
    return out, table, truth, run_topics(out, min_topic_size=3)


@pytest.mark.slow
def test_topics_per_language_are_pure_and_outliers_capped(three_languages):
    _, _, truth, result = three_languages
    assert set(result.outlier_share) == {"en", "nl", "da"}
    assert all(share <= 0.10 for share in result.outlier_share.values())
    assert _purity(result, truth) >= 0.85
    ids = result.topics.column("topic_id").to_pylist()
    assert all(i.split("-")[0] in {"en", "nl", "da"} for i in ids)
    # keywords are lemmas without filler: Dutch "facturen" and "factuur" are one word
    nl_keywords = {k for r in result.topics.to_pylist() if r["language"] == "nl" for k in r["keywords"]}
    assert "factuur" in nl_keywords and "facturen" not in nl_keywords
    all_keywords = {w for r in result.topics.to_pylist() for k in r["keywords"] for w in k.split()}
    assert not all_keywords & {"venligst", "please", "mijn", "min", "my"}  # filler and stop words


@pytest.mark.slow
def test_outputs_readable_with_hive_partitioning(three_languages):
    out, table, _, _ = three_languages
    topics = ds.dataset(out / "topics", format="parquet", partitioning="hive").to_table()
    assign = ds.dataset(out / "topic_assignments", format="parquet", partitioning="hive").to_table()
    weekly = ds.dataset(out / "topic_weekly", format="parquet", partitioning="hive").to_table()
    assert assign.num_rows == table.num_rows
    assert set(assign.column("question_id").to_pylist()) == set(table.column("question_id").to_pylist())
    assert {"topic_id", "label", "keywords", "size", "share", "examples", "first_seen", "last_seen"} <= set(topics.column_names)
    assert sum(topics.column("size").to_pylist()) == table.num_rows
    assert set(weekly.column("iso_week").to_pylist()) == {"2026-W46", "2026-W47"}
    assert sum(weekly.column("n").to_pylist()) == table.num_rows
    assert set(topics.column("language").to_pylist()) == {"nl", "da", "en"}


@pytest.mark.slow
def test_same_seed_same_assignments(tmp_path):
    table, _ = _questions(languages=("en",))
    a = run_topics(_out(tmp_path / "a", table), min_topic_size=4, write=False)
    # the same rows in another order: sorting by id first makes the fit independent of file order
    b = run_topics(_out(tmp_path / "b", table.take(pa.array(range(table.num_rows - 1, -1, -1)))), min_topic_size=4, write=False)
    key = ["question_id", "topic_id", "topic_id_raw", "probability"]
    assert a.assignments.select(key).sort_by("question_id").equals(b.assignments.select(key).sort_by("question_id"))


@pytest.mark.slow
def test_saved_model_keeps_ids_next_week(tmp_path):
    week1, _ = _questions(languages=("en",))
    model = tmp_path / "model"
    first = run_topics(_out(tmp_path / "w1", week1), min_topic_size=3, save_model_dir=model)
    assert (model / "manifest.json").exists() and (model / "en" / "embedder.skops").exists()
    assert (model / "en" / "bertopic").is_dir()
    # next week: the same questions asked again (other ids, later dates) plus a new theme
    week2, _ = _questions(languages=("en",), week=2)
    extra = [
        "How do I cancel my subscription?", "Cancel my subscription please", "I want to cancel the subscription",
        "Subscription cancel is not possible online", "Can I cancel my yearly subscription?",
        "Where do I cancel the subscription?", "Subscription cancelled but still charged",
    ]
    rows = week2.to_pylist()
    for i, text in enumerate(extra):
        rows.append({**rows[0], "question_id": f"new{i}", "message_id": f"newm{i}", "text": text})
    week2 = pa.Table.from_pylist(rows, schema=QUESTION_SCHEMA)
    second = run_topics(_out(tmp_path / "w2", week2), min_topic_size=3, model_dir=model, save_model_dir=model)
    topic1 = _topic_by_text(first, week1)
    topic2 = _topic_by_text(second, week2)
    same = [topic1[t] == topic2[t] for t in topic1]
    assert sum(same) / len(same) >= 0.9, "known questions changed topic id"
    known = set(topic1.values())
    new_ids = {topic2[t] for t in extra} - known
    assert new_ids, "the new theme got no new id"
    assert min(int(i.split("-")[1]) for i in new_ids) > max(int(i.split("-")[1]) for i in known if "outlier" not in i)
    # first_seen comes from week 1, last_seen from week 2
    kept = next(r for r in second.topics.to_pylist() if r["topic_id"] in known and "outlier" not in r["topic_id"])
    assert kept["first_seen"] < START + timedelta(weeks=2) <= kept["last_seen"]


def _topic_by_text(result, table) -> dict[str, str]:
    text_of = dict(zip(table.column("question_id").to_pylist(), table.column("text").to_pylist(), strict=True))
    return {text_of[r["question_id"]]: r["topic_id"] for r in result.assignments.to_pylist()}


def test_empty_and_tiny_inputs_raise_clear_errors(tmp_path):
    replace_dataset(QUESTION_SCHEMA.empty_table(), tmp_path / "empty" / "questions", QUESTION_SCHEMA)
    with pytest.raises(NoTextsError, match="ingest"):
        run_topics(tmp_path / "empty")
    table, _ = _questions(languages=("da",))
    with pytest.raises(TooFewTextsError, match="da: 30"):
        run_topics(_out(tmp_path / "tiny", table.slice(0, 30)), min_topic_size=20)
    assert issubclass(TooFewTextsError, CxmineError)


@pytest.mark.slow
def test_message_unit_uses_customer_messages_only(tmp_path):
    table, _ = _questions(languages=("en",))
    rows = []
    for i, q in enumerate(table.to_pylist()):
        rows.append(
            {
                "message_id": q["message_id"], "contact_id": q["contact_id"], "channel": "chat", "source_format": "test",
                "source_file": "t.json", "sent_at": q["sent_at"], "speaker": "customer" if i % 5 else "unknown",
                "text": q["text"], "language": "en",
            }
        )
        rows.append({**rows[-1], "message_id": q["message_id"] + "a", "speaker": "agent", "text": "Thanks for waiting"})
    replace_dataset(pa.Table.from_pylist(rows, schema=MESSAGE_SCHEMA), tmp_path / "messages", MESSAGE_SCHEMA)
    result = run_topics(tmp_path, unit="message", min_topic_size=4, write=False)
    assert result.assignments.num_rows == table.num_rows
    assert result.assignments.column("question_id").null_count == table.num_rows


def test_lemma_tokenizer_drops_filler_and_placeholders():
    assert LemmaTokenizer("nl")("Hallo, waar zijn mijn pakketten? Alvast bedankt, <NAME>") == ["pakket"]
    assert "hej" not in LemmaTokenizer("da")("Hej! Min pakke er ikke kommet. Mvh <NAME>")
    assert key_phrases(["card", "new card", "arrive", "card arrive", "track"]) == ["new card", "card arrive", "track"]


@pytest.mark.slow
def test_cli_prints_table(tmp_path):
    from typer.testing import CliRunner

    from cxmine.cli.app import app

    table, _ = _questions(languages=("en",))
    out = _out(tmp_path, table)
    res = CliRunner().invoke(app, ["topics", str(out), "--min-topic-size", "4"])
    assert res.exit_code == 0, res.output
    assert "en-0" in res.output and "share" in res.output


def test_reduce_outliers_caps_share_and_keeps_empty_texts_out():
    import numpy as np

    from cxmine.classify.topics.fit import reduce_outliers

    centroids = np.eye(3, dtype=np.float32)
    emb = np.vstack([np.eye(3)[[0, 1, 2] * 6], [[0.9, 0.1, 0.0]], [[0.2, 0.2, 0.1]], [[0.0, 0.0, 0.0]]]).astype(np.float32)
    emb[:-1] /= np.linalg.norm(emb[:-1], axis=1, keepdims=True)
    labels = np.array([0, 1, 2] * 6 + [-1, -1, -1])
    out = reduce_outliers(emb, labels, centroids, max_outlier_share=0.10, min_similarity=0.95)
    assert out[18] == 0  # clearly topic 0
    assert out[20] == -1  # a zero vector (no known word) stays an outlier
    assert (out < 0).mean() <= 0.10 or out[19] >= 0


def test_match_topics_is_one_to_one():
    import numpy as np

    from cxmine.classify.topics.store import match_topics

    old = np.eye(3, dtype=np.float32)
    new = np.array([[0.0, 1.0, 0.0], [0.0, 0.98, 0.2], [0.7, 0.0, 0.7]], dtype=np.float32)
    new /= np.linalg.norm(new, axis=1, keepdims=True)
    matched = match_topics(new, [["a"], ["a"], ["z"]], old, [["x"], ["a"], ["y"]])
    assert matched == {0: 1}  # the closest pair wins; no old id is given twice; weak matches get new ids


def _outcome(lang: str, labels: list[int], index: list[int]):
    from types import SimpleNamespace

    import numpy as np

    topics = [SimpleNamespace(topic_id=f"{lang}-{k}") for k in range(max(labels) + 1)]
    return SimpleNamespace(lang=lang, labels=np.array(labels), index=index, model=SimpleNamespace(topics=topics))


def test_trend_compares_the_week_so_far_with_the_same_span_a_week_earlier():
    from datetime import datetime, timezone

    from cxmine.classify.topics.output import trends

    def at(day: int, hour: int = 12) -> datetime:
        return datetime(2026, 11, day, hour, tzinfo=timezone.utc)

    # Dutch: the export ends Wednesday 18 Nov (W47). W46 Mon-Wed (9-11 Nov) has 2 texts of nl-0; its Thursday
    # and Friday texts (12-13 Nov) fall outside the span and must not count, or a busy week would look quiet.
    nl_times = [at(9), at(10), at(12), at(13), at(16), at(17), at(18), at(18, 9)]
    nl_labels = [0, 0, 0, 0, 0, 0, 0, 1]
    # Danish data ends on Sunday 15 Nov (W46 complete): a plain week-on-week comparison with W45
    da_times = [at(2), at(3), at(9), at(15, 20)]
    table = pa.table({"sent_at": pa.array(nl_times + da_times + [None], pa.timestamp("us", tz="UTC"))})
    outcomes = {
        "nl": _outcome("nl", nl_labels, list(range(8))),
        "da": _outcome("da", [0, 0, 0, 0, 0], [8, 9, 10, 11, 12]),  # the last text has no date
    }
    got = trends(outcomes, table)
    assert got.cells == {"nl-0": "2→3 +50%", "nl-1": "0→1 new", "da-0": "2→2 ="}
    assert len(got.notes) == 1 and got.notes[0].startswith("nl: 2026-W47 runs to Wed 12:00 UTC")


def test_trend_needs_an_earlier_week():
    from datetime import datetime, timezone

    from cxmine.classify.topics.output import trends

    day = datetime(2026, 11, 17, tzinfo=timezone.utc)
    table = pa.table({"sent_at": pa.array([day, day], pa.timestamp("us", tz="UTC"))})
    got = trends({"en": _outcome("en", [0, 0], [0, 1])}, table)
    assert got.cells == {} and got.notes == []


# --- a small week: the guided method, themes across languages, readable labels --------------------------------

KLARNA = {
    "en": ["Can I pay with Klarna?", "Klarna payment was declined", "How do I pay later with Klarna?",
           "Is Klarna available for my order?", "Klarna says my payment failed", "Klarna invoice not received",
           "Why does Klarna reject me?", "Can I split the payment with Klarna?"],
    "nl": ["Kan ik met Klarna betalen?", "Klarna betaling is geweigerd", "Hoe betaal ik achteraf met Klarna?",
           "Is Klarna beschikbaar voor mijn bestelling?", "Klarna zegt dat mijn betaling mislukt is",
           "Klarna factuur niet ontvangen", "Waarom weigert Klarna mij?", "Kan ik de betaling met Klarna spreiden?"],
    "da": ["Kan jeg betale med Klarna?", "Klarna betaling blev afvist", "Hvordan betaler jeg senere med Klarna?",
           "Er Klarna muligt for min ordre?", "Klarna siger at min betaling fejlede", "Klarna faktura ikke modtaget",
           "Hvorfor afviser Klarna mig?", "Kan jeg dele betalingen op med Klarna?"],
}


@pytest.fixture(scope="module")
def small_week(tmp_path_factory):
    """The nl/da/en corpus plus a Klarna theme in every language, default sizes, no intent model (fast)."""
    table, truth = _questions()
    rows = table.to_pylist()
    for lang, texts in KLARNA.items():
        for i, text in enumerate(texts):
            mid = stable_id(lang, "klarna", i)
            qid = stable_id("q", mid)
            truth[qid] = "klarna"
            rows.append({"question_id": qid, "message_id": mid, "contact_id": stable_id("c", mid), "language": lang,
                         "text": text, "start": 0, "end": len(text), "sent_at": START + timedelta(hours=i),
                         "channel": "chat"})
    out = _out(tmp_path_factory.mktemp("small"), pa.Table.from_pylist(rows, schema=QUESTION_SCHEMA))
    return out, truth, run_topics(out, intent_model=False)


@pytest.mark.slow
def test_small_week_uses_the_guided_method_and_says_why(small_week):
    out, truth, result = small_week
    for lang in ("nl", "da", "en"):
        method, why = result.method[lang]
        assert method == "guided" and "38 texts < 250" in why
        topics = [r for r in result.topics.to_pylist() if r["language"] == lang and not r["topic_id"].endswith("outlier")]
        assert len(topics) >= 3  # not one blob
        assert max(r["share"] for r in topics) <= 0.5
        assert result.outlier_share[lang] <= 0.15  # not all outliers
        assert {r["method"] for r in topics} == {"guided"} and all("< 250" in r["method_reason"] for r in topics)
    assert _purity(result, truth) >= 0.85
    written = ds.dataset(out / "topics", format="parquet", partitioning="hive").to_table()
    assert {"theme_id", "theme_label", "method", "method_reason"} <= set(written.column_names)


@pytest.mark.slow
def test_theme_id_links_a_product_name_across_languages(small_week):
    _, truth, result = small_week
    theme_of = {r["topic_id"]: r["theme_id"] for r in result.topics.to_pylist()}
    themes: dict[str, Counter] = {}
    for r in result.assignments.to_pylist():
        if truth[r["question_id"]] == "klarna":
            themes.setdefault(r["language"], Counter())[theme_of.get(r["topic_id"])] += 1
    majority = {lang: c.most_common(1)[0][0] for lang, c in themes.items()}
    assert set(majority) == {"nl", "da", "en"}
    assert len(set(majority.values())) == 1 and None not in majority.values(), majority
    label = next(r["theme_label"] for r in result.topics.to_pylist() if r["theme_id"] == majority["en"])
    assert "klarna" in label.lower()


@pytest.mark.slow
def test_large_input_keeps_density_clustering(tmp_path):
    table, _ = _questions(languages=("en",))
    result = run_topics(_out(tmp_path, table), min_topic_size=3, write=False, small_texts=10, intent_model=False)
    assert result.method["en"][0] == "hdbscan" and ">= 10" in result.method["en"][1]


def test_guided_clusters_are_deterministic_and_drop_tiny_clusters():
    from cxmine.classify.topics.guided import guided_clusters, guided_vectors

    docs = [t for texts in CORPUS["en"].values() for t in texts] + ["ok"]
    v = guided_vectors(docs, "en")
    a, b = guided_clusters(v, 3), guided_clusters(v, 3)
    assert (a == b).all() and a.max() >= 2  # three themes, same result twice
    sizes = np.bincount(a[a >= 0])
    assert sizes.min() >= 3 and sizes[0] == sizes.max()  # topic 0 is the largest


def test_labels_drop_generic_customer_service_verbs():
    from cxmine.classify.topics.keywords import keywords_by_topic

    docs = ["I need to order a new dining table", "need my dining table order sent", "want to check my order",
            "Ik wil graag een eettafel bestellen, kunnen jullie de levertijd sturen?"]
    en = keywords_by_topic(docs[:3], np.array([0, 0, 0]), "en")[0]
    assert key_phrases(en)[0] == "dining table"
    assert not {"need", "order", "send", "want", "check"} & {w for k in key_phrases(en) for w in k.split()}
    nl = keywords_by_topic(docs[3:], np.array([0]), "nl")[0]
    assert set(nl[:2]) == {"eettafel", "levertijd"}  # the theme words first
    assert not {"kunnen", "willen", "bestellen", "sturen"} & set(nl)  # no generic word on its own
    # only generic words: they are all there is, so they stay
    assert keywords_by_topic(["I need to order", "need order"], np.array([0, 0]), "en")[0]


def test_themes_view_orders_ties_by_theme_number_and_takes_the_label_topics_example():
    from cxmine.classify.topics.output import themes_view

    def row(topic_id, lang, size, theme, example):
        return {"topic_id": topic_id, "language": lang, "size": size, "share": size / 100, "label": topic_id,
                "examples": [example] if example else [], "theme_id": theme, "theme_label": f"label {theme}"}

    rows = [  # as read back from OUT/topics: by language partition, not by size
        row("da-3", "da", 4, "theme-9", "Hvor er den?"),
        row("da-0", "da", 6, "theme-9", "Hvor er min pakke?"),
        row("en-1", "en", 20, "theme-0", "Where is my parcel?"),
        row("nl-0", "nl", 30, "theme-0", "Waar blijft mijn pakket?"),
        row("en-0", "en", 10, "theme-10", "Can I pay with Klarna?"),
        row("nl-outlier", "nl", 5, None, None),
    ]
    view = themes_view(pa.Table.from_pylist(rows))
    assert [v["theme_id"] for v in view] == ["theme-0", "theme-9", "theme-10", "outlier"]
    assert view[0]["example"] == "Where is my parcel?"  # the label is the English topic's: so is the example
    assert view[1]["example"] == "Hvor er min pakke?"  # no English topic: the largest topic's, as the label
    assert view[0]["languages"]["nl"]["n"] == 30 and view[0]["size"] == 50
