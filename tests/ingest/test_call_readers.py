"""Call transcript readers: WebVTT, SRT, SBV, plain text, Whisper JSON and AWS Transcribe JSON."""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import pytest

from cxmine.errors import ReaderError
from cxmine.ingest import detect_reader
from cxmine.ingest.base import RawMessage, ReadOptions, RecordError
from cxmine.ingest.call_webvtt import split_speaker
from cxmine.ingest.textio import file_digest

CALL = Path(__file__).resolve().parents[1] / "data" / "call"


def read(module: str, path: Path, **opts) -> tuple[list[RawMessage], list[RecordError]]:
    reader = importlib.import_module(f"cxmine.ingest.{module}").READER
    out = list(reader.read(path, ReadOptions(**opts)))
    return [m for m in out if isinstance(m, RawMessage)], [e for e in out if isinstance(e, RecordError)]


def test_webvtt_voice_tags_merge_and_cleanup() -> None:
    msgs, errors = read("call_webvtt", CALL / "support_call_nl.vtt")
    assert not errors
    assert [(m.author, m.speaker) for m in msgs] == [
        ("Medewerker", "agent"),
        ("Klant", "customer"),
        ("Medewerker", "agent"),
        ("Klant", "customer"),
    ]
    assert msgs[0].text == "Goedemiddag, klantenservice PostNu, u spreekt met Daan."
    # two cues of the customer in a row are one turn; <c>, </v> and <00:00:10.000> are gone
    assert msgs[1].text == "Hallo, ik bel over mijn pakket. Het is al een week onderweg. Waar blijft het?"
    assert msgs[2].text == "Ik zoek het even op & bel u terug."
    assert msgs[3].text == "Kunt u ook de factuur <opnieuw> mailen?"  # "Klant:" prefix
    assert msgs[1].extra["offset_s"] == 4.5 and msgs[1].extra["end_s"] == 11.0
    assert msgs[0].native_id == "1" and all(m.sent_at is None for m in msgs)
    assert all(m.channel == "call" for m in msgs)
    assert {m.conversation for m in msgs} == {"file:" + file_digest(CALL / "support_call_nl.vtt")}


def test_webvtt_without_speakers_joins_sentences(tmp_path: Path) -> None:
    p = tmp_path / "t.vtt"
    p.write_text(
        "WEBVTT\n\n00:01.000 --> 00:02.000\nMy order number\n\n00:02.000 --> 00:03.000\nis 123.\n\n"
        "00:03.500 --> 00:04.000\nWhere is it?\n"
    )
    msgs, _ = read("call_webvtt", p)
    assert [m.text for m in msgs] == ["My order number is 123.", "Where is it?"]
    assert [m.speaker for m in msgs] == ["unknown", "unknown"]


def test_webvtt_bad_cue_is_a_record_error_and_missing_header_raises(tmp_path: Path) -> None:
    p = tmp_path / "bad.vtt"
    p.write_text("WEBVTT\n\n00:01.000 --> 00:02.000\nHallo?\n\n00:02 --> 00:03\nkapot\n")
    msgs, errors = read("call_webvtt", p)
    assert [m.text for m in msgs] == ["Hallo?"] and len(errors) == 1 and "line 6" in errors[0].detail
    q = tmp_path / "nohead.vtt"
    q.write_text("00:01.000 --> 00:02.000\nHallo\n")
    with pytest.raises(ReaderError):
        read("call_webvtt", q)


def test_srt_windows_1252_crlf_prefixes_and_dashes() -> None:
    assert b"\r\n" in (CALL / "support_call_da.srt").read_bytes()
    msgs, errors = read("call_srt", CALL / "support_call_da.srt")
    assert not errors
    assert [m.speaker for m in msgs] == ["agent", "customer", "unknown", "unknown", "agent"]
    assert msgs[0].text == "Velkommen til kundeservice, du taler med Søren."
    # an unlabelled cue goes on with the customer
    assert msgs[1].text == "Hej, jeg har et spørgsmål om min regning. Hvorfor er beløbet højere end sidste måned?"
    assert [msgs[2].text, msgs[3].text] == ["Det kigger jeg på.", "Tak, det er pænt af dig."]
    assert msgs[4].text == "Der er et gebyr for papirfaktura på 29 kr."
    assert msgs[0].native_id == "1" and msgs[0].extra["offset_s"] == 0.8


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-32"])
def test_srt_unicode_boms(tmp_path: Path, encoding: str) -> None:
    p = tmp_path / "x.srt"
    p.write_bytes("1\n00:00:01,000 --> 00:00:02,000\nKlant: Waar is mijn pakket?\n".encode(encoding))
    reader = importlib.import_module("cxmine.ingest.call_srt").READER
    assert reader.sniff(p, p.read_bytes())
    msgs, _ = read("call_srt", p)
    assert [(m.speaker, m.text) for m in msgs] == [("customer", "Waar is mijn pakket?")]


def test_srt_without_valid_cues_raises() -> None:
    with pytest.raises(ReaderError) as exc:
        read("call_srt", CALL / "broken.srt")
    assert exc.value.error == "corrupt"


def test_sbv_dutch_bracket_tags_merge_into_turns() -> None:
    msgs, errors = read("call_sbv", CALL / "support_call_nl.sbv")
    assert not errors
    assert [(m.author, m.speaker) for m in msgs] == [
        ("Agent", "agent"),
        ("Klant", "customer"),
        ("Agent", "agent"),
        ("Klant", "customer"),  # ">> Klant:"
    ]
    assert msgs[0].text == "Goedemiddag, klantenservice PostNu, u spreekt met Daan."
    assert msgs[1].text == "Hallo, ik bel over mijn pakket. Het is al een week onderweg. Waar blijft het?"
    # "[Muziek]" is not a speaker: the hold music stays in the agent's turn, which "[Agent]:" continues
    assert msgs[2].text == "Ik zoek het even op, een moment alstublieft. [Muziek] Uw pakket ligt bij het afhaalpunt."
    assert msgs[0].extra == {"offset_s": 0.599, "end_s": 4.16} and msgs[2].extra["end_s"] == 24.0
    assert all(m.sent_at is None and m.native_id is None and m.channel == "call" for m in msgs)
    assert {m.conversation for m in msgs} == {"file:" + file_digest(CALL / "support_call_nl.sbv")}


def test_sbv_danish_bom_crlf_hours_and_sound_tags() -> None:
    raw = (CALL / "support_call_da.sbv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    msgs, errors = read("call_sbv", CALL / "support_call_da.sbv")
    assert not errors
    assert [m.speaker for m in msgs] == ["agent", "customer", "agent", "customer", "agent"]
    assert msgs[1].text == "Hej, jeg har et spørgsmål om min regning. Hvorfor er beløbet højere end sidste måned?"
    assert msgs[3].text == "[latter] Det vidste jeg ikke. [Musik]"  # sound tags are text, not speakers
    assert msgs[4].extra == {"offset_s": 3624.5, "end_s": 3627.25}  # 1:00:24.500


def test_sbv_bad_cues_are_record_errors_and_the_rest_comes_through() -> None:
    msgs, errors = read("call_sbv", CALL / "broken_call_en.sbv", display_path="calls/broken_call_en.sbv")
    assert [(m.speaker, m.text) for m in msgs] == [
        ("agent", "Thanks for calling, this is Mia."),
        ("customer", "Hi, my parcel has not arrived."),
        ("agent", "It is at the pickup point."),
    ]
    assert [e.detail for e in errors] == [
        "calls/broken_call_en.sbv line 7: text outside a cue (no timing line)",
        "calls/broken_call_en.sbv line 9: invalid cue timing",
    ]
    assert all(e.error == "corrupt" for e in errors)


def test_sbv_without_valid_cues_raises_naming_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "notes.sbv"
    bad.write_text("Klant belde over een pakket\n")
    with pytest.raises(ReaderError) as exc:
        read("call_sbv", bad)
    assert exc.value.error == "corrupt" and "notes.sbv" in exc.value.detail and "pakket" not in exc.value.detail
    empty = tmp_path / "empty.sbv"
    empty.write_text("\n")
    with pytest.raises(ReaderError) as exc:
        read("call_sbv", empty)
    assert exc.value.error == "empty"


def test_sbv_is_sniffed_from_content_without_the_extension(tmp_path: Path) -> None:
    data = (CALL / "support_call_nl.sbv").read_bytes()
    for name in ("export", "call.txt"):
        p = tmp_path / name
        p.write_bytes(data)
        assert detect_reader(p, data).name == "sbv"
    reader = importlib.import_module("cxmine.ingest.call_sbv").READER
    for other in ("support_call_da.srt", "support_call_nl.vtt", "support_call_nl.txt"):
        assert not reader.sniff(CALL / other, (CALL / other).read_bytes())


@pytest.mark.parametrize(
    ("text", "label", "clean"),
    [
        ("[Agent] Goedemiddag.", "Agent", "Goedemiddag."),
        ("[Klant]: Waar is mijn pakket?", "Klant", "Waar is mijn pakket?"),
        ("[Anna de Vries] Ik wil opzeggen.", "Anna de Vries", "Ik wil opzeggen."),
        (">> Kunde: Hvor er min pakke?", "Kunde", "Hvor er min pakke?"),
        (">> JOHN SMITH: Good evening.", "JOHN SMITH", "Good evening."),
        ("Klant: Hallo", "Klant", "Hallo"),
        # sound tags: lower-case, or a sound word of the nl/da/en lists, are not speakers
        ("[music] Hello", None, "[music] Hello"),
        ("[Music] Hello", None, "[Music] Hello"),
        ("[APPLAUSE] Thank you", None, "[APPLAUSE] Thank you"),
        ("[Musik] Tak fordi du venter", None, "[Musik] Tak fordi du venter"),
        ("[latter] Ja", None, "[latter] Ja"),
        ("[Gelach] Nee hoor", None, "[Gelach] Nee hoor"),
        ("[Phone ringing] Hello?", None, "[Phone ringing] Hello?"),
        ("[klant lacht] Ja", None, "[klant lacht] Ja"),
        ("[Agent]", None, "[Agent]"),  # a tag with nothing said is not a turn of its own
        (">> hello", None, ">> hello"),
        ("[00:12] Agent: hi", None, "[00:12] Agent: hi"),
    ],
)
def test_split_speaker_bracket_and_broadcast_tags(text: str, label: str | None, clean: str) -> None:
    assert split_speaker(text) == (label, clean)


def test_speaker_tags_in_srt_dialogue_and_webvtt(tmp_path: Path) -> None:
    srt = tmp_path / "tags.srt"
    srt.write_text(
        "1\n00:00:01,000 --> 00:00:03,000\n- [Agent] Waarmee kan ik helpen?\n- [Klant] Mijn factuur klopt niet.\n"
    )
    msgs, _ = read("call_srt", srt)
    assert [(m.speaker, m.text) for m in msgs] == [
        ("agent", "Waarmee kan ik helpen?"),
        ("customer", "Mijn factuur klopt niet."),
    ]
    vtt = tmp_path / "tags.vtt"
    vtt.write_text(
        "WEBVTT\n\n00:01.000 --> 00:02.000\n&gt;&gt; Medarbejder: Hvad kan jeg hjælpe med?\n\n"
        "00:02.500 --> 00:04.000\n[Kunde] <i>Min pakke er ikke kommet.</i>\n"
    )
    msgs, _ = read("call_webvtt", vtt)
    assert [(m.speaker, m.text) for m in msgs] == [
        ("agent", "Hvad kan jeg hjælpe med?"),
        ("customer", "Min pakke er ikke kommet."),
    ]


def test_plain_transcript_with_stamps() -> None:
    msgs, _ = read("call_plain", CALL / "support_call_en.txt")
    assert [m.speaker for m in msgs] == ["agent", "customer", "agent", "customer", "agent", "customer"]
    assert msgs[1].text == "Hi, I was charged twice for my last order.\nI can see two payments on my card statement."
    assert msgs[1].extra["offset_s"] == 6 and msgs[4].extra["offset_s"] == 31
    assert msgs[4].text.startswith("I see it.")
    assert msgs[0].author == "Agent" and msgs[0].sent_at is None


def test_plain_transcript_dutch_roles_and_continuation() -> None:
    msgs, _ = read("call_plain", CALL / "support_call_nl.txt")
    assert [m.speaker for m in msgs] == ["agent", "customer", "agent", "customer", "bot"]
    assert msgs[3].text == "Ja, maar ik krijg geen e-mail.\nWaar blijft die e-mail?"


def test_plain_transcript_does_not_claim_email_or_notes(tmp_path: Path) -> None:
    reader = importlib.import_module("cxmine.ingest.call_plain").READER
    email = CALL / "not_a_transcript.txt"
    assert not reader.sniff(email, email.read_bytes())
    one = tmp_path / "one.txt"
    one.write_text("Klant: waar is mijn pakket?\nverder niets\n")
    assert not reader.sniff(one, one.read_bytes())  # needs two labelled lines
    report = tmp_path / "report.txt"
    report.write_text("Accuracy: 11.9%\nErrors: 3\n\nAccuracy: 55.0%\nErrors: 4\nAccuracy: 99.8%\n")
    assert not reader.sniff(report, report.read_bytes())  # key/value lines with numbers, not speech
    named = tmp_path / "named.txt"
    named.write_text(
        "Anna de Vries: Ik wil mijn abonnement opzeggen.\nTom: Dat kan via de app.\n"
        "Anna de Vries: Waar precies in de app?\n"
    )
    assert reader.sniff(named, named.read_bytes())


def test_whisper_speakers_merge() -> None:
    msgs, _ = read("call_whisper", CALL / "whisper_nl.json")
    assert [m.author for m in msgs] == ["SPEAKER_00", "SPEAKER_01", "SPEAKER_00"]
    assert msgs[1].text == "Hallo, ik heb een vraag over mijn retourzending. Wanneer krijg ik mijn geld terug?"
    assert msgs[1].extra["offset_s"] == 3.4 and msgs[1].extra["language_hint"] == "nl"
    assert all(m.speaker == "unknown" for m in msgs)


def test_whisper_without_speakers_and_bad_segment() -> None:
    msgs, errors = read("call_whisper", CALL / "whisper_en.json")
    assert [m.text for m in msgs] == [
        "Hello, I ordered a jacket last week and it still hasn't arrived.",
        "Can you tell me where it is?",
    ]
    assert len(errors) == 1 and "segment 3" in errors[0].detail


def test_aws_speaker_labels() -> None:
    msgs, errors = read("call_aws", CALL / "aws_speakers.json")
    assert not errors
    assert [(m.author, m.text) for m in msgs] == [
        ("spk_0", "Hello, how can I help?"),
        ("spk_1", "My invoice is wrong."),
        ("spk_0", "Let me check."),
    ]
    assert msgs[1].extra["offset_s"] == 2.5 and msgs[0].speaker == "unknown"


def test_aws_channel_labels_in_time_order() -> None:
    msgs, _ = read("call_aws", CALL / "aws_channels.json")
    assert [(m.author, m.text) for m in msgs] == [
        ("ch_0", "Hello, how can I help?"),
        ("ch_1", "My invoice is wrong."),
        ("ch_0", "Let me check."),
    ]


def test_aws_without_labels_splits_on_pauses(tmp_path: Path) -> None:
    doc = json.loads((CALL / "aws_speakers.json").read_text())
    del doc["results"]["speaker_labels"]
    doc["results"]["items"][7]["start_time"] = "5.0"  # a pause of 3.2 s before "My"
    p = tmp_path / "plain.json"
    p.write_text(json.dumps(doc))
    msgs, _ = read("call_aws", p)
    assert [m.text for m in msgs] == ["Hello, how can I help?", "My invoice is wrong. Let me check."]
    assert all(m.author is None for m in msgs)


def test_aws_not_json_raises(tmp_path: Path) -> None:
    p = tmp_path / "x.json"
    p.write_text('{"jobName": "x", "results": ')
    with pytest.raises(ReaderError):
        read("call_aws", p)


def test_sparse_labels_cover_only_their_own_cue(tmp_path: Path) -> None:
    # subtitles tag only an off-screen voice: the tagged cue is one turn, the untagged sentences stay apart
    # instead of all being merged into that speaker (a transcript labelled throughout keeps merging)
    vtt = tmp_path / "sparse.vtt"
    vtt.write_text(
        "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n[Alba] Het was 1928.\n\n"
        "00:00:03.000 --> 00:00:04.000\nIk kom uit Madrid.\n\n"
        "00:00:05.000 --> 00:00:06.000\nWaar kom jij vandaan?\n\n"
        "00:00:07.000 --> 00:00:08.000\nUit Sevilla.\n",
        encoding="utf-8",
    )
    msgs, errors = read("call_webvtt", vtt)
    assert not errors
    assert [(m.author, m.text) for m in msgs] == [
        ("Alba", "Het was 1928."),
        (None, "Ik kom uit Madrid."),
        (None, "Waar kom jij vandaan?"),
        (None, "Uit Sevilla."),
    ]
    labelled = tmp_path / "labelled.vtt"
    labelled.write_text(
        "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n[Agent] Goedemorgen,\n\n"
        "00:00:03.000 --> 00:00:04.000\nwaarmee kan ik helpen?\n\n"
        "00:00:05.000 --> 00:00:06.000\n[Klant] Mijn pakket is kwijt.\n",
        encoding="utf-8",
    )
    msgs, _ = read("call_webvtt", labelled)
    assert [(m.author, m.text) for m in msgs] == [
        ("Agent", "Goedemorgen, waarmee kan ik helpen?"),
        ("Klant", "Mijn pakket is kwijt."),
    ]


def test_plain_transcript_with_bracket_speaker_tags(tmp_path: Path) -> None:
    path = tmp_path / "opkald_da.txt"
    path.write_text(
        "Opkald 24/11\n\n[00:00:03] [Medarbejder] Goddag, du taler med kundeservice.\n"
        "[00:00:07] [Kunde] Hej, min pakke er ikke kommet.\nDen skulle komme i tirsdags.\n"
        "[00:00:15] [Musik] venter\n"
        "[00:00:40] [Medarbejder]: Tak fordi du ventede, jeg har fundet den.\n",
        encoding="utf-8",
    )
    reader = importlib.import_module("cxmine.ingest.call_plain").READER
    assert reader.sniff(path, path.read_bytes())
    msgs, _ = read("call_plain", path)
    assert [(m.speaker, m.text) for m in msgs] == [
        ("agent", "Goddag, du taler med kundeservice."),
        # "[Musik] venter" is a sound tag, not a speaker: it continues the customer's turn as text
        ("customer", "Hej, min pakke er ikke kommet.\nDen skulle komme i tirsdags.\n[00:00:15] [Musik] venter"),
        ("agent", "Tak fordi du ventede, jeg har fundet den."),
    ]
    assert msgs[1].extra == {"offset_s": 7.0}
