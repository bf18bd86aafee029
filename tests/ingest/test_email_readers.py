"""The e-mail readers (eml, mbox, Maildir, msg) on hand-written nl / da / en fixtures."""

from __future__ import annotations

import importlib.util
from datetime import datetime, timezone
from pathlib import Path

import pytest

from cxmine.errors import ReaderError
from cxmine.ingest.base import RawMessage, ReadOptions, RecordError
from cxmine.ingest.email_common import (
    decode_header_value,
    decode_text,
    parse_date,
    parse_email_bytes,
)
from cxmine.ingest.email_eml import READER as EML
from cxmine.ingest.email_eml import looks_like_headers
from cxmine.ingest.email_maildir import READER as MAILDIR
from cxmine.ingest.email_mbox import READER as MBOX
from cxmine.ingest.email_msg import READER as MSG

DATA = Path(__file__).resolve().parents[1] / "data" / "email"


def _one(name: str) -> RawMessage:
    out = list(EML.read(DATA / name, ReadOptions()))
    assert len(out) == 1 and isinstance(out[0], RawMessage)
    return out[0]


def _head(path: Path) -> bytes:
    return path.read_bytes()[:65536]


def test_dutch_plain_keeps_quotes_and_signature_and_reads_headers():
    m = _one("nl_plain.eml")
    assert m.text.startswith("Hallo,\n\nWanneer wordt mijn pakket geleverd?")
    assert "Met vriendelijke groet,\nSanne Jansen" in m.text
    assert m.text.endswith("> Uw bestelling is onderweg.")
    assert m.channel == "email" and m.speaker == "unknown" and m.conversation is None and m.ordinal == 0
    assert m.native_id == "20240305101500.AB12@mail.voorbeeld.nl"
    assert m.in_reply_to == "reply-17@support.winkel.nl"
    assert m.references == ("orig-16@voorbeeld.nl", "reply-17@support.winkel.nl")
    assert m.subject == "Re: Vraag over mijn bestelling"
    assert m.sent_at == datetime(2024, 3, 5, 10, 15, tzinfo=timezone.utc)
    assert m.author == "sanne.jansen@voorbeeld.nl" and m.author_name == "Jansen, Sanne"
    assert m.recipients == ("service@winkel.nl", "boekhouding@voorbeeld.nl", "piet@voorbeeld.nl")
    assert m.n_attachments == 0 and m.html is None


def test_danish_quoted_printable_latin1_with_crlf_and_rfc2047():
    m = _one("da_qp_latin1.eml")
    assert "Kan I hjælpe mig?\nDen skulle være leveret i går til Ærø." in m.text
    assert "\r" not in m.text
    assert m.text.endswith("Søren Højgaard")
    assert m.subject == "Spørgsmål om levering"
    assert m.author_name == "Søren Højgaard" and m.author == "soren@eksempel.dk"
    assert m.sent_at == datetime(2024, 3, 6, 8, 30, tzinfo=timezone.utc)


def test_html_only_is_converted_and_keeps_the_source():
    m = _one("en_html_only.eml")
    assert m.text == (
        "Hi team,\n\nWhere is my refund? I returned the shoes on 2 March.\n\nOn Monday you wrote: we will refund you"
    )
    assert m.html is not None and "<b>refund</b>" in m.html and "<blockquote>" in m.html
    assert m.sent_at == datetime(2024, 3, 7, 19, 0, tzinfo=timezone.utc)  # -0500 to UTC


def test_alternative_prefers_plain_cp1252_and_counts_inline_image_and_attachment():
    m = _one("nl_alternative_attachment.eml")
    assert m.text == "Beste Chloë,\n\nDe factuur van €12,50 klopt niet. Kunt u die controleren?\n\nGroet,\nAndré"
    assert m.html is None  # plain text existed: nothing was converted
    assert m.n_attachments == 2  # the inline logo and the PDF
    assert m.subject == "Factuur klopt niet €12,50"
    assert m.author_name == "André de Vries"
    assert "This is a multi-part message" not in m.text


def test_base64_utf8_body_and_subject_split_inside_a_character():
    m = _one("da_base64_utf8.eml")
    assert m.text == "Hej!\n\nHvornår åbner butikken i Århus? Jeg vil gerne bytte en størrelse.\n\nMvh. Åse"
    assert m.subject == "Åbningstider i Århus"
    assert m.author_name == "Åse Møller"


def test_mislabelled_charsets_fall_back():
    m = _one("en_mislabelled_utf8.eml")  # says utf-8, is windows-1252
    assert m.text == "Hello, the café charged me €5 twice – why? I’d like a refund."
    m = _one("nl_mislabelled_latin1.eml")  # says iso-8859-1, is utf-8; raw 8-bit From header
    assert m.text == "Waarom heb ik nog geen reactie gehad? Ik heb een financiële vraag over één product."
    assert m.author_name == "Daniël Bakker"


def test_forwarded_message_attachment_is_counted_not_read():
    m = _one("en_forward_rfc822.eml")
    assert m.text == "See the mail below: why was my order cancelled?"
    assert "MUST NOT APPEAR" not in m.text
    assert m.n_attachments == 1


def test_broken_and_empty_files_raise_reader_errors():
    with pytest.raises(ReaderError) as exc:
        list(EML.read(DATA / "broken.eml", ReadOptions()))
    assert exc.value.error == "corrupt" and "broken.eml" in exc.value.detail
    with pytest.raises(ReaderError) as exc:
        list(EML.read(DATA / "empty.eml", ReadOptions()))
    assert exc.value.error == "empty"
    with pytest.raises(ReaderError) as exc:
        list(MBOX.read(DATA / "empty.eml", ReadOptions()))
    assert exc.value.error == "empty"
    with pytest.raises(ReaderError) as exc:
        list(MBOX.read(DATA / "nl_plain.eml", ReadOptions()))
    assert exc.value.error == "corrupt"
    with pytest.raises(ReaderError) as exc:
        list(EML.read(DATA / "does_not_exist.eml", ReadOptions()))
    assert exc.value.error == "unreadable"


def test_sniffing_by_content():
    for name in ("nl_plain.eml", "da_qp_latin1.eml", "nl_alternative_attachment.eml"):
        assert EML.sniff(DATA / name, _head(DATA / name))
        assert not MBOX.sniff(DATA / name, _head(DATA / name))
    # the same bytes under another extension are still e-mail
    assert EML.sniff(Path("message.txt"), _head(DATA / "nl_plain.eml"))
    transcript = DATA / "call_transcript.txt"
    assert not EML.sniff(transcript, _head(transcript))
    assert not MBOX.sniff(transcript, _head(transcript))
    assert not EML.sniff(DATA / "broken.eml", _head(DATA / "broken.eml"))
    assert not EML.sniff(DATA / "empty.eml", b"")
    mbox = DATA / "three.mbox"
    assert MBOX.sniff(mbox, _head(mbox))
    assert not EML.sniff(Path("export.txt"), _head(mbox))  # a .txt mbox belongs to the mbox reader
    assert MAILDIR.sniff(DATA / "Maildir", b"")
    assert not MAILDIR.sniff(DATA, b"")
    assert not MAILDIR.sniff(DATA / "nl_plain.eml", b"")


def test_mbox_three_messages_with_from_escaping():
    out = list(MBOX.read(DATA / "three.mbox", ReadOptions()))
    assert [type(m) for m in out] == [RawMessage] * 3
    assert [m.ordinal for m in out] == [0, 1, 2]
    assert [m.native_id for m in out] == ["mbox-1@voorbeeld.nl", "mbox-2@eksempel.dk", "mbox-3@example.com"]
    assert out[0].text == "Hoe kan ik mijn bestelling retourneren?"
    # ">From" unescaped; an unescaped "From time to time" body line does not start a new message
    assert out[1].text == (
        "Kan jeg bytte til en større størrelse?\nFrom my point of view the size was wrong.\n\n"
        "From time to time the shop is closed."
    )
    assert out[1].subject == "Bytte af størrelse" and out[1].in_reply_to == "mbox-1@voorbeeld.nl"
    assert out[2].text == "Where is my parcel?" and out[2].author == "customer@example.com"


def test_mbox_bad_message_is_a_record_error_and_reading_goes_on():
    out = list(MBOX.read(DATA / "broken.mbox", ReadOptions()))
    assert isinstance(out[0], RawMessage) and out[0].text == "First message."
    assert isinstance(out[1], RecordError) and out[1].error == "corrupt"
    assert "message 2" in out[1].detail and "line 9" in out[1].detail
    assert "not a header" not in out[1].detail  # never customer text in errors
    assert isinstance(out[2], RawMessage) and out[2].text == "Third message." and out[2].ordinal == 2


def test_mbox_crlf_and_streaming(tmp_path):
    msgs = []
    for i in range(50):
        msgs.append(
            f"From u{i}@example.com Mon Mar 11 10:{i:02d}:00 2024\r\n"
            f"From: u{i}@example.com\r\nSubject: s{i}\r\nMessage-ID: <m{i}@x>\r\n\r\nBody {i}\r\n\r\n"
        )
    path = tmp_path / "crlf.mbox"
    path.write_bytes("".join(msgs).encode())
    it = MBOX.read(path, ReadOptions())
    first = next(it)  # a generator: nothing read beyond what is needed
    assert first.subject == "s0" and first.text == "Body 0"
    rest = list(it)
    assert len(rest) == 49 and rest[-1].native_id == "m49@x" and rest[-1].text == "Body 49"


def test_maildir_reads_cur_and_new_in_file_name_order():
    out = list(MAILDIR.read(DATA / "Maildir", ReadOptions()))
    assert [m.native_id for m in out] == ["md-1@voorbeeld.nl", "md-2@eksempel.dk"]
    assert [m.ordinal for m in out] == [0, 1]
    assert out[1].text == "Hvorfor er min faktura forkert?"
    assert out[1].sent_at == datetime(2024, 3, 11, 12, 26, 40, tzinfo=timezone.utc)
    with pytest.raises(ReaderError):
        list(MAILDIR.read(DATA, ReadOptions()))


def test_maildir_bad_file_is_a_record_error(tmp_path):
    for sub in ("cur", "new", "tmp"):
        (tmp_path / sub).mkdir()
    (tmp_path / "cur" / "1.a").write_bytes((DATA / "nl_plain.eml").read_bytes())
    (tmp_path / "new" / "2.b").write_bytes(b"")
    out = list(MAILDIR.read(tmp_path, ReadOptions()))
    assert isinstance(out[0], RawMessage) and isinstance(out[1], RecordError) and out[1].error == "empty"


@pytest.mark.skipif(importlib.util.find_spec("extract_msg") is not None, reason="extract-msg is installed")
def test_msg_without_extract_msg_says_how_to_install(tmp_path):
    path = tmp_path / "mail.msg"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504)
    assert MSG.sniff(path, path.read_bytes())
    assert not MSG.sniff(tmp_path / "mail.doc", path.read_bytes())  # OLE2 but not .msg
    assert not MSG.sniff(path, b"From: x\n")
    with pytest.raises(ReaderError) as exc:
        list(MSG.read(path, ReadOptions()))
    assert exc.value.error == "unsupported" and "cxmine[msg]" in exc.value.detail


def test_decode_helpers():
    assert decode_header_value("=?utf-8?q?Hj=C3=A6lp?= =?utf-8?q?_nu?=") == "Hjælp nu"
    assert decode_header_value("Re: =?ISO-8859-1?Q?Fa=E7ade?= kapot") == "Re: Façade kapot"
    assert decode_header_value("=?unknown-8bit?q?Caf=C3=A9?=") == "Café"
    assert decode_header_value("=?utf-8?b?bWlqbiBwYWtrZXQ?=") == "mijn pakket"  # missing padding
    assert decode_text("Ærø".encode("cp1252")) == "Ærø"  # short, no charset: Western European
    assert decode_text("æøå".encode(), "us-ascii") == "æøå"
    assert decode_text(b"caf\xe9 \xff\xfe", "no-such-charset") == "café ÿþ"
    junk = decode_text(b"\x81\x8d\x8f\x90\x9d" * 3, "utf-8")  # undecodable in utf-8 and cp1252: no crash
    assert isinstance(junk, str) and len(junk) == 15
    assert parse_date("Tue, 05 Mar 2024 11:15:00 +0100") == datetime(2024, 3, 5, 10, 15, tzinfo=timezone.utc)
    assert parse_date("Tue, 05 Mar 2024 11:15:00 -0000").tzinfo is timezone.utc
    assert parse_date("gisteren") is None and parse_date(None) is None
    assert parse_date("Mon, 45 Foo 2024 99:99:99 +0100") is None


def test_parse_email_bytes_odd_input():
    m = parse_email_bytes(b"Subject  : obsolete syntax\r\nFrom : a@b.nl\r\n\r\nhoi\r\n", 7)
    assert m.subject == "obsolete syntax" and m.author == "a@b.nl" and m.text == "hoi" and m.ordinal == 7
    m = parse_email_bytes(b"From: x@y.dk\nContent-Type: multipart/mixed; boundary=zz\n\nno boundary here\n")
    assert m.text == "no boundary here"
    m = parse_email_bytes(b"From: x@y.dk\nContent-Transfer-Encoding: base64 \n\nSGVqIHZlcmRlbg==\n")
    assert m.text == "Hej verden"
    assert looks_like_headers(b"Received: from a\n\tby b\nX-Spam: no\n\nbody")
    assert not looks_like_headers(b"Agent: hello\nCustomer: hi\nAgent: Subject: refund\n")
