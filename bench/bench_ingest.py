"""Ingest benchmarks: robustness on real files nobody here wrote, and speed/memory on generated exports.

Run from the repo root:  .venv/bin/python bench/bench_ingest.py [--quick]

1. Robustness: `cxmine ingest` over six public dataset folders (../shared/datasets): no crash, messages read,
   files/records that became error rows.
2. Speed: a generated 200,000-message chat export (JSON Lines) through the whole ingest (language detection,
   redaction, questions included) in a child process (peak RSS measured there), and a pyarrow-only
   read-and-write of the same file measured in the same run as the baseline; the same for a generated
   20,000-message mbox.
Writes bench/results/ingest.md.
"""

from __future__ import annotations

import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATASETS = Path(os.environ.get("CXMINE_DATASETS", ROOT.parent / "shared" / "datasets"))
RESULTS = ROOT / "bench" / "results"
PY = sys.executable

ROBUST = [
    "email_imap_tools_parsed",
    "email_cpython_test_email",
    "chat_exports_chatminer",
    "chat_exports_whatstk",
    "transcripts_aws_transcribe",
    "transcripts_webvtt_srt",
]

NL = [
    "Waar blijft mijn {pn}? Ik heb bestelling {o} al {d} dagen geleden geplaatst.",
    "hoi, kan ik mijn bestelling van de {pn} nog annuleren",
    "Mijn betaling met iDEAL is mislukt maar het geld is wel afgeschreven, {d} keer zelfs",
    "Kunnen jullie de factuur voor de {pn} opnieuw sturen naar {e}?",
    "Wanneer wordt de {pn} bezorgd in {cn}? Ik ben bereikbaar op 06-{p}",
    "top, bedankt!",
    "De {pn} is kapot aangekomen, hoe kan ik hem retourneren?",
    "Ik heb nog steeds geen terugbetaling ontvangen voor mijn {pn}, het is al {d} weken",
]
DA = [
    "Hvor er min {pd}? Ordre {o} er stadig ikke kommet efter {d} dage.",
    "Hej, kan jeg ændre leveringsadressen til {cd}",
    "Min betaling med MobilePay gik ikke igennem for {pd}",
    "Kan I sende fakturaen for {pd} til {e}?",
    "Hvornår åbner butikken i {cd}? Ring gerne på +45 {p}",
    "ok tak",
    "{pd} kom med en flænge, hvad gør jeg nu?",
    "Jeg har ikke fået mine penge tilbage for {pd}, det er {d} uger siden",
]
EN = [
    "Where is my {pe}? Order {o} was placed {d} days ago.",
    "hi can I still cancel my order for the {pe}",
    "My card payment failed but I was charged {d} times for the {pe}",
    "Could you send the invoice for the {pe} again to {e}?",
    "When will the {pe} be delivered to {ce}? Call me on 07700 {p}",
    "thanks!",
    "The {pe} arrived broken, how do I return it?",
    "I still haven't received my refund for the {pe}, it has been {d} weeks",
]
PN = ["eettafel", "bank", "lamp", "kledingkast", "bureaustoel", "boekenkast", "matras", "spiegel", "vloerkleed"]
PD = ["sofaen", "lampen", "spisebordet", "stolen", "reolen", "madrassen", "tæppet", "skabet", "sengen"]
PE = ["sofa", "lamp", "dining table", "chair", "bookcase", "mattress", "rug", "wardrobe", "bed frame"]
CN = ["Utrecht", "Zwolle", "Amsterdam", "Gent", "Eindhoven", "Groningen"]
CD = ["Odense", "Aarhus", "Aalborg", "Roskilde", "Esbjerg", "Vejle"]
CE = ["Leeds", "Bristol", "Dublin", "York", "Cardiff", "London"]


def _text(rng: random.Random, pool: list[str] | None = None) -> str:
    pool = pool or rng.choice((NL, DA, EN))
    return rng.choice(pool).format(
        o=rng.randint(100000000, 999999999), e=f"user{rng.randint(1, 99999)}@example.com",
        p=f"{rng.randint(10000000, 99999999)}"[:6], d=rng.randint(2, 30), pn=rng.choice(PN), pd=rng.choice(PD),
        pe=rng.choice(PE), cn=rng.choice(CN), cd=rng.choice(CD), ce=rng.choice(CE),
    )


def make_chat(path: Path, n: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    t0 = datetime(2026, 11, 2, 8, tzinfo=timezone.utc)
    with open(path, "w", encoding="utf-8") as f:
        pool = NL
        for i in range(n):
            conv = i // 6
            if i % 6 == 0:
                pool = rng.choice((NL, DA, EN))  # one language per conversation
            who = "customer" if i % 2 == 0 else "agent"
            ts = (t0 + timedelta(seconds=37 * i)).isoformat()
            f.write(json.dumps({"conversation_id": f"conv-{conv}", "timestamp": ts, "author_type": who,
                                "author_name": f"{who}-{conv % 997}", "text": _text(rng, pool)}, ensure_ascii=False))
            f.write("\n")


def make_mbox(path: Path, n: int, seed: int = 11) -> None:
    rng = random.Random(seed)
    with open(path, "w", encoding="utf-8") as f:
        for i in range(n):
            d = datetime(2026, 11, 2, tzinfo=timezone.utc) + timedelta(minutes=i)
            pool = rng.choice((NL, DA, EN))
            body = "\n\n".join(_text(rng, pool) for _ in range(rng.randint(2, 5)))
            reply = i % 3 == 1
            f.write(f"From customer{i % 500}@example.com {d.strftime('%a %b %d %H:%M:%S %Y')}\n")
            f.write(f"From: Customer {i % 500} <customer{i % 500}@example.com>\nTo: service@shop.example\n")
            f.write(f"Subject: {'Re: ' if reply else ''}Vraag over bestelling {i - 1 if reply else i}\n")
            f.write(f"Date: {d.strftime('%a, %d %b %Y %H:%M:%S +0000')}\nMessage-ID: <m{i}@example.com>\n")
            if reply:
                f.write(f"In-Reply-To: <m{i - 1}@example.com>\nReferences: <m{i - 1}@example.com>\n")
            f.write("MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n")
            f.write(body + "\n\nMet vriendelijke groet,\nCustomer\n\n> quoted old text\n> more quoted\n\n")


def baseline_chat(src: Path, dst: Path) -> float:
    import pyarrow.json as pj
    import pyarrow.parquet as pq

    t = time.perf_counter()
    table = pj.read_json(src)
    pq.write_table(table, dst, compression="zstd")
    return time.perf_counter() - t


def baseline_mbox(src: Path, dst: Path) -> float:
    """Split the mbox on 'From ' lines and write the raw messages with pyarrow: no MIME parsing at all."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    t = time.perf_counter()
    msgs, cur = [], []
    with open(src, encoding="utf-8") as f:
        for line in f:
            if line.startswith("From ") and cur:
                msgs.append("".join(cur))
                cur = []
            cur.append(line)
    if cur:
        msgs.append("".join(cur))
    pq.write_table(pa.table({"raw": msgs}), dst, compression="zstd")
    return time.perf_counter() - t


def _tree(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as f:
                    todo.extend(int(c) for c in f.read().split())
        except OSError:
            pass
    return out


def _pss_mb(pids: list[int]) -> float:
    total = 0
    for p in pids:
        try:
            with open(f"/proc/{p}/smaps_rollup") as f:
                for line in f:
                    if line.startswith("Pss:"):
                        total += int(line.split()[1])
        except OSError:
            pass
    return total / 1024


def run_cli(args: list[str]) -> tuple[float, float, subprocess.CompletedProcess]:
    """Wall time and peak memory (MB) of a cxmine child process and its workers.

    Memory is the peak, over samples every 0.1 s, of the summed PSS (proportional set size: shared pages
    counted once across the processes) of the process tree — the honest total for forked workers.
    """
    t = time.perf_counter()
    proc = subprocess.Popen([PY, "-m", "cxmine.cli", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, cwd=ROOT, env={**os.environ, "COLUMNS": "160"})
    peak = 0.0
    while proc.poll() is None:
        peak = max(peak, _pss_mb(_tree(proc.pid)))
        time.sleep(0.1)
    out, err = proc.communicate()
    wall = time.perf_counter() - t
    return wall, peak, subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


def count_rows(out: Path, name: str) -> int:
    import pyarrow.dataset as ds

    p = out / name
    return ds.dataset(p, partitioning="hive").count_rows() if p.exists() else 0


def robustness(tmp: Path) -> list[str]:
    lines = ["| dataset folder | files | messages | duplicates skipped (same Message-ID / same record) | error rows "
             "| crashed |", "|---|---:|---:|---:|---:|---|"]
    for name in ROBUST:
        src = DATASETS / name
        if not src.exists():
            lines.append(f"| {name} | missing | | | |")
            continue
        out = tmp / f"robust-{name}"
        wall, _, proc = run_cli(["ingest", str(src), "--out", str(out), "--no-progress", "--salt", "bench"])
        n_files = sum(1 for p in src.rglob("*") if p.is_file())
        crashed = "no" if proc.returncode == 0 else f"YES (exit {proc.returncode}: {proc.stderr[-200:]!r})"
        m = re.search(r"duplicates skipped\D+([\d,]+)", proc.stdout)
        dups = m.group(1) if m else "?"
        lines.append(f"| {name} | {n_files} | {count_rows(out, 'messages')} | {dups} | {count_rows(out, 'errors')} "
                     f"| {crashed} |")
        print(lines[-1], flush=True)
    return lines


def speed(tmp: Path, n_chat: int, n_mail: int) -> list[str]:
    lines = ["| input | messages | cxmine ingest s | msg/s | peak memory MB (PSS, all processes) | baseline s (pyarrow only) | ratio |",
             "|---|---:|---:|---:|---:|---:|---:|"]
    cases = (("chat JSONL", "chat.jsonl", make_chat, n_chat, baseline_chat),
             ("mbox", "mail.mbox", make_mbox, n_mail, baseline_mbox))
    for label, fname, make, n_msgs, baseline in cases:
        src, out = tmp / fname, tmp / f"o-{fname}"
        make(src, n_msgs)
        base = baseline(src, tmp / f"{fname}-baseline.parquet")
        wall, mem, proc = run_cli(["ingest", str(src), "--out", str(out), "--no-progress", "--salt", "b"])
        if proc.returncode:
            print(proc.stderr[-2000:])
        n = count_rows(out, "messages")
        lines.append(f"| {label} | {n:,} | {wall:.1f} | {n / wall:,.0f} | {mem:,.0f} | {base:.2f} | {wall / base:.0f}x |")
        print(lines[-1], flush=True)
    return lines


NOTES = """
### Notes

- Session 2 (word frequencies in language detection): measured on this machine with the same command, 20,000
  e-mails (mbox) / 200,000 chat messages. Before the change 1,576 / 12,456 msg/s and 856 / 981 MB; with word
  frequencies, as first written, 1,387 / 11,547 msg/s and 1,034 / 1,002 MB. The extra mbox memory was not the
  word lists (memory-mapped, shared): the two workers each copied ~70 MB of the parent's Python objects because
  the cyclic garbage collector writes to every object it visits. `gc.freeze()` before the pool forks
  (cxmine/pipeline/batches.py) and not importing wordfreq once its lists are cached brought it to ~880 / ~1,000 MB (table
  above). Language detection on these e-mails costs ~6 % more time with word frequencies (cProfile, same
  process); run-to-run noise on this shared machine is about as large.
"""


def main() -> None:
    quick = "--quick" in sys.argv
    n_chat, n_mail = (20_000, 2_000) if quick else (200_000, 20_000)
    RESULTS.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="cxmine-bench-") as d:
        tmp = Path(d)
        rob = robustness(tmp)
        spd = speed(tmp, n_chat, n_mail)
    cmd = "python bench/bench_ingest.py" + (" --quick" if quick else "")
    text = "\n".join([
        "## Ingest: robustness and speed", "", f"Measured {date.today()} with `{cmd}` (2-core machine, "
        "other jobs running). Whole pipeline: readers, reply stripping, redaction, language detection, questions.",
        "", "### Robustness on public files (no crash; unreadable files and records become error rows)", "", *rob,
        "", "### Speed and memory (child process; the baseline is a pyarrow-only read+write of the same file in the "
        "same run)", "", *spd, "",
    ]) + NOTES
    (RESULTS / "ingest.md").write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
