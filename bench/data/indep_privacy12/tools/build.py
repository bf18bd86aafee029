#!/usr/bin/env python3
"""Join parts/*.py into corpus.jsonl and check every corpus rule.

usage: python3 tools/build.py            (build + check, non-zero exit on errors)
       python3 tools/build.py --stats    (also print per-record counts)
"""
import collections
import glob
import importlib.util
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(ROOT, "parts"))
import idcheck  # noqa: E402

KINDS = {"name", "address", "postcode", "phone", "email", "birth_date", "iban",
         "national_id", "card", "plate", "ip", "username"}
LANGS = ("nl", "da", "en")
CHANNELS = {"call": 12, "chat": 10, "email": 8}
ID_RE = re.compile(r"^(nl|da|en)-(call|chat|email)-(\d{3})$")

DIGIT_WORDS = {
    "nl": {"nul": "0", "een": "1", "één": "1", "twee": "2", "drie": "3", "vier": "4", "vijf": "5",
           "zes": "6", "zeven": "7", "acht": "8", "negen": "9"},
    "da": {"nul": "0", "en": "1", "et": "1", "to": "2", "tre": "3", "fire": "4", "fem": "5",
           "seks": "6", "syv": "7", "otte": "8", "ni": "9"},
    "en": {"zero": "0", "oh": "0", "o": "0", "one": "1", "two": "2", "three": "3", "four": "4",
           "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"},
}
COMPOUND = re.compile(r"(tig|tien|honderd|duizend|ty|teen|hundred|thousand|tyve|tredive|fyrre|"
                      r"halvtreds|tres|halvfjerds|firs|halvfems|hundrede|tusind|ti|elleve|tolv|"
                      r"tretten|fjorten|femten|seksten|sytten|atten|nitten|ten|eleven|twelve|elf|twaalf)$")


def spoken_digits(value, lang, letters=False):
    """Digit string read from a spoken/written value, or None if it uses compound numbers.
    letters=True: single-letter tokens are spelled letters (IBAN, NI number), not digits."""
    words = DIGIT_WORDS[lang]
    out = []
    mult = 1
    for tok in re.findall(r"[^\W_]+", value.lower()):
        if letters and len(tok) == 1 and tok.isalpha():
            continue
        if tok.isdigit():
            out.append(tok * mult)
            mult = 1
        elif tok in words:
            out.append(words[tok] * mult)
            mult = 1
        elif tok in ("double", "dubbel", "dobbelt"):
            mult = 2
        elif tok in ("triple", "tripple"):
            mult = 3
        elif COMPOUND.search(tok) and len(tok) > 2:
            return None
    return "".join(out)


def load_records():
    recs = []
    for path in sorted(glob.glob(os.path.join(ROOT, "parts", "*.py"))):
        if os.path.basename(path).startswith("_"):
            continue
        spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        for r in mod.RECORDS:
            r["_file"] = os.path.basename(path)
            recs.append(r)
    order = {l: i for i, l in enumerate(LANGS)}
    corder = {c: i for i, c in enumerate(CHANNELS)}
    recs.sort(key=lambda r: (order.get(r["language"], 9), corder.get(r["channel"], 9), r["id"]))
    return recs


def occurrences(text, s):
    out, i = [], text.find(s)
    while i >= 0:
        out.append((i, i + len(s)))
        i = text.find(s, i + 1)
    return out


def main():
    errors, warnings = [], []
    recs = load_records()

    def err(r, msg):
        errors.append("%s: %s" % (r.get("id"), msg))

    def warn(r, msg):
        warnings.append("%s: %s" % (r.get("id"), msg))

    ids = collections.Counter(r["id"] for r in recs)
    for i, n in ids.items():
        if n > 1:
            errors.append("duplicate id %s" % i)
    counts = collections.Counter((r["language"], r["channel"]) for r in recs)
    for l in LANGS:
        for c, n in CHANNELS.items():
            if counts[(l, c)] != n:
                errors.append("count %s/%s = %d, want %d" % (l, c, counts[(l, c)], n))

    seen_ids = collections.defaultdict(list)
    schemes = collections.Counter()
    for r in recs:
        m = ID_RE.match(r["id"])
        if not m or m.group(1) != r["language"] or m.group(2) != r["channel"]:
            err(r, "id/language/channel mismatch")
        if not r["id"].startswith(r["_file"][:-3].replace("_", "-")):
            err(r, "record in wrong part file %s" % r["_file"])
        text = r["text"]
        if "\t" in text:
            warn(r, "tab in text")
        planted, looks = r["planted"], r["lookalikes"]
        if not 7 <= len(planted) <= 12:
            warn(r, "%d planted" % len(planted))
        if not 5 <= len(looks) <= 10:
            warn(r, "%d lookalikes" % len(looks))
        p_spans, mns_all = [], []
        vals = collections.Counter(p["value"] for p in planted)
        for v, n in vals.items():
            if n > 1:
                err(r, "planted value twice: %r" % v)
        for p in planted:
            v = p["value"]
            if p["kind"] not in KINDS:
                err(r, "bad kind %r" % p["kind"])
            if v not in text:
                err(r, "planted value not in text: %r" % v)
            p_spans += [(a, b, v) for a, b in occurrences(text, v)]
            if not p.get("must_not_survive"):
                err(r, "no must_not_survive for %r" % v)
            for s in p.get("must_not_survive", []):
                if not s.strip():
                    err(r, "empty mns for %r" % v)
                    continue
                if s not in text:
                    err(r, "mns not in text: %r (for %r)" % (s, v))
                mns_all.append(s)
                for a, b in occurrences(text, s):
                    before = text[a - 1] if a > 0 else " "
                    after = text[b] if b < len(text) else " "
                    if (s[0].isalnum() and before.isalnum()) or (s[-1].isalnum() and after.isalnum()):
                        err(r, "mns %r inside a longer word: ...%s..." % (s, text[max(0, a - 15):b + 15]))
                if p["kind"] == "name" and len(s) < 2:
                    err(r, "one-letter name mns %r" % s)
            ck = p.get("_check")
            if p["kind"] in ("national_id", "iban", "card") and not ck:
                if p["kind"] == "card":
                    ck = "luhn"
                elif p["kind"] == "iban" and re.match(r"^[A-Z]{2}\d{2}", v):
                    ck = "iban"
                else:
                    err(r, "no _check hint for %s %r" % (p["kind"], v))
            if ck:
                schemes[ck] += 1
                target = p.get("_digits", v)
                if not idcheck.check(ck, target):
                    err(r, "check digit %s fails for %r" % (ck, target))
                if "_digits" in p:
                    sd = spoken_digits(v, r["language"], letters=ck in ("iban", "ni", "ppsn", "none"))
                    if sd is None:
                        warn(r, "spoken value not auto-verified: %r" % v)
                    elif sd != idcheck.digits(p["_digits"]):
                        err(r, "spoken %r reads as %s, _digits %s" % (v, sd, p["_digits"]))
                if ck not in ("none",):
                    key = idcheck.digits(target) if ck not in ("iban", "ni", "ppsn") else re.sub(r"\s", "", target)
                    seen_ids[key].append(r["id"])
            elif p["kind"] in ("phone",) and "_digits" not in p:
                pass
        # a name written in another letter case outside any planted span would survive redaction
        mns_set = set(mns_all)
        cover = [(a, b) for p in planted for s in [p["value"]] + p.get("must_not_survive", [])
                 for a, b in occurrences(text, s)]
        for p in planted:
            if p["kind"] != "name":
                continue
            for s in p.get("must_not_survive", []):
                for m in re.finditer(r"(?<!\w)" + re.escape(s) + r"(?!\w)", text, re.I):
                    if m.group() not in mns_set and not any(a <= m.start() and m.end() <= b for a, b in cover):
                        err(r, "name %r also occurs as %r (add it to must_not_survive)" % (s, m.group()))
        lv = collections.Counter(l["value"] for l in looks)
        for v, n in lv.items():
            if n > 1:
                err(r, "lookalike twice: %r" % v)
        for l in looks:
            v = l["value"]
            if not l.get("kind"):
                err(r, "lookalike without kind %r" % v)
            if v not in text:
                err(r, "lookalike not in text: %r" % v)
            for s in mns_all:
                if s in v:
                    err(r, "lookalike %r contains mns %r" % (v, s))
                elif s.lower() in v.lower() and len(s) > 2:
                    warn(r, "lookalike %r contains mns %r case-insensitively" % (v, s))
            d = idcheck.digits(v)
            lang = r["language"]
            if ((13 <= len(d) <= 19 and idcheck.luhn_ok(d))
                    or (lang == "nl" and len(d) == 9 and idcheck.bsn_ok(d))
                    or (lang == "da" and len(d) == 10 and idcheck.cpr_ok(d))
                    or (lang == "en" and len(d) == 10 and idcheck.nhs_ok(d))
                    or (lang == "en" and len(d) == 9 and idcheck.sin_ok(d))
                    or (len(d) == 13 and idcheck.said_ok(d))):
                err(r, "lookalike %r passes an identifier check by chance" % v)
            for a, b in occurrences(text, v):
                for pa, pb, pv in p_spans:
                    if a < pb and pa < b:
                        err(r, "lookalike %r overlaps planted %r" % (v, pv))
                for s in mns_all:
                    for sa, sb in occurrences(text, s):
                        if a < sb and sa < b:
                            err(r, "lookalike %r overlaps mns %r" % (v, s))

    for key, where in seen_ids.items():
        if len(set(where)) > 1:
            warnings.append("identifier %s reused in %s" % (key, sorted(set(where))))

    out_path = os.path.join(ROOT, "corpus.jsonl")
    with open(out_path, "w", encoding="utf-8") as f:
        for r in recs:
            clean = {
                "id": r["id"], "language": r["language"], "channel": r["channel"], "text": r["text"],
                "planted": [{"value": p["value"], "kind": p["kind"], "must_not_survive": p["must_not_survive"]}
                            for p in r["planted"]],
                "lookalikes": [{"value": l["value"], "kind": l["kind"]} for l in r["lookalikes"]],
            }
            f.write(json.dumps(clean, ensure_ascii=False) + "\n")

    # summary
    table = collections.defaultdict(lambda: [0, 0, 0])
    kinds = collections.Counter()
    for r in recs:
        t = table[(r["language"], r["channel"])]
        t[0] += 1
        t[1] += len(r["planted"])
        t[2] += len(r["lookalikes"])
        kinds.update(p["kind"] for p in r["planted"])
    print("| language | channel | records | planted | look-alikes |")
    print("|---|---|---|---|---|")
    tot = [0, 0, 0]
    for l in LANGS:
        for c in CHANNELS:
            t = table[(l, c)]
            tot = [a + b for a, b in zip(tot, t)]
            print("| %s | %s | %d | %d | %d |" % (l, c, t[0], t[1], t[2]))
    print("| **total** | | %d | %d | %d |" % tuple(tot))
    print("planted kinds:", dict(sorted(kinds.items(), key=lambda kv: -kv[1])))
    print("check schemes:", dict(sorted(schemes.items(), key=lambda kv: -kv[1])))
    if "--stats" in sys.argv:
        for r in recs:
            print(r["id"], len(r["planted"]), len(r["lookalikes"]), len(r["text"]))
    for w in warnings:
        print("WARN", w)
    for e in errors:
        print("ERROR", e)
    print("%d records, %d errors, %d warnings -> %s" % (len(recs), len(errors), len(warnings), out_path))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
