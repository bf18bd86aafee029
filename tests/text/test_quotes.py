"""Tests for cxmine.text.quotes: quoted replies, signatures, disclaimers and footers removed, new text kept."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from cxmine.text.quotes import ReplyParts, has_quote_markers, split_reply, strip_reply
from cxmine.text.quotes_patterns import get_patterns

DATA = Path(__file__).resolve().parents[1] / "data" / "quotes"
TEXT_CASES = sorted(p.stem for p in DATA.glob("*.txt"))


@pytest.mark.parametrize("name", TEXT_CASES)
def test_fixture_emails(name: str) -> None:
    text = (DATA / f"{name}.txt").read_text(encoding="utf-8")
    expected = (DATA / f"{name}.expected").read_text(encoding="utf-8").strip()
    assert strip_reply(text) == expected


@pytest.mark.parametrize("name", TEXT_CASES)
def test_fixture_emails_with_crlf(name: str) -> None:
    text = (DATA / f"{name}.txt").read_text(encoding="utf-8").replace("\n", "\r\n")
    expected = (DATA / f"{name}.expected").read_text(encoding="utf-8").strip()
    assert strip_reply(text) == expected


@pytest.mark.parametrize(
    ("name", "body", "quoted_snippet"),
    [
        ("nl_gmail.html", "Hallo,\n\nMijn factuur klopt niet, er staat twee keer verzendkosten op.", "hierbij uw factuur"),
        ("da_outlook.html", "Hej,\nJeg kan ikke logge ind på min konto.", "nulstillet"),
        ("en_thunderbird.html", "The replacement part fits, thank you.", "Did the replacement part fit?"),
        ("en_outlook_border.html", "Yes, please send the invoice to our finance team.", "Shall we send"),
    ],
)
def test_html_bodies(name: str, body: str, quoted_snippet: str) -> None:
    html = (DATA / name).read_text(encoding="utf-8")
    parts = split_reply("", html=html)
    assert parts.body == body
    assert quoted_snippet in parts.quoted
    assert quoted_snippet not in parts.body
    assert strip_reply("plain fallback text", html=html) == body


def test_html_indent_blockquote_is_not_a_quote() -> None:
    html = '<div>Mijn vraag:</div><blockquote style="margin:0 0 0 40px;border:none;padding:0px">Kan ik ruilen?</blockquote>'
    assert strip_reply("", html=html) == "Mijn vraag:\n\nKan ik ruilen?"


def test_html_without_markup_falls_back_to_text() -> None:
    assert strip_reply("Hoi\n\nOp 2 nov. 2026 om 10:12 schreef A <a@b.nl>:\n> x", html="<div></div>") == "Hoi"


def test_split_reply_parts() -> None:
    text = (DATA / "nl_gmail.txt").read_text(encoding="utf-8")
    parts = split_reply(text, language="nl")
    assert isinstance(parts, ReplyParts)
    assert parts.body.startswith("Hoi Anna,")
    assert parts.signature.startswith("Met vriendelijke groet,")
    assert "06-12345678" in parts.signature
    assert parts.quoted.startswith("Op ma 2 nov. 2026 om 10:12 schreef")
    assert "Je bestelling is vandaag verzonden." in parts.quoted
    assert parts.unquoted.endswith("06-12345678")


@pytest.mark.parametrize(
    "header",
    [
        "Op ma 2 nov. 2026 om 10:12 schreef Anna <a@b.nl>:",
        "Den man. 2. nov. 2026 kl. 10.12 skrev Mette <m@b.dk>:",
        "On Mon, Nov 2, 2026 at 10:12 AM John <j@x.com> wrote:",
        "Am 02.11.2026 um 10:12 schrieb Jonas <j@x.de>:",
        "Den 2 nov. 2026 kl. 10:12 skrev Sven <s@x.se>:",
        "På 2. nov. 2026 kl. 10:12 skrev Ola <o@x.no>:",
        "On Mon, Nov 2, 2026 at 10:12 AM John Smith\n<j@x.com>\nwrote:",
        "Op 2 nov. 2026 om 10:12 heeft Anna Jansen\n<a@b.nl> het volgende geschreven:",
        "-----Original Message-----",
        "----- Oorspronkelijk bericht -----",
        "-----Oprindelig meddelelse-----",
        "---------- Forwarded message ---------",
        "Begin doorgestuurd bericht:",
        "Van: Anna <a@b.nl>\nVerzonden: maandag 2 november 2026 10:12\nAan: Jan\nOnderwerp: Vraag",
        "Fra: Mette <m@b.dk>\nSendt: 2. november 2026 10:12\nTil: Lars\nEmne: Spørgsmål",
        "From: John <j@x.com>\nDate: Mon, 2 Nov 2026 10:12\nTo: Emma\nSubject: Question",
    ],
)
def test_quote_headers_in_each_language(header: str) -> None:
    text = f"Nieuwe tekst / ny tekst / new text.\n\n{header}\n\nOude tekst die weg moet.\nMore old text."
    parts = split_reply(text)
    assert parts.body == "Nieuwe tekst / ny tekst / new text."
    assert "Oude tekst die weg moet." in parts.quoted


@pytest.mark.parametrize(
    "footer",
    ["Sent from my iPhone", "Verzonden vanaf mijn iPhone", "Sendt fra min iPhone", "Verstuurd vanaf mijn Samsung",
     "Get Outlook for Android", "Von meinem iPhone gesendet", "Skickat från min iPhone"],
)
def test_mobile_footers(footer: str) -> None:
    assert strip_reply(f"Hoeveel kost verzending naar België?\n\n{footer}") == "Hoeveel kost verzending naar België?"
    assert strip_reply(footer) == ""  # a footer alone is no message


@pytest.mark.parametrize(
    "signoff",
    ["Met vriendelijke groet,", "Vriendelijke groeten", "Groetjes", "Groet,", "Mvg", "Med venlig hilsen",
     "Venlig hilsen", "Mvh", "Hilsen", "Kind regards,", "Best regards", "Regards,", "Best,", "Thanks,", "Cheers",
     "-- "],
)
def test_signoffs_cut_short_signature(signoff: str) -> None:
    text = f"Mijn pakket is beschadigd aangekomen.\n\n{signoff}\nAnna de Vries\nTel. 06-12345678"
    parts = split_reply(text)
    assert parts.body == "Mijn pakket is beschadigd aangekomen."
    assert "Anna de Vries" in parts.signature


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Vraagje over mijn rekening.\n\nMet vriendelijke groet / Kind regards,\nAnna Jansen", "Vraagje over mijn rekening."),
        ("Hvornår åbner I?\n\nMed venlig hilsen / Best regards\nMette", "Hvornår åbner I?"),
        ("Where is it?\n\nGet Outlook for iOS<https://aka.ms/o0ukef>", "Where is it?"),
        ("Bel me terug aub.\n\nAnna Jansen\n06-12345678\nanna@example.nl", "Bel me terug aub."),
        ("Ring venligst.\n\nSøren Holm\n+45 12 34 56 78", "Ring venligst."),
    ],
)
def test_bilingual_signoffs_footer_links_and_contact_blocks(text: str, body: str) -> None:
    assert strip_reply(text) == body


def test_signoff_followed_by_long_text_is_kept() -> None:
    text = (
        "Hi,\n\nThe order arrived.\nBest\nbut the box was open and two of the five items were missing, "
        "which I only noticed after unpacking everything on the kitchen table this morning."
    )
    assert strip_reply(text) == text


def test_best_mid_sentence_is_kept() -> None:
    text = "Hi, what is the best way to reach you? Best would be by phone, I think."
    assert not has_quote_markers(text)
    assert strip_reply(text) == text


def test_message_that_is_only_a_signoff_keeps_its_text() -> None:
    assert strip_reply("Thanks, Anna") == "Thanks, Anna"
    assert strip_reply("Bedankt!\nAnna") == "Bedankt!\nAnna"


def test_inline_replies_are_kept_between_quote_blocks() -> None:
    text = (
        "On Mon, Nov 2, 2026 at 10:12 AM Support <s@x.com> wrote:\n\n> Which size?\n\nSize M.\n\n"
        "> Which colour?\n\nBlue, please.\n\n> Anything else?\n"
    )
    parts = split_reply(text)
    assert parts.body == "Size M.\n\nBlue, please."
    assert "Which colour?" in parts.quoted


def test_single_greater_than_line_inside_paragraph_is_not_a_quote() -> None:
    text = "Our prices:\n> 100 euro for the large box\nand less for the small one."
    assert strip_reply(text) == text


def test_web_form_fields_are_not_a_header_block() -> None:
    text = "Onderwerp: Retour\nNaam: Jan de Boer\nDatum: 12-05-2026\nBericht: Ik wil mijn jas retourneren."
    assert strip_reply(text) == text


def test_outlook_divider_line_before_header_block() -> None:
    text = "Graag een nieuwe afspraak.\n\n________________________________\nVan: A <a@b.nl>\nDatum: 2 nov\nAan: B\n\nOud."
    parts = split_reply(text)
    assert parts.body == "Graag een nieuwe afspraak."
    assert parts.quoted.startswith("____")


def test_underscore_footer_without_header_is_signature_not_quote() -> None:
    text = "Question about my bill.\n\n____________\nmailing list\nhttp://lists.example.com/info"
    parts = split_reply(text)
    assert parts.body == "Question about my bill."
    assert parts.quoted == ""
    assert "mailing list" in parts.signature


def test_header_sharing_a_line_with_reply_text() -> None:
    text = "reply\nbla-bla - bla--- On Wed, Apr 4, 2012 at 3:59 PM, me@domain.com wrote:\n> Hi"
    assert strip_reply(text) == "reply\nbla-bla - bla"


def test_sentence_with_quote_verb_is_not_a_header() -> None:
    text = "Hallo,\n\nOp 2 november schreef ik u over mijn bestelling 2026-44:\nDie is nog steeds niet geleverd."
    assert strip_reply(text) == text


def test_text_mentioning_on_without_header_is_kept() -> None:
    text = "Blah\nOn your remote host you can run:\n\n  telnet 127.0.0.1 52698\n\nThat should work."
    assert strip_reply(text) == text


def test_language_hint_uses_that_language_plus_english() -> None:
    text = "Nieuw.\n\nOp ma 2 nov. 2026 om 10:12 schreef Anna:\nOud."
    assert strip_reply(text, language="nl") == "Nieuw."
    assert strip_reply(text, language="da") == text  # no Dutch patterns with a Danish hint
    assert strip_reply(text, language="xx") == "Nieuw."  # unknown hint: all languages
    # With an address, date and time the attribution is recognised in any language.
    assert strip_reply("Nieuw.\n\nOp 2 nov. 2026 om 10:12 schreef Anna <a@b.nl>:\nOud.", language="da") == "Nieuw."


CHAT = [
    "Hoi, waar blijft mijn bestelling?",
    "Hej, hvornår kommer min pakke?",
    "I still have not received my new card, I ordered over a week ago.",
    "Kan ik mijn abonnement opzeggen?\nIk verhuis naar het buitenland.",
    "Tak for hjælpen  ",
    "Thanks for the quick answer",
    "  hoe lang duurt het   ",
]


@pytest.mark.parametrize("text", CHAT)
def test_chat_lines_are_unchanged(text: str) -> None:
    assert strip_reply(text) == text.strip()


def test_pre_check_is_a_superset_of_the_rules() -> None:
    # Whenever the pre-check says "no markers", the full pass must agree that nothing changes.
    samples = list(CHAT)
    for path in sorted(DATA.glob("*.txt")):
        lines = path.read_text(encoding="utf-8").splitlines()
        samples.extend(lines)
        samples.extend("\n".join(lines[i:i + 3]) for i in range(len(lines)))
    skipped = 0
    for text in samples:
        if not has_quote_markers(text):
            skipped += 1
            clean = "\n".join(ln.rstrip() for ln in text.split("\n")).strip()
            assert split_reply(text).body == clean
    assert skipped > 20  # the pre-check must actually let plain text through


def test_pre_check_flags_markers() -> None:
    assert has_quote_markers("> quoted")
    assert has_quote_markers("Hoi\nOp 2 nov. 2026 schreef A:")
    assert has_quote_markers("Sent from my iPhone")
    assert has_quote_markers("tekst\n\nMvg\nAnna")
    assert not has_quote_markers("Waar blijft mijn pakket?")


def test_patterns_compiled_once() -> None:
    assert get_patterns(None) is get_patterns(None)


def test_long_quote_is_fast() -> None:
    quote = "\n".join(f"> line {i} of an old message with a url http://example.com/{i}" for i in range(20000))
    text = f"Short answer.\n\nOn Mon, Nov 2, 2026 at 10:12 AM A <a@b.com> wrote:\n{quote}\n"
    start = time.perf_counter()
    assert strip_reply(text) == "Short answer."
    assert time.perf_counter() - start < 2.0


def test_pathological_line_is_fast() -> None:
    text = "Hi\n" + ("On " + "x" * 3000 + " ") * 3 + "\n" + "> " + "a-" * 5000
    start = time.perf_counter()
    strip_reply(text)
    assert time.perf_counter() - start < 1.0
