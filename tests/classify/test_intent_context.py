"""Short questions are classified with the sentence before them (their intent is in the context)."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa

from cxmine.classify.intents.run import _with_context
from cxmine.schema import MESSAGE_SCHEMA
from cxmine.store import replace_dataset


def test_short_question_gets_previous_sentence(tmp_path: Path) -> None:
    text = "De lamp is kapot aangekomen. Wat moet ik doen? Kunnen jullie de factuur ook per post sturen naar mij?"
    msgs = pa.table({"message_id": ["m1"], "contact_id": ["c1"], "channel": ["chat"], "source_format": ["x"],
                     "source_file": ["f"], "speaker": ["customer"], "text": [text], "language": ["nl"]})
    replace_dataset(msgs, tmp_path / "messages", MESSAGE_SCHEMA)
    q1, q2 = "Wat moet ik doen?", "Kunnen jullie de factuur ook per post sturen naar mij?"
    questions = pa.table({"message_id": ["m1", "m1"], "text": [q1, q2], "start": [text.index(q1), text.index(q2)]})
    out = _with_context(questions, tmp_path)
    assert out[0] == "De lamp is kapot aangekomen. Wat moet ik doen?"
    assert out[1] == q2  # long enough on its own: unchanged
