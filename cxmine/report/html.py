"""The weekly report as one self-contained HTML page a team lead can forward.

``render_html(OUT, "week.html")`` reads ``OUT/report`` (the weekly report's long-form table,
``cxmine.schema.REPORT_SCHEMA``), ``OUT/gaps`` and ``OUT/messages`` and writes one page: the week and its totals,
volume over time by channel and language, top intents and topics with their change and a sparkline, emerging
themes, the gap list with examples, and repeat contacts per intent. A missing table leaves its section with a
sentence saying which command fills it.

The page fetches nothing and runs no script: charts are inline SVG (``cxmine.report.charts``), CSS is inline, a
Content-Security-Policy forbids every load, and all text (customer examples included) is HTML-escaped.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from cxmine import __version__
from cxmine.errors import ParameterError, UsageError
from cxmine.report.charts import Series, colour_for, esc, hbars, sparkline, stacked_bars
from cxmine.report.events import CHANNEL_LABELS, CUSTOMER_SPEAKERS, LANGUAGE_LABELS
from cxmine.schema import GAP_SCHEMA, MESSAGE_SCHEMA, REPORT_SCHEMA, SUPPORTED_LANGUAGES, TS
from cxmine.store import dataset_exists, holds_out_lock, read_dataset, write_text_atomic

WEEK_RE = re.compile(r"^(\d{4})-W(\d{2})$")
TOP = 10  # intents and topics per table
SPARK_WEEKS = 12  # weeks in a sparkline, ending with the report's week
MAX_GAPS = 20
MAX_EXAMPLE_CHARS = 300
MAX_VOLUME_WEEKS = 156  # a stray 1970 timestamp must not draw 3,000 empty weeks
UNIT = "customer messages"
DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def monday(week: str) -> date:
    """The Monday that starts ISO week ``week`` ("2026-W47")."""
    m = WEEK_RE.match(week)
    if not m:
        raise ParameterError("week", f"must be an ISO week like 2026-W47; got {week!r}")
    try:
        return date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
    except ValueError:
        raise ParameterError("week", f"{week!r} is not a week of its year") from None


def week_of(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def week_range(first: str, last: str) -> list[str]:
    """Every ISO week from ``first`` to ``last``, both included."""
    start, end = monday(first), monday(last)
    return [week_of(start + timedelta(weeks=i)) for i in range((end - start).days // 7 + 1)]


@dataclass
class Volume:
    """Dated customer messages per ISO week (continuous, no week left out) by channel and language, and per day of
    the report's week by channel. Customer messages are counted as ``cxmine report`` counts them."""

    weeks: list[str]
    by_channel: dict[str, list[int]]
    by_language: dict[str, list[int]]
    daily: dict[str, list[int]] = field(default_factory=dict)
    latest: datetime | None = None  # the last message in OUT/messages, any speaker
    partial: bool = False  # the week is not over in the data
    n_week: int = 0  # customer messages in the week
    n_before: int | None = None  # the same span of the week before (like for like when the week is partial)
    undated: int = 0
    left_out: int = 0  # dated customer messages before the first week drawn


def _grouped(table: pa.Table, keys: list[str]) -> list[dict]:
    return table.group_by(keys).aggregate([(keys[-1], "count")]).to_pylist()


def _between(ts: pa.ChunkedArray, lo: datetime, hi: datetime) -> pa.ChunkedArray:
    return pc.and_(pc.greater_equal(ts, pa.scalar(lo, TS)), pc.less(ts, pa.scalar(hi, TS)))


def load_volume(messages: Path, week: str | None) -> Volume | None:
    """Customer messages per week and channel / language from ``OUT/messages`` (``None`` when there is none)."""
    if not dataset_exists(messages):
        return None
    t = read_dataset(messages, MESSAGE_SCHEMA, columns=["channel", "language", "speaker", "sent_at"])
    latest = pc.max(t["sent_at"]).as_py()
    t = t.filter(pc.is_in(t["speaker"], value_set=pa.array(CUSTOMER_SPEAKERS)))
    dated = t.filter(pc.is_valid(t["sent_at"]))
    undated = t.num_rows - dated.num_rows
    ts = dated["sent_at"]
    g = pa.table({"y": pc.iso_year(ts), "w": pc.iso_week(ts), "channel": dated["channel"],
                  "language": dated["language"]})
    counts: dict[str, dict[tuple[str, str], int]] = {"channel": {}, "language": {}}
    for col in counts:
        for r in _grouped(g, ["y", "w", col]):
            counts[col][(f"{r['y']}-W{r['w']:02d}", r[col])] = r[f"{col}_count"]
    weeks_seen = sorted({w for w, _ in counts["channel"]} | ({week} if week else set()))
    if not weeks_seen:
        return Volume([], {}, {}, undated=undated)
    weeks = week_range(weeks_seen[0], weeks_seen[-1])[-MAX_VOLUME_WEEKS:]
    left_out = sum(n for (w, _), n in counts["channel"].items() if w < weeks[0])

    def series(col: str) -> dict[str, list[int]]:
        total: dict[str, int] = defaultdict(int)
        for (_, k), n in counts[col].items():
            total[k] += n
        return {k: [counts[col].get((w, k), 0) for w in weeks] for k in sorted(total, key=lambda k: (-total[k], k))}

    vol = Volume(weeks, series("channel"), series("language"), latest=latest, undated=undated, left_out=left_out)
    if not week:
        return vol
    start = datetime.combine(monday(week), datetime.min.time(), tzinfo=timezone.utc)
    end = start + timedelta(days=7)
    in_week = dated.filter(_between(ts, start, end))
    vol.n_week = in_week.num_rows
    vol.partial = latest is not None and start <= latest < end
    if in_week.num_rows:
        days = pa.table({"dow": pc.day_of_week(in_week["sent_at"]), "channel": in_week["channel"]})
        present = set(pc.unique(in_week["channel"]).to_pylist())
        order = [k for k in vol.by_channel if k in present] + sorted(present - set(vol.by_channel))
        vol.daily = {k: [0] * 7 for k in order}  # the weekly charts' order, so the legends agree
        for r in _grouped(days, ["dow", "channel"]):
            vol.daily[r["channel"]][r["dow"]] = r["channel_count"]
    if week != weeks_seen[0]:  # like for like, as cxmine report compares a partial week
        hi = latest + timedelta(microseconds=1) if vol.partial else end
        vol.n_before = pc.sum(_between(ts, start - timedelta(days=7), hi - timedelta(days=7))).as_py() or 0
    return vol


def key_label(kind: str, key: str) -> str:
    """A channel's or language's name for people, as ``cxmine report`` labels them ("Email", "Dutch (nl)")."""
    if kind == "channel":
        return CHANNEL_LABELS.get(key, key)
    name = LANGUAGE_LABELS.get(key)
    return key if name is None else f"{name} ({key})" if key in SUPPORTED_LANGUAGES else name


def row_label(row: dict) -> str:
    """A report row's label for people: an intent labelled by its bare key reads "Order status", not
    "order_status"."""
    label = row["label"]
    if row["kind"] == "intent" and label == row["key"] and re.fullmatch(r"[a-z0-9_]+", label):
        return label.replace("_", " ").capitalize()
    return label


# ---------------------------------------------------------------------------------------------------- formatting


def _pct(x: float | None) -> str:
    return "–" if x is None else f"{x:.0%}".replace("%", " %")


def change_html(n: int, n_before: int | None, change: float | None) -> str:
    """▲ / ▼ with the relative change and the week before's count; "new" when there was none before."""
    if n_before is None:
        return '<span class="flat">–</span>'
    if n_before == 0:
        return '<span class="up">new</span>' if n else '<span class="flat">–</span>'
    c = change if change is not None else (n - n_before) / n_before
    cls, arrow = ("up", "▲") if c > 0 else ("down", "▼") if c < 0 else ("flat", "=")
    return (f'<span class="{cls}"><span aria-hidden="true">{arrow}</span> {c:+.0%}'.replace("%", " %")
            + f' <small>(from {n_before:,})</small></span>')


def _p(p: float | None) -> str:
    return "–" if p is None else "&lt; 0.001" if p < 0.001 else f"{p:.3f}"


def _cmd(text: str) -> str:
    return f"<code>{esc(text)}</code>"


def _missing(text: str) -> str:
    return f'<p class="missing">{text}</p>'


def _data_table(caption: str, head: list[str], rows: list[list[object]]) -> str:
    """A plain table of a chart's numbers, folded away under the chart."""
    th = "".join(f"<th>{esc(h)}</th>" for h in head)
    body = "".join("<tr>" + "".join(f"<td>{esc(f'{c:,}' if isinstance(c, int) else c)}</td>" for c in r) + "</tr>"
                   for r in rows)
    return (f'<details><summary>{esc(caption)}</summary><table class="data"><thead><tr>{th}</tr></thead>'
            f"<tbody>{body}</tbody></table></details>")


# ------------------------------------------------------------------------------------------------------ sections


def _header(week: str, rows: list[dict], vol: Volume | None, out_name: str) -> str:
    start = monday(week)
    end = start + timedelta(days=6)
    parts = [f"<header><h1>Customer contacts, week {esc(week)}</h1>",
             f'<p class="dates">Monday {start:%d %B %Y} to Sunday {end:%d %B %Y} · from <code>{esc(out_name)}</code>'
             f" · generated {datetime.now(timezone.utc):%d %B %Y %H:%M} UTC</p>"]
    if any(r["partial"] for r in rows) or (not rows and vol is not None and vol.partial):
        last = f" (last message: {vol.latest:%a %d %b %H:%M} UTC)" if vol and vol.latest else ""
        parts.append(f'<p class="partial"><strong>Partial week:</strong> the week is not over in the data{last}. '
                     "Changes compare the same span of the week before.</p>")
    cards = [(r["label"], r["n"], change_html(r["n"], r["n_before"], r["change"]))
             for r in rows if r["kind"] == "total"]
    if not cards and vol and week in vol.weeks:
        cards = [(UNIT.capitalize(), vol.n_week, change_html(vol.n_week, vol.n_before, None))]
    if cards:
        parts.append('<div class="totals">' + "".join(
            f'<div class="card"><div class="n">{n:,}</div><div class="lbl">{esc(lbl)}</div>'
            f'<div class="chg">{chg}</div></div>' for lbl, n, chg in cards) + "</div>")
    return "".join(parts) + "</header>"


def _volume(vol: Volume | None, week: str, partial: bool, out_name: str) -> str:
    h = '<section id="volume"><h2>Volume over time</h2>'
    if vol is None:
        return h + _missing(f"No messages table: run {_cmd(f'cxmine ingest EXPORTS... --out {out_name}')} to see "
                            "the volume over time.") + "</section>"
    if not vol.weeks:
        return h + _missing(f"No dated {esc(UNIT)}: the volume over time needs message dates.") + "</section>"
    hi = vol.weeks.index(week) if week in vol.weeks else None
    ticks = [f"W{w[-2:]}" + ("*" if partial and i == hi else "") for i, w in enumerate(vol.weeks)]
    span = f"ISO week, {vol.weeks[0]} to {vol.weeks[-1]}"
    parts = [h, f'<p class="note">{esc(UNIT.capitalize())} per week; week {esc(week)} is shaded'
             + (" (* partial)" if partial else "") + "."]
    skipped = [f"{vol.undated:,} without a date"] * bool(vol.undated) + \
        [f"{vol.left_out:,} before {vol.weeks[0]}"] * bool(vol.left_out)
    if skipped:
        parts.append(f" Not drawn: {' and '.join(skipped)}.")
    parts.append("</p>")
    for cid, name, data in (("vol-channel", "channel", vol.by_channel), ("vol-language", "language", vol.by_language)):
        series = [Series(key_label(name, k), v, colour_for(k, i)) for i, (k, v) in enumerate(data.items())]
        desc = f"Stacked bars of {UNIT} per ISO week by {name}, {len(vol.weeks)} weeks: " + "; ".join(
            f"{w} " + ", ".join(f"{s.name} {s.values[i]}" for s in series) for i, w in enumerate(vol.weeks))
        parts.append(f"<h3>By {name}</h3>")
        parts.append(stacked_bars(cid, f"{UNIT.capitalize()} per week by {name}", desc, vol.weeks, series,
                                  tick_labels=ticks, x_title=span, y_title=UNIT, highlight=hi))
        parts.append(_data_table(f"Numbers: {UNIT} per week by {name}", ["week", *(s.name for s in series)],
                                 [[w, *(v[i] for v in data.values())] for i, w in enumerate(vol.weeks)]))
    if vol.daily:
        start = monday(week)
        days = [f"{DAYS[d]} {start + timedelta(days=d):%d %b}" for d in range(7)]
        series = [Series(key_label("channel", k), v, colour_for(k, i)) for i, (k, v) in enumerate(vol.daily.items())]
        desc = f"Stacked bars of {UNIT} per day of week {week} by channel: " + "; ".join(
            f"{d} " + ", ".join(f"{s.name} {s.values[i]}" for s in series) for i, d in enumerate(days))
        parts.append(f"<h3>Per day, week {esc(week)}</h3>")
        parts.append(stacked_bars("vol-daily", f"{UNIT.capitalize()} per day in week {week}", desc, days, series,
                                  tick_labels=[d[:3] for d in days], x_title="day (UTC)", y_title=UNIT,
                                  height=220))
        if partial and vol.latest and vol.latest.weekday() < 6:
            first = DAYS[vol.latest.weekday() + 1]
            parts.append(f'<p class="note">{first} to Sun: not in the data yet.</p>')
    return "".join(parts) + "</section>"


def _spark_series(rows: list[dict], kind: str, weeks: list[str]) -> dict[str, list[int]]:
    by_key: dict[str, dict[str, int]] = defaultdict(dict)
    for r in rows:
        if r["kind"] == kind:
            by_key[r["key"]][r["week"]] = r["n"]
    return {k: [v.get(w, 0) for w in weeks] for k, v in by_key.items()}


def _top(rows: list[dict] | None, kind: str, week: str, weeks: list[str], title: str, fill: str, out_name: str,
         partial: bool) -> str:
    h = f'<section id="{kind}s"><h2>{esc(title)}</h2>'
    if rows is None:
        return h + _missing(f"No weekly report: run {_cmd(f'cxmine report {out_name}')} to see the {kind}s.") + \
            "</section>"
    this = sorted((r for r in rows if r["kind"] == kind and r["week"] == week), key=lambda r: (-r["n"], r["label"]))
    if not this:
        return h + _missing(f"No {kind}s in the report for {esc(week)}: run {_cmd(f'{fill} {out_name}')}, then "
                            f"{_cmd(f'cxmine report {out_name}')} to see them.") + "</section>"
    spark_weeks = [w for w in weeks if w <= week][-SPARK_WEEKS:]
    spark = _spark_series(rows, kind, spark_weeks)
    body = []
    for i, r in enumerate(this[:TOP], 1):
        line = sparkline(spark[r["key"]], spark_weeks, f"{row_label(r)} per week", partial_last=partial)
        badge = ' <span class="badge">emerging</span>' if r["emerging"] else ""
        body.append(f'<tr><td class="num">{i}</td><td><span title="{esc(r["key"])}">{esc(row_label(r))}</span>{badge}'
                    f'</td><td class="num">{r["n"]:,}</td><td class="num">{_pct(r["share"])}</td>'
                    f'<td class="chg">{change_html(r["n"], r["n_before"], r["change"])}</td>'
                    f'<td class="chg">{line}</td></tr>')
    notes = [f"{len(this) - TOP} more {kind}s not shown."] * (len(this) > TOP) + \
        [f"{week} is a partial week: its point (hollow, dotted line) may be low because the week is not over."] * partial
    more = f'<p class="note">{" ".join(notes)}</p>' if notes else ""
    return (h + f'<table class="top"><thead><tr><th class="num">#</th><th>{kind}</th><th class="num">questions</th><th class="num">share</th>'
            f'<th class="chg">vs week before</th><th class="chg">{esc(spark_weeks[0])} to {esc(week)}</th></tr></thead><tbody>'
            + "".join(body) + "</tbody></table>" + more + "</section>")


def _emerging(rows: list[dict] | None, week: str, out_name: str) -> str:
    h = '<section id="emerging"><h2>Emerging themes</h2>'
    if rows is None:
        return h + _missing(f"No weekly report: run {_cmd(f'cxmine report {out_name}')} to see emerging themes.") \
            + "</section>"
    em = sorted((r for r in rows if r["week"] == week and r["emerging"]),
                key=lambda r: (r["p_value"] is None, r["p_value"] or 0, -r["n"]))
    if not em:
        return h + '<p class="note">Nothing emerged this week: no theme grew more than chance explains.</p></section>'
    body = "".join(f'<tr><td>{esc(row_label(r))}</td><td>{esc(r["kind"])}</td><td class="num">{r["n"]:,}</td>'
                   f'<td class="chg">{change_html(r["n"], r["n_before"], r["change"])}</td><td class="num">{_p(r["p_value"])}</td>'
                   "</tr>" for r in em)
    return (h + '<p class="note">Themes that grew more than chance explains against the week before, most certain '
            'first (a small p-value: unlikely to be chance).</p><table class="top"><thead><tr><th>theme</th>'
            "<th>kind</th><th class=\"num\">this week</th><th>vs week before</th><th class=\"num\">p-value</th></tr>"
            "</thead><tbody>"
            + body + "</tbody></table></section>")


def _counts(items: list[dict] | None) -> str:
    return " · ".join(f"{esc(c['key'])} {c['n']:,}" for c in items or []) or "–"


def _gap(g: dict, unanswered: dict[str, int] | None, week: str, partial: bool) -> str:
    # the gaps table lists only weeks with questions: fill the weeks between with zeros, up to the report's week
    counts = {c["key"]: c["n"] for c in g["weekly"] or [] if WEEK_RE.match(c["key"] or "") and c["key"] <= week}
    trend = ""
    if counts:
        weeks = week_range(min(counts), week)[-SPARK_WEEKS:]
        line = sparkline([counts.get(w, 0) for w in weeks], weeks, f"{g['label']}: questions per week",
                         colour="#A3477F", partial_last=partial)
        trend = f' · <span class="trend">per week, {esc(weeks[0])} to {esc(week)}</span> {line}'

    if unanswered is None:
        una = ""
    else:
        una = f' · <strong>{unanswered.get(g["gap_id"], 0):,} unanswered this week</strong>'
    if g["nearest_kb_id"]:
        sim = "" if g["nearest_similarity"] is None else f" (similarity {g['nearest_similarity']:.2f})"
        kb = f"Nearest knowledge-base entry: <code>{esc(g['nearest_kb_id'])}</code>{sim}"
    else:
        kb = "No knowledge-base entry is near."
    examples = []
    for c in g["languages"] or []:
        texts = [e["text"] for e in g["examples"] or [] if e["language"] == c["key"]][:3]
        if texts:
            lang = f' lang="{esc(c["key"])}"' if c["key"] in SUPPORTED_LANGUAGES else ""
            items = "".join(f"<li{lang}>{esc(t if len(t) <= MAX_EXAMPLE_CHARS else t[:MAX_EXAMPLE_CHARS] + '…')}</li>"
                            for t in texts)
            examples.append(f'<div><h4>{esc(c["key"])}</h4><ul>{items}</ul></div>')
    return (f'<article class="gap" id="gap-{esc(g["gap_id"])}"><h3><span class="rank">{g["rank"]}</span> '
            f'{esc(g["label"])}</h3><p class="meta">{g["n_questions"]:,} questions in {g["n_contacts"]:,} contacts'
            f'{una}{trend}</p><p class="meta">languages: {_counts(g["languages"])}; channels: '
            f'{_counts(g["channels"])}</p><p class="kb">{kb}</p><div class="examples">{"".join(examples)}</div>'
            "</article>")


def _gaps(gaps: list[dict] | None, rows: list[dict] | None, week: str, out_name: str, partial: bool) -> str:
    h = '<section id="gaps"><h2>Questions the knowledge base does not answer</h2>'
    if gaps is None:
        return h + _missing(f"No gaps table: run {_cmd(f'cxmine gaps {out_name} --kb KB')} (your FAQ or chatbot "
                            "export) to see the gaps.") + "</section>"
    if not gaps:
        return h + '<p class="note">No gaps: every question came close enough to a knowledge-base entry.</p></section>'
    unanswered = None
    if rows is not None:
        unanswered = {r["key"]: r["unanswered"] if r["unanswered"] is not None else r["n"]
                      for r in rows if r["kind"] == "gap" and r["week"] == week}
    shown = sorted(gaps, key=lambda g: g["rank"])[:MAX_GAPS]
    more = (f" The first {MAX_GAPS} of {len(gaps)} are shown; {_cmd(f'cxmine gaps {out_name} --kb KB --markdown gaps.md')}"
            " lists all.") if len(gaps) > MAX_GAPS else ""
    return (h + f'<p class="note">{len(gaps):,} gap{"s" * (len(gaps) != 1)}, ranked by contacts and growth; up to three redacted examples '
            f"per language.{more}</p>" + "".join(_gap(g, unanswered, week, partial) for g in shown) + "</section>")


def _repeat(rows: list[dict] | None, week: str, out_name: str) -> str:
    h = '<section id="repeat"><h2>Repeat contacts per intent</h2>'
    if rows is None:
        return h + _missing(f"No weekly report: run {_cmd(f'cxmine report {out_name}')} to see repeat contacts.") \
            + "</section>"
    items = sorted(((row_label(r), r["repeat_contact_rate"], r["n"]) for r in rows
                    if r["kind"] == "intent" and r["week"] == week and r["repeat_contact_rate"] is not None),
                   key=lambda t: (-t[1], t[0]))[:20]
    if not items:
        return h + _missing(f"No repeat-contact rates for {esc(week)}: they need intents ({_cmd(f'cxmine classify {out_name}')}"
                            f", then {_cmd(f'cxmine report {out_name}')}) and customer keys from ingest.") + "</section>"
    svg = hbars("repeat", f"Repeat contacts per intent, week {week}",
                "Share of contacts repeated within 7 days, per intent: "
                + "; ".join(f"{lb} {rate:.0%}" for lb, rate, _ in items),
                [(lb, rate) for lb, rate, _ in items], x_title="share of contacts repeated within 7 days",
                fmt=_pct, colour="#C75000", notes=[f"{n:,} questions" for _, _, n in items], integer=False)
    return (h + '<p class="note">The share of contacts about an intent whose customer came back within 7 days: high '
            "rates point at answers that do not settle the question.</p>" + svg + "</section>")


CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:#222;
background:#fff;margin:0;line-height:1.45}
main{max-width:980px;margin:0 auto;padding:24px 28px 48px}
h1{font-size:28px;margin:0 0 4px}h2{font-size:21px;margin:36px 0 8px;padding-top:12px;border-top:2px solid #e3e3e3}
h3{font-size:16px;margin:18px 0 6px}h4{font-size:13px;margin:6px 0 2px;text-transform:uppercase;color:#555}
.dates,.note{color:#555;margin:4px 0 10px}.missing{background:#f4f6f8;border-left:4px solid #0072B2;padding:10px 14px}
.partial{background:#fff1c2;border-left:4px solid #8a6500;padding:8px 12px}
.totals{display:flex;flex-wrap:wrap;gap:12px;margin-top:14px}
.card{border:1px solid #d0d0d0;border-radius:6px;padding:10px 16px;min-width:150px}
.card .n{font-size:26px;font-weight:700}.card .lbl{color:#444}.card .chg{font-size:13px}
svg.chart{width:100%;height:auto;display:block;font-family:inherit}svg.spark{vertical-align:middle}
table{border-collapse:collapse;width:100%;font-size:14px}th{text-align:left;border-bottom:2px solid #ccc;
padding:4px 8px;font-weight:600}td{border-bottom:1px solid #e6e6e6;padding:4px 8px;vertical-align:middle}
td.chg,th.chg{white-space:nowrap}td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}table.data{font-size:12px;width:auto}
.up{color:#a33a00}.down{color:#00614a}.flat{color:#666}small{color:#666}
.badge{background:#a3477f;color:#fff;border-radius:3px;padding:0 5px;font-size:11px;margin-left:4px}
.gap{border:1px solid #ddd;border-radius:6px;padding:8px 16px 10px;margin:12px 0}.gap h3{margin:6px 0}
.rank{display:inline-block;background:#0072b2;color:#fff;border-radius:50%;min-width:24px;text-align:center;
font-size:13px;margin-right:6px}.meta{margin:2px 0;color:#333}.trend{color:#666;font-size:13px}.kb{margin:4px 0;color:#444}
.examples{display:grid;grid-template-columns:repeat(auto-fit,minmax(260px,1fr));gap:0 18px}
.examples ul{margin:0 0 6px;padding-left:18px}.examples li{margin:2px 0;overflow-wrap:anywhere}
details{margin:4px 0 12px;font-size:13px}code{background:#f2f2f2;padding:0 4px;border-radius:3px}
footer{margin-top:40px;color:#666;font-size:12px}
@media print{h2{break-after:avoid}.gap,svg{break-inside:avoid}details{display:none}}
"""


@holds_out_lock
def render_html(out: Path, path: Path, week: str | None = None) -> Path:
    """Write the weekly report for ``week`` (default: the latest week in ``OUT/report``) to ``path`` as one
    self-contained HTML page, atomically; returns ``path``.

    >>> render_html(Path("out"), Path("out/week.html"))  # doctest: +SKIP
    """
    out = Path(out)
    has = {name: dataset_exists(out / name) for name in ("report", "gaps", "messages")}
    if not any(has.values()):
        raise UsageError(f"{out} has no report, gaps or messages table; run 'cxmine ingest' and 'cxmine report' "
                         "first")
    rows = read_dataset(out / "report", REPORT_SCHEMA).to_pylist() if has["report"] else None
    weeks = sorted({r["week"] for r in rows or []})
    if week is not None:
        monday(week)  # validates the form
        if rows is not None and week not in weeks:
            raise ParameterError("week", f"{out / 'report'} has no rows for {week}; its weeks are "
                                         f"{', '.join(weeks) if weeks else 'none'}")
    elif weeks:
        week = weeks[-1]
    vol = load_volume(out / "messages", week)
    if week is None:  # no report: the latest week with messages
        week = vol.weeks[-1] if vol and vol.weeks else week_of(datetime.now(timezone.utc).date())
        vol = load_volume(out / "messages", week)
    gaps = read_dataset(out / "gaps", GAP_SCHEMA).to_pylist() if has["gaps"] else None
    week_rows = [r for r in rows or [] if r["week"] == week]
    partial = any(r["partial"] for r in week_rows) if rows else bool(vol and vol.partial)
    name = out.name or str(out)
    body = [
        _header(week, week_rows, vol, name),
        _missing(f"No weekly report: run {_cmd(f'cxmine report {name}')} to see totals, intents, topics, emerging "
                 "themes and repeat contacts.") if rows is None else "",
        _volume(vol, week, partial, name),
        _top(rows, "intent", week, weeks, "Top intents", "cxmine classify", name, partial),
        _top(rows, "topic", week, weeks, "Top topics", "cxmine topics", name, partial),
        _emerging(rows, week, name),
        _gaps(gaps, rows, week, name, partial),
        _repeat(rows, week, name),
    ]
    page = (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        # nothing may load or run, whatever ends up in the page
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>Customer contacts, week {esc(week)}</title><style>{CSS}</style></head><body><main>"
        + "".join(body)
        + f"<footer>Made by cxmine {esc(__version__)}. Examples are redacted customer text: keep this page internal."
        "</footer></main></body></html>\n"
    )
    return write_text_atomic(path, page)


__all__ = ["Volume", "change_html", "key_label", "load_volume", "monday", "render_html", "week_of", "week_range"]
