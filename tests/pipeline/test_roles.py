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


def _whisper(lines: list[str], language: str) -> str:
    segments = [{"id": i, "start": 3.0 * i, "end": 3.0 * i + 2.5, "text": " " + x} for i, x in enumerate(lines)]
    return json.dumps({"text": " ".join(lines), "language": language, "segments": segments})


def test_single_stream_backchannels_and_answers_follow_the_questions(tmp_path: Path) -> None:
    # short turns ("Ja.", "Oké.", "Hmm.") carry little evidence: the question before them and the switch
    # statistics of the decoder decide; the agent's questions are no customer questions
    script = [
        ("agent", "Goedemiddag, Stroomnet, u spreekt met Kevin."),
        ("customer", "Hallo, ik heb mijn jaarafrekening gekregen en ik moet zevenhonderd euro bijbetalen."),
        ("customer", "Dat snap ik niet, we zijn bijna nooit thuis."),
        ("agent", "Ja."),
        ("agent", "Dat begrijp ik. Mag ik uw postcode en huisnummer?"),
        ("customer", "1062 KL, nummer 88."),
        ("agent", "Dank u. Is de meterstand van maart door u zelf doorgegeven?"),
        ("customer", "Ja."),
        ("agent", "Dan is er waarschijnlijk een cijfer verkeerd ingevoerd. Kunt u de meter nu aflezen?"),
        ("customer", "Oké, momentje."),
        ("customer", "Er staat 4 5 2 1 0."),
        ("agent", "Dan zet ik een correctie in gang. U krijgt binnen tien werkdagen een nieuwe jaarafrekening."),
        ("customer", "Hmm."),
        ("agent", "Kan ik u verder nog ergens mee helpen?"),
        ("customer", "Nee, dank u wel."),
    ]
    msgs, questions = _ingest(tmp_path, "call.json", _whisper([t for _, t in script], "nl"))
    got = [m["speaker"] for m in msgs]
    want = [r for r, _ in script]
    # single-stream decoding is right for about 4 segments in 5 on independent calls (bench/results/speakers.md):
    # at most two misses here (since the fourth training set: "we zijn bijna nooit thuis." sounds like the
    # company's "we", and the "Ja." after it follows it)
    assert sum(g == w for g, w in zip(got, want)) >= len(want) - 2, got
    assert (got[7], got[9], got[12]) == ("customer", "customer", "customer"), got  # Ja. Oké. Hmm.
    assert not any("postcode" in q or "aflezen" in q or "ergens mee helpen" in q for q in questions)


def test_single_stream_call_that_starts_with_the_customer_after_the_menu(tmp_path: Path) -> None:
    # the recording starts after the phone menu, with the customer waiting on the line
    script = [
        ("customer", "Hallo? Hallo, is daar iemand?"),
        ("agent", "Goedemorgen, excuses voor het wachten, u spreekt met Mila van Telfort. Waarmee kan ik u helpen?"),
        ("customer", "Ja, mijn nummer is nog steeds niet overgezet naar mijn nieuwe telefoon."),
        ("customer", "Het zou binnen een dag geregeld zijn, maar het is nu al vier dagen."),
        ("agent", "Oké."),
        ("agent", "Mag ik het nummer dat overgezet moet worden?"),
        ("customer", "Zes twee drie vier vijf zes zeven acht."),
        ("agent", "Dank u. Ik heb de overstap opnieuw aangevraagd, morgen voor twaalf uur werkt uw nummer."),
        ("customer", "Mm-hmm. Oké, dank u."),
    ]
    msgs, _ = _ingest(tmp_path, "call.json", _whisper([t for _, t in script], "nl"))
    got = [m["speaker"] for m in msgs]
    assert got[:3] == ["customer", "agent", "customer"], got
    assert sum(g == r for g, (r, _) in zip(got, script)) >= len(script) - 2, got


def test_aws_call_whose_greeting_has_a_label_of_its_own(tmp_path: Path) -> None:
    # the diarization gave the agent's greeting its own label: three labels, one customer
    doc = _aws([
        ("spk_2", "Thank you for calling Skyline Airways, my name is Tim. How can I help?"),
        ("spk_1", "Hi Tim, my flight to Lisbon was cancelled yesterday and I haven't heard anything."),
        ("spk_0", "Okay."),
        ("spk_1", "It's booking X K 4 P 2 R, and I need to be in Lisbon on Friday."),
        ("spk_0", "Right. So the flight was cancelled because of the strike."),
        ("spk_1", "Oh, I didn't know that. Can I still get compensation?"),
        ("spk_0", "Yes. There is a form for that."),
        ("spk_1", "Okay, great, thanks."),
    ])
    msgs, questions = _ingest(tmp_path, "call.json", json.dumps(doc))
    assert [m["speaker"] for m in msgs] == ["agent", "customer"] + ["agent", "customer"] * 3
    assert any("compensation" in q for q in questions)


def test_a_contact_of_one_unlabelled_message_is_not_guessed():
    """A table export without a speaker column where each row is a contact (a web form, a ticket): nothing to
    tell a conversation's sides apart with, so the row keeps its reader's speaker instead of a model's guess."""
    from cxmine.pipeline.roles import CompanyNames, Turn, assign_contact

    turn = Turn(message_id="m1", party=None, name=None, speaker="unknown", order=(0,), text_score=3.0)
    assert assign_contact([turn], "chat", CompanyNames()) == {}
    two = [turn, Turn(message_id="m2", party=None, name=None, speaker="unknown", order=(1,), text_score=-3.0)]
    assert set(assign_contact(two, "chat", CompanyNames())) == {"m1", "m2"}  # a conversation is still decided


class _Given:
    """A role scorer whose turn log-odds are the turns' own ``text_score`` (no position)."""

    def text_scores(self, texts):
        return [0.0] * len(texts)

    def logit(self, text_score: float, index: int, n: int, channel: str) -> float:
        return text_score


def test_a_party_is_scored_by_a_trimmed_mean_so_two_plain_answers_do_not_outweigh_three_agent_turns() -> None:
    # the agent: three clear agent turns and two factual answers that sound like anyone ("Yes, £2.49.");
    # the customer: five turns that lean towards the agent a little ("Do you have ...?", "Are you open ...?")
    agent, customer = [4.0, 4.0, 4.0, -4.0, -4.0], [1.0] * 5
    turns = [roles.Turn(f"m{i}", p, p, "unknown", (i,), s)
             for i, (p, s) in enumerate(x for pair in zip([("shop", a) for a in agent],
                                                          [("margaret", c) for c in customer]) for x in pair)]
    got = roles.assign_contact(turns, "chat", roles.CompanyNames(), _Given())
    assert {got[t.message_id][0] for t in turns if t.party == "shop"} == {"agent"}
    assert {got[t.message_id][0] for t in turns if t.party == "margaret"} == {"customer"}
    assert roles._party_score([4.0, 4.0, 4.0, -4.0, -4.0]) > roles._party_score([1.0] * 5)
    assert roles._party_score([9.0, -9.0]) == 0.0  # clipped, and too few turns to trim


def test_a_call_with_three_labels_that_all_sound_like_agents_still_has_a_customer() -> None:
    scores = {"spk_0": [3.0] * 4, "spk_1": [2.5] * 4, "spk_2": [2.0] * 4}
    turns = [roles.Turn(f"{p}-{i}", p, p, "unknown", (k, i), s)
             for k, (p, ss) in enumerate(scores.items()) for i, s in enumerate(ss)]
    got = roles.assign_contact(turns, "call", roles.CompanyNames(), _Given())
    by_party = {p: {got[t.message_id][0] for t in turns if t.party == p} for p in scores}
    assert by_party["spk_0"] == {"agent"} and by_party["spk_2"] == {"customer"}, by_party
