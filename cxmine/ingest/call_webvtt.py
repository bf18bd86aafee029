"""WebVTT call transcripts (Zoom, Teams, Whisper ``.vtt`` output) and the cue logic shared with SRT and SBV.

A cue's speaker comes from a voice tag (``<v Anna>``, ``<v.loud Anna>``), a ``Name:`` or ``>> Name:`` prefix, or
a ``[Name]`` tag (not a sound tag such as ``[music]`` or ``[Musik]``). Consecutive cues of one speaker become one
turn (cue texts joined with a space). When at least half of the cues are labelled, an unlabelled cue goes on with
the current speaker; when labels are rare (subtitles tag only off-screen voices) a label covers its own cue. Runs
of unlabelled cues are joined until a sentence ends (``.?!…``), so a sentence split over two cues stays whole and
a turn is one or more whole sentences. Other tags (``<c>``, ``<b>``, inline ``<00:00:01.000>`` timestamps) are removed;
NOTE, STYLE and REGION blocks are skipped. Cue times are offsets into the recording, not clock times: ``sent_at``
is None and the first cue's start in seconds is kept in ``extra["offset_s"]`` (``extra["end_s"]`` for the last
cue's end).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from html import unescape
from pathlib import Path
from typing import Literal

from cxmine.errors import ReaderError
from cxmine.ingest.base import RawMessage, ReadOptions, RecordError
from cxmine.ingest.textio import display_name, file_digest, head_text, normalize_speaker, read_text
from cxmine.text.langdata import load_all

TIMING = re.compile(r"^\s*(?:(\d+):)?(\d{1,2}):(\d{2})[.,](\d{1,3})\s*-->\s*(?:(\d+):)?(\d{1,2}):(\d{2})[.,](\d{1,3})")
_VOICE = re.compile(r"<v(?:\.[^\s>]+)?\s+([^>]+)>")
_TAG = re.compile(r"<[^>]*>")
# A speaker label: a few words of letters (no digits, so "12:30" is not a speaker).
_LABEL = r"[^\W\d_][^\W\d_ .'’-]*(?:[ .'’-][^\W\d_]+){0,3}"
# "Anna:", "Klant:", "Agent Jansen:", and the broadcast/YouTube ">> Anna:" (">>" marks a change of speaker).
_PREFIX = re.compile(rf"^(?:>>\s*)?({_LABEL}):\s+(.*)$", re.S)
# "[Agent] ...", "[Anna de Vries]: ..." (YouTube, Netflix); a speaker only when the tag is a name (see is_speaker_tag).
_BRACKET = re.compile(rf"^\[({_LABEL})\]:?\s+(.*)$", re.S)
_SENTENCE_END = re.compile(r"[.?!…。]['\"”’)]*$")


@dataclass
class Cue:
    """One timed cue: its start/end in seconds, text, speaker label (None when unlabelled) and cue id."""

    start: float
    end: float
    text: str
    label: str | None = None
    cue_id: str | None = None
    dash: bool = False  # an SRT dialogue line ("- Hi"): a change of (unnamed) speaker


# One cue as ``iter_cue_blocks`` yields it: ``(cue_id, (start, end), body_lines)``.
CueBlock = tuple[str | None, tuple[float, float], list[str]]


def parse_timing(line: str, timing: re.Pattern[str] = TIMING) -> tuple[float, float] | None:
    """``(start, end)`` in seconds from ``00:01:02.500 --> 00:01:04.000`` (``,`` or ``.`` before the millis).

    ``timing`` is the format's pattern: eight groups, hours (optional), minutes, seconds, millis of start and end.
    """
    m = timing.match(line)
    if not m:
        return None
    g = m.groups()

    def secs(h: str | None, mi: str, s: str, ms: str) -> float:
        return int(h or 0) * 3600 + int(mi) * 60 + int(s) + int(ms.ljust(3, "0")) / 1000

    return secs(*g[:4]), secs(*g[4:])


@cache
def _sound_words() -> frozenset[str]:
    return frozenset(w.casefold() for w in load_all("sound_words"))


@cache
def _name_particles() -> frozenset[str]:
    return frozenset(w.casefold() for entry in load_all("name_particles") for w in entry.split())


def is_speaker_tag(tag: str) -> bool:
    """Whether a bracketed tag names a speaker (``[Agent]``, ``[Anna de Vries]``) rather than a sound.

    Sound tags (``[music]``, ``[latter]``, ``[Musik]``, ``[Phone ringing]``) are not capitalised word by word
    (name particles such as "de", "van der" aside) or hold a sound word of ``lang/<lang>/sound_words.txt``.
    """
    words = tag.split()
    sounds, particles = _sound_words(), _name_particles()
    if not words[0][0].isupper() or any(w.casefold() in sounds for w in words):
        return False
    return all(w[0].isupper() or w.casefold() in particles for w in words[1:])


def split_speaker(text: str) -> tuple[str | None, str]:
    """The speaker label of a cue's text and the text without it and tags.

    The label comes from a voice tag (``<v Anna>``), a ``Name:`` or ``>> Name:`` prefix, or a ``[Name]`` tag
    that is a name, not a sound (see ``is_speaker_tag``); all transcript readers share this, so each knows them all.
    """
    label = None
    vm = _VOICE.search(text)
    if vm:
        label = vm.group(1).strip()
    clean = " ".join(unescape(_TAG.sub("", text)).split())
    if label is None:
        m = _BRACKET.match(clean)
        if m is None or not is_speaker_tag(m.group(1)):
            m = _PREFIX.match(clean)
        if m:
            label, clean = m.group(1).strip(), m.group(2).strip()
    return label, clean


def cues_to_messages(cues: list[Cue], conv: str, channel: str) -> Iterator[RawMessage]:
    """Merge consecutive cues of one speaker into turns (see the module docstring)."""
    turn: list[Cue] = []
    ordinal = 0

    def flush() -> RawMessage:
        label = turn[0].label
        return RawMessage(
            text=" ".join(c.text for c in turn if c.text),
            channel=channel,
            conversation=conv,
            native_id=turn[0].cue_id,
            speaker=normalize_speaker(label) if label else "unknown",
            author=label,
            author_name=label,
            ordinal=ordinal,
            extra={"offset_s": turn[0].start, "end_s": turn[-1].end},
        )

    spoken = [c for c in cues if c.text]
    # In a speaker-labelled transcript an unlabelled cue goes on with the current speaker. When labels are
    # rare (subtitles tag only off-screen voices: "[Alba] ..."), a label covers its own cue only.
    sticky = 2 * sum(c.label is not None for c in spoken) >= len(spoken)
    for cue in spoken:
        if turn:
            if cue.dash:
                same = False
            elif cue.label is not None:
                same = cue.label == turn[0].label
            elif turn[0].label is not None:
                same = sticky
            else:
                same = not _SENTENCE_END.search(turn[-1].text)
            if not same:
                yield flush()
                ordinal += 1
                turn = []
        turn.append(cue)
    if turn:
        yield flush()


_META = re.compile(r"^(?:NOTE|STYLE|REGION)(?:\s|$)")


def _is_meta_block(line: str) -> bool:
    return _META.match(line) is not None


@dataclass(frozen=True)
class CueSyntax:
    """How one subtitle format lays out its cues, so ``iter_cue_blocks`` can walk WebVTT, SRT and SBV alike.

    ``marker`` finds timing lines, malformed ones too (``00:02 --> 00:03`` is reported as a bad timing, not as
    stray text); ``timing`` parses a good one (see ``parse_timing``). ``cue_ids`` says which line right before a
    timing line names the cue: ``any`` line after a blank line (WebVTT), a ``number`` even straight after the
    previous cue's text (SRT), or ``none`` (SBV). ``meta_blocks``: skip WebVTT NOTE/STYLE/REGION blocks.
    """

    marker: re.Pattern[str]
    timing: re.Pattern[str]
    cue_ids: Literal["any", "number", "none"]
    meta_blocks: bool = False

    def is_timing_line(self, line: str) -> bool:
        return self.marker.search(line) is not None

    def is_cue_id(self, line: str) -> bool:
        return self.cue_ids == "any" or (self.cue_ids == "number" and line.isdigit())


_ARROW = re.compile("-->")
WEBVTT_CUES = CueSyntax(_ARROW, TIMING, "any", meta_blocks=True)
SRT_CUES = CueSyntax(_ARROW, TIMING, "number")


def iter_cue_blocks(
    lines: list[str], i: int, name: str, syntax: CueSyntax = WEBVTT_CUES
) -> Iterator[RecordError | CueBlock]:
    """The cues of a subtitle file from line ``i`` on, as ``(cue_id, (start, end), body_lines)``.

    Shared by WebVTT, SRT and SBV, which differ only in what ``syntax`` says (timing lines, cue ids, NOTE
    blocks); a timing line starts the next cue even without a blank line before it. Text outside a cue and bad
    timings become ``RecordError``s naming the line.
    """
    n = len(lines)

    def timing_next(k: int) -> bool:
        return k + 1 < n and syntax.is_timing_line(lines[k + 1])

    while i < n:
        line = lines[i].strip()
        if not line:
            i += 1
            continue
        if syntax.meta_blocks and _is_meta_block(line):
            while i < n and lines[i].strip():
                i += 1
            continue
        cue_id = None
        if not syntax.is_timing_line(line):
            if syntax.is_cue_id(line) and timing_next(i):
                cue_id, i = line, i + 1
                line = lines[i].strip()
            else:
                yield RecordError("corrupt", f"{name} line {i + 1}: text outside a cue (no timing line)")
                while i < n and lines[i].strip():
                    i += 1
                continue
        timing = parse_timing(line, syntax.timing)
        lineno = i + 1
        i += 1
        body: list[str] = []
        while i < n and lines[i].strip() and not syntax.is_timing_line(lines[i]):
            if syntax.cue_ids == "number" and lines[i].strip().isdigit() and timing_next(i):
                break
            body.append(lines[i])
            i += 1
        # WebVTT: a text line right before the next timing line is that cue's id only after a blank line; here
        # it was cue text (YouTube auto-captions run cues together without blank lines).
        if timing is None:
            yield RecordError("corrupt", f"{name} line {lineno}: invalid cue timing")
            continue
        yield cue_id, timing, body


def cues_from_text(body: list[str], start: float, end: float, cue_id: str | None) -> list[Cue]:
    """One cue per block: its lines are one text, whose speaker ``split_speaker`` finds."""
    label, clean = split_speaker("\n".join(body))
    return [Cue(start, end, clean, label, cue_id)]


def messages_from_blocks(
    blocks: Iterable[RecordError | CueBlock],
    name: str,
    conv: str,
    channel: str,
    to_cues: Callable[[list[str], float, float, str | None], list[Cue]] = cues_from_text,
    what: str = "cues",
) -> Iterator[RawMessage | RecordError]:
    """The record errors of ``iter_cue_blocks`` as they come, then the turns of the valid cues.

    A file whose cues are all broken is ``corrupt`` and one without any cue ``empty`` (``ReaderError``): the
    pipeline names the file instead of writing nothing. ``what`` names the cues in that message.
    """
    cues: list[Cue] = []
    errors = 0
    for block in blocks:
        if isinstance(block, RecordError):
            errors += 1
            yield block
            continue
        cue_id, (start, end), body = block
        cues.extend(to_cues(body, start, end, cue_id))
    if not cues:
        if errors:
            raise ReaderError("corrupt", f"{name} has no valid {what}")
        raise ReaderError("empty", f"{name} has no cues")
    yield from cues_to_messages(cues, conv, channel)


class WebVttReader:
    """Reader for WebVTT transcripts."""

    name = "webvtt"
    channel = "call"
    extensions = (".vtt",)

    def sniff(self, path: Path, head: bytes) -> bool:
        return head_text(head).lstrip("\ufeff").startswith("WEBVTT")

    def read(self, path: Path, options: ReadOptions) -> Iterator[RawMessage | RecordError]:
        name = display_name(path, options.display_path)
        text, _ = read_text(path, options.encoding, options.max_file_bytes, name)
        lines = text.lstrip("\ufeff").splitlines()
        if not lines or not lines[0].startswith("WEBVTT"):
            raise ReaderError("corrupt", f"{name} does not start with a WEBVTT header")
        i, n = 1, len(lines)
        while i < n and lines[i].strip():  # header block: "Kind: captions", "Language: en"
            i += 1
        conv, channel = "file:" + file_digest(path), options.channel or self.channel
        yield from messages_from_blocks(iter_cue_blocks(lines, i, name), name, conv, channel)


READER = WebVttReader()
