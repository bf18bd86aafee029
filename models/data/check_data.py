"""Validate the hand-written intent training and test CSVs in models/data.

Checks: header and column count, allowed intents/languages/styles, non-empty text, the language column
matching the file name, exact duplicates (after normalising case, whitespace and punctuation) within a
language across train, train2 and test, overlap between test and both training batches (exact and near-duplicate
by word-set Jaccard), and minimum counts per intent. Prints count tables per language x intent and language x
style for each split. Exit code 1 on any error.

Run from the repo root: ``.venv/bin/python models/data/check_data.py``. Never prints row text, only file
names and line numbers, so it is safe to run on redacted customer data too.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent
COLUMNS = ["text", "intent", "language", "style"]
INTENTS = [
    "order_status",
    "delivery_time",
    "delivery_damage",
    "return_request",
    "refund_status",
    "payment_problem",
    "invoice_request",
    "cancel_order",
    "change_address",
    "product_question",
    "account_login",
    "complaint_service",
    "warranty_repair",
    "opening_hours_contact",
    "other",
]
LANGUAGES = ["nl", "da", "en"]
STYLES = ["chat", "email", "call"]
SPLITS = ["train", "train2", "test"]
# Both hand-written training batches; test is checked for near duplicates against all of them.
TRAIN_SPLITS = ["train", "train2"]
# Near-duplicate threshold: test rows this similar to a train row would make the test set a paraphrase check.
NEAR_DUP_JACCARD = 0.6
NEAR_DUP_MIN_WORDS = 4

Row = tuple[str, int, str, str, str, str]  # file name, line number, text, intent, language, style


def normalise(text: str) -> str:
    """Case-fold, drop punctuation and collapse whitespace so trivial variants count as duplicates."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = re.sub(r"[^\w<>]+", " ", text)
    return " ".join(text.split())


def read_file(path: Path, lang: str, errors: list[str]) -> list[Row]:
    """Read one CSV and validate each row; append problems (file and line only) to errors."""
    rows: list[Row] = []
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader, None)
        if header != COLUMNS:
            errors.append(f"{path.name}: header is {header!r}, expected {COLUMNS!r}")
            return rows
        for row in reader:
            line = reader.line_num
            if len(row) != len(COLUMNS):
                errors.append(f"{path.name}:{line}: {len(row)} columns, expected {len(COLUMNS)}")
                continue
            text, intent, language, style = row
            if not text.strip():
                errors.append(f"{path.name}:{line}: empty text")
            if text != text.strip():
                errors.append(f"{path.name}:{line}: leading/trailing whitespace in text")
            if intent not in INTENTS:
                errors.append(f"{path.name}:{line}: unknown intent {intent!r}")
            if language != lang:
                errors.append(f"{path.name}:{line}: language {language!r} in a {lang} file")
            if style not in STYLES:
                errors.append(f"{path.name}:{line}: unknown style {style!r}")
            rows.append((path.name, line, text, intent, language, style))
    return rows


def check_duplicates(rows: list[Row], errors: list[str]) -> None:
    """Flag rows whose normalised text occurs more than once in the same language (train and test together)."""
    seen: dict[tuple[str, str], tuple[str, int]] = {}
    for name, line, text, _intent, language, _style in rows:
        # Emoji-only rows normalise to "", so fall back to the raw text for them.
        key = (language, normalise(text) or text.strip())
        if key in seen:
            first = seen[key]
            errors.append(f"{name}:{line}: duplicate of {first[0]}:{first[1]}")
        else:
            seen[key] = (name, line)


def check_near_overlap(train: list[Row], test: list[Row], errors: list[str]) -> float:
    """Flag test rows whose word set is nearly the same as a train row's (same language); return the max Jaccard."""
    train_sets = [(r, set(normalise(r[2]).split())) for r in train]
    highest = 0.0
    for t in test:
        words = set(normalise(t[2]).split())
        if len(words) < NEAR_DUP_MIN_WORDS:
            continue
        for r, rw in train_sets:
            if r[4] != t[4] or len(rw) < NEAR_DUP_MIN_WORDS:
                continue
            jac = len(words & rw) / len(words | rw)
            highest = max(highest, jac)
            if jac >= NEAR_DUP_JACCARD:
                errors.append(f"{t[0]}:{t[1]}: near-duplicate (Jaccard {jac:.2f}) of {r[0]}:{r[1]}")
    return highest


def print_table(title: str, counts: Counter, rows_keys: list[str], cols_keys: list[str]) -> None:
    """Print a plain-text count table with totals."""
    width = max(len(k) for k in rows_keys) + 2
    print(f"\n{title}")
    print("".ljust(width) + "".join(c.rjust(8) for c in cols_keys) + "total".rjust(8))
    for rk in rows_keys:
        vals = [counts[(rk, ck)] for ck in cols_keys]
        print(rk.ljust(width) + "".join(str(v).rjust(8) for v in vals) + str(sum(vals)).rjust(8))
    totals = [sum(counts[(rk, ck)] for rk in rows_keys) for ck in cols_keys]
    print("total".ljust(width) + "".join(str(v).rjust(8) for v in totals) + str(sum(totals)).rjust(8))


def main(argv: list[str] | None = None) -> int:
    """Validate all nine CSVs, print count tables and return a process exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, default=DATA_DIR)
    parser.add_argument("--min-train", type=int, default=20, help="minimum train rows per intent and language")
    parser.add_argument("--min-train2", type=int, default=15, help="minimum train2 rows per intent and language")
    parser.add_argument("--min-test", type=int, default=5, help="minimum test rows per intent and language")
    args = parser.parse_args(argv)

    errors: list[str] = []
    by_split: dict[str, list[Row]] = defaultdict(list)
    for split in SPLITS:
        for lang in LANGUAGES:
            path = args.data_dir / f"{split}_{lang}.csv"
            if not path.exists():
                errors.append(f"{path.name}: missing")
                continue
            by_split[split].extend(read_file(path, lang, errors))

    check_duplicates([r for split in SPLITS for r in by_split[split]], errors)
    for split in TRAIN_SPLITS:
        # Only the similarity score is printed, never the rows, so the test set stays unseen.
        highest = check_near_overlap(by_split[split], by_split["test"], errors)
        print(f"highest word-set Jaccard test vs {split}: {highest:.2f} (limit {NEAR_DUP_JACCARD})")

    for split in SPLITS:
        rows = by_split[split]
        intent_counts = Counter((r[3], r[4]) for r in rows)
        style_counts = Counter((r[5], r[4]) for r in rows)
        print_table(f"== {split}: rows per intent x language", intent_counts, INTENTS, LANGUAGES)
        print_table(f"== {split}: rows per style x language", style_counts, STYLES, LANGUAGES)
        minimum = {"train": args.min_train, "train2": args.min_train2}.get(split, args.min_test)
        for intent in INTENTS:
            for lang in LANGUAGES:
                if intent_counts[(intent, lang)] < minimum:
                    errors.append(
                        f"{split}_{lang}: intent {intent} has {intent_counts[(intent, lang)]} rows < {minimum}"
                    )
        for lang in LANGUAGES:
            n = sum(style_counts[(s, lang)] for s in STYLES)
            if n:
                shares = ", ".join(f"{s} {style_counts[(s, lang)] / n:.0%}" for s in STYLES)
                print(f"{split}_{lang} style shares: {shares}")

    if errors:
        print(f"\n{len(errors)} problem(s):", file=sys.stderr)
        for e in errors:
            print(f"  {e}", file=sys.stderr)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
