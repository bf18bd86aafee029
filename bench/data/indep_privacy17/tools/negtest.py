"""Negative tests: build.py must catch broken records."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import build as B

def run(rec, lang="nl", ch="call"):
    B.errors.clear(); B.warnings.clear()
    B.check_record(rec, lang, ch, set(), set())
    return list(B.errors)

base = {"id": "nl-call-001", "region": "nl",
        "text": "Met Jan de Vries, Janssen. BSN 111222333. Order 12345.",
        "planted": [{"value": "Jan de Vries", "kind": "name", "must_not_survive": ["Jan", "Vries"]}],
        "lookalikes": [{"value": "12345", "kind": "order_number"}]}
cases = {
    "inside longer word": base,
    "particle": dict(base, planted=[{"value": "Jan de Vries", "kind": "name", "must_not_survive": ["de Vries", "Jan"]}]),
    "bad bsn": dict(base, planted=[{"value": "111222334", "kind": "national_id", "must_not_survive": ["111222334"], "scheme": "bsn"}],
                    text="BSN 111222334 X", lookalikes=[]),
    "lookalike overlap": dict(base, text="Ref 111222334", planted=[{"value": "111222334", "kind": "phone", "must_not_survive": ["111222334"]}],
                             lookalikes=[{"value": "2223", "kind": "order_number"}]),
    "not substring": dict(base, lookalikes=[{"value": "99999", "kind": "order_number"}]),
    "bad kind": dict(base, planted=[{"value": "Janssen", "kind": "person", "must_not_survive": ["Janssen"]}]),
    "bad iban": dict(base, text="NL91 ABNA 0417 1643 01", planted=[{"value": "NL91 ABNA 0417 1643 01", "kind": "iban", "must_not_survive": ["NL91 ABNA 0417 1643 01"]}], lookalikes=[]),
}
for name, rec in cases.items():
    e = run(rec)
    print("%-20s %s" % (name, "CAUGHT" if e else "MISSED"), e[:2])
