"""Build corpus.jsonl from parts/<lang>_<channel>.py and check every rule.

Usage:  python3 tools/build.py            (writes corpus.jsonl next to tools/ and parts/)
        python3 tools/build.py --no-write (checks only)

Each parts file defines RECORDS, a list of dicts:
    {"id": "nl-call-001", "text": "...",
     "planted": [ (value, kind, [must_not_survive...])                       # or
                  (value, kind, [mns...], scheme)                             # check digits
                  (value, kind, [mns...], scheme, canonical)                  # spoken numbers
                  or dicts with the keys value/kind/must_not_survive/scheme/canonical ],
     "lookalikes": [ (value, kind) or {"value":..., "kind":...} ],
     "note": "optional free text, not exported"}

"scheme" names a validator in tools/checks.py; "canonical" is the identifier written
in digits when the text has it read out in words (the spoken form is parsed back and
compared).  scheme/canonical/note are not written to corpus.jsonl.

Exit status 1 if there is any error.  Warnings are printed as well; the corpus is meant
to build with 0 errors and 0 warnings.
"""
import collections
import importlib.util
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import checks as C  # noqa: E402

LANGS = ("nl", "da", "en")
CHANNELS = ("call", "chat", "email")
EXPECTED = {"call": 12, "chat": 10, "email": 8}
PLANTED_KINDS = {"name", "address", "postcode", "phone", "email", "birth_date", "iban",
                 "national_id", "card", "plate", "ip", "username"}
LOOKALIKE_KINDS = {
    "order_number", "invoice_number", "ticket_number", "claim_number", "tracking_number",
    "policy_number", "contract_number", "meter_number", "ean", "price", "amount", "date",
    "time", "datetime", "quantity", "version", "product_name", "company_name", "pet_name",
    "bot_name", "reference", "booking_reference", "flight_number", "case_number",
    "serial_number", "model_number", "percentage", "duration", "payment_reference",
    "store_name", "appointment_number", "permit_number", "repair_number", "route",
    "room_number", "class_name", "tariff_name", "speed", "medication", "dosage",
    "year", "vessel_name", "plan_name", "street_name_business", "job_number",
}
# particles and prefixes that are not themselves names (compared case-insensitively)
PARTICLES = {
    "van", "de", "der", "den", "het", "ten", "ter", "te", "von", "vom", "vd", "v.d.",
    "v/d", "in", "'t", "op", "la", "le", "du", "des", "di", "da", "dos", "del", "della",
    "el", "al", "bin", "ben", "ibn", "af", "á", "í", "ó", "o'", "ní", "nic", "mac", "mc",
    "uí", "mhic", "st", "st.", "van't", "vande", "vanden", "vander", "jr", "sr", "jr.",
    "sr.", "mr", "mrs", "ms", "dr", "dr.", "mevrouw", "meneer", "fru", "hr", "hr.",
}
NUMERIC_KINDS = {"phone", "iban", "national_id", "card", "ip", "postcode"}
DEFAULT_SCHEME = {"card": "card"}


def norm_item(item, fields):
    if isinstance(item, dict):
        return dict(item)
    out = {}
    for f, v in zip(fields, item):
        out[f] = v
    return out


def occurrences(text, s):
    res, start = [], 0
    while s:
        i = text.find(s, start)
        if i < 0:
            break
        res.append((i, i + len(s)))
        start = i + 1
    return res


def is_alnum(ch):
    return ch.isalnum()


def load_parts():
    pdir = os.path.join(ROOT, "parts")
    files = sorted(f for f in os.listdir(pdir) if f.endswith(".py") and not f.startswith("_"))
    loaded = []
    for fn in files:
        m = re.fullmatch(r"(nl|da|en)_(call|chat|email)\.py", fn)
        if not m:
            loaded.append((fn, None, None, None))
            continue
        spec = importlib.util.spec_from_file_location("part_" + fn[:-3], os.path.join(pdir, fn))
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        loaded.append((fn, m.group(1), m.group(2), getattr(mod, "RECORDS", None)))
    return loaded


def check_record(rec, lang, channel, err, warn):
    rid = rec.get("id", "?")
    E = lambda msg: err.append("%s: %s" % (rid, msg))   # noqa: E731
    W = lambda msg: warn.append("%s: %s" % (rid, msg))  # noqa: E731

    if not re.fullmatch(r"%s-%s-\d{3}" % (lang, channel), rid):
        E("id does not match %s-%s-NNN" % (lang, channel))
    for k in ("language", "channel"):
        if k in rec and rec[k] != {"language": lang, "channel": channel}[k]:
            E("%s field %r differs from file name" % (k, rec[k]))
    text = rec.get("text")
    if not isinstance(text, str) or not text.strip():
        E("no text")
        return None
    if text != text.strip("\n"):
        W("text starts or ends with a blank line")

    planted = [norm_item(p, ("value", "kind", "must_not_survive", "scheme", "canonical"))
               for p in rec.get("planted", [])]
    looks = [norm_item(l, ("value", "kind")) for l in rec.get("lookalikes", [])]

    if len(planted) < 7 or len(planted) > 12:
        W("%d planted items (want 7-12)" % len(planted))
    if len(looks) < 5:
        W("%d look-alikes (want at least 5)" % len(looks))

    all_mns = []
    planted_spans = []
    seen_values = set()
    for p in planted:
        v, kind, mns = p.get("value"), p.get("kind"), p.get("must_not_survive")
        tag = "planted %r" % (v,)
        if kind not in PLANTED_KINDS:
            E("%s: kind %r not allowed" % (tag, kind))
        if not isinstance(v, str) or not v:
            E("%s: empty value" % tag)
            continue
        if (v, kind) in seen_values:
            W("%s: listed twice" % tag)
        seen_values.add((v, kind))
        if v not in text:
            E("%s: value not in text" % tag)
        if v != v.strip():
            E("%s: value has leading/trailing space" % tag)
        planted_spans.extend(occurrences(text, v))
        if not isinstance(mns, list) or not mns:
            E("%s: must_not_survive missing" % tag)
            mns = []
        if len(set(mns)) != len(mns):
            W("%s: duplicate must_not_survive entries" % tag)
        for s in mns:
            if not isinstance(s, str) or not s.strip():
                E("%s: empty must_not_survive" % tag)
                continue
            if s != s.strip():
                E("%s: must_not_survive %r has outer spaces" % (tag, s))
            if s not in text:
                E("%s: must_not_survive %r not in text" % (tag, s))
            for a, b in occurrences(text, s):
                left = text[a - 1] if a > 0 else ""
                right = text[b] if b < len(text) else ""
                if (left and is_alnum(left) and is_alnum(s[0])) or \
                   (right and is_alnum(right) and is_alnum(s[-1])):
                    E("%s: must_not_survive %r occurs inside a longer word at %d: %r"
                      % (tag, s, a, text[max(0, a - 15):b + 15]))
                    break
            all_mns.append(s)
        # must_not_survive should cover the value itself
        if mns and not any(s in v for s in mns):
            W("%s: no must_not_survive entry occurs in the value" % tag)
        if kind == "name":
            for s in mns:
                toks = s.split()
                letters = re.sub(r"[^\w]", "", s)
                if s.lower() in PARTICLES:
                    E("%s: particle %r in must_not_survive" % (tag, s))
                elif len(letters) < 2:
                    E("%s: one-letter token %r in must_not_survive" % (tag, s))
                elif len(toks) > 1 and toks[0].lower() in PARTICLES:
                    E("%s: %r starts with a particle" % (tag, s))
                elif len(toks) > 1 and all(len(re.sub(r"\W", "", t)) <= 1 for t in toks):
                    pass  # spelled out letter by letter, as written
                elif any(len(re.sub(r"\W", "", t)) == 1 for t in toks):
                    E("%s: %r contains a one-letter token" % (tag, s))
            # every name token of the value (2+ letters, not a particle) must be listed
            for tok in re.split(r"[\s]+", v):
                t = tok.strip(".,;:()'\"")
                if len(re.sub(r"\W", "", t)) < 2 or t.lower() in PARTICLES:
                    continue
                hy = t.split("-") if "-" in t else []
                # a hyphenated token with a particle inside ("Akkerman-de") is only
                # checked part by part; the whole form is then listed by hand
                parts = ([] if any(h.lower() in PARTICLES for h in hy) else [t]) + hy
                for part in parts:
                    if len(part) >= 2 and part.lower() not in PARTICLES and part not in mns \
                            and not re.search(r"[\d@]", part):
                        W("%s: name part %r of the value not in must_not_survive" % (tag, part))
        if kind == "email" and "@" in v:
            local = v.split("@")[0]
            if v not in mns:
                W("%s: whole e-mail address not in must_not_survive" % tag)
            if local not in mns:
                W("%s: local part %r not in must_not_survive" % (tag, local))
        if kind == "username":
            h = v.lstrip("@")
            if h not in mns:
                W("%s: handle without @ not in must_not_survive" % tag)
        # check digits
        scheme = p.get("scheme") or DEFAULT_SCHEME.get(kind)
        if kind == "iban" and not scheme:
            scheme = "iban" if re.match(r"\s*[A-Za-z]{2}\s*\d{2}", v) else "none"
        if kind == "national_id" and not scheme:
            E("%s: national_id needs a scheme (use 'none' if it has no check digit)" % tag)
        if scheme:
            if scheme not in C.SCHEMES:
                E("%s: unknown scheme %r" % (tag, scheme))
            else:
                canon = p.get("canonical")
                target = canon if canon else v
                if not C.SCHEMES[scheme](target):
                    E("%s: fails %s check (%r)" % (tag, scheme, target))
                if canon:
                    heard = C.spoken_to_chars(v, lang)
                    want = C.compact(canon)
                    if heard != want:
                        W("%s: spoken form parses as %r, canonical is %r" % (tag, heard, want))
    # look-alikes
    for l in looks:
        v, kind = l.get("value"), l.get("kind")
        tag = "look-alike %r" % (v,)
        if kind not in LOOKALIKE_KINDS:
            W("%s: unusual kind %r" % (tag, kind))
        if not isinstance(v, str) or not v:
            E("%s: empty" % tag)
            continue
        if v not in text:
            E("%s: not in text" % tag)
        for a, b in occurrences(text, v):
            for pa, pb in planted_spans:
                if a < pb and pa < b:
                    E("%s: overlaps planted value %r" % (tag, text[pa:pb]))
                    break
        for s in all_mns:
            if s in v:
                E("%s: contains must_not_survive %r" % (tag, s))
            else:
                for a, b in occurrences(text, v):
                    if any(a < mb and ma < b for ma, mb in occurrences(text, s)):
                        E("%s: overlaps an occurrence of must_not_survive %r" % (tag, s))
                        break
        if any(v == p.get("value") for p in planted):
            E("%s: also a planted value" % tag)
    # duplicates among look-alikes
    lv = [l.get("value") for l in looks]
    for v, n in collections.Counter(lv).items():
        if n > 1:
            W("look-alike %r listed %d times" % (v, n))

    out = {"id": rid, "language": lang, "channel": channel, "text": text,
           "planted": [{"value": p["value"], "kind": p["kind"],
                        "must_not_survive": list(p.get("must_not_survive") or [])}
                       for p in planted],
           "lookalikes": [{"value": l["value"], "kind": l["kind"]} for l in looks]}
    return out


def main():
    write = "--no-write" not in sys.argv
    err, warn = [], []
    records = []
    ids = set()
    counts = collections.Counter()
    for fn, lang, channel, recs in load_parts():
        if lang is None:
            warn.append("parts/%s: file name not <lang>_<channel>.py, ignored" % fn)
            continue
        if not isinstance(recs, list):
            err.append("parts/%s: RECORDS missing or not a list" % fn)
            continue
        for rec in recs:
            if not isinstance(rec, dict):
                err.append("parts/%s: record is not a dict" % fn)
                continue
            rid = rec.get("id")
            if rid in ids:
                err.append("%s: duplicate id" % rid)
            ids.add(rid)
            out = check_record(rec, lang, channel, err, warn)
            if out:
                records.append(out)
                counts[(lang, channel)] += 1
    for lang in LANGS:
        for ch in CHANNELS:
            if counts[(lang, ch)] != EXPECTED[ch]:
                err.append("%s/%s: %d records, expected %d" % (lang, ch, counts[(lang, ch)], EXPECTED[ch]))
    order = {(l, c): i for i, (l, c) in enumerate((l, c) for l in LANGS for c in CHANNELS)}
    records.sort(key=lambda r: (order.get((r["language"], r["channel"]), 99), r["id"]))

    # report
    print("records: %d" % len(records))
    for lang in LANGS:
        print("  %s: %s" % (lang, ", ".join("%s %d" % (c, counts[(lang, c)]) for c in CHANNELS)))
    pk = collections.Counter(p["kind"] for r in records for p in r["planted"])
    lk = collections.Counter(l["kind"] for r in records for l in r["lookalikes"])
    print("planted items: %d  %s" % (sum(pk.values()), dict(sorted(pk.items()))))
    print("look-alikes:   %d  %s" % (sum(lk.values()), dict(sorted(lk.items()))))
    for w in warn:
        print("WARNING", w)
    for e in err:
        print("ERROR", e)
    print("%d errors, %d warnings" % (len(err), len(warn)))
    if write:
        path = os.path.join(ROOT, "corpus.jsonl")
        with open(path, "w", encoding="utf-8") as fh:
            for r in records:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        print("wrote %s" % path)
    return 1 if err else 0


if __name__ == "__main__":
    sys.exit(main())
