"""Who is the agent in a chat or call whose export does not say: WhatsApp, AWS ``spk_0``, whisperX ``SPEAKER_00``.

Readers label what their format labels (``author_type``, ``Agent:``); ``--agent-address`` names more. For the
rest, per conversation:

- **Parties** (a WhatsApp name, a ``spk_N`` / ``SPEAKER_NN`` label): a party named like the company is the agent
  (a word of ``lang/<lang>/company_words.txt`` such as "Klantenservice", "Kundeservice", "Support", "B.V.",
  "ApS", "Ltd"; a ``--keep`` term; the name part of an ``--agent-domain``). Otherwise every party gets the trimmed mean
  of its turns' agent log-odds from the role model (``role_model.py``: wording, agent phrases such as "u spreekt
  met", "hvad er dit ordrenummer", "thank you for calling", and the turn's position: who greets first in a call)
  and the highest is the agent. In a two-party conversation the other party is the customer; with more
  parties, another party is an agent too only when its own turns say so clearly.
- **One stream** (Whisper without diarization, unlabelled turns, or a call with a single speaker label): each
  turn is scored on its own, then the sequence is decoded with a two-state HMM (forward-backward) whose switch
  probability depends on the turns' shape, learned with the model: after a question the other side almost always
  speaks, a short turn ("ja", "oké", "mm-hmm", "præcis", "right") after a long one is usually the other side's,
  otherwise the speaker often goes on. Every turn gets the probability of its role as ``speaker_score``.

``speaker_score`` is the confidence in the inferred speaker (0.5-1); it is null where a reader label,
``--agent-address`` / ``--agent-domain`` or an e-mail thread's direction decided the speaker.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache

from cxmine.pipeline.role_model import RoleModel, agent_phrase_pattern, default_model, switch_cell
from cxmine.pipeline.role_model import turn_shape as turn_shape  # run.py: Turn.shape
from cxmine.text.langdata import load_all

CLIP = 4.0  # one turn's log-odds count at most this much in its party's mean
COMPANY_SCORE = 0.99
SWITCH = 0.6  # single stream: chance that the next turn is the other role's (when the model has no switch table)
EMIT_SCALE = 1.5  # single stream: the turn scores are sharpened this much before decoding (cross-validated)
# ... and shifted towards the agent: an agent sentence kept as a customer's costs more. 0.5 has the largest smallest
# margin to the aims (customers found >= 0.85, agent turns kept <= 0.10) when each call set of
# models/build_role_model.py's CALL_SETS is scored by a model trained without it (see models/ROLE_MODEL_CARD.md)
AGENT_BIAS = 0.5
SPLIT_MIN = -1.0  # a third call party's mean log-odds above which it is taken for the agent's split voice
MIN_DIRECT = 1.5  # mean log-odds for a lone chat party, or a third party, to be taken for an agent


@dataclass
class Turn:
    """One chat or call message whose role is to be decided (``speaker`` as the reader or options left it)."""

    message_id: str
    party: str | None  # author identity (name, number, spk_0); None: one unlabelled stream
    name: str | None  # the author's display name (a WhatsApp Business name says "Klantenservice")
    speaker: str
    order: tuple = ()
    text_score: float = 0.0
    shape: tuple[bool, bool] = (False, False)  # role_model.turn_shape(text): (asks a question, at most 3 words)


@dataclass
class CompanyNames:
    """What names the company: its agent domains' names, ``--keep`` terms, and company words of every language."""

    domains: Sequence[str] = ()
    keep: Sequence[str] = ()
    _pattern: re.Pattern[str] | None = field(default=None, init=False, repr=False)

    def pattern(self) -> re.Pattern[str]:
        if self._pattern is None:
            terms = set(_company_words())
            terms.update(t.casefold() for t in self.keep if len(t.strip()) >= 3)
            for d in self.domains:
                stem = d.lower().lstrip("@").split(".")[0]
                if len(stem) >= 3:
                    terms.add(stem)
            body = "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True)) or r"(?!x)x"
            self._pattern = re.compile(rf"(?<!\w)(?:{body})(?!\w)")
        return self._pattern

    def is_company(self, name: str | None) -> bool:
        return bool(name) and self.pattern().search(name.casefold()) is not None


@cache
def _company_words() -> tuple[str, ...]:
    return tuple(w.casefold() for w in load_all("company_words"))


class _PhraseModel:
    """Stands in when the role model is missing: agent phrases alone, no position."""

    def text_scores(self, texts: Sequence[str]) -> list[float]:
        pat = agent_phrase_pattern()
        return [2.0 * min(len(pat.findall((t or "").casefold())), 2) - 1.0 for t in texts]

    def logit(self, text_score: float, index: int, n: int, channel: str) -> float:
        return text_score


def model() -> RoleModel | _PhraseModel:
    return default_model() or _PhraseModel()


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(min(x, 30.0), -30.0)))


def _single_stream(logits: Sequence[float], switch: float | None = None,
                   shapes: Sequence[tuple[bool, bool]] | None = None, table: Sequence[float] | None = None,
                   scale: float = 1.0, bias: float = 0.0) -> list[float]:
    """Posterior P(agent) per turn: a two-state HMM whose emissions are the turns' own probabilities.

    The chance that turn ``i`` is the other role's than turn ``i - 1`` is ``table[switch_cell(...)]`` when a
    table and the turns' ``shapes`` are given, else ``switch``; ``scale`` and ``bias`` act on the log-odds.
    """
    switch = SWITCH if switch is None else switch
    n = len(logits)
    if n == 0:
        return []
    p = [min(max(_sigmoid(scale * x + bias), 1e-4), 1 - 1e-4) for x in logits]
    emit = [(1 - q, q) for q in p]  # (customer, agent)
    if table is not None and shapes is not None:
        sw = [switch] + [min(max(table[switch_cell(shapes[i - 1], shapes[i])], 0.01), 0.99) for i in range(1, n)]
    else:
        sw = [switch] * n  # sw[i]: between turn i - 1 and turn i
    fwd = [(emit[0][0] / (emit[0][0] + emit[0][1]), emit[0][1] / (emit[0][0] + emit[0][1]))]
    for i in range(1, n):
        c0, a0 = fwd[-1]
        c = (c0 * (1 - sw[i]) + a0 * sw[i]) * emit[i][0]
        a = (c0 * sw[i] + a0 * (1 - sw[i])) * emit[i][1]
        s = c + a
        fwd.append((c / s, a / s))
    out = [0.0] * n
    bc, ba = 1.0, 1.0
    for i in range(n - 1, -1, -1):
        c, a = fwd[i][0] * bc, fwd[i][1] * ba
        out[i] = a / (c + a)
        if i:
            stay, change = 1 - sw[i], sw[i]
            nc = stay * emit[i][0] * bc + change * emit[i][1] * ba
            na = change * emit[i][0] * bc + stay * emit[i][1] * ba
            s = nc + na
            bc, ba = nc / s, na / s
    return out


def assign_contact(turns: list[Turn], channel: str, companies: CompanyNames,
                   scorer: RoleModel | _PhraseModel | None = None) -> dict[str, tuple[str, float]]:
    """``message_id -> (speaker, speaker_score)`` for the undecided turns of one conversation.

    ``turns`` are the conversation's customer, agent and unknown turns (system and bot lines left out), each with
    its ``text_score`` from the role model; only turns whose speaker is ``unknown`` get a role.
    """
    scorer = scorer or model()
    turns = sorted(turns, key=lambda t: t.order)
    n = len(turns)
    logit = {t.message_id: scorer.logit(t.text_score, i, n, channel) for i, t in enumerate(turns)}
    open_turns = [t for t in turns if t.speaker == "unknown"]
    if not open_turns:
        return {}
    if any(t.speaker == "agent" for t in turns):  # a labelled agent: the other authors are customers
        return {t.message_id: ("customer", None) for t in open_turns}
    out: dict[str, tuple[str, float]] = {}
    known_customers = {t.party for t in turns if t.speaker == "customer" and t.party is not None}
    parties: dict[str, list[Turn]] = {}
    stream: list[Turn] = []
    for t in open_turns:
        if t.party is None:
            stream.append(t)
        else:
            parties.setdefault(t.party, []).append(t)
    if len(parties) == 1 and channel == "call" and not known_customers and \
            not companies.is_company(next(iter(parties.values()))[0].name):
        stream, parties = open_turns, {}  # one speaker label for a whole call: diarization found no parties
    if stream and len(turns) >= 2:  # one unlabelled message (a form, a one-row ticket) is left as it is
        post = _single_stream([logit[t.message_id] for t in stream], shapes=[t.shape for t in stream],
                              table=getattr(scorer, "switch_", None), scale=EMIT_SCALE, bias=AGENT_BIAS)
        for t, p in zip(stream, post):
            out[t.message_id] = ("agent", p) if p >= 0.5 else ("customer", 1.0 - p)
    if parties:
        out.update(_assign_parties(parties, logit, companies, channel, bool(known_customers)))
    return out


def _party_score(logits: Sequence[float]) -> float:
    """A party's agent log-odds from its turns' own: a trimmed mean (turns clipped to +-CLIP; of 5 or more turns
    the highest and the lowest fifth left out)."""
    xs = sorted(max(min(x, CLIP), -CLIP) for x in logits)
    k = len(xs) // 5
    xs = xs[k:len(xs) - k] if k else xs
    return sum(xs) / len(xs)


def _assign_parties(parties: dict[str, list[Turn]], logit: dict[str, float], companies: CompanyNames,
                    channel: str, has_customer: bool) -> dict[str, tuple[str, float]]:
    score = {}
    for p, ts in parties.items():
        mean = _party_score([logit[t.message_id] for t in ts])
        score[p] = (1, mean) if any(companies.is_company(t.name) for t in ts) else (0, mean)
    ranked = sorted(score, key=lambda p: score[p], reverse=True)
    roles: dict[str, tuple[str, float]] = {}
    top = ranked[0]
    company, mean = score[top]
    if len(ranked) == 1:
        if company or (has_customer and mean > -MIN_DIRECT) or mean >= MIN_DIRECT:
            roles[top] = ("agent", COMPANY_SCORE if company else _sigmoid(mean))
        else:
            roles[top] = ("customer", 1.0 - _sigmoid(mean))
    else:
        runner = score[ranked[1]][1]
        if len(ranked) > 2 and not company and mean <= 0 and channel != "call":
            return {}  # a group chat with nobody who sounds like the company: leave it as it is
        conf = COMPANY_SCORE if company and not score[ranked[1]][0] else max(_sigmoid(mean - runner), 0.5)
        roles[top] = ("agent", conf)
        bottom = score[ranked[-1]][1]
        for p in ranked[1:]:
            other_company, m = score[p]
            # a call with three or more labels is mostly one voice split by the diarization (the greeting or a
            # hold message under a label of its own, a transfer): the party that sounds least like an agent is
            # the customer, another is an agent too unless it sounds like a customer as well (log-odds above
            # SPLIT_MIN, and 1 above the customer's): short agent turns ("Okay.", "Right.") score near 0
            split_voice = channel == "call" and p != ranked[-1] and m > SPLIT_MIN and m - bottom >= 1.0
            last_call_party = channel == "call" and p == ranked[-1]  # a call has a customer: the least agent-like
            if other_company or (len(ranked) > 2 and not last_call_party and (m >= MIN_DIRECT or split_voice)):
                roles[p] = ("agent", COMPANY_SCORE if other_company else _sigmoid(m))
            else:
                roles[p] = ("customer", conf)
    return {t.message_id: (roles[p][0], round(roles[p][1], 4)) for p, ts in parties.items() for t in ts}


def assign(conversations: Iterable[tuple[str, list[Turn]]], companies: CompanyNames,
           scorer: RoleModel | _PhraseModel | None = None) -> dict[str, tuple[str, float]]:
    """``assign_contact`` over ``(channel, turns)`` conversations; one mapping for all."""
    scorer = scorer or model()
    out: dict[str, tuple[str, float]] = {}
    for channel, turns in conversations:
        out.update(assign_contact(turns, channel, companies, scorer))
    return out
