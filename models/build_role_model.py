"""Build the speaker-role model (models/roles) from the hand-written conversations in models/data/roles_*.txt.

Run from the repo root:  .venv/bin/python models/build_role_model.py [--evaluate]

Each conversation gives training turns twice: whole turns (a chat message, a diarized call turn) and its
sentences one by one (a Whisper transcript without speakers is split at sentence ends), each with its position in
that sequence. ``--evaluate`` first scores the method by 5-fold cross-validation over whole conversations
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


def sentences(conv: dict) -> list[tuple[str, str]]:
    return [(role, s) for role, text in conv["turns"] for s in _SENT.split(text) if s.strip()]


def training_rows(convs: list[dict]) -> tuple[list[str], list[list[float]], list[bool]]:
    texts, pos, labels = [], [], []
    for c in convs:
        for seq in (c["turns"], sentences(c)):
            for i, (role, text) in enumerate(seq):
                texts.append(text)
                pos.append(position_features(i, len(seq), c["channel"]))
                labels.append(role == "agent")
    return texts, pos, labels


def fit(convs: list[dict]) -> RoleModel:
    model = RoleModel().fit(*training_rows(convs))
    model.switch_ = switch_table([[(r == "agent", t) for r, t in seq] for c in convs for seq in (c["turns"], sentences(c))])
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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--evaluate", action="store_true", help="5-fold cross-validation by conversation first")
    args = ap.parse_args()
    convs = load_conversations()
    if args.evaluate:
        evaluate(convs)
    texts, _, labels = training_rows(convs)
    fit(convs).save(OUT, {
        "trained_on": f"models/data/roles_ to roles6_{{{','.join(LANGS)}}}.txt: {len(convs)} conversations, "
                      f"{len(texts)} turns and sentences ({sum(labels)} agent)",
        "built_by": "models/build_role_model.py",
    })
    print(f"wrote {OUT}: {len(convs)} conversations, {len(texts)} training rows")


if __name__ == "__main__":
    main()
