"""Render the weekly HTML page for an OUT folder and take a screenshot with headless Chromium, to look at it.

Run from the repo root:
  .venv/bin/python bench/html_screenshot.py OUT [--week 2026-W47] [--html week.html] [--png week.png]
  .venv/bin/python bench/html_screenshot.py --sample /tmp/cxmine-sample   # builds a 16-week sample OUT first
Prints the page's size, the render time and what the screenshot holds (size, colours, whether the chart colours
were painted). Needs Debian's ``chromium`` package (``apt-get install -y chromium``) or ``$CHROMIUM``.

The helpers (``screenshot``, ``dump_dom``, ``decode_png``, ``sample_out``) are also used by
``tests/report/test_html_browser.py``.
"""

from __future__ import annotations

import argparse
import functools
import os
import random
import shutil
import struct
import subprocess
import sys
import tempfile
import time
import zlib
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pyarrow as pa  # noqa: E402

from cxmine.report.html import monday, render_html, week_of, week_range  # noqa: E402
from cxmine.schema import GAP_SCHEMA, MESSAGE_SCHEMA, REPORT_SCHEMA, stable_id  # noqa: E402
from cxmine.store import replace_dataset  # noqa: E402

# Flags for a headless run that touches no network and no profile but its own throwaway one.
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--hide-scrollbars"]


def find_chromium() -> str | None:
    """``$CHROMIUM``, else ``/usr/bin/chromium`` (Debian's package), else ``chromium`` on the PATH."""
    for cand in (os.environ.get("CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium")):
        if cand and Path(cand).is_file() and os.access(cand, os.X_OK):
            return cand
    return None


def _run(args: list[str], timeout: float) -> subprocess.CompletedProcess:
    exe = find_chromium()
    if exe is None:
        raise FileNotFoundError("chromium not found: apt-get install -y chromium, or set $CHROMIUM")
    with tempfile.TemporaryDirectory(prefix="cxmine-chromium-") as profile:
        return subprocess.run([exe, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args], capture_output=True,
                              timeout=timeout, text=True)


def screenshot(page: Path, png: Path, size: tuple[int, int] = (1280, 3000), timeout: float = 120) -> Path:
    """A PNG of ``page`` as headless Chromium draws it at ``size`` (width, height)."""
    png = Path(png).resolve()
    png.unlink(missing_ok=True)
    res = _run([f"--screenshot={png}", f"--window-size={size[0]},{size[1]}", Path(page).resolve().as_uri()],
               timeout)
    if not png.is_file():
        raise RuntimeError(f"chromium wrote no screenshot (exit code {res.returncode}): {res.stderr[-2000:]}")
    return png


def dump_dom(page: Path, timeout: float = 120) -> str:
    """The DOM of ``page`` after Chromium parsed and laid it out, serialised as HTML."""
    res = _run(["--dump-dom", Path(page).resolve().as_uri()], timeout)
    if res.returncode != 0 or "<html" not in res.stdout:
        raise RuntimeError(f"chromium --dump-dom failed (exit code {res.returncode}): {res.stderr[-2000:]}")
    return res.stdout


def decode_png(data: bytes) -> tuple[int, int, list[bytes]]:
    """Width, height and RGB rows of an 8-bit, non-interlaced PNG (what Chromium writes), with only zlib.

    Raises ``ValueError`` for anything that is not a valid PNG of that kind (bad signature, CRC, size).
    """
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG: bad signature")
    pos, idat, header = 8, [], None
    while pos < len(data):
        (n,) = struct.unpack(">I", data[pos:pos + 4])
        kind, body = data[pos + 4:pos + 8], data[pos + 8:pos + 8 + n]
        (crc,) = struct.unpack(">I", data[pos + 8 + n:pos + 12 + n])
        if zlib.crc32(kind + body) != crc:
            raise ValueError(f"bad CRC in chunk {kind!r}")
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat.append(body)
        elif kind == b"IEND":
            break
        pos += 12 + n
    if header is None:
        raise ValueError("no IHDR chunk")
    width, height, depth, ctype, _, _, interlace = header
    if depth != 8 or interlace or ctype not in (2, 6):
        raise ValueError(f"unsupported PNG: depth {depth}, colour type {ctype}, interlace {interlace}")
    bpp = 3 if ctype == 2 else 4
    stride = width * bpp
    raw = zlib.decompress(b"".join(idat))
    if len(raw) != height * (stride + 1):
        raise ValueError(f"image data has {len(raw)} bytes, expected {height * (stride + 1)}")
    rows, prev = [], bytearray(stride)
    for y in range(height):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        if f == 1:
            for i in range(bpp, stride):
                line[i] = (line[i] + line[i - bpp]) & 255
        elif f == 2:
            line = bytearray((a + b) & 255 for a, b in zip(line, prev))
        elif f == 3:
            for i in range(stride):
                line[i] = (line[i] + (((line[i - bpp] if i >= bpp else 0) + prev[i]) >> 1)) & 255
        elif f == 4:
            for i in range(stride):
                a, b, c = (line[i - bpp], prev[i], prev[i - bpp]) if i >= bpp else (0, prev[i], 0)
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line if bpp == 3 else b"".join(line[i:i + 3] for i in range(0, stride, 4))))
        prev = line
    return width, height, rows


def png_colours(rows: list[bytes], step: int = 2) -> set[bytes]:
    """The RGB colours in every ``step``-th pixel of every ``step``-th row."""
    colours: set[bytes] = set()
    for r in rows[::step]:
        colours.update(r[i:i + 3] for i in range(0, len(r), 3 * step))
    return colours


GAP_TEXTS = [
    ("Is the BL-220 blender part of the recall?", {
        "nl": ["Valt mijn BL-220 blender onder de terugroepactie?", "Is de BL-220 teruggeroepen?",
               "Moet ik mijn blender terugsturen? <NAME> zei van wel"],
        "da": ["Er min BL-220 blender kaldt tilbage?", "Hvad gør jeg med min BL-220?"],
        "en": ["Is the BL-220 blender being recalled?", "Do I get a refund for my BL-220? <script>x</script>"]}),
    ("Kan ik betalen met een cadeaubon?", {
        "nl": ["Kan ik met een cadeaubon betalen?", "Hoe gebruik ik mijn cadeaubon online?"],
        "da": ["Kan jeg betale med et gavekort?"]}),
    ("Do you deliver to the Faroe Islands?", {
        "en": ["Do you deliver to the Faroe Islands?", "Shipping to Greenland possible?"],
        "da": ["Leverer I til Færøerne?", "Kan I sende til Grønland?", "Hvad koster fragt til Færøerne?"]}),
    ("Kan ik mijn bestelling ophalen in de winkel?", {
        "nl": ["Kan ik mijn bestelling ophalen in de winkel in <ADDRESS>?", "Afhalen in Utrecht mogelijk?"]}),
    ("Can I change the colour after ordering?", {"en": ["Can I change the colour of my sofa after ordering?"]}),
]


def _report_row(prev: dict, week: str, partial: bool, days: int, kind: str, key: str, label: str, n: int,
                **extra: object) -> dict:
    """One REPORT_SCHEMA row; ``prev`` holds last week's counts (scaled to ``days`` for the partial week)."""
    before = prev.get((kind, key))
    if partial and before is not None:
        before = int(before * days / 7)
    prev[(kind, key)] = n if not partial else prev.get((kind, key), n)
    change = (n - before) / before if before else None
    emerging = bool(change and change > 0.8 and n >= 20)
    return {"week": week, "kind": kind, "key": key, "label": label, "n": n, "share": 0.0, "n_before": before,
            "change": change, "emerging": emerging, "p_value": (0.002 if emerging else 0.5) if before else None,
            "partial": partial, **extra}


def sample_out(root: Path, weeks: int = 16, last_week: str = "2026-W47", seed: int = 0) -> Path:
    """A seeded sample OUT (messages, report, gaps) for looking at the page without running the pipeline.

    The last week is partial (Monday to Wednesday); volumes grow slowly with a dip in between.
    """
    rng = random.Random(seed)
    out = Path(root)
    names = week_range(week_of(monday(last_week) - timedelta(weeks=weeks - 1)), last_week)
    msgs, report = [], []
    channels = {"email": 0.45, "chat": 0.4, "call": 0.15}
    langs = {"nl": 0.5, "da": 0.3, "en": 0.2}
    intents = {"order_status": "Where is my order?", "delivery_time": "Delivery time", "return_request": "Returns",
               "refund_status": "Refund status", "payment_problem": "Payment problem", "cancel_order": "Cancel an order",
               "change_address": "Change address", "delivery_damage": "Damaged on delivery",
               "invoice_request": "Invoice request", "product_question": "Product question",
               "warranty_repair": "Warranty and repair", "account_login": "Account and login"}
    topics = {"nl-0": "bezorging · pakket · vandaag", "da-0": "levering · pakke · hvornår", "nl-1": "retour · label",
              "en-0": "refund · card · days", "nl-2": "factuur · btw", "da-1": "betaling · mobilepay · fejl",
              "en-1": "sofa · leg · broken", "nl-3": "blender · bl-220 · terugroep"}
    base = {k: rng.randint(20, 160) for k in (*intents, *topics)}
    prev: dict[tuple[str, str], int] = {}
    for wi, w in enumerate(names):
        partial = wi == len(names) - 1
        days = 3 if partial else 7
        level = 1 + 0.02 * wi - (0.15 if wi == len(names) // 2 else 0)
        n_week = int(1500 * level * days / 7)
        start = datetime.combine(monday(w), datetime.min.time(), tzinfo=timezone.utc)
        for k in range(n_week):
            ch = rng.choices(list(channels), weights=list(channels.values()))[0]
            lg = rng.choices(list(langs), weights=list(langs.values()))[0]
            sent = start + timedelta(seconds=rng.randrange(days * 86400))
            msgs.append({"message_id": stable_id(w, k), "contact_id": stable_id(w, k, "c"), "channel": ch,
                         "source_format": "sample", "source_file": "sample", "sent_at": sent, "speaker": "customer",
                         "text": "sample", "language": lg})

        row = functools.partial(_report_row, prev, w, partial, days)
        rows = [row("total", "messages", "Customer messages", n_week)]
        for key, label in intents.items():
            spike = 3.0 if key == "cancel_order" and wi >= len(names) - 2 else 1.0
            n = int(base[key] * level * spike * days / 7 * rng.uniform(0.85, 1.15))
            rows.append(row("intent", key, label, n, repeat_contact_rate=round(rng.uniform(0.03, 0.35), 3)))
        for key, label in topics.items():
            spike = 4.0 if key == "nl-3" and wi == len(names) - 1 else 1.0
            rows.append(row("topic", key, label, int(base[key] * 0.6 * spike * days / 7 * rng.uniform(0.8, 1.2))))
        for g, (label, _) in enumerate(GAP_TEXTS):
            n = int((5 + 2 * g + wi) * days / 7 * rng.uniform(0.8, 1.2))
            rows.append(row("gap", f"gap-{g + 1:04d}", label, n, unanswered=n))
        for kind in ("intent", "topic", "gap"):
            total = sum(r["n"] for r in rows if r["kind"] == kind) or 1
            for r in rows:
                if r["kind"] == kind:
                    r["share"] = r["n"] / total
        report += rows
    gaps = []
    for i, (label, ex) in enumerate(GAP_TEXTS):
        lang_n = {lg: 3 * len(t) + 2 - i for lg, t in ex.items()}
        gaps.append({
            "gap_id": f"gap-{i + 1:04d}", "rank": i + 1, "label": label, "keywords": [], "n_questions": 60 - 9 * i,
            "n_contacts": 52 - 8 * i,
            "languages": [{"key": k, "n": n} for k, n in sorted(lang_n.items(), key=lambda kv: -kv[1])],
            "channels": [{"key": "email", "n": 30 - 5 * i}, {"key": "chat", "n": 22 - 3 * i}],
            "first_seen": None, "last_seen": None,
            "weekly": [{"key": w, "n": 5 + i + j} for j, w in enumerate(names[-8:])], "growth": 0.2,
            "examples": [{"language": lg, "text": t} for lg, texts in ex.items() for t in texts],
            "nearest_kb_id": None if i == 3 else f"faq-{10 + i}", "nearest_similarity": None if i == 3 else 0.3,
        })
    replace_dataset(pa.Table.from_pylist(msgs, schema=MESSAGE_SCHEMA), out / "messages", MESSAGE_SCHEMA,
                    partition_by=["channel"])
    replace_dataset(pa.Table.from_pylist(report, schema=REPORT_SCHEMA), out / "report", REPORT_SCHEMA,
                    partition_by=["week"])
    replace_dataset(pa.Table.from_pylist(gaps, schema=GAP_SCHEMA), out / "gaps", GAP_SCHEMA)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out", nargs="?", type=Path, help="an OUT folder with report / gaps / messages tables")
    ap.add_argument("--sample", type=Path, help="build a seeded 16-week sample OUT in this folder and use it")
    ap.add_argument("--week", help="ISO week, e.g. 2026-W47 (default: the latest in OUT/report)")
    ap.add_argument("--html", type=Path, help="where to write the page (default: OUT/report.html)")
    ap.add_argument("--png", type=Path, help="where to write the screenshot (default: next to the page)")
    ap.add_argument("--size", default="1280,3000", help="browser window WIDTH,HEIGHT (default 1280,3000)")
    args = ap.parse_args(argv)
    if args.sample:
        out = sample_out(args.sample)
    elif args.out:
        out = args.out
    else:
        ap.error("pass an OUT folder or --sample DIR")
    page = args.html or out / "report.html"
    png = args.png or page.with_suffix(".png")
    t0 = time.perf_counter()
    render_html(out, page, week=args.week)
    t1 = time.perf_counter()
    print(f"page: {page} ({page.stat().st_size / 1024:.1f} KB, rendered in {t1 - t0:.2f} s)")
    width, height = (int(v) for v in args.size.split(","))
    screenshot(page, png, (width, height))
    print(f"screenshot: {png} ({png.stat().st_size / 1024:.1f} KB, {time.perf_counter() - t1:.1f} s)")
    w, h, rows = decode_png(png.read_bytes())
    colours = png_colours(rows)
    painted = [c for c in ("0072B2", "C75000", "007D5E") if bytes.fromhex(c) in colours]
    print(f"png: {w}x{h}, {len(colours)} colours sampled, chart colours painted: {', '.join(painted) or 'none'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
