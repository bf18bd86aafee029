"""Rebuild the default intent model (models/intents) and its card (models/MODEL_CARD.md) reproducibly.

Run from the repo root:  .venv/bin/python models/build_default_model.py [--bitext auto|yes|no]

Trains on models/data/train_{nl,da,en}.csv (plus extra parts named like train2_nl.csv when present); with ``--bitext auto`` (default) it also considers English rows of
the Bitext customer-service sample (../shared/datasets/bitext_customer_service_sample, mapped to the taxonomy,
at most ``--bitext-per-intent`` rows per intent) and keeps them only if they raise English accuracy in a 5-fold
cross-validation over the native training rows (Bitext rows only ever added to the training side). Without that
folder the model is built from models/data alone. Evaluates on models/data/test_*.csv (never used for a choice).
Everything is seeded, so the same inputs give the same model.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from cxmine.classify.intents.model import IntentClassifier  # noqa: E402
from cxmine.classify.intents.store import Examples, read_examples, update_meta  # noqa: E402
from cxmine.classify.intents.train import metrics, train_intents  # noqa: E402

DATA = ROOT / "models" / "data"
OUT = ROOT / "models" / "intents"
CARD = ROOT / "models" / "MODEL_CARD.md"
DATASETS = Path(os.environ.get("CXMINE_DATASETS") or ROOT.parent / "shared" / "datasets")
BITEXT = DATASETS / "bitext_customer_service_sample" / "customer_service_27intents" / (
    "Bitext_Sample_Customer_Service_Training_Dataset.csv"
)
LANGS = ("nl", "da", "en")
TAXONOMY = (
    "order_status", "delivery_time", "delivery_damage", "return_request", "refund_status", "payment_problem",
    "invoice_request", "cancel_order", "change_address", "product_question", "account_login", "complaint_service",
    "warranty_repair", "opening_hours_contact", "other",
)
# Bitext intents with a clear counterpart; ambiguous ones (get_refund, change_order, delivery_options, ...) are left out.
BITEXT_MAP = {
    "track_order": "order_status",
    "delivery_period": "delivery_time",
    "cancel_order": "cancel_order",
    "change_shipping_address": "change_address",
    "set_up_shipping_address": "change_address",
    "track_refund": "refund_status",
    "payment_issue": "payment_problem",
    "check_invoice": "invoice_request",
    "get_invoice": "invoice_request",
    "recover_password": "account_login",
    "registration_problems": "account_login",
    "complaint": "complaint_service",
    "contact_customer_service": "opening_hours_contact",
    "contact_human_agent": "opening_hours_contact",
    "review": "other",
    "newsletter_subscription": "other",
}
PARAMS = {"features": "auto", "random_state": 0}


def concat(parts: list[Examples]) -> Examples:
    out = Examples([], [], [], 0)
    for p in parts:
        out.texts += p.texts
        out.labels += p.labels
        out.languages += p.languages
        out.dropped += p.dropped
    return out


def split_files(split: str) -> list[Path]:
    """``{split}_{lang}.csv`` for each language, plus extra parts such as ``{split}2_{lang}.csv`` if present."""
    files = []
    for lang in LANGS:
        main_file = DATA / f"{split}_{lang}.csv"
        if not main_file.exists():
            raise SystemExit(f"missing {main_file.relative_to(ROOT)}")
        extra = sorted(p for p in DATA.glob(f"{split}[0-9]*_{lang}.csv"))
        files += [main_file, *extra]
    return files


def load_split(split: str) -> Examples:
    parts = []
    for path in split_files(split):
        ex = read_examples(path)
        bad = sorted(set(ex.labels) - set(TAXONOMY))
        if bad:
            raise SystemExit(f"{path.name}: intents outside the taxonomy: {', '.join(bad)}")
        parts.append(ex)
    return concat(parts)


def load_bitext(per_intent: int, seed: int) -> Examples | None:
    if not BITEXT.exists():
        return None
    with open(BITEXT, encoding="utf-8-sig", newline="") as f:
        rows = [r for r in csv.DictReader(f) if r.get("intent") in BITEXT_MAP and r.get("utterance", "").strip()]
    by_target: dict[str, list[str]] = {}
    for r in rows:
        by_target.setdefault(BITEXT_MAP[r["intent"]], []).append(r["utterance"].strip())
    rng = random.Random(seed)
    out = Examples([], [], [], 0)
    for target in sorted(by_target):
        texts = sorted(set(by_target[target]))
        for t in rng.sample(texts, min(per_intent, len(texts))):
            out.texts.append(t)
            out.labels.append(target)
            out.languages.append("en")
    return out


def bitext_helps(train: Examples, bitext: Examples, seed: int) -> tuple[bool, dict]:
    """5-fold CV over the native rows: English accuracy with vs without Bitext added to each training fold."""
    from sklearn.model_selection import StratifiedKFold

    y = np.asarray(train.labels, dtype=object)
    langs = np.asarray(train.languages, dtype=object)
    strata = np.array([f"{a}|{b}" for a, b in zip(y, langs, strict=True)])
    folds = StratifiedKFold(5, shuffle=True, random_state=seed).split(np.zeros(len(y)), strata)
    correct: dict[str, list[bool]] = {"without": [], "with": []}
    for tr, te in folds:
        base = Examples([train.texts[i] for i in tr], list(y[tr]), list(langs[tr]), 0)
        en = [i for i in te if langs[i] == "en"]
        for name, ex in (("without", base), ("with", concat([base, bitext]))):
            clf = IntentClassifier(**PARAMS).fit(ex.texts, ex.labels, language=ex.languages)
            pred = clf.predict([train.texts[i] for i in en], language=["en"] * len(en))
            correct[name].extend((pred == y[en]).tolist())
    acc = {k: float(np.mean(v)) for k, v in correct.items()}
    return acc["with"] > acc["without"] + 0.005, acc


def write_card(path: Path, meta: dict, size: int, n_train: Counter, n_test: Counter) -> None:
    """Write models/MODEL_CARD.md from the saved metadata (numbers are never typed by hand)."""
    test = meta["metrics"]["test"]
    held = meta["metrics"]["heldout"]
    bit = meta["sources"]["bitext"]
    feats = meta["features"]
    lines = [
        "# Model card: cxmine default intent model (`models/intents`)",
        "",
        f"Built {meta['created_at']} by `{meta['build_command']}` (scikit-learn "
        f"{meta['library_versions']['scikit-learn']}, skops {meta['library_versions']['skops']}). "
        f"Files: `model.skops` (skops format, loaded with a type allow-list) and `model.json` (metadata); "
        f"{size / 1e6:.1f} MB in total. Training data hash `{meta['training_data']['hash']}`.",
        "",
        "## What it does",
        "",
        "Assigns one of 15 customer-service intents to a customer question or message in Dutch, Danish or "
        "English: " + ", ".join(f"`{t}`" for t in meta["taxonomy"]) + ". Predictions with a confidence below "
        f"the threshold ({meta['threshold']:.3f}) are reported as `unknown` (`is_unknown = true`), with the best "
        "guess kept in the confidence ranking.",
        "",
        "## Data",
        "",
        "- " + ", ".join(f"`models/data/{n}`" for n in meta["sources"]["models/data"])
        + ": hand-written customer messages (no templates) in chat, email and call "
        "(transcript) style, personal data already replaced by placeholders such as `<NAME>`; "
        + ", ".join(f"{lang} {n_train[lang]}" for lang in LANGS) + " rows.",
        "- Held-out test: `models/data/test_{nl,da,en}.csv`, "
        + ", ".join(f"{lang} {n_test[lang]}" for lang in LANGS)
        + " rows, written separately and checked for near-duplicates of training rows (`models/data/check_data.py`).",
        "- Bitext customer-service sample (English, template-generated, CDLA-Sharing-1.0): "
        + (f"used, {bit['rows']} rows mapped to the taxonomy." if bit.get("used") else "not used.")
        + (f" Decided by 5-fold CV on the native English rows: accuracy without {bit['cv_english_accuracy']['without']:.3f}, "
           f"with {bit['cv_english_accuracy']['with']:.3f}." if "cv_english_accuracy" in bit else "")
        + ("" if bit.get("available") else " (The dataset folder was not present at build time.)"),
        "",
        "## Features and estimator",
        "",
        "One linear SVM per language (plus a fallback `*` trained on all languages, for `other`/`und` rows) over "
        "word 1-2-gram and character 2-5-gram TF-IDF of the lower-cased text with digits folded to 0. "
        "With `features=auto`, a language also gets MiniLM sentence embeddings (weight "
        f"{meta['embedding_weight']}) only if they raise its cross-validated accuracy by at least one point. "
        "Chosen here: " + ", ".join(f"{k}: `{v}`" for k, v in feats.items()) + ". Confidence is a softmax of "
        f"the SVM scores times {meta['confidence_scale']:.2f} (fitted on held-out scores); the `unknown` threshold "
        f"maximises correct-kept plus wrong-rejected on held-out rows ({held['method']}), rejecting at most 10%.",
        "",
        "## Accuracy on the held-out test files",
        "",
        "| language | n | accuracy | macro-F1 | unknown at threshold |",
        "|---|---|---|---|---|",
    ]
    for lang in LANGS:
        m = test["per_language"][lang]
        lines.append(f"| {lang} | {m['n']} | {m['accuracy']:.3f} | {m['macro_f1']:.3f} | {m['unknown_rate']:.1%} |")
    lines += [
        f"| all | {test['n']} | {test['accuracy']:.3f} | {test['macro_f1']:.3f} | {test['unknown_rate']:.1%} |",
        "",
        f"Accuracy of the predictions that are kept (not `unknown`): {test['accuracy_of_kept']:.3f}. "
        "Most confused (true -> predicted): "
        + (", ".join(f"{p['true']} -> {p['predicted']} ({p['count']})" for p in test["confused_pairs"][:5]) or "none")
        + ".",
        "",
        "## Limits",
        "",
        "- The training and test texts are synthetic and small (a few hundred per language): expect lower "
        "accuracy on real traffic, on long emails with several requests (one intent per unit), and on shops "
        "whose vocabulary differs (travel, telecom, banking). Retrain on your own labels: "
        "`cxmine classify train labels.csv --model my-model` and `cxmine classify OUT --model my-model`.",
        "- Languages other than nl, da and en go to the fallback branch; quality there is unmeasured.",
        "- The test set was written by the same team as the training set, so it shares its style; the numbers "
        "are an upper bound for real data.",
        "- English branches that use MiniLM embed each text at prediction time (a few hundred texts/s on CPU, "
        "cached on disk by text hash for reruns); Dutch and Danish branches are TF-IDF only unless chosen above.",
        "- Bitext rows are template-generated English; they are used only when cross-validation shows a gain.",
        "- `train3_*.csv` (2026-12) adds long e-mails, thanks-then-question, story-then-question, follow-ups, "
        "product questions with product names, pick-up / click & collect and call-transcript rows. `cxmine classify` "
        "also reads long messages on their request part and low-confidence or `other` follow-ups after the previous "
        "agent turn (`cxmine/classify/intents/focus.py`). On messages written independently of all of this "
        "(bench/data/indep_intents, scored once) see `bench/results/intents_indep.md` in BENCHMARKS.md.",
        "",
        "Rebuild: `.venv/bin/python models/build_default_model.py` (same data and library versions give the same model).",
        "",
    ]
    path.write_text("\n".join(lines), encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bitext", choices=("auto", "yes", "no"), default="auto")
    ap.add_argument("--bitext-per-intent", type=int, default=40)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()

    train = load_split("train")
    test = load_split("test")
    bitext = load_bitext(args.bitext_per_intent, args.seed) if args.bitext != "no" else None
    decision: dict = {"mode": args.bitext, "available": BITEXT.exists()}
    use_bitext = False
    if bitext is not None and args.bitext == "yes":
        use_bitext = True
    elif bitext is not None:
        use_bitext, cv_acc = bitext_helps(train, bitext, args.seed)
        decision["cv_english_accuracy"] = cv_acc
        print(f"Bitext CV on English native rows: without {cv_acc['without']:.3f}, with {cv_acc['with']:.3f}")
    decision["used"] = use_bitext
    decision["rows"] = len(bitext.texts) if (bitext and use_bitext) else 0
    full = concat([train, bitext]) if (bitext and use_bitext) else train

    meta = train_intents(
        full,
        args.out,
        params=PARAMS,
        extra_meta={
            "name": "cxmine default intents",
            "taxonomy": list(TAXONOMY),
            "sources": {"models/data": [p.name for p in split_files("train")], "bitext": decision},
            "build_command": ".venv/bin/python models/build_default_model.py" + (
                f" --bitext {args.bitext}" if args.bitext != "auto" else ""),
        },
    )
    from cxmine.classify.intents.store import load_model

    clf, _ = load_model(args.out)
    pred = clf.classify(test.texts, language=test.languages)
    test_metrics = metrics(test.labels, pred.top_intent, test.languages)
    kept = ~pred.is_unknown
    y = np.asarray(test.labels, dtype=object)
    test_metrics["unknown_rate"] = float(np.mean(pred.is_unknown))
    test_metrics["accuracy_of_kept"] = float(np.mean(np.asarray(pred.top_intent, dtype=object)[kept] == y[kept]))
    langs = np.asarray(test.languages, dtype=object)
    for lang in LANGS:
        m = langs == lang
        sub = metrics(list(y[m]), list(np.asarray(pred.top_intent, dtype=object)[m]))
        test_metrics["per_language"][lang].update(macro_f1=sub["macro_f1"], unknown_rate=float(np.mean(pred.is_unknown[m])))
    meta = update_meta(args.out, {"metrics": {**meta["metrics"], "test": test_metrics}})
    size = sum(p.stat().st_size for p in args.out.iterdir())
    print(f"wrote {args.out} ({size / 1e6:.1f} MB); features {meta['features']}; threshold {meta['threshold']:.3f}")
    for lang, m in test_metrics["per_language"].items():
        print(f"  test {lang}: accuracy {m['accuracy']:.3f} macro-F1 {m['macro_f1']:.3f} (n={m['n']})")
    if args.out == OUT:
        write_card(CARD, meta, size, Counter(train.languages), Counter(test.languages))
        print(f"updated {CARD.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
