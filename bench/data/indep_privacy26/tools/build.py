"""Load parts/*.py, run all consistency checks, write corpus.jsonl when there are 0 errors.

usage: python3 tools/build.py [--dry]
"""
import glob, importlib.util, ipaddress, json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(ROOT, "parts"))
import checks  # noqa: E402

KINDS = {"name", "phone", "address", "email", "national_id", "birth_date", "iban", "plate", "card",
         "postcode", "ip", "username"}
EMAIL_DOMAINS = ("example.com", "example.net", "example.org", "example.nl", "example.dk")
IP_NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")]
WANT = {"call": 12, "chat": 10, "email": 8}
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![\d.])(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})(?![\d.]*\d)")
IPV6_RE = re.compile(r"(?<![0-9A-Fa-f:])([0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{0,4}){2,7})")


def load():
    recs = []
    for path in sorted(glob.glob(os.path.join(ROOT, "parts", "[a-z]*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        recs.extend(mod.RECORDS)
    return recs


def spans(text, s):
    out, i = [], text.find(s)
    while i >= 0:
        out.append((i, i + len(s)))
        i = text.find(s, i + 1)
    return out


def domain_ok(addr):
    dom = addr.rsplit("@", 1)[1].lower().rstrip(".")
    return any(dom == d or dom.endswith("." + d) for d in EMAIL_DOMAINS)


def ip_ok(s):
    try:
        ip = ipaddress.ip_address(s.split("/")[0])
    except ValueError:
        return None
    return any(ip in n for n in IP_NETS)


def check_record(r, errs):
    rid, text = r["id"], r["text"]
    E = lambda m: errs.append("%s: %s" % (rid, m))
    if not re.fullmatch(r"(nl|da|en)-(call|chat|email)-\d{3}", rid):
        E("bad id")
    if r["language"] != rid[:2] or r["channel"] != rid.split("-")[1]:
        E("language/channel mismatch")
    pl, lk = r["planted"], r["lookalikes"]
    if not 7 <= len(pl) <= 12:
        E("planted count %d" % len(pl))
    if len(lk) < 5:
        E("lookalike count %d" % len(lk))
    vals = [x["value"] for x in pl]
    for v, c in Counter(vals).items():
        if c > 1:
            E("duplicate planted value %r" % v)
    for v, c in Counter(x["value"] for x in lk).items():
        if c > 1:
            E("duplicate lookalike %r" % v)
    protected = []   # (span, item index)
    for idx, it in enumerate(pl):
        if it["kind"] not in KINDS:
            E("kind %r" % it["kind"])
        if it["value"] not in text:
            E("planted value not in text: %r" % it["value"])
        if not it["must_not_survive"]:
            E("empty must_not_survive for %r" % it["value"])
        for s in it["must_not_survive"]:
            if s not in text:
                E("must_not_survive not in text: %r" % s)
            if len(s.strip()) < 2:
                E("must_not_survive too short: %r" % s)
            for a, b in spans(text, s):
                protected.append(((a, b), idx))
                if s[0].isalnum() and a > 0 and text[a - 1].isalnum():
                    E("mns %r inside longer word: %r" % (s, text[max(0, a - 12):b + 12]))
                if s[-1].isalnum() and b < len(text) and text[b].isalnum():
                    E("mns %r inside longer word: %r" % (s, text[max(0, a - 12):b + 12]))
        for a, b in spans(text, it["value"]):
            protected.append(((a, b), idx))
        if "_scheme" in it and not checks.check(it["_scheme"], it["_canon"]):
            E("check digits fail (%s) for %r" % (it["_scheme"], it["_canon"]))
        if it["kind"] == "email" and "@" in it["value"] and not domain_ok(it["value"]):
            E("planted e-mail on non-example domain %r" % it["value"])
        if it["kind"] == "ip" and ip_ok(it["value"]) is False:
            E("planted IP outside documentation ranges %r" % it["value"])
        if it["kind"] == "iban" and re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9 ]{10,}", it["value"]) and it.get("_scheme") != "iban":
            E("IBAN-shaped value without iban check %r" % it["value"])
        if it["kind"] == "card" and "_scheme" not in it:
            E("card without luhn check %r" % it["value"])
    # short numeric must_not_survive strings (e.g. a 4-digit postcode) must not occur on their
    # own elsewhere in the text unless they are themselves a planted value
    pvals = set(vals)
    for idx, it in enumerate(pl):
        for s in it["must_not_survive"]:
            if re.fullmatch(r"[\d ]{1,7}", s) and s not in pvals:
                for a, b in spans(text, s):
                    if not any(x <= a and b <= y and (y - x) > (b - a) for (x, y), _ in protected):
                        E("numeric mns %r occurs outside a longer planted span: %r" % (s, text[max(0, a - 20):b + 20]))
    for it in lk:
        v = it["value"]
        if v not in text:
            E("lookalike not in text: %r" % v)
        for p_ in pl:
            if v in p_["value"] or p_["value"] in v:
                E("lookalike %r overlaps planted value %r" % (v, p_["value"]))
            for s in p_["must_not_survive"]:
                if s in v:
                    E("lookalike %r contains mns %r" % (v, s))
        for a, b in spans(text, v):
            for (x, y), j in protected:
                if a < y and x < b:
                    E("lookalike %r overlaps planted span %r" % (v, text[x:y]))
                    break
    for m in EMAIL_RE.finditer(text):
        if not domain_ok(m.group(0)):
            E("e-mail in text on non-example domain: %r" % m.group(0))
    for m in IPV4_RE.finditer(text):
        if ip_ok(m.group(1)) is False:
            E("IPv4 in text outside documentation ranges: %r" % m.group(1))
    for m in IPV6_RE.finditer(text):
        cand = m.group(1)
        if cand.count(":") >= 2 and re.search(r"[0-9a-fA-F]", cand) and ip_ok(cand) is False and not re.fullmatch(r"[\d:]+", cand):
            E("IPv6 in text outside documentation range: %r" % cand)


def main():
    recs = load()
    errs = []
    ids = Counter(r["id"] for r in recs)
    for i, c in ids.items():
        if c > 1:
            errs.append("duplicate id %s" % i)
    counts = Counter((r["language"], r["channel"]) for r in recs)
    for lang in ("nl", "da", "en"):
        for ch, n in WANT.items():
            if counts[(lang, ch)] != n:
                errs.append("count %s/%s = %d (want %d)" % (lang, ch, counts[(lang, ch)], n))
    for r in recs:
        check_record(r, errs)
    for e in errs:
        print("ERROR", e)
    kinds = Counter((r["language"], it["kind"]) for r in recs for it in r["planted"])
    print("records:", len(recs), dict(counts))
    print("planted:", sum(len(r["planted"]) for r in recs), "lookalikes:", sum(len(r["lookalikes"]) for r in recs))
    print("errors:", len(errs))
    if errs or "--dry" in sys.argv:
        return 1 if errs else 0
    order = {"nl": 0, "da": 1, "en": 2}
    chord = {"call": 0, "chat": 1, "email": 2}
    recs.sort(key=lambda r: (order[r["language"]], chord[r["channel"]], r["id"]))
    with open(os.path.join(ROOT, "corpus.jsonl"), "w", encoding="utf-8") as f:
        for r in recs:
            out = {"id": r["id"], "language": r["language"], "channel": r["channel"], "text": r["text"],
                   "planted": [{"value": it["value"], "kind": it["kind"], "must_not_survive": it["must_not_survive"]}
                               for it in r["planted"]],
                   "lookalikes": r["lookalikes"]}
            f.write(json.dumps(out, ensure_ascii=False) + "\n")
    print("wrote corpus.jsonl")
    print("kinds per language:")
    for lang in ("nl", "da", "en"):
        print(" ", lang, {k: kinds[(lang, k)] for k in sorted(KINDS) if kinds[(lang, k)]})
    return 0


if __name__ == "__main__":
    sys.exit(main())
