"""Speaker roles without labels: WhatsApp business names, AWS spk labels, single-stream Whisper (issue 12)."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.dataset as ds

from cxmine.pipeline import roles
from cxmine.pipeline.run import IngestConfig, run_ingest

WHATSAPP_NL = """\
14-05-2024 10:02 - Marloes Jansen: Hoi, ik heb vorige week een lamp besteld maar hij is nog niet binnen.
14-05-2024 10:04 - Lumina Klantenservice: Hoi Marloes, vervelend om te horen! Kunt u uw ordernummer geven?
14-05-2024 10:05 - Marloes Jansen: LM-55120
14-05-2024 10:07 - Lumina Klantenservice: Dank u. Hij wordt donderdag bezorgd. Kan ik nog iets voor u doen?
14-05-2024 10:08 - Marloes Jansen: Kan ik hem ook in de winkel ophalen?
"""

WHATSAPP_DA = """\
[02.03.2024, 09:10:11] Ole Berg: Hej, hvornår får jeg mine penge tilbage for ordre 7712?
[02.03.2024, 09:12:40] Hyggehjem ApS: Hej Ole, tak for din besked. Hvad er dit ordrenummer?
[02.03.2024, 09:13:02] Ole Berg: 7712
[02.03.2024, 09:15:30] Hyggehjem ApS: Et øjeblik, jeg tjekker. Pengene er sendt i går.
"""


def _aws(turns: list[tuple[str, str]]) -> dict:
    """An AWS Transcribe result with speaker labels: one segment per (label, text) turn."""
    items, segments, t = [], [], 0.0
    for label, text in turns:
        seg_items = []
        for word in text.split():
            punct = word[-1] if word[-1] in ".,?!" else ""
            core = word[:-1] if punct else word
            item = {"start_time": f"{t:.2f}", "end_time": f"{t + 0.3:.2f}", "type": "pronunciation",
                    "alternatives": [{"confidence": "0.99", "content": core}], "speaker_label": label}
            items.append(item)
            seg_items.append({"start_time": item["start_time"], "end_time": item["end_time"], "speaker_label": label})
            if punct:
                items.append({"type": "punctuation", "alternatives": [{"confidence": "0.0", "content": punct}]})
            t += 0.4
        segments.append({"start_time": seg_items[0]["start_time"], "end_time": seg_items[-1]["end_time"],
                         "speaker_label": label, "items": seg_items})
        t += 1.0
    return {"jobName": "call-1", "results": {"transcripts": [{"transcript": " ".join(x for _, x in turns)}],
                                             "speaker_labels": {"speakers": 2, "segments": segments},
                                             "items": items}}


def _ingest(tmp_path: Path, name: str, content: str, **kw) -> tuple[list[dict], list[str]]:  # noqa: ANN003
    src = tmp_path / name
    src.write_text(content, encoding="utf-8")
    out = tmp_path / "out"
    run_ingest([src], out, IngestConfig(salt="t", **kw))
    msgs = ds.dataset(out / "messages", partitioning="hive").to_table().sort_by("seq").to_pylist()
    questions = ds.dataset(out / "questions", partitioning="hive").to_table().column("text").to_pylist()
    return msgs, questions


def test_whatsapp_business_name_is_the_agent_and_the_other_party_the_customer(tmp_path: Path) -> None:
    msgs, questions = _ingest(tmp_path, "chat.txt", WHATSAPP_NL)
    assert [m["speaker"] for m in msgs] == ["customer", "agent", "customer", "agent", "customer"]
    assert all(m["speaker_score"] is not None and m["speaker_score"] >= 0.9 for m in msgs)
    # the agent's own questions are no customer questions any more; the customer's is
    assert not any("ordernummer" in q or "iets voor u doen" in q for q in questions)
    assert any("ophalen" in q for q in questions)


def test_danish_company_suffix_and_agent_question_dropped(tmp_path: Path) -> None:
    msgs, questions = _ingest(tmp_path, "chat_da.txt", WHATSAPP_DA)
    assert [m["speaker"] for m in msgs] == ["customer", "agent", "customer", "agent"]
    assert not any("ordrenummer" in q for q in questions)
    assert any("penge tilbage" in q for q in questions)


def test_aws_speaker_labels_resolved_by_agent_phrasing_when_spk0_is_the_customer(tmp_path: Path) -> None:
    doc = _aws([
        ("spk_0", "Hello, I'm calling because my refund never arrived."),
        ("spk_1", "Thank you for calling, you're speaking with Tom. Can I take your order number please?"),
        ("spk_0", "Yes, it's four four one two."),
        ("spk_1", "One moment, let me check. I can see the refund was sent yesterday."),
        ("spk_0", "When will it be in my account?"),
        ("spk_1", "Within three working days. Is there anything else I can help you with?"),
        ("spk_0", "No, thanks."),
    ])
    msgs, questions = _ingest(tmp_path, "call.json", json.dumps(doc))
    assert [m["speaker"] for m in msgs] == ["customer", "agent"] * 3 + ["customer"]
    assert all(m["speaker_score"] is not None for m in msgs)
    assert any("my account" in q for q in questions)
    assert not any("order number" in q or "anything else" in q for q in questions)


def test_single_stream_whisper_gets_a_role_and_score_per_segment(tmp_path: Path) -> None:
    lines = [
        "Good morning, thank you for calling Brightline, my name is Sarah. How can I help you today?",
        "Hi, my internet has been down since yesterday and I work from home.",
        "I'm sorry to hear that. Could I have your account number please?",
        "Yes, it's seven seven three one.",
        "Thank you, one moment while I check your line.",
        "There is an outage in your area, it should be fixed tonight.",
        "Will I get money back for the days without internet?",
        "Yes, you will get a credit on your next bill. Is there anything else I can help you with?",
        "No, that's all, thanks.",
    ]
    segments = [{"id": i, "start": 3.0 * i, "end": 3.0 * i + 2.5, "text": " " + x} for i, x in enumerate(lines)]
    msgs, questions = _ingest(tmp_path, "call.json", json.dumps({"text": " ".join(lines), "language": "en",
                                                                "segments": segments}))
    got = [m["speaker"] for m in msgs]
    want = ["agent", "customer", "agent", "customer", "agent", "agent", "customer", "agent", "customer"]
    assert sum(g == w for g, w in zip(got, want)) >= 8, got
    assert all(m["speaker_score"] is not None and 0.5 <= m["speaker_score"] <= 1.0 for m in msgs)
    assert not any("account number" in q for q in questions)


def test_agent_address_overrides_inference(tmp_path: Path) -> None:
    # the option names the person as the agent: options win over the business name and the wording
    msgs, _ = _ingest(tmp_path, "chat.txt", WHATSAPP_NL, agent_addresses=("Marloes Jansen",))
    assert [m["speaker"] for m in msgs] == ["agent", "customer", "agent", "customer", "agent"]
    assert all(m["speaker_score"] is None for m in msgs)


def test_keep_term_names_the_company_author(tmp_path: Path) -> None:
    chat = WHATSAPP_NL.replace("Lumina Klantenservice", "Lumina")
    msgs, _ = _ingest(tmp_path, "chat.txt", chat.replace("vervelend om te horen! ", ""), agent_domains=("lumina.example",))
    assert [m["speaker"] for m in msgs][:2] == ["customer", "agent"]


def test_company_names_and_group_chats() -> None:
    names = roles.CompanyNames(domains=("nordhus.example",), keep=("Webshop Hygge",))
    assert names.is_company("Nordhus") and names.is_company("Webshop Hygge") and names.is_company("ParcelGo Support")
    assert names.is_company("Fietsen Jansen B.V.") and names.is_company("Strøm A/S")
    assert not names.is_company("Sanne de Vries") and not names.is_company("+31 6 12345678")
    # a group chat of several people where nobody sounds like a company stays as it is
    turns = [roles.Turn(f"m{i}", p, p, "unknown", (i,), -2.0) for i, p in enumerate(["a", "b", "c", "a", "b"])]
    assert roles.assign_contact(turns, "chat", roles.CompanyNames()) == {}


def test_single_stream_smoothing_follows_alternation() -> None:
    post = roles._single_stream([3.0, -3.0, 0.0, -3.0], switch=0.8)
    assert post[0] > 0.9 and post[1] < 0.1 and post[2] > 0.5 and post[3] < 0.1
