"""Benchmark intent classification: BANKING77 (en), xSID (da/nl/en, 5-fold CV), the default model's test files.

Run from the repo root:  .venv/bin/python bench/bench_classify.py [--only banking77,xsid,default]
Reads ../shared/datasets (override with CXMINE_DATASETS); writes bench/results/classify.md. Timings are given
as ratios against a plain scikit-learn baseline (word+char TF-IDF + LinearSVC) measured in the same process.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import os
import sys
import tempfile
import time
import warnings
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DATASETS = Path(os.environ.get("CXMINE_DATASETS") or ROOT.parent / "shared" / "datasets")

from cxmine.classify.intents.features import make_tfidf, normalize_texts  # noqa: E402
from cxmine.classify.intents.model import IntentClassifier  # noqa: E402


def read_csv(path: Path, text: str, label: str) -> tuple[list[str], list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    return [r[text] for r in rows], [r[label] for r in rows]


def read_xsid(path: Path) -> list[tuple[str, str]]:
    """(text, intent) per CoNLL block of an xSID file."""
    out, text, intent = [], None, None
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if line.startswith("# text ="):
            text = line.split("=", 1)[1].strip()
        elif line.startswith("# intent ="):
            intent = line.split("=", 1)[1].strip()
        elif not line.strip() and text is not None:
            out.append((text, intent))
            text, intent = None, None
    return out


def baseline_fit_predict(train_x, train_y, test_x) -> tuple[np.ndarray, float, float]:
    """Plain sklearn word+char TF-IDF + LinearSVC (the timing baseline): predictions, fit s, predict s."""
    from sklearn.svm import LinearSVC

    t0 = time.perf_counter()
    vec = make_tfidf()
    svm = LinearSVC(C=0.5, random_state=0).fit(vec.fit_transform(normalize_texts(train_x)), train_y)
    t1 = time.perf_counter()
    pred = svm.predict(vec.transform(normalize_texts(test_x)))
    t2 = time.perf_counter()
    return pred, t1 - t0, t2 - t1


def bench_banking77(lines: list[str]) -> None:
    d = DATASETS / "banking77"
    tx, ty = read_csv(d / "train.csv", "text", "category")
    vx, vy = read_csv(d / "test.csv", "text", "category")
    vy_a = np.asarray(vy, dtype=object)
    base_pred, base_fit, base_pred_s = baseline_fit_predict(tx, ty, vx)
    base_acc = float(np.mean(base_pred == vy_a))
    rows = [("baseline: sklearn TF-IDF + LinearSVC", base_acc, base_fit, 1.0, len(vx) / base_pred_s, "-", "-")]

    t0 = time.perf_counter()
    clf = IntentClassifier(features="tfidf", embedding_cache_dir=None).fit(tx, ty, language=["en"] * len(tx))
    fit_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    reps = 3
    for _ in range(reps):
        pred = clf.classify(vx, language=["en"] * len(vx))
    pred_s = (time.perf_counter() - t0) / reps
    acc = float(np.mean(np.asarray(pred.top_intent, dtype=object) == vy_a))
    rows.append(("cxmine tfidf (incl. held-out split)", acc, fit_s, fit_s / base_fit, len(vx) / pred_s,
                 f"{np.mean(pred.is_unknown):.1%}", f"{np.mean(np.asarray(pred.intent, dtype=object) == vy_a):.4f}"))

    emb_note = ""
    from cxmine.classify.embeddings import embed_texts, model_available

    if model_available("minilm"):
        with tempfile.TemporaryDirectory() as cache:
            t0 = time.perf_counter()
            embed_texts(tx + vx, "minilm", cache_dir=Path(cache))
            emb_s = time.perf_counter() - t0
            t0 = time.perf_counter()
            embed_texts(tx + vx, "minilm", cache_dir=Path(cache))
            cached_s = time.perf_counter() - t0
            t0 = time.perf_counter()
            clf_e = IntentClassifier(features="tfidf+emb", embedding_cache_dir=cache).fit(tx, ty, language=["en"] * len(tx))
            fit_e = time.perf_counter() - t0
            t0 = time.perf_counter()
            pred_e = clf_e.classify(vx, language=["en"] * len(vx))
            pred_e_s = time.perf_counter() - t0
        acc_e = float(np.mean(np.asarray(pred_e.top_intent, dtype=object) == vy_a))
        n_emb = len(tx) + len(vx)
        rows.append(("cxmine tfidf+MiniLM x2 (embeddings cached)", acc_e, fit_e, fit_e / base_fit, len(vx) / pred_e_s,
                     f"{np.mean(pred_e.is_unknown):.1%}",
                     f"{np.mean(np.asarray(pred_e.intent, dtype=object) == vy_a):.4f}"))
        emb_note = (
            f"Embedding {n_emb} texts with MiniLM (cold cache): {emb_s:.1f} s = {n_emb / emb_s:.0f} texts/s "
            f"({emb_s / base_fit:.1f}x the baseline fit time); cached rerun {cached_s:.2f} s "
            f"({emb_s / max(cached_s, 1e-9):.0f}x faster). Training end-to-end with a cold cache would be "
            f"about {emb_s + fit_e:.0f} s."
        )
    lines += [
        "### BANKING77 (en, 77 intents; train 10,003 / test 3,080)",
        "",
        "| model | accuracy (top intent, no threshold) | accuracy with threshold (unknown = wrong) | fit s | "
        "fit / baseline | predict msgs/s | unknown at threshold |",
        "|---|---|---|---|---|---|---|",
    ]
    for name, a, f, r, sp, unk, acc_thr in rows:
        lines.append(f"| {name} | {a:.4f} | {acc_thr} | {f:.1f} | {r:.2f}x | {sp:,.0f} | {unk} |")
    lines += ["", emb_note, ""] if emb_note else [""]
    print("\n".join(lines))


def bench_xsid(lines: list[str]) -> None:
    from sklearn.model_selection import StratifiedGroupKFold

    d = DATASETS / "xsid"
    texts, labels, langs, groups = [], [], [], []
    for lang in ("da", "nl", "en"):
        for i, (t, y) in enumerate(read_xsid(d / f"{lang}.valid.conll")):
            texts.append(t)
            labels.append(y)
            langs.append(lang)
            groups.append(i)  # parallel sentences share an id: keep translations in the same fold (no leak)
    T, Y, L, G = (np.asarray(v, dtype=object) for v in (texts, labels, langs, groups))
    G = G.astype(int)
    cv = StratifiedGroupKFold(n_splits=5, shuffle=True, random_state=0)
    with warnings.catch_warnings():  # two intents have fewer than 5 sentences: sklearn warns, the split is fine
        warnings.simplefilter("ignore", UserWarning)
        folds = list(cv.split(T, Y, G))
    results, chosen, times = {}, {}, {}
    from cxmine.classify.embeddings import model_available

    configs = ["tfidf"] + (["tfidf+emb", "auto"] if model_available("minilm") else [])
    with tempfile.TemporaryDirectory() as cache:
        for feat in configs:
            correct = {lang: [] for lang in ("da", "nl", "en")}
            kept = {lang: [] for lang in ("da", "nl", "en")}
            t0 = time.perf_counter()
            for train, test in folds:
                clf = IntentClassifier(features=feat, embedding_cache_dir=cache, random_state=0)
                clf.fit(list(T[train]), list(Y[train]), language=list(L[train]))
                res = clf.classify(list(T[test]), language=list(L[test]))
                pred = np.asarray(res.top_intent, dtype=object)
                shown = np.asarray(res.intent, dtype=object)
                for lang in correct:
                    m = L[test] == lang
                    correct[lang].extend((pred[m] == Y[test][m]).tolist())
                    kept[lang].extend((shown[m] == Y[test][m]).tolist())
                if feat == "auto":
                    for k, v in clf.branch_features_.items():
                        chosen.setdefault(k, []).append(v)
            times[feat] = time.perf_counter() - t0
            results[feat] = {lang: float(np.mean(v)) for lang, v in correct.items()}
            results[feat].update({f"{lang}_thr": float(np.mean(v)) for lang, v in kept.items()})
    lines += [
        "### xSID (da, nl, en; 300 parallel sentences each, 16 intents; trained on all three, 5-fold CV)",
        "",
        "Folds are grouped by sentence id so a sentence's translations never sit on both sides of a split.",
        "",
        "Accuracy of the top intent (no threshold); in brackets with the `unknown` threshold (unknown = wrong).",
        "",
        "| features | da | nl | en | 5 folds s | s / tfidf |",
        "|---|---|---|---|---|---|",
    ]
    for feat, r in results.items():
        lines.append(f"| {feat} | {r['da']:.3f} ({r['da_thr']:.3f}) | {r['nl']:.3f} ({r['nl_thr']:.3f}) | "
                     f"{r['en']:.3f} ({r['en_thr']:.3f}) | {times[feat]:.1f} | {times[feat] / times['tfidf']:.2f}x |")
    if chosen:
        lines += ["", "auto chose per branch (over the 5 folds): " + "; ".join(
            f"{k}: {', '.join(f'{f} x{v.count(f)}' for f in sorted(set(v)))}" for k, v in sorted(chosen.items()))]
    lines.append("")
    print("\n".join(lines))


def bench_default(lines: list[str]) -> None:
    from cxmine.classify.intents.store import load_model, read_examples
    from cxmine.classify.intents.train import metrics

    data = ROOT / "models" / "data"
    model_dir = ROOT / "models" / "intents"
    if not (model_dir / "model.json").exists() or not data.exists():
        lines += ["### Default model", "", "models/intents or models/data missing: skipped.", ""]
        return
    clf, meta = load_model(model_dir)
    lines += [
        f"### Default model (models/intents, trained {meta['created_at']}) on held-out models/data/test_*.csv",
        "",
        "| language | n | accuracy | macro-F1 | unknown at threshold | accuracy of kept |",
        "|---|---|---|---|---|---|",
    ]
    for lang in ("nl", "da", "en"):
        path = data / f"test_{lang}.csv"
        if not path.exists():
            continue
        ex = read_examples(path)
        pred = clf.classify(ex.texts, language=ex.languages)
        m = metrics(ex.labels, pred.top_intent)
        kept = ~pred.is_unknown
        acc_kept = float(np.mean(np.asarray(pred.top_intent, dtype=object)[kept] == np.asarray(ex.labels)[kept]))
        lines.append(f"| {lang} | {m['n']} | {m['accuracy']:.3f} | {m['macro_f1']:.3f} | "
                     f"{np.mean(pred.is_unknown):.1%} | {acc_kept:.3f} |")
    lines.append("")
    print("\n".join(lines))


def _read_parts(path: Path) -> dict[str, list[str]]:
    """The ``<!-- part:NAME -->`` sections of an earlier results file."""
    if not path.exists():
        return {}
    parts, current = {}, None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("<!-- part:"):
            current = line[len("<!-- part:"):].split(" ")[0]
            parts[current] = []
        elif line.startswith("<!-- /part:"):
            current = None
        elif current:
            parts[current].append(line)
    return parts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--only", default="banking77,xsid,default", help="comma-separated parts to run")
    ap.add_argument("--out", default=str(ROOT / "bench" / "results" / "classify.md"))
    args = ap.parse_args()
    parts = args.only.split(",")
    lines = [
        "## Intent classification (cxmine classify)",
        "",
        "Command: `.venv/bin/python bench/bench_classify.py` (all parts; `--only banking77,xsid,default` picks "
        f"some). Machine: {os.cpu_count()} cores shared with other jobs: compare the ratios, not the seconds.",
        "",
    ]
    out = Path(args.out)
    kept = _read_parts(out)  # sections of parts not run this time stay as they were (with their own dates)
    for name, fn in (("banking77", bench_banking77), ("xsid", bench_xsid), ("default", bench_default)):
        if name in parts:
            load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
            part: list[str] = [f"Run {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC, load average {load:.1f} "
                               f"(`.venv/bin/python bench/bench_classify.py --only {name}` reruns only this part).", ""]
            fn(part)
            kept[name] = part
    for name in ("banking77", "xsid", "default"):
        if name in kept:
            lines += [f"<!-- part:{name} -->", *kept[name], f"<!-- /part:{name} -->", ""]
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
