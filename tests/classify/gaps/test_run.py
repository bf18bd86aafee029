"""``run_gaps`` end to end on an OUT folder written here: nl/da/en questions, some answered by a FAQ written to
tmp_path as CSV, some about two themes the FAQ lacks (a named product recall, a discount code).

Seeded and offline; the intent evidence (which loads the shipped intent model) is switched off except in one test.
"""

from __future__ import annotations

import csv
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pyarrow as pa
import pyarrow.dataset as ds
import pytest

from cxmine.classify.gaps.build import growth
from cxmine.classify.gaps.run import run_gaps
from cxmine.errors import ModelError, ParameterError, UsageError
from cxmine.schema import GAP_SCHEMA, KB_MATCH_SCHEMA, QUESTION_SCHEMA, UNANSWERED_SCHEMA, stable_id
from cxmine.store import replace_dataset

FAQ = [
    ("return-nl", "nl", "Hoe kan ik mijn bestelling retourneren?", "Via het retourportaal op onze website."),
    ("delivery-nl", "nl", "Wanneer wordt mijn pakket bezorgd?", "Binnen twee werkdagen."),
    ("address-nl", "nl", "Kan ik mijn bezorgadres wijzigen?", "Ja, zolang de bestelling nog niet verzonden is."),
    ("return-da", "da", "Hvordan returnerer jeg en vare?", "Brug returportalen på vores hjemmeside."),
    ("delivery-da", "da", "Hvornår bliver min pakke leveret?", "Normalt inden for to hverdage."),
    ("address-da", "da", "Kan jeg ændre min leveringsadresse?", "Ja, så længe ordren ikke er afsendt."),
    ("return-en", "en", "How do I return an item?", "Use the returns portal on our website."),
    ("delivery-en", "en", "When will my parcel be delivered?", "Usually within two working days."),
    ("address-en", "en", "Can I change my delivery address?", "Yes, as long as the order has not shipped."),
]
ANSWERED = {
    "nl": ["Hoe kan ik mijn bestelling retourneren", "Wanneer wordt mijn pakket eindelijk bezorgd?",
           "Kan ik het bezorgadres nog wijzigen?"],
    "da": ["Hvordan kan jeg returnere en vare?", "Hvornår bliver pakken leveret?", "Kan jeg ændre leveringsadressen?"],
    "en": ["How can I return an item?", "When will the parcel be delivered?", "Can I still change my delivery address?"],
}
RECALL = {
    "nl": ["Is de BL-220 blender teruggeroepen?", "Mijn BL-220 blender valt onder de terugroepactie, wat nu?",
           "Krijg ik geld terug voor de BL-220 blender?", "Is het veilig om de BL-220 blender nog te gebruiken?"],
    "da": ["Er BL-220 blenderen kaldt tilbage?", "Min BL-220 blender er omfattet af tilbagekaldelsen, hvad gør jeg?",
           "Får jeg pengene tilbage for BL-220 blenderen?", "Er det sikkert at bruge BL-220 blenderen?"],
    "en": ["Is the BL-220 blender being recalled?", "My BL-220 blender is part of the recall, what now?",
           "Do I get a refund for the BL-220 blender?", "Is it safe to keep using the BL-220 blender?"],
}
CODE = {
    "nl": ["Geldt de kortingscode HYGGE15 ook voor afgeprijsde artikelen?",
           "De kortingscode HYGGE15 werkt niet bij het afrekenen", "Accepteren jullie HYGGE15 dit weekend nog?"],
    "da": ["Gælder rabatkoden HYGGE15 også på udsalgsvarer?", "Rabatkoden HYGGE15 virker ikke ved kassen",
           "Tager I imod HYGGE15 i weekenden?"],
    "en": ["Does the discount code HYGGE15 apply to sale products?", "The discount code HYGGE15 fails at checkout",
           "Do you accept HYGGE15 this weekend?"],
}
THEMES = {"answered": ANSWERED, "recall": RECALL, "code": CODE}
MONDAY = datetime(2026, 11, 9, 9, 0, tzinfo=timezone.utc)  # ISO week 2026-W46
THRESHOLD = 0.5  # explicit: the default moves with the benchmarks; the corpus separates far on both sides of it


def questions(themes: dict[str, dict[str, list[str]]], week: int = 0) -> tuple[pa.Table, dict[str, str]]:
    """A questions table (one question per message) and the theme of each question_id."""
    rows, theme_of = [], {}
    for theme, by_lang in themes.items():
        for lang, texts in by_lang.items():
            for i, text in enumerate(texts):
                mid = stable_id(theme, lang, i, week)
                qid = stable_id("q", mid)
                theme_of[qid] = theme
                rows.append({
                    "question_id": qid, "message_id": mid, "contact_id": stable_id("c", mid), "language": lang,
                    "text": text, "start": 0, "end": len(text), "channel": "chat" if i % 2 else "email",
                    # two ISO weeks, so the weekly counts and the growth have something to show
                    "sent_at": MONDAY + timedelta(weeks=week + i % 2, hours=i),
                })
    return pa.Table.from_pylist(rows, schema=QUESTION_SCHEMA), theme_of


def write_faq(path: Path, rows=FAQ) -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "language", "question", "answer"])
        w.writerows(rows)
    return path


def make_out(folder: Path, table: pa.Table) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    replace_dataset(table, folder / "questions", QUESTION_SCHEMA)
    return folder


def read(out: Path, name: str) -> pa.Table:
    return ds.dataset(out / name, format="parquet", partitioning="hive").to_table()


@pytest.fixture(scope="module")
def week1(tmp_path_factory):
    root = tmp_path_factory.mktemp("gaps")
    table, theme_of = questions(THEMES)
    out = make_out(root / "out", table)
    faq = write_faq(root / "faq.csv")
    result = run_gaps(out, [faq], threshold=THRESHOLD, intent_bonus=0.0, save_model_dir=root / "model")
    return root, out, faq, table, theme_of, result


def test_kb_matches_has_one_row_per_question(week1):
    _, out, _, table, theme_of, result = week1
    matches = read(out, "kb_matches")
    assert set(KB_MATCH_SCHEMA.names) <= set(matches.column_names)
    assert matches.num_rows == table.num_rows == result.n_units
    assert sorted(matches.column("question_id").to_pylist()) == sorted(table.column("question_id").to_pylist())
    assert matches.schema.field("answered").type == pa.bool_()
    answered = dict(zip(matches.column("question_id").to_pylist(), matches.column("answered").to_pylist()))
    assert all(answered[q] == (theme == "answered") for q, theme in theme_of.items())
    for row in matches.to_pylist():
        assert 0.0 <= row["similarity"] <= 1.0
        assert row["answered"] == (row["similarity"] >= THRESHOLD)
        if row["answered"]:  # the entry in the question's own language
            assert row["kb_id"].endswith("-" + row["language"])


def test_result_summarises_the_run(week1):
    _, _, _, table, theme_of, result = week1
    assert result.method == "lexical" and result.threshold == THRESHOLD and result.unit == "question"
    assert result.kb_summary == {"faq": {"da": 3, "en": 3, "nl": 3}} and result.kb_problems == []
    assert result.n_unanswered == sum(t != "answered" for t in theme_of.values())
    assert result.answered_share == {"da": pytest.approx(3 / 10), "en": pytest.approx(3 / 10),
                                     "nl": pytest.approx(3 / 10)}
    assert result.kb_titles["return-da"] == "Hvordan returnerer jeg en vare?"


def test_gaps_are_ranked_across_languages_with_examples_and_nearest_entry(week1):
    _, out, _, _, _, result = week1
    gaps = read(out, "gaps")
    assert set(GAP_SCHEMA.names) <= set(gaps.column_names)
    rows = sorted(gaps.to_pylist(), key=lambda r: r["rank"])
    assert [r["rank"] for r in rows] == list(range(1, len(rows) + 1))
    assert [r["gap_id"] for r in rows] == result.gaps.column("gap_id").to_pylist()
    real = [r for r in rows if r["gap_id"] != "misc"]
    assert rows[-1]["gap_id"] == "misc" or len(real) == len(rows)  # misc, when there is one, ranks last
    # the recall, asked in three languages, is the largest gap and one gap
    top = rows[0]
    assert top["gap_id"] == "gap-0001" and "BL-220" in top["label"]
    assert {c["key"]: c["n"] for c in top["languages"]} == {"nl": 4, "da": 4, "en": 4}
    assert top["n_questions"] == top["n_contacts"] == 12
    assert "bl-220" in top["keywords"]
    per_lang: dict[str, int] = {}
    for e in top["examples"]:
        per_lang[e["language"]] = per_lang.get(e["language"], 0) + 1
        assert "BL-220" in e["text"]
    assert per_lang == {"nl": 3, "da": 3, "en": 3}  # up to three examples per language
    assert top["nearest_kb_id"] in {k for k, *_ in FAQ} and 0.0 <= top["nearest_similarity"] < THRESHOLD
    assert {w["key"] for w in top["weekly"]} == {"2026-W46", "2026-W47"}
    assert sum(w["n"] for w in top["weekly"]) == 12 and top["growth"] is not None
    assert top["first_seen"] < top["last_seen"]
    # the discount code is a gap of its own, never mixed with the recall
    code = [r for r in real if any("HYGGE15" in e["text"] for e in r["examples"])]
    assert code and all(r["gap_id"] != top["gap_id"] for r in code)
    assert all("BL-220" not in e["text"] for r in code for e in r["examples"])
    # ranked by contacts, then questions
    assert [r["n_contacts"] for r in real] == sorted((r["n_contacts"] for r in real), reverse=True)


def test_every_unanswered_question_is_listed_with_a_gap_of_the_gaps_table(week1):
    _, out, _, _, theme_of, _ = week1
    unanswered = read(out, "unanswered")
    assert set(UNANSWERED_SCHEMA.names) <= set(unanswered.column_names)
    matches = read(out, "kb_matches")
    not_answered = {q for q, a in zip(matches.column("question_id").to_pylist(),
                                      matches.column("answered").to_pylist()) if not a}
    assert set(unanswered.column("question_id").to_pylist()) == not_answered
    assert unanswered.num_rows == len(not_answered)
    gap_ids = set(read(out, "gaps").column("gap_id").to_pylist())
    assert set(unanswered.column("gap_id").to_pylist()) <= gap_ids
    # the gaps' counts add up to the unanswered questions
    assert sum(read(out, "gaps").column("n_questions").to_pylist()) == unanswered.num_rows
    recall = {r["gap_id"] for r in unanswered.to_pylist() if theme_of[r["question_id"]] == "recall"}
    assert recall == {"gap-0001"}


def test_tables_read_back_with_pandas_and_duckdb(week1):
    pd = pytest.importorskip("pandas")
    duckdb = pytest.importorskip("duckdb")
    _, out, _, table, _, result = week1
    gaps = pd.read_parquet(out / "gaps")
    assert len(gaps) == result.gaps.num_rows and list(gaps["rank"]) == sorted(gaps["rank"])
    assert len(pd.read_parquet(out / "kb_matches")) == table.num_rows
    for name, expected in (("gaps", result.gaps.num_rows), ("unanswered", result.n_unanswered),
                           ("kb_matches", table.num_rows)):
        got = duckdb.sql(f"select count(*) from read_parquet('{out}/{name}/**/*.parquet')")
        assert got.fetchall()[0][0] == expected
    top = duckdb.sql(f"select gap_id, n_questions from read_parquet('{out}/gaps/**/*.parquet') where rank = 1")
    assert top.fetchall() == [("gap-0001", 12)]


def test_rerun_with_the_saved_model_keeps_the_gap_ids(week1, tmp_path):
    root, out, faq, _, _, first = week1
    again = run_gaps(out, [faq], threshold=THRESHOLD, intent_bonus=0.0, model_dir=root / "model",
                     save_model_dir=tmp_path / "model2")
    assert again.gaps.select(["gap_id", "label", "n_questions"]).equals(first.gaps.select(["gap_id", "label",
                                                                                           "n_questions"]))
    assert again.model_saved == tmp_path / "model2"


def test_next_week_keeps_returning_gaps_and_numbers_new_ones(week1, tmp_path):
    root, _, faq, _, _, first = week1
    week2 = {
        # the recall again, in other words and only two languages
        "recall": {"en": ["Has the BL-220 blender been recalled now?", "What do I do with my BL-220 blender?",
                          "Refund for my recalled BL-220 blender?"],
                   "nl": ["Wat moet ik doen met mijn BL-220 blender?", "Geld terug voor de BL-220 blender?",
                          "Geldt de terugroepactie voor mijn BL-220 blender?"]},
        # a theme not seen last week
        "mobilepay": {"da": ["Kan jeg betale med MobilePay hos jer?", "Hvorfor fejler min MobilePay betaling?",
                             "MobilePay virker ikke ved kassen"],
                      "en": ["Can I pay with MobilePay?", "Why does my MobilePay payment fail?",
                             "MobilePay does not work for me"]},
    }
    table, theme_of = questions(week2, week=2)
    out2 = make_out(tmp_path / "out2", table)
    second = run_gaps(out2, [faq], threshold=THRESHOLD, intent_bonus=0.0, model_dir=root / "model")
    by_theme: dict[str, set[str]] = {}
    for r in second.unanswered.to_pylist():
        by_theme.setdefault(theme_of[r["question_id"]], set()).add(r["gap_id"])
    assert by_theme["recall"] == {"gap-0001"}
    (new,) = by_theme["mobilepay"]
    old_numbers = [int(g.split("-")[1]) for g in first.gaps.column("gap_id").to_pylist() if g != "misc"]
    assert new.startswith("gap-") and int(new.split("-")[1]) == max(old_numbers) + 1


def test_threshold_zero_marks_everything_answered_and_gives_no_gaps(tmp_path):
    table, _ = questions(THEMES)
    out = make_out(tmp_path / "out", table)
    result = run_gaps(out, [write_faq(tmp_path / "faq.csv")], threshold=0.0, intent_bonus=0.0)
    assert all(read(out, "kb_matches").column("answered").to_pylist())
    assert result.n_unanswered == 0 and result.gaps.num_rows == 0
    assert read(out, "gaps").num_rows == 0 and read(out, "unanswered").num_rows == 0
    assert set(result.answered_share.values()) == {1.0}


@pytest.mark.parametrize("threshold", [-0.1, 1.5])
def test_bad_threshold_is_a_parameter_error(tmp_path, threshold):
    with pytest.raises(ParameterError) as info:
        run_gaps(tmp_path, [tmp_path / "faq.csv"], threshold=threshold)
    assert info.value.param == "threshold" and str(threshold) in str(info.value)


def test_bad_unit_is_a_parameter_error(tmp_path):
    table, _ = questions(THEMES)
    out = make_out(tmp_path / "out", table)
    with pytest.raises(ParameterError) as info:
        run_gaps(out, [write_faq(tmp_path / "faq.csv")], unit="sentence")
    assert info.value.param == "unit" and "sentence" in str(info.value)
    assert not (out / "kb_matches").exists()  # nothing written


def test_missing_questions_table_and_missing_model_fail_before_writing(tmp_path):
    faq = write_faq(tmp_path / "faq.csv")
    with pytest.raises(UsageError, match="cxmine ingest"):
        run_gaps(tmp_path / "empty_out", [faq])
    table, _ = questions(THEMES)
    out = make_out(tmp_path / "out", table)
    with pytest.raises(ModelError):
        run_gaps(out, [faq], model_dir=tmp_path / "no-model")
    assert not (out / "kb_matches").exists()


def test_default_settings_use_the_intent_evidence_and_still_find_the_recall(tmp_path):
    table, theme_of = questions(THEMES)
    out = make_out(tmp_path / "out", table)
    result = run_gaps(out, [write_faq(tmp_path / "faq.csv")])
    matches = read(out, "kb_matches").to_pylist()
    assert all(r["answered"] for r in matches if theme_of[r["question_id"]] == "answered")
    assert not any(r["answered"] for r in matches if theme_of[r["question_id"]] == "recall")
    top = result.gaps.to_pylist()[0]
    assert "BL-220" in top["label"] and len(top["languages"]) == 3


# --- growth: the latest week so far against the same days of the week before ---------------------------------

WED = datetime(2026, 11, 18, 15, 0, tzinfo=timezone.utc)  # ISO week 2026-W47: Monday 16 to Wednesday 18, 15:00


def test_growth_compares_the_same_days_of_the_week_before():
    times = [
        datetime(2026, 11, 16, 8, tzinfo=timezone.utc), datetime(2026, 11, 17, 8, tzinfo=timezone.utc),
        datetime(2026, 11, 18, 9, tzinfo=timezone.utc), WED,  # 4 this week so far
        datetime(2026, 11, 9, 8, tzinfo=timezone.utc), datetime(2026, 11, 11, 14, tzinfo=timezone.utc),  # 2 before
        # the rest of last week lies past the same span: not counted
        datetime(2026, 11, 11, 16, tzinfo=timezone.utc), datetime(2026, 11, 13, 8, tzinfo=timezone.utc),
        datetime(2026, 11, 15, 23, tzinfo=timezone.utc),
        # two weeks ago: not counted
        datetime(2026, 11, 4, 8, tzinfo=timezone.utc),
    ]
    assert growth(times, WED) == pytest.approx((4 - 2) / 2)


def test_growth_edge_cases():
    assert growth([WED], None) is None  # no dates at all
    assert growth([None, None], WED) == 0.0  # undated questions count in neither week
    assert growth([WED, WED - timedelta(hours=1)], WED) == pytest.approx(2.0)  # nothing before: against 1
    a_week_ago = WED - timedelta(days=7)
    assert growth([a_week_ago], WED) == pytest.approx(-1.0)  # the span's last instant belongs to it
    assert growth([a_week_ago + timedelta(seconds=1)], WED) == 0.0
    # a Monday: only Monday is compared with the Monday before
    monday = datetime(2026, 11, 16, 10, tzinfo=timezone.utc)
    assert growth([monday, monday - timedelta(days=7), monday - timedelta(days=6)], monday) == 0.0
