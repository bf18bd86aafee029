"""Benchmark cxmine.text.quotes on public reply-stripping fixtures, and its speed on short chat texts.

Run from the repo root: ``.venv/bin/python bench/bench_reply.py``. Reads ``../shared/datasets`` (override with
CXMINE_DATASETS), prints a table and writes ``bench/results/reply.md``.

How the upstream assertions map onto ``split_reply`` (parts: body, quoted, signature, unquoted):

* talon text cases and standard_replies test quote removal only (talon never strips signatures), so they compare
  ``unquoted`` (new text with the signature still on) with the expected reply, exactly after ``strip()``.
* talon html_replies: ``unquoted`` of ``split_reply("", html=...)`` with all whitespace removed must equal
  "Hi.Iamfine.Thanks,Alex" (the upstream rule).
* email_reply_parser ``parse_reply`` / ``reply_stripped``: ``strip_reply(text)`` exactly, after ``strip()``
  (upstream hides signatures too). ``reply_contains`` / ``parse_reply_not_contains``: substring (not) in the body.
* per-fragment ``quoted`` / ``signature`` flags: one check each, "any fragment quoted" == ``bool(quoted)`` and "any
  fragment signature" == ``bool(signature)``.
* ``fragment_equals/matches/contains``: the fragment's text must be in the part its flags put it in (quoted ->
  quoted, signature -> signature, hidden -> not in body, else body); equals is a substring test of the stripped
  fragment (our parts are joined differently), matches is a multi-line regex search. Without flags, fragment 0
  must be in the body and later fragments outside it (those tests all assert where the split falls).
* ``max_seconds``: ``split_reply`` on the file must finish within it.
* skipped: ``n_fragments`` (split_reply has no fragment list), ``hidden`` flags on fragments without text checks.
"""

from __future__ import annotations

import csv
import datetime as dt
import email
import json
import os
import re
import sys
import time
from email import policy
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from cxmine.text.quotes import split_reply, strip_reply  # noqa: E402

DATASETS = Path(os.environ.get("CXMINE_DATASETS", REPO.parent / "shared" / "datasets"))
TALON = DATASETS / "talon_reply_fixtures"
MPR_LANGS = ["en", "nl", "da", "de", "sv"]


def _mpr():
    try:
        from mailparser_reply import EmailReplyParser
    except ImportError:  # optional comparison only
        return None
    parser = EmailReplyParser(languages=MPR_LANGS)
    return lambda text: (parser.parse_reply(text) or "").strip()


class Tally:
    """Per-source pass/fail counts for cxmine and (where the check maps) mail-parser-reply."""

    def __init__(self) -> None:
        self.rows: dict[str, dict[str, int]] = {}
        self.failures: list[str] = []

    def add(self, source: str, name: str, ok: bool, mpr_ok: bool | None = None) -> None:
        r = self.rows.setdefault(source, {"checks": 0, "pass": 0, "mpr_checks": 0, "mpr_pass": 0})
        r["checks"] += 1
        r["pass"] += bool(ok)
        if mpr_ok is not None:
            r["mpr_checks"] += 1
            r["mpr_pass"] += bool(mpr_ok)
        if not ok:
            self.failures.append(f"{source}: {name}")


def bench_talon(t: Tally, mpr) -> None:
    data = json.loads((TALON / "text_quotations_cases.json").read_text(encoding="utf-8"))
    for i, case in enumerate(data["cases"]):
        exp = case["expected_reply"].strip()
        got = split_reply(case["input"]).unquoted
        t.add("talon text cases", f"#{i} {case['test']}", got == exp, mpr(case["input"]) == exp if mpr else None)
    rule = data["html_reply_fixtures"]
    want = re.sub(r"\s+", "", rule["expected_text"])
    for name in rule["files"]:
        html = (TALON / "fixtures" / "html_replies" / name).read_text(encoding="utf-8", errors="replace")
        got = re.sub(r"\s+", "", split_reply("", html=html).unquoted)
        mpr_ok = None
        if mpr:
            from cxmine.text.html import html_to_text

            mpr_ok = re.sub(r"\s+", "", mpr(html_to_text(html))) == want
        t.add("talon html_replies", name, got == want, mpr_ok)
    std = data["standard_replies"]
    folder = TALON / "fixtures" / "standard_replies"
    for path in sorted(folder.glob("*.eml")):
        msg = email.message_from_bytes(path.read_bytes(), policy=policy.default)
        part = next((p for p in msg.walk() if p.get_content_type() == "text/plain"), None)
        text = part.get_content() if part is not None else ""
        override = std["overrides"].get(path.name)
        exp = (folder / override).read_text(encoding="utf-8").strip() if override else std["default_expected"]
        got = split_reply(text).unquoted
        t.add("talon standard_replies", path.name, got == exp, mpr(text) == exp if mpr else None)


def bench_signatures(t: Tally) -> None:
    """Extra, informational: talon's signature fixtures (body -> expected signature), exact after strip."""
    folder = TALON / "fixtures" / "signature" / "emails" / "stripped"
    for body_path in sorted(folder.glob("*_body")):
        name = body_path.name[: -len("_body")]
        exp = (folder / f"{name}_signature").read_text(encoding="utf-8", errors="replace").strip()
        got = split_reply(body_path.read_text(encoding="utf-8", errors="replace")).signature
        t.add(EXTRA, name, got == exp)


EXTRA = "talon signature fixtures (extra, not in target)"


def _where(case: dict, idx: int) -> str:
    def flag(kind: str) -> bool | None:
        flags = case.get(kind)
        return flags[idx] if flags and idx < len(flags) else None

    if flag("quoted") is None and flag("signature") is None and flag("hidden") is None:
        return "body" if idx == 0 else "not_body"
    if flag("quoted"):
        return "quoted"
    if flag("signature"):
        return "signature"
    return "not_body" if flag("hidden") else "body"


def _in_part(parts, where: str, test) -> bool:
    if where == "not_body":
        return not test(parts.body)
    return test(getattr(parts, where))


def bench_erp(t: Tally, source: str, mpr) -> int:
    folder = DATASETS / source
    data = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    skipped = 0
    for case in data["cases"]:
        name = case.get("file", "inline")
        text = case["inline_input"] if "inline_input" in case else (folder / "emails" / name).read_text(
            encoding="utf-8", errors="replace")
        start = time.perf_counter()
        parts = split_reply(text)
        took = time.perf_counter() - start
        body = parts.body
        mtext = mpr(text) if mpr else None
        for key in ("parse_reply", "reply_stripped"):
            if key in case:
                exp = case[key].strip()
                t.add(source, f"{name} {key}", body == exp, mtext == exp if mpr else None)
        for s in case.get("reply_contains", []):
            t.add(source, f"{name} reply_contains", s in body, s in mtext if mpr else None)
        for s in case.get("parse_reply_not_contains", []):
            t.add(source, f"{name} not_contains", s not in body, s not in mtext if mpr else None)
        if "quoted" in case:
            t.add(source, f"{name} quoted flag", bool(parts.quoted) == any(case["quoted"]))
        if "signature" in case:
            t.add(source, f"{name} signature flag", bool(parts.signature) == any(case["signature"]))
        for idx, frag in case.get("fragment_equals", {}).items():
            if frag.strip():
                where = _where(case, int(idx))
                t.add(source, f"{name} fragment {idx} equals ({where})",
                      _in_part(parts, where, lambda p, f=frag.strip(): f in p))
        for idx, rx in case.get("fragment_matches", {}).items():
            where = _where(case, int(idx))
            t.add(source, f"{name} fragment {idx} matches ({where})",
                  _in_part(parts, where, lambda p, r=rx: re.search(r, p, re.M) is not None))
        for idx, s in case.get("fragment_contains", {}).items():
            where = _where(case, int(idx))
            t.add(source, f"{name} fragment {idx} contains ({where})", _in_part(parts, where, lambda p, x=s: x in p))
        if "max_seconds" in case:
            t.add(source, f"{name} max_seconds={case['max_seconds']} (took {took:.3f}s)", took <= case["max_seconds"])
        skipped += "n_fragments" in case
    return skipped


def chat_texts() -> list[str]:
    texts: list[str] = []
    with (DATASETS / "banking77" / "test.csv").open(encoding="utf-8") as fh:
        texts.extend(row["text"] for row in csv.DictReader(fh))
    for lang in ("nl", "da"):
        path = DATASETS / "xsid" / f"{lang}.valid.conll"
        if path.exists():
            texts.extend(ln[len("# text = "):].strip() for ln in path.read_text(encoding="utf-8").splitlines()
                         if ln.startswith("# text = "))
    return texts


def texts_per_second(fn, texts: list[str], rounds: int) -> float:
    """Best of ``rounds`` passes of ``fn`` over ``texts``, as texts per second."""
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for tx in texts:
            fn(tx)
        best = min(best, time.perf_counter() - start)
    return len(texts) / best


def bench_speed(rounds: int = 3) -> dict[str, float]:
    texts = chat_texts() * 3
    one_regex = re.compile(r"(?im)^\s*>|\bwrote:|\bschreef\b|\bskrev\b")

    return {
        "n": len(texts),
        "strip_reply": texts_per_second(strip_reply, texts, rounds),
        "str.strip": texts_per_second(str.strip, texts, rounds),
        "one regex search": texts_per_second(one_regex.search, texts, rounds),
    }


def bench_email_speed(rounds: int = 3) -> dict[str, float]:
    """Whole e-mails (the fixture e-mails of all three suites, bar the 767 KB one) per second, vs a line split."""
    texts = []
    for src in ("email_reply_parser_github", "email_reply_parser_zapier"):
        texts += [p.read_text(encoding="utf-8", errors="replace") for p in sorted((DATASETS / src / "emails").glob("*.txt"))
                  if p.stat().st_size < 100_000]
    data = json.loads((TALON / "text_quotations_cases.json").read_text(encoding="utf-8"))
    texts += [c["input"] for c in data["cases"]]

    return {
        "n": len(texts),
        "strip_reply": texts_per_second(strip_reply, texts, rounds),
        "str.splitlines": texts_per_second(str.splitlines, texts, rounds),
    }


# Why a known check cannot pass; printed next to the failure when it occurs (the numbers above stay raw).
KNOWN = {
    "#0 test_too_many_lines": "upstream test patches MAX_LINES_COUNT; the dataset marks it as not reproducible",
    "#11 test_reply_and_quotation_splitter_share_line": "same input as #13 (the test reassigns msg_body; the static "
    "extraction kept the last value) but a different expected reply; #13's expected reply (both lines kept) is what we return",
    "#12 test_reply_and_quotation_splitter_share_line": "as #11",
    "#26 test_french_multiline_from_block": "French Outlook labels (De/Envoyé/À/Objet): no fr data folder",
    "#42 test_dont_parse_quotations_for_forwarded_messages": "by design: our API drops forwarded history "
    "(the brief lists forward dividers as quote markers); talon keeps a forward whole",
}


def main() -> None:
    mpr = _mpr()
    tally = Tally()
    bench_talon(tally, mpr)
    skipped = {s: bench_erp(tally, s, mpr) for s in ("email_reply_parser_github", "email_reply_parser_zapier")}
    bench_signatures(tally)
    speed = bench_speed()
    mail_speed = bench_email_speed()

    lines = ["| source | checks | cxmine pass | cxmine % | mail-parser-reply (mapped checks) |", "|---|---|---|---|---|"]
    total = passed = 0
    for src, r in tally.rows.items():
        if src != EXTRA:
            total += r["checks"]
            passed += r["pass"]
        mp = f"{r['mpr_pass']}/{r['mpr_checks']}" if r["mpr_checks"] else "n/a"
        lines.append(f"| {src} | {r['checks']} | {r['pass']} | {100 * r['pass'] / r['checks']:.1f} | {mp} |")
    lines.append(f"| **all (target sources)** | {total} | {passed} | {100 * passed / total:.1f} | |")
    speed_lines = [
        "| method | short texts/s | ratio vs strip_reply |",
        "|---|---|---|",
    ]
    for k in ("strip_reply", "str.strip", "one regex search"):
        speed_lines.append(f"| {k} | {speed[k]:,.0f} | {speed[k] / speed['strip_reply']:.2f} |")
    table = "\n".join(lines)
    fails = "\n".join(
        f"- {f}" + next((f" ({why})" for key, why in KNOWN.items() if f.endswith(key)), "") for f in tally.failures
    ) or "- none"
    report = f"""## Reply / quote / signature stripping (cxmine.text.quotes)

Date: {dt.date.today().isoformat()}. Command: `.venv/bin/python bench/bench_reply.py` (from the repo root).
Data: ../shared/datasets/talon_reply_fixtures, email_reply_parser_github, email_reply_parser_zapier.
How each upstream assertion kind is mapped: see the docstring of bench/bench_reply.py. Skipped: `n_fragments`
assertions ({sum(skipped.values())} cases carry one; split_reply has no fragment list).
mail-parser-reply {MPR_LANGS} is run on the checks that compare output text only. cxmine does not call it: on
these fixtures it leaves Dutch "Op … schreef", Danish/Swedish "Den … skrev", "-----Oprindelig meddelelse-----",
wrapped and dashed attributions and "2011/4/7 Name <addr>" headers in the reply (observed when this bench was
written; its numbers above are recomputed on every run).

{table}

Failing checks:
{fails}

Speed on {speed['n']:,} short chat texts (banking77 test + xSID nl/da, x3), best of 3, same process:

{chr(10).join(speed_lines)}

Whole e-mails ({mail_speed['n']} fixture e-mails and talon inputs, mostly multi-line with quotes, so the slow path):
strip_reply {mail_speed['strip_reply']:,.0f} e-mails/s; baseline `str.splitlines` {mail_speed['str.splitlines']:,.0f}/s
(ratio {mail_speed['str.splitlines'] / mail_speed['strip_reply']:.0f}x).
"""
    print(report)
    out = REPO / "bench" / "results" / "reply.md"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(report, encoding="utf-8")


if __name__ == "__main__":
    main()
