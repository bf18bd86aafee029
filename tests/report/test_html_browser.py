"""The weekly HTML page in a real browser: headless Chromium lays it out (the SVG charts are in its DOM) and
paints it (a valid, non-blank PNG in which the chart colours appear). Needs Debian's ``chromium`` package."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

from cxmine.report.html import render_html

ROOT = Path(__file__).resolve().parents[2]


def _bench():
    spec = importlib.util.spec_from_file_location("html_screenshot", ROOT / "bench" / "html_screenshot.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


bench = _bench()

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(bench.find_chromium() is None,
                       reason="headless Chromium not installed (/usr/bin/chromium): apt-get install -y chromium"),
]

WEEKS = ["2026-W42", "2026-W43", "2026-W44", "2026-W45", "2026-W46", "2026-W47"]
CHART_COLOURS = ("0072B2", "C75000", "007D5E")  # email / chat / call bars


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("browser")
    out = bench.sample_out(root / "out", weeks=len(WEEKS), last_week=WEEKS[-1])
    return render_html(out, root / "week.html")


def test_the_dom_holds_the_charts(page: Path) -> None:
    dom = bench.dump_dom(page)
    for cid in ("vol-channel", "vol-language", "vol-daily", "repeat"):
        m = re.search(rf'<svg class="chart" id="{cid}".*?</svg>', dom, re.S)
        assert m, f"chart {cid} missing from the rendered DOM"
        assert "<title" in m.group(0) and "<desc" in m.group(0) and "<rect" in m.group(0)
    channel = re.search(r'<svg class="chart" id="vol-channel".*?</svg>', dom, re.S).group(0)
    for w in WEEKS:
        assert f'data-category="{w}"' in channel
    assert dom.count('<svg class="spark"') >= 10  # intents, topics, gaps
    assert "<script" not in dom.lower()
    assert "&lt;script&gt;x&lt;/script&gt;" in dom  # the customer's text stayed text


def test_the_screenshot_is_a_painted_page(page: Path, tmp_path: Path) -> None:
    png = bench.screenshot(page, tmp_path / "week.png", (1280, 3000))
    data = png.read_bytes()
    assert len(data) > 20_000
    width, height, rows = bench.decode_png(data)
    assert (width, height) == (1280, 3000)
    colours = bench.png_colours(rows)
    assert len(colours) > 50, "the screenshot is (nearly) one colour"
    assert b"\xff\xff\xff" in colours  # the white page
    for c in CHART_COLOURS:
        assert bytes.fromhex(c) in colours, f"no #{c} pixels: the bars were not painted"
    # the page is not only its top: something is drawn in the lower half too (the gap list, repeat contacts)
    lower = bench.png_colours(rows[height // 2:])
    assert len(lower) > 20
