"""Benchmark the e-mail readers: robustness on public test mail, and mbox speed / memory on 20,000 messages.

Run from the repository root:  .venv/bin/python bench/bench_email.py  [--messages 20000]
Datasets: ../shared/datasets (override with CXMINE_DATASETS). Writes bench/results/email.md.
"""

from __future__ import annotations

import argparse
import base64
import json
import mailbox
import os
import platform
import quopri
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from cxmine.errors import ReaderError  # noqa: E402
from cxmine.ingest.base import RawMessage, ReadOptions, RecordError  # noqa: E402
from cxmine.ingest.email_eml import READER as EML  # noqa: E402
from cxmine.ingest.email_mbox import READER as MBOX  # noqa: E402
from cxmine.text.html import html_to_text  # noqa: E402

DATASETS = Path(os.environ.get("CXMINE_DATASETS") or ROOT.parent / "shared" / "datasets")
RESULTS = ROOT / "bench" / "results" / "email.md"


def _norm(s: str | None) -> str:
    return re.sub(r"\s+", " ", s or "").strip()


def _read_any(path: Path) -> tuple[str, list]:
    """Read a file with the reader that sniffs it (mbox, else eml, forced for files nothing claims)."""
    head = path.read_bytes()[:65536]
    reader = MBOX if MBOX.sniff(path, head) else EML
    sniffed = reader.sniff(path, head)
    return (reader.name if sniffed else "eml (forced)"), list(reader.read(path, ReadOptions()))


def robustness_files(folder: Path) -> dict:
    """Every file under ``folder``: how many were sniffed, read, failed cleanly, crashed."""
    stats = {"files": 0, "sniffed": 0, "read": 0, "messages": 0, "record_errors": 0, "reader_errors": 0, "crashes": 0}
    not_email = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        stats["files"] += 1
        try:
            how, out = _read_any(path)
        except ReaderError as exc:
            stats["reader_errors"] += 1
            not_email.append(f"{path.relative_to(folder)} ({exc.error})")
            continue
        except Exception as exc:  # noqa: BLE001 - this is what the benchmark counts
            stats["crashes"] += 1
            not_email.append(f"{path.relative_to(folder)} CRASH {type(exc).__name__}")
            continue
        stats["sniffed"] += how != "eml (forced)"
        stats["read"] += 1
        stats["messages"] += sum(isinstance(m, RawMessage) for m in out)
        stats["record_errors"] += sum(isinstance(m, RecordError) for m in out)
    stats["failed_files"] = not_email
    return stats


def agreement_imap_tools(folder: Path) -> dict:
    """Compare with imap_tools' expected parse: subject, from, date, text body (whitespace-normalised)."""
    expected = json.loads((folder / "expected.json").read_text())["messages"]
    res = {k: [0, 0] for k in ("subject", "from_", "date", "text", "text_from_html")}
    prefix_only, other = [], []
    for key, exp in sorted(expected.items()):
        try:
            m = next(iter(EML.read(folder / "eml" / key, ReadOptions())))
        except ReaderError:
            m = RawMessage(text="", channel="email")
        res["subject"][1] += 1
        res["subject"][0] += _norm(m.subject) == _norm(exp["subject"])
        res["from_"][1] += 1
        res["from_"][0] += (m.author or "") == (exp["from_"] or "").lower()
        res["date"][1] += 1
        if exp["date"].startswith("1900-01-01"):
            res["date"][0] += m.sent_at is None
        else:
            d = datetime.fromisoformat(exp["date"])
            res["date"][0] += m.sent_at == (d if d.tzinfo else d.replace(tzinfo=timezone.utc))
        ours = _norm(m.text)
        if exp["text"]:
            want = _norm(exp["text"])
            res["text"][1] += 1
            if ours == want:
                res["text"][0] += 1
            elif m.n_attachments and want.startswith(ours):  # ours empty or a prefix
                prefix_only.append(key)
            else:
                other.append(key)
        elif exp["html"]:
            res["text_from_html"][1] += 1
            res["text_from_html"][0] += ours == _norm(html_to_text(exp["html"]))
        else:
            res["text"][1] += 1
            res["text"][0] += ours == ""
    res["text_prefix_only"] = prefix_only
    res["text_other"] = other
    return res


# --- speed ------------------------------------------------------------------------------------------------

PHRASES = {
    "nl": [
        "Waar blijft mijn pakket?",
        "Ik wil mijn bestelling annuleren.",
        "Kunt u de factuur opnieuw sturen?",
        "Het product is beschadigd aangekomen.",
        "Wanneer krijg ik mijn geld terug?",
        "Met vriendelijke groet,",
    ],
    "da": [
        "Hvor er min pakke?",
        "Jeg vil gerne annullere min ordre.",
        "Kan I sende fakturaen igen?",
        "Varen kom i stykker frem.",
        "Hvornår får jeg mine penge tilbage?",
        "Med venlig hilsen, Søren Ærø",
    ],
    "en": [
        "Where is my parcel?",
        "I would like to cancel my order.",
        "Could you resend the invoice?",
        "The product arrived damaged.",
        "When will I get my refund?",
        "Kind regards, Zoë",
    ],
}


def _message(i: int, rng: random.Random) -> bytes:
    lang = rng.choice(("nl", "da", "en"))
    body = "\n\n".join(" ".join(rng.choices(PHRASES[lang], k=rng.randint(3, 8))) for _ in range(rng.randint(2, 6)))
    body += "\n\n> " + "\n> ".join(rng.choices(PHRASES[lang], k=6))  # quoted history
    date = datetime(2024, 1, 1, tzinfo=timezone.utc) + timedelta(minutes=7 * i)
    head = (
        f"From customer{i % 997}@example.{lang} {date:%a %b %d %H:%M:%S %Y}\n"
        f"Message-ID: <m{i}@example.{lang}>\nFrom: =?utf-8?q?Klant_{i}_=C3=98?= <customer{i % 997}@example.{lang}>\n"
        f"To: service@shop.example\nSubject: =?utf-8?b?{base64.b64encode(f'Vraag {i} æøå'.encode()).decode()}?=\n"
        f"Date: {date:%a, %d %b %Y %H:%M:%S +0000}\nMIME-Version: 1.0\n"
    )
    if i > 0:
        head += f"In-Reply-To: <m{i - 1}@example.{lang}>\n"
    kind = i % 4
    if kind == 0:  # plain UTF-8, with an escaped From line
        head += "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        payload = body + "\n>From the shop's point of view.\n"
    elif kind == 1:  # HTML only, quoted-printable latin-1
        html = "<html><body>" + "".join(f"<p>{p}</p>" for p in body.split("\n\n")) + "</body></html>"
        head += "Content-Type: text/html; charset=iso-8859-1\nContent-Transfer-Encoding: quoted-printable\n\n"
        payload = quopri.encodestring(html.encode("latin-1", "replace")).decode("ascii") + "\n"
    else:  # multipart/alternative (+ a small attachment every other time)
        html = "<div>" + body.replace("\n", "<br>") + "</div>"
        alt = (
            "--alt\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
            + base64.encodebytes(body.encode()).decode()
            + "\n--alt\nContent-Type: text/html; charset=utf-8\n\n"
            + html
            + "\n--alt--\n"
        )
        if kind == 2:
            head += 'Content-Type: multipart/alternative; boundary="alt"\n\n'
            payload = alt
        else:
            head += 'Content-Type: multipart/mixed; boundary="mix"\n\n'
            att = base64.encodebytes(rng.randbytes(1500)).decode()
            payload = (
                '--mix\nContent-Type: multipart/alternative; boundary="alt"\n\n'
                + alt
                + '\n--mix\nContent-Type: application/pdf; name="f.pdf"\nContent-Disposition: attachment\n'
                + "Content-Transfer-Encoding: base64\n\n"
                + att
                + "\n--mix--\n"
            )
    return (head + payload + "\n").encode("utf-8")


def generate_mbox(path: Path, n: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    with open(path, "wb") as fh:
        for i in range(n):
            fh.write(_message(i, rng))


def split_only(path: Path) -> int:
    """Baseline: read line by line and split on From lines, no parsing at all."""
    n = 0
    with open(path, "rb") as fh:
        for line in fh:
            if line[:5] == b"From ":
                n += 1
    return n


def stdlib_mailbox(path: Path) -> int:
    """Baseline: the standard library's mailbox.mbox iteration (parses every message with compat32)."""
    box = mailbox.mbox(str(path), create=False)
    try:
        return sum(1 for _ in box)
    finally:
        box.close()


def cxmine_mbox(path: Path) -> int:
    return sum(isinstance(m, RawMessage) for m in MBOX.read(path, ReadOptions()))


def whole_file(path: Path) -> int:
    """Memory control: the whole file in memory at once (what a non-streaming reader costs)."""
    return path.read_bytes().count(b"\nFrom ") + 1


METHODS = {"split": split_only, "mailbox": stdlib_mailbox, "cxmine": cxmine_mbox}
MEMORY_ONLY = {"whole_file": whole_file}


def _peak_rss(method: str, path: Path) -> float:
    """Peak RSS in MiB of a fresh process running one method (ru_maxrss is per process)."""
    code = (
        "import sys, resource; sys.path.insert(0, sys.argv[1]); from pathlib import Path;"
        "import importlib.util as u; s = u.spec_from_file_location('b', sys.argv[2]); b = u.module_from_spec(s);"
        "s.loader.exec_module(b); ({**b.METHODS, **b.MEMORY_ONLY})[sys.argv[3]](Path(sys.argv[4]));"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(ROOT), __file__, method, str(path)], capture_output=True, text=True, check=True
    )
    return int(out.stdout.strip().splitlines()[-1]) / 1024


def speed(n: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.mbox"
        small = Path(tmp) / "small.mbox"
        generate_mbox(path, n)
        generate_mbox(small, max(1, n // 4))
        size = path.stat().st_size
        res: dict = {"messages": n, "bytes": size}
        for name, fn in METHODS.items():
            t0 = time.perf_counter()
            count = fn(path)
            res[name] = {"seconds": time.perf_counter() - t0, "count": count}
        res["rss_mib"] = {name: _peak_rss(name, path) for name in ("split", "cxmine", "mailbox", "whole_file")}
        res["rss_mib"]["cxmine_quarter_file"] = _peak_rss("cxmine", small)
        res["rss_mib"]["this_process"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return res


# Read by hand when this benchmark was written (2024 fixtures, 2026-11-24 run); the lists above are computed.
NOTES = (
    "Hand review of the non-attachment disagreements: attachment_2_base64 (imap_tools returns the base64 source "
    "of an attached mail as text; cxmine returns the real body 'two attach'); content_transfer_encoding_7-bit "
    "(UTF-8 bytes labelled iso-8859-1: cxmine decodes UTF-8, imap_tools gives mojibake); "
    "content_transfer_encoding_plain and raw_email6 (imap_tools drops undecodable bytes, cxmine keeps them via "
    "the cp1252 fallback); rfc2822/example13 (obsolete 'Name  :' header syntax: cxmine reads the headers, "
    "imap_tools returns them as body). Subjects: invalid_subject_characters (raw UTF-8 in the header: cxmine "
    "decodes it, imap_tools drops the letters) and rfc2822/example14 (cxmine keeps the folding whitespace "
    "before an encoded word). From: example13 again (cxmine reads the obsolete header). HTML-only: "
    "content_transfer_encoding_empty holds UTF-8 mojibake labelled big5; cxmine returns the UTF-8 characters, "
    "imap_tools decodes big5: both unreadable."
)


# --- report -----------------------------------------------------------------------------------------------


def _pct(a: int, b: int) -> str:
    return f"{a}/{b} ({100 * a / b:.1f}%)" if b else "n/a"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--messages", type=int, default=20_000)
    args = ap.parse_args()
    imap_dir = DATASETS / "email_imap_tools_parsed"
    cpy_dir = DATASETS / "email_cpython_test_email"

    rob_imap = robustness_files(imap_dir)
    agree = agreement_imap_tools(imap_dir)
    rob_cpy = robustness_files(cpy_dir)
    _, mbox01 = _read_any(cpy_dir / "mailbox_01.mbox")
    sp = speed(args.messages)

    lines = [
        "## E-mail readers (eml, mbox, Maildir, msg)",
        "",
        f"Date: {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC; Python {platform.python_version()}; "
        f"machine: {os.cpu_count()} cores, shared (timings are ratios against baselines in the same run).",
        "",
        "Command: `.venv/bin/python bench/bench_email.py`"
        + (f" --messages {args.messages}" if args.messages != 20_000 else ""),
        "",
        "### Robustness: every file of the public e-mail test sets",
        "",
        "| dataset | files | sniffed as e-mail | read | messages | record errors | reader errors | crashes |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name, st in (("email_imap_tools_parsed", rob_imap), ("email_cpython_test_email", rob_cpy)):
        lines.append(
            f"| {name} | {st['files']} | {st['sniffed']} | {st['read']} | {st['messages']} | "
            f"{st['record_errors']} | {st['reader_errors']} | {st['crashes']} |"
        )
    lines += [
        "",
        "Files not read (ReaderError, no crash): "
        + "; ".join(rob_imap["failed_files"] + rob_cpy["failed_files"])
        + ". The licence files and expected.json are not mail; msg_19.txt is a digest body without any header.",
        "",
        f"mailbox_01.mbox: {sum(isinstance(m, RawMessage) for m in mbox01)} message(s) "
        "(an unescaped 'From time to time' body line does not split it).",
        "",
        "### Agreement with imap_tools' expected parse (113 .eml, whitespace-normalised)",
        "",
        "| field | agreement |",
        "|---|---|",
    ]
    for field in ("subject", "from_", "date", "text", "text_from_html"):
        a, b = agree[field]
        label = {
            "text": "text body (expected text/plain non-empty, or both empty)",
            "text_from_html": "text of HTML-only mails vs html_to_text(expected html)",
        }.get(field, field)
        lines.append(f"| {label} | {_pct(a, b)} |")
    lines += [
        "",
        f"Text disagreements where ours is empty or a prefix of the expected text and the mail has attachments "
        f"({len(agree['text_prefix_only'])}): imap_tools also returns the text of attached message/rfc822 parts "
        "(forwarded or bounced mails), which cxmine deliberately counts as attachments and skips: "
        + ", ".join(agree["text_prefix_only"])
        + ".",
        "",
        f"Other text disagreements ({len(agree['text_other'])}): " + ", ".join(agree["text_other"]) + ".",
        "",
        NOTES,
        "",
        "### Speed and memory: mbox of generated nl/da/en mail (plain, HTML-only QP latin-1, alternative, attachments)",
        "",
        f"{sp['messages']:,} messages, {sp['bytes'] / 2**20:.1f} MiB.",
        "",
        "| method | seconds | emails/s | cxmine speed relative to it | peak RSS (own process) |",
        "|---|---|---|---|---|",
    ]
    ours = sp["cxmine"]["seconds"]
    labels = {
        "split": "baseline: split on From lines, no parsing",
        "mailbox": "baseline: stdlib mailbox.mbox iteration",
        "cxmine": "cxmine mbox reader (full decode)",
    }
    for name in ("split", "mailbox", "cxmine"):
        s = sp[name]["seconds"]
        lines.append(
            f"| {labels[name]} | {s:.2f} | {sp[name]['count'] / s:,.0f} | {s / ours:.2f}x | "
            f"{sp['rss_mib'][name]:.0f} MiB |"
        )
    lines += [
        "",
        f"Peak RSS of the cxmine reader on a quarter of the file: {sp['rss_mib']['cxmine_quarter_file']:.0f} MiB "
        f"(vs {sp['rss_mib']['cxmine']:.0f} MiB on the whole file); control: a process that holds the whole file "
        f"in memory peaks at {sp['rss_mib']['whole_file']:.0f} MiB.",
        f"Messages counted: split {sp['split']['count']}, mailbox {sp['mailbox']['count']}, "
        f"cxmine {sp['cxmine']['count']}.",
        "",
    ]
    report = "\n".join(lines)
    print(report)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(report)


if __name__ == "__main__":
    main()
