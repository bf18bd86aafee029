"""Load parts/<lang>_<channel>.py, check every rule, write corpus.jsonl.

    python3 tools/build.py            # check + write
    python3 tools/build.py --check    # check only

Exit status 1 if there is any error.  Warnings are printed too; the corpus is
meant to ship with 0 errors and 0 warnings.
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
from rec import PARTICLES, is_particle  # noqa: E402

LANGS = ("nl", "da", "en")
CHANNELS = {"call": 12, "chat": 10, "email": 8}
KINDS = {"name", "address", "postcode", "phone", "email", "birth_date", "iban",
         "national_id", "card", "plate", "ip", "username"}
LOOKALIKE_KINDS = {
    "order_number", "invoice_number", "ticket_number", "claim_number",
    "tracking_number", "policy_number", "contract_number", "meter_number",
    "ean", "price", "date", "time", "quantity", "version", "product_name",
    "company_name", "pet_name", "bot_name", "customer_number", "reference",
    "account_reference", "meter_reading", "duration", "percentage",
    "flight_number", "booking_reference", "case_number", "parcel_locker",
    "room_number", "speed", "model_number", "serial_number", "url",
    "shop_name", "place_name", "person_like_brand", "course_code", "tariff",
}
RECORD_KEYS = {"id", "language", "channel", "text", "planted", "lookalikes"}
ID_RE = re.compile(r"^(nl|da|en)-(call|chat|email)-(\d{3})$")

RESERVED_DOMAINS = ("example.com", "example.net", "example.org")
RESERVED_TLDS = (".example", ".test", ".invalid")
DOC_NETS = [ipaddress.ip_network(n) for n in
            ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")]

# keyword -> scheme for national_id, searched in the text before the value
ID_KEYWORDS = [
    (r"\bbsn\b|burgerservicenummer|sofinummer|sofi-nummer", "bsn"),
    (r"rijksregister|\binsz\b|nationaal nummer|identificatienummer van de sociale", "rrn"),
    (r"\bcpr\b|cpr-n|personnummer|cpr-nummer", "cpr"),
    (r"\bnhs\b", "nhs"),
    (r"national insurance|\bni number|\bni no\b|\bnino\b", "nino"),
    (r"\bpps\b|ppsn|pps number|pps no", "ppsn"),
    (r"\bsin\b|social insurance", "sin"),
    (r"\bssn\b|social security", "ssn"),
    (r"\btfn\b|tax file", "tfn"),
    (r"medicare", "medicare"),
    (r"\bird\b|ird number", "ird"),
    (r"aadhaar|aadhar|\buid\b", "aadhaar"),
    (r"\bpan\b|pan card|pan number", "pan"),
    (r"paspoort|passport|documentnummer|identiteitskaart|id-kaart|rijbewijs|driving licen[cs]e|driver'?s licen[cs]e|licence number|kørekort|pasnummer|pasnumre|pasnr|pas\b", "doc"),
    (r"\bid number|identity number|\bid no\b|sa id|\bid\b", "zaid"),
]

errors, warnings = [], []


def err(rid, msg):
    errors.append("%s: %s" % (rid, msg))


def warn(rid, msg):
    warnings.append("%s: %s" % (rid, msg))


def occurrences(text, s):
    out, i = [], text.find(s)
    while i != -1:
        out.append((i, i + len(s)))
        i = text.find(s, i + 1)
    return out


def as_chars(value):
    """digits/letters of an identifier, written or spoken digit by digit"""
    if re.search(r"\d", value):
        return C.compact(value)
    return C.spoken_to_chars(value)


def guess_id_scheme(text, start, value, lang):
    window = text[max(0, start - 220):start].lower()
    best, best_pos = None, -1
    for pat, scheme in ID_KEYWORDS:
        if lang == "nl" and scheme not in ("bsn", "rrn", "doc"):
            continue
        if lang == "da" and scheme not in ("cpr", "doc"):
            continue
        if lang == "en" and scheme in ("bsn", "rrn", "cpr"):
            continue
        for m in re.finditer(pat, window):
            if m.start() > best_pos:
                best, best_pos = scheme, m.start()
    if best is None:
        # no keyword nearby: fall back on the shape of the number
        c = as_chars(value) or ""
        if lang == "da" and re.fullmatch(r"\d{10}", c):
            best = "cpr"
        elif lang == "nl" and re.fullmatch(r"\d{9}", c):
            best = "bsn"
        elif lang == "nl" and re.fullmatch(r"\d{11}", c):
            best = "rrn"
        elif lang == "en" and re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", c):
            best = "nino"
        elif lang == "en" and re.fullmatch(r"\d{7}[A-W][A-IW]?", c):
            best = "ppsn"
        elif lang == "en" and re.fullmatch(r"[A-Z]{5}\d{4}[A-Z]", c):
            best = "pan"
        elif lang == "en" and re.fullmatch(r"\d{13}", c):
            best = "zaid"
    return best


def check_identifier(rid, item, text, lang):
    kind, value = item["kind"], item["value"]
    chars = as_chars(value)
    if kind in ("national_id", "iban", "card") and chars is None:
        err(rid, "cannot read %s %r as digits" % (kind, value))
        return
    if kind == "card":
        if not C.card_ok(chars):
            err(rid, "card fails Luhn: %r" % value)
    elif kind == "iban":
        if re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", chars):
            if not C.iban_ok(chars):
                err(rid, "IBAN fails mod 97: %r" % value)
        elif re.fullmatch(r"\d{3}-\d{7}-\d{2}", value.strip()):
            if not C.be_account_ok(value):
                err(rid, "Belgian account fails mod 97: %r" % value)
        # other plain account numbers (DK reg+konto, UK/IE sort code accounts,
        # AU BSB, ...) carry no public check digit
    elif kind == "national_id":
        start = text.find(value)
        scheme = guess_id_scheme(text, start, value, lang)
        if scheme is None:
            err(rid, "cannot tell which national id scheme %r is" % value)
            return
        if not C.SCHEMES[scheme](chars):
            err(rid, "%s check fails: %r" % (scheme, value))


# fictitious telephone ranges (national format digits)
def phone_warn(rid, value, lang):
    chars = as_chars(value)
    if not chars or not chars.isdigit() or lang != "en":
        return
    raw = value
    d = chars
    if raw.strip().startswith("+44") or (len(d) == 11 and d.startswith("0") and d[1] in "1237"):
        nat = "0" + d[2:] if raw.strip().startswith("+44") else d
        ok = (nat.startswith("07700900") or nat.startswith("01632960")
              or re.match(r"^0(113|114|115|116|117|118|121|131|141|151|161|191)4960\d{3}$", nat)
              or re.match(r"^0207946[01]\d{3}$", nat)
              or re.match(r"^02890180\d{3}$|^02920180\d{3}$|^02380180\d{3}$|^02476180\d{3}$|^03069990\d{3}$", nat)
              or nat.startswith("0808157") or nat.startswith("0909879"))
        if not ok:
            warn(rid, "UK phone not in Ofcom drama range: %r" % value)
    elif raw.strip().startswith("+1") or re.match(r"^\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}$", raw.strip()) and not raw.strip().startswith("0"):
        nat = d[1:] if d.startswith("1") and len(d) == 11 else d
        if len(nat) == 10 and not (nat[3:6] == "555" and nat[6:8] == "01"):
            warn(rid, "NANP phone not 555-01xx: %r" % value)
    elif raw.strip().startswith("+61") or re.match(r"^\(0[2378]\)", raw.strip()) or re.match(r"^04\d\d \d{3} \d{3}$", raw.strip()):
        nat = "0" + d[2:] if raw.strip().startswith("+61") else d
        ok = (re.match(r"^0[2378](5550|7010)\d{4}$", nat) or re.match(r"^04915(7[0-9])\d{3}$", nat)
              or nat.startswith("1800160") or nat.startswith("1900654"))
        if not ok:
            warn(rid, "AU phone not in ACMA fictitious range: %r" % value)


def check_record(r, lang_expected, chan_expected, seen):
    rid = r.get("id", "?")
    if set(r) != RECORD_KEYS:
        err(rid, "keys %s" % sorted(r))
        return
    m = ID_RE.match(rid)
    if not m:
        err(rid, "bad id")
        return
    if rid in seen:
        err(rid, "duplicate id")
    seen.add(rid)
    lang, chan = m.group(1), m.group(2)
    if (lang, chan) != (r["language"], r["channel"]) or (lang, chan) != (lang_expected, chan_expected):
        err(rid, "language/channel mismatch with id or file")
    text = r["text"]
    if not isinstance(text, str) or len(text) < 200:
        err(rid, "text missing or very short")
        return

    planted, looks = r["planted"], r["lookalikes"]
    all_mns = []
    spans_planted = []
    values = collections.Counter()
    for it in planted:
        if set(it) != {"value", "kind", "must_not_survive"}:
            err(rid, "planted keys %s" % sorted(it))
            continue
        k, v, mns = it["kind"], it["value"], it["must_not_survive"]
        values[v] += 1
        if k not in KINDS:
            err(rid, "unknown kind %r" % k)
        if not v or v not in text:
            err(rid, "planted value not in text: %r" % v)
        if not mns:
            err(rid, "empty must_not_survive for %r" % v)
        spans_planted += occurrences(text, v)
        for s in mns:
            if not s or s not in text:
                err(rid, "must_not_survive not in text: %r" % s)
                continue
            all_mns.append((k, s))
            spans_planted += occurrences(text, s)
            for a, b in occurrences(text, s):
                if (a > 0 and text[a - 1].isalnum()) or (b < len(text) and text[b].isalnum()):
                    err(rid, "must_not_survive %r occurs inside a longer word at %d: %r"
                        % (s, a, text[max(0, a - 15):b + 15]))
            if k == "name":
                toks = s.split()
                letters = sum(c.isalpha() for c in s)
                spelled = len(re.findall(r"[^\W\d_]", s)) >= 3 and all(
                    len(t) == 1 for t in re.split(r"[\s\-.,]+", s) if t)
                if is_particle(s) or letters < 2:
                    err(rid, "particle/initial listed in must_not_survive: %r" % s)
                elif len(toks) > 1 and not spelled and any(is_particle(t) or sum(c.isalpha() for c in t) < 2 for t in toks):
                    err(rid, "name must_not_survive contains particle or one-letter token: %r" % s)
        if k in ("national_id", "iban", "card"):
            check_identifier(rid, it, text, lang)
        if k == "email" and "@" in v:
            dom = v.split("@", 1)[1].lower()
            if not (dom in RESERVED_DOMAINS or any(dom.endswith("." + d) for d in RESERVED_DOMAINS)
                    or dom.endswith(RESERVED_TLDS)):
                warn(rid, "e-mail domain not reserved for examples: %r" % v)
        if k == "ip":
            try:
                ip = ipaddress.ip_address(v)
                if not any(ip in n for n in DOC_NETS):
                    err(rid, "IP not in a documentation range: %r" % v)
            except ValueError:
                err(rid, "not an IP address: %r" % v)
        if k == "phone":
            phone_warn(rid, v, lang)
            for s in mns:
                if s != v:
                    phone_warn(rid, s, lang)
        if k == "birth_date" and not (re.search(r"(19[3-9]\d|20[0-2]\d)|\b\d\d\b|\b(nineteen|negentien|nitten)", v, re.I)
                                      or any(C._two_digit(t.lower()) for t in re.findall(r"[^\W_]+", v))):
            warn(rid, "birth date without a year? %r" % v)
    for v, n in values.items():
        if n > 1:
            warn(rid, "planted value listed %d times: %r" % (n, v))

    for it in looks:
        if set(it) != {"value", "kind"}:
            err(rid, "lookalike keys %s" % sorted(it))
            continue
        v, k = it["value"], it["kind"]
        if k not in LOOKALIKE_KINDS:
            warn(rid, "unusual look-alike kind %r" % k)
        if not v or v not in text:
            err(rid, "look-alike not in text: %r" % v)
            continue
        for a, b in occurrences(text, v):
            for pa, pb in spans_planted:
                if a < pb and pa < b:
                    err(rid, "look-alike %r overlaps planted text %r" % (v, text[pa:pb]))
                    break
        for _, s in all_mns:
            if s in v:
                err(rid, "look-alike %r contains must_not_survive %r" % (v, s))
    lv = [it["value"] for it in looks]
    if len(lv) != len(set(lv)):
        warn(rid, "duplicate look-alike values")

    # name case variants that are not covered by any must_not_survive occurrence
    mns_set = {s for _, s in all_mns}
    covered = []
    for s in mns_set:
        covered += occurrences(text, s)
    for k, s in all_mns:
        if k != "name" or " " in s or "-" in s:
            continue
        for m2 in re.finditer(r"(?<![^\W_])" + re.escape(s) + r"(?![^\W_])", text, re.I):
            a, b = m2.span()
            if m2.group(0) in mns_set:
                continue
            if any(ca <= a and b <= cb for ca, cb in covered):
                continue
            warn(rid, "name %r also occurs as %r, not listed" % (s, m2.group(0)))

    n = len(planted)
    if n < 7 or n > 12:
        warn(rid, "%d planted items (want 7-12)" % n)
    if len(looks) < 5:
        warn(rid, "%d look-alikes (want >= 5)" % len(looks))


def load(lang, chan):
    path = os.path.join(ROOT, "parts", "%s_%s.py" % (lang, chan))
    if not os.path.exists(path):
        err("%s_%s" % (lang, chan), "missing part file")
        return []
    spec = importlib.util.spec_from_file_location("part_%s_%s" % (lang, chan), path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return list(mod.RECORDS)


def main():
    check_only = "--check" in sys.argv
    seen = set()
    out = []
    stats = collections.Counter()
    kinds = collections.Counter()
    lk = collections.Counter()
    for lang in LANGS:
        for chan, want in CHANNELS.items():
            recs = load(lang, chan)
            if len(recs) != want:
                err("%s_%s" % (lang, chan), "%d records, want %d" % (len(recs), want))
            for r in recs:
                check_record(r, lang, chan, seen)
                stats[(lang, chan)] += 1
                for it in r.get("planted", []):
                    kinds[it.get("kind")] += 1
                for it in r.get("lookalikes", []):
                    lk[it.get("kind")] += 1
                out.append(r)
    for w in warnings:
        print("WARNING", w)
    for e in errors:
        print("ERROR", e)
    print("records:", len(out), dict(sorted(("%s-%s" % k, v) for k, v in stats.items())))
    print("planted kinds:", dict(kinds.most_common()))
    print("planted total:", sum(kinds.values()), " look-alikes total:", sum(lk.values()))
    print("look-alike kinds:", dict(lk.most_common()))
    print("%d errors, %d warnings" % (len(errors), len(warnings)))
    if not check_only and not errors:
        out.sort(key=lambda r: (LANGS.index(r["language"]), list(CHANNELS).index(r["channel"]), r["id"]))
        with open(os.path.join(ROOT, "corpus.jsonl"), "w", encoding="utf-8") as f:
            for r in out:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print("wrote corpus.jsonl")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
