"""Loads parts/*.py, validates every record and writes corpus.jsonl.

usage: python3 tools/build.py            # full build, writes corpus.jsonl only on 0 errors
       python3 tools/build.py --partial  # skip the per-language/channel count check
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
sys.path.insert(0, os.path.join(ROOT, "parts"))
import checks  # noqa: E402

KINDS = {"name", "phone", "address", "email", "national_id", "birth_date", "iban",
         "plate", "card", "postcode", "ip", "username"}
NEED_CHECK = {"national_id", "iban", "card"}
LANGS = ("nl", "da", "en")
WANT = {"call": 12, "chat": 10, "email": 8}
EMAIL_DOMAINS = ("example.com", "example.net", "example.org", "example.nl", "example.dk")
DOC_NETS = [ipaddress.ip_network(n) for n in
            ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")]
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![\d.])(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})(?![\d.])")
IPV6_RE = re.compile(r"(?<![0-9A-Fa-f:])([0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{0,4}){2,7})(?![0-9A-Fa-f:])")


def occurrences(text, s):
    out, i = [], text.find(s)
    while i >= 0:
        out.append((i, i + len(s)))
        i = text.find(s, i + 1)
    return out


def load_parts():
    recs = []
    pdir = os.path.join(ROOT, "parts")
    for fn in sorted(os.listdir(pdir)):
        if fn.startswith("_") or not fn.endswith(".py"):
            continue
        spec = importlib.util.spec_from_file_location(fn[:-3], os.path.join(pdir, fn))
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        for r in mod.RECORDS:
            r["_file"] = fn
            recs.append(r)
    return recs


def domain_ok(addr):
    dom = addr.rsplit("@", 1)[1].lower().rstrip(".")
    return any(dom == d or dom.endswith("." + d) for d in EMAIL_DOMAINS)


def check_record(r, errs):
    rid, text = r["id"], r["text"]
    E = lambda msg: errs.append("%s: %s" % (rid, msg))  # noqa: E731
    if not re.fullmatch(r"(nl|da|en)-(call|chat|email)-\d{3}", rid):
        E("bad id")
    if r["language"] != rid.split("-")[0] or r["channel"] != rid.split("-")[1]:
        E("language/channel do not match id")
    pl, lk = r["planted"], r["lookalikes"]
    if not 7 <= len(pl) <= 12:
        E("planted count %d" % len(pl))
    if len(lk) < 5:
        E("lookalike count %d" % len(lk))
    all_mns = []
    for it in pl:
        if it["kind"] not in KINDS:
            E("kind %r not allowed" % it["kind"])
        if it["value"] not in text:
            E("planted value not in text: %r" % it["value"])
        if not it["must_not_survive"]:
            E("empty must_not_survive for %r" % it["value"])
        for s in it["must_not_survive"]:
            all_mns.append(s)
            if s not in text:
                E("must_not_survive not in text: %r" % s)
            if not s.strip():
                E("blank must_not_survive")
            for a, b in occurrences(text, s):
                if s[0].isalnum() and a > 0 and text[a - 1].isalnum():
                    E("mns %r inside longer word at %d: %r" % (s, a, text[max(0, a - 12):b + 12]))
                if s[-1].isalnum() and b < len(text) and text[b].isalnum():
                    E("mns %r inside longer word at %d: %r" % (s, a, text[max(0, a - 12):b + 12]))
        if it["kind"] in NEED_CHECK and "_chk" not in it:
            E("no check declared for %s %r" % (it["kind"], it["value"]))
        if "_chk" in it:
            v = it.get("_norm", it["value"])
            if not checks.validate(it["_chk"], v):
                E("check %s failed for %r" % (it["_chk"], v))
            if "_norm" in it and checks.digits(it["_norm"]) and it["value"] != it["_norm"]:
                pass
        if it["kind"] == "email" and "@" in it["value"]:
            if not domain_ok(it["value"]):
                E("planted e-mail on disallowed domain %r" % it["value"])
        if it["kind"] == "ip":
            try:
                ip = ipaddress.ip_address(it["value"])
                if not any(ip in n for n in DOC_NETS):
                    E("planted ip outside doc ranges %r" % it["value"])
            except ValueError:
                E("planted ip unparsable %r" % it["value"])
    planted_spans = []
    for it in pl:
        for s in [it["value"]] + it["must_not_survive"]:
            planted_spans += occurrences(text, s)
    for l in lk:
        v = l["value"]
        if v not in text:
            E("lookalike not in text: %r" % v)
        for s in all_mns:
            if s in v:
                E("lookalike %r contains must_not_survive %r" % (v, s))
        for it in pl:
            if v in it["value"] or it["value"] in v:
                E("lookalike %r overlaps planted value %r" % (v, it["value"]))
        for a, b in occurrences(text, v):
            for c, d in planted_spans:
                if a < d and c < b:
                    E("lookalike %r overlaps planted span %r" % (v, text[c:d]))
                    break
    # every e-mail address in the text must be on an example domain and either
    # planted or declared as the organisation's own mailbox
    for m in EMAIL_RE.finditer(text):
        addr = m.group(0).rstrip(".")
        if not domain_ok(addr):
            E("e-mail on disallowed domain %r" % addr)
        if addr not in all_mns and addr not in r["_org"]:
            E("unannotated e-mail %r (add to planted or _org)" % addr)
    for m in IPV4_RE.finditer(text):
        try:
            ip = ipaddress.ip_address(m.group(1))
        except ValueError:
            continue
        if not any(ip in n for n in DOC_NETS):
            E("IPv4 outside documentation ranges %r" % m.group(1))
        if m.group(1) not in all_mns:
            E("unannotated IP %r" % m.group(1))
    for m in IPV6_RE.finditer(text):
        try:
            ip = ipaddress.ip_address(m.group(1))
        except ValueError:
            continue
        if not any(ip in n for n in DOC_NETS):
            E("IPv6 outside documentation range %r" % m.group(1))
    # anything that parses as an IBAN must be planted or declared as the organisation's
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,6}(?: ?[A-Z0-9]{1,3})?\b", text):
        cand = m.group(0)
        if checks.iban(cand) and not any(cand in s or cand.replace(" ", "") == s.replace(" ", "") for s in all_mns) \
                and cand not in r["_org"]:
            E("unannotated IBAN-like string %r" % cand)


def main():
    partial = "--partial" in sys.argv
    recs = load_parts()
    errs = []
    ids = collections.Counter(r["id"] for r in recs)
    for k, v in ids.items():
        if v > 1:
            errs.append("duplicate id %s" % k)
    for r in recs:
        check_record(r, errs)
    counts = collections.Counter((r["language"], r["channel"]) for r in recs)
    if not partial:
        for lang in LANGS:
            for ch, n in WANT.items():
                if counts[(lang, ch)] != n:
                    errs.append("count %s/%s = %d, want %d" % (lang, ch, counts[(lang, ch)], n))
    for e in errs:
        print(e)
    print("%d records, %d errors" % (len(recs), len(errs)))
    kinds = collections.Counter()
    for r in recs:
        for it in r["planted"]:
            kinds[(r["language"], it["kind"])] += 1
    if errs:
        sys.exit(1)
    if partial:
        return
    out = os.path.join(ROOT, "corpus.jsonl")
    order = {l: i for i, l in enumerate(LANGS)}
    chorder = {c: i for i, c in enumerate(WANT)}
    recs.sort(key=lambda r: (order[r["language"]], chorder[r["channel"]], r["id"]))
    with open(out, "w", encoding="utf-8") as f:
        for r in recs:
            clean = {
                "id": r["id"], "language": r["language"], "channel": r["channel"], "text": r["text"],
                "planted": [{k: v for k, v in it.items() if not k.startswith("_")} for it in r["planted"]],
                "lookalikes": [{k: v for k, v in l.items() if not k.startswith("_")} for l in r["lookalikes"]],
            }
            f.write(json.dumps(clean, ensure_ascii=False) + "\n")
    print("wrote", out)
    stats = collections.defaultdict(collections.Counter)
    for r in recs:
        for it in r["planted"]:
            stats[it["kind"]][r["language"]] += 1
    with open(os.path.join(ROOT, "tools", "stats.txt"), "w") as f:
        f.write("kind        nl   da   en  total\n")
        for k in sorted(stats):
            c = stats[k]
            f.write("%-10s %4d %4d %4d %6d\n" % (k, c["nl"], c["da"], c["en"], sum(c.values())))
        f.write("lookalikes %4d %4d %4d %6d\n" % tuple(
            [sum(len(r["lookalikes"]) for r in recs if r["language"] == l) for l in LANGS]
            + [sum(len(r["lookalikes"]) for r in recs)]))
    print(open(os.path.join(ROOT, "tools", "stats.txt")).read())


if __name__ == "__main__":
    main()
