"""Load parts/*.py, validate every record, write corpus.jsonl.

Usage: python3 tools/build.py            (validate + write when 0 errors)
       python3 tools/build.py --check    (validate only)
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
sys.path.insert(0, os.path.join(ROOT, "parts"))
import checks as C  # noqa: E402

KINDS = {"name", "phone", "address", "email", "national_id", "birth_date", "iban",
         "plate", "card", "postcode", "ip", "username"}
PARTICLES = {"van", "de", "der", "den", "het", "ten", "ter", "te", "van't", "la", "le",
             "du", "von", "zu", "el", "al", "ní", "ni", "nic", "ó", "ua", "mc", "mac", "bin", "binti",
             "da", "dos", "di", "del", "'t", "op"}
EMAIL_DOMAINS = ("example.com", "example.net", "example.org", "example.nl", "example.dk")
IP_NETS = ("192.0.2.", "198.51.100.", "203.0.113.")
WANT = {"call": 12, "chat": 10, "email": 8}
CHK_REQUIRED = {"national_id", "iban", "card", "plate"}


def load_parts():
    recs = []
    for lang in ("nl", "da", "en"):
        path = os.path.join(ROOT, "parts", f"{lang}.py")
        spec = importlib.util.spec_from_file_location(f"part_{lang}", path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        recs.extend(mod.RECORDS)
    return recs


def name_parts(value):
    out = []
    for tok in value.split():
        tok = tok.strip(",.;:()")
        if not tok or tok.lower() in PARTICLES:
            continue
        if len(tok) == 1 or re.fullmatch(r"([A-ZÆØÅÖÜ]\.)+", tok):
            continue
        if "-" in tok:
            out.append(tok)
            out.extend(p for p in tok.split("-") if len(p) > 1 and p.lower() not in PARTICLES)
        else:
            out.append(tok)
    return out


def default_mns(p):
    v, k = p["value"], p["kind"]
    if k == "name":
        return name_parts(v)
    if k == "email" and "@" in v:
        return [v, v.split("@")[0]]
    return [v]


def finalize(p):
    mns = p.get("mns")
    if mns is None:
        mns = default_mns(p)
    mns = list(mns) + list(p.get("also", []))
    seen, res = set(), []
    for m in mns:
        if m not in seen:
            seen.add(m)
            res.append(m)
    return {"value": p["value"], "kind": p["kind"], "must_not_survive": res}


def spans(text, s):
    out, i = [], text.find(s)
    while i >= 0:
        out.append((i, i + len(s)))
        i = text.find(s, i + 1)
    return out


def validate(recs):
    errs = []
    ids = collections.Counter(r["id"] for r in recs)
    for i, c in ids.items():
        if c > 1:
            errs.append(f"duplicate id {i}")
    cnt = collections.Counter((r["language"], r["channel"]) for r in recs)
    for lang in ("nl", "da", "en"):
        for ch, n in WANT.items():
            if cnt[(lang, ch)] != n:
                errs.append(f"count {lang}/{ch} = {cnt[(lang, ch)]}, want {n}")
    for r in recs:
        rid, text, lang = r["id"], r["text"], r["language"]
        if not rid.startswith(f"{lang}-{r['channel']}-"):
            errs.append(f"{rid}: id/channel mismatch")
        pl = r["planted"]
        if not 7 <= len(pl) <= 12:
            errs.append(f"{rid}: {len(pl)} planted items")
        if len(r["lookalikes"]) < 5:
            errs.append(f"{rid}: only {len(r['lookalikes'])} lookalikes")
        pspans = []
        all_mns = []
        for p in pl:
            fp = finalize(p)
            if p["kind"] not in KINDS:
                errs.append(f"{rid}: bad kind {p['kind']}")
            if p["value"] not in text:
                errs.append(f"{rid}: planted value not in text: {p['value']!r}")
            pspans += spans(text, p["value"])
            if not fp["must_not_survive"]:
                errs.append(f"{rid}: empty must_not_survive for {p['value']!r}")
            if p["kind"] == "address" and "mns" not in p:
                errs.append(f"{rid}: address without explicit mns: {p['value']!r}")
            for m in fp["must_not_survive"]:
                all_mns.append(m)
                if m not in text:
                    errs.append(f"{rid}: mns not in text: {m!r}")
                pspans += spans(text, m)
                for a, b in spans(text, m):
                    if (a > 0 and text[a - 1].isalnum() and m[0].isalnum()) or \
                       (b < len(text) and text[b].isalnum() and m[-1].isalnum()):
                        errs.append(f"{rid}: mns {m!r} inside longer word near {text[max(0, a - 10):b + 10]!r}")
            # check digits
            chk = p.get("chk")
            if chk is None and p["kind"] == "iban" and re.match(r"[A-Z]{2}\d{2}", p["value"]):
                chk = "iban"
            if chk is None and p["kind"] == "card":
                chk = "card"
            if chk is None and p["kind"] in CHK_REQUIRED:
                errs.append(f"{rid}: no check scheme for {p['kind']} {p['value']!r}")
            if chk:
                canon = p.get("digits", p["value"])
                if chk not in C.SCHEMES:
                    errs.append(f"{rid}: unknown scheme {chk}")
                elif not C.SCHEMES[chk](canon):
                    errs.append(f"{rid}: check failed ({chk}) for {canon!r}")
            if p.get("digits"):
                sd = C.spoken_digits(p["value"], lang)
                if sd != C.digits(p["digits"]):
                    errs.append(f"{rid}: spoken {p['value']!r} decodes to {sd}, want {C.digits(p['digits'])}")
            if p["kind"] == "email" and "@" in p["value"]:
                dom = p["value"].split("@")[1].lower()
                if not any(dom == d or dom.endswith("." + d) for d in EMAIL_DOMAINS):
                    errs.append(f"{rid}: e-mail domain {dom}")
        for lk in r["lookalikes"]:
            v = lk["value"]
            if v not in text:
                errs.append(f"{rid}: lookalike not in text: {v!r}")
            for m in all_mns:
                if m in v:
                    errs.append(f"{rid}: lookalike {v!r} contains mns {m!r}")
            for a, b in spans(text, v):
                for c, d in pspans:
                    if a < d and c < b:
                        errs.append(f"{rid}: lookalike {v!r} overlaps planted text {text[c:d]!r}")
                        break
        vals = [lk["value"] for lk in r["lookalikes"]]
        if len(set(vals)) != len(vals):
            errs.append(f"{rid}: duplicate lookalike")
        # every e-mail / IP anywhere in the text must be on allowed ranges
        for em in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
            dom = em.lower()
            if not any(dom == d or dom.endswith("." + d) for d in EMAIL_DOMAINS):
                errs.append(f"{rid}: e-mail domain in text not allowed: {dom}")
        for ip in re.findall(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.]*\d)", text):
            if not ip.startswith(IP_NETS):
                errs.append(f"{rid}: IPv4 not in documentation range: {ip}")
        for ip6 in re.findall(r"\b[0-9a-fA-F]{1,4}(?::[0-9a-fA-F]{0,4}){2,7}\b", text):
            if ip6.count(":") >= 2 and not re.match(r"\d{1,2}:\d{2}:\d{2}$", ip6) \
                    and not ip6.lower().startswith("2001:db8"):
                errs.append(f"{rid}: IPv6 not in documentation range: {ip6}")
    return errs


def main():
    recs = load_parts()
    errs = validate(recs)
    for e in errs:
        print("ERROR", e)
    print(f"{len(recs)} records, {len(errs)} errors")
    if errs or "--check" in sys.argv:
        return 1 if errs else 0
    with open(os.path.join(ROOT, "corpus.jsonl"), "w", encoding="utf-8") as f:
        for r in recs:
            out = {"id": r["id"], "language": r["language"], "channel": r["channel"],
                   "text": r["text"], "planted": [finalize(p) for p in r["planted"]],
                   "lookalikes": [{"value": lk["value"], "kind": lk["kind"]} for lk in r["lookalikes"]]}
            f.write(json.dumps(out, ensure_ascii=False) + "\n")
    # stats
    kinds = collections.Counter()
    for r in recs:
        for p in r["planted"]:
            kinds[(r["language"], p["kind"])] += 1
    print("planted per kind/lang:")
    for k in sorted(KINDS):
        print(f"  {k:12s}", {lang: kinds[(lang, k)] for lang in ("nl", "da", "en")})
    print("lookalikes:", sum(len(r["lookalikes"]) for r in recs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
