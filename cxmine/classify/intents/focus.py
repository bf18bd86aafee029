"""Classify what the customer asks, not what they say around it: the request part of long messages, and the
previous agent turn for follow-ups that only make sense after it.

Two additions to ``IntentClassifier.classify``, used by ``cxmine classify OUT`` and the benchmarks:

- **Request focus.** A message of several sentences ("Tak for hjælpen! En anden ting: kan jeg hente ...", a
  story and then the question) is also classified on its request part: the sentences that
  ``cxmine.text.questions`` marks as a question or request, without thanks and greetings. The two probability
  rows are averaged with weight ``FOCUS_WEIGHT`` on the request part.
- **Previous turn.** A unit whose confidence is below the model's threshold, or that reads as ``other`` on its
  own, and that has a previous agent turn
  ("Which order is it about?" -> "the blue one, 100234871") is classified again as previous turn + text; the
  more confident of the two answers is kept.

The weights were chosen on the project's own development messages (bench/data/intents_dev), never on the
independent set; bench/results/intents_indep.md has the figures.

>>> pred = classify_focused(clf, ["Tak for hjælpen! En anden ting: kan jeg hente min ordre i butikken?"], ["da"])  # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from cxmine.classify.intents.model import IntentPrediction
from cxmine.classify.intents.reasons import OTHER, carries_no_reason

FOCUS_WEIGHT = 0.3  # weight of the request part against the whole message
MIN_FOCUS_WORDS = 3  # a request part shorter than this keeps the sentence before it


def request_part(text: str, language: str) -> str | None:
    """The question/request sentences of a multi-sentence ``text`` (None when that is the whole text or nothing).

    >>> request_part("Tak for hjælpen! En anden ting: kan jeg hente min ordre i butikken?", "da")
    'En anden ting: kan jeg hente min ordre i butikken?'
    """
    from cxmine.text.questions import classify_sentence, split_sentences

    if not text or len(text.split()) < 6:
        return None
    spans = split_sentences(text, language if language not in (None, "") else "und")
    if len(spans) < 2:
        return None
    kept: list[int] = []
    for k, (s, e) in enumerate(spans):
        sentence = text[s:e]
        if carries_no_reason(sentence):
            continue
        if classify_sentence(sentence, language) is not None:
            kept.append(k)
    if not kept:
        # no marked question: drop only the courtesy sentences (a story that ends in "what now" without "?")
        kept = [k for k, (s, e) in enumerate(spans) if not carries_no_reason(text[s:e])]
    elif len(" ".join(text[spans[k][0]:spans[k][1]] for k in kept).split()) < MIN_FOCUS_WORDS + 3 and kept[0] > 0:
        prev = kept[0] - 1  # "Wat nu?" needs the sentence before it
        if not carries_no_reason(text[spans[prev][0]:spans[prev][1]]):
            kept.insert(0, prev)
    if not kept or len(kept) == len(spans):
        return None
    part = " ".join(text[spans[k][0]:spans[k][1]] for k in kept)
    return part if len(part.split()) >= MIN_FOCUS_WORDS else None


def classify_focused(
    clf,  # IntentClassifier
    texts: Sequence[str],
    languages: Sequence[str],
    previous: Sequence[str | None] | None = None,
    focus_weight: float = FOCUS_WEIGHT,
    use_previous: bool = True,
) -> IntentPrediction:
    """``clf.classify`` with the request focus and the previous-turn fallback described in the module docstring."""
    texts = list(texts)
    langs = [v or "und" for v in languages]
    n = len(texts)
    if n == 0:
        return clf.classify([], language=[])
    proba = clf.predict_proba(texts, langs)
    if focus_weight > 0:
        parts = [request_part(t, lang) for t, lang in zip(texts, langs, strict=True)]
        idx = [i for i, p in enumerate(parts) if p]
        if idx:
            fp = clf.predict_proba([parts[i] for i in idx], [langs[i] for i in idx])
            proba[idx] = (1.0 - focus_weight) * proba[idx] + focus_weight * fp
    conf = proba.max(1)
    if use_previous and previous is not None:
        other = [c == OTHER for c in clf.classes_[proba.argmax(1)]]
        # a follow-up that reads as "other" or below the threshold alone ("nee hoor, niks bezorgd") is read again
        # after the agent's turn
        idx = [i for i, p in enumerate(previous) if p and str(p).strip() and (conf[i] < clf.threshold_ or other[i])]
        if idx:
            ctx = [f"{str(previous[i]).strip()} {texts[i]}" for i in idx]
            cp = clf.predict_proba(ctx, [langs[i] for i in idx])
            better = cp.max(1) > conf[idx]
            for j, i in enumerate(idx):
                if better[j]:
                    proba[i] = cp[j]
            conf = proba.max(1)
    top = clf.classes_[proba.argmax(1)]
    conf32 = conf.astype(np.float32)
    unknown = conf32 < clf.threshold_
    intents = [clf.unknown_label if u else str(t) for t, u in zip(top, unknown, strict=True)]
    return IntentPrediction(intents, [str(t) for t in top], conf32, unknown)
