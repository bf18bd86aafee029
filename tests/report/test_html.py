"""The weekly HTML page: sections, charts with a mark per week, escaped examples, nothing fetched, missing tables
explained. A small OUT with four weeks, three languages and three channels is built with the store."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from html.parser import HTMLParser
from pathlib import Path

import pyarrow as pa
import pytest

from cxmine.errors import ParameterError, UsageError
from cxmine.report.charts import nice_ticks, sparkline
from cxmine.report.html import render_html, week_range
from cxmine.schema import GAP_SCHEMA, MESSAGE_SCHEMA, REPORT_SCHEMA, stable_id
from cxmine.store import replace_dataset

WEEKS = ["2026-W44", "2026-W45", "2026-W46", "2026-W47"]
MONDAYS = {w: datetime(2026, 10, 26, 9, tzinfo=timezone.utc) + timedelta(weeks=i) for i, w in enumerate(WEEKS)}
CHANNELS = ("email", "chat", "call")
LANGS = ("nl", "da", "en")
SCRIPT = "<script>alert(1)</script>"
# customer messages per (week index, channel, language): every cell differs, so a chart's totals say which is which
COUNT = {(wi, ch, lg): 1 + wi + 2 * ci + li for wi in range(4) for ci, ch in enumerate(CHANNELS)
         for li, lg in enumerate(LANGS)}
INTENTS = {"order_status": ("Order status", [20, 22, 25, 30]), "refund_status": ("Refund status", [12, 10, 9, 6]),
           "cancel_order": ("Cancel an order", [3, 4, 3, 15])}
TOPICS = {"nl-3": ("bezorging · pakket", [8, 9, 7, 11]), "da-1": ("levering · pakke", [5, 5, 6, 4])}


def messages() -> pa.Table:
    rows = []
    for (wi, ch, lg), n in COUNT.items():
        for k in range(n):
            sent = MONDAYS[WEEKS[wi]] + timedelta(hours=5 * k)  # spread over the first days of the week
            for speaker in ("customer", "agent"):  # agent messages must not count
                mid = stable_id(wi, ch, lg, k, speaker)
                rows.append({"message_id": mid, "contact_id": stable_id(wi, ch, lg, k), "channel": ch,
                             "source_format": "test", "source_file": "x", "sent_at": sent, "speaker": speaker,
                             "text": "hallo", "language": lg})
    rows.append({"message_id": "undated", "contact_id": "c", "channel": "email", "source_format": "test",
                 "source_file": "x", "sent_at": None, "speaker": "customer", "text": "?", "language": "en"})
    return pa.Table.from_pylist(rows, schema=MESSAGE_SCHEMA)


def _row(week: str, kind: str, key: str, label: str, n: int, n_before: int | None, **extra: object) -> dict:
    change = None if not n_before else (n - n_before) / n_before
    return {"week": week, "kind": kind, "key": key, "label": label, "n": n, "share": 0.25, "n_before": n_before,
            "change": change, "emerging": False, "p_value": None, "partial": week == WEEKS[-1], **extra}


def report() -> pa.Table:
    rows = []
    for wi, w in enumerate(WEEKS):
        def before(series: list[int], wi: int = wi) -> int | None:
            return series[wi - 1] if wi else None

        total = [sum(n for (i, _, _), n in COUNT.items() if i == j) for j in range(4)]
        rows.append(_row(w, "total", "messages", "Customer messages", total[wi], before(total)))
        for key, (label, series) in INTENTS.items():
            em = key == "cancel_order" and wi == 3
            rows.append(_row(w, "intent", key, label, series[wi], before(series), emerging=em,
                             p_value=0.0004 if em else 0.4, repeat_contact_rate={"order_status": 0.31,
                             "refund_status": 0.12, "cancel_order": 0.05}[key]))
        for key, (label, series) in TOPICS.items():
            rows.append(_row(w, "topic", key, label, series[wi], before(series)))
        rows.append(_row(w, "gap", "gap-0001", "Is the BL-220 blender recalled?", 2 + wi, before([2, 3, 4, 5]),
                         unanswered=2 + wi))
    return pa.Table.from_pylist(rows, schema=REPORT_SCHEMA)


def gaps() -> pa.Table:
    examples = [("en", "Is the BL-220 blender being recalled?"), ("en", SCRIPT), ("en", "Refund for the BL-220?"),
                ("en", "a fourth English example, not shown"), ("nl", "Is de BL-220 teruggeroepen?"),
                ("da", "Er BL-220 kaldt tilbage? Se https://evil.example/x.png")]
    return pa.Table.from_pylist([{
        "gap_id": "gap-0001", "rank": 1, "label": 'Is the BL-220 blender recalled? "><img src=https://x.example/a>',
        "keywords": ["bl-220"], "n_questions": 14, "n_contacts": 12,
        "languages": [{"key": "en", "n": 9}, {"key": "nl", "n": 3}, {"key": "da", "n": 2}],
        "channels": [{"key": "email", "n": 10}, {"key": "chat", "n": 4}],
        "first_seen": MONDAYS[WEEKS[0]], "last_seen": MONDAYS[WEEKS[-1]],
        "weekly": [{"key": w, "n": 2 + i} for i, w in enumerate(WEEKS)], "growth": 0.25,
        "examples": [{"language": lg, "text": t} for lg, t in examples],
        "nearest_kb_id": "delivery-en", "nearest_similarity": 0.12,
    }], schema=GAP_SCHEMA)


def build_out(root: Path, tables: tuple[str, ...] = ("messages", "report", "gaps")) -> Path:
    """An OUT folder with the named tables (report partitioned by week, messages by channel, as the CLI writes)."""
    out = root / "out"
    out.mkdir(parents=True, exist_ok=True)
    if "messages" in tables:
        replace_dataset(messages(), out / "messages", MESSAGE_SCHEMA, partition_by=["channel"])
    if "report" in tables:
        replace_dataset(report(), out / "report", REPORT_SCHEMA, partition_by=["week"])
    if "gaps" in tables:
        replace_dataset(gaps(), out / "gaps", GAP_SCHEMA)
    return out


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> str:
    out = build_out(tmp_path_factory.mktemp("html"))
    return render_html(out, out / "week.html").read_text(encoding="utf-8")


def _svg(page: str, cid: str) -> str:
    m = re.search(rf'<svg class="chart" id="{cid}".*?</svg>', page, re.S)
    assert m, f"no chart {cid}"
    return m.group(0)


def test_the_page_has_every_section_for_the_latest_week(page: str) -> None:
    assert page.startswith("<!DOCTYPE html>")
    assert "<h1>Customer contacts, week 2026-W47</h1>" in page
    for section in ("volume", "intents", "topics", "emerging", "gaps", "repeat"):
        assert f'<section id="{section}">' in page
    assert "Partial week" in page
    total = sum(n for (wi, _, _), n in COUNT.items() if wi == 3)
    assert f'<div class="n">{total:,}</div><div class="lbl">Customer messages</div>' in page
    assert 'class="missing"' not in page


def test_volume_charts_have_a_bar_per_week_with_the_customer_messages(page: str) -> None:
    for cid, col in (("vol-channel", 1), ("vol-language", 2)):
        svg = _svg(page, cid)
        assert "<title" in svg and "<desc" in svg
        for wi, w in enumerate(WEEKS):
            total = sum(n for (i, _, _), n in COUNT.items() if i == wi)  # agents and undated left out
            assert f'data-category="{w}" data-total="{total}"' in svg
        for key in (CHANNELS if col == 1 else LANGS):
            n = sum(v for k, v in COUNT.items() if k[0] == 3 and k[col] == key)
            name = key.capitalize() if col == 1 else {"nl": "Dutch", "da": "Danish", "en": "English"}[key] + f" ({key})"
            assert f"2026-W47 · {name}: {n}</title>" in svg
    assert "1 without a date" in page
    daily = _svg(page, "vol-daily")
    assert "Mon 16 Nov" in daily


def test_top_intents_and_topics_show_change_and_sparklines(page: str) -> None:
    intents = page.split('<section id="intents">')[1].split("</section>")[0]
    assert intents.index("Order status") < intents.index("Cancel an order") < intents.index("Refund status")
    assert "▲</span> +20 %" in intents and "(from 25)" in intents  # order_status 25 -> 30
    assert "▼</span> -33 %" in intents  # refund_status 9 -> 6
    for w, n in zip(WEEKS, INTENTS["order_status"][1]):
        assert f"{w}: {n}{' (partial week)' if w == WEEKS[-1] else ''}</title>" in intents
    assert "2026-W47 is a partial week" in intents
    topics = page.split('<section id="topics">')[1].split("</section>")[0]
    assert "bezorging · pakket" in topics and "levering · pakke" in topics


def test_emerging_and_repeat_contacts(page: str) -> None:
    emerging = page.split('<section id="emerging">')[1].split("</section>")[0]
    assert "Cancel an order" in emerging and "&lt; 0.001" in emerging and "Order status" not in emerging
    repeat = _svg(page, "repeat")
    assert repeat.index("Order status") < repeat.index("Refund status") < repeat.index("Cancel an order")
    assert "31 %" in repeat


def test_gap_list_with_counts_examples_and_nearest_entry(page: str) -> None:
    gap = page.split('<section id="gaps">')[1].split("</section>")[0]
    assert "14 questions in 12 contacts" in gap and "5 unanswered this week" in gap
    assert "en 9 · nl 3 · da 2" in gap and "email 10 · chat 4" in gap
    assert "<code>delivery-en</code> (similarity 0.12)" in gap
    assert '<li lang="nl">Is de BL-220 teruggeroepen?</li>' in gap
    assert "a fourth English example" not in gap  # three per language


def test_customer_text_is_escaped(page: str) -> None:
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<script" not in page.lower()
    assert "<img" not in page.lower()


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.style = ""
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))
        self._in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.style += data


def test_nothing_is_fetched(page: str) -> None:
    # the fixture's examples hold URLs and an <img src=https://...> attempt: as escaped text only, never as markup
    assert "https://evil.example/x.png" in page and "&lt;img src=https://x.example/a&gt;" in page
    parsed = _Tags()
    parsed.feed(page)
    names = {t for t, _ in parsed.tags}
    assert names.isdisjoint({"script", "img", "link", "iframe", "object", "embed", "image", "use", "a", "base"})
    for _, attrs in parsed.tags:
        for name, value in attrs:
            assert name not in ("src", "href", "xlink:href", "srcset", "action", "background", "poster")
            assert not name.startswith("on")  # no event handlers either
            if name == "style":
                assert "url(" not in (value or "")
    assert "url(" not in parsed.style and "@import" not in parsed.style and "http" not in parsed.style
    # the same check as a plain search: src= / href= / url( followed by http(s) only ever inside escaped text
    assert not re.search(r"""(?:\bsrc|\bhref)\s*=\s*["']\s*https?://""", page, re.I)
    assert not re.search(r"""url\(\s*["']?\s*https?://""", page, re.I)


def test_the_page_is_light(page: str) -> None:
    assert len(page.encode("utf-8")) < 300_000


def test_an_earlier_week_and_bad_weeks(tmp_path: Path) -> None:
    out = build_out(tmp_path)
    text = render_html(out, tmp_path / "w46.html", week="2026-W46").read_text(encoding="utf-8")
    assert "week 2026-W46</h1>" in text and "Partial week" not in text
    with pytest.raises(ParameterError, match="2026-W40"):
        render_html(out, tmp_path / "x.html", week="2026-W40")
    with pytest.raises(ParameterError, match="ISO week"):
        render_html(out, tmp_path / "x.html", week="last week")
    assert not (tmp_path / "x.html").exists()


def test_written_atomically_over_an_older_page(tmp_path: Path) -> None:
    out = build_out(tmp_path)
    target = tmp_path / "site" / "week.html"
    target.parent.mkdir()
    target.write_text("old", encoding="utf-8")
    assert render_html(out, target) == target
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert [p.name for p in target.parent.iterdir()] == ["week.html"]


def test_missing_tables_say_which_command_fills_them(tmp_path: Path) -> None:
    only_messages = build_out(tmp_path / "a", ("messages",))
    text = render_html(only_messages, tmp_path / "a.html").read_text(encoding="utf-8")
    assert "run <code>cxmine gaps out --kb KB</code>" in text and "to see the gaps" in text
    assert "run <code>cxmine report out</code>" in text
    assert 'id="vol-channel"' in text and "week 2026-W47</h1>" in text  # the latest week with messages
    # without a report the card still compares like for like: W47 runs to Wednesday 06:00, and so does W46 here
    assert "Partial week" in text and "last message: Wed 18 Nov 06:00 UTC" in text
    assert '<div class="n">63</div><div class="lbl">Customer messages</div>' in text and "(from 54)" in text

    no_messages = build_out(tmp_path / "b", ("report", "gaps"))
    text = render_html(no_messages, tmp_path / "b.html").read_text(encoding="utf-8")
    assert "run <code>cxmine ingest EXPORTS... --out out</code> to see the volume over time" in text
    assert 'id="repeat"' in text and "cxmine gaps out" not in text

    (tmp_path / "empty").mkdir()
    with pytest.raises(UsageError, match="cxmine ingest"):
        render_html(tmp_path / "empty", tmp_path / "c.html")


def test_chart_helpers() -> None:
    assert nice_ticks(87) == [0, 20, 40, 60, 80, 100]
    assert nice_ticks(3) == [0, 1, 2, 3]
    assert week_range("2026-W52", "2027-W02") == ["2026-W52", "2026-W53", "2027-W01", "2027-W02"]
    svg = sparkline([1, None, 4], ["a", "b", '<b>"c"</b>'], "x & y")
    assert "b: 0</title>" in svg and "&lt;b&gt;&quot;c&quot;&lt;/b&gt;: 4" in svg and "x &amp; y" in svg
