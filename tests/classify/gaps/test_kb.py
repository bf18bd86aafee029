"""Knowledge-base readers for ``cxmine gaps``: FAQ/chatbot tables, Rasa, Dialogflow, articles, problems, ids."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from cxmine.classify.gaps import kb_formats
from cxmine.classify.gaps.kb import KB_SCHEMA, KbProblem, describe_kb, normalize_language, read_kb
from cxmine.errors import ReaderError, UsageError

KB = Path(__file__).resolve().parents[2] / "data" / "kb"

# A tiny word-count language guesser standing in for cxmine.text.language (no models in these tests).
_WORDS = {
    "nl": {"ik", "mijn", "waar", "wanneer", "het", "is", "pakket", "bestelling", "hallo", "goedemorgen", "wordt"},
    "da": {"jeg", "min", "hvor", "hvornår", "er", "pakke", "ordre", "hej", "goddag", "vi", "til", "kommer"},
    "en": {"i", "my", "where", "when", "the", "is", "parcel", "order", "hello", "good", "morning", "there"},
}


def guess(texts: list[str]) -> list[str]:
    out = []
    for text in texts:
        words = set(text.lower().replace("?", " ").split())
        scores = {lang: len(words & vocab) for lang, vocab in _WORDS.items()}
        best = max(scores, key=scores.get)
        out.append(best if scores[best] else "und")
    return out


def rows(table: pa.Table) -> dict[str, dict]:
    return {r["kb_id"]: r for r in table.to_pylist()}


def assert_no_text(problems: list[KbProblem], *texts: str) -> None:
    for p in problems:
        for text in texts:
            assert text.lower() not in p.detail.lower(), (p, text)


# --- FAQ tables ---------------------------------------------------------------------------------------------


def test_faq_csv_nl_semicolon_case_insensitive_columns() -> None:
    path = KB / "faq" / "faq_nl.csv"
    table, problems = read_kb([path])
    assert problems == [] and table.schema == KB_SCHEMA
    got = rows(table)
    assert list(got) == ["nl-001", "nl-002", "nl-003", "nl-004"]
    first = got["nl-001"]
    assert first["title"] == first["text"] == "Hoe kan ik mijn bestelling retourneren?"
    assert first["answer"] == "Via het retourportaal op onze website."
    assert (first["kind"], first["intent"], first["source"]) == ("faq", "retour", str(path))
    assert got["nl-003"]["intent"] is None
    assert got["nl-004"]["answer"] == "Bel ons op werkdagen; of stuur een bericht via de chat."
    assert {r["language"] for r in got.values()} == {"nl"}  # nl-NL, nl_NL, NL


def test_faq_tsv_da_and_jsonl_en_with_title_column_and_stable_ids() -> None:
    table, problems = read_kb([str(KB / "faq" / "faq_da.tsv"), str(KB / "faq" / "faq_en.jsonl")])
    assert problems == []
    got = rows(table)
    assert [got[i]["language"] for i in ("1", "2", "3")] == ["da", "da", "da"]
    assert got["2"]["title"] == "Hvordan returnerer jeg en vare?"
    en = [r for r in got.values() if r["language"] == "en"]
    assert [r["title"] for r in en] == [
        "How do I return an item?",
        "When will my parcel arrive?",
        "Can I change my delivery address?",
    ]
    assert all(r["kb_id"].startswith("faq-") for r in en)
    again, _ = read_kb([KB / "faq" / "faq_en.jsonl"])
    assert again.column("kb_id").to_pylist() == [r["kb_id"] for r in en]


def test_faq_parquet_numeric_ids_and_translations_sharing_an_id(tmp_path: Path) -> None:
    path = tmp_path / "faq.parquet"
    data = {
        "Id": [1.0, 1.0, None],
        "Question": ["Wat kost verzending?", "Hvad koster fragt?", "What does shipping cost?"],
        "Answer": ["Niets boven 20 euro.", "Intet over 150 kr.", "Nothing over 20 pounds."],
        "Language": ["nl-BE", "da", "en-US"],
    }
    pq.write_table(pa.table(data), path)
    table, problems = read_kb([path])
    assert problems == []
    ids = table.column("kb_id").to_pylist()
    assert ids[:2] == ["1-nl", "1-da"] and ids[2].startswith("faq-")  # one id in several languages: suffixed
    assert table.column("language").to_pylist() == ["nl", "da", "en"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [("nl-NL", "nl"), ("da_DK", "da"), ("en-GB", "en"), ("EN", "en"), (" Dansk ", "da"), ("dutch", "nl"),
     ("nld", "nl"), ("de-DE", "de"), ("", None), (None, None), (False, None)],
)  # fmt: skip
def test_normalize_language(value: object, expected: str | None) -> None:
    assert normalize_language(value) == expected


def test_language_listed_with_region_is_kept_whole() -> None:
    assert normalize_language("pt_BR", ("nl", "pt-br")) == "pt-br"


# --- chatbot training data ----------------------------------------------------------------------------------


def test_chatbot_table_one_entry_per_intent_and_language() -> None:
    table, problems = read_kb([KB / "chatbot" / "training.csv"])
    assert problems == []
    got = rows(table)
    assert set(got) == {
        "track_order-nl", "track_order-da", "track_order-en", "cancel_order-nl", "cancel_order-en", "opening_hours",
    }  # fmt: skip
    nl = got["track_order-nl"]
    assert nl["text"] == "Waar is mijn pakket?\nWanneer komt mijn bestelling?"
    assert (nl["title"], nl["intent"], nl["answer"], nl["kind"]) == ("track order", "track_order", "", "chatbot")
    assert got["track_order-en"]["text"] == "Where is my parcel?"  # duplicate example kept once
    assert got["opening_hours"]["language"] == "da"  # one language only: no suffix


def test_rasa_yaml_strips_entities_and_skips_synonyms_regex_lookup() -> None:
    table, problems = read_kb([KB / "rasa" / "nl" / "nlu.yml"])
    assert problems == []
    got = rows(table)
    assert list(got) == ["track_order", "greet"]
    assert got["track_order"]["text"] == (
        "Waar is mijn pakket?\nWanneer wordt mijn bestelling in Amsterdam bezorgd?\n"
        "Mijn pakket is nog niet in Utrecht aangekomen"
    )
    assert got["greet"]["text"] == "Hallo\nGoedemorgen"
    assert got["greet"]["language"] is None  # Rasa has no language and no detector was given


def test_rasa_yaml_example_list_with_metadata_and_legacy_markdown() -> None:
    table, _ = read_kb([KB / "rasa" / "en" / "nlu.yml"], detect_language=guess)
    en = rows(table)
    assert en["greet"]["text"] == "Hello there\nGood morning" and en["greet"]["language"] == "en"
    assert en["track_order"]["text"] == "Where is my parcel?\nWhen will my order arrive in London?"
    table, problems = read_kb([KB / "rasa" / "da" / "nlu.md"], detect_language=guess)
    da = rows(table)
    assert problems == [] and list(da) == ["track_order", "greet"]
    assert da["track_order"]["text"] == "Hvor er min pakke?\nHvornår kommer min ordre til København?"
    assert {r["language"] for r in da.values()} == {"da"}


def test_rasa_folder_detected_languages_suffix_ids_and_domain_yml_is_ignored() -> None:
    table, problems = read_kb([KB / "rasa"], detect_language=guess)
    assert problems == []
    assert sorted(table.column("kb_id").to_pylist()) == [
        "greet-da", "greet-en", "greet-nl", "track_order-da", "track_order-en", "track_order-nl",
    ]  # fmt: skip


def _dialogflow_expected(table: pa.Table, prefix: str) -> None:
    got = rows(table)
    assert set(got) == {"Bestelling_status-nl", "Bestelling_status-en", "Bestelling_status-da", "Retour"}
    nl = got["Bestelling_status-nl"]
    assert nl["text"] == "Waar is mijn bestelling van gisteren?\nWanneer komt mijn pakket?"
    assert (nl["title"], nl["intent"], nl["language"]) == ("Bestelling status", "Bestelling_status", "nl")
    assert nl["source"] == f"{prefix}intents/Bestelling_status_usersays_nl.json"
    assert got["Bestelling_status-en"]["text"] == "Where is my order?\nTrack my parcel to Amsterdam"
    assert got["Bestelling_status-da"]["language"] == "da"
    assert got["Retour"]["language"] == "nl"


def test_dialogflow_agent_folder() -> None:
    table, problems = read_kb([KB / "dialogflow"])
    assert problems == []
    _dialogflow_expected(table, f"{KB / 'dialogflow'}/")


def test_dialogflow_agent_zip_is_read_without_extracting(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    archive = tmp_path / "agent.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for f in sorted((KB / "dialogflow").rglob("*")):
            if f.is_file():
                zf.write(f, f.relative_to(KB / "dialogflow").as_posix())

    def no_extract(*args: object, **kwargs: object) -> None:
        raise AssertionError("zip members must not be extracted")

    monkeypatch.setattr(zipfile.ZipFile, "extract", no_extract)
    monkeypatch.setattr(zipfile.ZipFile, "extractall", no_extract)
    table, problems = read_kb([archive])
    assert problems == []
    _dialogflow_expected(table, f"{archive}!")


# --- help-centre articles -----------------------------------------------------------------------------------


def test_article_folder_titles_bodies_languages_and_ignored_files() -> None:
    folder = KB / "helpcentre"
    table, problems = read_kb([folder])
    assert problems == []  # README, LICENSE, hidden, _config.yml and the .png are skipped quietly
    got = rows(table)
    assert set(got) == {"nl/retourneren", "nl/bezorging", "da/levering", "en/opening-hours", "en/returns"}
    md = got["nl/retourneren"]
    assert (md["title"], md["language"], md["kind"]) == ("Retourneren: hoe werkt het?", "nl", "article")
    assert md["answer"] == (
        "Retourneren Je kunt een bestelling binnen 30 dagen retourneren via het retourportaal. "
        "Pak het artikel goed in Plak het retourlabel op de doos Retourlabel"
    )
    assert md["text"] == md["title"] + "\n" + md["answer"]
    assert md["source"] == str(folder / "nl" / "retourneren.md")
    da = got["da/levering"]  # title from the first "# " heading, which leaves the body
    assert da["title"] == "Hvornår kommer min pakke?" and da["language"] is None
    assert da["answer"].startswith("Vi leverer normalt inden for 2 hverdage. Du får en mail med et sporingsnummer")
    assert "|" not in da["answer"] and "---" not in da["answer"]
    html = got["en/opening-hours"]
    assert (html["title"], html["language"]) == ("Opening hours", "en")
    assert html["answer"] == (
        "When are you open? Our customer service is open Monday to Friday from 9:00 to 17:00. "
        "Chat: until 20:00 Phone: until 17:00"
    )
    assert got["nl/bezorging"]["title"] == "Wanneer wordt mijn pakket bezorgd?"  # no <title>: first <h1>
    assert "Home" not in got["nl/bezorging"]["answer"] and "2024" not in got["nl/bezorging"]["answer"]
    returns = got["en/returns"]  # front matter that is not valid YAML still gives its title
    assert returns["title"] == "Returns: how do they work?" and returns["language"] == "en"
    assert returns["answer"] == "You can return an order within 30 days. Print the label from the returns portal."


def test_long_article_text_is_clipped_but_answer_is_whole(tmp_path: Path) -> None:
    (tmp_path / "lang.md").write_text("# Lange uitleg\n\n" + "Dit is een zin over retourneren. " * 200)
    table, _ = read_kb([tmp_path / "lang.md"])
    row = table.to_pylist()[0]
    assert row["kb_id"] == "lang" and row["title"] == "Lange uitleg"
    assert 1600 < len(row["text"]) <= 2000 and row["text"].startswith("Lange uitleg\n") and row["text"][-1] != " "
    assert len(row["answer"]) > 6000


def test_mixed_folder_and_zip_of_articles_and_faq(tmp_path: Path) -> None:
    mixed = tmp_path / "kb"
    shutil.copytree(KB / "helpcentre", mixed / "help")
    shutil.copy(KB / "faq" / "faq_da.tsv", mixed)
    shutil.copytree(KB / "rasa" / "da", mixed / "bot")
    with zipfile.ZipFile(mixed / "more.zip", "w") as zf:
        zf.write(KB / "faq" / "faq_nl.csv", "faq/faq_nl.csv")
        zf.write(KB / "helpcentre" / "README.md", "README.md")
        zf.writestr("__MACOSX/faq/._faq_nl.csv", b"\x00\x05\x16\x07")
    table, problems = read_kb([mixed])
    assert problems == []
    assert describe_kb(table) == {
        "faq": {"nl": 4, "da": 3},
        "chatbot": {"unknown": 2},
        "article": {"en": 2, "nl": 2, "unknown": 1},
    }
    got = rows(table)
    assert got["nl-001"]["source"] == f"{mixed}/more.zip!faq/faq_nl.csv"
    assert "help/da/levering" in got


# --- languages and ids --------------------------------------------------------------------------------------


def test_detect_language_is_called_once_for_entries_without_a_language() -> None:
    calls: list[list[str]] = []

    def detector(texts: list[str]) -> list[str]:
        calls.append(list(texts))
        return ["da-DK" if "pakke" in t else "en_GB" for t in texts]

    paths = [KB / "faq" / "faq_nl.csv", KB / "helpcentre" / "da", KB / "rasa" / "en" / "nlu.yml"]
    table, _ = read_kb(paths, detect_language=detector)
    assert len(calls) == 1
    assert calls[0][0].startswith("Hvornår kommer min pakke?\nVi leverer")  # the article's text
    assert calls[0][1:] == ["Where is my parcel?\nWhen will my order arrive in London?", "Hello there\nGood morning"]
    assert describe_kb(table) == {"faq": {"nl": 4}, "chatbot": {"en": 2}, "article": {"da": 1}}


def test_detector_not_called_when_every_entry_has_a_language() -> None:
    def detector(texts: list[str]) -> list[str]:
        raise AssertionError("not needed")

    table, _ = read_kb([KB / "faq" / "faq_nl.csv"], detect_language=detector)
    assert table.num_rows == 4


def test_languages_outside_the_candidates_are_kept_and_bad_detector_output_is_a_problem() -> None:
    table, problems = read_kb([KB / "rasa" / "en" / "nlu.yml"], detect_language=lambda texts: ["fr"] * len(texts))
    assert set(table.column("language").to_pylist()) == {"fr"} and problems == []
    table, problems = read_kb([KB / "rasa" / "en" / "nlu.yml"], detect_language=lambda texts: ["en"])
    assert table.column("language").to_pylist() == [None, None]
    assert [p.error for p in problems] == ["language"]


def test_duplicate_ids_keep_the_first_and_report(tmp_path: Path) -> None:
    other = tmp_path / "faq_da_2.csv"
    other.write_text("id,question,answer,language\n2,Kan jeg bytte en vare?,Ja inden for 30 dage.,da\n")
    table, problems = read_kb([KB / "faq" / "faq_da.tsv", other])
    assert table.column("kb_id").to_pylist() == ["1", "2", "3"]
    assert rows(table)["2"]["title"] == "Hvordan returnerer jeg en vare?"
    assert [(p.source, p.error) for p in problems] == [(str(other), "duplicate id")]
    assert "row 1" in problems[0].detail and "faq_da.tsv row 2" in problems[0].detail
    assert_no_text(problems, "Kan jeg bytte", "Ja inden for", "Hvordan returnerer")


def test_kb_ids_unique_over_everything(tmp_path: Path) -> None:
    table, problems = read_kb([KB, KB / "faq" / "faq_nl.csv"], detect_language=guess)
    ids = table.column("kb_id").to_pylist()
    assert len(ids) == len(set(ids)) and table.schema == KB_SCHEMA
    assert table.column("kb_id").null_count == 0
    duplicates = sorted(Path(p.source).parent.name for p in problems if p.error == "duplicate id")
    assert duplicates == ["da", "en", "faq", "faq", "faq", "faq", "nl"]  # faq_nl.csv twice; Rasa = training.csv
    assert set(describe_kb(table)) == {"faq", "chatbot", "article"}


def test_describe_kb_counts() -> None:
    table = pa.table(
        {
            "kb_id": ["a", "b", "c", "d"],
            "language": ["nl", None, "nl", "da"],
            "title": ["t"] * 4,
            "text": ["t"] * 4,
            "answer": [""] * 4,
            "intent": [None] * 4,
            "kind": ["article", "faq", "faq", "faq"],
            "source": ["s"] * 4,
        },
        schema=KB_SCHEMA,
    )
    assert describe_kb(table) == {"faq": {"da": 1, "nl": 1, "unknown": 1}, "article": {"nl": 1}}


# --- problems -----------------------------------------------------------------------------------------------

BAD = KB / "bad"


@pytest.mark.parametrize(
    ("name", "error", "needle", "texts"),
    [
        ("empty.csv", "empty", "is empty", ()),
        ("no_columns.csv", "missing_column", "no 'question' or 'example' column; columns: klant, datum", ("Pietje",)),
        ("no_answer.csv", "missing_column", "no 'answer' column", ("Hoe laat",)),
        ("header_only.tsv", "empty", "no rows", ()),
        ("broken.json", "corrupt", "not valid JSON (line 2)", ("Hvor er min pakke", "Den er på vej")),
        ("broken_nlu.yml", "corrupt", "not valid YAML (line 5)", ("Hello there", "See you", "goodbye")),
        ("some_rows.csv", "skipped_rows", "2 rows skipped (no question: rows 1, 3)", ("Een antwoord", "los")),
        ("bad_lines.jsonl", "skipped_rows", "1 line skipped (not a JSON object: line 2)", ("pay later", "Yes, with")),
    ],
)
def test_each_bad_file_is_a_problem_and_reading_goes_on(name: str, error: str, needle: str, texts: tuple) -> None:
    table, problems = read_kb([BAD / name, KB / "faq" / "faq_da.tsv"])
    assert [p.error for p in problems] == [error]
    assert problems[0].source == str(BAD / name) and name in problems[0].detail and needle in problems[0].detail
    assert_no_text(problems, *texts)
    assert {"1", "2", "3"} <= set(table.column("kb_id").to_pylist())


def test_missing_path_unsupported_file_and_bad_zip(tmp_path: Path) -> None:
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04 not really")
    (tmp_path / "broken.zip").write_bytes(b"not a zip")
    (tmp_path / "intents").mkdir()
    shutil.copy(KB / "dialogflow" / "intents" / "Retour_usersays_nl.json", tmp_path / "intents")
    paths = [tmp_path / "nope.csv", tmp_path / "notes.docx", tmp_path / "broken.zip", tmp_path / "intents"]
    table, problems = read_kb([*paths, KB / "faq" / "faq_en.jsonl"])
    assert table.num_rows == 3
    assert [p.error for p in problems] == ["not_found", "unsupported", "corrupt", "dialogflow"]
    assert "does not exist" in problems[0].detail and "agent folder or .zip" in problems[3].detail
    assert_no_text(problems, "terugsturen", "retourneer")


def test_undecodable_file_is_a_problem(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(data: bytes, encoding: str | None = None, name: str = "input") -> tuple[str, str]:
        raise ReaderError("encoding", f"Could not decode {name}")

    monkeypatch.setattr(kb_formats, "decode_bytes", fail)
    with pytest.raises(UsageError, match="Nothing could be read") as info:
        read_kb([KB / "faq" / "faq_nl.csv"])
    assert "save it as UTF-8" in str(info.value) and "Hoe kan ik" not in str(info.value)


def test_nothing_readable_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="Nothing could be read from the knowledge base"):
        read_kb([BAD / "empty.csv", tmp_path / "missing"])
    with pytest.raises(UsageError, match="No knowledge-base input"):
        read_kb([])
    (tmp_path / "README.md").write_text("# Only docs here\n")
    with pytest.raises(UsageError, match=r"\(0 problem\(s\)\)"):
        read_kb([tmp_path])


def test_a_single_path_string_is_accepted() -> None:
    table, _ = read_kb(str(KB / "faq" / "faq_nl.csv"))  # type: ignore[arg-type]
    assert table.num_rows == 4
