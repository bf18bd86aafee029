"""Concatenate parts/*.py into corpus.jsonl and validate.

Usage: python3 tools/build.py [--stats]
"""
import collections
import importlib.util
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PARTS = os.path.join(ROOT, "parts")
sys.path.insert(0, HERE)
sys.path.insert(0, PARTS)
import checkdigits as cd  # noqa: E402

ORDER = [f"{lang}_{ch}" for lang in ("nl", "da", "en") for ch in ("call", "chat", "email")]
KINDS = {"name", "address", "postcode", "phone", "email", "birth_date", "iban", "national_id",
         "card", "plate", "ip", "username"}
EXPECTED = {"call": 12, "chat": 10, "email": 8}

CHECKS = {
    "iban": cd.iban_valid, "bsn": cd.bsn_valid, "rrn": cd.rrn_valid, "cpr": cd.cpr_valid,
    "luhn": cd.luhn_valid, "nhs": cd.nhs_valid, "ppsn": cd.ppsn_valid, "sin": cd.luhn_valid,
    "said": cd.sa_id_valid, "tfn": cd.tfn_valid, "ird": cd.ird_valid, "medicare": cd.medicare_valid,
}


def load_parts():
    records = []
    for name in ORDER:
        path = os.path.join(PARTS, name + ".py")
        if not os.path.exists(path):
            continue
        spec = importlib.util.spec_from_file_location(name, path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        records.extend(mod.RECORDS)
    return records


def occurrences(text, s):
    out, i = [], text.find(s)
    while i >= 0:
        out.append((i, i + len(s)))
        i = text.find(s, i + 1)
    return out


def validate(records):
    errors, warnings = [], []
    ids = collections.Counter(r["id"] for r in records)
    for i, n in ids.items():
        if n > 1:
            errors.append(f"duplicate id {i}")
    for r in records:
        rid, text = r["id"], r["text"]
        if r["language"] not in ("nl", "da", "en") or r["channel"] not in EXPECTED:
            errors.append(f"{rid}: bad language/channel")
        pspans = []
        seen_vals = set()
        for p in r["planted"]:
            v, k = p["value"], p["kind"]
            if k not in KINDS:
                errors.append(f"{rid}: bad kind {k}")
            if v in seen_vals:
                warnings.append(f"{rid}: planted value twice {v!r}")
            seen_vals.add(v)
            occ = occurrences(text, v)
            if not occ:
                errors.append(f"{rid}: planted value not in text: {v!r}")
            pspans += occ
            if not p["must_not_survive"]:
                errors.append(f"{rid}: empty must_not_survive for {v!r}")
            for m in p["must_not_survive"]:
                if m not in text:
                    errors.append(f"{rid}: mns not in text: {m!r} (of {v!r})")
            # check digits
            chk = p.get("_check")
            digits = p.get("_digits") or v
            if k == "iban" and re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9 ]{10,40}", v.upper()) and not chk:
                chk = "iban"
            if k == "card" and not chk:
                chk = "luhn"
            if k == "national_id" and not chk:
                errors.append(f"{rid}: national_id without check tag: {v!r}")
            if chk and chk != "none":
                fn = CHECKS.get(chk)
                if fn is None:
                    errors.append(f"{rid}: unknown check {chk}")
                elif not fn(digits):
                    errors.append(f"{rid}: check {chk} FAILED for {v!r} ({digits})")
        # planted values overlapping each other (partial overlap) -> warn
        for p in r["planted"]:
            for q in r["planted"]:
                if p is not q and p["value"] in q["value"] and p["value"] != q["value"]:
                    pass  # a shorter form of the same name planted separately is fine
        all_mns = {m for p in r["planted"] for m in p["must_not_survive"]}
        for l in r["lookalikes"]:
            v = l["value"]
            occ = occurrences(text, v)
            if not occ:
                errors.append(f"{rid}: lookalike not in text: {v!r}")
            for a, b in occ:
                for c, d in pspans:
                    if a < d and c < b:
                        errors.append(f"{rid}: lookalike {v!r} overlaps planted text {text[c:d]!r}")
            for m in all_mns:
                if m in v:
                    errors.append(f"{rid}: lookalike {v!r} contains must_not_survive {m!r}")
        # mns occurrences embedded in longer words outside planted spans
        for m in all_mns:
            for a, b in occurrences(text, m):
                inside = any(c <= a and b <= d for c, d in pspans)
                if inside:
                    continue
                before = text[a - 1] if a > 0 else " "
                after = text[b] if b < len(text) else " "
                if after == "s" and (b + 1 >= len(text) or not text[b + 1].isalnum()):
                    after = " "  # genitive -s (Maliks, Jans) is the name itself
                if (before.isalnum() and m[0].isalnum()) or (after.isalnum() and m[-1].isalnum()):
                    warnings.append(f"{rid}: mns {m!r} embedded in a longer word at {a}: "
                                    f"{text[max(0, a - 15):b + 15]!r}")
    return errors, warnings


def clean(r):
    return {
        "id": r["id"], "language": r["language"], "channel": r["channel"], "text": r["text"],
        "planted": [{"value": p["value"], "kind": p["kind"], "must_not_survive": p["must_not_survive"]}
                    for p in r["planted"]],
        "lookalikes": [{"value": l["value"], "kind": l["kind"]} for l in r["lookalikes"]],
    }


def stats(records):
    by = collections.defaultdict(lambda: [0, 0, 0])
    kinds = collections.defaultdict(collections.Counter)
    lk = collections.Counter()
    lk_lang = collections.defaultdict(collections.Counter)
    for r in records:
        for key in ((r["language"], r["channel"]), (r["language"], "all"), ("all", "all")):
            by[key][0] += 1
            by[key][1] += len(r["planted"])
            by[key][2] += len(r["lookalikes"])
        for p in r["planted"]:
            kinds[r["language"]][p["kind"]] += 1
            kinds["all"][p["kind"]] += 1
        for l in r["lookalikes"]:
            lk[l["kind"]] += 1
            lk_lang[r["language"]][l["kind"]] += 1
    return by, kinds, lk, lk_lang


def tables(records):
    by, kinds, lk, lk_lang = stats(records)
    out = []
    out.append("| language | channel | records | planted | look-alikes |")
    out.append("|---|---|---:|---:|---:|")
    for lang in ("nl", "da", "en"):
        for ch in ("call", "chat", "email", "all"):
            if (lang, ch) in by:
                n, p, l = by[(lang, ch)]
                out.append(f"| {lang} | {ch} | {n} | {p} | {l} |")
    n, p, l = by[("all", "all")]
    out.append(f"| **all** | **all** | **{n}** | **{p}** | **{l}** |")
    t1 = "\n".join(out)

    out = []
    ks = sorted(KINDS, key=lambda k: -kinds["all"][k])
    out.append("| kind | nl | da | en | total |")
    out.append("|---|---:|---:|---:|---:|")
    for k in ks:
        out.append(f"| {k} | {kinds['nl'][k]} | {kinds['da'][k]} | {kinds['en'][k]} | {kinds['all'][k]} |")
    tot = {x: sum(kinds[x].values()) for x in ("nl", "da", "en", "all")}
    out.append(f"| **total** | **{tot['nl']}** | **{tot['da']}** | **{tot['en']}** | **{tot['all']}** |")
    t2 = "\n".join(out)

    out = []
    out.append("| look-alike kind | nl | da | en | total |")
    out.append("|---|---:|---:|---:|---:|")
    for k, v in sorted(lk.items(), key=lambda x: (-x[1], x[0])):
        out.append(f"| {k} | {lk_lang['nl'][k]} | {lk_lang['da'][k]} | {lk_lang['en'][k]} | {v} |")
    out.append(f"| **total** | **{sum(lk_lang['nl'].values())}** | **{sum(lk_lang['da'].values())}** | "
               f"**{sum(lk_lang['en'].values())}** | **{sum(lk.values())}** |")
    t3 = "\n".join(out)
    share = kinds["all"]["name"] / max(1, tot["all"])
    return t1, t2, t3, share


def main():
    records = load_parts()
    errors, warnings = validate(records)
    for w in warnings:
        print("WARN ", w)
    for e in errors:
        print("ERROR", e)
    cnt = collections.Counter((r["language"], r["channel"]) for r in records)
    for lang in ("nl", "da", "en"):
        for ch, n in EXPECTED.items():
            if cnt[(lang, ch)] != n:
                print(f"COUNT {lang}-{ch}: {cnt[(lang, ch)]} / {n}")
    with open(os.path.join(ROOT, "corpus.jsonl"), "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(clean(r), ensure_ascii=False) + "\n")
    t1, t2, t3, share = tables(records)
    print(t1)
    print()
    print(t2)
    print(f"\nname share: {share:.1%}")
    if "--stats" in sys.argv:
        print()
        print(t3)
        for r in records:
            print(f"  {r['id']}: planted {len(r['planted'])} lookalikes {len(r['lookalikes'])}")
    print(f"\n{len(records)} records, {len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
