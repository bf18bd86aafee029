"""Benchmark the emerging-theme test of ``cxmine report``: generated weeks with one theme injected at a known week.

Run from the repo root:
  .venv/bin/python bench/bench_report.py [--seeds 40] [--no-save]
Prints a Markdown section and saves it to bench/results/report.md (then run bench/collect.py).

Each run writes an OUT folder of 8 ISO weeks (2026-W40 .. W47) with 20 intents over nl/da/en: every
(language, intent) pair has a stable weekly rate (3 to 25 texts, Poisson), and each language's intents fall into 7
topics (21 topics). One theme is injected at week 6 (2026-W45) and stays: a new intent + topic in Dutch with a
Poisson mean of S texts a week, or an existing Dutch intent whose rate is multiplied. The report is built over all
weeks; we ask whether the injected keys are flagged in week 6 and not before, and how many stable keys are
flagged per week (false alarms). A second data variant makes the stable rates overdispersed (each week's rate
drawn from a gamma distribution with a coefficient of variation of 0.25), as real weekly counts are.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from contextlib import contextmanager
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
import pyarrow as pa  # noqa: E402

import cxmine.report.emerging as emerging  # noqa: E402
from cxmine.report.emerging import ALPHA, MIN_COUNT, MIN_RATIO  # noqa: E402
from cxmine.report.weekly import build_report  # noqa: E402
from cxmine.schema import (  # noqa: E402
    ASSIGNMENT_SCHEMA,
    CONTACT_SCHEMA,
    INTENT_SCHEMA,
    MESSAGE_SCHEMA,
    QUESTION_SCHEMA,
    TOPIC_SCHEMA,
)
from cxmine.store import replace_dataset  # noqa: E402

LANGS = ("nl", "da", "en")
N_INTENTS, N_TOPICS, WEEKS, INJECT = 20, 7, 8, 5  # week index 5 = the 6th week, 2026-W45
START = datetime(2026, 9, 28, tzinfo=timezone.utc)  # Monday of 2026-W40
INJECT_WEEK = "2026-W45"
SCENARIOS = [("new theme", s) for s in (4, 6, 8, 12, 20)] + [("existing theme x", f) for f in (1.5, 2, 3)]
# (alpha, minimum rate ratio): the shipped rule last; the others show what each part of it buys
RULES = {"p < 0.05": (0.05, 0.0), "p < 0.01": (0.01, 0.0), "p < 0.01, >= 1.5x": (0.01, 1.5),
         f"p < {ALPHA}, >= {MIN_RATIO:g}x (cxmine)": (ALPHA, MIN_RATIO)}


def generate(seed: int, scenario: tuple[str, float], cv: float) -> tuple[dict, str, str]:
    """Arrays of one OUT folder; returns (columns, injected intent, injected topic)."""
    rng = np.random.default_rng(seed)
    rates = rng.uniform(3, 25, size=(len(LANGS), N_INTENTS))
    kind, size = scenario
    stepped = int(rng.integers(0, N_INTENTS))  # the existing intent that grows, for "existing theme x"
    if kind.startswith("existing"):
        rates[:, stepped] = 10.0  # 30 texts a week over the three languages before the step
    t, lang, intent, topic = [], [], [], []
    for w in range(WEEKS):
        for li, lg in enumerate(LANGS):
            for k in range(N_INTENTS):
                rate = rates[li, k] * (rng.gamma(1 / cv**2, cv**2) if cv else 1.0)
                if kind.startswith("existing") and k == stepped and w >= INJECT:
                    rate *= size
                n = rng.poisson(rate)
                t.append(w * 7 * 86400 + rng.integers(0, 7 * 86400, n))
                lang += [lg] * n
                intent += [f"intent_{k:02d}"] * n
                topic += [f"{lg}-{k % N_TOPICS}"] * n
        if kind.startswith("new") and w >= INJECT:
            n = rng.poisson(size)
            t.append(w * 7 * 86400 + rng.integers(0, 7 * 86400, n))
            lang += ["nl"] * n
            intent += ["product_recall"] * n
            topic += ["nl-recall"] * n
    cols = {"t": np.concatenate(t), "lang": lang, "intent": intent, "topic": topic,
            "customer": [f"k{c}" for c in rng.integers(0, 4000, len(lang))]}
    if kind.startswith("new"):
        return cols, "product_recall", "nl-recall"
    return cols, f"intent_{stepped:02d}", f"nl-{stepped % N_TOPICS}"


def write(out: Path, cols: dict) -> None:
    n = len(cols["lang"])
    ids = [f"{i:08x}" for i in range(n)]
    sent = pa.array([START + timedelta(seconds=int(s)) for s in cols["t"]], MESSAGE_SCHEMA.field("sent_at").type)
    channel = pa.array(np.random.default_rng(0).choice(["email", "chat", "call"], n).tolist(), pa.string())
    lang = pa.array(cols["lang"], pa.string())
    common = {"contact_id": pa.array(ids), "channel": channel, "language": lang}
    replace_dataset(pa.table({"message_id": pa.array(ids), **common, "source_format": pa.array(["chat_json"] * n),
                              "source_file": pa.array(["bench"] * n), "sent_at": sent,
                              "speaker": pa.array(["customer"] * n), "text": pa.array(["..."] * n),
                              "customer_key": pa.array(cols["customer"])}), out / "messages", MESSAGE_SCHEMA)
    replace_dataset(pa.table({**common, "started_at": sent, "n_messages": pa.array([1] * n, pa.int32()),
                              "customer_key": pa.array(cols["customer"])}), out / "contacts", CONTACT_SCHEMA)
    replace_dataset(pa.table({"question_id": pa.array(ids), "message_id": pa.array(ids), **common,
                              "text": pa.array(["..."] * n), "start": pa.array([0] * n, pa.int32()),
                              "end": pa.array([3] * n, pa.int32()), "sent_at": sent}), out / "questions",
                    QUESTION_SCHEMA)
    replace_dataset(pa.table({"message_id": pa.array(ids), "question_id": pa.array(ids),
                              "intent": pa.array(cols["intent"]), "confidence": pa.array([0.9] * n, pa.float32()),
                              "is_unknown": pa.array([False] * n), "language": lang, "channel": channel}),
                    out / "intents", INTENT_SCHEMA)
    topics = sorted(set(cols["topic"]))
    replace_dataset(pa.table({"topic_id": pa.array(topics), "label": pa.array(topics),
                              "size": pa.array([1] * len(topics), pa.int64()),
                              "share": pa.array([0.0] * len(topics)), "language": pa.array([t[:2] for t in topics])}),
                    out / "topics", TOPIC_SCHEMA)
    replace_dataset(pa.table({"message_id": pa.array(ids), "question_id": pa.array(ids),
                              "topic_id": pa.array(cols["topic"]), "topic_id_raw": pa.array(cols["topic"]),
                              "language": lang}), out / "topic_assignments", ASSIGNMENT_SCHEMA)


@contextmanager
def rule(alpha: float, ratio: float):
    """Build reports with another significance level and minimum rate ratio (the module's constants)."""
    saved = emerging.ALPHA, emerging.MIN_RATIO
    emerging.ALPHA, emerging.MIN_RATIO = alpha, ratio
    try:
        yield
    finally:
        emerging.ALPHA, emerging.MIN_RATIO = saved


def run(seeds: int) -> str:
    today = date.today().isoformat()
    lines = [
        "## Weekly report: emerging themes (`cxmine report`)", "",
        f"Measured {today} with `.venv/bin/python bench/bench_report.py --seeds {seeds}` (generated data, no "
        "public set). 8 ISO weeks (2026-W40 .. W47), 20 intents over nl/da/en with stable weekly rates (3-25 "
        "texts per language and intent, Poisson; about 840 texts a week), 7 topics per language (21). One theme is "
        f"injected at week 6 ({INJECT_WEEK}) and stays: a new Dutch intent + topic with a Poisson mean of S texts "
        "a week, or an existing intent (10 a week in each language) whose rate is multiplied in all three (the "
        "topic column is its Dutch topic, which holds two other intents as well). The test: one-sided conditional "
        "binomial, "
        f"the key's count this week against the 4 weeks before, the rest of its kind as exposure; tested from "
        f"{MIN_COUNT} texts; emerging at p < {ALPHA} and at least {MIN_RATIO:g}x its baseline rate "
        f"(`docs/report.md`); the other rules show what each part buys. {seeds} seeds per row; \"flagged before\" "
        "counts seeds x weeks before the injection in which the injected key was flagged.", "",
    ]
    for cv, data in ((0.0, "stable Poisson rates"), (0.25, "overdispersed rates (weekly gamma, CV 0.25)")):
        lines += [f"**{data}**", "",
                  "| injected | rule | flagged in its week (intent / topic) | flagged before | "
                  "false alarms per week (stable keys) |", "|---|---|---|---|---|"]
        false_by_rule: dict[str, list[int]] = {r: [] for r in RULES}
        tested_keys, secs = [], []
        for scenario in SCENARIOS:
            hits = {r: [0, 0] for r in RULES}
            before = dict.fromkeys(RULES, 0)
            falses = dict.fromkeys(RULES, 0)
            weeks_seen = 0
            for seed in range(seeds):
                cols, inj_intent, inj_topic = generate(seed, scenario, cv)
                injected = {("intent", inj_intent), ("topic", inj_topic)}
                with tempfile.TemporaryDirectory() as tmp:
                    write(Path(tmp), cols)
                    t0 = time.perf_counter()
                    build_report(Path(tmp))
                    secs.append(time.perf_counter() - t0)
                    for name, (alpha, ratio) in RULES.items():
                        with rule(alpha, ratio):
                            rows = build_report(Path(tmp)).table.to_pylist()
                        weeks = sorted({r["week"] for r in rows})[1:]  # the first week has no baseline
                        for r in rows:
                            if r["kind"] not in ("intent", "topic") or not r["emerging"]:
                                continue
                            if (r["kind"], r["key"]) in injected:
                                if r["week"] == INJECT_WEEK:
                                    hits[name][r["kind"] == "topic"] += 1
                                elif r["week"] < INJECT_WEEK:
                                    before[name] += 1
                            elif r["week"] in weeks:
                                falses[name] += 1
                weeks_seen += len(weeks)
                tested_keys.append(sum(r["p_value"] is not None for r in rows) / len(weeks))
            name = f"{scenario[0]}{scenario[1]}" if scenario[0].endswith("x") else f"new theme, S = {scenario[1]}"
            for r in RULES:
                false_by_rule[r].append(falses[r])
                lines.append(f"| {name} | {r} | {hits[r][0] / seeds:.0%} / {hits[r][1] / seeds:.0%} | "
                             f"{before[r]} | {falses[r] / weeks_seen:.2f} |")
        lines += ["", f"About {np.mean(tested_keys):.0f} intent + topic keys tested per week (of 41-42); building "
                  f"the report over 8 weeks (about 6,700 texts) takes {np.median(secs):.2f} s (median)."]
        total_weeks = seeds * len(SCENARIOS) * (WEEKS - 1)
        summary = ", ".join(f"{r}: {sum(v) / total_weeks:.2f}" for r, v in false_by_rule.items())
        lines += [f"False alarms per week over all {total_weeks} report weeks: {summary}.", ""]
    return "\n".join(lines).rstrip() + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=40, help="seeds per scenario")
    parser.add_argument("--no-save", action="store_true", help="print only; do not write bench/results/report.md")
    args = parser.parse_args()
    section = run(args.seeds)
    print(section)
    if not args.no_save:
        (ROOT / "bench" / "results" / "report.md").write_text(section, encoding="utf-8")


if __name__ == "__main__":
    main()
