"""Inline SVG charts for the HTML report, drawn in Python: stacked bars, horizontal bars and sparklines.

No JavaScript and nothing fetched: every chart is a ``<svg>`` string to put straight into the page (an inline
SVG in HTML needs no ``xmlns``). Each chart carries ``<title>`` and ``<desc>`` for screen readers, text labels on
its axes and a ``<title>`` on every mark, so hovering a bar shows its number. All text is HTML-escaped here.

>>> svg = sparkline([1, 3, 2], ["2026-W45", "2026-W46", "2026-W47"], "order_status per week")
>>> svg.startswith("<svg") and "2026-W47: 2" in svg
True
"""

from __future__ import annotations

import html
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

# Colours with at least 3:1 contrast against white (WCAG non-text contrast), distinct under colour blindness
# for the first few (Okabe-Ito based); every chart also names its series in text, so colour is never the only cue.
PALETTE = ("#0072B2", "#C75000", "#007D5E", "#A3477F", "#5E3C99", "#8A6500", "#00798C", "#6B6B6B")
FIXED_COLOURS = {
    "email": "#0072B2", "chat": "#C75000", "call": "#007D5E",
    "nl": "#C75000", "da": "#A3477F", "en": "#0072B2", "other": "#6B6B6B", "und": "#8C8C8C",
}
AXIS = "#555555"
GRID = "#E3E3E3"
HIGHLIGHT = "#FFF1C2"
TEXT = "#222222"
CHAR_W = 6.4  # average width of an 11px sans-serif character, for laying out labels without a font engine


def esc(value: object) -> str:
    """HTML-escape anything for text and attribute values (quotes included)."""
    return html.escape(str(value), quote=True)


def colour_for(key: str, index: int) -> str:
    """The fixed colour of a channel or language, else the palette colour at ``index``."""
    return FIXED_COLOURS.get(key, PALETTE[index % len(PALETTE)])


def _num(x: float) -> str:
    return f"{x:.1f}".rstrip("0").rstrip(".")


def nice_ticks(top: float, target: int = 5, integer: bool = True) -> list[float]:
    """Round axis ticks from 0 to at least ``top`` (steps of 1, 2 or 5 times a power of ten); ``integer``: counts,
    so no step below 1.

    >>> nice_ticks(87)
    [0, 20, 40, 60, 80, 100]
    >>> nice_ticks(1.0, target=4, integer=False)
    [0.0, 0.25, 0.5, 0.75, 1.0]
    """
    if top <= 0:
        return [0, 1]
    raw = top / target
    power = 10 ** math.floor(math.log10(raw))
    steps = (1, 2, 2.5, 5, 10) if not integer or power >= 10 else (1, 2, 5, 10)  # 2.5: no fractional counts
    step = next(m * power for m in steps if m * power >= raw)
    if integer and step < 1:
        step = 1
    n = math.ceil(top / step - 1e-9)
    return [int(round(i * step)) if step >= 1 and float(step).is_integer() else round(i * step, 10)
            for i in range(n + 1)]


def _svg_open(cid: str, title: str, desc: str, width: float, height: float, cls: str = "chart") -> str:
    return (f'<svg class="{cls}" id="{esc(cid)}" viewBox="0 0 {_num(width)} {_num(height)}" role="img" '
            f'aria-labelledby="{esc(cid)}-t {esc(cid)}-d" preserveAspectRatio="xMinYMin meet">'
            f'<title id="{esc(cid)}-t">{esc(title)}</title><desc id="{esc(cid)}-d">{esc(desc)}</desc>')


def _clip(label: str, chars: int) -> str:
    return label if len(label) <= chars else label[: chars - 1] + "…"


@dataclass
class Series:
    """One stacked series: its name (shown in the legend), a value per category and a fill colour."""

    name: str
    values: Sequence[float]
    colour: str


def _legend(series: Sequence[Series], x: float, y: float) -> str:
    parts = []
    for s in series:
        parts.append(f'<rect x="{_num(x)}" y="{_num(y - 9)}" width="10" height="10" fill="{esc(s.colour)}"/>'
                     f'<text x="{_num(x + 14)}" y="{_num(y)}">{esc(s.name)}</text>')
        x += 14 + CHAR_W * len(s.name) + 16
    return f'<g class="legend" font-size="11" fill="{TEXT}">{"".join(parts)}</g>'


def stacked_bars(cid: str, title: str, desc: str, categories: Sequence[str], series: Sequence[Series], *,
                 tick_labels: Sequence[str] | None = None, x_title: str = "", y_title: str = "",
                 highlight: int | None = None, width: float = 760, height: float = 280) -> str:
    """Vertical bars, one per category, stacked by series, with a legend, a y axis with gridlines and axis titles.

    ``categories`` are the full names used in each bar's tooltip (``2026-W47 · email: 120``); ``tick_labels``
    the shorter names under the bars (thinned out when there are many); ``highlight`` shades one category.
    """
    ticks_txt = list(tick_labels or categories)
    n = len(categories)
    totals = [sum(s.values[i] for s in series) for i in range(n)]
    ticks = nice_ticks(max(totals, default=0))
    top = ticks[-1] or 1
    left, right, upper, lower = 58, 12, 34, 50
    pw, ph = width - left - right, height - upper - lower
    slot = pw / max(n, 1)
    bar = max(min(slot * 0.72, 48), 1.5)
    out = [_svg_open(cid, title, desc, width, height), _legend(series, left, 14)]
    if highlight is not None and 0 <= highlight < n:
        out.append(f'<rect x="{_num(left + highlight * slot)}" y="{upper - 4}" width="{_num(slot)}" '
                   f'height="{_num(ph + 4)}" fill="{HIGHLIGHT}"/>')
    grid = []
    for t in ticks:
        y = upper + ph - ph * t / top
        grid.append(f'<line x1="{left}" x2="{_num(left + pw)}" y1="{_num(y)}" y2="{_num(y)}" stroke="{GRID}"/>'
                    f'<text x="{left - 6}" y="{_num(y + 4)}" text-anchor="end">{t:,}</text>')
    out.append(f'<g class="y-axis" font-size="11" fill="{AXIS}">{"".join(grid)}</g>')
    bars = []
    for i, cat in enumerate(categories):
        x = left + i * slot + (slot - bar) / 2
        y = upper + ph
        marks = []
        for s in series:
            v = s.values[i]
            if v <= 0:
                continue
            h = ph * v / top
            y -= h
            marks.append(f'<rect x="{_num(x)}" y="{_num(y)}" width="{_num(bar)}" height="{_num(h)}" '
                         f'fill="{esc(s.colour)}"><title>{esc(cat)} · {esc(s.name)}: {v:,}</title></rect>')
        label = f'{esc(cat)}: {totals[i]:,} in total'
        bars.append(f'<g class="bar" data-category="{esc(cat)}" data-total="{totals[i]}" aria-label="{label}">'
                    f'{"".join(marks)}</g>')
        if n <= 20 and totals[i] > 0:
            bars.append(f'<text x="{_num(x + bar / 2)}" y="{_num(y - 4)}" text-anchor="middle" font-size="10" '
                        f'fill="{TEXT}">{totals[i]:,}</text>')
    out.append("".join(bars))
    every = max(1, math.ceil(n * 7.5 * max((len(t) for t in ticks_txt), default=1) / pw))
    xl = []
    for i, t in enumerate(ticks_txt):
        near_highlight = highlight is not None and i != highlight and abs(i - highlight) < every
        if i != highlight and (i % every or near_highlight):
            continue
        weight = ' font-weight="bold"' if i == highlight else ""
        xl.append(f'<text x="{_num(left + i * slot + slot / 2)}" y="{_num(upper + ph + 15)}" '
                  f'text-anchor="middle"{weight}>{esc(t)}</text>')
    out.append(f'<g class="x-axis" font-size="11" fill="{AXIS}">'
               f'<line x1="{left}" x2="{_num(left + pw)}" y1="{_num(upper + ph)}" y2="{_num(upper + ph)}" '
               f'stroke="{AXIS}"/>{"".join(xl)}</g>')
    out.append(f'<text class="axis-title" x="{_num(left + pw / 2)}" y="{_num(height - 8)}" text-anchor="middle" '
               f'font-size="12" fill="{TEXT}">{esc(x_title)}</text>')
    out.append(f'<text class="axis-title" transform="translate(14 {_num(upper + ph / 2)}) rotate(-90)" '
               f'text-anchor="middle" font-size="12" fill="{TEXT}">{esc(y_title)}</text>')
    out.append("</svg>")
    return "".join(out)


def hbars(cid: str, title: str, desc: str, items: Sequence[tuple[str, float]], *, x_title: str,
          fmt: Callable[[float], str] = lambda v: f"{v:,}", x_max: float | None = None,
          colour: str = PALETTE[0], width: float = 760, notes: Sequence[str] | None = None,
          integer: bool = True) -> str:
    """Horizontal bars with the label left of each bar and its value (``fmt``) right of it.

    ``notes`` (one per item) are added to each bar's tooltip, e.g. the number of contacts behind a rate.
    """
    # 12px labels: about 7.4px a character in a wide sans-serif (DejaVu), so the longest label is not cut off
    label_w = min(300, max(80, 7.4 * max((len(_clip(lb, 38)) for lb, _ in items), default=8) + 16))
    left, right, upper, row = label_w, 70, 8, 24
    height = upper + row * len(items) + 46
    pw = width - left - right
    ticks = nice_ticks(x_max if x_max is not None else max((v for _, v in items), default=0), target=4,
                       integer=integer)
    top = ticks[-1] or 1
    out = [_svg_open(cid, title, desc, width, height)]
    grid = []
    base = upper + row * len(items)
    for t in ticks:
        x = left + pw * t / top
        grid.append(f'<line x1="{_num(x)}" x2="{_num(x)}" y1="{upper}" y2="{_num(base)}" stroke="{GRID}"/>'
                    f'<text x="{_num(x)}" y="{_num(base + 15)}" text-anchor="middle">{esc(fmt(t))}</text>')
    out.append(f'<g class="x-axis" font-size="11" fill="{AXIS}">{"".join(grid)}</g>')
    for i, (label, v) in enumerate(items):
        y = upper + i * row
        w = pw * v / top
        note = f" ({notes[i]})" if notes and notes[i] else ""
        out.append(f'<g class="bar" data-category="{esc(label)}" data-value="{v}">'
                   f'<text x="{left - 8}" y="{_num(y + row / 2 + 4)}" text-anchor="end" font-size="12" '
                   f'fill="{TEXT}">{esc(_clip(label, 38))}</text>'
                   f'<rect x="{left}" y="{_num(y + 4)}" width="{_num(max(w, 0.5))}" height="{row - 8}" '
                   f'fill="{esc(colour)}"><title>{esc(label)}: {esc(fmt(v))}{esc(note)}</title></rect>'
                   f'<text x="{_num(left + w + 6)}" y="{_num(y + row / 2 + 4)}" font-size="11" '
                   f'fill="{TEXT}">{esc(fmt(v))}</text></g>')
    out.append(f'<line x1="{left}" x2="{left}" y1="{upper}" y2="{_num(base)}" stroke="{AXIS}"/>')
    out.append(f'<text class="axis-title" x="{_num(left + pw / 2)}" y="{_num(height - 6)}" text-anchor="middle" '
               f'font-size="12" fill="{TEXT}">{esc(x_title)}</text></svg>')
    return "".join(out)


def sparkline(values: Sequence[float | None], labels: Sequence[str], title: str, *, width: float = 120,
              height: float = 28, colour: str = PALETTE[0], partial_last: bool = False) -> str:
    """A small line over the weeks with a dot per week (its tooltip names the week and the value); the last
    dot is larger. A missing value (``None``) counts as 0. ``partial_last``: the last week is not over, so its
    segment is dashed and its dot hollow (a partial week's drop is not a real one)."""
    vals = [v or 0 for v in values]
    top = max(vals, default=0) or 1
    pad = 3
    step = (width - 2 * pad) / max(len(vals) - 1, 1)
    pts = [(pad + i * step, height - pad - (height - 2 * pad) * v / top) for i, v in enumerate(vals)]
    tips = [f"{lb}: {v:,}" for lb, v in zip(labels, vals)]
    if partial_last and tips:
        tips[-1] += " (partial week)"
    out = [f'<svg class="spark" viewBox="0 0 {_num(width)} {_num(height)}" width="{_num(width)}" '
           f'height="{_num(height)}" role="img" aria-label="{esc(title)}"><title>{esc(title)}</title>'
           f'<desc>{esc(", ".join(tips))}</desc>']
    solid = pts[:-1] if partial_last else pts
    if len(solid) > 1:
        line = " ".join(f"{_num(x)},{_num(y)}" for x, y in solid)
        out.append(f'<polyline points="{line}" fill="none" stroke="{esc(colour)}" stroke-width="1.5"/>')
    if partial_last and len(pts) > 1:
        (x1, y1), (x2, y2) = pts[-2:]
        out.append(f'<line x1="{_num(x1)}" y1="{_num(y1)}" x2="{_num(x2)}" y2="{_num(y2)}" stroke="{esc(colour)}" '
                   'stroke-width="1.2" stroke-dasharray="2 2"/>')
    for i, ((x, y), tip) in enumerate(zip(pts, tips)):
        last = i == len(pts) - 1
        fill = "#ffffff" if last and partial_last else esc(colour)
        out.append(f'<circle cx="{_num(x)}" cy="{_num(y)}" r="{2.6 if last else 1.6}" fill="{fill}" '
                   f'stroke="{esc(colour)}" stroke-width="{1.2 if last else 0}"><title>{esc(tip)}</title></circle>')
    out.append("</svg>")
    return "".join(out)


__all__ = ["FIXED_COLOURS", "PALETTE", "Series", "colour_for", "esc", "hbars", "nice_ticks", "sparkline",
           "stacked_bars"]
