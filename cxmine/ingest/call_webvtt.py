"""WebVTT call transcripts (Zoom, Teams, Whisper ``.vtt`` output) and the cue-to-turn logic shared with SRT.

A cue's speaker comes from a voice tag (``<v Anna>``, ``<v.loud Anna>``) or a ``Name:`` prefix. Consecutive
cues of one speaker become one turn (cue texts joined with a space); an unlabelled cue goes on with the current
speaker. In files without any labels, cues are joined until a sentence ends (``.?!…``), so a sentence split over
two cues stays whole and a turn is one or more whole sentences. Other tags (``<c>``, ``<b>``,
inline ``<00:00:01.000>`` timestamps) are removed; NOTE, STYLE and REGION blocks are skipped. Cue times are
offsets into the recording, not clock times: ``sent_at`` is None and the first cue's start in seconds is kept in
``extra["offset_s"]`` (``extra["end_s"]`` for the last cue's end).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from html import unescape
from pathlib import Path

from cxmine.errors import ReaderError
from cxmine.ingest.base import RawMessage, ReadOptions, RecordError
from cxmine.ingest.textio import display_name, file_digest, head_text, normalize_speaker, read_text

TIMING = re.compile(r"^\s*(?:(\d+):)?(\d{1,2}):(\d{2})[.,](\d{1,3})\s*-->\s*(?:(\d+):)?(\d{1,2}):(\d{2})[.,](\d{1,3})")
_VOICE = re.compile(r"<v(?:\.[^\s>]+)?\s+([^>]+)>")
_TAG = re.compile(r"<[^>]*>")
# "Anna:", "Klant:", "Agent Jansen:": a short label of letters (no digits, so "12:30" is not a speaker).
_PREFIX = re.compile(r"^([^\W\d_][^\W\d_ .'’-]*(?:[ .'’-][^\W\d_]+){0,3}):\s+(.*)$", re.S)
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


def parse_timing(line: str) -> tuple[float, float] | None:
    """``(start, end)`` in seconds from ``00:01:02.500 --> 00:01:04.000`` (``,`` or ``.`` before the millis)."""
    m = TIMING.match(line)
    if not m:
        return None
    g = m.groups()

    def secs(h: str | None, mi: str, s: str, ms: str) -> float:
        return int(h or 0) * 3600 + int(mi) * 60 + int(s) + int(ms.ljust(3, "0")) / 1000

    return secs(*g[:4]), secs(*g[4:])


def split_speaker(text: str) -> tuple[str | None, str]:
    """The speaker label of a cue's text (voice tag or ``Name:`` prefix) and the text without it and tags."""
    label = None
    vm = _VOICE.search(text)
    if vm:
        label = vm.group(1).strip()
    clean = " ".join(unescape(_TAG.sub("", text)).split())
    if label is None:
        pm = _PREFIX.match(clean)
        if pm:
            label, clean = pm.group(1).strip(), pm.group(2).strip()
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

    for cue in cues:
        if not cue.text:
            continue
        if turn:
            if cue.dash:
                same = False
            elif cue.label is not None:
                same = cue.label == turn[0].label
            elif turn[0].label is not None:
                same = True  # an unlabelled cue goes on with the current speaker
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


def iter_cue_blocks(
    lines: list[str], i: int, name: str, srt: bool = False
) -> Iterator[RecordError | tuple[str | None, tuple[float, float], list[str]]]:
    """The cues of a subtitle file from line ``i`` on, as ``(cue_id, (start, end), body_lines)``.

    Shared by WebVTT and SRT. WebVTT skips NOTE/STYLE/REGION blocks and takes any line right before a timing
    line as the cue id; SRT takes only a number, and a number followed by a timing line starts the next cue even
    without a blank line. Text outside a cue and bad timings become ``RecordError``s naming the line.
    """
    n = len(lines)
    while i < n:
        line = lines[i].strip()
        if not line:
            i += 1
            continue
        if not srt and _is_meta_block(line):
            while i < n and lines[i].strip():
                i += 1
            continue
        cue_id = None
        if "-->" not in line:
            if (line.isdigit() or not srt) and i + 1 < n and "-->" in lines[i + 1]:
                cue_id, i = line, i + 1
                line = lines[i].strip()
            else:
                yield RecordError("corrupt", f"{name} line {i + 1}: text outside a cue (no timing line)")
                while i < n and lines[i].strip():
                    i += 1
                continue
        timing = parse_timing(line)
        lineno = i + 1
        i += 1
        body: list[str] = []
        while i < n and lines[i].strip() and "-->" not in lines[i]:
            if srt and lines[i].strip().isdigit() and i + 1 < n and "-->" in lines[i + 1]:
                break
            body.append(lines[i])
            i += 1
        # WebVTT: a text line right before the next timing line is that cue's id only after a blank line; here
        # it was cue text (YouTube auto-captions run cues together without blank lines).
        if timing is None:
            yield RecordError("corrupt", f"{name} line {lineno}: invalid cue timing")
            continue
        yield cue_id, timing, body


class WebVttReader:
    """Reader for WebVTT transcripts."""

    name = "webvtt"
    channel = "call"
    extensions = (".vtt",)

    def sniff(self, path: Path, head: bytes) -> bool:
        return head_text(head).lstrip("\ufeff").startswith("WEBVTT")

    def read(self, path: Path, options: ReadOptions) -> Iterator[RawMessage | RecordError]:
        name = display_name(path, options.display_path)
        text, _ = read_text(path, options.encoding)
        lines = text.lstrip("\ufeff").splitlines()
        if not lines or not lines[0].startswith("WEBVTT"):
            raise ReaderError("corrupt", f"{name} does not start with a WEBVTT header")
        cues: list[Cue] = []
        i, n = 1, len(lines)
        while i < n and lines[i].strip():  # header block: "Kind: captions", "Language: en"
            i += 1
        errors = 0
        for block in iter_cue_blocks(lines, i, name):
            if isinstance(block, RecordError):
                errors += 1
                yield block
                continue
            cue_id, (start, end), body = block
            label, clean = split_speaker("\n".join(body))
            cues.append(Cue(start, end, clean, label, cue_id))
        if not cues:
            if errors:
                raise ReaderError("corrupt", f"{name} has no valid cues")
            raise ReaderError("empty", f"{name} has no cues")
        yield from cues_to_messages(cues, "file:" + file_digest(path), options.channel or self.channel)


READER = WebVttReader()
