"""Load parts/*.py, validate every record, and write corpus.jsonl.

Usage: python3 tools/build.py            (validate; write corpus.jsonl only if 0 errors)
       python3 tools/build.py --stats    (also print counts per kind/language)
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

PLANTED_KINDS = {"name", "phone", "address", "email", "national_id", "birth_date", "iban",
                 "plate", "card", "postcode", "ip", "username"}
LOOK_KINDS = {"order", "invoice", "ticket", "claim", "case", "tracking", "policy", "contract",
              "member", "booking", "customer", "reference", "ean", "meter", "price", "date",
              "time", "duration", "quantity", "product", "company", "bot", "pet", "percentage",
              "version", "other"}
NEED_SCHEME = {"iban", "card", "national_id", "plate"}
ALLOWED_DOMAINS = {"example.com", "example.net", "example.org", "example.nl", "example.dk"}
DOC_NETS = [ipaddress.ip_network(n) for n in
            ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")]
EXPECTED = {"call": 12, "chat": 10, "email": 8}
PART_FILES = ["nl_call", "nl_chat", "nl_email", "da_call", "da_chat", "da_email",
              "en_call", "en_chat", "en_email"]


def load_parts():
    recs = []
    for name in PART_FILES:
        path = os.path.join(ROOT, "parts", name + ".py")
        if not os.path.exists(path):
            print("missing part", path)
            continue
        spec = importlib.util.spec_from_file_location(name, path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        recs.extend(mod.RECORDS)
    return recs


def occurrences(text, s):
    out, i = [], text.find(s)
    while i >= 0:
        out.append((i, i + len(s)))
        i = text.find(s, i + 1)
    return out


def ean_ok(s):
    """GS1 check digit (EAN-8, EAN-13, EAN-18 connection codes)."""
    s = re.sub(r"\D", "", s)
    if len(s) not in (8, 13, 14, 18):
        return False
    body = s[:-1][::-1]
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(body))
    return (10 - total % 10) % 10 == int(s[-1])


def check_record(r, errs):
    rid, text = r["id"], r["text"]
    E = lambda msg: errs.append("%s: %s" % (rid, msg))  # noqa: E731
    if not (7 <= len(r["planted"]) <= 12):
        E("planted count %d" % len(r["planted"]))
    if len(r["lookalikes"]) < 5:
        E("lookalike count %d" % len(r["lookalikes"]))
    protected = []  # spans of planted values and mns strings
    values = []
    for p in r["planted"]:
        v, k = p["value"], p["kind"]
        if k not in PLANTED_KINDS:
            E("bad kind %r" % k)
        if v in values:
            E("duplicate planted value %r" % v)
        values.append(v)
        if v not in text:
            E("planted value not in text: %r" % v)
        if not p["must_not_survive"]:
            E("empty must_not_survive for %r" % v)
        protected.extend(occurrences(text, v))
        for s in p["must_not_survive"]:
            if not s.strip():
                E("blank mns for %r" % v)
                continue
            occ = occurrences(text, s)
            if not occ:
                E("mns not in text: %r (of %r)" % (s, v))
            protected.extend(occ)
            for a, b in occ:
                if s[0].isalnum() and a > 0 and text[a - 1].isalnum():
                    E("mns %r inside longer word at %d: %r" % (s, a, text[max(0, a - 10):b + 10]))
                if s[-1].isalnum() and b < len(text) and text[b].isalnum():
                    E("mns %r inside longer word at %d: %r" % (s, a, text[max(0, a - 10):b + 10]))
        # check digits / formats
        scheme = p.get("_scheme")
        if k in NEED_SCHEME and not scheme:
            E("no scheme for %s %r" % (k, v))
        c = p.get("_canon") or v
        if p.get("_spoken"):
            try:
                c = checks.spoken_to_canon(v)
            except ValueError as ex:
                E(str(ex))
                continue
            if p.get("_canon") and checks.canon(p["_canon"]) != c:
                E("spoken %r parses to %s, expected %s" % (v, c, checks.canon(p["_canon"])))
            if scheme in ("nz_account", "ssn") or (scheme or "").endswith("_plate"):
                c = p.get("_canon") or c
        if scheme:
            if not checks.validate(scheme, c):
                E("check failed: %s %r (canon %r)" % (scheme, v, c))
        if k == "email":
            dom = p.get("_canon", v).split("@")[-1].lower()
            if dom not in ALLOWED_DOMAINS:
                E("email domain not allowed: %r" % v)
        if k == "ip":
            try:
                ip = ipaddress.ip_address(p.get("_canon", v))
                if not any(ip in n for n in DOC_NETS):
                    E("ip not in documentation range: %r" % v)
            except ValueError:
                E("bad ip %r" % v)
    for lk in r["lookalikes"]:
        v, k = lk["value"], lk["kind"]
        if k not in LOOK_KINDS:
            E("bad lookalike kind %r" % k)
        occ = occurrences(text, v)
        if not occ:
            E("lookalike not in text: %r" % v)
        for a, b in occ:
            for pa, pb in protected:
                if a < pb and pa < b:
                    E("lookalike %r overlaps planted span %r" % (v, text[pa:pb]))
                    break
        for p in r["planted"]:
            for s in p["must_not_survive"] + [p["value"]]:
                if s in v:
                    E("lookalike %r contains planted string %r" % (v, s))
        if k == "ean" and not ean_ok(v):
            E("EAN check digit wrong: %r" % v)
    # whole-text scans
    for m in re.finditer(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
        if m.group(1).lower() not in ALLOWED_DOMAINS:
            E("e-mail in text on non-example domain: %r" % m.group(0))
    for m in re.finditer(r"(?<![\d.])(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})(?![\d.])", text):
        try:
            ip = ipaddress.ip_address(m.group(1))
        except ValueError:
            continue
        if not any(ip in n for n in DOC_NETS):
            E("IPv4 outside documentation ranges: %r" % m.group(1))
    for m in re.finditer(r"\b[0-9a-fA-F]{1,4}(?::[0-9a-fA-F]{0,4}){2,7}\b", text):
        s = m.group(0)
        if s.count(":") >= 2 and re.search(r"[a-fA-F]|::", s):
            try:
                ip = ipaddress.ip_address(s)
                if not any(ip in n for n in DOC_NETS):
                    E("IPv6 outside documentation range: %r" % s)
            except ValueError:
                pass
    for m in re.finditer(r"\b(NL|BE|DK|FO|GL|GB|IE|DE|FR)\d{2}(?: ?[A-Z0-9]{4}){2,6}(?: ?[A-Z0-9]{1,3})?\b", text):
        cand = m.group(0)
        if not checks.iban_ok(cand):
            # try shorter prefixes (greedy match may swallow a following word)
            ok = any(checks.iban_ok(cand[:n]) for n in range(15, len(cand)))
            if not ok:
                E("IBAN-looking string fails mod 97: %r" % cand)


def main():
    recs = load_parts()
    errs = []
    ids = [r["id"] for r in recs]
    for i in set(ids):
        if ids.count(i) > 1:
            errs.append("duplicate id %s" % i)
    cnt = collections.Counter((r["language"], r["channel"]) for r in recs)
    for lang in ("nl", "da", "en"):
        for ch, n in EXPECTED.items():
            if cnt[(lang, ch)] != n:
                errs.append("count %s/%s = %d, expected %d" % (lang, ch, cnt[(lang, ch)], n))
    for r in recs:
        if not re.fullmatch(r"(nl|da|en)-(call|chat|email)-\d{3}", r["id"]):
            errs.append("bad id %s" % r["id"])
        if r["id"].split("-")[0] != r["language"] or r["id"].split("-")[1] != r["channel"]:
            errs.append("id/lang/channel mismatch %s" % r["id"])
        check_record(r, errs)
    for e in errs:
        print("ERROR", e)
    print("%d records, %d errors" % (len(recs), len(errs)))
    if "--stats" in sys.argv or not errs:
        kinds = collections.Counter()
        lk = collections.Counter()
        for r in recs:
            for p in r["planted"]:
                kinds[(r["language"], p["kind"])] += 1
            for x in r["lookalikes"]:
                lk[(r["language"], x["kind"])] += 1
        allk = sorted({k for _, k in kinds})
        print("planted kind      nl   da   en  total")
        for k in allk:
            row = [kinds[(l, k)] for l in ("nl", "da", "en")]
            print("%-14s %5d%5d%5d%7d" % (k, *row, sum(row)))
        print("total          %5d%5d%5d%7d" % tuple(
            [sum(v for (l, _), v in kinds.items() if l == x) for x in ("nl", "da", "en")] + [sum(kinds.values())]))
        print("lookalikes     %5d%5d%5d%7d" % tuple(
            [sum(v for (l, _), v in lk.items() if l == x) for x in ("nl", "da", "en")] + [sum(lk.values())]))
        lkk = collections.Counter(k for (_, k), v in lk.items() for _ in range(v))
        print("lookalike kinds:", dict(sorted(lkk.items())))
    if errs:
        return 1
    out = os.path.join(ROOT, "corpus.jsonl")
    order = {"nl": 0, "da": 1, "en": 2}
    chorder = {"call": 0, "chat": 1, "email": 2}
    recs.sort(key=lambda r: (order[r["language"]], chorder[r["channel"]], r["id"]))
    with open(out, "w", encoding="utf-8") as f:
        for r in recs:
            clean = {
                "id": r["id"], "language": r["language"], "channel": r["channel"], "text": r["text"],
                "planted": [{"value": p["value"], "kind": p["kind"],
                             "must_not_survive": p["must_not_survive"]} for p in r["planted"]],
                "lookalikes": [{"value": x["value"], "kind": x["kind"]} for x in r["lookalikes"]],
            }
            f.write(json.dumps(clean, ensure_ascii=False) + "\n")
    print("wrote", out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
