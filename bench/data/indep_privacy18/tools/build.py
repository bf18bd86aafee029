"""Build corpus.jsonl from parts/<lang>_<channel>.py and check every rule.

    python3 tools/build.py            # build + report
    python3 tools/build.py --quiet    # only totals, errors and warnings

Exit status 1 if there are errors.
"""
import collections
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
from rec import PARTICLES, is_initial, name_parts  # noqa: E402

LANGS = ["nl", "da", "en"]
CHANNELS = {"call": 12, "chat": 10, "email": 8}
PLANTED_KINDS = {"name", "address", "postcode", "phone", "email", "birth_date",
                 "iban", "national_id", "card", "plate", "ip", "username"}
LOOKALIKE_KINDS = {
    "order_number", "invoice_number", "ticket_number", "claim_number",
    "tracking_number", "policy_number", "contract_number", "meter_number",
    "customer_number", "case_number", "reference", "booking_reference",
    "ean", "price", "amount", "date", "time", "quantity", "version",
    "product", "company", "pet_name", "bot_name", "flight_number",
    "model_number", "sku", "percentage", "duration", "room", "vehicle_model",
}
MIN_PLANTED, MAX_PLANTED, MIN_LOOK = 7, 12, 5
ID_RE = re.compile(r"^(nl|da|en)-(call|chat|email)-\d{3}$")

# ---------------------------------------------------------------- spoken numbers
UNITS = {
    # nl
    "nul": 0, "een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5,
    "zes": 6, "zeven": 7, "acht": 8, "negen": 9,
    # da
    "et": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "syv": 7,
    "otte": 8, "ni": 9,
    # en
    "zero": 0, "oh": 0, "o": 0, "one": 1, "two": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
}
# Danish "en" = 1 (Dutch/English "en" never appears inside a spoken number here)
UNITS["en"] = 1
TEENS = {
    "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14,
    "vijftien": 15, "zestien": 16, "zeventien": 17, "achttien": 18, "negentien": 19,
    "ti": 10, "elleve": 11, "tolv": 12, "tretten": 13, "fjorten": 14,
    "femten": 15, "seksten": 16, "sytten": 17, "atten": 18, "nitten": 19,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {
    "twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60,
    "zeventig": 70, "tachtig": 80, "negentig": 90,
    "tyve": 20, "tredive": 30, "fyrre": 40, "halvtreds": 50, "tres": 60,
    "halvfjerds": 70, "firs": 80, "halvfems": 90,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
REPEAT = {"dubbel": 2, "double": 2, "dobbelt": 2, "triple": 3, "tripel": 3}
FILLERS = {"uh", "uhm", "eh", "ehm", "øh", "øhm", "um", "erm", "er", "hmm",
           "en", "og", "and", "komma", "streepje", "bindestreg", "dash",
           "space", "spatie", "mellemrum"}


def _word_value(w):
    """digit string for one spoken word, or None."""
    if w in UNITS:
        return str(UNITS[w])
    if w in TEENS:
        return str(TEENS[w])
    if w in TENS:
        return str(TENS[w])
    # nl compounds: vierendertig, eenentwintig, drieëntwintig
    m = re.fullmatch(r"(een|twee|drie|vier|vijf|zes|zeven|acht|negen)(?:en|ën)(\w+)", w)
    if m and m.group(2) in TENS and TENS[m.group(2)] < 100 and m.group(2) in (
            "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig",
            "tachtig", "negentig"):
        return str(TENS[m.group(2)] + UNITS[m.group(1)])
    # da compounds: syvoghalvtreds, enogtyve
    m = re.fullmatch(r"(en|to|tre|fire|fem|seks|syv|otte|ni)og(\w+)", w)
    if m and m.group(2) in ("tyve", "tredive", "fyrre", "halvtreds", "tres",
                            "halvfjerds", "firs", "halvfems"):
        return str(TENS[m.group(2)] + UNITS[m.group(1)])
    return None


def spoken_to_canon(s):
    """Turn a (partly) spoken identifier into digits/letters.  Returns None
    when a word is not understood."""
    s = s.lower().replace("-", " ")
    toks = re.findall(r"[a-zæøåéë']+|\d+", s)
    out = []
    rep = 1
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.isdigit():
            out.append(t * 1 if rep == 1 else t * rep)
            rep = 1
            i += 1
            continue
        if t in REPEAT:
            rep = REPEAT[t]
            i += 1
            continue
        v = _word_value(t)
        if v is not None:
            # English "twenty one" -> 21
            if t in TENS and i + 1 < len(toks) and toks[i + 1] in UNITS and \
                    UNITS[toks[i + 1]] > 0 and toks[i + 1] not in ("oh", "o"):
                v = str(TENS[t] + UNITS[toks[i + 1]])
                i += 1
            out.append(v * rep)
            rep = 1
            i += 1
            continue
        if t in FILLERS:
            i += 1
            continue
        if len(t) <= 4 and t.isalpha():
            out.append(t.upper() * rep)
            rep = 1
            i += 1
            continue
        return None
    return "".join(out)


# ---------------------------------------------------------------- helpers


def occurrences(text, sub):
    out, start = [], 0
    while sub:
        i = text.find(sub, start)
        if i < 0:
            break
        out.append((i, i + len(sub)))
        start = i + 1
    return out


def in_longer_word(text, sub):
    bad = []
    for a, b in occurrences(text, sub):
        before = text[a - 1] if a > 0 else " "
        after = text[b] if b < len(text) else " "
        if (before.isalnum() and sub[0].isalnum()) or (after.isalnum() and sub[-1].isalnum()):
            bad.append(text[max(0, a - 12):b + 12].replace("\n", " "))
    return bad


def overlaps(spans_a, spans_b):
    for a0, a1 in spans_a:
        for b0, b1 in spans_b:
            if a0 < b1 and b0 < a1:
                return True
    return False


EXAMPLE_DOMAIN = re.compile(r"(^|\.)(example\.(com|net|org)|[a-z0-9-]+\.example)$")


def load_part(path):
    spec = importlib.util.spec_from_file_location(
        "part_" + os.path.basename(path)[:-3], path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return getattr(mod, "RECORDS")


def check_identifier(p, rid, err, info):
    kind, value = p["kind"], p["value"]
    canon = p.get("canon")
    if canon is not None:
        conv = spoken_to_canon(value)
        if conv is not None and C.compact(conv) != C.compact(canon):
            err.append("%s: spoken value %r reads as %r, canon says %r"
                       % (rid, value, conv, canon))
        subject = canon
    else:
        subject = value
        if not re.search(r"\d", value):
            conv = spoken_to_canon(value)
            if conv is None:
                err.append("%s: cannot read spoken %s %r (give canon=)" % (rid, kind, value))
                return
            subject = conv
    if kind == "iban":
        if C.looks_like_iban(subject):
            if not C.iban_ok(subject):
                err.append("%s: IBAN check failed %r" % (rid, value))
            else:
                info["iban_checked"] += 1
        else:
            info["account_plain"] += 1
    elif kind == "card":
        if not C.card_ok(subject):
            err.append("%s: Luhn failed for card %r" % (rid, value))
        else:
            info["card_checked"] += 1
    elif kind == "national_id":
        chk = p.get("check")
        if not chk:
            err.append("%s: national_id %r without check=" % (rid, value))
            return
        ok, msg = C.validate(chk, subject)
        if not ok:
            err.append("%s: %s" % (rid, msg))
        else:
            info["id_checked:" + chk] += 1


def main():
    quiet = "--quiet" in sys.argv
    errors, warnings = [], []
    info = collections.Counter()
    records = []
    ids = set()
    counts = collections.Counter()
    kinds = collections.Counter()
    lkinds = collections.Counter()
    planted_per = []
    look_per = []

    for lang in LANGS:
        for ch, want in CHANNELS.items():
            path = os.path.join(ROOT, "parts", "%s_%s.py" % (lang, ch))
            if not os.path.exists(path):
                errors.append("missing part %s" % path)
                continue
            try:
                recs = load_part(path)
            except Exception as e:  # noqa
                errors.append("cannot load %s: %r" % (path, e))
                continue
            if len(recs) != want:
                errors.append("%s_%s: %d records, want %d" % (lang, ch, len(recs), want))
            for r in recs:
                records.append((lang, ch, r))

    for lang, ch, r in records:
        rid = r.get("id", "?")
        for key in ("id", "language", "channel", "text", "planted", "lookalikes"):
            if key not in r:
                errors.append("%s: missing key %s" % (rid, key))
        if not ID_RE.match(rid):
            errors.append("%s: bad id" % rid)
        elif not rid.startswith("%s-%s-" % (lang, ch)):
            errors.append("%s: id does not match file %s_%s" % (rid, lang, ch))
        if rid in ids:
            errors.append("%s: duplicate id" % rid)
        ids.add(rid)
        if r.get("language") != lang or r.get("channel") != ch:
            errors.append("%s: language/channel fields wrong" % rid)
        counts[(lang, ch)] += 1
        text = r.get("text", "")
        if not isinstance(text, str) or not text.strip():
            errors.append("%s: empty text" % rid)
            continue
        planted = r.get("planted", [])
        looks = r.get("lookalikes", [])
        planted_per.append(len(planted))
        look_per.append(len(looks))
        if len(planted) < MIN_PLANTED or len(planted) > MAX_PLANTED:
            warnings.append("%s: %d planted items" % (rid, len(planted)))
        if len(looks) < MIN_LOOK:
            warnings.append("%s: only %d look-alikes" % (rid, len(looks)))

        all_mns = []
        planted_spans = []
        seen_values = set()
        for p in planted:
            v, k = p.get("value", ""), p.get("kind")
            mns = p.get("must_not_survive", [])
            kinds[k] += 1
            if k not in PLANTED_KINDS:
                errors.append("%s: bad planted kind %r" % (rid, k))
            if (v, k) in seen_values:
                warnings.append("%s: duplicate planted %r" % (rid, v))
            seen_values.add((v, k))
            if not v or v not in text:
                errors.append("%s: planted value not in text: %r" % (rid, v))
            planted_spans.extend(occurrences(text, v))
            if not mns:
                errors.append("%s: no must_not_survive for %r" % (rid, v))
            for m in mns:
                if m not in text:
                    errors.append("%s: must_not_survive not in text: %r (%s)" % (rid, m, v))
                bad = in_longer_word(text, m)
                if bad:
                    errors.append("%s: must_not_survive %r inside longer word: %s"
                                  % (rid, m, bad[:2]))
                if len(m.strip()) < 2:
                    errors.append("%s: must_not_survive too short %r" % (rid, m))
                all_mns.append(m)
            if k == "name":
                for m in mns:
                    if m.lower() in PARTICLES or is_initial(m):
                        errors.append("%s: particle/initial %r in name mns" % (rid, m))
                for part in name_parts(v):
                    if part not in mns:
                        warnings.append("%s: name part %r of %r not in mns" % (rid, part, v))
            elif k == "email":
                if "@" in v:
                    local, dom = v.split("@", 1)
                    if local not in mns:
                        warnings.append("%s: e-mail local part %r not in mns" % (rid, local))
                    if not EXAMPLE_DOMAIN.search(dom.lower()):
                        warnings.append("%s: e-mail domain not an example domain: %r" % (rid, dom))
                if v not in mns:
                    warnings.append("%s: whole e-mail %r not in mns" % (rid, v))
            elif k == "username":
                if v.lstrip("@") not in mns:
                    warnings.append("%s: handle %r not in mns" % (rid, v.lstrip("@")))
            elif k == "ip":
                try:
                    ip = ipaddress.ip_address(v)
                    docnets = [ipaddress.ip_network(n) for n in (
                        "192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")]
                    if not any(ip in n for n in docnets):
                        warnings.append("%s: IP %s not in documentation ranges" % (rid, v))
                except ValueError:
                    errors.append("%s: bad IP %r" % (rid, v))
            elif k == "address":
                if v not in mns and len(mns) < 1:
                    warnings.append("%s: address without parts" % rid)
            if k in ("iban", "card", "national_id"):
                check_identifier(p, rid, errors, info)

        mns_spans = []
        for m in all_mns:
            mns_spans.extend(occurrences(text, m))
        # stricter, case-insensitive variant of the longer-word rule: a
        # must_not_survive string should not sit inside an unrelated word
        # (occurrences inside another planted value/mns are fine)
        low = text.lower()
        covered = planted_spans + mns_spans
        for m in set(all_mns):
            for a, b in occurrences(low, m.lower()):
                before = text[a - 1] if a > 0 else " "
                after = text[b] if b < len(text) else " "
                inword = (before.isalnum() and m[0].isalnum()) or (after.isalnum() and m[-1].isalnum())
                if inword and not any(c0 <= a and b <= c1 and (c0, c1) != (a, b)
                                      for c0, c1 in covered):
                    warnings.append("%s: %r (case-insensitive) inside unrelated word: %r"
                                    % (rid, m, text[max(0, a - 10):b + 10]))
        for lk in looks:
            v, k = lk.get("value", ""), lk.get("kind")
            lkinds[k] += 1
            if k not in LOOKALIKE_KINDS:
                warnings.append("%s: unusual look-alike kind %r" % (rid, k))
            if not v or v not in text:
                errors.append("%s: look-alike not in text: %r" % (rid, v))
                continue
            sp = occurrences(text, v)
            if overlaps(sp, planted_spans):
                errors.append("%s: look-alike %r overlaps a planted value" % (rid, v))
            if overlaps(sp, mns_spans):
                errors.append("%s: look-alike %r overlaps a must_not_survive occurrence" % (rid, v))
            for m in all_mns:
                if m in v:
                    errors.append("%s: look-alike %r contains must_not_survive %r" % (rid, v, m))

    for lang in LANGS:
        for ch, want in CHANNELS.items():
            if counts[(lang, ch)] != want:
                errors.append("count %s/%s = %d, want %d" % (lang, ch, counts[(lang, ch)], want))

    # write corpus
    out_path = os.path.join(ROOT, "corpus.jsonl")
    with open(out_path, "w", encoding="utf-8") as f:
        for lang, ch, r in records:
            obj = {
                "id": r["id"], "language": r["language"], "channel": r["channel"],
                "text": r["text"],
                "planted": [{"value": p["value"], "kind": p["kind"],
                             "must_not_survive": list(p["must_not_survive"])}
                            for p in r["planted"]],
                "lookalikes": [{"value": x["value"], "kind": x["kind"]}
                               for x in r["lookalikes"]],
            }
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")

    print("records: %d  -> %s" % (len(records), out_path))
    for lang in LANGS:
        print("  %s: " % lang + ", ".join("%s %d" % (ch, counts[(lang, ch)]) for ch in CHANNELS))
    if planted_per:
        print("planted items: %d (min %d, max %d per record)" % (
            sum(planted_per), min(planted_per), max(planted_per)))
        print("look-alikes:   %d (min %d, max %d per record)" % (
            sum(look_per), min(look_per), max(look_per)))
    if not quiet:
        print("planted kinds:", dict(sorted(kinds.items())))
        print("look-alike kinds:", dict(sorted(lkinds.items())))
        print("checks:", dict(sorted(info.items())))
    for e in errors:
        print("ERROR", e)
    for w in warnings:
        print("WARN ", w)
    print("%d errors, %d warnings" % (len(errors), len(warnings)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
