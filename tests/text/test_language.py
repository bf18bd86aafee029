"""Tests for cxmine.text.language: labels, "und"/"other", scores, caching and per-contact smoothing."""

from __future__ import annotations

import pytest

from cxmine.text.language import LanguageDetector, clean_for_detection, smooth_by_contact


@pytest.fixture(scope="module")
def det() -> LanguageDetector:
    return LanguageDetector()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Hvornår kommer min pakke? Jeg har ventet i to uger.", "da"),
        ("Jeg vil gerne opsige mit abonnement", "da"),
        ("Wanneer wordt mijn bestelling geleverd? Ik wacht al twee weken.", "nl"),
        ("Ik wil graag mijn abonnement opzeggen", "nl"),
        ("When will my order arrive? I have been waiting for two weeks.", "en"),
        ("I would like to cancel my subscription", "en"),
        ("Hej <NAME>, min faktura fra <DATE> er forkert", "da"),
        ("Goedemiddag, kunt u mij bellen op <PHONE>?", "nl"),
    ],
)
def test_detects_candidate_languages(det: LanguageDetector, text: str, lang: str) -> None:
    label, score = det.detect(text)
    assert label == lang
    assert 0.5 < score <= 1.0


@pytest.mark.parametrize(
    "text",
    [
        "Wann kommt mein Paket an? Ich warte schon seit zwei Wochen.",
        "När kommer mitt paket? Jag har väntat i två veckor nu.",
        "Quand est-ce que mon colis arrive ? J'attends depuis deux semaines.",
        "¿Dónde está mi pedido? Llevo dos semanas esperando.",
        "Когда придёт моя посылка?",
    ],
)
def test_other_languages(det: LanguageDetector, text: str) -> None:
    label, score = det.detect(text)
    assert label == "other"
    assert 0.0 <= score <= 1.0


@pytest.mark.parametrize(
    "text", ["", "   ", "🙂👍", "12345 678", "<NAME> <EMAIL>", "https://example.com/a/b", "a@b.dk", "?"]
)
def test_und_for_too_little_text(det: LanguageDetector, text: str) -> None:
    assert det.detect(text) == ("und", 0.0)


def test_clean_removes_placeholders_and_urls() -> None:
    cleaned = clean_for_detection("Se <URL> og https://x.dk/a eller mail <EMAIL> til a@b.dk")
    assert "<" not in cleaned and "http" not in cleaned and "@" not in cleaned
    assert "Se" in cleaned and "eller" in cleaned


def test_detect_many_matches_detect_and_caches(det: LanguageDetector) -> None:
    texts = ["Tak for hjælpen!", "Dank je wel!", "Thank you so much!", "", "Tak for hjælpen!"]
    langs, scores = det.detect_many(texts)
    assert langs == [det.detect(t)[0] for t in texts]
    assert langs[0] == langs[4] and scores[0] == scores[4]
    assert langs[3] == "und"
    assert all(0.0 <= s <= 1.0 for s in scores)


def test_restricting_candidates(det: LanguageDetector) -> None:
    two = LanguageDetector(languages=("da", "en"))
    label, _ = two.detect("Ik wil graag mijn abonnement opzeggen alstublieft")
    assert label in ("da", "en", "other")
    assert label != "nl"


def test_unknown_backend_is_rejected() -> None:
    with pytest.raises(ValueError, match="backend"):
        LanguageDetector(backend="cld3")


@pytest.mark.parametrize("backend", ["lingua", "langdetect"])
def test_other_backends(backend: str) -> None:
    d = LanguageDetector(backend=backend)
    assert d.detect("Hvornår kommer min pakke? Jeg har ventet i to uger.")[0] == "da"
    assert d.detect("Wanneer wordt mijn bestelling geleverd? Ik wacht al twee weken.")[0] == "nl"
    assert d.detect("<NAME>")[0] == "und"


def test_smooth_short_turns_take_contact_language() -> None:
    texts = [
        "Hej, jeg har ikke modtaget min pakke endnu, kan I se hvor den er?",
        "Thanks!",
        "ok",
        "Den skulle være kommet i tirsdags, ordrenummer står i mailen",
        "🙂",
        "Hello, my invoice for March is wrong, can you check the amount please?",
        "ok",
    ]
    contacts = ["c1", "c1", "c1", "c1", "c1", "c2", "c2"]
    langs = ["da", "en", "nl", "da", "und", "en", "da"]
    scores = [0.99, 0.95, 0.4, 0.98, 0.0, 0.99, 0.5]
    out_l, out_s = smooth_by_contact(langs, scores, contacts, texts)
    assert out_l == ["da", "da", "da", "da", "und", "en", "en"]
    assert all(0.0 <= s <= 1.0 for s in out_s)


def test_smooth_keeps_long_confident_turns_and_mixed_contacts() -> None:
    texts = [
        "Jeg vil gerne opsige mit abonnement fra næste måned",
        "I would like to cancel my subscription today",
        "ok",
    ]
    out_l, _ = smooth_by_contact(["da", "en", "en"], [0.99, 0.99, 0.4], ["c", "c", "c"], texts)
    # no language dominates (about half the letters each): nothing changes
    assert out_l == ["da", "en", "en"]


def test_smooth_length_mismatch() -> None:
    with pytest.raises(ValueError):
        smooth_by_contact(["da"], [1.0, 0.5], ["c"], ["x"])


@pytest.mark.parametrize(
    "text",
    [
        "Jeg har ikke fått pakken min ennå, kan dere sjekke hva som har skjedd med den?",
        "Ek het nog nie my pakkie ontvang nie, kan julle asseblief kyk wat gebeur het?",
    ],
)
def test_close_relatives_are_other(det: LanguageDetector, text: str) -> None:
    assert det.detect(text)[0] == "other"


def test_detect_then_smooth_end_to_end(det: LanguageDetector) -> None:
    texts = [
        "Hej, jeg har ikke modtaget min pakke endnu, kan I se hvor den er?",
        "Thanks!",
        "ok",
        "Perfekt, så venter jeg på den og ringer igen i morgen",
    ]
    langs, scores = det.detect_many(texts)
    assert langs[0] == "da" and langs[3] == "da"
    out, _ = smooth_by_contact(langs, scores, ["c"] * 4, texts)
    assert out == ["da", "da", "da", "da"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # same message in Norwegian and Danish, Afrikaans and Dutch: the marker words decide, not the topic
        ("Kan du hjelpe meg med noe? Jeg fikk ikke kvitteringen.", "other"),
        ("Kan du hjælpe mig med noget? Jeg fik ikke kvitteringen.", "da"),
        ("Ek weet nie waar my bestelling is nie.", "other"),
        ("Ik weet niet waar mijn bestelling is.", "nl"),
    ],
)
def test_marker_words_separate_close_relatives(det: LanguageDetector, text: str, lang: str) -> None:
    assert det.detect(text)[0] == lang


def test_relative_margin_option() -> None:
    strict = LanguageDetector(relative_margin=0.2)
    assert strict.detect("Hvornår kommer min pakke? Jeg har ventet i to uger.")[0] == "da"
    assert strict.detect("Ek het nog nie my pakkie ontvang nie, kan julle asseblief kyk?")[0] == "other"


def test_lexicon_cache_is_written_memory_mapped_and_rebuilt(tmp_path) -> None:
    import numpy as np

    from cxmine.text.language_lexicon import Lexicon, word_hash

    lex = Lexicon.open("af", tmp_path)  # Afrikaans: only spaCy's stop words, so building is instant
    files = list(tmp_path.glob("af-*.npy"))
    assert len(files) == 1 and len(lex) > 10
    assert isinstance(lex.hashes.base, np.memmap)  # backed by the mapped file, not a private copy
    assert lex.contains(["nie", "qqxzvw"]).tolist() == [True, False]
    assert np.all(np.diff(lex.hashes.astype(np.uint64)) > 0)  # sorted, unique: searchsorted is valid
    assert word_hash("nie") == word_hash("nie") != word_hash("Nie")
    files[0].write_bytes(b"not a numpy file")  # a truncated/corrupt cache file is rebuilt, not fatal
    again = Lexicon.open("af", tmp_path)
    assert again.contains(["nie"]).tolist() == [True]
    assert np.load(files[0]).shape == lex.hashes.shape


def test_lexicon_without_cache_folder_still_works(tmp_path) -> None:
    from cxmine.text.language_lexicon import Lexicon

    blocker = tmp_path / "file"
    blocker.write_text("x")  # a file where the folder should be: saving fails, the array stays in memory
    lex = Lexicon.open("af", blocker / "sub")
    assert lex.contains(["nie"]).tolist() == [True]


def test_preload_returns_self_and_keeps_results(det: LanguageDetector) -> None:
    text = "Wanneer wordt mijn bestelling geleverd? Ik wacht al twee weken."
    before = det.detect(text)
    det._cache.clear()
    assert det.preload() is det
    assert det.detect(text) == before


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # spelling markers added for Norwegian/Danish pairs: hjelp/hjælp, takk/tak, av/af
        ("Jeg trenger hjelp med kontoen min, takk.", "other"),
        ("Jeg har brug for hjælp med min konto, tak.", "da"),
    ],
)
def test_spelling_markers_separate_norwegian(det: LanguageDetector, text: str, lang: str) -> None:
    assert det.detect(text)[0] == lang


def test_wordlist_rule_catches_norwegian_without_markers(det: LanguageDetector) -> None:
    # no marker word: the Norwegian-only forms ("passordet", "lenger") and lingua {da, nb, nn} decide
    nb = "Jeg kan ikke logge inn på kontoen, passordet virker ikke lenger."
    da = "Jeg kan ikke logge ind på kontoen, adgangskoden virker ikke længere."
    assert det.detect(nb)[0] == "other"
    assert det.detect(da)[0] == "da"
    assert LanguageDetector(wordlist_margin=None).detect(nb)[0] == "da"  # the rule, not a marker, decided


def test_wordlist_rule_needs_four_words() -> None:
    # three words are too few for word-list evidence (short Danish turns must stay Danish); four are enough
    d = LanguageDetector()
    assert d.detect("virker ikke lenger")[0] == "da"
    assert d.detect("kontoen virker ikke lenger")[0] == "other"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # two-word turns whose character n-grams point elsewhere; the frequent function words decide
        ("wat is", "nl"),
        ("is de", "nl"),
        ("i morgen", "da"),
        ("er her", "da"),
        ("last week", "en"),
        ("order status", "en"),
    ],
)
def test_word_frequencies_decide_short_turns(det: LanguageDetector, text: str, lang: str) -> None:
    assert det.detect(text)[0] == lang


def test_word_frequencies_change_the_choice_between_candidates() -> None:
    # lingua alone (with lexicon coverage) reads these as another candidate; the word-unigram term fixes them
    texts = {"wat is": "nl", "is de": "nl", "i morgen": "da", "last week": "en"}
    without = LanguageDetector(word_weight=0.0)
    with_words = LanguageDetector()
    assert sum(without.detect(t)[0] == lang for t, lang in texts.items()) < len(texts)
    assert all(with_words.detect(t)[0] == lang for t, lang in texts.items())


def test_word_frequencies_keep_short_turns_from_other() -> None:
    # a misspelt Danish word looks Romance to the wide n-gram model; "alle" is a frequent Danish word, so the
    # word lists veto "other" for this two-word turn; a real French turn stays "other"
    d = LanguageDetector()
    assert d.detect("anullér alle")[0] == "da"
    assert d.detect("merci beaucoup")[0] == "other"
    no_veto = LanguageDetector()
    no_veto._use_word_veto = False
    assert no_veto.detect("anullér alle")[0] == "other"


def test_detector_works_without_word_frequencies(monkeypatch) -> None:
    # wordfreq missing (or no list for a candidate): detection falls back to lingua + lexicon coverage
    import cxmine.text.language as language

    monkeypatch.setattr(language.WordFreq, "load", classmethod(lambda cls, lang, size="best": None))
    d = LanguageDetector().preload()
    assert d._freq == {}
    assert d.detect("Hvornår kommer min pakke? Jeg har ventet i to uger.")[0] == "da"
    assert d.detect("Guten Tag, wo ist mein Paket? Ich warte schon zwei Wochen.")[0] == "other"


def test_wordfreq_lists_do_not_fall_back_to_a_neighbour(tmp_path) -> None:
    import numpy as np

    from cxmine.text.language_lexicon import WordFreq, hash_words, wordfreq_lists

    # wordfreq answers "af" with Dutch and Danish "large" with Norwegian; neither may be used
    assert wordfreq_lists("af") == () and wordfreq_lists("nn") == ()
    assert wordfreq_lists("da") == ("small",)
    assert WordFreq.open("af", tmp_path) is None
    da = WordFreq.open("da", tmp_path)
    assert da is not None and 1e-7 < da.cutoff < 1e-5  # the small list stops near 1e-6
    assert isinstance(da.hashes.base, np.memmap) and np.all(np.diff(da.hashes) > 0)
    logf = da.log_freqs(hash_words(["og", "qqxzvw"]), floor=1e-9)
    assert logf[0] > np.log(1e-3) and logf[1] == pytest.approx(np.log(1e-9))
    for path in tmp_path.glob("da-wf*-hash*.npy"):
        path.write_bytes(b"truncated")  # a corrupt cache file is rebuilt
    again = WordFreq.open("da", tmp_path)
    assert again is not None and len(again) == len(da)


def test_smooth_keeps_long_other_turns() -> None:
    # a German sentence in a Danish conversation stays "other" even with a modest "other" score; "Danke!" joins
    texts = [
        "Hej, jeg har ikke modtaget min pakke endnu, kan I se hvor den er?",
        "Ich habe das Paket immer noch nicht bekommen, bitte prüfen Sie das.",
        "Danke!",
        "Den skulle være kommet i tirsdags, ordrenummer står i mailen",
    ]
    out_l, _ = smooth_by_contact(["da", "other", "other", "da"], [0.99, 0.62, 0.55, 0.98], ["c"] * 4, texts)
    assert out_l == ["da", "other", "da", "da"]


def test_wordfreq_index_is_cached_so_detection_need_not_import_wordfreq(monkeypatch) -> None:
    import sys

    from cxmine.text import language_lexicon as ll

    ll._wordfreq_index.cache_clear()
    assert ll.wordfreq_lists("nl") == ("large", "small")  # asks wordfreq once and writes the index
    ll._wordfreq_index.cache_clear()
    monkeypatch.setitem(sys.modules, "wordfreq", None)  # "import wordfreq" now fails
    assert ll.wordfreq_lists("nl") == ("large", "small") and ll.wordfreq_lists("af") == ()
    ll._wordfreq_index.cache_clear()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Wo ist mein Paket?", "other"),  # lingua's wide set prefers German only a little; the word lists agree
        ("grazie mille", "other"),
        ("Wo is mijn pakket?", "nl"),  # a Dutch turn with one German-looking word stays Dutch
        ("Kan jeg returnere varen?", "da"),
    ],
)
def test_word_frequencies_confirm_other(det: LanguageDetector, text: str, lang: str) -> None:
    assert det.detect(text)[0] == lang


def test_word_other_margin_option() -> None:
    assert LanguageDetector(word_other_margin=None).detect("Wo ist mein Paket?")[0] == "nl"  # the rule decided


def test_constructor_is_cheap_models_load_on_first_use(monkeypatch) -> None:
    # scikit-learn's rule: __init__ stores parameters; nothing is loaded until the detector is used
    import cxmine.text.language as language

    calls = []
    monkeypatch.setattr(language.lb, "lingua_detector", lambda *a, **k: calls.append(a) or (_ for _ in ()).throw(RuntimeError("loaded")))
    d = LanguageDetector(languages=("nl", "da", "en"))
    assert calls == [] and d.languages == ("nl", "da", "en")
    with pytest.raises(RuntimeError, match="loaded"):
        d.detect("Waar is mijn pakket?")
    assert calls
