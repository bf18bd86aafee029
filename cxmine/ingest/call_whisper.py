"""Whisper / whisperX JSON transcripts: ``{"text", "language", "segments": [{start, end, text, speaker?}]}``.

With whisperX-style ``speaker`` keys ("SPEAKER_00"), consecutive segments of one speaker become one turn and
``author`` is the label (speaker ``unknown``: the pipeline decides who is the agent; a label that is a role
word such as "Agent" or "Klant" is mapped). Without speakers, segments are joined until a sentence ends, the
same rule as unlabelled subtitle cues, so one turn is one or more whole sentences. Offsets go to
``extra["offset_s"]``/``extra["end_s"]``; Whisper's detected language to ``extra["language_hint"]``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from cxmine.errors import ReaderError
from cxmine.ingest.base import RawMessage, ReadOptions, RecordError
from cxmine.ingest.call_webvtt import Cue, cues_to_messages
from cxmine.ingest.textio import display_name, file_digest, head_text, read_json


def _number(value: object) -> float | None:
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


class WhisperReader:
    """Reader for Whisper and whisperX JSON output."""

    name = "whisper"
    channel = "call"
    extensions = (".json",)

    def sniff(self, path: Path, head: bytes) -> bool:
        s = head_text(head).lstrip()
        if not s.startswith("{") or '"segments"' not in s or '"jobName"' in s or '"results"' in s[:200]:
            return False
        i = s.find('"segments"')
        window = s[i : i + 3000]
        return '"start"' in window and '"end"' in window and '"text"' in window

    def read(self, path: Path, options: ReadOptions) -> Iterator[RawMessage | RecordError]:
        name = display_name(path, options.display_path)
        doc = read_json(path, options.encoding, name, options.max_file_bytes)
        segments = doc.get("segments") if isinstance(doc, dict) else None
        if not isinstance(segments, list):
            raise ReaderError("unsupported", f"{name} has no 'segments' list; expected Whisper JSON output")
        cues: list[Cue] = []
        for i, seg in enumerate(segments):
            if not isinstance(seg, dict) or not isinstance(seg.get("text"), str):
                yield RecordError("missing_field", f"{name} segment {i}: no text")
                continue
            start = _number(seg.get("start"))
            end = _number(seg.get("end"))
            speaker = seg.get("speaker")
            sid = seg.get("id")
            cues.append(
                Cue(
                    start if start is not None else 0.0,
                    end if end is not None else 0.0,
                    " ".join(seg["text"].split()),
                    str(speaker) if speaker is not None else None,
                    None if sid is None else str(sid),
                )
            )
        if not cues:
            raise ReaderError("empty", f"{name} has no segments with text")
        lang = doc.get("language")
        for msg in cues_to_messages(cues, "file:" + file_digest(path), options.channel or self.channel):
            if isinstance(lang, str):
                msg.extra["language_hint"] = lang
            yield msg


READER = WhisperReader()
