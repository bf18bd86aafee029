"""E-mail threads (one thread = one contact) and speakers decided by a thread's direction."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from cxmine.pipeline.threads import EmailRow, assign_threads, email_speakers, normalize_subject

T0 = datetime(2026, 11, 2, 9, 0, tzinfo=timezone.utc)


def _row(mid: str, native: str | None = None, parent: str | None = None, refs: tuple[str, ...] = (),
         subject: str | None = None, author: str | None = None, to: tuple[str, ...] = (), minutes: int | None = 0,
         ordinal: int = 0, is_agent: bool | None = None) -> EmailRow:
    sent = None if minutes is None else T0 + timedelta(minutes=minutes)
    return EmailRow(mid, native, parent, list(refs), subject, author, list(to), sent, ordinal, is_agent)


def _groups(contact_of: dict[str, str]) -> list[set[str]]:
    """The threads as sets of message ids (contact ids themselves are opaque)."""
    by_contact: dict[str, set[str]] = {}
    for mid, contact in contact_of.items():
        by_contact.setdefault(contact, set()).add(mid)
    return sorted(by_contact.values(), key=sorted)


# --- assign_threads ------------------------------------------------------------------------------------------


def test_in_reply_to_and_references_make_one_thread() -> None:
    rows = [
        _row("m1", native="k1@klant.example", subject="Waar is mijn pakket?", author="klant", minutes=0),
        _row("m2", native="s1@winkel.example", parent="k1@klant.example", subject="Re: Waar is mijn pakket?",
             author="winkel", minutes=60),
        # a later reply that names the whole chain in References, but not its parent in In-Reply-To
        _row("m3", native="k2@klant.example", refs=("k1@klant.example", "s1@winkel.example"),
             subject="Re: Waar is mijn pakket?", author="klant", minutes=120),
        _row("m4", native="x@other.example", subject="Factuur", author="ander", minutes=5),
    ]
    contact_of = assign_threads(rows)
    assert set(contact_of) == {"m1", "m2", "m3", "m4"}
    assert _groups(contact_of) == [{"m1", "m2", "m3"}, {"m4"}]


def test_a_shared_reference_joins_replies_whose_original_is_missing() -> None:
    # the original (orig@klant.example) was sent before the export started: its two replies still form a thread
    rows = [
        _row("a", native="a@winkel.example", parent="orig@klant.example", refs=("orig@klant.example",), minutes=0),
        _row("b", native="b@klant.example", refs=("orig@klant.example", "a@winkel.example"), minutes=10),
    ]
    contact_of = assign_threads(rows)
    assert contact_of["a"] == contact_of["b"]


def test_thread_ids_do_not_depend_on_input_order() -> None:
    rows = [
        _row("m1", native="k1@x", subject="Hvor er min pakke?", author="kunde", minutes=0, ordinal=0),
        _row("m2", native="s1@x", parent="k1@x", refs=("k1@x",), author="butik", minutes=30, ordinal=1),
        _row("m3", native="other@x", subject="Faktura", author="kunde2", minutes=40, ordinal=2),
    ]
    forward, backward = assign_threads(rows), assign_threads(list(reversed(rows)))
    assert forward == backward  # content-derived: the same messages give the same contact ids on every run
    assert _groups(forward) == [{"m1", "m2"}, {"m3"}]


def test_subject_fallback_needs_a_reply_prefix_and_a_shared_participant() -> None:
    rows = [
        _row("first", native="f@x", subject="Waar is mijn pakket?", author="klant", to=("winkel",), minutes=0),
        # a reply whose client dropped the threading headers; the agent writes back to the customer
        _row("reply", native="r@x", subject="Antw: Waar is mijn pakket?", author="winkel", to=("klant",), minutes=30),
        # same subject with a reply prefix, but between strangers: not joined
        _row("stranger", native="s@x", subject="Re: Waar is mijn pakket?", author="iemand", to=("anders",),
             minutes=40),
        # same people, same subject, no reply prefix: a new question, not joined
        _row("again", native="g@x", subject="Waar is mijn pakket?", author="klant", to=("winkel",), minutes=50),
    ]
    contact_of = assign_threads(rows)
    assert _groups(contact_of) == [{"again"}, {"first", "reply"}, {"stranger"}]


def test_subject_fallback_is_not_used_when_headers_exist() -> None:
    rows = [
        _row("first", native="f@x", subject="Factuur", author="klant", to=("winkel",), minutes=0),
        # threading headers point elsewhere: they win over the matching subject
        _row("reply", native="r@x", parent="elsewhere@x", subject="Re: Factuur", author="winkel", to=("klant",),
             minutes=30),
    ]
    contact_of = assign_threads(rows)
    assert contact_of["first"] != contact_of["reply"]


def test_reply_continues_a_thread_stored_by_an_earlier_run() -> None:
    existing = {"k1@klant.example": "contact-from-last-week"}
    rows = [
        _row("reply", native="s1@winkel.example", parent="k1@klant.example", minutes=0),
        _row("later", native="k2@klant.example", refs=("k1@klant.example", "s1@winkel.example"), minutes=30),
        _row("new", native="n1@klant.example", minutes=40),
    ]
    contact_of = assign_threads(rows, existing)
    assert contact_of["reply"] == contact_of["later"] == "contact-from-last-week"
    assert contact_of["new"] != "contact-from-last-week"
    # without the stored thread the same replies get a new (content-derived) id
    assert assign_threads(rows)["reply"] != "contact-from-last-week"


def test_messages_without_native_id_are_threads_of_their_own() -> None:
    contact_of = assign_threads([_row("a"), _row("b")])
    assert contact_of["a"] != contact_of["b"]


def test_normalize_subject_strips_reply_and_forward_prefixes_in_three_languages() -> None:
    assert normalize_subject("SV: Re: Hvor er min pakke?") == ("hvor er min pakke?", True)
    assert normalize_subject("Antw:  Waar   is mijn pakket?") == ("waar is mijn pakket?", True)
    assert normalize_subject("Fwd: Where is my parcel?") == ("where is my parcel?", True)
    assert normalize_subject("Retour aanvragen") == ("retour aanvragen", False)  # "Re" only as a prefix
    assert normalize_subject(None) == ("", False)


# --- email_speakers ------------------------------------------------------------------------------------------


def test_without_agent_information_the_first_author_is_the_customer() -> None:
    rows = [
        # listed out of time order: the earliest message decides, not the first row
        _row("reply", author="winkel", minutes=60, ordinal=0),
        _row("question", author="klant", minutes=0, ordinal=1),
        _row("thanks", author="klant", minutes=90, ordinal=2),
        _row("anonymous", author=None, minutes=100, ordinal=3),
    ]
    contact_of = dict.fromkeys(("reply", "question", "thanks", "anonymous"), "c1")
    assert email_speakers(rows, contact_of) == {
        "question": "customer", "reply": "agent", "thanks": "customer", "anonymous": "unknown",
    }


def test_agent_information_decides_when_given() -> None:
    # the company wrote first (an outbound mail); --agent-domain knows it is the agent, not the customer
    rows = [
        _row("outbound", author="winkel", minutes=0, is_agent=True),
        _row("answer", author="klant", minutes=30, is_agent=False),
        _row("colleague", author="collega", minutes=60, is_agent=True),
    ]
    contact_of = dict.fromkeys(("outbound", "answer", "colleague"), "c1")
    assert email_speakers(rows, contact_of) == {"outbound": "agent", "answer": "customer", "colleague": "agent"}


def test_direction_skips_agents_when_agent_information_is_partial() -> None:
    # is_agent None: the options said nothing about this author; the first non-agent author is the customer
    rows = [
        _row("outbound", author="winkel", minutes=0, is_agent=True),
        _row("customer", author="klant", minutes=30),
        _row("forwarded", author="derde", minutes=60),
    ]
    contact_of = dict.fromkeys(("outbound", "customer", "forwarded"), "c1")
    assert email_speakers(rows, contact_of) == {"outbound": "agent", "customer": "customer", "forwarded": "agent"}


def test_speakers_are_decided_per_thread() -> None:
    rows = [
        _row("a1", author="klant-a", minutes=0),
        _row("b1", author="winkel", minutes=5),  # the shop starts thread b
        _row("a2", author="winkel", minutes=10),
        _row("b2", author="klant-a", minutes=15),
    ]
    contact_of = {"a1": "A", "a2": "A", "b1": "B", "b2": "B"}
    assert email_speakers(rows, contact_of) == {"a1": "customer", "a2": "agent", "b1": "customer", "b2": "agent"}


def test_undated_messages_come_after_dated_ones() -> None:
    rows = [_row("undated", author="winkel", minutes=None, ordinal=0), _row("dated", author="klant", minutes=0,
                                                                              ordinal=1)]
    speakers = email_speakers(rows, {"undated": "c", "dated": "c"})
    assert speakers == {"dated": "customer", "undated": "agent"}
