"""Benchmark question extraction: precision/recall on the hand-labelled gold sample, and messages/s.

Run from the repo root: ``.venv/bin/python bench/bench_questions.py``. Writes ``bench/results/questions.md``.
Gold: ``bench/data/questions_gold.jsonl`` (one message per line: id, language, channel, text, gold spans).
A predicted sentence matches a gold span when their overlap is at least 50 % of the longer of the two
(one-to-one, greedy).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

import pyarrow as pa

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from cxmine.text.questions import extract_questions  # noqa: E402

GOLD = ROOT / "bench" / "data" / "questions_gold.jsonl"
MIN_OVERLAP = 0.5


def load_gold() -> list[dict]:
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


def to_table(records: list[dict]) -> pa.Table:
    n = len(records)
    return pa.table(
        {
            "message_id": [r["id"] for r in records],
            "contact_id": [r["id"] for r in records],
            "channel": [r["channel"] for r in records],
            "speaker": ["customer"] * n,
            "language": [r["language"] for r in records],
            "text": [r["text"] for r in records],
            "sent_at": pa.array([None] * n, pa.timestamp("us", tz="UTC")),
        }
    )


def match(pred: list[tuple[int, int]], gold: list[tuple[int, int]]) -> int:
    """Number of one-to-one matches with overlap >= MIN_OVERLAP of the longer span."""
    used: set[int] = set()
    hits = 0
    for ps, pe in pred:
        for j, (gs, ge) in enumerate(gold):
            if j in used:
                continue
            inter = min(pe, ge) - max(ps, gs)
            if inter > 0 and inter >= MIN_OVERLAP * max(pe - ps, ge - gs):
                used.add(j)
                hits += 1
                break
    return hits


def evaluate(records: list[dict]) -> tuple[list[str], list[tuple[str, str, str]]]:
    out = extract_questions(to_table(records))
    pred: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for mid, s, e in zip(out["message_id"].to_pylist(), out["start"].to_pylist(), out["end"].to_pylist(), strict=True):
        pred[mid].append((s, e))
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])  # tp, n_pred, n_gold
    errors: list[tuple[str, str, str]] = []
    for r in records:
        gold = [tuple(g) for g in r["gold"]]
        p = pred.get(r["id"], [])
        tp = match(p, gold)
        for key in ((r["language"], r["channel"]), (r["language"], "all"), ("all", r["channel"]), ("all", "all")):
            c = counts[key]
            c[0] += tp
            c[1] += len(p)
            c[2] += len(gold)
        if tp < len(p) or tp < len(gold):
            errors.append((r["id"], str([r["text"][s:e] for s, e in p]), str([r["text"][s:e] for s, e in gold])))
    rows = ["| language | channel | gold | predicted | precision | recall | F1 |", "|---|---|---|---|---|---|---|"]
    for (lang, chan), (tp, npred, ngold) in sorted(counts.items(), key=lambda kv: (kv[0][0] == "all", kv[0])):
        prec = tp / npred if npred else 1.0
        rec = tp / ngold if ngold else 1.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        rows.append(f"| {lang} | {chan} | {ngold} | {npred} | {prec:.3f} | {rec:.3f} | {f1:.3f} |")
    return rows, errors


def speed(records: list[dict]) -> list[str]:
    chats = [r for r in records if r["channel"] == "chat"]
    table = to_table(chats * max(1, 6000 // len(chats)))
    texts = table.column("text").to_pylist()
    split_re = re.compile(r"(?<=[.!?])\s+|\n+")

    def rate(fn, reps: int) -> float:
        t0 = time.perf_counter()
        for _ in range(reps):
            fn()
        return reps * table.num_rows / (time.perf_counter() - t0)

    extract_questions(table.slice(0, 50))  # warm up spaCy and the rules
    base = rate(lambda: [[s for s in split_re.split(t) if "?" in s] for t in texts], 5)
    ours = rate(lambda: extract_questions(table), 3)
    emails = to_table([r for r in records if r["channel"] == "email"] * 20)
    base_e = emails.num_rows  # rate() uses table.num_rows, so time e-mails separately
    t0 = time.perf_counter()
    extract_questions(emails)
    ours_e = base_e / (time.perf_counter() - t0)
    avg = sum(map(len, texts)) / len(texts)
    return [
        f"Chat texts: {table.num_rows} gold-sample chat messages (repeated), {avg:.0f} characters on average.",
        "",
        "| what | messages/s | ratio to baseline |",
        "|---|---|---|",
        f"| baseline: regex sentence split + '?' filter (chat) | {base:,.0f} | 1.0 |",
        f"| extract_questions, chat | {ours:,.0f} | {ours / base:.3f} |",
        f"| extract_questions, e-mails ({emails.num_rows}, multi-sentence) | {ours_e:,.0f} | {ours_e / base:.3f} |",
    ]


def main() -> None:
    records = load_gold()
    dev = [r for r in records if r.get("split") == "dev"]
    test = [r for r in records if r.get("split") == "test"]
    test2 = [r for r in records if r.get("split") == "test2"]
    rows, errors = evaluate(dev)
    rows_t, errors_t = evaluate(test)
    rows_t2, errors_t2 = evaluate(test2)
    print("dev\n" + "\n".join(rows) + "\ntest\n" + "\n".join(rows_t) + "\ntest2\n" + "\n".join(rows_t2))
    sp = speed(records)
    print("\n".join(sp))
    md = [
        "## Question extraction",
        "",
        f"Date: {dt.date.today().isoformat()}. Command: `.venv/bin/python bench/bench_questions.py` (repo root).",
        "",
        f"Gold sample: `bench/data/questions_gold.jsonl`, {len(records)} hand-written customer messages "
        "(nl/da/en x email/chat/call), question and request sentences marked as character spans. "
        "Match = overlap >= 50 % of the longer span, one-to-one.",
        "",
        f"Split `test2` ({len(test2)} messages, written after the cue lists were frozen a second time). Its one "
        "clean, held-out run scored precision 0.970 / recall 0.821 overall (call 1.000/1.000, chat 1.000/0.933, "
        "e-mail 0.900/0.600; nl 1.000/0.846, da 0.909/0.769, en 1.000/0.846). Its misses were formal/indirect "
        "e-mail requests ('Mijn vraag is of ...', 'Verzoek om ...', 'Jeg anmoder om ...', 'Requesting that ...') "
        "and 'aflys'; those cues were then added, so the table below is no longer held-out:",
        "",
        *rows_t2,
        "",
        f"Split `test` ({len(test)} messages): held out for the first frozen version, which scored precision "
        "1.000 / recall 0.805 on it (calls 0.619, chat 0.867, e-mail 0.861). Its misses (tag questions, "
        "imperatives, 'ik wou even vragen', generic 'ik wil'/'jeg vil', 'I wish to') led to new cue classes, so "
        "the numbers below are no longer held-out:",
        "",
        *rows_t,
        "",
        f"Development split ({len(dev)} messages; the cue lists were revised once after a first run on it, "
        "so these numbers are optimistic):",
        "",
        *rows,
        "",
        *sp,
        "",
        f"Messages with at least one miss or false alarm: dev {len(errors)} of {len(dev)}, "
        f"test {len(errors_t)} of {len(test)}, test2 {len(errors_t2)} of {len(test2)}.",
        "",
    ]
    (ROOT / "bench" / "results").mkdir(parents=True, exist_ok=True)
    (ROOT / "bench" / "results" / "questions.md").write_text("\n".join(md) + NOTES, encoding="utf-8")
    if "-v" in sys.argv:  # local inspection only: prints gold-sample text (synthetic, no customer data)
        for e in errors + errors_t + errors_t2:
            print(*e, sep="\n  ")


NOTES = """
Notes:

- The gold sample and the cue lists were written by the same person (the helper that wrote the rules). The
  labelling guide was fixed first: gold = a sentence that asks the company something (with or without "?") or
  asks it to do/send/explain something, including wishes for an action the company must carry out ("ik wil
  mijn abonnement opzeggen", "I want a replacement"); not gold = greetings, thanks, sign-offs, small talk
  ("Hoe gaat het?"), problem statements, announcements ("Ik heb een vraag over mijn factuur"). Span = the
  sentence; in unpunctuated call turns, the stretch between fillers (eh/uhm/øh). Still, expect these numbers
  to be optimistic compared with real traffic. The Danish set is largely a translation of the Dutch one.
- Request policy: explicit asks for information or action ("kunnen jullie", "graag ontvang ik", "please
  send", "jeg vil gerne vide"), wishes the company must act on ("ik wil mijn abonnement opzeggen", "I want a
  replacement"), polite imperatives of service verbs ("Stuur ...", "Stop mit abonnement", "Cancel ..."), tag
  questions ("..., klopt dat" / "passer det" / "is that right") and "my question is ..." all count. Closing
  formulas ("Ik hoor graag van u", "Looking forward to your answer") and announcements ("Ik heb een vraag
  over ...") do not. Rows labelled "other" keep only "?" sentences; "und" rows are skipped.
- Known weak spots: verb-first questions whose subject is a noun, not a pronoun, and no "?" ("Kan buddet
  aflevere pakken hos naboen"); negated questions without "?" ("kan dat niet gewoon automatisch", read as the
  subject-less statement "Kan het niet vinden"); generic "ik wil"/"jeg vil"/"I want" also fires on wishes that
  are not requests ("Jeg vil gerne beholde den, hvis ..."); Danish "kan i" also matches "kan i morgen"
  (tomorrow); "Zal ik morgen nog even bellen." is read as a question.
"""


if __name__ == "__main__":
    main()
