"""Load ../parts/*.py, validate every record, write ../corpus.jsonl (only if 0 errors).

usage: python3 tools/build.py [--no-write]
"""
import collections
import glob
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
from common import spoken_to_digits, name_parts  # noqa: E402

KINDS = {"name", "phone", "address", "email", "national_id", "birth_date", "iban", "plate", "card",
         "postcode", "ip", "username"}
LANGS = ("nl", "da", "en")
CHANNEL_COUNTS = {"call": 12, "chat": 10, "email": 8}
EMAIL_DOMAINS = {"example.com", "example.net", "example.org", "example.nl", "example.dk"}
DOC_NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")]
CHECKED_KINDS = {"iban", "national_id", "card"}


def load_records():
    recs = []
    for path in sorted(glob.glob(os.path.join(ROOT, "parts", "*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        recs.extend(mod.RECORDS)
    order = {l: i for i, l in enumerate(LANGS)}
    corder = {c: i for i, c in enumerate(CHANNEL_COUNTS)}
    recs.sort(key=lambda r: (order.get(r["language"], 9), corder.get(r["channel"], 9), r["id"]))
    return recs


def spans(text, s):
    out, start = [], 0
    while s:
        i = text.find(s, start)
        if i < 0:
            break
        out.append((i, i + len(s)))
        start = i + 1
    return out


def is_spoken(value):
    return bool(re.search(r"[a-zæøåéë]{3,}", value)) and not re.fullmatch(r"[A-Z]{2}\d{2}.*", value)


def validate(recs):
    errors, warnings = [], []
    E = errors.append
    ids = collections.Counter(r["id"] for r in recs)
    for i, n in ids.items():
        if n > 1:
            E(f"duplicate id {i}")
    counts = collections.Counter((r["language"], r["channel"]) for r in recs)
    for lang in LANGS:
        for ch, n in CHANNEL_COUNTS.items():
            if counts[(lang, ch)] != n:
                E(f"count {lang}/{ch} = {counts[(lang, ch)]}, want {n}")
    if len(recs) != 90:
        E(f"total records {len(recs)} != 90")

    for r in recs:
        rid, text = r["id"], r["text"]
        if not re.fullmatch(r"(nl|da|en)-(call|chat|email)-\d{3}", rid):
            E(f"{rid}: bad id")
        if rid.split("-")[0] != r["language"] or rid.split("-")[1] != r["channel"]:
            E(f"{rid}: id does not match language/channel")
        pl, la = r["planted"], r["lookalikes"]
        if not 7 <= len(pl) <= 12:
            E(f"{rid}: {len(pl)} planted items")
        if len(la) < 5:
            E(f"{rid}: only {len(la)} look-alikes")
        vals = collections.Counter(p["value"] for p in pl)
        for v, n in vals.items():
            if n > 1:
                E(f"{rid}: planted value repeated {v!r}")
        all_mns = []
        planted_spans = []
        for p in pl:
            v, k = p["value"], p["kind"]
            if k not in KINDS:
                E(f"{rid}: bad kind {k}")
            if v not in text:
                E(f"{rid}: planted value not in text: {v!r}")
            planted_spans.extend(spans(text, v))
            mns = p["must_not_survive"]
            if not mns:
                E(f"{rid}: empty must_not_survive for {v!r}")
            if k == "address" and len(mns) < 2:
                warnings.append(f"{rid}: address with <2 mns {v!r}")
            for m in mns:
                if len(m) < 2:
                    E(f"{rid}: too-short mns {m!r}")
                if m not in text:
                    E(f"{rid}: mns not in text: {m!r} (of {v!r})")
                all_mns.append(m)
                for a, b in spans(text, m):
                    planted_spans.append((a, b))
                    before = text[a - 1] if a > 0 else " "
                    after = text[b] if b < len(text) else " "
                    if (before.isalnum() and m[0].isalnum()) or (after.isalnum() and m[-1].isalnum()):
                        ctx = text[max(0, a - 15):b + 15].replace("\n", " ")
                        E(f"{rid}: mns {m!r} inside longer word: ...{ctx}...")
            if k == "name":
                for part in name_parts(v):
                    if part not in mns:
                        E(f"{rid}: name part {part!r} missing from mns")
            if k == "email" and "@" in v:
                if v.split("@")[1].lower() not in EMAIL_DOMAINS:
                    E(f"{rid}: email domain not allowed {v}")
                if v.split("@")[0] not in mns:
                    E(f"{rid}: local part missing {v}")
            if k == "ip":
                try:
                    ip = ipaddress.ip_address(v)
                    if not any(ip in n for n in DOC_NETS):
                        E(f"{rid}: ip not in documentation range {v}")
                except ValueError:
                    E(f"{rid}: bad ip {v}")
            # check digits
            scheme = p.get("_scheme")
            if k in CHECKED_KINDS and not scheme:
                E(f"{rid}: {k} {v!r} without check scheme")
            if scheme:
                canon = p.get("_canon")
                target = v
                if scheme == "plain_account" and re.search(r"\d", v):
                    pass
                elif is_spoken(v):
                    if not canon:
                        E(f"{rid}: spoken {k} {v!r} needs canon")
                        continue
                    try:
                        got = spoken_to_digits(v, r["language"])
                    except ValueError as ex:
                        E(f"{rid}: {ex}")
                        continue
                    if re.sub(r"[\s.\-/]", "", got) != re.sub(r"[\s.\-/]", "", canon).upper():
                        E(f"{rid}: spoken {v!r} parses to {got}, canon {canon}")
                    target = canon
                elif canon and re.sub(r"\W", "", canon).upper() != re.sub(r"\W", "", v).upper():
                    E(f"{rid}: canon {canon} differs from value {v}")
                if not checks.validate(scheme, target):
                    E(f"{rid}: check digit fails {scheme} {target!r}")
        # look-alikes
        lvals = collections.Counter(l["value"] for l in la)
        for v, n in lvals.items():
            if n > 1:
                E(f"{rid}: look-alike repeated {v!r}")
        for l in la:
            v = l["value"]
            if v not in text:
                E(f"{rid}: look-alike not in text: {v!r}")
            for p in pl:
                if v in p["value"] or p["value"] in v:
                    E(f"{rid}: look-alike {v!r} overlaps planted {p['value']!r}")
            for m in all_mns:
                if m in v:
                    E(f"{rid}: look-alike {v!r} contains mns {m!r}")
            for a, b in spans(text, v):
                for c, d in planted_spans:
                    if a < d and c < b:
                        E(f"{rid}: look-alike {v!r} at {a} overlaps planted span {text[c:d]!r}")
                        break
        # global text checks
        for em in re.findall(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+", text):
            dom = em.split("@")[1].lower().rstrip(".")
            if dom not in EMAIL_DOMAINS:
                E(f"{rid}: e-mail on non-example domain {em}")
        for ipm in re.findall(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])", text):
            try:
                ip = ipaddress.ip_address(ipm)
            except ValueError:
                continue
            if not any(ip in n for n in DOC_NETS):
                E(f"{rid}: IPv4 outside documentation ranges {ipm}")
        for ipm in re.findall(r"\b[0-9a-fA-F]{1,4}(?::[0-9a-fA-F]{0,4}){2,7}\b", text):
            try:
                ip = ipaddress.ip_address(ipm)
            except ValueError:
                continue
            if not any(ip in n for n in DOC_NETS):
                E(f"{rid}: IPv6 outside documentation range {ipm}")
        # warn: lower-case / upper-case variant of a name part present but not listed
        for p in pl:
            if p["kind"] != "name":
                continue
            for part in name_parts(p["value"]):
                for variant in {part.lower(), part.upper(), part.capitalize()}:
                    if variant in p["must_not_survive"]:
                        continue
                    if re.search(r"(?<![\w.@_])" + re.escape(variant) + r"(?![\w@_]|\.\w)", text):
                        warnings.append(f"{rid}: variant {variant!r} of {part!r} occurs but not in mns")
    return errors, warnings


def stats(recs):
    by = collections.defaultdict(collections.Counter)
    for r in recs:
        for p in r["planted"]:
            by[p["kind"]][r["language"]] += 1
    la = collections.Counter()
    for r in recs:
        la[r["language"]] += len(r["lookalikes"])
    lines = ["| kind | nl | da | en | total |", "|---|---|---|---|---|"]
    for k in sorted(by):
        c = by[k]
        lines.append(f"| {k} | {c['nl']} | {c['da']} | {c['en']} | {sum(c.values())} |")
    tot = collections.Counter()
    for c in by.values():
        tot.update(c)
    lines.append(f"| **all planted** | {tot['nl']} | {tot['da']} | {tot['en']} | {sum(tot.values())} |")
    lines.append(f"| look-alikes | {la['nl']} | {la['da']} | {la['en']} | {sum(la.values())} |")
    lk = collections.Counter(l["kind"] for r in recs for l in r["lookalikes"])
    return "\n".join(lines), lk


def main():
    recs = load_records()
    errors, warnings = validate(recs)
    for w in warnings:
        print("WARN", w)
    for e in errors:
        print("ERR ", e)
    print(f"{len(recs)} records, {len(errors)} errors, {len(warnings)} warnings")
    table, lk = stats(recs)
    print(table)
    print("look-alike kinds:", dict(lk.most_common()))
    if errors or "--no-write" in sys.argv:
        return 1 if errors else 0
    with open(os.path.join(ROOT, "corpus.jsonl"), "w", encoding="utf-8") as f:
        for r in recs:
            out = {"id": r["id"], "language": r["language"], "channel": r["channel"], "text": r["text"],
                   "planted": [{"value": p["value"], "kind": p["kind"],
                                "must_not_survive": p["must_not_survive"]} for p in r["planted"]],
                   "lookalikes": [{"value": l["value"], "kind": l["kind"]} for l in r["lookalikes"]]}
            f.write(json.dumps(out, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "tools", "stats.md"), "w", encoding="utf-8") as f:
        f.write(table + "\n\nlook-alike kinds: " + json.dumps(dict(lk.most_common()), ensure_ascii=False) + "\n")
    print("wrote corpus.jsonl")
    return 0


if __name__ == "__main__":
    sys.exit(main())
