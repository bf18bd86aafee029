"""Extract customer questions and requests from messages, sentence by sentence.

A sentence (spaCy ``blank(lang)`` + ``sentencizer``, further cut at line breaks, at an emoji followed by more words
and at transcript fillers such as "eh"/"uhm"/"øh") is kept when it

- contains a question mark (``kind="question_mark"``),
- opens, after greetings/interjections, with an interrogative word ("wanneer", "hvornår", "when") or a
  verb-first inversion followed by a subject ("kunt u", "kan I", "can you", Danish "kan buddet"), a verbless
  opener ("any idea", "enig idee") or ends in a tag question ("klopt dat") (``kind="interrogative"``), or
- contains an indirect question or request phrase ("ik wil graag weten", "jeg vil gerne", "please send",
  "I want to ...") or opens with an imperative ("Stuur", "Help me") (``kind="request"``).

Pure courtesy ("Alvast bedankt?", "Thanks!") and small talk ("Hoe gaat het?", "How are you?") are dropped.
Rows with language "other" keep only question-mark sentences (the one cue that does not depend on the
language); "und" rows are skipped. Cue words live in ``cxmine/text/lang/<lang>/question_words.txt`` and
``request_phrases.txt``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import pyarrow as pa

from cxmine.schema import QUESTION_SCHEMA, SUPPORTED_LANGUAGES, conform, stable_id
from cxmine.text.langdata import load_list

RULE_LANGUAGES = SUPPORTED_LANGUAGES
SPEAKERS_KEPT = ("customer", "unknown")
PIPE_BATCH = 256
_WORD_RE = re.compile(r"<[A-Z][A-Z_]*>|[^\W\d_]+(?:['’][^\W\d_]+)*", re.UNICODE)
# Characters after which spaCy's sentencizer may end a sentence (a subset of its defaults that covers nl/da/en
# text); a text without any of them inside and without a line break is one sentence, so spaCy can be skipped.
# Searched as runs of punctuation followed by a space: ``[.!?…;。]\W*\s`` would rescan a long run from each dot.
_SENTENCE_END_CHARS = frozenset(".!?…;。")
_PUNCT_RUN_RE = re.compile(r"[^\w\s]+")
# spaCy's tokenizer takes time ~ the square of a token's length: the sentencizer sees the middle of an overlong
# whitespace-free run (a pasted base64 blob, a tracking URL) as "xxx" words of the same length, its ends as they are.
MAX_TOKEN_CHARS = 64
_OVERLONG_TOKEN_RE = re.compile(rf"\S{{{MAX_TOKEN_CHARS + 1},}}")
_KEEP_EDGE = 8  # leading / trailing punctuation kept as it is: "(https://…)." still ends its sentence
_VETO_EXTRA_WORDS = 2
# Pieces of a sentence: a line break, or an emoji run followed by more words ("pakket is kapot 😞 wat moet ik
# doen"): unpunctuated chat uses emoji as sentence ends.
_PIECE_BREAK_RE = re.compile(r"\n|[\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F]+[ \t]+(?=[^\W\d_])")


@dataclass(frozen=True)
class _Rules:
    wh: frozenset[str]
    verbs: frozenset[str]
    subjects: frozenset[str]
    skip: frozenset[str]
    fillers: frozenset[str]
    neg: frozenset[str]
    you: frozenset[str]
    verb1: frozenset[str]
    pron: frozenset[str]
    imperatives: frozenset[str]
    tails: tuple[tuple[str, ...], ...]
    leads: tuple[tuple[str, ...], ...]
    wh_fused: frozenset[str]
    softeners: frozenset[str]
    prep_i: frozenset[str]
    modals: frozenset[str]
    noun_suffixes: tuple[str, ...]
    not_nouns: frozenset[str]
    requests: re.Pattern[str] | None
    not_requests: re.Pattern[str] | None
    veto: tuple[tuple[str, ...], ...]


def _phrase_regex(phrases: Sequence[str]) -> re.Pattern[str] | None:
    parts = []
    for p in phrases:
        words = [r"(?:\S+\s+){0,3}\S+" if w == "*" else re.escape(w) for w in p.split()]
        parts.append(r"\s+".join(words))
    if not parts:
        return None
    return re.compile(r"(?<![\w'])(?:" + "|".join(sorted(parts, key=len, reverse=True)) + r")(?![\w'])")


@cache
def _rules(lang: str) -> _Rules:
    tagged: dict[str, set[str]] = {}
    for entry in load_list(lang, "question_words"):
        tag, _, word = entry.partition(":")
        tagged.setdefault(tag.strip(), set()).add(word.strip().lower())
    phrases = load_list(lang, "request_phrases")
    return _Rules(
        wh=frozenset(tagged.get("wh", ())) | frozenset(tagged.get("whv", ())),
        verbs=frozenset(tagged.get("verb", ())) | frozenset(tagged.get("verb1", ())),
        subjects=frozenset(tagged.get("subj", ())),
        skip=frozenset(tagged.get("skip", ())),
        fillers=frozenset(tagged.get("filler", ())),
        neg=frozenset(tagged.get("neg", ())),
        you=frozenset(tagged.get("you", ())),
        verb1=frozenset(tagged.get("verb1", ())),
        pron=frozenset(tagged.get("pron", ())),
        imperatives=frozenset(tagged.get("imp", ())),
        tails=tuple(tuple(t.split()) for t in sorted(tagged.get("tail", ()))),
        leads=tuple(tuple(t.split()) for t in sorted(tagged.get("lead", ()))),
        prep_i=frozenset(tagged.get("prep_i", ())),
        wh_fused=frozenset(tagged.get("whv", ())),
        softeners=frozenset(tagged.get("soft", ())),
        modals=frozenset(tagged.get("modal", ())),
        noun_suffixes=tuple(sorted(tagged.get("nounsuffix", ()))),
        not_nouns=frozenset(tagged.get("notnoun", ())),
        requests=_phrase_regex([p.lower() for p in phrases if p[0] not in "!~"]),
        not_requests=_phrase_regex([p[1:].lower() for p in phrases if p.startswith("~")]),
        veto=tuple(tuple(p[1:].lower().split()) for p in phrases if p.startswith("!")),
    )


@cache
def _nlp(lang: str):
    import spacy

    try:
        nlp = spacy.blank(lang if lang in RULE_LANGUAGES else "xx")
    except (ImportError, KeyError, ValueError):  # a language spaCy does not know: multi-language tokenizer
        nlp = spacy.blank("xx")
    nlp.add_pipe("sentencizer")
    return nlp


def _words(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in _WORD_RE.findall(text)]


# --------------------------------------------------------------------------------------------------------------
# sentence splitting


def _refine(text: str, start: int, end: int, fillers: frozenset[str]) -> list[tuple[int, int]]:
    """Cut one sentence span at line breaks, emoji and fillers; trim spaces and leading fillers/punctuation."""
    out: list[tuple[int, int]] = []
    pieces: list[tuple[int, int]] = []
    pos = start
    for m in _PIECE_BREAK_RE.finditer(text[start:end]):
        pieces.append((pos, start + m.start()))
        pos = start + m.end()
    pieces.append((pos, end))
    for ps, pe in pieces:
        cuts = [ps]
        if fillers:
            for m in _WORD_RE.finditer(text, ps, pe):
                if m.group().lower() in fillers:
                    cuts.extend((m.start(), m.end()))
        cuts.append(pe)
        for a, b in zip(cuts[::2], cuts[1::2], strict=True):
            seg = text[a:b]
            # leading punctuation/dashes go; a trailing "." "?" "!" stays with its sentence
            stripped = seg.lstrip(" \t\r\n,;:-–—.…").rstrip(" \t\r\n,;:-–—")
            if not stripped or not any(ch.isalpha() for ch in stripped):
                continue
            s = a + seg.index(stripped)
            out.append((s, s + len(stripped)))
    return out


def _split_doc(text: str, doc, fillers: frozenset[str]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    if doc is None:
        return _refine(text, 0, len(text), fillers)
    for sent in doc.sents:
        spans.extend(_refine(text, sent.start_char, sent.end_char, fillers))
    return spans


def _needs_spacy(text: str) -> bool:
    text = text.rstrip()
    if "\n" in text:
        return True
    n = len(text)
    for m in _PUNCT_RUN_RE.finditer(text):
        if m.end() < n and text[m.end()].isspace() and not _SENTENCE_END_CHARS.isdisjoint(m.group()):
            return True
    return False


def _neutral_token(m: re.Match[str]) -> str:
    tok = m.group()
    a, b = 0, len(tok)
    while a < min(b, _KEEP_EDGE) and not (tok[a].isalnum() or tok[a] == "_"):
        a += 1
    while b > max(a, len(tok) - _KEEP_EDGE) and not (tok[b - 1].isalnum() or tok[b - 1] == "_"):
        b -= 1
    n = b - a
    word = "x" * (MAX_TOKEN_CHARS - 1) + " "
    return tok[:a] + word * (n // MAX_TOKEN_CHARS) + "x" * (n % MAX_TOKEN_CHARS) + tok[b:]


def _for_spacy(text: str) -> str:
    """``text`` with overlong tokens neutralised (same length, so spaCy's offsets are offsets into ``text``)."""
    return _OVERLONG_TOKEN_RE.sub(_neutral_token, text) if len(text) > MAX_TOKEN_CHARS else text


def split_sentences(text: str, lang: str) -> list[tuple[int, int]]:
    """Sentence ``(start, end)`` character offsets in ``text`` (trimmed; empty/symbol-only pieces dropped)."""
    fillers = _rules(lang).fillers if lang in RULE_LANGUAGES else frozenset()
    doc = _nlp(lang)(_for_spacy(text)) if _needs_spacy(text) else None
    return _split_doc(text, doc, fillers)


# --------------------------------------------------------------------------------------------------------------
# classification


def _is_courtesy(words: list[str], veto: tuple[tuple[str, ...], ...]) -> bool:
    for phrase in veto:
        n = len(phrase)
        if tuple(words[:n]) == phrase and len(words) - n <= _VETO_EXTRA_WORDS:
            return True
    return False


def _mark_preposition_i(words: list[str], prep_i: frozenset[str]) -> list[str]:
    """Rename Danish "i" to "_i" where it is the preposition ("kan i morgen"), not the pronoun "I"."""
    out = list(words)
    for k in range(len(out) - 1):
        if out[k] == "i" and out[k + 1] in prep_i:
            out[k] = "_i"  # no cue list contains "_i", and the phrase regex needs a word start before "i"
    return out


def classify_sentence(sentence: str, lang: str) -> str | None:
    """``"question_mark"``, ``"interrogative"``, ``"request"`` or ``None`` for one sentence.

    >>> classify_sentence("Kunt u mij terugbellen", "nl")
    'interrogative'
    """
    words = _words(sentence)
    if not words:
        return None
    rules = _rules(lang) if lang in RULE_LANGUAGES else None
    if rules is not None and rules.prep_i and "i" in words:
        words = _mark_preposition_i(words, rules.prep_i)
    # courtesy is vetoed in the sentence's own language, and in English (often mixed into nl/da chats)
    for code in {lang, "en"} & set(RULE_LANGUAGES):
        if _is_courtesy([w for w in words if not w.startswith("<")], _rules(code).veto):
            return None
    if "?" in sentence or "？" in sentence:
        return "question_mark"
    if rules is None:
        return None
    i = 0
    while i < len(words) and (words[i] in rules.skip or words[i] in rules.fillers or words[i].startswith("<")):
        i += 1
    if i < len(words):
        first = words[i]
        nxt = words[i + 1] if i + 1 < len(words) else ""
        exclaims = sentence.rstrip().endswith("!")
        if not exclaims and first in rules.wh and (first in rules.wh_fused or (nxt and nxt not in rules.subjects - rules.verbs)):
            # "when I log in, ..." / "wanneer ik ..." is a subordinate clause, not a question
            return "interrogative"
        if not exclaims and first in rules.verbs and nxt in rules.subjects:
            after = words[i + 2] if i + 2 < len(words) else ""
            subject_dropped = first in rules.verb1 and nxt not in rules.pron
            softened = after in rules.neg and i + 3 < len(words) and words[i + 3] in rules.softeners
            if not subject_dropped and (nxt in rules.you or after not in rules.neg or softened):
                return "interrogative"
        if (
            not exclaims
            and first in rules.modals
            and len(nxt) > 4
            and nxt.endswith(rules.noun_suffixes)
            and nxt not in rules.not_nouns
            and i + 2 < len(words)
        ):
            # Danish definite nouns carry their article as a suffix ("Kan buddet aflevere ..."), so a modal
            # followed by such a word and more is a verb-first question with a noun subject
            return "interrogative"
        if any(tuple(words[i : i + len(t)]) == t for t in rules.leads):
            return "interrogative"  # verbless chat question: "any idea why" / "enig idee" / "noget nyt"
        if len(words) - i > 2 and any(tuple(words[-len(t) :]) == t for t in rules.tails):
            return "interrogative"  # tag question: "..., klopt dat" / "passer det" / "is that right"
        if first in rules.imperatives and len(words) - i > 1:
            # "Kindly note that ..." is an imperative form but no request: the "~" list vetoes it here too
            if rules.not_requests is None or not rules.not_requests.match(" ".join(words[i:])):
                return "request"
    joined = " ".join(words)
    if rules.requests is not None and rules.requests.search(joined):
        if rules.not_requests is None or not rules.not_requests.search(joined):
            return "request"
    return None


# --------------------------------------------------------------------------------------------------------------
# table stage


def _column(table: pa.Table, name: str) -> list:
    return table.column(name).to_pylist() if name in table.column_names else [None] * table.num_rows


def extract_questions(messages: pa.Table) -> pa.Table:
    """One row per question/request sentence of customer (or unknown-speaker) messages; QUESTION_SCHEMA."""
    texts = _column(messages, "text")
    langs = _column(messages, "language")
    speakers = _column(messages, "speaker")
    by_lang: dict[str, list[int]] = {}
    for i, (text, lang, speaker) in enumerate(zip(texts, langs, speakers, strict=True)):
        if not text or lang in (None, "und") or (speaker or "unknown") not in SPEAKERS_KEPT:
            continue
        by_lang.setdefault(lang if lang in RULE_LANGUAGES else "other", []).append(i)

    found: list[tuple[int, int, int, str]] = []  # (row, start, end, kind)
    for lang, rows in by_lang.items():
        fillers = _rules(lang).fillers if lang in RULE_LANGUAGES else frozenset()
        multi = [i for i in rows if _needs_spacy(texts[i])]
        docs = dict(
            zip(multi, _nlp(lang).pipe((_for_spacy(texts[i]) for i in multi), batch_size=PIPE_BATCH), strict=True)
        )
        for i in rows:
            text = texts[i]
            for s, e in _split_doc(text, docs.get(i), fillers):
                kind = classify_sentence(text[s:e], lang)
                if kind is not None:
                    found.append((i, s, e, kind))
    found.sort()

    mids = _column(messages, "message_id")
    cids = _column(messages, "contact_id")
    chans = _column(messages, "channel")
    sent = messages.column("sent_at") if "sent_at" in messages.column_names else None
    rows_idx = [r for r, _, _, _ in found]
    data = {
        "question_id": [stable_id(mids[r], s, e) for r, s, e, _ in found],
        "message_id": [mids[r] for r in rows_idx],
        "contact_id": [cids[r] for r in rows_idx],
        "language": [langs[r] for r in rows_idx],
        "text": [texts[r][s:e] for r, s, e, _ in found],
        "start": pa.array([s for _, s, _, _ in found], pa.int32()),
        "end": pa.array([e for _, _, e, _ in found], pa.int32()),
        "channel": [chans[r] for r in rows_idx],
        "kind": [k for _, _, _, k in found],
    }
    table = pa.table(data)
    if sent is not None:
        table = table.append_column("sent_at", sent.take(pa.array(rows_idx, pa.int64())))
    return conform(table, QUESTION_SCHEMA)
