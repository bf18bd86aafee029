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
