"""Contact reasons: from the intents of a contact's customer units to the contact's main reason and all reasons.

A CX team counts contacts by reason, not sentences by intent. A contact's units (its customer questions, or
customer messages without a question) are taken in conversation order; units that carry no reason are dropped
(greetings and thanks such as "hej", "tak!", "bedankt 👍", a bare order number, and units classified ``other``
or ``unknown``); what is left is grouped by intent with the confidences summed. ``intents`` lists the reasons in
order of first appearance; the main reason is the first one, unless a later reason clearly dominates (its summed
confidence at least ``dominance`` times the first's; bench/results/reasons.md measures the choice). A contact
with no confident reason gets the best guess of its most confident reason-carrying unit, then ``other`` when a
unit was confidently ``other``, else no reason (null).

>>> units = [ReasonUnit("hej", "other", "other", 0.9), ReasonUnit("hvor er min pakke", "order_status", "order_status", 0.8)]
>>> contact_reason(units).intent
'order_status'
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

OTHER = "other"
DOMINANCE = 4.0  # a later reason must have at least this many times the first reason's summed confidence

# Words that carry no request on their own, in nl, da and en (greetings, thanks, acknowledgements, sign-offs)
_COURTESY = frozenset(
    """
    hi hey hello hallo hoi hej heej hejsa goddag davs goedemiddag goedemorgen goedenavond goeiedag dag daag
    morning morgen godmorgen goodmorning afternoon evening good goede god
    thanks thank thx ty tak takk tusind mange bedankt dank danke merci cheers ta
    ok okay oke oké okej okidoki ja jep yes yep yeah ja nej nee no nope fint fijn fine prima super perfekt perfect
    great top mooi lovely nice cool klasse alright allright godt goed good
    you u je jij jullie for voor de het the so zo much veel meget heel erg very allerbedst allerbest
    hilsen groeten groetjes regards best bye doei vi ses see later have nice day fijne dag ha en god dag weekend
    weer again igen wel hoor hé he hè skal du have lots all alle alles everything altså lige
    mvh mvg kr kind wishes hartelijk venlig venlige
    """.split()
)
_WORD = re.compile(r"<[A-Z][A-Z_]*>|[^\W\d_]+", re.UNICODE)


def carries_no_reason(text: str) -> bool:
    """True for greeting/thanks-only text and for text without words (an order number, an emoji, a placeholder).

    >>> carries_no_reason("Tak for hjælpen!"), carries_no_reason("100234871"), carries_no_reason("hvor er min pakke")
    (True, True, False)
    """
    words = [w.lower() for w in _WORD.findall(text or "") if not w.startswith("<")]
    # "hjælpen", "help": thanks for the help is still thanks
    return all(w in _COURTESY or w in ("hjælpen", "hjælp", "help", "hulp", "info", "svar", "antwoord", "reply")
               for w in words)


@dataclass
class ReasonUnit:
    """One classified customer unit of a contact, in conversation order."""

    text: str
    intent: str  # ``unknown`` below the model's threshold
    top_intent: str  # the best label even when unknown
    confidence: float
    unknown_label: str = "unknown"


@dataclass
class ContactReason:
    """The main reason (None when the contact has none) and every reason in order of first appearance."""

    intent: str | None
    intents: list[str]


def contact_reason(units: Sequence[ReasonUnit], dominance: float | None = None) -> ContactReason:
    """The reasons of one contact from its units (in conversation order); see the module docstring."""
    dominance = DOMINANCE if dominance is None else dominance
    kept = [u for u in units if not carries_no_reason(u.text)]
    order: list[str] = []
    score: dict[str, float] = {}
    for u in kept:
        if u.intent in (OTHER, u.unknown_label):
            continue
        if u.intent not in score:
            order.append(u.intent)
            score[u.intent] = 0.0
        score[u.intent] += float(u.confidence)
    if order:
        main = order[0]
        best = max(order, key=lambda k: (score[k], -order.index(k)))
        if best != main and score[best] >= dominance * score[main]:
            main = best
        return ContactReason(main, order)
    guesses = [u for u in kept if u.top_intent != OTHER]
    if guesses:
        best_unit = max(guesses, key=lambda u: u.confidence)
        return ContactReason(best_unit.top_intent, [best_unit.top_intent])
    if any(u.intent == OTHER for u in kept):
        return ContactReason(OTHER, [OTHER])
    return ContactReason(None, [])
