"""Load parts/<lang>_<channel>.py, validate every rule, write corpus.jsonl.

Usage:  python3 tools/build.py [--only nl_call] [--no-write]
Exit code 1 when there are errors.  Warnings are printed but do not block.
"""
import importlib.util
import ipaddress
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
KINDS = {"name", "address", "postcode", "phone", "email", "birth_date", "iban",
         "national_id", "card", "plate", "ip", "username"}
LOOKALIKE_KINDS = {
    "order_number", "invoice_number", "ticket_number", "case_number", "claim_number",
    "tracking_number", "policy_number", "contract_number", "customer_number",
    "meter_number", "ean", "price", "amount", "date", "time", "datetime", "quantity",
    "version", "product_name", "company_name", "pet_name", "bot_name", "booking_reference",
    "reference", "flight_number", "model_number", "serial_number", "percentage",
    "room_number", "appointment_number", "duration", "measurement", "year",
    "store_name", "brand", "department", "medication", "dosage", "account_reference",
    "vehicle_model", "url", "tariff", "plan_name", "course_name", "street_name_generic",
    "place_name", "service_name", "mandate_reference", "voucher_code", "sku",
    "iso_date", "kvk_number", "vat_number", "cvr_number", "error_code", "hashtag",
    "shipment_number", "class_name", "team_name", "route_number", "speed",
    "service_number", "seat_number",
}
PARTICLES = {
    "van", "de", "der", "den", "het", "ter", "ten", "te", "op", "in", "t", "'t",
    "vd", "v.d.", "el", "al", "ó", "o'", "ní", "ni", "nic", "mac", "mc", "ua",
    "von", "zu", "da", "di", "du", "del", "della", "le", "la", "les", "dos",
    "das", "bin", "binte", "bint", "ibn", "ben", "abu", "st", "st.", "af", "í",
    "á", "við", "und", "y", "e", "of", "bt", "s/o", "d/o",
}
EXAMPLE_DOMAINS = ("example.com", "example.net", "example.org")

errors, warnings = [], []


def err(rid, msg):
    errors.append("%s: %s" % (rid, msg))


def warn(rid, msg):
    warnings.append("%s: %s" % (rid, msg))


def occurrences(text, s):
    out, i = [], text.find(s)
    while i >= 0:
        out.append((i, i + len(s)))
        i = text.find(s, i + 1)
    return out


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def is_word_char(ch):
    return ch.isalnum()


# --------------------------------------------------- spoken numbers -------
NUM_WORDS = {
    "nl": {"nul": 0, "een": 1, "één": 1, "eén": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5,
           "zes": 6, "zeven": 7, "acht": 8, "negen": 9, "tien": 10, "elf": 11, "twaalf": 12,
           "dertien": 13, "veertien": 14, "vijftien": 15, "zestien": 16, "zeventien": 17,
           "achttien": 18, "negentien": 19, "twintig": 20, "dertig": 30, "veertig": 40,
           "vijftig": 50, "zestig": 60, "zeventig": 70, "tachtig": 80, "negentig": 90},
    "da": {"nul": 0, "en": 1, "et": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6,
           "syv": 7, "otte": 8, "ni": 9, "ti": 10, "elleve": 11, "tolv": 12, "tretten": 13,
           "fjorten": 14, "femten": 15, "seksten": 16, "sytten": 17, "atten": 18,
           "nitten": 19, "tyve": 20, "tredive": 30, "fyrre": 40, "halvtreds": 50,
           "tres": 60, "halvfjerds": 70, "firs": 80, "halvfems": 90},
    "en": {"zero": 0, "oh": 0, "o": 0, "nought": 0, "one": 1, "two": 2, "three": 3,
           "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
           "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
           "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
           "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
           "eighty": 80, "ninety": 90},
}
COMPOUND = {
    "nl": re.compile(r"^(een|één|twee|drie|vier|vijf|zes|zeven|acht|negen)(?:en|ën)"
                     r"(twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)$"),
    "da": re.compile(r"^(en|to|tre|fire|fem|seks|syv|otte|ni)og"
                     r"(tyve|tredive|fyrre|halvtreds|tres|halvfjerds|firs|halvfems)$"),
}
REPEAT = {"double": 2, "dubbel": 2, "dobbelt": 2, "triple": 3, "tripel": 3}


def spoken_digits(value, lang):
    """Digits read out in value (digit by digit, pairs, or numerals)."""
    toks = re.findall(r"[^\W\d_]+|\d+", value.lower())
    words = NUM_WORDS[lang]
    out, rep, i = [], 1, 0
    while i < len(toks):
        t = toks[i]
        piece = None
        if t.isdigit():
            piece = t
        elif t in REPEAT:
            rep = REPEAT[t]
            i += 1
            continue
        elif lang in COMPOUND and COMPOUND[lang].match(t):
            m = COMPOUND[lang].match(t)
            piece = str(words[m.group(2)] + words[m.group(1)])
        elif t in words:
            n = words[t]
            if lang == "en" and n >= 20 and n % 10 == 0 and i + 1 < len(toks) \
                    and toks[i + 1] in words and 1 <= words[toks[i + 1]] <= 9:
                n += words[toks[i + 1]]
                i += 1
            piece = str(n)
        if piece is not None:
            out.append(piece * rep)
        rep = 1
        i += 1
    return "".join(out)


# ------------------------------------------------------- record checks ---
def check_identifier(rid, lang, p):
    kind, value = p["kind"], p["value"]
    scheme = p.get("_check")
    canon = p.get("_canon")
    if kind == "iban" and scheme is None:
        if re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9 ]{10,40}", value.strip()):
            scheme = "iban"
        else:
            err(rid, "bank account %r has no _check (use iban/be_account/none)" % value)
            return
    if kind == "card" and scheme is None:
        scheme = "luhn"
    if kind == "national_id" and scheme is None:
        err(rid, "national_id %r needs _check" % value)
        return
    if scheme is None or scheme == "none" or scheme.startswith("none:"):
        return
    fn = C.CHECKS.get(scheme)
    if fn is None:
        err(rid, "unknown check scheme %r" % scheme)
        return
    target = canon if canon else value
    if not fn(target):
        err(rid, "%s check fails for %r" % (scheme, target))
    if canon:
        spoken = spoken_digits(value, lang)
        want = C.digits(canon)
        if spoken and spoken != want and spoken not in want:
            err(rid, "spoken digits %s of %r do not match canonical %s" % (spoken, value, want))
        if not spoken:
            err(rid, "no digits could be read from spoken %r" % value)
    else:
        if scheme in ("iban",):
            return
        # written: the digits in the text must be the validated digits
        if not C.digits(value):
            err(rid, "written identifier %r has no digits; give _canon" % value)


def name_tokens(value):
    # split on spaces; hyphenated parts are checked both whole and in parts
    return [t for t in re.split(r"\s+", value.strip()) if t]


def check_name(rid, p):
    mns = p["must_not_survive"]
    for s in mns:
        bare = s.strip(".,'’").lower()
        if len(bare) <= 1:
            err(rid, "one-letter token %r in must_not_survive of name %r" % (s, p["value"]))
        if bare in PARTICLES:
            err(rid, "particle %r in must_not_survive of name %r" % (s, p["value"]))
        toks = s.split()
        spelled = all(len(t.strip(".,-")) <= 1 or re.fullmatch(r"(\w-)+\w", t) for t in toks)
        if len(toks) > 1 and not spelled:
            bad = [t for t in toks if t.lower().strip(".") in PARTICLES or len(t.strip(".")) <= 1]
            if bad:
                err(rid, "must_not_survive %r contains particle/initial %r" % (s, bad))
    # every given name / surname of 2+ letters must be listed
    for tok in name_tokens(p["value"]):
        t = tok.strip(".,;:()")
        if len(t.replace(".", "")) <= 1 or t.lower() in PARTICLES:
            continue
        if re.fullmatch(r"([A-Za-zÀ-ÿ]\.)+", t):   # initials like "J.P."
            continue
        parts = [t] + (t.split("-") if "-" in t else [])
        for part in parts:
            if len(part) <= 1 or part.lower() in PARTICLES:
                continue
            if part not in mns:
                err(rid, "name part %r of %r not in must_not_survive" % (part, p["value"]))


def check_email(rid, p):
    v, mns = p["value"], p["must_not_survive"]
    if v not in mns:
        err(rid, "email %r not itself in must_not_survive" % v)
    if "@" in v:
        local, dom = v.split("@", 1)
        if local not in mns:
            err(rid, "local part %r not in must_not_survive" % local)
        if not (dom in EXAMPLE_DOMAINS or any(dom.endswith("." + d) for d in EXAMPLE_DOMAINS)
                or dom.endswith(".example")):
            err(rid, "email domain %r is not an example domain" % dom)
    else:
        if len(mns) < 2:
            err(rid, "spoken email %r should list spoken local part too" % v)
        if "example" not in v.lower():
            err(rid, "spoken email %r does not use an example domain" % v)


def check_ip(rid, v):
    try:
        ip = ipaddress.ip_address(v.strip())
    except ValueError:
        err(rid, "ip %r does not parse" % v)
        return
    nets = [ipaddress.ip_network(n) for n in
            ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")]
    if not any(ip in n for n in nets):
        err(rid, "ip %r not in a documentation range" % v)


def check_record(rec, lang, channel, seen):
    rid = rec.get("id", "?")
    for k in ("id", "language", "channel", "text", "planted", "lookalikes"):
        if k not in rec:
            err(rid, "missing key %s" % k)
            return
    if not re.fullmatch(r"(nl|da|en)-(call|chat|email)-\d{3}", rid):
        err(rid, "bad id format")
    if rid in seen:
        err(rid, "duplicate id")
    seen.add(rid)
    if rec["language"] != lang or rec["channel"] != channel or not rid.startswith(lang + "-" + channel + "-"):
        err(rid, "language/channel do not match file %s_%s" % (lang, channel))
    text = rec["text"]
    planted, looks = rec["planted"], rec["lookalikes"]

    all_mns = []
    seen_vals = set()
    for p in planted:
        for k in ("value", "kind", "must_not_survive"):
            if k not in p:
                err(rid, "planted item missing %s: %r" % (k, p))
                return
        v, kind, mns = p["value"], p["kind"], p["must_not_survive"]
        if kind not in KINDS:
            err(rid, "unknown planted kind %r" % kind)
        if v in seen_vals:
            warn(rid, "planted value listed twice: %r" % v)
        seen_vals.add(v)
        if v not in text:
            err(rid, "planted value not in text: %r" % v)
        if not mns:
            err(rid, "empty must_not_survive for %r" % v)
        if not any(s in v for s in mns):
            err(rid, "value %r contains none of its must_not_survive strings" % v)
        for s in mns:
            if s not in text:
                err(rid, "must_not_survive not in text: %r (of %r)" % (s, v))
            if len(s.strip()) < 2:
                err(rid, "must_not_survive too short: %r" % s)
            if s != s.strip():
                err(rid, "must_not_survive has outer whitespace: %r" % s)
            all_mns.append(s)
        if kind == "name":
            check_name(rid, p)
        elif kind == "email":
            check_email(rid, p)
        elif kind == "username":
            if v.startswith("@") and v[1:] not in mns:
                err(rid, "username %r: handle without @ not in must_not_survive" % v)
        elif kind == "ip":
            check_ip(rid, v)
        elif kind == "address":
            if v not in mns and len(mns) < 1:
                err(rid, "address %r needs street+number and postcode" % v)
        if kind in ("iban", "card", "national_id"):
            check_identifier(rid, lang, p)

    # must_not_survive never inside a longer word
    for s in set(all_mns):
        for a, b in occurrences(text, s):
            before = text[a - 1] if a > 0 else ""
            after = text[b] if b < len(text) else ""
            if (is_word_char(s[0]) and before and is_word_char(before)) or \
               (is_word_char(s[-1]) and after and is_word_char(after)):
                err(rid, "must_not_survive %r occurs inside a longer word: ...%s..."
                    % (s, text[max(0, a - 15):b + 15].replace("\n", " ")))

    # case-insensitive whole-word occurrences not covered by any mns occurrence
    covered = []
    for s in set(all_mns):
        covered += occurrences(text, s)
    for s in set(all_mns):
        for m in re.finditer(r"(?<!\w)" + re.escape(s) + r"(?!\w)", text, re.I):
            span = (m.start(), m.end())
            if not any(c[0] <= span[0] and span[1] <= c[1] for c in covered):
                warn(rid, "case variant %r of must_not_survive %r not covered" % (m.group(0), s))

    # look-alikes
    planted_spans = []
    for p in planted:
        planted_spans += occurrences(text, p["value"])
    mns_spans = []
    for s in set(all_mns):
        mns_spans += occurrences(text, s)
    lvals = set()
    for lk in looks:
        v, kind = lk.get("value"), lk.get("kind")
        if v is None or kind is None:
            err(rid, "bad lookalike %r" % lk)
            continue
        if v in lvals:
            warn(rid, "look-alike listed twice: %r" % v)
        lvals.add(v)
        if kind not in LOOKALIKE_KINDS:
            warn(rid, "unusual look-alike kind %r" % kind)
        occ = occurrences(text, v)
        if not occ:
            err(rid, "look-alike not in text: %r" % v)
        for s in set(all_mns):
            if s in v:
                err(rid, "look-alike %r contains must_not_survive %r" % (v, s))
        for o in occ:
            if any(overlaps(o, ps) for ps in planted_spans):
                err(rid, "look-alike %r overlaps a planted value" % v)
                break
            if any(overlaps(o, ms) for ms in mns_spans):
                err(rid, "look-alike %r overlaps a must_not_survive occurrence" % v)
                break

    # fictitious e-mail domains / IPs anywhere in the text
    for m in re.finditer(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
        dom = m.group(1).lower()
        if not (dom in EXAMPLE_DOMAINS or any(dom.endswith("." + d) for d in EXAMPLE_DOMAINS)
                or dom.endswith(".example")):
            err(rid, "e-mail in text with non-example domain: %r" % m.group(0))
    for m in re.finditer(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])", text):
        try:
            ipaddress.ip_address(m.group(1))
        except ValueError:
            continue
        if not re.match(r"(192\.0\.2|198\.51\.100|203\.0\.113)\.", m.group(1)):
            err(rid, "IPv4 outside documentation ranges: %s" % m.group(1))

    if len(planted) < 7 or len(planted) > 12:
        warn(rid, "%d planted items (want 7-12)" % len(planted))
    if len(looks) < 5:
        warn(rid, "%d look-alikes (want >= 5)" % len(looks))


def clean(rec):
    out = {k: rec[k] for k in ("id", "language", "channel", "text")}
    out["planted"] = [{"value": p["value"], "kind": p["kind"],
                       "must_not_survive": list(p["must_not_survive"])} for p in rec["planted"]]
    out["lookalikes"] = [{"value": l["value"], "kind": l["kind"]} for l in rec["lookalikes"]]
    return out


def load(path):
    spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.RECORDS


def main(argv):
    only = None
    write = "--no-write" not in argv
    if "--only" in argv:
        only = argv[argv.index("--only") + 1]
    seen, records, counts = set(), [], {}
    for lang in LANGS:
        for ch in CHANNELS:
            name = "%s_%s" % (lang, ch)
            if only and only != name:
                continue
            path = os.path.join(ROOT, "parts", name + ".py")
            if not os.path.exists(path):
                err(name, "missing parts file")
                continue
            try:
                recs = load(path)
            except Exception as e:  # noqa: BLE001
                err(name, "cannot load: %r" % e)
                continue
            counts[name] = len(recs)
            if len(recs) != CHANNELS[ch]:
                err(name, "has %d records, want %d" % (len(recs), CHANNELS[ch]))
            for i, rec in enumerate(recs, 1):
                check_record(rec, lang, ch, seen)
                want = "%s-%s-%03d" % (lang, ch, i)
                if rec.get("id") != want:
                    warn(rec.get("id", "?"), "expected id %s at this position" % want)
                records.append(rec)
    for w in warnings:
        print("WARNING", w)
    for e in errors:
        print("ERROR  ", e)
    kinds = {}
    for r in records:
        for p in r["planted"]:
            kinds[p["kind"]] = kinds.get(p["kind"], 0) + 1
    print("records:", len(records), counts)
    print("planted:", sum(len(r["planted"]) for r in records), dict(sorted(kinds.items())))
    print("lookalikes:", sum(len(r["lookalikes"]) for r in records))
    print("%d errors, %d warnings" % (len(errors), len(warnings)))
    if write and not only and not errors:
        with open(os.path.join(ROOT, "corpus.jsonl"), "w", encoding="utf-8") as f:
            for r in records:
                f.write(json.dumps(clean(r), ensure_ascii=False) + "\n")
        print("wrote corpus.jsonl")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
