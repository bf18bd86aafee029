"""The text stages as functions over Arrow tables."""

from __future__ import annotations

import pyarrow as pa

from cxmine.pipeline import stages


def _t(texts: list[str]) -> pa.Table:
    n = len(texts)
    return pa.table({"message_id": [str(i) for i in range(n)], "contact_id": ["c"] * n, "channel": ["chat"] * n,
                     "text": texts})


def test_keep_terms_survive_redaction_but_names_do_not() -> None:
    cfg = stages.TextConfig(keep_terms=("Nordhus",))
    out = stages.redact_messages(_t(["Beste Nordhus, mijn mail is a.b@example.nl", "Hej Mette, ring på 20 12 34 56"]),
                                 cfg).column("text").to_pylist()
    assert out[0] == "Beste Nordhus, mijn mail is <EMAIL>"
    assert "Mette" not in out[1] and "<NAME>" in out[1]
    plain = stages.redact_messages(_t(["Beste Nordhus,"]), stages.TextConfig()).column("text").to_pylist()
    assert "Nordhus" not in plain[0]  # without the keep term the greeting rule takes it for a name


def test_stages_can_be_switched_off() -> None:
    cfg = stages.TextConfig(redact=False, strip_quotes=False, detect_language=False)
    t = _t(["Mail me at a@b.nl\n> quoted"])
    assert stages.redact_messages(stages.clean_messages(t, cfg), cfg).column("text").to_pylist() == [
        "Mail me at a@b.nl\n> quoted"]
    assert stages.detect_languages(t, cfg).column("language").to_pylist() == ["und"]


def test_keep_phone_number_in_any_grouping() -> None:
    # the shop's own number stays readable in agent replies however it is written; a customer's number does not
    from cxmine.pipeline.stages import TextConfig, redact_messages

    texts = [
        "Bel ons op 020-1234567 of +31 (0)20 123 4567, mijn nummer is 06-12345678.",
        "Ring til os på +45 33 12 34 56 eller 3312 3456; mit nummer er 20 30 40 50.",
    ]
    table = pa.table({"contact_id": ["c1", "c2"], "text": texts})
    cfg = TextConfig(keep_terms=("+31 20 123 4567", "+45 33 12 34 56"))
    out = redact_messages(table, cfg).column("text").to_pylist()
    assert out[0] == "Bel ons op 020-1234567 of +31 (0)20 123 4567, mijn nummer is <PHONE>."
    assert out[1] == "Ring til os på +45 33 12 34 56 eller 3312 3456; mit nummer er <PHONE>."
    plain = redact_messages(table, TextConfig()).column("text").to_pylist()
    assert "020-1234567" not in plain[0] and "3312 3456" not in plain[1]  # without --keep they are redacted


def _turns(texts, channel="chat", contact="k", seqs=None):
    n = len(texts)
    return pa.table({
        "message_id": [f"m{i}" for i in range(n)], "contact_id": [contact] * n, "channel": [channel] * n,
        "seq": pa.array(seqs if seqs is not None else list(range(n)), pa.int32()), "text": texts,
    })


def test_the_turns_of_a_chat_are_redacted_together_in_their_order():
    # the postcode answers the question of the turn before it, which only the whole conversation shows;
    # rows are out of order in the table and put back in order by seq
    t = _turns(["Tak.", "Og dit postnummer? Så tjekker jeg lige dækningen", "8900"], seqs=[2, 0, 1])
    assert stages.redact_messages(t, stages.TextConfig()).column("text").to_pylist() == [
        "Tak.", "Og dit postnummer? Så tjekker jeg lige dækningen", "<POSTCODE>"]


def test_emails_and_other_contacts_are_not_joined_to_a_conversation():
    t = _turns(["Og dit postnummer? Så tjekker jeg lige dækningen", "8900"], channel="email")
    assert stages.redact_messages(t, stages.TextConfig()).column("text").to_pylist()[1] == "8900"
    both = pa.concat_tables([_turns(["Og dit postnummer? Så tjekker jeg lige dækningen"], contact="a"),
                             _turns(["8900"], contact="b")])
    assert stages.redact_messages(both, stages.TextConfig()).column("text").to_pylist()[1] == "8900"


def test_a_replacement_across_turns_falls_back_to_one_turn_at_a_time(monkeypatch):
    class Joining:  # a redactor that swallows line breaks, as a rule spanning two turns would
        def redact(self, text, names=()):
            return text.replace("\n", " ").replace("secret", "<X>")

    monkeypatch.setattr(stages, "_redactor", lambda patterns: Joining())
    t = _turns(["a secret", "b", "c secret"])
    assert stages.redact_messages(t, stages.TextConfig()).column("text").to_pylist() == ["a <X>", "b", "c <X>"]


def test_long_conversations_are_redacted_window_by_window_with_the_turn_before(monkeypatch):
    monkeypatch.setattr(stages, "_TURN_WINDOW", 2)
    texts = ["Hoi", "Og dit postnummer? Så tjekker jeg lige dækningen", "8900", "ok", "dag"]
    out = stages.redact_messages(_turns(texts), stages.TextConfig()).column("text").to_pylist()
    assert out == ["Hoi", "Og dit postnummer? Så tjekker jeg lige dækningen", "<POSTCODE>", "ok", "dag"]
