"""YouTube SubViewer (.sbv) call and caption transcripts.

Blocks separated by blank lines: a ``0:00:00.599,0:00:04.160`` timing line (``H:MM:SS.mmm`` start and end),
then the text lines; there are no cue ids and no header. Speakers, merging into turns and offsets work as for
WebVTT (see ``call_webvtt``), including ``[Name]`` and ``>> Name:`` speaker tags. A block without a timing line
or with a bad timing is a record error naming its line; the other cues are kept.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from cxmine.ingest.base import RawMessage, ReadOptions, RecordError
from cxmine.ingest.call_webvtt import CueSyntax, iter_cue_blocks, messages_from_blocks
from cxmine.ingest.textio import display_name, file_digest, head_text, read_text

_SBV_TIMING = re.compile(
    r"^\s*(?:(\d+):)?(\d{1,2}):(\d{2})\.(\d{1,3})\s*,\s*(?:(\d+):)?(\d{1,2}):(\d{2})\.(\d{1,3})\s*$"
)
# A line shaped like a timing line, broken ones included ("0:00:13.f89,0:00:15.489"), so a bad timing is
# reported as such instead of as text outside a cue.
_SBV_MARKER = re.compile(r"^\s*\d+:\d+[:.\w]*\s*,\s*\d+:\d+[:.\w]*\s*$")
SBV_CUES = CueSyntax(_SBV_MARKER, _SBV_TIMING, "none")


class SbvReader:
    """Reader for YouTube SubViewer transcripts."""

    name = "sbv"
    channel = "call"
    extensions = (".sbv",)

    def sniff(self, path: Path, head: bytes) -> bool:
        """The first non-blank line is an SBV timing line (with or without the ``.sbv`` extension)."""
        first = next((x for x in head_text(head).lstrip("\ufeff").splitlines() if x.strip()), "")
        return _SBV_TIMING.match(first) is not None

    def read(self, path: Path, options: ReadOptions) -> Iterator[RawMessage | RecordError]:
        name = display_name(path, options.display_path)
        text, _ = read_text(path, options.encoding, options.max_file_bytes, name)
        blocks = iter_cue_blocks(text.lstrip("\ufeff").splitlines(), 0, name, SBV_CUES)
        conv, channel = "file:" + file_digest(path), options.channel or self.channel
        yield from messages_from_blocks(blocks, name, conv, channel, what="SBV cues")


READER = SbvReader()
