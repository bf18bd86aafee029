#!/usr/bin/env python3
"""Join parts/*.py into corpus.jsonl and check every corpus rule.

Each part file defines RECORDS (a list of dicts). Helpers P() and L() are
injected into the part's namespace. A planted item may carry an optional
"check" (a validator name, or [name, digits] when the value is spoken) that
is verified here and stripped from the output.
"""
import glob, json, os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from checks import CHECKS

KINDS = {"name", "address", "postcode", "phone", "email", "birth_date", "iban",
         "national_id", "card", "plate", "ip", "username"}
PARTICLES = {"van", "de", "der", "den", "af", "von", "ter", "te", "het", "'t", "la", "le", "du", "da", "di", "of"}
LANGS = ("nl", "da", "en")
TARGET = {"call": 12, "chat": 10, "email": 8}


def P(value, kind, mns=None, check=None):
    d = {"value": value, "kind": kind, "must_not_survive": list(mns) if mns else [value]}
    if check:
        d["check"] = check
    return d


def L(value, kind):
    return {"value": value, "kind": kind}


def spans(text, s):
    out, i = [], text.find(s)
    while i != -1:
        out.append((i, i + len(s)))
        i = text.find(s, i + 1)
    return out


def load():
    recs = []
    for f in sorted(glob.glob(os.path.join(ROOT, "parts", "*.py"))):
        ns = {"P": P, "L": L}
        exec(compile(open(f, encoding="utf-8").read(), f, "exec"), ns)
        for r in ns["RECORDS"]:
            r["_file"] = os.path.basename(f)
            recs.append(r)
    return recs


def check(recs):
    errs, warns = [], []
    ids = collections.Counter(r["id"] for r in recs)
    for k, v in ids.items():
        if v > 1:
            errs.append(f"duplicate id {k}")
    cnt = collections.Counter((r["language"], r["channel"]) for r in recs)
    for lang in LANGS:
        for ch, n in TARGET.items():
            if cnt[(lang, ch)] != n:
                errs.append(f"count {lang}/{ch} = {cnt[(lang, ch)]}, want {n}")
    for r in recs:
        rid, t = r["id"], r["text"]
        if not re.fullmatch(rf"{r['language']}-{r['channel']}-\d{{3}}", rid):
            errs.append(f"{rid}: id does not match language/channel")
        pspans = []
        allmns = []
        for p in r["planted"]:
            if p["kind"] not in KINDS:
                errs.append(f"{rid}: bad kind {p['kind']}")
            sp = spans(t, p["value"])
            if not sp:
                errs.append(f"{rid}: planted value not in text: {p['value']!r}")
            pspans += sp
            if not p["must_not_survive"]:
                errs.append(f"{rid}: empty must_not_survive for {p['value']!r}")
            for m in p["must_not_survive"]:
                if not m or m not in t:
                    errs.append(f"{rid}: must_not_survive not in text: {m!r}")
                if p["kind"] == "name" and m.lower() in PARTICLES:
                    errs.append(f"{rid}: particle in must_not_survive: {m!r}")
                if p["kind"] == "name" and len(m) < 2:
                    errs.append(f"{rid}: one-letter name token {m!r}")
                allmns.append(m)
            c = p.get("check")
            if c:
                name, dig = (c, p["value"]) if isinstance(c, str) else (c[0], c[1])
                if not CHECKS[name](dig):
                    errs.append(f"{rid}: check {name} failed for {p['value']!r} ({dig})")
        for a in r["planted"]:
            for b in r["planted"]:
                if a is not b:
                    for s1 in spans(t, a["value"]):
                        for s2 in spans(t, b["value"]):
                            if s1[0] < s2[1] and s2[0] < s1[1]:
                                warns.append(f"{rid}: planted overlap {a['value']!r} / {b['value']!r}")
        for l in r["lookalikes"]:
            ls = spans(t, l["value"])
            if not ls:
                errs.append(f"{rid}: lookalike not in text: {l['value']!r}")
            for s1 in ls:
                for s2 in pspans:
                    if s1[0] < s2[1] and s2[0] < s1[1]:
                        errs.append(f"{rid}: lookalike {l['value']!r} overlaps planted at {s2}")
            for m in allmns:
                if m in l["value"]:
                    errs.append(f"{rid}: lookalike {l['value']!r} contains must_not_survive {m!r}")
        # must_not_survive inside a longer word elsewhere
        for m in set(allmns):
            for (i, j) in spans(t, m):
                bad = (m[0].isalnum() and i > 0 and t[i - 1].isalnum()) or \
                      (m[-1].isalnum() and j < len(t) and t[j].isalnum())
                if bad:
                    inside = any(a <= i and j <= b for a, b in pspans)
                    ctx = t[max(0, i - 15):j + 15].replace("\n", " ")
                    (warns if inside else errs).append(
                        f"{rid}: {m!r} inside a longer word{' (within planted span)' if inside else ''}: ...{ctx}...")
        np_, nl_ = len(r["planted"]), len(r["lookalikes"])
        if not (7 <= np_ <= 12):
            warns.append(f"{rid}: {np_} planted")
        if not (5 <= nl_ <= 10):
            warns.append(f"{rid}: {nl_} lookalikes")
    return errs, warns


def main():
    recs = load()
    errs, warns = check(recs)
    for w in warns:
        print("WARN", w)
    for e in errs:
        print("ERROR", e)
    order = {l: i for i, l in enumerate(LANGS)}
    corder = {c: i for i, c in enumerate(TARGET)}
    recs.sort(key=lambda r: (order[r["language"]], corder[r["channel"]], r["id"]))
    with open(os.path.join(ROOT, "corpus.jsonl"), "w", encoding="utf-8") as f:
        for r in recs:
            out = {"id": r["id"], "language": r["language"], "channel": r["channel"], "text": r["text"],
                   "planted": [{k: p[k] for k in ("value", "kind", "must_not_survive")} for p in r["planted"]],
                   "lookalikes": [{"value": l["value"], "kind": l["kind"]} for l in r["lookalikes"]]}
            f.write(json.dumps(out, ensure_ascii=False) + "\n")
    # stats table
    st = collections.defaultdict(lambda: [0, 0, 0])
    kinds = collections.Counter()
    for r in recs:
        s = st[(r["language"], r["channel"])]
        s[0] += 1; s[1] += len(r["planted"]); s[2] += len(r["lookalikes"])
        kinds.update(p["kind"] for p in r["planted"])
    print("| language | channel | records | planted | look-alikes |")
    print("|---|---|---|---|---|")
    tot = [0, 0, 0]
    for lang in LANGS:
        for ch in TARGET:
            s = st[(lang, ch)]
            tot = [a + b for a, b in zip(tot, s)]
            print(f"| {lang} | {ch} | {s[0]} | {s[1]} | {s[2]} |")
    print(f"| **all** | | {tot[0]} | {tot[1]} | {tot[2]} |")
    print("kinds:", dict(kinds.most_common()))
    print(f"{len(errs)} errors, {len(warns)} warnings")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
