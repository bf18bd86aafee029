"""Load parts/*.py, run all consistency checks, write corpus.jsonl when clean.

usage: python3 tools/build.py [--write]
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

KINDS = {"name", "phone", "address", "email", "national_id", "birth_date", "iban", "plate",
         "card", "postcode", "ip", "username"}
NEED_SCHEME = {"national_id", "iban", "card", "birth_date"}
ALLOWED_DOMAINS = ("example.com", "example.net", "example.org", "example.nl", "example.dk")
EXPECT = {"call": 12, "chat": 10, "email": 8}
DOC_NETS = [ipaddress.ip_network(n) for n in
            ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")]


def load_parts():
    recs = []
    for fn in sorted(os.listdir(os.path.join(ROOT, "parts"))):
        if not fn.endswith(".py"):
            continue
        spec = importlib.util.spec_from_file_location(fn[:-3], os.path.join(ROOT, "parts", fn))
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        recs.extend(mod.RECORDS)
    return recs


def occurrences(text, s):
    i = text.find(s)
    while i != -1:
        yield i
        i = text.find(s, i + 1)


def inside_word(text, s):
    for i in occurrences(text, s):
        j = i + len(s)
        if s[0].isalnum() and i > 0 and text[i - 1].isalnum():
            return text[max(0, i - 10): j + 10]
        if s[-1].isalnum() and j < len(text) and text[j].isalnum():
            return text[max(0, i - 10): j + 10]
    return None


def check(recs):
    errs = []
    ids = collections.Counter(r["id"] for r in recs)
    for k, v in ids.items():
        if v > 1:
            errs.append(f"duplicate id {k}")
    cnt = collections.Counter((r["language"], r["channel"]) for r in recs)
    for lang in ("nl", "da", "en"):
        for ch, n in EXPECT.items():
            if cnt[(lang, ch)] != n:
                errs.append(f"count {lang}/{ch} = {cnt[(lang, ch)]}, expected {n}")
    for r in recs:
        rid, text, lang = r["id"], r["text"], r["language"]
        e = lambda m: errs.append(f"{rid}: {m}")  # noqa: E731
        if not re.fullmatch(rf"{lang}-{r['channel']}-\d{{3}}", rid):
            e("bad id format")
        pl, lk = r["planted"], r["lookalikes"]
        if not 7 <= len(pl) <= 12:
            e(f"{len(pl)} planted items")
        if len(lk) < 5:
            e(f"{len(lk)} lookalikes")
        all_mns = []
        spans = []
        for p in pl:
            v, k = p["value"], p["kind"]
            if k not in KINDS:
                e(f"kind {k}")
            if v not in text:
                e(f"planted value not in text: {v!r}")
            for i in occurrences(text, v):
                spans.append((i, i + len(v)))
            if not p["must_not_survive"]:
                e(f"empty mns for {v!r}")
            for s in p["must_not_survive"]:
                if s not in text:
                    e(f"mns not in text: {s!r}")
                if not s.strip():
                    e("blank mns")
                w = inside_word(text, s)
                if w:
                    e(f"mns {s!r} inside longer word: {w!r}")
                all_mns.append(s)
            if k == "email":
                if p["_spoken"]:
                    pass
                else:
                    dom = v.split("@")[-1].lower()
                    if not dom.endswith(ALLOWED_DOMAINS):
                        e(f"email domain {v}")
            if k == "ip":
                try:
                    ip = ipaddress.ip_address(p["_norm"] or v)
                    if not any(ip in n for n in DOC_NETS):
                        e(f"ip not documentation range {v}")
                except ValueError:
                    e(f"bad ip {v}")
            sch, norm = p["_scheme"], p["_norm"]
            if k in NEED_SCHEME and not sch:
                e(f"{k} {v!r} has no scheme")
            if sch:
                target = norm if norm else v
                try:
                    ok = checks.validate(sch, target)
                except KeyError as ex:
                    ok = False
                    e(str(ex))
                if not ok:
                    e(f"check failed {sch}: {target!r}")
            if p["_spoken"] and norm and k != "birth_date" and k != "email":
                got = checks.spoken_to_digits(v, lang)
                want = re.sub(r"[\s\-./]", "", norm).upper()
                if got != want:
                    e(f"spoken {v!r} -> {got} != {want}")
        # no must_not_survive string outside planted spans? (only warn for digits)
        for l in lk:
            lv = l["value"]
            if lv not in text:
                e(f"lookalike not in text: {lv!r}")
            for p in pl:
                if lv in p["value"] or p["value"] in lv:
                    e(f"lookalike {lv!r} overlaps planted {p['value']!r}")
            for i in occurrences(text, lv):
                for a, b in spans:
                    if i < b and a < i + len(lv):
                        e(f"lookalike {lv!r} overlaps span of planted {text[a:b]!r}")
            for s in all_mns:
                if s in lv:
                    e(f"lookalike {lv!r} contains mns {s!r}")
        # e-mail addresses and IPs in the text that are not annotated must be org ones
        for m in re.finditer(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", text):
            if not m.group(0).lower().rstrip(".").endswith(ALLOWED_DOMAINS):
                e(f"non-example email in text {m.group(0)}")
        for m in re.finditer(r"\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b", text):
            try:
                ip = ipaddress.ip_address(m.group(0))
                if not any(ip in n for n in DOC_NETS):
                    e(f"non-doc ip in text {m.group(0)}")
            except ValueError:
                pass
    return errs


def clean(r):
    return {"id": r["id"], "language": r["language"], "channel": r["channel"], "text": r["text"],
            "planted": [{"value": p["value"], "kind": p["kind"],
                         "must_not_survive": p["must_not_survive"]} for p in r["planted"]],
            "lookalikes": [{"value": l["value"], "kind": l["kind"]} for l in r["lookalikes"]]}


def stats(recs):
    c = collections.Counter()
    for r in recs:
        for p in r["planted"]:
            c[(r["language"], p["kind"])] += 1
    kinds = sorted({k for _, k in c})
    print("kind".ljust(12), "nl".rjust(5), "da".rjust(5), "en".rjust(5), "total".rjust(6))
    for k in kinds:
        row = [c[(l, k)] for l in ("nl", "da", "en")]
        print(k.ljust(12), *(str(x).rjust(5) for x in row), str(sum(row)).rjust(6))
    tot = [sum(c[(l, k)] for k in kinds) for l in ("nl", "da", "en")]
    print("total".ljust(12), *(str(x).rjust(5) for x in tot), str(sum(tot)).rjust(6))
    lk = collections.Counter(l["kind"] for r in recs for l in r["lookalikes"])
    print("lookalikes:", sum(lk.values()), dict(sorted(lk.items(), key=lambda x: -x[1])))


if __name__ == "__main__":
    recs = load_parts()
    errs = check(recs)
    for x in errs:
        print("ERROR", x)
    print(f"{len(recs)} records, {len(errs)} errors")
    stats(recs)
    if "--write" in sys.argv:
        if errs:
            print("not writing: errors")
            sys.exit(1)
        recs.sort(key=lambda r: ({"nl": 0, "da": 1, "en": 2}[r["language"]],
                                 {"call": 0, "chat": 1, "email": 2}[r["channel"]], r["id"]))
        with open(os.path.join(ROOT, "corpus.jsonl"), "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(clean(r), ensure_ascii=False) + "\n")
        print("wrote corpus.jsonl")
