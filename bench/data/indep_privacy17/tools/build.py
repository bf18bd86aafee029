"""Build corpus.jsonl from parts/<lang>_<channel>.py and enforce the corpus rules.

    python3 tools/build.py            # check + write corpus.jsonl
    python3 tools/build.py --check    # check only

Each part file defines RECORDS: a list of dicts
    {"id": ..., "text": ..., "region": "uk",            # region is optional, stripped
     "planted": [{"value", "kind", "must_not_survive",
                  "scheme": ..., "norm": ...}],           # scheme/norm optional, stripped
     "lookalikes": [{"value", "kind"}]}
Exit status 1 when there are errors.
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
CHANNELS = {"call": 12, "chat": 10, "email": 8}
PLANTED_KINDS = {"name", "address", "postcode", "phone", "email", "birth_date", "iban",
                 "national_id", "card", "plate", "ip", "username"}
LOOKALIKE_KINDS = {
    "order_number", "invoice_number", "ticket_number", "case_number", "claim_number",
    "tracking_number", "policy_number", "contract_number", "meter_number", "ean",
    "price", "amount", "date", "time", "quantity", "version", "duration", "percentage",
    "product_name", "company_name", "store_name", "pet_name", "bot_name",
    "reference", "booking_reference", "flight_number", "serial_number", "model_number",
    "sku", "tariff", "room_number", "vehicle_model", "appointment_number", "url",
}
REGIONS = {"nl": {"nl", "be"}, "da": {"dk", "fo", "gl"},
           "en": {"uk", "ie", "us", "ca", "au", "nz", "za", "in"}}
PARTICLES = {
    "van", "von", "de", "der", "den", "het", "'t", "te", "ter", "ten", "op", "in", "la", "le",
    "du", "des", "di", "da", "del", "della", "dos", "das", "do", "el", "al", "ul", "ó", "o'",
    "mac", "mc", "ni", "ní", "nic", "ua", "bin", "ibn", "bint", "af", "av", "zu", "vd", "v.d.",
    "st", "st.", "saint", "ap", "y", "e",
}
NAME_TITLES = {
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "mevrouw", "meneer", "mevr.",
    "dhr.", "mw.", "hr.", "fru", "frk.", "sir", "madam", "prof.",
}
SPOKEN = {
    "en": {"zero": "0", "oh": "0", "o": "0", "nought": "0", "one": "1", "two": "2", "three": "3",
           "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"},
    "nl": {"nul": "0", "een": "1", "één": "1", "twee": "2", "drie": "3", "vier": "4",
           "vijf": "5", "zes": "6", "zeven": "7", "acht": "8", "negen": "9"},
    "da": {"nul": "0", "en": "1", "et": "1", "to": "2", "tre": "3", "fire": "4", "fem": "5",
           "seks": "6", "syv": "7", "otte": "8", "ni": "9"},
}
REPEAT = {"double": 2, "triple": 3, "dubbel": 2, "dobbelt": 2}
FILLER = {"bindestreg", "streg", "streepje", "dash", "hyphen", "mellemrum", "spatie", "and", "og", "en-dan"}

errors, warnings = [], []


def err(rid, msg):
    errors.append("%s: %s" % (rid, msg))


def warn(rid, msg):
    warnings.append("%s: %s" % (rid, msg))


def occurrences(text, s):
    out, i = [], text.find(s)
    while i >= 0 and s:
        out.append((i, i + len(s)))
        i = text.find(s, i + 1)
    return out


def spoken_digits(s, lang):
    """Digit-by-digit reading -> digit string, or None if it cannot be parsed."""
    words = [w for w in re.split(r"[\s,.\-]+", s.lower()) if w]
    if not words:
        return None
    table = dict(SPOKEN[lang])
    table.update(SPOKEN["en"] if lang == "en" else {})
    out, rep = [], 1
    for w in words:
        if w.isdigit():
            out.append(w * rep)
            rep = 1
        elif w in FILLER:
            continue
        elif w in REPEAT:
            rep = REPEAT[w]
        elif w in table:
            out.append(table[w] * rep)
            rep = 1
        else:
            return None
    return "".join(out)


def norm_of(item, lang):
    """Underlying identifier for check-digit tests."""
    if item.get("norm"):
        return item["norm"]
    v = item["value"]
    if re.search(r"\d", v):
        return v
    return None


def check_identifier(rid, lang, region, item):
    kind, value = item["kind"], item["value"]
    scheme = item.get("scheme")
    n = norm_of(item, lang)
    if kind in ("national_id", "iban", "card") and n is None:
        err(rid, "%s %r is spoken: give 'norm' for the check" % (kind, value))
        return
    # a spoken value that parses digit by digit must agree with norm
    if item.get("norm") and not re.search(r"\d", value):
        sd = spoken_digits(value, lang)
        if sd is not None and sd != C.digits(item["norm"]):
            err(rid, "spoken %r reads %s but norm is %s" % (value, sd, item["norm"]))
    if item.get("norm") and re.search(r"\d", value):
        if C.compact(value) != C.compact(item["norm"]) and C.digits(value) != C.digits(item["norm"]):
            err(rid, "value %r and norm %r differ" % (value, item["norm"]))
    if kind == "national_id":
        if scheme not in C.NATIONAL_ID_SCHEMES:
            err(rid, "national_id %r needs a known scheme (got %r)" % (value, scheme))
            return
        if not C.NATIONAL_ID_SCHEMES[scheme](n):
            err(rid, "national_id %r fails %s check" % (value, scheme))
    elif kind == "iban":
        if scheme == "account":
            if len(C.digits(n)) < 6:
                err(rid, "bank account %r too short" % value)
        elif not C.iban_ok(n):
            err(rid, "IBAN %r fails mod-97 / format (use scheme 'account' for plain numbers)" % value)
    elif kind == "card":
        if not C.card_ok(n):
            err(rid, "card %r fails Luhn" % value)
    # every written full-length form in must_not_survive must be the same number
    if kind in ("national_id", "iban", "card") and n:
        nd = C.digits(n)
        for m in item["must_not_survive"]:
            md = C.digits(m)
            if len(md) >= len(nd) - 1 and md and md != nd:
                err(rid, "must_not_survive %r is not the same number as %r" % (m, n))
            if not md:
                sd = spoken_digits(m, lang)
                if sd and len(sd) >= 4 and sd != nd and sd not in nd:
                    err(rid, "spoken form %r reads %s, not part of %s" % (m, sd, nd))


def check_contact(rid, lang, region, item):
    kind, value = item["kind"], item["value"]
    if kind == "ip":
        for m in item["must_not_survive"]:
            if re.fullmatch(r"[0-9a-fA-F:.]+", m) and not C.doc_ip_ok(m):
                err(rid, "IP %r not in a documentation range" % m)
        if not C.doc_ip_ok(item.get("norm") or value):
            err(rid, "IP %r not in a documentation range" % value)
    elif kind == "email":
        written = item.get("norm") or value
        if "@" not in written:
            err(rid, "spoken e-mail %r needs 'norm' with the written address" % value)
        elif not C.example_email_ok(written):
            err(rid, "e-mail %r not on a reserved example domain" % written)
        if "@" in value:
            local = value.split("@")[0]
            if local not in item["must_not_survive"]:
                err(rid, "e-mail local part %r missing from must_not_survive" % local)
            if value not in item["must_not_survive"]:
                err(rid, "whole e-mail %r missing from must_not_survive" % value)
        elif len(item["must_not_survive"]) < 2:
            err(rid, "spoken e-mail %r: list the whole and the local part" % value)
    elif kind == "phone":
        test = {"uk": C.uk_drama_ok, "us": C.nanp_fictional_ok, "ca": C.nanp_fictional_ok,
                "au": C.acma_ok}.get(region)
        if test:
            forms = [m for m in item["must_not_survive"] if len(C.digits(m)) >= 7]
            if item.get("norm"):
                forms.append(item["norm"])
            if not forms:
                err(rid, "phone %r (%s) spoken without norm" % (value, region))
            for f in forms:
                if not test(f):
                    err(rid, "phone %r not in the %s fictitious range" % (f, region))
        if item.get("norm") and not re.search(r"\d", value):
            sd = spoken_digits(value, lang)
            if sd is not None and sd != C.digits(item["norm"]):
                err(rid, "spoken phone %r reads %s, norm %s" % (value, sd, item["norm"]))


def token_ok_for_name(tok):
    t = tok.strip(",;:()\"")
    return t


def check_name(rid, item):
    value, mns = item["value"], item["must_not_survive"]
    for m in mns:
        for tok in m.split():
            t = tok.strip(",;:()\"").lower()
            if t in PARTICLES:
                err(rid, "name must_not_survive %r contains particle %r" % (m, tok))
            letters = re.sub(r"[^\w]", "", t)
            if len(letters) <= 1:
                err(rid, "name must_not_survive %r contains one-letter token %r" % (m, tok))
    # every given name / surname of >=2 letters in the value must be listed
    for tok in value.split():
        t = tok.strip(",;:()\"")
        if t.lower() in PARTICLES or t.lower() in NAME_TITLES:
            continue
        if re.fullmatch(r"(\w\.)+\w?\.?", t) and len(re.sub(r"\W", "", t)) <= 3 and "." in t:
            continue  # initials such as J. or A.B.
        if len(re.sub(r"\W", "", t)) <= 1:
            continue
        if t.endswith(".") and t[:-1] in mns:
            continue
        if "-" in t and not re.fullmatch(r"(\w-)+\w", t):  # hyphenated name, not spelled
            parts = [p for p in t.split("-") if len(p) > 1 and p.lower() not in PARTICLES]
            for p in parts:
                if p not in mns:
                    err(rid, "name %r: part %r missing from must_not_survive" % (value, p))
            if t not in mns:
                err(rid, "name %r: hyphenated form %r missing" % (value, t))
        elif t not in mns:
            err(rid, "name %r: token %r missing from must_not_survive" % (value, t))


def check_record(rec, lang, channel, seen_ids, seen_texts):
    rid = rec.get("id", "?")
    if not re.fullmatch(r"%s-%s-\d{3}" % (lang, channel), rid):
        err(rid, "bad id for %s_%s" % (lang, channel))
    if rid in seen_ids:
        err(rid, "duplicate id")
    seen_ids.add(rid)
    for k in ("language", "channel"):
        if k in rec and rec[k] != {"language": lang, "channel": channel}[k]:
            err(rid, "%s field disagrees with file name" % k)
    text = rec.get("text", "")
    if not text.strip():
        err(rid, "empty text")
    if text in seen_texts:
        err(rid, "duplicate text")
    seen_texts.add(text)
    if re.search(r"TODO|XXX|FIXME", text):
        warn(rid, "placeholder marker in text")
    region = rec.get("region", {"nl": "nl", "da": "dk"}.get(lang))
    if region not in REGIONS[lang]:
        err(rid, "region %r not valid for %s" % (region, lang))
    planted, looks = rec.get("planted", []), rec.get("lookalikes", [])
    if not 7 <= len(planted) <= 12:
        warn(rid, "%d planted items (want 7-12)" % len(planted))
    if len(looks) < 5:
        warn(rid, "%d look-alikes (want >= 5)" % len(looks))

    all_mns, planted_spans = [], []
    values_seen = set()
    for it in planted:
        v, kind = it.get("value", ""), it.get("kind")
        mns = it.get("must_not_survive")
        if kind not in PLANTED_KINDS:
            err(rid, "planted kind %r" % kind)
        extra = set(it) - {"value", "kind", "must_not_survive", "scheme", "norm"}
        if extra:
            err(rid, "unknown planted keys %s" % sorted(extra))
        if not isinstance(mns, list) or not mns:
            err(rid, "planted %r without must_not_survive" % v)
            mns = it["must_not_survive"] = []
        if v in values_seen:
            warn(rid, "planted value %r listed twice" % v)
        values_seen.add(v)
        if not v or v not in text:
            err(rid, "planted value %r not in text" % v)
        planted_spans += occurrences(text, v)
        for m in mns:
            if not m or m != m.strip():
                err(rid, "empty/space-padded must_not_survive %r" % m)
                continue
            if m not in text:
                err(rid, "must_not_survive %r not in text" % m)
            all_mns.append(m)
            for a, b in occurrences(text, m):
                if m[0].isalnum() and a > 0 and text[a - 1].isalnum():
                    err(rid, "must_not_survive %r inside a longer word at %d (%r)" % (m, a, text[max(0, a - 12):b + 3]))
                if m[-1].isalnum() and b < len(text) and text[b].isalnum():
                    err(rid, "must_not_survive %r inside a longer word at %d (%r)" % (m, a, text[max(0, a - 3):b + 12]))
        if kind == "name":
            check_name(rid, it)
        else:
            if not any(m in v for m in mns) and not any(v in m for m in mns):
                err(rid, "%s %r: no must_not_survive entry covers the value" % (kind, v))
        if kind in ("national_id", "iban", "card"):
            check_identifier(rid, lang, region, it)
        elif it.get("scheme"):
            err(rid, "scheme given for kind %s" % kind)
        if kind in ("ip", "email", "phone"):
            check_contact(rid, lang, region, it)
        if kind == "username" and any(m.startswith("@") for m in mns):
            err(rid, "username must_not_survive should be the handle without @")
        if kind == "address" and len(mns) < 1:
            err(rid, "address without street entry")

    mns_spans = [s for m in all_mns for s in occurrences(text, m)]
    lk_seen = set()
    for lk in looks:
        v, kind = lk.get("value", ""), lk.get("kind")
        if set(lk) - {"value", "kind"}:
            err(rid, "unknown look-alike keys %s" % sorted(set(lk) - {"value", "kind"}))
        if kind not in LOOKALIKE_KINDS:
            err(rid, "look-alike kind %r" % kind)
        if v in lk_seen:
            warn(rid, "look-alike %r listed twice" % v)
        lk_seen.add(v)
        if not v or v not in text:
            err(rid, "look-alike %r not in text" % v)
            continue
        for a, b in occurrences(text, v):
            for c, d in planted_spans + mns_spans:
                if a < d and c < b:
                    err(rid, "look-alike %r overlaps personal data %r" % (v, text[c:d]))
                    break
        for m in all_mns:
            if m in v:
                err(rid, "look-alike %r contains must_not_survive %r" % (v, m))
            elif m.lower() in v.lower() and len(m) > 2:
                warn(rid, "look-alike %r contains %r (case-insensitive)" % (v, m))
    return {
        "id": rid, "language": lang, "channel": channel, "text": text,
        "planted": [{"value": it["value"], "kind": it["kind"],
                     "must_not_survive": list(it["must_not_survive"])} for it in planted],
        "lookalikes": [{"value": lk["value"], "kind": lk["kind"]} for lk in looks],
    }, region


def load(path):
    spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.RECORDS


def main():
    check_only = "--check" in sys.argv
    out, seen_ids, seen_texts = [], set(), set()
    counts = collections.Counter()
    regions = collections.Counter()
    pk, lk = collections.Counter(), collections.Counter()
    for lang in LANGS:
        for channel, want in CHANNELS.items():
            path = os.path.join(ROOT, "parts", "%s_%s.py" % (lang, channel))
            if not os.path.exists(path):
                err("%s_%s" % (lang, channel), "part file missing")
                continue
            try:
                recs = load(path)
            except Exception as e:  # noqa: BLE001
                err(path, "cannot load: %r" % e)
                continue
            if len(recs) != want:
                err("%s_%s" % (lang, channel), "%d records, want %d" % (len(recs), want))
            for i, rec in enumerate(recs, 1):
                if rec.get("id") != "%s-%s-%03d" % (lang, channel, i):
                    err(rec.get("id", "?"), "expected id %s-%s-%03d" % (lang, channel, i))
                r, region = check_record(rec, lang, channel, seen_ids, seen_texts)
                out.append(r)
                counts[(lang, channel)] += 1
                regions[(lang, region)] += 1
                pk.update(p["kind"] for p in r["planted"])
                lk.update(x["kind"] for x in r["lookalikes"])
    for e in errors:
        print("ERROR  ", e)
    for w in warnings:
        print("WARNING", w)
    print()
    for lang in LANGS:
        print("%s: %s  regions: %s" % (
            lang, ", ".join("%s %d" % (c, counts[(lang, c)]) for c in CHANNELS),
            ", ".join("%s %d" % (rg, n) for (lg, rg), n in sorted(regions.items()) if lg == lang)))
    print("records:", len(out), " planted:", sum(pk.values()), " look-alikes:", sum(lk.values()))
    print("planted kinds:", dict(sorted(pk.items())))
    print("look-alike kinds:", dict(sorted(lk.items())))
    print("%d errors, %d warnings" % (len(errors), len(warnings)))
    if not check_only:
        with open(os.path.join(ROOT, "corpus.jsonl"), "w", encoding="utf-8") as f:
            for r in out:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print("wrote", os.path.join(ROOT, "corpus.jsonl"))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
