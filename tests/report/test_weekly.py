"""The weekly report (``cxmine.report.weekly``): counts and shares per kind, like-for-like partial weeks, the
emerging test, repeat contacts, partition-only rewrites, and the table as pandas and DuckDB read it.

Small OUT folders are written here with ``replace_dataset`` and the schemas: one contact per event, with one
customer message (nl/da/en), one agent reply and one question; intents, topics and gaps as the stages would write
them. No network, no models.
"""

from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone
from pathlib import Path

import numpy as np
import pyarrow as pa
import pytest
from scipy.stats import binomtest

from cxmine.errors import ParameterError, UsageError
from cxmine.report.emerging import ALPHA, MIN_COUNT, emerging_test
from cxmine.report.weekly import build_report, iso_week_name, parse_week, read_report, report_weeks, write_report
from cxmine.schema import (
    ASSIGNMENT_SCHEMA,
    CONTACT_SCHEMA,
    GAP_SCHEMA,
    INTENT_SCHEMA,
    MESSAGE_SCHEMA,
    QUESTION_SCHEMA,
    REPORT_SCHEMA,
    TOPIC_SCHEMA,
    UNANSWERED_SCHEMA,
    stable_id,
)
from cxmine.store import replace_dataset

UTC = timezone.utc
TEXTS = {
    "nl": "Waar blijft mijn bestelling?",
    "da": "Hvornår får jeg mine penge tilbage?",
    "en": "When will my parcel arrive?",
}
TOPIC_LABELS = {"nl-0": "bestelling · levering", "nl-1": "opzeggen · abonnement", "da-0": "refusion · penge",
                "en-0": "parcel · arrive"}
GAP_LABELS = {"gap-0001": "Kan ik mijn abonnement pauzeren?", "gap-0002": "Får jeg renter af refusionen?"}


def ev(t: datetime, lang: str, channel: str, intent: str, topic: str, customer: str | None,
       gap: str | None = None) -> dict:
    return {"t": t, "lang": lang, "channel": channel, "intent": intent, "topic": topic, "customer": customer,
            "gap": gap}


def write_out(out: Path, events: list[dict], tables: tuple[str, ...] = ("contacts", "questions", "intents",
                                                                         "topics", "gaps")) -> Path:
    """An OUT folder with one contact per event: a customer message + an agent reply 5 minutes later."""
    msgs, contacts, questions, intents, assignments, unanswered = [], [], [], [], [], []
    for i, e in enumerate(events):
        cid = stable_id("contact", i)
        mid, aid = stable_id("m", cid), stable_id("a", cid)
        qid = stable_id("q", mid)
        text = TEXTS[e["lang"]]
        base = {"contact_id": cid, "channel": e["channel"], "source_format": "chat_json", "source_file": "x.json",
                "language": e["lang"]}
        msgs.append({**base, "message_id": mid, "sent_at": e["t"], "speaker": "customer", "text": text, "seq": 0,
                     "customer_key": e["customer"]})
        msgs.append({**base, "message_id": aid, "sent_at": e["t"] + timedelta(minutes=5), "speaker": "agent",
                     "text": "Dank je, we kijken ernaar.", "seq": 1, "customer_key": None})
        contacts.append({"contact_id": cid, "channel": e["channel"], "started_at": e["t"],
                         "ended_at": e["t"] + timedelta(minutes=5), "n_messages": 2, "n_customer_messages": 1,
                         "language": e["lang"], "customer_key": e["customer"]})
        questions.append({"question_id": qid, "message_id": mid, "contact_id": cid, "language": e["lang"],
                          "text": text, "start": 0, "end": len(text), "sent_at": e["t"], "channel": e["channel"]})
        intents.append({"message_id": mid, "question_id": qid, "intent": e["intent"], "confidence": 0.9,
                        "is_unknown": False, "language": e["lang"], "channel": e["channel"]})
        assignments.append({"message_id": mid, "question_id": qid, "topic_id": e["topic"], "probability": 0.5,
                            "topic_id_raw": e["topic"], "language": e["lang"]})
        if e["gap"]:
            unanswered.append({"message_id": mid, "question_id": qid, "gap_id": e["gap"], "language": e["lang"],
                               "text": text, "sent_at": e["t"], "channel": e["channel"], "similarity": 0.1})
    out.mkdir(parents=True, exist_ok=True)
    replace_dataset(pa.Table.from_pylist(msgs, schema=MESSAGE_SCHEMA), out / "messages", MESSAGE_SCHEMA,
                    partition_by=["channel"])
    if "contacts" in tables:
        replace_dataset(pa.Table.from_pylist(contacts, schema=CONTACT_SCHEMA), out / "contacts", CONTACT_SCHEMA)
    if "questions" in tables:
        replace_dataset(pa.Table.from_pylist(questions, schema=QUESTION_SCHEMA), out / "questions", QUESTION_SCHEMA)
    if "intents" in tables:
        replace_dataset(pa.Table.from_pylist(intents, schema=INTENT_SCHEMA), out / "intents", INTENT_SCHEMA)
    if "topics" in tables:
        topics = [{"topic_id": t, "label": TOPIC_LABELS.get(t, t), "size": 1, "share": 0.1, "language": t[:2]}
                  for t in sorted({e["topic"] for e in events})]
        replace_dataset(pa.Table.from_pylist(topics, schema=TOPIC_SCHEMA), out / "topics", TOPIC_SCHEMA,
                        partition_by=["language"])
        replace_dataset(pa.Table.from_pylist(assignments, schema=ASSIGNMENT_SCHEMA), out / "topic_assignments",
                        ASSIGNMENT_SCHEMA, partition_by=["language"])
    if "gaps" in tables:
        gaps = [{"gap_id": g, "rank": i, "label": GAP_LABELS.get(g, g), "n_questions": 1, "n_contacts": 1}
                for i, g in enumerate(sorted({e["gap"] for e in events if e["gap"]}), 1)]
        replace_dataset(pa.Table.from_pylist(gaps, schema=GAP_SCHEMA), out / "gaps", GAP_SCHEMA)
        replace_dataset(pa.Table.from_pylist(unanswered, schema=UNANSWERED_SCHEMA), out / "unanswered",
                        UNANSWERED_SCHEMA)
    return out


def d(day: int, hour: int = 10, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=UTC)


# 2026-W46 (Mon 9 - Sun 15 November) in full; 2026-W47 (from Mon 16) runs to Wed 18 12:05 (the last agent reply)
SMALL = [
    ev(d(9), "nl", "chat", "order_status", "nl-0", "k1"),
    ev(d(10), "da", "email", "refund_status", "da-0", "k2"),
    ev(d(11, 11), "en", "call", "order_status", "en-0", "k3"),
    ev(d(12), "nl", "chat", "order_status", "nl-0", "k4"),  # Thursday: after the like-for-like span
    ev(d(13), "da", "chat", "refund_status", "da-0", "k5"),
    ev(d(14), "en", "email", "order_status", "en-0", "k6", gap="gap-0001"),
    ev(d(16, 9), "nl", "chat", "order_status", "nl-0", "k1"),  # k1 again, 6 days 23 hours later: a repeat
    ev(d(16, 15), "nl", "email", "cancel_order", "nl-1", "k7", gap="gap-0001"),
    ev(d(17, 11), "da", "chat", "refund_status", "da-0", "k2", gap="gap-0002"),  # k2 again after 7 days 1 hour
    ev(d(18, 8), "en", "chat", "delivery_time", "en-0", None),  # no customer key
    ev(d(18, 12), "nl", "chat", "order_status", "nl-0", "k9"),
]


@pytest.fixture
def small(tmp_path: Path) -> Path:
    return write_out(tmp_path / "out", SMALL)


def by(rows: list[dict], kind: str) -> dict[str, dict]:
    return {r["key"]: r for r in rows if r["kind"] == kind}


def test_latest_week_counts_and_shares_per_kind(small: Path) -> None:
    res = build_report(small)
    assert res.week == "2026-W47" and res.partial and res.available == ["2026-W46", "2026-W47"]
    assert res.table.schema.equals(REPORT_SCHEMA, check_metadata=False)
    rows = res.rows()
    assert {r["week"] for r in rows} == {"2026-W47"} and all(r["partial"] for r in rows)
    total = by(rows, "total")["all"]
    assert (total["n"], total["share"], total["label"]) == (5, 1.0, "Customer messages")  # agent replies not counted
    channel = by(rows, "channel")
    assert {k: r["n"] for k, r in channel.items()} == {"chat": 4, "email": 1, "call": 0}
    assert channel["chat"]["share"] == pytest.approx(0.8) and channel["call"]["share"] == 0.0
    assert [r["key"] for r in rows if r["kind"] == "channel"] == ["chat", "email", "call"]  # largest first
    assert {k: r["n"] for k, r in by(rows, "language").items()} == {"nl": 3, "da": 1, "en": 1}
    assert by(rows, "language")["nl"]["label"] == "Dutch"
    intents = by(rows, "intent")
    assert {k: r["n"] for k, r in intents.items()} == {"order_status": 2, "cancel_order": 1, "refund_status": 1,
                                                        "delivery_time": 1}
    assert intents["order_status"]["share"] == pytest.approx(0.4) and intents["order_status"]["label"] == "order_status"
    topics = by(rows, "topic")
    assert {k: r["n"] for k, r in topics.items()} == {"nl-0": 2, "nl-1": 1, "da-0": 1, "en-0": 1}
    assert topics["da-0"]["label"] == "refusion · penge"
    gaps = by(rows, "gap")
    assert {k: (r["n"], r["unanswered"]) for k, r in gaps.items()} == {"gap-0001": (1, 1), "gap-0002": (1, 1)}
    assert gaps["gap-0002"]["label"] == GAP_LABELS["gap-0002"]
    assert all(r["unanswered"] is None for r in rows if r["kind"] != "gap")
    for kind in ("channel", "language", "intent", "topic", "gap"):
        assert sum(r["share"] for r in rows if r["kind"] == kind) == pytest.approx(1.0)


def test_a_partial_week_is_compared_like_for_like(small: Path) -> None:
    res = build_report(small)
    rows = res.rows()
    # Monday 00:00 to Wednesday 12:05 of 2026-W46: three customer messages, not the six of the whole week
    total = by(rows, "total")["all"]
    assert (total["n_before"], total["change"]) == (3, pytest.approx(2 / 3))
    channel = by(rows, "channel")
    assert (channel["email"]["n_before"], channel["email"]["change"]) == (1, 0.0)
    assert (channel["call"]["n_before"], channel["call"]["change"]) == (1, -1.0)
    assert by(rows, "topic")["nl-0"]["n_before"] == 1  # Thursday's nl-0 is after the span
    gap = by(rows, "gap")["gap-0001"]  # its question of W46 came on Saturday
    assert (gap["n_before"], gap["change"]) == (0, None)
    assert any("like for like" in n and "Wed 12:05" in n for n in res.notes)


def test_earlier_weeks_are_built_once_and_complete(small: Path) -> None:
    res = build_report(small)
    assert res.weeks == ["2026-W46", "2026-W47"]  # a first run fills the history
    w46 = res.rows("2026-W46")
    total = by(w46, "total")["all"]
    assert (total["n"], total["n_before"], total["change"], total["partial"]) == (6, None, None, False)
    assert by(w46, "intent")["order_status"]["n"] == 4
    write_report(small, res.table, res.weeks)
    assert build_report(small).weeks == ["2026-W47"]  # W46 is in OUT/report and was complete
    only = build_report(small, week="2026-W46")
    assert only.weeks == ["2026-W46"] and not only.partial


def test_a_partial_week_is_rebuilt_when_the_data_completes_it(small: Path, tmp_path: Path) -> None:
    res = build_report(small)
    write_report(small, res.table, res.weeks)
    assert report_weeks(small) == {"2026-W46": False, "2026-W47": True}
    more = [*SMALL, ev(d(20), "da", "call", "refund_status", "da-0", "k10"), ev(d(24), "en", "chat",
                                                                                "order_status", "en-0", "k11")]
    write_out(small, more)
    res = build_report(small)
    assert res.week == "2026-W48" and res.weeks == ["2026-W47", "2026-W48"]
    w47 = by(res.rows("2026-W47"), "total")["all"]
    assert (w47["n"], w47["n_before"], w47["partial"]) == (6, 6, False)


def test_repeat_contact_rate_per_intent(small: Path) -> None:
    intents = by(build_report(small).rows(), "intent")
    # order_status: k1 (another contact 6 d 23 h before) and k9 (none) -> 1 of 2
    assert intents["order_status"]["repeat_contact_rate"] == pytest.approx(0.5)
    assert intents["refund_status"]["repeat_contact_rate"] == 0.0  # k2's other contact is 7 d 1 h away
    assert intents["delivery_time"]["repeat_contact_rate"] is None  # no customer_key
    w46 = by(build_report(small, week="2026-W46").rows(), "intent")
    assert w46["order_status"]["repeat_contact_rate"] == pytest.approx(0.25)  # k1 of k1, k3, k4, k6 (7 d after)
    assert all(r["repeat_contact_rate"] is None for r in build_report(small).rows() if r["kind"] != "intent")


def test_repeat_contacts_without_a_contacts_table(tmp_path: Path) -> None:
    out = write_out(tmp_path / "out", SMALL, tables=("questions", "intents"))
    res = build_report(out)
    assert by(res.rows(), "intent")["order_status"]["repeat_contact_rate"] == pytest.approx(0.5)
    assert not by(res.rows(), "topic") and not by(res.rows(), "gap")
    assert any("no OUT/topic_assignments" in n and "cxmine topics" in n for n in res.notes)


def test_only_messages_gives_channel_language_and_total(tmp_path: Path) -> None:
    out = write_out(tmp_path / "out", SMALL, tables=())
    res = build_report(out)
    assert {r["kind"] for r in res.rows()} == {"total", "channel", "language"}
    assert any("no OUT/intents" in n for n in res.notes)


def test_stale_stage_tables_are_noted(tmp_path: Path) -> None:
    out = write_out(tmp_path / "out", SMALL)
    write_out(tmp_path / "newer", [*SMALL, ev(d(23), "nl", "chat", "order_status", "nl-0", "k1")], tables=())
    os.replace(tmp_path / "newer" / "messages", tmp_path / "stale-messages")
    import shutil

    shutil.rmtree(out / "messages")
    os.replace(tmp_path / "stale-messages", out / "messages")
    res = build_report(out)
    assert res.week == "2026-W48"
    assert any("OUT/intents has nothing dated in 2026-W48" in n for n in res.notes)


# --- weeks: names, validation ------------------------------------------------------------------------------


def test_week_names_round_trip() -> None:
    for name in ("2026-W01", "2026-W47", "2026-W53", "2027-W01", "2020-W53"):
        assert iso_week_name(parse_week(name)) == name


@pytest.mark.parametrize("bad", ["2026-47", "2026-W7", "W47", "2025-W53", "2026-W00", "", "2026-W47x"])
def test_a_bad_week_names_the_parameter(bad: str) -> None:
    with pytest.raises(ParameterError) as exc:
        parse_week(bad)
    assert exc.value.param == "week" and "2026-W47" in exc.value.message and repr(bad) in exc.value.message


def test_a_week_without_data_names_the_weeks_available(small: Path) -> None:
    with pytest.raises(ParameterError) as exc:
        build_report(small, week="2026-W30")
    assert exc.value.param == "week"
    assert "2026-W30" in exc.value.message and "2026-W46, 2026-W47" in exc.value.message


def test_no_messages_table_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="cxmine ingest"):
        build_report(tmp_path)


# --- writing: partitions, readers ---------------------------------------------------------------------------


def _files(out: Path) -> dict[str, tuple[int, int]]:
    return {str(p.relative_to(out / "report")): (p.stat().st_ino, p.stat().st_mtime_ns)
            for p in (out / "report").rglob("*.parquet")}


def test_rerunning_a_week_replaces_only_its_partition(small: Path) -> None:
    res = build_report(small)
    write_report(small, res.table, res.weeks)
    before = _files(small)
    assert sorted(before) == ["week=2026-W46/part-0.parquet", "week=2026-W47/part-0.parquet"]
    again = build_report(small, week="2026-W46")
    write_report(small, again.table, again.weeks)
    after = _files(small)
    assert after["week=2026-W47/part-0.parquet"] == before["week=2026-W47/part-0.parquet"]
    assert after["week=2026-W46/part-0.parquet"] != before["week=2026-W46/part-0.parquet"]
    assert read_report(small).num_rows == res.table.num_rows
    assert read_report(small, "2026-W47").to_pylist() == res.rows("2026-W47")


def test_the_report_reads_with_pandas_and_duckdb(small: Path) -> None:
    pd = pytest.importorskip("pandas")
    duckdb = pytest.importorskip("duckdb")
    res = build_report(small)
    write_report(small, res.table, res.weeks)
    frame = pd.read_parquet(small / "report")
    assert len(frame) == res.table.num_rows
    assert set(frame["week"].astype(str)) == {"2026-W46", "2026-W47"}
    assert frame.loc[(frame["kind"] == "total") & (frame["week"] == "2026-W47"), "n"].item() == 5
    glob = str(small / "report" / "**" / "*.parquet")
    n, weeks = duckdb.sql(f"SELECT sum(n), count(DISTINCT week) FROM read_parquet('{glob}', hive_partitioning=true) "
                          "WHERE kind = 'intent'").fetchall()[0]
    assert (n, weeks) == (5 + 6, 2)
    got = duckdb.sql(f"SELECT n_before FROM read_parquet('{glob}', hive_partitioning=true) "
                     "WHERE week = '2026-W47' AND kind = 'total'").fetchall()[0]
    assert got == (3,)


# --- emerging -----------------------------------------------------------------------------------------------


def test_the_p_value_is_the_one_sided_binomial_test() -> None:
    now, base = np.array([12, 40, 30, 2]), np.array([8, 160, 120, 9])
    p, flag = emerging_test(now, base)
    rest_now, rest_base = now.sum() - now[0], base.sum() - base[0]
    expected = binomtest(12, 20, rest_now / (rest_now + rest_base), alternative="greater").pvalue
    assert p[0] == pytest.approx(expected, rel=1e-9)
    assert flag[0] and p[0] < ALPHA and not flag[1:].any()
    assert np.isnan(p[3])  # below the minimum count: not tested


def test_a_big_theme_growing_ten_percent_is_not_news() -> None:
    # significant at 0.01 with these volumes, but only 1.1x its share: real weekly counts vary more than Poisson
    now, base = np.array([1100, 5000]), np.array([4000, 20000])
    p, flag = emerging_test(now, base)
    assert p[0] < ALPHA and not flag[0]


def _weekly(seed: int, inject_week: int | None = 5, size: int = 12, small_key: bool = True) -> list[dict]:
    """Eight weeks from Monday 2026-09-28 (W40): six stable topics over nl/da/en, and optionally a new one."""
    rng = np.random.default_rng(seed)
    stable = [("nl-0", "nl", "order_status"), ("nl-1", "nl", "cancel_order"), ("da-0", "da", "refund_status"),
              ("da-1", "da", "order_status"), ("en-0", "en", "delivery_time"), ("en-1", "en", "invoice")]
    start = datetime(2026, 9, 28, tzinfo=UTC)
    events = []
    for week in range(8):
        counts = {k: rng.poisson(15) for k in stable}
        if inject_week is not None and week >= inject_week:
            counts[("nl-9", "nl", "product_recall")] = size
        if small_key:  # a rare theme: once a week, then three times in the last week
            counts[("en-7", "en", "gift_card")] = 3 if week == 7 else 1
        for (topic, lang, intent), n in counts.items():
            for _ in range(n):
                t = start + timedelta(weeks=week, seconds=int(rng.integers(0, 7 * 86400)))
                events.append(ev(t, lang, str(rng.choice(["email", "chat", "call"])), intent, topic,
                                 f"k{rng.integers(0, 500)}"))
    last = start + timedelta(weeks=8) - timedelta(seconds=1)  # the last week is complete
    events.append(ev(last, "en", "chat", "invoice", "en-1", None))
    return events


def test_an_injected_theme_is_emerging_in_its_week_and_not_before(tmp_path: Path) -> None:
    out = write_out(tmp_path / "out", _weekly(seed=3))
    res = build_report(out)
    assert res.weeks == [f"2026-W{w}" for w in range(40, 48)] and not res.partial
    flagged = {(r["week"], r["kind"], r["key"]) for r in res.table.to_pylist() if r["emerging"]}
    assert ("2026-W45", "topic", "nl-9") in flagged and ("2026-W45", "intent", "product_recall") in flagged
    assert not {f for f in flagged if f[0] < "2026-W45"}  # nothing before the injection
    assert not {f for f in flagged if f[2] not in ("nl-9", "product_recall")}  # no stable theme, seed 3
    row = by(res.rows("2026-W45"), "topic")["nl-9"]
    assert row["n"] == 12 and row["n_before"] == 0 and row["change"] is None and row["p_value"] < ALPHA


def test_one_to_three_is_never_news(tmp_path: Path) -> None:
    out = write_out(tmp_path / "out", _weekly(seed=4, inject_week=None))
    rows = build_report(out).rows()
    gift = by(rows, "topic")["en-7"]
    assert (gift["n"], gift["n_before"], gift["change"]) == (3, 1, 2.0)  # +200 % ...
    assert not gift["emerging"] and gift["p_value"] is None and gift["n"] < MIN_COUNT  # ... and not tested


def test_channel_language_and_total_are_not_tested(tmp_path: Path) -> None:
    out = write_out(tmp_path / "out", _weekly(seed=3))
    for r in build_report(out).table.to_pylist():
        if r["kind"] in ("total", "channel", "language"):
            assert r["p_value"] is None and not r["emerging"]
