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
# Second author's set, labelled before reading the rules (guide: bench/data/README_questions_heldout.md).
HELDOUT = ROOT / "bench" / "data" / "questions_heldout.jsonl"
# Same author, written after the rule changes the first held-out run prompted (see HELDOUT2_FIRST).
HELDOUT2 = ROOT / "bench" / "data" / "questions_heldout2.jsonl"
# Third author's set, written and labelled without seeing the rules or the other gold sets (same guide).
HELDOUT3 = ROOT / "bench" / "data" / "questions_heldout3.jsonl"
MIN_OVERLAP = 0.5


# Recorded once, 2026-11-24 03:42 UTC, with the rules exactly as the first author left them (before any change
# prompted by this set). Kept verbatim as the honest held-out figure; the live table is printed below it.
HELDOUT_UNTOUCHED = """Untouched run (the rules as they were before this set was used; the only genuinely held-out
numbers for it): precision 0.951 / recall 0.885 overall; 19 of 150 messages with a miss or false alarm.

| language | channel | gold | predicted | precision | recall | F1 |
|---|---|---|---|---|---|---|
| da | all | 41 | 38 | 0.921 | 0.854 | 0.886 |
| da | call | 6 | 5 | 1.000 | 0.833 | 0.909 |
| da | chat | 13 | 14 | 0.857 | 0.923 | 0.889 |
| da | email | 22 | 19 | 0.947 | 0.818 | 0.878 |
| en | all | 43 | 40 | 0.950 | 0.884 | 0.916 |
| en | call | 6 | 5 | 1.000 | 0.833 | 0.909 |
| en | chat | 14 | 11 | 1.000 | 0.786 | 0.880 |
| en | email | 23 | 24 | 0.917 | 0.957 | 0.936 |
| nl | all | 47 | 44 | 0.977 | 0.915 | 0.945 |
| nl | call | 7 | 7 | 1.000 | 1.000 | 1.000 |
| nl | chat | 15 | 13 | 1.000 | 0.867 | 0.929 |
| nl | email | 25 | 24 | 0.958 | 0.920 | 0.939 |
| all | all | 131 | 122 | 0.951 | 0.885 | 0.917 |
| all | call | 19 | 17 | 1.000 | 0.895 | 0.944 |
| all | chat | 42 | 38 | 0.947 | 0.857 | 0.900 |
| all | email | 70 | 67 | 0.940 | 0.900 | 0.920 |"""


# Recorded once, 2026-11-24 03:47 UTC: the first run on the second fresh set, with the rules as changed after the
# first held-out run and before any change prompted by this set.
HELDOUT2_FIRST = """First run (rules changed after the first held-out run, not yet after this set; its author had read the
rules, so this is a weaker held-out check): precision 1.000 / recall 0.860 overall; 7 of 60 messages with a miss.

| language | channel | gold | predicted | precision | recall | F1 |
|---|---|---|---|---|---|---|
| da | all | 16 | 13 | 1.000 | 0.812 | 0.897 |
| da | call | 3 | 3 | 1.000 | 1.000 | 1.000 |
| da | chat | 5 | 3 | 1.000 | 0.600 | 0.750 |
| da | email | 8 | 7 | 1.000 | 0.875 | 0.933 |
| en | all | 16 | 14 | 1.000 | 0.875 | 0.933 |
| en | call | 3 | 2 | 1.000 | 0.667 | 0.800 |
| en | chat | 5 | 4 | 1.000 | 0.800 | 0.889 |
| en | email | 8 | 8 | 1.000 | 1.000 | 1.000 |
| nl | all | 18 | 16 | 1.000 | 0.889 | 0.941 |
| nl | call | 3 | 3 | 1.000 | 1.000 | 1.000 |
| nl | chat | 6 | 5 | 1.000 | 0.833 | 0.909 |
| nl | email | 9 | 8 | 1.000 | 0.889 | 0.941 |
| all | all | 50 | 43 | 1.000 | 0.860 | 0.925 |
| all | call | 9 | 8 | 1.000 | 0.889 | 0.941 |
| all | chat | 16 | 12 | 1.000 | 0.750 | 0.857 |
| all | email | 25 | 23 | 1.000 | 0.920 | 0.958 |"""


# Recorded once, 2026-11-24 04:41 UTC: the first run on the third author's set, before anyone looked at its errors.
HELDOUT3_FIRST = """First run (the only genuinely held-out numbers for this set): precision 0.937 / recall 0.908 overall;
12 of 120 messages with a miss or false alarm.

| language | channel | gold | predicted | precision | recall | F1 |
|---|---|---|---|---|---|---|
| da | all | 32 | 31 | 0.935 | 0.906 | 0.921 |
| da | call | 5 | 4 | 1.000 | 0.800 | 0.889 |
| da | chat | 12 | 12 | 0.917 | 0.917 | 0.917 |
| da | email | 15 | 15 | 0.933 | 0.933 | 0.933 |
| en | all | 32 | 32 | 0.906 | 0.906 | 0.906 |
| en | call | 5 | 5 | 1.000 | 1.000 | 1.000 |
| en | chat | 12 | 12 | 0.833 | 0.833 | 0.833 |
| en | email | 15 | 15 | 0.933 | 0.933 | 0.933 |
| nl | all | 34 | 32 | 0.969 | 0.912 | 0.939 |
| nl | call | 5 | 4 | 1.000 | 0.800 | 0.889 |
| nl | chat | 11 | 10 | 1.000 | 0.909 | 0.952 |
| nl | email | 18 | 18 | 0.944 | 0.944 | 0.944 |
| all | all | 98 | 95 | 0.937 | 0.908 | 0.922 |
| all | call | 15 | 13 | 1.000 | 0.867 | 0.929 |
| all | chat | 35 | 34 | 0.912 | 0.886 | 0.899 |
| all | email | 48 | 48 | 0.938 | 0.938 | 0.938 |"""


HELDOUT3_ERRORS = """The most instructive errors of that first run (invented text; gold = the third author's label):

- Missed, call: "ik bel omdat ik mijn contract wil opzeggen" (nl) and "jeg ringer fordi jeg gerne vil opsige min
  bilforsikring" (da): a cancellation wish inside a "calling because" clause is not flagged (the English "I'm
  calling because I want to cancel my car insurance" is).
- Missed, e-mail: "I expect an assessor to be sent out this week." (firm expectation; the Danish "Jeg forventer,
  at I sender en taksator ud i denne uge." is caught).
- Missed, e-mail: "Jeg kunne godt tænke mig at vide, hvorfor min aconto er steget med 400 kr. om måneden."
  (indirect question; nothing flagged, also as a sentence on its own).
- Missed, e-mail: "Graag hoor ik ook hoe ik dat precies regel." (formal indirect question, close in form to the
  closing formula "Graag hoor ik van u").
- Missed, chat: "mag mijn hond mee in de bus" (verb-first question without "?").
- False alarm, e-mail: "Tusind tak for hurtig hjælp med min nye router i sidste uge." (thanks).
- False alarms, e-mail: "Ik heb hem nodig voor de huurtoeslag." and "I need it for my mortgage application."
  (a need stated as context after the request, flagged as a request of its own).
- Miss + false alarm, chat: "hej hvor er min pakke har ventet en uge 😡" and "hi where is my parcel been waiting
  a week 😡": greeting, question and complaint stay one unpunctuated sentence, too long to match the gold span
  "hvor er min pakke" / "where is my parcel".
- Miss + false alarm, chat: "whens the 5 bus back on been cancelled all week" (same run-on problem)."""


def load_gold(path: Path = GOLD) -> list[dict]:
    """Read a gold jsonl file; the held-out set names its span list "questions", the old one "gold"."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for row in rows:
        row.setdefault("gold", row.get("questions", []))
    return rows


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
    heldout = load_gold(HELDOUT)
    rows_h, errors_h = evaluate(heldout)
    heldout2 = load_gold(HELDOUT2)
    rows_h2, errors_h2 = evaluate(heldout2)
    print("dev\n" + "\n".join(rows) + "\ntest\n" + "\n".join(rows_t) + "\ntest2\n" + "\n".join(rows_t2))
    print("heldout (second author)\n" + "\n".join(rows_h))
    print("heldout2 (second author, second fresh set)\n" + "\n".join(rows_h2))
    heldout3 = load_gold(HELDOUT3)
    rows_h3, errors_h3 = evaluate(heldout3)
    print("heldout3 (third author, never saw the rules)\n" + "\n".join(rows_h3))
    sp = speed(records)
    print("\n".join(sp))
    md = [
        "## Question extraction",
        "",
        f"Date: {dt.date.today().isoformat()}. Command: `.venv/bin/python bench/bench_questions.py` (repo root).",
        "",
        "### Third author's held-out set (written without seeing the rules or the other gold sets)",
        "",
        f"`bench/data/questions_heldout3.jsonl`: {len(heldout3)} messages, 40 per language (nl, da, en), "
        "e-mail/chat/call 16/16/8 per language; topics webshop, telecom, energy, bank, parcel carrier, insurer, "
        "public transport. Written and labelled by a third author who never opened `questions.py`, the cue lists "
        "or the other gold files, following `bench/data/README_questions_heldout.md`. Same matching rule "
        "(overlap >= 50 % of the longer span, one-to-one). "
        f"{sum(len(r['gold']) for r in heldout3)} labelled spans; "
        f"{sum(not r['gold'] for r in heldout3)} messages have none.",
        "",
        HELDOUT3_FIRST,
        "",
        "Current rules on the same set (NO LONGER HELD-OUT since session 2: after reading its call sentences, a "
        "wish given as the reason for a call or mail became a request cue in nl/da/en (\"ik bel omdat ik mijn "
        "contract wil opzeggen\", \"jeg ringer fordi jeg gerne vil ...\", \"I'm calling because I want to "
        "...\"); the bare reason (\"ik bel over mijn fiets\") stays a non-question, as the labelling guide says. "
        "The other sets did not change):",
        "",
        *rows_h3,
        "",
        f"Messages with at least one miss or false alarm: {len(errors_h3)} of {len(heldout3)}.",
        "",
        HELDOUT3_ERRORS,
        "",
        "### Independent held-out set (written by a second author before reading the rules)",
        "",
        f"`bench/data/questions_heldout.jsonl`: {len(heldout)} messages, 50 per language, e-mail/chat/call "
        "20/20/10 per language, labelled by a second author before reading `questions.py`, the cue lists or "
        "the first gold file (guide: `bench/data/README_questions_heldout.md`). Same matching rule.",
        "",
        HELDOUT_UNTOUCHED,
        "",
        "Current rules on the same set (NO LONGER HELD-OUT: the rules were changed after looking at its errors):",
        "",
        *rows_h,
        "",
        f"Messages with at least one miss or false alarm: {len(errors_h)} of {len(heldout)}.",
        "",
        f"Second fresh set `bench/data/questions_heldout2.jsonl` ({len(heldout2)} messages, 20 per language, "
        "e-mail/chat/call 8/8/4), same author and guide, written after the changes above:",
        "",
        HELDOUT2_FIRST,
        "",
        "Current rules on it (NO LONGER HELD-OUT: a few cues were added after its first run):",
        "",
        *rows_h2,
        "",
        f"Messages with at least one miss or false alarm: {len(errors_h2)} of {len(heldout2)}.",
        "",
        CHANGES,
        "",
        "### First author's gold set",
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
        for e in errors + errors_t + errors_t2 + errors_h + errors_h2 + errors_h3:
            print(*e, sep="\n  ")


CHANGES = """What the second author changed after the held-out runs (each cue is general customer-mail language; BANKING77
test and xSID valid sentences were diffed old vs new rules to check that newly flagged sentences are real
questions/requests, 23 and 5 newly flagged there, none a statement on inspection):

- Danish "i" before a time or place word ("kan i morgen", "i går", "i appen") is the preposition, not the pronoun
  "I", so neither "kan i" nor the verb-first rule fires on "Jeg kan i morgen ikke være hjemme".
- Danish verb-first questions with a noun subject: a modal followed by a definite noun (suffix -en/-et, not an
  adverb such as "igen", "simpelthen") and more words ("Kan buddet aflevere pakken hos naboen").
- Negated suggestions: "verb + subject + negation + gewoon/bare/lige" is a question ("kan dat niet gewoon
  automatisch"), while "Kan het niet vinden" stays a subject-less statement.
- Verbless chat openers ("any idea why", "enig idee", "noget nyt"); fused "wheres"/"whats" + subject; "wnr";
  "r u"; "gider du/I"; interjections skipped before the opening ("top, en hoe lang ...", "great, ...").
- Request phrases: inverted or shared-subject wishes ("..., wil ik graag", "en wil graag", "og vil gerne",
  "and would like", subject-less "would like"/"need to ..."), "we would like"/"vi vil gerne", "vil høre om",
  "I would be grateful if", "I (just) wanted to know", "calling/ringing to see/ask", "I må gerne", "venligst",
  "kontakt mig", "neem contact op", Danish "jeg forventer, at ... bliver".
- Fewer false alarms: "kindly" only as an opening imperative ("Kindly send", not "The neighbour kindly ..."; and
  "Kindly note" is vetoed), "help me" only as an opening imperative ("Help me reset ...", not "refused to help
  me").
- Chat sentences are also cut after an emoji that is followed by more words ("kapot 😞 wat moet ik doen").

Still missed or wrong (deliberately not fixed; they need more than a cue word): a missing "?" followed by a
capitalised "Of kan ik ..." on the same line (no sentence boundary); unpunctuated chat with a request and a
statement in one run ("send lige et nyt link det gamle virker ikke") is one sentence and fails the 50 % match;
"Ik heb de spullen nodig voor ..." (a need, not a request) is flagged; Dutch "Ik verwacht het bedrag ... terug"
(a demand) is missed."""

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
- Known weak spots (first author's list, updated by the second author): "kan i morgen" (Danish "i" = in) and
  noun-subject verb-first questions ("Kan buddet aflevere pakken") and "kan dat niet gewoon automatisch" are now
  handled; still open: generic "ik wil"/"jeg vil"/"I want"/"would like" also fires on wishes that are not
  requests ("Jeg vil gerne beholde den, hvis ...", "... en zou graag verlengen als dat voordeliger kan");
  "Zal ik morgen nog even bellen." is read as a question; unpunctuated chat runs holding a request and a
  statement stay one sentence.
"""


if __name__ == "__main__":
    main()
