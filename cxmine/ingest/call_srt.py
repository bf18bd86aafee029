"""SubRip (.srt) call transcripts in any encoding (UTF-8/16/32 with BOM, windows-1252), LF or CRLF.

Numbered cues (the number is optional), ``00:00:01,500 --> 00:00:04,000`` timings, text lines. The speaker
comes from a ``Name:`` prefix; dialogue lines starting with ``- `` are separate (unnamed) speakers, one turn each.
Merging, offsets and tags work as for WebVTT (see ``call_webvtt``): ``<i>``, ``<font>`` and ``{\\an8}`` are removed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from cxmine.ingest.base import RawMessage, ReadOptions, RecordError
from cxmine.ingest.call_webvtt import (
    SRT_CUES,
    TIMING,
    Cue,
    cues_from_text,
    iter_cue_blocks,
    messages_from_blocks,
    split_speaker,
)
from cxmine.ingest.textio import display_name, file_digest, head_text, read_text

_ASS = re.compile(r"\{\\[^}]*\}")
_DASH = re.compile(r"^\s*[-–]\s*")


def _cues_from_body(body: list[str], start: float, end: float, cue_id: str | None) -> list[Cue]:
    lines = [_ASS.sub("", x) for x in body]
    if sum(1 for x in lines if _DASH.match(x)) >= 2 or (len(lines) > 1 and _DASH.match(lines[0])):
        cues = []
        for x in lines:
            dash = bool(_DASH.match(x))
            label, clean = split_speaker(_DASH.sub("", x, count=1))
            if dash or not cues:
                cues.append(Cue(start, end, clean, label, cue_id if not cues else None, dash=True))
            else:  # a wrapped dialogue line: belongs to the previous dash line
                cues[-1].text = f"{cues[-1].text} {clean}".strip()
        return cues
    return cues_from_text(lines, start, end, cue_id)


class SrtReader:
    """Reader for SubRip transcripts."""

    name = "srt"
    channel = "call"
    extensions = (".srt",)

    def sniff(self, path: Path, head: bytes) -> bool:
        lines = [x.strip().lstrip("\ufeff") for x in head_text(head).splitlines()[:6]]
        lines = [x for x in lines if x]
        if not lines:
            return False
        if TIMING.match(lines[0]) and "-->" in lines[0]:
            return True
        return lines[0].isdigit() and len(lines) > 1 and TIMING.match(lines[1]) is not None

    def read(self, path: Path, options: ReadOptions) -> Iterator[RawMessage | RecordError]:
        name = display_name(path, options.display_path)
        text, _ = read_text(path, options.encoding, options.max_file_bytes, name)
        blocks = iter_cue_blocks(text.lstrip("\ufeff").splitlines(), 0, name, SRT_CUES)
        conv, channel = "file:" + file_digest(path), options.channel or self.channel
        yield from messages_from_blocks(blocks, name, conv, channel, _cues_from_body, "SRT cues")


READER = SrtReader()
