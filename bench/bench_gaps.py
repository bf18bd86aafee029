"""Benchmark ``cxmine gaps``: simulated gaps on BANKING77, independent shop sets, and speed at 100k x 2,000.

Run from the repo root:
  .venv/bin/python bench/bench_gaps.py banking [--minilm]     # thresholds and clustering (5 seeds)
  .venv/bin/python bench/bench_gaps.py shop DIR [--variant K]  # an FAQ + labelled questions set (bench/data/gaps_*)
  .venv/bin/python bench/bench_gaps.py speed                  # 100,000 questions against a 2,000-entry KB
Each prints a Markdown section; bench/results/gaps.md holds the recorded ones. Datasets: ../shared/datasets.
"""

from __future__ import annotations

import argparse
import csv
import os
import resource
import sys
import time
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DATASETS = Path(os.environ.get("CXMINE_DATASETS") or ROOT.parent / "shared" / "datasets")

import numpy as np  # noqa: E402
import pyarrow as pa  # noqa: E402
from sklearn.metrics import normalized_mutual_info_score  # noqa: E402

from cxmine.classify.gaps.cluster import GapClustering, kb_base  # noqa: E402
from cxmine.classify.gaps.matcher import KbMatcher  # noqa: E402
from cxmine.classify.gaps.run import default_threshold  # noqa: E402

THRESHOLDS = np.round(np.arange(0.05, 0.96, 0.025), 3)


def read_banking(split: str) -> tuple[list[str], list[str]]:
    with open(DATASETS / "banking77" / f"{split}.csv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    return [r["text"] for r in rows], [r["category"] for r in rows]


def kb_table(entries: dict[str, list[str]], kind: str) -> pa.Table:
    rows = [{"kb_id": k, "language": "en", "title": k.replace("_", " "), "text": "\n".join(v), "answer": "",
             "intent": None, "kind": kind, "source": "banking77"} for k, v in sorted(entries.items())]
    return pa.Table.from_pylist(rows)


def purity_coverage(labels: np.ndarray, gold: list[str]) -> dict:
    """Purity: share of clustered questions whose gap's majority label is theirs; coverage: share of gold
    labels that are the majority of at least one gap; misc: share left in the misc gap."""
    gold_arr = np.array(gold, dtype=object)
    majority, pure = {}, 0
    clustered = labels >= 0
    for g in sorted(set(labels[clustered].tolist())):
        c = Counter(gold_arr[labels == g])
        majority[g], n = c.most_common(1)[0]
        pure += n
    return {
        "purity": pure / max(1, clustered.sum()),
        "coverage": len(set(majority.values())) / max(1, len(set(gold))),
        "n_gaps": len(majority),
        "misc": float(np.mean(~clustered)),
        "nmi": normalized_mutual_info_score(gold_arr[clustered], labels[clustered]) if clustered.any() else 0.0,
    }


def banking(minilm: bool, seeds: int = 5, first_seed: int = 0) -> str:
    tr_x, tr_y = read_banking("train")
    te_x, te_y = read_banking("test")
    cats = sorted(set(tr_y))
    emb = "minilm" if minilm else None
    styles = {"chatbot (all training phrases per intent)": None, "FAQ (one phrase per intent)": 1}
    lines = []
    for style, per_entry in styles.items():
        sweep = np.zeros((seeds, len(THRESHOLDS), 2))
        top1, clus, secs, adaptive = [], [], [], []
        method = None
        for seed in range(first_seed, first_seed + seeds):
            rng = np.random.default_rng(seed)
            kb_cats = set(rng.choice(cats, int(round(0.8 * len(cats))), replace=False))
            entries: dict[str, list[str]] = {}
            for x, y in zip(tr_x, tr_y):
                if y in kb_cats:
                    entries.setdefault(y, []).append(x)
            if per_entry:
                entries = {k: [v[int(rng.integers(len(v)))]] for k, v in entries.items()}
            t0 = time.perf_counter()
            m = KbMatcher(embedding_model=emb, embedding_cache_dir=os.environ.get("CXMINE_CACHE_DIR")).fit(
                kb_table(entries, "chatbot" if not per_entry else "faq"))
            res = m.match(te_x, ["en"] * len(te_x))
            secs.append(time.perf_counter() - t0)
            method = m.method_
            inscope = np.array([y in kb_cats for y in te_y])
            right = np.array([k == y for k, y in zip(res.kb_id, te_y)])
            top1.append(right[inscope].mean())
            for j, thr in enumerate(THRESHOLDS):
                ans = res.similarity >= thr
                sweep[seed - first_seed, j] = (np.mean(right[inscope] & ans[inscope]), np.mean(~ans[~inscope]))
            thr_s = default_threshold(method, minilm, getattr(m, "reference_similarity_", None))
            ans = res.similarity >= thr_s
            adaptive.append((thr_s, np.mean(right[inscope] & ans[inscope]), np.mean(~ans[~inscope])))
            # clustering quality on the gold unanswered (the hidden intents' test questions)
            hidden = [i for i in range(len(te_x)) if not inscope[i]]
            t1 = time.perf_counter()
            labels = GapClustering().fit_predict([te_x[i] for i in hidden], ["en"] * len(hidden))
            clus.append({**purity_coverage(labels, [te_y[i] for i in hidden]), "secs": time.perf_counter() - t1,
                         "n_hidden_intents": len({te_y[i] for i in hidden})})
        mean = sweep.mean(axis=0)
        best = int(np.argmax(mean[:, 0] + mean[:, 1]))
        default = default_threshold(method, minilm)
        d = int(np.argmin(np.abs(THRESHOLDS - default)))
        at90 = [j for j in range(len(THRESHOLDS)) if mean[j, 0] >= 0.90]
        lines += [
            f"**{style}**, method `{method}`{' + MiniLM' if minilm else ''}, {seeds} seeds "
            f"(fit + match of 3,080 questions: {np.mean(secs):.1f} s a seed):",
            "",
            "| threshold | in-scope accuracy | gap recall |",
            "|---|---|---|",
            f"| top-1 only (no threshold) | {np.mean(top1):.3f} | 0.000 |",
            f"| {THRESHOLDS[d]:.3f} (fixed default for `{method}`) | {mean[d, 0]:.3f} | {mean[d, 1]:.3f} |",
            f"| {np.mean([a[0] for a in adaptive]):.3f} on average (the default a run uses: per KB for lexical "
            f"matching) | {np.mean([a[1] for a in adaptive]):.3f} | {np.mean([a[2] for a in adaptive]):.3f} |",
            f"| {THRESHOLDS[best]:.3f} (max in-scope + recall) | {mean[best, 0]:.3f} | {mean[best, 1]:.3f} |",
        ]
        if at90:
            j = at90[-1]
            lines.append(f"| {THRESHOLDS[j]:.3f} (highest with in-scope >= 0.90) | {mean[j, 0]:.3f} | {mean[j, 1]:.3f} |")
        c = {k: float(np.mean([x[k] for x in clus])) for k in clus[0]}
        lines += [
            "",
            f"Clustering the hidden intents' test questions ({c['n_hidden_intents']:.0f} intents, ~{len(hidden)} "
            f"questions a seed): {c['n_gaps']:.1f} gaps, purity {c['purity']:.3f}, coverage {c['coverage']:.3f}, "
            f"NMI {c['nmi']:.3f}, misc {c['misc']:.1%}, {c['secs']:.1f} s.",
            "",
        ]
    return "\n".join(lines)


def shop_out(folder: Path, out: Path, drop_intent_column: bool = False) -> tuple[list[dict], Path]:
    """An OUT folder whose questions table is the set's questions (dated over two weeks), and the FAQ path."""
    import tempfile

    from cxmine.schema import QUESTION_SCHEMA, stable_id
    from cxmine.store import replace_dataset

    with open(folder / "questions.csv", encoding="utf-8") as f:
        qs = list(csv.DictReader(f))
    t0 = datetime(2026, 11, 16, 9, 0, tzinfo=timezone.utc)
    rows = [{"question_id": q["qid"], "message_id": stable_id("m", q["qid"]), "contact_id": stable_id("c", q["qid"]),
             "language": q["language"], "text": q["text"], "start": 0, "end": len(q["text"]),
             "sent_at": t0 + timedelta(hours=3 * k), "channel": q["channel"], "kind": "question_mark"}
            for k, q in enumerate(qs)]
    replace_dataset(pa.Table.from_pylist(rows, schema=QUESTION_SCHEMA), out / "questions", QUESTION_SCHEMA)
    faq = folder / "faq.csv"
    if drop_intent_column:
        with open(faq, encoding="utf-8") as f:
            table = [{k: v for k, v in r.items() if k != "intent"} for r in csv.DictReader(f)]
        faq = Path(tempfile.mkdtemp()) / "faq.csv"
        with open(faq, "w", encoding="utf-8", newline="") as f:
            w = csv.DictWriter(f, fieldnames=list(table[0]))
            w.writeheader()
            w.writerows(table)
    return qs, faq


def shop(folder: Path, intent_bonus: float | None = None, threshold: float | None = None,
         drop_intent_column: bool = False) -> str:
    """Run ``run_gaps`` on an FAQ + labelled questions set (bench/data/gaps_shop or gaps_dev) and score it."""
    import tempfile

    from cxmine.classify.gaps.run import run_gaps
    from cxmine.store import read_dataset

    out = Path(tempfile.mkdtemp()) / "out"
    qs, faq = shop_out(folder, out, drop_intent_column)
    t0 = time.perf_counter()
    res = run_gaps(out, [faq], threshold=threshold, intent_bonus=intent_bonus)
    secs = time.perf_counter() - t0
    gold_col = "article" if "article" in qs[0] else "faq_id"
    by_qid = {q["qid"]: q for q in qs}
    km = {r["question_id"]: r for r in read_dataset(out / "kb_matches").to_pylist()}
    un = {r["question_id"]: r["gap_id"] for r in read_dataset(out / "unanswered").to_pylist()}
    article_of = {}
    with open(faq, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            article_of[r["id"]] = r.get("article") or r["id"]
    qids = [q["qid"] for q in qs]
    gold_none = np.array([by_qid[q][gold_col] == "none" for q in qids])
    pred_none = np.array([not km[q]["answered"] for q in qids])
    right = np.array([kb_base(article_of.get(kb_base(km[q]["kb_id"]) or "", kb_base(km[q]["kb_id"])))
                      == by_qid[q][gold_col] for q in qids])
    langs = np.array([by_qid[q]["language"] for q in qids])
    tp = np.sum(pred_none & gold_none)
    p = tp / max(1, pred_none.sum())
    r = tp / max(1, gold_none.sum())
    themes = sorted({q["theme"] for q in qs if q[gold_col] == "none" and q["theme"] not in ("", "misc")})
    one_gap, multi, rows = 0, 0, []
    for theme in themes:
        members = [q for q in qids if by_qid[q]["theme"] == theme]
        flagged = [q for q in members if q in un]
        theme_langs = {by_qid[q]["language"] for q in members}
        gaps = Counter(un[q] for q in flagged if un[q] != "misc")
        multi += len(theme_langs) > 1  # a theme with nothing flagged counts as a miss, not as absent
        if not gaps:
            rows.append(f"| {theme} | {len(flagged)} of {len(members)} | - | - |")
            continue
        g, n = gaps.most_common(1)[0]
        covered = {by_qid[q]["language"] for q in flagged if un[q] == g}
        in_gap = Counter(by_qid[q]["theme"] for q in qids if un.get(q) == g)
        own = in_gap.most_common(1)[0][0] == theme  # the gap is this theme's, not a blob of several
        if len(theme_langs) > 1:
            one_gap += own and covered == theme_langs
        rows.append(f"| {theme} | {len(flagged)} of {len(members)} | {n} in {g} ({sum(in_gap.values())} questions, "
                    f"{in_gap[theme]} of this theme) | {', '.join(sorted(covered))} of {', '.join(sorted(theme_langs))} |")
    per_lang = ", ".join(f"{lg} {np.mean(right[(~gold_none) & (langs == lg)]):.3f}" for lg in sorted(set(langs)))
    per_lang_r = ", ".join(f"{lg} {np.mean(pred_none[gold_none & (langs == lg)]):.3f}" for lg in sorted(set(langs)))
    return "\n".join([
        f"`{folder.name}`: {len(qs)} questions ({int(gold_none.sum())} not answered by the FAQ); KB "
        f"{sum(sum(v.values()) for v in res.kb_summary.values())} entries; method `{res.method}`, threshold "
        f"{res.threshold:.3f}; {'FAQ intent column dropped; ' if drop_intent_column else ''}{secs:.1f} s:",
        "",
        f"- unanswered precision **{p:.3f}**, recall **{r:.3f}** ({int(pred_none.sum())} flagged; recall by "
        f"language: {per_lang_r})",
        f"- answerable questions whose nearest entry is the right article: {np.mean(right[~gold_none]):.3f} "
        f"({per_lang}); kept as answered and right: {np.mean(right[~gold_none] & ~pred_none[~gold_none]):.3f}",
        f"- themes asked in more than one language that came out as one gap across all their languages: "
        f"**{one_gap} of {multi}**; {res.gaps.num_rows} gaps (misc included) from {res.n_unanswered} flagged",
        "",
        "| theme | flagged | its main gap | languages in the main gap |",
        "|---|---|---|---|",
        *rows,
        "",
    ])


def speed(n_questions: int = 100_000, n_entries: int = 2000, with_intents: bool = False) -> str:
    """``run_gaps`` end to end: an OUT of ``n_questions`` questions (BANKING77 test, sampled, three weeks) against a
    FAQ of ``n_entries`` one-question entries (BANKING77 train phrases), intent evidence included. The threshold
    is set to 0.5 so that a good share is unanswered and the clustering is timed too. ``with_intents``: OUT/intents
    exists (``cxmine classify`` ran first, as in ``cxmine run``), so gaps only labels the KB entries."""
    import tempfile

    from cxmine.classify.gaps.run import run_gaps
    from cxmine.schema import QUESTION_SCHEMA, stable_id
    from cxmine.store import replace_dataset

    tr_x, _ = read_banking("train")
    te_x, _ = read_banking("test")
    rng = np.random.default_rng(0)
    tmp = Path(tempfile.mkdtemp())
    faq = tmp / "faq.csv"
    with open(faq, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "language", "question", "answer"])
        for i, j in enumerate(rng.choice(len(tr_x), n_entries, replace=False)):
            w.writerow([f"faq-{i:04d}", "en", tr_x[j], ""])
    t0 = datetime(2026, 11, 2, 8, 0, tzinfo=timezone.utc)
    picks = rng.integers(0, len(te_x), n_questions)
    rows = [{"question_id": f"q{k}", "message_id": stable_id("m", k), "contact_id": stable_id("c", k), "language": "en",
             "text": te_x[j], "start": 0, "end": len(te_x[j]), "sent_at": t0 + timedelta(seconds=18 * k),
             "channel": "chat", "kind": "question_mark"} for k, j in enumerate(picks)]
    out = tmp / "out"
    replace_dataset(pa.Table.from_pylist(rows, schema=QUESTION_SCHEMA), out / "questions", QUESTION_SCHEMA)
    if with_intents:
        from cxmine.schema import INTENT_SCHEMA

        labels = ["order_status", "refund_status", "payment", "other", "unknown"]
        replace_dataset(pa.Table.from_pylist([{"message_id": r["message_id"], "question_id": r["question_id"],
                                               "intent": labels[k % 5], "confidence": 0.9, "is_unknown": False,
                                               "language": "en", "channel": "chat"} for k, r in enumerate(rows)],
                                             schema=INTENT_SCHEMA), out / "intents", INTENT_SCHEMA)
    steps: list[tuple[str, float]] = []
    start = time.perf_counter()
    res = run_gaps(out, [faq], threshold=0.5, status=lambda msg: steps.append((msg, time.perf_counter())))
    total = time.perf_counter() - start
    times = [(steps[k][0], (steps[k + 1][1] if k + 1 < len(steps) else start + total) - steps[k][1])
             for k in range(len(steps))]
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return (f"`run_gaps`{' (OUT/intents present)' if with_intents else ''}: {n_questions:,} questions against {n_entries:,} FAQ entries in **{total:.1f} s**, peak RSS "
            f"**{rss:,.0f} MB** ({res.n_unanswered:,} unanswered, {res.gaps.num_rows:,} gaps). Steps: "
            + "; ".join(f"{m} {t:.1f} s" for m, t in times) + ".")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("what", choices=["banking", "shop", "speed"])
    ap.add_argument("folder", nargs="?", type=Path)
    ap.add_argument("--minilm", action="store_true")
    ap.add_argument("--seeds", type=int, default=5)
    ap.add_argument("--first-seed", type=int, default=0, help="banking: seeds first-seed .. first-seed + seeds - 1")
    ap.add_argument("--intent-bonus", type=float, default=None)
    ap.add_argument("--with-intents", action="store_true", help="speed: OUT/intents exists, as after cxmine classify")
    ap.add_argument("--drop-intent-column", action="store_true", help="match as if the FAQ had no intent column")
    ap.add_argument("--threshold", type=float, default=None)
    a = ap.parse_args()
    if a.what == "banking":
        print(banking(a.minilm, a.seeds, a.first_seed))
    elif a.what == "shop":
        print(shop(a.folder, a.intent_bonus, a.threshold, a.drop_intent_column))
    else:
        print(speed(with_intents=a.with_intents))


if __name__ == "__main__":
    main()
