"""Benchmark contact reasons (``OUT/contacts.intent`` / ``intents`` written by ``cxmine classify``).

Run from the repo root:
  .venv/bin/python bench/bench_reasons.py --set dev [--dominance 1.5,2,3,1000]   # development conversations
  .venv/bin/python bench/bench_reasons.py --set indep                           # independent chats + calls, ONCE

Each conversation is ingested with its gold speaker roles, so the figure measures reasons, not speaker inference:
WhatsApp chats with the gold agent author names as ``agent_addresses``; AWS / whisperX calls grouped by their gold
agent labels (``spk_0``, ``SPEAKER_01``, ...) and ingested with those as ``agent_addresses``; plain Whisper calls
(no speaker labels) turned into role-labelled JSON Lines turns (consecutive segments of one role joined) first.
Then ``classify_out`` runs with the shipped model and the contact's main reason is compared with the first gold
reason; second reasons are scored by recall (the gold second reason is among the contact's ``intents``).
Writes bench/results/reasons.md (dev) or bench/results/reasons_indep.md (indep).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

import pyarrow.dataset as pds

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from cxmine.classify.intents import reasons as reasons_mod  # noqa: E402
from cxmine.classify.intents.run import classify_out  # noqa: E402
from cxmine.pipeline.run import IngestConfig, run_ingest  # noqa: E402

DATA = ROOT / "bench" / "data"


def _read_gold(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _contacts_by_file(out: Path) -> dict[str, dict]:
    """file name -> the contact row (the earliest contact when a file has several)."""
    msgs = pds.dataset(out / "messages", partitioning="hive").to_table(
        columns=["contact_id", "source_file", "sent_at"]).to_pylist()
    contacts = {r["contact_id"]: r for r in pds.dataset(out / "contacts", partitioning="hive").to_table().to_pylist()}
    first: dict[str, tuple] = {}
    for m in msgs:
        name = Path(m["source_file"]).name
        stamp = (m["sent_at"] is None, m["sent_at"] or 0)
        if name not in first or stamp < first[name][0]:
            first[name] = (stamp, m["contact_id"])
    return {name: contacts[cid] for name, (_s, cid) in first.items() if cid in contacts}


def _run(paths: list[Path], agents: list[str], work: Path) -> Path:
    out = work / f"out-{len(list(work.iterdir()))}"
    run_ingest(paths, out, IngestConfig(agent_addresses=tuple(agents)))
    classify_out(out)
    return out


def _whisper_as_turns(path: Path, roles: list[str], dest: Path) -> Path:
    """A plain Whisper file as role-labelled chat_json turns (consecutive segments of one role joined)."""
    segs = json.loads(path.read_text(encoding="utf-8"))["segments"]
    turns: list[list] = []
    for seg, role in zip(segs, roles, strict=True):
        if turns and turns[-1][0] == role:
            turns[-1][1].append(seg["text"].strip())
        else:
            turns.append([role, [seg["text"].strip()]])
    stem = path.stem
    lines = [json.dumps({"conversation_id": stem, "message_id": f"{stem}-{k}",
                         "timestamp": f"2026-11-16T08:{k // 60:02d}:{k % 60:02d}Z",
                         "author_type": "agent" if role == "agent" else "customer",
                         "author_name": role, "text": " ".join(words)}, ensure_ascii=False)
             for k, (role, words) in enumerate(turns)]
    out = dest / f"{stem}.jsonl"
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out


def predict_indep(work: Path) -> list[tuple[dict, dict | None]]:
    """(gold row, contact row) for every independent chat and call."""
    pairs: list[tuple[dict, dict | None]] = []
    chats = DATA / "indep_chats"
    gold = _read_gold(chats / "gold.jsonl")
    agents = {a for g in gold for a in g["agent_authors"]}
    customers = {a for g in gold for a in g["customer_authors"]}
    groups: list[tuple[list[dict], list[str]]] = []
    if agents & customers:  # a name that is an agent in one chat and a customer in another: ingest per chat
        groups += [([g], g["agent_authors"]) for g in gold]
    else:
        groups.append((gold, sorted(agents)))
    calls = DATA / "indep_calls"
    cgold = _read_gold(calls / "gold.jsonl")
    by_labels: dict[tuple, list[dict]] = defaultdict(list)
    plain = []
    for g in cgold:
        if g.get("agent_labels"):
            by_labels[tuple(sorted(g["agent_labels"]))].append(g)
        else:
            plain.append(g)
    groups += [(gs, list(labels)) for labels, gs in sorted(by_labels.items())]
    for gs, agent_names in groups:
        folder = chats if "agent_authors" in gs[0] else calls
        out = _run([folder / g["file"] for g in gs], agent_names, work)
        found = _contacts_by_file(out)
        pairs += [(g, found.get(g["file"])) for g in gs]
    if plain:
        conv = work / "whisper-turns"
        conv.mkdir()
        files = [_whisper_as_turns(calls / g["file"], g["segment_roles"], conv) for g in plain]
        out = _run(files, [], work)
        found = _contacts_by_file(out)
        pairs += [(g, found.get(Path(g["file"]).stem + ".jsonl")) for g in plain]
    return pairs


def predict_dev(work: Path) -> list[tuple[dict, dict | None]]:
    d = DATA / "reasons_dev"
    gold = _read_gold(d / "gold.jsonl")
    out = _run([d / "convs"], [], work)
    found = _contacts_by_file(out)
    return [(g, found.get(g["file"])) for g in gold]


def score(pairs: list[tuple[dict, dict | None]]) -> dict:
    """Main-reason accuracy and second-reason recall, overall and per language (and per kind: chat/call)."""
    def one(rows):
        n = len(rows)
        main = sum(1 for g, c in rows if c and c["intent"] == g["reasons"][0])
        seconds = [(g, c) for g, c in rows if len(g["reasons"]) > 1]
        sec = sum(1 for g, c in seconds if c and g["reasons"][1] in (c["intents"] or []))
        every = sum(len(g["reasons"]) for g, _ in rows)
        hit = sum(sum(1 for r in g["reasons"] if c and r in (c["intents"] or [])) for g, c in rows)
        extra = sum(len([r for r in (c["intents"] or []) if r not in g["reasons"]]) for g, c in rows if c)
        return {"n": n, "main": main / n if n else 0.0, "n_second": len(seconds),
                "second_recall": sec / len(seconds) if seconds else float("nan"),
                "all_recall": hit / every if every else 0.0, "extra_per_contact": extra / n if n else 0.0,
                "no_reason": sum(1 for _g, c in rows if not c or not c["intent"])}
    res = {"all": one(pairs)}
    for lang in ("nl", "da", "en"):
        res[lang] = one([(g, c) for g, c in pairs if g["language"] == lang])
    kinds = defaultdict(list)
    for g, c in pairs:
        kinds["call" if "format" in g else "chat"].append((g, c))
    if len(kinds) > 1:
        res.update({k: one(v) for k, v in sorted(kinds.items())})
    return res


def confusions(pairs) -> list[tuple[str, str, int]]:
    c = defaultdict(int)
    for g, row in pairs:
        pred = (row or {}).get("intent") or "(no reason)"
        if pred != g["reasons"][0]:
            c[(g["reasons"][0], pred)] += 1
    return sorted(((t, p, n) for (t, p), n in c.items()), key=lambda x: (-x[2], x))


def table(res: dict) -> list[str]:
    lines = ["| subset | contacts | main reason right | with a 2nd reason | 2nd reason recall | all reasons recall |"
             " extra reasons / contact | no reason |", "|---|---|---|---|---|---|---|---|"]
    for k, r in res.items():
        lines.append(f"| {k} | {r['n']} | {r['main']:.3f} | {r['n_second']} | {r['second_recall']:.3f} | "
                     f"{r['all_recall']:.3f} | {r['extra_per_contact']:.2f} | {r['no_reason']} |")
    return lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", choices=("dev", "indep"), default="dev")
    ap.add_argument("--dominance", default=str(reasons_mod.DOMINANCE),
                    help="comma-separated dominance ratios to compare (dev only; the shipped one for indep)")
    args = ap.parse_args()
    now = f"{dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC"
    cmd = f"`.venv/bin/python bench/bench_reasons.py --set {args.set}" + (
        f" --dominance {args.dominance}`" if args.set == "dev" else "`")
    lines: list[str] = []
    if args.set == "dev":
        lines += ["## Contact reasons: development conversations (bench/data/reasons_dev)", "",
                  f"Run {now}. Command: {cmd}. 20 chats (6 nl, 7 da, 7 en) written by the cxmine engineer "
                  "(not independent), gold roles from the chat JSON. Used to choose the main-reason rule.", ""]
        for dom in [float(x) for x in args.dominance.split(",")]:
            reasons_mod.DOMINANCE = dom
            with tempfile.TemporaryDirectory() as tmp:
                pairs = predict_dev(Path(tmp))
            lines += [f"### dominance {dom:g} (a later reason becomes the main one at {dom:g}x the first's summed "
                      "confidence)", "", *table(score(pairs)), ""]
            print("\n".join(lines[-(len(score(pairs)) + 4):]))
        out = ROOT / "bench" / "results" / "reasons.md"
    else:
        with tempfile.TemporaryDirectory() as tmp:
            pairs = predict_indep(Path(tmp))
        res = score(pairs)
        lines += ["## Contact reasons on independent conversations (bench/data/indep_chats, indep_calls)", "",
                  f"Run {now}, scored once with the final method (untuned). Command: {cmd}. Model: models/intents; "
                  f"main-reason rule: first confident reason unless a later one has {reasons_mod.DOMINANCE:g}x its "
                  "summed confidence. Speaker roles come from the gold files (agent author names / labels passed as "
                  "`agent_addresses`; plain Whisper turns labelled from `segment_roles`), so these figures measure "
                  "reasons, not speaker inference.", "", *table(res), "",
                  "Most frequent main-reason misses (gold -> predicted): "
                  + ", ".join(f"{t} -> {p} ({n})" for t, p, n in confusions(pairs)[:8]) + ".", ""]
        print("\n".join(lines))
        out = ROOT / "bench" / "results" / "reasons_indep.md"
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    lines.append(f"Machine: {os.cpu_count()} cores, load average {load:.1f}.")
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
