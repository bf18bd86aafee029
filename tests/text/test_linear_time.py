"""Every text entry point runs in time linear in a word's length: no catastrophic regex backtracking.

A base64 attachment pasted into a message is one 200 KB "word"; a pattern such as ``\\S+@\\S+`` that retries
every start position takes time that grows with the square of the word's length (38 s for 200 KB). Each entry
point gets long words of many kinds; time at 2N must stay below ~3x the time at N, and under 2 s at 200 KB.
A small first size stops a quadratic case early, so a failing run stays short too.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from datetime import datetime, timezone

import pyarrow as pa
import pytest

from cxmine.text.keep import keep_pattern, redact_keeping
from cxmine.text.language import LanguageDetector, clean_for_detection
from cxmine.text.questions import classify_sentence, extract_questions, split_sentences
from cxmine.text.quotes import has_quote_markers, split_reply, strip_reply
from cxmine.text.redact import Redactor

PROBE, N = 25_000, 100_000  # the probe catches a quadratic case cheaply; then N and 2N are compared
LIMIT_S = 2.0  # at 2N = 200 KB
PROBE_LIMIT_S = LIMIT_S * PROBE / (2 * N)  # slower than this at the probe size: over the limit at 2N even if linear
NOISE_S = 0.1  # below this, a ratio says nothing on a busy machine


def _random_word(alphabet: str, n: int, seed: int) -> str:
    rng = random.Random(seed)
    return "".join(rng.choices(alphabet, k=n))


B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
WORDS: dict[str, Callable[[int], str]] = {
    "base64": lambda n: _random_word(B64, n - 2, 1) + "==",
    "one_letter": lambda n: "a" * n,
    "digits": lambda n: _random_word("0123456789", n, 2),
    "dots": lambda n: "." * n,
    "at_mixed": lambda n: _random_word("ab@.c1", n, 3),
    "url_like": lambda n: "https://" + _random_word("abc/.:?=&%-_", n - 8, 4),
    "hex": lambda n: _random_word("0123456789abcdef", n, 5),
    "punctuation": lambda n: _random_word("!#$%&*+,-./:;<=>?@[]^_`{|}~()'\"", n, 6),
    "unicode_letters": lambda n: _random_word("aæøåéßжкλπ中文ñüĳ", n, 7),
}


@pytest.fixture(scope="module")
def detector() -> LanguageDetector:
    det = LanguageDetector()
    det.detect("Hvor er min pakke? Jeg har ventet længe.")  # load the models outside the timings
    return det


def _questions_table(text: str) -> pa.Table:
    return pa.table(
        {
            "message_id": ["m1"],
            "contact_id": ["c1"],
            "channel": ["email"],
            "speaker": ["customer"],
            "language": ["en"],
            "text": [text],
            "sent_at": pa.array([datetime(2026, 3, 1, tzinfo=timezone.utc)], pa.timestamp("us", tz="UTC")),
        }
    )


def _entry_points(detector: LanguageDetector) -> dict[str, Callable[[str], object]]:
    redactor = Redactor()
    keep = keep_pattern(("Nordhus",))
    quoted = "\n\nOn Mon, 3 Mar 2026 at 10:00, Anna Jensen <anna@example.com> wrote:\n> Hello\n> old text\n"
    return {
        "clean_for_detection": clean_for_detection,
        "has_quote_markers": has_quote_markers,
        "strip_reply": lambda w: strip_reply(f"Hello,\nmy file: {w}\nRegards,\nAnna"),
        "split_reply_quoted": lambda w: split_reply(f"Hello,\n{w}{quoted}"),
        "split_reply_one_line": lambda w: split_reply(f"-- {w} wrote:"),
        "strip_reply_html": lambda w: strip_reply("", html=f"<div><p>Hi</p><p>{w}</p><blockquote>old</blockquote></div>"),
        # Redactor.redact with names, inside the keep-term wrapper the pipeline uses
        "redact": lambda w: redact_keeping(redactor, f"Nordhus: my code is {w} thanks, Anna Jensen", ("Anna Jensen",), keep),
        "detect_language": lambda w: detector.detect(f"Where is my parcel {w} please"),
        "split_sentences": lambda w: split_sentences(f"{w} can you help. Where is it?", "da"),
        "classify_sentence": lambda w: classify_sentence(f"Can you tell me where {w} is?", "en"),
        "extract_questions": lambda w: extract_questions(_questions_table(f"Hi. Where is {w}? Please help.")),
    }


def _time(fn: Callable[[str], object], text: str) -> float:
    """CPU seconds of one call: other jobs on a shared machine disturb it less than wall time (a quadratic pattern
    shows in CPU time just as well)."""
    t0 = time.process_time()
    fn(text)
    return time.process_time() - t0


@pytest.mark.parametrize("kind", sorted(WORDS))
def test_text_entry_points_run_in_linear_time(kind: str, detector: LanguageDetector) -> None:
    make = WORDS[kind]
    small, n, n2 = make(PROBE), make(N), make(2 * N)
    slow = []
    for name, fn in _entry_points(detector).items():
        fn(make(100))  # warm caches (spaCy pipelines, compiled patterns)
        t_probe = _time(fn, small)
        if t_probe > PROBE_LIMIT_S:  # a lazy load or a busy machine: measure once more before calling it slow
            t_probe = min(t_probe, _time(fn, small))
        if t_probe > PROBE_LIMIT_S:
            slow.append(f"{name}: {t_probe:.2f} s already at {PROBE // 1000} KB")
            continue
        t_n = _time(fn, n)
        if t_n > LIMIT_S / 2:
            slow.append(f"{name}: {t_n:.2f} s already at {N // 1000} KB")
            continue
        t_2n = _time(fn, n2)
        for _ in range(2):  # a busy machine: measure again before calling it superlinear
            if t_2n <= max(3 * t_n, NOISE_S):
                break
            t_n, t_2n = min(t_n, _time(fn, n)), min(t_2n, _time(fn, n2))
        if t_2n > LIMIT_S or t_2n > max(3 * t_n, NOISE_S):
            slow.append(f"{name}: {t_n:.3f} s at {N // 1000} KB, {t_2n:.3f} s at {2 * N // 1000} KB")
    assert not slow, f"superlinear on a long {kind} word: " + "; ".join(slow)
