"""AWS Transcribe job output: ``{"jobName", "results": {"transcripts", "items", "speaker_labels" | "channel_labels"}}``.

Turns are rebuilt from ``items``: pronunciation items are words, punctuation items attach to the word before.
With ``speaker_labels`` each word gets the speaker of its segment (matched on start time); with
``channel_labels`` each channel's items are that channel's words; the words of all speakers are put in time
order and consecutive words of one speaker/channel form one turn. ``author`` is ``spk_N`` / ``ch_N``; speaker
is ``unknown`` (the pipeline decides which one is the agent). Without labels, a new turn starts after a pause of
``PAUSE_S`` seconds or more, so a long call is not one giant message. Only the first (best) alternative is used.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from cxmine.errors import ReaderError
from cxmine.ingest.base import RawMessage, ReadOptions, RecordError
from cxmine.ingest.textio import display_name, file_digest, head_text, read_json

PAUSE_S = 2.0


def _content(item: dict) -> str:
    alts = item.get("alternatives")
    if isinstance(alts, list) and alts and isinstance(alts[0], dict):
        c = alts[0].get("content")
        return c if isinstance(c, str) else ""
    return ""


def _f(value: object) -> float | None:
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


def _words(items: list, label_of: dict[str, str] | None, fixed: str | None) -> list[list]:
    """Items to ``[start, end, label, text]`` words with punctuation glued to the word before."""
    words: list[list] = []
    label = fixed
    for item in items:
        if not isinstance(item, dict):
            continue
        text = _content(item)
        if item.get("type") == "punctuation":
            if words and text:
                words[-1][3] += text
            continue
        if not text:  # a word removed by a vocabulary filter
            continue
        start, end = _f(item.get("start_time")), _f(item.get("end_time"))
        if label_of is not None:
            label = label_of.get(str(item.get("start_time")), item.get("speaker_label") or label)
        words.append(
            [
                start if start is not None else (words[-1][0] if words else 0.0),
                end if end is not None else (words[-1][1] if words else 0.0),
                label,
                text,
            ]
        )
    return words


class AwsTranscribeReader:
    """Reader for AWS Transcribe JSON results."""

    name = "aws_transcribe"
    channel = "call"
    extensions = (".json",)

    def sniff(self, path: Path, head: bytes) -> bool:
        s = head_text(head).lstrip()
        return s.startswith("{") and '"results"' in s and '"transcripts"' in s and ('"jobName"' in s or '"items"' in s)

    def read(self, path: Path, options: ReadOptions) -> Iterator[RawMessage | RecordError]:
        name = display_name(path, options.display_path)
        doc = read_json(path, options.encoding, name, options.max_file_bytes)
        results = doc.get("results") if isinstance(doc, dict) else None
        if not isinstance(results, dict):
            raise ReaderError("unsupported", f"{name} has no 'results' object; expected AWS Transcribe output")
        items = results.get("items") if isinstance(results.get("items"), list) else []
        channels = (results.get("channel_labels") or {}).get("channels")
        segments = (results.get("speaker_labels") or {}).get("segments")
        labelled = False
        if isinstance(channels, list) and channels:
            labelled = True
            words: list[list] = []
            for ch in channels:
                if isinstance(ch, dict) and isinstance(ch.get("items"), list):
                    words.extend(_words(ch["items"], None, str(ch.get("channel_label") or "ch")))
            words.sort(key=lambda w: w[0])  # stable: a channel's own order is kept for equal starts
        elif isinstance(segments, list) and segments:
            labelled = True
            label_of: dict[str, str] = {}
            for seg in segments:
                if isinstance(seg, dict):
                    for it in seg.get("items") or []:
                        if isinstance(it, dict) and it.get("start_time") is not None:
                            label_of[str(it["start_time"])] = str(it.get("speaker_label") or seg.get("speaker_label"))
            words = _words(items, label_of, None)
        else:
            words = _words(items, None, None)
        if not words:
            transcripts = results.get("transcripts")
            if isinstance(transcripts, list) and any(isinstance(t, dict) and t.get("transcript") for t in transcripts):
                yield RecordError("missing_field", f"{name}: no word items; the transcript text was not split")
                return
            raise ReaderError("empty", f"{name} has no transcribed words")
        conv = "file:" + file_digest(path)
        channel = options.channel or self.channel
        ordinal = 0
        turn: list[list] = [words[0]]
        for w in words[1:]:
            prev = turn[-1]
            new_turn = w[2] != prev[2] if labelled else w[0] - prev[1] >= PAUSE_S
            if new_turn:
                yield self._turn(turn, conv, channel, ordinal)
                ordinal += 1
                turn = []
            turn.append(w)
        yield self._turn(turn, conv, channel, ordinal)

    @staticmethod
    def _turn(turn: list[list], conv: str, channel: str, ordinal: int) -> RawMessage:
        label = turn[0][2]
        return RawMessage(
            text=" ".join(w[3] for w in turn),
            channel=channel,
            conversation=conv,
            speaker="unknown",
            author=label,
            author_name=label,
            ordinal=ordinal,
            extra={"offset_s": turn[0][0], "end_s": turn[-1][1]},
        )


READER = AwsTranscribeReader()
