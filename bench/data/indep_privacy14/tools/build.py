"""Build corpus.jsonl from parts/<lang>_<channel>.py and enforce the rules.

    python3 tools/build.py            # validate + write corpus.jsonl
    python3 tools/build.py --dry      # validate only

Exit status 1 if there are errors.  Warnings are printed but do not block;
the corpus is only considered done at 0 errors and 0 warnings.
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

import checks  # noqa: E402
from rec import PARTICLES, INITIAL_RE  # noqa: E402

LANGS = ("nl", "da", "en")
CHANNELS = {"call": 12, "chat": 10, "email": 8}
PLANTED_KINDS = {"name", "address", "postcode", "phone", "email", "birth_date",
                 "iban", "national_id", "card", "plate", "ip", "username"}
LOOKALIKE_KINDS = {
    "order_number", "invoice_number", "ticket_number", "claim_number",
    "tracking_number", "policy_number", "contract_number", "meter_number",
    "ean", "price", "date", "time", "quantity", "version", "product",
    "company", "pet_name", "bot_name", "reference_number", "case_number",
    "booking_reference", "amount", "duration", "percentage", "model_number",
    "serial_number", "flight_number", "room_number", "store_name",
}
CHECKED_KINDS = {"iban", "national_id", "card"}
META_KEYS = {"check", "digits", "why", "canon", "spelled"}
OUT_KEYS = ("value", "kind", "must_not_survive")
ID_RE = re.compile(r"^(nl|da|en)-(call|chat|email)-(\d{3})$")

EXAMPLE_DOMAIN_RE = re.compile(
    r"(^|\.)(example\.(com|net|org)|[a-z0-9-]+\.example|example)$", re.I)
DOC_NETS = [ipaddress.ip_network(n) for n in (
    "192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")]


def phone_check(scheme, value):
    d = re.sub(r"\D", "", value)
    if scheme == "ofcom":  # Ofcom drama ranges
        if d.startswith("44"):
            d = "0" + d[2:]
        ranges = ("07700900", "02079460", "01134960", "01144960", "01154960",
                  "01164960", "01174960", "01184960", "01214960", "01314960",
                  "01414960", "01514960", "01614960", "01632960", "08081570", "09098790", "03069990")
        return len(d) == 11 and any(d.startswith(r) for r in ranges)
    if scheme == "nanp":  # 555-0100 .. 555-0199
        if len(d) == 11 and d[0] == "1":
            d = d[1:]
        return (len(d) == 10 and d[3:7] == "5550" and d[7] == "1") or \
               (len(d) == 7 and d[:4] == "5550" and d[4] == "1")
    if scheme == "acma":  # ACMA fictitious numbers
        if d.startswith("61"):
            d = "0" + d[2:]
        if len(d) == 10 and d[:2] in ("02", "03", "07", "08") and d[2:6] == "5550":
            return True
        if len(d) == 10 and d[:2] in ("02", "03", "07", "08") and d[2:6] == "7010":
            return True
        return len(d) == 10 and d.startswith("04915")
    raise KeyError(scheme)


def occurrences(text, s):
    out, i = [], text.find(s)
    while i != -1 and s:
        out.append((i, i + len(s)))
        i = text.find(s, i + 1)
    return out


def isword(ch):
    return ch.isalnum()


def load_part(path):
    spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.RECORDS


def main():
    dry = "--dry" in sys.argv
    errors, warnings = [], []
    E = lambda rid, msg: errors.append("%s: %s" % (rid, msg))
    W = lambda rid, msg: warnings.append("%s: %s" % (rid, msg))
    records, seen_ids = [], set()
    counts = collections.Counter()
    pk, lk = collections.Counter(), collections.Counter()
    for lang in LANGS:
        for ch, want in CHANNELS.items():
            path = os.path.join(ROOT, "parts", "%s_%s.py" % (lang, ch))
            if not os.path.exists(path):
                E(path, "missing part file")
                continue
            recs = load_part(path)
            if len(recs) != want:
                E(path, "has %d records, want %d" % (len(recs), want))
            for r in recs:
                rid = r.get("id", "?")
                m = ID_RE.match(rid)
                if not m or m.group(1) != lang or m.group(2) != ch:
                    E(rid, "bad id for file %s_%s" % (lang, ch))
                if rid in seen_ids:
                    E(rid, "duplicate id")
                seen_ids.add(rid)
                if r.get("language") != lang or r.get("channel") != ch:
                    E(rid, "language/channel field mismatch")
                counts[(lang, ch)] += 1
                records.append(check_record(r, E, W, pk, lk))
    for lang in LANGS:
        for ch, want in CHANNELS.items():
            if counts[(lang, ch)] != want:
                E("%s-%s" % (lang, ch), "count %d != %d" % (counts[(lang, ch)], want))
    for w in warnings:
        print("WARNING", w)
    for e in errors:
        print("ERROR  ", e)
    print("\nrecords: %d" % len(records))
    for lang in LANGS:
        print("  %s: %s" % (lang, ", ".join("%s=%d" % (c, counts[(lang, c)]) for c in CHANNELS)))
    print("planted items: %d  %s" % (sum(pk.values()), dict(sorted(pk.items()))))
    print("look-alikes:   %d  %s" % (sum(lk.values()), dict(sorted(lk.items()))))
    print("\n%d errors, %d warnings" % (len(errors), len(warnings)))
    if not errors and not dry:
        out = os.path.join(ROOT, "corpus.jsonl")
        with open(out, "w", encoding="utf-8") as f:
            for r in records:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print("wrote", out)
    return 1 if errors else 0


def check_record(r, E, W, pk, lk):
    rid = r["id"]
    text = r.get("text", "")
    if not isinstance(text, str) or len(text) < 200:
        E(rid, "text missing or very short")
    planted = r.get("planted", [])
    looks = r.get("lookalikes", [])
    if not 7 <= len(planted) <= 12:
        W(rid, "%d planted items (want 7-12)" % len(planted))
    if len(looks) < 5:
        W(rid, "%d look-alikes (want >= 5)" % len(looks))

    all_mns, spans, vspans = [], [], []  # (start, end, item index)
    values_seen = set()
    for idx, p in enumerate(planted):
        v, kind, mns = p.get("value"), p.get("kind"), p.get("must_not_survive")
        tag = "planted[%d] %r" % (idx, v)
        extra = set(p) - set(OUT_KEYS) - META_KEYS
        if extra:
            E(rid, "%s unknown keys %s" % (tag, extra))
        if kind not in PLANTED_KINDS:
            E(rid, "%s bad kind %r" % (tag, kind))
        pk[kind] += 1
        if not v or v not in text:
            E(rid, "%s value not in text" % tag)
            continue
        if v in values_seen:
            E(rid, "%s duplicate planted value" % tag)
        values_seen.add(v)
        if not mns or not isinstance(mns, list):
            E(rid, "%s no must_not_survive" % tag)
            mns = []
        if len(set(mns)) != len(mns):
            W(rid, "%s duplicate must_not_survive entries" % tag)
        for s in mns:
            if not s or s not in text:
                E(rid, "%s mns %r not in text" % (tag, s))
        if mns and not any(s in v for s in mns):
            W(rid, "%s value contains none of its must_not_survive strings" % tag)
        for o in occurrences(text, v):
            spans.append((o[0], o[1], idx))
            vspans.append((o[0], o[1], idx))
        for s in mns:
            for o in occurrences(text, s):
                spans.append((o[0], o[1], idx))
        all_mns.extend((s, idx, kind) for s in mns)
        if kind == "name":
            spelled = set(p.get("spelled", []))
            for s in mns:
                toks = s.split()
                if s in spelled:
                    continue
                if s.lower() in PARTICLES:
                    E(rid, "%s particle %r in must_not_survive" % (tag, s))
                if len(s.replace(".", "")) <= 1 or (INITIAL_RE.match(s) and "." in s):
                    E(rid, "%s initial/one-letter %r in must_not_survive" % (tag, s))
                if len(toks) > 1 and "-" not in s:
                    E(rid, "%s multi-token name entry %r (list parts)" % (tag, s))
        if kind in CHECKED_KINDS:
            scheme = p.get("check")
            if not scheme:
                E(rid, "%s needs a check scheme" % tag)
            elif scheme == "none":
                if not p.get("why"):
                    E(rid, "%s check none without why" % tag)
            else:
                val = p.get("digits", v)
                try:
                    if not checks.validate(scheme, val):
                        E(rid, "%s fails %s check" % (tag, scheme))
                except KeyError as ex:
                    E(rid, "%s %s" % (tag, ex))
        if kind == "phone" and p.get("check"):
            if not phone_check(p["check"], p.get("digits", v)):
                E(rid, "%s not in %s fictitious range" % (tag, p["check"]))
        if kind == "email":
            addr = v if "@" in v else p.get("canon")
            if not addr:
                W(rid, "%s spoken e-mail without canon form" % tag)
            else:
                dom = addr.rsplit("@", 1)[-1]
                if not EXAMPLE_DOMAIN_RE.search(dom):
                    E(rid, "%s domain %r is not a reserved example domain" % (tag, dom))
        if kind == "ip":
            try:
                ip = ipaddress.ip_address(p.get("digits", v))
                if not any(ip in n for n in DOC_NETS):
                    E(rid, "%s not in a documentation range" % tag)
            except ValueError:
                E(rid, "%s not an IP address" % tag)

    # planted values of different items must not overlap
    vals = list(vspans)
    vals.sort()
    for a in range(len(vals)):
        for b in range(a + 1, len(vals)):
            if vals[b][0] >= vals[a][1]:
                break
            if vals[a][2] != vals[b][2]:
                E(rid, "planted items %d and %d overlap at %d: %r / %r" % (
                    vals[a][2], vals[b][2], vals[b][0],
                    text[vals[a][0]:vals[a][1]], text[vals[b][0]:vals[b][1]]))

    # must_not_survive never inside a longer word
    for s, idx, kind in all_mns:
        for a, b in occurrences(text, s):
            before = text[a - 1] if a > 0 else " "
            after = text[b] if b < len(text) else " "
            if (isword(before) and isword(s[0])) or (isword(after) and isword(s[-1])):
                E(rid, "mns %r (item %d) inside a longer word at %d: ...%s..." % (
                    s, idx, a, text[max(0, a - 15):b + 15].replace("\n", " ")))

    # look-alikes
    lvals = set()
    for j, l in enumerate(looks):
        v, kind = l.get("value"), l.get("kind")
        tag = "lookalike[%d] %r" % (j, v)
        if set(l) - {"value", "kind"}:
            E(rid, "%s unknown keys" % tag)
        if kind not in LOOKALIKE_KINDS:
            E(rid, "%s bad kind %r" % (tag, kind))
        lk[kind] += 1
        if not v or v not in text:
            E(rid, "%s not in text" % tag)
            continue
        if v in lvals:
            W(rid, "%s duplicate look-alike" % tag)
        lvals.add(v)
        for s, idx, pkind in all_mns:
            if s in v:
                E(rid, "%s contains must_not_survive %r" % (tag, s))
            elif pkind == "name" and len(s) >= 3 and re.search(
                    r"(?<!\w)%s(?!\w)" % re.escape(s.lower()), v.lower()):
                W(rid, "%s contains name %r (other case)" % (tag, s))
        for a, b in occurrences(text, v):
            for (s, e, i) in spans:
                if a < e and s < b:
                    E(rid, "%s overlaps planted item %d at %d" % (tag, i, a))
                    break

    out = {"id": rid, "language": r["language"], "channel": r["channel"], "text": text,
           "planted": [{k: p[k] for k in OUT_KEYS} for p in planted],
           "lookalikes": [{"value": l["value"], "kind": l["kind"]} for l in looks]}
    return out


if __name__ == "__main__":
    sys.exit(main())
