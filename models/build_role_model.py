"""Build the speaker-role model (models/roles) from the hand-written conversations in models/data/roles_*.txt.

Run from the repo root:  .venv/bin/python models/build_role_model.py [--evaluate]

Each conversation gives training turns twice: whole turns (a chat message, a diarized call turn) and its
sentences one by one (a Whisper transcript without speakers is split at sentence ends), each with its position in
that sequence. The single-stream Whisper calls of the independent call sets that have been scored once
(``CALL_SETS``: bench/data/indep_calls to indep_calls11, development sets since) add their turns as the ingest
reads them (the Whisper reader's turns, each with the role most of its segments have), counted twice, and their
turn sequences to the switch table. ``--evaluate`` first scores the method by 5-fold cross-validation over whole conversations
(a model built without the fold's conversations), on the fold rendered three ways: a two-party chat whose agent
has a person's name, a two-party call with spk labels, and one stream of sentences; it prints per channel and
language the share of customer turns found as customer and of agent turns kept as customer.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from cxmine.pipeline.role_model import RoleModel, position_features, switch_table, turn_shape  # noqa: E402
from cxmine.pipeline.roles import CompanyNames, Turn, assign_contact  # noqa: E402

DATA = ROOT / "models" / "data"
OUT = ROOT / "models" / "roles"
# independent call sets that have been scored once (bench/results/speakers.md) and are training data since; a new
# set is added here only after its own scoring
CALL_SETS = ("indep_calls", *(f"indep_calls{i}" for i in range(2, 12)))
CALL_WEIGHT = 2  # each of their turns counts twice (chosen by leaving one set out at a time: see the model card)
LANGS = ("nl", "da", "en")
_SENT = re.compile(r"(?<=[.?!])\s+")


def load_conversations(langs: tuple[str, ...] = LANGS) -> list[dict]:
    """``[{id, lang, channel, company, turns: [(role, text)], source}]`` from ``roles_<lang>.txt``, ``roles2_<lang>.txt``."""
    convs: list[dict] = []
    for lang in langs:
        for path in sorted(DATA.glob(f"roles*_{lang}.txt")):
            cur = None
            for line in path.read_text(encoding="utf-8").splitlines():
                s = line.strip()
                if s.startswith("## "):
                    channel, _, company = s[3:].partition("|")
                    cur = {"id": f"{lang}-{len(convs)}", "lang": lang, "channel": channel.strip(),
                           "company": company.strip(), "turns": [], "source": path.name}
                    convs.append(cur)
                elif cur is not None and s[:2] in ("A:", "C:"):
                    cur["turns"].append(("agent" if s[0] == "A" else "customer", s[2:].strip()))
    return convs


def load_call_sets(names: tuple[str, ...] = CALL_SETS) -> list[dict]:
    """The single-stream Whisper calls of ``names`` (bench/data) as conversations of the reader's turns."""
    import json
    from dataclasses import replace

    from cxmine.ingest import ReadOptions, RecordError, detect_reader

    convs: list[dict] = []
    for name in names:
        folder = ROOT / "bench" / "data" / name
        for line in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines():
            g = json.loads(line) if line.strip() else {}
            if g.get("segment_roles") is None or g.get("format", "whisper") != "whisper":
                continue
            path = folder / g["file"]
            roles = [str(r).lower() for r in g["segment_roles"]]
            segs = json.loads(path.read_text(encoding="utf-8")).get("segments") or []
            pos_of = {str(sg.get("id")): i for i, sg in enumerate(segs) if isinstance(sg, dict)}
            reader = detect_reader(path, path.read_bytes()[: 64 * 1024])
            msgs = [m for m in reader.read(path, replace(ReadOptions(), display_path=str(path)))
                    if not isinstance(m, RecordError)]
            starts = [pos_of.get(m.native_id) for m in msgs]
            turns, covers = [], []
            for k, m in enumerate(msgs):
                end = next((x for x in starts[k + 1:] if x is not None), len(roles))
                covered = roles[starts[k]:end] if starts[k] is not None else []
                if covered and m.text:
                    turns.append(("agent" if 2 * covered.count("agent") > len(covered) else "customer", m.text))
                    covers.append(covered)
            convs.append({"id": f"{name}/{g['file']}", "lang": g.get("language"), "channel": "call",
                          "company": "", "turns": turns, "segments": covers, "source": name})
    return convs


def sentences(conv: dict) -> list[tuple[str, str]]:
    return [(role, s) for role, text in conv["turns"] for s in _SENT.split(text) if s.strip()]


def _sequences(convs: list[dict], calls: list[dict]) -> list[list[tuple[str, str]]]:
    """Every training sequence once: the written conversations as turns and as sentences, the calls as read."""
    return [seq for c in convs for seq in (c["turns"], sentences(c))] + [c["turns"] for c in calls]


def training_rows(convs: list[dict], calls: list[dict] = ()) -> tuple[list[str], list[list[float]], list[bool]]:
    """Texts, position features and labels: the written conversations' turns and sentences, each read call's turns
    ``CALL_WEIGHT`` times."""
    texts, pos, labels = [], [], []
    weighted = [(c, seq) for c in convs for seq in (c["turns"], sentences(c))]
    weighted += [(c, c["turns"]) for c in calls for _ in range(CALL_WEIGHT)]
    for c, seq in weighted:
        for i, (role, text) in enumerate(seq):
            texts.append(text)
            pos.append(position_features(i, len(seq), c["channel"]))
            labels.append(role == "agent")
    return texts, pos, labels


def fit(convs: list[dict], calls: list[dict] = ()) -> RoleModel:
    model = RoleModel().fit(*training_rows(convs, calls))
    model.switch_ = switch_table([[(r == "agent", t) for r, t in seq] for seq in _sequences(convs, list(calls))])
    return model


def _renderings(conv: dict, rng: random.Random) -> list[tuple[str, list[tuple[str, str, str | None]]]]:
    """The conversation as (form, [(role, text, party)]): a two-party chat/call and one stream of sentences."""
    if conv["channel"] == "chat":
        agent, customer = rng.choice(["Lisa", "Mette", "Tom", "Sanne"]), rng.choice(["Jan", "Karen", "Bob", "+31 6 1234"])
    else:
        agent, customer = rng.sample(["spk_0", "spk_1"], 2)
    two = [(r, t, agent if r == "agent" else customer) for r, t in conv["turns"]]
    stream = [(r, t, None) for r, t in sentences(conv)]
    return [(f"{conv['channel']} two-party", two), (f"{conv['channel']} one stream", stream)]


def evaluate(convs: list[dict], folds: int = 5, seed: int = 0) -> None:
    rng = random.Random(seed)
    order = convs[:]
    rng.shuffle(order)
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # cust, cust ok, agent, agent kept
    nobody = CompanyNames()  # no --keep / --agent-domain: the dev chats' agents have people's names
    for k in range(folds):
        test = order[k::folds]
        model = fit([c for c in order if c not in test])
        for c in test:
            for form, rows in _renderings(c, rng):
                scores = model.text_scores([t for _, t, _ in rows])
                turns = [Turn(f"m{i}", party, party, "unknown", (i,), float(s), turn_shape(text))
                         for i, ((_, text, party), s) in enumerate(zip(rows, scores))]
                got = assign_contact(turns, c["channel"], nobody, model)
                for i, (role, _, _) in enumerate(rows):
                    found = got.get(f"m{i}", ("unknown", None))[0]
                    cell = counts[(form, c["lang"])]
                    if role == "customer":
                        cell[0] += 1
                        cell[1] += found == "customer"
                    else:
                        cell[2] += 1
                        cell[3] += found in ("customer", "unknown")
    print("| form | language | customer turns | found as customer | agent turns | agent kept as customer |")
    print("|---|---|---:|---:|---:|---:|")
    for (form, lang), (nc, ok, na, kept) in sorted(counts.items()):
        print(f"| {form} | {lang} | {nc} | {ok / nc:.3f} | {na} | {kept / na:.3f} |")


def evaluate_sets(convs: list[dict], calls: list[dict]) -> None:
    """Each call set scored by a model trained without it (the written conversations and the other sets): share
    of customer segments whose turn is found as the customer's, of agent segments whose turn is kept as one."""
    nobody = CompanyNames()
    print("| left out | customer segments | found as customer | agent segments | agent kept as customer |")
    print("|---|---:|---:|---:|---:|")
    total = [0, 0, 0, 0]
    for name in CALL_SETS:
        model = fit(convs, [c for c in calls if c["source"] != name])
        cell = [0, 0, 0, 0]
        for c in (c for c in calls if c["source"] == name):
            texts = [t for _, t in c["turns"]]
            turns = [Turn(f"m{i}", None, None, "unknown", (i,), float(s), turn_shape(text))
                     for i, (text, s) in enumerate(zip(texts, model.text_scores(texts)))]
            got = assign_contact(turns, "call", nobody, model)
            for i, covered in enumerate(c["segments"]):
                found = got.get(f"m{i}", ("unknown", None))[0]
                for role in covered:
                    cell[0 if role == "customer" else 2] += 1
                    cell[1] += role == "customer" and found == "customer"
                    cell[3] += role == "agent" and found in ("customer", "unknown")
        total = [a + b for a, b in zip(total, cell)]
        print(f"| {name} | {cell[0]} | {cell[1] / cell[0]:.3f} | {cell[2]} | {cell[3] / cell[2]:.3f} |")
    print(f"| pooled | {total[0]} | {total[1] / total[0]:.3f} | {total[2]} | {total[3] / total[2]:.3f} |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--evaluate", action="store_true", help="5-fold cross-validation by conversation first")
    ap.add_argument("--evaluate-sets", action="store_true",
                    help="first score each call set of CALL_SETS with a model trained without it")
    args = ap.parse_args()
    convs = load_conversations()
    calls = load_call_sets()
    if args.evaluate:
        evaluate(convs)
    if args.evaluate_sets:
        evaluate_sets(convs, calls)
    texts, _, labels = training_rows(convs, calls)
    fit(convs, calls).save(OUT, {
        "trained_on": f"models/data/roles_ to roles6_{{{','.join(LANGS)}}}.txt: {len(convs)} conversations; "
                      f"{len(calls)} single-stream Whisper calls of bench/data/{CALL_SETS[0]} to {CALL_SETS[-1]} "
                      f"(x{CALL_WEIGHT}); {len(texts)} training rows ({sum(labels)} agent)",
        "built_by": "models/build_role_model.py",
    })
    print(f"wrote {OUT}: {len(convs)} conversations and {len(calls)} calls, {len(texts)} training rows")


if __name__ == "__main__":
    main()
